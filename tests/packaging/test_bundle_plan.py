"""What the spec puts into the bundle, checked fast against the source tree (no build needed)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

import desktop
from desktop.store.migrate import MIGRATIONS_DIR

ROOT = Path(__file__).resolve().parents[2]


def test_version_comes_from_the_package(plan: ModuleType) -> None:
    assert plan.read_version() == desktop.__version__


def test_installer_and_workflow_take_the_version_from_the_build(plan: ModuleType) -> None:
    iss = (ROOT / "packaging" / "windows" / "firstloan.iss").read_text(encoding="utf-8-sig")
    assert desktop.__version__ not in iss  # passed in as /DMyAppVersion=..., never written twice
    assert "{#MyAppVersion}" in iss
    workflow = (ROOT / ".github" / "workflows" / "windows-build.yml").read_text(encoding="utf-8")
    assert "packaging/build.py --installer" in workflow


def test_no_qt_module_the_app_imports_is_left_out(plan: ModuleType) -> None:
    used = plan.qt_modules_used()
    assert "QtWidgets" in used
    assert not used & set(plan.EXCLUDED_QT_MODULES), "a Qt module the app imports is excluded from the bundle"


def test_every_migration_is_carried_as_a_file(plan: ModuleType) -> None:
    scripts = {p.relative_to(MIGRATIONS_DIR).as_posix() for p in plan.migration_scripts()}
    revisions = {f"versions/{p.name}" for p in (MIGRATIONS_DIR / "versions").glob("*.py")}
    assert {"env.py", "script.py.mako"} | revisions <= scripts
    destinations = dict(plan.data_files())
    env = str(MIGRATIONS_DIR / "env.py")
    # Same relative place as in the source tree: migrate.py finds them next to itself.
    assert destinations[env] == "desktop/store/migrations"


def test_imports_of_the_migrations_are_hidden_imports(plan: ModuleType) -> None:
    hidden = plan.migration_hidden_imports()
    assert {"alembic.op", "alembic.context", "desktop.store.models", "sqlalchemy"} <= set(hidden)
    assert "desktop.store.models.Base" not in hidden  # a class, not a module


def test_the_app_icon_and_resources_are_data(plan: ModuleType) -> None:
    destinations = {Path(src).name: dest for src, dest in plan.data_files()}
    assert destinations["firstloan.ico"] == "resources/icons"
    assert destinations["firstloan.png"] == "resources/icons"


def test_the_pdf_font_and_its_licence_are_data(plan: ModuleType, tmp_path: Path) -> None:
    destinations = {Path(src).name: dest for src, dest in plan.data_files()}
    for name in ("wqy-microhei.ttc", "LICENSE-Apache-2.0.txt", "COPYRIGHT.txt", "README.md"):
        assert destinations[name] == "resources/fonts", name
    sources = [src for src, _ in plan.data_files()]
    assert len(sources) == len(set(sources))  # the font is not carried twice
    with pytest.raises(FileNotFoundError, match="PDF font"):
        plan.pdf_font_files(tmp_path)  # a tree without the font cannot be bundled


def test_the_wheel_carries_the_pdf_font() -> None:
    """pyproject: resources/fonts is package data, installed beside desktop/ as the loader expects."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    assert (
        "resources.fonts" in config["packages"]["find"]["include"]
        and config["packages"]["find"]["namespaces"]
    )
    patterns = config["package-data"]["resources.fonts"]
    shipped = {p.name for pattern in patterns for p in (ROOT / "resources" / "fonts").glob(pattern)}
    assert {"wqy-microhei.ttc", "LICENSE-Apache-2.0.txt", "COPYRIGHT.txt"} <= shipped
    from desktop.reports.fonts import BUNDLED_FONT

    assert BUNDLED_FONT == ROOT / "resources" / "fonts" / "wqy-microhei.ttc"


def test_compiled_app_translations_are_found_wherever_the_ui_keeps_them(
    plan: ModuleType, tmp_path: Path
) -> None:
    for rel in ("i18n/firstloan_en.qm", "desktop/ui/i18n/firstloan_zh_CN.qm"):
        (tmp_path / rel).parent.mkdir(parents=True)
        (tmp_path / rel).write_bytes(b"qm")
    found = [p.relative_to(tmp_path).as_posix() for p in plan.compiled_translations(tmp_path)]
    assert found == ["desktop/ui/i18n/firstloan_zh_CN.qm", "i18n/firstloan_en.qm"]


def test_qt_trimming_keeps_chinese_input_and_the_platforms(plan: ModuleType) -> None:
    keep = plan.keep_entry
    qt = "PySide6/Qt/"
    for name in (
        "translations/qtbase_zh_CN.qm", "translations/qt_zh_CN.qm", "translations/qtbase_en.qm",
        "plugins/platforms/libqxcb.so", "plugins/platforms/libqoffscreen.so",
        "plugins/platforms/libqwayland.so", "plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", "lib/libQt6Widgets.so.6",
    ):  # fmt: skip
        assert keep(qt + name), name
    assert keep(r"PySide6\plugins\platforms\qwindows.dll")
    for name in (
        "translations/qtbase_de.qm", "translations/designer_zh_CN.qm", "plugins/platforms/libqeglfs.so",
        "plugins/platforms/libqvnc.so", "plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "lib/libQt6Quick.so.6", "plugins/imageformats/libqpdf.so",
    ):  # fmt: skip
        assert not keep(qt + name), name
    assert not keep("libQt6EglFSDeviceIntegration.so.6")
    assert not keep(r"PySide6\Qt6Qml.dll")


def test_the_spec_reads_everything_from_the_plan() -> None:
    spec = (ROOT / "packaging" / "firstloan.spec").read_text(encoding="utf-8")
    for needed in (
        "plan.data_files()",
        "plan.migration_hidden_imports()",
        "plan.excluded_modules()",
        "plan.prune(",
    ):
        assert needed in spec
    assert re.search(r'collect_data_files\("pypinyin"', spec)


def test_windows_version_numbers(plan: ModuleType) -> None:
    assert plan.numeric_version("0.1.0") == (0, 1, 0, 0)
    assert plan.numeric_version("1.2") == (1, 2, 0, 0)
    assert plan.numeric_version("0.2.0rc1") == (0, 2, 0, 0)
    assert plan.numeric_version("2.0.1+local7") == (2, 0, 1, 0)


def test_the_gtk_theme_plugin_is_left_out(plan: ModuleType) -> None:
    # It would load the system's GTK against the bundled glib and cairo.
    assert not plan.keep_entry("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert plan.keep_entry("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so")
