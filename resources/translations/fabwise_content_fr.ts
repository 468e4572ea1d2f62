<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>alu-corner-bracket</name>
    <message>
        <source>thickness {thickness} mm is too thin for {thread} countersunk screws: at least {need:.1f} mm</source>
        <translation>épaisseur de {thickness} mm trop faible pour des vis à tête fraisée {thread} : au moins {need:.1f} mm</translation>
    </message>
    <message>
        <source>leg a</source>
        <translation>aile a</translation>
    </message>
    <message>
        <source>leg b</source>
        <translation>aile b</translation>
    </message>
    <message>
        <source>{leg_name} {leg} mm is too short for {n} {thread} holes: it must be at least {need} mm</source>
        <translation>{leg_name} de {leg} mm trop courte pour {n} trous {thread} : au moins {need} mm</translation>
    </message>
    <message>
        <source>width {width} mm is too narrow for {thread} heads between the end webs: at least {need:.1f} mm</source>
        <translation>largeur de {width} mm trop étroite pour des têtes {thread} entre les nervures d’extrémité : au moins {need:.1f} mm</translation>
    </message>
    <message>
        <source>width {width} mm is too narrow for {thread} heads: at least {need:.1f} mm</source>
        <translation>largeur de {width} mm trop étroite pour des têtes {thread} : au moins {need:.1f} mm</translation>
    </message>
    <message>
        <source>milled from bar; deburr all edges</source>
        <translation>fraisée dans la masse ; ébavurer toutes les arêtes</translation>
    </message>
    <message>
        <source>{thread} × {length} mm countersunk hex socket screw</source>
        <translation>vis à tête fraisée six pans creux {thread} × {length} mm</translation>
    </message>
    <message>
        <source>{thread} hex nut</source>
        <translation>écrou hexagonal {thread}</translation>
    </message>
    <message>
        <source>Screws are sized to clamp {clamped_thickness} mm of material; with threaded holes instead of nuts, leave the nuts out.</source>
        <translation>Les vis sont dimensionnées pour serrer {clamped_thickness} mm de matière ; avec des trous taraudés au lieu d’écrous, ne mettez pas les écrous.</translation>
    </message>
    <message>
        <source>Inside corners of the end webs keep the radius of the end mill.</source>
        <translation>Les angles intérieurs des nervures d’extrémité gardent le rayon de la fraise.</translation>
    </message>
    <message>
        <source>Milled corner bracket</source>
        <translation>Équerre d’angle fraisée</translation>
    </message>
    <message>
        <source>A 90° corner bracket milled from aluminium or steel bar, with countersunk holes for flush screws and optional end webs for stiffness. For furniture frames, shelving and profile structures, or to replace a broken bracket.</source>
        <translation>Une équerre à 90° fraisée dans une barre d’aluminium ou d’acier, avec des trous fraisés pour des vis affleurantes et des nervures d’extrémité en option pour la rigidité. Pour cadres de meubles, étagères et structures en profilés, ou pour remplacer une équerre cassée.</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Quincaillerie</translation>
    </message>
    <message>
        <source>Length of the first flange (outside).</source>
        <translation>Longueur de la première aile (extérieur).</translation>
    </message>
    <message>
        <source>Leg a</source>
        <translation>Aile a</translation>
    </message>
    <message>
        <source>Length of the second flange (outside).</source>
        <translation>Longueur de la seconde aile (extérieur).</translation>
    </message>
    <message>
        <source>Leg b</source>
        <translation>Aile b</translation>
    </message>
    <message>
        <source>Width of the bracket.</source>
        <translation>Largeur de l’équerre.</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Résistance</translation>
    </message>
    <message>
        <source>Flange thickness. Thinner saves metal and machining; it must still take the countersunk heads.</source>
        <translation>Épaisseur des ailes. Plus fine, elle économise du métal et de l’usinage ; elle doit encore recevoir les têtes fraisées.</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Épaisseur</translation>
    </message>
    <message>
        <source>Radius of the inside corner: at least the radius of the end mill; larger is stronger.</source>
        <translation>Rayon de l’angle intérieur : au moins le rayon de la fraise ; plus grand est plus solide.</translation>
    </message>
    <message>
        <source>Inner radius</source>
        <translation>Rayon intérieur</translation>
    </message>
    <message>
        <source>Close both ends with triangular webs: much stiffer.</source>
        <translation>Fermer les deux extrémités par des nervures triangulaires : beaucoup plus rigide.</translation>
    </message>
    <message>
        <source>End webs</source>
        <translation>Nervures d’extrémité</translation>
    </message>
    <message>
        <source>Fixing</source>
        <translation>Fixation</translation>
    </message>
    <message>
        <source>Screw holes in each flange.</source>
        <translation>Trous de vis dans chaque aile.</translation>
    </message>
    <message>
        <source>Holes per flange</source>
        <translation>Trous par aile</translation>
    </message>
    <message>
        <source>Metric countersunk screw size (ISO 10642); holes and countersinks follow.</source>
        <translation>Taille de vis métrique à tête fraisée (ISO 10642) ; les trous et fraisures suivent.</translation>
    </message>
    <message>
        <source>Screw</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Thickness of what each screw clamps against the bracket: sets the screw length.</source>
        <translation>Épaisseur de ce que chaque vis serre contre l’équerre : fixe la longueur de vis.</translation>
    </message>
    <message>
        <source>Clamped thickness</source>
        <translation>Épaisseur serrée</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>How many brackets.</source>
        <translation>Nombre d’équerres.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Bar stock. Recycled aluminium has the same properties as primary.</source>
        <translation>Barre brute. L’aluminium recyclé a les mêmes propriétés que le primaire.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>corner pried open</source>
        <translation>coin forcé en ouverture</translation>
    </message>
    <message>
        <source>The second member is levered away from the first, opening the angle.</source>
        <translation>Le second élément est écarté du premier en faisant levier, ce qui ouvre l’angle.</translation>
    </message>
    <message>
        <source>300 N, a person leaning on a frame corner (about 30 kg)</source>
        <translation>300 N, une personne appuyée sur l’angle d’un cadre (environ 30 kg)</translation>
    </message>
    <message>
        <source>furniture and frames, indoors or outdoors</source>
        <translation>meubles et cadres, à l’intérieur ou à l’extérieur</translation>
    </message>
    <message>
        <source>Small bracket for a cabinet or table frame.</source>
        <translation>Petite équerre pour un cadre de meuble ou de table.</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Meuble</translation>
    </message>
    <message>
        <source>Stiff bracket for a shelving frame.</source>
        <translation>Équerre rigide pour un cadre d’étagère.</translation>
    </message>
    <message>
        <source>Shelf frame</source>
        <translation>Cadre d’étagère</translation>
    </message>
    <message>
        <source>For 20 mm aluminium extrusion.</source>
        <translation>Pour profilé aluminium de 20 mm.</translation>
    </message>
    <message>
        <source>Profile 20</source>
        <translation>Profilé 20</translation>
    </message>
    <message>
        <source>Heavy steel bracket.</source>
        <translation>Équerre lourde en acier.</translation>
    </message>
    <message>
        <source>Heavy steel</source>
        <translation>Acier lourd</translation>
    </message>
</context>
<context>
    <name>appliance-foot</name>
    <message>
        <source>side angle {side_angle}° is too steep for a {foot_height} mm tall foot of {foot_diameter} mm: the top would be less than half as wide; lower the angle</source>
        <translation>angle latéral de {side_angle}° trop raide pour un pied de {foot_height} mm de haut et {foot_diameter} mm de diamètre : le dessus ferait moins de la moitié de la largeur ; réduisez l’angle</translation>
    </message>
    <message>
        <source>the foot is too small for a {peg_diameter} mm peg: make it wider</source>
        <translation>le pied est trop petit pour un tenon de {peg_diameter} mm : élargissez-le</translation>
    </message>
    <message>
        <source>the foot is too small for a {screw_size} screw head: make it wider</source>
        <translation>le pied est trop petit pour une tête de vis {screw_size} : élargissez-le</translation>
    </message>
    <message>
        <source>no stock felt pad fits under a {foot_diameter} mm foot (smallest is {value} mm): make it wider or turn the pad off</source>
        <translation>aucun patin en feutre du commerce ne tient sous un pied de {foot_diameter} mm (le plus petit fait {value} mm) : élargissez-le ou désactivez le patin</translation>
    </message>
    <message>
        <source>foot height {foot_height} mm is too low for a recessed {screw_size} screw: at least {need:.1f} mm</source>
        <translation>hauteur de pied de {foot_height} mm trop faible pour une vis {screw_size} noyée : au moins {need:.1f} mm</translation>
    </message>
    <message>
        <source>The foot is too small to hollow out: it is printed solid.</source>
        <translation>Le pied est trop petit pour être évidé : il est imprimé plein.</translation>
    </message>
    <message>
        <source>replacement foot</source>
        <translation>pied de rechange</translation>
    </message>
    <message>
        <source>Press the peg into the appliance&apos;s hole; a drop of glue makes it permanent.</source>
        <translation>Enfoncez le tenon dans le trou de l’appareil ; une goutte de colle le rend définitif.</translation>
    </message>
    <message>
        <source>{diameter} × {length} mm countersunk wood screw</source>
        <translation>vis à bois à tête fraisée {diameter} × {length} mm</translation>
    </message>
    <message>
        <source>The screw reaches about 10 mm into the appliance or furniture.</source>
        <translation>La vis pénètre d’environ 10 mm dans l’appareil ou le meuble.</translation>
    </message>
    <message>
        <source>self-adhesive felt pad, Ø {value} mm</source>
        <translation>patin en feutre autocollant, Ø {value} mm</translation>
    </message>
    <message>
        <source>Hollow: rinse and cure through the two drain holes underneath.</source>
        <translation>Creux : rincer et polymériser par les deux trous d’évacuation du dessous.</translation>
    </message>
    <message>
        <source>Replacement appliance foot</source>
        <translation>Pied d’appareil de rechange</translation>
    </message>
    <message>
        <source>A replacement foot for a washing machine, speaker, printer or cabinet. It fits by a press-fit peg in the hole the old foot left, or by a screw, with an optional felt pad underneath. Printed in resin.</source>
        <translation>Un pied de rechange pour lave-linge, enceinte, imprimante ou meuble. Il se fixe par un tenon emmanché à force dans le trou laissé par l’ancien pied, ou par une vis, avec un patin en feutre en option dessous. Imprimé en résine.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Pied</translation>
    </message>
    <message>
        <source>Diameter of the foot at the floor.</source>
        <translation>Diamètre du pied au sol.</translation>
    </message>
    <message>
        <source>Foot diameter</source>
        <translation>Diamètre du pied</translation>
    </message>
    <message>
        <source>Height of the foot, without the peg.</source>
        <translation>Hauteur du pied, sans le tenon.</translation>
    </message>
    <message>
        <source>Foot height</source>
        <translation>Hauteur du pied</translation>
    </message>
    <message>
        <source>Taper of the side: 0 gives a cylinder.</source>
        <translation>Inclinaison du côté : 0 donne un cylindre.</translation>
    </message>
    <message>
        <source>Side angle</source>
        <translation>Angle latéral</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Press-fit peg into an existing hole, or a screw through the foot.</source>
        <translation>Tenon emmanché dans un trou existant, ou vis à travers le pied.</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>Fixation</translation>
    </message>
    <message>
        <source>Diameter of the hole in the appliance, measured (for the peg).</source>
        <translation>Diamètre du trou dans l’appareil, mesuré (pour le tenon).</translation>
    </message>
    <message>
        <source>Peg diameter</source>
        <translation>Diamètre du tenon</translation>
    </message>
    <message>
        <source>Depth of that hole: the peg is as long.</source>
        <translation>Profondeur de ce trou : le tenon a la même longueur.</translation>
    </message>
    <message>
        <source>Peg length</source>
        <translation>Longueur du tenon</translation>
    </message>
    <message>
        <source>How much larger than the hole the peg is: more holds tighter, too much cracks it. Negative for a loose fit to glue.</source>
        <translation>De combien le tenon est plus gros que le trou : plus, il tient mieux ; trop, il fait fendre. Négatif pour un ajustement libre à coller.</translation>
    </message>
    <message>
        <source>Interference</source>
        <translation>Serrage</translation>
    </message>
    <message>
        <source>Countersunk wood screw (for the screw mount).</source>
        <translation>Vis à bois à tête fraisée (pour la fixation par vis).</translation>
    </message>
    <message>
        <source>Screw size</source>
        <translation>Taille de vis</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>A recess underneath for a stock self-adhesive felt pad.</source>
        <translation>Un logement dessous pour un patin en feutre autocollant du commerce.</translation>
    </message>
    <message>
        <source>Felt pad</source>
        <translation>Patin en feutre</translation>
    </message>
    <message>
        <source>Hollow core with drain holes: less resin, same fit and outside.</source>
        <translation>Cœur creux avec trous d’évacuation : moins de résine, même ajustement et même extérieur.</translation>
    </message>
    <message>
        <source>Hollow</source>
        <translation>Creux</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>How many feet.</source>
        <translation>Nombre de pieds.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Resin.</source>
        <translation>Résine.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>appliance weight</source>
        <translation>poids de l’appareil</translation>
    </message>
    <message>
        <source>The appliance stands on its feet for years.</source>
        <translation>L’appareil repose sur ses pieds pendant des années.</translation>
    </message>
    <message>
        <source>15 kg per foot: a 60 kg appliance or piece of furniture on four feet</source>
        <translation>15 kg par pied : un appareil ou meuble de 60 kg sur quatre pieds</translation>
    </message>
    <message>
        <source>under a household appliance, up to 40 °C</source>
        <translation>sous un appareil ménager, jusqu’à 40 °C</translation>
    </message>
    <message>
        <source>the floor under an appliance</source>
        <translation>le sol sous un appareil</translation>
    </message>
    <message>
        <source>kitchen or bathroom floors get wiped and splashed</source>
        <translation>les sols de cuisine ou de salle de bain sont essuyés et éclaboussés</translation>
    </message>
    <message>
        <source>Sturdy screwed foot for a heavy appliance (solid).</source>
        <translation>Pied vissé robuste pour un appareil lourd (plein).</translation>
    </message>
    <message>
        <source>Washing machine</source>
        <translation>Lave-linge</translation>
    </message>
    <message>
        <source>Small peg-in foot with a felt pad.</source>
        <translation>Petit pied à tenon avec patin en feutre.</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Enceinte</translation>
    </message>
    <message>
        <source>Screw-on cabinet foot with a felt pad.</source>
        <translation>Pied de meuble vissé avec patin en feutre.</translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation>Meuble</translation>
    </message>
    <message>
        <source>Tiny foot for a printer or laptop stand.</source>
        <translation>Tout petit pied pour une imprimante ou un support d’ordinateur portable.</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
</context>
<context>
    <name>cable-strain-relief</name>
    <message>
        <source>squeeze {squeeze} mm would crush a {cable_diameter} mm cable: at most {limit:.2f} mm</source>
        <translation>un serrage de {squeeze} mm écraserait un câble de {cable_diameter} mm : au plus {limit:.2f} mm</translation>
    </message>
    <message>
        <source>lower half with captive nuts</source>
        <translation>moitié inférieure avec écrous captifs</translation>
    </message>
    <message>
        <source>upper half; print groove up</source>
        <translation>moitié supérieure ; imprimer rainure vers le haut</translation>
    </message>
    <message>
        <source>{thread} × {screw_length} mm socket head cap screw</source>
        <translation>vis à tête cylindrique six pans creux {thread} × {screw_length} mm</translation>
    </message>
    <message>
        <source>{thread} hex nut</source>
        <translation>écrou hexagonal {thread}</translation>
    </message>
    <message>
        <source>{diameter} × 16 mm countersunk wood screw</source>
        <translation>vis à bois à tête fraisée {diameter} × 16 mm</translation>
    </message>
    <message>
        <source>Press the nuts into the hexagonal pockets under the base before assembly.</source>
        <translation>Enfoncez les écrous dans les logements hexagonaux sous la base avant l’assemblage.</translation>
    </message>
    <message>
        <source>Tighten until the halves touch: the cable is then squeezed by {squeeze} mm.</source>
        <translation>Serrez jusqu’à ce que les moitiés se touchent : le câble est alors serré de {squeeze} mm.</translation>
    </message>
    <message>
        <source>Cable strain relief clamp</source>
        <translation>Serre-câble anti-traction</translation>
    </message>
    <message>
        <source>A two-part clamp that grips a cable so a pull on it does not reach the terminals. Measure the cable, choose how firmly to squeeze it, and screw the clamp down inside the appliance, lamp base or desk.</source>
        <translation>Une bride en deux parties qui serre un câble pour qu’une traction n’atteigne pas les bornes. Mesurez le câble, choisissez la force du serrage et vissez la bride à l’intérieur de l’appareil, du pied de lampe ou du bureau.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Outside diameter of the cable, measured with calipers.</source>
        <translation>Diamètre extérieur du câble, mesuré au pied à coulisse.</translation>
    </message>
    <message>
        <source>Cable diameter</source>
        <translation>Diamètre du câble</translation>
    </message>
    <message>
        <source>How much the closed clamp presses the cable (diameter reduction).</source>
        <translation>De combien la bride fermée presse le câble (réduction du diamètre).</translation>
    </message>
    <message>
        <source>Squeeze</source>
        <translation>Serrage</translation>
    </message>
    <message>
        <source>Clamp</source>
        <translation>Bride</translation>
    </message>
    <message>
        <source>Length of the clamp along the cable.</source>
        <translation>Longueur de la bride le long du câble.</translation>
    </message>
    <message>
        <source>Clamp length</source>
        <translation>Longueur de la bride</translation>
    </message>
    <message>
        <source>Plastic around the cable channel. Thinner uses less plastic; the grip is the same.</source>
        <translation>Plastique autour du passage du câble. Plus fin, il utilise moins de plastique ; la prise est la même.</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Paroi</translation>
    </message>
    <message>
        <source>Fixing</source>
        <translation>Fixation</translation>
    </message>
    <message>
        <source>Socket head screws (ISO 4762) and nuts that close the clamp.</source>
        <translation>Vis à tête cylindrique (ISO 4762) et écrous qui ferment la bride.</translation>
    </message>
    <message>
        <source>Screw</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Ears with countersunk holes to screw the clamp down.</source>
        <translation>Oreilles avec trous fraisés pour visser la bride.</translation>
    </message>
    <message>
        <source>Mounting ears</source>
        <translation>Oreilles de fixation</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>How many clamps.</source>
        <translation>Nombre de brides.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Filament.</source>
        <translation>Filament.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>inside an appliance or lamp base, up to 50 °C</source>
        <translation>dans un appareil ou un pied de lampe, jusqu’à 50 °C</translation>
    </message>
    <message>
        <source>the inside of a housing</source>
        <translation>l’intérieur d’un boîtier</translation>
    </message>
    <message>
        <source>inside a housing</source>
        <translation>dans un boîtier</translation>
    </message>
    <message>
        <source>the cable&apos;s pull is held by friction under the screws&apos; clamping force, which a linear model of one part cannot represent</source>
        <translation>la traction du câble est retenue par frottement sous la force de serrage des vis, ce qu’un modèle linéaire d’une seule pièce ne peut pas représenter</translation>
    </message>
    <message>
        <source>Two-core lamp flex, about 5 mm.</source>
        <translation>Câble de lampe à deux conducteurs, environ 5 mm.</translation>
    </message>
    <message>
        <source>Lamp cord</source>
        <translation>Cordon de lampe</translation>
    </message>
    <message>
        <source>Three-core appliance cable (kettle, heater).</source>
        <translation>Câble d’appareil à trois conducteurs (bouilloire, radiateur).</translation>
    </message>
    <message>
        <source>Appliance cable</source>
        <translation>Câble d’appareil</translation>
    </message>
    <message>
        <source>USB or audio cable.</source>
        <translation>Câble USB ou audio.</translation>
    </message>
    <message>
        <source>Usb cable</source>
        <translation>Câble USB</translation>
    </message>
    <message>
        <source>Thick cable for a workshop machine.</source>
        <translation>Câble épais pour une machine d’atelier.</translation>
    </message>
    <message>
        <source>Heavy cable</source>
        <translation>Câble épais</translation>
    </message>
