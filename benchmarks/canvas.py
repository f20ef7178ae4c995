"""The impact canvas at workshop scale: open and paint it, and edit a goal on it.

The file: 60 goals (20 per level), 5 indicators per goal (300), about 4 measurements per
indicator (1,200), 2–3 milestones per goal, 20 actors of whom 0–4 are responsible for each
goal, and one frozen version (the one the room agreed on, 54 goals, before the last round
of measurements), all with German texts of realistic length (goal statements ~150
characters). It is written once, in one transaction, before any clock starts.

1. Open and paint. Each run builds a fresh :class:`CanvasView` (1920×1080, shown, its empty
   state painted and every pending event processed: the page exists when the user opens a
   file), then times ``Document.open`` → ``DocumentSession`` → ``view.set_session`` (snapshot,
   quality checks, checklist, versions with the comparison against the frozen version,
   board models, details) → the first complete frame. A fresh view per run, because a view
   that showed the same file before would take the models' cheaper "same goals" path. The
   session is closed after every run; one untimed warm-up run comes first, and its figure
   is reported as the cold one.

   "Painted" is defined as in the app's event loop, made synchronous: ``processEvents()``
   (it runs the list views' delayed item layouts, which are timers, and the posted paint
   requests) followed by ``view.repaint()``, a synchronous paint of the whole page into the
   window's backing store. A paint probe counts the goal cards the delegate painted and
   compares them with the cards that lie in the visible part of each column: only a frame
   that painted all of them counts. ``QWidget.grab()`` is not used: it renders into a
   pixmap outside the backing store, runs no pending item layout (the lists would be painted
   empty if it ran first) and paints each widget regardless of what is exposed.

   The phases are measured inside the same runs by thin timing wrappers put around the
   methods the page calls (installed only in this process; nothing in ciworkshop changes).
   Each phase is reported as its self time, so the phases add up to the total.

2. Edit a goal. With the file open and the page painted, each edit selects a goal
   (untimed; the inline editor makes it the current goal in the app), then times
   ``session.push(edit_goal(...))`` with a new statement (the commit with synchronous=FULL,
   the session's signal, the page's refresh) → ``processEvents()`` → ``view.repaint()``.
   The drafts are built before the clock starts; edits alternate over all 60 goals.
"""

from __future__ import annotations

import contextlib
import functools
import os
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.common import filesystem_of, median, percentile

GOALS_PER_LEVEL = 20
INDICATORS_PER_GOAL = 5
ACTOR_COUNT = 20
GOALS_AFTER_FREEZE = 6
WINDOW_SIZE = (1920, 1080)
WARMUP_EDITS = 10
SEED = 20_260_312

# ---------------------------------------------------------------- German texts
_ACTORS = (
    ("Koordinierungsstelle Übergang Schule–Beruf im Landkreis", "Koordinierung"),
    ("Landkreis Hellental – Fachbereich Jugend, Bildung und Soziales", "Landkreis"),
    ("Agentur für Arbeit Hellental-Rodenburg", "Agentur"),
    ("Jobcenter Landkreis Hellental", "Jobcenter"),
    ("Regionales Landesamt für Schule und Bildung", "RLSB"),
    ("IHK Weserland – Geschäftsstelle Hellental", "IHK"),
    ("Kreishandwerkerschaft Hellental", "KHS"),
    ("Brandt Logistik GmbH & Co. KG", "Brandt"),
    ("Kreisklinikum Hellental gGmbH", "Klinikum"),
    ("Jugendmigrationsdienst Hellental", "JMD"),
    ("Diakonisches Werk – Jugendberufshilfe", "Diakonie"),
    ("TSV Hellental 1897 e. V.", "TSV"),
    ("Elternnetzwerk Hellental e. V.", "Elternnetzwerk"),
    ("Berufsbildende Schulen Hellental", "BBS"),
    ("IGS Am Lindenhof Rodenburg", "IGS"),
    ("Oberschule Bad Hellental", "Oberschule"),
    ("Pestalozzi-Schule – Förderschule Lernen", "Förderschule"),
    ("Hochschule Weserland – Institut für Bildungsforschung", "Hochschule"),
    ("Bürgerstiftung Hellental", "Bürgerstiftung"),
    ("Sparkassenstiftung Weserland", "Sparkassenstiftung"),
)

