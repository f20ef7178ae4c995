"""Demo data for ciworkshop: the events and sessions of the demo network
„Zukunftswege Hellental“ (see demo_data.py for its actors, people and canvas).

All content is fictional: the Fachtag of 12 March 2026 in the Kreishaus Hellental
(a plenary and four round tables), two meetings of the steering committee
(Steuerungskreis) around it and the check-up of 24 November 2026. Guests typed in on
the spot are invented too.

Plain constants only (and the TypedDicts describing them), so the module loads
anywhere without side effects. People are named as in demo_data.PERSONS, actors by
their key in demo_data.ACTORS, impact goals by a key of GOALS.

At each vote every participant had the same number of dots (six or eight at the round
tables, two in the steering committee), so a board's dots add up to a multiple of the
people present. Colour of the cards at the round tables, as agreed in the room: green
„Das läuft schon gut“, pink „Da hakt es“, yellow „Unser Vorschlag“, orange „Offene
Frage“; blue cards carry the results of the tables into the plenary, white ones the
voices of the check-in.
"""

from __future__ import annotations

from typing import NotRequired, TypedDict

YELLOW, GREEN, BLUE, PINK, ORANGE, WHITE = "yellow", "green", "blue", "pink", "orange", "white"


class CardExtra(TypedDict, total=False):
    author: str
    goal: str  # a key of GOALS


#: (colour, text, dots) or (colour, text, dots, extras)
Card = tuple[str, str, int] | tuple[str, str, int, CardExtra]


class ClusterSpec(TypedDict):
    name: str
    cards: list[Card]


class BoardSpec(TypedDict):
    clusters: list[ClusterSpec]
    loose: NotRequired[list[Card]]  # cards the room left unclustered


class AgendaSpec(TypedDict):
    title: str
    minutes: int
    actual: NotRequired[tuple[str, str]]  # start and end, HH:MM venue time
    board: NotRequired[BoardSpec]


class DecisionSpec(TypedDict):
    text: str
    agreement: str  # consensus, majority, consent, other
    item: NotRequired[int]  # index into the session's agenda
    goal: NotRequired[str]


#: (status, key of the session in which it was closed, or "" for between sessions)
Closing = tuple[str, str]


class ActionSpec(TypedDict):
    what: str
    due: str
    actor: NotRequired[str]
    person: NotRequired[str]
    owner: NotRequired[str]  # free text, alone or next to an actor/person
    closed: NotRequired[Closing]


class PhotoSpec(TypedDict):
    kind: str  # "pinboard" (the board of an agenda item) or "flipchart" (lines)
    caption: str
    title: str
    seed: int
    item: int  # index into the agenda: whose board a pinboard photo shows
    lines: NotRequired[list[str]]


class SessionSpec(TypedDict):
    key: str
    format: str
    in_event: bool
    title: str
    date: str
    start_time: str
    utc_offset: int  # hours: +1 in winter, +2 in summer (Central European Time)
    place: str
    facilitator: str
    note_taker: str
    guiding_question: str
    people: list[str]
    guests: list[tuple[str, str]]
    agenda: list[AgendaSpec]
    decisions: list[DecisionSpec]
    actions: list[ActionSpec]
    parking_lot: list[str]
    photos: NotRequired[list[PhotoSpec]]


#: Impact goals of the demo canvas, by the start of their statement.
GOALS: dict[str, str] = {
    "abschluss": "Der Anteil der Jugendlichen, die die Schule ohne Abschluss",
    "ausbildung": "Mehr Jugendliche beginnen direkt nach der Schule eine Ausbildung",
    "zuwanderung": "Alle neu zugewanderten Jugendlichen",
    "mobilitaet": "Jugendliche aus den ländlichen Ortsteilen",
    "jahresplan": "Die Partner stimmen ihre Angebote zur Berufsorientierung",
    "vertrauen": "Die Partner erleben die Zusammenarbeit als vertrauensvoll",
    "austausch": "Die Partner tauschen sich regelmäßig aus",
    "verbleib": "Der Verbund kennt die Wege der Jugendlichen",
    "dashboard": "Erkenntnisse werden transparent",
}

EVENT: dict[str, str] = {
    "title": "Fachtag Zukunftswege 2026",
    "date": "2026-03-12",
    "place": "Kreishaus Hellental, großer Sitzungssaal",
}

# ---------------------------------------------------------------- who sat where
_TABLE_1 = [
    "Christiane Wendt",
    "Miriam Albrecht",
    "Stefanie Wagner-Ilić",
    "Kevin Hartmann",
    "Nguyen Thi Lan",
    "Peter Schröder",
    "Marek Nowak",
    "Fatma Aydın",
    "Irina Schmidt",
    "Dr. Andreas Köhler",
]
_TABLE_2 = [
    "Nadine Schulze",
    "Julia Özdemir",
    "Florian Bäcker",
    "Heinz-Werner Stöver",
    "Sven Brandt",
    "Patricia Lange",
    "Emre Kaya",
    "Agnieszka Wiśniewska",
    "Thomas Reinecke",
    "Dr. Ulrike Sommerfeld",
    "Mia Schäfer",
]
_TABLE_3 = [
    "Hatice Yılmaz",
    "Lena Hoffmann",
    "Birgit Ahrens",
    "Jörg Meißner",
    "Ralf Dannenberg",
    "Benjamin Fuchs",
    "Chukwuemeka Okafor",
    "Olena Kovalenko",
    "Matthias Große",
    "Karim Al-Masri",
]
_TABLE_4 = [
    "Dr. Katharina Vogt",  # between the welcome and the results she sits here
    "Tobias Engelhardt",
    "Jonas Weber",
    "Prof. Dr. Helena Marković",
    "Sabine Krüger-Lenz",
    "Dimitrios Papadopoulos",
    "Gisela Hartwig",
    "Michael Terhorst",
    "Aylin Demir",
]
_GUESTS_1 = [
    ("Lea Brinkmann", "Schülervertretung BBS Hellental"),
    ("Corinna Pape", "Kreiselternrat Hellental"),
]
_GUESTS_2 = [
    ("Heike Lüdemann", "Bäckerei Lüdemann, Bad Hellental"),
    ("Yusuf Demirtaş", "Autohaus Weserland"),
]
_GUESTS_3 = [
    ("Frank Osterloh", "Verkehrsverbund Weserland"),
    ("Bernd Quast", "Gemeinde Altenwerder, Bürgermeister"),
]
_GUESTS_4 = [
    ("Tim Hollander", "Datenschutzbeauftragter des Landkreises"),
    ("Dr. Sevgi Arslan", "Kommunales Integrationszentrum Hellental"),
]
_STEERING = [
    "Dr. Katharina Vogt",
    "Tobias Engelhardt",
    "Amira Haddad",
    "Jörg Meißner",
    "Marek Nowak",
    "Florian Bäcker",
    "Matthias Große",
    "Dr. Andreas Köhler",
]

# The same agenda at every round table (only the actual times differ).
_TABLE_AGENDA: list[tuple[str, int]] = [
    ("Vorstellungsrunde", 10),
    ("Leitfrage und Blick auf die Wirkungsziele", 5),
    ("Ideen sammeln: Was läuft gut, wo hakt es, was schlagen wir vor?", 30),
    ("Clustern und Punkten", 20),
    ("Nächste Schritte vereinbaren", 20),
    ("Ergebnisse fürs Plenum", 10),
]
_COLLECT = 2  # the agenda item whose board holds the table's cards
_AGREE = 4


def _table_agenda(actual: list[tuple[str, str]], board: BoardSpec) -> list[AgendaSpec]:
    items: list[AgendaSpec] = [
        {"title": title, "minutes": minutes, "actual": times}
        for (title, minutes), times in zip(_TABLE_AGENDA, actual, strict=True)
    ]
    items[_COLLECT]["board"] = board
    return items


# ---------------------------------------------------------------- plenary
_PLENUM_EXPECTATIONS: BoardSpec = {
    "clusters": [
        {
            "name": "Kennenlernen und Austausch",
            "cards": [
                (WHITE, "Endlich mal Betriebe und Schulen an einem Tisch", 0),
                (WHITE, "Wissen, wer im Landkreis was anbietet", 0),
                (WHITE, "Neue Kontakte in die Handwerksbetriebe", 0),
                (WHITE, "Gesichter zu den Namen aus den E-Mails", 0),
                (YELLOW, "Hören, wie es den Jugendlichen selbst geht", 0),
            ],
        },
        {
            "name": "Verbindliche Verabredungen",
            "cards": [
                (WHITE, "Dass am Ende nicht nur Papier rauskommt", 0),
                (WHITE, "Klare Zuständigkeiten: Wer macht was bis wann?", 0),
                (YELLOW, "Konkrete nächste Schritte für unsere Schule", 0),
                (WHITE, "Verbindlichkeit – auch von der Verwaltung", 0),
                (WHITE, "Ein gemeinsamer Kalender statt zehn Einzelaktionen", 0),
            ],
        },
        {
            "name": "Klarheit über unsere Ziele",
            "cards": [
                (WHITE, "Ziele, die wir auch messen können", 0),
                (YELLOW, "Verstehen, was „Wirkungslogik“ praktisch heißt", 0),
                (WHITE, "Realistische Ziele statt Wunschzettel", 0),
                (WHITE, "Dass die Ziele auch für kleine Betriebe passen", 0),
            ],
        },
    ],
    "loose": [
        (WHITE, "Guter Kaffee :-)", 0),
        (WHITE, "Dass wir pünktlich fertig werden", 0),
    ],
}

