"""The application layer: what the desktop app and the command line share.

Set-up of trust, the template registry and the build service (:mod:`configurator.app.services`)
and the facility/eco glue both front ends use (:mod:`configurator.app.making`). It sits above
``configurator.core`` and below the two front ends, ``configurator.ui`` and ``configurator.cli``,
which never import each other. Qt-free.
"""
