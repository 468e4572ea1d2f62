#!/usr/bin/env bash
# Set up (tools/setup.sh), then run every check, in order:
#   ruff check . ; ruff format --check . ; mypy configurator parts_library eco_rules tests ;
#   lint-imports ; pytest
# pytest runs in parallel (pytest-xdist: one process per core, at most 4, a test file
# per process at a time; FABWISE_TEST_PROCESSES=0 runs them in this process). Each process
# starts its own Xvfb screen (tests/virtual_screen.py, QT_QPA_PLATFORM=xcb) when Xvfb is
# installed, so windows of two test processes never take each other's keyboard focus;
# without Xvfb it uses the given DISPLAY, or else QT_QPA_PLATFORM=offscreen with VTK
# rendering through EGL. Arguments go to pytest: bash tools/test.sh -k worker
# Every step runs even if an earlier one failed; the exit code is non-zero if any did.
set -uo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT" || exit 1

bash tools/setup.sh || { echo "test: set-up failed (see above)" >&2; exit 1; }

readonly BIN=".venv/bin"
failed=()

step() {  # $1 = name; rest = command
    local name="$1"
    shift
    printf '\n=== %s ===\n' "$name"
    if "$@"; then
        printf -- '--- %s: ok\n' "$name"
    else
        printf -- '--- %s: FAILED (exit %d)\n' "$name" "$?"
        failed+=("$name")
    fi
}

step "ruff" "$BIN/ruff" check .
step "formatting (ruff format --check; run ruff format . to fix)" "$BIN/ruff" format --check .
step "mypy" "$BIN/mypy" configurator parts_library eco_rules tests
step "import contracts" "$BIN/lint-imports"

if [ "${#failed[@]}" -gt 0 ]; then
    printf '\ntest: failed so far: %s (pytest runs anyway)\n' "${failed[*]}"
fi

processes="${FABWISE_TEST_PROCESSES:-auto}"
pytest_cmd=("$BIN/python" -m pytest -n "$processes" --maxprocesses 4 --dist loadfile)
if command -v Xvfb >/dev/null 2>&1; then
    display_note="a virtual X screen per test process (Xvfb), QT_QPA_PLATFORM=xcb"
    export QT_QPA_PLATFORM=xcb FABWISE_TEST_XVFB=1
elif [ -n "${DISPLAY:-}" ]; then
    display_note="on DISPLAY=$DISPLAY, QT_QPA_PLATFORM=xcb"
    export QT_QPA_PLATFORM=xcb
else
    display_note="no X server (Xvfb not found): QT_QPA_PLATFORM=offscreen, VTK through EGL"
    export QT_QPA_PLATFORM=offscreen
    # Without an X server VTK would first try X, warn, then fall back; ask for EGL directly.
    export VTK_DEFAULT_OPENGL_WINDOW="${VTK_DEFAULT_OPENGL_WINDOW:-vtkEGLRenderWindow}"
fi
pytest_cmd+=("$@")

printf '\n=== pytest (%s processes, %s) ===\n' "$processes" "$display_note"
"${pytest_cmd[@]}"
pytest_status=$?
case "$pytest_status" in
    0) ;;
    5)
        printf '\ntest: pytest collected no tests (exit code 5). A run that tests nothing is a failure: check the tests/ folder and any -k/-m/path arguments (%s).\n' "${*:-none given}" >&2
        failed+=("pytest (no tests collected)")
        ;;
    *)
        failed+=("pytest")
        ;;
esac

if [ "${#failed[@]}" -gt 0 ]; then
    printf '\ntest: FAILED: %s\n' "$(IFS=','; echo "${failed[*]}" | sed 's/,/, /g')" >&2
    exit 1
fi