_PLENUM_CANVAS: BoardSpec = {
    "clusters": [
        {
            "name": "Schulabschluss",
            "cards": [
                (
                    ORANGE,
                    "Wie zählen wir Abgänge in andere Landkreise?",
                    0,
                    {"goal": "abschluss", "author": "Christiane Wendt"},
                ),
                (
                    GREEN,
                    "Der Förderplan Übergang hat sich an den Pilotschulen bewährt",
                    0,
                    {"goal": "abschluss", "author": "Hatice Yılmaz"},
                ),
                (
                    PINK,
                    "6 % bis 2028 ist sportlich – machbar nur, wenn alle Oberschulen mitziehen",
                    0,
                    {"goal": "abschluss"},
                ),
            ],
        },
        {
            "name": "Ausbildung und Betriebe",
            "cards": [
                (
                    GREEN,
                    "Die Einmündungsquote ist die richtige Messgröße",
                    0,
                    {"goal": "ausbildung"},
                ),
                (
                    ORANGE,
                    "Zählen Einstiegsqualifizierungen als Ausbildung?",
                    0,
                    {"goal": "ausbildung", "author": "Emre Kaya"},
                ),
                (
                    PINK,
                    "Die Pflege fehlt im Ziel – dort ist der Bedarf am größten",
                    0,
                    {"goal": "ausbildung", "author": "Agnieszka Wiśniewska"},
                ),
            ],
        },
        {
            "name": "Neu zugewanderte Jugendliche",
            "cards": [
                (
                    PINK,
                    "Ein Jahr ist zu kurz: Der B1-Kurs allein dauert oft länger",
                    0,
                    {"goal": "zuwanderung", "author": "Chukwuemeka Okafor"},
                ),
                (
                    PINK,
                    "Die Anerkennung ausländischer Zeugnisse dauert Monate",
                    0,
                    {"goal": "zuwanderung"},
                ),
                (
                    GREEN,
                    "Gut, dass das Ziel ehrgeizig ist – sonst passiert nichts",
                    0,
                    {"goal": "zuwanderung"},
                ),
                (
                    ORANGE,
                    "Wer begleitet die Jugendlichen nach dem 18. Geburtstag?",
                    0,
                    {"goal": "zuwanderung"},
                ),
            ],
        },
        {
            "name": "Mobilität auf dem Land",
            "cards": [
                (
                    GREEN,
                    "Endlich steht der Busverkehr mit drin!",
                    0,
                    {"goal": "mobilitaet", "author": "Birgit Ahrens"},
                ),
                (ORANGE, "Was kostet ein Azubi-Ticket, und wer zahlt?", 0, {"goal": "mobilitaet"}),
            ],
        },
        {
            "name": "Zusammenarbeit im Verbund",
            "cards": [
                (
                    ORANGE,
                    "Wer entscheidet, was in den Jahresplan kommt?",
                    0,
                    {"goal": "jahresplan"},
                ),
                (
                    GREEN,
                    "Der Jahresplan erspart uns Doppelungen an den Schulen",
                    0,
                    {"goal": "jahresplan", "author": "Stefanie Wagner-Ilić"},
                ),
                (ORANGE, "Was heißt „Rollenklarheit“ konkret?", 0, {"goal": "vertrauen"}),
                (
                    PINK,
                    "80 % im Check-up – schaffen wir das beim ersten Mal?",
                    0,
                    {"goal": "vertrauen"},
                ),
            ],
        },
        {
            "name": "Wissen und Daten",
            "cards": [
                (
                    GREEN,
                    "Die Verbleibsbefragung unbedingt weiterführen",
                    0,
                    {"goal": "verbleib", "author": "Prof. Dr. Helena Marković"},
                ),
                (ORANGE, "Wie schützen wir die Daten der Jugendlichen?", 0, {"goal": "verbleib"}),
            ],
        },
    ],
    "loose": [
        (PINK, "Wo kommen die Eltern in der Wirkungslogik vor?", 0, {"author": "Fatma Aydın"}),
        (
            ORANGE,
            "Brauchen wir nicht auch ein Ziel zum Austausch unter den Partnern?",
            0,
            {"goal": "austausch"},
        ),
    ],
}

_PLENUM_RESULTS: BoardSpec = {
    "clusters": [
        {
            "name": "Tisch 1: Berufsorientierung an Schulen",
            "cards": [
                (
                    BLUE,
                    "Gemeinsamer Jahresplan Berufsorientierung für alle Schulen",
                    0,
                    {"author": "Tisch 1", "goal": "jahresplan"},
                ),
                (BLUE, "Berufsorientierung ab Klasse 7 – mit den Eltern", 0, {"author": "Tisch 1"}),
                (
                    BLUE,
                    "Eine feste Ansprechperson pro Schule für den Übergang",
                    0,
                    {"author": "Tisch 1", "goal": "abschluss"},
                ),
            ],
        },
        {
            "name": "Tisch 2: Betriebe & Praktika",
            "cards": [
                (
                    BLUE,
                    "Alle Praktika über die gemeinsame Praktikumsbörse",
                    0,
                    {"author": "Tisch 2", "goal": "ausbildung"},
                ),
                (BLUE, "Azubis als Botschafter*innen in die Klassen", 0, {"author": "Tisch 2"}),
                (
                    BLUE,
                    "Leitfaden „Gutes Praktikum“ für kleine Betriebe",
                    0,
                    {"author": "Tisch 2"},
                ),
            ],
        },
        {
            "name": "Tisch 3: Jugendliche im ländlichen Raum",
            "cards": [
                (
                    BLUE,
                    "Azubi-Ticket für höchstens 29 € im Monat",
                    0,
                    {"author": "Tisch 3", "goal": "mobilitaet"},
                ),
                (BLUE, "Rufbus für Praktikumswege testen", 0, {"author": "Tisch 3"}),
                (BLUE, "Mitfahrbörse mit den Sportvereinen", 0, {"author": "Tisch 3"}),
            ],
        },
        {
            "name": "Tisch 4: Daten & Wirkung",
            "cards": [
                (
                    BLUE,
                    "Verbleibsbefragung jährlich, anonym und mit Wohnort",
                    0,
                    {"author": "Tisch 4", "goal": "verbleib"},
                ),
                (
                    BLUE,
                    "Dashboard-Prototyp weiterentwickeln",
                    0,
                    {"author": "Tisch 4", "goal": "dashboard"},
                ),
                (BLUE, "Mehr Jugendreporter*innen, auch aus den Dörfern", 0, {"author": "Tisch 4"}),
            ],
        },
    ],
}

_PLENUM_FLASH: BoardSpec = {
    "clusters": [
        {
            "name": "Das nehme ich mit",
            "cards": [
                (GREEN, "Viele Kontakte, die ich morgen anrufe", 0),
                (GREEN, "Wir haben mehr gemeinsam als gedacht", 0),
                (GREEN, "Die Wirkungslogik ist jetzt auch meine", 0),
                (GREEN, "Aufgaben mit Namen und Datum", 0),
            ],
        },
        {
            "name": "Das wünsche ich mir fürs nächste Mal",
            "cards": [
                (PINK, "Mehr Zeit an den Runden Tischen", 0),
                (PINK, "Jugendliche mit am Tisch, nicht nur im Film", 0),
                (PINK, "Pünktlicher Start nach der Mittagspause", 0),
                (PINK, "Mehr Betriebe aus dem Süden des Landkreises", 0),
            ],
        },
    ],
    "loose": [(YELLOW, "Danke an das Orga-Team!", 0)],
}

