"""PyInstaller runtime hook: set up the environment of the frozen app before any of its code runs.

* ``resources/`` lives outside the Python packages, so in a bundle it sits next to them in
  ``sys._MEIPASS`` and ``FABWISE_RESOURCES`` says so (a value the user set already wins, which lets
  a packager try other data).
* On a Wayland desktop Qt would pick its Wayland platform, but the 3D view (VTK in a Qt widget)
  draws into an X11 window: use XWayland (``xcb``) when the session offers it, unless the user
  chose a platform.
"""

import os
import sys

_bundle = getattr(sys, "_MEIPASS", None)
if _bundle is not None:
    os.environ.setdefault("FABWISE_RESOURCES", os.path.join(_bundle, "resources"))
    if (
        sys.platform.startswith("linux")
        and "QT_QPA_PLATFORM" not in os.environ
        and os.environ.get("WAYLAND_DISPLAY")
        and os.environ.get("DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "xcb"
