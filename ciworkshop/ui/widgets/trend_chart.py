"""A small chart per indicator: baseline → measurements → target, readable on a beamer.

The chart plots time on the x axis and the indicator's values on the y axis:

* the **baseline** as a grey hollow circle,
* the **measurements** as a solid blue line with filled dots (the latest dot larger and
  labelled with its value; with many measurements only the line and the latest dot),
* a dashed line from the latest point (or the baseline) to the **target**, drawn as a
  green diamond and labelled.

Colours come from the Okabe–Ito palette (blue, bluish green, grey), which stays apart for
colour-blind viewers; shapes and line styles (hollow circle, dots, dashed line, diamond)
tell the kinds apart without colour as well. Text uses the widget's font (ticks slightly
smaller), so the chart grows with the font on a beamer. Numbers and dates follow the
default ``QLocale`` (set by :class:`~ciworkshop.ui.i18n.LanguageManager`).

Points without a usable date (``""`` or not ``YYYY-MM-DD``), as decided here:

* a **measurement** without a valid date is left out: it cannot be placed in time;
* a **baseline** value without a date is placed one *step* before the earliest dated
  point (normally the first measurement);
* a **target** value without a date is placed one *step* after the latest point;
* the *step* is a quarter of the time span of the dated points, at least 90 days, or a
  year when only one date is known (a made-up date should not make a target look
  imminent); when nothing is dated at all, today anchors the chart and the time axis
  shows no dates.

Such points carry ``date_known=False``: tooltips and the accessible description say "no
date" instead of the made-up date.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ciworkshop.domain.canvas import Indicator, Measurement, parse_iso_date
from ciworkshop.ui.formatting import format_date, with_unit
from ciworkshop.ui.formatting import format_number as shared_format_number

PointKind = Literal["baseline", "measurement", "target"]

# Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
MEASUREMENT_COLOR = "#0072B2"  # blue
TARGET_COLOR = "#009E73"  # bluish green
TARGET_TEXT_COLOR = "#00765A"  # the same green, dark enough for text on white
BASELINE_COLOR = "#6B6B6B"  # grey
# Black with some transparency: visible on any light background, even on a washed-out beamer.
GRID_COLOR = QColor(0, 0, 0, 34)
AXIS_COLOR = QColor(0, 0, 0, 110)

_SHORTEST = int(QLocale.FloatingPointPrecisionOption.FloatingPointShortest)
_MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120, 240, 600)


@dataclass(frozen=True, slots=True)
class ChartPoint:
    """One plotted point. ``date_known`` is False for a date the chart chose (see module)."""

    kind: PointKind
    date: date
    value: float
    date_known: bool = True


# ---------------------------------------------------------------- data (no painting)
def _measurement_key(measurement: Measurement) -> tuple[str, str, str]:
    return (measurement.date, measurement.created_at, measurement.uuid)


def chart_points(
    indicator: Indicator | None,
    measurements: Sequence[Measurement],
    *,
    today: date | None = None,
) -> list[ChartPoint]:
    """What the chart plots: baseline first, measurements by date, target last.

    Measurements without a valid date and values that are not finite numbers are left out.
    """
    if indicator is None:
        return []
    measured = [
        ChartPoint("measurement", day, float(m.value))
        for m in sorted(measurements, key=_measurement_key)
        if (day := parse_iso_date(m.date)) is not None and math.isfinite(m.value)
    ]
    baseline_value = _finite(indicator.baseline_value)
    target_value = _finite(indicator.target_value)
    if not measured and baseline_value is None and target_value is None:
        return []
    baseline_day = parse_iso_date(indicator.baseline_date) if baseline_value is not None else None
    target_day = parse_iso_date(indicator.target_date) if target_value is not None else None
    known = [p.date for p in measured]
    known += [d for d in (baseline_day, target_day) if d is not None]
    if known:
        span = (max(known) - min(known)).days
        step = timedelta(days=max(90, round(span / 4)) if span else 365)
    else:
        step = timedelta(days=365)

    points: list[ChartPoint] = []
    if baseline_value is not None:
        if baseline_day is not None:
            points.append(ChartPoint("baseline", baseline_day, baseline_value))
        else:
            anchor = min(known) if known else (today or date.today())
            day = anchor - step if known else anchor
            points.append(ChartPoint("baseline", day, baseline_value, date_known=False))
    points += measured
    if target_value is not None:
        if target_day is not None:
            points.append(ChartPoint("target", target_day, target_value))
        else:
            latest = max((p.date for p in points), default=today or date.today())
            day = latest + step if points else latest
            points.append(ChartPoint("target", day, target_value, date_known=False))
    return points


def _finite(value: float | None) -> float | None:
    return float(value) if value is not None and math.isfinite(value) else None


def _clean(value: float) -> float:
    """Float noise away (0.30000000000000004 → 0.3), no negative zero."""
    return float(f"{value:.10g}") + 0.0


def format_number(value: float) -> str:
    """``value`` for a label, as short as exact: 6 → "6", 8.1 → "8,1", -1200 → "-1.200"."""
    return shared_format_number(_clean(value), grouped=True)


def compact_number(value: float) -> str:
    """A number for the chart itself: millions and billions shortened ("250 Mio.")."""
    magnitude = abs(value)
    if magnitude < 1e6:
        return format_number(value)
    if magnitude >= 1e9:
        value /= 1e9
        template = QCoreApplication.translate("TrendChart", "{number} billion")
    else:
        value /= 1e6
        template = QCoreApplication.translate("TrendChart", "{number} million")
    decimals = max(0, 2 - math.floor(math.log10(abs(value))))
    return template.format(number=format_number(round(value, decimals)))


def nice_ticks(low: float, high: float, *, integers: bool = False) -> list[float]:
    """Three to five round values covering ``low``..``high`` (a flat range is widened).

    With ``integers`` (counts), whole-number steps are used where the range allows.
    """
    low, high = min(low, high), max(low, high)
    if high == low:
        spread = abs(low) * 0.1 or 1.0
        if integers:
            spread = max(1.0, round(spread))
        low, high = (max(0.0, low - spread) if low >= 0 else low - spread), high + spread
    exponent = math.floor(math.log10((high - low) / 5))
    for power in range(exponent - 1, exponent + 3):
        for mantissa in (1.0, 2.0, 2.5, 5.0):
            step = mantissa * 10.0**power
            if integers and not step.is_integer() and high - low >= 2:
                continue
            first = math.floor(low / step + 1e-9)
            last = math.ceil(high / step - 1e-9)
            if last - first + 1 <= 5:
                if last - first < 2 and step > (high - low):
                    last += 1  # at least three labels
                return [_clean(i * step) for i in range(first, last + 1)]
    return [low, high]  # not reached for finite numbers


def _kind_label(kind: PointKind) -> str:
    if kind == "baseline":
        return QCoreApplication.translate("TrendChart", "Baseline")
    if kind == "target":
        return QCoreApplication.translate("TrendChart", "Target")
    return QCoreApplication.translate("TrendChart", "Measurement")


def _short_date(point: ChartPoint) -> str:
    if not point.date_known:
        return QCoreApplication.translate("TrendChart", "no date")
    return format_date(point.date.isoformat())


# ---------------------------------------------------------------- geometry
@dataclass(slots=True)
class _Geometry:
    plot: QRectF  # axes frame
    inner: QRectF  # where points may lie (inset so markers stay inside the frame)
    first_day: int  # ordinals mapped to inner.left() / inner.right()
    last_day: int
    low: float  # values mapped to inner.bottom() / inner.top()
    high: float
    y_ticks: list[float]
    x_ticks: list[tuple[float, str]]
    dot: float  # radius of a measurement dot
    big_dot: float  # radius of the latest dot
    line: float  # width of the series line
    dates_shown: bool

    def x(self, day: date) -> float:
        share = (day.toordinal() - self.first_day) / (self.last_day - self.first_day)
        return self.inner.left() + share * self.inner.width()

    def y(self, value: float) -> float:
        share = (value - self.low) / (self.high - self.low)
        return self.inner.bottom() - share * self.inner.height()

    def pos(self, point: ChartPoint) -> QPointF:
        return QPointF(self.x(point.date), self.y(point.value))


def _tick_font(font: QFont) -> QFont:
    smaller = QFont(font)
    if font.pointSizeF() > 0:
        smaller.setPointSizeF(font.pointSizeF() * 0.85)
    else:
        smaller.setPixelSize(max(8, round(font.pixelSize() * 0.85)))
    return smaller


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _month_ticks(first: date, last: date, months: int) -> list[date]:
    ticks: list[date] = []
    year, month = first.year, first.month
    while True:
        day = date(year, month, 1)
        if day > last:
            return ticks
        index = year * 12 + month - 1
        if day >= first and index % months == 0:
            ticks.append(day)
        month += 1
        if month > 12:
            year, month = year + 1, 1


def _x_ticks(
    first: date, last: date, width: float, measure: Callable[[str], float], gap: float
) -> list[tuple[date, str]]:
    """Month or year ticks, as many as fit ``width`` without crowding."""
    locale = QLocale()
    for months in _MONTH_STEPS:
        if (last - first).days / 30.4 / months > 7:
            continue  # more than six ticks: too busy for a small chart
        pattern = "yyyy" if months >= 12 else "MMM yy"
        days = _month_ticks(first, last, months)
        labels = [(d, locale.toString(QDate(d.year, d.month, 1), pattern)) for d in days]
        needed = sum(measure(text) + gap for _, text in labels)
        if needed <= width:
            return labels
    return []


# ---------------------------------------------------------------- the widget
class TrendChart(QWidget):
    """Baseline, measurements and target of one indicator over time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.setMouseTracking(True)
        self._indicator: Indicator | None = None
        self._points: list[ChartPoint] = []
        self._hovered: int | None = None
        self._update_accessibility()

    # ------------------------------------------------------------ public API
    def set_data(self, indicator: Indicator | None, measurements: Sequence[Measurement]) -> None:
        """Show ``indicator`` with its ``measurements`` (in any order)."""
        self._indicator = indicator
        self._points = chart_points(indicator, measurements)
        self._hovered = None
        self._update_accessibility()
        self.update()

    def points(self) -> list[ChartPoint]:
        """What the chart plots: baseline first, measurements by date, target last."""
        return list(self._points)

    def point_positions(self) -> list[tuple[ChartPoint, QPointF]]:
        """Each plotted point with its pixel position at the widget's current size."""
        geometry = self._geometry()
        if geometry is None:
            return []
        return [(p, geometry.pos(p)) for p in self._points]

    def placeholder_text(self) -> str:
        return QCoreApplication.translate("TrendChart", "No values recorded yet")

    def tooltip_text(self, point: ChartPoint) -> str:
        """What hovering ``point`` shows: its kind, date and value with unit."""
        return f"{_kind_label(point.kind)}\n{_short_date(point)}: {self._value_text(point.value)}"

    def point_at(self, position: QPointF) -> ChartPoint | None:
        """The plotted point nearest to ``position``, if it is close enough to mean it."""
        index = self._nearest_index(position)
        return None if index is None else self._points[index]

    # ------------------------------------------------------------ sizes
    def sizeHint(self) -> QSize:
        height = QFontMetricsF(self.font()).height()
        return QSize(round(max(420.0, 25 * height)), round(max(220.0, 13 * height)))

    def minimumSizeHint(self) -> QSize:
        height = QFontMetricsF(self.font()).height()
        return QSize(round(max(200.0, 12 * height)), round(max(110.0, 7 * height)))

    # ------------------------------------------------------------ text
    def _unit(self) -> str:
        return self._indicator.unit.strip() if self._indicator else ""

    def _value_text(self, value: float) -> str:
        return with_unit(format_number(value), self._unit())

    def _label_value(self, value: float) -> str:
        """A value for a label on the chart: with a short unit (%, €, km), else bare."""
        unit = self._unit()
        return with_unit(compact_number(value), unit if len(unit) <= 3 else "")

    def _update_accessibility(self) -> None:
        name = self._indicator.name if self._indicator else ""
        self.setAccessibleName(
            QCoreApplication.translate("TrendChart", "Trend: {indicator}").format(indicator=name)
            if name
            else QCoreApplication.translate("TrendChart", "Trend chart")
        )
        self.setAccessibleDescription(self._summary())

    def _summary(self) -> str:
        if not self._points:
            return self.placeholder_text()
        parts = []
        baseline = next((p for p in self._points if p.kind == "baseline"), None)
        measured = [p for p in self._points if p.kind == "measurement"]
        target = next((p for p in self._points if p.kind == "target"), None)
        if baseline is not None:
            parts.append(
                QCoreApplication.translate("TrendChart", "Baseline {value} ({date})").format(
                    value=self._value_text(baseline.value), date=_short_date(baseline)
                )
            )
        if measured:
            parts.append(
                QCoreApplication.translate("TrendChart", "latest {value} ({date})").format(
                    value=self._value_text(measured[-1].value), date=_short_date(measured[-1])
                )
            )
        if target is not None:
            parts.append(
                QCoreApplication.translate("TrendChart", "target {value} ({date})").format(
                    value=self._value_text(target.value), date=_short_date(target)
                )
            )
        parts.append(TrendChart.tr("%n measurement(s)", "", len(measured)))
        return ", ".join(parts)

    # ------------------------------------------------------------ layout
    def _geometry(self) -> _Geometry | None:
        if not self._points:
            return None
        font, tick_font = self.font(), _tick_font(self.font())
        metrics, tick_metrics = QFontMetricsF(font), QFontMetricsF(tick_font)
        text_height = metrics.height()
        gap = max(4.0, text_height * 0.3)
        dot = max(3.0, text_height * 0.2)
        big_dot = max(4.5, text_height * 0.32)
        line = max(2.0, text_height * 0.12)

        values = [p.value for p in self._points]
        integers = all(float(v).is_integer() for v in values)
        y_ticks = nice_ticks(min(values), max(values), integers=integers)
        width, height = float(self.width()), float(self.height())

        left = max(tick_metrics.horizontalAdvance(compact_number(t)) for t in y_ticks) + gap
        left = min(left, width * 0.4)
        top = text_height * 1.2
        bottom = tick_metrics.height() + gap * 1.5
        right = gap * 2 + big_dot * 1.5
        end_label = self._end_label()
        if end_label and _bold_width(font, end_label) + right <= width * 0.3:
            right += _bold_width(font, end_label)  # the target's label sits right of it
        plot = QRectF(left, top, max(1.0, width - left - right), max(1.0, height - top - bottom))
        pad = big_dot * 1.5 + 2
        inner = plot.adjusted(pad, pad, -pad, -pad)
        if inner.width() < 1 or inner.height() < 1:
            inner = QRectF(plot.center(), QSize(1, 1))

        first = min(p.date for p in self._points)
        last = max(p.date for p in self._points)
        first_day, last_day = first.toordinal(), last.toordinal()
        if first_day == last_day:
            first_day, last_day = first_day - 30, last_day + 30
        dates_shown = any(p.date_known for p in self._points)
        geometry = _Geometry(
            plot=plot,
            inner=inner,
            first_day=first_day,
            last_day=last_day,
            low=y_ticks[0],
            high=y_ticks[-1],
            y_ticks=y_ticks,
            x_ticks=[],
            dot=dot,
            big_dot=big_dot,
            line=line,
            dates_shown=dates_shown,
        )
        if dates_shown:
            visible_first = date.fromordinal(max(1, first_day))
            visible_last = date.fromordinal(last_day)
            ticks = _x_ticks(
                visible_first,
                visible_last,
                plot.width(),
                tick_metrics.horizontalAdvance,
                gap * 3,
            )
            if not ticks:  # a short span: name the first and last day instead
                days = sorted({p.date for p in self._points if p.date_known})
                ticks = [(d, _short_date(ChartPoint("measurement", d, 0.0))) for d in days[:1]]
                if len(days) > 1:
                    ticks.append((days[-1], _short_date(ChartPoint("measurement", days[-1], 0))))
            geometry.x_ticks = [(geometry.x(day), text) for day, text in ticks]
        return geometry

    def _end_label(self) -> str:
        """The label at the right end of the chart: the target's, else none."""
        target = self._target()
        if target is None:
            return ""
        return QCoreApplication.translate("TrendChart", "Target {value}").format(
            value=self._label_value(target.value)
        )

    def _target(self) -> ChartPoint | None:
        return next((p for p in self._points if p.kind == "target"), None)

    def _nearest_index(self, position: QPointF) -> int | None:
        geometry = self._geometry()
        if geometry is None:
            return None
        reach = max(24.0, QFontMetricsF(self.font()).height() * 1.5)
        best, best_distance = None, reach
        for index, point in enumerate(self._points):
            delta = geometry.pos(point) - position
            distance = math.hypot(delta.x(), delta.y())
            if distance <= best_distance:
                best, best_distance = index, distance
        return best

    # ------------------------------------------------------------ events
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self._nearest_index(event.position())
        if index != self._hovered:
            self._hovered = index
            self.update()
        if index is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(
                event.globalPosition().toPoint(), self.tooltip_text(self._points[index]), self
            )
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.update()
        QToolTip.hideText()
        super().leaveEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in {QEvent.Type.LanguageChange, QEvent.Type.LocaleChange}:
            self._update_accessibility()
            self.update()
        elif event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(event)

    # ------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        geometry = self._geometry()
        if geometry is None:
            self._paint_placeholder(painter)
        else:
            _Painter(self, painter, geometry).paint()
        painter.end()

    def _paint_placeholder(self, painter: QPainter) -> None:
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRectF(self.rect()).adjusted(8, 8, -8, -8),
            int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
            self.placeholder_text(),
        )


