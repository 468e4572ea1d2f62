"""Models people bring (STL, 3MF, STEP, Open Know-How manifests), stored in the user's data folder
and offered as templates with fixed geometry. See ``docs/architecture.md`` (Imported models)."""
