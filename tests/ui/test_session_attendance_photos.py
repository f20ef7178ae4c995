"""Teilnahme und Fotos einer Sitzung: per Tastatur und Maus bedient, im File nachgeprüft.

Aufbau ohne Hauptfenster: Document.open → DocumentSession → Panel.set_context.
"""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import ExifTags, Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from ciworkshop.domain.events import AttendanceDraft, SessionDraft, SessionFormat
from ciworkshop.domain.model import ActorDraft, PersonDraft
from ciworkshop.services.events import EventService
from ciworkshop.services.network import NetworkService
from ciworkshop.services.photos import (
    PhotoError,
    PhotoErrorKind,
    prepare_photo,
    prepare_photo_bytes,
)
from ciworkshop.store.document import Document
from ciworkshop.ui.session import DocumentSession
from ciworkshop.ui.views import session_photos
from ciworkshop.ui.views.session_attendance import KEY_ROLE, AttendancePanel
from ciworkshop.ui.views.session_photos import (
    PhotoCaptionDialog,
    PhotosPanel,
    PhotoViewer,
    photo_error_text,
)
from tests.ui.conftest import on_next_modal, read_back

CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass
class Verbund:
    path: Path
    session_uuid: str
    people: dict[str, str]  # name → uuid


@pytest.fixture
def verbund(network_file: Path) -> Verbund:
    """Ein Verbund mit drei Personen (eine ohne Einwilligung) und einem Runden Tisch."""
    with Document.open(network_file) as doc:
        network, events = NetworkService(doc), EventService(doc)
        jugendamt, _ = network.add_actor(draft=ActorDraft(name="Jugendamt Musterstadt"))
        agentur, _ = network.add_actor(draft=ActorDraft(name="Agentur für Arbeit"))
        people = {}
        for name, actor, function, consent in (
            ("Anna Schmidt", jugendamt, "Leitung", True),
            ("Ingo Krause", agentur, "Berufsberatung", True),
            ("Jana Lehmann", agentur, "Ausbildungsberatung", False),
        ):
            person, _ = network.add_person(
                draft=PersonDraft(
                    name=name, actor_uuid=actor.uuid, function=function, consent_named=consent
                )
            )
            people[name] = person.uuid
        session, _ = events.add_session(
            draft=SessionDraft(format=SessionFormat.ROUND_TABLE, title="Runder Tisch Übergänge")
        )
    return Verbund(network_file, session.uuid, people)


@pytest.fixture
def session(verbund: Verbund, languages) -> Iterator[DocumentSession]:  # type: ignore[no-untyped-def]
    doc_session = DocumentSession(Document.open(verbund.path))
    yield doc_session
    doc_session.close()


