#!/usr/bin/env bash
# Installs what is missing, then opens Retreat Planner on a fresh copy of the sample plan.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
apt_install "${QT_RUNTIME_PACKAGES[@]}"
setup_python test
exec "$VENV/bin/planner-gui" --demo "$@"
