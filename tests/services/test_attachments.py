"""Attachments from files: only regular files, size decided before reading, names made safe."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

import desktop.services.attachments as attachments
from desktop.services.attachments import MAX_BYTES, AttachmentError, add_attachment, add_attachment_file
from desktop.services.dossiers import dossier_view
from desktop.services.workspace import Workspace
from desktop.store.models import Attachment, Firm
from tests.factories import add_firm

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, devices and symlinks (POSIX)")


def _add(ws: Workspace, path: Path) -> None:
    """add_attachment_file in a thread with a time limit: a FIFO must be refused, never waited on."""
    failure: list[BaseException] = []

    def run() -> None:
        try:
            add_attachment_file(ws, _firm(ws), path)
        except BaseException as exc:
            failure.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive(), f"adding {path} hangs"
    if failure:
        raise failure[0]


def _firm(ws: Workspace) -> str:
    with ws.db.session() as s:
        code = s.scalar(select(Firm.uscc))
    return code or add_firm(ws, 1)


def test_a_huge_file_is_refused_from_its_size_before_anything_is_read(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "scan.tif"
    with open(huge, "wb") as handle:
        handle.truncate(10 * 1024**3)  # 10 GB, sparse: it costs no disk

    def no_open(*_args: object) -> int:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(attachments.os, "open", no_open)
    with pytest.raises(AttachmentError, match="超过 20 MB"):
        _add(workspace, huge)


def test_a_file_that_grows_after_the_check_is_read_no_further(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "growing.bin"
    path.write_bytes(b"x" * 10)
    real_fstat = os.fstat

    def grown(fd: int) -> os.stat_result:
        with open(path, "ab") as more:
            more.write(b"y" * (MAX_BYTES + 10))  # grows between the check and the read
        return real_fstat(fd)

    with pytest.MonkeyPatch.context() as m:
        m.setattr(attachments.os, "fstat", grown)
        with pytest.raises(AttachmentError, match="超过 20 MB"):
            _add(workspace, path)


@posix_only
def test_a_fifo_is_refused_at_once(workspace: Workspace, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    with pytest.raises(AttachmentError, match="管道"):
        _add(workspace, fifo)


@posix_only
def test_a_fifo_swapped_in_after_the_check_never_blocks(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF")
    real_open = os.open

    def swap(name: str, flags: int, *args: int) -> int:
        os.unlink(name)
        os.mkfifo(name)
        return real_open(name, flags, *args)

    monkeypatch.setattr(attachments.os, "open", swap)
    with pytest.raises(AttachmentError, match="被替换"):
        _add(workspace, path)


@posix_only
def test_a_symlink_is_refused_even_when_swapped_in(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the dossier")
    link = tmp_path / "licence.pdf"
    link.symlink_to(secret)
    with pytest.raises(AttachmentError, match="符号链接"):
        _add(workspace, link)
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF")
    real_open = os.open

    def swap(name: str, flags: int, *args: int) -> int:
        os.unlink(name)
        os.symlink(secret, name)
        return real_open(name, flags, *args)

    monkeypatch.setattr(attachments.os, "open", swap)
    with pytest.raises(AttachmentError, match=r"无法读取|被替换"):
        _add(workspace, path)
    with workspace.db.session() as s:
        assert s.scalar(select(Attachment)) is None


@posix_only
def test_devices_and_folders_are_refused(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(AttachmentError, match="设备"):
        _add(workspace, Path("/dev/zero"))  # would never end
    with pytest.raises(AttachmentError, match="文件夹"):
        _add(workspace, tmp_path)


def test_names_are_stored_and_shown_safe(workspace: Workspace) -> None:
    code = add_firm(workspace, 1)
    add_attachment(workspace, code, b"MZ", "invoice\u202efdp.exe", "document")
    add_attachment(workspace, code, b"%PDF", "..\\..\\Windows\\执照\x07.pdf", "licence")
    with workspace.db.write() as s:  # one stored before names were made safe
        s.add(
            Attachment(
                firm_id=1,
                file_name="old/../\u202eevil.txt",
                kind="photo",
                sha256="0" * 64,
                size=1,
                content=b"x",
            )
        )
    names = [a["file_name"] for a in dossier_view(workspace, code).attachments]
    assert names == ["invoicefdp.exe", "执照.pdf", "evil.txt"]
