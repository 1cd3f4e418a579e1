"""Every refusal of item 3 and every mistake of item 6, each on laptops with their own keys."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.exchange.sync_package import PackageError
from desktop.services import sync_state
from desktop.services.backup import backup_now
from desktop.services.branch import BranchError, init_branch, join_branch, recover_branch, recovery_code
from desktop.services.sync_import import SyncRefused
from desktop.services.visits import VisitInput, add_visit
from desktop.store.models import SyncOp, Visit
from tests.branch_helpers import Laptop, branch, hand_out, open_laptop
from tests.factories import add_firm


def _ops(laptop: Laptop) -> int:
    with laptop.ws.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(SyncOp)) or 0)


def _visits(laptop: Laptop) -> int:
    with laptop.ws.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Visit)) or 0)


def test_refusals_change_nothing(tmp_path: Path) -> None:
    with branch(tmp_path) as (coordinator, (zhang, li)):
        code = add_firm(coordinator.ws, 1)
        hand_out(coordinator, zhang, [code])
        add_visit(zhang.ws, code, VisitInput(on=date(2026, 11, 10), mode="site"))
        package = zhang.export()
        for_zhang = coordinator.export("张三")
        before = _ops(coordinator)
        # A changed byte: the signature no longer matches.
        changed = tmp_path / "changed.flpkg"
        data = bytearray(package.read_bytes())
        data[len(data) // 2] ^= 1
        changed.write_bytes(bytes(data))
        with pytest.raises(PackageError):
            coordinator.take(changed)
        # One meant for another officer, and one meant for the coordinator, on 李四's laptop.
        with pytest.raises(SyncRefused, match="张三"):
            li.take(for_zhang)
        with pytest.raises(SyncRefused, match="协调人"):
            li.take(package)
        # One's own package.
        with pytest.raises(SyncRefused, match="本机自己导出"):
            zhang.take(package)
        assert _ops(coordinator) == before and _visits(li) == 0
    # A package of another branch.
    other = open_laptop(tmp_path / "elsewhere", "coordinator", "赵主任")
    try:
        init_branch(other.ws, "东区支行")
        with pytest.raises(SyncRefused, match="另一个支行"):
            other.take(package)
    finally:
        other.ws.close()


def test_an_older_package_changes_nothing(tmp_path: Path) -> None:
    with branch(tmp_path) as (coordinator, (zhang, _li)):
        code = add_firm(coordinator.ws, 1)
        hand_out(coordinator, zhang, [code])
        add_visit(zhang.ws, code, VisitInput(on=date(2026, 11, 10), mode="site"))
        older = zhang.export()
        add_visit(zhang.ws, code, VisitInput(on=date(2026, 11, 12), mode="phone"))
        newer = zhang.export()
        coordinator.take(newer)
        result = coordinator.take(older)
        assert (result.new, result.updated) == (0, 0) and result.already_had > 0
        assert _visits(coordinator) == 2


def test_dry_run_previews_and_changes_nothing(tmp_path: Path) -> None:
    with branch(tmp_path) as (coordinator, (zhang, _li)):
        code = add_firm(coordinator.ws, 1)
        hand_out(coordinator, zhang, [code])
        add_visit(zhang.ws, code, VisitInput(on=date(2026, 11, 10), mode="site"))
        package = zhang.export()
        preview = coordinator.take(package, dry_run=True)
        assert preview.new == 2 and _visits(coordinator) == 0
        assert coordinator.take(package).new == 2


def test_an_officer_joining_twice(tmp_path: Path) -> None:
    with branch(tmp_path, officers=("张三",)) as (coordinator, (zhang,)):
        code = add_firm(coordinator.ws, 1)
        hand_out(coordinator, zhang, [code])
        from desktop.services.branch import join_code_of
        from desktop.services.sync_state import require_identity

        with coordinator.ws.db.session() as session:
            join = join_code_of(require_identity(session))
        assert join_branch(zhang.ws, join, "张三").already  # the same laptop again: nothing changes
        with pytest.raises(BranchError):
            join_branch(zhang.ws, join, "张三丰")
        # 张三 on a second laptop: both laptops' work is kept; packages go to the newer one.
        second = open_laptop(tmp_path, "zhang2", "张三")
        try:
            join_branch(second.ws, join, "张三")
            add_firm(second.ws, 9)
            add_visit(second.ws, code_for_second(second), VisitInput(on=date(2026, 11, 11), mode="site"))
            add_visit(zhang.ws, code, VisitInput(on=date(2026, 11, 10), mode="site"))
            coordinator.take(zhang.export())
            result = coordinator.take(second.export())
            assert result.warnings and _visits(coordinator) == 2
            got = second.take(coordinator.export("张三"))
            assert got.new >= 1
            with pytest.raises(SyncRefused):
                zhang.take(coordinator.export("张三"))
        finally:
            second.ws.close()


def code_for_second(laptop: Laptop) -> str:
    from tests.factories import code_for

    return code_for(9)


def test_clock_skew_of_days_keeps_causal_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with branch(tmp_path, officers=("张三",)) as (coordinator, (zhang,)):
        code = add_firm(coordinator.ws, 1)
        hand_out(coordinator, zhang, [code])
        real = sync_state.wall_clock_ms
        from desktop.services.firm_edit import edit_firm_fields

        monkeypatch.setattr(sync_state, "wall_clock_ms", lambda: real() + 3 * 86_400_000)  # 3 days ahead
        edit_firm_fields(zhang.ws, code, {"address": "快三天的电脑写的"})
        result = coordinator.take(zhang.export())
        assert result.warnings  # the sender's clock is said to be ahead
        monkeypatch.setattr(sync_state, "wall_clock_ms", real)
        # The coordinator corrects it afterwards: its change is later, although its wall clock is behind.
        edit_firm_fields(coordinator.ws, code, {"address": "协调人更正"})
        got = zhang.take(coordinator.export("张三"))
        assert got.conflicts == []
        with zhang.ws.db.session() as session:
            from desktop.store.models import Firm

            assert session.scalar(select(Firm.address).where(Firm.uscc == code)) == "协调人更正"


def test_coordinator_laptop_replaced_from_backup_and_recovery_code(tmp_path: Path) -> None:
    with branch(tmp_path, officers=("张三",)) as (coordinator, (zhang,)):
        code = add_firm(coordinator.ws, 1)
        hand_out(coordinator, zhang, [code])
        recovery = recovery_code(coordinator.ws)
        backup = backup_now(coordinator.ws)
        add_visit(zhang.ws, code, VisitInput(on=date(2026, 11, 10), mode="site"))
        coordinator.take(zhang.export())  # received after the backup: lost with the old laptop
        zhang.take(coordinator.export("张三"))  # 张三 heard the old laptop had it
        # The new laptop: the backup restored, then the recovery code.
        from desktop.services.backup import restore_backup

        restore_backup(coordinator.ws, backup.path)
        coordinator.reopen()
        recover_branch(coordinator.ws, recovery)
        add_visit(zhang.ws, code, VisitInput(on=date(2026, 11, 12), mode="phone"))
        coordinator.take(zhang.export())  # still opens and verifies; says what it has
        zhang.take(coordinator.export("张三"))  # tells 张三 what the restored laptop holds
        coordinator.take(zhang.export())  # so 张三's next package brings the lost visit again
        assert _visits(coordinator) == 2
