#!/usr/bin/env bash
# Sets up everything the app and its tests need on a Debian machine with Python 3.11:
# Debian packages (when missing, via apt-get as root or with sudo), a virtual
# environment in .venv, and the app installed into it in editable mode.
# Sourced by scripts/demo.sh and scripts/test.sh; safe to run again.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${RETREAT_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

apt_install() {
    # Installs the Debian packages given that are not installed yet.
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    command -v apt-get >/dev/null || { echo "setup: please install: ${missing[*]}" >&2; return 1; }
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "setup: installing Debian packages: ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

setup_python() {
    # Debian's python3 needs python3-venv for "python3 -m venv".
    if ! "$PYTHON" -c "import venv, ensurepip" 2>/dev/null; then
        apt_install python3-venv
    fi
    if [ ! -x "$VENV/bin/python" ]; then
        "$PYTHON" -m venv "$VENV"
    fi
    local stamp="$VENV/.installed-$1"
    if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
        "$VENV/bin/python" -m pip install -q --upgrade pip
        "$VENV/bin/python" -m pip install -q -e "$ROOT[$1]"
        touch "$stamp"
    fi
    compile_translations
}

compile_translations() {
    # The window's translations (translations/*.ts) compiled to .qm inside the package, when missing or older
    # than their .ts: build output, not committed (see scripts/qt_translations.py). Cheap: a tenth of a second.
    if ! "$VENV/bin/python" "$ROOT/scripts/qt_translations.py" stale >/dev/null; then
        "$VENV/bin/python" "$ROOT/scripts/qt_translations.py" compile >/dev/null
    fi
}

# Qt's own libraries for a real display (xcb) and for offscreen rendering.
QT_RUNTIME_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xkb1 libxcb-render-util0
    libxcb-image0 libxcb-randr0 libglib2.0-0)
