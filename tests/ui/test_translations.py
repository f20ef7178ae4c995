"""translations/*.ts stay in sync with the sources, German is complete, .qm are current."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What lupdate finds in the sources right now."""
    out = tmp_path_factory.mktemp("ts") / "fresh_de.ts"
    subprocess.run(
        [
            str(TOOLS / "pyside6-lupdate"),
            "-extensions",
            "py",
            "-locations",
            "none",
            str(ROOT / "ciworkshop"),
            "-target-language",
            "de_DE",
            "-ts",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    return out


@pytest.mark.parametrize("language", ["de", "en"])
def test_ts_files_hold_exactly_the_strings_of_the_sources(fresh_ts: Path, language: str):
    committed = _messages(ROOT / "translations" / f"ciworkshop_{language}.ts")
    live = {
        k
        for k, m in committed.items()
        if m.find("translation").get("type") not in {"vanished", "obsolete"}
    }
    current = set(_messages(fresh_ts))
    assert current - live == set(), "strings missing from the .ts: run `make translations`"
    assert live - current == set(), "stale strings in the .ts: run `make translations`"


def test_every_german_string_is_translated():
    untranslated = []
    for key, message in _messages(ROOT / "translations" / "ciworkshop_de.ts").items():
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")]
        text = forms if message.get("numerus") == "yes" else [translation.text]
        if translation.get("type") == "unfinished" or not all(t and t.strip() for t in text):
            untranslated.append(key)
        if message.get("numerus") == "yes" and len(forms) != 2:
            untranslated.append(key)
    assert untranslated == []


def test_english_plurals_are_filled():
    for key, message in _messages(ROOT / "translations" / "ciworkshop_en.ts").items():
        if message.get("numerus") == "yes":
            forms = [f.text for f in message.find("translation").iter("numerusform")]
            assert len(forms) == 2, key
            assert all(forms), key


@pytest.mark.parametrize("language", ["de", "en"])
def test_compiled_qm_files_are_current(tmp_path: Path, language: str):
    ts = ROOT / "translations" / f"ciworkshop_{language}.ts"
    qm = tmp_path / "out.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    committed = ROOT / "translations" / f"ciworkshop_{language}.qm"
    assert committed.read_bytes() == qm.read_bytes(), "run `make translations`"
