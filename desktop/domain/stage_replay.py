"""A firm's stage as a function of its records: replay its live events in the order they happened.

Actions only move forward (``stages.advance``: a visit → 已对接, a demand → 有融资需求, a plan → 培植中, credit →
已授信, the 首贷 → 已获首贷); the officer's hand moves (exits, reopening, corrections, 伙伴客户) apply where
``stages.check_move`` allows them at that point of the replay, and are skipped where it no longer does
(their record was made under facts since voided). Replaying after an edit or a void gives the stage the
records support, so the stage, the funnel and the figures never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain.stages import IllegalStageMove, Stage, advance, check_move

# Same-day events of different kinds in the order the work happens.
_ACTION_RANK = {"visit": 0, "demand": 1, "plan": 2, "credit": 3, "first_loan": 4}


@dataclass(frozen=True)
class StageEvent:
    """One live record that can move the stage: an action (``action`` set) or a hand move (``target``)."""

    on: date
    recorded: datetime  # when it was entered: orders same-day events the officer entered in turn
    action: str | None = None
    target: Stage | None = None
    reason: str | None = None
    ref: int | None = None  # the record's id, for the history

    @property
    def cause(self) -> str:
        return "hand" if self.action is None else ("loan" if self.action == "first_loan" else self.action)

    def sort_key(self) -> tuple[date, int, datetime]:
        rank = _ACTION_RANK.get(self.action or "", len(_ACTION_RANK))
        return (self.on, rank, self.recorded)


@dataclass(frozen=True)
class Replayed:
    stage: Stage
    # The event that put the firm in ``stage`` (None: no event moved it, it is 待对接).
    decisive: StageEvent | None


def replay(events: Iterable[StageEvent]) -> Replayed:
    stage, decisive = Stage.LISTED, None
    for event in sorted(events, key=StageEvent.sort_key):
        if event.action is not None:
            target = advance(stage, event.action)
            if target is None:
                continue
        else:
            assert event.target is not None
            try:
                check_move(stage, event.target, reason=event.reason or "", by_hand=True)
            except IllegalStageMove:
                continue
            target = event.target
        stage, decisive = target, event
    return Replayed(stage, decisive)
