"""The keyboard-shortcut overlay (F1): every shortcut of the window at a glance.

It lies over the laptop window (never on the beamer), lists the shortcuts of the
actions it is given, or of every action of its window, and the keys of the audience
window. Esc, F1 or a click closes it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

_CLOSE_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_F1)


def action_label(action: QAction) -> str:
    """An action's text without its mnemonic ampersand."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def shortcut_text(action: QAction) -> str:
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
    return " / ".join(k for k in keys if k)


def _reachable(action: QAction, depth: int = 0) -> bool:
    """The action is on a widget that is shown, or in a menu of the menu bar (not on a
    hidden page, not only in a context menu)."""
    if not isValid(action):  # a menu being torn down (e.g. a refilled submenu)
        return False
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):
            if depth < 5 and _reachable(owner.menuAction(), depth + 1):
                return True
        elif isinstance(owner, QWidget) and owner.isVisible():
            return True
    return False


class ShortcutOverlay(QWidget):
    """A translucent sheet over ``parent`` with a panel of shortcut rows."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._host = parent
        self.setObjectName("shortcutOverlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.rows: list[tuple[str, str]] = []
        self.panel = QFrame(self)
        self.panel.setObjectName("shortcutPanel")
        self.panel.setStyleSheet(
            "#shortcutPanel { background: white; border-radius: 10px; }"
            " QLabel { color: #1F2A30; font-size: 12pt; }"
            " QLabel[role='key'] { font-weight: bold; color: #00695C; }"
            " QLabel[role='heading'] { font-size: 15pt; font-weight: bold; }"
            " QLabel[role='hint'] { color: #5F6B73; font-size: 10pt; }"
        )
        self.title = QLabel(self.panel)
        self.title.setProperty("role", "heading")
        self.hint = QLabel(self.panel)
        self.hint.setProperty("role", "hint")
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(6)
        scroll = QScrollArea(self.panel)
        scroll.setWidget(self.grid_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: white; }")
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hint)
        self._actions: list[QAction] | None = None
        parent.installEventFilter(self)
        self.hide()
        self.retranslate_ui()

    # ------------------------------------------------------------ content
    def room_keys(self) -> list[tuple[str, str]]:
        """The keys of the audience window (when it has the focus), after the actions."""
        return [
            ("F5", self.tr("Start or stop presenting")),
            (self.tr("Esc"), self.tr("Stop presenting")),
            (self.tr("B or ."), self.tr("Black screen on/off (not while typing)")),
            (self.tr("→, Page Down, Space"), self.tr("Beamer: next page")),
            (self.tr("←, Page Up"), self.tr("Beamer: previous page")),
            ("+ / -", self.tr("Beamer: larger or smaller text")),
            ("F1", self.tr("Show or hide this overview")),
        ]

    def show_shortcuts(self, actions: list[QAction] | None = None) -> None:
        """Show the overlay listing ``actions`` (None: every action of the window that
        has a shortcut)."""
        self._actions = actions
        self._fill()
        self.setGeometry(self._host.rect())
        self._place_panel()
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def toggle(self, actions: list[QAction] | None = None) -> None:
        if self.isVisible():
            self.hide()
        else:
            self.show_shortcuts(actions)

    def _collect(self) -> list[QAction]:
        if self._actions is not None:
            return self._actions
        return [a for a in self._host.window().findChildren(QAction) if _reachable(a)]

    def _fill(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        seen: set[tuple[str, str]] = set()
        rows: list[tuple[str, str]] = []
        for action in self._collect():
            keys, label = shortcut_text(action), action_label(action)
            if keys and label and action.isVisible() and (keys, label) not in seen:
                seen.add((keys, label))
                rows.append((keys, label))
        listed_keys = {keys for keys, _ in rows}
        rows += [(k, t) for k, t in self.room_keys() if k not in listed_keys]
        self.rows = rows
        for row, (keys, label) in enumerate(rows):
            key_label = QLabel(keys)
            key_label.setProperty("role", "key")
            key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            text_label = QLabel(label)
            self.grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(text_label, row, 1)
        self.grid.setRowStretch(len(rows), 1)

    def _place_panel(self) -> None:
        area = self.rect()
        width = min(720, area.width() - 40)
        height = min(max(240, self.grid_host.sizeHint().height() + 130), area.height() - 40)
        self.panel.setGeometry(
            area.x() + (area.width() - width) // 2,
            area.y() + (area.height() - height) // 2,
            width,
            height,
        )

    # ------------------------------------------------------------ events
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
            self._place_panel()
        return False

    def event(self, event: QEvent) -> bool:
        # Esc and F1 close the overlay; no window shortcut may take them first.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _CLOSE_KEYS
        ):
            event.accept()
            return True
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _CLOSE_KEYS:
            self.hide()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(10, 13, 15, 170))
        painter.end()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Keyboard shortcuts"))
        self.hint.setText(self.tr("Esc, F1 or a click closes this overview."))
        if self.isVisible():
            self._fill()
