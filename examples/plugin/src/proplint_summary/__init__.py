"""An example proplint plugin: a check for long summaries, and the ruleset ``summary`` that uses it."""

from pathlib import Path

RULESET = Path(__file__).with_name("summary.yaml")
