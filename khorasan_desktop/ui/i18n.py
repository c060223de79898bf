"""The interface language: English, Dari or Pashto, from View > Language or the system.

The translations are Qt's: ``resources/translations/khorasan_<lang>.ts`` (sources, made by
``pyside6-lupdate``) compiled to ``.qm`` by ``pyside6-lrelease`` (``python
packaging/translations.py``). :func:`apply` loads one into a ``QTranslator`` and routes
``core.i18n.translate`` through Qt, so the Qt-free layers' fixed words (report headings,
table headers) follow the same choice. Dari and Pashto are written right to left: the
window is then laid out right to left (see MainWindow); the graph, the chart's axes and
the map stay as they are.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from khorasan_desktop import resources
from khorasan_desktop.core import i18n
from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP

SETTING = "view/language"
# (setting, menu text): each language under its own name, as a user who reads only that
# language must find it; "System" follows the interface language of the desktop.
CHOICES: tuple[tuple[str, str], ...] = (
    ("system", QT_TRANSLATE_NOOP("i18n", "&System")),
    ("en", "English"),
    ("fa_AF", "دری"),
    ("ps", "پښتو"),
)
TRANSLATED = ("fa_AF", "ps")  # each has resources/translations/khorasan_<lang>.qm
RIGHT_TO_LEFT = frozenset(TRANSLATED)
NATIVE_NAMES = {"en": "English", "fa_AF": "دری", "ps": "پښتو"}
# Qt's own words (Cancel, Yes, No in standard buttons and dialogs): Qt ships Persian,
# which Dari reads; it has no Pashto, so those buttons stay in English under Pashto.
QT_BASE = {"fa_AF": "qtbase_fa"}

_state: dict[str, object] = {"language": "en", "translators": []}


def qm_file(language: str) -> str:
    return f"translations/khorasan_{language}.qm"


def saved_choice(settings: QSettings) -> str:
    value = str(settings.value(SETTING, "system"))
    return value if value in dict(CHOICES) else "system"


def from_locale(locale: QLocale) -> str:
    """The interface language for a locale: any Persian (fa, fa_AF, fa_IR) reads Dari,
    Pashto reads Pashto, every other language English."""
    lang = locale.language()
    if lang == QLocale.Language.Persian:
        return "fa_AF"
    if lang == QLocale.Language.Pashto:
        return "ps"
    return "en"


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language a setting means here (``system``: the desktop's locale)."""
    if choice in TRANSLATED or choice == "en":
        return choice
    return from_locale(system if system is not None else QLocale.system())


def language() -> str:
    """The language the interface is shown in now (en, fa_AF or ps)."""
    return str(_state["language"])


def is_right_to_left(lang: str | None = None) -> bool:
    return (lang or language()) in RIGHT_TO_LEFT


def apply(choice: str, system: QLocale | None = None) -> str:
    """Show the interface in ``choice`` (a setting: system, en, fa_AF or ps) from now on;
    returns the language used. Widgets made before keep their words, so the window is
    built after this (at start-up) and a change in the menu takes effect at restart."""
    lang = resolve(choice, system)
    app = QCoreApplication.instance()
    installed = _state["translators"]
    assert isinstance(installed, list)
    for old in installed:
        QCoreApplication.removeTranslator(old)
    installed.clear()
    if lang in TRANSLATED and app is not None:
        from khorasan_desktop.render import fonts

        fonts.load()  # the Arabic-script face, before the first word is drawn
        translator = QTranslator(app)
        try:
            path = str(resources.path(qm_file(lang)))
        except FileNotFoundError:
            path = ""
        if not path or not translator.load(path):
            # An installation without its translations still starts, in English.
            print(f"khorasan-desktop: no translation for {lang}; English", file=sys.stderr)
            return apply("en")
        QCoreApplication.installTranslator(translator)
        installed.append(translator)
        qt_base = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if lang in QT_BASE and qt_base.load(QT_BASE[lang], folder):
            QCoreApplication.installTranslator(qt_base)
            installed.append(qt_base)
    else:
        lang = "en"
    _state["language"] = lang
    # Numbers in Latin digits in every language, as the text the program formats and the
    # data give them: without this a spin box took the desktop's digits (Persian ones on a
    # Persian desktop, even with English chosen) and disagreed with the rest of the window.
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.install(
        QCoreApplication.translate if lang != "en" else None, right_to_left=is_right_to_left(lang)
    )
    return lang
