"""The presenter console on the laptop: a live preview of the beamer, the timer, the next
agenda item, the view selector and page turning.

The preview paints the very scene layout the audience window paints, scaled down (no
screen grabbing): it costs one extra paint per change, never a loop.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QFont, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ciworkshop.domain.events import LiveRun
from ciworkshop.ui.beamer.scenes import BeamerScene, clock_text

if TYPE_CHECKING:
    from ciworkshop.ui.beamer.controller import BeamerController

WARNING_COLOUR = "#B45309"
OVERRUN_COLOUR = "#B71C1C"


class ScenePreview(QWidget):
    """The scene as laid out for the beamer's size, scaled into this widget."""

    def __init__(
        self, scene: BeamerScene, size: Callable[[], QSize], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("beamerPreview")
        self.scene = scene
        self._size = size
        self.black_label = ""
        sizing = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizing.setHeightForWidth(True)
        self.setSizePolicy(sizing)
        self.setMinimumSize(160, 90)
        scene.changed.connect(self.update)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        size = self._size()
        return round(width * size.height() / max(1, size.width()))

    def sizeHint(self) -> QSize:
        return QSize(320, self.heightForWidth(320))

    def target_rect(self) -> QRectF:
        """Where the scaled beamer picture lies in this widget (aspect ratio kept)."""
        size = self._size()
        factor = min(self.width() / max(1, size.width()), self.height() / max(1, size.height()))
        width, height = size.width() * factor, size.height() * factor
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.isVisible():
            return
        size = self._size()
        target = self.target_rect()
        painter = QPainter(self)
        try:
            painter.save()
            painter.translate(target.topLeft())
            painter.scale(target.width() / size.width(), target.height() / size.height())
            painter.setClipRect(QRectF(0, 0, size.width(), size.height()))
            self.scene.paint(painter, size)
            painter.restore()
            painter.setPen(QPen(QColor("#90A4AE"), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(target.adjusted(0, 0, -1, -1))
            if self.scene.black and self.black_label:
                font = QFont(self.font())
                font.setBold(True)
                painter.setFont(font)
                painter.setPen(QColor("#FFFFFF"))
                painter.drawText(target, Qt.AlignmentFlag.AlignCenter, self.black_label)
        finally:
            painter.end()


def _tool_button(action: QAction, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


class PresenterConsole(QWidget):
    """Built by :class:`~ciworkshop.ui.beamer.controller.BeamerController` from its actions."""

    def __init__(self, controller: BeamerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterConsole")
        self.controller = controller
        scene = controller.scene
        self.preview = ScenePreview(scene, controller.scene_size, self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("beamerStatus")
        self.status_label.setWordWrap(True)
        self.notice_label = QLabel(self)
        self.notice_label.setObjectName("beamerNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet(
            "QLabel { background: #FFF3E0; color: #5D2E00; padding: 6px; border-radius: 4px; }"
        )
        self.notice_label.hide()

        self.present_button = _tool_button(controller.present_action, self)
        self.present_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.views_box = QGroupBox(self)
        views = QGridLayout(self.views_box)
        views.setContentsMargins(6, 6, 6, 6)
        view_actions: Sequence[QAction] = (
            *controller.view_actions.values(),
            controller.black_action,
        )
        self.view_buttons = [_tool_button(a, self.views_box) for a in view_actions]
        for index, button in enumerate(self.view_buttons):
            views.addWidget(button, index // 2, index % 2)
        self.level_button = QToolButton(self.views_box)
        self.level_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.level_button.setMenu(controller.level_menu)
        self.level_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        views.addWidget(self.level_button, len(self.view_buttons) // 2 + 1, 0, 1, 2)

        self.previous_button = _tool_button(controller.previous_page_action, self)
        self.next_button = _tool_button(controller.next_page_action, self)
        self.page_label = QLabel(self)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pages = QHBoxLayout()
        pages.addWidget(self.previous_button)
        pages.addWidget(self.page_label, 1)
        pages.addWidget(self.next_button)

        self.timer_box = QGroupBox(self)
        self.current_label = QLabel(self.timer_box)
        self.current_label.setWordWrap(True)
        self.remaining_label = QLabel(self.timer_box)
        self.remaining_label.setObjectName("beamerRemaining")
        big = QFont(self.font())
        big.setPointSizeF(max(18.0, big.pointSizeF() * 2.2))
        big.setBold(True)
        self.remaining_label.setFont(big)
        self.next_label = QLabel(self.timer_box)
        self.next_label.setWordWrap(True)
        timer = QVBoxLayout(self.timer_box)
        timer.addWidget(self.current_label)
        timer.addWidget(self.remaining_label)
        timer.addWidget(self.next_label)

        self.shortcuts_button = _tool_button(controller.shortcuts_action, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.preview)
        layout.addWidget(self.status_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.present_button)
        layout.addLayout(pages)
        layout.addWidget(self.timer_box)
        layout.addWidget(self.views_box)
        layout.addWidget(self.shortcuts_button)
        layout.addStretch(1)
        scene.changed.connect(self.update_pages)
        self.retranslate_ui()

    # ------------------------------------------------------------ state
    def set_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def update_pages(self) -> None:
        """ "Page 2 of 3" of what the room sees (only while the console is shown: it
        needs the layout, which the audience window would compute anyway)."""
        if not self.isVisible():
            return
        scene = self.controller.scene
        scene.layout(self.controller.scene_size())  # the page count follows the layout
        pages = scene.pages
        self.page_label.setText(
            self.tr("Page {page} of {pages}").format(page=scene.page + 1, pages=pages)
            if pages > 1
            else self.tr("One page")
        )
        self.previous_button.setEnabled(scene.page > 0)
        self.next_button.setEnabled(scene.page + 1 < pages)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.update_pages()

    def update_timer(self, run: LiveRun | None) -> None:
        """The current item with its remaining time, and the next item."""
        colour = ""
        if run is None:
            current, remaining, following = self.tr("No session chosen"), "", ""
        else:
            following = (
                self.tr("Next: {title}").format(title=run.next_item.title)
                if run.next_item is not None
                else ""
            )
            if run.running is not None:
                current = self.tr("Now: {title}").format(title=run.running.title)
                remaining = clock_text(run.remaining_seconds)
                if run.overrun:
                    colour = OVERRUN_COLOUR
                    remaining = self.tr("{time} over time").format(time=remaining)
                elif run.warning:
                    colour = WARNING_COLOUR
            elif run.finished:
                current, remaining = self.tr("The agenda is complete."), ""
            else:
                current, remaining = self.tr("No agenda item is running."), ""
        self.current_label.setText(current)
        self.remaining_label.setText(remaining)
        self.remaining_label.setVisible(bool(remaining))
        self.remaining_label.setStyleSheet(f"color: {colour};" if colour else "")
        self.remaining_label.setProperty("state", self._state(run))
        self.next_label.setText(following)
        self.next_label.setVisible(bool(following))

    @staticmethod
    def _state(run: LiveRun | None) -> str:
        if run is None or run.running is None:
            return "idle"
        return "overrun" if run.overrun else "warning" if run.warning else "running"

    # ------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.views_box.setTitle(self.tr("On the beamer"))
        self.timer_box.setTitle(self.tr("Timer"))
        self.level_button.setText(self.tr("Impact canvas: one level"))
        self.preview.black_label = self.tr("Black")
        self.preview.setToolTip(self.tr("What the room sees"))
        self.update_pages()
