"""What changed in a monthly ledger between the copy sent earlier and the one exported now."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KEY = "统一社会信用代码"
NAME = "对接企业名称"


@dataclass(frozen=True)
class ChangedRow:
    uscc: str
    name: str
    fields: dict[str, tuple[Any, Any]]  # column -> (before, now)


@dataclass(frozen=True)
class LedgerDiff:
    added: list[dict[str, Any]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    changed: list[ChangedRow] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def to_json(self) -> dict[str, Any]:
        return {
            "added": [{"uscc": r[KEY], "name": r[NAME]} for r in self.added],
            "removed": [{"uscc": r[KEY], "name": r[NAME]} for r in self.removed],
            "changed": [
                {"uscc": c.uscc, "name": c.name, "fields": {k: list(v) for k, v in c.fields.items()}}
                for c in self.changed
            ],
        }

    def summary_zh(self) -> str:
        if self.empty:
            return "与上次报送的台帐相比没有变化"
        return f"与上次报送相比：新增 {len(self.added)} 户，删除 {len(self.removed)} 户，变更 {len(self.changed)} 户"


def diff_rows(before: list[dict[str, Any]], now: list[dict[str, Any]]) -> LedgerDiff:
    """Rows are matched by the credit code, never by name."""
    old = {r[KEY]: r for r in before}
    new = {r[KEY]: r for r in now}
    changed = []
    for code in new.keys() & old.keys():
        fields = {
            col: (old[code].get(col), value)
            for col, value in new[code].items()
            if old[code].get(col) != value
        }
        if fields:
            changed.append(ChangedRow(code, new[code][NAME], fields))
    changed.sort(key=lambda c: c.uscc)
    return LedgerDiff(
        added=[new[c] for c in sorted(new.keys() - old.keys())],
        removed=[old[c] for c in sorted(old.keys() - new.keys())],
        changed=changed,
    )
