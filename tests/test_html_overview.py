"""The HTML report a reviewer works from, measured in headless Chromium: overview, totals, links, charts, print.

As in ``test_html_report.py``, a copy of the page gets a script that writes
what the browser rendered into the DOM; the page itself has none.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import EXAMPLES, ROOT

MEASURE = """
<script>
addEventListener("load", () => {
  const box = (element) => element.getBoundingClientRect();
  const inside = (inner, outer) => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5
    && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
  const text = (element) => element.textContent.trim();
  const overview = [...document.querySelectorAll("#overview tbody tr")].map((row) => ({
    file: row.dataset.file, document: row.dataset.document || null, status: row.dataset.status, cells: [...row.cells].map(text),
    href: row.querySelector("a").getAttribute("href"),
  }));
  const totals = [...document.querySelectorAll("#totals tr")].map((row) => [...row.cells].map(text));
  const entries = [...document.querySelectorAll("table.catalogue-entries tbody tr")].map((row) => [...row.cells].map(text));
  const sections = [...document.querySelectorAll("section.document")].map((section) => ({
    id: section.id, file: section.dataset.file, document: section.dataset.document || null,
    findings: [...section.querySelectorAll("tr.finding")].map((row) => ({
      code: row.dataset.code, location: row.querySelector("a.location") ? text(row.querySelector("a.location")) : "",
      href: row.querySelector("a.location") ? row.querySelector("a.location").getAttribute("href") : "",
      severity: text(row.cells[0]),
    })),
    charts: [...section.querySelectorAll("svg.chart")].map((svg) => ({
      legend: [...svg.querySelectorAll(".legend-item")].map((item) => ({
        series: item.dataset.series, name: text(item), inside: inside(box(item), box(svg)),
      })),
      series: [...new Set([...svg.querySelectorAll("rect.bar")].map((bar) => bar.dataset.series))],
      bars: svg.querySelectorAll("rect.bar").length,
      values: [...svg.querySelectorAll("text.value")].map((label) => ({ text: text(label), inside: inside(box(label), box(svg)) })),
      ticks: [...svg.querySelectorAll("text.tick-label")].map((label) => ({ text: text(label), inside: inside(box(label), box(svg)) })),
      axis: svg.querySelectorAll("line.axis").length,
    })),
  }));
  const print = [];
  for (const sheet of document.styleSheets) for (const rule of sheet.cssRules) {
    if (rule.media && [...rule.media].includes("print")) for (const inner of rule.cssRules) {
      print.push({ selector: inner.selectorText || "@page", size: inner.style.getPropertyValue("size"),
                   breakInside: inner.style.getPropertyValue("break-inside") });
    }
  }
  const out = document.createElement("pre");
  out.id = "measured";
  out.textContent = JSON.stringify({ overview, totals, entries, sections, print, scripts: document.scripts.length - 1 });
  document.body.append(out);
});
</script>
"""

BROWSER = next((found for name in ("chromium", "chromium-browser", "google-chrome") if (found := shutil.which(name))), None)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium: .ci/run installs Debian's chromium")


def proplint(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "proplint", *args], capture_output=True, text=True, cwd=cwd, check=False)


def rendered(page: Path, tmp_path: Path) -> dict[str, Any]:
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

    data: dict[str, Any] = json.loads(html.unescape(match.group(1)))
    return data


def report_and_check(tmp_path: Path, *options: str, cwd: Path = ROOT, paths: tuple[str, ...] = ("examples",)) -> tuple[dict[str, Any], dict[str, Any]]:
    page = tmp_path / "page.html"
    written = proplint("report", *paths, "--html", str(page), *options, cwd=cwd)
    assert written.returncode == 0, written.stderr
    checked = json.loads(proplint("check", *paths, "--format", "json", *options, cwd=cwd).stdout)
    return rendered(page, tmp_path), checked


STATUS = {"error": 3, "warning": 2, "info": 1, "clean": 0}


@pytest.mark.parametrize(
    "options",
    [
        ("--isolated", "--lang", "da"),
        ("--isolated", "--select", "S,N,C", "--ignore", "S104,C602", "--project", "--ruleset", "core"),
    ],
)
def test_the_page_lists_what_check_reports_with_the_same_options(tmp_path: Path, options: tuple[str, ...]) -> None:
    page, checked = report_and_check(tmp_path, *options)
    assert page["scripts"] == 0
    shown = sorted((f["code"], f["location"]) for s in page["sections"] for f in s["findings"])
    assert shown == sorted((f["code"], f["location"]) for f in checked["findings"])
    sections = {section["id"]: section for section in page["sections"]}

    def place(item: dict[str, Any]) -> tuple[str, str | None]:
        """A document's file and, in a Word or Markdown collection, its proposal: each has its own section."""
        return item["file"], item.get("document")

    for section in page["sections"]:
        expected = [f["code"] for f in checked["findings"] if place(f) == place(section)]
        assert [f["code"] for f in section["findings"]] == expected
        assert all(f["href"] == "#" + section["id"] for f in section["findings"])  # each finding links to its section
    # The overview: one row per document, worst first, then by id; each row links to its own section.
    assert len(page["overview"]) == len(page["sections"])
    assert len({section["file"] for section in page["sections"]}) == checked["summary"]["files"]
    ranks = [STATUS[row["status"]] for row in page["overview"]]
    assert ranks == sorted(ranks, reverse=True)
    assert [place(row) for row in page["overview"]] == [place(section) for section in page["sections"]]
    for row in page["overview"]:
        assert place(sections[row["href"][1:]]) == place(row)
        assert int(row["cells"][7]) == sum(1 for f in checked["findings"] if place(f) == place(row))
    with_findings = [bool(row["cells"][7] != "0") for row in page["overview"]]
    assert with_findings == sorted(with_findings, reverse=True)  # documents with findings first


