<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>alu-corner-bracket</name>
    <message>
        <source>thickness {thickness} mm is too thin for {thread} countersunk screws: at least {need:.1f} mm</source>
        <translation>Dicke {thickness} mm ist zu dünn für {thread}-Senkschrauben: mindestens {need:.1f} mm</translation>
    </message>
    <message>
        <source>leg a</source>
        <translation>Schenkel a</translation>
    </message>
    <message>
        <source>leg b</source>
        <translation>Schenkel b</translation>
    </message>
    <message>
        <source>{leg_name} {leg} mm is too short for {n} {thread} holes: it must be at least {need} mm</source>
        <translation>{leg_name} mit {leg} mm ist zu kurz für {n} {thread}-Löcher: mindestens {need} mm</translation>
    </message>
    <message>
        <source>width {width} mm is too narrow for {thread} heads between the end webs: at least {need:.1f} mm</source>
        <translation>Breite {width} mm ist zu schmal für {thread}-Köpfe zwischen den Endstegen: mindestens {need:.1f} mm</translation>
    </message>
    <message>
        <source>width {width} mm is too narrow for {thread} heads: at least {need:.1f} mm</source>
        <translation>Breite {width} mm ist zu schmal für {thread}-Köpfe: mindestens {need:.1f} mm</translation>
    </message>
    <message>
        <source>milled from bar; deburr all edges</source>
        <translation>aus dem Vollen gefräst; alle Kanten entgraten</translation>
    </message>
    <message>
        <source>{thread} × {length} mm countersunk hex socket screw</source>
        <translation>Senkschraube mit Innensechskant {thread} × {length} mm</translation>
    </message>
    <message>
        <source>{thread} hex nut</source>
        <translation>Sechskantmutter {thread}</translation>
    </message>
    <message>
        <source>Screws are sized to clamp {clamped_thickness} mm of material; with threaded holes instead of nuts, leave the nuts out.</source>
        <translation>Die Schrauben sind für {clamped_thickness} mm Klemmdicke bemessen; bei Gewindelöchern statt Muttern die Muttern weglassen.</translation>
    </message>
    <message>
        <source>Inside corners of the end webs keep the radius of the end mill.</source>
        <translation>Die Innenecken der Endstege behalten den Radius des Fräsers.</translation>
    </message>
    <message>
        <source>Milled corner bracket</source>
        <translation>Gefräster Eckwinkel</translation>
    </message>
    <message>
        <source>A 90° corner bracket milled from aluminium or steel bar, with countersunk holes for flush screws and optional end webs for stiffness. For furniture frames, shelving and profile structures, or to replace a broken bracket.</source>
        <translation>Ein 90°-Eckwinkel, aus Aluminium- oder Stahlstange gefräst, mit Senkbohrungen für bündige Schrauben und optionalen Endstegen für mehr Steifigkeit. Für Möbelrahmen, Regale und Profilkonstruktionen oder als Ersatz für einen gebrochenen Winkel.</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Befestigung</translation>
    </message>
    <message>
        <source>Length of the first flange (outside).</source>
        <translation>Länge des ersten Schenkels (außen).</translation>
    </message>
    <message>
        <source>Leg a</source>
        <translation>Schenkel a</translation>
    </message>
    <message>
        <source>Length of the second flange (outside).</source>
        <translation>Länge des zweiten Schenkels (außen).</translation>
    </message>
    <message>
        <source>Leg b</source>
        <translation>Schenkel b</translation>
    </message>
    <message>
        <source>Width of the bracket.</source>
        <translation>Breite des Winkels.</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Festigkeit</translation>
    </message>
    <message>
        <source>Flange thickness. Thinner saves metal and machining; it must still take the countersunk heads.</source>
        <translation>Schenkeldicke. Dünner spart Metall und Bearbeitung; sie muss die Senkköpfe aber noch aufnehmen.</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Dicke</translation>
    </message>
    <message>
        <source>Radius of the inside corner: at least the radius of the end mill; larger is stronger.</source>
        <translation>Radius der Innenecke: mindestens der Fräserradius; größer ist stabiler.</translation>
    </message>
    <message>
        <source>Inner radius</source>
        <translation>Innenradius</translation>
    </message>
    <message>
        <source>Close both ends with triangular webs: much stiffer.</source>
        <translation>Beide Enden mit dreieckigen Stegen schließen: viel steifer.</translation>
    </message>
    <message>
        <source>End webs</source>
        <translation>Endstege</translation>
    </message>
    <message>
        <source>Fixing</source>
        <translation>Befestigung</translation>
    </message>
    <message>
        <source>Screw holes in each flange.</source>
        <translation>Schraubenlöcher in jedem Schenkel.</translation>
    </message>
    <message>
        <source>Holes per flange</source>
        <translation>Löcher pro Schenkel</translation>
    </message>
    <message>
        <source>Metric countersunk screw size (ISO 10642); holes and countersinks follow.</source>
        <translation>Metrische Senkschraubengröße (ISO 10642); Löcher und Senkungen passen sich an.</translation>
    </message>
    <message>
        <source>Screw</source>
        <translation>Schraube</translation>
    </message>
    <message>
        <source>Thickness of what each screw clamps against the bracket: sets the screw length.</source>
        <translation>Dicke dessen, was jede Schraube gegen den Winkel klemmt: bestimmt die Schraubenlänge.</translation>
    </message>
    <message>
        <source>Clamped thickness</source>
        <translation>Klemmdicke</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>How many brackets.</source>
        <translation>Wie viele Winkel.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Bar stock. Recycled aluminium has the same properties as primary.</source>
        <translation>Stangenmaterial. Recyceltes Aluminium hat dieselben Eigenschaften wie Primäraluminium.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>corner pried open</source>
        <translation>Ecke aufgehebelt</translation>
    </message>
    <message>
        <source>The second member is levered away from the first, opening the angle.</source>
        <translation>Das zweite Bauteil wird vom ersten weggehebelt und öffnet den Winkel.</translation>
    </message>
    <message>
        <source>300 N, a person leaning on a frame corner (about 30 kg)</source>
        <translation>300 N, eine Person lehnt sich an eine Rahmenecke (etwa 30 kg)</translation>
    </message>
    <message>
        <source>furniture and frames, indoors or outdoors</source>
        <translation>Möbel und Rahmen, drinnen oder draußen</translation>
    </message>
    <message>
        <source>Small bracket for a cabinet or table frame.</source>
        <translation>Kleiner Winkel für einen Schrank- oder Tischrahmen.</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Möbel</translation>
    </message>
    <message>
        <source>Stiff bracket for a shelving frame.</source>
        <translation>Steifer Winkel für einen Regalrahmen.</translation>
    </message>
    <message>
        <source>Shelf frame</source>
        <translation>Regalrahmen</translation>
    </message>
    <message>
        <source>For 20 mm aluminium extrusion.</source>
        <translation>Für 20-mm-Aluminiumprofil.</translation>
    </message>
    <message>
        <source>Profile 20</source>
        <translation>Profil 20</translation>
    </message>
    <message>
        <source>Heavy steel bracket.</source>
        <translation>Schwerer Stahlwinkel.</translation>
    </message>
    <message>
        <source>Heavy steel</source>
        <translation>Schwerer Stahl</translation>
    </message>
</context>
<context>
    <name>appliance-foot</name>
    <message>
        <source>side angle {side_angle}° is too steep for a {foot_height} mm tall foot of {foot_diameter} mm: the top would be less than half as wide; lower the angle</source>
        <translation>Seitenwinkel {side_angle}° ist zu steil für einen {foot_height} mm hohen Fuß mit {foot_diameter} mm: die Oberseite wäre weniger als halb so breit; Winkel verringern</translation>
    </message>
    <message>
        <source>the foot is too small for a {peg_diameter} mm peg: make it wider</source>
        <translation>der Fuß ist zu klein für einen {peg_diameter}-mm-Zapfen: breiter machen</translation>
    </message>
    <message>
        <source>the foot is too small for a {screw_size} screw head: make it wider</source>
        <translation>der Fuß ist zu klein für einen {screw_size}-Schraubenkopf: breiter machen</translation>
    </message>
    <message>
        <source>no stock felt pad fits under a {foot_diameter} mm foot (smallest is {value} mm): make it wider or turn the pad off</source>
        <translation>kein handelsüblicher Filzgleiter passt unter einen {foot_diameter}-mm-Fuß (der kleinste hat {value} mm): breiter machen oder Filzgleiter abschalten</translation>
    </message>
    <message>
        <source>foot height {foot_height} mm is too low for a recessed {screw_size} screw: at least {need:.1f} mm</source>
        <translation>Fußhöhe {foot_height} mm ist zu niedrig für eine versenkte {screw_size}-Schraube: mindestens {need:.1f} mm</translation>
    </message>
    <message>
        <source>The foot is too small to hollow out: it is printed solid.</source>
        <translation>Der Fuß ist zu klein zum Aushöhlen: er wird massiv gedruckt.</translation>
    </message>
    <message>
        <source>replacement foot</source>
        <translation>Ersatzfuß</translation>
    </message>
    <message>
        <source>Press the peg into the appliance&apos;s hole; a drop of glue makes it permanent.</source>
        <translation>Den Zapfen in das Loch des Geräts drücken; ein Tropfen Kleber macht es dauerhaft.</translation>
    </message>
    <message>
        <source>{diameter} × {length} mm countersunk wood screw</source>
        <translation>Senkkopf-Holzschraube {diameter} × {length} mm</translation>
    </message>
    <message>
        <source>The screw reaches about 10 mm into the appliance or furniture.</source>
        <translation>Die Schraube greift etwa 10 mm in das Gerät oder Möbel.</translation>
    </message>
    <message>
        <source>self-adhesive felt pad, Ø {value} mm</source>
        <translation>selbstklebender Filzgleiter, Ø {value} mm</translation>
    </message>
    <message>
        <source>Hollow: rinse and cure through the two drain holes underneath.</source>
        <translation>Hohl: durch die zwei Ablauflöcher unten spülen und aushärten.</translation>
    </message>
    <message>
        <source>Replacement appliance foot</source>
        <translation>Ersatzfuß für Geräte</translation>
    </message>
    <message>
        <source>A replacement foot for a washing machine, speaker, printer or cabinet. It fits by a press-fit peg in the hole the old foot left, or by a screw, with an optional felt pad underneath. Printed in resin.</source>
        <translation>Ein Ersatzfuß für Waschmaschine, Lautsprecher, Drucker oder Schrank. Er hält mit einem eingepressten Zapfen im Loch des alten Fußes oder mit einer Schraube, optional mit Filzgleiter darunter. In Harz gedruckt.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>Diameter of the foot at the floor.</source>
        <translation>Durchmesser des Fußes am Boden.</translation>
    </message>
    <message>
        <source>Foot diameter</source>
        <translation>Fußdurchmesser</translation>
    </message>
    <message>
        <source>Height of the foot, without the peg.</source>
        <translation>Höhe des Fußes ohne Zapfen.</translation>
    </message>
    <message>
        <source>Foot height</source>
        <translation>Fußhöhe</translation>
    </message>
    <message>
        <source>Taper of the side: 0 gives a cylinder.</source>
        <translation>Neigung der Seite: 0 ergibt einen Zylinder.</translation>
    </message>
    <message>
        <source>Side angle</source>
        <translation>Seitenwinkel</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>Press-fit peg into an existing hole, or a screw through the foot.</source>
        <translation>Eingepresster Zapfen in ein vorhandenes Loch oder eine Schraube durch den Fuß.</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>Befestigung</translation>
    </message>
    <message>
        <source>Diameter of the hole in the appliance, measured (for the peg).</source>
        <translation>Durchmesser des Lochs im Gerät, gemessen (für den Zapfen).</translation>
    </message>
    <message>
        <source>Peg diameter</source>
        <translation>Zapfendurchmesser</translation>
    </message>
    <message>
        <source>Depth of that hole: the peg is as long.</source>
        <translation>Tiefe dieses Lochs: der Zapfen ist genauso lang.</translation>
    </message>
    <message>
        <source>Peg length</source>
        <translation>Zapfenlänge</translation>
    </message>
    <message>
        <source>How much larger than the hole the peg is: more holds tighter, too much cracks it. Negative for a loose fit to glue.</source>
        <translation>Wie viel größer der Zapfen als das Loch ist: mehr hält fester, zu viel lässt es reißen. Negativ für eine lose Passung zum Kleben.</translation>
    </message>
    <message>
        <source>Interference</source>
        <translation>Übermaß</translation>
    </message>
    <message>
        <source>Countersunk wood screw (for the screw mount).</source>
        <translation>Senkkopf-Holzschraube (für die Schraubbefestigung).</translation>
    </message>
    <message>
        <source>Screw size</source>
        <translation>Schraubengröße</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>A recess underneath for a stock self-adhesive felt pad.</source>
        <translation>Eine Vertiefung unten für einen handelsüblichen selbstklebenden Filzgleiter.</translation>
    </message>
    <message>
        <source>Felt pad</source>
        <translation>Filzgleiter</translation>
    </message>
    <message>
        <source>Hollow core with drain holes: less resin, same fit and outside.</source>
        <translation>Hohler Kern mit Ablauflöchern: weniger Harz, gleiche Passung und Außenform.</translation>
    </message>
    <message>
        <source>Hollow</source>
        <translation>Hohl</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>How many feet.</source>
        <translation>Wie viele Füße.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Resin.</source>
        <translation>Harz.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>appliance weight</source>
        <translation>Gewicht des Geräts</translation>
    </message>
    <message>
        <source>The appliance stands on its feet for years.</source>
        <translation>Das Gerät steht jahrelang auf seinen Füßen.</translation>
    </message>
    <message>
        <source>15 kg per foot: a 60 kg appliance or piece of furniture on four feet</source>
        <translation>15 kg pro Fuß: ein 60-kg-Gerät oder -Möbel auf vier Füßen</translation>
    </message>
    <message>
        <source>under a household appliance, up to 40 °C</source>
        <translation>unter einem Haushaltsgerät, bis 40 °C</translation>
    </message>
    <message>
        <source>the floor under an appliance</source>
        <translation>der Boden unter einem Gerät</translation>
    </message>
    <message>
        <source>kitchen or bathroom floors get wiped and splashed</source>
        <translation>Küchen- und Badböden werden gewischt und bespritzt</translation>
    </message>
    <message>
        <source>Sturdy screwed foot for a heavy appliance (solid).</source>
        <translation>Robuster Schraubfuß für ein schweres Gerät (massiv).</translation>
    </message>
    <message>
        <source>Washing machine</source>
        <translation>Waschmaschine</translation>
    </message>
    <message>
        <source>Small peg-in foot with a felt pad.</source>
        <translation>Kleiner Steckfuß mit Filzgleiter.</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Lautsprecher</translation>
    </message>
    <message>
        <source>Screw-on cabinet foot with a felt pad.</source>
        <translation>Angeschraubter Schrankfuß mit Filzgleiter.</translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation>Schrank</translation>
    </message>
    <message>
        <source>Tiny foot for a printer or laptop stand.</source>
        <translation>Winziger Fuß für einen Drucker- oder Laptopständer.</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
</context>
<context>
    <name>cable-strain-relief</name>
    <message>
        <source>squeeze {squeeze} mm would crush a {cable_diameter} mm cable: at most {limit:.2f} mm</source>
        <translation>eine Klemmung von {squeeze} mm würde ein {cable_diameter}-mm-Kabel quetschen: höchstens {limit:.2f} mm</translation>
    </message>
    <message>
        <source>lower half with captive nuts</source>
        <translation>untere Hälfte mit eingelegten Muttern</translation>
    </message>
    <message>
        <source>upper half; print groove up</source>
        <translation>obere Hälfte; mit der Rille nach oben drucken</translation>
    </message>
    <message>
        <source>{thread} × {screw_length} mm socket head cap screw</source>
        <translation>Zylinderschraube mit Innensechskant {thread} × {screw_length} mm</translation>
    </message>
    <message>
        <source>{thread} hex nut</source>
        <translation>Sechskantmutter {thread}</translation>
    </message>
    <message>
        <source>{diameter} × 16 mm countersunk wood screw</source>
        <translation>Senkkopf-Holzschraube {diameter} × 16 mm</translation>
    </message>
    <message>
        <source>Press the nuts into the hexagonal pockets under the base before assembly.</source>
        <translation>Die Muttern vor dem Zusammenbau in die Sechskanttaschen unter der Basis drücken.</translation>
    </message>
    <message>
        <source>Tighten until the halves touch: the cable is then squeezed by {squeeze} mm.</source>
        <translation>Anziehen, bis sich die Hälften berühren: das Kabel ist dann um {squeeze} mm geklemmt.</translation>
    </message>
    <message>
        <source>Cable strain relief clamp</source>
        <translation>Kabel-Zugentlastung</translation>
    </message>
    <message>
        <source>A two-part clamp that grips a cable so a pull on it does not reach the terminals. Measure the cable, choose how firmly to squeeze it, and screw the clamp down inside the appliance, lamp base or desk.</source>
        <translation>Eine zweiteilige Klemme, die ein Kabel hält, damit ein Zug daran nicht die Klemmen erreicht. Kabel messen, Klemmstärke wählen und die Klemme im Gerät, Lampenfuß oder Schreibtisch festschrauben.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>Outside diameter of the cable, measured with calipers.</source>
        <translation>Außendurchmesser des Kabels, mit dem Messschieber gemessen.</translation>
    </message>
    <message>
        <source>Cable diameter</source>
        <translation>Kabeldurchmesser</translation>
    </message>
    <message>
        <source>How much the closed clamp presses the cable (diameter reduction).</source>
        <translation>Wie stark die geschlossene Klemme das Kabel drückt (Durchmesserverringerung).</translation>
    </message>
    <message>
        <source>Squeeze</source>
        <translation>Klemmung</translation>
    </message>
    <message>
        <source>Clamp</source>
        <translation>Klemme</translation>
    </message>
    <message>
        <source>Length of the clamp along the cable.</source>
        <translation>Länge der Klemme entlang des Kabels.</translation>
    </message>
    <message>
        <source>Clamp length</source>
        <translation>Klemmenlänge</translation>
    </message>
    <message>
        <source>Plastic around the cable channel. Thinner uses less plastic; the grip is the same.</source>
        <translation>Kunststoff um den Kabelkanal. Dünner braucht weniger Kunststoff; der Halt bleibt gleich.</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Fixing</source>
        <translation>Befestigung</translation>
    </message>
    <message>
        <source>Socket head screws (ISO 4762) and nuts that close the clamp.</source>
        <translation>Zylinderschrauben (ISO 4762) und Muttern, die die Klemme schließen.</translation>
    </message>
    <message>
        <source>Screw</source>
        <translation>Schraube</translation>
    </message>
    <message>
        <source>Ears with countersunk holes to screw the clamp down.</source>
        <translation>Laschen mit Senkbohrungen zum Festschrauben der Klemme.</translation>
    </message>
    <message>
        <source>Mounting ears</source>
        <translation>Befestigungslaschen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>How many clamps.</source>
        <translation>Wie viele Klemmen.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Filament.</source>
        <translation>Filament.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>inside an appliance or lamp base, up to 50 °C</source>
        <translation>in einem Gerät oder Lampenfuß, bis 50 °C</translation>
    </message>
    <message>
        <source>the inside of a housing</source>
        <translation>das Innere eines Gehäuses</translation>
    </message>
    <message>
        <source>inside a housing</source>
        <translation>in einem Gehäuse</translation>
    </message>
    <message>
        <source>the cable&apos;s pull is held by friction under the screws&apos; clamping force, which a linear model of one part cannot represent</source>
        <translation>der Kabelzug wird durch Reibung unter der Klemmkraft der Schrauben gehalten, was ein lineares Modell eines Einzelteils nicht abbilden kann</translation>
    </message>
    <message>
        <source>Two-core lamp flex, about 5 mm.</source>
        <translation>Zweiadrige Lampenleitung, etwa 5 mm.</translation>
    </message>
    <message>
        <source>Lamp cord</source>
        <translation>Lampenkabel</translation>
    </message>
    <message>
        <source>Three-core appliance cable (kettle, heater).</source>
        <translation>Dreiadriges Gerätekabel (Wasserkocher, Heizlüfter).</translation>
    </message>
    <message>
        <source>Appliance cable</source>
        <translation>Gerätekabel</translation>
    </message>
    <message>
        <source>USB or audio cable.</source>
        <translation>USB- oder Audiokabel.</translation>
    </message>
    <message>
        <source>Usb cable</source>
        <translation>USB-Kabel</translation>
    </message>
    <message>
        <source>Thick cable for a workshop machine.</source>
        <translation>Dickes Kabel für eine Werkstattmaschine.</translation>
    </message>
    <message>
        <source>Heavy cable</source>
        <translation>Dickes Kabel</translation>
    </message>
