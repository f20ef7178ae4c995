"""Die Pinnwand einer Sitzung: Karten tippen, clustern, Punkte vergeben – per Tastatur und
Maus, jede Geste rückgängig zu machen und in der Datei auf der Platte nachgeprüft."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from ciworkshop.domain.canvas import GoalDraft, GoalLevel
from ciworkshop.domain.events import (
    AgendaItemDraft,
    CardColour,
    CardDraft,
    SessionDraft,
    SessionFormat,
)
from ciworkshop.services.events import EventService
from ciworkshop.store.document import Document
from ciworkshop.ui import canvas_commands, event_commands
from ciworkshop.ui.session import DocumentSession
from ciworkshop.ui.views.session_board import BoardPanel, CardDialog
from ciworkshop.ui.widgets.card_board import UNSORTED
from tests.ui.conftest import on_next_modal, read_back

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@dataclass
class Pinnwand:
    path: Path
    session: DocumentSession
    panel: BoardPanel
    session_uuid: str
    items: list[str]

    @property
    def item(self) -> str:
        return self.items[0]

    @property
    def events(self) -> EventService:
        return self.session.events

    @property
    def board(self):  # type: ignore[no-untyped-def]
        return self.panel.board

    def undo(self) -> None:
        assert self.panel.finish_editing()
        self.session.undo_stack.undo()

    def redo(self) -> None:
        self.session.undo_stack.redo()


def _open(qtbot, path: Path, *, agenda: int = 2, read_only: bool = False) -> Pinnwand:  # type: ignore[no-untyped-def]
    if not read_only:
        with Document.open(path) as document:
            EventService(document).add_session(
                draft=SessionDraft(format=SessionFormat.ROUND_TABLE, title="Runder Tisch Übergang"),
                agenda=[
                    AgendaItemDraft(title=f"Thema {n + 1}", planned_minutes=20)
                    for n in range(agenda)
                ],
            )
    session = DocumentSession(Document.open(path, read_only=read_only))
    session_uuid = session.events.sessions()[0].uuid
    panel = BoardPanel()
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.set_context(session, session_uuid)
    panel.show()
    qtbot.waitExposed(panel)
    items = [i.uuid for i in session.events.agenda(session_uuid)]
    return Pinnwand(path, session, panel, session_uuid, items)


@pytest.fixture
def wand(qtbot, languages, network_file: Path) -> Iterator[Pinnwand]:  # type: ignore[no-untyped-def]
    env = _open(qtbot, network_file)
    yield env
    env.panel.set_context(None, None)
    env.session.close()


def _on_disk(path: Path, item: str) -> list[tuple[str, list[str]]]:
    """The board in the file: (cluster name, card texts) per column, unsorted first."""
    with read_back(path) as document:
        board = EventService(document).board(item)
    columns = [("", [c.text for c in board.cards_in(None)])]
    return columns + [(k.name, [c.text for c in board.cards_in(k.uuid)]) for k in board.clusters]


def _dots_on_disk(path: Path, item: str) -> dict[str, int]:
    with read_back(path) as document:
        return {c.text: c.dots for c in EventService(document).board(item).cards()}


def _shown(panel: BoardPanel) -> list[tuple[str, list[str]]]:
    """What the board shows, in the same shape as _on_disk."""
    board = panel.board
    result = []
    for key in board.column_keys():
        column = board.column(key)
        name = column.cluster.name if column.cluster else ""
        result.append((name, [c.text for c in board.cards_in(key)]))
    return result


def _add_cards(qtbot, env: Pinnwand, texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    for text in texts:
        if text.isascii():
            qtbot.keyClicks(env.panel.entry, text)
        else:  # QTest types ASCII only
            env.panel.entry.insert(text)
        qtbot.keyClick(env.panel.entry, Qt.Key.Key_Return)


def _card_uuid(env: Pinnwand, text: str) -> str:
    board = env.events.board(env.item)
    return next(c.uuid for c in board.cards() if c.text == text)


def _focus(qtbot, env: Pinnwand, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    env.panel.activateWindow()
    qtbot.waitUntil(env.panel.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _press(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifiers)


def _drop(viewport: QWidget, data: QMimeData, point: QPoint) -> None:
    pos = QPointF(point)
    actions = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event_type in (QDragEnterEvent, QDragMoveEvent):
        try:  # Qt 6.12 takes a QPointF and deprecates the QPoint form; older ones only QPoint
            event = event_type(pos, actions, data, buttons, mods)  # type: ignore[call-overload]
        except TypeError:
            event = event_type(point, actions, data, buttons, mods)
        QApplication.sendEvent(viewport, event)
    QApplication.sendEvent(viewport, QDropEvent(pos, actions, data, buttons, mods))


def _center(rect) -> QPoint:  # type: ignore[no-untyped-def]
    return rect.center().toPoint()


# ---------------------------------------------------------------- Karten tippen
def test_hundert_karten_per_tastatur_landen_vollstaendig_und_in_reihenfolge(qtbot, wand: Pinnwand):
    wand.panel.activateWindow()
    qtbot.waitUntil(wand.panel.isActiveWindow)
    qtbot.waitUntil(wand.panel.entry.hasFocus)  # die Eingabezeile hat den Fokus
    texts = [f"Karte Nummer {n} vom Tisch" for n in range(1, 101)]
    _add_cards(qtbot, wand, texts)
    assert wand.panel.entry.text() == ""
    assert _on_disk(wand.path, wand.item) == [("", texts)]
    assert _shown(wand.panel) == [("", texts)]
    assert wand.board.card_count() == 100


def test_autor_und_farbe_bleiben_fuer_die_naechste_karte(qtbot, wand: Pinnwand):
    _focus(qtbot, wand, wand.panel.entry)
    qtbot.keyClicks(wand.panel.author_edit, "Tisch 3")
    _press(qtbot, Qt.Key.Key_2, CTRL)  # grün
    assert wand.panel.colour() is CardColour.GREEN
    _add_cards(qtbot, wand, ["Praktikumsbörse", "Elternabende"])
    _press(qtbot, Qt.Key.Key_4, CTRL)  # rosa
    _add_cards(qtbot, wand, ["Datenlage klären"])
    with read_back(wand.path) as document:
        cards = EventService(document).board(wand.item).cards()
    assert [(c.text, c.author, c.colour) for c in cards] == [
        ("Praktikumsbörse", "Tisch 3", CardColour.GREEN),
        ("Elternabende", "Tisch 3", CardColour.GREEN),
        ("Datenlage klären", "Tisch 3", CardColour.PINK),
    ]
    assert wand.panel.author_edit.text() == "Tisch 3"


def test_leere_eingabe_tut_nichts(qtbot, wand: Pinnwand):
    qtbot.keyClick(wand.panel.entry, Qt.Key.Key_Return)
    qtbot.keyClicks(wand.panel.entry, "   ")
    qtbot.keyClick(wand.panel.entry, Qt.Key.Key_Return)
    assert _on_disk(wand.path, wand.item) == [("", [])]
    assert wand.session.undo_stack.count() == 0
    assert wand.panel.message() == ""


def test_riesiger_einfuegetext_wird_abgelehnt_und_bleibt_stehen(qtbot, wand: Pinnwand):
    huge = "Sehr lange Wortmeldung " * 4_348  # gut 100.000 Zeichen
    assert len(huge) > 100_000
    QApplication.clipboard().setText(huge)
    _focus(qtbot, wand, wand.panel.entry)
    wand.panel.entry.paste()
    assert wand.panel.entry.text() == huge  # nichts abgeschnitten
    qtbot.keyClick(wand.panel.entry, Qt.Key.Key_Return)
    assert wand.panel.entry.text() == huge
    message = wand.panel.message()
    assert message
    assert "500" in message
    assert wand.panel.limit_label.isVisible()
    assert _on_disk(wand.path, wand.item) == [("", [])]
    # Gekürzt geht sie durch; die Meldung verschwindet beim Tippen.
    wand.panel.entry.setText(huge[:40])
    qtbot.keyClicks(wand.panel.entry, "!")
    assert wand.panel.message() == ""
    qtbot.keyClick(wand.panel.entry, Qt.Key.Key_Return)
    assert _on_disk(wand.path, wand.item) == [("", [huge[:40].strip() + "!"])]


def test_markup_und_emoji_werden_woertlich_gespeichert_und_gezeigt(qtbot, wand: Pinnwand):
    text = "<b>x</b> & R&D 😀 „Übergang“"
    wand.panel.entry.insert(text)
    qtbot.keyClick(wand.panel.entry, Qt.Key.Key_Return)
    assert _on_disk(wand.path, wand.item) == [("", [text])]
    uuid = _card_uuid(wand, text)
    assert wand.board.card(uuid).text == text
    wand.board.select_card(uuid)
    _focus(qtbot, wand, wand.board)
    _press(qtbot, Qt.Key.Key_Plus)
    wand.panel.show_ranking(True)
    assert wand.panel.ranking_rows() == [
        ("1.", "1", text, QCoreApplication.translate("CardBoard", "Unsorted"))
    ]


def test_strg_z_nach_enter_nimmt_die_karte_zurueck_waehrend_tippen_nur_das_tippen(
    qtbot, wand: Pinnwand
):
    # Wie im Hauptfenster: eine Rückgängig-Aktion für die ganze Pinnwand.
    undo = QAction(wand.panel)
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    undo.triggered.connect(wand.undo)
    wand.panel.addAction(undo)
    _focus(qtbot, wand, wand.panel.entry)
    _add_cards(qtbot, wand, ["Erste Karte"])
    qtbot.keyClicks(wand.panel.entry, "Zweite")
    _press(qtbot, Qt.Key.Key_Z, CTRL)  # nimmt nur Getipptes zurück
    assert _on_disk(wand.path, wand.item) == [("", ["Erste Karte"])]
    while wand.panel.entry.isUndoAvailable():
        _press(qtbot, Qt.Key.Key_Z, CTRL)
    assert wand.panel.entry.text() == ""
    _press(qtbot, Qt.Key.Key_Z, CTRL)  # jetzt die Karte
    assert _on_disk(wand.path, wand.item) == [("", [])]


def test_finish_editing_speichert_die_halb_getippte_karte(qtbot, wand: Pinnwand):
    qtbot.keyClicks(wand.panel.entry, "Noch nicht mit Enter bestaetigt")
    assert wand.panel.finish_editing()
    assert _on_disk(wand.path, wand.item) == [("", ["Noch nicht mit Enter bestaetigt"])]
    assert wand.panel.entry.text() == ""


# ---------------------------------------------------------------- clustern
def _board_with_clusters(qtbot, env: Pinnwand) -> None:  # type: ignore[no-untyped-def]
    for name in ("Schule", "Eltern"):
        env.events.add_cluster(agenda_item_uuid=env.item, name=name)
    env.panel.reload()
    _add_cards(qtbot, env, ["A", "B", "C", "D"])


def test_karten_per_drag_clustern_und_zwischen_karten_ablegen(qtbot, wand: Pinnwand):
    _board_with_clusters(qtbot, wand)
    board = wand.board
    schule = board.column_keys()[1]
    viewport = board.viewport()
    start = _on_disk(wand.path, wand.item)

    # A auf die Spalte „Schule“ (unter deren Kopf)
    header = board.header_rect(schule)
    _drop(
        viewport,
        board.card_mime(_card_uuid(wand, "A")),
        QPoint(_center(header).x(), round(header.bottom()) + 60),
    )
    assert _on_disk(wand.path, wand.item) == [
        ("", ["B", "C", "D"]),
        ("Schule", ["A"]),
        ("Eltern", []),
    ]
    # B auf den Kopf von „Schule“: ans Ende
    _drop(viewport, board.card_mime(_card_uuid(wand, "B")), _center(board.header_rect(schule)))
    # D zwischen A und B: auf die obere Hälfte von B
    b = board.card_rect(_card_uuid(wand, "B"))
    _drop(
        viewport,
        board.card_mime(_card_uuid(wand, "D")),
        QPoint(round(b.center().x()), round(b.top()) + 4),
    )
    assert _on_disk(wand.path, wand.item) == [
        ("", ["C"]),
        ("Schule", ["A", "D", "B"]),
        ("Eltern", []),
    ]
    # Innerhalb der Spalte: A unter B
    b = board.card_rect(_card_uuid(wand, "B"))
    _drop(
        viewport,
        board.card_mime(_card_uuid(wand, "A")),
        QPoint(round(b.center().x()), round(b.bottom()) - 3),
    )
    assert _on_disk(wand.path, wand.item) == [
        ("", ["C"]),
        ("Schule", ["D", "B", "A"]),
        ("Eltern", []),
    ]
    assert _shown(wand.panel) == _on_disk(wand.path, wand.item)

    # Auf die Zone „Neuer Cluster“: ein Cluster mit C, der Name wird gleich gefragt.
    _drop(viewport, board.card_mime(_card_uuid(wand, "C")), board.new_cluster_drop_point())
    qtbot.waitUntil(lambda: board.renaming() is not None)
    assert _on_disk(wand.path, wand.item)[-1] == ("", ["C"])
    qtbot.keyClicks(board.editor, "Daten")
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)
    assert board.renaming() is None
    after = [("", []), ("Schule", ["D", "B", "A"]), ("Eltern", []), ("Daten", ["C"])]
    assert _on_disk(wand.path, wand.item) == after
    assert _shown(wand.panel) == after

    # Jede Geste einzeln zurück, dann alle wieder her.
    wand.undo()  # Umbenennen
    assert _on_disk(wand.path, wand.item)[-1] == ("", ["C"])
    wand.undo()  # neuer Cluster samt Karte: ein Schritt
    assert _on_disk(wand.path, wand.item) == [
        ("", ["C"]),
        ("Schule", ["D", "B", "A"]),
        ("Eltern", []),
    ]
    for _ in range(4):
        wand.undo()
    assert _on_disk(wand.path, wand.item) == start
    assert _shown(wand.panel) == start
    for _ in range(6):
        wand.redo()
    assert _on_disk(wand.path, wand.item) == after
    assert _shown(wand.panel) == after


def test_fremde_oder_kaputte_drops_aendern_nichts(qtbot, wand: Pinnwand):
    _board_with_clusters(qtbot, wand)
    before = _on_disk(wand.path, wand.item)
    data = QMimeData()
    data.setText("irgendein Text")
    _drop(wand.board.viewport(), data, _center(wand.board.header_rect(wand.board.column_keys()[1])))
    foreign = wand.board.card_mime("00000000-0000-0000-0000-000000000000")
    _drop(
        wand.board.viewport(), foreign, _center(wand.board.header_rect(wand.board.column_keys()[1]))
    )
    assert _on_disk(wand.path, wand.item) == before
    assert wand.session.undo_stack.count() == 4


def test_karten_per_tastatur_clustern_verschieben_und_zurueck(qtbot, wand: Pinnwand):
    _add_cards(qtbot, wand, ["A", "B", "C"])
    board = wand.board
    _focus(qtbot, wand, board)
    _press(qtbot, Qt.Key.Key_Down)  # erste Karte
    assert board.selected_card() == _card_uuid(wand, "A")
    _press(qtbot, Qt.Key.Key_Down)
    assert board.selected_card() == _card_uuid(wand, "B")
    _press(qtbot, Qt.Key.Key_G, CTRL)  # neuer Cluster aus B
    qtbot.waitUntil(lambda: board.renaming() is not None)
    qtbot.keyClicks(board.editor, "Betriebe")
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)
    assert _on_disk(wand.path, wand.item) == [("", ["A", "C"]), ("Betriebe", ["B"])]
    assert board.hasFocus()

    _press(qtbot, Qt.Key.Key_Left)  # zurück in „Unsortiert“
    _press(qtbot, Qt.Key.Key_Down)
    assert board.selected_card() == _card_uuid(wand, "C")
    _press(qtbot, Qt.Key.Key_Right, CTRL)  # C in „Betriebe“
    assert _on_disk(wand.path, wand.item) == [("", ["A"]), ("Betriebe", ["B", "C"])]
    assert board.selected_card() == _card_uuid(wand, "C")
    _press(qtbot, Qt.Key.Key_Up, CTRL)  # C vor B
    assert _on_disk(wand.path, wand.item) == [("", ["A"]), ("Betriebe", ["C", "B"])]
    _press(qtbot, Qt.Key.Key_Down, CTRL)  # und wieder dahinter
    assert _on_disk(wand.path, wand.item) == [("", ["A"]), ("Betriebe", ["B", "C"])]
    _press(qtbot, Qt.Key.Key_Left, CTRL)  # zurück nach „Unsortiert“
    assert _on_disk(wand.path, wand.item) == [("", ["A", "C"]), ("Betriebe", ["B"])]
    assert _shown(wand.panel) == _on_disk(wand.path, wand.item)

    for expected in (
        [("", ["A"]), ("Betriebe", ["B", "C"])],
        [("", ["A"]), ("Betriebe", ["C", "B"])],
        [("", ["A"]), ("Betriebe", ["B", "C"])],
        [("", ["A", "C"]), ("Betriebe", ["B"])],
        [("", ["A", "C"]), ("", ["B"])],  # Name zurück
        [("", ["A", "B", "C"])],  # Cluster zurück
    ):
        wand.undo()
        assert _on_disk(wand.path, wand.item) == expected
        assert _shown(wand.panel) == expected


def test_cluster_umbenennen_verschieben_loeschen_und_zurueck(qtbot, wand: Pinnwand):
    _board_with_clusters(qtbot, wand)
    board = wand.board
    schule, eltern = board.column_keys()[1:]
    board.select_card(_card_uuid(wand, "A"))
    _focus(qtbot, wand, board)
    _press(qtbot, Qt.Key.Key_Right, CTRL)
    _press(qtbot, Qt.Key.Key_Right, CTRL)
    assert _on_disk(wand.path, wand.item) == [
        ("", ["B", "C", "D"]),
        ("Schule", []),
        ("Eltern", ["A"]),
    ]

    # Kopf wählen (Pfeil nach oben von der ersten Karte), F2, neuer Name.
    _press(qtbot, Qt.Key.Key_Up)
    assert board.selected_cluster() == eltern
    assert wand.panel.target_cluster() == eltern  # neue Karten gingen jetzt hierhin
    _press(qtbot, Qt.Key.Key_F2)
    assert board.renaming() == eltern
    board.editor.selectAll()
    qtbot.keyClicks(board.editor, "Eltern & Familie")
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)
    # Ein zu langer Name wird abgelehnt, der Editor bleibt offen, nichts geht verloren.
    _press(qtbot, Qt.Key.Key_F2)
    board.editor.setText("N" * 201)
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)
    assert board.renaming() == eltern
    assert board.editor.text() == "N" * 201
    assert "200" in wand.panel.message()
    qtbot.keyClick(board.editor, Qt.Key.Key_Escape)
    assert board.renaming() is None
    assert board.hasFocus()

    _press(qtbot, Qt.Key.Key_Left, CTRL)  # Cluster nach links
    assert [c[0] for c in _on_disk(wand.path, wand.item)] == ["", "Eltern & Familie", "Schule"]
    _press(qtbot, Qt.Key.Key_Delete)  # Cluster weg, Karte bleibt
    assert _on_disk(wand.path, wand.item) == [("", ["B", "C", "D", "A"]), ("Schule", [])]
    assert wand.panel.message()
    assert wand.panel.target_cluster() is None

    wand.undo()
    assert _on_disk(wand.path, wand.item) == [
        ("", ["B", "C", "D"]),
        ("Eltern & Familie", ["A"]),
        ("Schule", []),
    ]
    wand.undo()
    assert [c[0] for c in _on_disk(wand.path, wand.item)] == ["", "Schule", "Eltern & Familie"]
    wand.undo()
    assert [c[0] for c in _on_disk(wand.path, wand.item)] == ["", "Schule", "Eltern"]
    wand.redo()
    wand.redo()
    wand.redo()
    assert _on_disk(wand.path, wand.item) == [("", ["B", "C", "D", "A"]), ("Schule", [])]
    assert _shown(wand.panel) == _on_disk(wand.path, wand.item)
    assert schule in board.column_keys()


def test_neue_karten_gehen_in_den_gewaehlten_cluster(qtbot, wand: Pinnwand):
    _board_with_clusters(qtbot, wand)
    eltern = wand.board.column_keys()[2]
    qtbot.mouseClick(
        wand.board.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_center(wand.board.header_rect(eltern)),
    )
    assert wand.panel.target_cluster() == eltern
    _add_cards(qtbot, wand, ["Elterncafé"])
    assert _on_disk(wand.path, wand.item)[2] == ("Eltern", ["Elterncafé"])
    wand.panel.set_target_cluster(None)
    _add_cards(qtbot, wand, ["E"])
    assert _on_disk(wand.path, wand.item)[0] == ("", ["A", "B", "C", "D", "E"])


# ---------------------------------------------------------------- Punkte
def test_punkte_per_tasten_und_klicks_mit_rangliste(qtbot, wand: Pinnwand):
    _add_cards(qtbot, wand, ["A", "B", "C"])
    board = wand.board
    a, b, c = (_card_uuid(wand, t) for t in "ABC")
    board.select_card(a)
    _focus(qtbot, wand, board)
    _press(qtbot, Qt.Key.Key_Plus)
    _press(qtbot, Qt.Key.Key_Plus)
    _press(qtbot, Qt.Key.Key_Plus)
    _press(qtbot, Qt.Key.Key_Minus)
    assert _dots_on_disk(wand.path, wand.item) == {"A": 2, "B": 0, "C": 0}
    _press(qtbot, Qt.Key.Key_Down)
    qtbot.keyClicks(board, "7")  # Ziffer setzt direkt
    assert _dots_on_disk(wand.path, wand.item)["B"] == 7
    _press(qtbot, Qt.Key.Key_Minus)
    _press(qtbot, Qt.Key.Key_Minus)
    assert _dots_on_disk(wand.path, wand.item)["B"] == 5

    # Klicks auf die Punkte-Ecke von C: +1, +1, Umschalt+Klick −1, Rechtsklick −1, +1
    viewport = board.viewport()
    for button, mods in (
        (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
        (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
        (Qt.MouseButton.LeftButton, SHIFT),
        (Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier),
        (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
        (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
    ):
        qtbot.mouseClick(viewport, button, mods, _center(board.dots_rect(c)))
    assert board.selected_card() == c
    assert _dots_on_disk(wand.path, wand.item) == {"A": 2, "B": 5, "C": 2}
    # Ein Klick auf die Karte selbst wählt nur aus.
    qtbot.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        pos=board.card_rect(a).topLeft().toPoint() + QPoint(8, 8),
    )
    assert board.selected_card() == a
    assert _dots_on_disk(wand.path, wand.item)["A"] == 2

    wand.panel.show_ranking(True)
    unsorted = QCoreApplication.translate("CardBoard", "Unsorted")
    assert wand.panel.ranking_rows() == [
        ("1.", "5", "B", unsorted),
        ("2.", "2", "A", unsorted),
        ("2.", "2", "C", unsorted),
    ]
    # Die Rangliste folgt jeder Änderung, ein Klick darin wählt die Karte.
    _press(qtbot, Qt.Key.Key_9)
    assert wand.panel.ranking_rows()[0] == ("1.", "9", "A", unsorted)
    wand.panel.ranking.itemClicked.emit(wand.panel.ranking.topLevelItem(1), 0)
    assert board.selected_card() == b

    # Rückgängig: 9 → 2 bei A, dann die Klicks auf C rückwärts
    wand.undo()
    assert _dots_on_disk(wand.path, wand.item)["A"] == 2
    for expected in (1, 0, 1, 2, 1):
        wand.undo()
        assert _dots_on_disk(wand.path, wand.item)["C"] == expected
    for _ in range(6):
        wand.redo()
    assert _dots_on_disk(wand.path, wand.item) == {"A": 9, "B": 5, "C": 2}
    assert [card.dots for card in board.cards_in(UNSORTED)] == [9, 5, 2]


def test_zwei_ziffern_schnell_hintereinander_ergeben_eine_zahl(qtbot, wand: Pinnwand):
    _add_cards(qtbot, wand, ["A"])
    wand.board.select_card(_card_uuid(wand, "A"))
    qtbot.keyClicks(wand.board, "23")
    assert _dots_on_disk(wand.path, wand.item) == {"A": 23}


# ---------------------------------------------------------------- bearbeiten, Ziel, löschen
def test_karte_bearbeiten_mit_ziel_und_geloeschtem_ziel(qtbot, wand: Pinnwand):
    goal, _ = wand.session.canvas.add_goal(
        draft=GoalDraft(
            level=GoalLevel.PROJECT, statement="Weniger Abbrüche", target_group="Azubis"
        )
    )
    _add_cards(qtbot, wand, ["Patenschaften"])
    uuid = _card_uuid(wand, "Patenschaften")
    wand.board.select_card(uuid)
    _focus(qtbot, wand, wand.board)

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, CardDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.goal_combo.currentIndex() == 0  # (kein Ziel)
        dialog.text_edit.setPlainText("Patenschaften für Azubis")
        dialog.author_edit.setText("Tisch 1")
        dialog.colour_combo.setCurrentIndex(list(CardColour).index(CardColour.BLUE))
        dialog.goal_combo.setCurrentIndex(dialog.goal_combo.findData(goal.uuid))
        dialog.dots_spin.setValue(3)
        dialog.accept()

    on_next_modal(edit)
    _press(qtbot, Qt.Key.Key_F2)
    with read_back(wand.path) as document:
        card = EventService(document).card(uuid)
    assert card is not None
    assert (card.text, card.author, card.colour, card.goal_uuid, card.dots) == (
        "Patenschaften für Azubis",
        "Tisch 1",
        CardColour.BLUE,
        goal.uuid,
        3,
    )
    assert wand.board.goal_text(goal.uuid) == "Weniger Abbrüche"

    # Das Ziel wird im Canvas gelöscht: die Karte zeigt „(gelöschtes Ziel)“.
    wand.session.push(canvas_commands.delete_goal(wand.session, goal))
    deleted = QCoreApplication.translate("BoardPanel", "(deleted goal)")
    assert wand.board.goal_text(goal.uuid) == deleted

    def check(dialog: QWidget) -> None:
        assert isinstance(dialog, CardDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.goal_combo.currentText() == QCoreApplication.translate(
            "BoardPanel", "(deleted goal)"
        )
        assert dialog.goal_combo.currentData() == goal.uuid
        dialog.reject()

    on_next_modal(check)
    _focus(qtbot, wand, wand.board)  # nach dem Dialog ist das Fenster wieder aktiv
    _press(qtbot, Qt.Key.Key_Return)

    wand.undo()  # Ziel wieder da
    assert wand.board.goal_text(goal.uuid) == "Weniger Abbrüche"
    wand.undo()  # Bearbeitung (ein Schritt mit den Punkten)
    with read_back(wand.path) as document:
        card = EventService(document).card(uuid)
    assert card is not None
    assert (card.text, card.author, card.goal_uuid, card.dots) == ("Patenschaften", "", None, 0)
    wand.redo()
    assert _dots_on_disk(wand.path, wand.item) == {"Patenschaften für Azubis": 3}


def test_karte_loeschen_und_wiederherstellen(qtbot, wand: Pinnwand):
    _add_cards(qtbot, wand, ["A", "B", "C"])
    wand.board.select_card(_card_uuid(wand, "B"))
    _focus(qtbot, wand, wand.board)
    _press(qtbot, Qt.Key.Key_Delete)
    assert _on_disk(wand.path, wand.item) == [("", ["A", "C"])]
    assert wand.board.selected_card() == _card_uuid(wand, "C")  # Auswahl rückt weiter
    assert wand.panel.message()
    wand.undo()
    assert _on_disk(wand.path, wand.item) == [("", ["A", "B", "C"])]
    assert _shown(wand.panel) == [("", ["A", "B", "C"])]
    wand.redo()
    assert _on_disk(wand.path, wand.item) == [("", ["A", "C"])]
    # Hinzufügen rückgängig und wieder her
    wand.undo()
    for expected in (["A", "B"], ["A"], []):
        wand.undo()
        assert _on_disk(wand.path, wand.item) == [("", expected)]
    wand.redo()
    assert _shown(wand.panel) == [("", ["A"])]


# ---------------------------------------------------------------- Tagesordnung, Signale, Zoom
def test_tagesordnungspunkt_wechseln_und_signale(qtbot, wand: Pinnwand):
    _add_cards(qtbot, wand, ["Auf Thema 1"])
    panel = wand.panel
    assert panel.current_item_uuid() == wand.items[0]
    assert [panel.item_combo.itemText(i) for i in range(2)] == ["1. Thema 1", "2. Thema 2"]
    changed: list[str] = []
    panel.item_changed.connect(changed.append)
    panel.show_item(wand.items[1])  # vom Live-Lauf: kein item_changed
    assert panel.current_item_uuid() == wand.items[1]
    assert changed == []
    assert panel.board.card_count() == 0
    _add_cards(qtbot, wand, ["Auf Thema 2"])
    assert _on_disk(wand.path, wand.items[1]) == [("", ["Auf Thema 2"])]
    panel.item_combo.activated.emit(0)  # die Moderatorin wählt selbst
    assert changed == [wand.items[0]]
    assert _shown(panel) == [("", ["Auf Thema 1"])]
    panel.show_item("unbekannt")
    assert panel.current_item_uuid() == wand.items[0]

    selected: list[str] = []
    panel.card_selected.connect(selected.append)
    uuid = _card_uuid(wand, "Auf Thema 1")
    qtbot.mouseClick(
        panel.board.viewport(), Qt.MouseButton.LeftButton, pos=_center(panel.board.card_rect(uuid))
    )
    assert selected == [uuid]
    assert panel.current_card_uuid() == uuid
    panel.board.select_card(None)
    assert selected == [uuid, ""]


def test_zoom_per_tastatur_zwischen_0_8_und_2(qtbot, wand: Pinnwand):
    _add_cards(qtbot, wand, ["Zoom"])
    _focus(qtbot, wand, wand.board)
    before = wand.board.card_rect(_card_uuid(wand, "Zoom")).width()
    for _ in range(10):
        _press(qtbot, Qt.Key.Key_Plus, CTRL)
    assert wand.board.zoom() == 2.0
    assert wand.board.card_rect(_card_uuid(wand, "Zoom")).width() == pytest.approx(2 * before)
    _press(qtbot, Qt.Key.Key_0, CTRL)
    assert wand.board.zoom() == 1.0
    for _ in range(10):
        _press(qtbot, Qt.Key.Key_Minus, CTRL)
    assert wand.board.zoom() == 0.8
    assert _dots_on_disk(wand.path, wand.item) == {"Zoom": 0}  # Strg+− ist kein Punkt


def test_sitzung_ohne_tagesordnung_zeigt_einen_hinweis(qtbot, languages, network_file: Path):
    env = _open(qtbot, network_file, agenda=0)
    try:
        assert env.panel.stack.currentWidget() is env.panel.empty_label
        assert env.panel.empty_label.text().startswith("Diese Sitzung hat noch keine")
        assert env.panel.current_item_uuid() is None
        assert not env.panel.add_card_from_entry()
        # Ein Punkt kommt dazu: die Pinnwand erscheint.
        env.session.push(
            event_commands.add_agenda_item(
                env.session, env.session_uuid, AgendaItemDraft(title="Neu")
            )
        )
        assert env.panel.stack.currentIndex() == 1
        assert env.panel.current_item_uuid() is not None
    finally:
        env.panel.set_context(None, None)
        env.session.close()


def test_schreibgeschuetzte_datei_zeigt_die_pinnwand_ohne_bearbeitung(
    qtbot, languages, network_file: Path
):
    with Document.open(network_file) as document:
        events = EventService(document)
        session, _ = events.add_session(
            draft=SessionDraft(format=SessionFormat.WORKSHOP, title="Workshop"),
            agenda=[AgendaItemDraft(title="Sammeln")],
        )
        item = events.agenda(session.uuid)[0].uuid
        events.add_card(agenda_item_uuid=item, draft=CardDraft(text="Bleibt wie sie ist"))
    env = _open(qtbot, network_file, read_only=True)
    try:
        panel, board = env.panel, env.board
        assert not panel.entry_row.isVisible()
        assert panel.read_only_label.isVisible()
        assert _shown(panel) == [("", ["Bleibt wie sie ist"])]
        board.select_card(board.cards_in(UNSORTED)[0].uuid)
        _focus(qtbot, env, board)
        for key in (Qt.Key.Key_Plus, Qt.Key.Key_5, Qt.Key.Key_Delete, Qt.Key.Key_F2):
            _press(qtbot, key)
        _press(qtbot, Qt.Key.Key_G, CTRL)
        _press(qtbot, Qt.Key.Key_Right, CTRL)
        qtbot.mouseClick(
            board.viewport(),
            Qt.MouseButton.LeftButton,
            pos=_center(board.dots_rect(board.selected_card())),
        )
        _drop(
            board.viewport(), board.card_mime(board.selected_card()), board.new_cluster_drop_point()
        )
        assert env.session.undo_stack.count() == 0
        assert _on_disk(network_file, item) == [("", ["Bleibt wie sie ist"])]
        assert board.cards_in(UNSORTED)[0].dots == 0
    finally:
        env.panel.set_context(None, None)
        env.session.close()


def test_aenderungen_von_aussen_erscheinen_auf_der_pinnwand(qtbot, wand: Pinnwand):
    """Andere Reiter (oder der Beamer-Modus) ändern Karten: die Pinnwand folgt, auch bei
    vielen Karten auf einmal und wenn sie gerade nicht sichtbar war."""
    _add_cards(qtbot, wand, ["A"])
    wand.session.push(event_commands.add_card(wand.session, wand.item, CardDraft(text="B")))
    assert _shown(wand.panel) == [("", ["A", "B"])]
    wand.panel.hide()
    wand.session.push(event_commands.add_card(wand.session, wand.item, CardDraft(text="C")))
    wand.panel.show()
    assert _shown(wand.panel) == [("", ["A", "B", "C"])]
    # Auf einem anderen TOP entstandene Karten erscheinen hier nicht.
    wand.session.push(event_commands.add_card(wand.session, wand.items[1], CardDraft(text="X")))
    assert _shown(wand.panel) == [("", ["A", "B", "C"])]
    # Verborgen (anderer Reiter) folgt sie dem Live-Lauf und liest beim Zeigen nach.
    wand.panel.hide()
    wand.panel.show_item(wand.items[1])
    assert wand.panel.current_item_uuid() == wand.items[1]
    wand.panel.show()
    assert _shown(wand.panel) == [("", ["X"])]


def test_cluster_per_drag_am_kopf_umsortieren_und_per_kontextmenue(qtbot, wand: Pinnwand):
    for name in ("Schule", "Eltern", "Daten"):
        wand.events.add_cluster(agenda_item_uuid=wand.item, name=name)
    wand.panel.reload()
    board = wand.board
    schule, eltern, daten = board.column_keys()[1:]
    # „Daten“ auf den Kopf von „Schule“: an dessen Platz
    _drop(board.viewport(), board.cluster_mime(daten), _center(board.header_rect(schule)))
    assert [c[0] for c in _on_disk(wand.path, wand.item)] == ["", "Daten", "Schule", "Eltern"]
    # „Daten“ auf „Neuer Cluster“: ans Ende
    _drop(board.viewport(), board.cluster_mime(daten), board.new_cluster_drop_point())
    assert [c[0] for c in _on_disk(wand.path, wand.item)] == ["", "Schule", "Eltern", "Daten"]
    # Kontextmenü des Kopfes: nach rechts
    menu = wand.panel.context_menu("cluster", schule)
    assert menu is not None
    move_right = QCoreApplication.translate("BoardPanel", "Move right")
    next(a for a in menu.actions() if a.text().startswith(move_right)).trigger()
    assert [c[0] for c in _on_disk(wand.path, wand.item)] == ["", "Eltern", "Schule", "Daten"]
    # und das einer Karte: löschen
    _add_cards(qtbot, wand, ["Weg damit"])
    menu = wand.panel.context_menu("card", _card_uuid(wand, "Weg damit"))
    assert menu is not None
    delete = QCoreApplication.translate("BoardPanel", "Delete card")
    next(a for a in menu.actions() if a.text().startswith(delete)).trigger()
    assert _on_disk(wand.path, wand.item)[0] == ("", [])
    wand.undo()
    wand.undo()
    for expected in (
        ["", "Schule", "Eltern", "Daten"],
        ["", "Daten", "Schule", "Eltern"],
        ["", "Schule", "Eltern", "Daten"],
    ):
        wand.undo()
        assert [c[0] for c in _on_disk(wand.path, wand.item)] == expected
        assert [c[0] for c in _shown(wand.panel)] == expected
    assert board.column_keys()[1:] == [schule, eltern, daten]


def test_tippen_auf_der_pinnwand_landet_in_der_eingabezeile(qtbot, wand: Pinnwand):
    _add_cards(qtbot, wand, ["A"])
    board = wand.board
    board.select_card(_card_uuid(wand, "A"))
    _focus(qtbot, wand, board)
    _press(qtbot, Qt.Key.Key_N)  # ein Buchstabe: zurück in die Eingabezeile
    assert wand.panel.entry.hasFocus()
    assert wand.panel.entry.text() == "n"
    qtbot.keyClicks(wand.panel.entry, "eue Idee")
    _press(qtbot, Qt.Key.Key_Return)
    assert _on_disk(wand.path, wand.item) == [("", ["A", "neue Idee"])]
    _press(qtbot, Qt.Key.Key_Down)  # Pfeil runter: auf die Pinnwand
    assert board.hasFocus()
    _press(qtbot, Qt.Key.Key_Escape)  # und zurück
    assert wand.panel.entry.hasFocus()


def test_live_lauf_wechselt_den_punkt_nicht_unter_der_hand(qtbot, wand: Pinnwand):
    """Ein Tagesordnungspunkt wird gestartet oder umbenannt: die Pinnwand bleibt, wo sie
    ist (den Wechsel macht der Arbeitsbereich mit show_item)."""
    _add_cards(qtbot, wand, ["A"])
    item = wand.events.agenda_item(wand.items[1])
    assert item is not None
    wand.session.push(event_commands.start_item(wand.session, item))
    wand.session.push(
        event_commands.edit_agenda_item(
            wand.session, wand.events.agenda_item(wand.items[0]), AgendaItemDraft(title="Sammeln")
        )
    )
    assert wand.panel.current_item_uuid() == wand.items[0]
    assert wand.panel.item_combo.itemText(0) == "1. Sammeln"
    assert wand.panel.item_combo.itemText(1).startswith("2. Thema 2 – ")
    assert _shown(wand.panel) == [("", ["A"])]
    # Wird der gezeigte Punkt gelöscht, zeigt sie den laufenden.
    wand.session.push(
        event_commands.delete_agenda_item(wand.session, wand.events.agenda_item(wand.items[0]))
    )
    assert wand.panel.current_item_uuid() == wand.items[1]
    assert _shown(wand.panel) == [("", [])]
    wand.undo()
    wand.panel.show_item(wand.items[0])
    assert _shown(wand.panel) == [("", ["A"])]
