"""The names of the built-in templates' parts and hardware, marked for the translators.

A part's or hardware item's ``name`` is an id (joints, the bill of materials and file names refer
to it) and stays as written in the template. People read it through
:func:`configurator.sdk.i18n.part_name`, which looks it up in the ``parts`` context of the
catalogues: "bracket" reads "Winkel" in German. Every name a built-in template makes is listed
here (``tests/templates/test_catalogue.py`` checks that), so ``tools/translations.sh`` puts each
one before the translators. A template from elsewhere shows its own names as written.
"""

from __future__ import annotations

from configurator.sdk.i18n import QT_TRANSLATE_NOOP

PART_NAMES = frozenset(
    {
        QT_TRANSLATE_NOOP("parts", "base"),
        QT_TRANSLATE_NOOP("parts", "bottom"),
        QT_TRANSLATE_NOOP("parts", "bottom plate"),
        QT_TRANSLATE_NOOP("parts", "bracket"),
        QT_TRANSLATE_NOOP("parts", "clip"),
        QT_TRANSLATE_NOOP("parts", "foot"),
        QT_TRANSLATE_NOOP("parts", "foot cap"),
        QT_TRANSLATE_NOOP("parts", "holder"),
        QT_TRANSLATE_NOOP("parts", "hub"),
        QT_TRANSLATE_NOOP("parts", "knob"),
        QT_TRANSLATE_NOOP("parts", "leg with bottom slot"),
        QT_TRANSLATE_NOOP("parts", "leg with top slot"),
        QT_TRANSLATE_NOOP("parts", "lid"),
        QT_TRANSLATE_NOOP("parts", "lid locator"),
        QT_TRANSLATE_NOOP("parts", "long side"),
        QT_TRANSLATE_NOOP("parts", "screw cover"),
        QT_TRANSLATE_NOOP("parts", "seat"),
        QT_TRANSLATE_NOOP("parts", "shade"),
        QT_TRANSLATE_NOOP("parts", "short side"),
        QT_TRANSLATE_NOOP("parts", "stem"),
        QT_TRANSLATE_NOOP("parts", "top"),
    }
)

HARDWARE_NAMES = frozenset(
    {
        QT_TRANSLATE_NOOP("parts", "bolt"),
        QT_TRANSLATE_NOOP("parts", "clamp screw"),
        QT_TRANSLATE_NOOP("parts", "confirmat screw"),
        QT_TRANSLATE_NOOP("parts", "cord set"),
        QT_TRANSLATE_NOOP("parts", "felt pad"),
        QT_TRANSLATE_NOOP("parts", "foot screw"),
        QT_TRANSLATE_NOOP("parts", "hub screw"),
        QT_TRANSLATE_NOOP("parts", "lamp holder"),
        QT_TRANSLATE_NOOP("parts", "lamp nut"),
        QT_TRANSLATE_NOOP("parts", "lamp tube"),
        QT_TRANSLATE_NOOP("parts", "mounting screw"),
        QT_TRANSLATE_NOOP("parts", "nut"),
        QT_TRANSLATE_NOOP("parts", "plate screw"),
        QT_TRANSLATE_NOOP("parts", "set screw"),
        QT_TRANSLATE_NOOP("parts", "seat screw"),
        QT_TRANSLATE_NOOP("parts", "shelf screw"),
        QT_TRANSLATE_NOOP("parts", "wall plug"),
        QT_TRANSLATE_NOOP("parts", "wall screw"),
    }
)
