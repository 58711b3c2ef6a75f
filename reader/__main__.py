"""``python -m reader`` starts the application."""

from __future__ import annotations

import sys

from reader.app import main

if __name__ == "__main__":
    # In the standalone bundle this program is also the analysis and parsing processes:
    # each child starts it again with --multiprocessing-fork, and freeze_support() runs
    # the child's work instead of main() (PyInstaller makes it do so on every platform).
    # Without a bundle it does nothing, so the window's start does not import it then.
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
