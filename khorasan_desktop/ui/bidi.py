"""Cells of tables, lists and trees read in their own direction in a right-to-left window.

Qt lays out an item's text in the view's direction: in a Dari or Pashto window an English
cell such as "18 Apr 2015: bombing in Jalalabad" then shows as "Jalalabad 18 Apr 2015:"
(the number moves to the other end). The delegate gives each cell the direction of its
own first letter, so English and Arabic-script names both read as written, and keeps the
cell where the right-to-left view places it.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

_STRONG = {"L": False, "R": True, "AL": True}


def starts_right_to_left(text: str) -> bool | None:
    """The direction of the first strong letter of ``text`` (None: it has none)."""
    for ch in text:
        rtl = _STRONG.get(unicodedata.bidirectional(ch))
        if rtl is not None:
            return rtl
    return None


class ContentDirection(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.direction != Qt.LayoutDirection.RightToLeft or not option.text:
            return
        if starts_right_to_left(option.text) is not False:
            return
        # Left-to-right text in a right-to-left view: same place, its own reading order.
        align = Qt.AlignmentFlag
        horizontal = option.displayAlignment & align.AlignHorizontal_Mask
        vertical = option.displayAlignment & align.AlignVertical_Mask
        trailing = horizontal in (align.AlignRight, align.AlignTrailing)
        side = align.AlignLeft if trailing else align.AlignRight
        if horizontal in (align.AlignHCenter, align.AlignJustify):
            side = horizontal
        option.direction = Qt.LayoutDirection.LeftToRight
        option.displayAlignment = side | align.AlignAbsolute | vertical


def apply(root: QWidget) -> None:
    """Give every item view under ``root`` that draws with Qt's plain delegate the
    direction-following one (views with delegates of their own keep them)."""
    for view in root.findChildren(QAbstractItemView):
        if type(view.itemDelegate()) is QStyledItemDelegate:
            view.setItemDelegate(ContentDirection(view))
