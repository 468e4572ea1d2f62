"""PyInstaller runtime hook: point Fabwise at the data shipped inside the bundle.

Runs before the app's own code. ``resources/`` lives outside the Python packages, so in a bundle
it sits next to them in ``sys._MEIPASS`` and ``FABWISE_RESOURCES`` says so (a value the user set
already wins, which lets a packager try other data).
"""

import os
import sys

_bundle = getattr(sys, "_MEIPASS", None)
if _bundle is not None:
    os.environ.setdefault("FABWISE_RESOURCES", os.path.join(_bundle, "resources"))
