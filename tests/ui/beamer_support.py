"""Beamer test support: a Fachtag like the demo's, and real screen hot-plug offscreen.

``build_fachtag`` writes an event with a plenary and four round tables (~300 cards in
clusters, with dots) through ``EventService``, comparable to the demo's Fachtag.

``set_offscreen_screens`` changes the screens of the running offscreen platform through
its own configuration call (``QOffscreenPlatformNativeInterface::setConfiguration``, the
call Qt's tests use): removing a screen from the configuration makes Qt emit
``screenRemoved`` exactly as when a beamer cable is pulled. PySide6 does not expose the
platform native interface, so the call goes through ctypes (x86-64 Linux only).

Run as a script (``python -m tests.ui.beamer_support OUT.json``) under
``QT_QPA_PLATFORM=offscreen:configfile=screens.json`` it plays the two-screen scenario
and writes what it saw to OUT.json for ``tests/ui/test_beamer.py``.
"""

from __future__ import annotations

import ctypes
import json
import os
import platform
import sys
from pathlib import Path
from typing import Any

from ciworkshop.domain.events import (
    AgendaItemDraft,
    CardColour,
    CardDraft,
    EventDraft,
    SessionDraft,
    SessionFormat,
)
from ciworkshop.services.events import EventService

SCREENS: dict[str, Any] = {
    "screens": [
        {"name": "A-LAPTOP", "x": 0, "y": 0, "width": 1280, "height": 800,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "B-BEAMER", "x": 1280, "y": 0, "width": 1024, "height": 768,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    ]
}  # fmt: skip

# ---------------------------------------------------------------- the Fachtag
PLENARY_CARDS = (
    "Mehr Praxis in der Berufsorientierung",
    "Eltern früher einbeziehen",
    "Eine Ansprechperson für jede*n Jugendliche*n",
    "Busverbindungen zu den Gewerbegebieten verbessern",
    "Daten zum Verbleib nach der Schule fehlen",
    "Betriebe kennen die Angebote der Jugendhilfe kaum",
    "Sprachförderung auch während der Ausbildung",
    "Gemeinsamer Jahresplan der Berufsorientierung",
    "Doppelte Angebote an derselben Schule vermeiden",
    "Jugendliche selbst fragen: Jugendreporter*innen",
    "Kurze Wege zwischen Schule und Arbeitsagentur",
    "Praktikumsbörse für den ganzen Landkreis",
    "Ausbildungsbotschafter*innen aus den Betrieben in die Klassen holen",
    "Förderschulen gezielt mitdenken",
    "Übergangsmanagement als Pflichtaufgabe der Kommune",
    "Erfolge sichtbar machen – auch kleine",
    "Gemeinsame Sprache für Wirkungsziele finden",
    "Lehrkräfte brauchen Zeit für Kooperation",
    "Digitale Berufsorientierung ergänzt, ersetzt aber nicht das Praktikum",
    "Wer fehlt heute im Raum?",
)

TABLES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "Tisch 1: Berufsorientierung an Schulen",
        "Wie erreicht Berufsorientierung alle Jugendlichen ab Klasse 8?",
        ("Praxis", "Schule", "Eltern", "Betriebe"),
        (
            "Zwei Praktika pro Schuljahr ab Klasse 8",
            "Praxistage in Handwerksbetrieben",
            "Berufsorientierungsmaßnahmen besser abstimmen",
            "Schnupperwochen in der Pflege",
            "Ein fester Berufsorientierungstag pro Monat",
            "Werkstatttage auch für Gymnasien",
            "Lehrkräfte machen selbst ein Betriebspraktikum",
            "Berufswahlpass verbindlich nutzen",
            "Berufsorientierung im Lehrplan verankern",
            "Kooperationsvereinbarungen zwischen Schule und Betrieb",
            "Elternabende mit Azubis statt mit Folien",
            "Mehrsprachige Infos für Eltern",
            "Eltern als Expert*innen ihres Berufs einladen",
            "Hausbesuche durch Übergangscoaches",
            "Betriebe öffnen ihre Türen am Samstag",
            "Ausbildungsmesse direkt in der Schule",
            "Azubis erzählen im Unterricht von ihrem Alltag",
            "Kleine Betriebe brauchen Unterstützung bei der Praktikumsbetreuung",
            "Praktikumsplätze in einer gemeinsamen Datenbank",
            "Rückmeldung der Betriebe an die Schulen nach dem Praktikum",
            "Potenzialanalyse früher und mit Nachbereitung",
            "Jugendliche mit Förderbedarf brauchen längere Praktika",
            "Berufseinstiegsbegleitung für alle, die sie brauchen",
            "Mentoring durch ehemalige Schüler*innen",
            "Zeit im Stundenplan für Bewerbungstraining",
            "Bewerbungsfotos kostenlos in der Schule",
            "Informationsveranstaltungen der Kammern bündeln",
            "Girls’ und Boys’ Day nachbereiten",
            "Berufsorientierung auch in der Ganztagsbetreuung",
            "Schulsozialarbeit in die Berufsorientierung einbinden",
            "Ausbildungsplatzsuchende früher erreichen",
            "Erfahrungen aus dem Praktikum im Unterricht auswerten",
            "Mehr Zeit für Einzelgespräche",
            "Feste Ansprechperson der Arbeitsagentur an jeder Schule",
            "Bewerbungsphase nicht in die Prüfungszeit legen",
        ),
    ),
    (
        "Tisch 2: Übergänge für neu Zugewanderte",
        "Wie beginnen neu zugewanderte Jugendliche innerhalb eines Jahres eine Ausbildung?",
        ("Sprache", "Anerkennung", "Begleitung", "Betriebe"),
        (
            "Sprachkurse mit Berufsbezug",
            "Berufssprachkurse während der Ausbildung",
            "Sprachmittler*innen für Elterngespräche",
            "Anerkennung ausländischer Zeugnisse beschleunigen",
            "Beratung zur Anerkennung an einem Ort",
            "Einstiegsqualifizierung als Brücke nutzen",
            "Patenschaften mit Auszubildenden",
            "Willkommenslots*innen in den Betrieben",
            "Ausbildungsbegleitende Hilfen bekannter machen",
            "Aufenthaltsrechtliche Fragen früh klären",
            "Ausländerbehörde in den Verbund holen",
            "Teilzeitausbildung für junge Eltern",
            "Unterkunft in der Nähe des Ausbildungsbetriebs",
            "Mobilitätshilfen für den Weg zur Berufsschule",
            "Berufsschulunterricht mit Sprachförderung",
            "Betriebe zu interkultureller Ausbildung beraten",
            "Ausbildungsabbrüche früh erkennen",
            "Coaching auch nach Vertragsabschluss",
            "Kompetenzfeststellung in der Herkunftssprache",
            "Praktika vor dem Ausbildungsbeginn",
            "Informationen in einfacher Sprache",
            "Familien über das duale System informieren",
            "Peer-Beratung durch junge Zugewanderte",
            "Integrationskurse und Berufsorientierung verzahnen",
            "Ansprechperson im Jobcenter für unter 25-Jährige",
            "Arbeitsgelegenheiten sinnvoll mit Ausbildung verbinden",
            "Vorbilder sichtbar machen",
            "Digitale Lernangebote für Fachbegriffe",
            "Nachhilfe in Mathematik für die Berufsschule",
            "Betriebliche Ausbilder*innen schulen",
        ),
    ),
    (
        "Tisch 3: Mobilität im ländlichen Raum",
        "Wie erreichen Jugendliche aus den Ortsteilen Praktikum und Ausbildung in 45 Minuten?",
        ("Bus und Bahn", "Alternativen", "Betriebe", "Kosten"),
        (
            "Frühbus zur Berufsschule ab 6:15 Uhr",
            "Taktverdichtung an Schultagen",
            "Anrufsammeltaxi auch für Azubis",
            "Azubi-Ticket für den ganzen Landkreis",
            "Fahrtkostenzuschuss ohne Antragsformulare",
            "Mitfahrbörse der Betriebe",
            "E-Bikes zum Ausleihen für Azubis",
            "Führerschein-Zuschuss für Auszubildende",
            "Betriebe bieten Werksbus an",
            "Ausbildungsplätze in den Ortsteilen sichtbar machen",
            "Blockunterricht statt Teilzeitunterricht an der Berufsschule",
            "Wohnheimplätze für Auszubildende",
            "Fahrpläne mit Schichtzeiten abstimmen",
            "Rufbus per App bestellen",
            "Sichere Radwege zu den Gewerbegebieten",
            "Mobilitätsberatung in der Schule",
            "Landkreis prüft Schülerbeförderung für Praktika",
            "Praktika in Wohnortnähe vermitteln",
            "Betriebe zahlen Fahrtkosten im Praktikum",
            "Kooperation mit dem Verkehrsverbund",
            "Daten zu Fahrzeiten aus allen Ortsteilen erheben",
            "Jugendliche testen ihre Wege und berichten",
            "Digitale Berufsschulangebote für Randzeiten",
            "Gemeinsame Fahrgemeinschaften organisieren",
            "Nachtbus am Wochenende für Azubis in der Gastronomie",
        ),
    ),
    (
        "Tisch 4: Zusammenarbeit im Verbund",
        "Was brauchen wir, damit die Zusammenarbeit verbindlich und vertrauensvoll bleibt?",
        ("Rollen", "Kommunikation", "Daten", "Ressourcen"),
        (
            "Rollen im Verbund klären",
            "Wer entscheidet was? Eine Übersicht",
            "Steuerungskreis tagt öffentlich einmal im Jahr",
            "Protokolle innerhalb einer Woche verschicken",
            "Regelmäßiger Newsletter des Backbone-Teams",
            "Gemeinsamer Kalender aller Angebote",
            "Ein Austauschtreffen pro Quartal",
            "Konflikte offen ansprechen",
            "Erfolge gemeinsam feiern",
            "Datenschutz-Vereinbarung für den Datenaustausch",
            "Wirkungs-Dashboard zweimal im Jahr aktualisieren",
            "Indikatoren gemeinsam auswählen",
            "Verbleibsbefragung mit allen Schulen",
            "Ergebnisse auch an Jugendliche zurückmelden",
            "Finanzierung des Backbone-Teams langfristig sichern",
            "Stunden für die Verbundarbeit freistellen",
            "Fördermittel gemeinsam beantragen",
            "Neue Partner gezielt ansprechen",
            "Wirtschaft stärker beteiligen",
            "Kurze Entscheidungswege",
            "Transparenz über Budgets",
            "Check-up jedes Jahr wiederholen",
            "Einarbeitung für neue Verbundpartner",
            "Gemeinsames Leitbild sichtbar aufhängen",
            "Auswärtsspiel bei einem anderen Netzwerk",
        ),
    ),
)