_TOPICS = {
    "project": (
        "Der Anteil der Jugendlichen, die die Schule ohne Abschluss verlassen,",
        "Der Anteil der Schulabgänger*innen, die direkt eine duale Ausbildung beginnen,",
        "Die Zahl der vorzeitig gelösten Ausbildungsverträge im ersten Lehrjahr",
        "Der Anteil der Jugendlichen mit einem schriftlichen Förderplan Übergang",
        "Die Zahl der jungen Geflüchteten in einer Einstiegsqualifizierung",
        "Der Anteil der Schüler*innen mit mindestens zwei Betriebspraktika",
        "Die Zahl der Jugendlichen, die nach der Schule in keiner Statistik auftauchen,",
    ),
    "system": (
        "Der Anteil der Schulen mit einer festen Ansprechperson der Berufsberatung",
        "Die Zahl der Betriebe, die über die gemeinsame Praktikumsbörse Plätze anbieten,",
        "Der Anteil der Fallübergaben zwischen Schule und Jugendberufsagentur mit Zustimmung",
        "Die Zahl der Partner, die ihre Angebote im gemeinsamen Wegweiser pflegen,",
        "Der Anteil der Beratungsfälle, die innerhalb von zwei Wochen einen Termin erhalten,",
        "Die Zahl der gemeinsam finanzierten Stellen in der Schulsozialarbeit",
        "Der Anteil der Förderschulen mit einem abgestimmten Übergangskonzept",
    ),
    "knowledge": (
        "Der Anteil der Lehrkräfte, die das regionale Übergangssystem erklären können,",
        "Die Zahl der Eltern, die an einem Elternabend zur Berufsorientierung teilnehmen,",
        "Der Anteil der Partner, die die Daten des Bildungsmonitorings kennen und nutzen,",
        "Die Zahl der Ausbilder*innen mit einer Schulung zu interkultureller Kompetenz",
        "Der Anteil der Jugendlichen, die ihre Stärken in eigenen Worten beschreiben können,",
        "Die Zahl der Betriebe, die die Angebote der Ausbildungsbegleitung kennen,",
        "Der Anteil der Steuerungskreis-Mitglieder, die die Wirkungslogik erläutern können,",
    ),
}
_CHANGES = (
    "sinkt bis {year} von {a} % auf {b} %",
    "steigt bis {year} von {a} % auf {b} %",
    "wächst bis Ende {year} von {a} auf {b}",
    "verdoppelt sich bis {year} von {a} auf {b}",
)
_REASONS = (
    "dank früher Begleitung an den Schulen",
    "weil alle Partner dieselben Daten nutzen",
    "dank verbindlicher Praktikumszeiten",
    "weil jede*r eine feste Ansprechperson hat",
    "dank des gemeinsamen Wegweisers",
    "weil Eltern früh einbezogen werden",
)
_TARGET_GROUPS = (
    "Schüler*innen der Klassen 8–10 an Ober-, Gesamt- und Förderschulen im Landkreis",
    "Schulabgänger*innen aller allgemeinbildenden Schulen im Landkreis Hellental",
    "Auszubildende im ersten Lehrjahr in Handwerk, Pflege und Logistik",
    "Junge Geflüchtete zwischen 16 und 25 Jahren ohne Ausbildungsplatz",
    "Jugendliche mit sonderpädagogischem Förderbedarf im Schwerpunkt Lernen",
)
_RATIONALE = (
    "Ohne Abschluss ist der Weg in eine Ausbildung fast versperrt. Die Partner haben sich "
    "beim Fachtag darauf verständigt, gefährdete Jugendliche früh zu erkennen und bis zum "
    "Abschluss zu begleiten; die Schulen melden Fehlzeiten, die Schulsozialarbeit nimmt "
    "innerhalb einer Woche Kontakt auf."
)
_INDICATORS = (
    ("Anteil der Jugendlichen mit Anschlussperspektive", "%", "official_statistics"),
    ("Teilnehmende an Praktikumswochen der Klassen 8 und 9", "Personen", "document_analysis"),
    ("Zufriedenheit der Betriebe mit der Vermittlung (Skala 1–5)", "Punkte", "survey"),
    ("Abgestimmte Fallübergaben je Schulhalbjahr", "Fälle", "document_analysis"),
    ("Jugendliche, die ihre Ansprechperson namentlich kennen", "%", "survey"),
    ("Beratungsgespräche mit Eltern in Herkunftssprache", "Gespräche", "interview"),
    ("Besetzte Ausbildungsplätze in Mangelberufen", "Plätze", "official_statistics"),
    ("Aktuelle Einträge im gemeinsamen Wegweiser", "Einträge", "observation"),
)
_SOURCES = (
    "Landkreis – Bildungsmonitoring",
    "Agentur für Arbeit – Ausbildungsmarktstatistik",
    "Koordinierungsstelle – eigene Erhebung",
    "Diakonie – Schulsozialarbeit, anonymisierte Falldokumentation",
)
_MEASUREMENT_NOTES = (
    "",
    "",
    "Erster Jahrgang mit Förderplan Übergang",
    "Rücklauf der Befragung 61 %, zwei Schulen fehlen",
    "Nach der Umstellung der Statistik nur eingeschränkt vergleichbar",
)
_MILESTONES = (
    "Förderplan Übergang an allen Pilotschulen eingeführt",
    "Frühwarnsystem bei Schulabsentismus mit allen Oberschulen vereinbart",
    "Zwischenbilanz im Steuerungskreis vorgestellt und Maßnahmen angepasst",
    "Praktikumsbörse mit mindestens 80 Betrieben online",
    "Kooperationsvereinbarung zur Datenweitergabe von allen Partnern unterschrieben",
    "Fortbildungsreihe für Lehrkräfte und Ausbilder*innen abgeschlossen",
)
_OWNERS = ("Koordinierungsstelle", "Schulbehörde", "Jobcenter", "IHK", "Diakonie")


