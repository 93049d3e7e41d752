"""The installer's tests: the files around the bundle (fast), and the bundle itself, built once a session (slow).

The bundle is built by ``installer/build.sh`` into a temporary folder, once for
the whole session. To try the tests against a bundle built already (to save the
build's time), give its folder:

    RETREAT_BUNDLE=dist/RetreatPlanner bash scripts/test.sh tests/installer
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from shipped import INSTALLER, ROOT, Build

BUNDLE_ENV = "RETREAT_BUNDLE"
BUILD_TIMEOUT_S = 1800

if str(INSTALLER) not in sys.path:
    sys.path.insert(0, str(INSTALLER))  # bundle_filter, platform_files, make_icons: before the tests import them


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Build:
    from platform_files import EXE_NAME

    given = os.environ.get(BUNDLE_ENV)
    if given:
        folder = Path(given).resolve()
        if not (folder / EXE_NAME).is_file():
            pytest.fail(f"{BUNDLE_ENV}={given}: no {EXE_NAME} there; build it with bash installer/build.sh")
        return Build(folder, None, "")
    out = tmp_path_factory.mktemp("installer")
    started = time.monotonic()
    result = subprocess.run(
        ["bash", str(INSTALLER / "build.sh"), "--dist", str(out / "dist"), "--work", str(out / "build")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, f"installer/build.sh failed:\n{log[-8000:]}"
    return Build(out / "dist" / EXE_NAME, time.monotonic() - started, log)
