"""Table models over plain domain objects. They never query SQLite."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ciworkshop.domain.model import Actor, Person
from ciworkshop.ui import icons
from ciworkshop.ui.i18n import translate

T = TypeVar("T", Actor, Person)
Index = QModelIndex | QPersistentModelIndex
UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class _ListTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self) -> None:
        super().__init__()
        self._items: list[T] = []

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> T:
        return self._items[row]

    def row_of(self, uuid: str) -> int:
        for row, item in enumerate(self._items):
            if item.uuid == uuid:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self._headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == UUID_ROLE:
            return item.uuid
        return self._cell(item, index.column(), role)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._items:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._items) - 1, self.columnCount() - 1)
            )

    def _headers(self) -> list[str]:
        return []

    def _cell(self, item: T, column: int, role: int) -> Any:
        return None


class ActorTableModel(_ListTableModel[Actor]):
    def __init__(self) -> None:
        super().__init__()
        self._people_count: dict[str, int] = {}

    def set_people_count(self, counts: dict[str, int]) -> None:
        self._people_count = counts
        self.retranslate()

    def _headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ActorTable", "Organisation"),
            QCoreApplication.translate("ActorTable", "Sector"),
            QCoreApplication.translate("ActorTable", "Role"),
            QCoreApplication.translate("ActorTable", "People"),
        ]

    def _cell(self, item: Actor, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return item.name
            if column == 1:
                return translate(item.sector.label)
            if column == 2:
                return translate(item.role.label)
            if column == 3:
                return self._people_count.get(item.uuid, 0)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and item.note:
            return item.note[:500]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PersonTableModel(_ListTableModel[Person]):
    def __init__(self) -> None:
        super().__init__()
        self._actor_names: dict[str, str] = {}

    def set_actor_names(self, names: dict[str, str]) -> None:
        self._actor_names = names
        self.retranslate()

    def _headers(self) -> list[str]:
        return [
            QCoreApplication.translate("PersonTable", "Name"),
            QCoreApplication.translate("PersonTable", "Organisation"),
            QCoreApplication.translate("PersonTable", "Function"),
            QCoreApplication.translate("PersonTable", "Named in protocols"),
        ]

    def _cell(self, item: Person, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return item.name
            if column == 1:
                return self._actor_names.get(item.actor_uuid or "", "")
            if column == 2:
                return item.function
            if column == 3:
                return (
                    QCoreApplication.translate("PersonTable", "yes")
                    if item.consent_named
                    else QCoreApplication.translate("PersonTable", "no")
                )
        if role == Qt.ItemDataRole.DecorationRole and column == 3:
            return icons.icon("consent_yes" if item.consent_named else "consent_no")
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and not item.consent_named:
            return QCoreApplication.translate(
                "PersonTable",
                "No consent to be named: protocols count this person but do not print the name.",
            )
        return None