@dataclass(frozen=True)
class CanvasFigures:
    """What the benchmark file holds."""

    goals: int
    indicators: int
    measurements: int
    milestones: int
    actors: int
    linked_actors: int
    versions: int
    file_bytes: int

    def describe(self) -> str:
        return (
            f"{self.goals} goals, {self.indicators} indicators, {self.measurements} "
            f"measurements, {self.milestones} milestones, {self.actors} actors "
            f"({self.linked_actors} goal–actor links), {self.versions} frozen version; "
            f"{self.file_bytes / 1e6:.1f} MB"
        )


def statement(rng: random.Random, level: str, index: int, edit: int = 0) -> str:
    """A goal statement of ~150 characters; ``edit`` > 0 gives a reworded one."""
    topics = _TOPICS[level]
    topic = topics[(index + edit) % len(topics)]
    change = _CHANGES[(index + edit) % len(_CHANGES)]
    a = rng.randint(5, 60)
    b = a + rng.randint(5, 30) if "steigt" in change or "wächst" in change else a // 2
    if "verdoppelt" in change:
        b = 2 * a
    reason = _REASONS[(index * 7 + edit) % len(_REASONS)]
    year = 2027 + (index + edit) % 3
    return f"{topic} {change.format(year=year, a=a, b=b)}, {reason}."