</context>
<context>
    <name>conditions</name>
    <message>
        <source>standard</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>product sheet</source>
        <translation>Produktdatenblatt</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind}: {text}</translation>
    </message>
</context>
<context>
    <name>contact</name>
    <message>
        <source>Could you make this? {design} (Fabwise package)</source>
        <translation>Könnten Sie das fertigen? {design} (Fabwise-Paket)</translation>
    </message>
    <message>
        <source>Hello {facility},</source>
        <translation>Hallo {facility},</translation>
    </message>
    <message>
        <source>I would like to have “{design}” made at your workshop.</source>
        <translation>Ich möchte „{design}“ in Ihrer Werkstatt fertigen lassen.</translation>
    </message>
    <message>
        <source>The production package is attached: {file}</source>
        <translation>Das Produktionspaket ist angehängt: {file}</translation>
    </message>
    <message>
        <source>(made with Fabwise; check it with: fabwise package verify FILE).</source>
        <translation>(erstellt mit Fabwise; prüfen mit: fabwise package verify DATEI).</translation>
    </message>
    <message>
        <source>I can send the production package (made with Fabwise) as soon as you tell me which files you take.</source>
        <translation>Ich kann das Produktionspaket (erstellt mit Fabwise) schicken, sobald Sie mir sagen, welche Dateien Sie verarbeiten.</translation>
    </message>
    <message>
        <source>Could you tell me the price and when it could be ready?</source>
        <translation>Könnten Sie mir den Preis nennen und sagen, wann es fertig sein könnte?</translation>
    </message>
    <message>
        <source>Thank you,</source>
        <translation>Vielen Dank,</translation>
    </message>
</context>
<context>
    <name>device-wall-mount</name>
    <message>
        <source>back height {back_height} mm leaves no room for the screws above a {lip_height} mm lip: at least {need:g} mm</source>
        <translation>Rückwandhöhe {back_height} mm lässt über einem {lip_height}-mm-Rand keinen Platz für die Schrauben: mindestens {need:g} mm</translation>
    </message>
    <message>
        <source>a holder {width:.0f} mm wide is too narrow for two screws: use one screw (it needs {need:g} mm for two)</source>
        <translation>ein {width:.0f} mm breiter Halter ist zu schmal für zwei Schrauben: eine Schraube verwenden (für zwei braucht es {need:g} mm)</translation>
    </message>
    <message>
        <source>wall {wall} mm is too thin for {screw_size} countersunk screws: at least {need:g} mm, or pick a smaller screw</source>
        <translation>Wand {wall} mm ist zu dünn für {screw_size}-Senkschrauben: mindestens {need:g} mm, oder eine kleinere Schraube wählen</translation>
    </message>
    <message>
        <source>print standing on its floor: no supports needed</source>
        <translation>stehend auf dem Boden drucken: keine Stützen nötig</translation>
    </message>
    <message>
        <source>{diameter} × {length} mm countersunk wood screw</source>
        <translation>Senkkopf-Holzschraube {diameter} × {length} mm</translation>
    </message>
    <message>
        <source>Inside: {wi:g} × {di:g} mm for a {device_width} × {device_depth} mm device.</source>
        <translation>Innen: {wi:g} × {di:g} mm für ein Gerät mit {device_width} × {device_depth} mm.</translation>
    </message>
    <message>
        <source>Made-to-measure wall holder</source>
        <translation>Maßgefertigter Wandhalter</translation>
    </message>
    <message>
        <source>A wall holder for a device you measure: Wi-Fi router, remote control, phone, speaker. Enter its width and thickness; the tray fits it with the clearance you choose, with a slot for the charging cable and a window in front.</source>
        <translation>Ein Wandhalter für ein Gerät, das Sie ausmessen: WLAN-Router, Fernbedienung, Telefon, Lautsprecher. Breite und Dicke eingeben; die Schale passt mit dem gewählten Spiel, mit einem Schlitz für das Ladekabel und einem Fenster vorne.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Zuhause</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Width of the device, measured across the side that goes into the holder.</source>
        <translation>Breite des Geräts, gemessen über die Seite, die in den Halter kommt.</translation>
    </message>
    <message>
        <source>Device width</source>
        <translation>Gerätebreite</translation>
    </message>
    <message>
        <source>Thickness of the device, front to back.</source>
        <translation>Dicke des Geräts, von vorne nach hinten.</translation>
    </message>
    <message>
        <source>Device depth</source>
        <translation>Gerätetiefe</translation>
    </message>
    <message>
        <source>Gap around the device on each side.</source>
        <translation>Spiel um das Gerät auf jeder Seite.</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Halter</translation>
    </message>
    <message>
        <source>Height of the tray&apos;s walls (how much of the device they hold).</source>
        <translation>Höhe der Schalenwände (wie viel vom Gerät sie halten).</translation>
    </message>
    <message>
        <source>Lip height</source>
        <translation>Randhöhe</translation>
    </message>
    <message>
        <source>Height of the back plate against the wall.</source>
        <translation>Höhe der Rückplatte an der Wand.</translation>
    </message>
    <message>
        <source>Back height</source>
        <translation>Rückwandhöhe</translation>
    </message>
    <message>
        <source>Wall thickness. Thinner uses less plastic; it still holds a light device.</source>
        <translation>Wanddicke. Dünner braucht weniger Kunststoff; ein leichtes Gerät hält sie trotzdem.</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Slot in the floor for a charging cable.</source>
        <translation>Schlitz im Boden für ein Ladekabel.</translation>
    </message>
    <message>
        <source>Cable slot</source>
        <translation>Kabelschlitz</translation>
    </message>
    <message>
        <source>Cut-out in the front lip to reach buttons or see a display.</source>
        <translation>Ausschnitt im vorderen Rand, um Tasten zu erreichen oder eine Anzeige zu sehen.</translation>
    </message>
    <message>
        <source>Front window</source>
        <translation>Frontfenster</translation>
    </message>
    <message>
        <source>Mounting</source>
        <translation>Montage</translation>
    </message>
    <message>
        <source>Wall screws.</source>
        <translation>Wandschrauben.</translation>
    </message>
    <message>
        <source>Hole count</source>
        <translation>Lochanzahl</translation>
    </message>
    <message>
        <source>Countersunk wall screws.</source>
        <translation>Senkkopf-Wandschrauben.</translation>
    </message>
    <message>
        <source>Screw size</source>
        <translation>Schraubengröße</translation>
    </message>
    <message>
        <source>Weight of the device the holder carries.</source>
        <translation>Gewicht des Geräts, das der Halter trägt.</translation>
    </message>
    <message>
        <source>Device mass</source>
        <translation>Gerätemasse</translation>
    </message>
    <message>
        <source>Filament.</source>
        <translation>Filament.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>device weight</source>
        <translation>Gewicht des Geräts</translation>
    </message>
    <message>
        <source>The device stands in the tray for years.</source>
        <translation>Das Gerät steht jahrelang in der Schale.</translation>
    </message>
    <message>
        <source>the user&apos;s device mass, resting on the floor of the tray</source>
        <translation>die Masse des Geräts, auf dem Boden der Schale liegend</translation>
    </message>
    <message>
        <source>a router or charger warms its holder to about 45 °C</source>
        <translation>ein Router oder Ladegerät erwärmt seinen Halter auf etwa 45 °C</translation>
    </message>
    <message>
        <source>the tray around a warm device</source>
        <translation>die Schale um ein warmes Gerät</translation>
    </message>
    <message>
        <source>indoors</source>
        <translation>in Innenräumen</translation>
    </message>
    <message>
        <source>Router standing on its edge.</source>
        <translation>Router auf der Schmalseite stehend.</translation>
    </message>
    <message>
        <source>Wi-Fi router</source>
        <translation>WLAN-Router</translation>
    </message>
    <message>
        <source>Pocket for a TV remote.</source>
        <translation>Fach für eine TV-Fernbedienung.</translation>
    </message>
    <message>
        <source>TV remote</source>
        <translation>TV-Fernbedienung</translation>
    </message>
    <message>
        <source>Phone in its case, charging from below.</source>
        <translation>Telefon in der Hülle, Laden von unten.</translation>
    </message>
    <message>
        <source>Phone charging</source>
        <translation>Telefon laden</translation>
    </message>
</context>
<context>
    <name>dfm</name>
    <message>
        <source>&apos;{part}&apos; measures {size}; {machine} has no recorded envelope, so the fit was not checked</source>
        <translation>„{part}“ misst {size}; für {machine} ist kein Bauraum erfasst, daher wurde die Passung nicht geprüft</translation>
    </message>
    <message>
        <source>bed x, y and max thickness</source>
        <translation>Bett x, y und max. Dicke</translation>
    </message>
    <message>
        <source>any orientation</source>
        <translation>in beliebiger Ausrichtung</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; ({size}) fits {machine} ({envelope}, {how})</source>
        <translation>„{part}“ ({size}) passt in {machine} ({envelope}, {how})</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; measures {size} and does not fit {machine} ({envelope}, {how})</source>
        <translation>„{part}“ misst {size} und passt nicht in {machine} ({envelope}, {how})</translation>
    </message>
    <message>
        <source>{machine} lists no materials, so &apos;{material}&apos; is not confirmed</source>
        <translation>{machine} führt keine Materialien, daher ist „{material}“ nicht bestätigt</translation>
    </message>
    <message>
        <source>{machine} takes {material}</source>
        <translation>{machine} verarbeitet {material}</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is {material}, which {machine} does not list (it takes {materials})</source>
        <translation>„{part}“ ist aus {material}, das {machine} nicht führt (verarbeitet {materials})</translation>
    </message>
    <message>
        <source>{thickness:g} mm sheet is stocked for {machine}</source>
        <translation>{thickness:g}-mm-Platten sind für {machine} vorrätig</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is cut from {thickness:g} mm sheet; {machine} cuts {stock} mm sheet</source>
        <translation>„{part}“ wird aus {thickness:g}-mm-Platte geschnitten; {machine} schneidet Platten mit {stock} mm</translation>
    </message>
    <message>
        <source>{machine} lists no sheet thicknesses</source>
        <translation>{machine} führt keine Plattenstärken</translation>
    </message>
    <message>
        <source>{thickness:g} mm sheet is within {machine}&apos;s maximum of {top:g} mm</source>
        <translation>eine {thickness:g}-mm-Platte liegt innerhalb des Maximums von {top:g} mm für {machine}</translation>
    </message>
    <message>
        <source>{thickness:g} mm sheet exceeds {machine}&apos;s maximum of {top:g} mm</source>
        <translation>eine {thickness:g}-mm-Platte überschreitet das Maximum von {top:g} mm für {machine}</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; needs {process}, which {facility} does not offer (it offers {offered})</source>
        <translation>„{part}“ braucht {process}, das {facility} nicht anbietet (angeboten: {offered})</translation>
    </message>
    <message>
        <source>{message} (machines assumed, not declared by the workshop: confirm with {facility})</source>
        <translation>{message} (Maschinen angenommen, nicht von der Werkstatt angegeben: mit {facility} bestätigen)</translation>
    </message>
</context>
<context>
    <name>dshaft-knob</name>
    <message>
        <source>flat depth {flat_depth} mm is too deep for a {shaft_diameter} mm shaft: it must stay below the shaft radius (at most {limit:.2f} mm). Flat depth = shaft diameter − across-flat size</source>
        <translation>Abflachungstiefe {flat_depth} mm ist zu tief für eine {shaft_diameter}-mm-Welle: sie muss unter dem Wellenradius bleiben (höchstens {limit:.2f} mm). Abflachungstiefe = Wellendurchmesser − Maß über der Abflachung</translation>
    </message>
    <message>
        <source>knob diameter {knob_diameter} mm is too small for a {shaft_diameter} mm shaft: it must be at least {need:.1f} mm ({MIN_WALL} mm of wall around the bore)</source>
        <translation>Knopfdurchmesser {knob_diameter} mm ist zu klein für eine {shaft_diameter}-mm-Welle: mindestens {need:.1f} mm ({MIN_WALL} mm Wand um die Bohrung)</translation>
    </message>
    <message>
        <source>knob height {knob_height} mm is too low for a shaft that goes {shaft_length} mm in: it must be at least {need:.1f} mm (bore + top wall); lower the shaft length or raise the knob</source>
        <translation>Knopfhöhe {knob_height} mm ist zu niedrig für eine Welle, die {shaft_length} mm eintaucht: mindestens {need:.1f} mm (Bohrung + Deckwand); Wellenlänge verringern oder Knopf erhöhen</translation>
    </message>
    <message>
        <source>a set screw needs the shaft to go at least {MIN_SET_SCREW_INSERTION} mm into the knob (shaft length is {shaft_length} mm)</source>
        <translation>eine Madenschraube braucht mindestens {MIN_SET_SCREW_INSERTION} mm Wellenlänge im Knopf (Wellenlänge ist {shaft_length} mm)</translation>
    </message>
    <message>
        <source>knob diameter {knob_diameter} mm leaves no room for the shortest M3 set screw ({value} mm): make the knob wider or turn the set screw off</source>
        <translation>Knopfdurchmesser {knob_diameter} mm lässt keinen Platz für die kürzeste M3-Madenschraube ({value} mm): Knopf breiter machen oder Madenschraube abschalten</translation>
    </message>
    <message>
        <source>label size {label_size} mm is too large for a {knob_diameter} mm knob: at most {max_h:.1f} mm</source>
        <translation>Beschriftungsgröße {label_size} mm ist zu groß für einen {knob_diameter}-mm-Knopf: höchstens {max_h:.1f} mm</translation>
    </message>
    <message>
        <source>label &apos;{text}&apos; is about {width:.0f} mm wide and does not fit on the top (about {max_w:.0f} mm available): shorten it or make the text smaller</source>
        <translation>die Beschriftung &apos;{text}&apos; ist etwa {width:.0f} mm breit und passt nicht auf die Oberseite (etwa {max_w:.0f} mm verfügbar): kürzen oder Schrift verkleinern</translation>
    </message>
    <message>
        <source>The knob is too small to hollow out: it is printed solid.</source>
        <translation>Der Knopf ist zu klein zum Aushöhlen: er wird massiv gedruckt.</translation>
    </message>
    <message>
        <source>{thread} × {length} mm hex socket set screw, cup point</source>
        <translation>Gewindestift mit Innensechskant {thread} × {length} mm, Ringschneide</translation>
    </message>
    <message>
        <source>Tap the {tap_drill} mm side hole with an {thread} tap, or let the set screw cut its own thread.</source>
        <translation>Das seitliche {tap_drill}-mm-Loch mit einem {thread}-Gewindebohrer schneiden oder die Madenschraube ihr Gewinde selbst formen lassen.</translation>
    </message>
    <message>
        <source>Print upright as modelled (bore opening on the bed) so the D-profile is exact.</source>
        <translation>Aufrecht wie modelliert drucken (Bohrungsöffnung auf dem Druckbett), damit das D-Profil genau wird.</translation>
    </message>
    <message>
        <source>knob for a {shaft_diameter} mm D-shaft</source>
        <translation>Knopf für eine {shaft_diameter}-mm-D-Welle</translation>
    </message>
    <message>
        <source>Replacement D-shaft knob</source>
        <translation>Ersatz-Drehknopf für D-Welle</translation>
    </message>
    <message>
        <source>A replacement knob for a cooker, appliance or potentiometer D-shaft. Measure the shaft (diameter, across-flat size, how far it goes in), pick a grip, and add an index mark, a short engraved label or a set screw.</source>
        <translation>Ein Ersatzknopf für die D-Welle eines Herds, Geräts oder Potentiometers. Welle ausmessen (Durchmesser, Maß über der Abflachung, Einstecktiefe), Griff wählen und eine Markierung, eine kurze gravierte Beschriftung oder eine Madenschraube hinzufügen.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>Diameter of the round part of the shaft (measure with calipers).</source>
        <translation>Durchmesser des runden Teils der Welle (mit dem Messschieber messen).</translation>
    </message>
    <message>
        <source>Shaft diameter</source>
        <translation>Wellendurchmesser</translation>
    </message>
    <message>
        <source>How deep the flat cuts into the shaft: shaft diameter minus the size measured across the flat.</source>
        <translation>Wie tief die Abflachung in die Welle schneidet: Wellendurchmesser minus dem Maß über der Abflachung.</translation>
    </message>
    <message>
        <source>Flat depth</source>
        <translation>Abflachungstiefe</translation>
    </message>
    <message>
        <source>How far the shaft goes into the knob.</source>
        <translation>Wie weit die Welle in den Knopf reicht.</translation>
    </message>
    <message>
        <source>Shaft length</source>
        <translation>Wellenlänge</translation>
    </message>
    <message>
        <source>Extra gap added around the shaft. Raise it if the knob is too tight on your printer, lower it for a firmer push fit.</source>
        <translation>Zusätzliches Spiel um die Welle. Erhöhen, wenn der Knopf auf Ihrem Drucker zu stramm sitzt, verringern für einen festeren Sitz.</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <source>Knob</source>
        <translation>Knopf</translation>
    </message>
    <message>
        <source>Outer diameter of the knob.</source>
        <translation>Außendurchmesser des Knopfs.</translation>
    </message>
    <message>
        <source>Knob diameter</source>
        <translation>Knopfdurchmesser</translation>
    </message>
    <message>
        <source>Height of the knob.</source>
        <translation>Höhe des Knopfs.</translation>
    </message>
    <message>
        <source>Knob height</source>
        <translation>Knopfhöhe</translation>
    </message>
    <message>
        <source>Finger grip around the side: rounded ribs, fine straight knurl, or smooth.</source>
        <translation>Griff an der Seite: abgerundete Rippen, feine gerade Rändelung oder glatt.</translation>
    </message>
    <message>
        <source>Grip</source>
        <translation>Griff</translation>
    </message>
    <message>
        <source>Hollow the knob from below around a central hub: less plastic, same fit and look.</source>
        <translation>Den Knopf von unten um eine zentrale Nabe aushöhlen: weniger Kunststoff, gleiche Passung und Optik.</translation>
    </message>
    <message>
        <source>Hollow</source>
        <translation>Hohl</translation>
    </message>
    <message>
        <source>Wall thickness of the hollow knob (side, top and hub). Thinner uses less plastic and the fit does not change, but the hub gets weaker: `fabwise fit` says how thin still holds.</source>
        <translation>Wanddicke des hohlen Knopfs (Seite, Oberseite und Nabe). Dünner braucht weniger Kunststoff, die Passung bleibt, aber die Nabe wird schwächer: `fabwise fit` sagt, wie dünn sie noch hält.</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Add an M3 set screw that presses on the flat, for shafts that need a firm grip.</source>
        <translation>Eine M3-Madenschraube hinzufügen, die auf die Abflachung drückt, für Wellen, die festen Halt brauchen.</translation>
    </message>
    <message>
        <source>Set screw</source>
        <translation>Madenschraube</translation>
    </message>
    <message>
        <source>Engrave a pointer line on the top, on the side of the flat.</source>
        <translation>Eine Zeigerlinie oben auf der Seite der Abflachung gravieren.</translation>
    </message>
    <message>
        <source>Index mark</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Short text engraved on the top (e.g. &apos;HOB 2&apos;).</source>
        <translation>Kurzer Text oben eingraviert (z. B. &apos;PLATTE 2&apos;).</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Personalise</source>
        <translation>Personalisieren</translation>
    </message>
    <message>
        <source>Letter height of the label.</source>
        <translation>Buchstabenhöhe der Beschriftung.</translation>
    </message>
    <message>
        <source>Label size</source>
        <translation>Beschriftungsgröße</translation>
    </message>
    <message>
        <source>Filament. PETG or ABS for knobs near heat (cookers); PLA softens at about 55 °C.</source>
        <translation>Filament. PETG oder ABS für Knöpfe nahe an Wärme (Herde); PLA erweicht bei etwa 55 °C.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>hand twist</source>
        <translation>Drehen von Hand</translation>
    </message>
    <message>
        <source>A firm twist on a stiff control: the fingers hold the grip, the shaft&apos;s flat pushes back.</source>
        <translation>Ein kräftiges Drehen an einem schwergängigen Regler: die Finger halten den Griff, die Abflachung der Welle drückt zurück.</translation>
    </message>
    <message>
        <source>0.3 N·m, a firm twist on a stiff rotary control; not measured</source>
        <translation>0,3 N·m, ein kräftiges Drehen an einem schwergängigen Drehregler; nicht gemessen</translation>
    </message>
    <message>
        <source>a knob on a cooker&apos;s front panel reaches about 60 °C while the oven is on; not measured</source>
        <translation>ein Knopf an der Herdblende erreicht bei eingeschaltetem Backofen etwa 60 °C; nicht gemessen</translation>
    </message>
    <message>
        <source>a cooker&apos;s knob</source>
        <translation>der Knopf eines Herds</translation>
    </message>
    <message>
        <source>PLA softens at about 55 °C</source>
        <translation>PLA erweicht bei etwa 55 °C</translation>
    </message>
    <message>
        <source>Cooker/oven knob on a 6 mm D-shaft with a 4.5 mm flat (check your shaft).</source>
        <translation>Herd-/Backofenknopf auf einer 6-mm-D-Welle mit 4,5-mm-Abflachung (Welle prüfen).</translation>
    </message>
    <message>
        <source>Cooker 6mm</source>
        <translation>Herd 6 mm</translation>
    </message>
    <message>
        <source>Small knurled knob for a 6 mm D-shaft potentiometer or encoder.</source>
        <translation>Kleiner gerändelter Knopf für ein Potentiometer oder einen Drehgeber mit 6-mm-D-Welle.</translation>
    </message>
    <message>
        <source>Pot 6mm small</source>
        <translation>Kleines Poti 6 mm</translation>
    </message>
    <message>
        <source>Knob for a 1/4 in (6.35 mm) D-shaft with a set screw (audio gear, appliances).</source>
        <translation>Knopf für eine 1/4-Zoll-D-Welle (6,35 mm) mit Madenschraube (Audiogeräte, Haushaltsgeräte).</translation>
    </message>
    <message>
        <source>Quarter inch</source>
        <translation>Viertelzoll</translation>
    </message>
    <message>
        <source>Cooker knob with an engraved label.</source>
        <translation>Herdknopf mit gravierter Beschriftung.</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Beschriftet</translation>
    </message>
