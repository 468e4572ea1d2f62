#!/usr/bin/env bash
# Set up everything Fabwise needs on this machine, then exit:
#   1. Python >= 3.11 (FABWISE_PYTHON overrides the interpreter; default python3),
#   2. the Debian libraries in tools/debian-packages.txt (installed when run as root
#      on Debian; otherwise the exact command to run is printed),
#   3. a virtual environment in .venv with `pip install -e '.[test]'`, pinned by
#      requirements/constraints.txt.
# Quick when nothing changed: dpkg-query decides whether apt is needed at all (and
# `apt-get update` runs only then), and a stamp in .venv holding a hash of
# pyproject.toml + the constraints file + the Python version skips pip entirely.
# tools/run.sh and tools/test.sh call this first; running it alone is fine too.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

readonly VENV=".venv"
readonly CONSTRAINTS="requirements/constraints.txt"
readonly PACKAGES_FILE="tools/debian-packages.txt"
readonly STAMP="$VENV/.fabwise-setup-stamp"
# Bump when the way the venv is installed changes, so existing stamps go stale.
readonly SETUP_FORMAT="fabwise-setup-1"
PYTHON="${FABWISE_PYTHON:-python3}"

say() { printf 'setup: %s\n' "$*" >&2; }
die() { printf 'setup: ERROR: %s\n' "$*" >&2; exit 1; }

is_debian() {
    [ -r /etc/debian_version ] && command -v dpkg-query >/dev/null 2>&1 \
        && command -v apt-get >/dev/null 2>&1
}

is_root() { [ "$(id -u)" -eq 0 ]; }

python_is_recent() {  # $1 = interpreter; true when it runs and is >= 3.11
    "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1
}

python_can_make_venvs() {  # Debian's python3 lacks ensurepip until python3-venv is installed
    "$1" -c 'import ensurepip, venv' >/dev/null 2>&1
}

venv_is_usable() { [ -x "$VENV/bin/python" ] && python_is_recent "$VENV/bin/python"; }

listed_packages() { sed -e 's/#.*//' -e 's/[[:space:]]//g' "$PACKAGES_FILE" | grep -v '^$'; }

missing_packages() {  # prints the given Debian packages that are not installed
    local installed
    installed="$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "$@" 2>/dev/null || true)"
    local pkg
    for pkg in "$@"; do
        grep -qx "$pkg installed" <<<"$installed" || printf '%s\n' "$pkg"
    done
}

apt_command_line() { echo "apt-get update && apt-get install -y --no-install-recommends $*"; }

install_debian_packages() {  # $@ = packages that are missing
    if is_root; then
        say "installing missing Debian packages: $*"
        export DEBIAN_FRONTEND=noninteractive
        apt-get -o DPkg::Lock::Timeout=300 update -qq \
            || die "apt-get update failed; fix the apt sources and re-run"
        local log
        log="$(mktemp)"
        if ! apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "$@" \
            >"$log" 2>&1; then
            tail -n 30 "$log" >&2
            rm -f "$log"
            die "apt-get install failed for: $*"
        fi
        rm -f "$log"
        say "Debian packages installed"
    else
        say "these Debian packages are missing: $*"
        say "install them with:"
        printf '\n    sudo sh -c "%s"\n\n' "$(apt_command_line "$@")" >&2
        die "missing Debian packages (run the command above, then re-run this script)"
    fi
}

