"""Core messages: English as text, template and parameters for translation (no Qt)."""

from __future__ import annotations

import pickle

import pytest

from casereview.errors import CasereviewError, ValidationError
from casereview.messages import Message, joined


def french(template: str) -> str:
    return {
        "The seed's value ({value:.0f} HU) is outside {lower:,} HU.": (
            "La valeur ({value:.0f} UH) est hors de {lower:,} UH."
        ),
        "{first}; {rest}": "{first} ; {rest}",
        "empty file": "fichier vide",
        "not a DICOM file": "pas un fichier DICOM",
        "Broken {name}": "Cassé {nom}",
    }.get(template, template)


def comma_decimals(value: object, spec: str) -> str:
    return format(value, spec).replace(",", " ").replace(".", ",")


def test_a_message_is_its_english_text() -> None:
    message = Message(
        "The seed's value ({value:.0f} HU) is outside {lower:,} HU.", value=41.6, lower=1200
    )
    assert message == "The seed's value (42 HU) is outside 1,200 HU."
    assert isinstance(message, str)
    assert message.template == "The seed's value ({value:.0f} HU) is outside {lower:,} HU."
    assert dict(message.params) == {"value": 41.6, "lower": 1200}


def test_a_message_renders_translated_with_local_numbers() -> None:
    message = Message(
        "The seed's value ({value:.0f} HU) is outside {lower:,} HU.", value=41.6, lower=1200
    )
    assert message.render(french, comma_decimals) == "La valeur (42 UH) est hors de 1 200 UH."
    assert message.render(lambda t: t) == str(message)


def test_message_parameters_are_translated_too() -> None:
    reasons = joined([Message("empty file"), Message("not a DICOM file"), "x.dcm"])
    assert reasons == "empty file; not a DICOM file; x.dcm"
    assert reasons.render(french) == "fichier vide ; pas un fichier DICOM ; x.dcm"
    assert joined([]) == "" and joined(["only"]) == "only"


def test_a_faulty_translation_falls_back_to_english() -> None:
    message = Message("Broken {name}", name="x")
    assert message.render(french) == "Broken x"


def test_a_template_field_without_a_parameter_is_a_bug_at_the_call_site() -> None:
    with pytest.raises(KeyError):
        Message("Case #{case_id} does not exist.")


def test_errors_keep_their_message_across_processes() -> None:
    error = ValidationError(Message("A tag may have at most {limit} characters.", limit=64))
    again = pickle.loads(pickle.dumps(error))
    assert str(again) == "A tag may have at most 64 characters."
    assert isinstance(again.message, Message)
    assert again.message.template == "A tag may have at most {limit} characters."
    assert isinstance(CasereviewError.title, Message)
