"""The Help menu's windows: the user guide (shipped with the app, in the UI's language), the keyboard
shortcuts and About."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from assets import ASSETS_DIR
from core import detail
from gui import i18n, messages


def guide_path():
    """The user guide in the UI's language (docs/user-guide.*.md, packaged under assets/guide/)."""
    return ASSETS_DIR / "guide" / ("user-guide.zh.md" if i18n.is_chinese() else "user-guide.en.md")


class TextWindow(QDialog):
    """A resizable window showing Markdown or HTML, with a Close button."""

    def __init__(self, parent, title: str, *, markdown: str | None = None, html_text: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        if markdown is not None:
            self.browser.setMarkdown(markdown)
        else:
            self.browser.setHtml(html_text or "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 640)


def show_guide(parent) -> TextWindow:
    path = guide_path()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        messages.error(parent, QCoreApplication.translate("help", "Cannot open the user guide"),
                       f"{path}\n\n{exc.strerror or exc}")
        return None
    window = TextWindow(parent, QCoreApplication.translate("help", "User guide"), markdown=text)
    window.show()
    return window


def shortcuts_html() -> str:
    rows = (
        ("F2", QCoreApplication.translate("help", "Edit the cell (typing starts editing too)")),
        ("Enter / Shift+Enter", QCoreApplication.translate("help", "Save and move down / up")),
        ("Tab / Shift+Tab", QCoreApplication.translate("help", "Save and move right / left")),
        ("Alt+Enter", QCoreApplication.translate("help", "A line break inside a notes cell")),
        ("Esc", QCoreApplication.translate("help", "Cancel the edit")),
        ("Ctrl+C / Ctrl+V / Ctrl+X", QCoreApplication.translate("help", "Copy, paste, cut ranges (to and from Excel or WPS)")),
        ("Ctrl+D", QCoreApplication.translate("help", "Fill down")),
        ("Delete", QCoreApplication.translate("help", "Clear the selected cells")),
        ("Ctrl+Z / Ctrl+Y, Ctrl+Shift+Z", QCoreApplication.translate("help", "Undo / redo")),
        ("Ctrl+Shift+N", QCoreApplication.translate("help", "New entry (saved once its required values are filled in)")),
        ("Ctrl+F", QCoreApplication.translate("help", "Search the table")),
        ("Ctrl+I / Ctrl+E", QCoreApplication.translate("help", "Import a workbook or list / export to Excel")),
        ("Ctrl+P", QCoreApplication.translate("help", "Print the gap report")),
        ("F1", QCoreApplication.translate("help", "User guide")),
    )
    body = "".join(f"<tr><td style='padding:2px 12px 2px 0'><b>{html.escape(k)}</b></td>"
                   f"<td>{html.escape(v)}</td></tr>" for k, v in rows)
    return f"<table>{body}</table>"


def show_shortcuts(parent) -> TextWindow:
    window = TextWindow(parent, QCoreApplication.translate("help", "Keyboard shortcuts"), html_text=shortcuts_html())
    window.resize(560, 460)
    window.show()
    return window


def open_folder(parent, path) -> None:
    """Show a folder (the data folder: backups and the log file) in the system's file manager."""
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        messages.info(parent, QCoreApplication.translate("help", "Data folder"), str(path))


def show_about(parent, db) -> None:
    sources = detail.sources(db, 30)
    items = "".join(
        f"<li>{html.escape('[' + s['ref'] + '] ' if s.get('ref') else '')}{html.escape(s['title'] or '')} — "
        f"{html.escape(s.get('publisher') or '')} {html.escape(s.get('date') or '')}</li>" for s in sources)
    text = QCoreApplication.translate(
        "help", "<p><b>Chain Mapper</b> keeps a living map of Shenzhen's embodied-robot industry chain and its "
                "gaps against the 2026/2027 targets.</p><p>Data sources:</p>")
    messages.info(parent, QCoreApplication.translate("help", "About Chain Mapper"), text + f"<ul>{items}</ul>")
