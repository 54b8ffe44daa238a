"""A stand-in for a page that is expensive to build (the chart pages): the window paints first."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Stands in for a page that is expensive to build (charts): says "Loading…" and builds the real page
    once it has been painted (``build_after_paint``) or when first needed."""

    def __init__(self, factory, parent=None, *, build_after_paint: bool = False):
        super().__init__(parent)
        self._factory = factory
        self._after_paint = build_after_paint
        self.page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QLabel(self.tr("Loading…"), self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self._placeholder)

    def build(self) -> QWidget:
        if self.page is None:
            self.page = self._factory(self)
            self._placeholder.hide()
            self._layout.addWidget(self.page)
            if self.isVisible():
                self.page.show()  # now, not queued: the page starts its work before anyone asks about it
        return self.page

    def paintEvent(self, event):  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.page is None and self._after_paint:
            self._after_paint = False
            QTimer.singleShot(0, self.build)

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.page is None and not self._after_paint:
            QTimer.singleShot(0, self.build)

    def __getattr__(self, name: str):
        # Anything else asked of the page (its charts, is_busy …) is the real page's: it is built for it.
        if name.startswith("_") or name in ("page", "build"):
            raise AttributeError(name)
        return getattr(self.build(), name)

    def summary(self) -> str:
        return self.page.summary() if self.page is not None and hasattr(self.page, "summary") else ""

    def shutdown(self) -> None:
        for widget in [self.page, *(self.page.findChildren(QWidget) if self.page is not None else [])]:
            if widget is not None and hasattr(widget, "shutdown"):
                widget.shutdown()
