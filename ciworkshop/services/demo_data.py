"""Demo data for ciworkshop: a fictional regional network for the transition
from school to vocational training and work.

All content in this module is fictional. The region „Landkreis Hellental“,
its towns, organisations, companies and persons are invented; any
resemblance to real persons or institutions is coincidental. E-mail
addresses use the reserved domains example.org / example.com, and the phone
numbers are made up.

The module contains only plain constants (no imports), so that it can be
loaded anywhere (services, tests, benchmarks) without side effects.

Sector values: politics_administration, business, civil_society, education,
science, funders, other.
Role values: backbone, steering_committee, partner, funder, guest.
"""

from __future__ import annotations

NETWORK: dict[str, str] = {
    "name": "Zukunftswege Hellental – Verbund für den Übergang Schule–Beruf",
    "region": "Landkreis Hellental (Niedersachsen)",
    "challenge": (
        "Im Landkreis Hellental verlässt fast jede*r zehnte Jugendliche die Schule "
        "ohne Abschluss, und viele landen nach der Schule in Warteschleifen des "
        "Übergangssystems, während Betriebe in Handwerk, Pflege und Logistik ihre "
        "Ausbildungsplätze nicht besetzen können. Die Angebote von Schulen, "
        "Arbeitsverwaltung, Kammern und Jugendhilfe sind zahlreich, aber kaum "
        "aufeinander abgestimmt; gerade Jugendliche mit Migrationsgeschichte, mit "
        "Förderbedarf oder aus den ländlichen Ortsteilen gehen dabei verloren. "
        "Der Verbund will erreichen, dass alle Jugendlichen – unabhängig von Herkunft "
        "und Hintergrund – einen gelingenden Übergang in Ausbildung und Beruf schaffen."
    ),
}

