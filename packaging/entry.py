"""Entry point of the frozen (PyInstaller) application: the same command line as `familiemote`."""

import multiprocessing
import sys

from familiemote.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
