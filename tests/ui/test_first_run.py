"""First run: the window fits the screen it opens on, has an icon, and F1 opens the guide."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QKeySequence

from khorasan_desktop import resources
from khorasan_desktop.ui import window_geometry
from khorasan_desktop.ui.main_window import MainWindow

SCREENS = {
    "1024x600 netbook": QRect(0, 0, 1024, 600),
    "1366x768 laptop, panel": QRect(0, 0, 1366, 740),
    "2x scaling of 2560x1440": QRect(0, 0, 1280, 720),
    "second monitor, top panel": QRect(1920, 32, 1920, 1048),
    "tiny": QRect(0, 0, 640, 400),
}


@pytest.mark.parametrize("available", SCREENS.values(), ids=SCREENS.keys())
def test_initial_rect_fits_the_available_geometry(available: QRect) -> None:
    rect = window_geometry.initial_rect(available)
    assert available.contains(rect)
    assert rect.width() <= available.width() * window_geometry.WIDTH_SHARE
    assert rect.height() <= available.height() * window_geometry.HEIGHT_SHARE
    # room above and below for the title bar, centred
    assert rect.top() - available.top() >= 30 or available.height() < 400
    assert abs(rect.center().x() - available.center().x()) <= 1


def test_initial_rect_is_the_preferred_size_on_a_large_screen() -> None:
    rect = window_geometry.initial_rect(QRect(0, 0, 1920, 1050))
    assert rect.size() == window_geometry.PREFERRED


def test_moved_inside_keeps_the_frame_on_screen() -> None:
    available = QRect(0, 0, 1024, 600)
    frame = QRect(900, 500, 400, 300)
    moved = QRect(window_geometry.moved_inside(frame, available), frame.size())
    assert window_geometry.fits(moved, available)
    assert not window_geometry.fits(frame, available)


def test_window_with_every_page_fits_1024x600(
    make_window: Callable[..., MainWindow], qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 1024x600 the whole window shows: no page or dock forces it wider or taller."""
    window = make_window(restore=False)
    available = QRect(0, 0, 1024, 600)
    monkeypatch.setattr(window, "available_geometry", lambda: available)
    for location in (
        ("entity", "actor-iskp"),
        ("view", "chart"),
        ("view", "map"),
        ("graph", "actor-iskp"),
        ("view", "relations"),
    ):
        window.open_location(location, new_tab=True)
    window.fit_to_screen()
    window.show()
    qtbot.waitExposed(window)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        qtbot.wait(20)
        assert window.size() == window_geometry.initial_rect(available).size(), i
    assert window.layout().minimumSize().width() <= 1024 * window_geometry.WIDTH_SHARE
    assert window.layout().minimumSize().height() <= 600 * window_geometry.HEIGHT_SHARE
    assert available.contains(window.frameGeometry())


