"""Child processes of an import (the helper, the spreadsheet reader): they end when this process ends,
however it ends, and their death or silence is an answer here, never a hang (issue 16 items 6, 13, 14).

* Each child watches this process (``watch_parent``): a thread waits on the parent's sentinel (a pipe on
  POSIX, the process handle on Windows) and ends the child when it fires; on Linux the kernel is asked
  to kill it as well (``PR_SET_PDEATHSIG``). A killed import leaves no helper behind.
* Each child is written down (pid and start time, with its parent's) in a folder of the temp directory;
  the next start reaps any whose parent is gone (``reap_stale``), in case a watch could not run.
* ``receive`` waits for a message or the child's death, with a time limit: a child that dies while
  writing (the pipe half full) or stops answering raises ``ChildGone``.

POSIX starts children from a fork server (a clean process started once, which forks the others in
milliseconds: small lists read in a child too); Windows and frozen builds spawn them.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

import psutil

# Modules the fork server imports once, so that its children start with them loaded.
PRELOAD = ["desktop.services.import_helper", "desktop.services.sheet_reader"]
_PR_SET_PDEATHSIG = 1


class ChildGone(Exception):
    """The child died, closed its end, or did not answer in time."""


def context() -> BaseContext:
    if sys.platform == "win32" or getattr(sys, "frozen", False):
        return multiprocessing.get_context("spawn")
    forkserver = multiprocessing.get_context("forkserver")
    forkserver.set_forkserver_preload(PRELOAD)
    return forkserver


def registry() -> Path:
    folder = Path(tempfile.gettempdir()) / f"firstloan-children-{_user()}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _user() -> str:
    getuid = getattr(os, "getuid", None)
    return str(getuid()) if getuid is not None else os.environ.get("USERNAME", "user")


def start(target: Callable[..., None], *args: Any) -> tuple[BaseProcess, Connection]:
    """A child running ``target(connection, *args)``, and this process's end of its duplex pipe. Stale
    children of dead parents are reaped first."""
    reap_stale()
    ours, theirs = multiprocessing.Pipe(duplex=True)
    process: BaseProcess = context().Process(  # type: ignore[attr-defined]  # every concrete context has it
        target=_run, args=(target, theirs, os.getpid(), *args), daemon=True
    )
    process.start()
    theirs.close()  # only the child holds its end: its death is EOF here
    _register(process)
    return process, ours


def _run(target: Callable[..., None], conn: Connection, parent_pid: int, *args: Any) -> None:
    watch_parent(parent_pid)
    try:
        target(conn, *args)
    finally:
        with contextlib.suppress(OSError):
            (registry() / f"{os.getpid()}.json").unlink()


def watch_parent(parent_pid: int) -> None:
    """End this process as soon as the process that started it is gone."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    parent = multiprocessing.parent_process()
    sentinels = [parent.sentinel] if parent is not None and parent.sentinel is not None else []

    def watch() -> None:
        if sentinels:
            wait(sentinels)
        else:  # no sentinel: poll for the parent's pid
            while psutil.pid_exists(parent_pid):
                threading.Event().wait(1.0)
        os._exit(3)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
    # A fork server's child: its parent is the server, which ends when this app does; the app's own pid
    # is watched too, in case the server outlives it.
    if parent is not None and parent.pid != parent_pid:
        threading.Thread(target=_poll_pid, args=(parent_pid,), name="app-watch", daemon=True).start()


def _poll_pid(pid: int) -> None:
    while psutil.pid_exists(pid):
        threading.Event().wait(1.0)
    os._exit(3)


def _register(process: BaseProcess) -> None:
    if process.pid is None:
        return
    with contextlib.suppress(psutil.Error, OSError):
        record = {
            "pid": process.pid,
            "started": psutil.Process(process.pid).create_time(),
            "parent": os.getpid(),
            "parent_started": psutil.Process().create_time(),
        }
        (registry() / f"{process.pid}.json").write_text(json.dumps(record), encoding="utf-8")


def reap_stale() -> int:
    """Kill the children whose parent is gone (a watch that could not run), and forget the records of
    children that have ended. The start times guard against a pid the system has given to another
    program since. Returns how many were killed."""
    killed = 0
    for path in registry().glob("*.json"):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                path.unlink()
            continue
        if _alive(record.get("parent"), record.get("parent_started")):
            continue
        if _alive(record.get("pid"), record.get("started")):
            with contextlib.suppress(psutil.Error):
                psutil.Process(record["pid"]).kill()
                killed += 1
        with contextlib.suppress(OSError):
            path.unlink()
    return killed


def _alive(pid: Any, started: Any) -> bool:
    if not isinstance(pid, int) or not isinstance(started, int | float):
        return False
    try:
        process = psutil.Process(pid)
        return bool(abs(process.create_time() - started) < 1 and process.status() != psutil.STATUS_ZOMBIE)
    except psutil.Error:
        return False


def receive(conn: Connection, process: BaseProcess, timeout: float) -> Any:
    """The child's next message; ChildGone if it dies (even halfway through writing one) or says nothing
    for ``timeout`` seconds."""
    ready = wait([conn, process.sentinel], timeout)
    if not ready:
        raise ChildGone("timeout")
    if conn in ready or conn.poll():
        try:
            return conn.recv()
        except (EOFError, OSError) as exc:
            raise ChildGone(str(exc)) from exc
    raise ChildGone(f"exit {process.exitcode}")


def send(conn: Connection, message: Any) -> None:
    try:
        conn.send(message)
    except (OSError, ValueError) as exc:  # BrokenPipe: the child is gone; ValueError: closed here
        raise ChildGone(str(exc)) from exc


def stop(process: BaseProcess, conn: Connection) -> None:
    """End a child (it may be gone already) and forget it."""
    with contextlib.suppress(OSError):
        conn.close()
    if process.is_alive():
        process.kill()
    process.join(5)
    with contextlib.suppress(OSError, TypeError):
        (registry() / f"{process.pid}.json").unlink()
