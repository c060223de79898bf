"""The user guide in Dari and Pashto: the window shows the guide of the interface language,
right to left in the shipped Arabic face, and the translations keep the English guide's
structure, commands and shortcuts, so a change of the English guide shows where they lag."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextFragment, QTextTable
from PySide6.QtWidgets import QApplication

from khorasan_desktop import resources
from khorasan_desktop.core.i18n import translate
from khorasan_desktop.ui import i18n
from khorasan_desktop.ui import shortcuts as shortcut_list
from khorasan_desktop.ui.guide import SHORTCUT_TABLE, GuideDialog

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ("fa_AF", "ps")
RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
ARABIC = re.compile(r"[\u0600-\u06ff]")
# "awaits review by native speakers" in the language itself
REVIEW_WORDS = {"fa_AF": "بازبینی", "ps": "بیاکتنې"}


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    i18n.apply("en")
    QApplication.setLayoutDirection(LTR)


def markdown(language: str) -> str:
    name = resources.GUIDE_TRANSLATIONS.get(language, resources.GUIDE)
    return (REPO / "resources" / name).read_text(encoding="utf-8")


def prose(text: str) -> str:
    """The guide without its fenced code (whose lines may start with #)."""
    return re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)


def headings(text: str) -> list[tuple[int, str]]:
    out = []
    for line in prose(text).splitlines():
        if line.startswith("#"):
            marks, _, title = line.partition(" ")
            out.append((len(marks), title.strip()))
    return out


def section(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end) + len(end)]


def blocks(dialog: GuideDialog) -> Iterator[QTextBlock]:
    block = dialog.browser.document().begin()
    while block.isValid():
        yield block
        block = block.next()


def fragments(block: QTextBlock) -> list[QTextFragment]:
    out = []
    it = block.begin()
    while not it.atEnd():
        out.append(it.fragment())
        it += 1
    return out


def painted_x(block: QTextBlock, index: int) -> float:
    """Where the window draws the character at ``index`` of ``block`` (its glyph's left)."""
    doc = block.document()
    doc.documentLayout().blockBoundingRect(block)  # lays the block out if not yet done
    line = block.layout().lineForTextPosition(index)
    return line.glyphRuns(index, 1)[0].positions()[0].x()


def shortcut_keys(text: str) -> list[str]:
    """The keys column of the guide's shortcut table (the section before the last)."""
    rows = [line for line in text.split("\n## ")[-2].splitlines() if line.startswith("| ")]
    return [row.split("|")[1].strip() for row in rows[1:]]


def open_guide(qtbot, language: str) -> GuideDialog:
    i18n.apply(language)
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_english_guides_headings(language: str) -> None:
    """Same headings, same levels, same order: a section added to or moved in the English
    guide fails here until both translations follow (see CONTRIBUTING)."""
    english = headings(markdown("en"))
    translated = headings(markdown(language))
    assert len(english) > 10
    assert [level for level, _ in translated] == [level for level, _ in english]
    for level, title in translated:  # translated, not the English left in place
        assert ARABIC.search(title), (level, title)
    assert len({title for _, title in translated}) == len(translated)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_commands_specs_and_shortcuts(language: str) -> None:
    english, translated = markdown("en"), markdown(language)
    # Commands, paths, file names and specs written as code stay as they are.
    code = re.compile(r"`([^`\n]+)`")
    missing = set(code.findall(prose(english))) - set(code.findall(prose(translated)))
    assert not missing, missing
    # The view syntax is the command line's own text (export --help): one copy, in the
    # English guide, which the translation shows where its empty section stands.
    markers = ("<!-- view-syntax -->", "<!-- /view-syntax -->")
    assert section(translated, *markers) == "\n".join(markers)
    shown = resources.guide_text(language)
    assert section(shown, *markers) == section(english, *markers)
    assert shown.replace(section(shown, *markers), "") == translated.replace(
        section(translated, *markers), ""
    )
    # The table of shortcuts stands where the English guide has its own, made by the
    # window from the program's list of shortcuts.
    assert len(shortcut_keys(english)) > 40
    assert SHORTCUT_TABLE in translated.split("\n## ")[-2]
    assert not shortcut_keys(translated)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_say_they_await_review(language: str) -> None:
    top = " ".join(markdown(language).split("\n## ", 1)[0].replace("\n>", " ").split())
    assert "awaits review by native speakers" in top
    assert REVIEW_WORDS[language] in top


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_window_shows_the_translated_guide_right_to_left(qtbot, language: str) -> None:
    dialog = open_guide(qtbot, language)
    assert dialog.language == language
    assert dialog.layoutDirection() == RTL
    text = markdown(language)
    title = next(b for b in blocks(dialog) if b.blockFormat().headingLevel() == 1)
    assert title.text() == headings(text)[0][1]
    assert dialog.section_titles() == [t for level, t in headings(text) if level == 2]
    # Every heading, paragraph and table cell in the language reads right to left, also
    # one that starts with a name or key ("PDF ته صادرول"); English-only ones, such as the
    # review note, a key or the view syntax, read left to right.
    checked = {RTL: 0, LTR: 0}
    for block in blocks(dialog):
        if not block.text().strip():
            continue
        wanted = RTL if ARABIC.search(block.text()) else LTR
        assert block.textDirection() == wanted, block.text()[:60]
        checked[wanted] += 1
    assert checked[RTL] > 150 and checked[LTR] > 40
    # Pashto's "PDF ته صادرول" (Export to PDF) starts with a name and still reads RTL.
    cells = [b for b in blocks(dialog) if re.match(r"[A-Za-z]", b.text())]
    assert language != "ps" or any(ARABIC.search(b.text()) for b in cells)
    # The shipped Arabic-script face comes first, so no letter depends on the system.
    assert dialog.browser.document().defaultFont().families()[0] == "Noto Sans Arabic"


