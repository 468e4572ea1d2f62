"""The ``fabwise`` command.

:func:`main` runs a headless subcommand; the ``fabwise`` executable
(:func:`configurator.app_launcher.entry`) starts the desktop app instead when no command is given,
so this front end never imports the GUI. Each
subcommand lives in its own module in :mod:`configurator.cli.commands` and registers itself through
``register(subparsers)``, so adding a command never touches this file.

User errors (:class:`~configurator.sdk.errors.FabwiseError`) print one line to stderr and exit 2;
``--debug`` adds the traceback. A locked database, a read-only folder, a full disk or a permission
problem is the environment, not a bug: it is explained (which folder, what to do) and exits 2.
Anything else is a bug: exit 1 with a short report. SIGTERM unwinds like Ctrl+C (exit 130).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import signal
import sqlite3
import sys
import threading
import traceback
from collections.abc import Sequence
from typing import Any

from configurator import __version__
from configurator.cli import commands
from configurator.cli.global_options import hoist_global_options
from configurator.sdk.errors import BuildFailed, FabwiseError, TemplateNotFound, ValidationError

EXIT_USER_ERROR = 2
EXIT_BUG = 1


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The ``fabwise`` parser; given ``argv``, with only the command it names registered."""
    parser = argparse.ArgumentParser(
        prog="fabwise",
        description="Customise products, see their footprint, and export packages for a local "
        "workshop. Run without a command to open the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"fabwise {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    parser.add_argument(
        "--templates",
        action="append",
        default=[],
        metavar="FOLDER",
        help="also load templates from this folder (repeatable; may come anywhere on the line); "
        "a template here wins over an installed one with the same id",
    )
    parser.add_argument(
        "--trust",
        action="store_true",
        help="run outside templates found for this command without asking (this run only; "
        "their code runs with your rights, isolated in the build worker)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    names = sorted(info.name for info in pkgutil.iter_modules(commands.__path__))
    wanted = command_word(argv) if argv is not None else None
    for name in [wanted] if wanted in names else names:
        # Only the command being run is imported (each imports what it needs, some of it slow);
        # all of them for --help, no command or an unknown one (so argparse can list them).
        module = importlib.import_module(f"{commands.__name__}.{name}")
        module.register(sub)
    return parser


def command_word(argv: Sequence[str]) -> str | None:
    """The subcommand in ``argv`` (global options already in front), or None."""
    tokens = list(argv)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token == "--templates":
            index += 2
            continue
        if not token.startswith("-"):
            return token
        index += 1
    return None


def _print_error(exc: FabwiseError, debug: bool) -> None:
    from configurator.core.visible import visible

    # Messages may quote a package's or a file's text: never let it drive the terminal.
    print(f"fabwise: error: {visible(exc.message, 4000, keep_newlines=True)}", file=sys.stderr)
    if isinstance(exc, ValidationError) and len(exc.issues) > 1:
        for issue in exc.issues:
            print(f"  - {issue.message}", file=sys.stderr)
    if exc.hint:
        print(f"  hint: {exc.hint}", file=sys.stderr)
    if debug:
        if isinstance(exc, BuildFailed) and exc.details:
            print(exc.details, file=sys.stderr)
        traceback.print_exc()


def main(argv: Sequence[str] | None = None) -> int:
    args_list = hoist_global_options(sys.argv[1:] if argv is None else argv)
    parser = build_parser(args_list)
    args = parser.parse_args(args_list)
    return run_command(parser, args)


def run_command(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """Run the subcommand ``args`` were parsed for (with no command: print the usage, exit 2).

    CadQuery is imported on first use only (template modules import it at the top, and most
    commands never model anything in this process: builds run in the worker)."""
    from configurator.core.lazy_cad import install_lazy_cadquery

    install_lazy_cadquery()
    if args.command is None:
        parser.print_usage(sys.stderr)
        print(
            "fabwise: error: no command given (run `fabwise` alone to open the desktop app)", file=sys.stderr
        )
        return EXIT_USER_ERROR
    previous = _interrupt_on_sigterm()
    try:
        return _run(args)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _interrupt_on_sigterm() -> Any:
    """SIGTERM (e.g. ``kill``, a session ending) unwinds like Ctrl+C: an export in progress is
    abandoned cleanly (its worker stopped, its staging file removed, the old package kept)."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, interrupt)


def _run(args: argparse.Namespace) -> int:
    try:
        code: int = args.func(args)
        return code
    except TemplateNotFound as exc:
        if not getattr(args, "templates", None):
            extra = (
                "if it is a template file of yours, add `--templates FOLDER` (anywhere on "
                "the line) or put the file in your template folder"
            )
            exc.hint = f"{exc.hint}; {extra}" if exc.hint else extra
        _print_error(exc, args.debug)
        return EXIT_USER_ERROR
    except FabwiseError as exc:
        _print_error(exc, args.debug)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("fabwise: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `fabwise facilities list | head`: the reader left, fine
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:
        from configurator.core.storage.problems import explain

        problem = explain(exc) if isinstance(exc, OSError | sqlite3.Error) else None
        if problem is not None:  # a locked database, read-only folder, full disk: not a bug
            _print_error(problem, args.debug)
            return EXIT_USER_ERROR
        print(f"fabwise: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        if args.debug:
            traceback.print_exc()
        else:
            print("  run again with --debug for the traceback, and please report it", file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
