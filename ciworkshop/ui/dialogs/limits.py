"""Show a text field's limit before it is reached; never truncate silently.

Qt's ``setMaxLength`` would cut pasted text without a word, so instead a small label
under the field counts down from 80 % of the limit and turns red when it is exceeded;
the dialog's OK button stays disabled until the text fits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

SHOW_FROM = 0.8


def _number(value: int) -> str:
    return QLocale().toString(value)


class LimitWatcher(QObject):
    validity_changed = Signal()

    def __init__(self, field: QLineEdit | QPlainTextEdit, limit: int, label: QLabel) -> None:
        super().__init__(field)
        self.field = field
        self.limit = limit
        self.label = label
        label.setObjectName("limitHint")
        if isinstance(field, QLineEdit):
            field.textChanged.connect(self._update)
        else:
            field.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        if isinstance(self.field, QLineEdit):
            return self.field.text()
        return self.field.toPlainText()

    @property
    def fits(self) -> bool:
        return len(self.text()) <= self.limit

    def _update(self, *_: object) -> None:
        length = len(self.text())
        if length > self.limit:
            self.label.setText(
                QCoreApplication.translate(
                    "LimitWatcher", "{over} characters too many (at most {limit})"
                ).format(over=_number(length - self.limit), limit=_number(self.limit))
            )
            self.label.setStyleSheet("color: #C62828; font-weight: bold;")
            self.label.show()
        elif length >= self.limit * SHOW_FROM:
            self.label.setText(
                QCoreApplication.translate("LimitWatcher", "{left} characters left").format(
                    left=_number(self.limit - length)
                )
            )
            self.label.setStyleSheet("color: #6D4C41;")
            self.label.show()
        else:
            self.label.hide()
        self.validity_changed.emit()