_PLENUM: SessionSpec = {
    "key": "plenum",
    "format": "plenary",
    "in_event": True,
    "title": "Plenum: Gemeinsam wirken für gelingende Übergänge",
    "date": "2026-03-12",
    "start_time": "09:30",
    "utc_offset": 1,
    "place": "Großer Sitzungssaal",
    "facilitator": "Dr. Katharina Vogt",
    "note_taker": "Amira Haddad",
    "guiding_question": (
        "Welche Wirkungsziele nehmen wir uns als Verbund für die nächsten Jahre gemeinsam "
        "vor – und wer geht welchen nächsten Schritt?"
    ),
    "people": [
        "Amira Haddad",
        *_TABLE_1,
        *_TABLE_2,
        *_TABLE_3,
        *_TABLE_4,
    ],
    "guests": [
        *_GUESTS_1,
        *_GUESTS_2,
        *_GUESTS_3,
        *_GUESTS_4,
        ("Svenja Kramer", "Kreistag, Ausschuss für Jugend und Bildung"),
        ("Jan-Philipp Rehm", "Hellentaler Anzeiger"),
    ],
    "agenda": [
        {
            "title": "Ankommen, Begrüßung und Ziele des Tages",
            "minutes": 15,
            "actual": ("09:36", "09:53"),
            "board": _PLENUM_EXPECTATIONS,
        },
        {
            "title": "Wo der Verbund steht: zwei Jahre Zukunftswege",
            "minutes": 20,
            "actual": ("09:53", "10:14"),
        },
        {
            "title": "Impuls: Was Verbünde im Übergang Schule–Beruf wirksam macht",
            "minutes": 25,
            "actual": ("10:14", "10:42"),
        },
        {
            "title": "Die gemeinsame Wirkungslogik: Vorstellung, Rückfragen und Beschluss",
            "minutes": 45,
            "actual": ("10:42", "11:29"),
            "board": _PLENUM_CANVAS,
        },
        {
            "title": "Arbeitsphase an vier Runden Tischen",
            "minutes": 105,
            "actual": ("11:29", "13:08"),
        },
        {"title": "Mittagspause", "minutes": 45, "actual": ("13:08", "13:49")},
        {
            "title": "Ergebnisse der Runden Tische",
            "minutes": 45,
            "actual": ("13:49", "14:42"),
            "board": _PLENUM_RESULTS,
        },
        {
            "title": "Nächste Schritte, Blitzlicht und Abschluss",
            "minutes": 30,
            "actual": ("14:42", "15:12"),
            "board": _PLENUM_FLASH,
        },
    ],
    "decisions": [
        {
            "text": (
                "Die Wirkungslogik mit Vision, Mission und sieben Wirkungszielen wird als "
                "gemeinsame Grundlage des Verbunds beschlossen (Stand 12. März 2026)."
            ),
            "agreement": "consent",
            "item": 3,
        },
        {
            "text": (
                "Das Ziel zu neu zugewanderten Jugendlichen wird beschlossen; ob es in dieser "
                "Form erreichbar ist, wird bis zum Check-up im Herbst geprüft."
            ),
            "agreement": "majority",
            "item": 3,
            "goal": "zuwanderung",
        },
        {
            "text": (
                "Die Ergebnisse der vier Runden Tische gehen als Arbeitsaufträge an den "
                "Steuerungskreis."
            ),
            "agreement": "consensus",
            "item": 6,
        },
        {
            "text": (
                "Der Steuerungskreis tagt mindestens zweimal im Jahr; jedes Jahr im November "
                "gibt es einen Check-up der Zusammenarbeit."
            ),
            "agreement": "consensus",
            "item": 7,
            "goal": "vertrauen",
        },
    ],
    "actions": [
        {
            "what": "Protokoll und Fotoprotokoll an alle Teilnehmenden schicken",
            "person": "Amira Haddad",
            "due": "2026-03-27",
            "closed": ("done", ""),
        },
        {
            "what": "Beschlossene Wirkungslogik auf der Website des Verbunds veröffentlichen",
            "actor": "koordinierungsstelle",
            "due": "2026-04-30",
            "closed": ("done", "sk_sep"),
        },
        {
            "what": (
                "Ziel zu neu zugewanderten Jugendlichen auf Erreichbarkeit prüfen und eine "
                "Erhebungsmethode für den Indikator vorschlagen"
            ),
            "actor": "jmd",
            "owner": "gemeinsam mit dem Jobcenter",
            "due": "2026-10-31",
        },
        {
            "what": (
                "Termin für den Check-up 2026 festlegen und den Fragebogen mit der Hochschule "
                "abstimmen"
            ),
            "person": "Dr. Katharina Vogt",
            "due": "2026-09-30",
            "closed": ("done", "sk_sep"),
        },
    ],
    "parking_lot": [
        "Wie beziehen wir Jugendliche stärker ein – nicht nur als Reporter*innen?",
        "Wie geht es mit der Finanzierung der Koordinierungsstelle nach 2027 weiter?",
        "Sollen die Gymnasien Partner im Verbund werden?",
    ],
    "photos": [
        {
            "kind": "flipchart",
            "caption": "Flipchart „Nächste Schritte“ aus dem Plenum, nach dem Abschluss",
            "title": "Nächste Schritte",
            "seed": 20260312,
            "item": 7,
            "lines": [
                "Protokoll + Fotos an alle – Amira, bis 27.3.",
                "Wirkungslogik auf die Website",
                "Jahresplan Berufsorientierung: Entwurf bis Ende Mai",
                "Praktikumsbörse: Filter „mit Bus erreichbar“",
                "Azubi-Ticket: Pendelzeiten erheben",
                "Verbleibsbefragung: Frage zum Wohnort",
                "Check-up im November!",
            ],
        }
    ],
}

# ---------------------------------------------------------------- round table 1
_TABLE_1_BOARD: BoardSpec = {
    "clusters": [
        {
            "name": "Angebote abstimmen",
            "cards": [
                (GREEN, "Die Angebotslandkarte hilft beim Überblick", 1),
                (PINK, "Drei Bewerbungstrainings im selben Halbjahr an unserer Schule", 1),
                (PINK, "Andere Schulen bekommen gar nichts", 1),
                (PINK, "Keiner weiß, wer wann an welcher Schule ist", 1),
                (
                    YELLOW,
                    "Gemeinsamer Jahresplan für alle Angebote",
                    9,
                    {"goal": "jahresplan"},
                ),
                (YELLOW, "Alle Angebote über die Koordinierungsstelle anmelden", 1),
                (YELLOW, "Jede Schule bekommt ein Grundpaket", 2),
                (YELLOW, "Feste Termine im Schuljahr: Praktikum, Messe, Elternabend", 1),
                (PINK, "Angebote kommen oft kurz vor den Zeugnissen", 0),
                (YELLOW, "Doppelte Angebote zusammenlegen", 0),
            ],
        },
        {
            "name": "Früher anfangen",
            "cards": [
                (PINK, "Klasse 9 ist zu spät für die erste Orientierung", 1),
                (YELLOW, "Berufsorientierung ab Klasse 7", 6),
                (YELLOW, "Potenzialanalyse mit den Jugendlichen gemeinsam auswerten", 1),
                (GREEN, "Der Zukunftstag in Klasse 5 und 6 kommt gut an", 0),
                (GREEN, "Girls’ & Boys’ Day wird gut angenommen", 0),
                (YELLOW, "Berufe-Parcours in der Turnhalle", 1),
                (PINK, "Viele Lehrkräfte fühlen sich für Berufsorientierung nicht zuständig", 1),
            ],
        },
        {
            "name": "Praktika gut vorbereiten",
            "cards": [
                (
                    GREEN,
                    "Die Praktikumsmappe der IGS ist ein gutes Vorbild",
                    1,
                    {"author": "Stefanie Wagner-Ilić"},
                ),
                (PINK, "Viele suchen sich ihr Praktikum erst in der letzten Woche", 1),
                (PINK, "Praktikum bei Verwandten, weil nichts anderes da ist", 1),
                (
                    YELLOW,
                    "Die Praktikumsbörse im Unterricht gemeinsam nutzen",
                    1,
                    {"goal": "ausbildung"},
                ),
                (YELLOW, "Nachbereitung im Unterricht: Was hat mir gefallen?", 0),
                (YELLOW, "Zwei kurze Praktika statt eines langen", 0),
                (
                    PINK,
                    "Förderschüler*innen bekommen kaum Praktikumsplätze",
                    4,
                    {"author": "Nguyen Thi Lan"},
                ),
            ],
        },
        {
            "name": "Eltern einbeziehen",
            "cards": [
                (PINK, "Viele Eltern kennen die duale Ausbildung nicht", 2),
                (
                    GREEN,
                    "Elternlotsinnen erreichen Familien, die sonst nicht kommen",
                    1,
                    {"author": "Fatma Aydın"},
                ),
                (
                    YELLOW,
                    "Elternabende mehrsprachig – mit Dolmetschenden",
                    3,
                    {"goal": "zuwanderung"},
                ),
                (YELLOW, "Eltern-Café beim Elternsprechtag", 0),
                (PINK, "Elternabend um 19 Uhr passt nicht zur Schichtarbeit", 1),
                (YELLOW, "Kurzvideos zur Ausbildung auf Türkisch, Arabisch, Ukrainisch", 1),
                (YELLOW, "Betriebsbesuche für Eltern und Kinder gemeinsam", 0),
                (GREEN, "Der Elternabend mit Azubis war voll", 1),
            ],
        },
        {
            "name": "Berufsberatung an den Schulen",
            "cards": [
                (
                    GREEN,
                    "Die Berufsberatung ist an allen Schulen präsent",
                    0,
                    {"author": "Marek Nowak"},
                ),
                (PINK, "Die Sprechstunde liegt in der Mittagspause", 0),
                (PINK, "20 Minuten pro Gespräch reichen nicht", 1),
                (YELLOW, "Offene Sprechstunde im Schülercafé", 1),
                (YELLOW, "Beratung auch per Videochat", 0),
                (YELLOW, "Feste Zeitfenster für Beratung im Stundenplan", 1),
                (PINK, "Der Berufswahlpass liegt meist ungenutzt in der Schublade", 0),
            ],
        },
        {
            "name": "Übergang begleiten",
            "cards": [
                (
                    PINK,
                    "Nach den Sommerferien verlieren wir die Jugendlichen aus dem Blick",
                    4,
                    {"goal": "abschluss"},
                ),
                (YELLOW, "Übergabegespräch zwischen abgebender Schule und BBS", 2),
                (
                    YELLOW,
                    "Eine feste Ansprechperson pro Schule für den Übergang",
                    7,
                    {"goal": "abschluss"},
                ),
                (
                    GREEN,
                    "Der Förderplan Übergang funktioniert an den Pilotschulen",
                    1,
                    {"goal": "abschluss"},
                ),
                (PINK, "Bei einem Schulwechsel geht der Förderplan verloren", 1),
                (YELLOW, "Förderplan Übergang an allen Oberschulen", 1, {"goal": "abschluss"}),
                (PINK, "Der Datenschutz bremst die Übergabe zwischen den Schulen", 1),
            ],
        },
        {
            "name": "Stimmen der Jugendlichen",
            "cards": [
                (
                    PINK,
                    "Wir werden nie gefragt, was uns hilft",
                    3,
                    {"author": "Lea Brinkmann"},
                ),
                (YELLOW, "Schüler*innen planen den Berufsorientierungstag mit", 2),
                (YELLOW, "Azubis erzählen in der Klasse – auf Augenhöhe", 2),
                (GREEN, "Der Instagram-Kanal der BBS wird gelesen", 0),
                (YELLOW, "Berufe ausprobieren statt Vorträge hören", 1),
                (PINK, "Infos kommen per Brief – den liest keiner", 0),
            ],
        },
    ],
    "loose": [
        (PINK, "Keine Zeit für Fortbildungen", 0),
        (YELLOW, "Fortbildung Berufsorientierung fürs ganze Kollegium", 0),
        (PINK, "Wer bezahlt die Fahrten zu den Betrieben?", 0),
        (ORANGE, "Gilt der Jahresplan auch für die Gymnasien?", 0),
    ],
}

