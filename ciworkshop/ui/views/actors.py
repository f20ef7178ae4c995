"""Actors & People: the network's organisations and the people who take part.

Dialogs return drafts; this view pushes the matching undo command on the session.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ciworkshop.ui import icons
from ciworkshop.ui.commands import (
    AddActorCommand,
    AddPersonCommand,
    DeleteActorCommand,
    DeletePersonCommand,
    EditActorCommand,
    EditPersonCommand,
)
from ciworkshop.ui.dialogs.entities import ActorDialog, PersonDialog
from ciworkshop.ui.models.tables import UUID_ROLE, ActorTableModel, PersonTableModel
from ciworkshop.ui.session import DocumentSession


class _Table(QTableView):
    """A table where Enter edits and Delete removes the current row."""

    def __init__(self, on_activate, on_delete) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self._on_activate, self._on_delete = on_activate, on_delete
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.doubleClicked.connect(lambda _index: self._on_activate())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_activate()
            return
        if event.key() == Qt.Key.Key_Delete:
            self._on_delete()
            return
        super().keyPressEvent(event)


class _Pane(QWidget):
    def __init__(self, model, on_add, on_edit, on_delete, name: str) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.add_button = QPushButton(icons.icon("add"), "")
        self.add_button.setObjectName(f"add{name}Button")
        self.edit_button = QPushButton(icons.icon("edit"), "")
        self.edit_button.setObjectName(f"edit{name}Button")
        self.delete_button = QPushButton(icons.icon("delete"), "")
        self.delete_button.setObjectName(f"delete{name}Button")
        self.add_button.clicked.connect(on_add)
        self.edit_button.clicked.connect(on_edit)
        self.delete_button.clicked.connect(on_delete)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName(f"filter{name}Edit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = _Table(on_edit, on_delete)
        self.table.setObjectName(f"{name.lower()}Table")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.count_label = QLabel()

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self._read_only = False
        self._update_buttons()

    def current_uuid(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return index.siblingAtColumn(0).data(UUID_ROLE)

    def select_uuid(self, uuid: str | None) -> None:
        if uuid is None:
            return
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(UUID_ROLE) == uuid:
                self.table.setCurrentIndex(index)
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        has_row = self.current_uuid() is not None
        self.add_button.setEnabled(not self._read_only)
        self.edit_button.setEnabled(has_row and not self._read_only)
        self.delete_button.setEnabled(has_row and not self._read_only)


class ActorsPeopleView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actorsPeopleView")
        self.session: DocumentSession | None = None
        self.actor_model = ActorTableModel()
        self.person_model = PersonTableModel()
        self.actors = _Pane(
            self.actor_model, self.add_actor, self.edit_actor, self.delete_actor, "Actor"
        )
        self.people = _Pane(
            self.person_model, self.add_person, self.edit_person, self.delete_person, "Person"
        )
        mode = QHeaderView.ResizeMode
        for table, modes in (
            (
                self.actors.table,
                (mode.Stretch, mode.ResizeToContents, mode.ResizeToContents, mode.ResizeToContents),
            ),
            (
                self.people.table,
                (mode.ResizeToContents, mode.Stretch, mode.Stretch, mode.ResizeToContents),
            ),
        ):
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            for column, column_mode in enumerate(modes):
                header.setSectionResizeMode(column, column_mode)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.actors)
        splitter.addWidget(self.people)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate_ui()

    # ------------------------------------------------------------ data
    def set_session(self, session: DocumentSession | None) -> None:
        self.session = session
        if session is None:
            self.actor_model.set_items([])
            self.person_model.set_items([])
            return
        self.actors.set_read_only(session.read_only)
        self.people.set_read_only(session.read_only)
        self.refresh()

    def refresh(self) -> None:
        if self.session is None:
            return
        service = self.session.service
        actor_uuid, person_uuid = self.actors.current_uuid(), self.people.current_uuid()
        actors = service.actors()
        people = service.people()
        self.actor_model.set_items(actors)
        self.actor_model.set_people_count(
            dict(Counter(p.actor_uuid for p in people if p.actor_uuid))
        )
        self.person_model.set_actor_names({a.uuid: a.name for a in actors})
        self.person_model.set_items(people)
        self.actors.select_uuid(actor_uuid)
        self.people.select_uuid(person_uuid)
        self._update_counts()

    def _update_counts(self) -> None:
        # Plurals as Class.tr(source, "", n): the one form lupdate 6.11 extracts as numerus.
        self.actors.count_label.setText(
            ActorsPeopleView.tr("%n actor(s)", "", self.actor_model.rowCount())
        )
        self.people.count_label.setText(
            ActorsPeopleView.tr("%n person(s)", "", self.person_model.rowCount())
        )

    # ------------------------------------------------------------ gestures
    def add_actor(self) -> None:
        if self.session is None or self.session.read_only:
            return
        dialog = ActorDialog(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            command = AddActorCommand(self.session, dialog.draft())
            if self.session.push(command):
                self.actors.filter_edit.clear()
                self.actors.select_uuid(command.uuid)
                self.actors.table.setFocus()

    def edit_actor(self) -> None:
        uuid = self.actors.current_uuid()
        if self.session is None or self.session.read_only or uuid is None:
            return
        actor = self.session.service.actor(uuid)
        if actor is None:
            return
        before = actor.to_draft()
        dialog = ActorDialog(before, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.draft() != before:
            self.session.push(EditActorCommand(self.session, uuid, before, dialog.draft()))

    def delete_actor(self) -> None:
        uuid = self.actors.current_uuid()
        if self.session is None or self.session.read_only or uuid is None:
            return
        actor = self.session.service.actor(uuid)
        if actor is not None:
            self.session.push(DeleteActorCommand(self.session, uuid, actor.name))

    def add_person(self) -> None:
        if self.session is None or self.session.read_only:
            return
        dialog = PersonDialog(self.session.service.actors(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            command = AddPersonCommand(self.session, dialog.draft())
            if self.session.push(command):
                self.people.filter_edit.clear()
                self.people.select_uuid(command.uuid)
                self.people.table.setFocus()

    def edit_person(self) -> None:
        uuid = self.people.current_uuid()
        if self.session is None or self.session.read_only or uuid is None:
            return
        person = self.session.service.person(uuid)
        if person is None:
            return
        before = person.to_draft()
        dialog = PersonDialog(self.session.service.actors(), before, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.draft() != before:
            self.session.push(EditPersonCommand(self.session, uuid, before, dialog.draft()))

    def delete_person(self) -> None:
        uuid = self.people.current_uuid()
        if self.session is None or self.session.read_only or uuid is None:
            return
        person = self.session.service.person(uuid)
        if person is not None:
            self.session.push(DeletePersonCommand(self.session, uuid, person.name))

    # ------------------------------------------------------------ language
    def retranslate_ui(self) -> None:
        self.actors.title.setText(self.tr("Actors"))
        self.people.title.setText(self.tr("People"))
        self.actors.add_button.setText(self.tr("&Add actor…"))
        self.actors.edit_button.setText(self.tr("Edit…"))
        self.actors.delete_button.setText(self.tr("Delete"))
        self.people.add_button.setText(self.tr("Add &person…"))
        self.people.edit_button.setText(self.tr("Edit…"))
        self.people.delete_button.setText(self.tr("Delete"))
        self.actors.filter_edit.setPlaceholderText(self.tr("Filter actors"))
        self.people.filter_edit.setPlaceholderText(self.tr("Filter people"))
        self.actor_model.retranslate()
        self.person_model.retranslate()
        self._update_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