def build_file(path: Path) -> CanvasFigures:
    """Write the benchmark's canvas file at ``path`` (which must not exist)."""
    from ciworkshop.domain.canvas import Ambition, CanvasDraft, GoalDraft, GoalLevel, GoalStatus
    from ciworkshop.domain.model import ActorDraft, ActorRole, Sector
    from ciworkshop.services.canvas import CanvasService
    from ciworkshop.services.network import NetworkService
    from ciworkshop.store.document import Document

    rng = random.Random(SEED)
    document = Document.create(path, network_name="Zukunftswege Hellental (Benchmark)")
    try:
        network = NetworkService(document)
        canvas = CanvasService(document)
        later: list[Callable[[], object]] = []
        links = 0
        # One transaction; the service calls nest as savepoints (as in the demo).
        with document.transaction():
            actor_uuids = [
                network.add_actor(
                    draft=ActorDraft(
                        name=name,
                        short_name=short,
                        sector=rng.choice(list(Sector)),
                        role=ActorRole.PARTNER if index else ActorRole.BACKBONE,
                        note="Ansprechpartnerin für den Übergang. " * rng.randint(0, 3),
                    )
                )[0].uuid
                for index, (name, short) in enumerate(_ACTORS[:ACTOR_COUNT])
            ]
            canvas.update_canvas(
                draft=CanvasDraft(
                    vision=(
                        "Im Landkreis Hellental findet jede*r Jugendliche – unabhängig von "
                        "Herkunft, Wohnort und Unterstützungsbedarf – nach der Schule einen "
                        "Weg in Ausbildung, Studium oder Arbeit, der zu den eigenen Stärken "
                        "passt. Niemand geht im Übergang verloren."
                    ),
                    mission=(
                        "Als Verbund aus Verwaltung, Wirtschaft, Schulen und "
                        "Zivilgesellschaft stimmen wir unsere Angebote für Jugendliche ab "
                        "Klasse 8 aufeinander ab, schließen Lücken in der Begleitung und "
                        "machen den Übergang gemeinsam messbar."
                    ),
                )
            )
            levels = list(GoalLevel)
            order = [(lv, i) for i in range(GOALS_PER_LEVEL) for lv in levels]
            for number, (level, index) in enumerate(order):
                after_freeze = number >= len(order) - GOALS_AFTER_FREEZE
                actors = tuple(rng.sample(actor_uuids, k=rng.choice((0, 1, 2, 2, 3, 4))))
                links += len(actors)
                draft = GoalDraft(
                    level=level,
                    statement=statement(rng, level.value, index),
                    target_group=rng.choice(_TARGET_GROUPS)
                    if level is GoalLevel.PROJECT or rng.random() < 0.5
                    else "",
                    rationale=_RATIONALE if rng.random() < 0.7 else "",
                    ambition=rng.choice(list(Ambition)),
                    status=rng.choice(
                        (GoalStatus.AGREED, GoalStatus.AGREED, GoalStatus.DRAFT)
                        if index < GOALS_PER_LEVEL - 1
                        else (GoalStatus.ARCHIVED,)
                    ),
                    actor_uuids=actors,
                )
                step = functools.partial(_add_goal, canvas, rng, draft, later, after_freeze)
                if after_freeze:
                    later.append(step)
                else:
                    step()
            canvas.freeze_version(
                label="Beschlossen beim Fachtag am 12. März 2026", agreed_on="2026-03-12"
            )
            for step in later:  # a list that grows while it is worked off
                step()
        snapshot = canvas.snapshot()
        figures = CanvasFigures(
            goals=len(snapshot.goals),
            indicators=len(snapshot.all_indicators()),
            measurements=sum(len(v) for v in snapshot.measurements_by_indicator.values()),
            milestones=len(snapshot.all_milestones()),
            actors=len(network.actors()),
            linked_actors=links,
            versions=len(canvas.versions()),
            file_bytes=0,
        )
    finally:
        document.close()
    return CanvasFigures(**{**figures.__dict__, "file_bytes": path.stat().st_size})


def _add_goal(
    canvas: Any,
    rng: random.Random,
    draft: Any,
    later: list[Callable[[], object]],
    after_freeze: bool,
) -> None:
    from ciworkshop.domain.canvas import (
        CollectionMethod,
        IndicatorDraft,
        MeasurementDraft,
        MilestoneDraft,
        MilestoneStatus,
    )

    goal, _ = canvas.add_goal(draft=draft)
    for position in range(INDICATORS_PER_GOAL):
        name, unit, method = _INDICATORS[(position * 3 + goal.position) % len(_INDICATORS)]
        baseline = round(rng.uniform(5, 60), 1)
        target = round(baseline * rng.uniform(1.2, 1.8), 1)
        incomplete = rng.random() < 0.08
        indicator, _ = canvas.add_indicator(
            goal_uuid=goal.uuid,
            draft=IndicatorDraft(
                name=name,
                unit=unit,
                baseline_value=baseline,
                baseline_date="2024-09-30",
                target_value=None if incomplete else target,
                target_date="" if incomplete else "2028-07-31",
                method=None if incomplete else CollectionMethod(method),
                method_note="Auswertung zum Schuljahresende, anonymisiert",
                source=rng.choice(_SOURCES),
                frequency="halbjährlich",
            ),
        )
        count = rng.choice((3, 4, 4, 4, 5))
        for step in range(count):
            dated = ("2025-02-28", "2025-09-30", "2026-02-28", "2026-09-30", "2027-02-28")[step]
            value = round(baseline + (target - baseline) * (step + 1) / 6 + rng.uniform(-2, 2), 1)
            add = functools.partial(
                canvas.add_measurement,
                indicator_uuid=indicator.uuid,
                draft=MeasurementDraft(date=dated, value=value, note=rng.choice(_MEASUREMENT_NOTES)),
            )
            if dated > "2026-03-12" and not after_freeze:
                later.append(add)
            else:
                add()
    for number in range(rng.choice((2, 3, 3))):
        canvas.add_milestone(
            goal_uuid=goal.uuid,
            draft=MilestoneDraft(
                text=rng.choice(_MILESTONES),
                due_date=("2025-08-31", "2026-09-30", "2027-03-31", "")[number + rng.randint(0, 1)],
                status=MilestoneStatus.REACHED if number == 0 else MilestoneStatus.OPEN,
                owner=rng.choice(_OWNERS),
            ),
        )