_TABLE_1_SPEC: SessionSpec = {
    "key": "tisch_1",
    "format": "round_table",
    "in_event": True,
    "title": "Runder Tisch 1: Berufsorientierung an Schulen",
    "date": "2026-03-12",
    "start_time": "11:15",
    "utc_offset": 1,
    "place": "Raum 204",
    "facilitator": "Christiane Wendt",
    "note_taker": "Miriam Albrecht",
    "guiding_question": (
        "Wie wird Berufsorientierung an allen Schulen im Landkreis verlässlich, "
        "abgestimmt und ohne Doppelungen?"
    ),
    "people": _TABLE_1,
    "guests": _GUESTS_1,
    "agenda": _table_agenda(
        [
            ("11:31", "11:42"),
            ("11:42", "11:47"),
            ("11:47", "12:22"),
            ("12:22", "12:44"),
            ("12:44", "12:59"),
            ("12:59", "13:06"),
        ],
        _TABLE_1_BOARD,
    ),
    "decisions": [
        {
            "text": (
                "Die Koordinierungsstelle erstellt mit der Schulbehörde einen gemeinsamen "
                "Jahresplan Berufsorientierung 2026/27; alle Anbieter melden ihre Angebote "
                "bis zu den Osterferien."
            ),
            "agreement": "consensus",
            "item": _AGREE,
            "goal": "jahresplan",
        },
        {
            "text": "Jede Schule benennt eine feste Ansprechperson für den Übergang.",
            "agreement": "consensus",
            "item": _AGREE,
            "goal": "abschluss",
        },
    ],
    "actions": [
        {
            "what": "Entwurf des Jahresplans Berufsorientierung 2026/27 erstellen",
            "actor": "koordinierungsstelle",
            "owner": "mit der Schulbehörde",
            "due": "2026-05-29",
            "closed": ("done", "sk_sep"),
        },
        {
            "what": "Alle Schulen nach ihren Angeboten und Terminen zur Berufsorientierung fragen",
            "person": "Christiane Wendt",
            "due": "2026-04-17",
            "closed": ("done", "sk_sep"),
        },
        {
            "what": "Elternabend-Baustein „Duale Ausbildung“ in mehreren Sprachen entwickeln",
            "actor": "elternnetzwerk",
            "due": "2026-09-30",
        },
        {
            "what": "Ansprechpersonen für den Übergang an allen Schulen sammeln",
            "person": "Miriam Albrecht",
            "due": "2026-06-30",
            "closed": ("done", ""),
        },
    ],
    "parking_lot": [
        "Beginnt Berufsorientierung verbindlich in Klasse 7? Das muss die Schulbehörde klären.",
    ],
}

# ---------------------------------------------------------------- round table 2
_TABLE_2_BOARD: BoardSpec = {
    "clusters": [
        {
            "name": "Praktikumsbörse",
            "cards": [
                (
                    GREEN,
                    "Über 180 Angebote in der Praktikumsbörse",
                    1,
                    {"author": "Florian Bäcker"},
                ),
                (GREEN, "Die Börse ist für Betriebe kostenlos", 0),
                (PINK, "Die Jugendlichen kennen die Börse kaum", 4),
                (PINK, "Viele Einträge sind veraltet", 2),
                (PINK, "Die Anmeldung für Betriebe ist zu kompliziert", 1),
                (
                    YELLOW,
                    "Alle Praktika nur noch über die Börse ausschreiben",
                    8,
                    {"goal": "ausbildung"},
                ),
                (YELLOW, "Filter „mit Bus erreichbar“", 5, {"goal": "mobilitaet"}),
                (YELLOW, "Die Börse als App fürs Handy", 2),
                (YELLOW, "Betriebe zweimal im Jahr ans Aktualisieren erinnern", 1),
                (PINK, "Kleine Betriebe haben keine Zeit, Einträge zu pflegen", 1),
            ],
        },
        {
            "name": "Kleine Betriebe gewinnen",
            "cards": [
                (
                    GREEN,
                    "Die Handwerks-Rallye bringt uns jedes Jahr Azubis",
                    2,
                    {"author": "Julia Özdemir"},
                ),
                (
                    GREEN,
                    "Wir nehmen gern Praktikant*innen, wenn jemand vermittelt",
                    1,
                    {"author": "Heike Lüdemann"},
                ),
                (PINK, "Kleine Betriebe haben keine Ausbildungsabteilung", 2),
                (PINK, "Wir wissen nicht, wie wir Schulen ansprechen sollen", 1),
                (YELLOW, "Leitfaden „Gutes Praktikum“ für kleine Betriebe", 7),
                (YELLOW, "Ausbildungsverbund: Kleine Betriebe bilden gemeinsam aus", 2),
                (YELLOW, "Eine Ansprechperson bei der Kammer für Erstausbilder", 1),
                (YELLOW, "Praktikumsplätze in der Nachbarschaft sichtbar machen", 0),
            ],
        },
        {
            "name": "Azubis als Botschafter*innen",
            "cards": [
                (
                    GREEN,
                    "Die Azubi-Paten bei Brandt Logistik laufen gut",
                    2,
                    {"author": "Patricia Lange"},
                ),
                (GREEN, "Eine Jugendbotschafterin erreicht die Klasse besser als wir", 1),
                (YELLOW, "Azubis gehen in die Klassen und erzählen", 8),
                (YELLOW, "Azubi-Botschafter*innen aus jeder Branche", 2),
                (YELLOW, "Freistellung für Einsätze als Botschafter*in regeln", 1),
                (PINK, "Azubis werden für Schulbesuche nicht freigestellt", 1),
                (
                    YELLOW,
                    "Kurze Videos von Azubis für Social Media",
                    1,
                    {"author": "Mia Schäfer"},
                ),
            ],
        },
        {
            "name": "Pflege und Gesundheit",
            "cards": [
                (
                    PINK,
                    "Die Pflege hat bei Jugendlichen ein Imageproblem",
                    3,
                    {"author": "Agnieszka Wiśniewska"},
                ),
                (GREEN, "Die generalistische Ausbildung öffnet viele Wege", 1),
                (YELLOW, "Schnuppertag im Kreisklinikum für ganze Klassen", 3),
                (PINK, "Praktikum in der Pflege erst ab 16 – viele sind jünger", 1),
                (YELLOW, "Pflegepraktikum ab 15 in begleiteten Bereichen prüfen", 1),
                (YELLOW, "Pflege-Azubis erzählen von ihrem Alltag", 1),
                (
                    PINK,
                    "Zehn neue Ausbildungsbetriebe in der Pflege: Ziel 2025 verfehlt",
                    1,
                    {"goal": "ausbildung"},
                ),
            ],
        },
        {
            "name": "Jugendliche mit Startschwierigkeiten",
            "cards": [
                (
                    GREEN,
                    "Die Einstiegsqualifizierung hat bei uns dreimal geklappt",
                    3,
                    {"author": "Emre Kaya"},
                ),
                (PINK, "Betriebe verlangen Noten, die viele nicht haben", 2),
                (YELLOW, "Zweite Chance: Praktikum ohne Bewerbungsschreiben", 4),
                (
                    YELLOW,
                    "Ausbildungsbegleitung auch nach der Probezeit",
                    3,
                    {"goal": "ausbildung"},
                ),
                (PINK, "Zu viele brechen im ersten Lehrjahr ab", 2),
                (PINK, "Keine Ansprechperson, wenn es im Betrieb kriselt", 2),
                (
                    YELLOW,
                    "Assistierte Ausbildung bekannter machen",
                    1,
                    {"author": "Dr. Ulrike Sommerfeld"},
                ),
                (YELLOW, "Sprachförderung im Betrieb", 1, {"goal": "zuwanderung"}),
            ],
        },
        {
            "name": "Matching und Kontakt",
            "cards": [
                (GREEN, "Das Azubi-Speed-Dating war ein voller Erfolg", 2),
                (GREEN, "Kurze Wege: Man kennt sich hier", 0),
                (YELLOW, "Speed-Dating zweimal im Jahr – auch im Süden des Landkreises", 3),
                (YELLOW, "Eine zweite Ausbildungsmesse in Bad Hellental", 2),
                (PINK, "Die Bewerbungsfristen der großen Betriebe kennt keiner", 1),
                (YELLOW, "Gemeinsamer Bewerbungskalender aller Betriebe", 2),
                (PINK, "Rückmeldungen auf Bewerbungen dauern zu lange", 1),
                (YELLOW, "Selbstverpflichtung: Rückmeldung binnen zwei Wochen", 2),
            ],
        },
        {
            "name": "Anerkennung für Betriebe",
            "cards": [
                (YELLOW, "Siegel „Fairer Praktikumsbetrieb“", 2),
                (YELLOW, "Betriebe des Jahres beim Fachtag auszeichnen", 0),
                (GREEN, "Die Lokalpresse berichtet gern über gute Beispiele", 0),
                (YELLOW, "Dankesbrief des Landrats an Praktikumsbetriebe", 1),
            ],
        },
    ],
    "loose": [
        (PINK, "Die Vergütung von Praktika ist nicht geregelt", 0),
        (ORANGE, "Wie sind Praktika in den Ferien versichert?", 0),
        (YELLOW, "Feierabend-Treffen für Ausbilder*innen", 1),
        (PINK, "Zu viele Anfragen von zu vielen Stellen", 1),
        (YELLOW, "Ferienjobs als Einstieg nutzen", 0),
    ],
}

