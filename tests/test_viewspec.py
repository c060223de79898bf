import pytest

from khorasan_desktop.core.viewspec import ViewSpec, ViewSpecError, parse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("entity:ISIS-K", ViewSpec("entity", "ISIS-K")),
        ("relations:ISIS-K,year=2021", ViewSpec("relations", "ISIS-K", {"year": "2021"})),
        ("chart", ViewSpec("chart")),
        (
            "chart:province=Nangarhar,by=quarter",
            ViewSpec("chart", None, {"province": "Nangarhar", "by": "quarter"}),
        ),
        ("events:from=2021,to=2021", ViewSpec("events", None, {"from": "2021", "to": "2021"})),
        ("map", ViewSpec("map")),
    ],
)
def test_parse(text: str, expected: ViewSpec) -> None:
    assert parse(text) == expected
    assert parse(expected.text()) == expected


@pytest.mark.parametrize(
    "bad", ["", "planet", "entity", "chart:nonsense", "chart:by=", "chart:colour=red"]
)
def test_bad_specs_say_why(bad: str) -> None:
    with pytest.raises(ViewSpecError):
        parse(bad)


def test_filter_options_round_trip(ref) -> None:
    from khorasan_desktop.data.reference import CountFilter
    from khorasan_desktop.views import options as views

    flt = CountFilter(
        actor_id="actor-iskp",
        province_id="prov-afg-nangarhar",
        attributions=("claimed", "disputed"),
        date_from="2016-01-01",
        date_to="2021-12-31",
    )
    spec = ViewSpec("chart", None, views.to_options(flt))
    assert views.count_filter(ref, parse(spec.text())) == flt
