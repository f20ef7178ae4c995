"""One QUndoCommand per service call. redo()/undo() call services, never SQL.

A command whose service call fails for an environmental reason (disk full, file
locked) marks itself obsolete, so QUndoStack drops it: the stack never claims an
edit that is not in the file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ciworkshop.domain.model import (
    ActorDraft,
    DeletedActor,
    NetworkDraft,
    Person,
    PersonDraft,
)
from ciworkshop.store.errors import DocumentError
from ciworkshop.ui.session import DocumentSession


class ServiceCommand(QUndoCommand):
    def __init__(self, session: DocumentSession, text: str) -> None:
        super().__init__(text)
        self.session = session

    def redo(self) -> None:
        try:
            self._redo()
        except DocumentError:
            self.setObsolete(True)

    def undo(self) -> None:
        try:
            self._undo()
        except DocumentError:
            self.setObsolete(True)

    # Every subclass defines both directions.
    def _redo(self) -> None:
        """Do (or redo) the edit through a service call."""

    def _undo(self) -> None:
        """Revert the edit through a service call."""


class EditNetworkCommand(ServiceCommand):
    def __init__(self, session: DocumentSession, before: NetworkDraft, after: NetworkDraft) -> None:
        super().__init__(session, QCoreApplication.translate("Commands", "Edit network details"))
        self.before, self.after = before, after

    def _redo(self) -> None:
        self.session.perform(lambda: (None, self.session.service.update_network(draft=self.after)))

    def _undo(self) -> None:
        self.session.perform(lambda: (None, self.session.service.update_network(draft=self.before)))


class AddActorCommand(ServiceCommand):
    def __init__(self, session: DocumentSession, draft: ActorDraft) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Add actor “{name}”").format(
                name=draft.name.strip()
            ),
        )
        self.draft = draft
        self.uuid: str | None = None

    def _redo(self) -> None:
        actor = self.session.perform(
            lambda: self.session.service.add_actor(draft=self.draft, uuid=self.uuid)
        )
        self.uuid = actor.uuid

    def _undo(self) -> None:
        assert self.uuid is not None
        uuid = self.uuid
        self.session.perform(lambda: self.session.service.delete_actor(uuid=uuid))


class EditActorCommand(ServiceCommand):
    def __init__(
        self, session: DocumentSession, uuid: str, before: ActorDraft, after: ActorDraft
    ) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Edit actor “{name}”").format(
                name=after.name.strip()
            ),
        )
        self.uuid, self.before, self.after = uuid, before, after

    def _redo(self) -> None:
        self.session.perform(
            lambda: (None, self.session.service.update_actor(uuid=self.uuid, draft=self.after))
        )

    def _undo(self) -> None:
        self.session.perform(
            lambda: (None, self.session.service.update_actor(uuid=self.uuid, draft=self.before))
        )


class DeleteActorCommand(ServiceCommand):
    def __init__(self, session: DocumentSession, uuid: str, name: str) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Delete actor “{name}”").format(name=name),
        )
        self.uuid = uuid
        self.deleted: DeletedActor | None = None

    def _redo(self) -> None:
        self.deleted = self.session.perform(
            lambda: self.session.service.delete_actor(uuid=self.uuid)
        )

    def _undo(self) -> None:
        assert self.deleted is not None
        deleted = self.deleted
        self.session.perform(lambda: (None, self.session.service.restore_actor(deleted=deleted)))


class AddPersonCommand(ServiceCommand):
    def __init__(self, session: DocumentSession, draft: PersonDraft) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Add person “{name}”").format(
                name=draft.name.strip()
            ),
        )
        self.draft = draft
        self.uuid: str | None = None

    def _redo(self) -> None:
        person = self.session.perform(
            lambda: self.session.service.add_person(draft=self.draft, uuid=self.uuid)
        )
        self.uuid = person.uuid

    def _undo(self) -> None:
        assert self.uuid is not None
        uuid = self.uuid
        self.session.perform(lambda: self.session.service.delete_person(uuid=uuid))


class EditPersonCommand(ServiceCommand):
    def __init__(
        self, session: DocumentSession, uuid: str, before: PersonDraft, after: PersonDraft
    ) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Edit person “{name}”").format(
                name=after.name.strip()
            ),
        )
        self.uuid, self.before, self.after = uuid, before, after

    def _redo(self) -> None:
        self.session.perform(
            lambda: (None, self.session.service.update_person(uuid=self.uuid, draft=self.after))
        )

    def _undo(self) -> None:
        self.session.perform(
            lambda: (None, self.session.service.update_person(uuid=self.uuid, draft=self.before))
        )


class DeletePersonCommand(ServiceCommand):
    def __init__(self, session: DocumentSession, uuid: str, name: str) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Delete person “{name}”").format(name=name),
        )
        self.uuid = uuid
        self.person: Person | None = None

    def _redo(self) -> None:
        self.person = self.session.perform(
            lambda: self.session.service.delete_person(uuid=self.uuid)
        )

    def _undo(self) -> None:
        assert self.person is not None
        person = self.person
        self.session.perform(lambda: (None, self.session.service.restore_person(person=person)))
