"""The protocol's own words in German and English, without Qt.

Why a dict and not Qt's translator: the export package renders headless (command line,
a worker thread) and may import only the domain, so it cannot load a ``QTranslator``.
The protocol's language is also chosen per export, independent of the UI's language.
So the labels live here, in one small catalogue per language; domain texts
(:class:`~ciworkshop.domain.i18n.Text`: sectors, formats, levels, quality messages)
are looked up by their English source in :data:`DOMAIN_DE`. A unit test checks that
every domain label a protocol prints has its German entry, and that both catalogues
have the same keys.
"""

from __future__ import annotations

import math
from datetime import date

from ciworkshop.domain.canvas import (
    GOAL_STATUS_LABELS,
    LEVEL_LABELS,
    METHOD_LABELS,
    MILESTONE_STATUS_LABELS,
    parse_iso_date,
)
from ciworkshop.domain.events import ACTION_STATUS_LABELS, AGREEMENT_LABELS, FORMAT_LABELS
from ciworkshop.domain.i18n import Text
from ciworkshop.domain.model import SECTOR_LABELS
from ciworkshop.domain.quality import CHECK_LABELS, MSG_TOO_MANY, Finding

LABELS: dict[str, dict[str, str]] = {
    "de": {
        "protocol": "Protokoll",
        "protocol_of": "Protokoll: {title}",
        "network": "Verbund",
        "event": "Veranstaltung",
        "date": "Datum",
        "place": "Ort",
        "facilitation": "Moderation",
        "note_taker": "Protokoll",
        "time": "Zeit",
        "format": "Format",
        "guiding_question": "Leitfrage",
        "participants_short": "Teilnehmende",
        "created_on": "Erstellt am {date} mit ciworkshop",
        "page_of": "Seite {page} von {pages}",
        "contents": "Inhalt",
        "overview": "Auf einen Blick",
        "count_sessions": "Sitzungen",
        "count_participants": "Teilnehmende",
        "count_cards": "Moderationskarten",
        "count_decisions": "Beschlüsse",
        "count_actions": "Aufgaben",
        # participants
        "participants": "Teilnehmende",
        "participants_total": "{total} Personen nahmen teil.",
        "participants_unnamed": (
            "{count} von ihnen werden ohne Namen gezählt, weil keine Einwilligung zur "
            "Namensnennung vorliegt (DSGVO)."
        ),
        "participants_anonymised": (
            "Dieses Protokoll nennt keine Namen von Teilnehmenden; aufgeführt sind die "
            "beteiligten Organisationen."
        ),
        "no_participants": "Es wurde keine Anwesenheit erfasst.",
        "without_organisation": "Ohne Organisation",
        "organisation_only": "(ohne Namensnennung)",
        # agenda
        "agenda": "Tagesordnung",
        "agenda_item": "TOP",
        "item": "Tagesordnungspunkt",
        "planned": "Geplant",
        "actual": "Tatsächlich",
        "start": "Beginn",
        "minutes": "Min.",
        "minutes_long": "{minutes} Min.",
        "no_agenda": "Keine Tagesordnung erfasst.",
        "not_recorded": "–",
        # results
        "results": "Ergebnisse",
        "cards_unclustered": "Karten ohne Cluster",
        "unnamed_cluster": "Cluster ohne Namen",
        "dot_voting": "Punktabfrage",
        "rank": "Rang",
        "card": "Karte",
        "dots": "Punkte",
        "cluster": "Cluster",
        "no_results": "Zu diesem Punkt wurde nichts festgehalten.",
        "ranking_more": (
            "Weitere {count} Karten haben Punkte bekommen; sie stehen oben mit ihrer Punktzahl."
        ),
        "decisions": "Beschlüsse",
        "agreement": "Zustimmung",
        "no_decisions": "Keine Beschlüsse.",
        "actions": "Aufgaben",
        "what": "Was",
        "who": "Wer",
        "due": "Bis wann",
        "status": "Status",
        "session": "Sitzung",
        "no_actions": "Keine Aufgaben.",
        "parking_lot": "Themenspeicher",
        "no_parking_lot": "Der Themenspeicher ist leer.",
        "photos": "Fotos",
        "photo": "Foto {number}",
        "photo_unreadable": "[Das Foto „{caption}“ konnte nicht gelesen werden.]",
        "general_decisions": "Weitere Beschlüsse",
        # canvas
        "canvas": "Wirkungslogik",
        "vision": "Vision",
        "mission": "Mission",
        "no_goals": "Noch keine Wirkungsziele.",
        "goals_indicators": "Ziele und Indikatoren",
        "goal": "Ziel",
        "target_group": "Zielgruppe",
        "responsible": "Verantwortlich",
        "indicator": "Indikator",
        "method": "Methode",
        "baseline": "Ausgangswert",
        "latest": "Letzte Messung",
        "target": "Zielwert",
        "trend": "Verlauf",
        "no_indicators": "Keine Indikatoren.",
        "milestones": "Meilensteine",
        "milestone": "Meilenstein",
        "owner": "Zuständig",
        "no_milestones": "Keine Meilensteine.",
        "goal_status": "Status",
        # quality
        "quality": "Anhang: Qualitätscheck der Wirkungslogik",
        "quality_intro": "Stand {date}. Geprüft wird, was eine tragfähige Wirkungslogik braucht.",
        "quality_passed": "erfüllt",
        "quality_all_passed": "Alle Prüfungen sind erfüllt.",
        # csv
        "csv_open": "offen",
        # warnings
        "replaced": "nicht darstellbares Zeichen",
    },
    "en": {
        "protocol": "Minutes",
        "protocol_of": "Minutes: {title}",
        "network": "Network",
        "event": "Event",
        "date": "Date",
        "place": "Place",
        "facilitation": "Facilitation",
        "note_taker": "Minutes",
        "time": "Time",
        "format": "Format",
        "guiding_question": "Guiding question",
        "participants_short": "Participants",
        "created_on": "Created on {date} with ciworkshop",
        "page_of": "Page {page} of {pages}",
        "contents": "Contents",
        "overview": "At a glance",
        "count_sessions": "Sessions",
        "count_participants": "Participants",
        "count_cards": "Cards",
        "count_decisions": "Decisions",
        "count_actions": "Action items",
        "participants": "Participants",
        "participants_total": "{total} people took part.",
        "participants_unnamed": (
            "{count} of them are counted without their names: they have not consented to "
            "be named (GDPR)."
        ),
        "participants_anonymised": (
            "These minutes name no participants; the organisations that took part are listed."
        ),
        "no_participants": "No attendance was recorded.",
        "without_organisation": "Without organisation",
        "organisation_only": "(not named)",
        "agenda": "Agenda",
        "agenda_item": "Item",
        "item": "Agenda item",
        "planned": "Planned",
        "actual": "Actual",
        "start": "Start",
        "minutes": "min",
        "minutes_long": "{minutes} min",
        "no_agenda": "No agenda recorded.",
        "not_recorded": "–",
        "results": "Results",
        "cards_unclustered": "Cards without a cluster",
        "unnamed_cluster": "Unnamed cluster",
        "dot_voting": "Dot voting",
        "rank": "Rank",
        "card": "Card",
        "dots": "Dots",
        "cluster": "Cluster",
        "no_results": "Nothing was recorded for this item.",
        "ranking_more": "{count} more cards got dots; they are listed above with their dots.",
        "decisions": "Decisions",
        "agreement": "Agreed by",
        "no_decisions": "No decisions.",
        "actions": "Action items",
        "what": "What",
        "who": "Who",
        "due": "By when",
        "status": "Status",
        "session": "Session",
        "no_actions": "No action items.",
        "parking_lot": "Parking lot",
        "no_parking_lot": "The parking lot is empty.",
        "photos": "Photos",
        "photo": "Photo {number}",
        "photo_unreadable": "[The photo “{caption}” could not be read.]",
        "general_decisions": "Further decisions",
        "canvas": "Impact logic",
        "vision": "Vision",
        "mission": "Mission",
        "no_goals": "No impact goals yet.",
        "goals_indicators": "Goals and indicators",
        "goal": "Goal",
        "target_group": "Target group",
        "responsible": "Responsible",
        "indicator": "Indicator",
        "method": "Method",
        "baseline": "Baseline",
        "latest": "Latest",
        "target": "Target",
        "trend": "Trend",
        "no_indicators": "No indicators.",
        "milestones": "Milestones",
        "milestone": "Milestone",
        "owner": "Owner",
        "no_milestones": "No milestones.",
        "goal_status": "Status",
        "quality": "Appendix: quality check of the impact logic",
        "quality_intro": "As of {date}. The checks list what a sound impact logic needs.",
        "quality_passed": "passed",
        "quality_all_passed": "All checks are passed.",
        "csv_open": "open",
        "replaced": "character that cannot be printed",
    },
}

