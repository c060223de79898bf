"""File > Open link chart: the charts saved by name in the user database, to reopen or
delete (the graph saves them; this dialog only lists, opens and deletes)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from khorasan_desktop.data.userdb import SavedChart, UserStore
from khorasan_desktop.ui.saved_list import Entry, SavedListDialog


class LinkChartsDialog(SavedListDialog):
    """Pick a saved link chart; ``chosen`` is set when the user opens one."""

    what = "link chart"
    chosen: SavedChart | None

    def __init__(self, user: UserStore, parent: QWidget | None = None) -> None:
        self._user = user
        super().__init__(
            "Open link chart",
            "&Open",
            "No chart is saved yet: use “Save chart…” on a relation graph.",
            parent,
        )
        self.reload()

    def entries(self) -> list[Entry]:
        return [
            Entry(c.name, f"{c.name} — {c.spec}", f"saved {c.saved_at}; {len(c.pinned)} pinned")
            for c in self._user.link_charts()
        ]

    def load(self, name: str) -> SavedChart | None:
        return self._user.link_chart(name)

    def remove(self, name: str) -> None:
        self._user.delete_link_chart(name)