_TABLE_2_SPEC: SessionSpec = {
    "key": "tisch_2",
    "format": "round_table",
    "in_event": True,
    "title": "Runder Tisch 2: Betriebe & Praktika",
    "date": "2026-03-12",
    "start_time": "11:15",
    "utc_offset": 1,
    "place": "Raum 206",
    "facilitator": "Nadine Schulze",
    "note_taker": "Julia Özdemir",
    "guiding_question": (
        "Wie bringen wir Betriebe und Jugendliche früher und verlässlicher zusammen – "
        "gerade kleine Betriebe und Jugendliche ohne Kontakte?"
    ),
    "people": _TABLE_2,
    "guests": _GUESTS_2,
    "agenda": _table_agenda(
        [
            ("11:30", "11:43"),
            ("11:43", "11:48"),
            ("11:48", "12:21"),
            ("12:21", "12:43"),
            ("12:43", "12:58"),
            ("12:58", "13:05"),
        ],
        _TABLE_2_BOARD,
    ),
    "decisions": [
        {
            "text": (
                "Die beteiligten Betriebe schreiben ihre Praktikumsplätze ab dem Schuljahr "
                "2026/27 über die gemeinsame Praktikumsbörse aus."
            ),
            "agreement": "majority",
            "item": _AGREE,
            "goal": "ausbildung",
        },
        {
            "text": "Die Praktikumsbörse bekommt einen Filter „mit Bus erreichbar“.",
            "agreement": "consensus",
            "item": _AGREE,
            "goal": "mobilitaet",
        },
    ],
    "actions": [
        {
            "what": "Filter „mit Bus erreichbar“ in der Praktikumsbörse umsetzen",
            "actor": "ihk",
            "due": "2026-07-31",
        },
        {
            "what": "Zehn Azubi-Botschafter*innen für Schulbesuche gewinnen",
            "person": "Patricia Lange",
            "due": "2026-06-30",
            "closed": ("done", "sk_sep"),
        },
        {
            "what": "Leitfaden „Gutes Praktikum“ für kleine Betriebe schreiben",
            "actor": "hwk",
            "owner": "Julia Özdemir, mit der IHK",
            "due": "2026-12-18",
        },
        {
            "what": "Schnuppertag im Kreisklinikum für zwei Abschlussklassen anbieten",
            "person": "Agnieszka Wiśniewska",
            "due": "2026-05-29",
            "closed": ("done", ""),
        },
    ],
    "parking_lot": [
        "Wie wird ein freiwilliges Langzeitpraktikum vergütet und versichert?",
    ],
    "photos": [
        {
            "kind": "pinboard",
            "caption": "Pinnwand am Runden Tisch „Betriebe & Praktika“ nach der Punktabfrage",
            "title": "Wie kommen Betriebe und Jugendliche zusammen?",
            "seed": 2,
            "item": _COLLECT,
        }
    ],
}

# ---------------------------------------------------------------- round table 3
_TABLE_3_BOARD: BoardSpec = {
    "clusters": [
        {
            "name": "Bus und Bahn",
            "cards": [
                (
                    PINK,
                    "Der letzte Bus fährt um 17:10 – die Schicht endet um 18 Uhr",
                    6,
                    {"goal": "mobilitaet"},
                ),
                (PINK, "Am Wochenende fährt in Altenwerder gar nichts", 1),
                (PINK, "Mit dem Bus 1:40 Stunden bis zur BBS", 2),
                (PINK, "Umsteigen in Rodenburg: 40 Minuten Wartezeit", 1),
                (
                    YELLOW,
                    "Azubi-Ticket für höchstens 29 € im Monat",
                    8,
                    {"goal": "mobilitaet"},
                ),
                (YELLOW, "Rufbus auch für Praktikumswege", 5, {"goal": "mobilitaet"}),
                (YELLOW, "Fahrpläne mit den Schichtzeiten der großen Betriebe abstimmen", 3),
                (YELLOW, "Eine Fahrplan-App für alle Linien", 0),
                (GREEN, "Das Schülerticket gilt inzwischen auch in den Ferien", 0),
                (
                    GREEN,
                    "Die neue Linie 512 bindet das Gewerbegebiet an",
                    1,
                    {"author": "Frank Osterloh"},
                ),
                (ORANGE, "Wer zahlt den Rufbus nach der Pilotphase?", 1),
            ],
        },
        {
            "name": "Mobil werden",
            "cards": [
                (
                    YELLOW,
                    "Mitfahrbörse über den Sportverein",
                    3,
                    {"author": "Ralf Dannenberg"},
                ),
                (YELLOW, "Zuschuss zum Führerschein für Azubis", 4),
                (PINK, "Der Führerschein kostet über 3.000 €", 2),
                (YELLOW, "E-Bikes oder Roller für den Arbeitsweg leihen", 1),
                (PINK, "Mofa erst ab 15, Auto erst ab 17", 0),
                (GREEN, "Brandt Logistik holt Azubis mit dem Werksbus ab", 1),
                (YELLOW, "Ein Werksbus für mehrere Betriebe gemeinsam", 3),
                (YELLOW, "Fahrgemeinschaften unter Azubis vermitteln", 1),
                (PINK, "Eltern können nicht jeden Tag fahren", 1),
            ],
        },
        {
            "name": "Beratung vor Ort",
            "cards": [
                (PINK, "Beratung gibt es nur in der Kreisstadt", 4),
                (
                    YELLOW,
                    "Die Berufsberatung kommt einmal im Monat in die Dörfer",
                    3,
                    {"author": "Lena Hoffmann"},
                ),
                (YELLOW, "Ein Beratungsbus fährt die Ortsteile an", 3),
                (
                    GREEN,
                    "Die Schulsozialarbeit an der Oberschule ist gut erreichbar",
                    1,
                    {"author": "Birgit Ahrens"},
                ),
                (YELLOW, "Online-Sprechstunde am Abend", 1),
                (YELLOW, "Sprechstunde im Jugendraum der Gemeinde", 1),
                (PINK, "Termine beim Jobcenter nur vormittags – da ist Schule", 1),
                (PINK, "Das Jugendzentrum in Altenwerder ist seit 2024 zu", 1),
            ],
        },
        {
            "name": "Betriebe in der Nähe",
            "cards": [
                (GREEN, "Im Dorf gibt es mehr Betriebe, als die Jugendlichen denken", 1),
                (GREEN, "Betriebe auf dem Land bilden oft sehr persönlich aus", 0),
                (YELLOW, "Dorf-Rallye: Betriebe im eigenen Ort entdecken", 2),
                (YELLOW, "Landwirtschaft und Handwerk vor Ort sichtbar machen", 1),
                (YELLOW, "Praktika im Heimatort zuerst anbieten", 1),
                (
                    PINK,
                    "Kleine Betriebe auf dem Land stehen nicht in der Börse",
                    2,
                    {"goal": "ausbildung"},
                ),
                (
                    YELLOW,
                    "Bürgermeister*innen sprechen die Betriebe im Ort an",
                    1,
                    {"author": "Bernd Quast"},
                ),
            ],
        },
        {
            "name": "Vereine und Ehrenamt",
            "cards": [
                (
                    GREEN,
                    "Im Verein erreichen wir Jugendliche, die sonst keiner erreicht",
                    3,
                    {"author": "Ralf Dannenberg"},
                ),
                (YELLOW, "Trainer*innen als Ansprechpersonen für Berufsfragen schulen", 2),
                (YELLOW, "Berufe-Abend im Vereinsheim", 1),
                (GREEN, "Die Jugendfeuerwehr vermittelt Kontakte ins Handwerk", 1),
                (YELLOW, "Ehrenamt im Bewerbungsgespräch als Stärke anerkennen", 1),
                (YELLOW, "Bewerbungstraining im Sportverein", 0),
            ],
        },
        {
            "name": "Wohnen und Bleiben",
            "cards": [
                (PINK, "Wer zur Ausbildung wegzieht, kommt selten zurück", 2),
                (YELLOW, "Azubi-WG in der Kreisstadt", 2),
                (PINK, "Die Mieten in der Kreisstadt sind für Azubis zu hoch", 1),
                (YELLOW, "Mietzuschuss des Landkreises für Azubis", 1),
                (YELLOW, "Gute Arbeitgeber auf dem Land bekannter machen", 1),
            ],
        },
        {
            "name": "Besonders gefährdete Jugendliche",
            "cards": [
                (
                    PINK,
                    "Schulverweigerer*innen auf dem Dorf fallen niemandem auf",
                    3,
                    {"goal": "abschluss"},
                ),
                (YELLOW, "Aufsuchende Jugendarbeit auch in den Ortsteilen", 3),
                (GREEN, "„Zweite Chance“ erreicht auch Jugendliche vom Land", 1),
                (
                    PINK,
                    "Neu Zugewanderte wohnen oft in Dörfern ohne Busanbindung",
                    2,
                    {"goal": "zuwanderung"},
                ),
                (YELLOW, "Fahrtkosten zu Beratungsterminen übernehmen", 2),
                (YELLOW, "Die Schulsozialarbeit macht Hausbesuche", 1),
            ],
        },
    ],
    "loose": [
        (ORANGE, "Gibt es Zahlen, wie viele Jugendliche pendeln?", 0),
        (YELLOW, "Pendelzeiten für alle Ortsteile erheben", 1, {"goal": "mobilitaet"}),
        (PINK, "In manchen Dörfern ist das Internet zu schwach für Videoberatung", 0),
        (YELLOW, "Jugendliche aus den Dörfern zum nächsten Fachtag einladen", 1),
    ],
}