ensure_system_packages() {
    local -a wanted=()
    mapfile -t wanted < <(listed_packages)
    if ! command -v "$PYTHON" >/dev/null 2>&1 && [ "$PYTHON" = "python3" ]; then
        wanted+=(python3 python3-venv)
    elif [ ! -x "$VENV/bin/python" ] && command -v "$PYTHON" >/dev/null 2>&1 \
        && ! python_can_make_venvs "$PYTHON"; then
        wanted+=(python3-venv)
    fi
    if ! is_debian; then
        say "not a Debian system: cannot check the system libraries Qt and VTK need."
        say "On Debian/Ubuntu they are installed with:"
        printf '\n    sudo sh -c "%s"\n\n' "$(apt_command_line "${wanted[@]}")" >&2
        say "elsewhere install the equivalents (OpenGL/EGL with Mesa, xcb and xkbcommon libraries, Xvfb); continuing"
        return 0
    fi
    local -a missing=()
    mapfile -t missing < <(missing_packages "${wanted[@]}")
    if [ "${#missing[@]}" -gt 0 ]; then
        install_debian_packages "${missing[@]}"
    fi
}

check_python() {
    command -v "$PYTHON" >/dev/null 2>&1 \
        || die "no '$PYTHON' found. Fabwise needs Python >= 3.11 (Debian 12 ships 3.11: apt-get install python3 python3-venv), or set FABWISE_PYTHON to an interpreter."
    if ! python_is_recent "$PYTHON"; then
        local found
        found="$("$PYTHON" -c 'import sys; print(sys.version.split()[0])' 2>/dev/null || echo unknown)"
        die "Fabwise needs Python >= 3.11, but '$PYTHON' is $found ($(command -v "$PYTHON")). Install Python 3.11 or newer and re-run, or set FABWISE_PYTHON to one."
    fi
}

ensure_venv() {
    venv_is_usable && return 0
    if [ -e "$VENV" ]; then
        say "$VENV exists but its Python is missing, broken or older than 3.11: recreating it"
        rm -rf "$VENV"
    fi
    python_can_make_venvs "$PYTHON" \
        || die "'$PYTHON' cannot create virtual environments (on Debian: apt-get install python3-venv)"
    say "creating $VENV with $("$PYTHON" -c 'import sys; print(sys.executable, sys.version.split()[0])')"
    "$PYTHON" -m venv "$VENV"
}

wanted_stamp() {
    {
        echo "$SETUP_FORMAT"
        grep -E '^version' "$VENV/pyvenv.cfg" || true
        cat pyproject.toml "$CONSTRAINTS"
    } | sha256sum | cut -d' ' -f1
}

pip_install() {  # pip install into .venv, pinned; hides this machine's notes about empty local indexes
    "$VENV/bin/python" -m pip install --quiet --progress-bar off -c "$CONSTRAINTS" "$@" 2>&1 \
        | { grep -v "^WARNING: Location 'file://.*' is ignored: it is neither a file nor a directory" || true; } >&2
}

ensure_python_packages() {
    [ -f "$CONSTRAINTS" ] || die "$CONSTRAINTS is missing (regenerate it with: bash tools/lock.sh)"
    local want
    want="$(wanted_stamp)"
    if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] && [ -x "$VENV/bin/fabwise" ]; then
        say "Python packages up to date ($VENV)"
        return 0
    fi
    say "installing Python packages into $VENV, pinned by $CONSTRAINTS (several minutes the first time)"
    rm -f "$STAMP"
    pip_install pip \
        || die "could not install pip into $VENV"
    pip_install -e '.[test]' \
        || die "pip install -e '.[test]' failed (see above). If a pin in $CONSTRAINTS conflicts with pyproject.toml, run: bash tools/lock.sh --fresh"
    printf '%s\n' "$want" >"$STAMP.tmp"
    mv -f "$STAMP.tmp" "$STAMP"
    say "Python packages installed"
}

main() {
    # Serialise concurrent set-ups of the same checkout (e.g. run.sh and test.sh at once).
    if command -v flock >/dev/null 2>&1; then
        local lock
        lock="${TMPDIR:-/tmp}/fabwise-setup-$(id -u)-$(printf '%s' "$REPO_ROOT" | sha256sum | cut -c1-16).lock"
        if { exec 9>"$lock"; } 2>/dev/null; then
            flock 9
        fi
    fi
    ensure_system_packages
    check_python
    ensure_venv
    ensure_python_packages
}

main "$@"
