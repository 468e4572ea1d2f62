"""The ``fabwise`` executable: the desktop app with no command, the CLI with one.

The two front ends (``configurator.ui`` and ``configurator.cli``) never import each other; this
module, outside the layers, is the one place that chooses between them. It stays free of Qt
imports until we know a display exists, so a headless machine gets a readable message and the
headless alternatives instead of a Qt abort.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

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
        print(
            "  the Qt libraries may be missing; run `bash tools/run.sh` to install them, "
            "or use the CLI: fabwise --help",
            file=sys.stderr,
        )
        return 3
    code: int = run(args)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """``fabwise [OPTIONS] [COMMAND ...]``: the app when no command is given, else the CLI."""
    from configurator.cli.global_options import hoist_global_options
    from configurator.cli.main import build_parser, run_command

    words = hoist_global_options(sys.argv[1:] if argv is None else argv)
    parser = build_parser(words)
    args = parser.parse_args(words)
    if args.command is None:
        return launch_app(args)
    return run_command(parser, args)


def entry() -> None:
    import multiprocessing

    multiprocessing.freeze_support()  # the bundled build worker is this executable, started again
    sys.exit(main())
