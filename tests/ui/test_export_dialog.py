"""The export dialog: options clicked, the file written off the GUI thread, what follows."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QMessageBox

from ciworkshop.domain.model import NetworkDraft
from ciworkshop.domain.protocol import Section
from ciworkshop.services.network import NetworkService
from ciworkshop.store.document import Document
from ciworkshop.ui.dialogs import export as export_module
from ciworkshop.ui.dialogs.export import ExportDialog, ExportOutcome, show_export_dialog
from ciworkshop.ui.i18n import LanguageManager
from ciworkshop.ui.session import DocumentSession
from tests.ui.conftest import on_next_modal
from tests.unit.test_protocol import Fachtag, add_fachtag


@pytest.fixture
def fachtag(tmp_path: Path) -> tuple[Path, Fachtag]:
    path = tmp_path / "Verbund.ciw"
    with Document.create(path, network_name="Testverbund") as document:
        made = add_fachtag(document)
    return path, made


@pytest.fixture
def session(fachtag: tuple[Path, Fachtag], languages: LanguageManager) -> Iterator[DocumentSession]:
    opened = DocumentSession(Document.open(fachtag[0]))
    yield opened
    opened.close()


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def make_dialog(qtbot, session: DocumentSession, **scope: str | None) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(
        session,
        event_uuid=scope.get("event_uuid"),
        session_uuid=scope.get("session_uuid"),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def export(qtbot, dialog: ExportDialog) -> ExportOutcome:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.export_finished, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    outcome = blocker.args[0]
    assert isinstance(outcome, ExportOutcome)
    return outcome


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


def tick(qtbot, check: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    """Click the box itself (a check box in a wide row is hit only on box and text)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def choose(qtbot, combo: QComboBox, data: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an entry with the arrow keys, as a user tabbing through the dialog would."""
    wanted = combo.findData(data)
    assert wanted >= 0, data
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentIndex() == wanted:
            break
        key = Qt.Key.Key_Down if combo.currentIndex() < wanted else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    assert combo.currentData() == data


# ------------------------------------------------------------------ the PDF
def test_export_writes_the_pdf_beside_the_network_file(
    qtbot, session: DocumentSession, fachtag: tuple[Path, Fachtag], opened_urls: list[QUrl]
) -> None:  # type: ignore[no-untyped-def]
    path, made = fachtag
    dialog = make_dialog(qtbot, session, event_uuid=made.event)
    assert dialog.scope_label.text() == "Fachtag Übergang 2026"
    expected = path.parent / "Protokoll Fachtag Übergang 2026 (2026-03-12).pdf"
    assert dialog.target() == expected
    progress: list[int] = []
    dialog.progress.valueChanged.connect(progress.append)

    outcome = export(qtbot, dialog)

    assert outcome.path == expected
    assert outcome.pages >= 4
    text = pdf_text(expected)
    assert "Fachtag Übergang 2026" in text
    assert "Plenum: Wo steht der Verbund?" in text
    for name in made.unnamed:
        assert name not in text
    assert progress[-1] == 100
    assert progress == sorted(progress)
    assert not dialog.progress.isVisible()
    assert str(expected) in dialog.status_label.text()
    assert dialog.open_button.isVisible()
    assert dialog.folder_button.isVisible()
    assert dialog.export_button.isEnabled()

    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened_urls] == [str(expected), str(expected.parent)]


def test_options_decide_what_is_in_the_protocol(
    qtbot, session: DocumentSession, fachtag: tuple[Path, Fachtag]
) -> None:  # type: ignore[no-untyped-def]
    _, made = fachtag
    dialog = make_dialog(qtbot, session, session_uuid=made.plenary)
    assert dialog.scope_label.text() == "Plenum: Wo steht der Verbund?"
    for check in (
        dialog.anonymise_check,
        dialog.photos_check,
        dialog.section_checks[Section.PARKING_LOT],
        dialog.section_checks[Section.QUALITY],
    ):
        before = check.isChecked()
        tick(qtbot, check)
        assert check.isChecked() is not before
    choose(qtbot, dialog.language_combo, "en")
    assert dialog.target().name == "Minutes Plenum_ Wo steht der Verbund (2026-03-12).pdf"

    outcome = export(qtbot, dialog)

    text = pdf_text(outcome.path)
    assert "These minutes name no participants" in text
    for name in made.named:
        assert name not in text
    assert "Parking lot" not in text
    assert "Photos" not in text
    assert "Appendix: quality check of the impact logic" in text
    assert "Tisch 2: Praktika" not in text  # one session only


def test_csv_of_the_action_items(
    qtbot, session: DocumentSession, fachtag: tuple[Path, Fachtag]
) -> None:  # type: ignore[no-untyped-def]
    _, made = fachtag
    dialog = make_dialog(qtbot, session, event_uuid=made.event)
    choose(qtbot, dialog.format_combo, "csv")
    assert dialog.target().name == "Aufgaben Fachtag Übergang 2026 (2026-03-12).csv"
    assert not dialog.sections_box.isEnabled()
    assert not dialog.photos_check.isEnabled()
    outcome = export(qtbot, dialog)
    content = outcome.path.read_bytes()
    assert content.startswith(b"\xef\xbb\xbfSitzung;Was;Wer;Bis wann;Status\r\n")
    assert "Praktikumsbörse aufbauen".encode() in content

    choose(qtbot, dialog.format_combo, "md")
    assert dialog.target().suffix == ".md"
    assert dialog.sections_box.isEnabled()
    outcome = export(qtbot, dialog)
    assert outcome.path.read_text(encoding="utf-8").startswith("# Protokoll: Fachtag Übergang")


# ------------------------------------------------------------------ refusals and failures
def test_an_existing_file_is_replaced_only_when_confirmed(
    qtbot, session: DocumentSession, fachtag: tuple[Path, Fachtag], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _, made = fachtag
    dialog = make_dialog(qtbot, session, event_uuid=made.event)
    dialog.target().write_bytes(b"earlier protocol")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.target().read_bytes() == b"earlier protocol"
    assert len(asked) == 1
    assert dialog.target().name in asked[0]

    export(qtbot, dialog)
    assert dialog.target().read_bytes().startswith(b"%PDF")
    export(qtbot, dialog)  # again right after: it replaces its own file without asking
    assert len(asked) == 2


def test_a_missing_folder_is_reported_and_the_path_kept(
    qtbot, session: DocumentSession, fachtag: tuple[Path, Fachtag], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _, made = fachtag
    dialog = make_dialog(qtbot, session, event_uuid=made.event)
    typed = tmp_path / "gibt es nicht" / "Protokoll.pdf"
    dialog.path_edit.setFocus()
    dialog.path_edit.selectAll()
    dialog.path_edit.insert(str(typed))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.isVisible()
    assert str(typed.parent) in dialog.status_label.text()
    assert dialog.path_edit.text() == str(typed)
    assert not typed.parent.exists()


def test_a_failed_write_is_shown(
    qtbot, session: DocumentSession, fachtag: tuple[Path, Fachtag], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _, made = fachtag

    def full_disk(*args: object, **kwargs: object) -> ExportOutcome:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module, "write_protocol", full_disk)
    dialog = make_dialog(qtbot, session, event_uuid=made.event)
    with qtbot.waitSignal(dialog.export_failed, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "No space left on device" in blocker.args[0]
    assert dialog.status_label.text() == blocker.args[0]
    assert dialog.export_button.isEnabled()
    assert not dialog.open_button.isVisible()
    assert not dialog.target().exists()


def test_characters_the_font_cannot_print_are_reported(
    qtbot, session: DocumentSession, fachtag: tuple[Path, Fachtag]
) -> None:  # type: ignore[no-untyped-def]
    _, made = fachtag
    NetworkService(session.document).update_network(draft=NetworkDraft(name="Verbund 👍"))
    dialog = make_dialog(qtbot, session, event_uuid=made.event)
    outcome = export(qtbot, dialog)
    assert outcome.replaced == {"👍": outcome.replaced["👍"]}
    assert "👍 (U+1F44D THUMBS UP SIGN) ×1" in dialog.warning_label.text()
    assert dialog.warning_label.isVisible()
    assert str(outcome.path) in dialog.status_label.text()


def test_the_dialog_stays_open_while_the_file_is_written(
    qtbot, session: DocumentSession, fachtag: tuple[Path, Fachtag], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _, made = fachtag
    release = threading.Event()
    real = export_module.write_protocol

    def slow(*args: object, **kwargs: object) -> ExportOutcome:
        release.wait(30)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(export_module, "write_protocol", slow)
    dialog = make_dialog(qtbot, session, event_uuid=made.event)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible()
    assert not dialog.export_button.isEnabled()
    assert not dialog.format_combo.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.export_finished, timeout=30_000):
        release.set()
    dialog.reject()
    assert not dialog.isVisible()


# ------------------------------------------------------------------ the entry point
def test_show_export_dialog_is_modal_and_covers_the_latest_event(
    qtbot, session: DocumentSession, fachtag: tuple[Path, Fachtag]
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def check(dialog: QDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)
        assert isinstance(dialog, ExportDialog)
        seen.append(dialog.scope_label.text())
        dialog.reject()

    on_next_modal(check)
    show_export_dialog(parent, session, event_uuid=None, session_uuid=None)
    assert seen == ["Fachtag Übergang 2026"]
