"""Every paragraph of the brief with factual content is cited; wording is kept."""

from __future__ import annotations

import re

import yaml

from khorasan_desktop import paths
from khorasan_desktop.core import brief
from khorasan_desktop.data.reference import Reference

LIKELIHOOD = re.compile(r"\b(most likely|likely|may|will|would|could|potential|risk)\b", re.I)


def test_brief_has_eleven_paragraphs() -> None:
    text = (paths.sources_dir() / "brief.txt").read_text(encoding="utf-8")
    paras = brief.paragraphs(text)
    assert len(paras) == 11
    assert paras[2].startswith("Terrorist groups active")
    assert "neighbouring countries (such regional groups" in paras[2]


def test_every_paragraph_is_cited(ref: Reference) -> None:
    text = (paths.sources_dir() / "brief.txt").read_text(encoding="utf-8")
    cited = {
        int(loc.split()[-1])
        for (loc,) in ref.db.execute(
            "SELECT locator FROM citations WHERE source_id = 'src-brief' AND locator LIKE 'para%'"
        )
    }
    for number, para in enumerate(brief.paragraphs(text), start=1):
        has_content = len(para.split()) > 8  # headings-only paragraphs would be exempt
        if has_content:
            assert number in cited, f"paragraph {number} has no citation: {para[:60]}"


def test_figures_keep_the_brief_wording(ref: Reference) -> None:
    paras = dict(ref.db.execute("SELECT number, text FROM paragraphs").fetchall())
    rows = ref.db.execute(
        "SELECT f.value_text, c.locator FROM facts f JOIN citations c ON c.subject_type = "
        "'fact' AND c.subject_id = f.id WHERE f.value_text IS NOT NULL"
    ).fetchall()
    assert rows
    by_fact: dict[str, list[int]] = {}
    for value, loc in rows:
        by_fact.setdefault(value, []).append(int(loc.split()[-1]))
    for value, numbers in by_fact.items():
        assert any(value.lower() in paras[n].lower() for n in numbers), value
    values = set(by_fact)
    assert "about 2,000" in values
    assert any(v.startswith("more than a dozen") for v in values)


def test_judgements_keep_likelihood_words(ref: Reference) -> None:
    rows = ref.db.execute("SELECT id, statement, likelihood FROM judgements").fetchall()
    assert len(rows) >= 5
    paras = " ".join(t for (t,) in ref.db.execute("SELECT text FROM paragraphs"))
    for jid, _statement, likelihood in rows:
        if likelihood != "stated without a hedge":
            assert likelihood.lower() in paras.lower(), jid
    words = {r[2] for r in rows}
    assert {"most likely", "likely", "may"} <= words


def test_vague_mentions_recorded() -> None:
    data = yaml.safe_load((paths.sources_dir() / "brief.yaml").read_text(encoding="utf-8"))
    texts = " ".join(v["text"] for v in data["vague_mentions"])
    assert "neighbouring countries" in texts
    assert "regional groups" in texts


def test_brief_date_is_approximate(ref: Reference) -> None:
    date_text = ref.db.execute(
        "SELECT date_text FROM sources WHERE entity_id = 'src-brief'"
    ).fetchone()[0]
    assert "2021" in date_text and "approximate" in date_text
