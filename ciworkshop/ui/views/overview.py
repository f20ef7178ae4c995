"""The network at a glance: name, region, challenge, who takes part."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ciworkshop.domain.model import Actor, ActorRole, Network, Person, Sector
from ciworkshop.ui import icons
from ciworkshop.ui.i18n import translate


def _card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("overviewCard")
    frame.setStyleSheet(
        "#overviewCard { background: palette(base); border: 1px solid palette(mid);"
        " border-radius: 8px; }"
    )
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    return frame, layout


class OverviewView(QWidget):
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewView")
        self._network: Network | None = None
        self._actors: list[Actor] = []
        self._people: list[Person] = []

        self.name_label = QLabel()
        self.name_label.setObjectName("networkName")
        self.name_label.setWordWrap(True)
        self.name_label.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.region_label = QLabel()
        self.region_label.setObjectName("networkRegion")
        self.region_label.setTextFormat(Qt.TextFormat.PlainText)
        self.region_label.setStyleSheet("font-size: 12pt; color: palette(dark);")
        self.edit_button = QPushButton(icons.icon("edit"), "")
        self.edit_button.setObjectName("editNetworkButton")
        self.edit_button.clicked.connect(self.edit_requested)

        challenge_card, challenge_layout = _card()
        self.challenge_title = QLabel()
        self.challenge_title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.challenge_label = QLabel()
        self.challenge_label.setObjectName("networkChallenge")
        self.challenge_label.setWordWrap(True)
        self.challenge_label.setTextFormat(Qt.TextFormat.PlainText)
        self.challenge_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        challenge_layout.addWidget(self.challenge_title)
        challenge_layout.addWidget(self.challenge_label)

        sectors_card, sectors_layout = _card()
        self.sectors_title = QLabel()
        self.sectors_title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.sectors_grid = QGridLayout()
        sectors_layout.addWidget(self.sectors_title)
        sectors_layout.addLayout(self.sectors_grid)

        people_card, people_layout = _card()
        self.people_title = QLabel()
        self.people_title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.people_label = QLabel()
        self.people_label.setObjectName("peopleSummary")
        self.people_label.setWordWrap(True)
        self.roles_label = QLabel()
        self.roles_label.setObjectName("rolesSummary")
        self.roles_label.setWordWrap(True)
        people_layout.addWidget(self.people_title)
        people_layout.addWidget(self.people_label)
        people_layout.addWidget(self.roles_label)
        people_layout.addStretch(1)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.region_label)
        header.addLayout(titles, 1)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        columns = QHBoxLayout()
        columns.addWidget(sectors_card, 1)
        columns.addWidget(people_card, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addWidget(challenge_card)
        layout.addLayout(columns)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate_ui()

    def set_read_only(self, read_only: bool) -> None:
        self.edit_button.setEnabled(not read_only)

    def set_data(self, network: Network, actors: list[Actor], people: list[Person]) -> None:
        self._network, self._actors, self._people = network, actors, people
        self._refresh()

    def _refresh(self) -> None:
        network = self._network
        if network is None:
            return
        self.name_label.setText(network.name)
        self.region_label.setText(network.region)
        self.region_label.setVisible(bool(network.region))
        self.challenge_label.setText(
            network.challenge
            or QCoreApplication.translate(
                "OverviewView", "Not described yet. Use “Edit network details” to add it."
            )
        )
        while self.sectors_grid.count():
            item = self.sectors_grid.takeAt(0)
            if item and item.widget():
                item.widget().deleteLater()
        per_sector = Counter(a.sector for a in self._actors)
        for row, sector in enumerate(Sector):
            name = QLabel(translate(sector.label))
            count = QLabel(str(per_sector.get(sector, 0)))
            count.setObjectName(f"sectorCount_{sector.value}")
            count.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.sectors_grid.addWidget(name, row, 0)
            self.sectors_grid.addWidget(count, row, 1)
        consenting = sum(1 for p in self._people if p.consent_named)
        self.people_label.setText(
            OverviewView.tr("%n person(s) recorded", "", len(self._people))
            + "\n"
            + OverviewView.tr("%n may be named in protocols", "", consenting)
        )
        per_role = Counter(a.role for a in self._actors)
        self.roles_label.setText(
            "\n".join(
                f"{translate(role.label)}: {per_role[role]}" for role in ActorRole if per_role[role]
            )
        )

    def retranslate_ui(self) -> None:
        self.edit_button.setText(self.tr("Edit network details…"))
        self.challenge_title.setText(self.tr("The challenge we address"))
        self.sectors_title.setText(self.tr("Actors by sector"))
        self.people_title.setText(self.tr("People and roles"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
