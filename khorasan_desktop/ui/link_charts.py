"""File > Open link chart: the charts saved by name in the user database, to reopen or
delete (the graph saves them; this dialog only lists, opens and deletes)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.data.userdb import SavedChart, UserStore
from khorasan_desktop.ui.saved_list import Entry, SavedListDialog


class LinkChartsDialog(SavedListDialog):
    """Pick a saved link chart; ``chosen`` is set when the user opens one."""

    what = QT_TRANSLATE_NOOP("SavedListDialog", "link chart")
    whats = QT_TRANSLATE_NOOP("SavedListDialog", "link charts")
    chosen: SavedChart | None

    def __init__(self, user: UserStore, parent: QWidget | None = None) -> None:
        self._user = user
        super().__init__(
            translate("LinkChartsDialog", "Open link chart"),
            translate("LinkChartsDialog", "&Open"),
            translate(
                "LinkChartsDialog", "No chart is saved yet: use “Save chart…” on a relation graph."
            ),
            parent,
        )
        self.reload()

    def entries(self) -> list[Entry]:
        return [
            Entry(
                c.name,
                f"{c.name} — {c.spec}",
                translate("LinkChartsDialog", "saved {saved_at}; {pinned} pinned").format(
                    saved_at=c.saved_at, pinned=len(c.pinned)
                ),
            )
            for c in self._user.link_charts()
        ]

    def load(self, name: str) -> SavedChart | None:
        return self._user.link_chart(name)

    def remove(self, name: str) -> None:
        self._user.delete_link_chart(name)
