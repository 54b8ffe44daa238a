"""The printed gap report: real PDFs checked with poppler's pdftotext and pdffonts."""

import shutil
import subprocess
from datetime import date

import pytest

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_pages(path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


@pytest.fixture
def report_pdf(qapp, small_db, tmp_path):
    from gui.report.render import make_report

    def make(lang="zh", **kw):
        path = tmp_path / f"report-{lang}.pdf"
        pages = make_report(small_db, str(path), lang=lang, today=date(2026, 6, 30), **kw)
        return path, pages

    return make


def test_chinese_report_text_fonts_and_pages(report_pdf):
    path, pages = report_pdf("zh")
    text = pdf_text(path)
    assert pdf_pages(path) == pages >= 4
    for heading in ("深圳市具身智能机器人产业链缺口报告", "一、总体情况", "二、各规划目标进展", "三、图表",
                    "四、分层产业链短板", "五、分层企业与创新载体", "六、资料来源"):
        assert heading in text, heading
    assert "产业集群相关企业" in text and "进度正常" in text and "无数据" in text  # target names, statuses
    assert "深圳新闻网 回望2024" in text  # a source title
    compact = "".join(text.split())  # pdftotext drops the thin spaces between Chinese and digits
    assert f"第1页/共{pages}页" in compact and f"第{pages}页/共{pages}页" in compact
    assert "行星滚柱丝杠" in text and "单一来源" in text  # a flagged component and its flag
    # The summary paragraph is computed from the numbers, not canned.
    assert "本报告所列3项目标中，已达成0项，进度正常1项" in compact
    assert not any(0x2E80 <= ord(ch) <= 0x2FDF for ch in text)  # no Kangxi radical code points
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    line = next(li for li in fonts.splitlines() if "ChainMapperSansSC" in li)
    assert " yes " in line  # embedded


def test_english_report(report_pdf):
    path, _pages = report_pdf("en")
    text = pdf_text(path)
    for heading in ("Shenzhen Embodied-Robot Industry Chain Gap Report", "1. Summary", "2. Targets by plan",
                    "6. Sources"):
        assert heading in text
    assert "On track" in text and "Page 1 of" in text
    assert "UBTech" in text  # English names where the data has them


def test_report_scope_by_plan_and_layer(report_pdf):
    path, _ = report_pdf("zh", plan_codes=["EMB2027"], layer_keys=["limbs"])
    text = pdf_text(path)
    assert "机器肢" in text
    assert "深度相机" not in text.split("四、分层产业链短板")[1]  # a body component is out of scope


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
    assert "已保存" in window.statusBar().currentMessage() or "saved" in window.statusBar().currentMessage()


def test_print_preview_and_pdf_share_one_render(qtbot, qapp, small_db, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from core.analysis.report_content import build_report
    from gui.report.render import Words, build_document, paint_document, report_html, setup_device

    content = build_report(small_db, today=date(2026, 6, 30))
    words = Words("en")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    setup_device(printer)
    pages = paint_document(printer, build_document(report_html(content, words, has_charts=False), None),
                           "title", "Page {n} of {m}")
    assert pages == pdf_pages(tmp_path / "printed.pdf")
    assert "2. Targets by plan" in pdf_text(tmp_path / "printed.pdf")


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