</context>
<context>
    <name>eco-factors</name>
    <message>
        <source>world-average electricity mix</source>
        <translation>weltweiter durchschnittlicher Strommix</translation>
    </message>
    <message>
        <source>EU-average electricity mix</source>
        <translation>durchschnittlicher EU-Strommix</translation>
    </message>
    <message>
        <source>electricity mix ({grid})</source>
        <translation>Strommix ({grid})</translation>
    </message>
    <message>
        <source>{subject} end of life ({route})</source>
        <translation>{subject} am Lebensende ({route})</translation>
    </message>
    <message>
        <source>standard {stock} size {size} mm</source>
        <translation>Standardformat {stock} {size} mm</translation>
    </message>
    <message>
        <source>laser cutting speed in {thickness} mm {material}</source>
        <translation>Laserschneidgeschwindigkeit in {thickness} mm {material}</translation>
    </message>
    <message>
        <source>{machine} cutting rate in {material}</source>
        <translation>Schnittleistung der {machine} in {material}</translation>
    </message>
    <message>
        <source>{mode} emissions</source>
        <translation>Emissionen ({mode})</translation>
    </message>
    <message>
        <source>{mode} energy use</source>
        <translation>Energieverbrauch ({mode})</translation>
    </message>
    <message>
        <source>{machine} {figure} for {material}</source>
        <translation>{machine}: {figure} für {material}</translation>
    </message>
    <message>
        <source>{machine} {figure}</source>
        <translation>{machine}: {figure}</translation>
    </message>
    <message>
        <source>{subject} {figure}</source>
        <translation>{subject}: {figure}</translation>
    </message>
    <message>
        <source>carbon footprint</source>
        <translation>CO₂-Fußabdruck</translation>
    </message>
    <message>
        <source>production energy</source>
        <translation>Herstellungsenergie</translation>
    </message>
    <message>
        <source>density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>angle</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>deposition rate</source>
        <translation>Auftragsrate</translation>
    </message>
    <message>
        <source>engrave line</source>
        <translation>Gravurlinie</translation>
    </message>
    <message>
        <source>engrave speed</source>
        <translation>Graviergeschwindigkeit</translation>
    </message>
    <message>
        <source>flat bar</source>
        <translation>Flachstab</translation>
    </message>
    <message>
        <source>incineration</source>
        <translation>Verbrennung</translation>
    </message>
    <message>
        <source>infill fraction</source>
        <translation>Füllgrad</translation>
    </message>
    <message>
        <source>landfill</source>
        <translation>Deponie</translation>
    </message>
    <message>
        <source>layer height</source>
        <translation>Schichthöhe</translation>
    </message>
    <message>
        <source>mean power</source>
        <translation>mittlere Leistung</translation>
    </message>
    <message>
        <source>nesting waste ratio</source>
        <translation>Verschnittanteil beim Verschachteln</translation>
    </message>
    <message>
        <source>pierce time</source>
        <translation>Einstechzeit</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>Platte</translation>
    </message>
    <message>
        <source>power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>rated power fraction</source>
        <translation>Anteil der Nennleistung</translation>
    </message>
    <message>
        <source>recycling</source>
        <translation>Recycling</translation>
    </message>
    <message>
        <source>round bar</source>
        <translation>Rundstab</translation>
    </message>
    <message>
        <source>seconds per layer</source>
        <translation>Sekunden pro Schicht</translation>
    </message>
    <message>
        <source>setup time</source>
        <translation>Rüstzeit</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <source>shell thickness</source>
        <translation>Wandstärke</translation>
    </message>
    <message>
        <source>spindle load factor</source>
        <translation>Spindellastfaktor</translation>
    </message>
    <message>
        <source>stock margin</source>
        <translation>Rohteilaufmaß</translation>
    </message>
    <message>
        <source>tool diameter</source>
        <translation>Werkzeugdurchmesser</translation>
    </message>
    <message>
        <source>travel speed</source>
        <translation>Verfahrgeschwindigkeit</translation>
    </message>
    <message>
        <source>waste ratio</source>
        <translation>Verschnittanteil</translation>
    </message>
    <message>
        <source>3D printer</source>
        <translation>3D-Drucker</translation>
    </message>
    <message>
        <source>resin printer</source>
        <translation>Harzdrucker</translation>
    </message>
    <message>
        <source>powder-bed printer</source>
        <translation>Pulverbettdrucker</translation>
    </message>
    <message>
        <source>laser cutter</source>
        <translation>Laserschneider</translation>
    </message>
    <message>
        <source>CNC router</source>
        <translation>CNC-Fräse (Portal)</translation>
    </message>
    <message>
        <source>CNC mill</source>
        <translation>CNC-Fräsmaschine</translation>
    </message>
    <message>
        <source>CNC machine</source>
        <translation>CNC-Maschine</translation>
    </message>
    <message>
        <source>van delivery</source>
        <translation>Lieferung per Transporter</translation>
    </message>
    <message>
        <source>lorry delivery</source>
        <translation>Lieferung per Lkw</translation>
    </message>
    <message>
        <source>rail freight</source>
        <translation>Bahnfracht</translation>
    </message>
    <message>
        <source>bicycle delivery</source>
        <translation>Lieferung per Fahrrad</translation>
    </message>
    <message>
        <source>sea freight</source>
        <translation>Seefracht</translation>
    </message>
    <message>
        <source>air freight</source>
        <translation>Luftfracht</translation>
    </message>
    <message>
        <source>car delivery</source>
        <translation>Lieferung per Auto</translation>
    </message>
