"""Dialogs of a session's results: a decision and an action item.

Like the canvas dialogs, each returns a draft and never writes to the store; the results
panel pushes the command. The draft is checked with the matching ``event_rules`` function:
while it reports a problem the OK button stays disabled and the first problem is shown in
German above the buttons.

Links to agenda items, goals, people and actors are soft (see ``domain.events``): a link
to something deleted since is kept as a "(deleted)" entry, so that saving the dialog does
not silently drop it (undoing the deletion brings the link back to life).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ciworkshop.domain.canvas import Goal
from ciworkshop.domain.event_rules import check_action_item, check_decision
from ciworkshop.domain.events import (
    ActionItemDraft,
    ActionStatus,
    AgendaItem,
    Agreement,
    DecisionDraft,
)
from ciworkshop.domain.model import Actor, Person
from ciworkshop.domain.rules import Problem
from ciworkshop.ui import icons
from ciworkshop.ui.dialogs.base import field_text as _text
from ciworkshop.ui.dialogs.base import set_field_text as _set_text
from ciworkshop.ui.dialogs.canvas import CanvasFormDialog, OptionalDateEdit
from ciworkshop.ui.i18n import translate

#: Long goal statements are cut in the combo (the full text is its tooltip).
_COMBO_TEXT_MAX = 90

#: Data of an owner entry in the "who" combo: "person:<uuid>" or "actor:<uuid>" (a plain
#: string: Qt hands tuples back as lists, which would never match again).
PERSON, ACTOR = "person", "actor"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _COMBO_TEXT_MAX else text[: _COMBO_TEXT_MAX - 1] + "…"


def _select_data(combo: QComboBox, data: object) -> bool:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


# ---------------------------------------------------------------- decision
class DecisionDialog(CanvasFormDialog):
    """A decision: its text, how it was agreed, the agenda item and the impact goal."""

    def __init__(
        self,
        draft: DecisionDraft | None,
        *,
        agenda: Sequence[AgendaItem] = (),
        goals: Sequence[Goal] = (),
        new: bool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``new`` names the window (a new decision may come with text already typed);
        by default a dialog without a draft is a new decision."""
        super().__init__(parent)
        self.setMinimumWidth(600)
        self._is_new = draft is None if new is None else new
        draft = draft or DecisionDraft(text="")
        self.text_edit = self.add_text_field("decision_text", multiline=True)
        self.agreement_combo = QComboBox()
        self.agreement_combo.setObjectName("agreementCombo")
        self.add_row("agreement", self.agreement_combo)
        self.agenda_combo = QComboBox()
        self.agenda_combo.setObjectName("agendaCombo")
        self.add_row("agenda_item", self.agenda_combo)
        self.goal_combo = QComboBox()
        self.goal_combo.setObjectName("goalCombo")
        self.goal_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.goal_combo.setMinimumContentsLength(30)
        self.add_row("goal", self.goal_combo)

        for _agreement in Agreement:
            self.agreement_combo.addItem("")
        self.agreement_combo.setCurrentIndex(list(Agreement).index(draft.agreement))
        self.agenda_combo.addItem("", None)
        for item in agenda:
            self.agenda_combo.addItem(f"{item.position + 1}. {item.title}", item.uuid)
        self._dangling_agenda = draft.agenda_item_uuid is not None and not _select_data(
            self.agenda_combo, draft.agenda_item_uuid
        )
        if self._dangling_agenda:
            self.agenda_combo.addItem("", draft.agenda_item_uuid)
            self.agenda_combo.setCurrentIndex(self.agenda_combo.count() - 1)
        self.goal_combo.addItem("", None)
        for goal in goals:
            self.goal_combo.addItem(icons.icon("goal"), _short(goal.statement), goal.uuid)
            self.goal_combo.setItemData(
                self.goal_combo.count() - 1, goal.statement, Qt.ItemDataRole.ToolTipRole
            )
        self._dangling_goal = draft.goal_uuid is not None and not _select_data(
            self.goal_combo, draft.goal_uuid
        )
        if self._dangling_goal:
            self.goal_combo.addItem("", draft.goal_uuid)
            self.goal_combo.setCurrentIndex(self.goal_combo.count() - 1)
        _set_text(self.text_edit, draft.text)
        for combo in (self.agreement_combo, self.agenda_combo, self.goal_combo):
            combo.currentIndexChanged.connect(self._update_ok)
        self.text_edit.setFocus()
        self.finish()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New decision") if self._is_new else self.tr("Edit decision"))
        self.retranslate_labels(
            {
                # Not the field label's first letter: "Beschluss" and "Beschlussverfahren"
                # would share Alt+B.
                "agreement": self.tr("&How agreed:"),
                "agenda_item": self.tr("&Agenda item:"),
                "goal": self.tr("Impact &goal:"),
            }
        )
        with QSignalBlocker(self.agreement_combo):
            for index, agreement in enumerate(Agreement):
                self.agreement_combo.setItemText(index, translate(agreement.label))
        self.agenda_combo.setItemText(0, self.tr("— no agenda item —"))
        if self._dangling_agenda:
            self.agenda_combo.setItemText(self.agenda_combo.count() - 1, self.tr("(deleted)"))
        self.goal_combo.setItemText(0, self.tr("— no impact goal —"))
        if self._dangling_goal:
            self.goal_combo.setItemText(self.goal_combo.count() - 1, self.tr("(deleted)"))
        super().retranslate_ui()

    def problems(self) -> list[Problem | str]:
        return list(check_decision(self.draft()))

    def draft(self) -> DecisionDraft:
        return DecisionDraft(
            text=_text(self.text_edit),
            agreement=list(Agreement)[self.agreement_combo.currentIndex()],
            agenda_item_uuid=self.agenda_combo.currentData(),
            goal_uuid=self.goal_combo.currentData(),
        )


