"""Functions rule expressions may call: factor look-ups that record which factor they used.

Each function returns an :class:`Interval` taken from a sourced factor row and appends the factor
id to the evaluation's ``used`` list, which is how every reported number stays traceable.
"""

from __future__ import annotations

import itertools
from typing import Any

from eco_rules.expr import EvalEnv, EvalError, FunctionSpec, Type
from eco_rules.factors import EOL_ROUTES, FactorBook
from eco_rules.interval import Interval
from eco_rules.machining import cutting_hours, standard_stock


def build_functions(book: FactorBook) -> dict[str, FunctionSpec]:
    """The function table for rule expressions, bound to one factor book."""

    def material_factor(quantity: str) -> Any:
        def impl(env: EvalEnv, material: str) -> Interval:
            factor = book.material.get((material, quantity))
            if factor is None:
                raise EvalError(f"no {quantity} factor for material '{material}'")
            env.used.append(factor.id)
            return factor.interval

        return impl

    def eol_carbon(env: EvalEnv, material: str, route: str) -> Interval:
        routes = {r: book.eol[(material, r)] for r in EOL_ROUTES if (material, r) in book.eol}
        if not routes:
            raise EvalError(f"no end-of-life factor for material '{material}'")
        chosen = routes.get(route)
        if chosen is None:
            chosen = next(iter(routes.values()))
            env.notes.append(
                f"end of life: route '{route}' does not apply to {material}; "
                f"'{chosen.id.rsplit('.', 1)[-1]}' used"
            )
        env.used.append(chosen.id)
        env.used.extend(f.id for f in routes.values() if f is not chosen)
        low = min(f.low for f in routes.values())
        high = max(f.high for f in routes.values())
        return Interval(low, chosen.value, high)

    def param(env: EvalEnv, factor_id: str) -> Interval:
        factor = book.process[factor_id]
        env.used.append(factor.id)
        return factor.interval

    def check_param(factor_id: str) -> str | None:
        if factor_id in book.process:
            return None
        return "no such process factor in process_factors.csv"

    def laser_speed(env: EvalEnv, material: str, thickness: float) -> Interval:
        table = book.laser_speeds.get(material)
        if not table:
            raise EvalError(f"no laser cutting speed for material '{material}'")
        if thickness <= 0:
            raise EvalError("laser cutting needs a sheet thickness > 0")
        for (t0, f0), (t1, f1) in itertools.pairwise(table):
            if t0 <= thickness <= t1:
                env.used.extend((f0.id, f1.id))
                share = (thickness - t0) / (t1 - t0) if t1 > t0 else 0.0
                return f0.interval * (1.0 - share) + f1.interval * share
        edge_t, edge = table[0] if thickness < table[0][0] else table[-1]
        env.used.append(edge.id)
        env.notes.append(
            f"laser speed for {thickness:g} mm {material} scaled from the {edge_t:g} mm figure "
            "(speed taken as inversely proportional to thickness: an extrapolation)"
        )
        return edge.interval * (edge_t / thickness)

    def cnc_cutting_hours(env: EvalEnv, process: str, material: str, removed: Interval) -> Interval:
        try:
            hours, ids = cutting_hours(book, process, material, removed)
        except KeyError as exc:
            raise EvalError(str(exc.args[0])) from None
        env.used.extend(ids)
        return hours

    def printer_power(env: EvalEnv, material: str) -> Interval:
        factor = book.process.get(f"process.fdm.mean_power_w.{material}")
        if factor is None:
            factor = book.process["process.fdm.mean_power_w"]
            env.notes.append(f"no printer power for {material}'s temperatures: the generic figure is used")
        env.used.append(factor.id)
        return factor.interval

    def stock_volume(env: EvalEnv, material: str, x: float, y: float, z: float) -> Interval:
        part = env.context  # the PartResult being evaluated, when the engine passes it: its mesh
        vertices = getattr(part, "vertices", None)
        faces = getattr(part, "faces", None)
        stock = standard_stock(book, material, (x, y, z), vertices, faces)
        env.used.extend(stock.factor_ids)
        (env.info if stock.standard else env.notes).append(f"stock for {material}: {stock.description}")
        return stock.volume_mm3

    def transport_factor(quantity: str) -> Any:
        def impl(env: EvalEnv, mode: str) -> Interval:
            factor = book.transport.get((mode, quantity))
            if factor is None:
                raise EvalError(f"no transport {quantity} factor for mode '{mode}'")
            env.used.append(factor.id)
            return factor.interval

        return impl

    def per_vehicle(env: EvalEnv, mode: str) -> bool:
        return book.transport_basis.get(mode) == "vkm"

    return {
        "material_carbon": FunctionSpec(
            "material_carbon",
            (Type.STR,),
            Type.QTY,
            material_factor("carbon"),
            "cradle-to-gate kg CO2e per kg of the material",
        ),
        "material_energy": FunctionSpec(
            "material_energy",
            (Type.STR,),
            Type.QTY,
            material_factor("energy"),
            "cradle-to-gate MJ per kg of the material",
        ),
        "eol_carbon": FunctionSpec(
            "eol_carbon",
            (Type.STR, Type.STR),
            Type.QTY,
            eol_carbon,
            "kg CO2e per kg at end of life for a route; bounds span the material's routes",
        ),
        "param": FunctionSpec(
            "param", (Type.STR,), Type.QTY, param, "a process factor by id", literal_checks={0: check_param}
        ),
        "laser_speed": FunctionSpec(
            "laser_speed",
            (Type.STR, Type.NUM),
            Type.QTY,
            laser_speed,
            "laser cutting speed in mm/s for a material and sheet thickness",
        ),
        "cnc_cutting_hours": FunctionSpec(
            "cnc_cutting_hours",
            (Type.STR, Type.STR, Type.QTY),
            Type.QTY,
            cnc_cutting_hours,
            "hours the spindle cuts: removed mm3 / removal rate (eco_rules.machining)",
        ),
        "printer_power": FunctionSpec(
            "printer_power",
            (Type.STR,),
            Type.QTY,
            printer_power,
            "typical FDM printer mean draw in W for a material's nozzle and bed temperatures",
        ),
        "stock_volume": FunctionSpec(
            "stock_volume",
            (Type.STR, Type.NUM, Type.NUM, Type.NUM),
            Type.QTY,
            stock_volume,
            "mm3 of the smallest standard stock holding a bounding box (eco_rules.machining)",
        ),
        "transport_carbon": FunctionSpec(
            "transport_carbon",
            (Type.STR,),
            Type.QTY,
            transport_factor("carbon"),
            "kg CO2e per tonne-km (per vehicle-km for per-vehicle modes)",
        ),
        "transport_energy": FunctionSpec(
            "transport_energy",
            (Type.STR,),
            Type.QTY,
            transport_factor("energy"),
            "MJ per tonne-km (per vehicle-km for per-vehicle modes)",
        ),
        "transport_per_vehicle": FunctionSpec(
            "transport_per_vehicle",
            (Type.STR,),
            Type.BOOL,
            per_vehicle,
            "true when a mode's factor is per vehicle-km (e.g. car), not per tonne-km",
        ),
    }
