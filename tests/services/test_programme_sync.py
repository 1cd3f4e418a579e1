"""The programme's records travel between the branch's laptops like the others (issue 22's exchange):
an activity and its participations (a contact: the firm's stage follows), its files, a product and the
credit that names it, pre-credit and typical cases."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.services.activities import ActivityInput, add_activity, void_activity
from desktop.services.activity_files import add_activity_file
from desktop.services.activity_views import list_activities
from desktop.services.firms import get_firm
from desktop.store.models import ActivityAttachment, Firm
from tests.branch_helpers import Laptop, branch, hand_out
from tests.factories import add_firm


def _stage(laptop: Laptop, uscc: str) -> str:
    with laptop.ws.db.session() as session:
        return get_firm(session, uscc).stage


def test_an_activity_and_who_took_part_reach_the_coordinator(tmp_path: Path) -> None:
    with branch(tmp_path) as (coordinator, (zhang, _li)):
        codes = [add_firm(coordinator.ws, n) for n in (1, 2)]
        hand_out(coordinator, zhang, codes)
        activity = add_activity(
            zhang.ws, ActivityInput("talk", date(2026, 11, 5), "首贷宣讲会", firms=codes)
        ).id
        photo = tmp_path / "现场.jpg"
        photo.write_bytes(b"photo-bytes")
        add_activity_file(zhang.ws, activity, photo)
        coordinator.take(zhang.export())
        assert [v.title for v in list_activities(coordinator.ws)] == ["首贷宣讲会"]
        assert {_stage(coordinator, c) for c in codes} == {"contacted"}
        with coordinator.ws.db.session() as session:
            kept = session.scalar(select(ActivityAttachment))
            assert kept is not None and kept.content == b"photo-bytes"
        void_activity(zhang.ws, activity, "重复登记")
        coordinator.take(zhang.export())
        assert list_activities(coordinator.ws) == []
        assert {_stage(coordinator, c) for c in codes} == {"listed"}
        with coordinator.ws.db.session() as session:
            assert session.scalar(select(Firm.stage).where(Firm.uscc == codes[0])) == "listed"
