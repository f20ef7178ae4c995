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
