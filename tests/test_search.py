import pytest

from khorasan_desktop.data.reference import Reference


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ISKP", "actor-iskp"),
        ("IS-KP", "actor-iskp"),
        ("IS–KP", "actor-iskp"),
        ("is—kp", "actor-iskp"),
        ("isis k", "actor-iskp"),
        ("ISIS-K", "actor-iskp"),
        ("Wilayat Khorasan", "actor-iskp"),
        ("ولایت خراسان", "actor-iskp"),
        ("ولاية خراسان", "actor-iskp"),
        ("Khurasan", "region-khorasan"),
        ("Taleban", "actor-taliban"),
        ("taliban", "actor-taliban"),
        ("al qaeda", "actor-al-qaida"),
        ("Al-Qa'ida", "actor-al-qaida"),
        ("Nangarhar", "prov-afg-nangarhar"),
        ("Hirat", "prov-afg-herat"),
        ("Shahab al-Muhajir", "actor-shahab-al-muhajir"),
    ],
)
def test_right_entity_first(ref: Reference, query: str, expected: str) -> None:
    hits = ref.search(query).hits
    assert hits, query
    assert hits[0].id == expected, [h.id for h in hits[:5]]


def test_iskp_says_why(ref: Reference) -> None:
    top = ref.search("ISKP").hits[0]
    assert top.matched == "alias: ISKP"
    assert top.tier == 1


def test_khurasan_also_lists_iskp(ref: Reference) -> None:
    ids = [h.id for h in ref.search("Khurasan").hits[:5]]
    assert "actor-iskp" in ids


def test_tiers_are_ordered(ref: Reference) -> None:
    tiers = [h.tier for h in ref.search("kabul", limit=50).hits]
    assert tiers == sorted(tiers)
    assert tiers[0] == 0  # the province named Kabul


def test_text_match_finds_summaries(ref: Reference) -> None:
    hits = ref.search("gurdwara", kind="event").hits
    assert hits and all(h.kind == "event" for h in hits)
    assert any(h.matched.startswith("text") or h.matched.startswith("place") for h in hits)


def test_kind_filter(ref: Reference) -> None:
    assert all(h.kind == "region" for h in ref.search("kabul", kind="region").hits)


def test_unknown_kind_is_a_message(ref: Reference) -> None:
    result = ref.search("kabul", kind="planet")
    assert not result.hits and result.message


@pytest.mark.parametrize(
    "hostile",
    [
        '"',
        '"unbalanced',
        "*",
        "ISKP*",
        "NEAR(a b)",
        "a AND OR NOT b",
        "kind:actor",
        "{names}: x",
        "^start",
        "a:b:c",
        "\x00",
        "IS\x00KP",
        "x" * 10_000,
        " ".join(["word"] * 2_000),
        "\u200f\u202eISKP\u202c",
        "'; DROP TABLE entities; --",
        "()",
        "",
        "   ",
        "🙂",
        "\U0001f600ISKP",
    ],
)
def test_hostile_strings_never_raise(ref: Reference, hostile: str) -> None:
    result = ref.search(hostile)
    assert result.hits or result.message is not None or not hostile.strip()
    assert isinstance(result.hits, tuple)


def test_long_query_says_it_was_shortened(ref: Reference) -> None:
    assert "shortened" in (ref.search("x" * 10_000).message or "")


def test_rtl_marks_do_not_hide_a_match(ref: Reference) -> None:
    assert ref.search("\u200fISKP\u200e").hits[0].id == "actor-iskp"


# A statement that runs for minutes unless stopped (a billion steps of a recursive CTE).
_ENDLESS = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) "
    "SELECT count(*) FROM n"
)


def test_cancelled_statement_is_interrupted(ref: Reference) -> None:
    import time

    from khorasan_desktop.data.connection import interruptible
    from khorasan_desktop.data.errors import Interrupted

    deadline = time.monotonic() + 0.05
    started = time.monotonic()
    with pytest.raises(Interrupted), interruptible(ref.db, lambda: time.monotonic() > deadline):
        ref.db.execute(_ENDLESS).fetchone()
    assert time.monotonic() - started < 5  # stopped mid-statement, not run to its end
    # The connection is usable afterwards and no longer watched.
    assert ref.search("ISKP").hits[0].id == "actor-iskp"


def test_cancelled_search_is_interrupted(ref: Reference) -> None:
    from khorasan_desktop.data.errors import Interrupted

    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1  # wanted when it starts, given up while it runs

    with pytest.raises(Interrupted):
        ref.search("is", limit=50, cancelled=cancelled)
    assert ref.search("is", limit=50, cancelled=lambda: False).hits  # not cancelled: answers


# -- typos, ambiguity, cut lists --------------------------------------------------------
@pytest.mark.parametrize(
    ("typo", "expected"),
    [
        ("Kandhar", "prov-afg-kandahar"),
        ("Nangahar", "prov-afg-nangarhar"),
        ("Talibn", "actor-taliban"),
        ("Pakistn", "country-pak"),
        ("islamic stat khorasn", "actor-iskp"),
        ("Kandh", "prov-afg-kandahar"),  # still typing, one letter wrong
    ],
)
def test_typos_find_the_name(ref: Reference, typo: str, expected: str) -> None:
    result = ref.search(typo)
    assert result.hits and result.hits[0].id == expected, [h.id for h in result.hits[:5]]
    assert result.hits[0].tier == 4 and result.hits[0].matched.startswith("similar")
    assert "Did you mean" in (result.message or "")
    assert ref.ref(expected).name in result.suggestions


