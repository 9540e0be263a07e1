"""Run the ``vnplan`` command as ``python -m vnplan``."""

import sys

from vnplan._cli import main

sys.exit(main())
