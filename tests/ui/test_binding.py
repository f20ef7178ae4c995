"""The Qt binding itself: a PySide6 release that corrupts reference counts must not ship."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    changed = Signal()


def test_signals_and_void_calls_keep_reference_counts(qapp):  # type: ignore[no-untyped-def]
    # PySide6 6.12.0 on Python 3.11 dropped one reference to True per emit and one to None
    # per void call; the app aborted with "deallocating True" after a few hundred edits.
    emitter = _Emitter()
    emitter.changed.connect(lambda: None)
    label = QLabel()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(300):
        emitter.changed.emit()
        label.setEnabled(True)
    assert sys.getrefcount(True) >= true_before - 5
    assert sys.getrefcount(None) >= none_before - 5
