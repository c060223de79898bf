"""Help > User guide (F1): the bundled Markdown guide, with its sections listed beside it.

The guide is read from the installed resources, so it works offline and is the same text
as ``resources/guide.md`` in the source (and the command line's view syntax), or its
Dari or Pashto translation (``guide.fa_AF.md``, ``guide.ps.md``) when the interface is in
that language. Those are laid out right to left as reports are (``report.document.mirror``)
in the shipped Arabic-script face, so no letter depends on the system's fonts.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)
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
from khorasan_desktop.render import fonts
from khorasan_desktop.report.document import mirror
from khorasan_desktop.ui import i18n, shortcuts

SECTION_LEVEL = 2  # "## Search" and its siblings are listed
# Where a translated guide shows the table of shortcuts: made from ui/shortcuts.py in the
# interface's words, like Help > Keyboard shortcuts, so it lists every key the program has
# and a new shortcut needs no change to the translated guides.
SHORTCUT_TABLE = "<!-- shortcut-table -->"
_LRM = "\u200e"  # left-to-right mark: holds a code span's leading "~/" or trailing "/" in place
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def shortcut_table() -> str:
    """The shortcuts as a Markdown table: keys, what they do, where (translated)."""
    head = [
        translate("ShortcutSheet", "Keys"),
        translate("ShortcutSheet", "Does"),
        translate("ShortcutSheet", "Where"),
    ]
    rows = [
        [", ".join(s.keys), translate("shortcuts", s.does), translate("shortcuts", s.where)]
        for s in shortcuts.ALL
    ]
    lines = [head, ["---"] * 3, *rows]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


def _columns_from_the_right(markdown: str) -> str:
    """The guide's tables with their columns in reverse order, for right-to-left text: Qt
    lays a table's columns out left to right in any direction (reports reverse theirs
    too), and a Dari or Pashto reader starts at the right with the first column."""
    out = []
    fenced = False
    for line in markdown.split("\n"):
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and line.startswith("|") and line.rstrip().endswith("|"):
            cells = re.split(r"(?<!\\)\|", line.strip()[1:-1])
            line = "|" + "|".join(reversed(cells)) + "|"
        out.append(line)
    return "\n".join(out)


def _own_script_right_to_left(doc: QTextDocument) -> None:
    """Every paragraph and table cell with Dari or Pashto in it reads right to left, also
    one that starts with a name or a key ("PDF ته صادرول"), which the report's rule (the
    first letter decides) would set left to right; English-only ones (the review note,
    keys, the view syntax) keep their own direction."""
    block = doc.begin()
    while block.isValid():
        if _ARABIC_SCRIPT.search(block.text()):
            fmt = block.blockFormat()
            fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            QTextCursor(block).setBlockFormat(fmt)
        block = block.next()


def _tables_at_the_right(doc: QTextDocument) -> None:
    for frame in doc.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            fmt = frame.format()
            fmt.setAlignment(Qt.AlignmentFlag.AlignRight)
            frame.setFormat(fmt)


def _inline_code(doc: QTextDocument, right_to_left: bool) -> None:
    """Inline code (commands, paths, specs) as written: Arabic-script names in it in the
    shipped Arabic face (the fixed-pitch face's own Arabic letters do not join), and in
    right-to-left text each span read left to right between marks, so ``~/.local/share``,
    ``.kdpack`` or ``source=`` keep their punctuation in place inside a Dari or Pashto
    sentence (the bidirectional algorithm would move it to the span's other end)."""
    spans: list[tuple[int, int]] = []
    block = doc.begin()
    while block.isValid():
        if not block.blockFormat().hasProperty(QTextFormat.Property.BlockCodeFence):
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().fontFixedPitch():
                    spans.append((fragment.position(), fragment.position() + fragment.length()))
                it += 1
        block = block.next()
    arabic = QTextCharFormat()
    arabic.setFontFamilies(list(reversed(fonts.FAMILIES)))
    cursor = QTextCursor(doc)
    for start, end in reversed(spans):  # from the end: inserted marks move what follows
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if _ARABIC_SCRIPT.search(cursor.selectedText()):
            cursor.mergeCharFormat(arabic)
        if right_to_left:
            for position in (end, start):
                cursor.setPosition(position)
                cursor.insertText(_LRM)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("GuideDialog", "Khorasan Desktop user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # offline: nothing to follow outside the guide
        self.browser.setAccessibleName(translate("GuideDialog", "User guide"))
        self.language = resources.guide_language(i18n.language())
        right_to_left = i18n.is_right_to_left(self.language)
        if right_to_left:
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            size = self.browser.font().pointSizeF()
            self.browser.document().setDefaultFont(fonts.font(size, arabic_first=True))
        try:
            text = resources.guide_text(self.language).replace(SHORTCUT_TABLE, shortcut_table())
            if right_to_left:
                text = _columns_from_the_right(text)
            self.browser.setMarkdown(text)
            if right_to_left:
                mirror(self.browser.document())
                _own_script_right_to_left(self.browser.document())
                _tables_at_the_right(self.browser.document())
            _inline_code(self.browser.document(), right_to_left)
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
        # Wide enough for the longest section title (Dari and Pashto ones run longer).
        titles = self.sections.sizeHintForColumn(0) + 2 * self.sections.frameWidth() + 8
        split.setSizes([min(max(180, titles), 320), 620])
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