COLOURS = (CardColour.YELLOW, CardColour.GREEN, CardColour.BLUE, CardColour.PINK)
AUTHORS = ("Gruppe Rot", "Gruppe Blau", "Kammer-Team", "Jugendhilfe-Team", "Schulleitung Süd", "")


def build_fachtag(events: EventService) -> dict[str, Any]:
    """The Fachtag: a plenary and four round tables with clustered, voted boards.

    Returns the UUIDs a test needs: ``event``, ``plenary``, ``tables`` (session UUIDs),
    ``boards`` (agenda item UUID → card count), ``table_board`` (the first table's idea
    board), ``card`` (a card on it) and ``cards`` (how many cards in all)."""
    event, _ = events.add_event(
        draft=EventDraft(title="Fachtag Übergang Schule–Beruf 2026", date="2026-03-12",
                         place="Kreishaus Hellental")
    )  # fmt: skip
    ids: dict[str, Any] = {"event": event.uuid, "tables": [], "boards": {}}
    plenary, _ = events.add_session(
        draft=SessionDraft(
            format=SessionFormat.PLENARY,
            title="Plenum: Wo steht der Verbund?",
            event_uuid=event.uuid,
            date="2026-03-12",
            start_time="09:30",
            guiding_question="Was muss sich im Übergang Schule–Beruf ändern?",
        ),
        agenda=[
            AgendaItemDraft("Begrüßung und Ziele des Tages", 15),
            AgendaItemDraft("Wo der Verbund steht", 30),
            AgendaItemDraft("Stimmen aus dem Raum", 30),
            AgendaItemDraft("Ausblick auf die Tische", 10),
        ],
    )
    ids["plenary"] = plenary.uuid
    plenary_items = events.agenda(plenary.uuid)
    total = 0
    total += _fill_board(events, plenary_items[2].uuid, PLENARY_CARDS * 3, (), ids)
    for title, question, clusters, texts in TABLES:
        table, _ = events.add_session(
            draft=SessionDraft(
                format=SessionFormat.ROUND_TABLE,
                title=title,
                event_uuid=event.uuid,
                date="2026-03-12",
                start_time="10:45",
                place=title.split(":")[0],
                facilitator="Moderation (nicht für den Beamer)",
                guiding_question=question,
            ),
            agenda=[
                AgendaItemDraft("Vorstellungsrunde", 10),
                AgendaItemDraft("Ideen sammeln", 25),
                AgendaItemDraft("Clustern und punkten", 20),
                AgendaItemDraft("Nächste Schritte vereinbaren", 15),
            ],
        )
        ids["tables"].append(table.uuid)
        items = events.agenda(table.uuid)
        total += _fill_board(events, items[1].uuid, texts, clusters, ids)
        total += _fill_board(events, items[3].uuid, texts, (), ids)
    ids["table_board"] = events.agenda(ids["tables"][0])[1].uuid
    ids["card"] = events.board(ids["table_board"]).cards()[0].uuid
    ids["cards"] = total
    return ids