#: German for the domain texts a protocol prints, by (context, English source).
DOMAIN_DE: dict[tuple[str, str], str] = {
    ("Sector", "Politics & administration"): "Politik & Verwaltung",
    ("Sector", "Business"): "Wirtschaft",
    ("Sector", "Civil society"): "Zivilgesellschaft",
    ("Sector", "Education"): "Bildung",
    ("Sector", "Science"): "Wissenschaft",
    ("Sector", "Funders"): "Förderer",
    ("Sector", "Other"): "Sonstige",
    ("SessionFormat", "Plenary"): "Plenum",
    ("SessionFormat", "Round table"): "Runder Tisch",
    ("SessionFormat", "Workshop"): "Workshop",
    ("SessionFormat", "Steering committee"): "Steuerungskreis",
    ("SessionFormat", "Away game"): "Auswärtsspiel",
    ("SessionFormat", "Check-up"): "Check-up",
    ("Agreement", "Consensus"): "Konsens",
    ("Agreement", "Majority vote"): "Mehrheitsentscheid",
    ("Agreement", "Consent (no objection)"): "Konsent (kein Einwand)",
    ("Agreement", "Other"): "Sonstige",
    ("ActionStatus", "Open"): "Offen",
    ("ActionStatus", "Done"): "Erledigt",
    ("ActionStatus", "Dropped"): "Verworfen",
    ("GoalLevel", "Project level"): "Projektebene",
    ("GoalLevel", "System level"): "Systemebene",
    ("GoalLevel", "Knowledge level"): "Wissensebene",
    ("GoalStatus", "Draft"): "Entwurf",
    ("GoalStatus", "Agreed"): "Beschlossen",
    ("GoalStatus", "Archived"): "Archiviert",
    ("CollectionMethod", "Survey"): "Befragung",
    ("CollectionMethod", "Interview"): "Interview",
    ("CollectionMethod", "Official statistics"): "Amtliche Statistik",
    ("CollectionMethod", "Observation"): "Beobachtung",
    ("CollectionMethod", "Document analysis"): "Dokumentenanalyse",
    ("CollectionMethod", "Other"): "Sonstige",
    ("MilestoneStatus", "Open"): "Offen",
    ("MilestoneStatus", "Reached"): "Erreicht",
    ("MilestoneStatus", "Missed"): "Verfehlt",
    ("QualityCheck", "Goals without an indicator"): "Ziele ohne Indikator",
    (
        "QualityCheck",
        "Indicators without method or target",
    ): "Indikatoren ohne Methode oder Zielwert",
    ("QualityCheck", "Goals without a dated milestone"): "Ziele ohne datierten Meilenstein",
    ("QualityCheck", "Project goals without a target group"): "Projektziele ohne Zielgruppe",
    (
        "QualityCheck",
        "Goals rated too easy or utopian",
    ): "Ziele, die als zu leicht oder utopisch eingestuft sind",
    ("QualityCheck", "Goals without a responsible actor"): "Ziele ohne verantwortlichen Akteur",
    ("QualityCheck", "Levels with more than five goals"): "Ebenen mit mehr als fünf Zielen",
    ("QualityCheck", "Overdue milestones"): "Überfällige Meilensteine",
    (
        "QualityCheck",
        "Indicators not measured in the last twelve months",
    ): "Indikatoren ohne Messung in den letzten zwölf Monaten",
    (
        "QualityCheck",
        "The goal “{goal}” has no indicator.",
    ): "Das Ziel „{goal}“ hat keinen Indikator.",
    (
        "QualityCheck",
        "The indicator “{indicator}” has no data-collection method.",
    ): "Der Indikator „{indicator}“ hat keine Erhebungsmethode.",
    (
        "QualityCheck",
        "The indicator “{indicator}” has no target value.",
    ): "Der Indikator „{indicator}“ hat keinen Zielwert.",
    (
        "QualityCheck",
        "The indicator “{indicator}” has neither a data-collection method nor a target value.",
    ): "Der Indikator „{indicator}“ hat weder eine Erhebungsmethode noch einen Zielwert.",
    (
        "QualityCheck",
        "The goal “{goal}” has no milestone.",
    ): "Das Ziel „{goal}“ hat keinen Meilenstein.",
    (
        "QualityCheck",
        "The goal “{goal}” has no milestone with a due date.",
    ): "Das Ziel „{goal}“ hat keinen Meilenstein mit Fälligkeitsdatum.",
    (
        "QualityCheck",
        "The project-level goal “{goal}” names no target group.",
    ): "Das Projektziel „{goal}“ nennt keine Zielgruppe.",
    (
        "QualityCheck",
        "The goal “{goal}” is rated too easy: it will hardly motivate anyone.",
    ): "Das Ziel „{goal}“ ist als zu leicht eingestuft: Es wird kaum jemanden motivieren.",
    (
        "QualityCheck",
        "The goal “{goal}” is rated utopian: it may discourage the actors.",
    ): "Das Ziel „{goal}“ ist als utopisch eingestuft: Es kann die Akteure entmutigen.",
    (
        "QualityCheck",
        "The goal “{goal}” has no responsible actor.",
    ): "Für das Ziel „{goal}“ ist kein Akteur verantwortlich.",
    (
        "QualityCheck",
        "The project level holds {count} goals; a focused agenda holds three to five.",
    ): "Auf der Projektebene stehen {count} Ziele; eine fokussierte Agenda hat drei bis fünf.",
    (
        "QualityCheck",
        "The system level holds {count} goals; a focused agenda holds three to five.",
    ): "Auf der Systemebene stehen {count} Ziele; eine fokussierte Agenda hat drei bis fünf.",
    (
        "QualityCheck",
        "The knowledge level holds {count} goals; a focused agenda holds three to five.",
    ): "Auf der Wissensebene stehen {count} Ziele; eine fokussierte Agenda hat drei bis fünf.",
    (
        "QualityCheck",
        "The milestone “{milestone}” was due on {due_date} and is still open.",
    ): "Der Meilenstein „{milestone}“ war am {due_date} fällig und ist noch offen.",
    (
        "QualityCheck",
        "The indicator “{indicator}” has not been measured yet.",
    ): "Der Indikator „{indicator}“ wurde noch nie gemessen.",
    (
        "QualityCheck",
        "The indicator “{indicator}” was last measured on {date}, more than twelve months ago.",
    ): "Der Indikator „{indicator}“ wurde zuletzt am {date} gemessen, vor mehr als zwölf Monaten.",
}