def test_did_you_mean_names_only_the_closest(ref: Reference) -> None:
    result = ref.search("Kandhar")
    assert result.suggestions == ("Kandahar",)
    assert result.message == "No matches for 'Kandhar'. Did you mean Kandahar?"


def test_correct_names_get_no_guesses(ref: Reference) -> None:
    result = ref.search("Kandahar", limit=50)
    assert result.hits[0].id == "prov-afg-kandahar"
    assert not result.suggestions and all(h.tier < 4 for h in result.hits)


def test_short_or_random_text_is_not_guessed(ref: Reference) -> None:
    assert ref.search("Kbl").hits == ()  # three letters: too many neighbours to guess
    assert ref.search("qwertyuiop").suggestions == ()


def test_edit_distance_counts_a_swap_as_one() -> None:
    from khorasan_desktop.data.search import closeness, osa_distance

    assert osa_distance("talbian", "taliban", 2) == 1
    assert osa_distance("kandhar", "kandahar", 2) == 1
    assert osa_distance("abcdef", "uvwxyz", 2) == 3  # over the limit: limit + 1
    assert osa_distance("kand", "kandahar", 1, prefix=True) == 0
    assert closeness("kashmr", "azad kashmir", 2) == (1, 2)  # a later word's beginning
    assert closeness("nangahar", "nangarhar", 2) == (1, 0)


def test_ambiguous_name_lists_its_candidates(ref: Reference) -> None:
    from khorasan_desktop.data.errors import NameNotFound

    with pytest.raises(NameNotFound) as err:
        ref.resolve("Kashmir")
    assert [c[1] for c in err.value.candidates] == ["Azad Kashmir", "Indian Kashmir"]
    assert "may mean 2 entities" in str(err.value)
    with pytest.raises(NameNotFound) as err:
        ref.resolve("Tashkent")  # an alias of two entities
    assert len(err.value.candidates) == 2


def test_mistyped_name_suggests(ref: Reference) -> None:
    from khorasan_desktop.data.errors import NameNotFound

    with pytest.raises(NameNotFound) as err:
        ref.resolve("Nangahar", "region")
    assert "Did you mean Nangarhar?" in str(err.value)
    assert [s[0] for s in err.value.suggestions] == ["prov-afg-nangarhar"]
    assert ref.resolve("ISKP") == "actor-iskp" and ref.resolve("isis") == "actor-islamic-state"


def test_a_cut_list_says_how_many_more(ref: Reference) -> None:
    whole = ref.search("Kashmir", limit=50)
    assert whole.more == 0 and whole.more_note() == ""
    cut = ref.search("Kashmir", limit=1)
    assert cut.more == len(whole.hits) - 1 and cut.more_exact
    assert cut.more_note() == f"{cut.more} more hits"
    # a page cut before the candidates ran out (the text tier never ran; prefixes cut at
    # their bound) still says the real number: what the widest search lists
    for text in ("i", "a", "islamic state", "kabul"):
        broad = ref.search(text, limit=3)
        every = ref.search(text, limit=500)
        assert len(every.hits) < 500 and every.more == 0  # the bundled data: all listed
        assert len(broad.hits) == 3 and broad.more_exact, text
        assert broad.more == len(every.hits) - 3, text
        assert broad.more_note() == f"{broad.more} more hits"
        assert "at least" not in broad.more_note()


def test_a_hits_reason_is_shown_in_the_interface_language_with_the_name_as_stored() -> None:
    from khorasan_desktop.core import i18n
    from khorasan_desktop.core.models import SearchHit

    words = {"alias": "نام مستعار", "text": "متن", "summary": "خلاصه"}
    i18n.install(lambda _context, text: words.get(text, text), right_to_left=True)
    try:
        alias = SearchHit("actor-iskp", "actor", "group", "ISIS-K", "alias: ISKP", 1)
        text = SearchHit("actor-iskp", "actor", "group", "ISIS-K", "text: summary", 3)
        odd = SearchHit("actor-iskp", "actor", "group", "ISIS-K", "name:ISKP", 0)
        assert alias.reason == "نام مستعار: ISKP" and alias.matched == "alias: ISKP"
        assert text.reason == "متن: خلاصه"
        assert odd.reason == "name:ISKP"  # not a reason of ours: shown as it is
    finally:
        i18n.install(None)


def test_the_count_of_further_hits_is_bounded(ref: Reference, monkeypatch) -> None:
    """Beyond ``COUNT_BOUND`` the count stops and says "over"."""
    from khorasan_desktop.data import search as search_mod

    monkeypatch.setattr(search_mod, "COUNT_BOUND", 40)
    cut = ref.search("a", limit=3)
    assert not cut.more_exact and cut.more == 40 - 3
    assert cut.more_note() == "over 37 more hits"
