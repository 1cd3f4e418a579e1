"""Saved column mappings (header text -> firm field) for files from one office, applied to its next file."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select

from desktop.domain.errors import DomainError
from desktop.exchange.columns import SYNONYMS
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import MappingProfile


class BadMapping(DomainError):
    pass


def parse_mapping_args(pairs: list[str]) -> dict[str, str]:
    """'表头=field' pairs from the command line; an empty field means 'ignore this column'."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        header, sep, field_name = pair.partition("=")
        if not sep or not header.strip():
            raise BadMapping(
                f"列对应“{pair}”应写成 表头=字段，如 纳税人识别号=uscc",
                en=f"Column mapping “{pair}” should be written header=field, e.g. 纳税人识别号=uscc",
            )
        mapping[header.strip()] = field_name.strip()
    check_mapping(mapping)
    return mapping


def check_mapping(mapping: Mapping[str, str]) -> None:
    for header, field_name in mapping.items():
        if field_name and field_name not in SYNONYMS:
            valid = "、".join(SYNONYMS)
            raise BadMapping(
                f"列“{header}”对应的字段“{field_name}”不存在；可用字段：{valid}",
                en=f"Column “{header}” is mapped to “{field_name}”, which is not a field; the fields are: "
                f"{', '.join(SYNONYMS)}",
            )


def save_profile(ws: Workspace, name: str, mapping: Mapping[str, str], office: str | None = None) -> None:
    if not name.strip():
        raise BadMapping("方案名称不能为空", en="The mapping profile needs a name")
    check_mapping(mapping)
    with ws.db.write() as session:
        profile = session.scalar(select(MappingProfile).where(MappingProfile.name == name))
        old = dict(profile.mapping) if profile else None
        if profile is None:
            profile = MappingProfile(name=name, office=office, mapping=dict(mapping))
            session.add(profile)
        else:
            profile.mapping = {**profile.mapping, **mapping}
            profile.office = office or profile.office
        append_audit(
            session,
            actor=ws.actor,
            action="mapping.save",
            entity="mapping_profile",
            entity_id=name,
            summary=f"保存列对应方案“{name}”",
            old=old,
            new=dict(profile.mapping),
        )


def load_profile(ws: Workspace, name: str) -> dict[str, str]:
    with ws.db.session() as session:
        profile = session.scalar(select(MappingProfile).where(MappingProfile.name == name))
        if profile is None:
            raise BadMapping(
                f"没有名为“{name}”的列对应方案", en=f"There is no column mapping profile named “{name}”"
            )
        return dict(profile.mapping)


def all_profiles(ws: Workspace) -> dict[str, dict[str, str]]:
    """Every saved mapping by name, newest first (tried in turn on a file the synonyms cannot read)."""
    with ws.db.session() as session:
        profiles = session.scalars(select(MappingProfile).order_by(MappingProfile.id.desc()))
        return {p.name: dict(p.mapping) for p in profiles}


def delete_profile(ws: Workspace, name: str) -> None:
    """Forget a saved mapping (it would otherwise keep being tried on every unrecognised file); the audit
    entry keeps what it said."""
    with ws.db.write() as session:
        profile = session.scalar(select(MappingProfile).where(MappingProfile.name == name))
        if profile is None:
            raise BadMapping(
                f"没有名为“{name}”的列对应方案", en=f"There is no column mapping profile named “{name}”"
            )
        old = {"office": profile.office, "mapping": dict(profile.mapping)}
        session.delete(profile)
        append_audit(
            session,
            actor=ws.actor,
            action="mapping.delete",
            entity="mapping_profile",
            entity_id=name,
            summary=f"删除列对应方案“{name}”",
            old=old,
        )
