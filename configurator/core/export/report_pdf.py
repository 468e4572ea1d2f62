"""The eco report document as a PDF (fpdf2, pure Python).

Text uses the PDF core font Helvetica (nothing to embed, fast), so symbols such as ≤, –, × and ³
are spelled in ASCII (<=, -, x, 3). ``unicode_font=True`` embeds DejaVu Sans instead when it can be
found (it ships with Matplotlib, a PyVista dependency); that is about twice as slow.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from configurator.core.export.report import Heading, Paragraph, ReportDocument, Table

FLAG_FILL = (255, 244, 214)
HEAD_FILL = (235, 235, 235)
_ASCII = str.maketrans({"–": "-", "—": "-", "≤": "<=", "≥": ">=", "×": "x", "³": "3",
                        "²": "2", "·": "-", "’": "'", "“": '"', "”": '"', "…": "...",
                        "₂": "2", "°": " deg"})


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
    pdf.multi_cell(0, 5, clean("Shaded rows use a proxy, an estimate or an assumption "
                               "(marked [PROXY], [ESTIMATE], [ASSUMPTION] or [RANGE ESTIMATED])."),
                   new_x="LMARGIN", new_y="NEXT")
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
            pdf.multi_cell(0, 5 if size < 12 else 7, clean(block.text), new_x="LMARGIN",
                           new_y="NEXT", fill=block.tone == "warning")
        else:
            _table(pdf, block, family, clean, FontFace)
    return bytes(pdf.output())


def _table(pdf: object, table: Table, family: str, clean: object, font_face: type) -> None:
    from fpdf import FPDF

    assert isinstance(pdf, FPDF) and callable(clean)
    pdf.set_font(family, "", 7.5)
    headings = any(table.columns)
    flagged_style = font_face(fill_color=FLAG_FILL)
    with pdf.table(col_widths=table.widths, first_row_as_headings=headings, line_height=3.8,
                   headings_style=font_face(emphasis="BOLD", fill_color=HEAD_FILL),
                   text_align="LEFT") as rendered:
        if headings:
            header = rendered.row()
            for column in table.columns:
                header.cell(clean(column))
        for index, cells in enumerate(table.rows):
            row = rendered.row(style=flagged_style if index in table.flagged else None)
            for cell in cells:
                row.cell(clean(cell))
    pdf.ln(2)
