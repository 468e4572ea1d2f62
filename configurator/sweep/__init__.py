"""Variant sweeps: build, score and check many variants of a template on a Dask cluster.

- :mod:`~configurator.sweep.sampling` decides which variants (quasi-random draws, corners, grids);
- :mod:`~configurator.sweep.job` is what a worker does with one variant;
- :mod:`~configurator.sweep.runner` talks to Dask (local cluster or an existing scheduler);
- :mod:`~configurator.sweep.store` keeps results in SQLite; :mod:`~configurator.sweep.report` draws
  the HTML report; :mod:`~configurator.sweep.service` ties them together for front ends.

Nothing here imports Qt; Dask and the CAD kernel are imported only by the modules that need them.
"""
