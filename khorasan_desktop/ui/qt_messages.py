"""Keep one known, harmless Qt message off stderr in headless commands.

Qt's offscreen platform (``screenshot`` and ``export pdf`` without a display) says "This
plugin does not support propagateSizeHints()" whenever a window is shown: noise on every
successful run. Only that message is dropped; every other one is passed on unchanged (to
the handler installed before, e.g. a test's, or to stderr as Qt prints it).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

KNOWN_NOISE = ("This plugin does not support propagateSizeHints()",)

_installed = False
_previous: Callable[..., Any] | None = None


def _handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message.strip() in KNOWN_NOISE:
        return
    if _previous is not None:
        _previous(mode, context, message)
        return
    category = context.category if context is not None else None
    prefix = f"{category}: " if category and category != "default" else ""
    print(f"{prefix}{message}", file=sys.stderr)


def quiet_known_noise() -> None:
    """Install the filter once (idempotent)."""
    global _installed, _previous
    if not _installed:
        _previous = qInstallMessageHandler(_handler)
        _installed = True
