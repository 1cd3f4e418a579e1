"""A list of firms to assign (``branch assign --file``): every valid credit code found in the file's cells."""

from __future__ import annotations

import csv
from pathlib import Path

from python_calamine import CalamineWorkbook

from desktop.domain.errors import DomainError
from desktop.domain.uscc import is_valid, normalize


class AssignmentFileError(DomainError):
    pass


def read_codes(path: Path) -> list[str]:
    """The credit codes in the file, in the order they appear (each once); any sheet, any column."""
    try:
        if path.suffix.lower() == ".csv":
            with path.open(encoding="utf-8-sig", newline="") as handle:
                cells = [cell for row in csv.reader(handle) for cell in row]
        else:
            book = CalamineWorkbook.from_path(str(path))
            cells = [
                str(cell)
                for name in book.sheet_names
                for row in book.get_sheet_by_name(name).to_python()
                for cell in row
            ]
    except (OSError, ValueError, Exception) as exc:
        raise AssignmentFileError(
            f"无法读取分配名单 {path.name}：{exc}", en=f"Cannot read the assignment list {path.name}: {exc}"
        ) from exc
    codes = [normalize(c) for c in cells if c and is_valid(str(c))]
    if not codes:
        raise AssignmentFileError(
            f"分配名单 {path.name} 中没有有效的统一社会信用代码",
            en=f"The assignment list {path.name} has no valid unified social credit code",
        )
    return list(dict.fromkeys(codes))
