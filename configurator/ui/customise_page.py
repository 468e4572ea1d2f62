"""The customising page: parameter panel | 3D preview (with messages) | side panels (eco, facility);
and the gallery page: the template gallery with its messages.

Layout only: the main window connects the page's widgets to the session and the services.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from configurator.ui.eco_panel import EcoPanel
from configurator.ui.facility_panel import FacilityPanel
from configurator.ui.gallery import TemplateGallery
from configurator.ui.message_banner import MessageBanner
from configurator.ui.parameter_panel import ParameterPanel
from configurator.ui.preview import PreviewPane

PANEL_WIDTH = 330
SIDE_WIDTH = 340


class CustomisePage(QWidget):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = ParameterPanel()
        self.preview = PreviewPane()
        self.banner = MessageBanner()
        self.side_tabs = QTabWidget()
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.hide()  # shown once a side panel is added

        back = QPushButton(self.tr("← All templates"))
        back.setToolTip(self.tr("Back to the template gallery (your changes stay here)"))
        back.clicked.connect(self.back_requested)
        self.back_button = back
        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 0)
        top.addWidget(back)
        top.addStretch(1)
        self._top = top

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(4, 4, 4, 4)
        centre_layout.setSpacing(4)
        centre_layout.addWidget(self.banner)
        centre_layout.addWidget(self.preview, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("customiseSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.eco_panel = EcoPanel()
        self.facility_panel = FacilityPanel()
        self.add_side_panel(self.eco_panel, self.tr("Eco"))
        self.add_side_panel(self.facility_panel, self.tr("Make it"))
        # added last, so Tab reaches it last: after the parameters, the view and the side panels;
        # the main window gives it File → Export package… (text, shortcut, enabled state)
        self.export_button = QToolButton()
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.export_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._top.addWidget(self.export_button)

    def add_side_panel(self, widget: QWidget, title: str) -> None:
        self.side_tabs.addTab(widget, title)
        self.side_tabs.setMinimumWidth(300)
        self.side_tabs.show()
        self.apply_default_sizes()

    def apply_default_sizes(self) -> None:
        total = max(self.width(), 1200)
        side = SIDE_WIDTH if self.side_tabs.count() else 0
        self.splitter.setSizes([PANEL_WIDTH, total - PANEL_WIDTH - side, side])


class GalleryPage(QWidget):
    """The template gallery with its message banner (e.g. the offer to restore unsaved work)."""

    def __init__(self, gallery: TemplateGallery, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gallery = gallery
        self.banner = MessageBanner()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 0)
        layout.addWidget(self.banner)
        layout.addWidget(gallery, 1)
