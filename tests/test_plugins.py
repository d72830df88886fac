"""Plugins: the example plugin installed into a fresh virtual environment, and broken plugins."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

LONG = " ".join(["ord"] * 70)


def _site_packages(python: Path) -> Path:
    code = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    return Path(subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True).stdout.strip())


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment that sees proplint and its dependencies, with the example plugin installed."""
    import proplint

    home = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(home)], check=True)
    python = home / "bin" / "python"
    host = [sysconfig.get_paths()["purelib"], str(Path(proplint.__file__).resolve().parents[1])]
    (_site_packages(python) / "_proplint_host.pth").write_text("\n".join(host) + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-build-isolation",
         "--no-deps", "--no-index", str(EXAMPLES / "plugin")],
        check=True, capture_output=True, text=True,
    )
    return home


def run(environment: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    python = environment / "bin" / "python"
    return subprocess.run([str(python), "-m", "proplint", *args], capture_output=True, text=True, cwd=cwd, check=False)


def proposal(directory: Path, summary: str) -> Path:
    text = (EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8")
    lines = [f"summary: {summary}" if line.startswith("summary:") else line for line in text.splitlines()]
    target = directory / "SU09.yaml"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def test_the_example_plugin_adds_a_check_and_a_ruleset(environment: Path, tmp_path: Path) -> None:
    proposal(tmp_path, LONG)
    (tmp_path / "pyproject.toml").write_text('[tool.proplint]\nruleset = "summary"\n', encoding="utf-8")
    result = run(environment, "check", "--format", "json", ".", cwd=tmp_path)
    assert result.returncode == 0, result.stderr  # X901 is a warning
    [finding] = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["name"], finding["path"], finding["line"]) == ("X901", "summary-too-long", "$.summary", 7)
    assert finding["message"] == "the summary has 70 words; the catalogue prints at most 60"
    # Parameters of a plugin rule are configured like any other.
    (tmp_path / "pyproject.toml").write_text(
        '[tool.proplint]\nruleset = "summary"\n[tool.proplint.params.X901]\nmax_words = 80\n', encoding="utf-8"
    )
    assert json.loads(run(environment, "check", "--format", "json", ".", cwd=tmp_path).stdout)["findings"] == []
    listing = json.loads(run(environment, "rules", "--format", "json", "--ruleset", "summary", cwd=tmp_path).stdout)
    assert {rule["code"]: rule["source"] for rule in listing["rules"]}["X901"] == "summary"
    assert "# X901 summary-too-long" in run(environment, "explain", "X901", cwd=tmp_path).stdout


def test_a_plugin_is_not_imported_unless_the_configuration_uses_it(environment: Path, tmp_path: Path) -> None:
    proposal(tmp_path, LONG)
    code = (
        "import sys; from proplint.cli import main; code = main(['check', '--isolated', '.']);"
        "print('proplint_summary' in sys.modules, 'importlib.metadata' in sys.modules, code)"
    )
    result = subprocess.run([str(environment / "bin" / "python"), "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert result.stdout.strip().splitlines()[-1] == "False False 0"  # not even the entry points are read


def _install_broken(environment: Path, name: str, entry: str, module: str | None) -> None:
    """A distribution written by hand: its metadata, its entry point, and maybe a module."""
    site = _site_packages(environment / "bin" / "python")
    info = site / f"{name}-0.1.dist-info"
    info.mkdir(exist_ok=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[proplint.checks]\n{entry}\n", encoding="utf-8")
    if module is not None:
        (site / f"{name}.py").write_text(module, encoding="utf-8")


@pytest.mark.parametrize(
    ("entry", "module", "expected"),
    [
        ("broken_import = broken_one:check", "import no_such_module\n", "ModuleNotFoundError"),
        ("not_callable = broken_two:CHECK", "CHECK = 42\n", "is not a check function"),
        ("absent_module = broken_three_missing:check", None, "cannot be loaded"),
    ],
)
def test_a_broken_plugin_is_a_configuration_error_naming_it(
    environment: Path, tmp_path: Path, entry: str, module: str | None, expected: str
) -> None:
    name = entry.split(" = ")[1].split(":")[0]
    _install_broken(environment, name.replace("_missing", ""), entry, module)
    check = entry.split(" = ")[0]
    (tmp_path / "local.yaml").write_text(
        f"extends: kk\nrules:\n  - {{code: X950, name: broken, severity: error, check: {check}, message: broken}}\n",
        encoding="utf-8",
    )
    proposal(tmp_path, "Kort.")
    result = run(environment, "check", "--ruleset", "local.yaml", ".", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert expected in result.stderr and f"plugin {check!r}" in result.stderr


def test_a_crashing_plugin_check_does_not_hide_other_findings(environment: Path, tmp_path: Path) -> None:
    _install_broken(environment, "crashing", "crashing = crashing:check", "def check(document, context):\n    raise RuntimeError('boom')\n")
    (tmp_path / "local.yaml").write_text(
        "extends: kk\nrules:\n  - {code: X951, name: crashing, severity: error, check: crashing, message: never}\n",
        encoding="utf-8",
    )
    text = (EXAMPLES / "broken" / "sums-SU04.yaml").read_text(encoding="utf-8")
    (tmp_path / "SU04.yaml").write_text(text, encoding="utf-8")
    result = run(environment, "check", "--ruleset", "local.yaml", "--format", "json", ".", cwd=tmp_path)
    assert result.returncode == 2  # an internal error, told apart from findings (1)
    report = json.loads(result.stdout)
    assert {f["code"] for f in report["findings"]} == {"S101", "S102", "S103", "S104", "E301"}
    [crash] = report["crashes"]
    assert crash.startswith("SU04.yaml: ") and "X951" in crash and "RuntimeError: boom" in crash
    assert "plugin 'crashing'" in result.stderr and "RuntimeError: boom" in result.stderr and "Traceback" not in result.stderr


def test_an_unknown_check_name_is_a_configuration_error(tmp_path: Path) -> None:
    (tmp_path / "local.yaml").write_text(
        "extends: kk\nrules:\n  - {code: X952, name: nothing, severity: error, check: no_such_check, message: never}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "proplint", "check", "--ruleset", "local.yaml", str(EXAMPLES / "investment-SU09.yaml")],
        capture_output=True, text=True, cwd=tmp_path, check=False,
    )
    assert result.returncode == 2 and "no built-in check or installed plugin provides the check 'no_such_check'" in result.stderr
    assert ROOT.exists()


def test_a_plugin_check_declaring_its_spec_refuses_parameters_of_the_wrong_type(environment: Path, tmp_path: Path) -> None:
    proposal(tmp_path, LONG)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.proplint]\nruleset = "summary"\n[tool.proplint.params.X901]\nmax_words = "sixty"\n', encoding="utf-8"
    )
    result = run(environment, "check", ".", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == "" and "Traceback" not in result.stderr
    assert "max_words" in result.stderr and "must be a whole number, not 'sixty'" in result.stderr
    (tmp_path / "local.yaml").write_text(
        "extends: summary\nrules:\n  - {code: X901, message: 'the summary has {wrds} words'}\n", encoding="utf-8"
    )
    (tmp_path / "pyproject.toml").write_text('[tool.proplint]\nruleset = "local.yaml"\n', encoding="utf-8")
    result = run(environment, "check", ".", cwd=tmp_path)
    assert result.returncode == 2 and "the message names {wrds}" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("entry", "module", "english", "danish"),
    [
        (
            "bad_spec = broken_spec:check",
            "from proplint.checks.spec import check_spec\n@check_spec(document='letter')\ndef check(document, context):\n    return []\n",
            "cannot be loaded: document must be one of proposal, catalogue, case-status, effect-status, not 'letter'",
            "kan ikke indlæses: document skal være en af proposal, catalogue, case-status, effect-status, ikke 'letter'",
        ),
        ("not_callable_da = broken_four:CHECK", "CHECK = 42\n", "is not a check function but a int", "er ikke en kontrolfunktion, men en int"),
        ("absent_da = broken_five_missing:check", None, "cannot be loaded: ModuleNotFoundError", "kan ikke indlæses: ModuleNotFoundError"),
    ],
)
def test_a_broken_plugin_is_named_in_the_readers_language(
    environment: Path, tmp_path: Path, entry: str, module: str | None, english: str, danish: str
) -> None:
    name = entry.split(" = ")[1].split(":")[0]
    _install_broken(environment, name.replace("_missing", ""), entry, module)
    check = entry.split(" = ")[0]
    (tmp_path / "local.yaml").write_text(
        f"extends: kk\nrules:\n  - {{code: X953, name: broken, severity: error, check: {check}, message: broken}}\n",
        encoding="utf-8",
    )
    proposal(tmp_path, "Kort.")
    result = run(environment, "check", "--ruleset", "local.yaml", ".", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert english in result.stderr and f"plugin {check!r}" in result.stderr and "from " in result.stderr
    (tmp_path / ".proplint.toml").write_text('lang = "da"\nruleset = "local.yaml"\n', encoding="utf-8")
    translated = run(environment, "check", ".", cwd=tmp_path)
    assert translated.returncode == 2 and "Traceback" not in translated.stderr
    assert translated.stderr.startswith("proplint: fejl: regelsættet 'local': plugin ")
    assert danish in translated.stderr and " fra " in translated.stderr, translated.stderr


def test_a_plugin_rule_that_does_not_fit_its_spec_is_told_in_danish(environment: Path, tmp_path: Path) -> None:
    proposal(tmp_path, LONG)
    (tmp_path / "local.yaml").write_text(
        "extends: summary\nrules:\n  - {code: X901, message: 'the summary has {wrds} words'}\n", encoding="utf-8"
    )
    result = run(environment, "check", "--lang", "da", "--ruleset", "local.yaml", ".", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "reglen X901 (message) passer ikke til specifikationen fra plugin 'summary_length'" in result.stderr
    assert "meddelelsen nævner {wrds}, som kontrollen ikke giver (mente du {words}?)" in result.stderr
    (tmp_path / "pyproject.toml").write_text('[tool.proplint]\nruleset = "summary"\n[tool.proplint.params.X901]\nmax_words = "sixty"\n', encoding="utf-8")
    wrong = run(environment, "check", "--lang", "da", ".", cwd=tmp_path)
    assert wrong.returncode == 2 and "(params.max_words) passer ikke" in wrong.stderr and "skal være et heltal, ikke 'sixty'" in wrong.stderr


def test_an_unknown_check_name_is_told_in_danish(tmp_path: Path) -> None:
    (tmp_path / "local.yaml").write_text(
        "extends: kk\nrules:\n  - {code: X952, name: nothing, severity: error, check: no_such_check, message: never}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "proplint", "check", "--lang", "da", "--ruleset", "local.yaml", str(EXAMPLES / "investment-SU09.yaml")],
        capture_output=True, text=True, cwd=tmp_path, check=False,
    )
    assert result.returncode == 2
    assert "proplint: fejl: regelsættet 'local': hverken proplint selv eller et installeret plugin har kontrollen 'no_such_check'" in result.stderr
