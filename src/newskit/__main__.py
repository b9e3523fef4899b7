"""``python -m newskit``: the same as the ``newskit`` command."""

import sys

from newskit.cli import main

if __name__ == "__main__":
    sys.exit(main())
