"""``python -m proplint``."""

import sys

from proplint.cli import main

sys.exit(main())
