"""The one door for fixed interface phrases, in every layer.

``translate(context, text)`` returns ``text`` until the GUI installs Qt's translator
(``ui/i18n.py``); from then on it returns the phrase in the chosen language. The Qt-free
layers (views' captions, report labels) call it without importing Qt, and Qt's
``pyside6-lupdate`` extracts every ``translate("Context", "text")`` call of the package
into the ``.ts`` sources. Content (names, sources, quotes, likelihood words quoted from
sources) never passes through here: only the program's own words do.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(_context: str, text: str) -> str:
    return text


_translator: list[Translator] = [_identity]
_right_to_left = [False]


def install(translator: Translator | None, right_to_left: bool = False) -> None:
    """Route ``translate`` through ``translator`` (None: back to the English source);
    ``right_to_left``: the language is written right to left (reports follow it)."""
    _translator[0] = translator or _identity
    _right_to_left[0] = right_to_left and translator is not None


def right_to_left() -> bool:
    """Whether the interface language runs right to left (Dari, Pashto)."""
    return _right_to_left[0]


def translate(context: str, text: str) -> str:
    """``text`` in the interface language (placeholders such as ``{name}`` are kept, so
    callers ``.format()`` the result)."""
    return _translator[0](context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for ``pyside6-lupdate`` (which knows this name) where the words are
    kept in a constant and translated where shown: ``translate(context, CONSTANT)``. Qt's
    own function of this name is untyped; this one is plain Python, for every layer."""
    return text
