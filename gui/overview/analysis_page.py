"""Base for pages drawn from the whole-map analysis.

The analysis reads the whole map (about 0.25 s for 100,000 firms, seconds for a million), so it runs in the
background on its own connection while a busy bar shows; it is redone only when the page is on screen, and a
newer request cancels an older one.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QWidget

from gui import worker


class AnalysisPage(QWidget):
    """Subclasses implement :meth:`compute` (worker thread, no Qt) and :meth:`build` (GUI thread)."""

    def __init__(self, hub, parent=None):
        super().__init__(parent)
        self.hub = hub
        self._stale = True
        self._changed_tables: set | None = None  # tables changed since the last build (None: anything)
        self._job = None
        self._generation = 0
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        hub.changed.connect(self._on_changed)

    def _on_changed(self, tables) -> None:
        self._stale = True
        self._changed_tables = None if tables is None or self._changed_tables is None else self._changed_tables | set(tables)
        if self.isVisible():
            self.refresh()

    def showEvent(self, event):  # noqa: N802 - Qt override
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def is_busy(self) -> bool:
        return self._job is not None

    def refresh(self) -> None:
        self._stale = False
        if self._job is not None:
            self._job.cancel()
        self._generation += 1
        generation = self._generation
        changed, self._changed_tables = self._changed_tables, set()
        self.busy.show()
        self._job = worker.start(
            self.hub, lambda db, _report: self.compute(db, changed),
            on_done=lambda data, g=generation: self._on_done(g, data),
            on_error=lambda text, g=generation: self._on_error(g, text),
        )

    def _on_done(self, generation: int, data) -> None:
        if generation != self._generation:
            return  # an outdated result
        self._job = None
        self.busy.hide()
        self.build(data)

    def _on_error(self, generation: int, text: str) -> None:
        if generation != self._generation:
            return
        self._job = None
        self.busy.hide()
        self.show_error(text)

    def show_error(self, text: str) -> None:
        from gui import messages

        messages.error(self, self.tr("Cannot compute the analysis"), text)

    def compute(self, db, changed: set | None):  # pragma: no cover - abstract
        """``changed``: the tables edited since the last build (None: unknown, recompute everything)."""
        raise NotImplementedError

    def build(self, data) -> None:  # pragma: no cover - abstract
        raise NotImplementedError
