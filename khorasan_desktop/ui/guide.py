"""Help > User guide (F1): the bundled Markdown guide, with its sections listed beside it.

The guide is read from the installed resources, so it works offline and is the same text
as ``resources/guide.md`` in the source (and the command line's view syntax).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from khorasan_desktop import resources
from khorasan_desktop.core.i18n import translate

SECTION_LEVEL = 2  # "## Search" and its siblings are listed


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("GuideDialog", "Khorasan Desktop user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # offline: nothing to follow outside the guide
        self.browser.setAccessibleName(translate("GuideDialog", "User guide"))
        try:
            self.browser.setMarkdown(resources.guide_text())
        except OSError as exc:
            self.browser.setPlainText(
                translate(
                    "GuideDialog", "The user guide is missing from this installation: {exc}"
                ).format(exc=exc)
            )
        self.sections = QListWidget()
        self.sections.setAccessibleName(translate("GuideDialog", "Guide sections"))
        for block in self._headings():
            self.sections.addItem(block.text())
        self.sections.currentRowChanged.connect(self.show_section)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.sections)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([180, 620])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(860, 560)

    def _headings(self) -> list[QTextBlock]:
        out = []
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == SECTION_LEVEL:
                out.append(block)
            block = block.next()
        return out

    def section_titles(self) -> list[str]:
        return [block.text() for block in self._headings()]

    def show_section(self, row: int) -> None:
        """Scroll so the chosen section's heading is at the top."""
        headings = self._headings()
        if not 0 <= row < len(headings):
            return
        layout = self.browser.document().documentLayout()
        top = layout.blockBoundingRect(headings[row]).top()
        self.browser.verticalScrollBar().setValue(int(top))
