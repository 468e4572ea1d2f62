"""What ``fabwise templates check`` tries, one module per kind of trial.

:mod:`.variants` draws the variants users will make (text values, presets, range corners),
:mod:`.import_rule` reads the file for CadQuery used at import time, :mod:`.geometry` runs in the
build worker (build, measure, placement overlap, wall and feature thickness),
:mod:`.exportability` asks the facility directory who can make a variant, and :mod:`.findings`
collects what was found, one message per distinct problem with the variants it occurred in.
:mod:`configurator.core.checker` runs them in order.
"""
