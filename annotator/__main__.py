"""`python -m annotator` does what the `claim-annotator` command does."""

import sys

from annotator.cli import main

sys.exit(main())
