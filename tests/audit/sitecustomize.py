"""Socket audit for every Python process the test run starts (this folder is put on
PYTHONPATH by tests/conftest.py, so Python loads this module at start-up).

The app promises it never touches the network. An audit hook on ``socket.__new__``
records every AF_INET/AF_INET6 socket created while Khorasan Desktop code is on the
stack, in the file named by KHORASAN_SOCKET_AUDIT_LOG; the test session fails if the
file is not empty. Sockets of test tools (pip, the STIX validator) are not the app's.
"""

from __future__ import annotations

import os
import sys


def install(log: str) -> None:
    import socket
    import traceback

    def hook(event: str, args: tuple[object, ...]) -> None:
        if event != "socket.__new__" or len(args) < 2:
            return
        if args[1] not in (socket.AF_INET, socket.AF_INET6):
            return
        stack = traceback.extract_stack()
        if not any("khorasan_desktop" in frame.filename for frame in stack):
            return
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"pid {os.getpid()}: {' '.join(sys.argv)}\n")
            fh.write("".join(traceback.format_list(stack[-60:])) + "\n")

    sys.addaudithook(hook)


if os.environ.get("KHORASAN_SOCKET_AUDIT_LOG"):
    install(os.environ["KHORASAN_SOCKET_AUDIT_LOG"])