_TABLE_3_SPEC: SessionSpec = {
    "key": "tisch_3",
    "format": "round_table",
    "in_event": True,
    "title": "Runder Tisch 3: Jugendliche im ländlichen Raum",
    "date": "2026-03-12",
    "start_time": "11:15",
    "utc_offset": 1,
    "place": "Raum 210",
    "facilitator": "Hatice Yılmaz",
    "note_taker": "Lena Hoffmann",
    "guiding_question": (
        "Was brauchen Jugendliche aus den Dörfern, damit Praktikum, Ausbildung und "
        "Beratung nicht an der Entfernung und am Busfahrplan scheitern?"
    ),
    "people": _TABLE_3,
    "guests": _GUESTS_3,
    "agenda": _table_agenda(
        [
            ("11:33", "11:45"),
            ("11:45", "11:49"),
            ("11:49", "12:17"),
            ("12:17", "12:38"),
            ("12:38", "12:57"),
            ("12:57", "13:03"),
        ],
        _TABLE_3_BOARD,
    ),
    "decisions": [
        {
            "text": (
                "Der Runde Tisch empfiehlt dem Kreistag ein Azubi-Ticket für höchstens "
                "29 € im Monat."
            ),
            "agreement": "consensus",
            "item": _AGREE,
            "goal": "mobilitaet",
        },
        {
            "text": (
                "Ein Rufbus für Praktikumswege wird in zwei Ortsteilen erprobt, sobald die "
                "Finanzierung steht."
            ),
            "agreement": "consent",
            "item": _AGREE,
            "goal": "mobilitaet",
        },
    ],
    "actions": [
        {
            "what": (
                "Pendelzeiten aus allen Ortsteilen zu den 20 größten Ausbildungsbetrieben erheben"
            ),
            "actor": "landratsamt",
            "owner": "ÖPNV-Planung",
            "due": "2026-05-29",
            "closed": ("done", "sk_sep"),
        },
        {
            "what": "Mitfahrbörse für Praktikumswege mit dem TSV prüfen",
            "person": "Ralf Dannenberg",
            "due": "2026-10-31",
        },
        {
            "what": "Beratungstage der Berufsberatung in drei Ortsteilen anbieten",
            "person": "Lena Hoffmann",
            "due": "2026-09-30",
            "closed": ("done", "sk_sep"),
        },
        {
            "what": (
                "Aufsuchende Jugendarbeit in den Ortsteilen beim Jugendhilfeausschuss beantragen"
            ),
            "actor": "diakonie",
            "due": "2026-11-13",
        },
    ],
    "parking_lot": [
        "Gibt es Wohnheimplätze oder Azubi-WGs für Jugendliche aus entfernten Ortsteilen?",
    ],
}

# ---------------------------------------------------------------- round table 4
_TABLE_4_BOARD: BoardSpec = {
    "clusters": [
        {
            "name": "Verbleibsbefragung",
            "cards": [
                (
                    GREEN,
                    "Der erste Verbleibsbericht wurde viel gelesen",
                    1,
                    {"goal": "verbleib", "author": "Prof. Dr. Helena Marković"},
                ),
                (
                    PINK,
                    "Rücklauf nur 41 % – zu wenig für belastbare Aussagen",
                    4,
                    {"goal": "verbleib"},
                ),
                (
                    YELLOW,
                    "Befragung per QR-Code am letzten Schultag",
                    4,
                    {"goal": "verbleib"},
                ),
                (YELLOW, "Die Frage nach dem Wohnort ergänzen", 1),
                (YELLOW, "Erinnerung per Messenger statt per Brief", 1),
                (YELLOW, "Befragung auch auf Türkisch, Arabisch, Ukrainisch", 1),
                (
                    PINK,
                    "Jugendliche ohne Abschluss antworten am seltensten",
                    2,
                    {"goal": "abschluss"},
                ),
                (PINK, "Handynummern ändern sich nach der Schule schnell", 1),
                (YELLOW, "Kleine Verlosung als Dankeschön", 0),
                (ORANGE, "Wer darf die Rohdaten sehen?", 1),
            ],
        },
        {
            "name": "Datenschutz und Vertrauen",
            "cards": [
                (
                    PINK,
                    "Die Verknüpfung mit der Schulstatistik ist rechtlich ungeklärt",
                    4,
                    {"goal": "verbleib"},
                ),
                (YELLOW, "Ein Datenschutzkonzept vor jeder neuen Datenquelle", 1),
                (
                    YELLOW,
                    "Die Befragung bleibt anonym – keine Namen",
                    6,
                    {"goal": "verbleib"},
                ),
                (
                    GREEN,
                    "Der Datenschutzbeauftragte berät gern früh",
                    0,
                    {"author": "Tim Hollander"},
                ),
                (PINK, "Schulen sind unsicher, was sie weitergeben dürfen", 1),
                (PINK, "Eltern fürchten, dass Daten beim Jobcenter landen", 1),
                (YELLOW, "Einverständniserklärung in einfacher Sprache", 1),
            ],
        },
        {
            "name": "Gemeinsame Kennzahlen",
            "cards": [
                (
                    GREEN,
                    "Die Einmündungsquote ist eine gute Leitzahl",
                    1,
                    {"goal": "ausbildung"},
                ),
                (GREEN, "Die Kreisstatistik liefert die Schulabgänge verlässlich", 0),
                (PINK, "Jede Organisation zählt anders", 3),
                (YELLOW, "Gemeinsames Glossar: Was ist ein „Übergang“?", 2),
                (YELLOW, "Weniger Indikatoren, dafür jedes Jahr erheben", 2),
                (
                    PINK,
                    "Der Indikator zu Neuzugewanderten hat noch keine Erhebungsmethode",
                    1,
                    {"goal": "zuwanderung"},
                ),
                (YELLOW, "Gleiche Stichtage für alle Zahlen", 1),
                (PINK, "Die Zahlen der Arbeitsagentur kommen erst im Herbst", 1),
                (YELLOW, "Indikatoren einmal im Jahr im Steuerungskreis prüfen", 1),
            ],
        },
        {
            "name": "Dashboard und Transparenz",
            "cards": [
                (GREEN, "Der Dashboard-Prototyp ist anschaulich", 2, {"goal": "dashboard"}),
                (
                    YELLOW,
                    "Das Dashboard öffentlich machen – auch für andere Netzwerke",
                    4,
                    {"goal": "dashboard"},
                ),
                (PINK, "Wer pflegt die Zahlen im Dashboard?", 2),
                (YELLOW, "Zweimal im Jahr aktualisieren reicht", 1),
                (PINK, "Schlechte Zahlen öffentlich? Sorge vor Schlagzeilen", 1),
                (YELLOW, "Zahlen immer mit Erklärung veröffentlichen", 1),
                (YELLOW, "Das Dashboard auch fürs Handy", 0),
                (
                    ORANGE,
                    "Können wir das Dashboard aus Nordhagen nachnutzen?",
                    1,
                    {"author": "Aylin Demir"},
                ),
            ],
        },
        {
            "name": "Stimmen der Jugendlichen",
            "cards": [
                (
                    GREEN,
                    "Die Interviews der Jugendreporter*innen bringen echte Geschichten",
                    3,
                    {"goal": "verbleib"},
                ),
                (GREEN, "Die Jugendreporter im Kreistag haben Eindruck gemacht", 1),
                (YELLOW, "Mehr Jugendreporter*innen, auch aus den Dörfern", 3),
                (YELLOW, "Zitate der Jugendlichen in jeden Bericht", 1),
                (PINK, "Reporter*innen brauchen Begleitung und eine Aufwandsentschädigung", 1),
                (YELLOW, "Jugendliche werten die Interviews mit aus", 1),
            ],
        },
        {
            "name": "Check-up im Verbund",
            "cards": [
                (YELLOW, "Ein jährlicher Check-up zur Zusammenarbeit", 4, {"goal": "vertrauen"}),
                (
                    YELLOW,
                    "Den Check-up anonym machen, sonst sagt keiner die Wahrheit",
                    3,
                    {"goal": "vertrauen"},
                ),
                (
                    PINK,
                    "Die Rollen von Koordinierungsstelle und Steuerungskreis sind unklar",
                    2,
                    {"goal": "vertrauen"},
                ),
                (YELLOW, "Ergebnisse gemeinsam besprechen, nicht nur verschicken", 1),
                (GREEN, "Offene Atmosphäre im Steuerungskreis", 1),
                (
                    YELLOW,
                    "Wir sollten uns öfter austauschen – nicht nur beim Fachtag",
                    2,
                    {"goal": "austausch"},
                ),
            ],
        },
        {
            "name": "Aufwand und Ressourcen",
            "cards": [
                (PINK, "Die Datenerhebung frisst Zeit, die in der Beratung fehlt", 3),
                (YELLOW, "Zahlen einmal erheben, mehrfach nutzen", 1),
                (YELLOW, "Die Hochschule übernimmt die Auswertung", 2),
                (PINK, "Für die Datenpflege ist keine Stelle finanziert", 2),
                (YELLOW, "Eine gemeinsame Datenstelle beim Landkreis", 1),
                (
                    ORANGE,
                    "Kann die Bürgerstiftung das Dashboard fördern?",
                    1,
                    {"author": "Gisela Hartwig"},
                ),
            ],
        },
    ],
    "loose": [
        (PINK, "Zu viele Abkürzungen in den Berichten", 0),
        (YELLOW, "Daten-Sprechstunde für die Partner", 0),
        (ORANGE, "Wie machen es andere Landkreise?", 0),
        (YELLOW, "Ergebnisse auch in Leichter Sprache", 1),
    ],
}