def _fill_board(
    events: EventService,
    item_uuid: str,
    texts: tuple[str, ...],
    clusters: tuple[str, ...],
    ids: dict[str, Any],
) -> int:
    cluster_uuids = [
        events.add_cluster(agenda_item_uuid=item_uuid, name=name)[0].uuid for name in clusters
    ]
    for index, text in enumerate(texts):
        cluster = cluster_uuids[index % len(cluster_uuids)] if cluster_uuids else None
        card, _ = events.add_card(
            agenda_item_uuid=item_uuid,
            draft=CardDraft(
                text=text,
                author=AUTHORS[index % len(AUTHORS)],
                colour=COLOURS[index % len(COLOURS)],
            ),
            cluster_uuid=cluster,
        )
        if index % 3 == 0:
            events.set_dots(uuid=card.uuid, dots=(index * 7) % 13)
    ids["boards"][item_uuid] = len(texts)
    return len(texts)


# ---------------------------------------------------------------- offscreen screens
def set_offscreen_screens(configuration: dict[str, Any]) -> None:
    """Give the running offscreen platform these screens (added/removed ones are
    announced through QGuiApplication.screenAdded/screenRemoved)."""
    if platform.machine() not in {"x86_64", "AMD64"} or not sys.platform.startswith("linux"):
        raise RuntimeError("set_offscreen_screens needs x86-64 Linux")
    import PySide6

    lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    gui = ctypes.CDLL(str(lib / "libQt6Gui.so.6"))
    core = ctypes.CDLL(str(lib / "libQt6Core.so.6"))
    native = gui._ZN15QGuiApplication23platformNativeInterfaceEv
    native.restype = ctypes.c_void_p
    interface = native()
    # The slot of the virtual nativeResourceForIntegration(QByteArray) in the vtable.
    base = ctypes.cast(
        gui._ZN24QPlatformNativeInterface28nativeResourceForIntegrationERK10QByteArray,
        ctypes.c_void_p,
    ).value
    base_table = ctypes.cast(gui._ZTV24QPlatformNativeInterface, ctypes.POINTER(ctypes.c_void_p))
    slot = next(i for i in range(2, 80) if base_table[i] == base) - 2
    table = ctypes.cast(interface, ctypes.POINTER(ctypes.c_void_p))[0]
    function = ctypes.cast(table, ctypes.POINTER(ctypes.c_void_p))[slot]
    resource = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(function)

    byte_array = core._ZN10QByteArrayC1EPKcx
    byte_array.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_longlong]
    # QByteArray's destructor is inline; clear() releases the same data.
    free_bytes = core._ZN10QByteArray5clearEv
    free_bytes.argtypes = [ctypes.c_void_p]
    from_json = core._ZN13QJsonDocument8fromJsonERK10QByteArrayP15QJsonParseError
    from_json.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
    free_document = core._ZN13QJsonDocumentD1Ev
    free_document.argtypes = [ctypes.c_void_p]
    to_object = core._ZNK13QJsonDocument6objectEv
    to_object.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    free_object = core._ZN11QJsonObjectD1Ev
    free_object.argtypes = [ctypes.c_void_p]

    name = ctypes.create_string_buffer(64)
    raw = json.dumps(configuration).encode()
    text = ctypes.create_string_buffer(64)
    document = ctypes.create_string_buffer(64)
    config = ctypes.create_string_buffer(64)
    byte_array(name, b"setConfiguration", len(b"setConfiguration"))
    byte_array(text, raw, len(raw))
    try:
        setter = resource(interface, ctypes.addressof(name))
        if not setter:
            raise RuntimeError("the platform is not offscreen")
        from_json(document, text, None)
        to_object(config, document)
        ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)(setter)(
            ctypes.addressof(config), interface
        )
        free_object(config)
        free_document(document)
    finally:
        free_bytes(text)
        free_bytes(name)