ACTORS: list[dict[str, str]] = [
    # --- Backbone -----------------------------------------------------------
    {
        "key": "koordinierungsstelle",
        "name": "Koordinierungsstelle Zukunftswege Hellental",
        "short_name": "Koordinierungsstelle",
        "sector": "other",
        "role": "backbone",
        "note": (
            "Das Backbone-Team moderiert Fachtage und Steuerungskreis, verwaltet die "
            "Fördermittel und hält die gemeinsame Wirkungslogik aktuell."
        ),
    },
    # --- Politik & Verwaltung ----------------------------------------------
    {
        "key": "landratsamt",
        "name": "Landkreis Hellental – Fachbereich Jugend, Bildung und Soziales",
        "short_name": "Landkreis",
        "sector": "politics_administration",
        "role": "steering_committee",
        "note": (
            "Verantwortet Jugendhilfeplanung und Bildungsmonitoring und bringt die "
            "Daten der Schulentlassstatistik ein."
        ),
    },
    {
        "key": "agentur",
        "name": "Agentur für Arbeit Hellental-Rodenburg",
        "short_name": "Arbeitsagentur",
        "sector": "politics_administration",
        "role": "steering_committee",
        "note": (
            "Stellt die Berufsberatung an allen weiterführenden Schulen und kennt den "
            "regionalen Ausbildungsmarkt."
        ),
    },
    {
        "key": "jobcenter",
        "name": "Jobcenter Landkreis Hellental",
        "short_name": "Jobcenter",
        "sector": "politics_administration",
        "role": "partner",
        "note": (
            "Begleitet junge Menschen unter 25 im Leistungsbezug und finanziert "
            "Coaching- und Aktivierungsangebote."
        ),
    },
    {
        "key": "schulamt",
        "name": "Regionales Landesamt für Schule und Bildung – Dezernat Hellental",
        "short_name": "Schulbehörde",
        "sector": "politics_administration",
        "role": "partner",
        "note": (
            "Unterstützt die Berufsorientierung an den Schulen und sorgt für die "
            "Verbindlichkeit von Vereinbarungen mit den Schulleitungen."
        ),
    },
    # --- Wirtschaft ----------------------------------------------------------
    {
        "key": "ihk",
        "name": "IHK Weserland – Geschäftsstelle Hellental",
        "short_name": "IHK",
        "sector": "business",
        "role": "steering_committee",
        "note": (
            "Vertritt die Ausbildungsbetriebe aus Industrie, Handel und Dienstleistung "
            "und vermittelt Praktikums- und Ausbildungsplätze."
        ),
    },
    {
        "key": "hwk",
        "name": "Kreishandwerkerschaft Hellental",
        "short_name": "Kreishandwerkerschaft",
        "sector": "business",
        "role": "partner",
        "note": (
            "Bündelt die Innungsbetriebe und organisiert die jährliche "
            "Handwerks-Rallye für Schüler*innen der Klassen 8 und 9."
        ),
    },
    {
        "key": "brandt_logistik",
        "name": "Brandt Logistik GmbH & Co. KG",
        "short_name": "Brandt Logistik",
        "sector": "business",
        "role": "partner",
        "note": (
            "Größter Ausbildungsbetrieb im Landkreis; bietet Schnupperpraktika und "
            "Azubi-Patenschaften an."
        ),
    },
    {
        "key": "elektro_kaya",
        "name": "Elektrotechnik Kaya GmbH",
        "short_name": "Elektro Kaya",
        "sector": "business",
        "role": "partner",
        "note": (
            "Handwerksbetrieb mit zwölf Beschäftigten, der gezielt Jugendliche ohne "
            "Schulabschluss in Einstiegsqualifizierungen aufnimmt."
        ),
    },
    {
        "key": "klinikum",
        "name": "Kreisklinikum Hellental gGmbH",
        "short_name": "Kreisklinikum",
        "sector": "business",
        "role": "partner",
        "note": (
            "Bildet in der generalistischen Pflegeausbildung aus und sucht "
            "dringend Nachwuchs für Pflege und medizinische Assistenzberufe."
        ),
    },
    # --- Zivilgesellschaft --------------------------------------------------
    {
        "key": "jmd",
        "name": "Jugendmigrationsdienst Hellental",
        "short_name": "JMD",
        "sector": "civil_society",
        "role": "partner",
        "note": (
            "Berät junge Zugewanderte bis 27 Jahre und kennt die Hürden bei der "
            "Anerkennung ausländischer Schulabschlüsse."
        ),
    },
    {
        "key": "diakonie",
        "name": "Diakonisches Werk Hellental – Jugendberufshilfe",
        "short_name": "Diakonie",
        "sector": "civil_society",
        "role": "steering_committee",
        "note": (
            "Trägt die Schulsozialarbeit an vier Schulen und das Projekt "
            "„Zweite Chance“ für Schulverweigerer*innen."
        ),
    },
    {
        "key": "tsv",
        "name": "TSV Hellental 1897 e. V.",
        "short_name": "TSV Hellental",
        "sector": "civil_society",
        "role": "partner",
        "note": (
            "Erreicht über Trainer*innen viele Jugendliche, die von Beratungsstellen "
            "nicht erreicht werden, und bietet Übungsleiter-Ausbildungen an."
        ),
    },
    {
        "key": "elternnetzwerk",
        "name": "Elternnetzwerk Hellental e. V.",
        "short_name": "Elternnetzwerk",
        "sector": "civil_society",
        "role": "partner",
        "note": (
            "Mehrsprachige Elternlots*innen informieren Familien über das duale Ausbildungssystem."
        ),
    },
    # --- Bildung -------------------------------------------------------------
    {
        "key": "bbs",
        "name": "Berufsbildende Schulen Hellental",
        "short_name": "BBS Hellental",
        "sector": "education",
        "role": "steering_committee",
        "note": (
            "Berufsschule für alle dualen Ausbildungsgänge und Anbieterin der "
            "Berufseinstiegsschule (BVJ/BEK)."
        ),
    },
    {
        "key": "igs",
        "name": "IGS Am Lindenhof Rodenburg",
        "short_name": "IGS Lindenhof",
        "sector": "education",
        "role": "partner",
        "note": (
            "Integrierte Gesamtschule mit eigenem Berufsorientierungsbüro und "
            "Kooperationsverträgen mit sechs Betrieben."
        ),
    },
    {
        "key": "oberschule",
        "name": "Oberschule Bad Hellental",
        "short_name": "Oberschule",
        "sector": "education",
        "role": "partner",
        "note": (
            "Schule im ländlichen Raum, deren Schüler*innen für Praktika oft auf den "
            "ÖPNV angewiesen sind."
        ),
    },
    {
        "key": "foerderschule",
        "name": "Pestalozzi-Schule – Förderschule Lernen",
        "short_name": "Förderschule",
        "sector": "education",
        "role": "partner",
        "note": (
            "Bringt Erfahrung mit Jugendlichen mit Förderbedarf und unterstützter "
            "Beschäftigung ein."
        ),
    },
    # --- Wissenschaft --------------------------------------------------------
    {
        "key": "hochschule",
        "name": "Hochschule Weserland – Institut für Bildungs- und Sozialforschung",
        "short_name": "Hochschule Weserland",
        "sector": "science",
        "role": "partner",
        "note": (
            "Begleitet den Verbund wissenschaftlich, wertet die Schüler*innenbefragung "
            "aus und berät bei Indikatoren und Erhebungsmethoden."
        ),
    },
    # --- Förderer -----------------------------------------------------------
    {
        "key": "stiftung",
        "name": "Bürgerstiftung Hellental",
        "short_name": "Bürgerstiftung",
        "sector": "funders",
        "role": "funder",
        "note": (
            "Fördert die Koordinierungsstelle für zunächst drei Jahre und bringt "
            "Kontakte in die lokale Wirtschaft ein."
        ),
    },
    {
        "key": "sparkasse",
        "name": "Sparkassenstiftung Weserland",
        "short_name": "Sparkassenstiftung",
        "sector": "funders",
        "role": "funder",
        "note": "Finanziert den jährlichen Fachtag und die Azubi-Botschafter*innen.",
    },
    # --- Gäste ---------------------------------------------------------------
    {
        "key": "verbund_nordhagen",
        "name": "Übergangsnetzwerk Stadt Nordhagen",
        "short_name": "Netzwerk Nordhagen",
        "sector": "other",
        "role": "guest",
        "note": (
            "Benachbarter Verbund, der beim Auswärtsspiel von seinen Erfahrungen mit "
            "einer Jugendberufsagentur berichtet."
        ),
    },
]

