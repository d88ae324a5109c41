"""`python -m annotator` does what the `claim-annotator` command does."""

from annotator.cli import run

run()
