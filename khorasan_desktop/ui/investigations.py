"""Investigations > Open / Export: the investigations saved by name in the user database,
to reopen, export to PDF or delete (the main window saves them; this dialog lists)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.data.userdb import Investigation, UserStore
from khorasan_desktop.ui.saved_list import Entry, SavedListDialog

ACTIONS = {
    "open": QT_TRANSLATE_NOOP("investigations", "&Open"),
    "export": QT_TRANSLATE_NOOP("investigations", "&Export to PDF…"),
}


class InvestigationsDialog(SavedListDialog):
    """Pick a saved investigation; ``chosen`` is set when the user accepts one.
    ``action`` names the accept button: open it, or export it to PDF."""

    what = QT_TRANSLATE_NOOP("SavedListDialog", "investigation")
    whats = QT_TRANSLATE_NOOP("SavedListDialog", "investigations")
    chosen: Investigation | None

    def __init__(self, user: UserStore, action: str = "open", parent: QWidget | None = None):
        self._user = user
        export = action == "export"
        super().__init__(
            translate("InvestigationsDialog", "Export investigation")
            if export
            else translate("InvestigationsDialog", "Open investigation"),
            translate("investigations", ACTIONS["export" if export else "open"]),
            (
                translate(
                    "InvestigationsDialog",
                    "No investigation is saved yet: Investigations > Save investigation "
                    "(Ctrl+Shift+I) keeps the open tabs.",
                )
            ),
            parent,
            accept_name=translate(
                "InvestigationsDialog", "Export the selected investigation to PDF"
            )
            if export
            else "",
        )
        self.details.setAccessibleName(
            translate("InvestigationsDialog", "Tabs of the selected investigation")
        )
        self.reload()

    def entries(self) -> list[Entry]:
        out = []
        for inv in self._user.investigations():
            n = len(inv.tabs)
            tabs = (
                translate("InvestigationsDialog", "1 tab")
                if n == 1
                else translate("InvestigationsDialog", "{n} tabs")
            )
            label = f"{inv.name} — {tabs.format(n=n)}"
            out.append(
                Entry(
                    inv.name,
                    label,
                    translate("InvestigationsDialog", "saved {saved_at}").format(
                        saved_at=inv.saved_at
                    ),
                )
            )
        return out

    def load(self, name: str) -> Investigation | None:
        return self._user.investigation(name)

    def remove(self, name: str) -> None:
        self._user.delete_investigation(name)

    def describe(self, name: str) -> str:
        inv = self._user.investigation(name)
        return (
            translate("InvestigationsDialog", "Tabs: ")
            + "; ".join(t.title or t.location for t in inv.tabs)
            if inv
            else ""
        )
