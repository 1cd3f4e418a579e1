"""What each programme figure counts: its definition (what, over which period, 口径), its unit and the
seed sentence it comes from. The numbers are computed in one place (desktop/services/figures.py); the
dashboard tiles, ``firstloan report``, the ledger's total row and the quarterly summary all read them, and
docs/figures.md is these definitions written out.

Money here is ``Decimal`` 万元; ``round_wan`` / ``format_wan`` are the one rounding (half up, two decimals)
of these figures until desktop/domain/money.py's formatter replaces them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.errors import Message
from desktop.domain.money import format_wan as format_wan  # the one money formatter, for the figures' callers
from desktop.domain.money import round_wan as round_wan
from desktop.domain.programme_seeds import SEEDS

TENTH = Decimal("0.1")


def pct(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """part / whole in percent with one decimal (half up); None when there is nothing to divide by."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(TENTH, ROUND_HALF_UP)


@dataclass(frozen=True)
class FigureDef:
    code: str
    label_zh: str
    label_en: str
    unit: str  # 户 | 万元 | % | 项
    definition: Message  # what it counts, over which period, 口径
    seed: str  # the seed (000-004) the figure comes from
    aspect: str  # the sentence of that seed

    def label(self, language: str | None) -> str:
        return Message(self.label_zh, self.label_en).text(language)

    @property
    def sentence(self) -> str:
        return SEEDS[self.seed].sentences[self.aspect]


def _d(code: str, zh: str, en: str, unit: str, dzh: str, den: str, seed: str, aspect: str) -> FigureDef:
    return FigureDef(code, zh, en, unit, Message(dzh, den), seed, aspect)


# In the order the report and the dashboard show them. "统计期" is the month, quarter, year or programme to
# date chosen; a firm counts once per figure (按户去重); amounts are the period's own (当期发生额).
FIGURES: tuple[FigureDef, ...] = (
    _d("on_lists", "名单内企业", "Firms on the lists", "户",
       "统计期内在无贷户名单上的企业：期末前导入、期初时仍在名单上（期内移出的也计入）",
       "Firms on a no-loan list during the period: imported by its end and still listed at its start "
       "(firms taken off during the period count)", "000", "funnel"),
    _d("contacted", "已对接", "Contacted", "户",
       "统计期内有走访对接记录（未作废）的企业，按户计", "Firms with a (not voided) visit in the period", "000", "funnel"),
    _d("contact_rate", "有效对接率", "Contact rate", "%",
       "统计期内已对接的名单内企业 ÷ 名单内企业", "Listed firms contacted in the period ÷ firms on the lists",
       "002", "contact_rate"),
    _d("with_demand", "有融资需求", "With financing demand", "户",
       "统计期内登记融资需求（未作废）的企业", "Firms with a financing demand received in the period", "000", "funnel"),
    _d("planned", "纳入培植", "Under a plan", "户",
       "统计期内进入“培植中”（制定一企一策）的企业", "Firms that entered cultivation (a plan) in the period",
       "001", "plan"),
    _d("credited", "授信户数", "Firms credited", "户",
       "统计期内获得授信（授信日期在期内、未作废）的企业", "Firms granted credit dated in the period", "000", "funnel"),
    _d("credit_amount", "授信金额", "Credit granted", "万元",
       "统计期内授信金额合计（当期发生额，各月相加等于全年）",
       "Credit granted in the period (the period's own amounts: the months add up to the year)", "003", "template"),
    _d("first_loan_firms", "首贷户数", "First-loan firms", "户",
       "首贷（按项目口径认定、已核实）日期在统计期内的企业；每户一生只计一次",
       "Firms whose first loan (by the programme's rule, verified) is dated in the period; once per firm ever",
       "001", "two_increases"),
    _d("first_loan_amount", "首贷金额", "First-loan amount", "万元",
       "统计期内首贷的放款金额合计", "The amount of the first loans of the period", "001", "two_increases"),
    _d("first_loans_unverified", "待核实", "Unverified", "户",
       "统计期内的首笔贷款因征信情况未登记而无法认定的企业（补录征信后计入首贷或排除）；不计入首贷",
       "Firms whose earliest loan in the period cannot be judged until the credit-report facts are recorded; "
       "not counted as first loans", "003", "first_loan"),
    _d("loan_elsewhere", "他行首贷", "First loan elsewhere", "户",
       "统计期内首次登记为“他行已获贷”的企业；此后在本行的贷款不再计为本行首贷",
       "Firms first recorded in the period as having got a loan at another bank; a later loan with us is not "
       "our first loan", "003", "first_loan"),
    _d("first_loan_rate", "首贷率", "First-loan rate", "%",
       "统计期内获首贷的名单内企业 ÷ 名单内企业", "Listed firms with their first loan in the period ÷ firms on the lists",
       "003", "rate"),
    _d("conversion", "转化率", "Conversion", "%",
       "期末前已对接、期初前未获首贷的企业中，统计期内获首贷的比例（不超过 100%）",
       "Of the firms contacted by the period's end with no first loan before it, the share with their first "
       "loan in the period (never above 100 %)", "000", "funnel"),
    _d("credit_loan_share", "信用贷款占比", "Unsecured share", "%",
       "首贷金额中纯信用（无抵质押、无保证）授信项下贷款的占比",
       "Of the first-loan amount, the part drawn on purely unsecured credit (no collateral, pledge or guarantee)",
       "004", "credit_loan"),
    _d("on_time_211", "211按时率", "211 on time", "%",
       "统计期内受理的融资需求的“211”各环节中，按时办结的占已到期环节的比例（截至期末或今天）",
       "Of the 211 steps of the period's demands that fell due (by its end or today), the share done on time",
       "001", "211"),
    _d("new_loan_amount", "新发放贷款", "New loans", "万元",
       "统计期内发放的全部贷款（未作废）金额合计，即台帐“对接后发放新贷款金额”的当期数",
       "All loans (not voided) made in the period: the ledger's new-loan column for the period", "003", "template"),
    _d("ledger_firms", "台帐户数", "Ledger firms", "户",
       "统计期内有走访、融资需求或211环节、授信、放款、退出等任一记录的企业（台帐所列企业）",
       "Firms with any record of the period (visit, demand or 211 step, credit, loan, exit): the ledger's rows",
       "003", "ledger"),
)  # fmt: skip

BY_CODE: dict[str, FigureDef] = {f.code: f for f in FIGURES}

# Figures that count firms: the firm table can show exactly the firms each one counts.
FIRM_FIGURES = (
    "on_lists",
    "contacted",
    "with_demand",
    "planned",
    "credited",
    "first_loan_firms",
    "first_loans_unverified",
    "loan_elsewhere",
    "ledger_firms",
)


@dataclass(frozen=True)
class Change:
    """A figure against the same figure of an earlier period (同比 / 环比)."""

    before: Decimal
    now: Decimal

    @property
    def delta(self) -> Decimal:
        return self.now - self.before

    @property
    def pct(self) -> Decimal | None:
        return pct(self.delta, self.before) if self.before else None


def definition_line(code: str, language: str | None = None) -> str:
    figure = BY_CODE[code]
    return f"{figure.label(language)}：{figure.definition.text(language)}"
