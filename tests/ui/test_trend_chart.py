"""The trend chart of an indicator: what it plots, where, in which colours, and what it says."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent
from PySide6.QtWidgets import QToolTip

from ciworkshop.domain.canvas import Indicator, Measurement
from ciworkshop.ui.i18n import LanguageManager
from ciworkshop.ui.widgets.trend_chart import (
    BASELINE_COLOR,
    MEASUREMENT_COLOR,
    TARGET_COLOR,
    ChartPoint,
    TrendChart,
    compact_number,
    format_number,
    nice_ticks,
)

SIZE = (420, 220)


def _indicator(**values: object) -> Indicator:
    fields: dict[str, object] = {"uuid": "ind", "goal_uuid": "goal", "position": 0}
    fields.update({"name": "Schulabbrüche", "unit": "%"})
    fields.update(values)
    return Indicator(**fields)  # type: ignore[arg-type]


def _measurement(day: str, value: float, uuid: str = "") -> Measurement:
    return Measurement(uuid=uuid or f"m-{day}", indicator_uuid="ind", date=day, value=value)


DROPOUT = _indicator(
    baseline_value=9.8,
    baseline_date="2024-09-01",
    target_value=6.0,
    target_date="2028-07-31",
)
DROPOUT_MEASUREMENTS = [
    _measurement("2025-09-01", 8.6),
    _measurement("2026-02-01", 8.1),
    _measurement("2025-02-01", 9.1),
]
PLACES = _indicator(
    name="Ausbildungsplätze",
    unit="Plätze",
    baseline_value=120,
    baseline_date="2024-01-15",
    target_value=200,
    target_date="2027-12-31",
)
PLACES_MEASUREMENTS = [
    _measurement("2024-06-30", 128),
    _measurement("2024-12-31", 135),
    _measurement("2025-06-30", 151),
    _measurement("2025-12-31", 149),
    _measurement("2026-06-30", 166),
]


@pytest.fixture
def chart(qtbot, languages: LanguageManager) -> TrendChart:  # type: ignore[no-untyped-def]
    widget = TrendChart()
    qtbot.addWidget(widget)
    widget.resize(*SIZE)
    return widget


def _render(chart: TrendChart) -> QImage:
    return chart.grab().toImage()


def _close(found: QColor, wanted: QColor, tolerance: int = 40) -> bool:
    return (
        abs(found.red() - wanted.red()) <= tolerance
        and abs(found.green() - wanted.green()) <= tolerance
        and abs(found.blue() - wanted.blue()) <= tolerance
    )


def _colour_near(image: QImage, at: QPointF, colour: str, reach: int = 2) -> bool:
    """Whether ``colour`` is painted at ``at`` or within ``reach`` pixels of it."""
    ratio = image.devicePixelRatio()
    wanted = QColor(colour)
    x, y = round(at.x() * ratio), round(at.y() * ratio)
    return any(
        _close(image.pixelColor(x + dx, y + dy), wanted)
        for dx in range(-reach, reach + 1)
        for dy in range(-reach, reach + 1)
        if image.valid(x + dx, y + dy)
    )


def _count_colour(image: QImage, colour: str) -> int:
    wanted = QColor(colour)
    return sum(
        _close(image.pixelColor(x, y), wanted, tolerance=30)
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    )


def _positions(chart: TrendChart, kind: str) -> list[QPointF]:
    return [at for point, at in chart.point_positions() if point.kind == kind]


# ---------------------------------------------------------------- what it plots
def test_points_follow_the_values_in_date_order_with_baseline_first_and_target_last(
    chart: TrendChart,
):
    chart.set_data(DROPOUT, DROPOUT_MEASUREMENTS)

    assert chart.points() == [
        ChartPoint("baseline", date(2024, 9, 1), 9.8),
        ChartPoint("measurement", date(2025, 2, 1), 9.1),
        ChartPoint("measurement", date(2025, 9, 1), 8.6),
        ChartPoint("measurement", date(2026, 2, 1), 8.1),
        ChartPoint("target", date(2028, 7, 31), 6.0),
    ]
    xs = [at.x() for _, at in chart.point_positions()]
    assert xs == sorted(xs), "time runs from left to right"


def test_undated_baseline_and_target_are_placed_around_the_measurements(chart: TrendChart):
    indicator = _indicator(baseline_value=30, target_value=60, target_date="bald")
    measurements = [
        _measurement("2025-09-01", 41),
        _measurement("", 99, uuid="undated"),
        _measurement("2025-03-01", 35),
    ]

    chart.set_data(indicator, measurements)

    baseline, *measured, target = chart.points()
    assert [p.value for p in measured] == [35, 41], "a measurement without date is left out"
    assert baseline.kind == "baseline"
    assert not baseline.date_known
    assert baseline.date < measured[0].date
    assert target.kind == "target"
    assert not target.date_known
    assert target.date > measured[-1].date
    assert "ohne Datum" in chart.tooltip_text(target)
    assert "ohne Datum" in chart.accessibleDescription()


def test_values_that_are_not_numbers_are_left_out(chart: TrendChart):
    indicator = _indicator(baseline_value=float("nan"), target_value=float("inf"))

    chart.set_data(indicator, [_measurement("2025-01-01", float("nan"))])
    assert chart.points() == []

    chart.set_data(indicator, [_measurement("2025-01-01", 3), _measurement("2025-02-01", 4)])
    assert [p.kind for p in chart.points()] == ["measurement", "measurement"]
    assert not chart.grab().isNull()


def test_set_data_replaces_the_series_and_its_description(chart: TrendChart):
    chart.set_data(DROPOUT, DROPOUT_MEASUREMENTS)
    first = chart.accessibleDescription()

    chart.set_data(PLACES, PLACES_MEASUREMENTS)

    assert [p.value for p in chart.points()] == [120, 128, 135, 151, 149, 166, 200]
    assert chart.accessibleDescription() != first
    assert "166 Plätze" in chart.accessibleDescription()
    assert chart.accessibleName().endswith("Ausbildungsplätze")


# ---------------------------------------------------------------- where and how it paints
def test_measurements_baseline_and_target_are_painted_at_their_positions(chart: TrendChart):
    chart.set_data(DROPOUT, DROPOUT_MEASUREMENTS)
    image = _render(chart)

    measured = _positions(chart, "measurement")
    assert len(measured) == 3
    for at in measured:
        assert _colour_near(image, at, MEASUREMENT_COLOR), at
    (target,) = _positions(chart, "target")
    assert _colour_near(image, target, TARGET_COLOR)
    assert not _colour_near(image, target, MEASUREMENT_COLOR, reach=0)
    (baseline,) = _positions(chart, "baseline")
    ring = QPointF(baseline.x() + chart.fontMetrics().height() * 0.32 - 1, baseline.y())
    assert _colour_near(image, ring, BASELINE_COLOR), "the baseline is a grey ring"
    for _, at in chart.point_positions():
        assert chart.rect().contains(at.toPoint())


def test_a_higher_value_is_drawn_higher(chart: TrendChart):
    chart.set_data(PLACES, PLACES_MEASUREMENTS)

    heights = {point.value: at.y() for point, at in chart.point_positions()}

    assert heights[200] < heights[166] < heights[151] < heights[149] < heights[135]
    assert heights[135] < heights[128] < heights[120]


def test_a_falling_target_lies_below_and_is_reached_by_a_dashed_green_line(chart: TrendChart):
    chart.set_data(DROPOUT, DROPOUT_MEASUREMENTS)
    image = _render(chart)

    (baseline,) = _positions(chart, "baseline")
    latest = _positions(chart, "measurement")[-1]
    (target,) = _positions(chart, "target")
    assert baseline.y() < latest.y() < target.y()
    on_the_way = [latest + (target - latest) * (i / 20) for i in range(5, 16)]
    assert sum(_colour_near(image, at, TARGET_COLOR, reach=1) for at in on_the_way) >= 5


def test_the_chart_scales_with_a_beamer_font(chart: TrendChart):
    small_hint = chart.sizeHint()
    font = QFont(chart.font())
    font.setPointSizeF(16)
    chart.setFont(font)
    chart.resize(900, 400)
    chart.set_data(DROPOUT, DROPOUT_MEASUREMENTS)
    image = _render(chart)

    assert chart.sizeHint().width() > small_hint.width()
    assert chart.minimumSizeHint().width() < chart.sizeHint().width()
    for at in _positions(chart, "measurement"):
        assert _colour_near(image, at, MEASUREMENT_COLOR)
    (target,) = _positions(chart, "target")
    assert _colour_near(image, target, TARGET_COLOR)


# ---------------------------------------------------------------- awkward data
@pytest.mark.parametrize(
    "indicator",
    [None, _indicator(), _indicator(target_date="2028-07-31", baseline_date="2024-01-01")],
    ids=["no indicator", "no values", "dates but no values"],
)
def test_without_values_a_calm_placeholder_is_shown(chart: TrendChart, indicator):  # type: ignore[no-untyped-def]
    chart.set_data(DROPOUT, DROPOUT_MEASUREMENTS)
    chart.set_data(indicator, [])
    image = _render(chart)

    assert chart.points() == []
    assert chart.point_positions() == []
    assert chart.accessibleDescription() == chart.placeholder_text()
    assert _count_colour(image, MEASUREMENT_COLOR) == 0
    assert _count_colour(image, TARGET_COLOR) == 0


def test_a_single_measurement_is_centred_and_labelled(chart: TrendChart):
    chart.set_data(_indicator(), [_measurement("2025-03-01", 42)])
    image = _render(chart)

    ((point, at),) = chart.point_positions()
    assert point.value == 42
    assert _colour_near(image, at, MEASUREMENT_COLOR)
    assert abs(at.x() - chart.width() / 2) < chart.width() * 0.2
    assert "42 %" in chart.accessibleDescription()


def test_equal_values_draw_a_flat_line(chart: TrendChart):
    indicator = _indicator(unit="", baseline_value=5, baseline_date="2024-01-01", target_value=5)
    chart.set_data(indicator, [_measurement("2025-01-01", 5), _measurement("2025-06-01", 5)])
    image = _render(chart)

    heights = {round(at.y(), 3) for _, at in chart.point_positions()}
    assert len(heights) == 1
    for at in _positions(chart, "measurement"):
        assert _colour_near(image, at, MEASUREMENT_COLOR)


def test_negative_values_are_plotted_below_zero(chart: TrendChart):
    indicator = _indicator(
        unit="€",
        baseline_value=-1200,
        baseline_date="2024-01-01",
        target_value=500,
        target_date="2026-12-31",
    )
    chart.set_data(indicator, [_measurement("2024-07-01", -800), _measurement("2025-07-01", 100)])
    image = _render(chart)

    heights = [at.y() for _, at in chart.point_positions()]
    assert heights == sorted(heights, reverse=True), "every value is higher than the last"
    for at in _positions(chart, "measurement"):
        assert _colour_near(image, at, MEASUREMENT_COLOR)


def test_two_hundred_measurements_render(chart: TrendChart):
    measurements = [
        _measurement(f"{2010 + i // 12}-{i % 12 + 1:02d}-15", 50 + i * 0.25 + i % 5)
        for i in range(200)
    ]
    indicator = _indicator(unit="", baseline_value=50, target_value=120, target_date="2028-01-01")
    chart.set_data(indicator, list(reversed(measurements)))
    image = _render(chart)

    points = chart.points()
    assert len(points) == 202
    assert [p.date for p in points[1:-1]] == sorted(p.date for p in points[1:-1])
    latest = _positions(chart, "measurement")[-1]
    assert _colour_near(image, latest, MEASUREMENT_COLOR)
    assert "200" in chart.accessibleDescription(), "the description counts the measurements"


def test_huge_numbers_are_shortened_on_the_chart_but_exact_in_the_tooltip(chart: TrendChart):
    indicator = _indicator(
        unit="€", baseline_value=2.5e8, baseline_date="2024-01-01", target_value=1e9
    )
    chart.set_data(indicator, [_measurement("2025-01-01", 5.5e8)])
    image = _render(chart)

    (target,) = _positions(chart, "target")
    assert _colour_near(image, target, TARGET_COLOR)
    assert (target.x() - _positions(chart, "baseline")[0].x()) > chart.width() * 0.4
    assert "1.000.000.000 €" in chart.tooltip_text(chart.points()[-1])
    assert compact_number(1e9) != format_number(1e9)


# ---------------------------------------------------------------- words and numbers
def test_numbers_follow_the_locale_without_a_trailing_zero(chart: TrendChart):
    assert format_number(6.0) == "6"
    assert format_number(8.1) == "8,1"
    assert format_number(0.1 + 0.2) == "0,3"
    assert format_number(-1200) == "-1.200"


@pytest.mark.parametrize(
    ("low", "high", "integers"),
    [
        (6.0, 9.8, False),
        (120, 200, True),
        (5, 5, True),
        (8.1, 8.1, False),
        (0, 0, False),
        (-1200, 500, True),
        (2.5e8, 1e9, True),
        (0.001, 0.004, False),
    ],
)
def test_axis_ticks_are_three_to_five_round_values_covering_the_range(low, high, integers):  # type: ignore[no-untyped-def]
    ticks = nice_ticks(low, high, integers=integers)

    assert 3 <= len(ticks) <= 5
    assert ticks[0] <= low
    assert ticks[-1] >= high
    assert ticks[0] < ticks[-1]
    steps = {round(b - a, 9) for a, b in itertools.pairwise(ticks)}
    assert len(steps) == 1, "evenly spaced"
    if integers:
        assert all(float(t).is_integer() for t in ticks)


def test_the_description_summarises_the_series_for_screen_readers(chart: TrendChart):
    chart.set_data(DROPOUT, DROPOUT_MEASUREMENTS)

    description = chart.accessibleDescription()

    assert "9,8 % (01.09.2024)" in description
    assert "8,1 % (01.02.2026)" in description
    assert "6 % (31.07.2028)" in description
    assert description.index("9,8") < description.index("8,1") < description.index("6 %")


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen platform only
def test_hovering_a_point_shows_its_date_and_value(qtbot, chart: TrendChart):  # type: ignore[no-untyped-def]
    chart.set_data(DROPOUT, DROPOUT_MEASUREMENTS)
    chart.show()
    qtbot.waitExposed(chart)
    point, at = chart.point_positions()[2]
    near = at + QPointF(3, -2)

    chart.mouseMoveEvent(
        QMouseEvent(
            QEvent.Type.MouseMove,
            near,
            chart.mapToGlobal(near),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )

    assert chart.point_at(near) == point
    assert QToolTip.isVisible()
    assert QToolTip.text() == chart.tooltip_text(point)
    assert "01.09.2025: 8,6 %" in QToolTip.text()
    assert chart.point_at(QPointF(chart.width() / 2, 2)) is None
    QToolTip.hideText()
