"""Which text can be engraved as the user reads it, and a clear refusal for the rest.

Engravings are drawn by the CAD kernel's text tool, one glyph after another, left to right, with
no text shaping. That is right for Latin, Greek and Cyrillic text, and wrong for:

* right-to-left scripts (Hebrew, Arabic, ...): the letters would come out in reverse order;
* joined and complex scripts (Arabic, Syriac, the Indic scripts, Thai, Tibetan, Mongolian, ...)
  and combining marks: letters would come out unjoined, marks unplaced;
* characters the engraving font has no glyph for (e.g. most emoji): the kernel draws an empty
  rectangle instead.

Rather than engrave something the user did not write, :func:`engraving_problem` names the
characters that cannot be engraved and why; text parameters refuse such values before any build.
(Shaping these scripts properly needs a shaping engine such as HarfBuzz plus glyph outlines from
the font; that is not part of Fabwise yet, see docs/security.md and the issue tracker.)
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import unicodedata
from pathlib import Path

from configurator.sdk.i18n import translate

ENGRAVING_FONT = "DejaVu Sans:bold"  # what parts_library._geometry.TEXT_FONT (bold) resolves to

_RTL = {"R", "AL", "AN", "RLE", "RLO", "RLI", "LRE", "LRO", "LRI", "PDF", "PDI"}
# Scripts whose letters change shape, join, reorder or stack: they need a shaping engine.
_COMPLEX = [
    (0x0700, 0x08FF, "Syriac, Thaana, N'Ko and other joined scripts"),
    (0x0900, 0x0DFF, "an Indic script"),
    (0x0E00, 0x0EFF, "Thai or Lao"),
    (0x0F00, 0x0FFF, "Tibetan"),
    (0x1000, 0x109F, "Myanmar"),
    (0x1780, 0x18AF, "Khmer or Mongolian"),
    (0x1A00, 0x1CFF, "a complex script"),
    (0xA800, 0xABFF, "a complex script"),
]
_SHAPING_CONTROLS = {0x200C, 0x200D, 0x034F}


@functools.lru_cache(maxsize=1)
def _font_characters() -> frozenset[int] | None:
    """The code points the engraving font has glyphs for, or None if it cannot be inspected."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    try:
        found = subprocess.run(
            [fc_match, "-f", "%{file}", ENGRAVING_FONT],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout.strip()
        from fontTools.ttLib import TTFont

        with TTFont(Path(found), lazy=True) as font:
            cmap = font.getBestCmap() or {}
        return frozenset(cmap)
    except Exception:  # no fontconfig, no such font, unreadable: fall back to the safe subset
        return None


def _has_glyph(code: int, characters: frozenset[int] | None) -> bool:
    if characters is not None:
        return code in characters
    return code < 0x0250  # Latin-1 and Latin Extended-A/B: in every DejaVu build


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ")[0].title() if name else f"U+{ord(ch):04X}"


def _listed(chars: list[str]) -> str:
    unique = list(dict.fromkeys(chars))
    shown = " ".join(unique[:8]) + (" …" if len(unique) > 8 else "")
    return shown


def engraving_problem(text: str) -> str | None:
    """Why ``text`` cannot be engraved faithfully (naming the characters), or None if it can."""
    if text.isascii():
        return None  # printable ASCII (control characters are refused before): always fine
    text = unicodedata.normalize("NFC", text)
    rtl = [ch for ch in text if unicodedata.bidirectional(ch) in _RTL]
    if rtl:
        scripts = ", ".join(dict.fromkeys(_script(ch) for ch in rtl))
        return translate(
            "engraving",
            "{rtl} ({scripts}) are written right to left, and engraving draws "
            "letters left to right without joining them, so they would come out "
            "reversed; use Latin, Greek or Cyrillic letters",
        ).format(rtl=_listed(rtl), scripts=scripts)
    complex_chars: list[str] = []
    why: list[str] = []
    for ch in text:
        code = ord(ch)
        for low, high, label in _COMPLEX:
            if low <= code <= high:
                complex_chars.append(ch)
                why.append(label)
                break
        else:
            if unicodedata.category(ch) in ("Mn", "Mc", "Me") or code in _SHAPING_CONTROLS:
                complex_chars.append(ch)
                why.append("combining marks")
    if complex_chars:
        return translate(
            "engraving",
            "{complex_chars} ({why}) need text shaping (joined letters, placed "
            "marks), which engraving does not do; use Latin, Greek or Cyrillic "
            "letters",
        ).format(complex_chars=_listed(complex_chars), why=", ".join(dict.fromkeys(why)))
    characters = _font_characters()
    missing = [ch for ch in text if not ch.isspace() and not _has_glyph(ord(ch), characters)]
    if missing:
        return translate(
            "engraving",
            "the engraving font has no glyph for {missing}: it would be engraved "
            "as an empty box; remove or replace those characters",
        ).format(missing=_listed(missing))
    return None
