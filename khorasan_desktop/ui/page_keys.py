"""Keys of a page's text: Tab leaves it in one step; links are reached with their own keys.

A QTextBrowser makes Tab walk link by link (an entity page has over a hundred, mostly
superscript citation numbers), so Tab is taken here to mean "next control", as everywhere
else. Ctrl+Down and Ctrl+Up move a visible selection to the next and previous link (the
page scrolls to it), Enter opens it and Ctrl+Enter opens it in a new tab. The browser's
accessible description names the link, for screen readers.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

HELP = QT_TRANSLATE_NOOP(
    "page_keys",
    "Tab leaves the page; Ctrl+Down and Ctrl+Up go to the next and previous link, Enter opens it.",
)


def links(browser: QTextBrowser) -> list[tuple[int, int, str]]:
    """(start, end, href) of every link in document order, adjacent pieces joined."""
    out: list[tuple[int, int, str]] = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat()
            if frag.isValid() and fmt.isAnchor() and fmt.anchorHref():
                start, href = frag.position(), fmt.anchorHref()
                end = start + frag.length()
                if out and out[-1][2] == href and out[-1][1] == start:
                    out[-1] = (out[-1][0], end, href)
                else:
                    out.append((start, end, href))
            it += 1
        block = block.next()
    return out


class LinkKeys(QObject):
    """Event filter on a page's text browser; ``open_link(href, new_tab)`` follows a link."""

    def __init__(
        self,
        browser: QTextBrowser,
        open_link: Callable[[str, bool], None],
        hover: Callable[[str], str | None] = lambda href: None,
    ) -> None:
        super().__init__(browser)
        self.browser = browser
        self.open_link = open_link
        self.hover = hover  # what a link says on hover (a citation's source and grade)
        self.index = -1
        browser.setTabChangesFocus(True)
        browser.setAccessibleDescription(translate("page_keys", HELP))
        browser.installEventFilter(self)

    def current(self) -> tuple[int, int, str] | None:
        cursor = self.browser.textCursor()
        if not cursor.hasSelection():
            return None
        for link in links(self.browser):
            if link[0] <= cursor.selectionStart() < link[1]:
                return link
        return None

    def step(self, forward: bool) -> str | None:
        """Select the next (or previous) link after the selection; its href (None if none)."""
        found = links(self.browser)
        if not found:
            return None
        cursor = self.browser.textCursor()
        here = cursor.selectionStart() if cursor.hasSelection() else -1
        if forward:
            after = [lk for lk in found if lk[0] > here]
            link = after[0] if after else found[0]  # wraps round at the end
        else:
            before = [lk for lk in found if lk[0] < here] if here >= 0 else []
            link = before[-1] if before else found[-1]
        cursor.setPosition(link[0])
        cursor.setPosition(link[1], QTextCursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()
        text = cursor.selectedText().strip() or link[2]
        said = self.hover(link[2]) or link[2]
        self.browser.setAccessibleDescription(
            translate("LinkKeys", "Link {text}: {said}. {help}").format(
                text=text, said=said, help=translate("page_keys", HELP)
            )
        )
        return link[2]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        shift_only = not mods & ~Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and shift_only:
            forward = key == Qt.Key.Key_Tab and not mods
            _leave(self.browser, forward)
            return True
        if mods == Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.step(key == Qt.Key.Key_Down)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            link = self.current()
            if link is not None:
                self.open_link(link[2], mods == Qt.KeyboardModifier.ControlModifier)
                return True
        return False


def _leave(widget: QWidget, forward: bool) -> None:
    """Focus the next (or previous) control in the window's Tab order."""
    w: QWidget = widget
    for _ in range(500):  # the chain is a loop; stop at the first control Tab stops at
        nxt = w.nextInFocusChain() if forward else w.previousInFocusChain()
        if nxt is None or nxt is widget:
            return
        w = nxt
        if (
            w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.isVisible()
            and w.isEnabled()
            and w.window() is widget.window()
            and not widget.isAncestorOf(w)
        ):
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            w.setFocus(reason)
            return
