"""The demo network carries a realistic impact canvas, with something for the checks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ciworkshop.domain.canvas import CanvasSnapshot, GoalLevel, MilestoneStatus
from ciworkshop.domain.quality import CheckKind, check_canvas, count_by_kind
from ciworkshop.services import demo_data
from ciworkshop.services.canvas import CanvasService
from ciworkshop.store.document import Document

TODAY = date(2026, 11, 21)


@pytest.fixture
def demo(demo_file: Path) -> Iterator[tuple[Document, CanvasService]]:
    with Document.open(demo_file) as document:
        yield document, CanvasService(document)


@pytest.fixture
def snapshot(demo: tuple[Document, CanvasService]) -> CanvasSnapshot:
    return demo[1].snapshot()


def test_demo_has_vision_mission_and_about_nine_goals_on_all_levels(
    snapshot: CanvasSnapshot,
) -> None:
    assert snapshot.canvas.vision == demo_data.CANVAS_VISION
    assert snapshot.canvas.mission == demo_data.CANVAS_MISSION
    assert 8 <= len(snapshot.goals) <= 10
    for level in GoalLevel:
        on_level = snapshot.goals_on(level)
        assert 2 <= len(on_level) <= 5, level
        assert [g.position for g in on_level] == list(range(len(on_level)))
    project = snapshot.goals_on(GoalLevel.PROJECT)
    assert all(g.target_group for g in project)


def test_demo_goals_have_indicators_measurements_and_milestones(
    snapshot: CanvasSnapshot,
) -> None:
    with_indicators = [g for g in snapshot.goals if snapshot.indicators(g.uuid)]
    assert len(with_indicators) >= 8
    assert all(1 <= len(snapshot.indicators(g.uuid)) <= 3 for g in with_indicators)
    indicators = snapshot.all_indicators()
    measured = [i for i in indicators if len(snapshot.measurements(i.uuid)) >= 2]
    assert len(measured) >= len(indicators) - 2
    years = {m.date[:4] for i in indicators for m in snapshot.measurements(i.uuid)}
    assert years == {"2024", "2025", "2026"}
    assert any(snapshot.indicator_progress(i) for i in indicators)
    statuses = {m.status for m in snapshot.all_milestones()}
    assert statuses == set(MilestoneStatus)
    # Responsible actors come from the demo's actors, by name.
    names = {name for g in snapshot.goals for name in snapshot.actor_names_of(g)}
    assert {"Koordinierungsstelle", "IHK", "Hochschule Weserland"} <= names


def test_demo_canvas_is_deliberately_imperfect(snapshot: CanvasSnapshot) -> None:
    findings = check_canvas(snapshot, today=TODAY)
    assert len(findings) > 0
    counts = count_by_kind(findings)
    found = {kind for kind, count in counts.items() if count}
    assert {
        CheckKind.GOAL_WITHOUT_INDICATOR,
        CheckKind.INDICATOR_INCOMPLETE,
        CheckKind.AMBITION_EXTREME,
        CheckKind.GOAL_WITHOUT_ACTOR,
        CheckKind.MILESTONE_OVERDUE,
    } <= found
    assert len(findings) < 20  # imperfect, not a mess
    for finding in findings:
        assert finding.english()
        assert finding.goal_uuid is None or snapshot.goal(finding.goal_uuid) is not None


def test_demo_has_the_version_frozen_at_the_fachtag(
    demo: tuple[Document, CanvasService], snapshot: CanvasSnapshot
) -> None:
    _, service = demo
    (version,) = service.versions()
    assert version.label == "Beschlossen beim Fachtag am 12. März 2026"
    assert version.agreed_on == "2026-03-12"
    frozen = service.version_snapshot(version.uuid)
    assert frozen.canvas.vision == snapshot.canvas.vision
    # The version holds what was known on the day: fewer goals, no later measurements.
    assert 0 < len(frozen.goals) < len(snapshot.goals)
    frozen_dates = [m.date for i in frozen.all_indicators() for m in frozen.measurements(i.uuid)]
    assert frozen_dates
    assert max(frozen_dates) <= "2026-03-12"
    assert {g.uuid for g in frozen.goals} < {g.uuid for g in snapshot.goals}


def test_demo_file_is_consistent(demo: tuple[Document, CanvasService]) -> None:
    document, _ = demo
    assert document.db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert document.db.execute("SELECT count(*) FROM tombstone").fetchone()[0] == 0
