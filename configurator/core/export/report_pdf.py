"""The eco report document as a PDF (fpdf2, pure Python).

Text uses the PDF core font Helvetica (nothing to embed, fast), so symbols such as ≤, –, × and ³
are spelled in ASCII (<=, -, x, 3). ``unicode_font=True`` embeds DejaVu Sans instead when it can be
found (it ships with Matplotlib, a PyVista dependency); that is about twice as slow.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from configurator.core.export.report import Heading, Paragraph, ReportDocument, Table

FLAG_FILL = (255, 244, 214)
HEAD_FILL = (235, 235, 235)
_ASCII = str.maketrans(
    {
        "–": "-",
        "—": "-",
        "≤": "<=",
        "≥": ">=",
        "×": "x",
        "³": "3",
        "²": "2",
        "·": "-",
        "’": "'",
        "“": '"',
        "”": '"',
        "…": "...",
        "₂": "2",
        "°": " deg",
    }
)


@lru_cache(maxsize=1)
def _dejavu() -> tuple[Path, Path] | None:
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "mpl-data" / "fonts" / "ttf"
    regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
    return (regular, bold) if regular.is_file() and bold.is_file() else None


def render_pdf(document: ReportDocument, unicode_font: bool = False) -> bytes:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_auto_page_break(auto=True, margin=12)
    pdf.set_margins(12, 12, 12)
    fonts = _dejavu() if unicode_font else None
    if fonts is not None:
        pdf.add_font("DejaVu", "", str(fonts[0]))
        pdf.add_font("DejaVu", "B", str(fonts[1]))
        family = "DejaVu"

        def clean(text: str) -> str:
            return text
    else:
        family = "Helvetica"

        def clean(text: str) -> str:
            return text.translate(_ASCII).encode("latin-1", "replace").decode("latin-1")

    pdf.set_title(clean(document.title))
    pdf.set_creator("fabwise")
    pdf.add_page()
    pdf.set_font(family, "B", 16)
    pdf.multi_cell(0, 8, clean(document.title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 9)
    pdf.multi_cell(0, 5, clean(document.subtitle), new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(
        0,
        5,
        clean(
            "Shaded rows use a proxy, an estimate or an assumption "
            "(marked [PROXY], [ESTIMATE], [ASSUMPTION] or [RANGE ESTIMATED])."
        ),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    for block in document.blocks:
        if isinstance(block, Heading):
            pdf.ln(3)
            pdf.set_font(family, "B", 12)
            pdf.multi_cell(0, 6, clean(block.text), new_x="LMARGIN", new_y="NEXT")
        elif isinstance(block, Paragraph):
            size = 13 if block.tone == "grade" else 8.5 if block.tone == "note" else 9.5
            style = "B" if block.tone in ("grade", "warning") else ""
            pdf.set_font(family, style, size)
            if block.tone == "warning":
                pdf.set_fill_color(*FLAG_FILL)
            pdf.multi_cell(
                0,
                5 if size < 12 else 7,
                clean(block.text),
                new_x="LMARGIN",
                new_y="NEXT",
                fill=block.tone == "warning",
            )
        else:
            _table(pdf, block, family, clean, FontFace)
    return bytes(pdf.output())


def _wrap(text: str, limit: float, measure: Callable[[str], float]) -> list[str]:
    """Greedy word wrap of ``text`` to ``limit`` mm; ``measure`` gives a string's width in mm."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for word in paragraph.split(" "):
            size_word = measure(word)
            space = measure(" ") if line else 0.0
            if line and used + space + size_word > limit:
                lines.append(line)
                line, used, space = "", 0.0, 0.0
            while size_word > limit and word:  # a word longer than the column: cut it
                cut = len(word)
                while cut > 1 and measure(word[:cut]) > limit:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
                size_word = measure(word)
            line = f"{line} {word}" if line else word
            used += space + size_word
        lines.append(line)
    return lines or [""]


def _table(pdf: object, table: Table, family: str, clean: object, font_face: type) -> None:
    """Draw a table with pre-wrapped cells (fpdf2's own table engine is ~10x slower here)."""
    from fpdf import FPDF

    assert isinstance(pdf, FPDF) and callable(clean)
    size, line_h, pad = 7.5, 3.4, 1.0
    total = pdf.epw
    ratio = sum(table.widths)
    columns = [total * w / ratio for w in table.widths]
    pdf.set_font(family, "", size)
    if family == "DejaVu":
        measure: Callable[[str], float] = pdf.get_string_width
    else:
        from fpdf.fonts import CORE_FONTS_CHARWIDTHS

        widths: dict[str, int] = CORE_FONTS_CHARWIDTHS["helvetica"]
        scale = size / 1000.0 * 25.4 / 72.0  # 1/1000 em -> mm

        def measure(text: str) -> float:
            return scale * sum(widths.get(c, 600) for c in text)

    head = tuple(clean(c) for c in table.columns) if any(table.columns) else None

    def draw(cells: tuple[str, ...], fill: tuple[int, int, int] | None, bold: bool) -> None:
        wrapped = [_wrap(clean(c), w - 2 * pad, measure) for c, w in zip(cells, columns, strict=True)]
        height = max(len(w) for w in wrapped) * line_h + 2 * pad
        if pdf.get_y() + height > pdf.page_break_trigger:
            pdf.add_page()
            if head is not None and cells is not head:
                draw(head, HEAD_FILL, True)
        x, y = pdf.l_margin, pdf.get_y()
        pdf.set_font(family, "B" if bold else "", size)
        for lines, width in zip(wrapped, columns, strict=True):
            if fill is not None:
                pdf.set_fill_color(*fill)
            pdf.rect(x, y, width, height, style="DF" if fill is not None else "D")
            for index, line in enumerate(lines):
                pdf.text(x + pad, y + pad + (index + 0.78) * line_h, line)
            x += width
        pdf.set_xy(pdf.l_margin, y + height)

    pdf.set_draw_color(190, 190, 190)
    pdf.set_font(family, "", size)
    if head is not None:
        draw(head, HEAD_FILL, True)
    for index, cells in enumerate(table.rows):
        draw(cells, FLAG_FILL if index in table.flagged else None, False)
    pdf.ln(2)
