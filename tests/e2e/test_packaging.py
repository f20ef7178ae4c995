"""A built wheel carries the fonts, icons and translations, and finds them when installed."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_ships_resources_and_finds_them(tmp_path: Path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("ciworkshop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "ciworkshop/resources/fonts/DejaVuSans.ttf",
        "ciworkshop/resources/fonts/LICENSE-DejaVu.txt",
        "ciworkshop/resources/icons/ciworkshop.svg",
        "ciworkshop/translations/ciworkshop_de.qm",
    ):
        assert expected in names
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    probe = (
        "from ciworkshop import paths;"
        "print(paths.fonts_dir() / 'DejaVuSans.ttf');"
        "print(paths.translations_dir() / 'ciworkshop_de.qm')"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(target)},
    ).stdout.split()
    assert all(Path(p).is_file() for p in out)
    assert all(str(target) in p for p in out)
