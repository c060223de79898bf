"""dev.sh on a fresh machine: t64 package names, apt only when needed, Python checked first.

The system is faked with small scripts on PATH (dpkg-query, apt-get, apt-cache, id, sudo), so
these tests never install anything."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DEV_SH = REPO / "dev.sh"


def _packages(variable: str) -> list[str]:
    text = DEV_SH.read_text(encoding="utf-8")
    match = re.search(rf'^{variable}="([^"]*)"', text, re.M | re.S)
    assert match, variable
    return match.group(1).replace("\\\n", " ").split()


ALL = _packages("QT_PKGS") + _packages("TEST_PKGS") + _packages("BUILD_PKGS")


def _shims(tmp: Path, uid: int, apt_knows: list[str]) -> Path:
    bin_dir = tmp / "bin"
    bin_dir.mkdir()
    log = tmp / "calls.log"
    scripts = {
        # dpkg-query -W -f='${Status}' NAME: installed iff NAME is in $FAKE_INSTALLED
        "dpkg-query": f'echo "dpkg-query $*" >> {log}\n'
        'for p in $FAKE_INSTALLED; do [ "$p" = "${@: -1}" ] && '
        '{ printf "install ok installed"; exit 0; }; done\nexit 1\n',
        "apt-get": f'echo "apt-get $*" >> {log}\n',
        "apt-cache": f"for p in {' '.join(apt_knows)}; do "
        '[ "$p" = "$2" ] && exit 0; done\nexit 100\n',
        "id": f"echo {uid}\n",
        "sudo": "exit 1\n",
    }
    for name, body in scripts.items():
        path = bin_dir / name
        path.write_text("#!/bin/sh\n" if name != "dpkg-query" else "#!/bin/bash\n")
        with path.open("a") as f:
            f.write(body)
        path.chmod(0o755)
    return bin_dir


def _run(
    tmp: Path, installed: list[str], uid: int = 0, python: str = sys.executable, apt_knows=()
) -> tuple[subprocess.CompletedProcess[str], str]:
    bin_dir = _shims(tmp, uid, list(apt_knows))
    env = {
        "PATH": f"{bin_dir}:{os.environ['PATH']}",
        "FAKE_INSTALLED": " ".join(installed),
        "PYTHON": python,
        "HOME": str(tmp),
    }
    out = subprocess.run(
        ["bash", str(DEV_SH), "deps"], capture_output=True, text=True, env=env, timeout=60
    )
    log = tmp / "calls.log"
    return out, log.read_text() if log.exists() else ""


def test_t64_names_count_as_installed(tmp_path: Path) -> None:
    installed = [p + "t64" if p == "libglib2.0-0" else p for p in ALL]
    out, calls = _run(tmp_path, installed)
    assert out.returncode == 0, out.stderr
    assert "apt-get" not in calls  # no update, no install: everything is there
    assert "checking system packages" in out.stderr


def test_installs_only_what_is_missing_with_the_releases_name(tmp_path: Path) -> None:
    installed = [p for p in ALL if p not in ("libglib2.0-0", "xvfb")]
    out, calls = _run(tmp_path, installed, apt_knows=["libglib2.0-0t64", "xvfb"])
    assert out.returncode == 0, out.stderr
    apt = [line for line in calls.splitlines() if line.startswith("apt-get")]
    assert apt[0] == "apt-get update -qq"
    assert apt[1].startswith("apt-get install") and apt[1].split()[-2:] == [
        "libglib2.0-0t64",
        "xvfb",
    ]
    assert "installing libglib2.0-0 xvfb" in out.stderr


def test_non_root_without_sudo_gets_a_line_to_run_as_root(tmp_path: Path) -> None:
    out, calls = _run(tmp_path, [p for p in ALL if p != "xvfb"], uid=1000)
    assert out.returncode == 1
    assert "apt-get" not in calls
    assert "apt-get update && apt-get install -y --no-install-recommends xvfb" in out.stderr
    assert "sudo apt-get" not in out.stderr and "as root" in out.stderr


def test_old_python_is_refused_before_anything_is_installed(tmp_path: Path) -> None:
    fake = tmp_path / "python3.10"
    fake.write_text('#!/bin/sh\ncase "$1" in --version) echo "Python 3.10.12";; *) exit 1;; esac\n')
    fake.chmod(0o755)
    out, calls = _run(tmp_path, [], python=str(fake))
    assert out.returncode == 1
    assert calls == ""  # neither dpkg-query nor apt-get ran
    assert "Python 3.11 or newer is needed" in out.stderr and "Python 3.10.12" in out.stderr
    assert "PYTHON=" in out.stderr  # how to point it at another interpreter


@pytest.mark.parametrize("command", ["app", "test", "build", "deps"])
def test_every_command_checks_python_first(command: str) -> None:
    text = DEV_SH.read_text(encoding="utf-8")
    branch = text.split(f"\n    {command})\n", 1)[1]
    assert branch.lstrip().startswith("check_python"), command
