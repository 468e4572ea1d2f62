"""Production numbers from the real job: slicing (PrusaSlicer), laser job time, quotes.

- printer profiles: :mod:`configurator.core.facilities.printer_profiles` (a facility names one).
- :mod:`.slicer`: runs PrusaSlicer's command line headless on a part's mesh and reads the
  G-code it writes (print time, filament, supports), with a cache per geometry and profile.
- :mod:`.laser`: laser job time from cut length, pierces, engraving area and travel.
- :mod:`.measure`: what a facility would run for each part of a build, for the eco engine.
- :mod:`.pricing` and :mod:`.quote`: rates (a workshop's own or typical ones) and the quote.

No Qt here; everything runs headless and is called off the GUI thread by the app.
"""