_TABLE_4_SPEC: SessionSpec = {
    "key": "tisch_4",
    "format": "round_table",
    "in_event": True,
    "title": "Runder Tisch 4: Daten & Wirkung",
    "date": "2026-03-12",
    "start_time": "11:15",
    "utc_offset": 1,
    "place": "Raum 212 (Medienraum)",
    "facilitator": "Tobias Engelhardt",
    "note_taker": "Jonas Weber",
    "guiding_question": (
        "Woran merken wir, dass der Verbund wirkt – und welche Daten brauchen wir dafür, "
        "ohne Jugendliche und Partner zu überlasten?"
    ),
    "people": _TABLE_4,
    "guests": _GUESTS_4,
    "agenda": _table_agenda(
        [
            ("11:29", "11:38"),
            ("11:38", "11:45"),
            ("11:45", "12:20"),
            ("12:20", "12:46"),
            ("12:46", "13:01"),
            ("13:01", "13:07"),
        ],
        _TABLE_4_BOARD,
    ),
    "decisions": [
        {
            "text": (
                "Die Verbleibsbefragung bleibt anonym; eine Verknüpfung mit der Schulstatistik "
                "gibt es erst, wenn ein Datenschutzkonzept vorliegt."
            ),
            "agreement": "consent",
            "item": _AGREE,
            "goal": "verbleib",
        },
        {
            "text": (
                "Meinungsbild: Ein öffentliches Wirkungs-Dashboard wird grundsätzlich "
                "befürwortet (9 dafür, 1 dagegen); entscheiden soll der Steuerungskreis."
            ),
            "agreement": "other",
            "item": _AGREE,
            "goal": "dashboard",
        },
        {
            "text": (
                "Der Check-up zur Zusammenarbeit wird anonym durchgeführt und gemeinsam "
                "ausgewertet."
            ),
            "agreement": "consensus",
            "item": _AGREE,
            "goal": "vertrauen",
        },
    ],
    "actions": [
        {
            "what": (
                "Fragebogen der Verbleibsbefragung 2026 um den Wohnort und einen "
                "QR-Code-Zugang ergänzen"
            ),
            "actor": "hochschule",
            "due": "2026-04-30",
            "closed": ("done", "sk_sep"),
        },
        {
            "what": "Datenschutz-Check für das Wirkungs-Dashboard",
            "person": "Tobias Engelhardt",
            "owner": "mit dem Datenschutzbeauftragten des Landkreises",
            "due": "2026-06-30",
        },
        {
            "what": (
                "Fragebogen für den Check-up 2026 aktualisieren (Rollenklarheit, "
                "Transparenz, Vertrauen)"
            ),
            "person": "Prof. Dr. Helena Marković",
            "due": "2026-10-30",
            "closed": ("done", ""),
        },
        {
            "what": "Glossar der gemeinsamen Kennzahlen erstellen",
            "owner": "Arbeitsgruppe Daten (Jonas Weber)",
            "due": "2027-01-29",
        },
    ],
    "parking_lot": [
        "Dürfen Schulen die Adressen der Abgänger*innen für die Befragung weitergeben? "
        "Rechtsgrundlage klären.",
    ],
}

