"""Hybrid logical clock: timestamps that order every change across the branch's laptops.

A stamp is the wall clock in milliseconds, a counter and the device id. Taking a stamp never goes back
(``tick``) and receiving one moves the clock past it (``observe``), so a change made after seeing another
always sorts after it, however wrong a laptop's clock is. Stamps are fixed-width text: comparing the
strings compares the stamps (the same on SQLite and PostgreSQL, no rowid involved).
"""

from __future__ import annotations

from dataclasses import dataclass

_WALL_DIGITS = 12  # hex digits of milliseconds since 1970: enough until the year 10889
_COUNTER_DIGITS = 8


class BadStamp(ValueError):
    pass


@dataclass(frozen=True, order=True)
class Hlc:
    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}x}.{self.counter:0{_COUNTER_DIGITS}x}.{self.device}"

    @staticmethod
    def decode(text: str) -> Hlc:
        try:
            wall, counter, device = text.split(".", 2)
            if len(wall) != _WALL_DIGITS or len(counter) != _COUNTER_DIGITS or not device:
                raise ValueError(text)
            return Hlc(int(wall, 16), int(counter, 16), device)
        except ValueError as exc:
            raise BadStamp(f"not a clock stamp: {text!r}") from exc


def tick(last: Hlc | None, now_ms: int, device: str) -> Hlc:
    """The stamp of a change made here now: after ``last`` even when the wall clock went back."""
    if last is None or now_ms > last.wall_ms:
        return Hlc(now_ms, 0, device)
    return Hlc(last.wall_ms, last.counter + 1, device)


def observe(last: Hlc | None, remote: Hlc, now_ms: int, device: str) -> Hlc:
    """The clock after receiving ``remote``: past both it and everything stamped here before."""
    wall = max(now_ms, remote.wall_ms, last.wall_ms if last else 0)
    counters = [-1]
    if last is not None and last.wall_ms == wall:
        counters.append(last.counter)
    if remote.wall_ms == wall:
        counters.append(remote.counter)
    return Hlc(wall, max(counters) + 1, device)


def skew_ms(remote: Hlc, now_ms: int) -> int:
    """How far ahead of this laptop's wall clock a stamp is (negative: behind)."""
    return remote.wall_ms - now_ms