PERSONS: list[dict[str, str | bool | None]] = [
    # Koordinierungsstelle (Backbone)
    {
        "name": "Dr. Katharina Vogt",
        "actor": "koordinierungsstelle",
        "function": "Leitung der Koordinierungsstelle",
        "email": "k.vogt@example.org",
        "phone": "+49 5141 98760-10",
        "consent": True,
    },
    {
        "name": "Tobias Engelhardt",
        "actor": "koordinierungsstelle",
        "function": "Referent Wirkungsmanagement",
        "email": "t.engelhardt@example.org",
        "phone": "+49 5141 98760-12",
        "consent": True,
    },
    {
        "name": "Amira Haddad",
        "actor": "koordinierungsstelle",
        "function": "Projektassistenz und Kommunikation",
        "email": "a.haddad@example.org",
        "phone": "+49 5141 98760-11",
        "consent": True,
    },
    # Landkreis
    {
        "name": "Jörg Meißner",
        "actor": "landratsamt",
        "function": "Fachbereichsleiter Jugend, Bildung und Soziales",
        "email": "joerg.meissner@example.org",
        "phone": "+49 5141 302-400",
        "consent": True,
    },
    {
        "name": "Sabine Krüger-Lenz",
        "actor": "landratsamt",
        "function": "Bildungsmonitoring und Jugendhilfeplanung",
        "email": "s.krueger-lenz@example.org",
        "phone": "+49 5141 302-417",
        "consent": False,
    },
    # Agentur für Arbeit
    {
        "name": "Marek Nowak",
        "actor": "agentur",
        "function": "Teamleiter Berufsberatung",
        "email": "marek.nowak@example.org",
        "phone": "+49 5141 880-231",
        "consent": True,
    },
    {
        "name": "Lena Hoffmann",
        "actor": "agentur",
        "function": "Berufsberaterin vor dem Erwerbsleben",
        "email": "lena.hoffmann@example.org",
        "phone": None,
        "consent": True,
    },
    # Jobcenter
    {
        "name": "Dr. Ulrike Sommerfeld",
        "actor": "jobcenter",
        "function": "Bereichsleitung U25",
        "email": "u.sommerfeld@example.org",
        "phone": "+49 5141 881-500",
        "consent": True,
    },
    {
        "name": "Dimitrios Papadopoulos",
        "actor": "jobcenter",
        "function": "Integrationsfachkraft U25",
        "email": "d.papadopoulos@example.org",
        "phone": None,
        "consent": False,
    },
    # Schulbehörde
    {
        "name": "Christiane Wendt",
        "actor": "schulamt",
        "function": "Schulfachliche Dezernentin für Berufsorientierung",
        "email": "c.wendt@example.org",
        "phone": "+49 5141 907-62",
        "consent": True,
    },
    # IHK
    {
        "name": "Florian Bäcker",
        "actor": "ihk",
        "function": "Leiter der Geschäftsstelle Hellental",
        "email": "f.baecker@example.com",
        "phone": "+49 5141 7719-0",
        "consent": True,
    },
    {
        "name": "Nadine Schulze",
        "actor": "ihk",
        "function": "Ausbildungsberaterin",
        "email": "n.schulze@example.com",
        "phone": "+49 5141 7719-25",
        "consent": True,
    },
    # Kreishandwerkerschaft
    {
        "name": "Heinz-Werner Stöver",
        "actor": "hwk",
        "function": "Kreishandwerksmeister",
        "email": "hw.stoever@example.com",
        "phone": None,
        "consent": False,
    },
    {
        "name": "Julia Özdemir",
        "actor": "hwk",
        "function": "Nachwuchswerbung und Passgenaue Besetzung",
        "email": "j.oezdemir@example.com",
        "phone": "+49 5141 6633-14",
        "consent": True,
    },
    # Brandt Logistik
    {
        "name": "Sven Brandt",
        "actor": "brandt_logistik",
        "function": "Geschäftsführer",
        "email": "s.brandt@example.com",
        "phone": None,
        "consent": True,
    },
    {
        "name": "Patricia Lange",
        "actor": "brandt_logistik",
        "function": "Ausbildungsleiterin",
        "email": "p.lange@example.com",
        "phone": "+49 5141 4450-120",
        "consent": True,
    },
    # Elektro Kaya
    {
        "name": "Emre Kaya",
        "actor": "elektro_kaya",
        "function": "Inhaber und Elektromeister",
        "email": "info.kaya@example.com",
        "phone": "+49 5143 2287",
        "consent": True,
    },
    # Kreisklinikum
    {
        "name": "Agnieszka Wiśniewska",
        "actor": "klinikum",
        "function": "Leitung der Pflegeschule",
        "email": "a.wisniewska@example.org",
        "phone": "+49 5141 60-3310",
        "consent": True,
    },
    {
        "name": "Thomas Reinecke",
        "actor": "klinikum",
        "function": "Personalentwicklung",
        "email": "t.reinecke@example.org",
        "phone": None,
        "consent": False,
    },
    # Jugendmigrationsdienst
    {
        "name": "Chukwuemeka Okafor",
        "actor": "jmd",
        "function": "Berater im Jugendmigrationsdienst",
        "email": "c.okafor@example.org",
        "phone": "+49 5141 22418",
        "consent": True,
    },
    {
        "name": "Olena Kovalenko",
        "actor": "jmd",
        "function": "Sozialpädagogin, Schwerpunkt Anerkennung",
        "email": "o.kovalenko@example.org",
        "phone": None,
        "consent": False,
    },
    # Diakonie
    {
        "name": "Matthias Große",
        "actor": "diakonie",
        "function": "Bereichsleitung Jugendberufshilfe",
        "email": "m.grosse@example.org",
        "phone": "+49 5141 5091-30",
        "consent": True,
    },
    {
        "name": "Hatice Yılmaz",
        "actor": "diakonie",
        "function": "Schulsozialarbeiterin an der Oberschule Bad Hellental",
        "email": "h.yilmaz@example.org",
        "phone": "+49 5141 5091-37",
        "consent": True,
    },
    {
        "name": "Benjamin Fuchs",
        "actor": "diakonie",
        "function": "Projektleitung „Zweite Chance“",
        "email": "b.fuchs@example.org",
        "phone": None,
        "consent": False,
    },
    # TSV Hellental
    {
        "name": "Ralf Dannenberg",
        "actor": "tsv",
        "function": "Jugendwart",
        "email": "r.dannenberg@example.org",
        "phone": "+49 171 5550142",
        "consent": True,
    },
    # Elternnetzwerk
    {
        "name": "Fatma Aydın",
        "actor": "elternnetzwerk",
        "function": "Vorsitzende und Elternlotsin",
        "email": "f.aydin@example.org",
        "phone": "+49 176 5550198",
        "consent": True,
    },
    {
        "name": "Irina Schmidt",
        "actor": "elternnetzwerk",
        "function": "Elternlotsin (Russisch, Ukrainisch)",
        "email": "i.schmidt@example.org",
        "phone": None,
        "consent": False,
    },
    # BBS Hellental
    {
        "name": "Dr. Andreas Köhler",
        "actor": "bbs",
        "function": "Schulleiter",
        "email": "a.koehler@example.org",
        "phone": "+49 5141 9340-0",
        "consent": True,
    },
    {
        "name": "Miriam Albrecht",
        "actor": "bbs",
        "function": "Koordinatorin Berufseinstiegsschule",
        "email": "m.albrecht@example.org",
        "phone": "+49 5141 9340-22",
        "consent": True,
    },
    # IGS Am Lindenhof
    {
        "name": "Stefanie Wagner-Ilić",
        "actor": "igs",
        "function": "Didaktische Leiterin",
        "email": "s.wagner-ilic@example.org",
        "phone": None,
        "consent": True,
    },
    {
        "name": "Kevin Hartmann",
        "actor": "igs",
        "function": "Lehrer und Koordinator Berufsorientierung",
        "email": "k.hartmann@example.org",
        "phone": "+49 5142 8810-15",
        "consent": False,
    },
    # Oberschule Bad Hellental
    {
        "name": "Birgit Ahrens",
        "actor": "oberschule",
        "function": "Schulleiterin",
        "email": "b.ahrens@example.org",
        "phone": "+49 5144 771-0",
        "consent": True,
    },
    # Förderschule
    {
        "name": "Nguyen Thi Lan",
        "actor": "foerderschule",
        "function": "Förderschullehrerin, Schwerpunkt Übergang",
        "email": "l.nguyen@example.org",
        "phone": None,
        "consent": True,
    },
    {
        "name": "Peter Schröder",
        "actor": "foerderschule",
        "function": "Konrektor",
        "email": "p.schroeder@example.org",
        "phone": "+49 5141 4412-0",
        "consent": False,
    },
    # Hochschule Weserland
    {
        "name": "Prof. Dr. Helena Marković",
        "actor": "hochschule",
        "function": "Professorin für Bildungsforschung, wissenschaftliche Begleitung",
        "email": "h.markovic@example.org",
        "phone": "+49 5151 6020-341",
        "consent": True,
    },
    {
        "name": "Jonas Weber",
        "actor": "hochschule",
        "function": "Wissenschaftlicher Mitarbeiter",
        "email": "j.weber@example.org",
        "phone": None,
        "consent": True,
    },
    # Bürgerstiftung
    {
        "name": "Gisela Hartwig",
        "actor": "stiftung",
        "function": "Vorstandsvorsitzende",
        "email": "g.hartwig@example.org",
        "phone": "+49 5141 33920",
        "consent": True,
    },
    # Sparkassenstiftung
    {
        "name": "Michael Terhorst",
        "actor": "sparkasse",
        "function": "Geschäftsführer der Stiftung",
        "email": "m.terhorst@example.com",
        "phone": None,
        "consent": False,
    },
    # Netzwerk Nordhagen (Gast)
    {
        "name": "Aylin Demir",
        "actor": "verbund_nordhagen",
        "function": "Koordinatorin der Jugendberufsagentur Nordhagen",
        "email": "a.demir@example.org",
        "phone": "+49 5161 4470-8",
        "consent": True,
    },
    # Ohne Organisation
    {
        "name": "Mia Schäfer",
        "actor": None,
        "function": "Jugendbotschafterin, Auszubildende zur Kauffrau für Büromanagement",
        "email": "mia.schaefer@example.com",
        "phone": None,
        "consent": True,
    },
    {
        "name": "Karim Al-Masri",
        "actor": None,
        "function": "Jugendreporter, Schüler der BBS Hellental",
        "email": "karim.almasri@example.com",
        "phone": None,
        "consent": False,
    },
]

