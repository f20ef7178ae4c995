"""One start-up measurement in a fresh process: ``python _startup_child.py bare|app [FILE]``.

Run as a script by :mod:`benchmarks.startup`, never imported. The parent reads
``time.monotonic()`` (CLOCK_MONOTONIC, one clock for every process on Linux) immediately
before ``subprocess.Popen`` and passes it in ``CIWORKSHOP_BENCH_T0``; every time printed
here is measured on the same clock from that instant, so it includes fork/exec, interpreter
start-up and every import.

"First painted" means: the first ``QEvent.Paint`` delivered to the window named
``mainWindow`` (or one of its children) has been seen, and the event loop has come round
once more (``QTimer.singleShot(0)``), so the whole first frame has been painted and flushed.
Then the child reads VmRSS, prints one ``BENCH-RESULT {json}`` line and leaves with
``os._exit(0)`` (tear-down is not measured, and the app's closeEvent must not run).

Both modes install the same app-wide event filter (before the window exists). It costs about
1 µs per event; the app sends it ~2,000 events before its first paint (the bare window ~30),
so it adds ~2 ms to the app's figure, which is not corrected for.
"""

import json
import os
import sys
import time

T_MAIN = time.monotonic()  # the interpreter is up and this script starts running

WINDOW_NAME = "mainWindow"
BARE_SIZE = (1280, 800)  # the size MainWindow opens at without saved geometry
TIMEOUT_MS = 60_000


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return -1


def _backup_files() -> int:
    """Files under ``$CIWORKSHOP_DATA_DIR/backups`` (the app backs up each file it opens)."""
    root = os.path.join(os.environ.get("CIWORKSHOP_DATA_DIR", ""), "backups")
    return sum(len(files) for _, _, files in os.walk(root))


def main() -> None:
    mode = sys.argv[1]
    t0 = float(os.environ["CIWORKSHOP_BENCH_T0"])

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    t_imported = time.monotonic()
    # The same arguments run_gui would use; run_gui takes QApplication.instance().
    app = QApplication(sys.argv[:1])
    t_qapp = time.monotonic()
    marks: dict[str, float] = {}

    def finish(error: str = "") -> None:
        t_done = time.monotonic()
        window = next((w for w in app.topLevelWidgets() if w.objectName() == WINDOW_NAME), None)
        result = {
            "mode": mode,
            "error": error,
            "interpreter_s": T_MAIN - t0,
            "qt_imported_s": t_imported - t0,
            "qapplication_s": t_qapp - t0,
            "shown_s": marks.get("show", float("nan")) - t0,
            "first_paint_s": marks.get("paint", float("nan")) - t0,
            "frame_done_s": t_done - t0,
            "rss_kb": _status_kb("VmRSS"),
            "hwm_kb": _status_kb("VmHWM"),
            "window_size": [window.width(), window.height()] if window else None,
            "window_title": window.windowTitle() if window else None,
            "document_open": bool(
                window is not None and getattr(getattr(window, "files", None), "session", None)
            ),
            "modules": len(sys.modules),
        }
        if mode == "app":
            result["backup_before_paint"] = marks.get("backup_files", 0) > 0
            result["backup_files_at_done"] = _backup_files()
        print("BENCH-RESULT " + json.dumps(result), flush=True)
        sys.stderr.flush()
        os._exit(0 if not error else 3)

    class FirstPaintProbe(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            kind = event.type()
            if kind == QEvent.Type.Paint:
                if isinstance(obj, QWidget) and obj.window().objectName() == WINDOW_NAME:
                    marks["paint"] = time.monotonic()
                    app.removeEventFilter(self)
                    if mode == "app":
                        marks["backup_files"] = _backup_files()
                    QTimer.singleShot(0, finish)
            elif (
                kind == QEvent.Type.Show and "show" not in marks and obj.objectName() == WINDOW_NAME
            ):
                marks["show"] = time.monotonic()
            return False

    probe = FirstPaintProbe()
    app.installEventFilter(probe)
    QTimer.singleShot(TIMEOUT_MS, lambda: finish("timeout: no paint of the main window"))

    if mode == "bare":
        window = QMainWindow()
        window.setObjectName(WINDOW_NAME)
        window.setWindowTitle("Bare window")
        window.resize(*BARE_SIZE)
        window.show()
        app.exec()
    elif mode == "app":
        from pathlib import Path

        from ciworkshop.app import run_gui

        run_gui(file=Path(sys.argv[2]), language="de")
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    finish("event loop ended before the first paint")


if __name__ == "__main__":
    main()