# ---------------------------------------------------------------- action item
class ActionItemDialog(CanvasFormDialog):
    """An action item: what, who (a person or actor of the network, and/or free text),
    by when, and its status."""

    def __init__(
        self,
        draft: ActionItemDraft | None,
        *,
        people: Sequence[Person] = (),
        actors: Sequence[Actor] = (),
        new: bool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``new`` as in :class:`DecisionDialog`."""
        super().__init__(parent)
        self.setMinimumWidth(600)
        self._is_new = draft is None if new is None else new
        draft = draft or ActionItemDraft(what="")
        self.what_edit = self.add_text_field("action_what")
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("ownerCombo")
        self.add_row("owner_link", self.owner_combo)
        self.owner_edit = self.add_text_field("action_owner")
        self.due_date_edit = OptionalDateEdit(draft.due_date)
        self.due_date_edit.setObjectName("dueDateEdit")
        self.add_date_row("due_date", self.due_date_edit)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusCombo")
        self.add_row("status", self.status_combo)

        actor_names = {a.uuid: a.display_name for a in actors}
        self.owner_combo.addItem("", None)
        for person in people:
            organisation = actor_names.get(person.actor_uuid or "", "")
            label = f"{person.name} ({organisation})" if organisation else person.name
            self.owner_combo.addItem(icons.icon("person"), label, f"{PERSON}:{person.uuid}")
        if people and actors:
            self.owner_combo.insertSeparator(self.owner_combo.count())
        for actor in actors:
            self.owner_combo.addItem(
                icons.icon("organisation"), actor.name, f"{ACTOR}:{actor.uuid}"
            )
        linked = (
            f"{PERSON}:{draft.owner_person_uuid}"
            if draft.owner_person_uuid
            else f"{ACTOR}:{draft.owner_actor_uuid}"
            if draft.owner_actor_uuid
            else None
        )
        self._dangling_owner = linked is not None and not _select_data(self.owner_combo, linked)
        if self._dangling_owner:
            self.owner_combo.insertItem(1, icons.icon("warning"), "", linked)
            self.owner_combo.setCurrentIndex(1)
        for _status in ActionStatus:
            self.status_combo.addItem("")
        self.status_combo.setCurrentIndex(list(ActionStatus).index(draft.status))
        _set_text(self.what_edit, draft.what)
        _set_text(self.owner_edit, draft.owner_text)
        for combo in (self.owner_combo, self.status_combo):
            combo.currentIndexChanged.connect(self._update_ok)
        self.due_date_edit.changed.connect(self._update_ok)
        self.what_edit.setFocus()
        self.finish()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("New action item") if self._is_new else self.tr("Edit action item")
        )
        self.retranslate_labels(
            {
                "owner_link": self.tr("&Person or actor:"),
                "action_owner": self.tr("Who (&free text):"),
            }
        )
        self.owner_combo.setItemText(0, self.tr("— nobody chosen —"))
        if self._dangling_owner:
            self.owner_combo.setItemText(1, self.tr("(deleted)"))
        with QSignalBlocker(self.status_combo):
            for index, status in enumerate(ActionStatus):
                self.status_combo.setItemText(index, translate(status.label))
        assert isinstance(self.owner_edit, QLineEdit)
        self.owner_edit.setPlaceholderText(
            self.tr("A guest, or an addition such as “with the youth office”")
        )
        super().retranslate_ui()

    def problems(self) -> list[Problem | str]:
        return list(check_action_item(self.draft()))

    def draft(self) -> ActionItemDraft:
        owner = self.owner_combo.currentData()
        kind, _, uuid = owner.partition(":") if isinstance(owner, str) else ("", "", "")
        return ActionItemDraft(
            what=_text(self.what_edit),
            owner_actor_uuid=uuid if kind == ACTOR else None,
            owner_person_uuid=uuid if kind == PERSON else None,
            owner_text=_text(self.owner_edit),
            due_date=self.due_date_edit.iso(),
            status=list(ActionStatus)[self.status_combo.currentIndex()],
        )


__all__ = ["ActionItemDialog", "DecisionDialog"]
