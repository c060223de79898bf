"""Read-only repository calls off the GUI thread, newest request wins.

Views name a repository method and its arguments; a pool thread runs it on its own
read-only connection (SQLite connections are not shared across threads) and the result
comes back on the GUI thread. Each view uses a channel: a newer request on the same
channel makes older results stale, and stale results are dropped, never shown.

Without a runner (``QueryRunner.synchronous(ref)``) calls run inline: tests and the
screenshot command use that to get a finished view without waiting.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from khorasan_desktop.data.reference import Reference
from khorasan_desktop.ui.tasks import Task, TaskRunner

_local = threading.local()


def thread_reference(db_path: str) -> Reference:
    """This thread's own read-only connection to ``db_path`` (opened once, reused)."""
    refs: dict[str, Reference] = getattr(_local, "refs", {})
    _local.refs = refs
    if db_path not in refs:
        refs[db_path] = Reference(Path(db_path))
    return refs[db_path]


def _call(
    db_path: str, method: str | Callable[..., Any], args: tuple[Any, ...], generation: int
) -> tuple[int, Any]:
    ref = thread_reference(db_path)
    if isinstance(method, str):
        return generation, getattr(ref, method)(*args)
    return generation, method(ref, *args)


class QueryRunner(QObject):
    finished = Signal(str)  # channel whose current request has been delivered
    failed = Signal(str, str)  # channel, message

    def __init__(self, ref: Reference, runner: TaskRunner | None, parent: QObject | None = None):
        super().__init__(parent)
        self.ref = ref
        self.runner = runner
        self.generations: dict[str, int] = {}
        self.pending: dict[str, Task] = {}

    @classmethod
    def synchronous(cls, ref: Reference) -> QueryRunner:
        return cls(ref, None)

    def busy(self, channel: str) -> bool:
        return channel in self.pending

    def submit(
        self,
        channel: str,
        method: str | Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None],
        on_error: Callable[[str], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run ``Reference.<method>(*args)`` (or ``method(reference, *args)`` when given a
        function of the data layer); ``on_result`` gets the answer on the GUI
        thread unless a newer request on the same channel came first or ``owner`` (the
        view asking) has been deleted meanwhile. Channels are per owner."""
        if owner is not None:
            channel = f"{id(owner)}:{channel}"
        generation = self.generations.get(channel, 0) + 1
        self.generations[channel] = generation
        if self.runner is None:
            try:
                if isinstance(method, str):
                    result = getattr(self.ref, method)(*args)
                else:
                    result = method(self.ref, *args)
            except Exception as exc:
                if on_error:
                    on_error(str(exc))
                self.failed.emit(channel, str(exc))
                return
            on_result(result)
            self.finished.emit(channel)
            return
        old = self.pending.pop(channel, None)
        if old is not None:
            old.cancel()
        task = Task(_call, str(self.ref.path), method, args, generation)

        def deliver(payload: tuple[int, Any]) -> None:
            got, result = payload
            if self.generations.get(channel) != got:
                return  # stale
            self.pending.pop(channel, None)
            if owner is not None and not shiboken6.isValid(owner):
                return  # the view closed while the query ran
            on_result(result)
            self.finished.emit(channel)

        def fail(message: str) -> None:
            if self.generations.get(channel) != generation:
                return  # a newer request is pending: its answer (or error) counts
            self.pending.pop(channel, None)
            if owner is not None and not shiboken6.isValid(owner):
                return
            if on_error:
                on_error(message)
            self.failed.emit(channel, message)

        task.signals.finished.connect(deliver)
        task.signals.failed.connect(fail)
        self.pending[channel] = task
        self.runner.start(task)
