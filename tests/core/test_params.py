from __future__ import annotations

import math

import pytest

from configurator.sdk.params import (
    Angle,
    Choice,
    Count,
    Length,
    MaterialSlot,
    Number,
    ParamKind,
    Params,
    ParamValueError,
    Text,
    Toggle,
)


def test_length_accepts_numbers_strings_and_units() -> None:
    depth = Length("depth", 150, 80, 300)
    assert depth.coerce(120) == 120.0
    assert depth.coerce("120") == 120.0
    assert depth.coerce("12cm") == 120.0
    assert depth.coerce("0.2 m") == 200.0
    assert depth.coerce("5in") == pytest.approx(127.0)
    assert depth.coerce("150 mm") == 150.0


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (400, "depth = 400 mm is out of range: allowed 80–300 mm"),
        (10, "out of range"),
        ("abc", "needs a number, got 'abc'"),
        ("12 furlongs", "unknown unit 'furlongs'"),
        (True, "needs a number"),
        (None, "needs a number, got NoneType"),
        (math.nan, "finite"),
        (math.inf, "finite"),
    ],
)
def test_length_rejections_name_parameter_and_range(raw: object, fragment: str) -> None:
    with pytest.raises(ParamValueError, match="depth") as info:
        Length("depth", 150, 80, 300).coerce(raw)
    assert fragment in str(info.value)


def test_count_must_be_whole() -> None:
    holes = Count("holes", 2, 1, 6)
    assert holes.coerce("3") == 3
    assert holes.coerce(4.0) == 4
    assert isinstance(holes.coerce(4.0), int)
    with pytest.raises(ParamValueError, match=r"holes must be a whole number, got 2\.5"):
        holes.coerce(2.5)
    with pytest.raises(ParamValueError, match="allowed 1–6"):
        holes.coerce(7)


def test_angle_and_number_units() -> None:
    assert Angle("tilt", 10, 0, 45).coerce("30deg") == 30.0
    infill = Number("infill", 20, 5, 100, unit="%")
    assert infill.coerce("40%") == 40.0
    with pytest.raises(ParamValueError, match="unknown unit 'kg'"):
        infill.coerce("40kg")


@pytest.mark.parametrize("raw", [True, "true", "Yes", "on", "1", 1])
def test_toggle_true(raw: object) -> None:
    assert Toggle("gusset", False).coerce(raw) is True


@pytest.mark.parametrize("raw", ["maybe", 2, 0.5, None])
def test_toggle_rejects(raw: object) -> None:
    with pytest.raises(ParamValueError, match="gusset must be true or false"):
        Toggle("gusset", False).coerce(raw)


def test_choice_and_material_list_allowed_values() -> None:
    grip = Choice("grip", "ribs", ["ribs", "knurl", "smooth"])
    assert grip.coerce(" knurl ") == "knurl"
    with pytest.raises(ParamValueError, match="choice 'star' is not allowed: one of ribs"):
        grip.coerce("star")
    material = MaterialSlot("material", "pla", ["pla", "petg"])
    assert material.kind is ParamKind.MATERIAL
    with pytest.raises(ParamValueError, match="material 'wood' is not allowed: one of pla, petg"):
        material.coerce("wood")


def test_text_length_and_control_characters() -> None:
    label = Text("label", "Hi", max_length=5)
    assert label.coerce("Anna") == "Anna"
    with pytest.raises(ParamValueError, match="label is 6 characters long: at most 5"):
        label.coerce("Annika")
    with pytest.raises(ParamValueError, match="control characters"):
        label.coerce("a\x00b")
    with pytest.raises(ParamValueError, match="needs text"):
        label.coerce(12)


