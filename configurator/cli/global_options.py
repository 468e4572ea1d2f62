"""Global options (``--templates FOLDER``, ``--trust``, ``--debug``) anywhere on the line.

argparse accepts the main parser's options only before the subcommand; a designer naturally types
``fabwise build wall-hook --templates .``. :func:`hoist_global_options` moves them to the front
(keeping their order and values), so both spellings mean the same. Everything after ``--`` is
left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

FLAGS = frozenset({"--debug", "--trust"})
WITH_VALUE = frozenset({"--templates"})


def hoist_global_options(argv: Sequence[str]) -> list[str]:
    """``argv`` with every global option (and its value) moved before the first other word."""
    hoisted: list[str] = []
    rest: list[str] = []
    tokens = list(argv)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token == "--":
            rest.extend(tokens[index:])
            break
        if token in FLAGS:
            hoisted.append(token)
        elif token in WITH_VALUE and index + 1 < len(tokens):
            hoisted.extend(tokens[index : index + 2])
            index += 1
        elif token.partition("=")[0] in WITH_VALUE and "=" in token:
            hoisted.append(token)
        else:
            rest.append(token)
        index += 1
    return hoisted + rest
