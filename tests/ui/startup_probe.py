"""Start the app the way ``fabwise`` does, open a template, and report what the GUI process loaded.

Run by tests/ui/test_startup.py in a fresh interpreter (so nothing else has imported CadQuery or
PyVista). Prints one JSON object.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> None:
    from configurator.core.lazy_cad import cadquery_loaded, install_lazy_cadquery

    install_lazy_cadquery()  # as configurator.app_launcher.launch_app does
    from configurator.app.services import discover_templates
    from configurator.ui.app import create_application, open_main_window

    registry = discover_templates([Path(sys.argv[1])])
    app = create_application()
    window, service = open_main_window(registry)
    facts: dict[str, object] = {
        "templates": registry.ids(),
        "vtk_before_first_paint": "pyvista" in sys.modules or "vtkmodules" in sys.modules,
    }
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    window.startup_finished.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    facts["view_created"] = window.preview.plotter is not None or bool(window.preview.view_error)
    window.session.result_ready.connect(loop.quit)
    window.session.build_failed.connect(loop.quit)
    window.gallery.choose(sys.argv[2])
    loop.exec()
    result = window.session.result
    facts["parts"] = [p.name for p in result.parts] if result else None
    facts["error"] = str(window.session.error) if window.session.error else None
    facts["cadquery_loaded"] = cadquery_loaded()
    facts["ocp_loaded"] = any(name == "OCP" or name.startswith("OCP.") for name in sys.modules)
    window.close()
    service.close()
    app.processEvents()
    print(json.dumps(facts))


if __name__ == "__main__":
    main()
