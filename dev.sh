#!/usr/bin/env bash
# One entry point for a new machine: `bash dev.sh app` starts Khorasan Desktop,
# `bash dev.sh test` runs the whole test suite (lint, types, tests), `bash dev.sh build`
# makes the installable builds in dist/ (one-folder build, .tar.gz, .deb).
# Each first checks for Python 3.11+, then installs what is missing: Debian packages Qt
# needs (as root, or with password-less sudo; otherwise the exact apt line is printed), a
# virtual environment in .venv, and the package with its pinned dependencies.
# `bash dev.sh deps` does only the checks and the system packages.
# `bash dev.sh translations` refreshes resources/translations/*.ts from the code and builds
# the .qm files the app loads (pyside6-lupdate, pyside6-lrelease).
# PYTHON=/path/to/python3.12 picks the interpreter for the virtual environment.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

QT_PKGS="libegl1 libgl1 libx11-6 libx11-xcb1 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 \
libxkbcommon0 libxkbcommon-x11-0 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0 \
libxcb-xfixes0 libxrender1 libsm6 libice6 libopengl0"
TEST_PKGS="poppler-utils xvfb"
BUILD_PKGS="binutils"  # objdump and strip, which PyInstaller runs (dpkg-deb comes with dpkg)
PYTHON="${PYTHON:-python3}"

say() { echo "dev.sh: $*" >&2; }

check_python() {
    # Before anything is installed: a too old Python would fail only after the apt step.
    if ! command -v "$PYTHON" >/dev/null; then
        say "no Python found ($PYTHON). Khorasan Desktop needs Python 3.11 or newer."
        python_hint
        exit 1
    fi
    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        say "Python 3.11 or newer is needed; $PYTHON is $("$PYTHON" --version 2>&1)."
        python_hint
        exit 1
    fi
}

python_hint() {
    cat >&2 <<'EOF'
  Debian 12 and newer, Ubuntu 23.04 and newer: apt-get install python3 python3-venv
  Ubuntu 22.04: install python3.11 and python3.11-venv (Ubuntu's universe has them), then
    run: PYTHON=python3.11 bash dev.sh ...
  Any system: build or install Python 3.11+ by hand, then: PYTHON=/path/to/python3 bash dev.sh ...
EOF
}

# Installed under its name, or under the name Debian 13 / Ubuntu 24.04 gave it in the
# 64-bit time_t transition (libglib2.0-0 became libglib2.0-0t64).
installed() {
    local p
    for p in "$1" "$1t64"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" && return 0
    done
    return 1
}

# The name to install: the t64 one where this release has it.
install_name() {
    if apt-cache show "$1t64" >/dev/null 2>&1; then echo "$1t64"; else echo "$1"; fi
}

need_apt() {
    local missing=() p
    say "checking system packages"
    for p in "$@"; do installed "$p" || missing+=("$p"); done
    if ! "$PYTHON" -c "import venv, ensurepip" 2>/dev/null; then
        missing+=("$("$PYTHON" -c 'import sys; print(f"python3.{sys.version_info[1]}-venv")')")
    fi
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null || ! command -v dpkg-query >/dev/null; then
        say "not a Debian/Ubuntu system; install the equivalents of: ${missing[*]}"
        return 0
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo"; else
            say "missing system packages: ${missing[*]}"
            say "run this as root (su -, or with sudo), then try again:"
            echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
            exit 1
        fi
    fi
    say "installing ${missing[*]} (apt-get update first)"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq
    local names=()
    for p in "${missing[@]}"; do names+=("$(install_name "$p")"); done
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${names[@]}" >&2
}

ensure_venv() {
    local stamp
    stamp=$(sha256sum pyproject.toml | cut -c1-16)
    if [ ! -x .venv/bin/python ] || [ "$(cat .venv/.dev-stamp 2>/dev/null)" != "$stamp" ]; then
        if [ -x .venv/bin/python ]; then
            say "pyproject.toml changed: updating the virtual environment in .venv"
        else
            say "creating the virtual environment in .venv with $("$PYTHON" --version 2>&1)"
            "$PYTHON" -m venv .venv
        fi
        say "installing Python packages (pinned; a minute or two the first time)"
        .venv/bin/python -m pip install -q --upgrade pip >&2
        .venv/bin/python -m pip install -q -e ".[test]" >&2
        echo "$stamp" > .venv/.dev-stamp
        say "virtual environment ready"
    fi
}

case "${1:-app}" in
    deps)
        check_python
        need_apt $QT_PKGS $TEST_PKGS $BUILD_PKGS
        say "system packages present"
        ;;
    app)
        check_python
        need_apt $QT_PKGS
        ensure_venv
        shift || true
        if [ $# -eq 0 ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
            say "no display found. On a machine without a screen run it under Xvfb:"
            echo "  xvfb-run -a bash dev.sh app     (apt-get install xvfb)" >&2
            exit 1
        fi
        say "starting Khorasan Desktop"
        exec .venv/bin/khorasan-desktop "$@"
        ;;
    test)
        check_python
        need_apt $QT_PKGS $TEST_PKGS $BUILD_PKGS
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
        if [ $rc -eq 5 ]; then say "no test ran"; exit 1; fi
        exit $rc
        ;;
    translations)
        check_python
        ensure_venv
        shift || true
        exec .venv/bin/python packaging/translations.py "$@"
        ;;
    build)
        check_python
        need_apt $QT_PKGS $BUILD_PKGS
        ensure_venv
        shift || true
        exec .venv/bin/python packaging/build.py "$@"
        ;;
    *)
        echo "usage: bash dev.sh [app|test|build|deps|translations] [args...]" >&2; exit 2 ;;
esac
