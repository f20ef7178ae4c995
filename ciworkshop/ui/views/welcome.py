"""What the window shows when no network is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ciworkshop.ui import icons


class WelcomeView(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeView")
        logo = QLabel()
        logo.setPixmap(icons.app_icon().pixmap(QSize(96, 96)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel()
        self.title.setObjectName("welcomeTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.subtitle = QLabel()
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setWordWrap(True)
        self.new_button = QPushButton(icons.icon("new"), "")
        self.open_button = QPushButton(icons.icon("open"), "")
        self.demo_button = QPushButton(icons.icon("demo"), "")
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(40)
            button.setIconSize(QSize(20, 20))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent_label = QLabel()
        self.recent_label.setStyleSheet("font-weight: bold;")
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentList")
        self.recent_list.itemActivated.connect(self._on_recent_list_item_activated)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(logo)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(24)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent_list, 2)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        self.retranslate_ui()

    def set_recent_files(self, files: list[Path]) -> None:
        self.recent_list.clear()
        for file in files:
            item = QListWidgetItem(icons.icon("recent"), f"{file.name}  —  {file.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(file))
            self.recent_list.addItem(item)
        self.recent_label.setVisible(bool(files))
        self.recent_list.setVisible(bool(files))

    def _on_recent_list_item_activated(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Welcome to ciworkshop"))
        self.subtitle.setText(
            self.tr(
                "One file per network holds its actors, people and results. "
                "Every change is saved the moment you make it."
            )
        )
        self.new_button.setText(self.tr("New network…"))
        self.open_button.setText(self.tr("Open…"))
        self.demo_button.setText(self.tr("Open the demo network"))
        self.recent_label.setText(self.tr("Recently opened"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
