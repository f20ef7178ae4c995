"""Bugs are logged and reported once; bundled fonts make text render anywhere."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication, QMessageBox

from ciworkshop import paths
from ciworkshop.ui import errors


def _raise_bug() -> None:
    raise ZeroDivisionError("a bug inside ciworkshop")


def test_a_bug_is_logged_with_traceback_and_reported_once(qapp, monkeypatch: pytest.MonkeyPatch):
    errors.setup_logging()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())) or 0
    )
    monkeypatch.setattr(errors, "_reported", set())
    for _ in range(2):
        try:
            _raise_bug()
        except ZeroDivisionError:
            errors.report_bug(*sys.exc_info())
    assert len(shown) == 1  # the same bug twice is reported once
    assert str(paths.log_file()) in shown[0][0]
    assert "ZeroDivisionError: a bug inside ciworkshop" in shown[0][1]
    for handler in logging.getLogger().handlers:
        handler.flush()
    log = paths.log_file().read_text(encoding="utf-8")
    assert log.count("ZeroDivisionError: a bug inside ciworkshop") == 2
    assert "_raise_bug" in log


def test_bundled_dejavu_is_the_application_font(qapp: QApplication):
    from ciworkshop.ui.fonts import FAMILY, load_bundled_fonts

    load_bundled_fonts(qapp)
    assert FAMILY in QFontDatabase.families()
    assert QFontInfo(qapp.font()).family() == FAMILY
