"""Laptops for command-line tests of the branch: each its own data directory and keyring, run in-process."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.services.profile import save_profile
from desktop.services.workspace import Profile, Workspace, open_workspace
from tests.commands.conftest import Result
from tests.keyring_backend import InMemoryKeyring


@dataclass
class CliLaptop:
    folder: Path
    officer: str
    capsys: pytest.CaptureFixture[str]
    keyring: InMemoryKeyring = field(default_factory=InMemoryKeyring)

    def run(self, *args: str) -> Result:
        code = main(["--data-dir", str(self.folder), *args], keyring_backend=self.keyring)
        captured = self.capsys.readouterr()
        return Result(code, captured.out, captured.err)

    def json(self, *args: str) -> Any:
        done = self.run(*args)
        assert done.code == 0, done.err
        return json.loads(done.out)

    @contextmanager
    def workspace(self) -> Iterator[Workspace]:
        ws = open_workspace(self.folder, keyring_backend=self.keyring, environ={})
        try:
            yield ws
        finally:
            ws.close()

    def count(self, model: type) -> int:
        with self.workspace() as ws, ws.db.session() as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)


def laptop(root: Path, name: str, officer: str, capsys: pytest.CaptureFixture[str]) -> CliLaptop:
    machine = CliLaptop(root / name, officer, capsys)
    with machine.workspace() as ws:
        save_profile(ws, Profile(officer=officer, bank="新乡农商银行", branch="城区支行"))
    return machine


@dataclass
class Branch:
    coordinator: CliLaptop
    officers: list[CliLaptop]
    join_code: str
    packages: Path


def joined_branch(
    root: Path, capsys: pytest.CaptureFixture[str], officers: tuple[str, ...] = ("张三", "李四")
) -> Branch:
    """A coordinator and officers joined by command, each officer's hello package imported."""
    coordinator = laptop(root, "coordinator", "王主任", capsys)
    code = coordinator.json("branch", "init", "--name", "城区支行", "--json")["join_code"]
    packages = root / "packages"
    packages.mkdir()
    machines = []
    for n, name in enumerate(officers):
        machine = laptop(root, f"officer{n}", name, capsys)
        assert machine.run("branch", "join", code, "--officer", name).code == 0
        hello = packages / f"hello-{n}.flpkg"
        assert machine.run("sync", "export", "--out", str(hello)).code == 0
        assert coordinator.run("sync", "import", str(hello)).code == 0
        machines.append(machine)
    return Branch(coordinator, machines, code, packages)
