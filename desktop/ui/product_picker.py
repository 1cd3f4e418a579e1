"""A combo box of the catalogue's live products for the credit and loan forms (issue 23): "（不选）" first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from desktop.services.products import list_products
from desktop.services.workspace import Workspace


def product_combo(ws: Workspace, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(QCoreApplication.translate("product_picker", "（不选）"), None)
    for product in list_products(ws):
        combo.addItem(product.name, product.id)
    return combo


def picked(combo: QComboBox) -> int | None:
    value = combo.currentData()
    return int(value) if value is not None else None


def select_product(combo: QComboBox, product_id: int | None, label: str | None) -> None:
    """Show the product a record names; one no longer in the catalogue (voided) is added so that
    correcting the record keeps it rather than clearing it."""
    if product_id is None:
        return
    index = combo.findData(product_id)
    if index < 0:
        combo.addItem(label or f"#{product_id}", product_id)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
