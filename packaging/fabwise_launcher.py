"""The bundle's entry script: the same ``fabwise`` command as ``pip install`` gives.

With no arguments it opens the desktop app; with arguments it is the command-line interface.
``entry()`` calls ``multiprocessing.freeze_support()`` first, so the build worker (a ``spawn``
process started from this same executable) runs the worker instead of the app.
"""

from configurator.app_launcher import entry

if __name__ == "__main__":
    entry()