# ---------------------------------------------------------------------------
# The impact canvas (Wirkungslogik): vision, mission and nine impact goals on
# the three levels. Each goal: level (project/system/knowledge), statement,
# target_group, rationale, ambition (1 too easy … 3 the aim … 5 utopian),
# status (draft/agreed/archived), actors (keys of ACTORS above), indicators
# and milestones. Indicator methods: survey, interview, official_statistics,
# observation, document_analysis, other (None: not yet decided). Measurements
# are (date, value) or (date, value, note). Milestone status: open, reached,
# missed. ``after_fachtag`` marks a goal formulated after the version frozen
# at the Fachtag (CANVAS_VERSION); measurements after that date and milestone
# statuses decided later are also entered after the freeze.
#
# Some goals are deliberately unfinished, as they are in real networks, so
# that the quality checks have something to show: a vague goal nobody is
# responsible for, a utopian one, an indicator without method, another
# without target, milestones without date or overdue, an indicator whose
# last measurement is more than a year old.
# ---------------------------------------------------------------------------

CANVAS_VISION = (
    "Im Landkreis Hellental findet jede*r Jugendliche – unabhängig von Herkunft, "
    "Wohnort und Unterstützungsbedarf – nach der Schule einen Weg in Ausbildung, "
    "Studium oder Arbeit, der zu den eigenen Stärken passt. Niemand geht im Übergang "
    "verloren, und die Betriebe der Region finden den Nachwuchs, den sie brauchen."
)

