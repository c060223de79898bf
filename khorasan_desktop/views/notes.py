"""The notes and bookmarks view kinds: the user's own content, read once from the user
store, each note labelled with its entity's current name (or marked as gone)."""

from __future__ import annotations

from dataclasses import dataclass, field

from khorasan_desktop.data.errors import NotFound
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.data.userdb import UserStore


@dataclass(frozen=True)
class UserContent:
    """Notes and bookmarks as stored, read beforehand (a report may run off the GUI
    thread, away from the user store)."""

    notes: list[tuple[str, str, str]] = field(default_factory=list)  # id, body, updated
    bookmarks: list[tuple[str, str]] = field(default_factory=list)  # id, label


def read(user: UserStore) -> UserContent:
    return UserContent(user.notes(), [(b.entity_id, b.label) for b in user.bookmarks()])


@dataclass(frozen=True)
class NoteItem:
    entity_id: str
    label: str  # the entity's name now, or its id when the reference no longer has it
    missing: bool  # the entity is no longer in the reference data
    body: str
    updated: str


@dataclass(frozen=True)
class NotesViewData:
    notes: tuple[NoteItem, ...]  # newest first


@dataclass(frozen=True)
class BookmarksViewData:
    bookmarks: tuple[tuple[str, str], ...]  # entity id, label as saved


def load_notes(ref: Reference, content: UserContent) -> NotesViewData:
    items = []
    for entity_id, body, updated in content.notes:
        try:
            items.append(NoteItem(entity_id, ref.ref(entity_id).name, False, body, updated))
        except NotFound:
            items.append(NoteItem(entity_id, entity_id, True, body, updated))
    return NotesViewData(tuple(items))


def load_bookmarks(content: UserContent) -> BookmarksViewData:
    return BookmarksViewData(tuple(content.bookmarks))
