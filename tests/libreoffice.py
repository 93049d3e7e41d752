"""LibreOffice, a real spreadsheet client, run headless: files converted or re-saved as a person's copy would be.

scripts/test.sh installs it (libreoffice-calc); tests that need it are skipped, saying why, where it is missing.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice is not installed (scripts/test.sh installs it)"
)


def convert(path: Path, to: str, outdir: Path, profile: Path) -> Path:
    """Open ``path`` in LibreOffice headless and save it as ``to`` ("xlsx", "pdf") in ``outdir``.

    ``profile`` is a throwaway LibreOffice user profile, so runs never share or
    lock one. Whatever LibreOffice complains about on stderr is returned in the
    failure, which is how a workbook needing repair would show.
    """
    assert SOFFICE is not None
    outdir.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(outdir),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    converted = outdir / f"{path.stem}.{to}"
    assert done.returncode == 0 and converted.exists(), done.stderr
    return converted
