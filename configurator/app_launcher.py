"""Start the desktop app, or explain clearly why it cannot start here.

Kept free of Qt imports until we know a display exists, so a headless machine gets a readable
message and the headless alternatives instead of a Qt abort.
"""

from __future__ import annotations

import argparse
import os
import sys

NO_DISPLAY_MESSAGE = """\
fabwise: no display found, so the desktop app cannot open a window here.
  Headless alternatives:
    fabwise --help                     the command-line interface (templates, build, eco, export)
    xvfb-run -a fabwise                run the app on a virtual screen (Debian package: xvfb)
  Or set QT_QPA_PLATFORM=offscreen to start the app without showing anything (for scripts)."""


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal", "vnc")):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def launch_app(args: argparse.Namespace) -> int:
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 3
    from configurator.core.lazy_cad import install_lazy_cadquery

    install_lazy_cadquery()
    try:
        from configurator.ui.app import run
    except ImportError as exc:
        print(f"fabwise: the desktop app cannot start: {exc}", file=sys.stderr)
        print("  the Qt libraries may be missing; run `bash tools/run.sh` to install them, "
              "or use the CLI: fabwise --help", file=sys.stderr)
        return 3
    code: int = run(args)
    return code
