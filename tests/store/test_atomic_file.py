from __future__ import annotations

import os
import random
import signal
import stat
import sys
import time
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.exchange.ledger import LedgerRow, write_workbook
from desktop.store.atomic_file import AtomicFile, OutputFileError, atomic_output
from tests.seeds import fresh_seed, reported


def test_success_replaces_the_target_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out" / "台帐.xlsx"
    with atomic_output(target) as temp:
        assert temp.parent == target.parent and temp != target
        temp.write_bytes(b"new")
        assert not target.exists()
    assert target.read_bytes() == b"new"
    assert list(target.parent.iterdir()) == [target]


def test_failure_keeps_the_old_file_and_removes_the_temp(tmp_path: Path) -> None:
    target = tmp_path / "台帐.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_output(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_commit_later_and_discard(tmp_path: Path) -> None:
    target = tmp_path / "台帐.xlsx"
    target.write_bytes(b"old")
    with AtomicFile(target) as part:
        part.temp.write_bytes(b"new")
        assert target.read_bytes() == b"old"  # nothing visible before the commit
    assert target.read_bytes() == b"old" and list(tmp_path.iterdir()) == [target]  # left without commit
    with AtomicFile(target) as part:
        part.temp.write_bytes(b"new")
        part.commit()
    assert target.read_bytes() == b"new" and part.committed and list(tmp_path.iterdir()) == [target]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_private_file_is_owner_only_from_the_start(tmp_path: Path) -> None:
    target = tmp_path / "recovery.txt"
    with atomic_output(target, private=True) as temp:
        assert stat.S_IMODE(temp.stat().st_mode) == 0o600  # before a byte is written
        temp.write_text("key")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_os_errors_become_messages_and_change_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(OutputFileError, match="无法写入") as caught, atomic_output(target) as temp:
        temp.write_bytes(b"half")
        raise OSError(28, "No space left on device")
    assert (
        "the disk is full" in caught.value.text("en")
        and "磁盘空间已满" in str(caught.value)
        and target.read_bytes() == b"old"
    )

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputFileError, match="无法保存到"), atomic_output(target) as temp:
        temp.write_bytes(b"new")
    assert target.read_bytes() == b"old" and list(tmp_path.iterdir()) == [target]


def _ledger_rows(count: int) -> list[LedgerRow]:
    return [
        LedgerRow(
            firm_id=i,
            uscc=f"{i:018d}",
            name=f"新乡市测试{i}号有限公司",
            unit="中原银行新乡红旗支行",
            contact_date=date(2026, 10, 15),
            bank="中原银行",
            credited=i % 3 == 0,
            credit_amount=Decimal(100) if i % 3 == 0 else None,
            guarantee="信用" if i % 3 == 0 else "",
            problem="" if i % 3 == 0 else "缺少有效抵押物",
            new_loan_amount=Decimal(0),
            remark="",
        )
        for i in range(count)
    ]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL")
def test_a_ledger_export_killed_at_random_leaves_no_partial_file(tmp_path: Path) -> None:
    """kill -9 while a 20,000-row ledger is written: the target is absent or a complete workbook."""
    rows = _ledger_rows(20_000)  # built before forking, so the kills land in the writing
    with reported(fresh_seed()) as seed:
        outcomes = _kill_ledger_writes(tmp_path, rows, random.Random(seed))
    print(
        f"\n[crash] ledger export: 12 kills, {outcomes['absent']} left no file, {outcomes['complete']} a complete one"
    )


def _kill_ledger_writes(tmp_path: Path, rows: list[LedgerRow], rng: random.Random) -> dict[str, int]:
    outcomes = {"absent": 0, "complete": 0}
    for i in range(12):
        target = tmp_path / f"ledger-{i}.xlsx"
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                write_workbook(target, rows, year=2026, month=10, with_code=True)
            except BaseException:
                code = 1
            os._exit(code)
        time.sleep(rng.uniform(0.0, 1.5))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        if target.exists():
            with zipfile.ZipFile(target) as z:
                assert z.testzip() is None and "xl/worksheets/sheet1.xml" in z.namelist()
            outcomes["complete"] += 1
        else:
            outcomes["absent"] += 1
    return outcomes
