"""Render the README screenshots from the real app (offscreen): `make screenshots`."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
# The demo's clock times are those of a German venue; show them as a German laptop would.
os.environ.setdefault("TZ", "Europe/Berlin")
if hasattr(time, "tzset"):
    time.tzset()
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def _settle(app: object) -> None:
    for _ in range(10):
        app.processEvents()  # type: ignore[attr-defined]


def _sessions(app: object, window: object) -> None:
    """The events page at a Fachtag round table, and what the beamer shows of it."""
    from PySide6.QtCore import QSize

    from ciworkshop.ui.beamer.scenes import View

    w = window  # type: ignore[assignment]
    w.resize(1920, 1080)
    w.nav.setCurrentRow(2)
    view = w.sessions_view
    table = next(s for s in w.session.events.sessions() if "Betriebe" in s.title)
    view.select("session", table.uuid)
    tabs = view.workspace.tabs
    for index, name in ((1, "session-board"), (2, "session-results"), (0, "session-agenda")):
        tabs.setCurrentIndex(index)
        _settle(app)
        w.grab().save(str(OUT / f"{name}.png"))
    beamer = w.beamer
    for view_kind, size, name in (
        (View.BOARD, QSize(1920, 1080), "beamer-board"),
        (View.CANVAS, QSize(1024, 768), "beamer-canvas-1024"),
        (View.AGENDA, QSize(1920, 1080), "beamer-agenda"),
    ):
        beamer.set_view(view_kind)
        _settle(app)
        beamer.render(size).save(str(OUT / f"{name}.png"))


def main() -> int:
    from PySide6.QtWidgets import QApplication

    os.environ["CIWORKSHOP_DATA_DIR"] = tempfile.mkdtemp(prefix="ciw-shots-")
    app = QApplication([])
    from ciworkshop.ui.fonts import load_bundled_fonts
    from ciworkshop.ui.i18n import LanguageManager
    from ciworkshop.ui.main_window import MainWindow
    from ciworkshop.ui.settings import Settings

    load_bundled_fonts(app)
    languages = LanguageManager()
    languages.set_language("de")
    window = MainWindow(Settings(), languages)
    window.resize(1280, 800)
    window.show()
    window.files.open_demo()
    app.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    for row, name in ((0, "overview"), (3, "actors")):
        window.nav.setCurrentRow(row)
        app.processEvents()
        window.grab().save(str(OUT / f"{name}.png"))
    canvas = window.canvas_view
    window.nav.setCurrentRow(1)
    window.resize(1920, 1080)
    _settle(app)
    project_goals = canvas.snapshot.goals if canvas.snapshot else ()
    if project_goals:
        canvas.select_goal(project_goals[1].uuid)
    _settle(app)
    window.grab().save(str(OUT / "canvas.png"))
    # What the room sees on a 1024×768 beamer: the board alone, in guided mode.
    window.resize(1024, 768)
    canvas.side_action.setChecked(False)
    canvas.toggle_side()
    canvas.set_guided(True)
    canvas.guide.next_button.click()
    canvas.guide.next_button.click()
    _settle(app)
    window.grab().save(str(OUT / "canvas-beamer.png"))
    canvas.set_guided(False)
    _sessions(app, window)
    window.files.close()
    app.processEvents()
    window.grab().save(str(OUT / "welcome.png"))
    window.close()
    print(f"Screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
