"""``python -m desktop`` behaves exactly like the ``firstloan`` console script."""

import sys

from desktop.cli import main

sys.exit(main())
