#!/usr/bin/env bash
# Builds the Retreat Planner bundle with PyInstaller, from a clean checkout.
#     bash installer/build.sh [--dist DIR] [--work DIR]
# Installs what is missing first (as scripts/test.sh does: Debian's Qt runtime
# libraries and binutils for strip, the project's .venv, and the pinned
# PyInstaller from installer/requirements.txt), then builds the one-folder
# bundle into DIR/RetreatPlanner (default: dist/RetreatPlanner) and prints its size.
set -euo pipefail
# shellcheck source=../scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"

DIST="$ROOT/dist"
WORK="$ROOT/build"
while [ $# -gt 0 ]; do
    case "$1" in
        --dist) DIST="$2"; shift 2 ;;
        --work) WORK="$2"; shift 2 ;;
        *) echo "usage: bash installer/build.sh [--dist DIR] [--work DIR]" >&2; exit 2 ;;
    esac
done

if [ "$(uname -s)" = "Linux" ]; then
    apt_install "${QT_RUNTIME_PACKAGES[@]}" binutils
fi
setup_python test
REQS="$ROOT/installer/requirements.txt"
STAMP="$VENV/.installed-installer"
if [ ! -f "$STAMP" ] || [ "$REQS" -nt "$STAMP" ]; then
    "$VENV/bin/python" -m pip install -q -r "$REQS"
    touch "$STAMP"
fi

started=$(date +%s)
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" "$ROOT/installer/planner_gui.spec"
echo "Built $DIST/RetreatPlanner in $(( $(date +%s) - started )) s: $(du -sh "$DIST/RetreatPlanner" | cut -f1)"