</context>
<context>
    <name>conditions</name>
    <message>
        <source>standard</source>
        <translation>norme</translation>
    </message>
    <message>
        <source>product sheet</source>
        <translation>fiche produit</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>hypothèse</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind} : {text}</translation>
    </message>
</context>
<context>
    <name>contact</name>
    <message>
        <source>Could you make this? {design} (Fabwise package)</source>
        <translation>Pourriez-vous fabriquer ceci ? {design} (paquet Fabwise)</translation>
    </message>
    <message>
        <source>Hello {facility},</source>
        <translation>Bonjour {facility},</translation>
    </message>
    <message>
        <source>I would like to have “{design}” made at your workshop.</source>
        <translation>Je souhaiterais faire fabriquer « {design} » dans votre atelier.</translation>
    </message>
    <message>
        <source>The production package is attached: {file}</source>
        <translation>Le paquet de production est joint : {file}</translation>
    </message>
    <message>
        <source>(made with Fabwise; check it with: fabwise package verify FILE).</source>
        <translation>(créé avec Fabwise ; vérifiez-le avec : fabwise package verify FICHIER).</translation>
    </message>
    <message>
        <source>I can send the production package (made with Fabwise) as soon as you tell me which files you take.</source>
        <translation>Je peux envoyer le paquet de production (créé avec Fabwise) dès que vous m’indiquez les fichiers que vous acceptez.</translation>
    </message>
    <message>
        <source>Could you tell me the price and when it could be ready?</source>
        <translation>Pourriez-vous m’indiquer le prix et le délai de fabrication ?</translation>
    </message>
    <message>
        <source>Thank you,</source>
        <translation>Merci,</translation>
    </message>
</context>
<context>
    <name>device-wall-mount</name>
    <message>
        <source>back height {back_height} mm leaves no room for the screws above a {lip_height} mm lip: at least {need:g} mm</source>
        <translation>une hauteur de dos de {back_height} mm ne laisse pas de place aux vis au-dessus d’un rebord de {lip_height} mm : au moins {need:g} mm</translation>
    </message>
    <message>
        <source>a holder {width:.0f} mm wide is too narrow for two screws: use one screw (it needs {need:g} mm for two)</source>
        <translation>un support de {width:.0f} mm de large est trop étroit pour deux vis : utilisez une seule vis (il faut {need:g} mm pour deux)</translation>
    </message>
    <message>
        <source>wall {wall} mm is too thin for {screw_size} countersunk screws: at least {need:g} mm, or pick a smaller screw</source>
        <translation>paroi de {wall} mm trop fine pour des vis à tête fraisée {screw_size} : au moins {need:g} mm, ou choisissez une vis plus petite</translation>
    </message>
    <message>
        <source>print standing on its floor: no supports needed</source>
        <translation>imprimer debout sur son fond : aucun support nécessaire</translation>
    </message>
    <message>
        <source>{diameter} × {length} mm countersunk wood screw</source>
        <translation>vis à bois à tête fraisée {diameter} × {length} mm</translation>
    </message>
    <message>
        <source>Inside: {wi:g} × {di:g} mm for a {device_width} × {device_depth} mm device.</source>
        <translation>Intérieur : {wi:g} × {di:g} mm pour un appareil de {device_width} × {device_depth} mm.</translation>
    </message>
    <message>
        <source>Made-to-measure wall holder</source>
        <translation>Support mural sur mesure</translation>
    </message>
    <message>
        <source>A wall holder for a device you measure: Wi-Fi router, remote control, phone, speaker. Enter its width and thickness; the tray fits it with the clearance you choose, with a slot for the charging cable and a window in front.</source>
        <translation>Un support mural pour un appareil que vous mesurez : box Wi-Fi, télécommande, téléphone, enceinte. Saisissez sa largeur et son épaisseur ; le bac s’y ajuste avec le jeu choisi, avec une fente pour le câble de charge et une fenêtre à l’avant.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Width of the device, measured across the side that goes into the holder.</source>
        <translation>Largeur de l’appareil, mesurée sur le côté qui entre dans le support.</translation>
    </message>
    <message>
        <source>Device width</source>
        <translation>Largeur de l’appareil</translation>
    </message>
    <message>
        <source>Thickness of the device, front to back.</source>
        <translation>Épaisseur de l’appareil, de l’avant à l’arrière.</translation>
    </message>
    <message>
        <source>Device depth</source>
        <translation>Épaisseur de l’appareil</translation>
    </message>
    <message>
        <source>Gap around the device on each side.</source>
        <translation>Jeu autour de l’appareil de chaque côté.</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Height of the tray&apos;s walls (how much of the device they hold).</source>
        <translation>Hauteur des parois du bac (quelle part de l’appareil elles tiennent).</translation>
    </message>
    <message>
        <source>Lip height</source>
        <translation>Hauteur du rebord</translation>
    </message>
    <message>
        <source>Height of the back plate against the wall.</source>
        <translation>Hauteur de la plaque arrière contre le mur.</translation>
    </message>
    <message>
        <source>Back height</source>
        <translation>Hauteur du dos</translation>
    </message>
    <message>
        <source>Wall thickness. Thinner uses less plastic; it still holds a light device.</source>
        <translation>Épaisseur de paroi. Plus fine, elle utilise moins de plastique ; elle tient encore un appareil léger.</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Paroi</translation>
    </message>
    <message>
        <source>Slot in the floor for a charging cable.</source>
        <translation>Fente dans le fond pour un câble de charge.</translation>
    </message>
    <message>
        <source>Cable slot</source>
        <translation>Fente pour câble</translation>
    </message>
    <message>
        <source>Cut-out in the front lip to reach buttons or see a display.</source>
        <translation>Découpe dans le rebord avant pour atteindre des boutons ou voir un écran.</translation>
    </message>
    <message>
        <source>Front window</source>
        <translation>Fenêtre avant</translation>
    </message>
    <message>
        <source>Mounting</source>
        <translation>Fixation</translation>
    </message>
    <message>
        <source>Wall screws.</source>
        <translation>Vis murales.</translation>
    </message>
    <message>
        <source>Hole count</source>
        <translation>Nombre de trous</translation>
    </message>
    <message>
        <source>Countersunk wall screws.</source>
        <translation>Vis murales à tête fraisée.</translation>
    </message>
    <message>
        <source>Screw size</source>
        <translation>Taille de vis</translation>
    </message>
    <message>
        <source>Weight of the device the holder carries.</source>
        <translation>Poids de l’appareil que porte le support.</translation>
    </message>
    <message>
        <source>Device mass</source>
        <translation>Masse de l’appareil</translation>
    </message>
    <message>
        <source>Filament.</source>
        <translation>Filament.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>device weight</source>
        <translation>poids de l’appareil</translation>
    </message>
    <message>
        <source>The device stands in the tray for years.</source>
        <translation>L’appareil reste dans le bac pendant des années.</translation>
    </message>
    <message>
        <source>the user&apos;s device mass, resting on the floor of the tray</source>
        <translation>la masse de l’appareil de l’utilisateur, posée sur le fond du bac</translation>
    </message>
    <message>
        <source>a router or charger warms its holder to about 45 °C</source>
        <translation>une box ou un chargeur chauffe son support jusqu’à environ 45 °C</translation>
    </message>
    <message>
        <source>the tray around a warm device</source>
        <translation>le bac autour d’un appareil chaud</translation>
    </message>
    <message>
        <source>indoors</source>
        <translation>à l’intérieur</translation>
    </message>
    <message>
        <source>Router standing on its edge.</source>
        <translation>Box posée sur la tranche.</translation>
    </message>
    <message>
        <source>Wi-Fi router</source>
        <translation>Box Wi-Fi</translation>
    </message>
    <message>
        <source>Pocket for a TV remote.</source>
        <translation>Pochette pour une télécommande de télévision.</translation>
    </message>
    <message>
        <source>TV remote</source>
        <translation>Télécommande TV</translation>
    </message>
    <message>
        <source>Phone in its case, charging from below.</source>
        <translation>Téléphone dans sa coque, en charge par le bas.</translation>
    </message>
    <message>
        <source>Phone charging</source>
        <translation>Charge du téléphone</translation>
    </message>
</context>
<context>
    <name>dfm</name>
    <message>
        <source>&apos;{part}&apos; measures {size}; {machine} has no recorded envelope, so the fit was not checked</source>
        <translation>« {part} » mesure {size} ; le volume de travail de {machine} n’est pas connu, l’encombrement n’a donc pas été vérifié</translation>
    </message>
    <message>
        <source>bed x, y and max thickness</source>
        <translation>plateau x, y et épaisseur max.</translation>
    </message>
    <message>
        <source>any orientation</source>
        <translation>dans n’importe quelle orientation</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; ({size}) fits {machine} ({envelope}, {how})</source>
        <translation>« {part} » ({size}) tient dans {machine} ({envelope}, {how})</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; measures {size} and does not fit {machine} ({envelope}, {how})</source>
        <translation>« {part} » mesure {size} et ne tient pas dans {machine} ({envelope}, {how})</translation>
    </message>
    <message>
        <source>{machine} lists no materials, so &apos;{material}&apos; is not confirmed</source>
        <translation>{machine} n’indique aucun matériau, « {material} » n’est donc pas confirmé</translation>
    </message>
    <message>
        <source>{machine} takes {material}</source>
        <translation>{machine} accepte {material}</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is {material}, which {machine} does not list (it takes {materials})</source>
        <translation>« {part} » est en {material}, que {machine} n’indique pas (il accepte {materials})</translation>
    </message>
    <message>
        <source>{thickness:g} mm sheet is stocked for {machine}</source>
        <translation>des plaques de {thickness:g} mm sont en stock pour {machine}</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is cut from {thickness:g} mm sheet; {machine} cuts {stock} mm sheet</source>
        <translation>« {part} » est découpé dans une plaque de {thickness:g} mm ; {machine} découpe des plaques de {stock} mm</translation>
    </message>
    <message>
        <source>{machine} lists no sheet thicknesses</source>
        <translation>{machine} n’indique aucune épaisseur de plaque</translation>
    </message>
    <message>
        <source>{thickness:g} mm sheet is within {machine}&apos;s maximum of {top:g} mm</source>
        <translation>une plaque de {thickness:g} mm reste sous le maximum de {top:g} mm de {machine}</translation>
    </message>
    <message>
        <source>{thickness:g} mm sheet exceeds {machine}&apos;s maximum of {top:g} mm</source>
        <translation>une plaque de {thickness:g} mm dépasse le maximum de {top:g} mm de {machine}</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; needs {process}, which {facility} does not offer (it offers {offered})</source>
        <translation>« {part} » demande {process}, que {facility} ne propose pas (il propose {offered})</translation>
    </message>
    <message>
        <source>{message} (machines assumed, not declared by the workshop: confirm with {facility})</source>
        <translation>{message} (machines supposées, non déclarées par l’atelier : à confirmer avec {facility})</translation>
    </message>
</context>
<context>
    <name>dshaft-knob</name>
    <message>
        <source>flat depth {flat_depth} mm is too deep for a {shaft_diameter} mm shaft: it must stay below the shaft radius (at most {limit:.2f} mm). Flat depth = shaft diameter − across-flat size</source>
        <translation>profondeur de méplat de {flat_depth} mm trop grande pour un axe de {shaft_diameter} mm : elle doit rester inférieure au rayon de l’axe (au plus {limit:.2f} mm). Profondeur du méplat = diamètre de l’axe − cote sur méplat</translation>
    </message>
    <message>
        <source>knob diameter {knob_diameter} mm is too small for a {shaft_diameter} mm shaft: it must be at least {need:.1f} mm ({MIN_WALL} mm of wall around the bore)</source>
        <translation>diamètre de bouton de {knob_diameter} mm trop petit pour un axe de {shaft_diameter} mm : au moins {need:.1f} mm ({MIN_WALL} mm de paroi autour de l’alésage)</translation>
    </message>
    <message>
        <source>knob height {knob_height} mm is too low for a shaft that goes {shaft_length} mm in: it must be at least {need:.1f} mm (bore + top wall); lower the shaft length or raise the knob</source>
        <translation>hauteur de bouton de {knob_height} mm trop faible pour un axe qui entre de {shaft_length} mm : au moins {need:.1f} mm (alésage + paroi du dessus) ; réduisez la longueur d’axe ou augmentez la hauteur du bouton</translation>
    </message>
    <message>
        <source>a set screw needs the shaft to go at least {MIN_SET_SCREW_INSERTION} mm into the knob (shaft length is {shaft_length} mm)</source>
        <translation>une vis de pression exige que l’axe entre d’au moins {MIN_SET_SCREW_INSERTION} mm dans le bouton (longueur d’axe : {shaft_length} mm)</translation>
    </message>
    <message>
        <source>knob diameter {knob_diameter} mm leaves no room for the shortest M3 set screw ({value} mm): make the knob wider or turn the set screw off</source>
        <translation>un diamètre de bouton de {knob_diameter} mm ne laisse pas de place à la plus courte vis de pression M3 ({value} mm) : élargissez le bouton ou désactivez la vis de pression</translation>
    </message>
    <message>
        <source>label size {label_size} mm is too large for a {knob_diameter} mm knob: at most {max_h:.1f} mm</source>
        <translation>taille d’inscription de {label_size} mm trop grande pour un bouton de {knob_diameter} mm : au plus {max_h:.1f} mm</translation>
    </message>
    <message>
        <source>label &apos;{text}&apos; is about {width:.0f} mm wide and does not fit on the top (about {max_w:.0f} mm available): shorten it or make the text smaller</source>
        <translation>l’inscription &apos;{text}&apos; fait environ {width:.0f} mm de large et ne tient pas sur le dessus (environ {max_w:.0f} mm disponibles) : raccourcissez-la ou réduisez la taille du texte</translation>
    </message>
    <message>
        <source>The knob is too small to hollow out: it is printed solid.</source>
        <translation>Le bouton est trop petit pour être évidé : il est imprimé plein.</translation>
    </message>
    <message>
        <source>{thread} × {length} mm hex socket set screw, cup point</source>
        <translation>vis de pression six pans creux {thread} × {length} mm, bout cuvette</translation>
    </message>
    <message>
        <source>Tap the {tap_drill} mm side hole with an {thread} tap, or let the set screw cut its own thread.</source>
        <translation>Taraudez le trou latéral de {tap_drill} mm avec un taraud {thread}, ou laissez la vis de pression former son propre filetage.</translation>
    </message>
    <message>
        <source>Print upright as modelled (bore opening on the bed) so the D-profile is exact.</source>
        <translation>Imprimer debout comme modélisé (ouverture de l’alésage sur le plateau) pour que le profil en D soit exact.</translation>
    </message>
    <message>
        <source>knob for a {shaft_diameter} mm D-shaft</source>
        <translation>bouton pour un axe en D de {shaft_diameter} mm</translation>
    </message>
    <message>
        <source>Replacement D-shaft knob</source>
        <translation>Bouton de rechange pour axe en D</translation>
    </message>
    <message>
        <source>A replacement knob for a cooker, appliance or potentiometer D-shaft. Measure the shaft (diameter, across-flat size, how far it goes in), pick a grip, and add an index mark, a short engraved label or a set screw.</source>
        <translation>Un bouton de rechange pour l’axe en D d’une cuisinière, d’un appareil ou d’un potentiomètre. Mesurez l’axe (diamètre, cote sur méplat, profondeur d’insertion), choisissez une prise en main et ajoutez un repère, une courte inscription gravée ou une vis de pression.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Diameter of the round part of the shaft (measure with calipers).</source>
        <translation>Diamètre de la partie ronde de l’axe (mesurez au pied à coulisse).</translation>
    </message>
    <message>
        <source>Shaft diameter</source>
        <translation>Diamètre de l’axe</translation>
    </message>
    <message>
        <source>How deep the flat cuts into the shaft: shaft diameter minus the size measured across the flat.</source>
        <translation>Profondeur du méplat dans l’axe : diamètre de l’axe moins la cote mesurée sur le méplat.</translation>
    </message>
    <message>
        <source>Flat depth</source>
        <translation>Profondeur du méplat</translation>
    </message>
    <message>
        <source>How far the shaft goes into the knob.</source>
        <translation>Longueur d’axe qui entre dans le bouton.</translation>
    </message>
    <message>
        <source>Shaft length</source>
        <translation>Longueur d’axe</translation>
    </message>
    <message>
        <source>Extra gap added around the shaft. Raise it if the knob is too tight on your printer, lower it for a firmer push fit.</source>
        <translation>Jeu supplémentaire autour de l’axe. Augmentez-le si le bouton est trop serré avec votre imprimante, réduisez-le pour un emmanchement plus ferme.</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <source>Knob</source>
        <translation>Bouton</translation>
    </message>
    <message>
        <source>Outer diameter of the knob.</source>
        <translation>Diamètre extérieur du bouton.</translation>
    </message>
    <message>
        <source>Knob diameter</source>
        <translation>Diamètre du bouton</translation>
    </message>
    <message>
        <source>Height of the knob.</source>
        <translation>Hauteur du bouton.</translation>
    </message>
    <message>
        <source>Knob height</source>
        <translation>Hauteur du bouton</translation>
    </message>
    <message>
        <source>Finger grip around the side: rounded ribs, fine straight knurl, or smooth.</source>
        <translation>Prise en main sur le côté : nervures arrondies, moletage droit fin ou lisse.</translation>
    </message>
    <message>
        <source>Grip</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Hollow the knob from below around a central hub: less plastic, same fit and look.</source>
        <translation>Évider le bouton par-dessous autour d’un moyeu central : moins de plastique, même ajustement et même aspect.</translation>
    </message>
    <message>
        <source>Hollow</source>
        <translation>Creux</translation>
    </message>
    <message>
        <source>Wall thickness of the hollow knob (side, top and hub). Thinner uses less plastic and the fit does not change, but the hub gets weaker: `fabwise fit` says how thin still holds.</source>
        <translation>Épaisseur de paroi du bouton évidé (côté, dessus et moyeu). Plus fine, elle utilise moins de plastique sans changer l’ajustement, mais le moyeu s’affaiblit : `fabwise fit` indique jusqu’où elle tient encore.</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Paroi</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Add an M3 set screw that presses on the flat, for shafts that need a firm grip.</source>
        <translation>Ajouter une vis de pression M3 qui appuie sur le méplat, pour les axes qui exigent une prise ferme.</translation>
    </message>
    <message>
        <source>Set screw</source>
        <translation>Vis de pression</translation>
    </message>
    <message>
        <source>Engrave a pointer line on the top, on the side of the flat.</source>
        <translation>Graver un trait repère sur le dessus, du côté du méplat.</translation>
    </message>
    <message>
        <source>Index mark</source>
        <translation>Repère</translation>
    </message>
    <message>
        <source>Short text engraved on the top (e.g. &apos;HOB 2&apos;).</source>
        <translation>Texte court gravé sur le dessus (par ex. &apos;FEU 2&apos;).</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Personalise</source>
        <translation>Personnaliser</translation>
    </message>
    <message>
        <source>Letter height of the label.</source>
        <translation>Hauteur des lettres de l’inscription.</translation>
    </message>
    <message>
        <source>Label size</source>
        <translation>Taille de l’inscription</translation>
    </message>
    <message>
        <source>Filament. PETG or ABS for knobs near heat (cookers); PLA softens at about 55 °C.</source>
        <translation>Filament. PETG ou ABS pour les boutons proches de la chaleur (cuisinières) ; le PLA ramollit vers 55 °C.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>hand twist</source>
        <translation>torsion à la main</translation>
    </message>
    <message>
        <source>A firm twist on a stiff control: the fingers hold the grip, the shaft&apos;s flat pushes back.</source>
        <translation>Une torsion ferme sur une commande dure : les doigts tiennent la prise, le méplat de l’axe résiste.</translation>
    </message>
    <message>
        <source>0.3 N·m, a firm twist on a stiff rotary control; not measured</source>
        <translation>0,3 N·m, une torsion ferme sur une commande rotative dure ; non mesuré</translation>
    </message>
    <message>
        <source>a knob on a cooker&apos;s front panel reaches about 60 °C while the oven is on; not measured</source>
        <translation>un bouton sur la façade d’une cuisinière atteint environ 60 °C quand le four est allumé ; non mesuré</translation>
    </message>
    <message>
        <source>a cooker&apos;s knob</source>
        <translation>le bouton d’une cuisinière</translation>
    </message>
    <message>
        <source>PLA softens at about 55 °C</source>
        <translation>Le PLA ramollit vers 55 °C</translation>
    </message>
    <message>
        <source>Cooker/oven knob on a 6 mm D-shaft with a 4.5 mm flat (check your shaft).</source>
        <translation>Bouton de cuisinière/four sur un axe en D de 6 mm avec un méplat de 4,5 mm (vérifiez votre axe).</translation>
    </message>
    <message>
        <source>Cooker 6mm</source>
        <translation>Cuisinière 6 mm</translation>
    </message>
    <message>
        <source>Small knurled knob for a 6 mm D-shaft potentiometer or encoder.</source>
        <translation>Petit bouton moleté pour potentiomètre ou encodeur à axe en D de 6 mm.</translation>
    </message>
    <message>
        <source>Pot 6mm small</source>
        <translation>Petit potentiomètre 6 mm</translation>
    </message>
    <message>
        <source>Knob for a 1/4 in (6.35 mm) D-shaft with a set screw (audio gear, appliances).</source>
        <translation>Bouton pour axe en D de 1/4 in (6,35 mm) avec vis de pression (matériel audio, électroménager).</translation>
    </message>
    <message>
        <source>Quarter inch</source>
        <translation>Quart de pouce</translation>
    </message>
    <message>
        <source>Cooker knob with an engraved label.</source>
        <translation>Bouton de cuisinière avec inscription gravée.</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Avec inscription</translation>
    </message>
