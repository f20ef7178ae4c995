"""Dialogs for the network, an actor and a person. Each returns a draft."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from ciworkshop.domain.model import (
    Actor,
    ActorDraft,
    ActorRole,
    NetworkDraft,
    PersonDraft,
    Sector,
)
from ciworkshop.ui.dialogs.base import FormDialog
from ciworkshop.ui.dialogs.base import field_text as _text
from ciworkshop.ui.dialogs.base import set_field_text as _set_text
from ciworkshop.ui.i18n import translate


class NetworkDialog(FormDialog):
    def __init__(self, draft: NetworkDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = self.add_text_field("name")
        self.region_edit = self.add_text_field("region")
        self.challenge_edit = self.add_text_field("challenge", multiline=True)
        _set_text(self.name_edit, draft.name)
        _set_text(self.region_edit, draft.region)
        _set_text(self.challenge_edit, draft.challenge)
        self.name_edit.textChanged.connect(self._update_ok)
        self.retranslate_ui()
        self._update_ok()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Network details"))
        self.retranslate_labels({"challenge": self.tr("The &challenge we address:")})

    def is_valid(self) -> bool:
        return super().is_valid() and bool(_text(self.name_edit).strip())

    def draft(self) -> NetworkDraft:
        return NetworkDraft(
            name=_text(self.name_edit),
            region=_text(self.region_edit),
            challenge=_text(self.challenge_edit),
        )


class ActorDialog(FormDialog):
    def __init__(self, draft: ActorDraft | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._is_new = draft is None
        draft = draft or ActorDraft(name="")
        self.name_edit = self.add_text_field("name")
        self.short_edit = self.add_text_field("short_name")
        self.sector_combo = QComboBox()
        self.sector_combo.setObjectName("sectorCombo")
        self.add_row("sector", self.sector_combo)
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("roleCombo")
        self.add_row("role", self.role_combo)
        self.note_edit = self.add_text_field("note", multiline=True)
        self._fill_combos()
        _set_text(self.name_edit, draft.name)
        _set_text(self.short_edit, draft.short_name)
        _set_text(self.note_edit, draft.note)
        self.sector_combo.setCurrentIndex(list(Sector).index(draft.sector))
        self.role_combo.setCurrentIndex(list(ActorRole).index(draft.role))
        self.name_edit.textChanged.connect(self._update_ok)
        self.retranslate_ui()
        self._update_ok()

    def _fill_combos(self) -> None:
        sector, role = self.sector_combo.currentIndex(), self.role_combo.currentIndex()
        self.sector_combo.clear()
        for s in Sector:
            self.sector_combo.addItem(translate(s.label), s)
        self.role_combo.clear()
        for r in ActorRole:
            self.role_combo.addItem(translate(r.label), r)
        if sector >= 0:
            self.sector_combo.setCurrentIndex(sector)
        if role >= 0:
            self.role_combo.setCurrentIndex(role)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New actor") if self._is_new else self.tr("Edit actor"))
        self.retranslate_labels(
            {
                "name": self.tr("&Organisation:"),
                "sector": self.tr("&Sector:"),
                "role": self.tr("&Role in the network:"),
                "note": self.tr("What they &bring:"),
            }
        )
        self._fill_combos()

    def is_valid(self) -> bool:
        return super().is_valid() and bool(_text(self.name_edit).strip())

    def draft(self) -> ActorDraft:
        return ActorDraft(
            name=_text(self.name_edit),
            short_name=_text(self.short_edit),
            sector=list(Sector)[self.sector_combo.currentIndex()],
            role=list(ActorRole)[self.role_combo.currentIndex()],
            note=_text(self.note_edit),
        )


class PersonDialog(FormDialog):
    def __init__(
        self,
        actors: Sequence[Actor],
        draft: PersonDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._is_new = draft is None
        draft = draft or PersonDraft(name="")
        self._actor_uuids: list[str | None] = [None] + [a.uuid for a in actors]
        self._actor_names = [a.name for a in actors]
        self.name_edit = self.add_text_field("name")
        self.actor_combo = QComboBox()
        self.actor_combo.setObjectName("actorCombo")
        self.actor_combo.setEditable(False)
        self.add_row("organisation", self.actor_combo)
        self.function_edit = self.add_text_field("function")
        self.email_edit = self.add_text_field("email")
        self.phone_edit = self.add_text_field("phone")
        self.consent_check = QCheckBox()
        self.consent_check.setObjectName("consentCheck")
        self.add_row("consent", self.consent_check)
        self.note_edit = self.add_text_field("note", multiline=True)
        self._fill_actors()
        _set_text(self.name_edit, draft.name)
        _set_text(self.function_edit, draft.function)
        _set_text(self.email_edit, draft.email)
        _set_text(self.phone_edit, draft.phone)
        _set_text(self.note_edit, draft.note)
        self.consent_check.setChecked(draft.consent_named)
        if draft.actor_uuid in self._actor_uuids:
            self.actor_combo.setCurrentIndex(self._actor_uuids.index(draft.actor_uuid))
        self.name_edit.textChanged.connect(self._update_ok)
        self.email_edit.textChanged.connect(self._update_ok)
        self.retranslate_ui()
        self._update_ok()

    def _fill_actors(self) -> None:
        current = max(self.actor_combo.currentIndex(), 0)
        self.actor_combo.clear()
        self.actor_combo.addItem(self.tr("— no organisation —"))
        for name in self._actor_names:
            self.actor_combo.addItem(name)
        self.actor_combo.setCurrentIndex(current)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New person") if self._is_new else self.tr("Edit person"))
        self.retranslate_labels(
            {
                "organisation": self.tr("&Organisation:"),
                "consent": self.tr("Protocols:"),
            }
        )
        self.consent_check.setText(self.tr("&May be named in protocols (consent given)"))
        self._fill_actors()

    def is_valid(self) -> bool:
        email = _text(self.email_edit).strip()
        return (
            super().is_valid()
            and bool(_text(self.name_edit).strip())
            and (not email or "@" in email)
        )

    def draft(self) -> PersonDraft:
        return PersonDraft(
            name=_text(self.name_edit),
            actor_uuid=self._actor_uuids[self.actor_combo.currentIndex()],
            function=_text(self.function_edit),
            email=_text(self.email_edit),
            phone=_text(self.phone_edit),
            consent_named=self.consent_check.isChecked(),
            note=_text(self.note_edit),
        )
