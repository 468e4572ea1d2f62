#!/usr/bin/env bash
# Update the translation catalogues with Qt's tools, then compile the window's catalogues.
#   resources/translations/fabwise_ui_<lang>.ts       the window's text (configurator/ui: self.tr, translate)
#   resources/translations/fabwise_content_<lang>.ts  text made below the window (configurator.sdk.i18n.translate:
#                                                     templates, eco, workshops, app), read without Qt
#   resources/translations/fabwise_ui_<lang>.qm       compiled by pyside6-lrelease, loaded by a QTranslator
# New source texts arrive as "unfinished" entries: translate them in Qt Linguist (pyside6-linguist FILE.ts)
# or in the XML, then run this again. tests/test_translations.py fails while anything is unfinished.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
BIN="${FABWISE_BIN:-.venv/bin}"
OUT="${1:-resources/translations}"
LANGS=(fr de)

mkdir -p "$OUT"
mapfile -t ui_sources < <(find configurator/ui -name '*.py' | sort)
mapfile -t content_sources < <(find configurator parts_library eco_rules -name '*.py' -not -path 'configurator/ui/*' | sort)

for lang in "${LANGS[@]}"; do
    "$BIN/pyside6-lupdate" -silent -locations none -no-obsolete -source-language en \
        -target-language "$lang" "${ui_sources[@]}" -ts "$OUT/fabwise_ui_$lang.ts"
    "$BIN/pyside6-lupdate" -silent -locations none -no-obsolete -source-language en \
        -target-language "$lang" "${content_sources[@]}" -ts "$OUT/fabwise_content_$lang.ts"
    "$BIN/pyside6-lrelease" -silent "$OUT/fabwise_ui_$lang.ts" -qm "$OUT/fabwise_ui_$lang.qm"
done
