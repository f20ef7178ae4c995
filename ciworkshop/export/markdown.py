"""The protocol as Markdown (CommonMark with GitHub tables), e.g. for a wiki or an e-mail.

Same content and order as the PDF (:mod:`.pdf`), without the cover, the contents and the
photos themselves (their captions are listed; the pictures are in the PDF).

Every user text goes through :func:`inline`, so it prints literally in any CommonMark
renderer: ``\\ ` * _ [ ] | ~ #`` are backslash-escaped, ``& < >`` written as entities
(no raw HTML, no entity the user typed gets resolved), and line breaks become ``<br>``
(a paragraph, list item or table cell stays one, so nothing after a break can start a
heading or a list). User text never begins a line here (a "- ", "| " or "**Label:**"
comes first); :func:`inline` escapes block starters too when asked to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from ciworkshop.domain.canvas import LEVELS, CanvasSnapshot
from ciworkshop.domain.i18n import Text
from ciworkshop.domain.protocol import (
    ActionEntry,
    CardEntry,
    DecisionEntry,
    ItemResults,
    ProtocolData,
    Section,
    SessionProtocol,
    top_ranked,
)
from ciworkshop.domain.quality import CheckKind, count_by_kind
from ciworkshop.export import texts
from ciworkshop.export.files import write_atomic

_SPECIAL = re.compile(r"([\\`*_\[\]|~#])")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_LINE_START = re.compile(r"^(\s*)([+\-=]|\d+(?=[.)]))")
_NEWLINES = re.compile(r"\r\n|[\r\n\u2028\u2029\x85]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def inline(text: str, *, line_start: bool = False) -> str:
    """User text as literal Markdown inline content on one line. With ``line_start``
    the text begins a line, where "- ", "+ ", "1. " or "=" would start a block."""
    text = _CONTROL.sub("\ufffd", text.replace("\t", " ")).strip()
    text = _SPECIAL.sub(r"\\\1", text)
    text = "".join(_ENTITIES.get(c, c) for c in text)
    if line_start:
        text = _LINE_START.sub(lambda m: m[1] + _escape_start(m[2]), text)
    return _NEWLINES.sub("<br>", text)


def _escape_start(token: str) -> str:
    """ "12" (before "." or ")") → "12\\" so "12." stays text; "#", "-", "+", "=" get a
    backslash in front."""
    return token + "\\" if token[0].isdigit() else "\\" + token


def _cell(text: str) -> str:
    return inline(text) or " "


class _Writer:
    def __init__(self, data: ProtocolData) -> None:
        self.data = data
        self.lang = data.options.language
        self.lines: list[str] = []
        self._chapter = 0
        self._section = 0

    def t(self, key: str, **values: object) -> str:
        return inline(texts.label(self.lang, key, **values))

    def d(self, text: Text) -> str:
        return inline(texts.domain(self.lang, text))

    def date(self, iso: str) -> str:
        return inline(texts.format_date(self.lang, iso))

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def heading(self, level: int, markdown: str) -> None:
        if level == 0:
            self._chapter += 1
            self._section = 0
            number = f"{self._chapter}"
        else:
            self._section += 1
            number = f"{self._chapter}.{self._section}"
        self.blank()
        self.add(f"{'#' * (level + 2)} {number} {markdown}", "")

    def subheading(self, markdown: str, level: int = 4) -> None:
        self.blank()
        self.add(f"{'#' * level} {markdown}", "")

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> None:
        self.blank()
        self.add("| " + " | ".join(header) + " |")
        self.add("|" + "|".join("---:" if i in right else "---" for i in range(len(header))) + "|")
        for row in rows:
            self.add("| " + " | ".join(cell or " " for cell in row) + " |")
        self.add("")

    # ------------------------------------------------------------ the protocol
    def write(self) -> str:
        data = self.data
        options = data.options
        self.add(f"# {self.t('protocol_of', title=data.title)}", "")
        facts = [("network", data.network_name)]
        if data.event_title and data.event_title != data.title:
            facts.append(("event", data.event_title))
        if data.date:
            facts.append(("date", texts.format_date(self.lang, data.date)))
        if data.place:
            facts.append(("place", data.place))
        if data.facilitators:
            facts.append(("facilitation", ", ".join(data.facilitators)))
        self.add(*(f"**{self.t(key)}:** {inline(value)}  " for key, value in facts))
        self.lines[-1] = self.lines[-1].rstrip()
        if options.shows(Section.PARTICIPANTS):
            self.participants()
        for session in data.sessions:
            self.session(session)
        if options.shows(Section.CANVAS) and data.canvas is not None:
            self.canvas(data.canvas)
        if options.shows(Section.QUALITY):
            self.quality()
        self.blank()
        self.add(
            "---",
            "",
            f"*{self.t('created_on', date=texts.format_date(self.lang, data.created_on))}*",
        )
        return "\n".join(self.lines) + "\n"

    def participants(self) -> None:
        participants = self.data.participants
        self.heading(0, self.t("participants"))
        if not participants.total:
            self.add(self.t("no_participants"))
            return
        summary = [self.t("participants_total", total=participants.total)]
        if participants.anonymised:
            summary.append(self.t("participants_anonymised"))
        elif participants.unnamed:
            summary.append(self.t("participants_unnamed", count=participants.unnamed))
        self.add(" ".join(summary))
        for sector in participants.sectors:
            self.subheading(self.d(sector.sector.label), 3)
            for organisation in sector.organisations:
                name = (
                    inline(organisation.name)
                    if organisation.name
                    else f"*{self.t('without_organisation')}*"
                )
                if organisation.short_name and organisation.short_name != organisation.name:
                    name += f" ({inline(organisation.short_name)})"
                people = "; ".join(
                    inline(p.name) + (f" – {inline(p.function)}" if p.function else "")
                    for p in organisation.named
                )
                self.add(f"- **{name}:** {people or '*' + self.t('organisation_only') + '*'}")

    def session(self, session: SessionProtocol) -> None:
        options = self.data.options
        self.heading(0, inline(session.title))
        facts = [(self.t("format"), self.d(session.format.label))]
        if session.date:
            facts.append((self.t("date"), self.date(session.date)))
        if session.start_time:
            end = f"–{session.planned_end}" if session.planned_end else ""
            facts.append((self.t("time"), inline(session.start_time + end)))
        for key, value in (
            ("place", session.place),
            ("facilitation", session.facilitator),
            ("note_taker", session.note_taker),
        ):
            if value:
                facts.append((self.t(key), inline(value)))
        if session.participant_count:
            facts.append((self.t("participants_short"), str(session.participant_count)))
        self.add(" · ".join(f"**{k}:** {v}" for k, v in facts))
        if session.guiding_question:
            self.add("", f"**{self.t('guiding_question')}:** {inline(session.guiding_question)}")
        if options.shows(Section.AGENDA):
            self.agenda(session)
        if options.shows(Section.RESULTS) or options.shows(Section.DECISIONS):
            for item in session.items:
                if not item.is_empty:
                    self.item(item)
        if options.shows(Section.DECISIONS) and session.decisions:
            self.heading(1, self.t("general_decisions"))
            self.decisions(session.decisions)
        if options.shows(Section.ACTIONS):
            self.heading(1, self.t("actions"))
            self.actions(session.actions)
        if options.shows(Section.PARKING_LOT):
            self.heading(1, self.t("parking_lot"))
            self.add(*(f"- {inline(text)}" for text in session.parking_lot))
            if not session.parking_lot:
                self.add(f"*{self.t('no_parking_lot')}*")
        if options.include_photos and session.photos:
            self.heading(1, self.t("photos"))
            for number, photo in enumerate(session.photos, start=1):
                self.add(
                    f"- {inline(photo.caption or texts.label(self.lang, 'photo', number=number))}"
                )

    def agenda(self, session: SessionProtocol) -> None:
        self.heading(1, self.t("agenda"))
        if not session.items:
            self.add(f"*{self.t('no_agenda')}*")
            return
        dash = self.t("not_recorded")
        rows = []
        for item in session.items:
            entry = item.entry
            actual = (
                f"{entry.actual_start}–{entry.actual_end or '…'}" if entry.actual_start else dash
            )
            rows.append(
                [
                    str(entry.position + 1),
                    _cell(entry.title),
                    entry.planned_start or dash,
                    str(entry.planned_minutes),
                    actual,
                    dash if entry.actual_minutes is None else str(entry.actual_minutes),
                ]
            )
        header = [
            "#",
            self.t("item"),
            f"{self.t('planned')}: {self.t('start')}",
            f"{self.t('planned')}: {self.t('minutes')}",
            f"{self.t('actual')}: {self.t('time')}",
            f"{self.t('actual')}: {self.t('minutes')}",
        ]
        self.table(header, rows, right={0, 3, 5})

    def item(self, item: ItemResults) -> None:
        entry = item.entry
        self.heading(1, f"{self.t('agenda_item')} {entry.position + 1}: {inline(entry.title)}")
        if item.unclustered:
            if item.clusters:
                self.subheading(self.t("cards_unclustered"))
            self.cards(item.unclustered)
        for cluster in item.clusters:
            name = (
                inline(cluster.name) if cluster.name.strip() else f"*{self.t('unnamed_cluster')}*"
            )
            self.subheading(f"{name} ({len(cluster.cards)})")
            self.cards(cluster.cards)
        if item.ranking:
            self.subheading(self.t("dot_voting"))
            top = top_ranked(item.ranking)
            rows = [[f"{r.rank}.", _cell(r.text), _cell(r.cluster), str(r.dots)] for r in top]
            header = [self.t("rank"), self.t("card"), self.t("cluster"), self.t("dots")]
            self.table(header, rows, right={0, 3})
            if len(top) < len(item.ranking):
                self.add(f"*{self.t('ranking_more', count=len(item.ranking) - len(top))}*")
        if item.decisions:
            self.subheading(self.t("decisions"))
            self.decisions(item.decisions)

    def cards(self, cards: Sequence[CardEntry]) -> None:
        for card in cards:
            extras = [inline(card.author)] if card.author else []
            if card.dots:
                extras.append(f"● {card.dots}")
            suffix = f" – *{' · '.join(extras)}*" if extras else ""
            self.add(f"- {inline(card.text)}{suffix}")

    def decisions(self, decisions: Sequence[DecisionEntry]) -> None:
        for decision in decisions:
            self.add(f"- ✓ {inline(decision.text)} *({self.d(decision.agreement.label)})*")

    def actions(self, actions: Sequence[ActionEntry]) -> None:
        if not actions:
            self.add(f"*{self.t('no_actions')}*")
            return
        rows = [
            [_cell(a.what), _cell(a.owner), self.date(a.due_date), self.d(a.status.label)]
            for a in actions
        ]
        self.table([self.t("what"), self.t("who"), self.t("due"), self.t("status")], rows, set())

    def canvas(self, snapshot: CanvasSnapshot) -> None:
        self.heading(0, self.t("canvas"))
        self.add(f"**{self.t('vision')}:** {inline(snapshot.canvas.vision) or '–'}", "")
        self.add(f"**{self.t('mission')}:** {inline(snapshot.canvas.mission) or '–'}")
        if not snapshot.goals:
            self.add("", f"*{self.t('no_goals')}*")
            return
        for level in LEVELS:
            goals = snapshot.goals_on(level)
            if not goals:
                continue
            self.subheading(self.d(level.label), 3)
            for goal in goals:
                details = []
                if goal.target_group:
                    details.append(f"{self.t('target_group')}: {inline(goal.target_group)}")
                actors = snapshot.actor_names_of(goal)
                if actors:
                    details.append(f"{self.t('responsible')}: {inline(', '.join(actors))}")
                details.append(self.d(goal.status.label))
                self.add(f"- **{inline(goal.statement)}**<br>*{' · '.join(details)}*")
        self.heading(1, self.t("goals_indicators"))
        for goal in snapshot.goals:
            self.subheading(inline(goal.statement))
            indicators = snapshot.indicators(goal.uuid)
            if not indicators:
                self.add(f"*{self.t('no_indicators')}*")
                continue
            rows = []
            for indicator in indicators:
                latest = snapshot.latest_measurement(indicator.uuid)
                method = (
                    [texts.domain(self.lang, indicator.method.label)] if indicator.method else []
                )
                if indicator.method_note:
                    method.append(indicator.method_note)
                rows.append(
                    [
                        _cell(indicator.name),
                        _cell(" · ".join(method)),
                        self._value(
                            indicator.baseline_value, indicator.baseline_date, indicator.unit
                        ),
                        self._value(
                            latest.value if latest else None,
                            latest.date if latest else "",
                            indicator.unit,
                        ),
                        self._value(indicator.target_value, indicator.target_date, indicator.unit),
                    ]
                )
            header = [self.t(k) for k in ("indicator", "method", "baseline", "latest", "target")]
            self.table(header, rows, set())
        self.heading(1, self.t("milestones"))
        rows = [
            [
                _cell(m.text),
                _cell(goal.statement),
                self.date(m.due_date) or "–",
                self.d(m.status.label),
                _cell(m.owner),
            ]
            for goal in snapshot.goals
            for m in snapshot.milestones(goal.uuid)
        ]
        if rows:
            header = [self.t(k) for k in ("milestone", "goal", "due", "status", "owner")]
            self.table(header, rows, set())
        else:
            self.add(f"*{self.t('no_milestones')}*")

    def _value(self, value: float | None, day: str, unit: str) -> str:
        if value is None:
            return "–"
        text = inline(texts.format_number(self.lang, value, unit))
        return f"{text} ({self.date(day)})" if day else text

    def quality(self) -> None:
        self.heading(0, self.t("quality"))
        self.add(self.t("quality_intro", date=texts.format_date(self.lang, self.data.created_on)))
        counts = count_by_kind(self.data.findings)
        for kind in CheckKind:
            count = counts[kind]
            mark = f"✓ {self.t('quality_passed')}" if count == 0 else str(count)
            self.subheading(f"{self.d(kind.label)} – {mark}", 3)
            for finding in self.data.findings:
                if finding.kind is kind:
                    self.add(f"- {inline(texts.finding_text(self.lang, finding))}")


def render_markdown(data: ProtocolData) -> str:
    """The protocol as Markdown text."""
    return _Writer(data).write()


def write_markdown(data: ProtocolData, target: Path | str) -> str:
    """Write the protocol as UTF-8 Markdown to ``target`` atomically; returns the text."""
    text = render_markdown(data)
    write_atomic(Path(target), text.encode("utf-8"))
    return text
