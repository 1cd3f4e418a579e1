"""Random seeds for tests that draw at random: chosen afresh each run (or taken from
``FIRSTLOAN_TEST_SEED`` to repeat a failure), and named in the failure of any test that used one."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

SEED_VARIABLE = "FIRSTLOAN_TEST_SEED"


def fresh_seed() -> int:
    """``FIRSTLOAN_TEST_SEED`` when set, else a new random 32-bit seed."""
    given = os.environ.get(SEED_VARIABLE, "").strip()
    return int(given) if given else int.from_bytes(os.urandom(4), "big")


@contextlib.contextmanager
def reported(seed: int) -> Iterator[int]:
    """Any exception leaving the block carries a note with the seed and how to rerun with it."""
    try:
        yield seed
    except BaseException as exc:
        exc.add_note(f"random seed {seed}: rerun with {SEED_VARIABLE}={seed} to repeat this run")
        raise