#: Every domain text a protocol prints (a unit test checks each has its German entry).
PRINTED_TEXTS: tuple[Text, ...] = (
    *SECTOR_LABELS.values(),
    *FORMAT_LABELS.values(),
    *AGREEMENT_LABELS.values(),
    *ACTION_STATUS_LABELS.values(),
    *LEVEL_LABELS.values(),
    *GOAL_STATUS_LABELS.values(),
    *METHOD_LABELS.values(),
    *MILESTONE_STATUS_LABELS.values(),
    *CHECK_LABELS.values(),
    *MSG_TOO_MANY.values(),
)


def label(language: str, key: str, **values: object) -> str:
    """The protocol's label ``key`` in ``language``, placeholders filled."""
    text = LABELS[language][key]
    return text.format(**values) if values else text


def domain(language: str, text: Text, **values: object) -> str:
    """A domain text (an enum label, a quality message) in ``language``; the English
    source where German is missing (a newer domain text), never an error."""
    source = DOMAIN_DE.get((text.context, text.source), text.source)
    if language == "en":
        source = text.source
    return source.format(**values) if values else source


def format_date(language: str, iso: str) -> str:
    """An ISO date as the protocol writes it: 12.03.2026 (de), 12 Mar 2026 (en);
    text that is no valid date is kept as it is."""
    day = parse_iso_date(iso)
    if day is None:
        return iso
    return short_date(language, day)


def short_date(language: str, day: date) -> str:
    if language == "de":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_number(language: str, value: float | None, unit: str = "") -> str:
    """A measured value as short as exact ("12", "12,5" in German), grouped by
    thousands ("1.234" / "1,234"), with its unit; "" for no value."""
    if value is None or not math.isfinite(value):
        return ""
    text = f"{value:,.6f}".rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    if language == "de":
        text = text.translate(str.maketrans(",.", ".,"))
    return f"{text} {unit}".strip() if unit else text


def finding_text(language: str, finding: Finding) -> str:
    """A quality finding's message with its values, dates in the protocol's style."""
    values = {
        key: format_date(language, value)
        if key in ("date", "due_date") and isinstance(value, str)
        else value
        for key, value in finding.values
    }
    return domain(language, finding.message, **values)
