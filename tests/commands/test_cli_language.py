"""The CLI's error line is Chinese unless FIRSTLOAN_LANG (or, without it, LANG) asks for English."""

from __future__ import annotations

import pytest

from desktop.cli import cli_language
from tests.commands.conftest import Run


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "zh_CN"),
        ({"LANG": "C.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"FIRSTLOAN_LANG": "en"}, "en"),
        ({"FIRSTLOAN_LANG": "en", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"FIRSTLOAN_LANG": "zh_CN", "LANG": "en_US.UTF-8"}, "zh_CN"),  # the explicit choice wins
    ],
)
def test_cli_language(environ: dict[str, str], language: str) -> None:
    assert cli_language(environ) == language


def test_errors_are_chinese_by_default_and_english_when_asked(
    cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("init")
    chinese = cli("firms", "--stage", "nonsense")
    assert chinese.code == 2 and chinese.err.startswith("firstloan: 错误：阶段“nonsense”无效")
    monkeypatch.setenv("FIRSTLOAN_LANG", "en")
    english = cli("firms", "--stage", "nonsense")
    assert english.code == 2 and english.err.count("\n") == 1
    assert english.err.startswith(
        "firstloan: error: Stage “nonsense” is not valid; it should be one of: listed (To contact)"
    )
    monkeypatch.delenv("FIRSTLOAN_LANG")
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert cli("firms", "--stage", "nonsense").err.startswith("firstloan: error: Stage")
