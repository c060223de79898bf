"""Copy with citation: the words a copied fact or row carries (Qt-free)."""

from __future__ import annotations

from khorasan_desktop.core.events import Event
from khorasan_desktop.core.models import Citation
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.views import citing

BRIEF = Citation(
    "src-brief", "Prospects for ISIS in Afghanistan", "para. 7", "B", 2, author="Arkadiusz Legieć"
)


def test_a_fact_reads_with_source_locator_and_both_grades() -> None:
    text = citing.cited_text("ISIS-K has about 2,000 fighters in Afghanistan.", [BRIEF])
    assert text == (
        "ISIS-K has about 2,000 fighters in Afghanistan. "
        "Source: Legieć, Prospects for ISIS in Afghanistan, para. 7 [B2]"
    )


def test_paragraphs_of_one_source_are_grouped() -> None:
    cites = [
        Citation("s", "Brief", f"para. {n}", "B", 3, author="A. Author") for n in (4, 1, 3, 9, 2)
    ]
    assert citing.sources_text(cites) == "Source: Author, Brief, paras. 1-4, 9 [B3]"
    other = Citation("t", "Report", "p. 12", "C", None)
    assert citing.sources_text([cites[0], other]) == (
        "Sources: Author, Brief, para. 4 [B3]; Report, p. 12 [C?]"
    )


def test_statements_have_text_and_html() -> None:
    clip = citing.statements([("Fact <one>.", [BRIEF]), ("  ", [BRIEF]), ("Heading", [])])
    assert clip.text.splitlines() == [
        "Fact <one>. Source: Legieć, Prospects for ISIS in Afghanistan, para. 7 [B2]",
        "Heading",
    ]
    assert (
        "Fact &lt;one&gt;." in clip.html and "<i>Prospects for ISIS in Afghanistan</i>" in clip.html
    )
    assert citing.GRADES_NOTE in clip.html


def test_rows_get_a_source_column() -> None:
    clip = citing.rows(
        ["Date", "Event"], [["2021", "Kabul\tairport"], ["2022", "x"]], [[BRIEF], []]
    )
    lines = clip.text.splitlines()
    assert lines[0] == "Date\tEvent\tSource"
    assert (
        lines[1] == "2021\tKabul airport\tLegieć, Prospects for ISIS in Afghanistan, para. 7 [B2]"
    )
    assert lines[2] == "2022\tx\t"
    assert clip.html.count("<tr>") == 3 and "<th>Source</th>" in clip.html
    plain = citing.rows(["A"], [["1"]], [[]])
    assert plain.text == "A\n1" and "Source" not in plain.html


def test_imported_events_cite_their_data_set() -> None:
    ev = Event(
        "imported:ged:1", "x", "2021-01-01", "day", source="ged", source_kind="ucdp", ext_id="77"
    )
    c = citing.event_citation(ev)
    assert c is not None
    assert citing.source_text(c) == "UCDP GED data set ged, event 77 [not graded]"
    assert citing.event_citation(Event("event-x", "x", None, "year")) is None


def test_reference_citations_carry_the_author(ref: Reference) -> None:
    fact = next(f for f in ref.facts("actor-iskp") if "2,000" in f.statement)
    text = citing.cited_text(fact.statement, fact.citations)
    assert "Source: Legieć, Prospects for ISIS in Afghanistan, para. 7 [B" in text