CANVAS_MISSION = (
    "Als Verbund aus Verwaltung, Wirtschaft, Schulen und Zivilgesellschaft stimmen wir "
    "unsere Angebote für Jugendliche ab Klasse 8 und junge Erwachsene bis 25 Jahre "
    "aufeinander ab, schließen Lücken in der Begleitung und machen den Übergang gemeinsam "
    "messbar – damit alle Jugendlichen eine verlässliche Ansprechperson und einen "
    "passenden nächsten Schritt haben."
)

CANVAS_VERSION: dict[str, str] = {
    "label": "Beschlossen beim Fachtag am 12. März 2026",
    "agreed_on": "2026-03-12",
}

CANVAS_GOALS: list[dict[str, object]] = [
    # --- Projektebene -------------------------------------------------------
    {
        "level": "project",
        "statement": (
            "Der Anteil der Jugendlichen, die die Schule ohne Abschluss verlassen, "
            "sinkt bis 2028 von 9,8 % auf 6 %."
        ),
        "target_group": "Schüler*innen der Klassen 8–10 an Ober-, Gesamt- und Förderschulen",
        "rationale": (
            "Ohne Abschluss ist der Weg in eine Ausbildung fast versperrt. Schulsozialarbeit "
            "und Schulen erkennen gefährdete Jugendliche früh und begleiten sie mit einem "
            "individuellen Förderplan bis zum Abschluss."
        ),
        "ambition": 3,
        "status": "agreed",
        "actors": ["schulamt", "diakonie", "foerderschule", "landratsamt"],
        "indicators": [
            {
                "name": "Schulabgänger*innen ohne Abschluss",
                "unit": "%",
                "baseline": (9.8, "2024-07-31"),
                "target": (6.0, "2028-07-31"),
                "method": "official_statistics",
                "method_note": "Schulentlassstatistik des Landes",
                "source": "Landkreis – Bildungsmonitoring",
                "frequency": "jährlich zum Schuljahresende",
                "measurements": [
                    ("2024-07-31", 9.8),
                    ("2025-07-31", 9.1),
                    ("2026-07-31", 8.4, "Erster Jahrgang mit Förderplan Übergang"),
                ],
            },
            {
                "name": "Gefährdete Jugendliche mit Förderplan Übergang",
                "unit": "%",
                "baseline": (35.0, "2024-09-30"),
                "target": (90.0, "2027-06-30"),
                "method": "document_analysis",
                "method_note": "Auswertung der Förderpläne (anonymisiert)",
                "source": "Diakonie – Schulsozialarbeit",
                "frequency": "halbjährlich",
                "measurements": [
                    ("2025-02-28", 48.0),
                    ("2025-09-30", 61.0),
                    ("2026-02-28", 70.0),
                    ("2026-09-30", 76.0),
                ],
            },
        ],
        "milestones": [
            {
                "text": "Förderplan Übergang an allen vier Pilotschulen eingeführt",
                "due_date": "2025-08-31",
                "status": "reached",
                "owner": "Diakonie – Schulsozialarbeit",
            },
            {
                "text": "Frühwarnsystem bei Schulabsentismus mit allen Oberschulen vereinbart",
                "due_date": "2026-09-30",
                "status": "open",
                "owner": "Schulbehörde",
            },
            {
                "text": "Zwischenbilanz im Steuerungskreis",
                "due_date": "2027-03-31",
                "status": "open",
                "owner": "Koordinierungsstelle",
            },
        ],
    },
    {
        "level": "project",
        "statement": (
            "Mehr Jugendliche beginnen direkt nach der Schule eine Ausbildung: Die "
            "Einmündungsquote in die duale Ausbildung steigt von 38 % auf 48 %."
        ),
        "target_group": "Schulabgänger*innen aller allgemeinbildenden Schulen im Landkreis",
        "rationale": (
            "Hunderte Ausbildungsplätze bleiben unbesetzt, während Jugendliche in "
            "Warteschleifen landen. Praktika, Betriebskontakte und eine gemeinsame "
            "Praktikumsbörse bringen beide Seiten zusammen."
        ),
        "ambition": 4,
        "status": "agreed",
        "actors": ["agentur", "ihk", "hwk", "brandt_logistik", "klinikum"],
        "indicators": [
            {
                "name": "Einmündungsquote in duale Ausbildung",
                "unit": "%",
                "baseline": (38.0, "2024-10-31"),
                "target": (48.0, "2028-10-31"),
                "method": "official_statistics",
                "method_note": "Ausbildungsmarktstatistik, Stichtag 30. September",
                "source": "Agentur für Arbeit Hellental-Rodenburg",
                "frequency": "jährlich",
                "measurements": [
                    ("2024-10-31", 38.0),
                    ("2025-10-31", 40.5),
                    ("2026-10-31", 43.0),
                ],
            },
            {
                "name": "Unbesetzte Ausbildungsplätze",
                "unit": "Plätze",
                "baseline": (412.0, "2024-09-30"),
                "target": (250.0, "2028-09-30"),
                "method": "official_statistics",
                "method_note": "Gemeldete unbesetzte Stellen zum 30. September",
                "source": "Agentur für Arbeit Hellental-Rodenburg",
                "frequency": "jährlich",
                "measurements": [
                    ("2024-09-30", 412.0),
                    ("2025-09-30", 389.0),
                    ("2026-09-30", 351.0),
                ],
            },
            {
                "name": "Angebote in der Praktikumsbörse",
                "unit": "Plätze",
                "baseline": (120.0, "2024-03-01"),
                "target": (300.0, "2026-12-31"),
                "method": "document_analysis",
                "method_note": "Auswertung der Online-Praktikumsbörse",
                "source": "IHK Weserland",
                "frequency": "halbjährlich",
                "measurements": [
                    ("2024-06-30", 150.0),
                    ("2024-12-31", 190.0),
                    ("2025-06-30", 240.0),
                    ("2025-12-31", 265.0),
                    ("2026-06-30", 310.0, "Ziel erreicht – Pflegebetriebe stark beteiligt"),
                ],
            },
        ],
        "milestones": [
            {
                "text": "Online-Praktikumsbörse freigeschaltet",
                "due_date": "2024-09-01",
                "status": "reached",
                "owner": "IHK Weserland",
            },
            {
                "text": "Azubi-Speed-Dating bei der Handwerks-Rallye",
                "due_date": "2025-05-15",
                "status": "reached",
                "owner": "Kreishandwerkerschaft",
            },
            {
                "text": "Zehn neue Ausbildungsbetriebe in der Pflege gewonnen",
                "due_date": "2025-12-31",
                "status": "missed",
                "owner": "Kreisklinikum",
            },
            {
                "text": "Zweite Ausbildungsmesse in Bad Hellental",
                "due_date": "2027-04-30",
                "status": "open",
                "owner": "IHK Weserland",
            },
        ],
    },
    {
        "level": "project",
        "statement": (
            "Alle neu zugewanderten Jugendlichen beginnen innerhalb eines Jahres nach ihrer "
            "Ankunft eine Ausbildung."
        ),
        "target_group": "Neu zugewanderte Jugendliche und junge Erwachsene von 16 bis 25 Jahren",
        "rationale": (
            "Beim Fachtag mit viel Begeisterung formuliert; Sprachkurse, Anerkennung von "
            "Abschlüssen und Wartezeiten machen das Ziel in dieser Form kaum erreichbar."
        ),
        "ambition": 5,
        "status": "agreed",
        "actors": ["jmd", "jobcenter", "elternnetzwerk"],
        "indicators": [
            {
                "name": "Neuzugewanderte mit Übergangsberatung binnen drei Monaten",
                "unit": "%",
                "baseline": (40.0, "2025-01-31"),
                "target": (100.0, "2026-12-31"),
                "method": None,
                "method_note": "",
                "source": "Jugendmigrationsdienst",
                "frequency": "halbjährlich",
                "measurements": [
                    ("2025-06-30", 52.0),
                    ("2025-12-31", 58.0),
                ],
            },
        ],
        "milestones": [
            {
                "text": "Mehrsprachige Elternabende an allen Oberschulen",
                "due_date": "",
                "status": "open",
                "owner": "Elternnetzwerk",
            },
        ],
    },
    {
        "level": "project",
        "statement": (
            "Jugendliche aus den ländlichen Ortsteilen erreichen Praktikums- und "
            "Ausbildungsorte mit Bus und Bahn in höchstens 45 Minuten."
        ),
        "target_group": "Schüler*innen der Oberschule Bad Hellental und der ländlichen Ortsteile",
        "rationale": (
            "Viele Praktika scheitern an der Fahrt: Der letzte Bus fährt vor Schichtende. "
            "Ein Azubi-Ticket und Rufbusse machen Betriebe im ganzen Landkreis erreichbar."
        ),
        "ambition": 2,
        "status": "agreed",
        "actors": ["oberschule", "landratsamt"],
        "indicators": [
            {
                "name": "Ausbildungsbetriebe mit ÖPNV-Anbindung unter 45 Minuten",
                "unit": "%",
                "baseline": (55.0, "2025-03-01"),
                "target": (75.0, "2027-12-31"),
                "method": "document_analysis",
                "method_note": "Fahrplanauswertung für die 40 größten Ausbildungsbetriebe",
                "source": "Landkreis – ÖPNV-Planung",
                "frequency": "jährlich zum Fahrplanwechsel",
                "measurements": [
                    ("2025-03-01", 55.0),
                    ("2025-09-01", 57.0, "Neue Linie 412 nach Rodenburg"),
                ],
            },
        ],
        "milestones": [
            {
                "text": "Azubi-Ticket im Kreistag beschlossen",
                "due_date": "2026-06-30",
                "status": "reached",
                "owner": "Landkreis Hellental",
            },
            {
                "text": "Rufbus für Praktikumswege erprobt",
                "due_date": "2027-03-31",
                "status": "open",
                "owner": "Landkreis – ÖPNV-Planung",
            },
        ],
    },
    # --- Systemebene --------------------------------------------------------
    {
        "level": "system",
        "statement": (
            "Die Partner stimmen ihre Angebote zur Berufsorientierung in einem gemeinsamen "
            "Jahresplan ab; Doppelangebote an derselben Schule gibt es nicht mehr."
        ),
        "target_group": "",
        "rationale": (
            "Manche Schulen bekommen drei Bewerbungstrainings im selben Halbjahr, andere "
            "keines. Ein gemeinsamer Plan macht Lücken und Doppelungen sichtbar."
        ),
        "ambition": 3,
        "status": "agreed",
        "actors": ["koordinierungsstelle", "schulamt", "agentur", "ihk"],
        "indicators": [
            {
                "name": "Schulen mit abgestimmtem Jahresplan Berufsorientierung",
                "unit": "Schulen",
                "baseline": (2.0, "2024-09-01"),
                "target": (12.0, "2027-07-31"),
                "method": "document_analysis",
                "method_note": "Abgleich der Jahrespläne mit der Angebotslandkarte",
                "source": "Koordinierungsstelle",
                "frequency": "jährlich zum Schuljahresbeginn",
                "measurements": [
                    ("2024-09-01", 2.0),
                    ("2025-09-01", 6.0),
                    ("2026-09-01", 9.0),
                ],
            },
        ],
        "milestones": [
            {
                "text": "Angebotslandkarte aller Berufsorientierungs-Angebote veröffentlicht",
                "due_date": "2025-03-31",
                "status": "reached",
                "owner": "Koordinierungsstelle",
            },
            {
                "text": "Jahresplan 2026/27 im Steuerungskreis beschlossen",
                "due_date": "2026-06-30",
                "status": "reached",
                "owner": "Steuerungskreis",
            },
            {
                "text": "Jahresplan 2027/28 im Steuerungskreis beschlossen",
                "due_date": "2027-06-30",
                "status": "open",
                "owner": "Steuerungskreis",
            },
        ],
    },
    {
        "level": "system",
        "statement": (
            "Die Partner erleben die Zusammenarbeit als vertrauensvoll und verbindlich: Im "
            "Check-up bewerten mindestens 80 % die Rollenklarheit mit „gut“ oder „sehr gut“."
        ),
        "target_group": "",
        "rationale": (
            "Vertrauen ist die Voraussetzung dafür, dass Partner Verantwortung teilen. "
            "Der jährliche Check-up zeigt, wo Rollen und Absprachen unklar sind."
        ),
        "ambition": 3,
        "status": "agreed",
        "actors": ["koordinierungsstelle", "hochschule"],
        "indicators": [
            {
                "name": "Rollenklarheit „gut“ oder „sehr gut“ im Check-up",
                "unit": "%",
                "baseline": (54.0, "2024-11-15"),
                "target": (80.0, "2027-11-30"),
                "method": "survey",
                "method_note": "Anonymer Check-up-Fragebogen an alle Partner",
                "source": "Hochschule Weserland",
                "frequency": "jährlich im November",
                "measurements": [
                    ("2024-11-15", 54.0),
                    ("2025-11-14", 63.0, "Rücklauf 41 von 52 Partnern"),
                ],
            },
        ],
        "milestones": [
            {
                "text": "Check-up 2026 ausgewertet und im Fachtag vorgestellt",
                "due_date": "2027-03-15",
                "status": "open",
                "owner": "Hochschule Weserland",
            },
        ],
    },
    {
        "level": "system",
        "statement": "Die Partner tauschen sich regelmäßig aus.",
        "target_group": "",
        "rationale": "Am Thementisch gesammelt; muss noch geschärft werden.",
        "ambition": 1,
        "status": "draft",
        "actors": [],
        "indicators": [],
        "milestones": [],
        "after_fachtag": True,
    },
    # --- Wissensebene -------------------------------------------------------
    {
        "level": "knowledge",
        "statement": (
            "Der Verbund kennt die Wege der Jugendlichen nach der Schule: Eine jährliche "
            "Verbleibsbefragung erreicht mindestens 70 % eines Abschlussjahrgangs."
        ),
        "target_group": "",
        "rationale": (
            "Bisher weiß niemand, wo die Jugendlichen ein Jahr nach der Schule sind. "
            "Verbleibsbefragung und Jugendreporter*innen machen Bedarfe sichtbar."
        ),
        "ambition": 4,
        "status": "agreed",
        "actors": ["hochschule", "landratsamt", "igs", "bbs"],
        "indicators": [
            {
                "name": "Rücklaufquote der Verbleibsbefragung",
                "unit": "%",
                "baseline": (31.0, "2024-12-15"),
                "target": (70.0, "2027-12-31"),
                "method": "survey",
                "method_note": "Online-Befragung ein Jahr nach Schulabschluss",
                "source": "Hochschule Weserland",
                "frequency": "jährlich im Dezember",
                "measurements": [
                    ("2024-12-15", 31.0),
                    ("2025-12-12", 47.0, "Erinnerung per Messenger verdoppelte den Rücklauf"),
                ],
            },
            {
                "name": "Interviews der Jugendreporter*innen",
                "unit": "Interviews",
                "baseline": (0.0, "2024-08-01"),
                "target": (12.0, "2026-07-31"),
                "method": "interview",
                "method_note": "Halbjährliche Leitfadeninterviews mit Gleichaltrigen",
                "source": "Koordinierungsstelle",
                "frequency": "halbjährlich",
                "measurements": [
                    ("2025-01-31", 4.0),
                    ("2025-07-31", 7.0),
                    ("2026-01-31", 9.0),
                    ("2026-07-31", 10.0),
                ],
            },
        ],
        "milestones": [
            {
                "text": "Fragebogen mit der Schüler*innenvertretung abgestimmt",
                "due_date": "2024-10-31",
                "status": "reached",
                "owner": "Hochschule Weserland",
            },
            {
                "text": "Erster Verbleibsbericht veröffentlicht",
                "due_date": "2025-04-30",
                "status": "reached",
                "owner": "Hochschule Weserland",
            },
            {
                "text": "Datenschutzkonzept für die Verknüpfung mit der Schulstatistik",
                "due_date": "2026-03-31",
                "status": "missed",
                "owner": "Landkreis – Bildungsmonitoring",
            },
        ],
    },
    {
        "level": "knowledge",
        "statement": (
            "Erkenntnisse werden transparent: Ein öffentliches Wirkungs-Dashboard zeigt "
            "zweimal im Jahr den Stand aller Indikatoren – auch für andere Netzwerke."
        ),
        "target_group": "",
        "rationale": (
            "Beim Auswärtsspiel mit dem Netzwerk Nordhagen entstanden: Wer seine Zahlen "
            "offenlegt, lernt schneller und gewinnt Förderer."
        ),
        "ambition": 3,
        "status": "draft",
        "actors": ["koordinierungsstelle", "stiftung"],
        "indicators": [
            {
                "name": "Aufrufe des Wirkungs-Dashboards",
                "unit": "Aufrufe pro Halbjahr",
                "baseline": (None, ""),
                "target": (None, ""),
                "method": "document_analysis",
                "method_note": "Web-Statistik ohne Cookies",
                "source": "Koordinierungsstelle",
                "frequency": "halbjährlich",
                "measurements": [
                    ("2026-06-30", 850.0, "Prototyp, nur im Verbund verlinkt"),
                ],
            },
        ],
        "milestones": [
            {
                "text": "Dashboard-Prototyp beim Fachtag vorgestellt",
                "due_date": "2026-03-12",
                "status": "reached",
                "owner": "Koordinierungsstelle",
            },
            {
                "text": "Dashboard öffentlich erreichbar",
                "due_date": "2026-10-31",
                "status": "open",
                "owner": "Koordinierungsstelle",
            },
        ],
        "after_fachtag": True,
    },
]

# The whole canvas under one name.
CANVAS: dict[str, object] = {
    "vision": CANVAS_VISION,
    "mission": CANVAS_MISSION,
    "version": CANVAS_VERSION,
    "goals": CANVAS_GOALS,
}
