"""The desktop app (PySide6): a thin layer that turns user actions into calls on core services.

Public entry point: :func:`configurator.ui.app.run`. Nothing here computes geometry or scores.
"""