</context>
<context>
    <name>eco-factors</name>
    <message>
        <source>world-average electricity mix</source>
        <translation>mix électrique moyen mondial</translation>
    </message>
    <message>
        <source>EU-average electricity mix</source>
        <translation>mix électrique moyen de l’UE</translation>
    </message>
    <message>
        <source>electricity mix ({grid})</source>
        <translation>mix électrique ({grid})</translation>
    </message>
    <message>
        <source>{subject} end of life ({route})</source>
        <translation>fin de vie de {subject} ({route})</translation>
    </message>
    <message>
        <source>standard {stock} size {size} mm</source>
        <translation>format standard de {stock} {size} mm</translation>
    </message>
    <message>
        <source>laser cutting speed in {thickness} mm {material}</source>
        <translation>vitesse de découpe laser dans {material} de {thickness} mm</translation>
    </message>
    <message>
        <source>{machine} cutting rate in {material}</source>
        <translation>vitesse de coupe de la {machine} dans {material}</translation>
    </message>
    <message>
        <source>{mode} emissions</source>
        <translation>émissions ({mode})</translation>
    </message>
    <message>
        <source>{mode} energy use</source>
        <translation>consommation d’énergie ({mode})</translation>
    </message>
    <message>
        <source>{machine} {figure} for {material}</source>
        <translation>{machine} : {figure} pour {material}</translation>
    </message>
    <message>
        <source>{machine} {figure}</source>
        <translation>{machine} : {figure}</translation>
    </message>
    <message>
        <source>{subject} {figure}</source>
        <translation>{figure} de {subject}</translation>
    </message>
    <message>
        <source>carbon footprint</source>
        <translation>empreinte carbone</translation>
    </message>
    <message>
        <source>production energy</source>
        <translation>énergie de production</translation>
    </message>
    <message>
        <source>density</source>
        <translation>densité</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>débit</translation>
    </message>
    <message>
        <source>angle</source>
        <translation>angle</translation>
    </message>
    <message>
        <source>deposition rate</source>
        <translation>débit de dépôt</translation>
    </message>
    <message>
        <source>engrave line</source>
        <translation>ligne de gravure</translation>
    </message>
    <message>
        <source>engrave speed</source>
        <translation>vitesse de gravure</translation>
    </message>
    <message>
        <source>flat bar</source>
        <translation>barre plate</translation>
    </message>
    <message>
        <source>incineration</source>
        <translation>incinération</translation>
    </message>
    <message>
        <source>infill fraction</source>
        <translation>taux de remplissage</translation>
    </message>
    <message>
        <source>landfill</source>
        <translation>mise en décharge</translation>
    </message>
    <message>
        <source>layer height</source>
        <translation>hauteur de couche</translation>
    </message>
    <message>
        <source>mean power</source>
        <translation>puissance moyenne</translation>
    </message>
    <message>
        <source>nesting waste ratio</source>
        <translation>taux de chutes d&apos;imbrication</translation>
    </message>
    <message>
        <source>pierce time</source>
        <translation>temps de perçage</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>plaque</translation>
    </message>
    <message>
        <source>power</source>
        <translation>puissance</translation>
    </message>
    <message>
        <source>rated power fraction</source>
        <translation>part de la puissance nominale</translation>
    </message>
    <message>
        <source>recycling</source>
        <translation>recyclage</translation>
    </message>
    <message>
        <source>round bar</source>
        <translation>barre ronde</translation>
    </message>
    <message>
        <source>seconds per layer</source>
        <translation>secondes par couche</translation>
    </message>
    <message>
        <source>setup time</source>
        <translation>temps de préparation</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>feuille</translation>
    </message>
    <message>
        <source>shell thickness</source>
        <translation>épaisseur de coque</translation>
    </message>
    <message>
        <source>spindle load factor</source>
        <translation>taux de charge de la broche</translation>
    </message>
    <message>
        <source>stock margin</source>
        <translation>surépaisseur du brut</translation>
    </message>
    <message>
        <source>tool diameter</source>
        <translation>diamètre de l&apos;outil</translation>
    </message>
    <message>
        <source>travel speed</source>
        <translation>vitesse de déplacement</translation>
    </message>
    <message>
        <source>waste ratio</source>
        <translation>taux de chutes</translation>
    </message>
    <message>
        <source>3D printer</source>
        <translation>imprimante 3D</translation>
    </message>
    <message>
        <source>resin printer</source>
        <translation>imprimante résine</translation>
    </message>
    <message>
        <source>powder-bed printer</source>
        <translation>imprimante à lit de poudre</translation>
    </message>
    <message>
        <source>laser cutter</source>
        <translation>découpeuse laser</translation>
    </message>
    <message>
        <source>CNC router</source>
        <translation>défonceuse CNC</translation>
    </message>
    <message>
        <source>CNC mill</source>
        <translation>fraiseuse CNC</translation>
    </message>
    <message>
        <source>CNC machine</source>
        <translation>machine CNC</translation>
    </message>
    <message>
        <source>van delivery</source>
        <translation>livraison en camionnette</translation>
    </message>
    <message>
        <source>lorry delivery</source>
        <translation>livraison en camion</translation>
    </message>
    <message>
        <source>rail freight</source>
        <translation>fret ferroviaire</translation>
    </message>
    <message>
        <source>bicycle delivery</source>
        <translation>livraison à vélo</translation>
    </message>
    <message>
        <source>sea freight</source>
        <translation>fret maritime</translation>
    </message>
    <message>
        <source>air freight</source>
        <translation>fret aérien</translation>
    </message>
    <message>
        <source>car delivery</source>
        <translation>livraison en voiture</translation>
    </message>
