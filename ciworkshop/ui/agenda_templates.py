"""Agenda templates the user saved ("Als Vorlage speichern…"), kept in the user's settings.

A template belongs to one session format and holds titles with planned minutes; the
session dialog offers it next to the format's built-in template. The settings value is
JSON written by this module, but it lives in a file the user may edit or damage: reading
never trusts it. Unreadable JSON yields no templates; an entry that is malformed or breaks
the agenda rules (``event_rules.check_agenda_item``) is skipped on its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ciworkshop.domain.event_rules import check_agenda_item
from ciworkshop.domain.events import AgendaItemDraft, SessionFormat
from ciworkshop.domain.rules import NAME_MAX
from ciworkshop.ui.settings import Settings

#: The longest template name (a name is shown in a combo box, like a title).
TEMPLATE_NAME_MAX = NAME_MAX
#: A template with more items than this is no agenda but a damaged value.
TEMPLATE_ITEMS_MAX = 200


@dataclass(frozen=True, slots=True)
class AgendaTemplate:
    name: str
    format: SessionFormat
    items: tuple[AgendaItemDraft, ...]

    @property
    def total_minutes(self) -> int:
        return sum(item.planned_minutes for item in self.items)


def _same(a: AgendaTemplate, name: str, session_format: SessionFormat) -> bool:
    return a.format is session_format and a.name.strip().casefold() == name.strip().casefold()


def _item_from(raw: Any) -> AgendaItemDraft | None:
    if not isinstance(raw, dict):
        return None
    title, minutes = raw.get("title"), raw.get("minutes")
    if not isinstance(title, str) or isinstance(minutes, bool) or not isinstance(minutes, int):
        return None
    draft = AgendaItemDraft(title=title.strip(), planned_minutes=minutes)
    return None if check_agenda_item(draft) else draft


def _template_from(raw: Any) -> AgendaTemplate | None:
    if not isinstance(raw, dict):
        return None
    name, fmt, raw_items = raw.get("name"), raw.get("format"), raw.get("items")
    if not isinstance(name, str) or not name.strip() or len(name) > TEMPLATE_NAME_MAX:
        return None
    if fmt not in {f.value for f in SessionFormat} or not isinstance(raw_items, list):
        return None
    if not raw_items or len(raw_items) > TEMPLATE_ITEMS_MAX:
        return None
    items = [_item_from(r) for r in raw_items]
    if any(item is None for item in items):
        return None  # half a template would be a different agenda than the one saved
    return AgendaTemplate(
        name=name.strip(),
        format=SessionFormat(fmt),
        items=tuple(i for i in items if i is not None),
    )


def parse_templates(text: str) -> list[AgendaTemplate]:
    """The templates in a settings value; ``[]`` for anything unreadable."""
    try:
        raw = json.loads(text) if text else []
    except (ValueError, RecursionError):
        return []
    if not isinstance(raw, list):
        return []
    found: list[AgendaTemplate] = []
    for entry in raw:
        template = _template_from(entry)
        if template is not None and not any(
            _same(t, template.name, template.format) for t in found
        ):
            found.append(template)
    return found


def dump_templates(templates: Iterable[AgendaTemplate]) -> str:
    return json.dumps(
        [
            {
                "name": t.name,
                "format": t.format.value,
                "items": [{"title": i.title, "minutes": i.planned_minutes} for i in t.items],
            }
            for t in templates
        ],
        ensure_ascii=False,
    )


def load_templates(settings: Settings) -> list[AgendaTemplate]:
    """Every saved template, in the order saved."""
    return parse_templates(settings.agenda_templates)


def templates_for(
    templates: Sequence[AgendaTemplate], session_format: SessionFormat
) -> list[AgendaTemplate]:
    return [t for t in templates if t.format is session_format]


def find_template(
    settings: Settings, name: str, session_format: SessionFormat
) -> AgendaTemplate | None:
    return next((t for t in load_templates(settings) if _same(t, name, session_format)), None)


def save_template(settings: Settings, template: AgendaTemplate) -> None:
    """Store ``template``; one of the same format and name (any case) is replaced in place."""
    templates = load_templates(settings)
    index = next(
        (i for i, t in enumerate(templates) if _same(t, template.name, template.format)), None
    )
    if index is None:
        templates.append(template)
    else:
        templates[index] = template
    settings.agenda_templates = dump_templates(templates)
    settings.sync()


def delete_template(settings: Settings, name: str, session_format: SessionFormat) -> bool:
    """Remove a saved template; False if there was none of that name and format."""
    templates = load_templates(settings)
    kept = [t for t in templates if not _same(t, name, session_format)]
    if len(kept) == len(templates):
        return False
    settings.agenda_templates = dump_templates(kept)
    settings.sync()
    return True
