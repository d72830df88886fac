"""The HTML report, opened in headless Chromium: the rendered tables and SVG bars are measured in the page.

The test copies the page and adds a script that measures the rendered
layout into the DOM; Chromium's ``--dump-dom`` returns it. The page itself
has no script and no external asset.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

MEASURE = """
<script>
addEventListener("load", () => {
  const sections = [...document.querySelectorAll("section.document")].map((section) => {
    const box = (element) => element.getBoundingClientRect();
    const axis = section.querySelector("svg.chart line");
    return {
      file: section.dataset.file,
      document: section.dataset.document || null,
      visible: box(section).height > 0,
      keyFigures: [...section.querySelectorAll("table.key-figures tr")].map((row) => [...row.cells].map((cell) => cell.innerText)),
      findings: [...section.querySelectorAll("tr.finding")].map((row) => ({
        severity: row.cells[0].innerText, code: row.cells[1].innerText.split(" ")[0],
        line: row.cells[2].innerText === "–" ? null : Number(row.cells[2].innerText),
        colour: getComputedStyle(row.cells[0]).color,
      })),
      zero: axis ? box(axis).top : null,
      bars: [...section.querySelectorAll("svg.chart rect.bar")].map((bar) => ({
        series: bar.dataset.series, year: Number(bar.dataset.year), amount: Number(bar.dataset.amount),
        width: box(bar).width, height: box(bar).height, top: box(bar).top, bottom: box(bar).bottom,
      })),
    };
  });
  const out = document.createElement("pre");
  out.id = "measured";
  out.textContent = JSON.stringify({ sections, scripts: document.scripts.length, links: document.querySelectorAll("link, img, [src]").length });
  document.body.append(out);
});
</script>
"""


def _browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


BROWSER = _browser()
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium: .ci/run installs Debian's chromium; it could not be installed here")


def _render(page: Path, tmp_path: Path) -> dict[str, object]:
    measured = tmp_path / "measured.html"
    measured.write_text(page.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    assert BROWSER is not None
    result = subprocess.run(
        [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,900",
         "--virtual-time-budget=5000", f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", measured.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )
    match = re.search(r'<pre id="measured">(.*?)</pre>', result.stdout, re.S)
    assert match, result.stderr[-2000:]
    import html

    data: dict[str, object] = json.loads(html.unescape(match.group(1)))
    return data


def test_the_report_renders_a_table_and_a_chart_per_document(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    result = subprocess.run(
        [sys.executable, "-m", "proplint", "report", "examples", "--html", str(page), "--isolated"],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "<script" not in page.read_text(encoding="utf-8") and "http" not in page.read_text(encoding="utf-8").split("<svg")[0]
    rendered = _render(page, tmp_path)
    report = json.loads(
        subprocess.run([sys.executable, "-m", "proplint", "check", "examples", "--format", "json", "--isolated"],
                       capture_output=True, text=True, cwd=ROOT, check=False).stdout
    )
    # One section per document: a Word or Markdown collection has one per proposal.
    by_document = {(section["file"], section["document"]): section for section in rendered["sections"]}  # type: ignore[union-attr]
    assert len({file for file, _ in by_document}) == report["summary"]["files"]
    assert {document for file, document in by_document if file == "examples/samling-SOF-B2027.docx"} == {"SU01", "SU02", "SU3"}
    sections = {file: section for (file, document), section in by_document.items() if document is None}
    assert rendered["links"] == 0  # self-contained: nothing loaded from elsewhere
    assert all(section["visible"] for section in sections.values())

    expected: dict[tuple[str, str | None], list[tuple[str, int | None]]] = {}
    for finding in report["findings"]:
        expected.setdefault((finding["file"], finding.get("document")), []).append((finding["code"], finding["line"]))
    for key, section in by_document.items():
        assert [(row["code"], row["line"]) for row in section["findings"]] == expected.get(key, []), key
    errors = [row for section in by_document.values() for row in section["findings"] if row["severity"] == "error"]
    assert errors and {row["colour"] for row in errors} == {"rgb(176, 0, 32)"}

    su09 = sections["examples/investment-SU09.yaml"]
    assert su09["keyFigures"] == [
        ["Permanent total at full phase-in (2029)", "-1550"],
        ["Implementation costs", "700"],
        ["Payback", "3 years"],
    ]
    assert sections["examples/case-status-SOU.yaml"]["keyFigures"] == [
        ["Cases", "3"], ["Yellow or red", "1"], ["Investment", "7.3"], ["Efficiency", "-2.7"],
    ]
    assert sections["examples/catalogue-B2027.yaml"]["keyFigures"] == [["Entries", "3"], ["Total (2029)", "-2130"]]
    bars = {(bar["series"], bar["year"]): bar for bar in su09["bars"]}
    assert set(bars) == {("permanent", 2027), ("permanent", 2028), ("permanent", 2029),
                         ("total impact", 2026), ("total impact", 2027), ("total impact", 2028), ("total impact", 2029)}
    for bar in bars.values():
        assert bar["width"] > 0 and bar["height"] > 0
        if bar["amount"] < 0:
            assert bar["top"] >= su09["zero"] - 1  # savings hang below the zero line
        elif bar["amount"] > 0:
            assert bar["bottom"] <= su09["zero"] + 1
    # Heights are proportional to the amounts.
    ratio = bars[("permanent", 2029)]["height"] / bars[("permanent", 2027)]["height"]
    assert ratio == pytest.approx(1550 / 650, rel=0.05)


def test_a_usage_error_writes_nothing(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "proplint", "report", "examples", "--html", str(tmp_path / "no" / "r.html")],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert result.returncode == 2 and "no such directory" in result.stderr
    assert not any(tmp_path.iterdir())


def test_the_page_speaks_danish_with_amounts_written_the_danish_way(tmp_path: Path) -> None:
    page = tmp_path / "oversigt.html"
    result = subprocess.run(
        [sys.executable, "-m", "proplint", "report", "examples", "--html", str(page), "--lang", "da", "--isolated"],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert result.returncode == 0, result.stderr
    rendered = _render(page, tmp_path)
    sections = {section["file"]: section for section in rendered["sections"]}  # type: ignore[union-attr]
    assert sections["examples/investment-SU09.yaml"]["keyFigures"] == [
        ["Varige ændringer ved fuld indfasning (2029)", "-1.550"],
        ["Implementeringsomkostninger", "700"],
        ["Tilbagebetalingstid", "3 år"],
    ]
    assert sections["examples/case-status-SOU.yaml"]["keyFigures"][2:] == [["Investering", "7,3"], ["Effektivisering", "-2,7"]]
    assert '<html lang="da">' in page.read_text(encoding="utf-8")
