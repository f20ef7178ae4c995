"""The agenda scene: the current item with its countdown, and the agenda as rows."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject

from ciworkshop.domain.events import AgendaItem, live_run
from ciworkshop.ui.beamer.layout import (
    BoxItem,
    Item,
    TextItem,
    text_item,
)
from ciworkshop.ui.beamer.model import (
    AgendaData,
)
from ciworkshop.ui.beamer.scene_frame import Frame, sizes
from ciworkshop.ui.beamer.text import Wrapped, line_height, text_width, wrap


# ---------------------------------------------------------------- agenda
def clock_text(seconds: int) -> str:
    """A countdown: 12:05, 1:02:05; negative values count the overrun: +03:10."""
    sign = "+" if seconds < 0 else ""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


def _minutes_text(minutes: int) -> str:
    return QCoreApplication.translate("BeamerScene", "{minutes} min").format(minutes=minutes)


def layout_agenda(agenda: AgendaData, now: datetime, frame: Frame, items: list[Item]) -> None:
    theme, scale, mp = frame.theme, frame.scale, frame.mp
    run = live_run(agenda.items, now)
    y = frame.margin * 0.7
    session = text_item(
        agenda.session_title,
        frame.margin,
        y,
        frame.inner_width,
        px=scale.heading,
        color=theme.muted,
        role="session",
        bold=True,
        max_lines=2,
    )
    items.append(session)
    y += session.height + mp * 0.5
    # The current item with its countdown.
    current = run.running or run.next_item
    display_px = scale.times(4.0)
    if current is not None:
        if run.running is not None:
            label = QCoreApplication.translate("BeamerScene", "Now")
            clock = clock_text(run.remaining_seconds)
            colour = theme.overrun if run.overrun else theme.warning if run.warning else theme.text
            state = "overrun" if run.overrun else "warning" if run.warning else "running"
            note = (
                QCoreApplication.translate("BeamerScene", "over time")
                if run.overrun
                else QCoreApplication.translate("BeamerScene", "of {minutes}").format(
                    minutes=_minutes_text(current.planned_minutes)
                )
            )
        else:
            label = QCoreApplication.translate("BeamerScene", "Next")
            clock = clock_text(current.planned_minutes * 60)
            colour, state = theme.muted, "planned"
            note = QCoreApplication.translate("BeamerScene", "planned")
        clock_width = text_width(clock if len(clock) > 5 else "+00:00", display_px, True) + mp
        left_width = frame.inner_width - clock_width - mp
        head = text_item(
            label, frame.margin, y, left_width, px=mp, color=theme.accent, role="label", bold=True
        )
        title = text_item(
            current.title,
            frame.margin,
            y + head.height,
            left_width,
            px=scale.title,
            color=theme.text,
            role="current",
            bold=True,
            max_lines=3,
        )
        right = frame.margin + frame.inner_width - clock_width
        countdown = TextItem(
            right,
            y,
            clock_width,
            (clock,),
            display_px,
            colour,
            f"countdown:{state}",
            clock,
            bold=True,
            align="right",
        )
        note_item = text_item(
            note,
            right,
            y + countdown.height,
            clock_width,
            px=mp,
            color=theme.muted,
            role="countdown_note",
            align="right",
        )
        items += [head, title, countdown, note_item]
        y = max(title.y + title.height, note_item.y + note_item.height)
    elif run.finished:
        done = text_item(
            QCoreApplication.translate("BeamerScene", "The agenda is complete."),
            frame.margin,
            y,
            frame.inner_width,
            px=scale.title,
            color=theme.text,
            role="current",
            bold=True,
        )
        items.append(done)
        y += done.height
    y += mp * 0.4
    rule = max(2.0, mp / 10)
    items.append(BoxItem(frame.margin, y, frame.inner_width, rule, theme.rule, role="rule"))
    y += rule + mp * 0.4
    _agenda_rows(
        agenda, running=run.running, next_item=run.next_item, top=y, frame=frame, items=items
    )


def _agenda_rows(
    agenda: AgendaData,
    *,
    running: AgendaItem | None,
    next_item: AgendaItem | None,
    top: float,
    frame: Frame,
    items: list[Item],
) -> None:
    """The agenda as rows (planned start, title, minutes), as large as all rows fit;
    a long agenda at the minimum size shows a window around the current item."""
    theme, mp = frame.theme, frame.mp
    bottom = frame.height - frame.margin * 0.6
    for px in sizes(frame.scale.heading, mp, steps=4):
        rows = _AgendaRows(agenda, running, px, frame)
        if top + sum(rows.heights) <= bottom:
            break
    focus = next(
        (i for i, item in enumerate(agenda.items) if item is running or item is next_item), 0
    )
    # A window of rows that holds the current item and the one before it.
    start = max(0, focus - 1)
    while start > 0 and top + sum(rows.heights[start - 1 :]) <= bottom:
        start -= 1
    more_height = line_height(mp) + rows.pad
    y = top
    for index in range(start, len(agenda.items)):
        left = len(agenda.items) - index - 1
        if y + rows.heights[index] + (more_height if left else 0) > bottom and index > start:
            label = _AgendaText.tr("… and %n more item(s)", "", left + 1)
            items.append(
                text_item(
                    label, frame.margin, y, frame.inner_width, px=mp, color=theme.muted, role="more"
                )
            )
            return
        items += rows.row(index, y)
        y += rows.heights[index]


class _AgendaRows:
    """Row geometry of the agenda list at one size."""

    def __init__(
        self, agenda: AgendaData, running: AgendaItem | None, px: int, frame: Frame
    ) -> None:
        self.agenda, self.running, self.px, self.frame = agenda, running, px, frame
        self.pad = px * 0.25
        self.time_width = text_width("00:00", px) + px * 0.6
        minutes_width = text_width(_minutes_text(240), px) + px * 0.2
        self.title_width = (
            frame.inner_width - self.time_width - minutes_width - 2 * self.pad - px * 0.4
        )
        self.heights = [
            len(self._title(item).lines) * line_height(px, item is running) + 2 * self.pad
            for item in agenda.items
        ]

    def _title(self, item: AgendaItem) -> Wrapped:
        prefix = "✓ " if item.is_done else ""
        return wrap(
            prefix + item.title,
            self.px,
            self.title_width,
            bold=item is self.running,
            max_lines=2,
        )

    def row(self, index: int, y: float) -> list[Item]:
        frame, theme, px, pad = self.frame, self.frame.theme, self.px, self.pad
        item = self.agenda.items[index]
        is_running = item is self.running
        items: list[Item] = []
        if is_running:
            items.append(
                BoxItem(
                    frame.margin,
                    y,
                    frame.inner_width,
                    self.heights[index],
                    theme.surface,
                    theme.accent,
                    px * 0.2,
                    "running",
                )
            )
        starts = self.agenda.planned_starts
        x = frame.margin + pad
        prefix = "✓ " if item.is_done else ""
        minutes = _minutes_text(item.planned_minutes)
        width = text_width(minutes, px) + 2
        items += [
            text_item(
                starts[index] if index < len(starts) else "",
                x,
                y + pad,
                self.time_width,
                px=px,
                color=theme.muted,
                role="time",
            ),
            text_item(
                prefix + item.title,
                x + self.time_width,
                y + pad,
                self.title_width,
                px=px,
                color=theme.muted if item.is_done else theme.text,
                role="agenda_item",
                bold=is_running,
                max_lines=2,
                ref=item.uuid,
            ),
            text_item(
                minutes,
                frame.margin + frame.inner_width - pad - width,
                y + pad,
                width,
                px=px,
                color=theme.muted,
                role="minutes",
            ),
        ]
        return items


class _AgendaText(QObject):
    """Context for the agenda's plural (lupdate reads ``_AgendaText.tr``)."""
