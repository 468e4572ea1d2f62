"""The eco report document as one self-contained HTML page (no scripts, no external files)."""

from __future__ import annotations

from html import escape

from configurator.core.export.report import Heading, Paragraph, ReportDocument, Table

_STYLE = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;max-width:70em;
color:#222;line-height:1.4;padding:0 1em}
h1{margin-bottom:.1em}.subtitle{color:#555;margin-top:0}
table{border-collapse:collapse;width:100%;margin:.5em 0 1.2em;font-size:.9em}
th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f0f0f0}tr.flagged td{background:#fff4d6}
td code{font-size:.95em;word-break:break-word}
.grade{font-size:1.5em;font-weight:bold}.note{color:#555;font-size:.9em}
.warning{background:#fff4d6;border-left:4px solid #e0a000;padding:.4em .6em}
.legend{font-size:.85em;color:#555}
"""


def _table(table: Table) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in table.columns) if any(table.columns) else ""
    rows = []
    for index, row in enumerate(table.rows):
        cls = ' class="flagged"' if index in table.flagged else ""
        cells = "".join(f"<td>{escape(cell)}</td>" for cell in row)
        rows.append(f"<tr{cls}>{cells}</tr>")
    header = f"<thead><tr>{head}</tr></thead>" if head else ""
    return f"<table>{header}<tbody>{''.join(rows)}</tbody></table>"


def render_html(document: ReportDocument) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(document.title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(document.title)}</h1>",
        f'<p class="subtitle">{escape(document.subtitle)}</p>',
        '<p class="legend">Highlighted rows use a proxy, an estimate or an assumption '
        "(marked [PROXY], [ESTIMATE], [ASSUMPTION] or [RANGE ESTIMATED]).</p>",
    ]
    for block in document.blocks:
        if isinstance(block, Heading):
            parts.append(f"<h{block.level}>{escape(block.text)}</h{block.level}>")
        elif isinstance(block, Paragraph):
            cls = f' class="{block.tone}"' if block.tone != "normal" else ""
            parts.append(f"<p{cls}>{escape(block.text)}</p>")
        else:
            parts.append(_table(block))
    parts.append("</body></html>\n")
    return "\n".join(parts)