@pytest.mark.parametrize(
    ("factory", "message"),
    [
        (lambda: Length("Bad Name", 1, 0, 2), "lower_snake_case"),
        (lambda: Length("x", 5, 10, 1), "minimum is greater than maximum"),
        (lambda: Length("x", 50, 0, 10), "default is invalid"),
        (lambda: Choice("x", "a", []), "at least one option"),
        (lambda: Choice("x", "c", ["a", "b"]), "default is invalid"),
        (lambda: Length("x", 1, 0, 2, step=0), "step must be positive"),
    ],
)
def test_bad_declarations_are_rejected(factory: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        factory()  # type: ignore[operator]


def test_params_typed_access() -> None:
    params = Params({"depth": 120.0, "holes": 2, "gusset": True, "label": "x"})
    assert params.num("depth") == 120.0
    assert params.int("holes") == 2
    assert params.flag("gusset") is True
    assert params.text("label") == "x"
    with pytest.raises(TypeError):
        params.num("label")
    with pytest.raises(KeyError, match="no parameter 'nope'"):
        params["nope"]


@pytest.mark.parametrize(
    ("text", "point", "expected"),
    [
        ("2,5", ".", 2.5),  # a decimal comma where the locale uses a point: 2.5, never 2
        ("2,5 mm", ".", 2.5),
        ("2,5", ",", 2.5),
        ("2.5", ",", 2.5),  # a point typed in a decimal-comma locale
        ("1.234,5", ",", 1234.5),
        ("1,234.5", ".", 1234.5),
        ("15cm", ".", 150.0),
        ("8 cm", ".", 80.0),
        ("6in", ".", 152.4),
        ("1,5 cm", ",", 15.0),
        ("150 mm", ",", 150.0),
    ],
)
def test_typed_input_reads_decimal_commas_and_units(text: str, point: str, expected: float) -> None:
    shade = Length("shade_height", 150, 1, 2000, label="Shade height")
    assert shade.parse_input(text, point) == pytest.approx(expected)


def test_typed_input_is_never_clamped_or_truncated() -> None:
    shade = Length("shade_height", 150, 80, 400, label="Shade height")
    with pytest.raises(
        ParamValueError,
        match=r"^Shade height = 600 mm is out of range: "
        r"allowed 80–400 mm",
    ):
        shade.parse_input("600")
    with pytest.raises(ParamValueError, match=r"could be 1500 or 1\.5"):
        shade.parse_input("1,500")
    with pytest.raises(ParamValueError, match="Shade height needs a number"):
        shade.parse_input("abc")
    with pytest.raises(ParamValueError, match="unknown unit 'kg'"):
        shade.parse_input("8 kg")
    count = Count("legs", 4, 3, 8)
    with pytest.raises(ParamValueError, match="whole number"):
        count.parse_input("3,5", ",")
    assert count.parse_input("5") == 5


@pytest.mark.parametrize(
    ("text", "point", "expected"),
    [
        ("6 inch", ".", 152.4),
        ("6 inches", ".", 152.4),
        ("15 cms", ".", 150.0),
        ("150 millimetres", ".", 150.0),
        ("150 millimeters", ".", 150.0),
        ("15 centimetres", ".", 150.0),
        ("1 metre", ".", 1000.0),
        ("1,2 meters", ",", 1200.0),
        ("6 Zoll", ",", 152.4),
        ("6 pouces", ",", 152.4),
        ("150 mm.", ".", 150.0),  # the full stop of a sentence
        ("1 500", ".", 1500.0),  # thousands grouped with a space
        ("1\u00a0500", ",", 1500.0),  # no-break space, as Qt writes French numbers
        ("1\u202f500,5", ",", 1500.5),  # narrow no-break space
    ],
)
def test_typed_input_reads_common_unit_spellings_and_grouping(text: str, point: str, expected: float) -> None:
    shade = Length("shade_height", 150, 1, 2000, label="Shade height")
    assert shade.parse_input(text, point) == pytest.approx(expected)


def test_typed_input_reads_words_for_angles_and_names_the_typographic_minus() -> None:
    tilt = Angle("tilt", 10, -45, 45, label="Tilt")
    assert tilt.parse_input("30 degrees") == 30.0
    assert tilt.parse_input("\u221230°") == -30.0  # U+2212 MINUS SIGN, as word processors type it
    shade = Length("shade_height", 150, 80, 400, label="Shade height")
    with pytest.raises(ParamValueError, match="Shade height = -50 mm is out of range"):
        shade.parse_input("\u221250")
    with pytest.raises(ParamValueError, match="needs a number"):
        shade.parse_input("1 50")  # a space inside a number that is not a thousands group


def test_command_line_values_read_a_decimal_comma_too() -> None:
    """``--set shade_height=29,5cm`` was refused while the window took ``29,5 cm``."""
    shade = Length("shade_height", 150, 80, 400, label="Shade height")
    assert shade.coerce("29,5cm") == pytest.approx(295.0)
    assert shade.coerce("150,5") == pytest.approx(150.5)
    with pytest.raises(ParamValueError, match=r"could be 1500 or 1\.5"):
        shade.coerce("1,500")
