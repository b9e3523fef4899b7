"""The value types validate their invariants and are immutable."""

from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newskit
from newskit import (
    Article,
    Claim,
    ClaimKind,
    Entity,
    EntityLabel,
    Mention,
    OffsetMap,
    Quantity,
    Span,
    TimeExpression,
)


def test_span_of_takes_text_at_offsets():
    span = Span.of("Le 7 janvier", 3, 12)
    assert (span.start, span.end, span.text) == (3, 12, "7 janvier")


def test_span_refuses_text_of_wrong_length():
    with pytest.raises(ValueError, match="length"):
        Span(start=0, end=3, text="ab")


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 2)])
def test_span_refuses_bad_offsets(start, end):
    with pytest.raises(ValueError, match=r"must be >= 0|before its start"):
        Span(start=start, end=end, text="x" * max(end - start, 0))


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"start": 0.0, "end": 1, "text": "x"}, "start must be an int"),
        ({"start": 0, "end": "1", "text": "x"}, "end must be an int"),
        ({"start": 0, "end": 1, "text": b"x"}, "text must be a str"),
    ],
)
def test_span_refuses_wrong_types(fields, message):
    with pytest.raises(TypeError, match=message):
        Span(**fields)


def test_enum_fields_take_members_as_they_are_and_convert_strings():
    member = Quantity.of("18", 0, 2, value="18", kind=newskit.QuantityKind.COUNT)
    assert member.kind is newskit.QuantityKind.COUNT
    named = Quantity.of("18", 0, 2, value="18", kind="count")
    assert named.kind is newskit.QuantityKind.COUNT
    assert newskit.Mention.of("OTSC", 0, 4, label="ORG").label is newskit.EntityLabel.ORG
    assert newskit.Mention.of("OTSC", 0, 4).label is None
    with pytest.raises(ValueError, match="'nombre' is not a valid QuantityKind"):
        Quantity.of("18", 0, 2, value="18", kind="nombre")


def test_span_of_refuses_out_of_bounds():
    with pytest.raises(ValueError, match="out of bounds"):
        Span.of("abc", 1, 9)


def test_types_are_frozen():
    span = Span.of("abc", 0, 1)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 2  # type: ignore[misc]


def test_quantity_refuses_float_values():
    with pytest.raises(TypeError, match="float"):
        Quantity.of("1,5", 0, 3, value=1.5)


def test_quantity_needs_value_or_bound():
    with pytest.raises(ValueError, match="bound"):
        Quantity.of("entre", 0, 5, value=None)
    ranged = Quantity.of("10-20", 0, 5, value=None, lower="10", upper="20")
    assert (ranged.lower, ranged.upper) == (Decimal(10), Decimal(20))


def test_quantity_refuses_unknown_bound():
    with pytest.raises(ValueError, match="bound"):
        Quantity.of("18", 0, 2, value="18", bound="roughly")


def test_quantity_value_is_decimal():
    assert Quantity.of("1 000", 0, 5, value="1000").value == Decimal(1000)


def test_entity_label_is_validated_and_mentions_sorted():
    text = "Tokayev puis Kassym-Zhomart Tokayev"
    late = Mention.of(text, 13, 35, label="PER")
    early = Mention.of(text, 0, 7, label="PER")
    entity = Entity(name="Kassym-Zhomart Tokayev", label="PER", mentions=[late, early])
    assert entity.label is EntityLabel.PER
    assert entity.mentions == (early, late)
    with pytest.raises(ValueError, match="PERSON"):
        Entity(name="X", label="PERSON", mentions=[early])
    with pytest.raises(ValueError, match="mentions"):
        Entity(name="X", label="PER", mentions=[])


def test_time_expression_converts_enums():
    timex = TimeExpression.of("le 5 janvier", 3, 12, type="DATE", value="2022-01-05")
    assert str(timex.type) == "DATE"
    assert str(timex.anchor) == "absolute"


def test_article_refuses_misaligned_span():
    bad = Quantity(start=0, end=2, text="18", value="18")
    with pytest.raises(ValueError, match="is not at"):
        Article(text="Le 18", raw="Le 18", quantities=[bad])


def test_article_title_span_points_into_text():
    article = Article(text="Titre\n\nCorps.", raw="Titre\n\nCorps.", title="Titre")
    assert article.title_span == Span.of(article.text, 0, 5)


def test_claim_is_a_span_of_its_content():
    text = "Selon l’ONU, 1 000 personnes ont été blessées."
    claim = Claim.of(text, 13, 45, kind=ClaimKind.INDIRECT, cue=Mention.of(text, 0, 5))
    assert claim.text == "1 000 personnes ont été blessées"


@given(
    st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=10),
    st.text(min_size=1, max_size=80),
)
def test_offset_map_of_identity_is_identity(points, text):
    offsets = OffsetMap.identity(len(text))
    for point in points:
        if point <= len(text):
            assert offsets.to_raw(point) == point


def test_offset_map_refuses_offsets_past_the_end():
    with pytest.raises(ValueError, match="beyond the end"):
        OffsetMap.identity(3).to_raw(4)
