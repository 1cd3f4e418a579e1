"""Screenshots of the programme's work (issue 23) at 1366×768 in zh_CN and en: the activity editor, the
product catalogue, the materials panel and the printed 受理回告单 (its PDF page rendered with pdftoppm).

Run: QT_QPA_PLATFORM=offscreen python tools/programme_screenshots.py  -> docs/screenshots/programme-*.png
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from desktop.services.activities import ActivityInput, add_activity
from desktop.services.demands import add_demand, record_acceptance, record_feedback
from desktop.services.demo import fill_demo
from desktop.services.products import ProductInput, add_product
from desktop.services.replies import print_reply
from desktop.services.workspace import Workspace, open_workspace
from desktop.store.models import Firm
from desktop.ui.activities_view import ActivitiesView
from desktop.ui.i18n import install_translators
from desktop.ui.main_window import ACTIVITIES, MainWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
TODAY = date(2026, 11, 20)
SIZE = (1366, 768)


def _save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")


def _data(ws: Workspace) -> int:
    fill_demo(ws, firms=200, today=TODAY)
    with ws.db.session() as session:
        codes = list(
            session.scalars(select(Firm.uscc).where(Firm.stage == "listed").order_by(Firm.id).limit(8))
        )
    add_product(ws, ProductInput(
        "首贷信易贷", eligibility="成立满 1 年，纳税信用 B 级以上，无不良信用记录", rate_min="3.45", rate_max="4.35",
        term_min_months=6, term_max_months=36, guarantees=["credit"], audience="小微企业、个体工商户", max_amount="300",
        launched_on=date(2026, 11, 3),
    ))  # fmt: skip
    add_product(ws, ProductInput(
        "政银担首贷", eligibility="有真实融资需求，经营满 6 个月", rate_min="3.8", rate_max="4.8", term_max_months=12,
        guarantees=["gov_guarantee"], audience="首贷培植名单企业", max_amount="1000",
    ))  # fmt: skip
    add_activity(ws, ActivityInput(
        "talk", date(2026, 11, 5), "首贷政策专题宣讲会", place="红旗区金融服务站", organiser="人民银行新乡市中心支行",
        firms=codes[:5], note="讲解贷款条件、所需资料和首贷产品",
    ))  # fmt: skip
    activity = add_activity(ws, ActivityInput(
        "fair", date(2026, 11, 18), "银企首贷专场融资对接会", place="县首贷续贷服务中心", organiser="县金融工作局",
        firms=codes[2:8], note="现场受理融资需求 4 笔",
    )).id  # fmt: skip
    demand = add_demand(ws, codes[0], on=date(2026, 11, 16), amount="120").id
    record_feedback(ws, demand, date(2026, 11, 17))
    record_acceptance(ws, demand, date(2026, 11, 19), conditions_met_on=date(2026, 11, 18))
    return activity, demand  # type: ignore[return-value]


def _shots(app: QApplication, ws: Workspace, tmp: Path, language: str, activity: int) -> None:
    window = MainWindow(
        ws, QSettings(str(tmp / f"ui-{language}.ini"), QSettings.Format.IniFormat), today=lambda: TODAY
    )
    window.resize(*SIZE)
    window.show()
    window.go(ACTIVITIES)
    view = window.pages.currentWidget()
    assert isinstance(view, ActivitiesView)
    view.select(activity)
    _save(window, f"programme-activity-editor-{language}")
    view.tabs.setCurrentWidget(view.products)
    view.products.table.selectRow(0)
    _save(window, f"programme-products-{language}")
    view.tabs.setCurrentWidget(view.materials)
    _save(window, f"programme-materials-{language}")
    window.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    app.setFont(QFont("WenQuanYi Micro Hei", 10))
    env = {"FIRSTLOAN_DB_KEY": secrets.token_hex(32)}
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        ws = open_workspace(tmp / "demo", environ=env)
        ws.clock = lambda: TODAY
        try:
            activity, demand = _data(ws)  # type: ignore[misc]
            for language in ("zh_CN", "en"):
                translators = install_translators(app, language)
                _shots(app, ws, tmp, language, activity)
                for translator in translators:
                    app.removeTranslator(translator)
            pdf = print_reply(ws, demand, tmp / "reply.pdf", phone="0373-5551234", today=TODAY)
            if shutil.which("pdftoppm"):
                subprocess.run(
                    ["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(OUT / "programme-reply")],
                    check=True,
                )
                print(f"wrote {OUT / 'programme-reply.png'}")
        finally:
            ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