# ---------------------------------------------------------------- the two-screen scenario
def _visible_windows_on_screens() -> list[str]:
    """Top-level windows shown outside every screen (should be none)."""
    from PySide6.QtWidgets import QApplication

    screens = [s.geometry() for s in QApplication.screens()]
    return [
        w.objectName() or type(w).__name__
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and not any(s.intersects(w.geometry()) for s in screens)
    ]


def _wait_until(condition: Any) -> None:
    from PySide6.QtTest import QTest

    for _ in range(200):
        if condition():
            return
        QTest.qWait(10)


def run_two_screens(out: Path) -> int:
    from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ciworkshop.store.document import Document
    from ciworkshop.ui.beamer.scenes import View
    from ciworkshop.ui.fonts import load_bundled_fonts
    from ciworkshop.ui.i18n import LanguageManager
    from ciworkshop.ui.main_window import MainWindow
    from ciworkshop.ui.session import DocumentSession
    from ciworkshop.ui.settings import Settings

    warnings: list[str] = []

    def on_message(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and "propagateSizeHints" not in message:
            warnings.append(message)

    qInstallMessageHandler(on_message)
    app = QApplication([])
    load_bundled_fonts(app)
    languages = LanguageManager()
    languages.set_language("de")
    folder = out.parent
    report: dict[str, Any] = {"warnings": warnings}
    report["screens"] = [s.name() for s in app.screens()]
    report["primary"] = app.primaryScreen().name()
    path = folder / "Fachtag.ciw"
    with Document.create(path, network_name="Zukunftswege Hellental") as document:
        ids = build_fachtag(EventService(document))
    settings = Settings(folder / "settings.ini")
    window = MainWindow(settings, languages)
    window.show()
    window.files.open_path(path)
    session = window.session
    assert isinstance(session, DocumentSession)
    controller = window.beamer
    controller.set_focus(ids["tables"][0], ids["table_board"])
    controller.set_view(View.BOARD)

    controller.start_presenting()
    app.processEvents()
    audience = controller.audience
    handle = audience.windowHandle()
    report["started"] = {
        "presenting": controller.is_presenting(),
        "geometry": audience.geometry().getRect(),
        "screen": handle.screen().name() if handle else "",
        "full_screen": audience.isFullScreen(),
        "remembered": settings.beamer_screen,
        "main_window_active": window.isActiveWindow(),
    }
    # Typing "b" on the laptop while presenting types a b.
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit()
    window.statusBar().addWidget(edit)
    window.activateWindow()
    _wait_until(window.isActiveWindow)
    edit.setFocus()
    _wait_until(edit.hasFocus)
    QTest.keyClicks(edit, "b")
    report["typing"] = {
        "text": edit.text(),
        "black": controller.scene.black,
        "presenting": controller.is_presenting(),
    }
    audience.activateWindow()
    _wait_until(audience.isActiveWindow)
    QTest.keyClick(audience, Qt.Key.Key_B)
    black_after_b = controller.scene.black
    QTest.keyClick(audience, Qt.Key.Key_B)
    report["black"] = [black_after_b, controller.scene.black]

    # The beamer switches to another resolution: the window fills it again.
    resized = json.loads(json.dumps(SCREENS))
    resized["screens"][1].update(width=1280, height=800)
    set_offscreen_screens(resized)
    app.processEvents()
    layout = controller.scene.layout(controller.scene_size())
    report["resized"] = {
        "geometry": audience.geometry().getRect(),
        "layout": [layout.width, layout.height],
        "presenting": controller.is_presenting(),
    }
    set_offscreen_screens(SCREENS)
    app.processEvents()

    set_offscreen_screens({"screens": SCREENS["screens"][:1]})
    app.processEvents()
    report["unplugged"] = {
        "screens": [s.name() for s in app.screens()],
        "presenting": controller.is_presenting(),
        "audience_visible": audience.isVisible(),
        "off_screen_windows": _visible_windows_on_screens(),
        "status": window.statusBar().currentMessage(),
        "console_notice": controller.console().notice_label.text(),
    }

    set_offscreen_screens(SCREENS)
    app.processEvents()
    handle = audience.windowHandle()
    report["replugged"] = {
        "screens": [s.name() for s in app.screens()],
        "presenting": controller.is_presenting(),
        "audience_visible": audience.isVisible(),
        "geometry": audience.geometry().getRect(),
        "screen": handle.screen().name() if handle else "",
        "status": window.statusBar().currentMessage(),
    }
    QTest.keyClick(audience, Qt.Key.Key_Escape)
    report["stopped"] = {
        "presenting": controller.is_presenting(),
        "audience_visible": audience.isVisible(),
    }
    window.close()
    app.processEvents()
    out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_API", "pyside6")
    raise SystemExit(run_two_screens(Path(sys.argv[1])))
