"""Closed vocabularies with stable English codes (files, command line) and Chinese labels (UI, PDFs).

A ``Vocabulary`` parses either form, so a CSV written by hand with 电话 works as well as ``phone``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from desktop.domain.errors import DomainError


@dataclass(frozen=True)
class Term:
    code: str
    zh: str
    en: str


class Vocabulary:
    def __init__(self, title: str, terms: tuple[Term, ...], title_en: str = "") -> None:
        self.title = title
        self.title_en = title_en or title
        self.terms = terms
        self._by_key = (
            {t.code: t for t in terms} | {t.zh: t for t in terms} | {t.en.lower(): t for t in terms}
        )

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __contains__(self, code: object) -> bool:
        return any(t.code == code for t in self.terms)

    def codes(self) -> list[str]:
        return [t.code for t in self.terms]

    def parse(self, text: str) -> str:
        """The code for a code, Chinese label or English label; a clear error listing the choices."""
        key = text.strip()
        term = self._by_key.get(key) or self._by_key.get(key.lower())
        if term is None:
            choices = "、".join(f"{t.code}（{t.zh}）" for t in self.terms)
            choices_en = ", ".join(f"{t.code} ({t.en})" for t in self.terms)
            raise DomainError(
                f"{self.title}“{text}”无效，应为：{choices}",
                en=f"{self.title_en} “{text}” is not valid; it should be one of: {choices_en}",
            )
        return term.code

    def zh(self, code: str | None) -> str:
        if code is None:
            return ""
        term = self._by_key.get(code)
        return term.zh if term else code

    def en(self, code: str | None) -> str:
        if code is None:
            return ""
        term = self._by_key.get(code)
        return term.en if term else code


def _v(title: tuple[str, str], *rows: tuple[str, str, str]) -> Vocabulary:
    return Vocabulary(title[0], tuple(Term(*row) for row in rows), title_en=title[1])


VISIT_MODES = _v(
    ("走访方式", "Visit mode"),
    ("site", "实地走访", "On-site visit"),
    ("phone", "电话", "Phone"),
    ("online", "线上", "Online"),
    ("matchmaking", "银企对接会", "Bank-firm matchmaking"),
    ("center", "首贷服务中心", "First-loan service centre"),
)

DEMAND_CHANNELS = _v(
    ("需求渠道", "Demand channel"),
    ("loan_code", "贷款码", "Loan QR code"),
    ("visit", "走访", "Visit"),
    ("platform", "平台推送", "Platform push"),
    ("walk_in", "到店", "Walk-in"),
)

GUARANTEE_KINDS = _v(
    ("担保方式", "Guarantee kind"),
    ("credit", "信用", "Unsecured (credit)"),
    ("guarantee", "保证", "Guarantee"),
    ("mortgage", "抵押", "Mortgage"),
    ("pledge", "质押", "Pledge"),
    ("gov_guarantee", "政府性融资担保", "Government financing guarantee"),
    ("insurance", "保证保险", "Guarantee insurance"),
    ("other", "其他", "Other"),
)

DIAGNOSES = _v(
    ("培植诊断", "Diagnosis"),
    ("no_info", "缺信息", "Lacks information"),
    ("no_collateral", "缺抵押", "Lacks collateral"),
    ("no_guarantor", "缺担保", "Lacks guarantor"),
    ("irregular_finance", "财务不规范", "Irregular accounts"),
    ("credit_record", "信用记录", "Credit record"),
    ("unstable", "经营不稳定", "Unstable business"),
    ("other", "其他", "Other"),
)

MEASURES = _v(
    ("培植措施", "Measure"),
    ("finance_coaching", "财务辅导", "Financial coaching"),
    ("gov_guarantee", "政府性融资担保", "Government guarantee"),
    ("insurance", "保证保险", "Guarantee insurance"),
    ("credit_product", "信用贷款产品", "Unsecured loan product"),
    ("supply_chain", "供应链·应收账款", "Supply chain / receivables"),
    ("relending", "再贷款·贴息", "Relending / interest subsidy"),
    ("other", "其他", "Other"),
)

POLICY_TAGS = _v(
    ("政策标签", "Policy tag"),
    ("specialised", "专精特新", "Specialised and innovative"),
    ("sci_tech", "科创型", "Science and technology"),
    ("park", "小微企业园", "Small-firm park"),
    ("supply_chain", "供应链", "Supply chain"),
    ("employment", "吸纳就业型", "Employment-absorbing"),
    ("foreign_trade", "外贸", "Foreign trade"),
    ("manufacturing", "先进制造", "Advanced manufacturing"),
    ("modern_services", "现代服务", "Modern services"),
    ("relending", "支小再贷款", "Small-firm relending"),
    ("startup_guarantee", "创业担保贷款", "Start-up guaranteed loan"),
    ("gov_guarantee", "政府性融资担保", "Government guarantee"),
    ("renewal", "无还本续贷", "Renewal without repayment"),
)

# What a bank does for a firm (一企一档 服务银行): 基本户 and 授信 drive the basic-account and 垒小户 warnings.
BANK_ROLES = _v(
    ("银行角色", "Bank role"),
    ("basic", "基本户", "Basic account"),
    ("settlement", "结算", "Settlement"),
    ("credit", "授信", "Credit"),
    ("loan", "贷款", "Loan"),
)

# What a dossier attachment is (a licence scan counts towards the dossier's completeness).
ATTACHMENT_KINDS = _v(
    ("附件类型", "Attachment kind"),
    ("licence", "营业执照", "Business licence"),
    ("photo", "照片", "Photo"),
    ("document", "文件", "Document"),
)

# The five screening criteria of a genuine first-loan candidate.
CRITERIA = _v(
    ("筛选条件", "Criterion"),
    ("compliant", "合规持续经营", "Compliant, going concern"),
    ("premises", "固定经营场所", "Fixed premises"),
    ("real_demand", "真实融资需求", "Genuine financing need"),
    ("good_credit", "信用状况良好", "Good credit"),
    ("lawful_use", "贷款用途依法合规", "Lawful use of funds"),
)

FIRM_SIZES = _v(
    ("企业规模", "Firm size"),
    ("micro", "微型", "Micro"),
    ("small", "小型", "Small"),
    ("medium", "中型", "Medium"),
)

DECISIONS = _v(
    ("审批结果", "Decision"),
    ("approved", "同意", "Approved"),
    ("declined", "不同意", "Declined"),
    ("withdrawn", "企业撤回", "Withdrawn"),
)

# Where a branch-found firm came from: the 五张清单 of the 浙江 seed, beyond the regional lists.
SOURCE_CHANNELS = _v(
    ("来源", "Source"),
    ("hundred_banks", "百行进万企", "Hundred banks, ten thousand firms"),
    ("park", "小微企业园", "Small-firm park"),
    ("supply_chain", "产业链上下游", "Supply chain"),
    ("settlement", "本行结算户", "Our settlement accounts"),
    ("authority", "行业主管部门清单", "Authority list"),
    ("other", "其他", "Other"),
)

# What a loan is (issue 18: the loan form). 票据贴现 is a loan kind the programme rules can count (泉州
# counts a first 票据贴现 as the first loan itself).
LOAN_KINDS = _v(
    ("贷款种类", "Loan kind"),
    ("working_capital", "流动资金贷款", "Working-capital loan"),
    ("fixed_asset", "固定资产贷款", "Fixed-asset loan"),
    ("discount", "票据贴现", "Bill discount"),
    ("personal_business", "个人经营性贷款", "Personal business loan"),
    ("other", "其他", "Other"),
)

# The banks an officer picks a serving bank from (free entry stays possible): full names as the
# regulators list them, with the short forms people type.
BANKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("中国工商银行", ("工商银行", "工行")),
    ("中国农业银行", ("农业银行", "农行")),
    ("中国银行", ("中行",)),
    ("中国建设银行", ("建设银行", "建行")),
    ("交通银行", ("交行",)),
    ("中国邮政储蓄银行", ("邮储银行", "邮政储蓄银行", "邮储")),
    ("国家开发银行", ("国开行",)),
    ("中国农业发展银行", ("农发行",)),
    ("招商银行", ("招行",)),
    ("中信银行", ()),
    ("上海浦东发展银行", ("浦发银行", "浦发")),
    ("中国民生银行", ("民生银行",)),
    ("兴业银行", ()),
    ("中国光大银行", ("光大银行",)),
    ("华夏银行", ()),
    ("平安银行", ()),
    ("广发银行", ()),
    ("浙商银行", ()),
    ("渤海银行", ()),
    ("中原银行", ()),
    ("郑州银行", ()),
)


def bank_name(text: str) -> str:
    """The full name of a bank typed in short (建行 -> 中国建设银行); any other name as typed, trimmed."""
    name = text.strip()
    for full, short in BANKS:
        if name == full or name in short:
            return full
    return name
