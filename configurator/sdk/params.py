"""Typed template parameters: what a consumer may change, within which limits.

A :class:`Parameter` carries the facts a parameter panel, a validator, the CLI and the eco-guide need:
kind, default, minimum, maximum, step, unit, group, help and whether the eco-guide may tune it. Use the
constructors (:func:`Length`, :func:`Angle`, :func:`Count`, :func:`Number`, :func:`Toggle`,
:func:`Choice`, :func:`Text`, :func:`MaterialSlot`) in templates.

Values arrive as Python values (GUI) or strings (CLI); :meth:`Parameter.coerce` turns either into the
canonical type or raises :class:`ParamValueError` with a message that names the parameter and the
allowed range.
"""

from __future__ import annotations

import math
import re
import typing
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from configurator.sdk.declared import DeclarationError, declaration_site
from configurator.sdk.i18n import translate

Value = float | int | bool | str


class ParamKind(StrEnum):
    LENGTH = "length"
    ANGLE = "angle"
    COUNT = "count"
    NUMBER = "number"
    TOGGLE = "toggle"
    CHOICE = "choice"
    TEXT = "text"
    MATERIAL = "material"


NUMERIC_KINDS = frozenset({ParamKind.LENGTH, ParamKind.ANGLE, ParamKind.COUNT, ParamKind.NUMBER})

_LENGTH_UNITS_MM = {"mm": 1.0, "cm": 10.0, "m": 1000.0, "in": 25.4, '"': 25.4}
# Other ways people write the length units (English, French and German spellings), by unit.
_LENGTH_SPELLINGS = {
    "mm": ("millimeter", "millimeters", "millimetre", "millimetres", "millimètre", "millimètres"),
    "cm": (
        "cms",
        "centimeter",
        "centimeters",
        "centimetre",
        "centimetres",
        "centimètre",
        "centimètres",
        "zentimeter",
    ),
    "m": ("meter", "meters", "metre", "metres", "mètre", "mètres"),
    "in": ("inch", "inches", "zoll", "pouce", "pouces"),
}
_LENGTH_UNIT_NAMES = {
    spelling: unit for unit, spellings in _LENGTH_SPELLINGS.items() for spelling in spellings
}
_DEGREE_SPELLINGS = frozenset({"deg", "°", "degree", "degrees", "degré", "degrés", "grad"})
# A number whose thousands are grouped with a space (``1 500``; Qt writes French numbers with a
# no-break space).
_SPACE_GROUPED = re.compile(r"^([-+]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?!\d)")
_NUMBER_AND_UNIT = re.compile(r"([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*([^\W\d_]*|[\"°%])")
_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}
_IDENT = re.compile(r"^[a-z][a-z0-9_]*$")


class ParamValueError(ValueError):
    """A single value is not acceptable for its parameter.

    The message names the parameter as typed in files and on the command line (``shade_height``);
    ``titled`` is the same message naming it as the window shows it ("Shade height"), in the
    current language."""

    def __init__(self, message: str, titled: str | None = None) -> None:
        super().__init__(message)
        self.titled = titled


def _default_group(group: str) -> str:
    """The constructors' default group names, in the current language (a template's own are its own)."""
    defaults = {
        "General": translate("params", "General"),
        "Size": translate("params", "Size"),
        "Shape": translate("params", "Shape"),
        "Options": translate("params", "Options"),
        "Personalise": translate("params", "Personalise"),
        "Material": translate("params", "Material"),
    }
    return defaults.get(group, group)


