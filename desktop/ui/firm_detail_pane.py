"""The firm screen's detail pane: it lives in desktop/ui/firm/ (one module per concept); this name stays for
the screens that import it."""

from __future__ import annotations

from desktop.ui.firm.pane import FirmDetailPane

__all__ = ["FirmDetailPane"]
