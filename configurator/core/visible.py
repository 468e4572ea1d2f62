"""Text that came from a package, made safe to show: control and escape characters made visible.

A package is written by someone else. Its entry names, part names, parameter values and messages
are shown on a terminal and in the app; a name holding ``ESC [ 2 K`` or a carriage return could
erase a line and print a fake ``PASS``. :func:`visible` turns every control character (C0, DEL, C1),
every bidirectional override and every other invisible format character into a visible escape
such as ``\\x1b`` or ``\\u202e``, so what is shown is exactly what the package says.
"""

from __future__ import annotations

import unicodedata

# Unicode categories that draw nothing or reorder text: controls, formats (bidi overrides, zero
# width joiners...), line/paragraph separators, surrogates, unassigned, private use.
_HIDDEN_CATEGORIES = {"Cc", "Cf", "Zl", "Zp", "Cs", "Cn", "Co"}


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def visible(text: object, limit: int = 500, *, keep_newlines: bool = False) -> str:
    """``text`` with control/format characters escaped and backslashes doubled, cut to ``limit``
    characters (with a note of how much was cut). ``keep_newlines`` leaves ``\n`` as it is (for
    multi-line messages composed by Fabwise around package text)."""
    value = str(text)
    out = []
    for char in value:
        if keep_newlines and char == "\n":
            out.append(char)
        elif char == "\\":
            out.append("\\\\")
        elif unicodedata.category(char) in _HIDDEN_CATEGORIES:
            out.append(_escape(char))
        else:
            out.append(char)
    shown = "".join(out)
    if len(shown) > limit:
        shown = shown[:limit] + f"… ({len(shown) - limit} more characters)"
    return shown


def has_hidden_characters(text: str) -> bool:
    """True when ``text`` holds a character :func:`visible` would escape (not backslash)."""
    return any(unicodedata.category(c) in _HIDDEN_CATEGORIES for c in text)
