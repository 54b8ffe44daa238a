"""The printed gap report: real PDFs read back with poppler (pdftotext, pdffonts) and checked for what a reader
of the printout would notice: headings, numbers in words, text size, page fill, one language."""

import re
import shutil
import subprocess
from datetime import date

import pytest

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

CJK = re.compile(r"[\u3400-\u9fff]+")


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_pages(path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def pdf_words(path) -> list[list[tuple[float, float, float, float, str]]]:
    """Per page: (xMin, yMin, xMax, yMax, text) of every word, in points from the top left."""
    out = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        pages.append([(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page)])
    return pages


@pytest.fixture(scope="module")
def points_per_height(tmp_path_factory):
    """How pdftotext's word height relates to the font size, measured on a line written at exactly 10 pt with
    the report's font (the ratio is the font's ascent + descent)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainter, QPdfWriter
    from PySide6.QtWidgets import QApplication

    from gui.fonts import report_font

    QApplication.instance() or QApplication([])
    path = tmp_path_factory.mktemp("calibration") / "ten.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    painter = QPainter(writer)
    painter.setFont(report_font(10))
    painter.drawText(QPointF(100, 200), "深圳 Ref 2026")
    painter.end()
    heights = [b[3] - b[1] for b in pdf_words(path)[0]]
    return 10 / max(heights)


@pytest.fixture
def report_pdf(qapp, small_db, tmp_path):
    from gui.report.render import make_report

    def make(lang="zh", **kw):
        path = tmp_path / f"report-{lang}.pdf"
        pages = make_report(small_db, str(path), lang=lang, today=date(2026, 6, 30), **kw)
        return path, pages

    return make


def _names(db) -> set[str]:
    """Every name and title of the data: the only text that may stay in the other language."""
    values = set()
    for table, columns in {"firms": ("name_zh", "short_name", "name_en", "district", "city"),
                           "components": ("name_zh", "name_en"), "layers": ("name_zh", "name_en"),
                           "centres": ("name_zh", "name_en"), "plans": ("code", "title_zh", "title_en"),
                           "targets": ("code", "name_zh", "name_en"), "sources": ("title", "publisher", "url"),
                           "meta": ("value",)}.items():
        for col in columns:
            values |= {r[0] for r in small_db_rows(db, table, col) if r[0]}
    return values


def small_db_rows(db, table, col):
    return db.execute(f"SELECT {col} FROM {table}").fetchall()


def test_chinese_report_reads_as_a_finished_document(report_pdf, small_db, points_per_height):
    path, pages = report_pdf("zh")
    text = pdf_text(path)
    assert pdf_pages(path) == pages == 3  # no forced breaks: the small map fits on three pages
    for heading in ("深圳市具身智能机器人产业链缺口报告", "一、总体情况", "二、各规划目标进展", "三、图表",
                    "四、分层产业链短板", "五、分层企业与创新载体", "六、资料来源"):
        assert heading in text, heading
    compact = "".join(text.split())  # pdftotext drops the thin spaces between Chinese and digits
    assert "范围1项规划，共3项目标；机器脑、机器肢、机器体，共4个部件；数据截至2026-06-30" in compact  # scope filled
    # The summary is computed from the numbers (every status that occurs, in the vocabulary's words), and
    # numbers carry their units; the component nobody has surveyed is not counted as lacking a supplier.
    assert "截至2026-06-30，本报告所列3项目标按状态统计：进度正常1项，无数据2项。" in compact
    assert ("产业链4个部件中，有本地供应商的3个；尚未摸排1个，已摸排但无本地供应商0个，2个仅依赖单一本地供应商；"
            "待核实的供应记录0条。") in compact
    assert "缺口排序第一位：行星滚柱丝杠（单一来源，机器肢）" in compact
    # E5: 400 more from 2026-06-30 to 2027-12-31 (549 days) is 266 a year, in the table; the chart says the status.
    assert "800家" in compact and "每年266家" in compact and "进度正常·800家" in compact
    assert "产业集群相关企业" in text and "进度正常" in text and "无数据" in text
    assert "深圳新闻网 回望2024" in text
    assert f"第1页/共{pages}页" in compact and f"第{pages}页/共{pages}页" in compact
    assert "行星滚柱丝杠" in text and "单一来源" in text
    assert "?" not in text and "？" not in text  # nothing unknown printed as a question mark
    assert not any(0x2E80 <= ord(ch) <= 0x2FDF for ch in text)  # no Kangxi radical code points
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert all(" yes " in line for line in fonts.splitlines()[2:])  # every font embedded
    # Every text prints at 7 pt or more: chart labels, matrix counts and legends are text, not a picture.
    words = [w for page in pdf_words(path) for w in page]
    smallest = min((w[3] - w[1]) * points_per_height for w in words)
    assert smallest >= 6.9, smallest
    matrix_counts = [w for w in words if w[4] == "2" and (w[3] - w[1]) * points_per_height < 8]
    assert matrix_counts  # the reducer's two local suppliers, printed as text in the matrix


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_page_is_half_empty_or_starts_with_a_blank_band(report_pdf, lang, points_per_height):
    from gui.report.document import FOOTER_MM, HEADER_MM, MARGINS_MM

    path, _pages = report_pdf(lang, layer_keys=["brain", "limbs", "body"])
    words = [w for page in pdf_words(path) for w in page]
    assert min((w[3] - w[1]) * points_per_height for w in words) >= 6.9  # every text at 7 pt or more
    pages = pdf_words(path)
    height = 842.0
    body_top = (MARGINS_MM.top() + HEADER_MM) * 72 / 25.4
    body_bottom = height - (MARGINS_MM.bottom() + FOOTER_MM) * 72 / 25.4
    for n, words in enumerate(pages, start=1):
        body = [w for w in words if body_top <= w[1] and w[3] <= body_bottom]
        assert min(w[1] for w in body) < body_top + 0.1 * (body_bottom - body_top), f"page {n} starts with a gap"
        if n < len(pages):  # the last page may end where the report ends
            assert max(w[3] for w in body) > body_top + 0.5 * (body_bottom - body_top), f"page {n} is half empty"


def test_english_report_speaks_english_with_plurals_and_units(report_pdf, small_db):
    path, _pages = report_pdf("en")
    text = pdf_text(path)
    for heading in ("Shenzhen Embodied-Robot Industry Chain Gap Report", "1. Summary", "2. Targets by plan",
                    "3. Charts", "6. Sources"):
        assert heading in text
    flat = " ".join(text.split())
    assert "As of 2026-06-30, the 3 targets in this report by status: On track 1, No data 2." in flat
    assert ("Of the 4 components of the chain, 3 have a local supplier; 1 is not yet surveyed, 0 were surveyed and "
            "have no local supplier and 2 rely on a single local supplier; 0 supplier facts are still to be "
            "checked.") in flat
    assert "1 plan with 3 targets; 4 components in the layers Machine brain, Machine limbs, Machine body" in flat
    assert "800 firms" in flat and "266 firms/yr" in flat and "> 1,200 firms" in flat
    assert "On track" in text and "Page 1 of" in text and "UBTech" in text
    assert "stage not recorded" not in text  # every supplier of the small map has its stage
    # Chinese only inside names the data has no English for (乐聚, source titles …), never in our own words.
    names = _names(small_db)
    stray = [run for run in CJK.findall(text) if not any(run in name for name in names)]
    assert stray == []


def test_chinese_report_has_no_english_words_of_its_own(report_pdf, small_db):
    path, _pages = report_pdf("zh")
    names = _names(small_db) | {"PDF"}
    latin = re.findall(r"[A-Za-z][A-Za-z]+", pdf_text(path))
    assert [word for word in latin if not any(word in name for name in names)] == []


def test_report_scope_by_plan_and_layer(report_pdf):
    path, _ = report_pdf("zh", plan_codes=["EMB2027"], layer_keys=["limbs"])
    text = pdf_text(path)
    assert "机器肢" in text and "共2个部件" in "".join(text.split())
    assert "深度相机" not in text.split("四、分层产业链短板")[1]  # a body component is out of scope


def test_a_failed_export_leaves_the_old_file_and_no_leftovers(report_pdf, tmp_path, monkeypatch):
    from gui.report import document

    path, _pages = report_pdf("zh")
    before = path.read_bytes()

    def broken(*_args, **_kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(document, "paint_document", broken)
    with pytest.raises(OSError):
        report_pdf("zh")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_gui_export_pdf_runs_in_background(qtbot, hub, tmp_path):
    from gui.main_window import MainWindow
    from gui.report.dialog import export_pdf

    window = MainWindow(hub)
    qtbot.add_widget(window)
    done = []
    path = tmp_path / "from-gui.pdf"
    export_pdf(window, hub, str(path), options=("zh", ["EMB2027"], ["brain", "limbs", "body"]),
               on_done=lambda p, n: done.append(n))
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert done[0] == pdf_pages(path)
    assert "深圳市具身智能机器人产业链缺口报告" in pdf_text(path)
    assert str(path) in window.statusBar().currentMessage()


def test_default_pdf_name_follows_the_ui_language(qapp, tmp_path):
    from gui import i18n, settings
    from gui.report.dialog import default_pdf_path

    settings.write("report/folder", str(tmp_path))
    assert default_pdf_path().startswith(str(tmp_path / "gap-report-"))
    i18n.install(qapp, "zh_CN")
    try:
        assert default_pdf_path() == str(tmp_path / f"产业链缺口报告-{date.today().isoformat()}.pdf")
    finally:
        i18n.install(qapp, "en")


def test_print_preview_and_pdf_share_one_render(qtbot, qapp, small_db, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from core.analysis.report_content import build_report
    from gui.report.render import build_document, paint_document, prepare, setup_device

    prepared = prepare(build_report(small_db, today=date(2026, 6, 30)), "en")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    setup_device(printer)
    pages = paint_document(printer, build_document(prepared.body, prepared.charts), prepared.title,
                           prepared.page_words)
    assert pages == pdf_pages(tmp_path / "printed.pdf")
    text = pdf_text(tmp_path / "printed.pdf")
    assert "2. Targets by plan" in text and "Local suppliers" in text  # the matrix drawn on the printer too


def test_report_command_line(map_file, tmp_path, capsys):
    import main

    out = tmp_path / "cli.pdf"
    assert main.main(["report", str(out), "--db", str(map_file), "--lang", "en", "--layer", "limbs"]) == 0
    assert "pages" in capsys.readouterr().out
    assert "Gap Report" in pdf_text(out)
    assert main.main(["report", str(tmp_path / "x.pdf"), "--db", str(map_file), "--plan", "NOPE"]) == 1
    assert "unknown plan code NOPE" in capsys.readouterr().err
    assert main.main(["report", str(tmp_path / "missing" / "x.pdf"), "--db", str(map_file)]) == 1
    err = capsys.readouterr().err
    assert "cannot write the report" in err and err.count("\n") == 1


def test_print_preview_from_the_menu_paints_the_report(qtbot, hub, tmp_path, monkeypatch):
    """File → Print preview: the report is prepared in the background, then painted onto the preview's
    printer (here a PDF printer, so the pages can be read back)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from gui.report.dialog import print_preview

    out = tmp_path / "preview.pdf"
    shown = []

    def exec_(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        dialog.paintRequested.emit(printer)
        shown.append(dialog.windowTitle())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    print_preview(None, hub, options=("en", ["EMB2027"], ["limbs"]))
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert shown == ["Shenzhen Embodied-Robot Industry Chain Gap Report"]
    text = pdf_text(out)
    assert "1. Summary" in text and "Machine limbs" in text and "Machine body" not in text


def test_the_report_prints_what_the_gap_analysis_knows(qapp, tmp_path):
    """On the map of test_views_figures (P1: three sources disagree on a baseline from before the period, 18
    months old; 灵巧手 surveyed without a local supplier; VLA大模型 nobody has surveyed; one fact to check)."""
    from core.dataset import load_dataset
    from db.connection import open_memory
    from gui.report.render import make_report
    from tests.test_views_figures import figures_dataset

    db = open_memory()
    load_dataset(db, figures_dataset())
    path = tmp_path / "figures.pdf"
    make_report(db, str(path), lang="zh", today=date(2026, 6, 30))
    text = "".join(pdf_text(path).split())
    # Every status counted (baseline only included), the marks, and the chain's counts kept apart.
    assert "截至2026-06-30，本报告所列5项目标按状态统计：进度正常2项，仅有基期数据1项，无数据2项。" in text
    assert "其中来源不一致1项，数据过时1项（最新数据早于12个月前）。" in text
    assert ("产业链5个部件中，有本地供应商的3个；尚未摸排1个，已摸排但无本地供应商1个，2个仅依赖单一本地供应商；"
            "待核实的供应记录1条。") in text
    # The ranked gaps, first to last, instead of a list of names.
    assert "缺口排序第一位：灵巧手（无本地供应商，机器肢）" in text
    assert "1灵巧手机器肢无本地供应商高" in text and "4VLA大模型机器脑尚未摸排" in text
    # P1: the range and every source's value with its footnote, the rule, the age, both paces.
    sources = dict(re.findall(r"\[(\d+)\]([^，\[]+?)，", text.split("六、资料来源")[1]))
    mark = {title: n for n, title in sources.items()}
    s1, s3, s4 = mark["深圳新闻网回望2024"], mark["香港商報回望2024"], mark["大公報數讀深圳AI"]
    assert f"2,200余家（2,200–2,800家）[{','.join(sorted([s1, s3, s4]))}]2024-12-31" in text
    assert f"P1各来源数值：2,200余家[{s1}]、超2,200家[{s3}]、超2,800家[{s4}]；取值规则：取最保守值" in text
    assert "每年1,588家按最新数据每年需：400家◇仅有基期数据⇆来源不一致△数据过时（18个月）" in text
    assert "只有计划期之前的基期数据（2024-12-31：2,200家），自2025-01-01起尚无观测值" in text
    # P5, a per-year target, year by year.
    assert "2025年：120个✓、2026年：截至03-3130个，按此进度全年122个进度正常" in text
    # Not yet surveyed apart from no local supplier, in rank order with each one's place.
    assert "尚未摸排（无供应商记录、尚无人摸排：情况未知，不等于没有）：VLA大模型（4）" in text
    assert "奥比中光（量产、待核实）" in text  # the supplier fact still to be checked
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert all(line.startswith("ChainMapperSansSC") for line in fonts.splitlines()[2:])  # marks from our own font
