"""Generated STIX 2.1 content, valid and then damaged, through ``import stix``: every
bundle imports or is refused with one clear line, and a refused bundle changes nothing in
the user folder. Valid content comes from the STIX generator of the standard's technical
committee (random objects of every type with their reference graphs); the damaged copies
swap property values for values of the wrong type. Seeded, so a failure repeats."""

from __future__ import annotations

import json
import random
import uuid
from pathlib import Path
from typing import Any

import pytest

from khorasan_desktop import cli
from tests.test_hostile import folder_hash, one_line

stix2generator = pytest.importorskip("stix2generator")

# Types our importer reads, and types it should skip (reported) without failing.
TYPES = [
    "threat-actor",
    "intrusion-set",
    "location",
    "identity",
    "incident",
    "campaign",
    "report",
    "relationship",
    "sighting",
    "malware",
    "indicator",
    "marking-definition",
    "note",
    "grouping",
]
ROUNDS = 3  # bundles per type
WRONG: list[Any] = [17, -1.5, None, True, {"x": [1]}, [], "", "z" * 5000, [[[[{}]]]]]


def _generated(seed: int) -> list[tuple[str, dict[str, Any]]]:
    import faker

    random.seed(seed)
    faker.Faker.seed(seed)
    gen = stix2generator.create_stix_generator()
    out = []
    for kind in TYPES:
        for i in range(ROUNDS):
            objects = list(gen.generate(kind).values())
            bundle = {
                "type": "bundle",
                "id": f"bundle--{uuid.UUID(int=random.getrandbits(128), version=4)}",
                "objects": [json.loads(o.serialize()) for o in objects],
            }
            out.append((f"{kind}-{i}", bundle))
    return out


def _damaged(bundle: dict[str, Any], rnd: random.Random) -> dict[str, Any]:
    """The same bundle with about a third of its properties given a wrong-typed value
    (type and id kept, so the importer has to look inside the objects)."""
    copy = json.loads(json.dumps(bundle))
    for obj in copy["objects"]:
        for key in list(obj):
            if key not in ("type", "id") and rnd.random() < 0.35:
                obj[key] = rnd.choice(WRONG)
    return copy


CASES = _generated(20261204)


@pytest.mark.parametrize("damage", [False, True], ids=["generated", "damaged"])
def test_generated_stix_imports_or_gives_one_line(
    damage: bool, ref_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rnd = random.Random(7)
    user = tmp_path / "u"
    base = ["--db", str(ref_path), "--user-dir", str(user)]
    outcomes: dict[str, int] = {"imported": 0, "refused": 0}
    for label, bundle in CASES:
        content = _damaged(bundle, rnd) if damage else bundle
        f = tmp_path / f"{label}.json"
        f.write_text(json.dumps(content), encoding="utf-8")
        before = folder_hash(user)
        code = cli.main([*base, "import", "stix", str(f)])
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err + captured.out, (label, captured.err)
        if code == 0:
            outcomes["imported"] += 1
        else:
            assert code == 2, (label, code, captured.err)
            line = one_line(captured.err)
            assert 20 < len(line) < 400, (label, line)
            assert folder_hash(user) == before, f"{label}: refused but the folder changed"
            outcomes["refused"] += 1
    assert sum(outcomes.values()) == len(CASES) == len(TYPES) * ROUNDS
    if not damage:
        # valid content from the standard's generator is not refused as a whole
        assert outcomes["imported"] >= len(CASES) * 0.9, outcomes
    else:
        # every damaged bundle had a wrong-typed property the importer reads or checks
        assert outcomes["refused"] >= len(CASES) * 0.9, outcomes
