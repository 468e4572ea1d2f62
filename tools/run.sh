#!/usr/bin/env bash
# Set up (tools/setup.sh), then start Fabwise from .venv.
#   bash tools/run.sh                  the desktop app, on the shipped default data
#   bash tools/run.sh templates list   any other arguments go to the `fabwise` command
set -uo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT" || exit 1

bash tools/setup.sh || { echo "run: set-up failed (see above)" >&2; exit 1; }

readonly APP=".venv/bin/fabwise"
[ -x "$APP" ] || { echo "run: $APP is missing after set-up; re-run: bash tools/setup.sh" >&2; exit 1; }

if [ "$#" -gt 0 ] || [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$APP" "$@"
fi

# No display: the app explains that itself; add the headless ways to use Fabwise here.
"$APP"
status=$?
cat >&2 <<'EOF'

run: no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Headless alternatives:
  xvfb-run -a bash tools/run.sh     the desktop app on a virtual X server (xvfb is installed by set-up)
  .venv/bin/fabwise --help          the command-line interface: templates, build, eco, export, package verify
EOF
exit "$status"
