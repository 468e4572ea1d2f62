"""CSV cells that a spreadsheet cannot mistake for a formula.

A cell starting with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage return, which some
spreadsheets skip before looking) is run as a formula by Excel, LibreOffice and Google Sheets
when the file is opened: ``=HYPERLINK("http://evil", "click")`` in a facility's name is formula
injection. :func:`neutralise_cell` puts a ``'`` in front of such a cell (the spreadsheets' own
"this is text" mark; plain numbers such as ``-12.5`` are left alone), and :func:`restore_cell`
takes it off again when Fabwise reads its own CSV back, so a round trip keeps the text exactly.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def neutralise_cell(value: object) -> object:
    """``value`` as safe spreadsheet text (non-text values are returned unchanged)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _NUMBER.match(value):
        return "'" + value
    return value


def restore_cell(value: str) -> str:
    """Undo :func:`neutralise_cell` for a cell read back from a CSV file."""
    if len(value) > 1 and value[0] == "'" and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value
