"""The goals of one level as a list model: an adapter over a CanvasSnapshot.

The model never writes: in-place edits and drops become signals that the canvas view
turns into undoable commands; the view then hands the model the new snapshot.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ciworkshop.domain.canvas import CanvasSnapshot, Goal, GoalDraft, GoalLevel, GoalSummary

GOAL_MIME_TYPE = "application/x-ciworkshop-goal"

GoalRole = Qt.ItemDataRole.UserRole + 1
SummaryRole = Qt.ItemDataRole.UserRole + 2
ActorsRole = Qt.ItemDataRole.UserRole + 3
FlaggedRole = Qt.ItemDataRole.UserRole + 4

_Index = QModelIndex | QPersistentModelIndex


class GoalListModel(QAbstractListModel):
    #: The in-place editor finished: (goal uuid, new draft).
    edit_committed = Signal(str, object)
    #: A goal was dropped here: (goal uuid, this level, row).
    goal_dropped = Signal(str, object, int)

    def __init__(self, level: GoalLevel, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.level = level
        self._goals: tuple[Goal, ...] = ()
        self._summaries: dict[str, GoalSummary] = {}
        self._actors: dict[str, tuple[str, ...]] = {}
        self._flagged: frozenset[str] = frozenset()
        self.read_only = False

    def set_snapshot(
        self, snapshot: CanvasSnapshot, *, today: date, flagged: frozenset[str] = frozenset()
    ) -> None:
        """Show this level of ``snapshot``; ``flagged`` goals have open quality findings."""
        goals = snapshot.goals_on(self.level)
        summaries = {g.uuid: snapshot.goal_summary(g.uuid, today=today) for g in goals}
        actors = {g.uuid: snapshot.actor_names_of(g) for g in goals}
        if [g.uuid for g in goals] == [g.uuid for g in self._goals]:
            # Same goals in the same order: keep selection and scroll position, and
            # repaint only the cards whose content changed (one edit, one card).
            changed = [
                row
                for row, goal in enumerate(goals)
                if goal != self._goals[row]
                or summaries[goal.uuid] != self._summaries.get(goal.uuid)
                or actors[goal.uuid] != self._actors.get(goal.uuid)
                or (goal.uuid in flagged) != (goal.uuid in self._flagged)
            ]
            self._goals, self._summaries, self._actors = goals, summaries, actors
            self._flagged = flagged
            for row in changed:
                self.dataChanged.emit(self.index(row), self.index(row))
            return
        self.beginResetModel()
        self._goals, self._summaries, self._actors = goals, summaries, actors
        self._flagged = flagged
        self.endResetModel()

    def goal_at(self, row: int) -> Goal | None:
        return self._goals[row] if 0 <= row < len(self._goals) else None

    def row_of(self, uuid: str) -> int:
        return next((i for i, g in enumerate(self._goals) if g.uuid == uuid), -1)

    # ------------------------------------------------------------ read
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._goals)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        goal = self.goal_at(index.row()) if index.isValid() else None
        if goal is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return goal.statement
        if role == Qt.ItemDataRole.EditRole:
            return goal.to_draft()
        if role == Qt.ItemDataRole.ToolTipRole:
            return goal.rationale or None
        if role == GoalRole:
            return goal
        if role == SummaryRole:
            return self._summaries.get(goal.uuid, GoalSummary())
        if role == ActorsRole:
            return self._actors.get(goal.uuid, ())
        if role == FlaggedRole:
            return goal.uuid in self._flagged
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if not self.read_only else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # ------------------------------------------------------------ write (as signals)
    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        goal = self.goal_at(index.row()) if index.isValid() else None
        if goal is None or role != Qt.ItemDataRole.EditRole or not isinstance(value, GoalDraft):
            return False
        if value != goal.to_draft():
            self.edit_committed.emit(goal.uuid, value)
        return True

    # ------------------------------------------------------------ drag and drop
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [GOAL_MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        goal = self.goal_at(indexes[0].row()) if indexes else None
        if goal is not None:
            data.setData(GOAL_MIME_TYPE, QByteArray(goal.uuid.encode()))
        return data

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _Index,
    ) -> bool:
        return not self.read_only and data.hasFormat(GOAL_MIME_TYPE)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _Index,
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        uuid = bytes(data.data(GOAL_MIME_TYPE).data()).decode()
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._goals)
        # The move happens through a command; returning False keeps Qt from removing the
        # dragged row itself (the refreshed snapshot does that).
        self.goal_dropped.emit(uuid, self.level, row)
        return False
