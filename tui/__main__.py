"""``python -m tui`` runs the diptych command line."""

import sys

from tui.cli import main

sys.exit(main())
