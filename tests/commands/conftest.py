from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.cli import main
from tests.keyring_backend import InMemoryKeyring


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def cli(
    data_dir: Path,
    memory_keyring: InMemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Run:
    """Run ``firstloan --data-dir <tmp> ARGS`` in-process with the test keyring, errors in Chinese
    whatever the machine's LANG (a test sets FIRSTLOAN_LANG=en to see the English ones)."""
    monkeypatch.setenv("FIRSTLOAN_LANG", "zh_CN")

    def run(*args: str) -> Result:
        code = main(["--data-dir", str(data_dir), *args], keyring_backend=memory_keyring)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