def _bold_width(font: QFont, text: str) -> float:
    return QFontMetricsF(_bold(font)).horizontalAdvance(text) + 2


class _Painter:
    """One paint pass: axes, series, markers, then labels placed where they fit."""

    def __init__(self, chart: TrendChart, painter: QPainter, geometry: _Geometry) -> None:
        self.chart = chart
        self.painter = painter
        self.g = geometry
        self.font = chart.font()
        self.tick_font = _tick_font(self.font)
        self.text_color = chart.palette().color(QPalette.ColorRole.WindowText)
        self.points = chart.points()
        self.positions = [geometry.pos(p) for p in self.points]
        self.obstacles: list[QRectF] = []
        self.samples: list[QPointF] = []
        self.gap = max(3.0, QFontMetricsF(self.font).height() * 0.25)

    def paint(self) -> None:
        self._axes()
        self._series()
        self._markers()
        self._labels()

    # -------------------------------------------------------- axes
    def _axes(self) -> None:
        p, g = self.painter, self.g
        muted = QColor(self.text_color)
        muted.setAlphaF(0.75)
        p.setFont(self.tick_font)
        metrics = QFontMetricsF(self.tick_font)
        for tick in g.y_ticks:
            y = g.y(tick)
            strong = tick == 0 and g.low < 0
            p.setPen(QPen(AXIS_COLOR if strong else GRID_COLOR, 1.5 if strong else 1))
            p.drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y))
            p.setPen(muted)
            label = QRectF(0, y - metrics.height() / 2, g.plot.left() - self.gap, metrics.height())
            p.drawText(
                label,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                compact_number(tick),
            )
        p.setPen(QPen(AXIS_COLOR, 1))
        p.drawLine(g.plot.bottomLeft(), g.plot.bottomRight())
        tick_length = self.gap
        for x, text in g.x_ticks:
            p.setPen(QPen(AXIS_COLOR, 1))
            p.drawLine(QPointF(x, g.plot.bottom()), QPointF(x, g.plot.bottom() + tick_length))
            width = metrics.horizontalAdvance(text) + 2
            left = min(max(x - width / 2, 0.0), self.chart.width() - width)
            p.setPen(muted)
            p.drawText(
                QRectF(left, g.plot.bottom() + tick_length, width, metrics.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                text,
            )
        unit = self.chart._unit()
        if unit:
            width = min(metrics.horizontalAdvance(unit) + 2, self.chart.width() * 0.6)
            caption = QRectF(0, 2, width, metrics.height())
            p.setPen(muted)
            p.drawText(
                caption,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(unit, Qt.TextElideMode.ElideRight, width),
            )
            self.obstacles.append(caption)

    # -------------------------------------------------------- series
    def _series(self) -> None:
        p, g = self.painter, self.g
        measured = [i for i, pt in enumerate(self.points) if pt.kind == "measurement"]
        baseline = next((i for i, pt in enumerate(self.points) if pt.kind == "baseline"), None)
        target = next((i for i, pt in enumerate(self.points) if pt.kind == "target"), None)
        line = [self.positions[i] for i in measured]
        if baseline is not None and (
            not measured or self.points[baseline].date <= self.points[measured[0]].date
        ):
            line.insert(0, self.positions[baseline])
        if len(line) > 1:
            pen = QPen(QColor(MEASUREMENT_COLOR), g.line)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.drawPolyline(QPolygonF(line))
            self._sample(line)
        start = measured[-1] if measured else baseline
        if (
            target is not None
            and start is not None
            and self.points[target].date > self.points[start].date
        ):
            pen = QPen(QColor(TARGET_COLOR), max(1.5, g.line * 0.8))
            pen.setDashPattern([4.0, 3.0])
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            p.setPen(pen)
            p.drawLine(self.positions[start], self.positions[target])
            self._sample([self.positions[start], self.positions[target]])

    def _sample(self, line: list[QPointF]) -> None:
        for a, b in itertools.pairwise(line):
            steps = max(1, int(math.hypot(b.x() - a.x(), b.y() - a.y()) / 3))
            self.samples += [a + (b - a) * (i / steps) for i in range(steps + 1)]

    # -------------------------------------------------------- markers
    def _markers(self) -> None:
        p, g = self.painter, self.g
        measured = [i for i, pt in enumerate(self.points) if pt.kind == "measurement"]
        spread = (
            (self.positions[measured[-1]].x() - self.positions[measured[0]].x())
            / (len(measured) - 1)
            if len(measured) > 1
            else math.inf
        )
        dots = spread >= g.dot * 3
        blue = QColor(MEASUREMENT_COLOR)
        for index, point in enumerate(self.points):
            at = self.positions[index]
            if point.kind == "baseline":
                radius = g.big_dot
                p.setPen(QPen(QColor(BASELINE_COLOR), max(2.0, g.line)))
                p.setBrush(self.chart.palette().color(QPalette.ColorRole.Base))
                p.drawEllipse(at, radius - 1, radius - 1)
            elif point.kind == "target":
                radius = g.big_dot * 1.45
                diamond = QPolygonF(
                    [
                        QPointF(at.x(), at.y() - radius),
                        QPointF(at.x() + radius, at.y()),
                        QPointF(at.x(), at.y() + radius),
                        QPointF(at.x() - radius, at.y()),
                    ]
                )
                p.setPen(QPen(QColor(TARGET_COLOR), 1))
                p.setBrush(QColor(TARGET_COLOR))
                p.drawPolygon(diamond)
            else:
                latest = index == measured[-1]
                if not (dots or latest):
                    continue
                radius = g.big_dot if latest else g.dot
                p.setPen(
                    QPen(self.chart.palette().color(QPalette.ColorRole.Base), 1.5)
                    if latest
                    else Qt.PenStyle.NoPen
                )
                p.setBrush(blue)
                p.drawEllipse(at, radius, radius)
            self.obstacles.append(QRectF(at.x() - radius, at.y() - radius, radius * 2, radius * 2))
        hovered = self.chart._hovered
        if hovered is not None and hovered < len(self.points):
            ring = g.big_dot * 1.9
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(self.text_color, 1.5))
            p.drawEllipse(self.positions[hovered], ring, ring)

    # -------------------------------------------------------- labels
    def _labels(self) -> None:
        g = self.g
        area = QRectF(g.plot.left(), 0, self.chart.width() - g.plot.left(), g.plot.bottom())
        bold = _bold(self.font)
        target = next((i for i, pt in enumerate(self.points) if pt.kind == "target"), None)
        measured = [i for i, pt in enumerate(self.points) if pt.kind == "measurement"]
        baseline = next((i for i, pt in enumerate(self.points) if pt.kind == "baseline"), None)
        if target is not None:
            self._label(
                self.chart._end_label(),
                font=bold,
                color=QColor(TARGET_TEXT_COLOR),
                index=target,
                radius=g.big_dot * 1.45,
                preferences=["right", "above_left", "below_left", "above", "below", "left"],
                area=area,
                required=True,
            )
        if measured:
            latest = measured[-1]
            rising = len(measured) == 1 or (
                self.points[latest].value >= self.points[measured[-2]].value
            )
            # Away from the line that arrives: above a rise, below a fall.
            order = (
                ["above", "above_left", "below_right", "below", "left", "right"]
                if rising
                else ["below", "below_left", "above_right", "above", "left", "right"]
            )
            self._label(
                self.chart._label_value(self.points[latest].value),
                font=bold,
                color=QColor(MEASUREMENT_COLOR),
                index=latest,
                radius=g.big_dot,
                preferences=order,
                area=area,
                required=True,
            )
        if baseline is not None:
            value = self.chart._label_value(self.points[baseline].value)
            named = QCoreApplication.translate("TrendChart", "Baseline {value}").format(value=value)
            for text, required in ((named, not measured), (value, False)):
                if self._label(
                    text,
                    font=self.font if not measured else self.tick_font,
                    color=QColor(BASELINE_COLOR),
                    index=baseline,
                    radius=g.big_dot,
                    preferences=["above_right", "below_right", "above", "below", "right"],
                    area=area,
                    required=required,
                ):
                    break

    def _label(
        self,
        text: str,
        *,
        font: QFont,
        color: QColor,
        index: int,
        radius: float,
        preferences: list[str],
        area: QRectF,
        required: bool,
    ) -> bool:
        """Draw ``text`` next to point ``index`` where it hides least; False if it did not fit."""
        metrics = QFontMetricsF(font)
        width, height = metrics.horizontalAdvance(text) + 2, metrics.height()
        at, gap = self.positions[index], radius + self.gap * 0.6
        x, y = at.x(), at.y()
        candidates = {
            "right": QRectF(x + gap, y - height / 2, width, height),
            "left": QRectF(x - gap - width, y - height / 2, width, height),
            "above": QRectF(x - width / 2, y - gap - height, width, height),
            "below": QRectF(x - width / 2, y + gap, width, height),
            "above_left": QRectF(x - width + radius, y - gap - height, width, height),
            "above_right": QRectF(x - radius, y - gap - height, width, height),
            "below_left": QRectF(x - width + radius, y + gap, width, height),
            "below_right": QRectF(x - radius, y + gap, width, height),
        }
        best: QRectF | None = None
        best_score = math.inf
        for rank, name in enumerate(preferences):
            rect = candidates[name]
            score = rank * 0.5
            if not area.contains(rect):
                score += 1000
            score += 100 * sum(rect.intersects(o) for o in self.obstacles)
            score += 10 * sum(rect.contains(s) for s in self.samples)
            if score < best_score:
                best, best_score = rect, score
        if best is None or (best_score >= 10 and not required):  # optional: only if clear
            return False
        if not area.contains(best):  # nothing fits: keep it inside the chart at least
            dx = max(area.left() - best.left(), min(0.0, area.right() - best.right()))
            dy = max(area.top() - best.top(), min(0.0, area.bottom() - best.bottom()))
            best = best.translated(dx, dy)
        self.obstacles.append(best)
        backdrop = QPainterPath()
        backdrop.addRoundedRect(best.adjusted(-2, 0, 2, 0), 3, 3)
        background = QColor(self.chart.palette().color(self.chart.backgroundRole()))
        background.setAlphaF(0.85)
        self.painter.fillPath(backdrop, background)
        self.painter.setFont(font)
        self.painter.setPen(color)
        self.painter.drawText(best, int(Qt.AlignmentFlag.AlignCenter), text)
        return True
