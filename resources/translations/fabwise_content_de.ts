<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>alu-corner-bracket</name>
    <message>
        <source>thickness {thickness} mm is too thin for {thread} countersunk screws: at least {need:.1f} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{leg_name} {leg} mm is too short for {n} {thread} holes: it must be at least {need} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width {width} mm is too narrow for {thread} heads between the end webs: at least {need:.1f} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width {width} mm is too narrow for {thread} heads: at least {need:.1f} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milled from bar; deburr all edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{thread} × {length} mm countersunk hex socket screw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{thread} hex nut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screws are sized to clamp {clamped_thickness} mm of material; with threaded holes instead of nuts, leave the nuts out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside corners of the end webs keep the radius of the end mill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milled corner bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 90° corner bracket milled from aluminium or steel bar, with countersunk holes for flush screws and optional end webs for stiffness. For furniture frames, shelving and profile structures, or to replace a broken bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the first flange (outside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the second flange (outside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flange thickness. Thinner saves metal and machining; it must still take the countersunk heads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radius of the inside corner: at least the radius of the end mill; larger is stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close both ends with triangular webs: much stiffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End webs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screw holes in each flange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holes per flange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric countersunk screw size (ISO 10642); holes and countersinks follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thickness of what each screw clamps against the bracket: sets the screw length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clamped thickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar stock. Recycled aluminium has the same properties as primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second member is levered away from the first, opening the angle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>300 N, a person leaning on a frame corner (about 30 kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>furniture and frames, indoors or outdoors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small bracket for a cabinet or table frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stiff bracket for a shelving frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 20 mm aluminium extrusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy steel bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy steel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>appliance-foot</name>
    <message>
        <source>side angle {side_angle}° is too steep for a {foot_height} mm tall foot of {foot_diameter} mm: the top would be less than half as wide; lower the angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the foot is too small for a {peg_diameter} mm peg: make it wider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the foot is too small for a {screw_size} screw head: make it wider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stock felt pad fits under a {foot_diameter} mm foot (smallest is {value} mm): make it wider or turn the pad off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foot height {foot_height} mm is too low for a recessed {screw_size} screw: at least {need:.1f} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The foot is too small to hollow out: it is printed solid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacement foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the peg into the appliance&apos;s hole; a drop of glue makes it permanent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{diameter} × {length} mm countersunk wood screw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screw reaches about 10 mm into the appliance or furniture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-adhesive felt pad, Ø {value} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hollow: rinse and cure through the two drain holes underneath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement appliance foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replacement foot for a washing machine, speaker, printer or cabinet. It fits by a press-fit peg in the hole the old foot left, or by a screw, with an optional felt pad underneath. Printed in resin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diameter of the foot at the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the foot, without the peg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper of the side: 0 gives a cylinder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press-fit peg into an existing hole, or a screw through the foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diameter of the hole in the appliance, measured (for the peg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peg diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth of that hole: the peg is as long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peg length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much larger than the hole the peg is: more holds tighter, too much cracks it. Negative for a loose fit to glue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersunk wood screw (for the screw mount).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screw size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recess underneath for a stock self-adhesive felt pad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hollow core with drain holes: less resin, same fit and outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hollow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many feet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance stands on its feet for years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 kg per foot: a 60 kg appliance or piece of furniture on four feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a household appliance, up to 40 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the floor under an appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kitchen or bathroom floors get wiped and splashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sturdy screwed foot for a heavy appliance (solid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washing machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small peg-in foot with a felt pad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screw-on cabinet foot with a felt pad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiny foot for a printer or laptop stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cable-strain-relief</name>
    <message>
        <source>squeeze {squeeze} mm would crush a {cable_diameter} mm cable: at most {limit:.2f} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower half with captive nuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper half; print groove up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{thread} × {screw_length} mm socket head cap screw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{thread} hex nut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{diameter} × 16 mm countersunk wood screw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the nuts into the hexagonal pockets under the base before assembly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tighten until the halves touch: the cable is then squeezed by {squeeze} mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cable strain relief clamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A two-part clamp that grips a cable so a pull on it does not reach the terminals. Measure the cable, choose how firmly to squeeze it, and screw the clamp down inside the appliance, lamp base or desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside diameter of the cable, measured with calipers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cable diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the closed clamp presses the cable (diameter reduction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squeeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the clamp along the cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clamp length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plastic around the cable channel. Thinner uses less plastic; the grip is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket head screws (ISO 4762) and nuts that close the clamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ears with countersunk holes to screw the clamp down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounting ears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many clamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filament.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside an appliance or lamp base, up to 50 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inside of a housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside a housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cable&apos;s pull is held by friction under the screws&apos; clamping force, which a linear model of one part cannot represent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-core lamp flex, about 5 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lamp cord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-core appliance cable (kettle, heater).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance cable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB or audio cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usb cable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thick cable for a workshop machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy cable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contact</name>
    <message>
        <source>Could you make this? {design} (Fabwise package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {facility},</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I would like to have “{design}” made at your workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production package is attached: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(made with Fabwise; check it with: fabwise package verify FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can send the production package (made with Fabwise) as soon as you tell me which files you take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you tell me the price and when it could be ready?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you,</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>device-wall-mount</name>
    <message>
        <source>back height {back_height} mm leaves no room for the screws above a {lip_height} mm lip: at least {need:g} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a holder {width:.0f} mm wide is too narrow for two screws: use one screw (it needs {need:g} mm for two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall {wall} mm is too thin for {screw_size} countersunk screws: at least {need:g} mm, or pick a smaller screw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print standing on its floor: no supports needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{diameter} × {length} mm countersunk wood screw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside: {wi:g} × {di:g} mm for a {device_width} × {device_depth} mm device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made-to-measure wall holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wall holder for a device you measure: Wi-Fi router, remote control, phone, speaker. Enter its width and thickness; the tray fits it with the clearance you choose, with a slot for the charging cable and a window in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the device, measured across the side that goes into the holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thickness of the device, front to back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap around the device on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the tray&apos;s walls (how much of the device they hold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lip height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the back plate against the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall thickness. Thinner uses less plastic; it still holds a light device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot in the floor for a charging cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cable slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-out in the front lip to reach buttons or see a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall screws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hole count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersunk wall screws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screw size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the device the holder carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filament.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device stands in the tray for years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s device mass, resting on the floor of the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a router or charger warms its holder to about 45 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tray around a warm device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indoors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router standing on its edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pocket for a TV remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TV remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone in its case, charging from below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone charging</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dshaft-knob</name>
    <message>
        <source>flat depth {flat_depth} mm is too deep for a {shaft_diameter} mm shaft: it must stay below the shaft radius (at most {limit:.2f} mm). Flat depth = shaft diameter − across-flat size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knob diameter {knob_diameter} mm is too small for a {shaft_diameter} mm shaft: it must be at least {need:.1f} mm ({MIN_WALL} mm of wall around the bore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knob height {knob_height} mm is too low for a shaft that goes {shaft_length} mm in: it must be at least {need:.1f} mm (bore + top wall); lower the shaft length or raise the knob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a set screw needs the shaft to go at least {MIN_SET_SCREW_INSERTION} mm into the knob (shaft length is {shaft_length} mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knob diameter {knob_diameter} mm leaves no room for the shortest M3 set screw ({value} mm): make the knob wider or turn the set screw off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label size {label_size} mm is too large for a {knob_diameter} mm knob: at most {max_h:.1f} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label &apos;{text}&apos; is about {width:.0f} mm wide and does not fit on the top (about {max_w:.0f} mm available): shorten it or make the text smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knob is too small to hollow out: it is printed solid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{thread} × {length} mm hex socket set screw, cup point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap the {tap_drill} mm side hole with an {thread} tap, or let the set screw cut its own thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print upright as modelled (bore opening on the bed) so the D-profile is exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knob for a {shaft_diameter} mm D-shaft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement D-shaft knob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replacement knob for a cooker, appliance or potentiometer D-shaft. Measure the shaft (diameter, across-flat size, how far it goes in), pick a grip, and add an index mark, a short engraved label or a set screw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diameter of the round part of the shaft (measure with calipers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaft diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How deep the flat cuts into the shaft: shaft diameter minus the size measured across the flat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the shaft goes into the knob.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaft length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra gap added around the shaft. Raise it if the knob is too tight on your printer, lower it for a firmer push fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer diameter of the knob.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knob diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the knob.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knob height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finger grip around the side: rounded ribs, fine straight knurl, or smooth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hollow the knob from below around a central hub: less plastic, same fit and look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hollow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall thickness of the hollow knob (side, top and hub). Thinner uses less plastic and the fit does not change, but the hub gets weaker: `fabwise fit` says how thin still holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an M3 set screw that presses on the flat, for shafts that need a firm grip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set screw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engrave a pointer line on the top, on the side of the flat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short text engraved on the top (e.g. &apos;HOB 2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter height of the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filament. PETG or ABS for knobs near heat (cookers); PLA softens at about 55 °C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firm twist on a stiff control: the fingers hold the grip, the shaft&apos;s flat pushes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.3 N·m, a firm twist on a stiff rotary control; not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a knob on a cooker&apos;s front panel reaches about 60 °C while the oven is on; not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cooker&apos;s knob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLA softens at about 55 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooker/oven knob on a 6 mm D-shaft with a 4.5 mm flat (check your shaft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooker 6mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small knurled knob for a 6 mm D-shaft potentiometer or encoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pot 6mm small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knob for a 1/4 in (6.35 mm) D-shaft with a set screw (audio gear, appliances).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter inch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooker knob with an engraved label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eco-factors</name>
    <message>
        <source>world-average electricity mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU-average electricity mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electricity mix ({grid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} end of life ({route})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard {stock} size {size} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laser cutting speed in {thickness} mm {material}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{machine} cutting rate in {material}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mode} emissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mode} energy use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{machine} {figure} for {material}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{machine} {figure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} {figure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carbon footprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3D printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resin printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>powder-bed printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laser cutter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNC router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNC mill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNC machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>van delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lorry delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rail freight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bicycle delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sea freight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>air freight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>car delivery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eco-report</name>
    <message>
        <source>No footprint was computed for this variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material dominates this variant&apos;s footprint ({pct}): a lower-carbon or recycled material, or less material, saves the most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturing electricity dominates ({pct}) on the {grid} grid ({g_kwh:.0f} g CO2e/kWh): a facility on a cleaner grid or a shorter machine time saves the most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturing electricity dominates ({pct}) on the facility&apos;s own grid ({g_kwh:.0f} g CO2e/kWh): a facility on a cleaner grid or a shorter machine time saves the most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport dominates ({pct}): {distance} by {mode}; a closer facility or another mode saves the most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of life dominates ({pct}): keeping the product in use and recycling it matters more than how it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport is {share:.0%} of the total here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material (incl. waste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturing energy</source>
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
        <source>proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score:.1f} of {scale_max:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relies on proxy or estimated data: {names} and {more} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relies on proxy or estimated data: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engraving</name>
    <message>
        <source>{rtl} ({scripts}) are written right to left, and engraving draws letters left to right without joining them, so they would come out reversed; use Latin, Greek or Cyrillic letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{complex_chars} ({why}) need text shaping (joined letters, placed marks), which engraving does not do; use Latin, Greek or Cyrillic letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engraving font has no glyph for {missing}: it would be engraved as an empty box; remove or replace those characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>finger-box</name>
    <message>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span_name} {span} mm is too small for {finger} mm fingers in {t} mm sheet: it must be at least {need:g} mm (three fingers plus the sheet); make it bigger or the fingers narrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finger width {finger_width} mm is too narrow for {t} mm sheet: use at least {value:g} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is engraved on the lid: turn the lid on or clear the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text size {size} mm does not fit the lid: at most {room_h:.0f} mm for a {width} mm wide box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; at {size} mm is about {width:.0f} mm long; the lid has about {room_w:.0f} mm: shorten the text or make it smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut from {t} mm sheet; outlines include a kerf allowance of {kerf} mm (each cut line sits {value} mm outside the part).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lid text was reduced to {size:.1f} mm to fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glue the finger joints with {glue}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laser-cut finger-joint box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A box of five laser-cut panels that interlock with finger joints, plus an optional lid with an engraved name. Outer size, sheet, finger width and kerf allowance are yours to set; the fingers are spread evenly along each edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer length of the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer width of the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer height without the lid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet thickness: stock sheets are 3, 4 or 6 mm. Measure your sheet: the fingers are as deep as the sheet is thick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target finger width; the fingers are adjusted so each edge holds an odd number of equal fingers. Wider fingers mean a shorter cut (less laser time); the box is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finger width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of material the laser burns away. Each outline is moved out by half of it so the joints stay tight; ask your workshop for their value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glue the joints (stronger; the box can no longer be taken apart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a loose lid with a locator underneath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or word engraved on the lid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lid text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter height of the engraving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indoor room, up to 35 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an indoor storage box; not for food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the box will hold is not declared, and glued finger joints are not modelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long narrow box for pens and pencils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pencil box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift box with an engraved lid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keepsake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open crate in 6 mm plywood for a shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage crate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear acrylic cube with a lid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acrylic display</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fit</name>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>humid air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>splashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>immersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template says: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service temperature {max_c:g} °C ({part})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no softening temperature on record for {material}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{material} softens at about {limit:g} °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{softens}; {where} reaches {max_c:g} °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{material} keeps its shape to about {limit:g} °C; {where} reaches {max_c:g} °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outdoors in sunlight ({part})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no UV rating on record for {material}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{material} is rated {grade} in sunlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>water: {water} ({part})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no water rating on record for {material}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{material} is rated {grade} with water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{material} is declared for food contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{material} is not for food contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no food-contact declaration on record for {material}: ask the maker for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>food contact ({part})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the material row agrees ({value:g} °C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the material row says {value:g} °C: the statement is off by {gap:.0f} K; correct one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template declares no conditions of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no load case: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flatpack-stool</name>
    <message>
        <source>arch height {arch_height} mm is too high for a {height} mm stool: at most {limit:.0f} mm, so {MIN_WEB:g} mm of wood stays under the cross joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footprint {footprint} mm is too narrow for a {height} mm tall stool: at least {need:.0f} mm ({STABILITY_RATIO:g} × height) so it does not tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footprint {footprint} mm is narrower than the legs under a {seat_diameter} mm seat ({top:.0f} mm): widen the footprint or use a smaller seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dog-bone reliefs are sized for a {bit_diameter} mm bit: cut with that bit or smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide the leg with the top slot down over the other, put the seat on the tabs, then drill the screw pilot holes into the leg edges through the seat holes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat-pack stool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stool routed from one board: two legs slide together in a cross and a round seat sits on their tabs, fixed with four screws. Ships flat, assembles with one tool, comes apart again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diameter of the round seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat height from the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of each leg at the floor; wider stands steadier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board thickness. 15 and 18 mm take confirmat screws, 12 mm wood screws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the arch cut out between the feet: the stool stands on four feet (steady on uneven floors) and weighs less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arch height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra width of slots and mortises over the board thickness, so parts slide together. Raise it if your board is thicker than nominal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diameter of the router bit; inner corners get reliefs of this size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bit diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person sits down heavily; each leg carries half through its top edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an indoor stool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard stool, 45 cm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen stool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stool for children or as a footrest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kids stool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tall stool for a counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar stool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light side stool from 12 mm plywood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light 12mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <source>{title}: −{amount} CO2e, −{saving_pct:.0f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} would save {amount} CO2e ({saving_pct:.0f} %) but fails: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} cannot make this variant ({missing})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make it at {label} instead of {here}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{condition}: safety factor {safety_factor:.2g} (needs {required:g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit for use not checked: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template declares no conditions of use: fitness not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still holds every condition of use (lowest safety factor {sf:.1f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still holds every condition of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit for use unknown for: {conditions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template warns: “{said}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new} instead of {old}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} {value} instead of {current}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: no known facility can make it ({build})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs {build}: made at {label} ({distance_km}) instead of {label2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{distance} further than {here}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{distance} closer than {here}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered by {transport_mode} instead of {transport_mode2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its machines and materials are not on record: assumed able to make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine time {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-time cost {sign}{delta:.2f} {currency} (rates {hourly_rate:g} and {hourly_rate2:g} {currency}/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product mass {sign}{mass_delta:.0f} g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repairability {before:.1f} → {after} (Fabwise, after EU 2023/1669)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes the product: check it still suits its use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs {processes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relies on proxy/estimated data: {factors} (sources in the eco report)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hardware</name>
    <message>
        <source>{diameter} mm countersunk wood screw, {length} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{thread} × {length} mm countersunk hex socket screw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{thread} hex nut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lamp-shade</name>
    <message>
        <source>the shade flares {flare:.0f} mm over a height of {height} mm: more than 45°, it cannot print without support; make it taller or the diameters closer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shade&apos;s bottom must be at least as wide as its top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shade top diameter {top_diameter} mm is too small for a {ring_hole} mm holder hole with vent holes: at least {need:g} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shade top diameter {top_diameter} mm is too small for a {ring_hole} mm holder hole: at least {need:g} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {shade_height} mm shade would hit the base: the stem must be at least {need:g} mm (it is {stem_height} mm)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>making</name>
    <message>
        <source>{name}: electricity source unknown, its country grid is assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: machines assumed (inventory not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no delivery distance given: transport counted as 0 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery distance {km:.1f} km is the straight line from {origin} (roads are longer; precision: {precision})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery distance {km:.1f} km is the straight line from {origin} (roads are longer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a place without a facility gives no distance: transport counted as 0 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{facility} has no coordinates: delivery distance counted as 0 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshop within {radius:.0f} km of {place} can make this design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshop anywhere can make this design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a larger distance, another material or process, or add your own workshop (fabwise facilities add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a larger distance, another material or process, or add your own workshop (fabwise facilities add); to try the flow, turn on “Show example workshops”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} workshop within {radius:.0f} km of {place} can make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} workshops within {radius:.0f} km of {place} can make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} workshop nearest to {place} (none within reach) can make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} workshops nearest to {place} (none within reach) can make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and {count} example workshop (fictional, listed last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and {count} example workshops (fictional, listed last)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>order</name>
    <message>
        <source>price not established: {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, partly typical fab-lab prices (not the workshops&apos; own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{facility}: no distance to you known, transport counted as 0 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{facility} publishes no prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{facility}: {item} (and {more} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{facility}: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its workshops quote in {currencies}, which Fabwise does not convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated from the volume model; each package carries the quote from its sliced jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought hardware not included: no price source, the same in every plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quoted in {currency}, not comparable with the plans in {usual} (Fabwise does not convert currencies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the split saves {saving} against one workshop ({parcels} parcels instead of 1; estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one workshop saves {saving} and {parcels} parcel(s) against the split (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated; within the data&apos;s uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parts} at {facility} ({distance})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the order across {count} workshops ({who}): −{saving}, −{pct:.0f} % ({estimated}); {count} parcels instead of 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make every part at {facility} ({distance}): −{saving}, −{pct:.0f} % ({estimated}); {fewer} parcel fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make every part at {facility} ({distance}): −{saving}, −{pct:.0f} % ({estimated}); {fewer} parcels fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distance unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>params</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {options}</source>
        <extracomment>``file:line`` where the designer declared it (found when it is made; for error messages)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to {count} characters, printable characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any text, printable characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} = {value}{unit} is out of range: allowed {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} needs a number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} needs a finite number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} needs a number, got &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: unknown unit &apos;{unit}&apos;, use &apos;{expected}&apos; (or cm, m, in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: unknown unit &apos;{unit}&apos;, use &apos;{expected}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: unknown unit &apos;{unit}&apos;, use no unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be true or false, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: material {value} is not allowed: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: choice {value} is not allowed: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} needs text, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {length} characters long: at most {limit} allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} contains control characters: use plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} &apos;{value}&apos; cannot be engraved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be {grouped} or {decimal}: type it without the comma, or with a point for decimals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pipe-clip</name>
    <message>
        <source>standoff {standoff} mm is too small for a {wall} mm wall: at least {need:g} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip width {clip_width} mm is too narrow for a {screw_size} screw head: at least {need:g} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall {wall} mm is too stiff to snap over a {pipe_diameter} mm pipe: at most {limit:.1f} mm (a quarter of the diameter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snap clip for {pipes} × {pipe_diameter} mm pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{diameter} × {length} mm countersunk wood screw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screw the clip to the wall first, then press the pipe in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap-in pipe clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wall clip that snaps over a pipe, tube, rod or cable bundle, made to the diameter you measure. Holds one to four of them side by side; SLS-printed in PA12 so it springs open and back without cracking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside diameter of the pipe, measured with calipers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radial play around the pipe: negative grips tighter, positive lets it slide (for hot pipes that expand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many pipes side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the clip along the pipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thickness of the ring. Thinner uses less powder and snaps on more easily; it still holds the pipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap from the wall to the pipe surface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersunk wall screws, one on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screw size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many clips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLS powder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A horizontal water-filled pipe hangs in the clip, along the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 kg per clip: about a metre of water-filled 22 mm copper pipe between clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hot-water pipe at about 60 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hot-water pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipes sweat and drip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 mm copper water pipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copper 15mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>22 mm copper heating pipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copper 22mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two 20 mm electrical conduits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduit 20mm double</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin rod or cable, loose enough to slide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curtain rod 8mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plywood-lamp</name>
    <message>
        <source>a {base_diameter} mm base is too small under a {shade_bottom_diameter} mm shade: at least {need:.0f} mm ({STABILITY_RATIO:g} × the shade) so the lamp does not tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plywood disc: tube, screw and foot holes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flange and stem around the lamp tube; print flange down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its peg sits in the base; lifts it so the cord leaves underneath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print top down as modelled (vase-like)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lamp_holder} lamp holder with shade ring, M10×1 female thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M10×1 threaded lamp tube, {tube} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M10×1 lamp nut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ST2.9 × {p} mm pan head self-tapping screw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-core lamp flex with plug and in-line switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two workshops can share this lamp: the base is laser-cut, hub, feet and shade are printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an LED bulb: incandescent bulbs get hot enough to soften printed plastic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting the holder and plug is mains wiring: have it done or checked by a competent person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread the cord up the tube from under the base; the feet leave {FOOT_H} mm for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table lamp with plywood base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table lamp whose base is a laser-cut plywood disc and whose hub, feet and shade are printed, built on standard lamp parts (M10×1 tube, E27 or E14 holder). The shade is held by the holder&apos;s shade ring; the hub unscrews from the base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diameter of the plywood base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thickness of the plywood (or MDF) sheet the base is cut from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base thickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the printed stem above the base&apos;s flange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stem height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside diameter of the stem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stem diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diameter of the shade at its open bottom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade bottom diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diameter of the shade at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade top diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the shade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade wall thickness. Thinner uses less plastic and lets more light through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eight vent holes around the holder let warm air out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vent holes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulb socket of the lamp holder you buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lamp holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hole for the holder&apos;s threaded sleeve, under the shade ring. About 40 mm for E27 and 28 mm for E14 holders; measure your holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade ring hole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet for the laser-cut base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed hub and feet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed shade. Light colours and thin walls glow; PETG stands heat better than PLA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk lamp with a cone shade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small bedside lamp with an E14 holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedside e14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tall reading lamp on a wide MDF base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shade&apos;s top is clamped to the lamp holder, which an LED bulb&apos;s base warms to about 60 °C; not measured (an incandescent bulb would be far hotter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shade at the lamp holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indoor room, up to 35 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an indoor table lamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLA softens at about 55 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parts carry only their own weight and the bulb&apos;s, a few newtons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>repairability</name>
    <message>
        <source>no tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proprietary tool ({tool})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic tool ({tool})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specific tool ({tool})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part}: {how} joined to {others}, cannot be removed without damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part}: {how} joint, neither removable nor reusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part}: permanently joined to {others}, cannot be removed without damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part}: permanent joint, neither removable nor reusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: separation would be destructive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {steps} joint(s) to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: weakest fastener {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: nothing fastens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: declared spare, held by non-standard hardware ({odd})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: declared spare, exported on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not declared as a spare part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair/disassembly sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bill of materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part files (STEP/DXF/STL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package contains {present}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package contains {present}; no repair sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package contains only {present}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no documentation supplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the declared spare part(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every part (the template declares no spare part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean over {which}: {basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure and weights: {structure_source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority parts: {which}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelf-bracket</name>
    <message>
        <source>{n} holes at {spacing} mm spacing with a gusset need a height of at least {need:.0f} mm (height is {height} mm): raise the height, use fewer holes or a smaller spacing, or turn the gusset off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} holes at {spacing} mm spacing need a height of at least {need:.0f} mm (height is {height} mm): raise the height or use fewer holes or a smaller spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {screw_size} screw with screw covers needs a thickness of at least {need:.1f} mm (thickness is {thickness} mm): make it thicker, pick a smaller screw or turn the covers off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {screw_size} screw needs a thickness of at least {need:.1f} mm (thickness is {thickness} mm): make it thicker, pick a smaller screw or turn the covers off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L-bracket, printed on its side as modelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{diameter} × {wall_len} mm countersunk wood screw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{diameter} × {SHELF_SCREW_LENGTH} mm countersunk wood screw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press-in cap hiding a wall-screw head; print flat side down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the bracket on its side as modelled: layer lines then follow the L profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill {value} mm holes in the wall for the plugs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall shelf bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printed L-bracket for a wall shelf, with an optional truss gusset, countersunk holes sized for the wall screw you choose, press-in caps that hide the screw heads, and screw holes at the tip to fix the shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the arm reaches out from the wall: about the depth of the shelf board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the plate against the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the bracket along the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thickness of the wall plate, arm and gusset. Thinner uses less plastic and still fits; it also carries less load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A diagonal strut under the arm: much stiffer, a little more plastic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gusset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of wall screws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hole count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance between wall-screw holes, centre to centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hole spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diameter of the countersunk wall screw; the hole, countersink and wall plug follow from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screw size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recess the screw heads and print caps that press in over them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screw covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many brackets (a shelf needs two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most the shelf will carry, board included; two brackets share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filament. PETG creeps less than PLA under a constant load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shelf and what is on it, resting on the arm for years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s shelf load, shared equally by the two brackets of one shelf, spread along the arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indoor room, up to 35 °C on a hot summer day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an indoor shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light shelf up to ~10 cm deep: spices, small plants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book shelf about 15 cm deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep shelf, 25 cm, three 5 mm screws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>side-table</name>
    <message>
        <source>arch height {arch_height} mm is too high for a {height} mm table: at most {limit:.0f} mm, so {MIN_WEB:g} mm of wood stays under the cross joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footprint {footprint} mm is too narrow for a {height} mm tall table: at least {need:.0f} mm ({STABILITY_RATIO:g} × height) so it does not tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footprint {footprint} mm is narrower than the legs under a {top_diameter} mm top ({top:.0f} mm): widen the footprint or use a smaller top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slides over a leg&apos;s foot; print standing as modelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two workshops can share this table: the plywood is CNC-routed, the foot caps printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dog-bone reliefs are sized for a {bit_diameter} mm bit: cut with that bit or smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide the leg with the top slot down over the other, put the top on the tabs, drill the screw pilot holes into the leg edges through the top, then push a cap onto each foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side table with printed feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round side table routed from one plywood board (two legs that slide together in a cross, a top on their tabs, four screws) standing on four printed foot caps that protect the floor and the plywood&apos;s end grain. Ships flat, comes apart again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diameter of the round top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the top from the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of each leg at the floor; wider stands steadier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board thickness; both take confirmat screws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the arch cut out between the feet: the table stands on four feet (steady on uneven floors) and uses less wood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arch height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thickness of the printed sole under each foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra width of slots and mortises over the board thickness, so parts slide together. Raise it if your board is thicker than nominal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diameter of the router bit; inner corners get reliefs of this size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bit diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed foot caps; PETG is tougher underfoot than PLA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside a sofa, 55 cm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sofa side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small bedside table from 15 mm board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tall plant stand on recycled-PETG feet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plant stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A side table gets sat on; each leg carries half through its top edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misuse as a seat: the 1300 N seat static load for domestic seating in EN 12520 as usually quoted (standard text not consulted), as for the flat-pack stool; shared by the two legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an indoor side table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>table-lamp</name>
    <message>
        <source>hollow base; print upside down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes the base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slides over the lamp tube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print top down as modelled (vase-like)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{holder} lamp holder with shade ring, M10×1 female thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M10×1 threaded lamp tube, {tube} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M10×1 lamp nut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ST2.9 × 9.5 mm countersunk self-tapping screw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-core lamp flex with plug and in-line switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an LED bulb: incandescent bulbs get hot enough to soften printed plastic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting the holder and plug is mains wiring: have it done or checked by a competent person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cable leaves the base through a {CABLE_HOLE} mm hole: grip it inside, e.g. with the cable strain relief template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table lamp with replaceable shade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printed table lamp built on standard lamp parts (M10×1 tube, E27 or E14 holder). The shade is held only by the holder&apos;s shade ring: unscrew it by hand to swap or reprint the shade. The base opens with three screws for repairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diameter of the base at the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall of the hollow base. Thinner uses less plastic; the base still carries the lamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the stem between base and lamp holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stem height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside diameter of the stem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stem diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diameter of the shade at its open bottom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade bottom diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diameter of the shade at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade top diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the shade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade wall thickness. Thinner uses less plastic and lets more light through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eight vent holes around the holder let warm air out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vent holes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulb socket of the lamp holder you buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lamp holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hole for the holder&apos;s threaded sleeve, under the shade ring. About 40 mm for E27 and 28 mm for E14 holders; measure your holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade ring hole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base, stem and bottom plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade. Light colours and thin walls glow; PETG stands heat better than PLA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shade&apos;s top is clamped to the lamp holder, which an LED bulb&apos;s base warms to about 60 °C; not measured (an incandescent bulb would be far hotter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shade at the lamp holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indoor room, up to 35 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an indoor table lamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLA softens at about 55 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parts carry only their own weight and the bulb&apos;s, a few newtons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk lamp with a cone shade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small bedside lamp with an E14 holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedside e14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tall lamp with a drum shade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
