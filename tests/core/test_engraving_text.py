"""Engraved text is what the user wrote, or a clear refusal naming the characters (issue 13,
finding 6: Hebrew and Arabic came out reversed and unjoined, an emoji became an empty box)."""

from __future__ import annotations

import pytest

from configurator.sdk.engraving_text import engraving_problem
from configurator.sdk.errors import ValidationError
from tests.templates.checks import TEMPLATES


@pytest.mark.parametrize("text", ["HOB 2", "Café", "Ζεύς", "Привет", "Łódź", "Straße"])
def test_left_to_right_text_with_glyphs_is_engraved(text: str) -> None:
    assert engraving_problem(text) is None
    schema = TEMPLATES["finger-box"].schema
    assert schema.validate({"lid_text": text})["lid_text"] == text


@pytest.mark.parametrize(
    ("text", "named", "why"),
    [
        ("שלום", "ש ל ו ם", "right to left"),
        ("مرحبا", "م ر ح ب ا", "right to left"),
        ("Anna שרה", "ש ר ה", "right to left"),
        ("नमस्ते", "न म", "text shaping"),
        ("box 📦", "📦", "no glyph"),
    ],
)
def test_text_that_would_be_engraved_wrongly_is_refused_naming_the_characters(
    text: str, named: str, why: str
) -> None:
    problem = engraving_problem(text)
    assert problem is not None and named in problem and why in problem
    schema = TEMPLATES["finger-box"].schema
    with pytest.raises(ValidationError) as caught:
        schema.validate({"lid_text": text})
    assert "cannot be engraved" in caught.value.message and named in caught.value.message


def test_a_decomposed_accent_is_composed_not_refused() -> None:
    schema = TEMPLATES["finger-box"].schema
    assert schema.validate({"lid_text": "Cafe\u0301"})["lid_text"] == "Café"
