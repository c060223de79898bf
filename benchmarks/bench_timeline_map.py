"""Timeline, chart and map at 1M events: loading (worker thread) and GUI-thread drawing.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_timeline_map.py [DB]
(DB: the synthetic reference of bench_data.py, default benchmarks/out/synthetic.sqlite).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from timing import load, summary, timings


def timed(label: str, fn: Callable[[], Any], n: int = 3) -> Any:
    """Time ``fn`` ``n`` times; print the summary; return its last answer."""
    out: list[Any] = []
    xs = timings(lambda: out.append(fn()), n)
    print(f"{label}: {summary(xs)}", flush=True)
    return out[-1]


def time_timelines(ref: Any, user: Path, texts: Iterable[str]) -> Iterator[tuple[Any, Any]]:
    """For each timeline spec: its loading (the worker's part) and its drawing (the GUI
    thread's), timed; yields the data and the drawn plot."""
    from khorasan_desktop.core import viewspec
    from khorasan_desktop.render import timeline as tr
    from khorasan_desktop.views import timeline as tv

    for text in texts:
        spec = viewspec.parse(text)
        d = timed(f"load {text}", lambda spec=spec: tv.load(ref, tv.resolve(ref, spec, user), user))
        print(f"   events {d.events:,} marks {len(d.marks)} cells {len(d.density)}", flush=True)
        _scene, plot = tr.offscreen_plot(1000, 600)
        timed("   draw (GUI thread)", lambda plot=plot, d=d: plot.draw(d))
        yield d, plot


def main() -> None:
    app = QApplication([])  # noqa: F841  (the scenes measure text)
    from khorasan_desktop.core import viewspec
    from khorasan_desktop.data.reference import CountFilter, Reference
    from khorasan_desktop.render import timeline as tr
    from khorasan_desktop.render.map import MapScene
    from khorasan_desktop.views import chart as cv
    from khorasan_desktop.views import map as mv

    default = Path(__file__).parent / "out" / "synthetic.sqlite"
    ref = Reference(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
    user = Path(tempfile.mkdtemp()) / "user.sqlite"
    busiest = ref.db.execute(
        "SELECT actor_id FROM event_actors GROUP BY actor_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    prov = ref.db.execute(
        "SELECT province_id FROM events WHERE province_id IS NOT NULL "
        "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    print(load(), flush=True)
    texts = ("timeline", "timeline:lanes=actor", "timeline:lanes=type", f"timeline:{busiest}")
    for d, plot in time_timelines(ref, user, (*texts, f"timeline:{prov},from=2020,to=2020")):
        x = tr.seconds(d.first_day) + 86400 * 400
        timed(
            "   hit test (per mouse move)", lambda plot=plot, x=x: plot.hit(x, 2.0, 86400.0), n=20
        )
    chart = viewspec.parse("chart:by=month")
    timed("load chart by month", lambda: cv.load(ref, cv.resolve(ref, chart, user), user))
    cell = mv.HOME_CELL
    places = ref.incident_places(CountFilter(), cell, 2000)[0]
    cells = [p.cell for p in places[:20]]
    timed(
        "cluster list (20 busiest cells)",
        lambda: ref.incident_ids_in_cells(CountFilter(), cell, cells),
    )
    data = mv.load(ref, mv.resolve(ref, viewspec.parse("map"), user), user)
    ms = MapScene(ref.region_shapes())
    ms.show(data)
    _source, to_view = ms.fit(950, 800)
    timed(
        f"cluster {len(ms.markers)} markers (GUI thread, per zoom)",
        lambda: ms.cluster_markers(to_view),
        5,
    )


if __name__ == "__main__":
    main()
