"""Task runners for tests that decide when background answers arrive."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from khorasan_desktop.ui.tasks import Task, TaskRunner


class LateRunner(TaskRunner):
    """Runs each task on a thread of its own and delivers its answer (or its failure)
    however late, as a worker does once it is past its cancel check: cancelling is best
    effort, so the caller's generation check is what keeps a stale answer off the screen.
    Tests hold a task back with an event inside the function it runs."""

    def __init__(self) -> None:
        super().__init__()
        self.tasks: list[Task] = []
        self.threads: list[threading.Thread] = []
        self.bridge = _GuiThread()

    def start(self, task: Task) -> Task:
        def work() -> None:
            try:
                if task.with_progress:
                    result = task.fn(
                        *task.args, progress=lambda _d, _t: None, cancelled=task._cancel.is_set
                    )
                else:
                    result = task.fn(*task.args)
            except Exception as exc:
                self.bridge.fail.emit(task, str(exc))
                return
            self.bridge.deliver.emit(task, result)  # queued to the GUI thread

        self.tasks.append(task)
        thread = threading.Thread(target=work, daemon=True)
        self.threads.append(thread)
        thread.start()
        return task

    def join(self) -> None:
        for thread in self.threads:
            thread.join(5)


class _GuiThread(QObject):
    deliver = Signal(object, object)  # task, result
    fail = Signal(object, str)  # task, message

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._finished)
        self.fail.connect(self._failed)

    def _finished(self, task: Task, result: object) -> None:
        task.signals.finished.emit(result)
        task.signals.done.emit()

    def _failed(self, task: Task, message: str) -> None:
        task.signals.failed.emit(message)
        task.signals.done.emit()
