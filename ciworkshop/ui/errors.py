"""The two kinds of errors, as the user meets them.

Environment failures (``DocumentError``) get their message in the user's language.
Bugs are logged with their traceback to the log file and reported once per kind;
the app keeps running, and since every edit is committed when shown, nothing is lost.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ciworkshop import paths
from ciworkshop.domain.rules import FIELD_LABELS, Problem
from ciworkshop.store.errors import DocumentError, format_message

log = logging.getLogger("ciworkshop")
_reported: set[str] = set()


def setup_logging() -> None:
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "ciworkshop", False)]:
        root.removeHandler(old)
        old.close()
    from logging.handlers import RotatingFileHandler  # ~10 ms; not needed before start-up

    handler = RotatingFileHandler(
        paths.log_file(), maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.ciworkshop = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def document_error_text(exc: DocumentError) -> str:
    template = QCoreApplication.translate(exc.message.context, exc.message.source)
    values = dict(exc.values)
    values.setdefault("backups", str(paths.backups_dir()))
    return format_message(template, values)


def problem_text(problem: Problem) -> str:
    template = QCoreApplication.translate(problem.message.context, problem.message.source)
    values = dict(problem.values)
    if "field" in values:
        label = FIELD_LABELS[str(values["field"])]
        values["field"] = QCoreApplication.translate(label.context, label.source)
    return format_message(template, values)


def show_document_error(parent: QWidget | None, exc: DocumentError) -> None:
    log.warning("Document error (%s) on %s: %s", exc.kind, exc.path, exc.detail)
    QMessageBox.warning(
        parent, QCoreApplication.translate("Errors", "ciworkshop"), document_error_text(exc)
    )


def report_bug(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook: log the traceback, tell the user once, keep running."""
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("Unexpected error:\n%s", text)
    if isinstance(exc, DocumentError):
        show_document_error(None, exc)
        return
    frames = traceback.extract_tb(tb)
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    key = f"{exc_type.__name__}@{where}"  # the same bug at the same place: tell once
    if key in _reported or QCoreApplication.instance() is None:
        if sys.__stderr__ is not None:
            sys.__stderr__.write(text)
        return
    _reported.add(key)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Errors", "ciworkshop"),
        QCoreApplication.translate(
            "Errors",
            "Something went wrong inside ciworkshop. Your data is safe: every "
            "edit was saved when it was shown. The details were written to the "
            "log file:\n{log}",
        ).format(log=paths.log_file()),
    )
    box.setDetailedText(text)
    box.exec()


def install_excepthook() -> None:
    sys.excepthook = report_bug
