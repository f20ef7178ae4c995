"""A form dialog that returns a draft. Dialogs never write to the store."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ciworkshop.domain.rules import FIELD_LABELS, FIELD_LIMITS
from ciworkshop.ui.dialogs.limits import LimitWatcher
from ciworkshop.ui.i18n import translate


def field_text(field: QLineEdit | QPlainTextEdit) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def set_field_text(field: QLineEdit | QPlainTextEdit, value: str) -> None:
    if isinstance(field, QLineEdit):
        field.setText(value)
    else:
        field.setPlainText(value)


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(520)
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._watchers: list[LimitWatcher] = []
        self._labels: dict[str, QLabel] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def add_text_field(self, name: str, *, multiline: bool = False) -> QLineEdit | QPlainTextEdit:
        """A text field with its label and limit hint, labelled from FIELD_LABELS."""
        field: QLineEdit | QPlainTextEdit
        if multiline:
            field = QPlainTextEdit()
            field.setTabChangesFocus(True)
            field.setMinimumHeight(90)
        else:
            field = QLineEdit()
        field.setObjectName(f"{name}Edit")
        label = QLabel()
        label.setBuddy(field)
        self._labels[name] = label
        hint = QLabel()
        container = QWidget()
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(hint)
        self._form.addRow(label, container)
        watcher = LimitWatcher(field, FIELD_LIMITS[name], hint)
        watcher.validity_changed.connect(self._update_ok)
        self._watchers.append(watcher)
        return field

    def add_row(self, name: str, widget: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(widget)
        self._labels[name] = label
        self._form.addRow(label, widget)
        return label

    def retranslate_labels(self, extra: dict[str, str] | None = None) -> None:
        for name, label in self._labels.items():
            if extra and name in extra:
                label.setText(extra[name])
            elif name in FIELD_LABELS:
                label.setText("&" + translate(FIELD_LABELS[name]) + ":")
            label.setMinimumWidth(label.sizeHint().width())

    def is_valid(self) -> bool:
        return all(w.fits for w in self._watchers)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.is_valid())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.retranslate_labels()
