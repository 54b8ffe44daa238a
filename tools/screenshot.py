"""Open the app on a database, go to a page, and save a PNG of the window (for looking at it as a user).

    xvfb-run -a python tools/screenshot.py OUT.png [--db PATH] [--page firms] [--lang zh_CN] [--select 2]
                                                   [--size 1280x800] [--tab outline]

--tab picks a tab of the page by the start of its label or its number: the chain map's outline
(--page chain --tab 1), the overview's table (--tab 1) or its ranked gaps (--tab gaps).

Without an X server, QT_QPA_PLATFORM=offscreen draws the same picture. SHOT_DELAY_MS (default 1500) is how
long the background analysis may take before the picture is taken.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--db")
    parser.add_argument("--page", default="firms")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--select", type=int, default=None, help="row to select (0-based)")
    parser.add_argument("--size", default="1280x800", help="window size, e.g. 1280x800 (an office PC) or 1600x1000")
    parser.add_argument("--tab", default=None, help="a tab of the page: its number, or 'gaps' (the overview's ranked gaps)")
    args = parser.parse_args()

    from PySide6.QtCore import QTimer

    from gui import i18n, settings
    from gui.app import AppController, make_app

    app = make_app()
    settings.write("language", args.lang)
    i18n.install(app, args.lang)
    controller = AppController(app)
    if not controller.open(args.db):
        return 2
    window = controller.window
    w, h = (int(v) for v in args.size.split("x"))
    window.resize(w, h)
    window.show_page(args.page)
    page = window.table_pages.get(args.page)
    if page is not None and args.select is not None:
        index = page.model.index(args.select, 0)
        page.view.setCurrentIndex(index)

    def pick_tab():
        from PySide6.QtWidgets import QTabWidget

        if args.tab is None:
            return
        current = window.stack.currentWidget()
        if args.tab == "gaps":
            window.pages["overview"].right.setCurrentIndex(1)
            return
        tabs = current if isinstance(current, QTabWidget) else current.findChild(QTabWidget)
        if tabs is not None:
            tabs.setCurrentIndex(int(args.tab))

    def shoot():
        window.grab().save(args.out)
        app.quit()

    QTimer.singleShot(200, pick_tab)

    QTimer.singleShot(int(os.environ.get("SHOT_DELAY_MS", "1500")), shoot)
    app.exec()
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
