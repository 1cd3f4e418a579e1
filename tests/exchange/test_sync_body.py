"""The packed body of a work package gives back exactly what was packed, a changed audit entry included."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.exchange.sync_body import pack, unpack
from desktop.store.audit import GENESIS, _digest

DEVICES = ["a" * 32, "b" * 32]
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 10**6),
    st.text(max_size=8),
    st.lists(st.text(max_size=3), max_size=2),
)


@st.composite
def ops(draw: st.DrawFn) -> list[Any]:
    kind = draw(st.sampled_from(["create", "set", "void"]))
    rtype = draw(st.sampled_from(["visit", "firm", "ledger_note"]))
    if kind == "create":
        names = draw(st.lists(st.sampled_from(["date", "mode", "amount", "note"]), unique=True, max_size=4))
        value: Any = {n: draw(VALUES) for n in names}
        field = None
    elif kind == "set":
        field, value = draw(st.sampled_from(["address", "problem"])), draw(VALUES)
    else:
        field, value = (
            None,
            {"voided_at": "2026-11-02T00:00:00+00:00", "void_reason": draw(st.text(max_size=5))},
        )
    return [
        draw(st.sampled_from(DEVICES)), draw(st.integers(1, 10**6)), kind, rtype, draw(st.text("0123456789abcdef", min_size=1, max_size=32)),
        draw(st.one_of(st.none(), st.just("91410702000000019G"))), field, value,
        draw(st.sampled_from(["01a.00000000." + DEVICES[0], "01b.00000001." + DEVICES[1]])),
        draw(st.lists(st.sampled_from(["01a.00000000." + DEVICES[0]]), max_size=1)), draw(st.sampled_from(["张三", "王主任"])),
    ]  # fmt: skip


def _chain(summaries: list[str], tamper: set[int]) -> list[list[Any]]:
    """Audit entries as an export lists them, linked by hash; those in ``tamper`` edited after hashing."""
    entries, prev = [], GENESIS
    at = datetime(2026, 11, 2, 8, tzinfo=UTC)
    for n, summary in enumerate(summaries):
        at += timedelta(seconds=7, microseconds=n)
        stored = _digest(prev, at, "张三", "visit.add", "visit", str(n), n, summary, None, {"n": n})
        shown = summary + "（改）" if n in tamper else summary
        entries.append(
            [
                stored,
                prev,
                at.isoformat(),
                "张三",
                "visit.add",
                "visit",
                str(n),
                n,
                "91410702000000019G",
                shown,
                None,
                {"n": n},
            ]
        )
        prev = stored
    return entries


@settings(max_examples=60, deadline=None)
@given(
    st.lists(ops(), max_size=30),
    st.lists(st.text(max_size=6), max_size=12),
    st.sets(st.integers(0, 11), max_size=3),
)
def test_packing_gives_back_the_body(
    changes: list[list[Any]], summaries: list[str], tamper: set[int]
) -> None:
    audit = _chain(summaries, tamper)
    if len(audit) > 2:
        audit[2][1] = "f" * 64  # an entry whose link does not follow (one deleted before it)
    body = {
        "ops": changes,
        "derived": {"91410702000000019G": ["contacted", None, {"ab": "first"}, "0" * 32]},
        "audit": audit,
        "attachments": [],
        "ack": {"ops": 3, "audit": None, "local": 2},
        "local_upto": 9,
        "officer": "张三",
    }
    travelled = json.loads(json.dumps(pack(body), ensure_ascii=False))
    assert unpack(travelled) == body


def test_a_changed_entry_keeps_its_own_hash_so_the_break_shows() -> None:
    audit = _chain(["走访", "需求", "授信"], tamper={1})
    packed = pack({"ops": [], "derived": {}, "audit": audit})
    hashes = packed["audit"][0]
    assert hashes[0] is None and hashes[2] is None  # follow from the chain: left out
    assert hashes[1] == audit[1][0]  # does not follow from the changed entry: kept
    assert unpack(packed)["audit"] == audit


def test_a_plain_body_reads_as_it_is() -> None:
    plain = {"ops": [], "derived": {}, "audit": []}
    assert unpack(plain) == plain