def _show(qtbot, panel, session: DocumentSession, verbund: Verbund):  # type: ignore[no-untyped-def]
    qtbot.addWidget(panel)
    panel.set_context(session, verbund.session_uuid)
    panel.resize(1024, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    return panel


def _attendance_on_disk(verbund: Verbund) -> list[tuple[str | None, str, str]]:
    with read_back(verbund.path) as doc:
        return [
            (a.person_uuid, a.guest_name, a.guest_organisation)
            for a in EventService(doc).attendance(verbund.session_uuid)
        ]


def _photos_on_disk(verbund: Verbund) -> list[tuple[str, str, int, int]]:
    with read_back(verbund.path) as doc:
        return [
            (p.uuid, p.caption, p.width, p.height)
            for p in EventService(doc).photos(verbund.session_uuid)
        ]


def _focus(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _press(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifiers)


# ================================================================= Teilnahme
@pytest.fixture
def attendance(qtbot, session: DocumentSession, verbund: Verbund) -> AttendancePanel:  # type: ignore[no-untyped-def]
    return _show(qtbot, AttendancePanel(), session, verbund)


def test_person_per_tastatur_abhaken_und_wieder_austragen(
    qtbot, attendance: AttendancePanel, session: DocumentSession, verbund: Verbund
):
    ingo = verbund.people["Ingo Krause"]
    _focus(qtbot, attendance.search)
    qtbot.keyClicks(attendance.search, "krau")
    assert attendance.proxy.rowCount() == 1
    _press(qtbot, Qt.Key.Key_Down)
    assert attendance.table.hasFocus()
    _press(qtbot, Qt.Key.Key_Space)

    assert _attendance_on_disk(verbund) == [(ingo, "", "")]
    assert attendance.count_label.text() == AttendancePanel.tr("%n present", "", 1)
    index = attendance.table.currentIndex().siblingAtColumn(0)
    assert index.data(KEY_ROLE) == f"p:{ingo}"
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    _press(qtbot, Qt.Key.Key_Space)  # the cursor stayed on Ingo: take him off again
    assert _attendance_on_disk(verbund) == []
    assert attendance.count_label.text() == AttendancePanel.tr("%n present", "", 0)

    session.undo_stack.undo()
    assert _attendance_on_disk(verbund) == [(ingo, "", "")]
    session.undo_stack.undo()
    assert _attendance_on_disk(verbund) == []
    session.undo_stack.redo()
    assert _attendance_on_disk(verbund) == [(ingo, "", "")]


def test_enter_in_der_suche_hakt_die_eine_gefundene_person_ab(
    qtbot, attendance: AttendancePanel, verbund: Verbund
):
    _focus(qtbot, attendance.search)
    qtbot.keyClicks(attendance.search, "anna")
    _press(qtbot, Qt.Key.Key_Return)
    assert _attendance_on_disk(verbund) == [(verbund.people["Anna Schmidt"], "", "")]
    assert attendance.search.text() == ""  # ready for the next name
    assert attendance.search.hasFocus()

    qtbot.keyClicks(attendance.search, "berat")  # two people match: the list takes over
    _press(qtbot, Qt.Key.Key_Return)
    assert attendance.table.hasFocus()
    assert len(_attendance_on_disk(verbund)) == 1


def test_klick_auf_eine_zeile_hakt_ab_doppelklick_nur_einmal(
    qtbot, attendance: AttendancePanel, verbund: Verbund
):
    table = attendance.table
    row = next(
        r
        for r in range(attendance.proxy.rowCount())
        if attendance.proxy.index(r, 0).data(KEY_ROLE) == f"p:{verbund.people['Anna Schmidt']}"
    )
    point = table.visualRect(attendance.proxy.index(row, 1)).center()
    viewport, left = table.viewport(), Qt.MouseButton.LeftButton
    # A double click as a mouse delivers it: press, release, double click, release.
    qtbot.mouseClick(viewport, left, pos=point)
    qtbot.mouseDClick(viewport, left, pos=point)
    qtbot.mouseRelease(viewport, left, pos=point)
    assert _attendance_on_disk(verbund) == [(verbund.people["Anna Schmidt"], "", "")]
    qtbot.mouseClick(viewport, left, pos=point)  # a single click takes her off again
    assert _attendance_on_disk(verbund) == []


def test_gast_mit_kuerzel_tippen_und_enter(
    qtbot, attendance: AttendancePanel, session: DocumentSession, verbund: Verbund
):
    _focus(qtbot, attendance.table)
    _press(qtbot, Qt.Key.Key_G, CTRL)
    assert attendance.guest_edit.hasFocus()
    qtbot.keyClicks(attendance.guest_edit, "Maria Gast, Stadtbibliothek")
    _press(qtbot, Qt.Key.Key_Return)

    assert _attendance_on_disk(verbund) == [(None, "Maria Gast", "Stadtbibliothek")]
    assert attendance.guest_edit.text() == ""
    assert attendance.guest_edit.hasFocus()  # the next guest can be typed right away

    attendance.guest_edit.insert("Jürgen Weiß")  # Unicode: keyClicks is ASCII only
    _press(qtbot, Qt.Key.Key_Enter)
    assert _attendance_on_disk(verbund) == [
        (None, "Maria Gast", "Stadtbibliothek"),
        (None, "Jürgen Weiß", ""),
    ]
    expected = (
        AttendancePanel.tr("%n present", "", 2) + " " + AttendancePanel.tr("(%n guest(s))", "", 2)
    )
    assert attendance.count_label.text() == expected
    assert (
        "Ctrl+G" in attendance.guest_edit.toolTip() or "Strg+G" in attendance.guest_edit.toolTip()
    )
    assert "G" in attendance.guest_edit.placeholderText()

    session.undo_stack.undo()
    assert _attendance_on_disk(verbund) == [(None, "Maria Gast", "Stadtbibliothek")]
    session.undo_stack.redo()
    assert len(_attendance_on_disk(verbund)) == 2

    # A guest is taken off the list like anyone else: Delete in the list, undoable.
    [juergen] = [r.key for r in attendance.model.rows() if r.name == "Jürgen Weiß"]
    _focus(qtbot, attendance.table)
    assert attendance.table.select_key(juergen)
    _press(qtbot, Qt.Key.Key_Delete)
    assert _attendance_on_disk(verbund) == [(None, "Maria Gast", "Stadtbibliothek")]
    session.undo_stack.undo()
    assert len(_attendance_on_disk(verbund)) == 2


def test_zu_langer_gastname_bleibt_im_feld_und_wird_erklaert(
    qtbot, attendance: AttendancePanel, verbund: Verbund
):
    _focus(qtbot, attendance.guest_edit)
    attendance.guest_edit.setText("X" * 201)
    _press(qtbot, Qt.Key.Key_Return)
    assert _attendance_on_disk(verbund) == []
    assert attendance.guest_edit.text() == "X" * 201
    assert attendance.problem.isVisible()
    assert "200" in attendance.problem.text()

    attendance.guest_edit.setText(", Jugendamt")  # an organisation without a name
    _press(qtbot, Qt.Key.Key_Return)
    assert _attendance_on_disk(verbund) == []
    assert attendance.problem.isVisible()


def test_name_einer_person_als_gast_hakt_die_person_ab(
    qtbot, attendance: AttendancePanel, verbund: Verbund
):
    _press_guest = attendance.guest_edit
    _focus(qtbot, _press_guest)
    qtbot.keyClicks(_press_guest, "anna schmidt")
    _press(qtbot, Qt.Key.Key_Return)
    assert _attendance_on_disk(verbund) == [(verbund.people["Anna Schmidt"], "", "")]
    assert attendance.notice.isVisible()

    qtbot.keyClicks(_press_guest, "Anna Schmidt")  # already there: said so, text kept
    _press(qtbot, Qt.Key.Key_Return)
    assert len(_attendance_on_disk(verbund)) == 1
    assert attendance.problem.isVisible()
    assert _press_guest.text() == "Anna Schmidt"


def test_finish_editing_fuegt_getippten_gast_hinzu(
    qtbot, attendance: AttendancePanel, verbund: Verbund
):
    attendance.guest_edit.setText("Tom Besucher")
    assert attendance.finish_editing()
    assert _attendance_on_disk(verbund) == [(None, "Tom Besucher", "")]


def test_einwilligung_und_geloeschte_person_sind_markiert(
    qtbot, session: DocumentSession, verbund: Verbund
):
    jana, anna = verbund.people["Jana Lehmann"], verbund.people["Anna Schmidt"]
    for person in (jana, anna):
        session.events.add_attendance(
            session_uuid=verbund.session_uuid, draft=AttendanceDraft(person_uuid=person)
        )
    session.service.delete_person(uuid=anna)
    panel = _show(qtbot, AttendancePanel(), session, verbund)

    rows = {
        panel.proxy.index(r, 0).data(KEY_ROLE): panel.proxy.index(r, 0)
        for r in range(panel.proxy.rowCount())
    }
    not_named = rows[f"p:{jana}"]
    assert not not_named.data(Qt.ItemDataRole.DecorationRole).isNull()
    tooltip = not_named.data(Qt.ItemDataRole.ToolTipRole)
    assert AttendancePanel.tr("will not be named in the protocol (no consent)") in tooltip
    assert rows[f"p:{verbund.people['Ingo Krause']}"].data(Qt.ItemDataRole.DecorationRole) is None

    deleted = [i for k, i in rows.items() if k.startswith("a:")]
    assert [i.data() for i in deleted] == [AttendancePanel.tr("(deleted person)")]
    assert deleted[0].data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert panel.proxy.index(panel.proxy.rowCount() - 1, 0) == deleted[0]  # sorted last
    assert panel.count_label.text() == AttendancePanel.tr("%n present", "", 2)


def test_nur_anwesende_und_suche_ueber_alle_spalten(
    qtbot, attendance: AttendancePanel, verbund: Verbund
):
    attendance.table.toggle_requested.emit(f"p:{verbund.people['Ingo Krause']}")
    attendance.only_present.setChecked(True)
    assert attendance.proxy.rowCount() == 1
    attendance.only_present.setChecked(False)
    attendance.search.setText("agentur ausbildung")  # words from two columns
    assert attendance.proxy.rowCount() == 1
    assert attendance.proxy.index(0, 0).data() == "Jana Lehmann"


def test_schreibgeschuetzt_keine_aenderung(qtbot, verbund: Verbund, languages):  # type: ignore[no-untyped-def]
    session = DocumentSession(Document.open(verbund.path, read_only=True))
    try:
        panel = _show(qtbot, AttendancePanel(), session, verbund)
        assert not panel.guest_edit.isEnabled()
        assert not panel.add_guest_button.isEnabled()
        _focus(qtbot, panel.table)
        panel.table.setCurrentIndex(panel.proxy.index(0, 0))
        _press(qtbot, Qt.Key.Key_Space)
        assert _attendance_on_disk(verbund) == []
        assert panel.finish_editing()
    finally:
        session.close()


# ================================================================= Fotos
@pytest.fixture
def photos(qtbot, session: DocumentSession, verbund: Verbund) -> PhotosPanel:  # type: ignore[no-untyped-def]
    return _show(qtbot, PhotosPanel(), session, verbund)


def _portrait_jpeg(path: Path) -> Path:
    """Stored landscape (400×200), EXIF says: turn it a quarter clockwise."""
    image = Image.new("RGB", (400, 200), (30, 30, 220))
    image.paste((220, 30, 30), (0, 0, 200, 200))
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    image.save(path, "JPEG", exif=exif)
    return path


def _big_jpeg(path: Path) -> Path:
    """A 24-megapixel phone photo (6000×4000, gradients and grain)."""
    size = (6000, 4000)
    grain = Image.frombytes("L", size, os.urandom(size[0] * size[1])).point(lambda v: 96 + v // 4)
    Image.merge(
        "RGB",
        (Image.linear_gradient("L").resize(size), Image.radial_gradient("L").resize(size), grain),
    ).save(path, "JPEG", quality=90)
    return path


def _import(qtbot, panel: PhotosPanel, paths: list[Path]) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.import_finished, timeout=30_000) as finished:
        panel.import_files(paths)
    return tuple(finished.args)  # type: ignore[return-value]


def test_gedrehtes_foto_wird_aufrecht_gespeichert(
    qtbot, photos: PhotosPanel, verbund: Verbund, tmp_path: Path
):
    assert _import(qtbot, photos, [_portrait_jpeg(tmp_path / "flipchart.jpg")]) == (1, 0)

    [(uuid, caption, width, height)] = _photos_on_disk(verbund)
    assert (width, height) == (200, 400)
    assert width < height
    assert caption == ""
    assert photos.model.rowCount() == 1
    assert photos.grid.current_uuid() == uuid
    thumb = photos.model.thumbnail(uuid)
    assert thumb is not None
    assert thumb.height() > thumb.width()  # the thumbnail is upright too
    assert photos.count_label.text() == PhotosPanel.tr("%n photo(s)", "", 1)


def test_24_megapixel_foto_wird_verkleinert_gespeichert(
    qtbot, photos: PhotosPanel, verbund: Verbund, tmp_path: Path
):
    assert _import(qtbot, photos, [_big_jpeg(tmp_path / "IMG_2034.JPG")]) == (1, 0)
    [(_uuid, _caption, width, height)] = _photos_on_disk(verbund)
    assert (width, height) == (2560, 1707)


def test_textdatei_als_jpg_wird_klar_gemeldet_und_nicht_gespeichert(
    qtbot, photos: PhotosPanel, verbund: Verbund, tmp_path: Path
):
    text_file = tmp_path / "Protokollnotizen.jpg"
    text_file.write_text("Nur Notizen, kein Foto.\n", encoding="utf-8")
    messages: list[str] = []

    def read_message(box):  # type: ignore[no-untyped-def]
        assert isinstance(box, QMessageBox)
        qtbot.waitUntil(box.isActiveWindow)
        messages.append(box.text())
        box.accept()

    on_next_modal(read_message)
    assert _import(qtbot, photos, [text_file]) == (0, 1)

    assert _photos_on_disk(verbund) == []
    [message] = messages
    assert "Protokollnotizen.jpg" in message
    assert photo_error_text(PhotoError(PhotoErrorKind.NOT_AN_IMAGE)) in message
    assert photos.model.rowCount() == 0


def test_ein_fehler_haelt_die_anderen_fotos_nicht_auf(
    qtbot, photos: PhotosPanel, verbund: Verbund, tmp_path: Path
):
    empty = tmp_path / "leer.png"
    empty.write_bytes(b"")
    messages: list[str] = []

    def read_message(box):  # type: ignore[no-untyped-def]
        qtbot.waitUntil(box.isActiveWindow)
        messages.append(box.text())
        box.accept()

    on_next_modal(read_message)
    paths = [_portrait_jpeg(tmp_path / "a.jpg"), empty, _portrait_jpeg(tmp_path / "b.jpg")]
    assert _import(qtbot, photos, paths) == (2, 1)
    assert len(_photos_on_disk(verbund)) == 2
    assert "leer.png" in messages[0]
    assert "a.jpg" not in messages[0]


def test_datei_schliessen_waehrend_des_imports_speichert_nichts_und_fragt_nichts(
    qtbot, photos: PhotosPanel, verbund: Verbund, tmp_path: Path, monkeypatch
):
    gate = threading.Event()  # holds the first photo in preparation until the file is closed

    def slow_prepare(path: Path, caption: str = ""):  # type: ignore[no-untyped-def]
        gate.wait(10)
        return prepare_photo(path, caption)

    monkeypatch.setattr(session_photos, "prepare_photo", slow_prepare)
    paths = [_portrait_jpeg(tmp_path / f"{n}.jpg") for n in range(4)]
    with qtbot.waitSignal(photos.import_finished, timeout=30_000) as finished:
        photos.import_files(paths)
        photos.set_context(None, None)  # the file is closed while photos are prepared
        gate.set()
    assert finished.args == [0, 4]
    assert QApplication.activeModalWidget() is None
    assert _photos_on_disk(verbund) == []
    assert not photos.importing


def test_bildunterschrift_bearbeiten_und_rueckgaengig(
    qtbot, photos: PhotosPanel, session: DocumentSession, verbund: Verbund, tmp_path: Path
):
    _import(qtbot, photos, [_portrait_jpeg(tmp_path / "flipchart.jpg")])
    _focus(qtbot, photos.grid)

    def type_caption(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, PhotoCaptionDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.caption_edit.insert("Ergebnisse Tisch 3 – Übergänge")
        qtbot.keyClick(dialog.caption_edit, Qt.Key.Key_Return)

    on_next_modal(type_caption)
    _press(qtbot, Qt.Key.Key_F2)
    [(uuid, caption, _w, _h)] = _photos_on_disk(verbund)
    assert caption == "Ergebnisse Tisch 3 – Übergänge"
    assert photos.model.index(0).data() == caption

    session.undo_stack.undo()
    assert _photos_on_disk(verbund)[0][1] == ""
    session.undo_stack.redo()
    assert _photos_on_disk(verbund)[0][1] == caption
    assert photos.grid.current_uuid() == uuid


def test_zu_lange_bildunterschrift_laesst_ok_aus(qtbot, languages):  # type: ignore[no-untyped-def]
    dialog = PhotoCaptionDialog("alt")
    qtbot.addWidget(dialog)
    dialog.caption_edit.setText("x" * 501)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.caption_edit.text() == "x" * 501  # nothing cut


def test_foto_loeschen_und_rueckgaengig(
    qtbot, photos: PhotosPanel, session: DocumentSession, verbund: Verbund, tmp_path: Path
):
    _import(qtbot, photos, [_portrait_jpeg(tmp_path / "a.jpg"), _portrait_jpeg(tmp_path / "b.jpg")])
    before = _photos_on_disk(verbund)
    _focus(qtbot, photos.grid)
    photos.grid.select_uuid(before[0][0])
    _press(qtbot, Qt.Key.Key_Delete)
    assert _photos_on_disk(verbund) == before[1:]
    assert photos.grid.current_uuid() == before[1][0]  # the next one is selected

    session.undo_stack.undo()
    assert _photos_on_disk(verbund) == before  # the same photo, same identity
    with read_back(verbund.path) as doc:
        assert EventService(doc).photo_data(before[0][0])

    photos.grid.selectAll()  # several at once: one undo step
    _press(qtbot, Qt.Key.Key_Delete)
    assert _photos_on_disk(verbund) == []
    session.undo_stack.undo()
    assert _photos_on_disk(verbund) == before


def test_enter_oeffnet_grosse_ansicht_und_pfeile_blaettern(
    qtbot, photos: PhotosPanel, verbund: Verbund, tmp_path: Path
):
    landscape = tmp_path / "b.png"
    Image.new("RGB", (800, 600), (120, 200, 120)).save(landscape)
    _import(qtbot, photos, [_portrait_jpeg(tmp_path / "a.jpg"), landscape])
    first, second = (p[0] for p in _photos_on_disk(verbund))
    _focus(qtbot, photos.grid)
    photos.grid.select_uuid(first)
    seen: list[tuple[int, int, int]] = []

    def look(viewer):  # type: ignore[no-untyped-def]
        assert isinstance(viewer, PhotoViewer)
        qtbot.waitUntil(viewer.isActiveWindow)
        shown = viewer.picture.pixmap()
        seen.append((viewer.index, shown.width(), shown.height()))
        qtbot.keyClick(viewer, Qt.Key.Key_Right)
        seen.append((viewer.index, viewer.picture.pixmap().width(), 0))
        qtbot.keyClick(viewer, Qt.Key.Key_Escape)

    on_next_modal(look)
    _press(qtbot, Qt.Key.Key_Return)
    assert seen[0][0] == 0
    assert seen[0][2] > seen[0][1]  # the portrait is shown upright
    assert seen[0][2] > 150  # scaled up to the window, not a thumbnail
    assert seen[1][0] == 1
    assert photos.grid.current_uuid() == second  # the grid follows the browsing


def test_bilddateien_auf_das_panel_ziehen(
    qtbot, photos: PhotosPanel, verbund: Verbund, tmp_path: Path
):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_portrait_jpeg(tmp_path / "drop.jpg")))])
    point = QPointF(photos.grid.geometry().center())
    enter = QDragEnterEvent(
        point.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    photos.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(photos.import_finished, timeout=30_000):
        photos.dropEvent(drop)
    assert len(_photos_on_disk(verbund)) == 1


def test_foto_hinzufuegen_ueber_den_dateidialog(
    qtbot, photos: PhotosPanel, verbund: Verbund, tmp_path: Path, monkeypatch
):
    chosen = [str(_portrait_jpeg(tmp_path / "a.jpg")), str(_portrait_jpeg(tmp_path / "b.jpg"))]
    monkeypatch.setattr(
        "ciworkshop.ui.views.session_photos.QFileDialog.getOpenFileNames",
        lambda *args, **kwargs: (chosen, ""),
    )
    with qtbot.waitSignal(photos.import_finished, timeout=30_000):
        qtbot.mouseClick(photos.add_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert len(_photos_on_disk(verbund)) == 2
    assert PhotosPanel.last_folder == str(tmp_path)


def test_fotos_schreibgeschuetzt_nur_ansehen(qtbot, verbund: Verbund, languages):  # type: ignore[no-untyped-def]
    with Document.open(verbund.path) as doc:
        EventService(doc).add_photo(
            session_uuid=verbund.session_uuid,
            draft=prepare_photo_bytes(_jpeg_bytes(), caption="Pinnwand"),
        )
    session = DocumentSession(Document.open(verbund.path, read_only=True))
    try:
        panel = _show(qtbot, PhotosPanel(), session, verbund)
        panel.grid.setCurrentIndex(panel.model.index(0))
        assert not panel.add_button.isEnabled()
        assert not panel.delete_button.isEnabled()
        assert not panel.caption_button.isEnabled()
        assert panel.open_button.isEnabled()
        _focus(qtbot, panel.grid)
        _press(qtbot, Qt.Key.Key_Delete)
        assert len(_photos_on_disk(verbund)) == 1
    finally:
        session.close()


def _jpeg_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (320, 240), (200, 200, 120)).save(out, "JPEG")
    return out.getvalue()


def test_jede_fehlerart_hat_ihre_eigene_meldung(languages):  # type: ignore[no-untyped-def]
    texts = {kind: photo_error_text(PhotoError(kind)) for kind in PhotoErrorKind}
    assert all(texts.values())
    assert len(set(texts.values())) == len(PhotoErrorKind)
    assert "100" in texts[PhotoErrorKind.TOO_MANY_PIXELS]
