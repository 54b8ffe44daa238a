"""Base for pages drawn from the whole-map analysis: recomputed when shown, never on every edit while hidden."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class AnalysisPage(QWidget):
    """Subclasses implement :meth:`build`; :meth:`refresh` runs it when the page is (or becomes) visible."""

    def __init__(self, hub, parent=None):
        super().__init__(parent)
        self.hub = hub
        self._stale = True
        hub.changed.connect(self._on_changed)

    def _on_changed(self, _tables) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event):  # noqa: N802 - Qt override
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        self.build()

    def build(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError
