"""Fabwise: a mass-customisation configurator with an eco-guide for distributed manufacturing."""

__version__ = "0.1.0"
