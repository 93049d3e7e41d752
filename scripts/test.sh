#!/usr/bin/env bash
# Installs what is missing, then runs the whole test suite headless (Qt offscreen).
# Extra arguments go to pytest, e.g.: bash scripts/test.sh tests/core -x
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
# LibreOffice and Gnumeric: two real spreadsheet clients; poppler: pdftotext; binutils: strip for the installer
# test; chromium and its driver: a real browser for room voting's member pages; zbar: reads printed QR codes back.
apt_install "${QT_RUNTIME_PACKAGES[@]}" libreoffice-calc gnumeric poppler-utils binutils chromium chromium-driver zbar-tools
setup_python test
cd "$ROOT"
exec "$VENV/bin/python" -m pytest "$@"