def test_first_run_sizes_to_the_screen_and_then_remembers(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window()
    available = window.available_geometry()
    assert window.size() == window_geometry.initial_rect(available).size()
    window.resize(700, 500)
    window.save_state()
    again = make_window()
    assert again.size() == QSize(700, 500)


def test_remembered_size_larger_than_this_screen_is_refitted(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(restore=False)
    available = window.available_geometry()
    window.resize(available.width() + 600, available.height() + 400)
    window.save_state()
    again = make_window()
    assert available.contains(again.frameGeometry())


def test_window_icon_has_every_size(make_window: Callable[..., MainWindow]) -> None:
    window = make_window(restore=False)
    icon = window.windowIcon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert set(resources.ICON_SIZES) <= sizes
    for relative in resources.ICON_PNGS:
        size = int(relative.rsplit("-", 1)[1].removesuffix(".png"))
        from PySide6.QtGui import QImage

        image = QImage(str(resources.path(relative)))
        assert (image.width(), image.height()) == (size, size), relative


def test_f1_opens_the_user_guide(make_window: Callable[..., MainWindow], qtbot) -> None:
    window = make_window(restore=False)
    f1 = [a for a in window.actions() if QKeySequence("F1") in a.shortcuts()]
    assert len(f1) == 1 and "guide" in f1[0].text().lower()
    f1[0].trigger()
    guide = window.guide
    assert guide is not None and guide.isVisible()
    titles = guide.section_titles()
    for wanted in (
        "Getting started",
        "Search",
        "View specs",
        "Grades and likelihood words",
        "Coverage of the data",
        "Exports",
        "Imports",
        "Update packs",
        "Keyboard shortcuts",
    ):
        assert wanted in titles
    text = guide.browser.toPlainText()
    assert "B2" in text and "relations:ISIS-K,year=2021,depth=2" in text
    guide.sections.setCurrentRow(titles.index("Keyboard shortcuts"))
    assert guide.browser.verticalScrollBar().value() > 0
    # every shortcut the window has is in the guide's table
    table = text.split("Keyboard shortcuts")[-1]
    for action in window.actions():
        for key in action.shortcuts():
            assert key.toString() in table, key.toString()


def test_about_keeps_versions_and_licences(make_window: Callable[..., MainWindow]) -> None:
    from khorasan_desktop import __version__
    from khorasan_desktop.ui.about import about_html

    window = make_window(restore=False)
    text = about_html(window.ref, __version__)
    assert __version__ in text and window.ref.meta["data_version"] in text
    import PySide6

    assert f"PySide6 {PySide6.__version__}" in text
    licences = text.split("<b>Licences</b>")[1]
    for part in (
        "Natural Earth",
        "public domain",
        "DejaVu",
        "SIL Open Font License",
        "CC BY-SA",
        "UCDP",
        "CC BY 4.0",
        "ACLED",
    ):
        assert part in licences, part


def _run(*argv: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KHORASAN_DESKTOP_USER_DIR": str(tmp)}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "khorasan_desktop", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_successful_headless_commands_print_no_qt_noise(tmp_path: Path, ref_path: Path) -> None:
    shot = _run(
        "--db", str(ref_path), "screenshot", str(tmp_path / "m.png"), "--view", "map", tmp=tmp_path
    )
    assert shot.returncode == 0 and shot.stderr == "", shot.stderr
    pdf = _run(
        "--db",
        str(ref_path),
        "export",
        "pdf",
        "-o",
        str(tmp_path / "r.pdf"),
        "--view",
        "entity:ISIS-K",
        "--view",
        "chart",
        tmp=tmp_path,
    )
    assert pdf.returncode == 0 and pdf.stderr == "", pdf.stderr


def test_other_qt_messages_still_reach_stderr(tmp_path: Path) -> None:
    code = (
        "from khorasan_desktop.ui.qt_messages import quiet_known_noise\n"
        "from PySide6.QtCore import qWarning\n"
        "quiet_known_noise()\n"
        "qWarning('This plugin does not support propagateSizeHints()')\n"
        "qWarning('something else went wrong')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "propagateSizeHints" not in out.stderr
    assert "something else went wrong" in out.stderr


def test_a_pack_given_as_the_only_argument_opens_the_gui(tmp_path: Path, monkeypatch) -> None:
    """A double click on an update pack (Exec=khorasan-desktop %f) starts the window."""
    from khorasan_desktop import __main__ as entry

    pack = tmp_path / "update.kdpack"
    pack.write_bytes(b"PK")
    assert entry._pack_argument([str(pack)]) == pack
    assert entry._pack_argument([str(tmp_path / "missing.kdpack")]) is None
    assert entry._pack_argument(["search"]) is None
    assert entry._pack_argument([str(pack), "--json"]) is None
    started: list[object] = []
    monkeypatch.setattr("khorasan_desktop.app.run_gui", lambda **kw: started.append(kw) or 0)
    monkeypatch.setattr(sys, "argv", ["khorasan-desktop", str(pack)])
    assert entry.main() == 0
    assert started == [{"db_path": None, "pack": pack}]


@pytest.mark.parametrize(
    "argv",
    [["--db", "other.sqlite"], ["--db=other.sqlite"], ["-reverse", "--db", "other.sqlite"]],
)
def test_a_database_given_alone_opens_the_gui_on_it(argv: list[str], monkeypatch) -> None:
    """`khorasan-desktop --db FILE` starts the window on that file without loading the
    command-line parser, and reads FILE as the parser would."""
    from khorasan_desktop import __main__ as entry
    from khorasan_desktop.cli import build_parser

    started: list[object] = []
    monkeypatch.setattr("khorasan_desktop.app.run_gui", lambda **kw: started.append(kw) or 0)
    monkeypatch.setattr(sys, "argv", ["khorasan-desktop", *argv])
    assert entry.main() == 0
    parsed = build_parser().parse_args([a for a in argv if a != "-reverse"])
    assert parsed.command is None
    assert started == [{"db_path": parsed.db, "pack": None}]


@pytest.mark.parametrize(
    "argv", [["--db"], ["--db", "x.sqlite", "search", "ISKP"], ["--db", "--help"], ["--db="]]
)
def test_other_forms_with_db_go_to_the_command_line(argv: list[str], monkeypatch) -> None:
    from khorasan_desktop import __main__ as entry

    assert entry._database_argument(argv) is None


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_offered_pack_is_installed_only_when_confirmed(
    make_window: Callable[..., MainWindow], tmp_path: Path, monkeypatch, answer: str
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = make_window(restore=False)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: getattr(QMessageBox.StandardButton, answer)
    )
    installed: list[Path] = []
    monkeypatch.setattr(window._packs(), "install_from", installed.append)
    window.offer_pack(tmp_path / "update.kdpack")
    assert installed == ([tmp_path / "update.kdpack"] if answer == "Yes" else [])