# ---------------------------------------------------------------- steering committee, January
_STEERING_JANUARY: SessionSpec = {
    "key": "sk_jan",
    "format": "steering_committee",
    "in_event": False,
    "title": "Steuerungskreis: Vorbereitung des Fachtags",
    "date": "2026-01-20",
    "start_time": "14:00",
    "utc_offset": 1,
    "place": "Koordinierungsstelle, Besprechungsraum im 1. OG",
    "facilitator": "Dr. Katharina Vogt",
    "note_taker": "Amira Haddad",
    "guiding_question": (
        "Mit welchen Fragen gehen wir in den Fachtag, und was muss bis dahin vorbereitet sein?"
    ),
    "people": [*_STEERING, "Sabine Krüger-Lenz", "Gisela Hartwig"],
    "guests": [],
    "agenda": [
        {
            "title": "Begrüßung, Tagesordnung, Protokoll der letzten Sitzung",
            "minutes": 10,
            "actual": ("14:03", "14:12"),
        },
        {"title": "Offene Aufgaben", "minutes": 15, "actual": ("14:12", "14:25")},
        {
            "title": "Stand der Wirkungsziele: Entwurf der Wirkungslogik",
            "minutes": 30,
            "actual": ("14:25", "15:04"),
        },
        {
            "title": "Fachtag am 12. März: Themen der Runden Tische",
            "minutes": 40,
            "actual": ("15:04", "15:41"),
            "board": {
                "clusters": [
                    {
                        "name": "Schule und Berufsorientierung",
                        "cards": [
                            (YELLOW, "Doppelte Angebote an den Schulen", 5),
                            (YELLOW, "Berufsorientierung früher beginnen", 1),
                        ],
                    },
                    {
                        "name": "Betriebe",
                        "cards": [
                            (YELLOW, "Praktikumsplätze in kleinen Betrieben", 3),
                            (YELLOW, "Die Pflege braucht Nachwuchs", 1),
                        ],
                    },
                    {
                        "name": "Ländlicher Raum",
                        "cards": [(YELLOW, "Busverbindungen zu den Betrieben", 6)],
                    },
                    {
                        "name": "Daten",
                        "cards": [
                            (YELLOW, "Rücklauf der Verbleibsbefragung", 3, {"goal": "verbleib"}),
                            (YELLOW, "Wirkungs-Dashboard: ja oder nein?", 1),
                        ],
                    },
                ],
                "loose": [(ORANGE, "Gymnasien einbeziehen?", 0)],
            },
        },
        {"title": "Beschlüsse", "minutes": 15, "actual": ("15:41", "15:55")},
        {"title": "Verschiedenes", "minutes": 10, "actual": ("15:55", "16:02")},
    ],
    "decisions": [
        {
            "text": (
                "Der Fachtag findet am 12. März 2026 im Kreishaus Hellental statt; dort soll "
                "die Wirkungslogik gemeinsam beschlossen werden."
            ),
            "agreement": "consensus",
            "item": 4,
        },
        {
            "text": (
                "Am Fachtag gibt es vier Runde Tische: Berufsorientierung an Schulen, "
                "Betriebe & Praktika, Jugendliche im ländlichen Raum, Daten & Wirkung."
            ),
            "agreement": "consensus",
            "item": 3,
        },
        {
            "text": (
                "Die Bürgerstiftung übernimmt die Kosten für Verpflegung und Technik des "
                "Fachtags bis 1.800 €."
            ),
            "agreement": "consent",
            "item": 4,
        },
    ],
    "actions": [
        {
            "what": "Einladung und Programm des Fachtags an alle Partner versenden",
            "actor": "koordinierungsstelle",
            "due": "2026-02-06",
            "closed": ("done", "plenum"),
        },
        {
            "what": "Entwurf der Wirkungslogik zur Kommentierung an alle Partner schicken",
            "person": "Tobias Engelhardt",
            "due": "2026-02-13",
            "closed": ("done", "plenum"),
        },
        {
            "what": "Moderation und Protokoll für die vier Runden Tische besetzen",
            "person": "Dr. Katharina Vogt",
            "due": "2026-02-27",
            "closed": ("done", "plenum"),
        },
        {
            "what": (
                "Datenschutzkonzept für die Verknüpfung der Verbleibsbefragung mit der "
                "Schulstatistik vorlegen"
            ),
            "actor": "landratsamt",
            "owner": "Bildungsmonitoring",
            "due": "2026-03-31",
        },
        {
            "what": "Mit dem Verkehrsverbund über ein Azubi-Ticket sprechen",
            "person": "Jörg Meißner",
            "due": "2026-04-30",
            "closed": ("done", "sk_sep"),
        },
        {
            "what": "Zehn Pflegebetriebe für eine Ausbildungskooperation ansprechen",
            "actor": "klinikum",
            "due": "2026-06-30",
            "closed": ("dropped", "sk_sep"),
        },
    ],
    "parking_lot": [
        "Sollen die Gymnasien zum Verbund eingeladen werden?",
        "Könnte das Netzwerk Nordhagen beim Fachtag von seinen Erfahrungen berichten?",
    ],
}

# ---------------------------------------------------------------- steering committee, September
_STEERING_SEPTEMBER: SessionSpec = {
    "key": "sk_sep",
    "format": "steering_committee",
    "in_event": False,
    "title": "Steuerungskreis: Ein halbes Jahr nach dem Fachtag",
    "date": "2026-09-15",
    "start_time": "16:00",
    "utc_offset": 2,
    "place": "Kreishaus Hellental, Raum 112",
    "facilitator": "Dr. Katharina Vogt",
    "note_taker": "Amira Haddad",
    "guiding_question": (
        "Was ist aus den Verabredungen des Fachtags geworden, und wie bereiten wir den "
        "Check-up und den Fachtag 2027 vor?"
    ),
    "people": [*_STEERING, "Gisela Hartwig", "Prof. Dr. Helena Marković"],
    "guests": [("Svenja Kramer", "Kreistag, Ausschuss für Jugend und Bildung")],
    "agenda": [
        {
            "title": "Begrüßung, Tagesordnung, Protokoll der letzten Sitzung",
            "minutes": 10,
            "actual": ("16:04", "16:12"),
        },
        {
            "title": "Offene Aufgaben aus Steuerungskreis und Fachtag",
            "minutes": 20,
            "actual": ("16:12", "16:41"),
        },
        {
            "title": "Fortschritt bei den Wirkungszielen",
            "minutes": 30,
            "actual": ("16:41", "17:10"),
        },
        {
            "title": "Wirkungs-Dashboard und Check-up 2026",
            "minutes": 30,
            "actual": ("17:10", "17:43"),
            "board": {
                "clusters": [
                    {
                        "name": "Inhalt",
                        "cards": [
                            (
                                YELLOW,
                                "Nur Indikatoren mit Erhebungsmethode zeigen",
                                2,
                                {"goal": "dashboard"},
                            ),
                            (YELLOW, "Jede Zahl mit Quelle und Stand", 6),
                        ],
                    },
                    {
                        "name": "Pflege",
                        "cards": [
                            (PINK, "Wer aktualisiert halbjährlich?", 5),
                            (YELLOW, "Die Koordinierungsstelle pflegt, die Hochschule prüft", 4),
                        ],
                    },
                    {
                        "name": "Kommunikation",
                        "cards": [
                            (YELLOW, "Start mit einer Pressemitteilung", 1),
                            (PINK, "Vorher alle Partner informieren", 4),
                        ],
                    },
                ],
            },
        },
        {"title": "Beschlüsse", "minutes": 15, "actual": ("17:43", "17:56")},
        {"title": "Verschiedenes", "minutes": 10, "actual": ("17:56", "18:03")},
    ],
    "decisions": [
        {
            "text": (
                "Die Einzelansprache von Pflegebetrieben wird eingestellt; Pflegebetriebe "
                "werden künftig über die Ausbildungsmesse gewonnen."
            ),
            "agreement": "consent",
            "item": 1,
            "goal": "ausbildung",
        },
        {
            "text": (
                "Das Ziel „Die Partner tauschen sich regelmäßig aus“ wird bis zum Fachtag 2027 "
                "geschärft und messbar gemacht."
            ),
            "agreement": "consensus",
            "item": 2,
            "goal": "austausch",
        },
        {
            "text": (
                "Das Wirkungs-Dashboard kommt als Ziel der Wissensebene in die Wirkungslogik "
                "und geht bis Ende Oktober öffentlich online."
            ),
            "agreement": "consensus",
            "item": 4,
            "goal": "dashboard",
        },
        {
            "text": (
                "Der Check-up 2026 findet am 24. November als anonyme Befragung mit "
                "anschließender Auswertungssitzung statt."
            ),
            "agreement": "majority",
            "item": 4,
            "goal": "vertrauen",
        },
    ],
    "actions": [
        {
            "what": "Den Start des Dashboards mit einer Pressemitteilung begleiten",
            "person": "Amira Haddad",
            "due": "2026-10-30",
        },
        {
            "what": "Ergebnisse des Check-ups für den Fachtag 2027 auswerten",
            "actor": "hochschule",
            "due": "2027-02-26",
        },
        {
            "what": "Haushaltsantrag für den Rufbus-Pilot in den Kreistag einbringen",
            "person": "Jörg Meißner",
            "due": "2026-11-30",
        },
        {
            "what": "Raum und Termin für den Fachtag 2027 reservieren",
            "actor": "koordinierungsstelle",
            "due": "2026-12-15",
        },
        {
            "what": "Ein Auswärtsspiel beim Netzwerk Nordhagen verabreden",
            "person": "Dr. Katharina Vogt",
            "due": "2026-10-15",
            "closed": ("done", ""),
        },
    ],
    "parking_lot": [
        "Wie behalten wir Schulen ohne feste Ansprechperson für den Übergang im Blick?",
    ],
}

# ---------------------------------------------------------------- check-up, still to come
_CHECK_UP: SessionSpec = {
    "key": "check_up",
    "format": "check_up",
    "in_event": False,
    "title": "Check-up 2026: Wie erleben die Partner die Zusammenarbeit?",
    "date": "2026-11-24",
    "start_time": "09:30",
    "utc_offset": 1,
    "place": "Bürgerstiftung Hellental, Saal im Stiftungshaus",
    "facilitator": "Prof. Dr. Helena Marković",
    "note_taker": "Jonas Weber",
    "guiding_question": (
        "Wie klar sind Rollen, Absprachen und Informationswege im Verbund – und was "
        "wünschen wir uns für 2027?"
    ),
    "people": [],
    "guests": [],
    "agenda": [
        {"title": "Begrüßung und Ziele des Check-ups", "minutes": 10},
        {"title": "Befragung (anonym, auf Papier oder am Laptop)", "minutes": 20},
        {"title": "Ergebnisse der Befragung", "minutes": 20},
        {"title": "Diskussion: Rollenklarheit, Transparenz, Vertrauen", "minutes": 30},
        {"title": "Offene Aufgaben aus dem Verbund", "minutes": 15},
        {"title": "Konsequenzen und nächste Schritte", "minutes": 15},
    ],
    "decisions": [],
    "actions": [],
    "parking_lot": [],
}

#: In the order they happened (action items are closed in later sessions by key).
SESSIONS: list[SessionSpec] = [
    _STEERING_JANUARY,
    _PLENUM,
    _TABLE_1_SPEC,
    _TABLE_2_SPEC,
    _TABLE_3_SPEC,
    _TABLE_4_SPEC,
    _STEERING_SEPTEMBER,
    _CHECK_UP,
]
