"""The officer's profile (name, bank, branch, 填报单位), set at first start and in settings."""

from __future__ import annotations

from dataclasses import asdict

from desktop.domain.errors import DomainError
from desktop.services.workspace import Profile, Workspace
from desktop.store.audit import append_audit
from desktop.store.settings import set_setting


def save_profile(ws: Workspace, profile: Profile) -> None:
    cleaned = Profile(**{k: v.strip() for k, v in asdict(profile).items()})
    if not cleaned.officer:
        raise DomainError("请填写客户经理姓名", en="Fill in the officer's name")
    if not cleaned.bank:
        raise DomainError("请填写所属银行", en="Fill in the bank")
    with ws.db.write() as session:
        old = set_setting(session, "profile", asdict(cleaned))
        append_audit(
            session,
            actor=cleaned.officer,
            action="profile.save",
            entity="setting",
            entity_id="profile",
            summary="保存用户资料",
            old=old,
            new=asdict(cleaned),
        )
    ws.forget_profile()
