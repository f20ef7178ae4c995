"""The quality checklist: every check with its count, each finding a jump to its spot."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ciworkshop.domain.quality import CheckKind, Finding
from ciworkshop.store.errors import format_message
from ciworkshop.ui import icons
from ciworkshop.ui.formatting import format_date
from ciworkshop.ui.i18n import translate

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


def finding_text(finding: Finding) -> str:
    """The finding's message in the user's language, dates as the locale writes them."""
    values = dict(finding.values)
    for key in ("date", "due_date"):
        if isinstance(values.get(key), str):
            values[key] = format_date(str(values[key]))
    return format_message(translate(finding.message), values)


class _Tree(QTreeWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.itemActivated.emit(item, 0)
            return
        super().keyPressEvent(event)


class QualityPanel(QWidget):
    finding_activated = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qualityPanel")
        self._findings: list[Finding] = []
        self.summary = QLabel()
        self.summary.setObjectName("qualitySummary")
        self.summary.setWordWrap(True)
        self.tree = _Tree()
        self.tree.setObjectName("qualityTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.retranslate_ui()

    @property
    def count(self) -> int:
        return len(self._findings)

    def set_findings(self, findings: list[Finding]) -> None:
        if list(findings) == self._findings and self.tree.topLevelItemCount():
            return  # most edits leave the checklist as it is: keep it (and its scroll)
        self._findings = list(findings)
        self._fill()

    def _fill(self) -> None:
        expanded = {
            self.tree.topLevelItem(i).data(0, FINDING_ROLE)  # type: ignore[union-attr]
            for i in range(self.tree.topLevelItemCount())
            if self.tree.topLevelItem(i).isExpanded()  # type: ignore[union-attr]
        }
        self.tree.clear()
        by_kind: dict[CheckKind, list[Finding]] = {kind: [] for kind in CheckKind}
        for finding in self._findings:
            by_kind[finding.kind].append(finding)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for kind, found in by_kind.items():
            head = QTreeWidgetItem([f"{translate(kind.label)} ({len(found)})"])
            head.setData(0, FINDING_ROLE, kind.value)
            head.setIcon(
                0,
                icons.colored_icon("warning", "#B45309")
                if found
                else icons.colored_icon("milestone_reached", "#2E7D32"),
            )
            if found:
                head.setFont(0, bold)
            self.tree.addTopLevelItem(head)
            for finding in found:
                child = QTreeWidgetItem([finding_text(finding)])
                child.setData(0, FINDING_ROLE, finding)
                child.setToolTip(
                    0, QCoreApplication.translate("QualityPanel", "Enter or double-click: go there")
                )
                head.addChild(child)
            head.setExpanded(bool(found) and (not expanded or kind.value in expanded))
        self._update_summary()

    def _update_summary(self) -> None:
        count = len(self._findings)
        if count:
            self.summary.setText(
                QualityPanel.tr("%n point(s) to look at before the canvas is agreed.", "", count)
            )
            self.summary.setStyleSheet("color: #B45309; font-weight: bold;")
        else:
            self.summary.setText(
                QCoreApplication.translate("QualityPanel", "All quality checks are met.")
            )
            self.summary.setStyleSheet("color: #2E7D32; font-weight: bold;")

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        finding = item.data(0, FINDING_ROLE)
        if isinstance(finding, Finding):
            self.finding_activated.emit(finding)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._fill()
