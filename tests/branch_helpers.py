"""Several laptops of one branch in one test: each its own data directory and its own keyring."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desktop.services.branch import assign_firms, init_branch, join_branch
from desktop.services.profile import save_profile
from desktop.services.sync_export import export_package
from desktop.services.sync_import import ImportResult, import_package
from desktop.services.workspace import Profile, Workspace, open_workspace
from tests.conftest import TODAY
from tests.keyring_backend import InMemoryKeyring


@dataclass
class Laptop:
    name: str
    ws: Workspace
    folder: Path
    keyring: InMemoryKeyring
    root: Path

    def reopen(self) -> None:
        """Open the laptop's data directory again (after a restore replaced its database)."""
        self.ws.close()
        self.ws = open_workspace(self.root / self.name, keyring_backend=self.keyring, environ={})
        self.ws.clock = lambda: TODAY

    def export(self, to: str | None = None) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        n = len(list(self.folder.glob("*.flpkg")))
        out = self.folder / f"{self.name}-{n + 1}.flpkg"
        export_package(self.ws, out, to)
        return out

    def take(self, package: Path, **kwargs: bool) -> ImportResult:
        return import_package(self.ws, package, backup=False, **kwargs)


def open_laptop(root: Path, name: str, officer: str) -> Laptop:
    keyring = InMemoryKeyring()
    ws = open_workspace(root / name, keyring_backend=keyring, environ={})
    ws.clock = lambda: TODAY
    save_profile(ws, Profile(officer=officer, bank="新乡农商银行", branch="城区支行"))
    return Laptop(name, ws, root / "packages", keyring, root)


@contextmanager
def branch(root: Path, officers: tuple[str, ...] = ("张三", "李四")) -> Iterator[tuple[Laptop, list[Laptop]]]:
    """A coordinator and officers who joined; each officer has sent a first (hello) package."""
    coordinator = open_laptop(root, "coordinator", "王主任")
    laptops = [open_laptop(root, f"officer{n}", name) for n, name in enumerate(officers)]
    try:
        code = init_branch(coordinator.ws, "城区支行")
        for laptop in laptops:
            join_branch(laptop.ws, code, laptop.ws.profile.officer)
            coordinator.take(laptop.export())
        yield coordinator, laptops
    finally:
        for laptop in (coordinator, *laptops):
            laptop.ws.close()


def hand_out(coordinator: Laptop, officer: Laptop, usccs: list[str]) -> ImportResult:
    assign_firms(coordinator.ws, officer.ws.profile.officer, usccs)
    return officer.take(coordinator.export(officer.ws.profile.officer))
