"""The UI's own preferences (``ui.ini`` beside the database): window state, columns, saved views, filters,
the language, and the folder each kind of file dialog last used.

Every file dialog goes through ``save_path`` / ``open_path`` with a kind ("import", "export", "pdf", ...),
so each opens where the officer last saved or opened that kind of file, not in the home folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

UI_SETTINGS = "ui.ini"


def ui_settings(data_dir: Path) -> QSettings:
    """Window state and language, kept beside the database (so each data directory has its own)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(data_dir / UI_SETTINGS), QSettings.Format.IniFormat)


def remembered_folder(data_dir: Path, kind: str) -> Path:
    """The folder the last file dialog of this kind used (the home folder at first)."""
    value = ui_settings(data_dir).value(f"folders/{kind}")
    folder = Path(str(value)) if value else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember_folder(data_dir: Path, kind: str, chosen: Path) -> None:
    settings = ui_settings(data_dir)
    settings.setValue(f"folders/{kind}", str(chosen.parent))
    settings.sync()


def save_path(
    parent: QWidget | None,
    data_dir: Path,
    kind: str,
    title: str,
    default_name: str,
    file_filter: str,
    suffix: str,
) -> Path | None:
    """Ask where to save (starting in the kind's remembered folder); ``suffix`` is added when missing."""
    start = remembered_folder(data_dir, kind) / default_name
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    remember_folder(data_dir, kind, path)
    return path


def open_path(parent: QWidget | None, data_dir: Path, kind: str, title: str, file_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, title, str(remembered_folder(data_dir, kind)), file_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(data_dir, kind, path)
    return path
