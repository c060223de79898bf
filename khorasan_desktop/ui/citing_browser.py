"""The entity page's text: whatever is copied from it carries its sources.

A selection (Ctrl+C, drag, the context menu) is copied passage by passage (each fact,
judgement, relation or paragraph is one text block) with the sources its citation
markers point to; "Copy with source" in the context menu copies the passage under the
mouse, or under the caret when the menu is opened from the keyboard (Shift+F10 or the
menu key). Blocks without markers (the event's facts table) take the entity's own
citations; headings none. The words are ``views.citing``'s, as for tables.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QTextBrowser, QWidget

from khorasan_desktop.core.i18n import translate
from khorasan_desktop.core.models import Citation
from khorasan_desktop.ui.copy_cite import COPY_TEXT, mime_data, put_on_clipboard
from khorasan_desktop.views import citing

_SUPER = QTextCharFormat.VerticalAlignment.AlignSuperScript


class CitingBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.citations: list[Citation] = []  # as numbered by the page's markers, from 1
        self.own: tuple[Citation, ...] = ()  # the entity's citations, for unmarked blocks
        # The caret can be moved and text selected from the keyboard (Shift+arrows).
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def set_page(self, html: str, citations: Sequence[Citation], own: Sequence[Citation]) -> None:
        self.citations = list(citations)
        self.own = tuple(own)
        self.setHtml(html)

    # -- what a range of the page says, with its sources ----------------------------------
    def passages(self, start: int, end: int) -> list[tuple[str, list[Citation]]]:
        """The text between two document positions, block by block, each with the
        citations its markers name."""
        out: list[tuple[str, list[Citation], tuple[int, int] | None]] = []
        block = self.document().findBlock(start)
        while block.isValid() and (block.position() < end or not out):
            parts, marks, own = [], [], None
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                fmt = frag.charFormat()
                for name in fmt.anchorNames():
                    if name.startswith("cite-") and name[5:].isdigit():
                        own = int(name[5:])  # a line of the sources list: that source
                if fmt.verticalAlignment() == _SUPER:
                    href = fmt.anchorHref()
                    if href.startswith("#cite-") and href[6:].isdigit():
                        marks.append(int(href[6:]))
                else:
                    lo = max(start, frag.position())
                    hi = min(end, frag.position() + frag.length())
                    if hi > lo:
                        parts.append(frag.text()[lo - frag.position() : hi - frag.position()])
                it += 1
            text = " ".join("".join(parts).split())
            if text:
                numbers = [own] if own else marks
                cites = [self.citations[n - 1] for n in numbers if 0 < n <= len(self.citations)]
                if not numbers and block.blockFormat().headingLevel() == 0:
                    cites = list(self.own)
                # The cells of one table row read as one passage: "Founded: 2015".
                table = QTextCursor(block).currentTable()
                row = (
                    (table.firstPosition(), table.cellAt(block.position()).row()) if table else None
                )
                if row is not None and out and out[-1][2] == row:
                    out[-1] = (f"{out[-1][0]}: {text}", out[-1][1], row)
                else:
                    out.append((text, cites, row))
            block = block.next()
        return [(text, cites) for text, cites, _row in out]

    def selection_clip(self) -> citing.Clip | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return citing.statements(self.passages(cursor.selectionStart(), cursor.selectionEnd()))

    def passage_clip(self, cursor: QTextCursor) -> citing.Clip | None:
        """The one passage (text block) at ``cursor``."""
        block = cursor.block()
        items = self.passages(block.position(), block.position() + max(block.length() - 1, 0))
        return citing.statements(items) if items else None

    # -- copying ---------------------------------------------------------------------------
    def createMimeDataFromSelection(self) -> QMimeData:
        """Ctrl+C and drag: the selection as text and HTML, with its sources."""
        clip = self.selection_clip()
        return mime_data(clip) if clip is not None else super().createMimeDataFromSelection()

    def copy_with_source(self, at: QPoint | None = None) -> bool:
        """The selection, else the passage at ``at`` (viewport position) or the caret."""
        clip = self.selection_clip()
        if clip is None:
            cursor = self.cursorForPosition(at) if at is not None else self.textCursor()
            clip = self.passage_clip(cursor)
        if clip is None:
            return False
        put_on_clipboard(clip)
        return True

    def context_menu(self, pos: QPoint, by_mouse: bool = True) -> QMenu:
        """The standard menu with "Copy with source" first (of the selection, else the
        passage at ``pos``, or at the caret when opened from the keyboard)."""
        menu = self.createStandardContextMenu(pos)
        action = QAction(translate("copy_cite", COPY_TEXT), menu)
        if menu.actions():
            first = menu.actions()[0]
            menu.insertAction(first, action)
            menu.insertSeparator(first)
        else:
            menu.addAction(action)
        action.triggered.connect(
            lambda _checked=False: self.copy_with_source(pos if by_mouse else None)
        )
        menu.setActiveAction(action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        by_mouse = event.reason() == QContextMenuEvent.Reason.Mouse
        menu = self.context_menu(event.pos(), by_mouse)
        menu.exec(event.globalPos())
        menu.deleteLater()
