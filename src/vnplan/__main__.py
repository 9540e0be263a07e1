"""Run the ``vnplan`` command as ``python -m vnplan``."""

import sys

from vnplan.cli import main

sys.exit(main())
