#!/usr/bin/env bash
# Build the Fabwise desktop bundle for Linux: one folder with one executable, and a .tar.gz of it.
#
#   bash packaging/build.sh            build (sets up packaging/build/venv the first time)
#   bash packaging/build.sh --clean    start from a fresh build environment
#   bash packaging/build.sh --smoke    then run packaging/smoke_test.py on the result
#
# Steps:
#   1. a build virtual environment in packaging/build/venv (never the app's .venv): the app's
#      dependencies pinned by requirements/constraints.txt, plus PyInstaller pinned by
#      packaging/requirements-build.txt; pip runs only when one of those files or pyproject.toml
#      changed, and the environment is made anew only for another Python (or --clean);
#   2. the app installed into it from a copy of the working tree (not editable), so its
#      dist-info holds the real entry points;
#   3. PyInstaller with packaging/fabwise.spec;
#   4. the desktop integration files (.desktop, icons, AppStream metainfo with the version from
#      configurator/__init__.py), install.sh and README.txt added to the folder;
#   5. the archive packaging/dist/fabwise-VERSION-linux-ARCH.tar.gz.
# Output: packaging/dist/fabwise-VERSION-linux-ARCH/ and its .tar.gz. Check it with
# packaging/smoke_test.py. FABWISE_PYTHON picks the interpreter (default python3, >= 3.11, built
# with a shared libpython, as PyInstaller needs).
set -euo pipefail

PACKAGING="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$PACKAGING")"
BUILD="$PACKAGING/build"
DIST="$PACKAGING/dist"
VENV="$BUILD/venv"
STAMP="$VENV/.fabwise-build-stamp"
PYTHON="${FABWISE_PYTHON:-python3}"

say() { printf 'build: %s\n' "$*" >&2; }
die() { printf 'build: ERROR: %s\n' "$*" >&2; exit 1; }

clean=0
smoke=0
for arg in "$@"; do
    case "$arg" in
        --clean) clean=1 ;;
        --smoke) smoke=1 ;;
        -h|--help) sed -n '2,21p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option '$arg' (try --help)" ;;
    esac
done

started=$(date +%s)
[ "$(uname -s)" = Linux ] || die "this script builds the Linux bundle; see packaging/README.md for Windows and macOS"
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null \
    || die "needs Python >= 3.11 (set FABWISE_PYTHON to one)"
"$PYTHON" -c 'import sysconfig, sys; sys.exit(0 if sysconfig.get_config_var("Py_ENABLE_SHARED") else 1)' \
    || die "$PYTHON has no shared libpython, which PyInstaller needs (use a Python built with --enable-shared, e.g. Debian's python3)"

VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$REPO/configurator/__init__.py")"
[ -n "$VERSION" ] || die "no __version__ = \"...\" line in configurator/__init__.py"
ARCH="$(uname -m)"
NAME="fabwise-$VERSION-linux-$ARCH"
say "Fabwise $VERSION for linux-$ARCH"

# ------------------------------------------------------------------ 1. build environment
[ "$clean" = 1 ] && rm -rf "$BUILD"
mkdir -p "$BUILD" "$DIST"
python_id="$("$PYTHON" -VV | tr -s ' ' '_')"
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$VENV/.fabwise-python" 2>/dev/null)" != "$python_id" ]; then
    say "making the build environment in $VENV (a few minutes the first time)"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    echo "$python_id" >"$VENV/.fabwise-python"
fi

# ------------------------------------------------------------------ 2. the app, not editable
# A copy of exactly what the wheel is made from, so building never writes into the work tree.
SRC="$BUILD/src"
rm -rf "$SRC"
mkdir -p "$SRC"
cp "$REPO/pyproject.toml" "$REPO/README.md" "$SRC/"
for package in configurator parts_library eco_rules; do
    cp -r "$REPO/$package" "$SRC/$package"
done
find "$SRC" -name __pycache__ -type d -prune -exec rm -rf {} +
# Dependencies and build tools: only when the pins, the build tools or pyproject.toml changed.
want_stamp="$(cat "$REPO/requirements/constraints.txt" "$REPO/pyproject.toml" \
    "$PACKAGING/requirements-build.txt" | sha256sum | cut -c1-16)"
if [ "$(cat "$STAMP" 2>/dev/null)" != "$want_stamp" ]; then
    say "installing dependencies (pinned by requirements/constraints.txt) and PyInstaller"
    # Build tools are pinned by their own file; the constraints keep shared dependencies
    # (e.g. packaging, setuptools) at the app's versions.
    "$VENV/bin/python" -m pip install --quiet -c "$REPO/requirements/constraints.txt" \
        -r "$PACKAGING/requirements-build.txt" "$SRC"
    echo "$want_stamp" >"$STAMP"
fi
say "installing Fabwise $VERSION from the work tree"
"$VENV/bin/python" -m pip install --quiet --no-deps --force-reinstall "$SRC"

# ------------------------------------------------------------------ 3. PyInstaller
say "running PyInstaller (5-15 minutes on 2 cores)"
rm -rf "$DIST/fabwise" "$DIST/$NAME" "$DIST/$NAME.tar.gz"
# Run from the build folder so nothing on sys.path is the work tree: the bundle must take the
# installed copy of Fabwise, with its dist-info.
(cd "$BUILD" && FABWISE_REPO="$REPO" "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$BUILD/work" "$PACKAGING/fabwise.spec") \
    >"$BUILD/pyinstaller.log" 2>&1 || { tail -n 40 "$BUILD/pyinstaller.log" >&2; die "PyInstaller failed (full log: $BUILD/pyinstaller.log)"; }
mv "$DIST/fabwise" "$DIST/$NAME"
BUNDLE="$DIST/$NAME"

# ------------------------------------------------------------------ 4. desktop integration
say "adding the desktop file, icons and AppStream metainfo"
"$VENV/bin/python" "$PACKAGING/desktop_files.py" --version "$VERSION" --repo "$REPO" \
    --out "$BUNDLE/share"
install -m 0755 "$PACKAGING/linux/install.sh" "$BUNDLE/install.sh"
sed "s/@VERSION@/$VERSION/g" "$PACKAGING/linux/README.txt" >"$BUNDLE/README.txt"

# ------------------------------------------------------------------ 5. archive
say "writing $NAME.tar.gz"
tar -C "$DIST" -cf - "$NAME" | gzip -6 >"$DIST/$NAME.tar.gz.part"
mv "$DIST/$NAME.tar.gz.part" "$DIST/$NAME.tar.gz"

folder_mb=$(du -sm "$BUNDLE" | cut -f1)
archive_mb=$(du -m "$DIST/$NAME.tar.gz" | cut -f1)
say "done in $(( $(date +%s) - started )) s"
say "  folder:  $BUNDLE ($folder_mb MB)"
say "  archive: $DIST/$NAME.tar.gz ($archive_mb MB)"
if [ "$smoke" = 1 ]; then
    exec "$PYTHON" "$PACKAGING/smoke_test.py" --bundle "$BUNDLE"
fi
say "check it with: python3 packaging/smoke_test.py"