def test_a_baseline_and_the_configuration_are_honoured(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(EXAMPLES, project)
    (project / ".proplint.toml").write_text('ignore = ["N"]\nlang = "da"\n', encoding="utf-8")
    proplint("check", ".", "--write-baseline", "known.json", "--select", "S101,S102", cwd=project)
    page, checked = report_and_check(tmp_path, "--baseline", "known.json", cwd=project, paths=(".",))
    assert not any(f["code"] in ("S101", "S102") or f["code"].startswith("N") for f in checked["findings"])
    assert sorted(f["code"] for s in page["sections"] for f in s["findings"]) == sorted(f["code"] for f in checked["findings"])
    assert {f["severity"] for s in page["sections"] for f in s["findings"]} <= {"fejl", "advarsel", "bemærkning"}


def _in_unit(document: dict[str, Any], factor: int, unit: str) -> dict[str, Any]:
    """The same proposal written in another unit."""
    economy = document["economy"]
    economy["unit"] = unit

    def scale(amounts: dict[Any, Any]) -> dict[Any, Any]:
        return {year: (value * factor if isinstance(value, int) else value) for year, value in amounts.items()}

    for name in ("permanent", "implementation"):
        section = economy.get(name)
        if section:
            section["total"] = scale(section["total"])
            for row in section["rows"]:
                row["values"] = scale(row["values"])
    economy["total_impact"] = scale(economy.get("total_impact", {}))
    economy.pop("tables", None)
    return document


def test_totals_are_in_one_unit_and_numbers_in_the_pages_language(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    su09 = yaml.safe_load((EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8"))
    (project / "SU09.yaml").write_text(yaml.safe_dump(su09, allow_unicode=True), encoding="utf-8")
    in_kroner = _in_unit(yaml.safe_load((EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8")), 1000, "DKK")
    in_kroner["id"] = "SU91"
    (project / "SU91.yaml").write_text(yaml.safe_dump(in_kroner, allow_unicode=True), encoding="utf-8")
    page, _ = report_and_check(tmp_path, "--isolated", "--lang", "da", cwd=project, paths=(".",))
    rows = {row["cells"][0]: row["cells"] for row in page["overview"]}
    assert rows["SU09"][4] == rows["SU91"][4] == "-1.550"  # 1000 DKK and DKK side by side, both in 1.000 kr.
    assert rows["SU09"][5] == rows["SU91"][5] == "700" and rows["SU09"][6] == "3 år"
    header, *body = page["totals"]
    assert header[:2] == ["Type", "Tabel 1"] and header[2:] == ["2026", "2027", "2028", "2029"]
    total = next(row for row in body if row[0] == "Alle forslag" and row[1] == "Varige ændringer")
    assert total[2:] == ["–", "-1.300", "-3.100", "-3.100"]


def test_a_catalogue_is_shown_against_its_proposals(tmp_path: Path) -> None:
    page, _ = report_and_check(tmp_path, "--isolated")
    su09 = next(row for row in page["entries"] if row[0] == "SU09" and row[2] == "-1650")
    assert su09[3:] == ["SU09", "-1550", "100"]
    assert ["SU17", "Genbrug af hjælpemidler", "-200", "–", "–", "–"] in page["entries"]


def test_charts_have_axes_value_labels_and_a_legend_of_the_drawn_series(tmp_path: Path) -> None:
    page, _ = report_and_check(tmp_path, "--isolated", "--lang", "da")
    charts = [chart for section in page["sections"] for chart in section["charts"]]
    assert len(charts) >= 8
    for chart in charts:
        assert chart["axis"] == 1 and len(chart["ticks"]) >= 2 and all(tick["inside"] for tick in chart["ticks"])
        assert sorted(item["series"] for item in chart["legend"]) == sorted(chart["series"])
        assert all(item["inside"] for item in chart["legend"]), chart["legend"]
        assert len(chart["values"]) == chart["bars"] and all(value["inside"] for value in chart["values"])
    su12 = next(s for s in page["sections"] if s["file"].endswith("efficiency-SU12.json"))["charts"][0]
    assert [item["name"] for item in su12["legend"]] == ["varige ændringer"]  # no total impact drawn, none named
    su09 = next(s for s in page["sections"] if s["file"].endswith("investment-SU09.yaml"))["charts"][0]
    assert "-1.550" in [value["text"] for value in su09["values"]]


def test_the_print_stylesheet_is_a4_and_keeps_cards_and_tables_whole(tmp_path: Path) -> None:
    page, _ = report_and_check(tmp_path, "--isolated")
    rules = {rule["selector"]: rule for rule in page["print"]}
    assert rules["@page"]["size"].lower() == "a4"
    avoid = [rule["selector"] for rule in page["print"] if rule["breakInside"] == "avoid"]
    assert any("section.document" in selector and "table" in selector for selector in avoid), avoid
    pdf = tmp_path / "page.pdf"
    assert BROWSER is not None
    subprocess.run(
        [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-pdf-header-footer",
         f"--user-data-dir={tmp_path / 'print-profile'}", f"--print-to-pdf={pdf}", (tmp_path / "page.html").as_uri()],
        capture_output=True, timeout=120, check=False,
    )
    sizes = {tuple(round(float(n)) for n in box) for box in re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)", pdf.read_bytes())}
    assert sizes == {(595, 842)}, sizes  # printed on A4