</context>
<context>
    <name>eco-report</name>
    <message>
        <source>route set for this report</source>
        <translation>für diesen Bericht festgelegter Entsorgungsweg</translation>
    </message>
    <message>
        <source>default route: metals recycled, everything else incinerated</source>
        <translation>Standardweg: Metalle recycelt, alles andere verbrannt</translation>
    </message>
    <message>
        <source>{status} — {basis} (Fabwise&apos;s recycled-content table, with a source for each material)</source>
        <translation>{status} — {basis} (Fabwise-Tabelle der Rezyklatanteile, mit einer Quelle je Material)</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>follows the end-of-life route used in this report ({default}); routes: {routes}</source>
        <translation>folgt dem in diesem Bericht verwendeten Entsorgungsweg ({default}); Wege: {routes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>classification of each material (bio-based or not), shared eco_data REFERENCE.md section 1c; not a measured bio-based carbon content</source>
        <translation>Einstufung jedes Materials (biobasiert oder nicht), gemeinsame eco_data, REFERENCE.md Abschnitt 1c; kein gemessener biobasierter Kohlenstoffgehalt</translation>
    </message>
    <message>
        <source>from the materials of the product&apos;s parts and hardware</source>
        <translation>aus den Materialien der Teile und Kleinteile des Produkts</translation>
    </message>
    <message>
        <source>from the product&apos;s joints: glued or welded parts cannot be separated</source>
        <translation>aus den Verbindungen des Produkts: geklebte oder geschweißte Teile lassen sich nicht trennen</translation>
    </message>
    <message>
        <source>No footprint was computed for this variant.</source>
        <translation>Für diese Variante wurde kein Fußabdruck berechnet.</translation>
    </message>
    <message>
        <source>Material dominates this variant&apos;s footprint ({pct}): a lower-carbon or recycled material, or less material, saves the most.</source>
        <translation>Das Material dominiert den Fußabdruck dieser Variante ({pct}): ein CO₂-ärmeres oder recyceltes Material oder weniger Material spart am meisten.</translation>
    </message>
    <message>
        <source>Manufacturing electricity dominates ({pct}) on the {grid} grid ({g_kwh:.0f} g CO2e/kWh): a facility on a cleaner grid or a shorter machine time saves the most.</source>
        <translation>Der Fertigungsstrom dominiert ({pct}) im Netz {grid} ({g_kwh:.0f} g CO2e/kWh): eine Werkstatt mit saubererem Netz oder eine kürzere Maschinenzeit spart am meisten.</translation>
    </message>
    <message>
        <source>Manufacturing electricity dominates ({pct}) on the facility&apos;s own grid ({g_kwh:.0f} g CO2e/kWh): a facility on a cleaner grid or a shorter machine time saves the most.</source>
        <translation>Der Fertigungsstrom dominiert ({pct}) im eigenen Netz der Werkstatt ({g_kwh:.0f} g CO2e/kWh): eine Werkstatt mit saubererem Netz oder eine kürzere Maschinenzeit spart am meisten.</translation>
    </message>
    <message>
        <source>Transport dominates ({pct}): {distance} by {mode}; a closer facility or another mode saves the most.</source>
        <translation>Der Transport dominiert ({pct}): {distance} per {mode}; eine nähere Werkstatt oder ein anderes Verkehrsmittel spart am meisten.</translation>
    </message>
    <message>
        <source>End of life dominates ({pct}): keeping the product in use and recycling it matters more than how it is made.</source>
        <translation>Das Lebensende dominiert ({pct}): das Produkt lange zu nutzen und zu recyceln zählt mehr als seine Herstellung.</translation>
    </message>
    <message>
        <source>Transport is {share:.0%} of the total here.</source>
        <translation>Der Transport macht hier {share:.0%} der Gesamtmenge aus.</translation>
    </message>
    <message>
        <source>Material (incl. waste)</source>
        <translation>Material (inkl. Verschnitt)</translation>
    </message>
    <message>
        <source>Manufacturing energy</source>
        <translation>Fertigungsenergie</translation>
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
        <source>proxy</source>
        <translation>Näherungswert</translation>
    </message>
    <message>
        <source>your figure</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>{score:.1f} of {scale_max:g}</source>
        <translation>{score:.1f} von {scale_max:g}</translation>
    </message>
    <message>
        <source>Relies on proxy or estimated data: {names} and {more} more.</source>
        <translation>Beruht auf genäherten oder geschätzten Daten: {names} und {more} weitere.</translation>
    </message>
    <message>
        <source>Relies on proxy or estimated data: {names}.</source>
        <translation>Beruht auf genäherten oder geschätzten Daten: {names}.</translation>
    </message>
    <message>
        <source>world-average</source>
        <translation>„Weltdurchschnitt“</translation>
    </message>
    <message>
        <source>EU-average</source>
        <translation>„EU-Durchschnitt“</translation>
    </message>
    <message>
        <source>van</source>
        <translation>Transporter</translation>
    </message>
    <message>
        <source>lorry</source>
        <translation>Lkw</translation>
    </message>
    <message>
        <source>rail</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>bicycle</source>
        <translation>Fahrrad</translation>
    </message>
    <message>
        <source>ship</source>
        <translation>Schiff</translation>
    </message>
    <message>
        <source>air</source>
        <translation>Flugzeug</translation>
    </message>
    <message>
        <source>car</source>
        <translation>Auto</translation>
    </message>
</context>
<context>
    <name>engraving</name>
    <message>
        <source>{rtl} ({scripts}) are written right to left, and engraving draws letters left to right without joining them, so they would come out reversed; use Latin, Greek or Cyrillic letters</source>
        <translation>{rtl} ({scripts}) werden von rechts nach links geschrieben, und die Gravur setzt Buchstaben von links nach rechts ohne Verbindung, sie kämen also gespiegelt heraus; lateinische, griechische oder kyrillische Buchstaben verwenden</translation>
    </message>
    <message>
        <source>{complex_chars} ({why}) need text shaping (joined letters, placed marks), which engraving does not do; use Latin, Greek or Cyrillic letters</source>
        <translation>{complex_chars} ({why}) brauchen Textformung (verbundene Buchstaben, gesetzte Zeichen), die die Gravur nicht leistet; lateinische, griechische oder kyrillische Buchstaben verwenden</translation>
    </message>
    <message>
        <source>the engraving font has no glyph for {missing}: it would be engraved as an empty box; remove or replace those characters</source>
        <translation>die Gravurschrift hat kein Zeichen für {missing}: es würde als leeres Kästchen graviert; diese Zeichen entfernen oder ersetzen</translation>
    </message>
</context>
<context>
    <name>facilities</name>
    <message>
        <source>FDM 3D printer</source>
        <translation>FDM-3D-Drucker</translation>
    </message>
    <message>
        <source>SLA resin printer</source>
        <translation>SLA-Harzdrucker</translation>
    </message>
    <message>
        <source>SLS powder printer</source>
        <translation>SLS-Pulverdrucker</translation>
    </message>
    <message>
        <source>laser cutter</source>
        <translation>Laserschneider</translation>
    </message>
    <message>
        <source>CNC router</source>
        <translation>CNC-Fräse (Portal)</translation>
    </message>
    <message>
        <source>CNC mill</source>
        <translation>CNC-Fräsmaschine</translation>
    </message>
    <message>
        <source>no {machine} for {material}</source>
        <translation>{machine} für {material} fehlt</translation>
    </message>
    <message>
        <source>{machine}: materials not listed</source>
        <translation>{machine}: Materialien nicht angegeben</translation>
    </message>
    <message>
        <source>{machine} takes sheets up to {limit} mm, part &apos;{part}&apos; is {thickness} mm thick</source>
        <translation>{machine} nimmt Platten bis {limit} mm, Teil &apos;{part}&apos; ist {thickness} mm dick</translation>
    </message>
    <message>
        <source>no {thickness} mm {material}</source>
        <translation>kein {material} mit {thickness} mm</translation>
    </message>
    <message>
        <source>no {thickness} mm sheet</source>
        <translation>keine {thickness}-mm-Platte</translation>
    </message>
    <message>
        <source>{machine}: envelope unknown, fit not checked</source>
        <translation>{machine}: Bauraum unbekannt, Passung nicht geprüft</translation>
    </message>
    <message>
        <source>bed {bed} too small for part &apos;{part}&apos; {size} (rotation considered)</source>
        <translation>Bett {bed} zu klein für Teil &apos;{part}&apos; {size} (Drehung berücksichtigt)</translation>
    </message>
    <message>
        <source>build volume {volume} too small for part &apos;{part}&apos; {size} (rotation considered)</source>
        <translation>Bauraum {volume} zu klein für Teil &apos;{part}&apos; {size} (Drehung berücksichtigt)</translation>
    </message>
    <message>
        <source>no {machine}</source>
        <translation>{machine} fehlt</translation>
    </message>
    <message>
        <source>inventory not verified (typical fab lab machines assumed)</source>
        <translation>Maschinenbestand nicht geprüft (typische Fab-Lab-Maschinen angenommen)</translation>
    </message>
    <message>
        <source>fictional example workshop</source>
        <translation>fiktive Beispielwerkstatt</translation>
    </message>
    <message>
        <source>location approximate (region centroid)</source>
        <translation>Standort ungefähr (Mittelpunkt der Region)</translation>
    </message>
    <message>
        <source>location approximate (country centroid)</source>
        <translation>Standort ungefähr (Mittelpunkt des Landes)</translation>
    </message>
    <message>
        <source>GeoNames centroid of {place} (population {population})</source>
        <extracomment>Source coordinates within this distance of a place carrying the record&apos;s city name agree with the record. Source coordinates that disagree with the city name are still kept when a populated place (any name) lies this close: namesakes in the gazetteer are the usual cause of disagreement (San Miguel, Lima vs San Miguel elsewhere). Points far from any populated place are taken to be a geocoder&apos;s fallback (a country or state centroid) and replaced. Coordinates of a record whose city is not in the gazetteer at all (a small village) are kept.</extracomment>
        <translation>GeoNames-Mittelpunkt von {place} ({population} Einwohner)</translation>
    </message>
    <message>
        <source>{count} in {country}</source>
        <translation>{count} in {country}</translation>
    </message>
    <message>
        <source>give &apos;lat,lon&apos;</source>
        <translation>geben Sie „lat,lon“ an</translation>
    </message>
    <message>
        <source>add &apos;, CC&apos; to pick another country, or give &apos;lat,lon&apos;</source>
        <translation>fügen Sie „, CC“ hinzu, um ein anderes Land zu wählen, oder geben Sie „lat,lon“ an</translation>
    </message>
    <message>
        <source>; the most populous of {count} places named &apos;{name}&apos; ({spread}); {how}</source>
        <translation>; der einwohnerstärkste von {count} Orten namens „{name}“ ({spread}); {how}</translation>
    </message>
    <message>
        <source>postal code {code} not used: placed at the town&apos;s centre</source>
        <translation>Postleitzahl {code} nicht verwendet: auf die Ortsmitte gesetzt</translation>
    </message>
</context>
<context>
    <name>finger-box</name>
    <message>
        <source>length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>{span_name} {span} mm is too small for {finger} mm fingers in {t} mm sheet: it must be at least {need:g} mm (three fingers plus the sheet); make it bigger or the fingers narrower</source>
        <translation>{span_name} {span} mm ist zu klein für {finger}-mm-Zinken in {t}-mm-Platte: mindestens {need:g} mm (drei Zinken plus die Platte); größer machen oder die Zinken schmaler</translation>
    </message>
    <message>
        <source>finger width {finger_width} mm is too narrow for {t} mm sheet: use at least {value:g} mm</source>
        <translation>Zinkenbreite {finger_width} mm ist zu schmal für {t}-mm-Platte: mindestens {value:g} mm</translation>
    </message>
    <message>
        <source>the name is engraved on the lid: turn the lid on or clear the text</source>
        <translation>der Name wird auf den Deckel graviert: Deckel einschalten oder Text löschen</translation>
    </message>
    <message>
        <source>text size {size} mm does not fit the lid: at most {room_h:.0f} mm for a {width} mm wide box</source>
        <translation>Textgröße {size} mm passt nicht auf den Deckel: höchstens {room_h:.0f} mm bei einer {width} mm breiten Box</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; at {size} mm is about {width:.0f} mm long; the lid has about {room_w:.0f} mm: shorten the text or make it smaller</source>
        <translation>&apos;{text}&apos; in {size} mm ist etwa {width:.0f} mm lang; der Deckel bietet etwa {room_w:.0f} mm: Text kürzen oder verkleinern</translation>
    </message>
    <message>
        <source>Cut from {t} mm sheet; outlines include a kerf allowance of {kerf} mm (each cut line sits {value} mm outside the part).</source>
        <translation>Aus {t}-mm-Platte geschnitten; die Konturen enthalten eine Schnittfugenzugabe von {kerf} mm (jede Schnittlinie liegt {value} mm außerhalb des Teils).</translation>
    </message>
    <message>
        <source>The lid text was reduced to {size:.1f} mm to fit.</source>
        <translation>Der Deckeltext wurde auf {size:.1f} mm verkleinert, damit er passt.</translation>
    </message>
    <message>
        <source>Glue the finger joints with {glue}.</source>
        <translation>Die Fingerzinken mit {glue} verleimen.</translation>
    </message>
    <message>
        <source>Laser-cut finger-joint box</source>
        <translation>Lasergeschnittene Box mit Fingerzinken</translation>
    </message>
    <message>
        <source>A box of five laser-cut panels that interlock with finger joints, plus an optional lid with an engraved name. Outer size, sheet, finger width and kerf allowance are yours to set; the fingers are spread evenly along each edge.</source>
        <translation>Eine Box aus fünf lasergeschnittenen Platten, die mit Fingerzinken ineinandergreifen, dazu optional ein Deckel mit graviertem Namen. Außenmaß, Platte, Zinkenbreite und Schnittfugenzugabe stellen Sie ein; die Zinken sind gleichmäßig über jede Kante verteilt.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Outer length of the box.</source>
        <translation>Außenlänge der Box.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Outer width of the box.</source>
        <translation>Außenbreite der Box.</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Outer height without the lid.</source>
        <translation>Außenhöhe ohne Deckel.</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Platte</translation>
    </message>
    <message>
        <source>Sheet thickness: stock sheets are 3, 4 or 6 mm. Measure your sheet: the fingers are as deep as the sheet is thick.</source>
        <translation>Plattendicke: Standardplatten haben 3, 4 oder 6 mm. Messen Sie Ihre Platte: die Zinken sind so tief, wie die Platte dick ist.</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Dicke</translation>
    </message>
    <message>
        <source>Joints</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Target finger width; the fingers are adjusted so each edge holds an odd number of equal fingers. Wider fingers mean a shorter cut (less laser time); the box is the same.</source>
        <translation>Gewünschte Zinkenbreite; die Zinken werden so angepasst, dass jede Kante eine ungerade Zahl gleicher Zinken hat. Breitere Zinken bedeuten einen kürzeren Schnitt (weniger Laserzeit); die Box bleibt gleich.</translation>
    </message>
    <message>
        <source>Finger width</source>
        <translation>Zinkenbreite</translation>
    </message>
    <message>
        <source>Width of material the laser burns away. Each outline is moved out by half of it so the joints stay tight; ask your workshop for their value.</source>
        <translation>Breite des Materials, das der Laser wegbrennt. Jede Kontur wird um die Hälfte nach außen versetzt, damit die Verbindungen stramm bleiben; fragen Sie Ihre Werkstatt nach ihrem Wert.</translation>
    </message>
    <message>
        <source>Kerf</source>
        <translation>Schnittfuge</translation>
    </message>
    <message>
        <source>Glue the joints (stronger; the box can no longer be taken apart).</source>
        <translation>Die Verbindungen verleimen (stabiler; die Box lässt sich nicht mehr zerlegen).</translation>
    </message>
    <message>
        <source>Glued</source>
        <translation>Verleimt</translation>
    </message>
    <message>
        <source>Lid</source>
        <translation>Deckel</translation>
    </message>
    <message>
        <source>Add a loose lid with a locator underneath.</source>
        <translation>Einen losen Deckel mit Zentrierung darunter hinzufügen.</translation>
    </message>
    <message>
        <source>Name or word engraved on the lid.</source>
        <translation>Name oder Wort, in den Deckel graviert.</translation>
    </message>
    <message>
        <source>Lid text</source>
        <translation>Deckeltext</translation>
    </message>
    <message>
        <source>Personalise</source>
        <translation>Personalisieren</translation>
    </message>
    <message>
        <source>Letter height of the engraving.</source>
        <translation>Buchstabenhöhe der Gravur.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Sheet material.</source>
        <translation>Plattenmaterial.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>indoor room, up to 35 °C</source>
        <translation>Innenraum, bis 35 °C</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>der Raum</translation>
    </message>
    <message>
        <source>an indoor storage box; not for food</source>
        <translation>eine Aufbewahrungsbox für innen; nicht für Lebensmittel</translation>
    </message>
    <message>
        <source>what the box will hold is not declared, and glued finger joints are not modelled</source>
        <translation>was die Box aufnehmen soll, ist nicht angegeben, und verleimte Fingerzinken werden nicht modelliert</translation>
    </message>
    <message>
        <source>Long narrow box for pens and pencils.</source>
        <translation>Lange schmale Box für Stifte.</translation>
    </message>
    <message>
        <source>Pencil box</source>
        <translation>Stiftebox</translation>
    </message>
    <message>
        <source>Gift box with an engraved lid.</source>
        <translation>Geschenkbox mit graviertem Deckel.</translation>
    </message>
    <message>
        <source>Keepsake</source>
        <translation>Andenken</translation>
    </message>
    <message>
        <source>Open crate in 6 mm plywood for a shelf.</source>
        <translation>Offene Kiste aus 6-mm-Sperrholz für ein Regal.</translation>
    </message>
    <message>
        <source>Storage crate</source>
        <translation>Aufbewahrungskiste</translation>
    </message>
    <message>
        <source>Clear acrylic cube with a lid.</source>
        <translation>Würfel aus klarem Acryl mit Deckel.</translation>
    </message>
    <message>
        <source>Acrylic display</source>
        <translation>Acryl-Vitrine</translation>
    </message>
</context>
<context>
    <name>fit</name>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>humid air</source>
        <translation>feuchte Luft</translation>
    </message>
    <message>
        <source>splashes</source>
        <translation>Spritzwasser</translation>
    </message>
    <message>
        <source>immersion</source>
        <translation>Eintauchen</translation>
    </message>
    <message>
        <source>template says: “{text}”</source>
        <translation>die Vorlage sagt: „{text}“</translation>
    </message>
    <message>
        <source>service temperature {max_c:g} °C ({part})</source>
        <translation>Einsatztemperatur {max_c:g} °C ({part})</translation>
    </message>
    <message>
        <source>no softening temperature on record for {material}</source>
        <translation>keine Erweichungstemperatur für {material} hinterlegt</translation>
    </message>
    <message>
        <source>{material} softens at about {limit:g} °C</source>
        <translation>{material} erweicht bei etwa {limit:g} °C</translation>
    </message>
    <message>
        <source>the {part}</source>
        <translation>das Teil „{part}“</translation>
    </message>
    <message>
        <source>{softens}; {where} reaches {max_c:g} °C</source>
        <translation>{softens}; {where} erreicht {max_c:g} °C</translation>
    </message>
    <message>
        <source>{material} keeps its shape to about {limit:g} °C; {where} reaches {max_c:g} °C</source>
        <translation>{material} bleibt bis etwa {limit:g} °C formstabil; {where} erreicht {max_c:g} °C</translation>
    </message>
    <message>
        <source>outdoors in sunlight ({part})</source>
        <translation>im Freien in der Sonne ({part})</translation>
    </message>
    <message>
        <source>no UV rating on record for {material}</source>
        <translation>keine UV-Bewertung für {material} hinterlegt</translation>
    </message>
    <message>
        <source>{material} is rated {grade} in sunlight</source>
        <translation>{material} ist in der Sonne als {grade} bewertet</translation>
    </message>
    <message>
        <source>water: {water} ({part})</source>
        <translation>Wasser: {water} ({part})</translation>
    </message>
    <message>
        <source>no water rating on record for {material}</source>
        <translation>keine Wasserbewertung für {material} hinterlegt</translation>
    </message>
    <message>
        <source>{material} is rated {grade} with water</source>
        <translation>{material} ist bei Wasser als {grade} bewertet</translation>
    </message>
    <message>
        <source>{material} is declared for food contact</source>
        <translation>{material} ist für Lebensmittelkontakt deklariert</translation>
    </message>
    <message>
        <source>{material} is not for food contact</source>
        <translation>{material} ist nicht für Lebensmittelkontakt geeignet</translation>
    </message>
    <message>
        <source>no food-contact declaration on record for {material}: ask the maker for one</source>
        <translation>keine Erklärung zum Lebensmittelkontakt für {material} hinterlegt: beim Hersteller anfragen</translation>
    </message>
    <message>
        <source>food contact ({part})</source>
        <translation>Lebensmittelkontakt ({part})</translation>
    </message>
    <message>
        <source>the material row agrees ({value:g} °C)</source>
        <translation>der Materialeintrag stimmt überein ({value:g} °C)</translation>
    </message>
    <message>
        <source>the material row says {value:g} °C: the statement is off by {gap:.0f} K; correct one of them</source>
        <translation>der Materialeintrag nennt {value:g} °C: die Aussage weicht um {gap:.0f} K ab; eines von beiden korrigieren</translation>
    </message>
    <message>
        <source>the template declares no conditions of use</source>
        <translation>die Vorlage gibt keine Einsatzbedingungen an</translation>
    </message>
    <message>
        <source>no load case: {reason}</source>
        <translation>kein Lastfall: {reason}</translation>
    </message>
    <message>
        <source>{case} ({load} on the {part})</source>
        <translation>{case} ({load}, Teil „{part}“)</translation>
    </message>
    <message>
        <source>sustained load</source>
        <translation>Dauerlast</translation>
    </message>
    <message>
        <source>short-term load</source>
        <translation>Kurzzeitlast</translation>
    </message>
    <message>
        <source>the part names no region {regions}</source>
        <translation>das Teil benennt keinen Bereich {regions}</translation>
    </message>
    <message>
        <source>no stiffness on record for {material}</source>
        <translation>keine Steifigkeit für {material} hinterlegt</translation>
    </message>
    <message>
        <source>{amount} on {region}</source>
        <translation>{amount} auf {region}</translation>
    </message>
    <message>
        <source>not checked: the structural check could not run: {error}</source>
        <translation>nicht geprüft: die Festigkeitsrechnung konnte nicht laufen: {error}</translation>
    </message>
    <message>
        <source>peak von Mises {stress:.3g} MPa against {strength:.3g} MPa (sustained-load (creep) derated strength)</source>
        <translation>höchste Vergleichsspannung (von Mises) {stress:.3g} MPa gegen {strength:.3g} MPa (Festigkeit für Dauerlast abgemindert, Kriechen)</translation>
    </message>
    <message>
        <source>peak von Mises {stress:.3g} MPa against {strength:.3g} MPa (short-term strength)</source>
        <translation>höchste Vergleichsspannung (von Mises) {stress:.3g} MPa gegen {strength:.3g} MPa (Kurzzeitfestigkeit)</translation>
    </message>
    <message>
        <source>peak stress on the print layers&apos; bond (tension across, shear along) {stress:.3g} MPa against {strength:.3g} MPa (sustained-load (creep) derated strength)</source>
        <translation>höchste Spannung auf der Haftung der Druckschichten (Zug quer, Schub längs) {stress:.3g} MPa gegen {strength:.3g} MPa (Festigkeit für Dauerlast abgemindert, Kriechen)</translation>
    </message>
    <message>
        <source>peak stress on the print layers&apos; bond (tension across, shear along) {stress:.3g} MPa against {strength:.3g} MPa (short-term strength)</source>
        <translation>höchste Spannung auf der Haftung der Druckschichten (Zug quer, Schub längs) {stress:.3g} MPa gegen {strength:.3g} MPa (Kurzzeitfestigkeit)</translation>
    </message>
    <message>
        <source>{loads}: {peak}, largest deflection {deflection:.2g} mm; needs a safety factor of {required:g}</source>
        <translation>{loads}: {peak}, größte Durchbiegung {deflection:.2g} mm; nötig ist ein Sicherheitsfaktor von {required:g}</translation>
    </message>
    <message>
        <source>this variant has no part &apos;{part}&apos;</source>
        <translation>diese Variante hat kein Teil „{part}“</translation>
    </message>
</context>
<context>
    <name>flatpack-stool</name>
    <message>
        <source>arch height {arch_height} mm is too high for a {height} mm stool: at most {limit:.0f} mm, so {MIN_WEB:g} mm of wood stays under the cross joint</source>
        <translation>Bogenhöhe {arch_height} mm ist zu hoch für einen {height}-mm-Hocker: höchstens {limit:.0f} mm, damit {MIN_WEB:g} mm Holz unter der Kreuzverbindung bleiben</translation>
    </message>
    <message>
        <source>footprint {footprint} mm is too narrow for a {height} mm tall stool: at least {need:.0f} mm ({STABILITY_RATIO:g} × height) so it does not tip</source>
        <translation>Standbreite {footprint} mm ist zu schmal für einen {height} mm hohen Hocker: mindestens {need:.0f} mm ({STABILITY_RATIO:g} × Höhe), damit er nicht kippt</translation>
    </message>
    <message>
        <source>footprint {footprint} mm is narrower than the legs under a {seat_diameter} mm seat ({top:.0f} mm): widen the footprint or use a smaller seat</source>
        <translation>Standbreite {footprint} mm ist schmaler als die Beine unter einer {seat_diameter}-mm-Sitzfläche ({top:.0f} mm): Standbreite vergrößern oder kleinere Sitzfläche wählen</translation>
    </message>
    <message>
        <source>Dog-bone reliefs are sized for a {bit_diameter} mm bit: cut with that bit or smaller.</source>
        <translation>Die Dogbone-Freischnitte sind für einen {bit_diameter}-mm-Fräser bemessen: mit diesem oder einem kleineren Fräser schneiden.</translation>
    </message>
    <message>
        <source>Slide the leg with the top slot down over the other, put the seat on the tabs, then drill the screw pilot holes into the leg edges through the seat holes.</source>
        <translation>Das Bein mit dem oberen Schlitz nach unten über das andere schieben, die Sitzfläche auf die Zapfen setzen und dann die Vorbohrungen durch die Löcher der Sitzfläche in die Beinkanten bohren.</translation>
    </message>
    <message>
        <source>Flat-pack stool</source>
        <translation>Flachpack-Hocker</translation>
    </message>
    <message>
        <source>A stool routed from one board: two legs slide together in a cross and a round seat sits on their tabs, fixed with four screws. Ships flat, assembles with one tool, comes apart again.</source>
        <translation>Ein Hocker aus einer einzigen Platte gefräst: zwei Beine werden über Kreuz zusammengesteckt, eine runde Sitzfläche liegt auf ihren Zapfen und wird mit vier Schrauben befestigt. Wird flach geliefert, mit einem Werkzeug montiert und lässt sich wieder zerlegen.</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Möbel</translation>
    </message>
    <message>
        <source>Diameter of the round seat.</source>
        <translation>Durchmesser der runden Sitzfläche.</translation>
    </message>
    <message>
        <source>Seat diameter</source>
        <translation>Sitzdurchmesser</translation>
    </message>
    <message>
        <source>Seat height from the floor.</source>
        <translation>Sitzhöhe über dem Boden.</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Width of each leg at the floor; wider stands steadier.</source>
        <translation>Breite jedes Beins am Boden; breiter steht stabiler.</translation>
    </message>
    <message>
        <source>Footprint</source>
        <translation>Standbreite</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Platte</translation>
    </message>
    <message>
        <source>Board thickness. 15 and 18 mm take confirmat screws, 12 mm wood screws.</source>
        <translation>Plattendicke. 15 und 18 mm nehmen Konfirmatschrauben, 12 mm Holzschrauben.</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Dicke</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Height of the arch cut out between the feet: the stool stands on four feet (steady on uneven floors) and weighs less.</source>
        <translation>Höhe des Bogens zwischen den Füßen: der Hocker steht auf vier Füßen (stabil auf unebenem Boden) und wiegt weniger.</translation>
    </message>
    <message>
        <source>Arch height</source>
        <translation>Bogenhöhe</translation>
    </message>
    <message>
        <source>Machining</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Extra width of slots and mortises over the board thickness, so parts slide together. Raise it if your board is thicker than nominal.</source>
        <translation>Zusätzliche Breite von Schlitzen und Zapfenlöchern über der Plattendicke, damit die Teile ineinandergleiten. Erhöhen, wenn Ihre Platte dicker als nominal ist.</translation>
    </message>
    <message>
        <source>Fit clearance</source>
        <translation>Passungsspiel</translation>
    </message>
    <message>
        <source>Diameter of the router bit; inner corners get reliefs of this size.</source>
        <translation>Durchmesser des Fräsers; Innenecken bekommen Freischnitte dieser Größe.</translation>
    </message>
    <message>
        <source>Bit diameter</source>
        <translation>Fräserdurchmesser</translation>
    </message>
    <message>
        <source>Board material.</source>
        <translation>Plattenmaterial.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>seated person ({leg})</source>
        <translation>sitzende Person ({leg})</translation>
    </message>
    <message>
        <source>A person sits down heavily; each leg carries half through its top edge.</source>
        <translation>Eine Person setzt sich schwer hin; jedes Bein trägt die Hälfte über seine Oberkante.</translation>
    </message>
    <message>
        <source>an indoor stool</source>
        <translation>ein Hocker für innen</translation>
    </message>
    <message>
        <source>Standard stool, 45 cm.</source>
        <translation>Standardhocker, 45 cm.</translation>
    </message>
    <message>
        <source>Kitchen stool</source>
        <translation>Küchenhocker</translation>
    </message>
    <message>
        <source>Low stool for children or as a footrest.</source>
        <translation>Niedriger Hocker für Kinder oder als Fußstütze.</translation>
    </message>
    <message>
        <source>Kids stool</source>
        <translation>Kinderhocker</translation>
    </message>
    <message>
        <source>Tall stool for a counter.</source>
        <translation>Hoher Hocker für eine Theke.</translation>
    </message>
    <message>
        <source>Bar stool</source>
        <translation>Barhocker</translation>
    </message>
    <message>
        <source>Light side stool from 12 mm plywood.</source>
        <translation>Leichter Beistellhocker aus 12-mm-Sperrholz.</translation>
    </message>
    <message>
        <source>Light 12mm</source>
        <translation>Leicht 12 mm</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <source>{title}: −{amount} CO2e, −{saving_pct:.0f} %</source>
        <translation>{title}: −{amount} CO2e, −{saving_pct:.0f} %</translation>
    </message>
    <message>
        <source>{title} would save {amount} CO2e ({saving_pct:.0f} %) but fails: {reasons}</source>
        <translation>{title} würde {amount} CO2e ({saving_pct:.0f} %) sparen, scheitert aber: {reasons}</translation>
    </message>
    <message>
        <source>this facility</source>
        <translation>diese Werkstatt</translation>
    </message>
    <message>
        <source>{label} cannot make this variant ({missing})</source>
        <translation>{label} kann diese Variante nicht fertigen ({missing})</translation>
    </message>
    <message>
        <source>make it at {label} instead of {here}</source>
        <translation>bei {label} statt bei {here} fertigen lassen</translation>
    </message>
    <message>
        <source>{condition}: safety factor {safety_factor:.2g} (needs {required:g})</source>
        <translation>{condition}: Sicherheitsfaktor {safety_factor:.2g} (nötig {required:g})</translation>
    </message>
    <message>
        <source>fit for use not checked: {message}</source>
        <translation>Gebrauchstauglichkeit nicht geprüft: {message}</translation>
    </message>
    <message>
        <source>the template declares no conditions of use: fitness not checked</source>
        <translation>die Vorlage gibt keine Einsatzbedingungen an: Tauglichkeit nicht geprüft</translation>
    </message>
    <message>
        <source>still holds every condition of use (lowest safety factor {sf:.1f})</source>
        <translation>erfüllt weiterhin alle Einsatzbedingungen (kleinster Sicherheitsfaktor {sf:.1f})</translation>
    </message>
    <message>
        <source>still holds every condition of use</source>
        <translation>erfüllt weiterhin alle Einsatzbedingungen</translation>
    </message>
    <message>
        <source>fit for use unknown for: {conditions}</source>
        <translation>Gebrauchstauglichkeit unbekannt für: {conditions}</translation>
    </message>
    <message>
        <source>the template warns: “{said}”</source>
        <translation>die Vorlage warnt: „{said}“</translation>
    </message>
    <message>
        <source>{new} instead of {old}</source>
        <translation>{new} statt {old}</translation>
    </message>
    <message>
        <source>{title} {value} instead of {current}</source>
        <translation>{title} {value} statt {current}</translation>
    </message>
    <message>
        <source>{title}: no known facility can make it ({build})</source>
        <translation>{title}: keine bekannte Werkstatt kann sie fertigen ({build})</translation>
    </message>
    <message>
        <source>needs {build}: made at {label} ({distance_km}) instead of {label2}</source>
        <translation>braucht {build}: gefertigt bei {label} ({distance_km}) statt bei {label2}</translation>
    </message>
    <message>
        <source>{distance} further than {here}</source>
        <translation>{distance} weiter entfernt als {here}</translation>
    </message>
    <message>
        <source>{distance} closer than {here}</source>
        <translation>{distance} näher als {here}</translation>
    </message>
    <message>
        <source>delivered by {transport_mode} instead of {transport_mode2}</source>
        <translation>geliefert per {transport_mode} statt per {transport_mode2}</translation>
    </message>
    <message>
        <source>its machines and materials are not on record: assumed able to make it</source>
        <translation>Maschinen und Materialien nicht erfasst: es wird angenommen, dass sie es fertigen kann</translation>
    </message>
    <message>
        <source>machine time {before} → {after}</source>
        <translation>Maschinenzeit {before} → {after}</translation>
    </message>
    <message>
        <source>machine-time cost {sign}{delta:.2f} {currency} (rates {hourly_rate:g} and {hourly_rate2:g} {currency}/h)</source>
        <translation>Maschinenzeitkosten {sign}{delta:.2f} {currency} (Sätze {hourly_rate:g} und {hourly_rate2:g} {currency}/h)</translation>
    </message>
    <message>
        <source>product mass {sign}{mass_delta:.0f} g</source>
        <translation>Produktmasse {sign}{mass_delta:.0f} g</translation>
    </message>
    <message>
        <source>repairability {before:.1f} → {after} (Fabwise, after EU 2023/1669)</source>
        <translation>Reparierbarkeit {before:.1f} → {after} (Fabwise, nach EU 2023/1669)</translation>
    </message>
    <message>
        <source>changes the product: check it still suits its use</source>
        <translation>verändert das Produkt: prüfen, ob es noch zum Einsatzzweck passt</translation>
    </message>
    <message>
        <source>needs {processes}</source>
        <translation>braucht {processes}</translation>
    </message>
    <message>
        <source>relies on proxy/estimated data: {factors} (sources in the eco report)</source>
        <translation>beruht auf genäherten/geschätzten Daten: {factors} (Quellen im Öko-Bericht)</translation>
    </message>
</context>
<context>
    <name>hardware</name>
    <message>
        <source>{diameter} mm countersunk wood screw, {length} mm</source>
        <translation>Senkkopf-Holzschraube {diameter} mm, {length} mm</translation>
    </message>
    <message>
        <source>{thread} × {length} mm countersunk hex socket screw</source>
        <translation>Senkschraube mit Innensechskant {thread} × {length} mm</translation>
    </message>
    <message>
        <source>{thread} hex nut</source>
        <translation>Sechskantmutter {thread}</translation>
    </message>
</context>
<context>
    <name>imported</name>
    <message>
        <source>{name} is not used for {process}: it is made by {ways}; choose another material or process &apos;auto&apos;</source>
        <translation>{name} wird nicht für {process} verwendet: es wird per {ways} gefertigt; anderes Material oder Verfahren &apos;auto&apos; wählen</translation>
    </message>
    <message>
        <source>imported from {source}</source>
        <translation>importiert aus {source}</translation>
    </message>
    <message>
        <source>Imported model: the geometry is fixed as it came from {source}.</source>
        <translation>Importiertes Modell: die Geometrie ist so fest, wie sie aus {source} kam.</translation>
    </message>
    <message>
        <source>{process} in {material}</source>
        <translation>{process} in {material}</translation>
    </message>
    <message>
        <source>Your model, imported from {source} as STEP (exact solids).</source>
        <translation>Ihr Modell, importiert aus {source} als STEP (exakte Volumenkörper).</translation>
    </message>
    <message>
        <source>Your model, imported from {source} as a triangle mesh.</source>
        <translation>Ihr Modell, importiert aus {source} als Dreiecksnetz.</translation>
    </message>
    <message>
        <source>What to make it from; the process follows the material unless you choose one.</source>
        <translation>Woraus es gefertigt wird; das Verfahren folgt dem Material, außer Sie wählen eines.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Making</source>
        <translation>Fertigung</translation>
    </message>
    <message>
        <source>How it is made: &apos;auto&apos; uses the material&apos;s own process (filament: FDM printing, resin: SLA, powder: SLS, metal: CNC milling).</source>
        <translation>Wie es gefertigt wird: &apos;auto&apos; nimmt das Verfahren des Materials (Filament: FDM-Druck, Harz: SLA, Pulver: SLS, Metall: CNC-Fräsen).</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Size relative to the imported model (its longest side is {size:.1f} mm at 100 %).</source>
        <translation>Größe relativ zum importierten Modell (seine längste Seite misst bei 100 % {size:.1f} mm).</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Maßstab</translation>
    </message>
    <message>
        <source>How many of each part one product holds.</source>
        <translation>Wie viele von jedem Teil ein Produkt enthält.</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>{made} at the imported size.</source>
        <translation>{made} in importierter Größe.</translation>
    </message>
    <message>
        <source>As imported</source>
        <translation>Wie importiert</translation>
    </message>
</context>
<context>
    <name>lamp-shade</name>
    <message>
        <source>the shade flares {flare:.0f} mm over a height of {height} mm: more than 45°, it cannot print without support; make it taller or the diameters closer</source>
        <translation>der Schirm weitet sich um {flare:.0f} mm auf {height} mm Höhe: mehr als 45°, er lässt sich nicht ohne Stützen drucken; höher machen oder die Durchmesser angleichen</translation>
    </message>
    <message>
        <source>the shade&apos;s bottom must be at least as wide as its top</source>
        <translation>der Schirm muss unten mindestens so breit sein wie oben</translation>
    </message>
    <message>
        <source>shade top diameter {top_diameter} mm is too small for a {ring_hole} mm holder hole with vent holes: at least {need:g} mm</source>
        <translation>Schirmdurchmesser oben {top_diameter} mm ist zu klein für ein {ring_hole}-mm-Fassungsloch mit Lüftungslöchern: mindestens {need:g} mm</translation>
    </message>
    <message>
        <source>shade top diameter {top_diameter} mm is too small for a {ring_hole} mm holder hole: at least {need:g} mm</source>
        <translation>Schirmdurchmesser oben {top_diameter} mm ist zu klein für ein {ring_hole}-mm-Fassungsloch: mindestens {need:g} mm</translation>
    </message>
    <message>
        <source>a {shade_height} mm shade would hit the base: the stem must be at least {need:g} mm (it is {stem_height} mm)</source>
        <translation>ein {shade_height}-mm-Schirm würde den Fuß berühren: der Schaft muss mindestens {need:g} mm lang sein (er ist {stem_height} mm)</translation>
    </message>
</context>
<context>
    <name>machines</name>
    <message>
        <source>FDM 3D printer</source>
        <extracomment>Process id -&gt; the machine that does it, as a person would name it.</extracomment>
        <translation>FDM-3D-Drucker</translation>
    </message>
    <message>
        <source>SLA resin printer</source>
        <translation>SLA-Harzdrucker</translation>
    </message>
    <message>
        <source>SLS powder printer</source>
        <translation>SLS-Pulverdrucker</translation>
    </message>
    <message>
        <source>laser cutter</source>
        <translation>Laserschneider</translation>
    </message>
    <message>
        <source>CNC router</source>
        <translation>CNC-Fräse (Portal)</translation>
    </message>
    <message>
        <source>CNC mill</source>
        <translation>CNC-Fräsmaschine</translation>
    </message>
</context>
<context>
    <name>making</name>
    <message>
        <source>{name}: electricity source unknown, its country grid is assumed</source>
        <translation>{name}: Stromquelle unbekannt, der Strommix des Landes wird angenommen</translation>
    </message>
    <message>
        <source>{name}: machines assumed (inventory not verified)</source>
        <translation>{name}: Maschinen angenommen (Bestand nicht geprüft)</translation>
    </message>
    <message>
        <source>no delivery distance given: transport counted as 0 km</source>
        <translation>keine Lieferentfernung angegeben: Transport mit 0 km gerechnet</translation>
    </message>
    <message>
        <source>delivery distance {km:.1f} km is the straight line from {origin} (roads are longer; precision: {precision})</source>
        <translation>die Lieferentfernung von {km:.1f} km ist die Luftlinie ab {origin} (Straßen sind länger; Genauigkeit: {precision})</translation>
    </message>
    <message>
        <source>delivery distance {km:.1f} km is the straight line from {origin} (roads are longer)</source>
        <translation>die Lieferentfernung von {km:.1f} km ist die Luftlinie ab {origin} (Straßen sind länger)</translation>
    </message>
    <message>
        <source>a place without a facility gives no distance: transport counted as 0 km</source>
        <translation>ein Ort ohne Werkstatt ergibt keine Entfernung: Transport mit 0 km gerechnet</translation>
    </message>
    <message>
        <source>{facility} has no coordinates: delivery distance counted as 0 km</source>
        <translation>{facility} hat keine Koordinaten: Lieferentfernung mit 0 km gerechnet</translation>
    </message>
    <message>
        <source>No workshop within {radius:.0f} km of {place} can make this design.</source>
        <translation>Keine Werkstatt im Umkreis von {radius:.0f} km um {place} kann dieses Design fertigen.</translation>
    </message>
    <message>
        <source>No workshop anywhere can make this design.</source>
        <translation>Nirgends kann eine Werkstatt dieses Design fertigen.</translation>
    </message>
    <message>
        <source>Try a larger distance, another material or process, or add your own workshop (fabwise facilities add).</source>
        <translation>Versuchen Sie eine größere Entfernung, ein anderes Material oder Verfahren, oder fügen Sie Ihre eigene Werkstatt hinzu (fabwise facilities add).</translation>
    </message>
    <message>
        <source>Try a larger distance, another material or process, or add your own workshop (fabwise facilities add); to try the flow, turn on “Show example workshops”.</source>
        <translation>Versuchen Sie eine größere Entfernung, ein anderes Material oder Verfahren, oder fügen Sie Ihre eigene Werkstatt hinzu (fabwise facilities add); zum Ausprobieren „Beispielwerkstätten anzeigen“ einschalten.</translation>
    </message>
    <message>
        <source>{count} workshop within {radius:.0f} km of {place} can make it</source>
        <translation>{count} Werkstatt im Umkreis von {radius:.0f} km um {place} kann es fertigen</translation>
    </message>
    <message>
        <source>{count} workshops within {radius:.0f} km of {place} can make it</source>
        <translation>{count} Werkstätten im Umkreis von {radius:.0f} km um {place} können es fertigen</translation>
    </message>
    <message>
        <source>{count} workshop nearest to {place} (none within reach) can make it</source>
        <translation>{count} Werkstatt am nächsten zu {place} (keine in Reichweite) kann es fertigen</translation>
    </message>
    <message>
        <source>{count} workshops nearest to {place} (none within reach) can make it</source>
        <translation>{count} Werkstätten am nächsten zu {place} (keine in Reichweite) können es fertigen</translation>
    </message>
    <message>
        <source>, and {count} example workshop (fictional, listed last)</source>
        <translation>, und {count} Beispielwerkstatt (fiktiv, zuletzt aufgeführt)</translation>
    </message>
    <message>
        <source>, and {count} example workshops (fictional, listed last)</source>
        <translation>, und {count} Beispielwerkstätten (fiktiv, zuletzt aufgeführt)</translation>
    </message>
</context>
<context>
    <name>materials</name>
    <message>
        <source>PLA</source>
        <translation>PLA</translation>
    </message>
    <message>
        <source>Recycled PLA</source>
        <translation>Recycling-PLA</translation>
    </message>
    <message>
        <source>PETG</source>
        <translation>PETG</translation>
    </message>
    <message>
        <source>Recycled PETG</source>
        <translation>Recycling-PETG</translation>
    </message>
    <message>
        <source>ABS</source>
        <translation>ABS</translation>
    </message>
    <message>
        <source>PA12 (SLS)</source>
        <translation>PA12 (SLS)</translation>
    </message>
    <message>
        <source>SLA resin (standard photopolymer)</source>
        <translation>SLA-Harz (Standard-Photopolymer)</translation>
    </message>
    <message>
        <source>Birch plywood</source>
        <translation>Birkensperrholz</translation>
    </message>
    <message>
        <source>MDF</source>
        <translation>MDF</translation>
    </message>
    <message>
        <source>Acrylic (PMMA) sheet</source>
        <translation>Acrylglasplatte (PMMA)</translation>
    </message>
    <message>
        <source>Aluminium (primary)</source>
        <translation>Aluminium (primär)</translation>
    </message>
    <message>
        <source>Aluminium (recycled)</source>
        <translation>Aluminium (recycelt)</translation>
    </message>
    <message>
        <source>Steel (primary)</source>
        <translation>Stahl (primär)</translation>
    </message>
    <message>
        <source>Steel (recycled)</source>
        <translation>Stahl (recycelt)</translation>
    </message>
    <message>
        <source>Stainless steel 304</source>
        <translation>Edelstahl 304</translation>
    </message>
    <message>
        <source>Pine (Scots pine board)</source>
        <translation>Kiefer (Waldkiefernbrett)</translation>
    </message>
</context>
<context>
    <name>order</name>
    <message>
        <source>price not established: {missing}</source>
        <translation>Preis nicht ermittelt: {missing}</translation>
    </message>
    <message>
        <source>, partly typical fab-lab prices (not the workshops&apos; own)</source>
        <translation>, teils typische Fab-Lab-Preise (nicht die der Werkstätten)</translation>
    </message>
    <message>
        <source>{facility}: no distance to you known, transport counted as 0 km</source>
        <translation>{facility}: keine Entfernung zu Ihnen bekannt, Transport mit 0 km gerechnet</translation>
    </message>
    <message>
        <source>{facility} publishes no prices</source>
        <translation>{facility} veröffentlicht keine Preise</translation>
    </message>
    <message>
        <source>{facility}: {item} (and {more} more)</source>
        <translation>{facility}: {item} (und {more} weitere)</translation>
    </message>
    <message>
        <source>{facility}: {item}</source>
        <translation>{facility}: {item}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>its workshops quote in {currencies}, which Fabwise does not convert</source>
        <translation>ihre Werkstätten rechnen in {currencies} ab, was Fabwise nicht umrechnet</translation>
    </message>
    <message>
        <source>estimated from the volume model; each package carries the quote from its sliced jobs</source>
        <translation>aus dem Volumenmodell geschätzt; jedes Paket enthält das Angebot aus seinen gesliceten Aufträgen</translation>
    </message>
    <message>
        <source>bought hardware not included: no price source, the same in every plan</source>
        <translation>gekaufte Kleinteile nicht enthalten: keine Preisquelle, in jedem Plan gleich</translation>
    </message>
    <message>
        <source>quoted in {currency}, not comparable with the plans in {usual} (Fabwise does not convert currencies)</source>
        <translation>in {currency} angeboten, nicht vergleichbar mit den Plänen in {usual} (Fabwise rechnet keine Währungen um)</translation>
    </message>
    <message>
        <source>the split saves {saving} against one workshop ({parcels} parcels instead of 1; estimated)</source>
        <translation>die Aufteilung spart {saving} gegenüber einer Werkstatt ({parcels} Pakete statt einem; geschätzt)</translation>
    </message>
    <message>
        <source>one workshop saves {saving} and {parcels} parcel(s) against the split (estimated)</source>
        <translation>eine Werkstatt spart {saving} und {parcels} Paket(e) gegenüber der Aufteilung (geschätzt)</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>estimated; within the data&apos;s uncertainty</source>
        <translation>geschätzt; innerhalb der Datenunsicherheit</translation>
    </message>
    <message>
        <source>{parts} at {facility} ({distance})</source>
        <translation>{parts} bei {facility} ({distance})</translation>
    </message>
    <message>
        <source>Split the order across {count} workshops ({who}): −{saving}, −{pct:.0f} % ({estimated}); {count} parcels instead of 1</source>
        <translation>Die Bestellung auf {count} Werkstätten aufteilen ({who}): −{saving}, −{pct:.0f} % ({estimated}); {count} Pakete statt einem</translation>
    </message>
    <message>
        <source>Make every part at {facility} ({distance}): −{saving}, −{pct:.0f} % ({estimated}); {fewer} parcel fewer</source>
        <translation>Alle Teile bei {facility} fertigen ({distance}): −{saving}, −{pct:.0f} % ({estimated}); {fewer} Paket weniger</translation>
    </message>
    <message>
        <source>Make every part at {facility} ({distance}): −{saving}, −{pct:.0f} % ({estimated}); {fewer} parcels fewer</source>
        <translation>Alle Teile bei {facility} fertigen ({distance}): −{saving}, −{pct:.0f} % ({estimated}); {fewer} Pakete weniger</translation>
    </message>
    <message>
        <source>distance unknown</source>
        <translation>Entfernung unbekannt</translation>
    </message>
</context>
<context>
    <name>params</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Personalise</source>
        <translation>Personalisieren</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>one of {options}</source>
        <extracomment>``file:line`` where the designer declared it (found when it is made; for error messages)</extracomment>
        <translation>einer der Werte {options}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <source>up to {count} characters, printable characters</source>
        <translation>bis zu {count} Zeichen, druckbare Zeichen</translation>
    </message>
    <message>
        <source>any text, printable characters</source>
        <translation>beliebiger Text, druckbare Zeichen</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {value}</source>
        <translation>{name} muss eine ganze Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{name} = {value}{unit} is out of range: allowed {allowed}</source>
        <translation>{name} = {value}{unit} liegt außerhalb des Bereichs: erlaubt {allowed}</translation>
    </message>
    <message>
        <source>{name} needs a number, got {value}</source>
        <translation>{name} braucht eine Zahl, erhalten: {value}</translation>
    </message>
    <message>
        <source>{name} needs a finite number, got {value}</source>
        <translation>{name} braucht eine endliche Zahl, erhalten: {value}</translation>
    </message>
    <message>
        <source>{name} needs a number, got &apos;{value}&apos;</source>
        <translation>{name} braucht eine Zahl, erhalten: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>{name}: unknown unit &apos;{unit}&apos;, use &apos;{expected}&apos; (or cm, m, in)</source>
        <translation>{name}: unbekannte Einheit &apos;{unit}&apos;, &apos;{expected}&apos; verwenden (oder cm, m, in)</translation>
    </message>
    <message>
        <source>{name}: unknown unit &apos;{unit}&apos;, use &apos;{expected}&apos;</source>
        <translation>{name}: unbekannte Einheit &apos;{unit}&apos;, &apos;{expected}&apos; verwenden</translation>
    </message>
    <message>
        <source>{name}: unknown unit &apos;{unit}&apos;, use no unit</source>
        <translation>{name}: unbekannte Einheit &apos;{unit}&apos;, keine Einheit verwenden</translation>
    </message>
    <message>
        <source>{name} must be true or false, got {value}</source>
        <translation>{name} muss wahr oder falsch sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{name}: material {value} is not allowed: {allowed}</source>
        <translation>{name}: Material {value} ist nicht erlaubt: {allowed}</translation>
    </message>
    <message>
        <source>{name}: choice {value} is not allowed: {allowed}</source>
        <translation>{name}: Auswahl {value} ist nicht erlaubt: {allowed}</translation>
    </message>
    <message>
        <source>{name} needs text, got {value}</source>
        <translation>{name} braucht Text, erhalten: {value}</translation>
    </message>
    <message>
        <source>{name} is {length} characters long: at most {limit} allowed</source>
        <translation>{name} ist {length} Zeichen lang: höchstens {limit} erlaubt</translation>
    </message>
    <message>
        <source>{name} contains control characters: use plain text</source>
        <translation>{name} enthält Steuerzeichen: einfachen Text verwenden</translation>
    </message>
    <message>
        <source>{name} &apos;{value}&apos; cannot be engraved: {problem}</source>
        <translation>{name} &apos;{value}&apos; kann nicht graviert werden: {problem}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be {grouped} or {decimal}: type it without the comma, or with a point for decimals</source>
        <translation>&apos;{text}&apos; könnte {grouped} oder {decimal} sein: ohne Komma eingeben oder mit einem Punkt für Dezimalstellen</translation>
    </message>
</context>
<context>
    <name>parts</name>
    <message>
        <source>base</source>
        <translation>Sockel</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>Boden</translation>
    </message>
    <message>
        <source>bottom plate</source>
        <translation>Bodenplatte</translation>
    </message>
    <message>
        <source>bracket</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>Schelle</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>foot cap</source>
        <translation>Fußkappe</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>Halter</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>Nabe</translation>
    </message>
    <message>
        <source>knob</source>
        <translation>Knopf</translation>
    </message>
    <message>
        <source>leg with bottom slot</source>
        <translation>Bein mit Schlitz unten</translation>
    </message>
    <message>
        <source>leg with top slot</source>
        <translation>Bein mit Schlitz oben</translation>
    </message>
    <message>
        <source>lid</source>
        <translation>Deckel</translation>
    </message>
    <message>
        <source>lid locator</source>
        <translation>Deckelführung</translation>
    </message>
    <message>
        <source>long side</source>
        <translation>Längsseite</translation>
    </message>
    <message>
        <source>screw cover</source>
        <translation>Schraubenabdeckung</translation>
    </message>
    <message>
        <source>seat</source>
        <translation>Sitzfläche</translation>
    </message>
    <message>
        <source>shade</source>
        <translation>Schirm</translation>
    </message>
    <message>
        <source>short side</source>
        <translation>Schmalseite</translation>
    </message>
    <message>
        <source>stem</source>
        <translation>Stiel</translation>
    </message>
    <message>
        <source>top</source>
        <translation>Tischplatte</translation>
    </message>
    <message>
        <source>bolt</source>
        <translation>Schraube</translation>
    </message>
    <message>
        <source>clamp screw</source>
        <translation>Klemmschraube</translation>
    </message>
    <message>
        <source>confirmat screw</source>
        <translation>Konfirmatschraube</translation>
    </message>
    <message>
        <source>cord set</source>
        <translation>Anschlusskabel</translation>
    </message>
    <message>
        <source>felt pad</source>
        <translation>Filzgleiter</translation>
    </message>
    <message>
        <source>foot screw</source>
        <translation>Fußschraube</translation>
    </message>
    <message>
        <source>hub screw</source>
        <translation>Nabenschraube</translation>
    </message>
    <message>
        <source>lamp holder</source>
        <translation>Lampenfassung</translation>
    </message>
    <message>
        <source>lamp nut</source>
        <translation>Fassungsmutter</translation>
    </message>
    <message>
        <source>lamp tube</source>
        <translation>Gewinderohr</translation>
    </message>
    <message>
        <source>mounting screw</source>
        <translation>Befestigungsschraube</translation>
    </message>
    <message>
        <source>nut</source>
        <translation>Mutter</translation>
    </message>
    <message>
        <source>plate screw</source>
        <translation>Plattenschraube</translation>
    </message>
    <message>
        <source>set screw</source>
        <translation>Madenschraube</translation>
    </message>
    <message>
        <source>seat screw</source>
        <translation>Sitzschraube</translation>
    </message>
    <message>
        <source>shelf screw</source>
        <translation>Regalbrettschraube</translation>
    </message>
    <message>
        <source>wall plug</source>
        <translation>Dübel</translation>
    </message>
    <message>
        <source>wall screw</source>
        <translation>Wandschraube</translation>
    </message>
</context>
<context>
    <name>pipe-clip</name>
    <message>
        <source>standoff {standoff} mm is too small for a {wall} mm wall: at least {need:g} mm</source>
        <translation>Wandabstand {standoff} mm ist zu klein für eine {wall}-mm-Wand: mindestens {need:g} mm</translation>
    </message>
    <message>
        <source>clip width {clip_width} mm is too narrow for a {screw_size} screw head: at least {need:g} mm</source>
        <translation>Schellenbreite {clip_width} mm ist zu schmal für einen {screw_size}-Schraubenkopf: mindestens {need:g} mm</translation>
    </message>
    <message>
        <source>wall {wall} mm is too stiff to snap over a {pipe_diameter} mm pipe: at most {limit:.1f} mm (a quarter of the diameter)</source>
        <translation>Wand {wall} mm ist zu steif, um über ein {pipe_diameter}-mm-Rohr zu schnappen: höchstens {limit:.1f} mm (ein Viertel des Durchmessers)</translation>
    </message>
    <message>
        <source>snap clip for {pipes} × {pipe_diameter} mm pipe</source>
        <translation>Klemmschelle für {pipes} × {pipe_diameter}-mm-Rohr</translation>
    </message>
    <message>
        <source>{diameter} × {length} mm countersunk wood screw</source>
        <translation>Senkkopf-Holzschraube {diameter} × {length} mm</translation>
    </message>
    <message>
        <source>Screw the clip to the wall first, then press the pipe in.</source>
        <translation>Zuerst die Schelle an die Wand schrauben, dann das Rohr eindrücken.</translation>
    </message>
    <message>
        <source>Snap-in pipe clip</source>
        <translation>Rohrschelle zum Einklipsen</translation>
    </message>
    <message>
        <source>A wall clip that snaps over a pipe, tube, rod or cable bundle, made to the diameter you measure. Holds one to four of them side by side; SLS-printed in PA12 so it springs open and back without cracking.</source>
        <translation>Eine Wandschelle, die über ein Rohr, eine Stange oder ein Kabelbündel schnappt, nach dem von Ihnen gemessenen Durchmesser gefertigt. Hält eins bis vier nebeneinander; im SLS-Verfahren aus PA12 gedruckt, damit sie ohne Risse auf- und zurückfedert.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>Outside diameter of the pipe, measured with calipers.</source>
        <translation>Außendurchmesser des Rohrs, mit dem Messschieber gemessen.</translation>
    </message>
    <message>
        <source>Pipe diameter</source>
        <translation>Rohrdurchmesser</translation>
    </message>
    <message>
        <source>Radial play around the pipe: negative grips tighter, positive lets it slide (for hot pipes that expand).</source>
        <translation>Radiales Spiel um das Rohr: negativ hält fester, positiv lässt es gleiten (für heiße Rohre, die sich ausdehnen).</translation>
    </message>
    <message>
        <source>How many pipes side by side.</source>
        <translation>Wie viele Rohre nebeneinander.</translation>
    </message>
    <message>
        <source>Pipe count</source>
        <translation>Rohranzahl</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Schelle</translation>
    </message>
    <message>
        <source>Width of the clip along the pipe.</source>
        <translation>Breite der Schelle entlang des Rohrs.</translation>
    </message>
    <message>
        <source>Clip width</source>
        <translation>Schellenbreite</translation>
    </message>
    <message>
        <source>Thickness of the ring. Thinner uses less powder and snaps on more easily; it still holds the pipe.</source>
        <translation>Dicke des Rings. Dünner braucht weniger Pulver und schnappt leichter auf; das Rohr hält er trotzdem.</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Gap from the wall to the pipe surface.</source>
        <translation>Abstand von der Wand zur Rohroberfläche.</translation>
    </message>
    <message>
        <source>Standoff</source>
        <translation>Wandabstand</translation>
    </message>
    <message>
        <source>Mounting</source>
        <translation>Montage</translation>
    </message>
    <message>
        <source>Countersunk wall screws, one on each side.</source>
        <translation>Senkkopf-Wandschrauben, eine auf jeder Seite.</translation>
    </message>
    <message>
        <source>Screw size</source>
        <translation>Schraubengröße</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>How many clips.</source>
        <translation>Wie viele Schellen.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>SLS powder.</source>
        <translation>SLS-Pulver.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>pipe weight</source>
        <translation>Gewicht des Rohrs</translation>
    </message>
    <message>
        <source>A horizontal water-filled pipe hangs in the clip, along the wall.</source>
        <translation>Ein waagerechtes, wassergefülltes Rohr hängt in der Schelle entlang der Wand.</translation>
    </message>
    <message>
        <source>1 kg per clip: about a metre of water-filled 22 mm copper pipe between clips</source>
        <translation>1 kg pro Schelle: etwa ein Meter wassergefülltes 22-mm-Kupferrohr zwischen den Schellen</translation>
    </message>
    <message>
        <source>a hot-water pipe at about 60 °C</source>
        <translation>ein Warmwasserrohr mit etwa 60 °C</translation>
    </message>
    <message>
        <source>a hot-water pipe</source>
        <translation>ein Warmwasserrohr</translation>
    </message>
    <message>
        <source>pipes sweat and drip</source>
        <translation>Rohre schwitzen und tropfen</translation>
    </message>
    <message>
        <source>15 mm copper water pipe.</source>
        <translation>15-mm-Kupferwasserrohr.</translation>
    </message>
    <message>
        <source>Copper 15mm</source>
        <translation>Kupfer 15 mm</translation>
    </message>
    <message>
        <source>22 mm copper heating pipe.</source>
        <translation>22-mm-Kupferheizungsrohr.</translation>
    </message>
    <message>
        <source>Copper 22mm</source>
        <translation>Kupfer 22 mm</translation>
    </message>
    <message>
        <source>Two 20 mm electrical conduits.</source>
        <translation>Zwei 20-mm-Elektroinstallationsrohre.</translation>
    </message>
    <message>
        <source>Conduit 20mm double</source>
        <translation>Doppeltes Leerrohr 20 mm</translation>
    </message>
    <message>
        <source>Thin rod or cable, loose enough to slide.</source>
        <translation>Dünne Stange oder Kabel, locker genug zum Gleiten.</translation>
    </message>
    <message>
        <source>Curtain rod 8mm</source>
        <translation>Gardinenstange 8 mm</translation>
    </message>
</context>
<context>
    <name>plywood-lamp</name>
    <message>
        <source>a {base_diameter} mm base is too small under a {shade_bottom_diameter} mm shade: at least {need:.0f} mm ({STABILITY_RATIO:g} × the shade) so the lamp does not tip</source>
        <translation>ein {base_diameter}-mm-Fuß ist zu klein unter einem {shade_bottom_diameter}-mm-Schirm: mindestens {need:.0f} mm ({STABILITY_RATIO:g} × Schirm), damit die Lampe nicht kippt</translation>
    </message>
    <message>
        <source>plywood disc: tube, screw and foot holes</source>
        <translation>Sperrholzscheibe: Löcher für Rohr, Schrauben und Füße</translation>
    </message>
    <message>
        <source>flange and stem around the lamp tube; print flange down</source>
        <translation>Flansch und Schaft um das Lampenrohr; mit dem Flansch nach unten drucken</translation>
    </message>
    <message>
        <source>its peg sits in the base; lifts it so the cord leaves underneath</source>
        <translation>sein Zapfen sitzt im Fuß; hebt ihn an, damit das Kabel unten herauskommt</translation>
    </message>
    <message>
        <source>print top down as modelled (vase-like)</source>
        <translation>mit der Oberseite nach unten wie modelliert drucken (vasenartig)</translation>
    </message>
    <message>
        <source>{lamp_holder} lamp holder with shade ring, M10×1 female thread</source>
        <translation>{lamp_holder}-Lampenfassung mit Schirmring, M10×1-Innengewinde</translation>
    </message>
    <message>
        <source>M10×1 threaded lamp tube, {tube} mm</source>
        <translation>M10×1-Gewinderohr für Lampen, {tube} mm</translation>
    </message>
    <message>
        <source>M10×1 lamp nut</source>
        <translation>M10×1-Lampenmutter</translation>
    </message>
    <message>
        <source>ST2.9 × {p} mm pan head self-tapping screw</source>
        <translation>Linsenkopf-Blechschraube ST2.9 × {p} mm</translation>
    </message>
    <message>
        <source>2-core lamp flex with plug and in-line switch</source>
        <translation>zweiadrige Lampenleitung mit Stecker und Schnurschalter</translation>
    </message>
    <message>
        <source>Two workshops can share this lamp: the base is laser-cut, hub, feet and shade are printed.</source>
        <translation>Zwei Werkstätten können sich diese Lampe teilen: der Fuß wird lasergeschnitten, Nabe, Füße und Schirm werden gedruckt.</translation>
    </message>
    <message>
        <source>Use an LED bulb: incandescent bulbs get hot enough to soften printed plastic.</source>
        <translation>Eine LED-Lampe verwenden: Glühlampen werden heiß genug, um gedruckten Kunststoff zu erweichen.</translation>
    </message>
    <message>
        <source>Connecting the holder and plug is mains wiring: have it done or checked by a competent person.</source>
        <translation>Fassung und Stecker anzuschließen ist Netzverkabelung: von einer Fachkraft ausführen oder prüfen lassen.</translation>
    </message>
    <message>
        <source>Thread the cord up the tube from under the base; the feet leave {FOOT_H} mm for it.</source>
        <translation>Das Kabel von unten durch das Rohr führen; die Füße lassen dafür {FOOT_H} mm frei.</translation>
    </message>
    <message>
        <source>Table lamp with plywood base</source>
        <translation>Tischlampe mit Sperrholzfuß</translation>
    </message>
    <message>
        <source>A table lamp whose base is a laser-cut plywood disc and whose hub, feet and shade are printed, built on standard lamp parts (M10×1 tube, E27 or E14 holder). The shade is held by the holder&apos;s shade ring; the hub unscrews from the base.</source>
        <translation>Eine Tischlampe mit einer lasergeschnittenen Sperrholzscheibe als Fuß und gedruckter Nabe, Füßen und Schirm, aufgebaut auf Standard-Lampenteilen (M10×1-Rohr, E27- oder E14-Fassung). Der Schirm wird vom Schirmring der Fassung gehalten; die Nabe lässt sich vom Fuß abschrauben.</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Beleuchtung</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>Diameter of the plywood base.</source>
        <translation>Durchmesser des Sperrholzfußes.</translation>
    </message>
    <message>
        <source>Base diameter</source>
        <translation>Fußdurchmesser</translation>
    </message>
    <message>
        <source>Thickness of the plywood (or MDF) sheet the base is cut from.</source>
        <translation>Dicke der Sperrholz- (oder MDF-)Platte, aus der der Fuß geschnitten wird.</translation>
    </message>
    <message>
        <source>Base thickness</source>
        <translation>Fußdicke</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>Schaft</translation>
    </message>
    <message>
        <source>Height of the printed stem above the base&apos;s flange.</source>
        <translation>Höhe des gedruckten Schafts über dem Flansch des Fußes.</translation>
    </message>
    <message>
        <source>Stem height</source>
        <translation>Schafthöhe</translation>
    </message>
    <message>
        <source>Outside diameter of the stem.</source>
        <translation>Außendurchmesser des Schafts.</translation>
    </message>
    <message>
        <source>Stem diameter</source>
        <translation>Schaftdurchmesser</translation>
    </message>
    <message>
        <source>Shade</source>
        <translation>Schirm</translation>
    </message>
    <message>
        <source>Diameter of the shade at its open bottom.</source>
        <translation>Durchmesser des Schirms an der offenen Unterseite.</translation>
    </message>
    <message>
        <source>Shade bottom diameter</source>
        <translation>Schirmdurchmesser unten</translation>
    </message>
    <message>
        <source>Diameter of the shade at the top.</source>
        <translation>Durchmesser des Schirms oben.</translation>
    </message>
    <message>
        <source>Shade top diameter</source>
        <translation>Schirmdurchmesser oben</translation>
    </message>
    <message>
        <source>Height of the shade.</source>
        <translation>Höhe des Schirms.</translation>
    </message>
    <message>
        <source>Shade height</source>
        <translation>Schirmhöhe</translation>
    </message>
    <message>
        <source>Shade wall thickness. Thinner uses less plastic and lets more light through.</source>
        <translation>Wanddicke des Schirms. Dünner braucht weniger Kunststoff und lässt mehr Licht durch.</translation>
    </message>
    <message>
        <source>Shade wall</source>
        <translation>Schirmwand</translation>
    </message>
    <message>
        <source>Eight vent holes around the holder let warm air out.</source>
        <translation>Acht Lüftungslöcher um die Fassung lassen warme Luft entweichen.</translation>
    </message>
    <message>
        <source>Vent holes</source>
        <translation>Lüftungslöcher</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>Bulb socket of the lamp holder you buy.</source>
        <translation>Sockel der Lampenfassung, die Sie kaufen.</translation>
    </message>
    <message>
        <source>Lamp holder</source>
        <translation>Lampenfassung</translation>
    </message>
    <message>
        <source>Hole for the holder&apos;s threaded sleeve, under the shade ring. About 40 mm for E27 and 28 mm for E14 holders; measure your holder.</source>
        <translation>Loch für die Gewindehülse der Fassung unter dem Schirmring. Etwa 40 mm für E27- und 28 mm für E14-Fassungen; messen Sie Ihre Fassung.</translation>
    </message>
    <message>
        <source>Shade ring hole</source>
        <translation>Schirmringloch</translation>
    </message>
    <message>
        <source>Sheet for the laser-cut base.</source>
        <translation>Platte für den lasergeschnittenen Fuß.</translation>
    </message>
    <message>
        <source>Base material</source>
        <translation>Fußmaterial</translation>
    </message>
    <message>
        <source>Printed hub and feet.</source>
        <translation>Gedruckte Nabe und Füße.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Printed shade. Light colours and thin walls glow; PETG stands heat better than PLA.</source>
        <translation>Gedruckter Schirm. Helle Farben und dünne Wände leuchten; PETG verträgt Wärme besser als PLA.</translation>
    </message>
    <message>
        <source>Shade material</source>
        <translation>Schirmmaterial</translation>
    </message>
    <message>
        <source>Desk lamp with a cone shade.</source>
        <translation>Schreibtischlampe mit Kegelschirm.</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Schreibtisch</translation>
    </message>
    <message>
        <source>Small bedside lamp with an E14 holder.</source>
        <translation>Kleine Nachttischlampe mit E14-Fassung.</translation>
    </message>
    <message>
        <source>Bedside e14</source>
        <translation>Nachttisch E14</translation>
    </message>
    <message>
        <source>Tall reading lamp on a wide MDF base.</source>
        <translation>Hohe Leselampe auf einem breiten MDF-Fuß.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>the shade&apos;s top is clamped to the lamp holder, which an LED bulb&apos;s base warms to about 60 °C; not measured (an incandescent bulb would be far hotter)</source>
        <translation>die Oberseite des Schirms ist an der Fassung festgeklemmt, die der Sockel einer LED-Lampe auf etwa 60 °C erwärmt; nicht gemessen (eine Glühlampe wäre viel heißer)</translation>
    </message>
    <message>
        <source>the shade at the lamp holder</source>
        <translation>der Schirm an der Fassung</translation>
    </message>
    <message>
        <source>indoor room, up to 35 °C</source>
        <translation>Innenraum, bis 35 °C</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>der Raum</translation>
    </message>
    <message>
        <source>an indoor table lamp</source>
        <translation>eine Tischlampe für innen</translation>
    </message>
    <message>
        <source>PLA softens at about 55 °C</source>
        <translation>PLA erweicht bei etwa 55 °C</translation>
    </message>
    <message>
        <source>the parts carry only their own weight and the bulb&apos;s, a few newtons</source>
        <translation>die Teile tragen nur ihr eigenes Gewicht und das der Lampe, wenige Newton</translation>
    </message>
</context>
<context>
    <name>process</name>
    <message>
        <source>FDM 3D printing</source>
        <translation>FDM-3D-Druck</translation>
    </message>
    <message>
        <source>SLA resin printing</source>
        <translation>SLA-Harzdruck</translation>
    </message>
    <message>
        <source>SLS powder printing</source>
        <translation>SLS-Pulverdruck</translation>
    </message>
    <message>
        <source>Laser cutting</source>
        <translation>Laserschneiden</translation>
    </message>
    <message>
        <source>CNC routing</source>
        <translation>CNC-Fräsen (Portalfräse)</translation>
    </message>
    <message>
        <source>CNC milling</source>
        <translation>CNC-Fräsen (Fräsmaschine)</translation>
    </message>
</context>
<context>
    <name>quote</name>
    <message>
        <source>{material} sheet for {name}: no {cur} price for it</source>
        <translation>{material}-Platte für {name}: kein Preis in {cur}</translation>
    </message>
    <message>
        <source>{material} {thickness:g} mm for {name}</source>
        <translation>{material} {thickness:g} mm für {name}</translation>
    </message>
    <message>
        <source>{material} for {name}: no {cur} price per kg</source>
        <translation>{material} für {name}: kein Kilopreis in {cur}</translation>
    </message>
    <message>
        <source>{material} for {name}</source>
        <translation>{material} für {name}</translation>
    </message>
    <message>
        <source>{machine} time for {name}: no time model for {process}</source>
        <translation>{machine}-Zeit für {name}: kein Zeitmodell für {process}</translation>
    </message>
    <message>
        <source>{machine} time for {name} ({hours:.2f} h each): no {cur} rate</source>
        <translation>{machine}-Zeit für {name} (je {hours:.2f} h): kein Stundensatz in {cur}</translation>
    </message>
    <message>
        <source>{machine} time for {name}</source>
        <translation>{machine}-Zeit für {name}</translation>
    </message>
    <message>
        <source>set-up (per job)</source>
        <translation>Rüsten (pro Auftrag)</translation>
    </message>
    <message>
        <source>once per job</source>
        <translation>einmal pro Auftrag</translation>
    </message>
    <message>
        <source>set-up of the {machine}: no {cur} fee known</source>
        <translation>Rüsten: {machine}: keine Pauschale in {cur} bekannt</translation>
    </message>
    <message>
        <source>set-up ({machine})</source>
        <translation>Rüsten ({machine})</translation>
    </message>
    <message>
        <source>bought hardware ({items}): no price source; bring it or ask the workshop</source>
        <translation>Zukaufteile ({items}): keine Preisquelle; bringen Sie sie mit oder fragen Sie die Werkstatt</translation>
    </message>
</context>
<context>
    <name>repairability</name>
    <message>
        <source>Fabwise repairability (after EU 2023/1669), not an official index</source>
        <translation>Fabwise-Reparierbarkeit (nach EU 2023/1669), kein offizieller Index</translation>
    </message>
    <message>
        <source>Commission Delegated Regulation (EU) 2023/1669, Annex IV point 5 (parameters, weights 0.25/0.15/0.15/0.15/0.15/0.15, 1-5 scale), via shared eco_data/repairability.csv</source>
        <translation>Delegierte Verordnung (EU) 2023/1669 der Kommission, Anhang IV Nummer 5 (Parameter, Gewichte 0,25/0,15/0,15/0,15/0,15/0,15, Skala 1–5), über die gemeinsame Datei eco_data/repairability.csv</translation>
    </message>
    <message>
        <source>Fabwise&apos;s own mappings (not an official grid): joint kinds to fastener levels below &apos;reusable&apos;, tool levels, spare-part and information levels, equal weight per priority part; glued or welded parts count as not separable.</source>
        <translation>Eigene Zuordnungen von Fabwise (kein offizielles Raster): Verbindungsarten zu Befestigungsstufen unterhalb von „wiederverwendbar“, Werkzeug-, Ersatzteil- und Informationsstufen, gleiches Gewicht je vorrangigem Teil; geklebte oder geschweißte Teile gelten als nicht trennbar.</translation>
    </message>
    <message>
        <source>SSU (software updates, weight 0.15) does not apply to a made object and is left out; the score is renormalised over the other weights.</source>
        <translation>SSU (Software-Updates, Gewicht 0,15) gilt nicht für einen gefertigten Gegenstand und entfällt; die Bewertung wird über die übrigen Gewichte neu normiert.</translation>
    </message>
    <message>
        <source>Disassembly depth (SDD)</source>
        <translation>Demontagetiefe (SDD)</translation>
    </message>
    <message>
        <source>Fasteners (SF)</source>
        <translation>Befestigungen (SF)</translation>
    </message>
    <message>
        <source>Tools (ST)</source>
        <translation>Werkzeuge (ST)</translation>
    </message>
    <message>
        <source>Spare parts (SSP)</source>
        <translation>Ersatzteile (SSP)</translation>
    </message>
    <message>
        <source>Repair information (SRI)</source>
        <translation>Reparaturinformationen (SRI)</translation>
    </message>
    <message>
        <source>no tool</source>
        <translation>kein Werkzeug</translation>
    </message>
    <message>
        <source>proprietary tool ({tool})</source>
        <translation>proprietäres Werkzeug ({tool})</translation>
    </message>
    <message>
        <source>basic tool ({tool})</source>
        <translation>Standardwerkzeug ({tool})</translation>
    </message>
    <message>
        <source>specific tool ({tool})</source>
        <translation>Spezialwerkzeug ({tool})</translation>
    </message>
    <message>
        <source>{part}: {how} joined to {others}, cannot be removed without damage</source>
        <translation>{part}: mit {others} per {how} verbunden, ohne Beschädigung nicht entfernbar</translation>
    </message>
    <message>
        <source>{part}: {how} joint, neither removable nor reusable</source>
        <translation>{part}: {how}-Verbindung, weder lösbar noch wiederverwendbar</translation>
    </message>
    <message>
        <source>{part}: permanently joined to {others}, cannot be removed without damage</source>
        <translation>{part}: dauerhaft mit {others} verbunden, ohne Beschädigung nicht entfernbar</translation>
    </message>
    <message>
        <source>{part}: permanent joint, neither removable nor reusable</source>
        <translation>{part}: dauerhafte Verbindung, weder lösbar noch wiederverwendbar</translation>
    </message>
    <message>
        <source>{name}: separation would be destructive</source>
        <translation>{name}: das Trennen würde es zerstören</translation>
    </message>
    <message>
        <source>{name}: {steps} joint(s) to undo</source>
        <translation>{name}: {steps} Verbindung(en) zu lösen</translation>
    </message>
    <message>
        <source>{name}: weakest fastener {value}</source>
        <translation>{name}: schwächste Befestigung {value}</translation>
    </message>
    <message>
        <source>{name}: nothing fastens it</source>
        <translation>{name}: nichts befestigt es</translation>
    </message>
    <message>
        <source>{name}: no tool</source>
        <translation>{name}: kein Werkzeug</translation>
    </message>
    <message>
        <source>{name}: declared spare, held by non-standard hardware ({odd})</source>
        <translation>{name}: als Ersatzteil angegeben, von nicht genormten Kleinteilen gehalten ({odd})</translation>
    </message>
    <message>
        <source>{name}: declared spare, exported on its own</source>
        <translation>{name}: als Ersatzteil angegeben, einzeln exportiert</translation>
    </message>
    <message>
        <source>{name}: not declared as a spare part</source>
        <translation>{name}: nicht als Ersatzteil angegeben</translation>
    </message>
    <message>
        <source>repair/disassembly sheet</source>
        <translation>Reparatur-/Demontageanleitung</translation>
    </message>
    <message>
        <source>bill of materials</source>
        <translation>Stückliste</translation>
    </message>
    <message>
        <source>part files (STEP/DXF/STL)</source>
        <translation>Teiledateien (STEP/DXF/STL)</translation>
    </message>
    <message>
        <source>no documents</source>
        <translation>keine Unterlagen</translation>
    </message>
    <message>
        <source>package contains {present}</source>
        <translation>das Paket enthält: {present}</translation>
    </message>
    <message>
        <source>package contains {present}; no repair sheet</source>
        <translation>das Paket enthält: {present}; keine Reparaturanleitung</translation>
    </message>
    <message>
        <source>package contains only {present}</source>
        <translation>das Paket enthält nur: {present}</translation>
    </message>
    <message>
        <source>no documentation supplied</source>
        <translation>keine Dokumentation beigelegt</translation>
    </message>
    <message>
        <source>the declared spare part(s)</source>
        <translation>die angegebenen Ersatzteile</translation>
    </message>
    <message>
        <source>every part (the template declares no spare part)</source>
        <translation>jedes Teil (die Vorlage gibt kein Ersatzteil an)</translation>
    </message>
    <message>
        <source>mean over {which}: {basis}</source>
        <translation>Mittelwert über {which}: {basis}</translation>
    </message>
    <message>
        <source>no parts</source>
        <translation>keine Teile</translation>
    </message>
    <message>
        <source>Structure and weights: {structure_source}.</source>
        <translation>Struktur und Gewichtung: {structure_source}.</translation>
    </message>
    <message>
        <source>Priority parts: {which}.</source>
        <translation>Vorrangige Teile: {which}.</translation>
    </message>
</context>
<context>
    <name>shelf-bracket</name>
    <message>
        <source>{n} holes at {spacing} mm spacing with a gusset need a height of at least {need:.0f} mm (height is {height} mm): raise the height, use fewer holes or a smaller spacing, or turn the gusset off</source>
        <translation>{n} Löcher mit {spacing} mm Abstand und Strebe brauchen mindestens {need:.0f} mm Höhe (Höhe ist {height} mm): Höhe vergrößern, weniger Löcher oder kleineren Abstand verwenden oder die Strebe abschalten</translation>
    </message>
    <message>
        <source>{n} holes at {spacing} mm spacing need a height of at least {need:.0f} mm (height is {height} mm): raise the height or use fewer holes or a smaller spacing</source>
        <translation>{n} Löcher mit {spacing} mm Abstand brauchen mindestens {need:.0f} mm Höhe (Höhe ist {height} mm): Höhe vergrößern oder weniger Löcher oder kleineren Abstand verwenden</translation>
    </message>
    <message>
        <source>a {screw_size} screw with screw covers needs a thickness of at least {need:.1f} mm (thickness is {thickness} mm): make it thicker, pick a smaller screw or turn the covers off</source>
        <translation>eine {screw_size}-Schraube mit Abdeckkappen braucht mindestens {need:.1f} mm Dicke (Dicke ist {thickness} mm): dicker machen, kleinere Schraube wählen oder Kappen abschalten</translation>
    </message>
    <message>
        <source>a {screw_size} screw needs a thickness of at least {need:.1f} mm (thickness is {thickness} mm): make it thicker, pick a smaller screw or turn the covers off</source>
        <translation>eine {screw_size}-Schraube braucht mindestens {need:.1f} mm Dicke (Dicke ist {thickness} mm): dicker machen, kleinere Schraube wählen oder Kappen abschalten</translation>
    </message>
    <message>
        <source>L-bracket, printed on its side as modelled</source>
        <translation>L-Winkel, auf der Seite liegend gedruckt wie modelliert</translation>
    </message>
    <message>
        <source>{diameter} × {wall_len} mm countersunk wood screw</source>
        <translation>Senkkopf-Holzschraube {diameter} × {wall_len} mm</translation>
    </message>
    <message>
        <source>{diameter} × {SHELF_SCREW_LENGTH} mm countersunk wood screw</source>
        <translation>Senkkopf-Holzschraube {diameter} × {SHELF_SCREW_LENGTH} mm</translation>
    </message>
    <message>
        <source>press-in cap hiding a wall-screw head; print flat side down</source>
        <translation>Eindrückkappe, die einen Wandschraubenkopf verdeckt; mit der flachen Seite nach unten drucken</translation>
    </message>
    <message>
        <source>Print the bracket on its side as modelled: layer lines then follow the L profile.</source>
        <translation>Den Winkel auf der Seite liegend wie modelliert drucken: die Schichten folgen dann dem L-Profil.</translation>
    </message>
    <message>
        <source>Drill {value} mm holes in the wall for the plugs.</source>
        <translation>{value}-mm-Löcher für die Dübel in die Wand bohren.</translation>
    </message>
    <message>
        <source>Wall shelf bracket</source>
        <translation>Wandregalträger</translation>
    </message>
    <message>
        <source>A printed L-bracket for a wall shelf, with an optional truss gusset, countersunk holes sized for the wall screw you choose, press-in caps that hide the screw heads, and screw holes at the tip to fix the shelf.</source>
        <translation>Ein gedruckter L-Winkel für ein Wandregal, mit optionaler Fachwerkstrebe, Senkbohrungen passend zur gewählten Wandschraube, Eindrückkappen, die die Schraubenköpfe verdecken, und Schraubenlöchern an der Spitze zum Befestigen des Bretts.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Zuhause</translation>
    </message>
    <message>
        <source>How far the arm reaches out from the wall: about the depth of the shelf board.</source>
        <translation>Wie weit der Arm von der Wand absteht: etwa die Tiefe des Regalbretts.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Height of the plate against the wall.</source>
        <translation>Höhe der Platte an der Wand.</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Width of the bracket along the wall.</source>
        <translation>Breite des Winkels entlang der Wand.</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Festigkeit</translation>
    </message>
    <message>
        <source>Thickness of the wall plate, arm and gusset. Thinner uses less plastic and still fits; it also carries less load.</source>
        <translation>Dicke von Wandplatte, Arm und Strebe. Dünner braucht weniger Kunststoff und passt trotzdem; sie trägt aber auch weniger.</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Dicke</translation>
    </message>
    <message>
        <source>A diagonal strut under the arm: much stiffer, a little more plastic.</source>
        <translation>Eine diagonale Strebe unter dem Arm: viel steifer, etwas mehr Kunststoff.</translation>
    </message>
    <message>
        <source>Gusset</source>
        <translation>Strebe</translation>
    </message>
    <message>
        <source>Mounting</source>
        <translation>Montage</translation>
    </message>
    <message>
        <source>Number of wall screws.</source>
        <translation>Anzahl der Wandschrauben.</translation>
    </message>
    <message>
        <source>Hole count</source>
        <translation>Lochanzahl</translation>
    </message>
    <message>
        <source>Distance between wall-screw holes, centre to centre.</source>
        <translation>Abstand der Wandschraubenlöcher, Mitte zu Mitte.</translation>
    </message>
    <message>
        <source>Hole spacing</source>
        <translation>Lochabstand</translation>
    </message>
    <message>
        <source>Diameter of the countersunk wall screw; the hole, countersink and wall plug follow from it.</source>
        <translation>Durchmesser der Senkkopf-Wandschraube; Loch, Senkung und Dübel ergeben sich daraus.</translation>
    </message>
    <message>
        <source>Screw size</source>
        <translation>Schraubengröße</translation>
    </message>
    <message>
        <source>Recess the screw heads and print caps that press in over them.</source>
        <translation>Die Schraubenköpfe versenken und Kappen drucken, die darüber eingedrückt werden.</translation>
    </message>
    <message>
        <source>Screw covers</source>
        <translation>Abdeckkappen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>How many brackets (a shelf needs two).</source>
        <translation>Wie viele Winkel (ein Regal braucht zwei).</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>The most the shelf will carry, board included; two brackets share it.</source>
        <translation>Das Höchste, was das Regal tragen wird, Brett eingeschlossen; zwei Winkel teilen es sich.</translation>
    </message>
    <message>
        <source>Shelf load</source>
        <translation>Regallast</translation>
    </message>
    <message>
        <source>Filament. PETG creeps less than PLA under a constant load.</source>
        <translation>Filament. PETG kriecht unter Dauerlast weniger als PLA.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>shelf load</source>
        <translation>Regallast</translation>
    </message>
    <message>
        <source>The shelf and what is on it, resting on the arm for years.</source>
        <translation>Das Regal und was darauf steht, jahrelang auf dem Arm.</translation>
    </message>
    <message>
        <source>the user&apos;s shelf load, shared equally by the two brackets of one shelf, spread along the arm</source>
        <translation>die Regallast des Nutzers, gleich auf die zwei Winkel eines Regals verteilt, entlang des Arms verteilt</translation>
    </message>
    <message>
        <source>indoor room, up to 35 °C on a hot summer day</source>
        <translation>Innenraum, bis 35 °C an einem heißen Sommertag</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>der Raum</translation>
    </message>
    <message>
        <source>an indoor shelf</source>
        <translation>ein Regal für innen</translation>
    </message>
    <message>
        <source>Light shelf up to ~10 cm deep: spices, small plants.</source>
        <translation>Leichtes Regal bis ~10 cm Tiefe: Gewürze, kleine Pflanzen.</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <source>Book shelf about 15 cm deep.</source>
        <translation>Bücherregal mit etwa 15 cm Tiefe.</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Deep shelf, 25 cm, three 5 mm screws.</source>
        <translation>Tiefes Regal, 25 cm, drei 5-mm-Schrauben.</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>Schwer</translation>
    </message>
</context>
<context>
    <name>side-table</name>
    <message>
        <source>arch height {arch_height} mm is too high for a {height} mm table: at most {limit:.0f} mm, so {MIN_WEB:g} mm of wood stays under the cross joint</source>
        <translation>Bogenhöhe {arch_height} mm ist zu hoch für einen {height}-mm-Tisch: höchstens {limit:.0f} mm, damit {MIN_WEB:g} mm Holz unter der Kreuzverbindung bleiben</translation>
    </message>
    <message>
        <source>footprint {footprint} mm is too narrow for a {height} mm tall table: at least {need:.0f} mm ({STABILITY_RATIO:g} × height) so it does not tip</source>
        <translation>Standbreite {footprint} mm ist zu schmal für einen {height} mm hohen Tisch: mindestens {need:.0f} mm ({STABILITY_RATIO:g} × Höhe), damit er nicht kippt</translation>
    </message>
    <message>
        <source>footprint {footprint} mm is narrower than the legs under a {top_diameter} mm top ({top:.0f} mm): widen the footprint or use a smaller top</source>
        <translation>Standbreite {footprint} mm ist schmaler als die Beine unter einer {top_diameter}-mm-Platte ({top:.0f} mm): Standbreite vergrößern oder kleinere Platte wählen</translation>
    </message>
    <message>
        <source>slides over a leg&apos;s foot; print standing as modelled</source>
        <translation>wird über den Fuß eines Beins geschoben; stehend wie modelliert drucken</translation>
    </message>
    <message>
        <source>Two workshops can share this table: the plywood is CNC-routed, the foot caps printed.</source>
        <translation>Zwei Werkstätten können sich diesen Tisch teilen: das Sperrholz wird CNC-gefräst, die Fußkappen gedruckt.</translation>
    </message>
    <message>
        <source>Dog-bone reliefs are sized for a {bit_diameter} mm bit: cut with that bit or smaller.</source>
        <translation>Die Dogbone-Freischnitte sind für einen {bit_diameter}-mm-Fräser bemessen: mit diesem oder einem kleineren Fräser schneiden.</translation>
    </message>
    <message>
        <source>Slide the leg with the top slot down over the other, put the top on the tabs, drill the screw pilot holes into the leg edges through the top, then push a cap onto each foot.</source>
        <translation>Das Bein mit dem oberen Schlitz nach unten über das andere schieben, die Platte auf die Zapfen setzen, die Vorbohrungen durch die Platte in die Beinkanten bohren und dann auf jeden Fuß eine Kappe stecken.</translation>
    </message>
    <message>
        <source>Side table with printed feet</source>
        <translation>Beistelltisch mit gedruckten Füßen</translation>
    </message>
    <message>
        <source>A round side table routed from one plywood board (two legs that slide together in a cross, a top on their tabs, four screws) standing on four printed foot caps that protect the floor and the plywood&apos;s end grain. Ships flat, comes apart again.</source>
        <translation>Ein runder Beistelltisch aus einer einzigen Sperrholzplatte gefräst (zwei über Kreuz gesteckte Beine, eine Platte auf ihren Zapfen, vier Schrauben) auf vier gedruckten Fußkappen, die Boden und Hirnholz schützen. Wird flach geliefert und lässt sich wieder zerlegen.</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Möbel</translation>
    </message>
    <message>
        <source>Diameter of the round top.</source>
        <translation>Durchmesser der runden Tischplatte.</translation>
    </message>
    <message>
        <source>Top diameter</source>
        <translation>Plattendurchmesser</translation>
    </message>
    <message>
        <source>Height of the top from the floor.</source>
        <translation>Höhe der Tischplatte über dem Boden.</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Width of each leg at the floor; wider stands steadier.</source>
        <translation>Breite jedes Beins am Boden; breiter steht stabiler.</translation>
    </message>
    <message>
        <source>Footprint</source>
        <translation>Standbreite</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Platte</translation>
    </message>
    <message>
        <source>Board thickness; both take confirmat screws.</source>
        <translation>Plattendicke; beide nehmen Konfirmatschrauben.</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Dicke</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Height of the arch cut out between the feet: the table stands on four feet (steady on uneven floors) and uses less wood.</source>
        <translation>Höhe des Bogens zwischen den Füßen: der Tisch steht auf vier Füßen (stabil auf unebenem Boden) und braucht weniger Holz.</translation>
    </message>
    <message>
        <source>Arch height</source>
        <translation>Bogenhöhe</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <source>Thickness of the printed sole under each foot.</source>
        <translation>Dicke der gedruckten Sohle unter jedem Fuß.</translation>
    </message>
    <message>
        <source>Sole</source>
        <translation>Sohle</translation>
    </message>
    <message>
        <source>Machining</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Extra width of slots and mortises over the board thickness, so parts slide together. Raise it if your board is thicker than nominal.</source>
        <translation>Zusätzliche Breite von Schlitzen und Zapfenlöchern über der Plattendicke, damit die Teile ineinandergleiten. Erhöhen, wenn Ihre Platte dicker als nominal ist.</translation>
    </message>
    <message>
        <source>Fit clearance</source>
        <translation>Passungsspiel</translation>
    </message>
    <message>
        <source>Diameter of the router bit; inner corners get reliefs of this size.</source>
        <translation>Durchmesser des Fräsers; Innenecken bekommen Freischnitte dieser Größe.</translation>
    </message>
    <message>
        <source>Bit diameter</source>
        <translation>Fräserdurchmesser</translation>
    </message>
    <message>
        <source>Board material.</source>
        <translation>Plattenmaterial.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Printed foot caps; PETG is tougher underfoot than PLA.</source>
        <translation>Gedruckte Fußkappen; PETG ist am Boden robuster als PLA.</translation>
    </message>
    <message>
        <source>Foot material</source>
        <translation>Fußmaterial</translation>
    </message>
    <message>
        <source>Beside a sofa, 55 cm.</source>
        <translation>Neben einem Sofa, 55 cm.</translation>
    </message>
    <message>
        <source>Sofa side</source>
        <translation>Sofatisch</translation>
    </message>
    <message>
        <source>Small bedside table from 15 mm board.</source>
        <translation>Kleiner Nachttisch aus 15-mm-Platte.</translation>
    </message>
    <message>
        <source>Bedside</source>
        <translation>Nachttisch</translation>
    </message>
    <message>
        <source>Tall plant stand on recycled-PETG feet.</source>
        <translation>Hoher Pflanzenständer auf Füßen aus recyceltem PETG.</translation>
    </message>
    <message>
        <source>Plant stand</source>
        <translation>Pflanzenständer</translation>
    </message>
    <message>
        <source>someone sits on it ({leg})</source>
        <translation>jemand setzt sich darauf ({leg})</translation>
    </message>
    <message>
        <source>A side table gets sat on; each leg carries half through its top edge.</source>
        <translation>Auf einen Beistelltisch setzt man sich; jedes Bein trägt die Hälfte über seine Oberkante.</translation>
    </message>
    <message>
        <source>misuse as a seat: the 1300 N seat static load for domestic seating in EN 12520 as usually quoted (standard text not consulted), as for the flat-pack stool; shared by the two legs</source>
        <translation>Zweckentfremdung als Sitz: die statische Sitzlast von 1300 N für Wohnsitzmöbel nach EN 12520, wie sie üblicherweise zitiert wird (Normtext nicht eingesehen), wie beim Flachpack-Hocker; auf beide Beine verteilt</translation>
    </message>
    <message>
        <source>an indoor side table</source>
        <translation>ein Beistelltisch für innen</translation>
    </message>
</context>
<context>
    <name>table-lamp</name>
    <message>
        <source>hollow base; print upside down</source>
        <translation>hohler Fuß; kopfüber drucken</translation>
    </message>
    <message>
        <source>closes the base</source>
        <translation>schließt den Fuß</translation>
    </message>
    <message>
        <source>slides over the lamp tube</source>
        <translation>wird über das Lampenrohr geschoben</translation>
    </message>
    <message>
        <source>print top down as modelled (vase-like)</source>
        <translation>mit der Oberseite nach unten wie modelliert drucken (vasenartig)</translation>
    </message>
    <message>
        <source>{holder} lamp holder with shade ring, M10×1 female thread</source>
        <translation>{holder}-Lampenfassung mit Schirmring, M10×1-Innengewinde</translation>
    </message>
    <message>
        <source>M10×1 threaded lamp tube, {tube} mm</source>
        <translation>M10×1-Gewinderohr für Lampen, {tube} mm</translation>
    </message>
    <message>
        <source>M10×1 lamp nut</source>
        <translation>M10×1-Lampenmutter</translation>
    </message>
    <message>
        <source>ST2.9 × 9.5 mm countersunk self-tapping screw</source>
        <translation>Senkkopf-Blechschraube ST2.9 × 9,5 mm</translation>
    </message>
    <message>
        <source>2-core lamp flex with plug and in-line switch</source>
        <translation>zweiadrige Lampenleitung mit Stecker und Schnurschalter</translation>
    </message>
    <message>
        <source>Use an LED bulb: incandescent bulbs get hot enough to soften printed plastic.</source>
        <translation>Eine LED-Lampe verwenden: Glühlampen werden heiß genug, um gedruckten Kunststoff zu erweichen.</translation>
    </message>
    <message>
        <source>Connecting the holder and plug is mains wiring: have it done or checked by a competent person.</source>
        <translation>Fassung und Stecker anzuschließen ist Netzverkabelung: von einer Fachkraft ausführen oder prüfen lassen.</translation>
    </message>
    <message>
        <source>The cable leaves the base through a {CABLE_HOLE} mm hole: grip it inside, e.g. with the cable strain relief template.</source>
        <translation>Das Kabel verlässt den Fuß durch ein {CABLE_HOLE}-mm-Loch: innen festklemmen, z. B. mit der Vorlage Kabel-Zugentlastung.</translation>
    </message>
    <message>
        <source>Table lamp with replaceable shade</source>
        <translation>Tischlampe mit austauschbarem Schirm</translation>
    </message>
    <message>
        <source>A printed table lamp built on standard lamp parts (M10×1 tube, E27 or E14 holder). The shade is held only by the holder&apos;s shade ring: unscrew it by hand to swap or reprint the shade. The base opens with three screws for repairs.</source>
        <translation>Eine gedruckte Tischlampe auf Standard-Lampenteilen (M10×1-Rohr, E27- oder E14-Fassung). Der Schirm wird nur vom Schirmring der Fassung gehalten: von Hand abschrauben, um den Schirm zu tauschen oder neu zu drucken. Der Fuß lässt sich für Reparaturen mit drei Schrauben öffnen.</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Beleuchtung</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>Diameter of the base at the table.</source>
        <translation>Durchmesser des Fußes am Tisch.</translation>
    </message>
    <message>
        <source>Base diameter</source>
        <translation>Fußdurchmesser</translation>
    </message>
    <message>
        <source>Height of the base.</source>
        <translation>Höhe des Fußes.</translation>
    </message>
    <message>
        <source>Base height</source>
        <translation>Fußhöhe</translation>
    </message>
    <message>
        <source>Wall of the hollow base. Thinner uses less plastic; the base still carries the lamp.</source>
        <translation>Wand des hohlen Fußes. Dünner braucht weniger Kunststoff; der Fuß trägt die Lampe trotzdem.</translation>
    </message>
    <message>
        <source>Base wall</source>
        <translation>Fußwand</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>Schaft</translation>
    </message>
    <message>
        <source>Height of the stem between base and lamp holder.</source>
        <translation>Höhe des Schafts zwischen Fuß und Fassung.</translation>
    </message>
    <message>
        <source>Stem height</source>
        <translation>Schafthöhe</translation>
    </message>
    <message>
        <source>Outside diameter of the stem.</source>
        <translation>Außendurchmesser des Schafts.</translation>
    </message>
    <message>
        <source>Stem diameter</source>
        <translation>Schaftdurchmesser</translation>
    </message>
    <message>
        <source>Shade</source>
        <translation>Schirm</translation>
    </message>
    <message>
        <source>Diameter of the shade at its open bottom.</source>
        <translation>Durchmesser des Schirms an der offenen Unterseite.</translation>
    </message>
    <message>
        <source>Shade bottom diameter</source>
        <translation>Schirmdurchmesser unten</translation>
    </message>
    <message>
        <source>Diameter of the shade at the top.</source>
        <translation>Durchmesser des Schirms oben.</translation>
    </message>
    <message>
        <source>Shade top diameter</source>
        <translation>Schirmdurchmesser oben</translation>
    </message>
    <message>
        <source>Height of the shade.</source>
        <translation>Höhe des Schirms.</translation>
    </message>
    <message>
        <source>Shade height</source>
        <translation>Schirmhöhe</translation>
    </message>
    <message>
        <source>Shade wall thickness. Thinner uses less plastic and lets more light through.</source>
        <translation>Wanddicke des Schirms. Dünner braucht weniger Kunststoff und lässt mehr Licht durch.</translation>
    </message>
    <message>
        <source>Shade wall</source>
        <translation>Schirmwand</translation>
    </message>
    <message>
        <source>Eight vent holes around the holder let warm air out.</source>
        <translation>Acht Lüftungslöcher um die Fassung lassen warme Luft entweichen.</translation>
    </message>
    <message>
        <source>Vent holes</source>
        <translation>Lüftungslöcher</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>Bulb socket of the lamp holder you buy.</source>
        <translation>Sockel der Lampenfassung, die Sie kaufen.</translation>
    </message>
    <message>
        <source>Lamp holder</source>
        <translation>Lampenfassung</translation>
    </message>
    <message>
        <source>Hole for the holder&apos;s threaded sleeve, under the shade ring. About 40 mm for E27 and 28 mm for E14 holders; measure your holder.</source>
        <translation>Loch für die Gewindehülse der Fassung unter dem Schirmring. Etwa 40 mm für E27- und 28 mm für E14-Fassungen; messen Sie Ihre Fassung.</translation>
    </message>
    <message>
        <source>Shade ring hole</source>
        <translation>Schirmringloch</translation>
    </message>
    <message>
        <source>Base, stem and bottom plate.</source>
        <translation>Fuß, Schaft und Bodenplatte.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Shade. Light colours and thin walls glow; PETG stands heat better than PLA.</source>
        <translation>Schirm. Helle Farben und dünne Wände leuchten; PETG verträgt Wärme besser als PLA.</translation>
    </message>
    <message>
        <source>Shade material</source>
        <translation>Schirmmaterial</translation>
    </message>
    <message>
        <source>the shade&apos;s top is clamped to the lamp holder, which an LED bulb&apos;s base warms to about 60 °C; not measured (an incandescent bulb would be far hotter)</source>
        <translation>die Oberseite des Schirms ist an der Fassung festgeklemmt, die der Sockel einer LED-Lampe auf etwa 60 °C erwärmt; nicht gemessen (eine Glühlampe wäre viel heißer)</translation>
    </message>
    <message>
        <source>the shade at the lamp holder</source>
        <translation>der Schirm an der Fassung</translation>
    </message>
    <message>
        <source>indoor room, up to 35 °C</source>
        <translation>Innenraum, bis 35 °C</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>der Raum</translation>
    </message>
    <message>
        <source>an indoor table lamp</source>
        <translation>eine Tischlampe für innen</translation>
    </message>
    <message>
        <source>PLA softens at about 55 °C</source>
        <translation>PLA erweicht bei etwa 55 °C</translation>
    </message>
    <message>
        <source>the parts carry only their own weight and the bulb&apos;s, a few newtons</source>
        <translation>die Teile tragen nur ihr eigenes Gewicht und das der Lampe, wenige Newton</translation>
    </message>
    <message>
        <source>Desk lamp with a cone shade.</source>
        <translation>Schreibtischlampe mit Kegelschirm.</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Schreibtisch</translation>
    </message>
    <message>
        <source>Small bedside lamp with an E14 holder.</source>
        <translation>Kleine Nachttischlampe mit E14-Fassung.</translation>
    </message>
    <message>
        <source>Bedside e14</source>
        <translation>Nachttisch E14</translation>
    </message>
    <message>
        <source>Tall lamp with a drum shade.</source>
        <translation>Hohe Lampe mit Trommelschirm.</translation>
    </message>
    <message>
        <source>Drum</source>
        <translation>Trommel</translation>
    </message>
</context>
</TS>
