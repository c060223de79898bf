"""Entry script of the frozen build: the same main() as the installed console script."""

import sys

from khorasan_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