</context>
<context>
    <name>eco-report</name>
    <message>
        <source>route set for this report</source>
        <translation>filière fixée pour ce rapport</translation>
    </message>
    <message>
        <source>default route: metals recycled, everything else incinerated</source>
        <translation>filière par défaut : métaux recyclés, tout le reste incinéré</translation>
    </message>
    <message>
        <source>{status} — {basis} (Fabwise&apos;s recycled-content table, with a source for each material)</source>
        <translation>{status} — {basis} (table des taux de recyclé de Fabwise, avec une source pour chaque matériau)</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>hypothèse</translation>
    </message>
    <message>
        <source>follows the end-of-life route used in this report ({default}); routes: {routes}</source>
        <translation>suit la filière de fin de vie utilisée dans ce rapport ({default}) ; filières : {routes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>classification of each material (bio-based or not), shared eco_data REFERENCE.md section 1c; not a measured bio-based carbon content</source>
        <translation>classement de chaque matériau (biosourcé ou non), eco_data partagé, REFERENCE.md section 1c ; pas une teneur en carbone biosourcé mesurée</translation>
    </message>
    <message>
        <source>from the materials of the product&apos;s parts and hardware</source>
        <translation>d’après les matériaux des pièces et de la quincaillerie du produit</translation>
    </message>
    <message>
        <source>from the product&apos;s joints: glued or welded parts cannot be separated</source>
        <translation>d’après les assemblages du produit : les pièces collées ou soudées ne peuvent pas être séparées</translation>
    </message>
    <message>
        <source>No footprint was computed for this variant.</source>
        <translation>Aucune empreinte n’a été calculée pour cette variante.</translation>
    </message>
    <message>
        <source>Material dominates this variant&apos;s footprint ({pct}): a lower-carbon or recycled material, or less material, saves the most.</source>
        <translation>Le matériau domine l’empreinte de cette variante ({pct}) : un matériau moins carboné ou recyclé, ou moins de matière, économise le plus.</translation>
    </message>
    <message>
        <source>Manufacturing electricity dominates ({pct}) on the {grid} grid ({g_kwh:.0f} g CO2e/kWh): a facility on a cleaner grid or a shorter machine time saves the most.</source>
        <translation>L’électricité de fabrication domine ({pct}) sur le réseau {grid} ({g_kwh:.0f} g CO2e/kWh) : un atelier sur un réseau plus propre ou un temps machine plus court économise le plus.</translation>
    </message>
    <message>
        <source>Manufacturing electricity dominates ({pct}) on the facility&apos;s own grid ({g_kwh:.0f} g CO2e/kWh): a facility on a cleaner grid or a shorter machine time saves the most.</source>
        <translation>L’électricité de fabrication domine ({pct}) sur le réseau propre de l’atelier ({g_kwh:.0f} g CO2e/kWh) : un atelier sur un réseau plus propre ou un temps machine plus court économise le plus.</translation>
    </message>
    <message>
        <source>Transport dominates ({pct}): {distance} by {mode}; a closer facility or another mode saves the most.</source>
        <translation>Le transport domine ({pct}) : {distance} en {mode} ; un atelier plus proche ou un autre mode de transport économise le plus.</translation>
    </message>
    <message>
        <source>End of life dominates ({pct}): keeping the product in use and recycling it matters more than how it is made.</source>
        <translation>La fin de vie domine ({pct}) : garder le produit en service et le recycler compte plus que la façon dont il est fabriqué.</translation>
    </message>
    <message>
        <source>Transport is {share:.0%} of the total here.</source>
        <translation>Le transport représente {share:.0%} du total ici.</translation>
    </message>
    <message>
        <source>Material (incl. waste)</source>
        <translation>Matériau (chutes comprises)</translation>
    </message>
    <message>
        <source>Manufacturing energy</source>
        <translation>Énergie de fabrication</translation>
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
        <source>proxy</source>
        <translation>approximation</translation>
    </message>
    <message>
        <source>your figure</source>
        <translation>votre valeur</translation>
    </message>
    <message>
        <source>{score:.1f} of {scale_max:g}</source>
        <translation>{score:.1f} sur {scale_max:g}</translation>
    </message>
    <message>
        <source>Relies on proxy or estimated data: {names} and {more} more.</source>
        <translation>Repose sur des données approchées ou estimées : {names} et {more} autres.</translation>
    </message>
    <message>
        <source>Relies on proxy or estimated data: {names}.</source>
        <translation>Repose sur des données approchées ou estimées : {names}.</translation>
    </message>
    <message>
        <source>world-average</source>
        <translation>mondial moyen</translation>
    </message>
    <message>
        <source>EU-average</source>
        <translation>européen moyen</translation>
    </message>
    <message>
        <source>van</source>
        <translation>camionnette</translation>
    </message>
    <message>
        <source>lorry</source>
        <translation>camion</translation>
    </message>
    <message>
        <source>rail</source>
        <translation>train</translation>
    </message>
    <message>
        <source>bicycle</source>
        <translation>vélo</translation>
    </message>
    <message>
        <source>ship</source>
        <translation>bateau</translation>
    </message>
    <message>
        <source>air</source>
        <translation>avion</translation>
    </message>
    <message>
        <source>car</source>
        <translation>voiture</translation>
    </message>
</context>
<context>
    <name>engraving</name>
    <message>
        <source>{rtl} ({scripts}) are written right to left, and engraving draws letters left to right without joining them, so they would come out reversed; use Latin, Greek or Cyrillic letters</source>
        <translation>{rtl} ({scripts}) s’écrivent de droite à gauche, et la gravure trace les lettres de gauche à droite sans les lier : elles sortiraient inversées ; utilisez des lettres latines, grecques ou cyrilliques</translation>
    </message>
    <message>
        <source>{complex_chars} ({why}) need text shaping (joined letters, placed marks), which engraving does not do; use Latin, Greek or Cyrillic letters</source>
        <translation>{complex_chars} ({why}) exigent une mise en forme du texte (lettres liées, signes placés), ce que la gravure ne fait pas ; utilisez des lettres latines, grecques ou cyrilliques</translation>
    </message>
    <message>
        <source>the engraving font has no glyph for {missing}: it would be engraved as an empty box; remove or replace those characters</source>
        <translation>la police de gravure n’a pas de glyphe pour {missing} : ils seraient gravés comme une case vide ; supprimez ou remplacez ces caractères</translation>
    </message>
</context>
<context>
    <name>facilities</name>
    <message>
        <source>FDM 3D printer</source>
        <translation>imprimante 3D FDM</translation>
    </message>
    <message>
        <source>SLA resin printer</source>
        <translation>imprimante résine SLA</translation>
    </message>
    <message>
        <source>SLS powder printer</source>
        <translation>imprimante à poudre SLS</translation>
    </message>
    <message>
        <source>laser cutter</source>
        <translation>découpeuse laser</translation>
    </message>
    <message>
        <source>CNC router</source>
        <translation>défonceuse CNC</translation>
    </message>
    <message>
        <source>CNC mill</source>
        <translation>fraiseuse CNC</translation>
    </message>
    <message>
        <source>no {machine} for {material}</source>
        <translation>aucune {machine} pour {material}</translation>
    </message>
    <message>
        <source>{machine}: materials not listed</source>
        <translation>{machine} : matériaux non indiqués</translation>
    </message>
    <message>
        <source>{machine} takes sheets up to {limit} mm, part &apos;{part}&apos; is {thickness} mm thick</source>
        <translation>la machine ({machine}) accepte des plaques jusqu’à {limit} mm, la pièce &apos;{part}&apos; fait {thickness} mm d’épaisseur</translation>
    </message>
    <message>
        <source>no {thickness} mm {material}</source>
        <translation>pas de {material} de {thickness} mm</translation>
    </message>
    <message>
        <source>no {thickness} mm sheet</source>
        <translation>pas de plaque de {thickness} mm</translation>
    </message>
    <message>
        <source>{machine}: envelope unknown, fit not checked</source>
        <translation>{machine} : volume de travail inconnu, encombrement non vérifié</translation>
    </message>
    <message>
        <source>bed {bed} too small for part &apos;{part}&apos; {size} (rotation considered)</source>
        <translation>plateau {bed} trop petit pour la pièce &apos;{part}&apos; {size} (rotation comprise)</translation>
    </message>
    <message>
        <source>build volume {volume} too small for part &apos;{part}&apos; {size} (rotation considered)</source>
        <translation>volume de fabrication {volume} trop petit pour la pièce &apos;{part}&apos; {size} (rotation comprise)</translation>
    </message>
    <message>
        <source>no {machine}</source>
        <translation>aucune {machine}</translation>
    </message>
    <message>
        <source>inventory not verified (typical fab lab machines assumed)</source>
        <translation>parc machines non vérifié (machines typiques d&apos;un fab lab supposées)</translation>
    </message>
    <message>
        <source>fictional example workshop</source>
        <translation>atelier d&apos;exemple fictif</translation>
    </message>
    <message>
        <source>location approximate (region centroid)</source>
        <translation>emplacement approximatif (centre de la région)</translation>
    </message>
    <message>
        <source>location approximate (country centroid)</source>
        <translation>emplacement approximatif (centre du pays)</translation>
    </message>
    <message>
        <source>GeoNames centroid of {place} (population {population})</source>
        <extracomment>Source coordinates within this distance of a place carrying the record&apos;s city name agree with the record. Source coordinates that disagree with the city name are still kept when a populated place (any name) lies this close: namesakes in the gazetteer are the usual cause of disagreement (San Miguel, Lima vs San Miguel elsewhere). Points far from any populated place are taken to be a geocoder&apos;s fallback (a country or state centroid) and replaced. Coordinates of a record whose city is not in the gazetteer at all (a small village) are kept.</extracomment>
        <translation>centre GeoNames de {place} ({population} habitants)</translation>
    </message>
    <message>
        <source>{count} in {country}</source>
        <translation>{count} en {country}</translation>
    </message>
    <message>
        <source>give &apos;lat,lon&apos;</source>
        <translation>indiquez « lat,lon »</translation>
    </message>
    <message>
        <source>add &apos;, CC&apos; to pick another country, or give &apos;lat,lon&apos;</source>
        <translation>ajoutez « , CC » pour choisir un autre pays, ou indiquez « lat,lon »</translation>
    </message>
    <message>
        <source>; the most populous of {count} places named &apos;{name}&apos; ({spread}); {how}</source>
        <translation> ; le plus peuplé des {count} lieux nommés « {name} » ({spread}) ; {how}</translation>
    </message>
    <message>
        <source>postal code {code} not used: placed at the town&apos;s centre</source>
        <translation>code postal {code} non utilisé : placé au centre de la ville</translation>
    </message>
</context>
<context>
    <name>finger-box</name>
    <message>
        <source>length</source>
        <translation>longueur</translation>
    </message>
    <message>
        <source>width</source>
        <translation>largeur</translation>
    </message>
    <message>
        <source>height</source>
        <translation>hauteur</translation>
    </message>
    <message>
        <source>{span_name} {span} mm is too small for {finger} mm fingers in {t} mm sheet: it must be at least {need:g} mm (three fingers plus the sheet); make it bigger or the fingers narrower</source>
        <translation>{span_name} de {span} mm trop petite pour des doigts de {finger} mm dans une plaque de {t} mm : au moins {need:g} mm (trois doigts plus la plaque) ; agrandissez-la ou réduisez la largeur des doigts</translation>
    </message>
    <message>
        <source>finger width {finger_width} mm is too narrow for {t} mm sheet: use at least {value:g} mm</source>
        <translation>largeur de doigt de {finger_width} mm trop étroite pour une plaque de {t} mm : au moins {value:g} mm</translation>
    </message>
    <message>
        <source>the name is engraved on the lid: turn the lid on or clear the text</source>
        <translation>le nom est gravé sur le couvercle : activez le couvercle ou effacez le texte</translation>
    </message>
    <message>
        <source>text size {size} mm does not fit the lid: at most {room_h:.0f} mm for a {width} mm wide box</source>
        <translation>une taille de texte de {size} mm ne tient pas sur le couvercle : au plus {room_h:.0f} mm pour une boîte de {width} mm de large</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; at {size} mm is about {width:.0f} mm long; the lid has about {room_w:.0f} mm: shorten the text or make it smaller</source>
        <translation>&apos;{text}&apos; en {size} mm fait environ {width:.0f} mm de long ; le couvercle offre environ {room_w:.0f} mm : raccourcissez le texte ou réduisez sa taille</translation>
    </message>
    <message>
        <source>Cut from {t} mm sheet; outlines include a kerf allowance of {kerf} mm (each cut line sits {value} mm outside the part).</source>
        <translation>Découpé dans une plaque de {t} mm ; les contours incluent une compensation de saignée de {kerf} mm (chaque ligne de coupe est à {value} mm à l’extérieur de la pièce).</translation>
    </message>
    <message>
        <source>The lid text was reduced to {size:.1f} mm to fit.</source>
        <translation>Le texte du couvercle a été réduit à {size:.1f} mm pour tenir.</translation>
    </message>
    <message>
        <source>Glue the finger joints with {glue}.</source>
        <translation>Collez les assemblages à doigts avec {glue}.</translation>
    </message>
    <message>
        <source>Laser-cut finger-joint box</source>
        <translation>Boîte à assemblage à doigts découpée au laser</translation>
    </message>
    <message>
        <source>A box of five laser-cut panels that interlock with finger joints, plus an optional lid with an engraved name. Outer size, sheet, finger width and kerf allowance are yours to set; the fingers are spread evenly along each edge.</source>
        <translation>Une boîte de cinq panneaux découpés au laser qui s’emboîtent par assemblages à doigts, avec un couvercle en option portant un nom gravé. Taille extérieure, plaque, largeur des doigts et compensation de saignée sont à vous de régler ; les doigts sont répartis régulièrement sur chaque arête.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Rangement</translation>
    </message>
    <message>
        <source>Outer length of the box.</source>
        <translation>Longueur extérieure de la boîte.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Outer width of the box.</source>
        <translation>Largeur extérieure de la boîte.</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Outer height without the lid.</source>
        <translation>Hauteur extérieure sans le couvercle.</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Plaque</translation>
    </message>
    <message>
        <source>Sheet thickness: stock sheets are 3, 4 or 6 mm. Measure your sheet: the fingers are as deep as the sheet is thick.</source>
        <translation>Épaisseur de la plaque : les plaques du commerce font 3, 4 ou 6 mm. Mesurez votre plaque : les doigts sont aussi profonds que la plaque est épaisse.</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Épaisseur</translation>
    </message>
    <message>
        <source>Joints</source>
        <translation>Assemblages</translation>
    </message>
    <message>
        <source>Target finger width; the fingers are adjusted so each edge holds an odd number of equal fingers. Wider fingers mean a shorter cut (less laser time); the box is the same.</source>
        <translation>Largeur de doigt visée ; les doigts sont ajustés pour que chaque arête ait un nombre impair de doigts égaux. Des doigts plus larges signifient une coupe plus courte (moins de temps laser) ; la boîte reste la même.</translation>
    </message>
    <message>
        <source>Finger width</source>
        <translation>Largeur des doigts</translation>
    </message>
    <message>
        <source>Width of material the laser burns away. Each outline is moved out by half of it so the joints stay tight; ask your workshop for their value.</source>
        <translation>Largeur de matière brûlée par le laser. Chaque contour est décalé vers l’extérieur de la moitié pour que les assemblages restent serrés ; demandez la valeur à votre atelier.</translation>
    </message>
    <message>
        <source>Kerf</source>
        <translation>Saignée</translation>
    </message>
    <message>
        <source>Glue the joints (stronger; the box can no longer be taken apart).</source>
        <translation>Coller les assemblages (plus solide ; la boîte ne peut plus être démontée).</translation>
    </message>
    <message>
        <source>Glued</source>
        <translation>Collé</translation>
    </message>
    <message>
        <source>Lid</source>
        <translation>Couvercle</translation>
    </message>
    <message>
        <source>Add a loose lid with a locator underneath.</source>
        <translation>Ajouter un couvercle amovible avec un centreur dessous.</translation>
    </message>
    <message>
        <source>Name or word engraved on the lid.</source>
        <translation>Nom ou mot gravé sur le couvercle.</translation>
    </message>
    <message>
        <source>Lid text</source>
        <translation>Texte du couvercle</translation>
    </message>
    <message>
        <source>Personalise</source>
        <translation>Personnaliser</translation>
    </message>
    <message>
        <source>Letter height of the engraving.</source>
        <translation>Hauteur des lettres de la gravure.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Sheet material.</source>
        <translation>Matériau de la plaque.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>indoor room, up to 35 °C</source>
        <translation>pièce intérieure, jusqu’à 35 °C</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>la pièce</translation>
    </message>
    <message>
        <source>an indoor storage box; not for food</source>
        <translation>une boîte de rangement d’intérieur ; pas pour les aliments</translation>
    </message>
    <message>
        <source>what the box will hold is not declared, and glued finger joints are not modelled</source>
        <translation>le contenu de la boîte n’est pas déclaré, et les assemblages à doigts collés ne sont pas modélisés</translation>
    </message>
    <message>
        <source>Long narrow box for pens and pencils.</source>
        <translation>Boîte longue et étroite pour stylos et crayons.</translation>
    </message>
    <message>
        <source>Pencil box</source>
        <translation>Plumier</translation>
    </message>
    <message>
        <source>Gift box with an engraved lid.</source>
        <translation>Boîte cadeau avec couvercle gravé.</translation>
    </message>
    <message>
        <source>Keepsake</source>
        <translation>Boîte à souvenirs</translation>
    </message>
    <message>
        <source>Open crate in 6 mm plywood for a shelf.</source>
        <translation>Caisse ouverte en contreplaqué de 6 mm pour une étagère.</translation>
    </message>
    <message>
        <source>Storage crate</source>
        <translation>Caisse de rangement</translation>
    </message>
    <message>
        <source>Clear acrylic cube with a lid.</source>
        <translation>Cube en acrylique transparent avec couvercle.</translation>
    </message>
    <message>
        <source>Acrylic display</source>
        <translation>Présentoir acrylique</translation>
    </message>
</context>
<context>
    <name>fit</name>
    <message>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>mauvaise</translation>
    </message>
    <message>
        <source>humid air</source>
        <translation>air humide</translation>
    </message>
    <message>
        <source>splashes</source>
        <translation>éclaboussures</translation>
    </message>
    <message>
        <source>immersion</source>
        <translation>immersion</translation>
    </message>
    <message>
        <source>template says: “{text}”</source>
        <translation>le modèle indique : « {text} »</translation>
    </message>
    <message>
        <source>service temperature {max_c:g} °C ({part})</source>
        <translation>température d’utilisation {max_c:g} °C ({part})</translation>
    </message>
    <message>
        <source>no softening temperature on record for {material}</source>
        <translation>aucune température de ramollissement connue pour {material}</translation>
    </message>
    <message>
        <source>{material} softens at about {limit:g} °C</source>
        <translation>{material} ramollit vers {limit:g} °C</translation>
    </message>
    <message>
        <source>the {part}</source>
        <translation>la pièce « {part} »</translation>
    </message>
    <message>
        <source>{softens}; {where} reaches {max_c:g} °C</source>
        <translation>{softens} ; {where} atteint {max_c:g} °C</translation>
    </message>
    <message>
        <source>{material} keeps its shape to about {limit:g} °C; {where} reaches {max_c:g} °C</source>
        <translation>{material} garde sa forme jusqu’à environ {limit:g} °C ; {where} atteint {max_c:g} °C</translation>
    </message>
    <message>
        <source>outdoors in sunlight ({part})</source>
        <translation>en extérieur au soleil ({part})</translation>
    </message>
    <message>
        <source>no UV rating on record for {material}</source>
        <translation>aucune tenue aux UV connue pour {material}</translation>
    </message>
    <message>
        <source>{material} is rated {grade} in sunlight</source>
        <translation>la tenue de {material} au soleil est {grade}</translation>
    </message>
    <message>
        <source>water: {water} ({part})</source>
        <translation>eau : {water} ({part})</translation>
    </message>
    <message>
        <source>no water rating on record for {material}</source>
        <translation>aucune tenue à l’eau connue pour {material}</translation>
    </message>
    <message>
        <source>{material} is rated {grade} with water</source>
        <translation>la tenue de {material} à l’eau est {grade}</translation>
    </message>
    <message>
        <source>{material} is declared for food contact</source>
        <translation>{material} est déclaré apte au contact alimentaire</translation>
    </message>
    <message>
        <source>{material} is not for food contact</source>
        <translation>{material} n’est pas apte au contact alimentaire</translation>
    </message>
    <message>
        <source>no food-contact declaration on record for {material}: ask the maker for one</source>
        <translation>aucune déclaration de contact alimentaire connue pour {material} : demandez-en une au fabricant</translation>
    </message>
    <message>
        <source>food contact ({part})</source>
        <translation>contact alimentaire ({part})</translation>
    </message>
    <message>
        <source>the material row agrees ({value:g} °C)</source>
        <translation>la fiche du matériau concorde ({value:g} °C)</translation>
    </message>
    <message>
        <source>the material row says {value:g} °C: the statement is off by {gap:.0f} K; correct one of them</source>
        <translation>la fiche du matériau indique {value:g} °C : l’affirmation s’écarte de {gap:.0f} K ; corrigez l’une des deux</translation>
    </message>
    <message>
        <source>the template declares no conditions of use</source>
        <translation>le modèle ne déclare aucune condition d’utilisation</translation>
    </message>
    <message>
        <source>no load case: {reason}</source>
        <translation>aucun cas de charge : {reason}</translation>
    </message>
    <message>
        <source>{case} ({load} on the {part})</source>
        <translation>{case} ({load}, pièce « {part} »)</translation>
    </message>
    <message>
        <source>sustained load</source>
        <translation>charge permanente</translation>
    </message>
    <message>
        <source>short-term load</source>
        <translation>charge de courte durée</translation>
    </message>
    <message>
        <source>the part names no region {regions}</source>
        <translation>la pièce ne nomme aucune région {regions}</translation>
    </message>
    <message>
        <source>no stiffness on record for {material}</source>
        <translation>aucune rigidité enregistrée pour {material}</translation>
    </message>
    <message>
        <source>{amount} on {region}</source>
        <translation>{amount} sur {region}</translation>
    </message>
    <message>
        <source>not checked: the structural check could not run: {error}</source>
        <translation>non vérifié : le calcul de structure n’a pas pu s’exécuter : {error}</translation>
    </message>
    <message>
        <source>peak von Mises {stress:.3g} MPa against {strength:.3g} MPa (sustained-load (creep) derated strength)</source>
        <translation>contrainte équivalente (von Mises) maximale {stress:.3g} MPa pour {strength:.3g} MPa admissibles (résistance réduite pour une charge permanente, fluage)</translation>
    </message>
    <message>
        <source>peak von Mises {stress:.3g} MPa against {strength:.3g} MPa (short-term strength)</source>
        <translation>contrainte équivalente (von Mises) maximale {stress:.3g} MPa pour {strength:.3g} MPa admissibles (résistance à court terme)</translation>
    </message>
    <message>
        <source>peak stress on the print layers&apos; bond (tension across, shear along) {stress:.3g} MPa against {strength:.3g} MPa (sustained-load (creep) derated strength)</source>
        <translation>contrainte maximale sur la liaison entre couches d’impression (traction en travers, cisaillement le long) {stress:.3g} MPa pour {strength:.3g} MPa admissibles (résistance réduite pour une charge permanente, fluage)</translation>
    </message>
    <message>
        <source>peak stress on the print layers&apos; bond (tension across, shear along) {stress:.3g} MPa against {strength:.3g} MPa (short-term strength)</source>
        <translation>contrainte maximale sur la liaison entre couches d’impression (traction en travers, cisaillement le long) {stress:.3g} MPa pour {strength:.3g} MPa admissibles (résistance à court terme)</translation>
    </message>
    <message>
        <source>{loads}: {peak}, largest deflection {deflection:.2g} mm; needs a safety factor of {required:g}</source>
        <translation>{loads} : {peak}, flèche maximale {deflection:.2g} mm ; coefficient de sécurité exigé {required:g}</translation>
    </message>
    <message>
        <source>this variant has no part &apos;{part}&apos;</source>
        <translation>cette variante n’a pas de pièce « {part} »</translation>
    </message>
</context>
<context>
    <name>flatpack-stool</name>
    <message>
        <source>arch height {arch_height} mm is too high for a {height} mm stool: at most {limit:.0f} mm, so {MIN_WEB:g} mm of wood stays under the cross joint</source>
        <translation>une hauteur d’arche de {arch_height} mm est trop grande pour un tabouret de {height} mm : au plus {limit:.0f} mm, pour que {MIN_WEB:g} mm de bois restent sous l’assemblage en croix</translation>
    </message>
    <message>
        <source>footprint {footprint} mm is too narrow for a {height} mm tall stool: at least {need:.0f} mm ({STABILITY_RATIO:g} × height) so it does not tip</source>
        <translation>une emprise de {footprint} mm est trop étroite pour un tabouret de {height} mm de haut : au moins {need:.0f} mm ({STABILITY_RATIO:g} × hauteur) pour qu’il ne bascule pas</translation>
    </message>
    <message>
        <source>footprint {footprint} mm is narrower than the legs under a {seat_diameter} mm seat ({top:.0f} mm): widen the footprint or use a smaller seat</source>
        <translation>une emprise de {footprint} mm est plus étroite que les pieds sous une assise de {seat_diameter} mm ({top:.0f} mm) : élargissez l’emprise ou prenez une assise plus petite</translation>
    </message>
    <message>
        <source>Dog-bone reliefs are sized for a {bit_diameter} mm bit: cut with that bit or smaller.</source>
        <translation>Les dégagements en os de chien sont dimensionnés pour une fraise de {bit_diameter} mm : découpez avec cette fraise ou une plus petite.</translation>
    </message>
    <message>
        <source>Slide the leg with the top slot down over the other, put the seat on the tabs, then drill the screw pilot holes into the leg edges through the seat holes.</source>
        <translation>Glissez le pied à la fente supérieure vers le bas sur l’autre, posez l’assise sur les tenons, puis percez les avant-trous des vis dans les chants des pieds à travers les trous de l’assise.</translation>
    </message>
    <message>
        <source>Flat-pack stool</source>
        <translation>Tabouret en kit</translation>
    </message>
    <message>
        <source>A stool routed from one board: two legs slide together in a cross and a round seat sits on their tabs, fixed with four screws. Ships flat, assembles with one tool, comes apart again.</source>
        <translation>Un tabouret fraisé dans un seul panneau : deux pieds s’emboîtent en croix et une assise ronde repose sur leurs tenons, fixée par quatre vis. Livré à plat, il se monte avec un seul outil et se démonte à nouveau.</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Meuble</translation>
    </message>
    <message>
        <source>Diameter of the round seat.</source>
        <translation>Diamètre de l’assise ronde.</translation>
    </message>
    <message>
        <source>Seat diameter</source>
        <translation>Diamètre de l’assise</translation>
    </message>
    <message>
        <source>Seat height from the floor.</source>
        <translation>Hauteur de l’assise depuis le sol.</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Width of each leg at the floor; wider stands steadier.</source>
        <translation>Largeur de chaque pied au sol ; plus large est plus stable.</translation>
    </message>
    <message>
        <source>Footprint</source>
        <translation>Emprise au sol</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Panneau</translation>
    </message>
    <message>
        <source>Board thickness. 15 and 18 mm take confirmat screws, 12 mm wood screws.</source>
        <translation>Épaisseur du panneau. 15 et 18 mm acceptent des vis confirmat, 12 mm des vis à bois.</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Épaisseur</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Height of the arch cut out between the feet: the stool stands on four feet (steady on uneven floors) and weighs less.</source>
        <translation>Hauteur de l’arche découpée entre les pieds : le tabouret repose sur quatre appuis (stable sur un sol irrégulier) et pèse moins.</translation>
    </message>
    <message>
        <source>Arch height</source>
        <translation>Hauteur d’arche</translation>
    </message>
    <message>
        <source>Machining</source>
        <translation>Usinage</translation>
    </message>
    <message>
        <source>Extra width of slots and mortises over the board thickness, so parts slide together. Raise it if your board is thicker than nominal.</source>
        <translation>Surlargeur des fentes et mortaises par rapport à l’épaisseur du panneau, pour que les pièces s’emboîtent. Augmentez-la si votre panneau est plus épais que le nominal.</translation>
    </message>
    <message>
        <source>Fit clearance</source>
        <translation>Jeu d’emboîtement</translation>
    </message>
    <message>
        <source>Diameter of the router bit; inner corners get reliefs of this size.</source>
        <translation>Diamètre de la fraise ; les angles intérieurs reçoivent des dégagements de cette taille.</translation>
    </message>
    <message>
        <source>Bit diameter</source>
        <translation>Diamètre de fraise</translation>
    </message>
    <message>
        <source>Board material.</source>
        <translation>Matériau du panneau.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>seated person ({leg})</source>
        <translation>personne assise ({leg})</translation>
    </message>
    <message>
        <source>A person sits down heavily; each leg carries half through its top edge.</source>
        <translation>Une personne s’assoit lourdement ; chaque pied en porte la moitié par son chant supérieur.</translation>
    </message>
    <message>
        <source>an indoor stool</source>
        <translation>un tabouret d’intérieur</translation>
    </message>
    <message>
        <source>Standard stool, 45 cm.</source>
        <translation>Tabouret standard, 45 cm.</translation>
    </message>
    <message>
        <source>Kitchen stool</source>
        <translation>Tabouret de cuisine</translation>
    </message>
    <message>
        <source>Low stool for children or as a footrest.</source>
        <translation>Tabouret bas pour enfants ou repose-pieds.</translation>
    </message>
    <message>
        <source>Kids stool</source>
        <translation>Tabouret enfant</translation>
    </message>
    <message>
        <source>Tall stool for a counter.</source>
        <translation>Tabouret haut pour un comptoir.</translation>
    </message>
    <message>
        <source>Bar stool</source>
        <translation>Tabouret de bar</translation>
    </message>
    <message>
        <source>Light side stool from 12 mm plywood.</source>
        <translation>Tabouret d’appoint léger en contreplaqué de 12 mm.</translation>
    </message>
    <message>
        <source>Light 12mm</source>
        <translation>Léger 12 mm</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <source>{title}: −{amount} CO2e, −{saving_pct:.0f} %</source>
        <translation>{title} : −{amount} CO2e, −{saving_pct:.0f} %</translation>
    </message>
    <message>
        <source>{title} would save {amount} CO2e ({saving_pct:.0f} %) but fails: {reasons}</source>
        <translation>{title} économiserait {amount} CO2e ({saving_pct:.0f} %) mais échoue : {reasons}</translation>
    </message>
    <message>
        <source>this facility</source>
        <translation>cet atelier</translation>
    </message>
    <message>
        <source>{label} cannot make this variant ({missing})</source>
        <translation>{label} ne peut pas fabriquer cette variante ({missing})</translation>
    </message>
    <message>
        <source>make it at {label} instead of {here}</source>
        <translation>la faire fabriquer chez {label} au lieu de {here}</translation>
    </message>
    <message>
        <source>{condition}: safety factor {safety_factor:.2g} (needs {required:g})</source>
        <translation>{condition} : coefficient de sécurité {safety_factor:.2g} (exigé {required:g})</translation>
    </message>
    <message>
        <source>fit for use not checked: {message}</source>
        <translation>aptitude à l’usage non vérifiée : {message}</translation>
    </message>
    <message>
        <source>the template declares no conditions of use: fitness not checked</source>
        <translation>le modèle ne déclare aucune condition d’utilisation : aptitude non vérifiée</translation>
    </message>
    <message>
        <source>still holds every condition of use (lowest safety factor {sf:.1f})</source>
        <translation>respecte toujours toutes les conditions d’utilisation (plus faible coefficient de sécurité {sf:.1f})</translation>
    </message>
    <message>
        <source>still holds every condition of use</source>
        <translation>respecte toujours toutes les conditions d’utilisation</translation>
    </message>
    <message>
        <source>fit for use unknown for: {conditions}</source>
        <translation>aptitude à l’usage inconnue pour : {conditions}</translation>
    </message>
    <message>
        <source>the template warns: “{said}”</source>
        <translation>le modèle avertit : « {said} »</translation>
    </message>
    <message>
        <source>{new} instead of {old}</source>
        <translation>{new} au lieu de {old}</translation>
    </message>
    <message>
        <source>{title} {value} instead of {current}</source>
        <translation>{title} {value} au lieu de {current}</translation>
    </message>
    <message>
        <source>{title}: no known facility can make it ({build})</source>
        <translation>{title} : aucun atelier connu ne peut la fabriquer ({build})</translation>
    </message>
    <message>
        <source>needs {build}: made at {label} ({distance_km}) instead of {label2}</source>
        <translation>nécessite {build} : fabriquée chez {label} ({distance_km}) au lieu de {label2}</translation>
    </message>
    <message>
        <source>{distance} further than {here}</source>
        <translation>{distance} plus loin que {here}</translation>
    </message>
    <message>
        <source>{distance} closer than {here}</source>
        <translation>{distance} plus près que {here}</translation>
    </message>
    <message>
        <source>delivered by {transport_mode} instead of {transport_mode2}</source>
        <translation>livré par {transport_mode} au lieu de {transport_mode2}</translation>
    </message>
    <message>
        <source>its machines and materials are not on record: assumed able to make it</source>
        <translation>ses machines et matériaux ne sont pas répertoriés : supposé capable de la fabriquer</translation>
    </message>
    <message>
        <source>machine time {before} → {after}</source>
        <translation>temps machine {before} → {after}</translation>
    </message>
    <message>
        <source>machine-time cost {sign}{delta:.2f} {currency} (rates {hourly_rate:g} and {hourly_rate2:g} {currency}/h)</source>
        <translation>coût du temps machine {sign}{delta:.2f} {currency} (tarifs {hourly_rate:g} et {hourly_rate2:g} {currency}/h)</translation>
    </message>
    <message>
        <source>product mass {sign}{mass_delta:.0f} g</source>
        <translation>masse du produit {sign}{mass_delta:.0f} g</translation>
    </message>
    <message>
        <source>repairability {before:.1f} → {after} (Fabwise, after EU 2023/1669)</source>
        <translation>réparabilité {before:.1f} → {after} (Fabwise, d’après UE 2023/1669)</translation>
    </message>
    <message>
        <source>changes the product: check it still suits its use</source>
        <translation>modifie le produit : vérifiez qu’il convient toujours à son usage</translation>
    </message>
    <message>
        <source>needs {processes}</source>
        <translation>nécessite {processes}</translation>
    </message>
    <message>
        <source>relies on proxy/estimated data: {factors} (sources in the eco report)</source>
        <translation>repose sur des données approchées/estimées : {factors} (sources dans le rapport écologique)</translation>
    </message>
</context>
<context>
    <name>hardware</name>
    <message>
        <source>{diameter} mm countersunk wood screw, {length} mm</source>
        <translation>vis à bois à tête fraisée {diameter} mm, {length} mm</translation>
    </message>
    <message>
        <source>{thread} × {length} mm countersunk hex socket screw</source>
        <translation>vis à tête fraisée six pans creux {thread} × {length} mm</translation>
    </message>
    <message>
        <source>{thread} hex nut</source>
        <translation>écrou hexagonal {thread}</translation>
    </message>
</context>
<context>
    <name>imported</name>
    <message>
        <source>{name} is not used for {process}: it is made by {ways}; choose another material or process &apos;auto&apos;</source>
        <translation>{name} ne s’utilise pas en {process} : il se fabrique par {ways} ; choisissez un autre matériau ou le procédé &apos;auto&apos;</translation>
    </message>
    <message>
        <source>imported from {source}</source>
        <translation>importé depuis {source}</translation>
    </message>
    <message>
        <source>Imported model: the geometry is fixed as it came from {source}.</source>
        <translation>Modèle importé : la géométrie est figée telle qu’elle provient de {source}.</translation>
    </message>
    <message>
        <source>{process} in {material}</source>
        <translation>{process} en {material}</translation>
    </message>
    <message>
        <source>Your model, imported from {source} as STEP (exact solids).</source>
        <translation>Votre modèle, importé depuis {source} en STEP (solides exacts).</translation>
    </message>
    <message>
        <source>Your model, imported from {source} as a triangle mesh.</source>
        <translation>Votre modèle, importé depuis {source} en maillage de triangles.</translation>
    </message>
    <message>
        <source>What to make it from; the process follows the material unless you choose one.</source>
        <translation>Dans quoi le fabriquer ; le procédé suit le matériau sauf si vous en choisissez un.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>Making</source>
        <translation>Fabrication</translation>
    </message>
    <message>
        <source>How it is made: &apos;auto&apos; uses the material&apos;s own process (filament: FDM printing, resin: SLA, powder: SLS, metal: CNC milling).</source>
        <translation>Comment il est fabriqué : &apos;auto&apos; utilise le procédé propre au matériau (filament : impression FDM, résine : SLA, poudre : SLS, métal : fraisage CNC).</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Procédé</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Size relative to the imported model (its longest side is {size:.1f} mm at 100 %).</source>
        <translation>Taille par rapport au modèle importé (son plus grand côté mesure {size:.1f} mm à 100 %).</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>How many of each part one product holds.</source>
        <translation>Nombre d’exemplaires de chaque pièce dans un produit.</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Exemplaires</translation>
    </message>
    <message>
        <source>{made} at the imported size.</source>
        <translation>{made} à la taille importée.</translation>
    </message>
    <message>
        <source>As imported</source>
        <translation>Tel qu’importé</translation>
    </message>
</context>
<context>
    <name>lamp-shade</name>
    <message>
        <source>the shade flares {flare:.0f} mm over a height of {height} mm: more than 45°, it cannot print without support; make it taller or the diameters closer</source>
        <translation>l’abat-jour s’évase de {flare:.0f} mm sur une hauteur de {height} mm : plus de 45°, il ne peut pas s’imprimer sans support ; rendez-le plus haut ou rapprochez les diamètres</translation>
    </message>
    <message>
        <source>the shade&apos;s bottom must be at least as wide as its top</source>
        <translation>le bas de l’abat-jour doit être au moins aussi large que son sommet</translation>
    </message>
    <message>
        <source>shade top diameter {top_diameter} mm is too small for a {ring_hole} mm holder hole with vent holes: at least {need:g} mm</source>
        <translation>un diamètre de sommet d’abat-jour de {top_diameter} mm est trop petit pour un trou de douille de {ring_hole} mm avec trous d’aération : au moins {need:g} mm</translation>
    </message>
    <message>
        <source>shade top diameter {top_diameter} mm is too small for a {ring_hole} mm holder hole: at least {need:g} mm</source>
        <translation>un diamètre de sommet d’abat-jour de {top_diameter} mm est trop petit pour un trou de douille de {ring_hole} mm : au moins {need:g} mm</translation>
    </message>
    <message>
        <source>a {shade_height} mm shade would hit the base: the stem must be at least {need:g} mm (it is {stem_height} mm)</source>
        <translation>un abat-jour de {shade_height} mm toucherait le socle : la tige doit faire au moins {need:g} mm (elle fait {stem_height} mm)</translation>
    </message>
</context>
<context>
    <name>machines</name>
    <message>
        <source>FDM 3D printer</source>
        <extracomment>Process id -&gt; the machine that does it, as a person would name it.</extracomment>
        <translation>imprimante 3D FDM</translation>
    </message>
    <message>
        <source>SLA resin printer</source>
        <translation>imprimante résine SLA</translation>
    </message>
    <message>
        <source>SLS powder printer</source>
        <translation>imprimante poudre SLS</translation>
    </message>
    <message>
        <source>laser cutter</source>
        <translation>découpeuse laser</translation>
    </message>
    <message>
        <source>CNC router</source>
        <translation>défonceuse CNC</translation>
    </message>
    <message>
        <source>CNC mill</source>
        <translation>fraiseuse CNC</translation>
    </message>
</context>
<context>
    <name>making</name>
    <message>
        <source>{name}: electricity source unknown, its country grid is assumed</source>
        <translation>{name} : source d’électricité inconnue, le mix de son pays est supposé</translation>
    </message>
    <message>
        <source>{name}: machines assumed (inventory not verified)</source>
        <translation>{name} : machines supposées (inventaire non vérifié)</translation>
    </message>
    <message>
        <source>no delivery distance given: transport counted as 0 km</source>
        <translation>aucune distance de livraison indiquée : transport compté à 0 km</translation>
    </message>
    <message>
        <source>delivery distance {km:.1f} km is the straight line from {origin} (roads are longer; precision: {precision})</source>
        <translation>la distance de livraison de {km:.1f} km est la ligne droite depuis {origin} (les routes sont plus longues ; précision : {precision})</translation>
    </message>
    <message>
        <source>delivery distance {km:.1f} km is the straight line from {origin} (roads are longer)</source>
        <translation>la distance de livraison de {km:.1f} km est la ligne droite depuis {origin} (les routes sont plus longues)</translation>
    </message>
    <message>
        <source>a place without a facility gives no distance: transport counted as 0 km</source>
        <translation>un lieu sans atelier ne donne aucune distance : transport compté à 0 km</translation>
    </message>
    <message>
        <source>{facility} has no coordinates: delivery distance counted as 0 km</source>
        <translation>{facility} n’a pas de coordonnées : distance de livraison comptée à 0 km</translation>
    </message>
    <message>
        <source>No workshop within {radius:.0f} km of {place} can make this design.</source>
        <translation>Aucun atelier à moins de {radius:.0f} km de {place} ne peut fabriquer ce design.</translation>
    </message>
    <message>
        <source>No workshop anywhere can make this design.</source>
        <translation>Aucun atelier ne peut fabriquer ce design, où que ce soit.</translation>
    </message>
    <message>
        <source>Try a larger distance, another material or process, or add your own workshop (fabwise facilities add).</source>
        <translation>Essayez une distance plus grande, un autre matériau ou procédé, ou ajoutez votre propre atelier (fabwise facilities add).</translation>
    </message>
    <message>
        <source>Try a larger distance, another material or process, or add your own workshop (fabwise facilities add); to try the flow, turn on “Show example workshops”.</source>
        <translation>Essayez une distance plus grande, un autre matériau ou procédé, ou ajoutez votre propre atelier (fabwise facilities add) ; pour essayer le parcours, activez « Afficher les ateliers d’exemple ».</translation>
    </message>
    <message>
        <source>{count} workshop within {radius:.0f} km of {place} can make it</source>
        <translation>{count} atelier à moins de {radius:.0f} km de {place} peut le fabriquer</translation>
    </message>
    <message>
        <source>{count} workshops within {radius:.0f} km of {place} can make it</source>
        <translation>{count} ateliers à moins de {radius:.0f} km de {place} peuvent le fabriquer</translation>
    </message>
    <message>
        <source>{count} workshop nearest to {place} (none within reach) can make it</source>
        <translation>{count} atelier parmi les plus proches de {place} (aucun à portée) peut le fabriquer</translation>
    </message>
    <message>
        <source>{count} workshops nearest to {place} (none within reach) can make it</source>
        <translation>{count} ateliers parmi les plus proches de {place} (aucun à portée) peuvent le fabriquer</translation>
    </message>
    <message>
        <source>, and {count} example workshop (fictional, listed last)</source>
        <translation>, et {count} atelier d’exemple (fictif, listé en dernier)</translation>
    </message>
    <message>
        <source>, and {count} example workshops (fictional, listed last)</source>
        <translation>, et {count} ateliers d’exemple (fictifs, listés en dernier)</translation>
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
        <translation>PLA recyclé</translation>
    </message>
    <message>
        <source>PETG</source>
        <translation>PETG</translation>
    </message>
    <message>
        <source>Recycled PETG</source>
        <translation>PETG recyclé</translation>
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
        <translation>Résine SLA (photopolymère standard)</translation>
    </message>
    <message>
        <source>Birch plywood</source>
        <translation>Contreplaqué de bouleau</translation>
    </message>
    <message>
        <source>MDF</source>
        <translation>MDF</translation>
    </message>
    <message>
        <source>Acrylic (PMMA) sheet</source>
        <translation>Plaque acrylique (PMMA)</translation>
    </message>
    <message>
        <source>Aluminium (primary)</source>
        <translation>Aluminium (primaire)</translation>
    </message>
    <message>
        <source>Aluminium (recycled)</source>
        <translation>Aluminium (recyclé)</translation>
    </message>
    <message>
        <source>Steel (primary)</source>
        <translation>Acier (primaire)</translation>
    </message>
    <message>
        <source>Steel (recycled)</source>
        <translation>Acier (recyclé)</translation>
    </message>
    <message>
        <source>Stainless steel 304</source>
        <translation>Acier inoxydable 304</translation>
    </message>
    <message>
        <source>Pine (Scots pine board)</source>
        <translation>Pin (planche de pin sylvestre)</translation>
    </message>
</context>
<context>
    <name>order</name>
    <message>
        <source>price not established: {missing}</source>
        <translation>prix non établi : {missing}</translation>
    </message>
    <message>
        <source>, partly typical fab-lab prices (not the workshops&apos; own)</source>
        <translation>, en partie des prix typiques de fab lab (pas ceux des ateliers)</translation>
    </message>
    <message>
        <source>{facility}: no distance to you known, transport counted as 0 km</source>
        <translation>{facility} : aucune distance jusqu’à vous connue, transport compté à 0 km</translation>
    </message>
    <message>
        <source>{facility} publishes no prices</source>
        <translation>{facility} ne publie aucun prix</translation>
    </message>
    <message>
        <source>{facility}: {item} (and {more} more)</source>
        <translation>{facility} : {item} (et {more} autres)</translation>
    </message>
    <message>
        <source>{facility}: {item}</source>
        <translation>{facility} : {item}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>its workshops quote in {currencies}, which Fabwise does not convert</source>
        <translation>ses ateliers facturent en {currencies}, que Fabwise ne convertit pas</translation>
    </message>
    <message>
        <source>estimated from the volume model; each package carries the quote from its sliced jobs</source>
        <translation>estimé à partir du modèle de volume ; chaque paquet porte le devis de ses travaux tranchés</translation>
    </message>
    <message>
        <source>bought hardware not included: no price source, the same in every plan</source>
        <translation>quincaillerie achetée non comprise : aucune source de prix, identique dans chaque plan</translation>
    </message>
    <message>
        <source>quoted in {currency}, not comparable with the plans in {usual} (Fabwise does not convert currencies)</source>
        <translation>facturé en {currency}, non comparable aux plans en {usual} (Fabwise ne convertit pas les devises)</translation>
    </message>
    <message>
        <source>the split saves {saving} against one workshop ({parcels} parcels instead of 1; estimated)</source>
        <translation>la répartition économise {saving} par rapport à un seul atelier ({parcels} colis au lieu d’un ; estimé)</translation>
    </message>
    <message>
        <source>one workshop saves {saving} and {parcels} parcel(s) against the split (estimated)</source>
        <translation>un seul atelier économise {saving} et {parcels} colis par rapport à la répartition (estimé)</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <source>estimated; within the data&apos;s uncertainty</source>
        <translation>estimé ; dans l’incertitude des données</translation>
    </message>
    <message>
        <source>{parts} at {facility} ({distance})</source>
        <translation>{parts} chez {facility} ({distance})</translation>
    </message>
    <message>
        <source>Split the order across {count} workshops ({who}): −{saving}, −{pct:.0f} % ({estimated}); {count} parcels instead of 1</source>
        <translation>Répartir la commande entre {count} ateliers ({who}) : −{saving}, −{pct:.0f} % ({estimated}) ; {count} colis au lieu d’un</translation>
    </message>
    <message>
        <source>Make every part at {facility} ({distance}): −{saving}, −{pct:.0f} % ({estimated}); {fewer} parcel fewer</source>
        <translation>Fabriquer toutes les pièces chez {facility} ({distance}) : −{saving}, −{pct:.0f} % ({estimated}) ; {fewer} colis de moins</translation>
    </message>
    <message>
        <source>Make every part at {facility} ({distance}): −{saving}, −{pct:.0f} % ({estimated}); {fewer} parcels fewer</source>
        <translation>Fabriquer toutes les pièces chez {facility} ({distance}) : −{saving}, −{pct:.0f} % ({estimated}) ; {fewer} colis de moins</translation>
    </message>
    <message>
        <source>distance unknown</source>
        <translation>distance inconnue</translation>
    </message>
</context>
<context>
    <name>params</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Personalise</source>
        <translation>Personnaliser</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>one of {options}</source>
        <extracomment>``file:line`` where the designer declared it (found when it is made; for error messages)</extracomment>
        <translation>l’une des valeurs {options}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <source>up to {count} characters, printable characters</source>
        <translation>jusqu’à {count} caractères imprimables</translation>
    </message>
    <message>
        <source>any text, printable characters</source>
        <translation>tout texte, caractères imprimables</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {value}</source>
        <translation>{name} doit être un nombre entier, reçu {value}</translation>
    </message>
    <message>
        <source>{name} = {value}{unit} is out of range: allowed {allowed}</source>
        <translation>{name} = {value}{unit} est hors limites : autorisé {allowed}</translation>
    </message>
    <message>
        <source>{name} needs a number, got {value}</source>
        <translation>{name} attend un nombre, reçu {value}</translation>
    </message>
    <message>
        <source>{name} needs a finite number, got {value}</source>
        <translation>{name} attend un nombre fini, reçu {value}</translation>
    </message>
    <message>
        <source>{name} needs a number, got &apos;{value}&apos;</source>
        <translation>{name} attend un nombre, reçu &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>{name}: unknown unit &apos;{unit}&apos;, use &apos;{expected}&apos; (or cm, m, in)</source>
        <translation>{name} : unité inconnue &apos;{unit}&apos;, utilisez &apos;{expected}&apos; (ou cm, m, in)</translation>
    </message>
    <message>
        <source>{name}: unknown unit &apos;{unit}&apos;, use &apos;{expected}&apos;</source>
        <translation>{name} : unité inconnue &apos;{unit}&apos;, utilisez &apos;{expected}&apos;</translation>
    </message>
    <message>
        <source>{name}: unknown unit &apos;{unit}&apos;, use no unit</source>
        <translation>{name} : unité inconnue &apos;{unit}&apos;, n’utilisez pas d’unité</translation>
    </message>
    <message>
        <source>{name} must be true or false, got {value}</source>
        <translation>{name} doit être vrai ou faux, reçu {value}</translation>
    </message>
    <message>
        <source>{name}: material {value} is not allowed: {allowed}</source>
        <translation>{name} : le matériau {value} n’est pas autorisé : {allowed}</translation>
    </message>
    <message>
        <source>{name}: choice {value} is not allowed: {allowed}</source>
        <translation>{name} : le choix {value} n’est pas autorisé : {allowed}</translation>
    </message>
    <message>
        <source>{name} needs text, got {value}</source>
        <translation>{name} attend du texte, reçu {value}</translation>
    </message>
    <message>
        <source>{name} is {length} characters long: at most {limit} allowed</source>
        <translation>{name} fait {length} caractères : {limit} au plus</translation>
    </message>
    <message>
        <source>{name} contains control characters: use plain text</source>
        <translation>{name} contient des caractères de contrôle : utilisez du texte simple</translation>
    </message>
    <message>
        <source>{name} &apos;{value}&apos; cannot be engraved: {problem}</source>
        <translation>{name} &apos;{value}&apos; ne peut pas être gravé : {problem}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be {grouped} or {decimal}: type it without the comma, or with a point for decimals</source>
        <translation>&apos;{text}&apos; pourrait être {grouped} ou {decimal} : tapez-le sans la virgule, ou avec un point pour les décimales</translation>
    </message>
</context>
<context>
    <name>parts</name>
    <message>
        <source>base</source>
        <translation>socle</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>fond</translation>
    </message>
    <message>
        <source>bottom plate</source>
        <translation>plaque de fond</translation>
    </message>
    <message>
        <source>bracket</source>
        <translation>équerre</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>collier</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>pied</translation>
    </message>
    <message>
        <source>foot cap</source>
        <translation>embout de pied</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>support</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>moyeu</translation>
    </message>
    <message>
        <source>knob</source>
        <translation>bouton</translation>
    </message>
    <message>
        <source>leg with bottom slot</source>
        <translation>pied à fente en bas</translation>
    </message>
    <message>
        <source>leg with top slot</source>
        <translation>pied à fente en haut</translation>
    </message>
    <message>
        <source>lid</source>
        <translation>couvercle</translation>
    </message>
    <message>
        <source>lid locator</source>
        <translation>guide de couvercle</translation>
    </message>
    <message>
        <source>long side</source>
        <translation>grand côté</translation>
    </message>
    <message>
        <source>screw cover</source>
        <translation>cache-vis</translation>
    </message>
    <message>
        <source>seat</source>
        <translation>assise</translation>
    </message>
    <message>
        <source>shade</source>
        <translation>abat-jour</translation>
    </message>
    <message>
        <source>short side</source>
        <translation>petit côté</translation>
    </message>
    <message>
        <source>stem</source>
        <translation>tige</translation>
    </message>
    <message>
        <source>top</source>
        <translation>plateau</translation>
    </message>
    <message>
        <source>bolt</source>
        <translation>vis</translation>
    </message>
    <message>
        <source>clamp screw</source>
        <translation>vis de serrage</translation>
    </message>
    <message>
        <source>confirmat screw</source>
        <translation>vis confirmat</translation>
    </message>
    <message>
        <source>cord set</source>
        <translation>cordon électrique</translation>
    </message>
    <message>
        <source>felt pad</source>
        <translation>patin en feutre</translation>
    </message>
    <message>
        <source>foot screw</source>
        <translation>vis du pied</translation>
    </message>
    <message>
        <source>hub screw</source>
        <translation>vis du moyeu</translation>
    </message>
    <message>
        <source>lamp holder</source>
        <translation>douille</translation>
    </message>
    <message>
        <source>lamp nut</source>
        <translation>écrou de douille</translation>
    </message>
    <message>
        <source>lamp tube</source>
        <translation>tube fileté</translation>
    </message>
    <message>
        <source>mounting screw</source>
        <translation>vis de fixation</translation>
    </message>
    <message>
        <source>nut</source>
        <translation>écrou</translation>
    </message>
    <message>
        <source>plate screw</source>
        <translation>vis de plaque</translation>
    </message>
    <message>
        <source>set screw</source>
        <translation>vis sans tête</translation>
    </message>
    <message>
        <source>seat screw</source>
        <translation>vis d’assise</translation>
    </message>
    <message>
        <source>shelf screw</source>
        <translation>vis d’étagère</translation>
    </message>
    <message>
        <source>wall plug</source>
        <translation>cheville</translation>
    </message>
    <message>
        <source>wall screw</source>
        <translation>vis murale</translation>
    </message>
</context>
<context>
    <name>pipe-clip</name>
    <message>
        <source>standoff {standoff} mm is too small for a {wall} mm wall: at least {need:g} mm</source>
        <translation>un écart au mur de {standoff} mm est trop faible pour une paroi de {wall} mm : au moins {need:g} mm</translation>
    </message>
    <message>
        <source>clip width {clip_width} mm is too narrow for a {screw_size} screw head: at least {need:g} mm</source>
        <translation>une largeur de collier de {clip_width} mm est trop étroite pour une tête de vis {screw_size} : au moins {need:g} mm</translation>
    </message>
    <message>
        <source>wall {wall} mm is too stiff to snap over a {pipe_diameter} mm pipe: at most {limit:.1f} mm (a quarter of the diameter)</source>
        <translation>une paroi de {wall} mm est trop rigide pour s’encliqueter sur un tuyau de {pipe_diameter} mm : au plus {limit:.1f} mm (un quart du diamètre)</translation>
    </message>
    <message>
        <source>snap clip for {pipes} × {pipe_diameter} mm pipe</source>
        <translation>collier à clipser pour {pipes} tuyau(x) de {pipe_diameter} mm</translation>
    </message>
    <message>
        <source>{diameter} × {length} mm countersunk wood screw</source>
        <translation>vis à bois à tête fraisée {diameter} × {length} mm</translation>
    </message>
    <message>
        <source>Screw the clip to the wall first, then press the pipe in.</source>
        <translation>Vissez d’abord le collier au mur, puis enfoncez le tuyau.</translation>
    </message>
    <message>
        <source>Snap-in pipe clip</source>
        <translation>Collier de tuyau à clipser</translation>
    </message>
    <message>
        <source>A wall clip that snaps over a pipe, tube, rod or cable bundle, made to the diameter you measure. Holds one to four of them side by side; SLS-printed in PA12 so it springs open and back without cracking.</source>
        <translation>Un collier mural qui s’encliquette sur un tuyau, un tube, une tringle ou un faisceau de câbles, fait au diamètre que vous mesurez. Il en tient un à quatre côte à côte ; imprimé en SLS en PA12 pour s’ouvrir et se refermer sans se fissurer.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Outside diameter of the pipe, measured with calipers.</source>
        <translation>Diamètre extérieur du tuyau, mesuré au pied à coulisse.</translation>
    </message>
    <message>
        <source>Pipe diameter</source>
        <translation>Diamètre du tuyau</translation>
    </message>
    <message>
        <source>Radial play around the pipe: negative grips tighter, positive lets it slide (for hot pipes that expand).</source>
        <translation>Jeu radial autour du tuyau : négatif serre davantage, positif le laisse glisser (pour les tuyaux chauds qui se dilatent).</translation>
    </message>
    <message>
        <source>How many pipes side by side.</source>
        <translation>Nombre de tuyaux côte à côte.</translation>
    </message>
    <message>
        <source>Pipe count</source>
        <translation>Nombre de tuyaux</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Collier</translation>
    </message>
    <message>
        <source>Width of the clip along the pipe.</source>
        <translation>Largeur du collier le long du tuyau.</translation>
    </message>
    <message>
        <source>Clip width</source>
        <translation>Largeur du collier</translation>
    </message>
    <message>
        <source>Thickness of the ring. Thinner uses less powder and snaps on more easily; it still holds the pipe.</source>
        <translation>Épaisseur de l’anneau. Plus fin, il utilise moins de poudre et s’encliquette plus facilement ; il tient toujours le tuyau.</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Paroi</translation>
    </message>
    <message>
        <source>Gap from the wall to the pipe surface.</source>
        <translation>Écart entre le mur et la surface du tuyau.</translation>
    </message>
    <message>
        <source>Standoff</source>
        <translation>Écart au mur</translation>
    </message>
    <message>
        <source>Mounting</source>
        <translation>Fixation</translation>
    </message>
    <message>
        <source>Countersunk wall screws, one on each side.</source>
        <translation>Vis murales à tête fraisée, une de chaque côté.</translation>
    </message>
    <message>
        <source>Screw size</source>
        <translation>Taille de vis</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>How many clips.</source>
        <translation>Nombre de colliers.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>SLS powder.</source>
        <translation>Poudre SLS.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>pipe weight</source>
        <translation>poids du tuyau</translation>
    </message>
    <message>
        <source>A horizontal water-filled pipe hangs in the clip, along the wall.</source>
        <translation>Un tuyau horizontal rempli d’eau pend dans le collier, le long du mur.</translation>
    </message>
    <message>
        <source>1 kg per clip: about a metre of water-filled 22 mm copper pipe between clips</source>
        <translation>1 kg par collier : environ un mètre de tuyau de cuivre de 22 mm rempli d’eau entre deux colliers</translation>
    </message>
    <message>
        <source>a hot-water pipe at about 60 °C</source>
        <translation>un tuyau d’eau chaude à environ 60 °C</translation>
    </message>
    <message>
        <source>a hot-water pipe</source>
        <translation>un tuyau d’eau chaude</translation>
    </message>
    <message>
        <source>pipes sweat and drip</source>
        <translation>les tuyaux suintent et gouttent</translation>
    </message>
    <message>
        <source>15 mm copper water pipe.</source>
        <translation>Tuyau d’eau en cuivre de 15 mm.</translation>
    </message>
    <message>
        <source>Copper 15mm</source>
        <translation>Cuivre 15 mm</translation>
    </message>
    <message>
        <source>22 mm copper heating pipe.</source>
        <translation>Tuyau de chauffage en cuivre de 22 mm.</translation>
    </message>
    <message>
        <source>Copper 22mm</source>
        <translation>Cuivre 22 mm</translation>
    </message>
    <message>
        <source>Two 20 mm electrical conduits.</source>
        <translation>Deux gaines électriques de 20 mm.</translation>
    </message>
    <message>
        <source>Conduit 20mm double</source>
        <translation>Double gaine 20 mm</translation>
    </message>
    <message>
        <source>Thin rod or cable, loose enough to slide.</source>
        <translation>Tringle fine ou câble, assez libre pour glisser.</translation>
    </message>
    <message>
        <source>Curtain rod 8mm</source>
        <translation>Tringle à rideau 8 mm</translation>
    </message>
</context>
<context>
    <name>plywood-lamp</name>
    <message>
        <source>a {base_diameter} mm base is too small under a {shade_bottom_diameter} mm shade: at least {need:.0f} mm ({STABILITY_RATIO:g} × the shade) so the lamp does not tip</source>
        <translation>un socle de {base_diameter} mm est trop petit sous un abat-jour de {shade_bottom_diameter} mm : au moins {need:.0f} mm ({STABILITY_RATIO:g} × l’abat-jour) pour que la lampe ne bascule pas</translation>
    </message>
    <message>
        <source>plywood disc: tube, screw and foot holes</source>
        <translation>disque de contreplaqué : trous pour le tube, les vis et les pieds</translation>
    </message>
    <message>
        <source>flange and stem around the lamp tube; print flange down</source>
        <translation>collerette et tige autour du tube de lampe ; imprimer collerette en bas</translation>
    </message>
    <message>
        <source>its peg sits in the base; lifts it so the cord leaves underneath</source>
        <translation>son tenon se loge dans le socle ; le surélève pour que le cordon sorte par-dessous</translation>
    </message>
    <message>
        <source>print top down as modelled (vase-like)</source>
        <translation>imprimer sommet en bas comme modélisé (façon vase)</translation>
    </message>
    <message>
        <source>{lamp_holder} lamp holder with shade ring, M10×1 female thread</source>
        <translation>douille {lamp_holder} avec bague d’abat-jour, filetage femelle M10×1</translation>
    </message>
    <message>
        <source>M10×1 threaded lamp tube, {tube} mm</source>
        <translation>tube de lampe fileté M10×1, {tube} mm</translation>
    </message>
    <message>
        <source>M10×1 lamp nut</source>
        <translation>écrou de lampe M10×1</translation>
    </message>
    <message>
        <source>ST2.9 × {p} mm pan head self-tapping screw</source>
        <translation>vis autotaraudeuse à tête cylindrique bombée ST2.9 × {p} mm</translation>
    </message>
    <message>
        <source>2-core lamp flex with plug and in-line switch</source>
        <translation>cordon de lampe 2 conducteurs avec fiche et interrupteur</translation>
    </message>
    <message>
        <source>Two workshops can share this lamp: the base is laser-cut, hub, feet and shade are printed.</source>
        <translation>Deux ateliers peuvent se partager cette lampe : le socle est découpé au laser, le moyeu, les pieds et l’abat-jour sont imprimés.</translation>
    </message>
    <message>
        <source>Use an LED bulb: incandescent bulbs get hot enough to soften printed plastic.</source>
        <translation>Utilisez une ampoule LED : les ampoules à incandescence chauffent assez pour ramollir le plastique imprimé.</translation>
    </message>
    <message>
        <source>Connecting the holder and plug is mains wiring: have it done or checked by a competent person.</source>
        <translation>Raccorder la douille et la fiche, c’est du câblage secteur : faites-le faire ou vérifier par une personne compétente.</translation>
    </message>
    <message>
        <source>Thread the cord up the tube from under the base; the feet leave {FOOT_H} mm for it.</source>
        <translation>Passez le cordon dans le tube par-dessous le socle ; les pieds lui laissent {FOOT_H} mm.</translation>
    </message>
    <message>
        <source>Table lamp with plywood base</source>
        <translation>Lampe de table à socle en contreplaqué</translation>
    </message>
    <message>
        <source>A table lamp whose base is a laser-cut plywood disc and whose hub, feet and shade are printed, built on standard lamp parts (M10×1 tube, E27 or E14 holder). The shade is held by the holder&apos;s shade ring; the hub unscrews from the base.</source>
        <translation>Une lampe de table dont le socle est un disque de contreplaqué découpé au laser et dont le moyeu, les pieds et l’abat-jour sont imprimés, montée sur des pièces de lampe standard (tube M10×1, douille E27 ou E14). L’abat-jour est tenu par la bague de la douille ; le moyeu se dévisse du socle.</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Éclairage</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Socle</translation>
    </message>
    <message>
        <source>Diameter of the plywood base.</source>
        <translation>Diamètre du socle en contreplaqué.</translation>
    </message>
    <message>
        <source>Base diameter</source>
        <translation>Diamètre du socle</translation>
    </message>
    <message>
        <source>Thickness of the plywood (or MDF) sheet the base is cut from.</source>
        <translation>Épaisseur de la plaque de contreplaqué (ou MDF) dans laquelle le socle est découpé.</translation>
    </message>
    <message>
        <source>Base thickness</source>
        <translation>Épaisseur du socle</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>Tige</translation>
    </message>
    <message>
        <source>Height of the printed stem above the base&apos;s flange.</source>
        <translation>Hauteur de la tige imprimée au-dessus de la collerette du socle.</translation>
    </message>
    <message>
        <source>Stem height</source>
        <translation>Hauteur de tige</translation>
    </message>
    <message>
        <source>Outside diameter of the stem.</source>
        <translation>Diamètre extérieur de la tige.</translation>
    </message>
    <message>
        <source>Stem diameter</source>
        <translation>Diamètre de tige</translation>
    </message>
    <message>
        <source>Shade</source>
        <translation>Abat-jour</translation>
    </message>
    <message>
        <source>Diameter of the shade at its open bottom.</source>
        <translation>Diamètre de l’abat-jour à sa base ouverte.</translation>
    </message>
    <message>
        <source>Shade bottom diameter</source>
        <translation>Diamètre bas de l’abat-jour</translation>
    </message>
    <message>
        <source>Diameter of the shade at the top.</source>
        <translation>Diamètre de l’abat-jour au sommet.</translation>
    </message>
    <message>
        <source>Shade top diameter</source>
        <translation>Diamètre haut de l’abat-jour</translation>
    </message>
    <message>
        <source>Height of the shade.</source>
        <translation>Hauteur de l’abat-jour.</translation>
    </message>
    <message>
        <source>Shade height</source>
        <translation>Hauteur de l’abat-jour</translation>
    </message>
    <message>
        <source>Shade wall thickness. Thinner uses less plastic and lets more light through.</source>
        <translation>Épaisseur de paroi de l’abat-jour. Plus fine, elle utilise moins de plastique et laisse passer plus de lumière.</translation>
    </message>
    <message>
        <source>Shade wall</source>
        <translation>Paroi de l’abat-jour</translation>
    </message>
    <message>
        <source>Eight vent holes around the holder let warm air out.</source>
        <translation>Huit trous d’aération autour de la douille laissent sortir l’air chaud.</translation>
    </message>
    <message>
        <source>Vent holes</source>
        <translation>Trous d’aération</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Bulb socket of the lamp holder you buy.</source>
        <translation>Culot de la douille que vous achetez.</translation>
    </message>
    <message>
        <source>Lamp holder</source>
        <translation>Douille</translation>
    </message>
    <message>
        <source>Hole for the holder&apos;s threaded sleeve, under the shade ring. About 40 mm for E27 and 28 mm for E14 holders; measure your holder.</source>
        <translation>Trou pour le manchon fileté de la douille, sous la bague d’abat-jour. Environ 40 mm pour les douilles E27 et 28 mm pour les E14 ; mesurez votre douille.</translation>
    </message>
    <message>
        <source>Shade ring hole</source>
        <translation>Trou de bague d’abat-jour</translation>
    </message>
    <message>
        <source>Sheet for the laser-cut base.</source>
        <translation>Plaque pour le socle découpé au laser.</translation>
    </message>
    <message>
        <source>Base material</source>
        <translation>Matériau du socle</translation>
    </message>
    <message>
        <source>Printed hub and feet.</source>
        <translation>Moyeu et pieds imprimés.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>Printed shade. Light colours and thin walls glow; PETG stands heat better than PLA.</source>
        <translation>Abat-jour imprimé. Les couleurs claires et les parois fines rayonnent ; le PETG supporte mieux la chaleur que le PLA.</translation>
    </message>
    <message>
        <source>Shade material</source>
        <translation>Matériau de l’abat-jour</translation>
    </message>
    <message>
        <source>Desk lamp with a cone shade.</source>
        <translation>Lampe de bureau avec abat-jour conique.</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Small bedside lamp with an E14 holder.</source>
        <translation>Petite lampe de chevet avec douille E14.</translation>
    </message>
    <message>
        <source>Bedside e14</source>
        <translation>Chevet E14</translation>
    </message>
    <message>
        <source>Tall reading lamp on a wide MDF base.</source>
        <translation>Grande lampe de lecture sur un large socle en MDF.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>the shade&apos;s top is clamped to the lamp holder, which an LED bulb&apos;s base warms to about 60 °C; not measured (an incandescent bulb would be far hotter)</source>
        <translation>le sommet de l’abat-jour est serré sur la douille, que le culot d’une ampoule LED chauffe à environ 60 °C ; non mesuré (une ampoule à incandescence serait bien plus chaude)</translation>
    </message>
    <message>
        <source>the shade at the lamp holder</source>
        <translation>l’abat-jour au niveau de la douille</translation>
    </message>
    <message>
        <source>indoor room, up to 35 °C</source>
        <translation>pièce intérieure, jusqu’à 35 °C</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>la pièce</translation>
    </message>
    <message>
        <source>an indoor table lamp</source>
        <translation>une lampe de table d’intérieur</translation>
    </message>
    <message>
        <source>PLA softens at about 55 °C</source>
        <translation>Le PLA ramollit vers 55 °C</translation>
    </message>
    <message>
        <source>the parts carry only their own weight and the bulb&apos;s, a few newtons</source>
        <translation>les pièces ne portent que leur propre poids et celui de l’ampoule, quelques newtons</translation>
    </message>
</context>
<context>
    <name>process</name>
    <message>
        <source>FDM 3D printing</source>
        <translation>Impression 3D FDM</translation>
    </message>
    <message>
        <source>SLA resin printing</source>
        <translation>Impression résine SLA</translation>
    </message>
    <message>
        <source>SLS powder printing</source>
        <translation>Impression sur lit de poudre SLS</translation>
    </message>
    <message>
        <source>Laser cutting</source>
        <translation>Découpe laser</translation>
    </message>
    <message>
        <source>CNC routing</source>
        <translation>Fraisage CNC (défonceuse)</translation>
    </message>
    <message>
        <source>CNC milling</source>
        <translation>Usinage CNC (fraiseuse)</translation>
    </message>
</context>
<context>
    <name>quote</name>
    <message>
        <source>{material} sheet for {name}: no {cur} price for it</source>
        <translation>plaque de {material} pour {name} : aucun prix en {cur}</translation>
    </message>
    <message>
        <source>{material} {thickness:g} mm for {name}</source>
        <translation>{material} {thickness:g} mm pour {name}</translation>
    </message>
    <message>
        <source>{material} for {name}: no {cur} price per kg</source>
        <translation>{material} pour {name} : aucun prix au kg en {cur}</translation>
    </message>
    <message>
        <source>{material} for {name}</source>
        <translation>{material} pour {name}</translation>
    </message>
    <message>
        <source>{machine} time for {name}: no time model for {process}</source>
        <translation>temps {machine} pour {name} : aucun modèle de temps pour {process}</translation>
    </message>
    <message>
        <source>{machine} time for {name} ({hours:.2f} h each): no {cur} rate</source>
        <translation>temps {machine} pour {name} ({hours:.2f} h chacun) : aucun tarif en {cur}</translation>
    </message>
    <message>
        <source>{machine} time for {name}</source>
        <translation>temps {machine} pour {name}</translation>
    </message>
    <message>
        <source>set-up (per job)</source>
        <translation>préparation (par commande)</translation>
    </message>
    <message>
        <source>once per job</source>
        <translation>une fois par commande</translation>
    </message>
    <message>
        <source>set-up of the {machine}: no {cur} fee known</source>
        <translation>préparation ({machine}) : aucun forfait connu en {cur}</translation>
    </message>
    <message>
        <source>set-up ({machine})</source>
        <translation>préparation ({machine})</translation>
    </message>
    <message>
        <source>bought hardware ({items}): no price source; bring it or ask the workshop</source>
        <translation>quincaillerie achetée ({items}) : aucune source de prix ; apportez-la ou demandez à l’atelier</translation>
    </message>
</context>
<context>
    <name>repairability</name>
    <message>
        <source>Fabwise repairability (after EU 2023/1669), not an official index</source>
        <translation>Réparabilité Fabwise (d’après UE 2023/1669), pas un indice officiel</translation>
    </message>
    <message>
        <source>Commission Delegated Regulation (EU) 2023/1669, Annex IV point 5 (parameters, weights 0.25/0.15/0.15/0.15/0.15/0.15, 1-5 scale), via shared eco_data/repairability.csv</source>
        <translation>Règlement délégué (UE) 2023/1669 de la Commission, annexe IV point 5 (paramètres, pondérations 0,25/0,15/0,15/0,15/0,15/0,15, échelle de 1 à 5), via le fichier partagé eco_data/repairability.csv</translation>
    </message>
    <message>
        <source>Fabwise&apos;s own mappings (not an official grid): joint kinds to fastener levels below &apos;reusable&apos;, tool levels, spare-part and information levels, equal weight per priority part; glued or welded parts count as not separable.</source>
        <translation>Correspondances propres à Fabwise (pas une grille officielle) : types d’assemblage vers niveaux de fixation en dessous de « réutilisable », niveaux d’outils, de pièces de rechange et d’information, poids égal par pièce prioritaire ; les pièces collées ou soudées comptent comme non séparables.</translation>
    </message>
    <message>
        <source>SSU (software updates, weight 0.15) does not apply to a made object and is left out; the score is renormalised over the other weights.</source>
        <translation>SSU (mises à jour logicielles, poids 0,15) ne s’applique pas à un objet fabriqué et est omis ; la note est renormalisée sur les autres poids.</translation>
    </message>
    <message>
        <source>Disassembly depth (SDD)</source>
        <translation>Profondeur de démontage (SDD)</translation>
    </message>
    <message>
        <source>Fasteners (SF)</source>
        <translation>Fixations (SF)</translation>
    </message>
    <message>
        <source>Tools (ST)</source>
        <translation>Outils (ST)</translation>
    </message>
    <message>
        <source>Spare parts (SSP)</source>
        <translation>Pièces de rechange (SSP)</translation>
    </message>
    <message>
        <source>Repair information (SRI)</source>
        <translation>Information de réparation (SRI)</translation>
    </message>
    <message>
        <source>no tool</source>
        <translation>aucun outil</translation>
    </message>
    <message>
        <source>proprietary tool ({tool})</source>
        <translation>outil propriétaire ({tool})</translation>
    </message>
    <message>
        <source>basic tool ({tool})</source>
        <translation>outil courant ({tool})</translation>
    </message>
    <message>
        <source>specific tool ({tool})</source>
        <translation>outil spécifique ({tool})</translation>
    </message>
    <message>
        <source>{part}: {how} joined to {others}, cannot be removed without damage</source>
        <translation>{part} : assemblé par {how} à {others}, impossible à retirer sans dommage</translation>
    </message>
    <message>
        <source>{part}: {how} joint, neither removable nor reusable</source>
        <translation>{part} : assemblage par {how}, ni démontable ni réutilisable</translation>
    </message>
    <message>
        <source>{part}: permanently joined to {others}, cannot be removed without damage</source>
        <translation>{part} : assemblé définitivement à {others}, impossible à retirer sans dommage</translation>
    </message>
    <message>
        <source>{part}: permanent joint, neither removable nor reusable</source>
        <translation>{part} : assemblage définitif, ni démontable ni réutilisable</translation>
    </message>
    <message>
        <source>{name}: separation would be destructive</source>
        <translation>{name} : le démontage serait destructif</translation>
    </message>
    <message>
        <source>{name}: {steps} joint(s) to undo</source>
        <translation>{name} : {steps} assemblage(s) à défaire</translation>
    </message>
    <message>
        <source>{name}: weakest fastener {value}</source>
        <translation>{name} : fixation la plus faible {value}</translation>
    </message>
    <message>
        <source>{name}: nothing fastens it</source>
        <translation>{name} : rien ne le fixe</translation>
    </message>
    <message>
        <source>{name}: no tool</source>
        <translation>{name} : aucun outil</translation>
    </message>
    <message>
        <source>{name}: declared spare, held by non-standard hardware ({odd})</source>
        <translation>{name} : pièce de rechange déclarée, tenue par de la quincaillerie non standard ({odd})</translation>
    </message>
    <message>
        <source>{name}: declared spare, exported on its own</source>
        <translation>{name} : pièce de rechange déclarée, exportée séparément</translation>
    </message>
    <message>
        <source>{name}: not declared as a spare part</source>
        <translation>{name} : non déclarée comme pièce de rechange</translation>
    </message>
    <message>
        <source>repair/disassembly sheet</source>
        <translation>fiche de réparation/démontage</translation>
    </message>
    <message>
        <source>bill of materials</source>
        <translation>nomenclature</translation>
    </message>
    <message>
        <source>part files (STEP/DXF/STL)</source>
        <translation>fichiers des pièces (STEP/DXF/STL)</translation>
    </message>
    <message>
        <source>no documents</source>
        <translation>aucun document</translation>
    </message>
    <message>
        <source>package contains {present}</source>
        <translation>le paquet contient : {present}</translation>
    </message>
    <message>
        <source>package contains {present}; no repair sheet</source>
        <translation>le paquet contient : {present} ; pas de fiche de réparation</translation>
    </message>
    <message>
        <source>package contains only {present}</source>
        <translation>le paquet contient seulement : {present}</translation>
    </message>
    <message>
        <source>no documentation supplied</source>
        <translation>aucune documentation fournie</translation>
    </message>
    <message>
        <source>the declared spare part(s)</source>
        <translation>la ou les pièces de rechange déclarées</translation>
    </message>
    <message>
        <source>every part (the template declares no spare part)</source>
        <translation>chaque pièce (le modèle ne déclare aucune pièce de rechange)</translation>
    </message>
    <message>
        <source>mean over {which}: {basis}</source>
        <translation>moyenne sur {which} : {basis}</translation>
    </message>
    <message>
        <source>no parts</source>
        <translation>aucune pièce</translation>
    </message>
    <message>
        <source>Structure and weights: {structure_source}.</source>
        <translation>Structure et pondérations : {structure_source}.</translation>
    </message>
    <message>
        <source>Priority parts: {which}.</source>
        <translation>Pièces prioritaires : {which}.</translation>
    </message>
</context>
<context>
    <name>shelf-bracket</name>
    <message>
        <source>{n} holes at {spacing} mm spacing with a gusset need a height of at least {need:.0f} mm (height is {height} mm): raise the height, use fewer holes or a smaller spacing, or turn the gusset off</source>
        <translation>{n} trous espacés de {spacing} mm avec un gousset exigent une hauteur d’au moins {need:.0f} mm (hauteur : {height} mm) : augmentez la hauteur, utilisez moins de trous ou un écartement plus petit, ou désactivez le gousset</translation>
    </message>
    <message>
        <source>{n} holes at {spacing} mm spacing need a height of at least {need:.0f} mm (height is {height} mm): raise the height or use fewer holes or a smaller spacing</source>
        <translation>{n} trous espacés de {spacing} mm exigent une hauteur d’au moins {need:.0f} mm (hauteur : {height} mm) : augmentez la hauteur ou utilisez moins de trous ou un écartement plus petit</translation>
    </message>
    <message>
        <source>a {screw_size} screw with screw covers needs a thickness of at least {need:.1f} mm (thickness is {thickness} mm): make it thicker, pick a smaller screw or turn the covers off</source>
        <translation>une vis {screw_size} avec cache-vis exige une épaisseur d’au moins {need:.1f} mm (épaisseur : {thickness} mm) : épaississez, choisissez une vis plus petite ou désactivez les cache-vis</translation>
    </message>
    <message>
        <source>a {screw_size} screw needs a thickness of at least {need:.1f} mm (thickness is {thickness} mm): make it thicker, pick a smaller screw or turn the covers off</source>
        <translation>une vis {screw_size} exige une épaisseur d’au moins {need:.1f} mm (épaisseur : {thickness} mm) : épaississez, choisissez une vis plus petite ou désactivez les cache-vis</translation>
    </message>
    <message>
        <source>L-bracket, printed on its side as modelled</source>
        <translation>équerre en L, imprimée sur le côté comme modélisé</translation>
    </message>
    <message>
        <source>{diameter} × {wall_len} mm countersunk wood screw</source>
        <translation>vis à bois à tête fraisée {diameter} × {wall_len} mm</translation>
    </message>
    <message>
        <source>{diameter} × {SHELF_SCREW_LENGTH} mm countersunk wood screw</source>
        <translation>vis à bois à tête fraisée {diameter} × {SHELF_SCREW_LENGTH} mm</translation>
    </message>
    <message>
        <source>press-in cap hiding a wall-screw head; print flat side down</source>
        <translation>capuchon à enfoncer qui cache une tête de vis murale ; imprimer face plate en bas</translation>
    </message>
    <message>
        <source>Print the bracket on its side as modelled: layer lines then follow the L profile.</source>
        <translation>Imprimez l’équerre sur le côté comme modélisé : les couches suivent alors le profil en L.</translation>
    </message>
    <message>
        <source>Drill {value} mm holes in the wall for the plugs.</source>
        <translation>Percez des trous de {value} mm dans le mur pour les chevilles.</translation>
    </message>
    <message>
        <source>Wall shelf bracket</source>
        <translation>Équerre d’étagère murale</translation>
    </message>
    <message>
        <source>A printed L-bracket for a wall shelf, with an optional truss gusset, countersunk holes sized for the wall screw you choose, press-in caps that hide the screw heads, and screw holes at the tip to fix the shelf.</source>
        <translation>Une équerre en L imprimée pour étagère murale, avec gousset en treillis en option, trous fraisés dimensionnés pour la vis murale choisie, capuchons à enfoncer qui cachent les têtes de vis, et trous à l’extrémité pour fixer la tablette.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>How far the arm reaches out from the wall: about the depth of the shelf board.</source>
        <translation>Portée du bras depuis le mur : environ la profondeur de la tablette.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>Height of the plate against the wall.</source>
        <translation>Hauteur de la plaque contre le mur.</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Width of the bracket along the wall.</source>
        <translation>Largeur de l’équerre le long du mur.</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Résistance</translation>
    </message>
    <message>
        <source>Thickness of the wall plate, arm and gusset. Thinner uses less plastic and still fits; it also carries less load.</source>
        <translation>Épaisseur de la plaque murale, du bras et du gousset. Plus fine, elle utilise moins de plastique et tient encore ; elle porte aussi moins de charge.</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Épaisseur</translation>
    </message>
    <message>
        <source>A diagonal strut under the arm: much stiffer, a little more plastic.</source>
        <translation>Une jambe de force diagonale sous le bras : beaucoup plus rigide, un peu plus de plastique.</translation>
    </message>
    <message>
        <source>Gusset</source>
        <translation>Gousset</translation>
    </message>
    <message>
        <source>Mounting</source>
        <translation>Fixation</translation>
    </message>
    <message>
        <source>Number of wall screws.</source>
        <translation>Nombre de vis murales.</translation>
    </message>
    <message>
        <source>Hole count</source>
        <translation>Nombre de trous</translation>
    </message>
    <message>
        <source>Distance between wall-screw holes, centre to centre.</source>
        <translation>Distance entre les trous des vis murales, d’axe en axe.</translation>
    </message>
    <message>
        <source>Hole spacing</source>
        <translation>Écartement des trous</translation>
    </message>
    <message>
        <source>Diameter of the countersunk wall screw; the hole, countersink and wall plug follow from it.</source>
        <translation>Diamètre de la vis murale à tête fraisée ; le trou, la fraisure et la cheville en découlent.</translation>
    </message>
    <message>
        <source>Screw size</source>
        <translation>Taille de vis</translation>
    </message>
    <message>
        <source>Recess the screw heads and print caps that press in over them.</source>
        <translation>Noyer les têtes de vis et imprimer des capuchons qui s’enfoncent par-dessus.</translation>
    </message>
    <message>
        <source>Screw covers</source>
        <translation>Cache-vis</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>How many brackets (a shelf needs two).</source>
        <translation>Nombre d’équerres (une étagère en demande deux).</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>The most the shelf will carry, board included; two brackets share it.</source>
        <translation>Le maximum que portera l’étagère, tablette comprise ; deux équerres se la partagent.</translation>
    </message>
    <message>
        <source>Shelf load</source>
        <translation>Charge de l’étagère</translation>
    </message>
    <message>
        <source>Filament. PETG creeps less than PLA under a constant load.</source>
        <translation>Filament. Le PETG flue moins que le PLA sous une charge constante.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>shelf load</source>
        <translation>charge de l’étagère</translation>
    </message>
    <message>
        <source>The shelf and what is on it, resting on the arm for years.</source>
        <translation>L’étagère et ce qu’elle porte, posées sur le bras pendant des années.</translation>
    </message>
    <message>
        <source>the user&apos;s shelf load, shared equally by the two brackets of one shelf, spread along the arm</source>
        <translation>la charge d’étagère de l’utilisateur, partagée également par les deux équerres d’une étagère, répartie le long du bras</translation>
    </message>
    <message>
        <source>indoor room, up to 35 °C on a hot summer day</source>
        <translation>pièce intérieure, jusqu’à 35 °C par une chaude journée d’été</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>la pièce</translation>
    </message>
    <message>
        <source>an indoor shelf</source>
        <translation>une étagère d’intérieur</translation>
    </message>
    <message>
        <source>Light shelf up to ~10 cm deep: spices, small plants.</source>
        <translation>Étagère légère jusqu’à ~10 cm de profondeur : épices, petites plantes.</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Petite</translation>
    </message>
    <message>
        <source>Book shelf about 15 cm deep.</source>
        <translation>Étagère à livres d’environ 15 cm de profondeur.</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Deep shelf, 25 cm, three 5 mm screws.</source>
        <translation>Étagère profonde, 25 cm, trois vis de 5 mm.</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>Robuste</translation>
    </message>
</context>
<context>
    <name>side-table</name>
    <message>
        <source>arch height {arch_height} mm is too high for a {height} mm table: at most {limit:.0f} mm, so {MIN_WEB:g} mm of wood stays under the cross joint</source>
        <translation>une hauteur d’arche de {arch_height} mm est trop grande pour une table de {height} mm : au plus {limit:.0f} mm, pour que {MIN_WEB:g} mm de bois restent sous l’assemblage en croix</translation>
    </message>
    <message>
        <source>footprint {footprint} mm is too narrow for a {height} mm tall table: at least {need:.0f} mm ({STABILITY_RATIO:g} × height) so it does not tip</source>
        <translation>une emprise de {footprint} mm est trop étroite pour une table de {height} mm de haut : au moins {need:.0f} mm ({STABILITY_RATIO:g} × hauteur) pour qu’elle ne bascule pas</translation>
    </message>
    <message>
        <source>footprint {footprint} mm is narrower than the legs under a {top_diameter} mm top ({top:.0f} mm): widen the footprint or use a smaller top</source>
        <translation>une emprise de {footprint} mm est plus étroite que les pieds sous un plateau de {top_diameter} mm ({top:.0f} mm) : élargissez l’emprise ou prenez un plateau plus petit</translation>
    </message>
    <message>
        <source>slides over a leg&apos;s foot; print standing as modelled</source>
        <translation>s’enfile sur le pied d’un montant ; imprimer debout comme modélisé</translation>
    </message>
    <message>
        <source>Two workshops can share this table: the plywood is CNC-routed, the foot caps printed.</source>
        <translation>Deux ateliers peuvent se partager cette table : le contreplaqué est fraisé en CNC, les embouts de pied sont imprimés.</translation>
    </message>
    <message>
        <source>Dog-bone reliefs are sized for a {bit_diameter} mm bit: cut with that bit or smaller.</source>
        <translation>Les dégagements en os de chien sont dimensionnés pour une fraise de {bit_diameter} mm : découpez avec cette fraise ou une plus petite.</translation>
    </message>
    <message>
        <source>Slide the leg with the top slot down over the other, put the top on the tabs, drill the screw pilot holes into the leg edges through the top, then push a cap onto each foot.</source>
        <translation>Glissez le pied à la fente supérieure vers le bas sur l’autre, posez le plateau sur les tenons, percez les avant-trous des vis dans les chants des pieds à travers le plateau, puis enfoncez un embout sur chaque pied.</translation>
    </message>
    <message>
        <source>Side table with printed feet</source>
        <translation>Table d’appoint à pieds imprimés</translation>
    </message>
    <message>
        <source>A round side table routed from one plywood board (two legs that slide together in a cross, a top on their tabs, four screws) standing on four printed foot caps that protect the floor and the plywood&apos;s end grain. Ships flat, comes apart again.</source>
        <translation>Une table d’appoint ronde fraisée dans un seul panneau de contreplaqué (deux pieds qui s’emboîtent en croix, un plateau sur leurs tenons, quatre vis) posée sur quatre embouts de pied imprimés qui protègent le sol et le bois de bout du contreplaqué. Livrée à plat, elle se démonte à nouveau.</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Meuble</translation>
    </message>
    <message>
        <source>Diameter of the round top.</source>
        <translation>Diamètre du plateau rond.</translation>
    </message>
    <message>
        <source>Top diameter</source>
        <translation>Diamètre du plateau</translation>
    </message>
    <message>
        <source>Height of the top from the floor.</source>
        <translation>Hauteur du plateau depuis le sol.</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Width of each leg at the floor; wider stands steadier.</source>
        <translation>Largeur de chaque pied au sol ; plus large est plus stable.</translation>
    </message>
    <message>
        <source>Footprint</source>
        <translation>Emprise au sol</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Panneau</translation>
    </message>
    <message>
        <source>Board thickness; both take confirmat screws.</source>
        <translation>Épaisseur du panneau ; les deux acceptent des vis confirmat.</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Épaisseur</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Height of the arch cut out between the feet: the table stands on four feet (steady on uneven floors) and uses less wood.</source>
        <translation>Hauteur de l’arche découpée entre les pieds : la table repose sur quatre appuis (stable sur un sol irrégulier) et utilise moins de bois.</translation>
    </message>
    <message>
        <source>Arch height</source>
        <translation>Hauteur d’arche</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Pieds</translation>
    </message>
    <message>
        <source>Thickness of the printed sole under each foot.</source>
        <translation>Épaisseur de la semelle imprimée sous chaque pied.</translation>
    </message>
    <message>
        <source>Sole</source>
        <translation>Semelle</translation>
    </message>
    <message>
        <source>Machining</source>
        <translation>Usinage</translation>
    </message>
    <message>
        <source>Extra width of slots and mortises over the board thickness, so parts slide together. Raise it if your board is thicker than nominal.</source>
        <translation>Surlargeur des fentes et mortaises par rapport à l’épaisseur du panneau, pour que les pièces s’emboîtent. Augmentez-la si votre panneau est plus épais que le nominal.</translation>
    </message>
    <message>
        <source>Fit clearance</source>
        <translation>Jeu d’emboîtement</translation>
    </message>
    <message>
        <source>Diameter of the router bit; inner corners get reliefs of this size.</source>
        <translation>Diamètre de la fraise ; les angles intérieurs reçoivent des dégagements de cette taille.</translation>
    </message>
    <message>
        <source>Bit diameter</source>
        <translation>Diamètre de fraise</translation>
    </message>
    <message>
        <source>Board material.</source>
        <translation>Matériau du panneau.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>Printed foot caps; PETG is tougher underfoot than PLA.</source>
        <translation>Embouts de pied imprimés ; le PETG résiste mieux que le PLA au sol.</translation>
    </message>
    <message>
        <source>Foot material</source>
        <translation>Matériau des pieds</translation>
    </message>
    <message>
        <source>Beside a sofa, 55 cm.</source>
        <translation>À côté d’un canapé, 55 cm.</translation>
    </message>
    <message>
        <source>Sofa side</source>
        <translation>Bout de canapé</translation>
    </message>
    <message>
        <source>Small bedside table from 15 mm board.</source>
        <translation>Petite table de chevet en panneau de 15 mm.</translation>
    </message>
    <message>
        <source>Bedside</source>
        <translation>Chevet</translation>
    </message>
    <message>
        <source>Tall plant stand on recycled-PETG feet.</source>
        <translation>Haute sellette sur pieds en PETG recyclé.</translation>
    </message>
    <message>
        <source>Plant stand</source>
        <translation>Sellette</translation>
    </message>
    <message>
        <source>someone sits on it ({leg})</source>
        <translation>quelqu’un s’assoit dessus ({leg})</translation>
    </message>
    <message>
        <source>A side table gets sat on; each leg carries half through its top edge.</source>
        <translation>On s’assoit sur une table d’appoint ; chaque pied en porte la moitié par son chant supérieur.</translation>
    </message>
    <message>
        <source>misuse as a seat: the 1300 N seat static load for domestic seating in EN 12520 as usually quoted (standard text not consulted), as for the flat-pack stool; shared by the two legs</source>
        <translation>usage détourné comme siège : la charge statique d’assise de 1300 N pour les sièges domestiques de l’EN 12520 telle qu’elle est habituellement citée (texte de la norme non consulté), comme pour le tabouret en kit ; partagée par les deux pieds</translation>
    </message>
    <message>
        <source>an indoor side table</source>
        <translation>une table d’appoint d’intérieur</translation>
    </message>
</context>
<context>
    <name>table-lamp</name>
    <message>
        <source>hollow base; print upside down</source>
        <translation>socle creux ; imprimer à l’envers</translation>
    </message>
    <message>
        <source>closes the base</source>
        <translation>ferme le socle</translation>
    </message>
    <message>
        <source>slides over the lamp tube</source>
        <translation>s’enfile sur le tube de lampe</translation>
    </message>
    <message>
        <source>print top down as modelled (vase-like)</source>
        <translation>imprimer sommet en bas comme modélisé (façon vase)</translation>
    </message>
    <message>
        <source>{holder} lamp holder with shade ring, M10×1 female thread</source>
        <translation>douille {holder} avec bague d’abat-jour, filetage femelle M10×1</translation>
    </message>
    <message>
        <source>M10×1 threaded lamp tube, {tube} mm</source>
        <translation>tube de lampe fileté M10×1, {tube} mm</translation>
    </message>
    <message>
        <source>M10×1 lamp nut</source>
        <translation>écrou de lampe M10×1</translation>
    </message>
    <message>
        <source>ST2.9 × 9.5 mm countersunk self-tapping screw</source>
        <translation>vis autotaraudeuse à tête fraisée ST2.9 × 9,5 mm</translation>
    </message>
    <message>
        <source>2-core lamp flex with plug and in-line switch</source>
        <translation>cordon de lampe 2 conducteurs avec fiche et interrupteur</translation>
    </message>
    <message>
        <source>Use an LED bulb: incandescent bulbs get hot enough to soften printed plastic.</source>
        <translation>Utilisez une ampoule LED : les ampoules à incandescence chauffent assez pour ramollir le plastique imprimé.</translation>
    </message>
    <message>
        <source>Connecting the holder and plug is mains wiring: have it done or checked by a competent person.</source>
        <translation>Raccorder la douille et la fiche, c’est du câblage secteur : faites-le faire ou vérifier par une personne compétente.</translation>
    </message>
    <message>
        <source>The cable leaves the base through a {CABLE_HOLE} mm hole: grip it inside, e.g. with the cable strain relief template.</source>
        <translation>Le câble sort du socle par un trou de {CABLE_HOLE} mm : bloquez-le à l’intérieur, par ex. avec le modèle de serre-câble anti-traction.</translation>
    </message>
    <message>
        <source>Table lamp with replaceable shade</source>
        <translation>Lampe de table à abat-jour remplaçable</translation>
    </message>
    <message>
        <source>A printed table lamp built on standard lamp parts (M10×1 tube, E27 or E14 holder). The shade is held only by the holder&apos;s shade ring: unscrew it by hand to swap or reprint the shade. The base opens with three screws for repairs.</source>
        <translation>Une lampe de table imprimée montée sur des pièces de lampe standard (tube M10×1, douille E27 ou E14). L’abat-jour n’est tenu que par la bague de la douille : dévissez-la à la main pour changer ou réimprimer l’abat-jour. Le socle s’ouvre avec trois vis pour les réparations.</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Éclairage</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Socle</translation>
    </message>
    <message>
        <source>Diameter of the base at the table.</source>
        <translation>Diamètre du socle au niveau de la table.</translation>
    </message>
    <message>
        <source>Base diameter</source>
        <translation>Diamètre du socle</translation>
    </message>
    <message>
        <source>Height of the base.</source>
        <translation>Hauteur du socle.</translation>
    </message>
    <message>
        <source>Base height</source>
        <translation>Hauteur du socle</translation>
    </message>
    <message>
        <source>Wall of the hollow base. Thinner uses less plastic; the base still carries the lamp.</source>
        <translation>Paroi du socle creux. Plus fine, elle utilise moins de plastique ; le socle porte toujours la lampe.</translation>
    </message>
    <message>
        <source>Base wall</source>
        <translation>Paroi du socle</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>Tige</translation>
    </message>
    <message>
        <source>Height of the stem between base and lamp holder.</source>
        <translation>Hauteur de la tige entre le socle et la douille.</translation>
    </message>
    <message>
        <source>Stem height</source>
        <translation>Hauteur de tige</translation>
    </message>
    <message>
        <source>Outside diameter of the stem.</source>
        <translation>Diamètre extérieur de la tige.</translation>
    </message>
    <message>
        <source>Stem diameter</source>
        <translation>Diamètre de tige</translation>
    </message>
    <message>
        <source>Shade</source>
        <translation>Abat-jour</translation>
    </message>
    <message>
        <source>Diameter of the shade at its open bottom.</source>
        <translation>Diamètre de l’abat-jour à sa base ouverte.</translation>
    </message>
    <message>
        <source>Shade bottom diameter</source>
        <translation>Diamètre bas de l’abat-jour</translation>
    </message>
    <message>
        <source>Diameter of the shade at the top.</source>
        <translation>Diamètre de l’abat-jour au sommet.</translation>
    </message>
    <message>
        <source>Shade top diameter</source>
        <translation>Diamètre haut de l’abat-jour</translation>
    </message>
    <message>
        <source>Height of the shade.</source>
        <translation>Hauteur de l’abat-jour.</translation>
    </message>
    <message>
        <source>Shade height</source>
        <translation>Hauteur de l’abat-jour</translation>
    </message>
    <message>
        <source>Shade wall thickness. Thinner uses less plastic and lets more light through.</source>
        <translation>Épaisseur de paroi de l’abat-jour. Plus fine, elle utilise moins de plastique et laisse passer plus de lumière.</translation>
    </message>
    <message>
        <source>Shade wall</source>
        <translation>Paroi de l’abat-jour</translation>
    </message>
    <message>
        <source>Eight vent holes around the holder let warm air out.</source>
        <translation>Huit trous d’aération autour de la douille laissent sortir l’air chaud.</translation>
    </message>
    <message>
        <source>Vent holes</source>
        <translation>Trous d’aération</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Bulb socket of the lamp holder you buy.</source>
        <translation>Culot de la douille que vous achetez.</translation>
    </message>
    <message>
        <source>Lamp holder</source>
        <translation>Douille</translation>
    </message>
    <message>
        <source>Hole for the holder&apos;s threaded sleeve, under the shade ring. About 40 mm for E27 and 28 mm for E14 holders; measure your holder.</source>
        <translation>Trou pour le manchon fileté de la douille, sous la bague d’abat-jour. Environ 40 mm pour les douilles E27 et 28 mm pour les E14 ; mesurez votre douille.</translation>
    </message>
    <message>
        <source>Shade ring hole</source>
        <translation>Trou de bague d’abat-jour</translation>
    </message>
    <message>
        <source>Base, stem and bottom plate.</source>
        <translation>Socle, tige et plaque de fond.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>Shade. Light colours and thin walls glow; PETG stands heat better than PLA.</source>
        <translation>Abat-jour. Les couleurs claires et les parois fines rayonnent ; le PETG supporte mieux la chaleur que le PLA.</translation>
    </message>
    <message>
        <source>Shade material</source>
        <translation>Matériau de l’abat-jour</translation>
    </message>
    <message>
        <source>the shade&apos;s top is clamped to the lamp holder, which an LED bulb&apos;s base warms to about 60 °C; not measured (an incandescent bulb would be far hotter)</source>
        <translation>le sommet de l’abat-jour est serré sur la douille, que le culot d’une ampoule LED chauffe à environ 60 °C ; non mesuré (une ampoule à incandescence serait bien plus chaude)</translation>
    </message>
    <message>
        <source>the shade at the lamp holder</source>
        <translation>l’abat-jour au niveau de la douille</translation>
    </message>
    <message>
        <source>indoor room, up to 35 °C</source>
        <translation>pièce intérieure, jusqu’à 35 °C</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>la pièce</translation>
    </message>
    <message>
        <source>an indoor table lamp</source>
        <translation>une lampe de table d’intérieur</translation>
    </message>
    <message>
        <source>PLA softens at about 55 °C</source>
        <translation>Le PLA ramollit vers 55 °C</translation>
    </message>
    <message>
        <source>the parts carry only their own weight and the bulb&apos;s, a few newtons</source>
        <translation>les pièces ne portent que leur propre poids et celui de l’ampoule, quelques newtons</translation>
    </message>
    <message>
        <source>Desk lamp with a cone shade.</source>
        <translation>Lampe de bureau avec abat-jour conique.</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Small bedside lamp with an E14 holder.</source>
        <translation>Petite lampe de chevet avec douille E14.</translation>
    </message>
    <message>
        <source>Bedside e14</source>
        <translation>Chevet E14</translation>
    </message>
    <message>
        <source>Tall lamp with a drum shade.</source>
        <translation>Grande lampe avec abat-jour tambour.</translation>
    </message>
    <message>
        <source>Drum</source>
        <translation>Tambour</translation>
    </message>
</context>
</TS>
