#!/usr/bin/env bash
# One entry point for a new machine: `bash dev.sh app` starts Khorasan Desktop,
# `bash dev.sh test` runs the whole test suite (lint, types, tests).
# Both install what is missing first: Debian packages Qt needs (as root or with
# sudo; otherwise the exact apt line is printed), a virtual environment in .venv,
# and the package with its pinned dependencies.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

QT_PKGS="libegl1 libgl1 libx11-6 libx11-xcb1 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 \
libxkbcommon0 libxkbcommon-x11-0 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0 \
libxcb-xfixes0 libxrender1 libsm6 libice6 libopengl0"
TEST_PKGS="poppler-utils xvfb"

need_apt() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    if ! python3 -c "import venv, ensurepip" 2>/dev/null; then missing+=(python3-venv); fi
    [ ${#missing[@]} -eq 0 ] && return 0
    command -v apt-get >/dev/null || { echo "dev.sh: not a Debian/Ubuntu system; install: ${missing[*]}" >&2; return 0; }
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if sudo -n true 2>/dev/null; then sudo="sudo"; else
            echo "dev.sh: missing system packages. Run this, then try again:" >&2
            echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
            exit 1
        fi
    fi
    echo "dev.sh: installing ${missing[*]}" >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

ensure_venv() {
    python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
        echo "dev.sh: Python 3.11 or newer is needed (found $(python3 --version))" >&2; exit 1; }
    local stamp
    stamp=$(sha256sum pyproject.toml | cut -c1-16)
    if [ ! -x .venv/bin/python ] || [ "$(cat .venv/.dev-stamp 2>/dev/null)" != "$stamp" ]; then
        python3 -m venv .venv
        .venv/bin/python -m pip install -q --upgrade pip >&2
        .venv/bin/python -m pip install -q -e ".[test]" >&2
        echo "$stamp" > .venv/.dev-stamp
    fi
}

case "${1:-app}" in
    app)
        need_apt $QT_PKGS
        ensure_venv
        shift || true
        if [ $# -eq 0 ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
            echo "dev.sh: no display found. On a machine without a screen run it under Xvfb:" >&2
            echo "  xvfb-run -a bash dev.sh app     (apt-get install xvfb)" >&2
            exit 1
        fi
        exec .venv/bin/khorasan-desktop "$@"
        ;;
    test)
        need_apt $QT_PKGS $TEST_PKGS
        ensure_venv
        shift || true
        export QT_QPA_PLATFORM=offscreen
        echo "== ruff check" && .venv/bin/ruff check .
        echo "== ruff format --check" && .venv/bin/ruff format --check .
        echo "== mypy" && .venv/bin/mypy
        echo "== lint-imports" && .venv/bin/lint-imports --no-cache
        echo "== pytest"
        set +e
        .venv/bin/python -m pytest "$@"
        rc=$?
        set -e
        if [ $rc -eq 5 ]; then echo "dev.sh: no test ran" >&2; exit 1; fi
        exit $rc
        ;;
    *)
        echo "usage: bash dev.sh [app|test] [args...]" >&2; exit 2 ;;
esac
