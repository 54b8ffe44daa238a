"""One status vocabulary everywhere: the overview (tiles, legend, bar labels and tooltips), the chain map, the
printed report (read back with pdftotext) and `gaps` (JSON and the table) say the same status and flag words
for the same targets and components, in Chinese and in English. The map is the one of test_views_figures
(a baseline-only target with disagreeing sources, a per-year target, surveyed and unsurveyed components)."""

import json
import re
import shutil
import subprocess

import pytest

from gui.report.texts import STATUS_SYMBOLS

# The map and fixtures of test_views_figures (pytest finds fixtures imported into a test module).
from tests.test_views_figures import figures_file, figures_hub, on_the_day, overview, ui  # noqa: F401

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
AS_OF = "2026-06-30"
LANGUAGES = [("zh_CN", "zh"), ("en", "en")]


def gaps_json(path, capsys) -> dict:
    import main

    assert main.main(["gaps", "--db", str(path), "--format", "json", "--as-of", AS_OF]) == 0
    return json.loads(capsys.readouterr().out)


def gaps_table(path, capsys) -> str:
    import main

    assert main.main(["gaps", "--db", str(path), "--as-of", AS_OF]) == 0
    return capsys.readouterr().out


def report_lines(path, tmp_path, lang: str) -> list[str]:
    import main

    out = tmp_path / f"report-{lang}.pdf"
    assert main.main(["report", str(out), "--db", str(path), "--lang", lang, "--as-of", AS_OF]) == 0
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    return text.splitlines()


def statuses_in(text: str, words: dict[str, str]) -> set[str]:
    """The statuses whose word occurs in ``text`` (a longer word hides the shorter ones inside it)."""
    found = {s for s, word in words.items() if word in text}
    return {s for s in found if not any(words[s] in words[o] and s != o for o in found)}


@pytest.mark.parametrize(("ui_language", "lang"), LANGUAGES)
def test_every_view_says_the_same_status_and_flag_words(figures_hub, figures_file, qtbot, capsys, tmp_path,  # noqa: F811
                                                         on_the_day, ui, ui_language, lang):  # noqa: F811
    from core import vocabulary
    from gui.chain_map.view import ChainMapPage

    data = gaps_json(figures_file, capsys)
    status_of = {t["code"]: t["status"] for t in data["targets"]}
    word_of = {t["code"]: t[f"status_{lang}"] for t in data["targets"]}
    words = {s: vocabulary.status_label(s, lang) for s in vocabulary.STATUS_TERMS}
    assert word_of == {code: words[s] for code, s in status_of.items()}  # the CLI words are the vocabulary's
    assert status_of == {"E5": "on_track", "E1": "no_data", "Q1": "no_data", "P1": "baseline_only",
                         "P5": "on_track"}
    if lang == "zh":  # the command line's table is in Chinese
        table = gaps_table(figures_file, capsys).splitlines()
        for code in word_of:
            row = next(line for line in table if re.match(rf"\S+\s+{code}\s", line))
            assert statuses_in(row, words) == {status_of[code]}, row

    # The overview: each bar's label starts with its status, its tooltip says it; tiles and legend the same.
    ui(ui_language)
    page = overview(figures_hub, qtbot)
    for bar in page.progress.bars:
        label = page.progress.drawing.value_text(bar)
        assert statuses_in(label.split(" · ")[0], words) == {status_of[bar.code]}, label
        assert any(line.endswith(word_of[bar.code]) for line in page.progress.tooltip_for(bar).splitlines())
    tiles = {key: label.property("caption") for key, label in page.tiles.items()}
    assert {s: tiles[s] for s in set(status_of.values())} == {s: words[s] for s in set(status_of.values())}
    legend = {text for _at, text, look, _w in page.progress.drawing.legend.places if look in words}
    assert legend == {words[s] for s in status_of.values()}
    assert tiles["sources_disagree"].endswith(vocabulary.flag_label("sources_disagree", lang))
    assert tiles["not_surveyed"] == vocabulary.flag_label("not_surveyed", lang)

    # The chain map: each component's flags in its tooltip, as `gaps` words them.
    chain = ChainMapPage(figures_hub)
    qtbot.add_widget(chain)
    chain.resize(1280, 760)
    chain.show()
    qtbot.waitUntil(lambda: not chain.is_busy(), timeout=10000)
    from PySide6.QtCore import QCoreApplication

    prefix = QCoreApplication.translate("ChainMapView", "Flags: {flags}").split("{flags}")[0]
    sep = "、" if lang == "zh" else ", "
    for c in data["components"]:
        tip = chain.view.component_items[c["id"]].toolTip().splitlines()
        flags = [line[len(prefix):] for line in tip if line.startswith(prefix)]
        assert flags == ([sep.join(c[f"flags_{lang}"])] if c["flags"] else []), (c["name_zh"], tip)

    # The printed report: each target's row in its plan's table and its bar in the chart say its status.
    lines = report_lines(figures_file, tmp_path, lang)
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("二、" if lang == "zh" else "2. Targets"))
    charts = next(i for i, line in enumerate(lines) if line.strip().startswith("三、" if lang == "zh" else "3. Charts"))
    for code, status in status_of.items():
        row = next(line for line in lines[start:charts] if re.match(rf"\s*{code}\s", line))
        assert f"{STATUS_SYMBOLS[status]} {words[status].split()[0]}" in row, row
        bar = next(line for line in lines[charts:] if re.match(rf"\s*{code}\s", line))
        assert status in statuses_in(bar, words), bar
    summary = " ".join(lines[:start])
    counts = {s: n for s, n in data["status_counts"].items() if n}
    for status, n in counts.items():
        assert (f"{words[status]}{n}项" if lang == "zh" else f"{words[status]} {n}") in summary
    not_surveyed = vocabulary.flag_label("not_surveyed", lang)
    assert not_surveyed in " ".join(lines)
