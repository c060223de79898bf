"""One small runner that moves plain functions off the GUI thread.

Work functions stay Qt-free (``fn(*args, progress=..., cancelled=...)``); the runner
reports back through signals that Qt delivers on the GUI thread.
"""

from __future__ import annotations

import contextlib
import functools
import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    finished = Signal(object)  # the function's result
    failed = Signal(str)  # a message fit for the user
    progress = Signal(int, int)  # done, total
    done = Signal()  # always last, whether finished, failed or cancelled


class Task(QRunnable):
    """A cancellable unit of background work."""

    def __init__(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False) -> None:
        super().__init__()
        self.fn = fn
        self.args = args
        self.with_progress = with_progress
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        # A RuntimeError here is shiboken's "Signal source has been deleted": the window
        # that started the task has closed while it ran, and no one is left to tell.
        with contextlib.suppress(RuntimeError):
            self._run()

    def _run(self) -> None:
        if self._cancel.is_set():  # superseded while it waited for a thread: skip the work
            self.signals.done.emit()
            return
        try:
            if self.with_progress:
                result = self.fn(
                    *self.args,
                    progress=lambda done, total: self.signals.progress.emit(done, total),
                    cancelled=self._cancel.is_set,
                )
            else:
                result = self.fn(*self.args)
        except Exception as exc:  # reported to the user, never lost in a thread
            if not self._cancel.is_set():
                self.signals.failed.emit(str(exc) or exc.__class__.__name__)
            self.signals.done.emit()
            return
        if not self._cancel.is_set():
            self.signals.finished.emit(result)
        self.signals.done.emit()


class TaskRunner(QObject):
    """Starts tasks on a private pool; keeps them alive until they report."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._live: set[Task] = set()

    def start(self, task: Task) -> Task:
        self._live.add(task)
        # The slot names the task weakly (no cycle through Qt the collector cannot see).
        task.signals.done.connect(functools.partial(self._discard, weakref.ref(task)))
        self.pool.start(task)
        return task

    def _discard(self, task: weakref.ref[Task]) -> None:
        t = task()
        if t is not None:
            self._live.discard(t)
            # Its connections hold the callers' callbacks and, through them, the views
            # that asked: kept, a closed map or graph stayed in memory with its data.
            t.signals.deleteLater()

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)
