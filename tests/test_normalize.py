import pytest

from khorasan_desktop.core.normalize import compact, normalize


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ISKP", "IS-KP"),
        ("IS-KP", "IS–KP"),
        ("IS–KP", "IS—KP"),
        ("is kp", "ISKP"),
        ("Khurasan", "Khorasan"),
        ("Taleban", "Taliban"),
        ("al qaeda", "Al-Qaida"),
        ("al-Qa'ida", "al Qaeda"),
        ("Da'esh", "Daesh"),
        ("Wilayah Khurasan", "Wilayat Khorasan"),
        ("ولایت خراسان", "ولايت خراسان"),
        ("كابل", "کابل"),
        ("الْقَاعِدَة", "القاعده"),
        ("Hirat", "Herat"),
    ],
)
def test_spellings_meet(a: str, b: str) -> None:
    assert compact(a) == compact(b)


def test_layout_marks_and_nul_vanish() -> None:
    assert normalize("\u200fISKP\u200e\x00") == "iskp"


def test_punctuation_only_is_empty() -> None:
    assert normalize('"*()-–—') == ""
