"""One language at a time on the overview, the chain map (picture and outline) and the report options: every
text a user can see or point at is in the UI's language; only names the data holds stay as written."""

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QWidget,
)

CJK = re.compile(r"[\u3400-\u9fff]+")
LATIN = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def ui_language(qapp):
    from gui import i18n

    def install(language):
        i18n.install(qapp, language)

    yield install
    i18n.install(qapp, "en")


def data_words(db) -> list[str]:
    """Every name, title, code and source reference of the data: text that may stay as written."""
    columns = {"firms": ("name_zh", "short_name", "name_en", "district"), "components": ("name_zh", "name_en"),
               "layers": ("name_zh", "name_en"), "centres": ("name_zh", "name_en"),
               "plans": ("code", "title_zh", "title_en"), "targets": ("code", "name_zh", "name_en"),
               "sources": ("ref", "title", "publisher")}
    return [r[0] for table, cols in columns.items() for col in cols
            for r in db.execute(f"SELECT {col} FROM {table}") if r[0]]


def widget_texts(root: QWidget) -> list[str]:
    out = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        out.append(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QTextBrowser):
            out.append(w.toPlainText())
        elif isinstance(w, QTreeWidget):
            header = w.headerItem()
            out += [header.text(i) for i in range(header.columnCount())]
            stack = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
            while stack:
                item = stack.pop()
                out += [item.text(i) for i in range(w.columnCount())] + [item.toolTip(0)]
                stack += [item.child(i) for i in range(item.childCount())]
    return [re.sub(r"<[^>]+>", " ", t) for t in out if t]


def overview_texts(page) -> list[str]:
    from core.analysis.chart_data import MEASURES

    out = widget_texts(page)
    progress, matrix = page.progress.drawing, page.matrix.drawing
    for drawing in (progress, matrix):
        out += [text for _at, text, _look, _w in drawing.legend.places]
    out += [" ".join(h) for h in matrix.heads] + [matrix.description(m) for m in MEASURES]
    out += [progress.words("% of target", "Charts")]
    for row in page.progress.rows:
        out.append(progress.label_text(row)[1])
        if not isinstance(row, str):
            out += [progress.value_text(row), page.progress.tooltip_for(row)]
    for row in page.matrix.rows:
        out.append(matrix.name_text(row)[1])
        if not isinstance(row, str):
            out += [page.matrix.tooltip_for(row, m) for m in (*MEASURES, None)]
    out += page.ranked.texts()
    plot = page.trajectory.getPlotItem()
    out.append(plot.titleLabel.text)
    out += [label.text for _sample, label in page.trajectory.legend.items]
    return out


def chain_map_texts(page) -> list[str]:
    out = widget_texts(page)
    for item in page.view.scene().items():
        out.append(item.toolTip())
        if isinstance(item, QGraphicsSimpleTextItem):
            out.append(item.text())
        out += list(getattr(item, "lines", [])) + [getattr(item, "note", None) or "", getattr(item, "badge", None) or ""]
    return out


def foreign(texts: list[str], names: list[str], pattern: re.Pattern) -> list[str]:
    """Runs of the other language's script that are not part of a data name."""
    return sorted({run for text in texts for run in pattern.findall(text) if not any(run in n for n in names)})


def _pages(hub, qtbot):
    from gui.chain_map.outline import ChainPage
    from gui.chain_map.view import ChainMapPage
    from gui.overview.page import OverviewPage
    from gui.report.dialog import ReportOptions

    overview, chain_map, outline = OverviewPage(hub), ChainMapPage(hub), ChainPage(hub)
    for page in (overview, chain_map, outline):
        qtbot.add_widget(page)
        page.resize(1280, 760)
        page.show()
        qtbot.waitUntil(lambda p=page: not p.is_busy(), timeout=10000)
    dialog = ReportOptions(hub)
    qtbot.add_widget(dialog)
    return overview_texts(overview) + chain_map_texts(chain_map) + widget_texts(outline) + widget_texts(dialog)


def test_chinese_ui_has_no_english_of_its_own(hub, qtbot, ui_language):
    ui_language("zh_CN")
    texts = _pages(hub, qtbot)
    assert any("本地供应商" in t for t in texts) and any("已达成" in t or "进度正常" in t for t in texts)
    assert any("800家" in t for t in texts)  # units as planners write them
    assert foreign(texts, data_words(hub.db) + ["English"], LATIN) == []  # "English": the language choice


def test_english_ui_has_no_chinese_of_its_own(hub, qtbot, ui_language):
    ui_language("en")
    texts = _pages(hub, qtbot)
    assert any("800 firms" in t for t in texts) and any("Machine limbs" in t for t in texts)
    assert foreign(texts, data_words(hub.db) + ["中文"], CJK) == []  # "中文": the language choice