@dataclass(frozen=True)
class Parameter:
    """One declared parameter. Build these with the constructor functions below."""

    name: str
    kind: ParamKind
    default: Value
    label: str = ""
    minimum: float | None = None
    maximum: float | None = None
    step: float | None = None
    unit: str = ""
    group: str = "General"
    help: str = ""
    eco_tunable: bool = False
    options: tuple[str, ...] = ()
    max_length: int | None = None
    #: ``file:line`` where the designer declared it (found when it is made; for error messages)
    declared_at: str = field(default="", compare=False, repr=False)

    def __post_init__(self) -> None:
        site = self.declared_at or declaration_site()
        object.__setattr__(self, "declared_at", site)
        object.__setattr__(self, "group", _default_group(self.group))
        try:
            self._check_declaration()
        except ValueError as exc:
            raise DeclarationError(str(exc), site) from None

    def _check_declaration(self) -> None:
        if not _IDENT.match(self.name):
            raise ValueError(f"parameter name '{self.name}' must be lower_snake_case (letters, digits, _)")
        if self.kind in NUMERIC_KINDS:
            if self.minimum is None or self.maximum is None:
                raise ValueError(f"parameter '{self.name}' needs a minimum and a maximum")
            if self.minimum > self.maximum:
                raise ValueError(f"parameter '{self.name}': minimum is greater than maximum")
            if self.step is not None and self.step <= 0:
                raise ValueError(f"parameter '{self.name}': step must be positive")
        if self.kind in (ParamKind.CHOICE, ParamKind.MATERIAL) and not self.options:
            raise ValueError(f"parameter '{self.name}' needs at least one option")
        if self.eco_tunable and self.kind not in NUMERIC_KINDS | {ParamKind.TOGGLE}:
            raise ValueError(f"parameter '{self.name}': only numeric or toggle parameters can be eco-tunable")
        # The default must itself be valid: a template that ships an invalid default is broken.
        try:
            canonical = self.coerce(self.default)
        except ParamValueError as exc:
            raise ValueError(f"parameter '{self.name}': default is invalid: {exc}") from exc
        object.__setattr__(self, "default", canonical)

    @property
    def title(self) -> str:
        return self.label or self.name.replace("_", " ").capitalize()

    def describe_range(self) -> str:
        """The allowed values in words, e.g. ``80–300 mm`` or ``one of pla, petg``."""
        if self.kind in NUMERIC_KINDS:
            unit = f" {self.unit}" if self.unit else ""
            return f"{_fmt(self.minimum)}–{_fmt(self.maximum)}{unit}"
        if self.kind in (ParamKind.CHOICE, ParamKind.MATERIAL):
            return translate("params", "one of {options}").format(options=", ".join(self.options))
        if self.kind is ParamKind.TOGGLE:
            return translate("params", "true or false")
        if self.max_length:
            return translate("params", "up to {count} characters, printable characters").format(
                count=self.max_length
            )
        return translate("params", "any text, printable characters")

    def _invalid(self, message: str, **fields: object) -> ParamValueError:
        """The error for ``message`` (translated, with ``{name}`` and ``fields`` filled in later)."""
        return ParamValueError(
            message.format(name=self.name, **fields), message.format(name=self.title, **fields)
        )

    def coerce(self, raw: object) -> Value:
        """Return the canonical value for ``raw`` or raise :class:`ParamValueError`."""
        if self.kind in NUMERIC_KINDS:
            return self._coerce_number(raw)
        if self.kind is ParamKind.TOGGLE:
            return self._coerce_toggle(raw)
        if self.kind in (ParamKind.CHOICE, ParamKind.MATERIAL):
            return self._coerce_option(raw)
        return self._coerce_text(raw)

    def parse_input(self, text: str, decimal_point: str = ".") -> Value:
        """The value for what a person typed into a field: :meth:`coerce` (units such as
        ``15cm``, ``6in``; the range checked, never clamped) after reading a decimal comma
        (:func:`normalise_decimal`); errors name the parameter by its title."""
        try:
            raw = normalise_decimal(text, decimal_point) if self.kind in NUMERIC_KINDS else text
            return self.coerce(raw)
        except ParamValueError as exc:
            message = exc.titled or str(exc)
            raise ParamValueError(message, message) from None

    def _coerce_number(self, raw: object) -> float | int:
        number = self._parse_number(raw)
        if self.kind is ParamKind.COUNT:
            if not float(number).is_integer():
                raise self._invalid(
                    translate("params", "{name} must be a whole number, got {value}"), value=_fmt(number)
                )
            number = int(number)
        assert self.minimum is not None and self.maximum is not None
        tolerance = 1e-9 * max(1.0, abs(self.maximum))
        if number < self.minimum - tolerance or number > self.maximum + tolerance:
            unit = f" {self.unit}" if self.unit else ""
            raise self._invalid(
                translate("params", "{name} = {value}{unit} is out of range: allowed {allowed}"),
                value=_fmt(number),
                unit=unit,
                allowed=self.describe_range(),
            )
        if self.kind is ParamKind.COUNT:
            return int(number)
        return float(min(max(number, self.minimum), self.maximum))

    def _parse_number(self, raw: object) -> float:
        if isinstance(raw, bool):
            raise self._invalid(translate("params", "{name} needs a number, got {value}"), value=repr(raw))
        if isinstance(raw, int | float):
            number = float(raw)
        elif isinstance(raw, str):
            # a decimal comma reads the same on the command line as in the window (2,5 is 2.5)
            number = self._parse_number_text(normalise_decimal(raw, "."))
        else:
            raise self._invalid(
                translate("params", "{name} needs a number, got {value}"), value=type(raw).__name__
            )
        if not math.isfinite(number):
            raise self._invalid(
                translate("params", "{name} needs a finite number, got {value}"), value=repr(raw)
            )
        return number

    def _parse_number_text(self, text: str) -> float:
        typed = text
        text = text.replace("\u2212", "-")  # the minus sign word processors type
        grouped = _SPACE_GROUPED.match(text)
        if grouped:
            digits = re.sub(r"[ \u00a0\u202f]", "", grouped.group(2))
            text = grouped.group(1) + digits + text[grouped.end() :]
        if len(text) > 1 and text.endswith(".") and (text[-2].isalpha() or text[-2] == '"'):
            text = text[:-1]  # "150 mm." : the full stop of a sentence
        match = _NUMBER_AND_UNIT.fullmatch(text)
        if not match:
            raise self._invalid(translate("params", "{name} needs a number, got '{value}'"), value=typed)
        number, unit = float(match.group(1)), match.group(2).lower()
        if not unit or unit == self.unit.lower():
            return number
        if self.kind is ParamKind.LENGTH:
            unit = _LENGTH_UNIT_NAMES.get(unit, unit)
            if unit in _LENGTH_UNITS_MM:
                return number * _LENGTH_UNITS_MM[unit]
        if self.kind is ParamKind.ANGLE and unit in _DEGREE_SPELLINGS:
            return number
        if self.kind is ParamKind.LENGTH:
            message = translate("params", "{name}: unknown unit '{unit}', use '{expected}' (or cm, m, in)")
        elif self.unit:
            message = translate("params", "{name}: unknown unit '{unit}', use '{expected}'")
        else:
            message = translate("params", "{name}: unknown unit '{unit}', use no unit")
        raise self._invalid(message, unit=unit, expected=self.unit)

    def _coerce_toggle(self, raw: object) -> bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip().lower() in _TRUE | _FALSE:
            return raw.strip().lower() in _TRUE
        if isinstance(raw, int) and raw in (0, 1):
            return bool(raw)
        raise self._invalid(translate("params", "{name} must be true or false, got {value}"), value=repr(raw))

    def _coerce_option(self, raw: object) -> str:
        if not isinstance(raw, str) or raw.strip() not in self.options:
            if self.kind is ParamKind.MATERIAL:
                message = translate("params", "{name}: material {value} is not allowed: {allowed}")
            else:
                message = translate("params", "{name}: choice {value} is not allowed: {allowed}")
            raise self._invalid(message, value=repr(raw), allowed=self.describe_range())
        return raw.strip()

    def _coerce_text(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise self._invalid(
                translate("params", "{name} needs text, got {value}"), value=type(raw).__name__
            )
        if self.max_length is not None and len(raw) > self.max_length:
            raise self._invalid(
                translate("params", "{name} is {length} characters long: at most {limit} allowed"),
                length=len(raw),
                limit=self.max_length,
            )
        if any(not ch.isprintable() for ch in raw):
            raise self._invalid(translate("params", "{name} contains control characters: use plain text"))
        from configurator.sdk.engraving_text import engraving_problem

        problem = engraving_problem(raw)  # text parameters are engraved (Text: "an engraving")
        if problem is not None:
            raise self._invalid(
                translate("params", "{name} '{value}' cannot be engraved: {problem}"),
                value=raw,
                problem=problem,
            )
        return unicodedata.normalize("NFC", raw)


_GROUPED = re.compile(r"^[-+]?\d{1,3}(,\d{3})+(\.\d*)?")


def normalise_decimal(text: str, decimal_point: str = ".") -> str:
    """``text`` with a point as its decimal sign, for :meth:`Parameter.coerce`.

    ``decimal_point`` is the locale's (``.`` or ``,``). With ``,``: a comma is the decimal sign
    and points group thousands (``1.234,5``), a lone point is read as a decimal point too (people
    type it). With ``.``: commas group thousands when a point follows (``1,234.5``); a lone comma
    is a decimal comma (``2,5`` is 2.5) unless it could be a thousands separator (``1,500``),
    which is refused with the two readings to choose from."""
    text = text.strip()
    if "," not in text:
        if decimal_point == "," and text.count(".") > 1:
            return text.replace(".", "")  # 1.234.567
        return text
    if decimal_point == ",":
        return text.replace(".", "").replace(",", ".", 1) if text.count(",") == 1 else text
    if "." in text:
        return text.replace(",", "") if _GROUPED.match(text) else text
    if text.count(",") == 1 and _GROUPED.match(text):
        whole, _, part = text.partition(",")
        digits = re.match(r"\d{3}", part)
        assert digits is not None
        grouped = whole + digits.group(0) + part[3:]
        decimal = whole + "." + part
        raise ParamValueError(
            translate(
                "params",
                "'{text}' could be {grouped} or {decimal}: type it without the comma, "
                "or with a point for decimals",
            ).format(text=text, grouped=grouped, decimal=decimal)
        )
    return text.replace(",", ".", 1) if text.count(",") == 1 else text


def _fmt(number: float | int | None) -> str:
    if number is None:
        return "?"
    if float(number).is_integer() and abs(number) < 1e15:
        return str(int(number))
    return f"{number:g}"  # 1e+308, not 309 digits


def Length(
    name: str,
    default: float,
    minimum: float,
    maximum: float,
    *,
    step: float = 1.0,
    label: str = "",
    group: str = "Size",
    help: str = "",
    eco_tunable: bool = False,
) -> Parameter:
    """A length in millimetres."""
    return Parameter(
        name, ParamKind.LENGTH, default, label, minimum, maximum, step, "mm", group, help, eco_tunable
    )


def Angle(
    name: str,
    default: float,
    minimum: float,
    maximum: float,
    *,
    step: float = 1.0,
    label: str = "",
    group: str = "Shape",
    help: str = "",
    eco_tunable: bool = False,
) -> Parameter:
    """An angle in degrees."""
    return Parameter(
        name, ParamKind.ANGLE, default, label, minimum, maximum, step, "deg", group, help, eco_tunable
    )


def Count(
    name: str,
    default: int,
    minimum: int,
    maximum: int,
    *,
    label: str = "",
    group: str = "Shape",
    help: str = "",
    eco_tunable: bool = False,
) -> Parameter:
    """A whole number of things (holes, slots, shelves)."""
    return Parameter(name, ParamKind.COUNT, default, label, minimum, maximum, 1, "", group, help, eco_tunable)


def Number(
    name: str,
    default: float,
    minimum: float,
    maximum: float,
    *,
    unit: str,
    step: float = 1.0,
    label: str = "",
    group: str = "General",
    help: str = "",
    eco_tunable: bool = False,
) -> Parameter:
    """Any other quantity; ``unit`` says what it measures (``"%"``, ``"kg"``, ``""``)."""
    return Parameter(
        name, ParamKind.NUMBER, default, label, minimum, maximum, step, unit, group, help, eco_tunable
    )


def Toggle(
    name: str,
    default: bool,
    *,
    label: str = "",
    group: str = "Options",
    help: str = "",
    eco_tunable: bool = False,
) -> Parameter:
    """An on/off option."""
    return Parameter(name, ParamKind.TOGGLE, default, label, group=group, help=help, eco_tunable=eco_tunable)


def Choice(
    name: str,
    default: str,
    options: tuple[str, ...] | list[str],
    *,
    label: str = "",
    group: str = "Options",
    help: str = "",
) -> Parameter:
    """One of a fixed set of named options."""
    return Parameter(name, ParamKind.CHOICE, default, label, group=group, help=help, options=tuple(options))


def Text(
    name: str,
    default: str = "",
    *,
    max_length: int = 40,
    label: str = "",
    group: str = "Personalise",
    help: str = "",
) -> Parameter:
    """Free text, e.g. an engraving."""
    return Parameter(name, ParamKind.TEXT, default, label, group=group, help=help, max_length=max_length)


def MaterialSlot(
    name: str,
    default: str,
    options: tuple[str, ...] | list[str],
    *,
    label: str = "",
    group: str = "Material",
    help: str = "",
) -> Parameter:
    """The material of one or more parts, chosen from material ids the template allows."""
    return Parameter(name, ParamKind.MATERIAL, default, label, group=group, help=help, options=tuple(options))


@dataclass(frozen=True)
class Params(Mapping[str, Value]):
    """The validated values a template's build function receives.

    Read a value as an attribute, ``p.pipe_diameter``. A template declares a subclass with one
    annotation per parameter (``class ClipParams(Params): pipe_diameter: float``) and passes it as
    ``Template(params_type=ClipParams)``: mypy then checks every read, and the template checks at
    import that the annotations match the declared parameters (:func:`check_params_type`). The
    string-keyed accessors (``p.num("name")``, ``p.int``, ``p.flag``, ``p.text``) still work.
    """

    data: Mapping[str, Value] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Value:
        if name.startswith("_") or name == "data":
            raise AttributeError(name)
        try:
            return self.data[name]
        except KeyError:
            known = ", ".join(sorted(self.data))
            raise AttributeError(f"no parameter '{name}' (declared: {known})") from None

    def __getitem__(self, key: str) -> Value:
        try:
            return self.data[key]
        except KeyError:
            known = ", ".join(sorted(self.data))
            raise KeyError(f"no parameter '{key}' (declared: {known})") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    def num(self, key: str) -> float:
        value = self[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"parameter '{key}' is not numeric")
        return float(value)

    def int(self, key: str) -> int:
        value = self[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"parameter '{key}' is not a count")
        return value

    def flag(self, key: str) -> bool:
        value = self[key]
        if not isinstance(value, bool):
            raise TypeError(f"parameter '{key}' is not a toggle")
        return value

    def text(self, key: str) -> str:
        value = self[key]
        if not isinstance(value, str):
            raise TypeError(f"parameter '{key}' is not text")
        return value


PYTHON_TYPES: dict[ParamKind, type] = {
    ParamKind.LENGTH: float,
    ParamKind.ANGLE: float,
    ParamKind.NUMBER: float,
    ParamKind.COUNT: int,
    ParamKind.TOGGLE: bool,
    ParamKind.CHOICE: str,
    ParamKind.TEXT: str,
    ParamKind.MATERIAL: str,
}


def check_params_type(params_type: type[Params], parameters: Sequence[Parameter]) -> None:
    """Raise ValueError unless ``params_type`` annotates exactly the declared parameters, each with
    the Python type of its kind (float for lengths, angles and numbers, int for counts, bool for
    toggles, str for the rest), and none hides a method of :class:`Params`."""
    if params_type is Params:
        return
    if not issubclass(params_type, Params):
        raise ValueError(f"{params_type.__name__} must be a subclass of Params")
    hints = {name: hint for name, hint in typing.get_type_hints(params_type).items() if name != "data"}
    problems = []
    declared = {p.name: p for p in parameters}
    for name, param in declared.items():
        want = PYTHON_TYPES[param.kind]
        if name not in hints:
            problems.append(f"'{name}: {want.__name__}' is missing")
        elif hints[name] is not want:
            problems.append(f"'{name}' is a {param.kind.value}: annotate it as {want.__name__}")
        elif hasattr(Params, name):
            problems.append(f"'{name}' hides Params.{name}: rename the parameter")
    problems += [f"'{name}' is not a declared parameter" for name in hints if name not in declared]
    if problems:
        raise ValueError(f"{params_type.__name__} does not match the parameters: " + "; ".join(problems))