@pytest.mark.parametrize("language", LANGUAGES)
def test_tables_start_at_the_right_and_code_reads_left_to_right(qtbot, language: str) -> None:
    dialog = open_guide(qtbot, language)
    doc = dialog.browser.document()
    shortcuts = next(
        f
        for f in doc.rootFrame().childFrames()
        if isinstance(f, QTextTable)
        and "Ctrl+W" in doc.toRawText()[f.firstPosition() : f.lastPosition()]
    )
    assert shortcuts.format().alignment() & Qt.AlignmentFlag.AlignRight
    # Every shortcut the program has, in the language, keys first: Qt lays a table's
    # columns out left to right, so the first column read from the right is the last.
    assert shortcuts.rows() == len(shortcut_list.ALL) + 1

    def cell(row: int, column: int) -> str:
        return shortcuts.cellAt(row, column).firstCursorPosition().block().text()

    for row, s in enumerate(shortcut_list.ALL, start=1):
        assert cell(row, 2) == ", ".join(s.keys)
        assert cell(row, 1) == translate("shortcuts", s.does) and ARABIC.search(cell(row, 1))
        assert cell(row, 0) == translate("shortcuts", s.where)
    assert cell(0, 2) == translate("ShortcutSheet", "Keys")
    # Code that starts or ends with punctuation keeps it where it is written: without
    # care the bidirectional algorithm draws ".kdpack" as "kdpack." and "~/.local" as
    # "local/.~" inside a right-to-left sentence.
    for code in (".kdpack", "~/.local", "source="):
        block = next(b for b in blocks(dialog) if code in b.text())
        at = block.text().index(code)
        first, second, last = (painted_x(block, at + i) for i in (0, 1, len(code) - 1))
        assert first < second <= last, code


def test_the_english_guide_stays_left_to_right(qtbot) -> None:
    dialog = open_guide(qtbot, "en")
    assert dialog.language == "en" and dialog.layoutDirection() == LTR
    assert dialog.section_titles()[0] == "Getting started"
    assert "\u200e" not in dialog.browser.document().toRawText()
    # The Arabic-script search example in its code span joins its letters (shipped face).
    name = next(f for b in blocks(dialog) for f in fragments(b) if f.text() == "ولایت خراسان")
    assert name.charFormat().fontFamilies()[0] == "Noto Sans Arabic"


def test_a_language_without_its_guide_shows_the_english_one(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(resources.GUIDE_TRANSLATIONS, "ps", "guide.missing.md")
    assert resources.guide_language("ps") == "en"
    dialog = open_guide(qtbot, "ps")
    assert dialog.language == "en"
    assert dialog.section_titles()[0] == "Getting started"
    assert resources.guide_language("fa_AF") == "fa_AF"
    assert resources.guide_language("de") == "en"


@pytest.mark.parametrize("language", LANGUAGES)
def test_f1_in_a_dari_or_pashto_window_opens_its_guide(make_window, language: str) -> None:
    from PySide6.QtCore import QSettings

    from khorasan_desktop import paths

    settings = QSettings(str(paths.user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.SETTING, language)
    settings.sync()
    window = make_window(restore=False)
    window.act_guide.trigger()
    guide = window.guide
    assert guide is not None and guide.isVisible()
    assert guide.language == language and guide.layoutDirection() == RTL
    assert guide.section_titles()[0] == headings(markdown(language))[1][1]
