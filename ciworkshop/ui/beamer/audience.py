"""The audience window: the scene full screen on the beamer, nothing else.

No frame, no cursor, no editing chrome. Keys (when the window has the focus, e.g. the
facilitator clicked on it or presents on a single screen): arrows, Page Up/Down and Space
turn pages, + and - change the text size; F5, Esc and B come from the controller's
actions, which are added to this window too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ciworkshop.ui.beamer.scenes import BeamerScene

_NEXT = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
_PREVIOUS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}


class AudienceWindow(QWidget):
    #: The room's +/- keys: one zoom step up (1) or down (-1).
    zoom_requested = Signal(int)

    def __init__(self, scene: BeamerScene, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("beamerAudience")
        self.scene = scene
        self.setWindowTitle(self.tr("ciworkshop – beamer"))
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Showing it on the beamer must not take the keyboard away from the laptop.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        scene.changed.connect(self.update)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.scene.paint(painter, self.size())
        finally:
            painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _NEXT:
            self.scene.turn_page(1)
        elif key in _PREVIOUS:
            self.scene.turn_page(-1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_requested.emit(1)
        elif key == Qt.Key.Key_Minus:
            self.zoom_requested.emit(-1)
        else:
            super().keyPressEvent(event)
