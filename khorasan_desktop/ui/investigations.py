"""Investigations > Open / Export: the investigations saved by name in the user database,
to reopen, export to PDF or delete (the main window saves them; this dialog lists)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from khorasan_desktop.data.userdb import Investigation, UserStore
from khorasan_desktop.ui.saved_list import Entry, SavedListDialog

ACTIONS = {"open": "&Open", "export": "&Export to PDF…"}


class InvestigationsDialog(SavedListDialog):
    """Pick a saved investigation; ``chosen`` is set when the user accepts one.
    ``action`` names the accept button: open it, or export it to PDF."""

    what = "investigation"
    chosen: Investigation | None

    def __init__(self, user: UserStore, action: str = "open", parent: QWidget | None = None):
        self._user = user
        export = action == "export"
        super().__init__(
            "Export investigation" if export else "Open investigation",
            ACTIONS["export" if export else "open"],
            "No investigation is saved yet: Investigations > Save investigation (Ctrl+Shift+I) "
            "keeps the open tabs.",
            parent,
            accept_name="Export the selected investigation to PDF" if export else "",
        )
        self.details.setAccessibleName("Tabs of the selected investigation")
        self.reload()

    def entries(self) -> list[Entry]:
        out = []
        for inv in self._user.investigations():
            n = len(inv.tabs)
            label = f"{inv.name} — {n} {'tab' if n == 1 else 'tabs'}"
            out.append(Entry(inv.name, label, f"saved {inv.saved_at}"))
        return out

    def load(self, name: str) -> Investigation | None:
        return self._user.investigation(name)

    def remove(self, name: str) -> None:
        self._user.delete_investigation(name)

    def describe(self, name: str) -> str:
        inv = self._user.investigation(name)
        return "Tabs: " + "; ".join(t.title or t.location for t in inv.tabs) if inv else ""
