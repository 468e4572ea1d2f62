"""The template SDK: what a template and the eco rules are written against.

Parameters (:mod:`~configurator.sdk.params`), schemas with constraints and presets
(:mod:`~configurator.sdk.schema`), the product model (:mod:`~configurator.sdk.product`), the
``Template`` object (:mod:`~configurator.sdk.template`), build results
(:mod:`~configurator.sdk.results`), errors, materials and shipped resources. It imports nothing
else of Fabwise and never Qt; ``parts_library``, ``eco_rules`` and everything above build on it.
"""
