"""The demo network a newcomer sees: a regional network for the transition from school to work."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from pathlib import Path

from ciworkshop.domain.canvas import (
    Ambition,
    CanvasDraft,
    CollectionMethod,
    GoalDraft,
    GoalLevel,
    GoalStatus,
    IndicatorDraft,
    MeasurementDraft,
    MilestoneDraft,
    MilestoneStatus,
)
from ciworkshop.domain.model import ActorDraft, ActorRole, NetworkDraft, PersonDraft, Sector
from ciworkshop.services import demo_data
from ciworkshop.services.canvas import CanvasService
from ciworkshop.services.demo_events import populate_events
from ciworkshop.services.network import NetworkService
from ciworkshop.store.document import Document


def populate(service: NetworkService) -> None:
    service.update_network(draft=NetworkDraft(**demo_data.NETWORK))
    uuids: dict[str, str] = {}
    for entry in demo_data.ACTORS:
        actor, _ = service.add_actor(
            draft=ActorDraft(
                name=entry["name"],
                short_name=entry.get("short_name", ""),
                sector=Sector(entry["sector"]),
                role=ActorRole(entry["role"]),
                note=entry.get("note", ""),
            )
        )
        uuids[entry["key"]] = actor.uuid
    for person in demo_data.PERSONS:
        actor_key = person.get("actor")
        service.add_person(
            draft=PersonDraft(
                name=str(person["name"]),
                actor_uuid=uuids[str(actor_key)] if actor_key else None,
                function=str(person.get("function") or ""),
                email=str(person.get("email") or ""),
                phone=str(person.get("phone") or ""),
                consent_named=bool(person.get("consent")),
            )
        )
    populate_canvas(CanvasService(service.document), actor_uuids=uuids)
    populate_events(service.document)


# ---------------------------------------------------------------- impact canvas
def _text(entry: dict[str, object], key: str) -> str:
    value = entry.get(key)
    return value if isinstance(value, str) else ""


def _entries(entry: dict[str, object], key: str) -> list[dict[str, object]]:
    value = entry.get(key)
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _dated(entry: dict[str, object], key: str) -> tuple[float | None, str]:
    value = entry.get(key)
    if isinstance(value, tuple) and len(value) == 2:
        return _number(value[0]), str(value[1])
    return None, ""


def _add_goal(
    service: CanvasService,
    entry: dict[str, object],
    *,
    actor_uuids: dict[str, str],
    frozen_on: str | None,
    later: list[Callable[[], object]],
) -> None:
    """Add one goal of demo_data.CANVAS_GOALS. With ``frozen_on``, only what was known on
    that day goes in now; later measurements and milestone outcomes go to ``later``."""
    actors = entry.get("actors")
    goal, _ = service.add_goal(
        draft=GoalDraft(
            level=GoalLevel(_text(entry, "level")),
            statement=_text(entry, "statement"),
            target_group=_text(entry, "target_group"),
            rationale=_text(entry, "rationale"),
            ambition=Ambition(int(_number(entry.get("ambition")) or 3)),
            status=GoalStatus(_text(entry, "status") or GoalStatus.DRAFT.value),
            actor_uuids=tuple(actor_uuids[k] for k in actors if isinstance(k, str))
            if isinstance(actors, list)
            else (),
        )
    )
    for spec in _entries(entry, "indicators"):
        baseline, baseline_date = _dated(spec, "baseline")
        target, target_date = _dated(spec, "target")
        method = _text(spec, "method")
        indicator, _ = service.add_indicator(
            goal_uuid=goal.uuid,
            draft=IndicatorDraft(
                name=_text(spec, "name"),
                unit=_text(spec, "unit"),
                baseline_value=baseline,
                baseline_date=baseline_date,
                target_value=target,
                target_date=target_date,
                method=CollectionMethod(method) if method else None,
                method_note=_text(spec, "method_note"),
                source=_text(spec, "source"),
                frequency=_text(spec, "frequency"),
            ),
        )
        values = spec.get("measurements")
        for row in values if isinstance(values, list) else []:
            measured = MeasurementDraft(
                date=str(row[0]),
                value=_number(row[1]) or 0.0,
                note=str(row[2]) if len(row) > 2 else "",
            )
            add = functools.partial(
                service.add_measurement, indicator_uuid=indicator.uuid, draft=measured
            )
            if frozen_on is not None and measured.date > frozen_on:
                later.append(add)
            else:
                add()
    for spec in _entries(entry, "milestones"):
        draft = MilestoneDraft(
            text=_text(spec, "text"),
            due_date=_text(spec, "due_date"),
            status=MilestoneStatus(_text(spec, "status") or MilestoneStatus.OPEN.value),
            owner=_text(spec, "owner"),
        )
        decided_later = (
            frozen_on is not None
            and draft.due_date > frozen_on
            and draft.status is not MilestoneStatus.OPEN
        )
        if decided_later:
            milestone, _ = service.add_milestone(
                goal_uuid=goal.uuid,
                draft=dataclasses.replace(draft, status=MilestoneStatus.OPEN),
            )
            later.append(
                functools.partial(service.update_milestone, uuid=milestone.uuid, draft=draft)
            )
        else:
            service.add_milestone(goal_uuid=goal.uuid, draft=draft)


def populate_canvas(service: CanvasService, *, actor_uuids: dict[str, str]) -> None:
    """Vision, mission, nine goals with indicators, measurements and milestones, and the
    version frozen at the Fachtag (holding only what was known that day).

    One transaction for the whole canvas: the service calls nest as savepoints, so the
    demo opens quickly even on a laptop where every commit waits for the disk.
    """
    version = demo_data.CANVAS_VERSION
    later: list[Callable[[], object]] = []
    with service.document.transaction():
        service.update_canvas(
            draft=CanvasDraft(vision=demo_data.CANVAS_VISION, mission=demo_data.CANVAS_MISSION)
        )
        for entry in demo_data.CANVAS_GOALS:
            if entry.get("after_fachtag"):
                later.append(
                    functools.partial(
                        _add_goal,
                        service,
                        entry,
                        actor_uuids=actor_uuids,
                        frozen_on=None,
                        later=later,
                    )
                )
            else:
                _add_goal(
                    service,
                    entry,
                    actor_uuids=actor_uuids,
                    frozen_on=version["agreed_on"],
                    later=later,
                )
        service.freeze_version(label=version["label"], agreed_on=version["agreed_on"])
        for step in later:
            step()


def write_demo(path: Path) -> Document:
    """Create ``path`` (which must not exist) holding the demo network; return it open."""
    document = Document.create(path, network_name=str(demo_data.NETWORK["name"]))
    try:
        populate(NetworkService(document))
    except BaseException:
        document.close()
        raise
    return document
