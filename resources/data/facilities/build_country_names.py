"""Write resources/data/facilities/country_names.csv: country names people type, by ISO code.

Names in English, French and German (the app's languages) and in each country's own languages,
from the Unicode CLDR via Babel. Run once when the data should be refreshed (Babel is not a
dependency of the app):

    python -m venv /tmp/babel && /tmp/babel/bin/pip install babel
    /tmp/babel/bin/python resources/data/facilities/build_country_names.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from babel import Locale, localedata  # type: ignore[import-not-found]
from babel.core import get_cldr_version  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parent / "country_names.csv"
LANGUAGES = ("en", "fr", "de")


def main() -> int:
    names: dict[str, set[str]] = {}
    for language in LANGUAGES:
        for code, name in Locale(language).territories.items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(code, set()).add(name)
    for identifier in localedata.locale_identifiers():
        locale = Locale.parse(identifier)
        if locale.territory and not locale.script and locale.variant is None:
            own = locale.territories.get(locale.territory)
            if own and locale.territory in names:
                names[locale.territory].add(own)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write(f"# Country names from the Unicode CLDR {get_cldr_version()} via Babel; ")
        handle.write("Unicode License v3 (https://www.unicode.org/license.txt)\n")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["code", "names"])
        for code in sorted(names):
            writer.writerow([code, "|".join(sorted(names[code]))])
    print(f"wrote {OUT} ({len(names)} countries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
