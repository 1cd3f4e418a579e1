"""Cancel during printing: no PDF (nor its temporary file) and no print in the audit log."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.services.jobs import Cancelled, CancelToken, ProgressCallback
from desktop.services.printing import print_dossier, print_dossiers
from desktop.services.workspace import Workspace
from desktop.store.models import AuditEntry
from tests.services.test_printing import TODAY, _firm


def _prints(ws: Workspace) -> int:
    with ws.db.session() as s:
        return s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action.like("%print%"))) or 0


def _cancel_on(token: CancelToken, text: str) -> ProgressCallback:
    def progress(done: int, total: int, message: str) -> None:
        if text in message:
            token.cancel()

    return progress


def test_cancel_a_batch_into_one_file_after_two_firms(workspace: Workspace, tmp_path: Path) -> None:
    for i in range(4):
        _firm(workspace, f"新乡市第{i}机械有限公司", visits=1)
    (folder := tmp_path / "out").mkdir()
    token = CancelToken()
    laid_out: list[str] = []

    def progress(done: int, total: int, message: str) -> None:
        laid_out.append(message)
        if message == "排版第 2 户":
            token.cancel()

    with pytest.raises(Cancelled):
        print_dossiers(workspace, folder / "all.pdf", today=TODAY, progress=progress, cancel=token)
    assert "排版第 3 户" not in laid_out  # stopped at the next firm, not at the end
    assert list(folder.iterdir()) == [] and _prints(workspace) == 0


@pytest.mark.parametrize("stage", ["读取档案", "排版"])
def test_cancel_a_single_print(workspace: Workspace, tmp_path: Path, stage: str) -> None:
    code = _firm(workspace, visits=1)
    (folder := tmp_path / "out").mkdir()
    token = CancelToken()
    with pytest.raises(Cancelled):
        print_dossier(
            workspace, code, folder / "d.pdf", today=TODAY, progress=_cancel_on(token, stage), cancel=token
        )
    assert list(folder.iterdir()) == [] and _prints(workspace) == 0
    print_dossier(workspace, code, folder / "d.pdf", today=TODAY, cancel=CancelToken())
    assert [p.name for p in folder.iterdir()] == ["d.pdf"] and _prints(workspace) == 1
