"""What a screen reader sees: the app's accessibility tree over the AT-SPI bus (Orca's view).

Starts Khorasan Desktop with an entity page, the relation graph, the chart, the map and
the timeline open, waits for its accessible tree on the accessibility bus, walks it, and
prints how many focusable objects there are and which have no name, and a sample of the
table cells as a reader gets them.

Needs a display, a session bus and the AT-SPI bus (at-spi2-core), and the D-Bus bindings
of the system Python (python3-dbus), so it runs with the system interpreter:

    xvfb-run -a dbus-run-session -- /usr/bin/python3 benchmarks/atspi_walk.py [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import dbus  # python3-dbus (system package)

ROOT = Path(__file__).resolve().parent.parent
ACC = "org.a11y.atspi.Accessible"
STATE_FOCUSABLE, STATE_SHOWING = 11, 25  # AT-SPI state bits
OPEN = ["entity:actor-iskp", "graph:actor-iskp", "view:chart", "view:map", "view:timeline"]


def a11y_bus() -> dbus.bus.BusConnection:
    session = dbus.SessionBus()
    address = session.get_object("org.a11y.Bus", "/org/a11y/bus").GetAddress(
        dbus_interface="org.a11y.Bus"
    )
    return dbus.bus.BusConnection(str(address))


def find_app(bus: dbus.bus.BusConnection, name: str) -> tuple[str, str] | None:
    root = bus.get_object("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
    for app_bus, app_path in root.GetChildren(dbus_interface=ACC):
        obj = bus.get_object(app_bus, app_path)
        props = dbus.Interface(obj, "org.freedesktop.DBus.Properties")
        if str(props.Get(ACC, "Name")) == name:
            return str(app_bus), str(app_path)
    return None


CELLS = ("table cell", "cell", "list item", "tree item", "column header", "row header")


def walk(bus: dbus.bus.BusConnection, ref: tuple[str, str], depth: int = 0, parent: str = ""):
    obj = bus.get_object(*ref)
    props = dbus.Interface(obj, "org.freedesktop.DBus.Properties")
    acc = dbus.Interface(obj, ACC)
    name = str(props.Get(ACC, "Name"))
    role = str(acc.GetRoleName())
    states = [int(s) for s in acc.GetState()]
    bits = states[0] | (states[1] << 32) if len(states) > 1 else states[0]
    focusable = bool(bits & (1 << STATE_FOCUSABLE))
    yield depth, role, name, focusable, parent
    if role in CELLS or depth > 40:
        return
    count = int(props.Get(ACC, "ChildCount"))
    if role == "table" and count > 400:
        count = 400
    for i in range(count):
        try:
            child = acc.GetChildAtIndex(i)
        except dbus.DBusException:
            continue
        yield from walk(bus, (str(child[0]), str(child[1])), depth + 1, name or parent)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--exe", default=str(ROOT / ".venv" / "bin" / "khorasan-desktop"))
    parser.add_argument("--wait", type=float, default=25.0, help="seconds to wait for the tree")
    args = parser.parse_args()
    user = Path(tempfile.mkdtemp(prefix="atspi-user-"))
    (user / "settings.ini").write_text(
        "[tabs]\nopen=" + ", ".join(OPEN) + "\ncurrent=0\n", encoding="utf-8"
    )
    env = dict(os.environ, KHORASAN_DESKTOP_USER_DIR=str(user), QT_ACCESSIBILITY="1")
    env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    env.pop("QT_QPA_PLATFORM", None)
    app = subprocess.Popen([args.exe], env=env)
    try:
        bus = a11y_bus()
        deadline = time.time() + args.wait
        ref = None
        while time.time() < deadline and ref is None:
            time.sleep(0.5)
            ref = find_app(bus, "Khorasan Desktop")
        if ref is None:
            print("the app did not appear on the accessibility bus", file=sys.stderr)
            return 1
        time.sleep(4.0)  # pages fill in after the first paint
        nodes = list(walk(bus, ref))
    finally:
        app.terminate()
        app.wait(10)
    focusable = [(r, n) for _d, r, n, f, _p in nodes if f and r not in CELLS]
    unnamed = sorted(
        {
            f"{r} (in {p or 'window'})"
            for _d, r, n, f, p in nodes
            if f and r not in CELLS and not n.strip()
        }
    )
    named = {(r, n) for r, n in focusable if n.strip()}
    cells = [n for _d, r, n, _f, _p in nodes if r in CELLS]
    figures = {
        "objects": len(nodes),
        "focusable": len(focusable),
        "focusable_distinct": len(set(focusable)),
        "focusable_unnamed": sum(1 for _r, n in focusable if not n.strip()),
        "unnamed_roles": unnamed,
        "cells_read": len(cells),
        "cells_sample": [c for c in cells if c][:12],
        "graph_tables": sorted(n for r, n in named if r == "table" and "as a table" in n),
        "custom_views": sorted(
            n
            for r, n in named
            if n.startswith(("Relation graph", "Attack counts chart", "Map", "Timeline"))
        ),
    }
    print(json.dumps(figures, indent=2, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
