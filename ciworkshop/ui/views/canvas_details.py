"""The detail pane of the selected goal: its facts, indicators with a trend chart and
their measurements, and its milestones. Dialogs return drafts; this pane pushes commands.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ciworkshop.domain.canvas import (
    CanvasSnapshot,
    Goal,
    Indicator,
    Measurement,
    Milestone,
    MilestoneStatus,
)
from ciworkshop.services.changes import Changes, Entity
from ciworkshop.ui import canvas_commands as cmd
from ciworkshop.ui import icons
from ciworkshop.ui.dialogs.canvas import (
    GoalDialog,
    IndicatorDialog,
    MeasurementDialog,
    MilestoneDialog,
)
from ciworkshop.ui.formatting import format_date, format_number, with_unit
from ciworkshop.ui.i18n import translate
from ciworkshop.ui.session import DocumentSession
from ciworkshop.ui.widgets.trend_chart import TrendChart

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class _List(QTreeWidget):
    """A flat list where Enter edits, Insert adds and Delete removes."""

    def __init__(
        self,
        name: str,
        on_add: Callable[[], None],
        on_edit: Callable[[], None],
        on_delete: Callable[[], None],
    ) -> None:
        super().__init__()
        self.setObjectName(name)
        self._on_add, self._on_edit, self._on_delete = on_add, on_edit, on_delete
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.header().setStretchLastSection(False)
        self.itemDoubleClicked.connect(lambda *_: self._on_edit())

    def current_uuid(self) -> str | None:
        item = self.currentItem()
        return str(item.data(0, UUID_ROLE)) if item is not None else None

    def select_uuid(self, uuid: str | None) -> None:
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item is not None and item.data(0, UUID_ROLE) == uuid:
                self.setCurrentItem(item)
                return
        if self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(0))

    def fit_height(self, rows: int) -> None:
        row = (
            self.sizeHintForRow(0) if self.topLevelItemCount() else self.fontMetrics().height() + 8
        )
        self.setFixedHeight(self.header().sizeHint().height() + max(1, min(rows, 8)) * row + 6)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_edit()
        elif key == Qt.Key.Key_Insert:
            self._on_add()
        elif key == Qt.Key.Key_Delete:
            self._on_delete()
        else:
            super().keyPressEvent(event)


def _button(icon: str, name: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(icons.icon(icon), "")
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


#: A card or decision in "Where it came from" is one line of at most this many characters.
_ORIGIN_TEXT_MAX = 140


def _one_line(text: str) -> str:
    """A card's or decision's text as one bullet line (cards may hold line breaks)."""
    text = " ".join(text.split())
    return text if len(text) <= _ORIGIN_TEXT_MAX else text[: _ORIGIN_TEXT_MAX - 1] + "…"


_ORIGIN_ENTITIES = frozenset(
    {Entity.CARD, Entity.DECISION, Entity.AGENDA_ITEM, Entity.SESSION, Entity.EVENT}
)


class GoalDetails(QWidget):
    """Everything about one goal. Shows a calm hint when no goal is selected."""

    #: The goal was deleted from here; the board selects a neighbour.
    goal_deleted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalDetails")
        self.session: DocumentSession | None = None
        self.snapshot: CanvasSnapshot | None = None
        self.goal: Goal | None = None
        self.read_only = True
        self.today = date.today()
        self._actors: list[tuple[str, str]] = []
        self._shown_key: tuple[object, ...] | None = None

        self.empty = QLabel()
        self.empty.setObjectName("detailsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #5F6B73; padding: 24px;")

        self.statement = QLabel()
        self.statement.setObjectName("detailsStatement")
        self.statement.setWordWrap(True)
        self.statement.setTextFormat(Qt.TextFormat.PlainText)
        font = self.statement.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.statement.setFont(font)
        self.facts = QLabel()
        self.facts.setObjectName("detailsFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setStyleSheet("color: #37474F;")
        self.rationale = QLabel()
        self.rationale.setObjectName("detailsRationale")
        self.rationale.setWordWrap(True)
        self.rationale.setTextFormat(Qt.TextFormat.PlainText)
        self.edit_goal_button = _button("edit", "editGoalButton", self.edit_goal)
        self.delete_goal_button = _button("delete", "deleteGoalButton", self.delete_goal)
        goal_buttons = QHBoxLayout()
        goal_buttons.addWidget(self.edit_goal_button)
        goal_buttons.addWidget(self.delete_goal_button)
        goal_buttons.addStretch(1)

        self.indicators_title = QLabel()
        self.indicators = _List(
            "indicatorList", self.add_indicator, self.edit_indicator, self.delete_indicator
        )
        self.indicators.setColumnCount(4)
        self.indicators.currentItemChanged.connect(self._on_indicators_current_changed)
        self.add_indicator_button = _button("add", "addIndicatorButton", self.add_indicator)
        self.edit_indicator_button = _button("edit", "editIndicatorButton", self.edit_indicator)
        self.delete_indicator_button = _button(
            "delete", "deleteIndicatorButton", self.delete_indicator
        )
        self.chart = TrendChart()
        self.chart.setObjectName("trendChart")
        self.chart.setMinimumHeight(200)
        self.measurements_title = QLabel()
        self.measurements = _List(
            "measurementList", self.add_measurement, self.edit_measurement, self.delete_measurement
        )
        self.measurements.setColumnCount(3)
        self.add_measurement_button = _button(
            "measurement", "addMeasurementButton", self.add_measurement
        )
        self.edit_measurement_button = _button(
            "edit", "editMeasurementButton", self.edit_measurement
        )
        self.delete_measurement_button = _button(
            "delete", "deleteMeasurementButton", self.delete_measurement
        )
        self.milestones_title = QLabel()
        self.milestones = _List(
            "milestoneList", self.add_milestone, self.edit_milestone, self.delete_milestone
        )
        self.milestones.setColumnCount(4)
        self.add_milestone_button = _button("add", "addMilestoneButton", self.add_milestone)
        self.edit_milestone_button = _button("edit", "editMilestoneButton", self.edit_milestone)
        self.delete_milestone_button = _button(
            "delete", "deleteMilestoneButton", self.delete_milestone
        )

        # Where the goal came from: cards and decisions of sessions linked to it.
        self.origins_title = QLabel()
        self.origins_title.setObjectName("originsTitle")
        self.origins = QLabel()
        self.origins.setObjectName("goalOrigins")
        self.origins.setWordWrap(True)
        self.origins.setTextFormat(Qt.TextFormat.PlainText)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(6)
        layout.addWidget(self.statement)
        layout.addWidget(self.facts)
        layout.addWidget(self.rationale)
        layout.addLayout(goal_buttons)
        for title, widget, buttons in (
            (
                self.indicators_title,
                self.indicators,
                (
                    self.add_indicator_button,
                    self.edit_indicator_button,
                    self.delete_indicator_button,
                ),
            ),
            (None, self.chart, ()),
            (
                self.measurements_title,
                self.measurements,
                (
                    self.add_measurement_button,
                    self.edit_measurement_button,
                    self.delete_measurement_button,
                ),
            ),
            (
                self.milestones_title,
                self.milestones,
                (
                    self.add_milestone_button,
                    self.edit_milestone_button,
                    self.delete_milestone_button,
                ),
            ),
        ):
            if title is not None:
                title.setStyleSheet("font-weight: bold; color: #00796B; margin-top: 10px;")
                layout.addWidget(title)
            layout.addWidget(widget)
            if buttons:
                row = QHBoxLayout()
                for button in buttons:
                    row.addWidget(button)
                row.addStretch(1)
                layout.addLayout(row)
        self.origins_title.setStyleSheet("font-weight: bold; color: #00796B; margin-top: 10px;")
        layout.addWidget(self.origins_title)
        layout.addWidget(self.origins)
        layout.addStretch(1)
        self.content = content
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.empty)
        outer.addWidget(scroll, 1)
        self.scroll = scroll
        self.retranslate_ui()
        self.show_goal(None, None)

    # ------------------------------------------------------------ data
    def set_session(self, session: DocumentSession | None) -> None:
        if self.session is not None:
            self.session.events_changed.disconnect(self._on_events_changed)
        self.session = session
        if session is not None:
            session.events_changed.connect(self._on_events_changed)
        self._shown_key = None

    def _on_events_changed(self, changes: Changes) -> None:
        if self.goal is not None and changes.entities & _ORIGIN_ENTITIES:
            self.show_goal(self.snapshot, self.goal.uuid, read_only=self.read_only)

    def _origins(self, goal_uuid: str) -> tuple[str, ...]:
        """One line per card or decision linked to the goal, naming its session."""
        if self.session is None:
            return ()
        events = self.session.events
        titles: dict[str, str] = {}

        def where(session_uuid: str) -> str:
            if session_uuid not in titles:
                found = events.session(session_uuid)
                titles[session_uuid] = (
                    f"{found.title}, {format_date(found.date)}"
                    if found and found.date
                    else (found.title if found else "")
                )
            return titles[session_uuid]

        lines = []
        for card in events.cards_of_goal(goal_uuid):
            item = events.agenda_item(card.agenda_item_uuid)
            lines.append(
                QCoreApplication.translate("GoalDetails", "Card “{text}” ({session})").format(
                    text=_one_line(card.text), session=where(item.session_uuid) if item else ""
                )
            )
        for decision in events.decisions_of_goal(goal_uuid):
            lines.append(
                QCoreApplication.translate("GoalDetails", "Decision “{text}” ({session})").format(
                    text=_one_line(decision.text), session=where(decision.session_uuid)
                )
            )
        return tuple(lines)

    def show_goal(
        self, snapshot: CanvasSnapshot | None, goal_uuid: str | None, *, read_only: bool = False
    ) -> None:
        goal_now = snapshot.goal(goal_uuid) if snapshot and goal_uuid else None
        key = self._content_key(snapshot, goal_now, read_only)
        if key is not None and key == self._shown_key:
            self.snapshot = snapshot
            return  # the same goal with the same content: keep lists, chart and selection
        self._shown_key = key
        self.snapshot = snapshot
        self.read_only = read_only
        self.goal = goal_now
        self.empty.setVisible(self.goal is None)
        self.scroll.setVisible(self.goal is not None)
        if self.goal is None or snapshot is None:
            return
        goal = self.goal
        self.statement.setText(goal.statement)
        facts = [
            translate(goal.level.label),
            translate(goal.status.label),
            QCoreApplication.translate("GoalDetails", "Ambition: {ambition}").format(
                ambition=translate(goal.ambition.label)
            ),
        ]
        lines = [" · ".join(facts)]
        if goal.target_group:
            lines.append(
                QCoreApplication.translate("GoalDetails", "Target group: {group}").format(
                    group=goal.target_group
                )
            )
        actors = snapshot.actor_names_of(goal)
        lines.append(
            QCoreApplication.translate("GoalDetails", "Responsible: {actors}").format(
                actors=", ".join(actors)
            )
            if actors
            else QCoreApplication.translate("GoalDetails", "No responsible actor yet")
        )
        self.facts.setText("\n".join(lines))
        self.rationale.setText(goal.rationale)
        self.rationale.setVisible(bool(goal.rationale))
        self._fill_indicators()
        self._fill_milestones()
        origins = key[-1] if key else ()
        self.origins_title.setText(GoalDetails.tr("Where it came from (%n)", "", len(origins)))
        self.origins.setText(
            "\n".join(f"• {line}" for line in origins)
            if origins
            else QCoreApplication.translate(
                "GoalDetails",
                "No card or decision of a session is linked to this goal yet.",
            )
        )
        self._update_buttons()

    def _content_key(
        self, snapshot: CanvasSnapshot | None, goal: Goal | None, read_only: bool
    ) -> tuple[object, ...] | None:
        """Everything the pane shows of ``goal``; equal keys mean nothing to redraw."""
        if snapshot is None or goal is None:
            return None
        indicators = snapshot.indicators(goal.uuid)
        return (
            goal,
            indicators,
            tuple(snapshot.measurements(i.uuid) for i in indicators),
            snapshot.milestones(goal.uuid),
            snapshot.actor_names_of(goal),
            read_only,
            self.today,
            self.session is not None and self.session.read_only,
            self._origins(goal.uuid),
        )

    def _fill_indicators(self) -> None:
        assert self.snapshot is not None
        assert self.goal is not None
        current = self.indicators.current_uuid()
        self.indicators.clear()
        for indicator in self.snapshot.indicators(self.goal.uuid):
            latest = self.snapshot.latest_measurement(indicator.uuid)
            item = QTreeWidgetItem(
                [
                    indicator.name,
                    with_unit(format_number(indicator.baseline_value), indicator.unit),
                    with_unit(format_number(latest.value), indicator.unit) if latest else "–",
                    with_unit(format_number(indicator.target_value), indicator.unit),
                ]
            )
            item.setData(0, UUID_ROLE, indicator.uuid)
            method = (
                translate(indicator.method.label)
                if indicator.method
                else QCoreApplication.translate("GoalDetails", "no method")
            )
            item.setToolTip(0, f"{indicator.name}\n{method}")
            on_track = self.snapshot.indicator_on_track(indicator)
            if on_track is True:
                item.setIcon(0, icons.colored_icon("milestone_reached", "#2E7D32"))
            elif on_track is False:
                item.setIcon(0, icons.colored_icon("warning", "#B45309"))
            else:
                item.setIcon(0, icons.icon("indicator"))
            self.indicators.addTopLevelItem(item)
        self.indicators.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.indicators.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.indicators.fit_height(self.indicators.topLevelItemCount())
        self.indicators.select_uuid(current)
        self._fill_measurements()

    def current_indicator(self) -> Indicator | None:
        uuid = self.indicators.current_uuid()
        return self.snapshot.indicator(uuid) if self.snapshot and uuid else None

    def _on_indicators_current_changed(self, *_: object) -> None:
        self._fill_measurements()
        self._update_buttons()

    def _fill_measurements(self) -> None:
        indicator = self.current_indicator()
        current = self.measurements.current_uuid()
        self.measurements.clear()
        measurements: tuple[Measurement, ...] = ()
        if indicator is not None and self.snapshot is not None:
            measurements = self.snapshot.measurements(indicator.uuid)
            for measurement in reversed(measurements):  # newest first
                item = QTreeWidgetItem(
                    [
                        format_date(measurement.date),
                        with_unit(format_number(measurement.value), indicator.unit),
                        " ".join(measurement.note.split()),
                    ]
                )
                item.setData(0, UUID_ROLE, measurement.uuid)
                item.setToolTip(2, measurement.note)
                self.measurements.addTopLevelItem(item)
        self.chart.set_data(indicator, measurements)
        self.chart.setVisible(indicator is not None)
        self.measurements_title.setText(
            QCoreApplication.translate("GoalDetails", "Measurements of “{indicator}”").format(
                indicator=indicator.name
            )
            if indicator
            else QCoreApplication.translate("GoalDetails", "Measurements")
        )
        header = self.measurements.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.measurements.fit_height(self.measurements.topLevelItemCount())
        self.measurements.select_uuid(current)

    def _fill_milestones(self) -> None:
        assert self.snapshot is not None
        assert self.goal is not None
        current = self.milestones.current_uuid()
        self.milestones.clear()
        for milestone in self.snapshot.milestones(self.goal.uuid):
            overdue = milestone.is_overdue(self.today)
            status = (
                QCoreApplication.translate("GoalDetails", "overdue")
                if overdue
                else translate(milestone.status.label)
            )
            item = QTreeWidgetItem(
                [milestone.text, format_date(milestone.due_date), status, milestone.owner]
            )
            item.setData(0, UUID_ROLE, milestone.uuid)
            item.setToolTip(0, milestone.text)
            if milestone.status is MilestoneStatus.REACHED:
                item.setIcon(0, icons.colored_icon("milestone_reached", "#2E7D32"))
            elif milestone.status is MilestoneStatus.MISSED:
                item.setIcon(0, icons.colored_icon("milestone_missed", "#B45309"))
            elif overdue:
                item.setIcon(0, icons.colored_icon("milestone_overdue", "#B45309"))
            else:
                item.setIcon(0, icons.icon("milestone"))
            self.milestones.addTopLevelItem(item)
        header = self.milestones.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.milestones.fit_height(self.milestones.topLevelItemCount())
        self.milestones.select_uuid(current)

    def current_measurement(self) -> Measurement | None:
        indicator, uuid = self.current_indicator(), self.measurements.current_uuid()
        if self.snapshot is None or indicator is None or uuid is None:
            return None
        return next((m for m in self.snapshot.measurements(indicator.uuid) if m.uuid == uuid), None)

    def current_milestone(self) -> Milestone | None:
        uuid = self.milestones.current_uuid()
        return self.snapshot.milestone(uuid) if self.snapshot and uuid else None

    def select_indicator(self, uuid: str) -> None:
        self.indicators.select_uuid(uuid)
        self.indicators.setFocus()

    def select_milestone(self, uuid: str) -> None:
        self.milestones.select_uuid(uuid)
        self.milestones.setFocus()

    def _update_buttons(self) -> None:
        writable = not self.read_only and self.session is not None and self.goal is not None
        has_indicator = self.current_indicator() is not None
        self.edit_goal_button.setEnabled(writable)
        self.delete_goal_button.setEnabled(writable)
        self.add_indicator_button.setEnabled(writable)
        self.edit_indicator_button.setEnabled(writable and has_indicator)
        self.delete_indicator_button.setEnabled(writable and has_indicator)
        self.add_measurement_button.setEnabled(writable and has_indicator)
        has_measurement = self.measurements.topLevelItemCount() > 0
        self.edit_measurement_button.setEnabled(writable and has_measurement)
        self.delete_measurement_button.setEnabled(writable and has_measurement)
        self.add_milestone_button.setEnabled(writable)
        has_milestone = self.milestones.topLevelItemCount() > 0
        self.edit_milestone_button.setEnabled(writable and has_milestone)
        self.delete_milestone_button.setEnabled(writable and has_milestone)

    # ------------------------------------------------------------ gestures
    def _writable(self) -> DocumentSession | None:
        if self.read_only or self.session is None or self.session.read_only or self.goal is None:
            return None
        return self.session

    def edit_goal(self) -> None:
        session = self._writable()
        if session is None or self.goal is None:
            return
        uuid = self.goal.uuid
        actors = session.service.actors()
        goal = session.canvas.goal(uuid) or self.goal
        dialog = GoalDialog(goal.to_draft(), level=goal.level, actors=actors, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        # Compare with the goal as it is now, not as the dialog opened.
        current = session.canvas.goal(uuid)
        if current is not None and dialog.draft() != current.to_draft():
            session.push(cmd.edit_goal(session, current, dialog.draft()))

    def delete_goal(self) -> None:
        session = self._writable()
        if session is None or self.goal is None:
            return
        uuid = self.goal.uuid
        if session.push(cmd.delete_goal(session, self.goal)):
            self.goal_deleted.emit(uuid)

    def add_indicator(self) -> None:
        session = self._writable()
        if session is None or self.goal is None:
            return
        dialog = IndicatorDialog(None, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            command = cmd.add_indicator(session, self.goal.uuid, dialog.draft())
            if session.push(command) and command.uuid:
                self.indicators.select_uuid(command.uuid)

    def edit_indicator(self) -> None:
        session, indicator = self._writable(), self.current_indicator()
        if session is None or indicator is None:
            return
        dialog = IndicatorDialog(indicator.to_draft(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.draft() != indicator.to_draft():
            session.push(cmd.edit_indicator(session, indicator, dialog.draft()))

    def delete_indicator(self) -> None:
        session, indicator = self._writable(), self.current_indicator()
        if session is not None and indicator is not None:
            session.push(cmd.delete_indicator(session, indicator))

    def add_measurement(self) -> None:
        session, indicator = self._writable(), self.current_indicator()
        if session is None or indicator is None:
            return
        dialog = MeasurementDialog(
            None, unit=indicator.unit, indicator_name=indicator.name, parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            session.push(cmd.add_measurement(session, indicator, dialog.draft()))

    def edit_measurement(self) -> None:
        session, indicator = self._writable(), self.current_indicator()
        measurement = self.current_measurement()
        if session is None or indicator is None or measurement is None:
            return
        dialog = MeasurementDialog(
            measurement.to_draft(), unit=indicator.unit, indicator_name=indicator.name, parent=self
        )
        if (
            dialog.exec() == QDialog.DialogCode.Accepted
            and dialog.draft() != measurement.to_draft()
        ):
            session.push(cmd.edit_measurement(session, measurement, dialog.draft()))

    def delete_measurement(self) -> None:
        session, measurement = self._writable(), self.current_measurement()
        if session is not None and measurement is not None:
            session.push(cmd.delete_measurement(session, measurement))

    def add_milestone(self) -> None:
        session = self._writable()
        if session is None or self.goal is None:
            return
        dialog = MilestoneDialog(None, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            session.push(cmd.add_milestone(session, self.goal.uuid, dialog.draft()))

    def edit_milestone(self) -> None:
        session, milestone = self._writable(), self.current_milestone()
        if session is None or milestone is None:
            return
        dialog = MilestoneDialog(milestone.to_draft(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.draft() != milestone.to_draft():
            session.push(cmd.edit_milestone(session, milestone, dialog.draft()))

    def delete_milestone(self) -> None:
        session, milestone = self._writable(), self.current_milestone()
        if session is not None and milestone is not None:
            session.push(cmd.delete_milestone(session, milestone))

    # ------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.empty.setText(
            QCoreApplication.translate(
                "GoalDetails",
                "Select a goal on the canvas to see its indicators, measurements and milestones.",
            )
        )
        self.edit_goal_button.setText(QCoreApplication.translate("GoalDetails", "Edit goal…"))
        self.delete_goal_button.setText(QCoreApplication.translate("GoalDetails", "Delete goal"))
        self.indicators_title.setText(QCoreApplication.translate("GoalDetails", "Indicators"))
        self.indicators.setHeaderLabels(
            [
                QCoreApplication.translate("GoalDetails", "Indicator"),
                QCoreApplication.translate("GoalDetails", "Baseline"),
                QCoreApplication.translate("GoalDetails", "Latest"),
                QCoreApplication.translate("GoalDetails", "Target"),
            ]
        )
        self.add_indicator_button.setText(
            QCoreApplication.translate("GoalDetails", "Add indicator…")
        )
        self.edit_indicator_button.setText(QCoreApplication.translate("GoalDetails", "Edit…"))
        self.delete_indicator_button.setText(QCoreApplication.translate("GoalDetails", "Delete"))
        self.measurements.setHeaderLabels(
            [
                QCoreApplication.translate("GoalDetails", "Date"),
                QCoreApplication.translate("GoalDetails", "Value"),
                QCoreApplication.translate("GoalDetails", "Note"),
            ]
        )
        self.add_measurement_button.setText(
            QCoreApplication.translate("GoalDetails", "Record a value…")
        )
        self.edit_measurement_button.setText(QCoreApplication.translate("GoalDetails", "Edit…"))
        self.delete_measurement_button.setText(QCoreApplication.translate("GoalDetails", "Delete"))
        self.milestones_title.setText(QCoreApplication.translate("GoalDetails", "Milestones"))
        self.milestones.setHeaderLabels(
            [
                QCoreApplication.translate("GoalDetails", "Milestone"),
                QCoreApplication.translate("GoalDetails", "Due"),
                QCoreApplication.translate("GoalDetails", "Status"),
                QCoreApplication.translate("GoalDetails", "Owner"),
            ]
        )
        self.add_milestone_button.setText(
            QCoreApplication.translate("GoalDetails", "Add milestone…")
        )
        self.edit_milestone_button.setText(QCoreApplication.translate("GoalDetails", "Edit…"))
        self.delete_milestone_button.setText(QCoreApplication.translate("GoalDetails", "Delete"))
        if self.snapshot is not None and self.goal is not None:
            self._shown_key = None  # texts change with the language
            self.show_goal(self.snapshot, self.goal.uuid, read_only=self.read_only)
