"""The guided mode of the impact canvas: the steps a room walks through, with guiding
questions. Vision first, then mission, then each level of goals, then a review.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ciworkshop.domain.canvas import GoalLevel
from ciworkshop.domain.i18n import QT_TRANSLATE_NOOP, Text


class StepArea(StrEnum):
    """The part of the canvas a step works on."""

    VISION = "vision"
    MISSION = "mission"
    LEVEL = "level"
    REVIEW = "review"


@dataclass(frozen=True, slots=True)
class GuideStep:
    area: StepArea
    title: Text
    questions: tuple[Text, ...]
    level: GoalLevel | None = None


GUIDE_STEPS: tuple[GuideStep, ...] = (
    GuideStep(
        StepArea.VISION,
        QT_TRANSLATE_NOOP("Guide", "Vision: where do we want to get to?"),
        (
            QT_TRANSLATE_NOOP("Guide", "How would we notice that the problem has been overcome?"),
            QT_TRANSLATE_NOOP(
                "Guide", "What is different in ten years for the people we work for?"
            ),
            QT_TRANSLATE_NOOP("Guide", "Can everyone in the room sign this sentence?"),
        ),
    ),
    GuideStep(
        StepArea.MISSION,
        QT_TRANSLATE_NOOP("Guide", "Mission: what do we contribute, and for whom?"),
        (
            QT_TRANSLATE_NOOP("Guide", "What does our network contribute to the vision?"),
            QT_TRANSLATE_NOOP("Guide", "For whom do we do it?"),
            QT_TRANSLATE_NOOP("Guide", "What can we achieve together that no actor manages alone?"),
        ),
    ),
    GuideStep(
        StepArea.LEVEL,
        QT_TRANSLATE_NOOP("Guide", "Project level: what changes for the target group?"),
        (
            QT_TRANSLATE_NOOP("Guide", "Which target group should be better off, and how?"),
            QT_TRANSLATE_NOOP("Guide", "By when, and how would we measure it?"),
            QT_TRANSLATE_NOOP("Guide", "Is the goal ambitious but reachable?"),
        ),
        GoalLevel.PROJECT,
    ),
    GuideStep(
        StepArea.LEVEL,
        QT_TRANSLATE_NOOP("Guide", "System level: how do we work together?"),
        (
            QT_TRANSLATE_NOOP("Guide", "What has to change in how our actors cooperate and agree?"),
            QT_TRANSLATE_NOOP("Guide", "Where do we duplicate work, and where are gaps?"),
            QT_TRANSLATE_NOOP("Guide", "Who takes responsibility for each goal?"),
        ),
        GoalLevel.SYSTEM,
    ),
    GuideStep(
        StepArea.LEVEL,
        QT_TRANSLATE_NOOP("Guide", "Knowledge level: what do we need to know and share?"),
        (
            QT_TRANSLATE_NOOP("Guide", "What evidence of needs should our measures rest on?"),
            QT_TRANSLATE_NOOP(
                "Guide", "How do we make insights accessible, in the network and beyond?"
            ),
            QT_TRANSLATE_NOOP("Guide", "Which data do we collect together, and how often?"),
        ),
        GoalLevel.KNOWLEDGE,
    ),
    GuideStep(
        StepArea.REVIEW,
        QT_TRANSLATE_NOOP("Guide", "Review: is the canvas ready to agree on?"),
        (
            QT_TRANSLATE_NOOP(
                "Guide",
                "Does every goal have an indicator, a dated milestone and someone responsible?",
            ),
            QT_TRANSLATE_NOOP(
                "Guide", "Do we keep to three to five goals per level, so we can focus?"
            ),
            QT_TRANSLATE_NOOP("Guide", "Shall we freeze this state as agreed today?"),
        ),
    ),
)
