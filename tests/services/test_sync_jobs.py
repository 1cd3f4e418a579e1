"""Imports and exports as long jobs: progress in both languages, Cancel changes nothing and leaves no file,
several packages with one backup (a refused one reported, the others imported), no export over the data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import Message
from desktop.services.attachments import add_attachment
from desktop.services.backup import workspace_backups
from desktop.services.jobs import Cancelled, CancelToken
from desktop.services.sync_export import export_package
from desktop.services.sync_import import SyncRefused, import_package, import_packages
from desktop.services.visits import VisitInput, add_visit
from desktop.store.models import SyncOp, Visit
from desktop.store.protected_paths import ProtectedOutputError
from tests.branch_helpers import Laptop, branch, hand_out
from tests.factories import add_firm


def _count(laptop: Laptop, model: type) -> int:
    with laptop.ws.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_progress_is_worded_in_both_languages_and_cancel_rolls_back(tmp_path: Path) -> None:
    with branch(tmp_path) as (coordinator, (zhang, _li)):
        code = add_firm(coordinator.ws, 1)
        hand_out(coordinator, zhang, [code])
        add_visit(zhang.ws, code, VisitInput(on=date(2026, 11, 10), mode="site"))
        package = zhang.export()
        seen: list[str] = []
        token = CancelToken()

        def progress(done: int, total: int, message: str) -> None:
            assert isinstance(message, Message) and message.en and 0 <= done <= total
            seen.append(message.en)
            if message.en.endswith("merging visit"):
                token.cancel()

        before = (_count(coordinator, SyncOp), _count(coordinator, Visit))
        with pytest.raises(Cancelled):
            import_package(coordinator.ws, package, backup=False, progress=progress, cancel=token)
        assert (_count(coordinator, SyncOp), _count(coordinator, Visit)) == before
        assert any("checking the signature" in m for m in seen)
        result = import_package(coordinator.ws, package, backup=False, progress=lambda *_: None)
        assert result.new == 2 and _count(coordinator, Visit) == before[1] + 1


def test_several_packages_one_backup_and_a_refused_one_does_not_stop_the_rest(tmp_path: Path) -> None:
    with branch(tmp_path) as (coordinator, (zhang, li)):
        a, b = add_firm(coordinator.ws, 1), add_firm(coordinator.ws, 2)
        hand_out(coordinator, zhang, [a])
        hand_out(coordinator, li, [b])
        add_visit(zhang.ws, a, VisitInput(on=date(2026, 11, 10), mode="site"))
        add_visit(li.ws, b, VisitInput(on=date(2026, 11, 11), mode="phone"))
        own = coordinator.export("张三")  # the coordinator's own package: refused here
        backups = len(workspace_backups(coordinator.ws))
        items = import_packages(coordinator.ws, [zhang.export(), own, li.export()])
        assert [i.result is not None for i in items] == [True, False, True]
        assert isinstance(items[1].error, SyncRefused) and "本机自己导出" in str(items[1].error)
        assert _count(coordinator, Visit) == 2
        assert len(workspace_backups(coordinator.ws)) == backups + 1


def test_export_cancelled_leaves_no_file_and_never_writes_over_the_data(tmp_path: Path) -> None:
    with branch(tmp_path) as (coordinator, (zhang, _li)):
        code = add_firm(coordinator.ws, 1)
        hand_out(coordinator, zhang, [code])
        add_attachment(zhang.ws, code, b"\xff\xd8" + b"x" * 1000, "licence.jpg")
        token = CancelToken()
        token.cancel()
        out = tmp_path / "out" / "zhang.flpkg"
        out.parent.mkdir()
        ops = _count(zhang, SyncOp)
        with pytest.raises(Cancelled):
            export_package(zhang.ws, out, cancel=token)
        assert list(out.parent.iterdir()) == [] and _count(zhang, SyncOp) == ops
        database = zhang.ws.db.path
        size = database.stat().st_size
        with pytest.raises(ProtectedOutputError):
            export_package(zhang.ws, database)
        assert database.stat().st_size == size
