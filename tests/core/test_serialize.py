"""JSON records round-trip exactly and follow the published schema."""

import json
from decimal import Decimal

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newskit
from newskit import Article, Claim, Entity, Mention, Quantity, TimeExpression
from newskit.errors import SerializationError
from newskit.serialize import article_from_json, article_to_dict, json_schema
from newskit.spans import delete_ranges

TEXT = "Titre\n\nSelon l’ONU, environ 1 000 personnes ont été blessées le 5 janvier 2022."


@st.composite
def articles(draw):
    """Articles with every kind of annotation at random places of a random text."""
    text = draw(st.text(min_size=1, max_size=60))
    n = len(text)
    offset = st.integers(0, n)

    def span_bounds():
        a, b = draw(offset), draw(offset)
        return min(a, b), max(a, b)

    def mention():
        start, end = span_bounds()
        return Mention.of(text, start, end, label=draw(st.sampled_from([None, "PER", "ORG"])))

    dates = []
    for _ in range(draw(st.integers(0, 3))):
        start, end = span_bounds()
        dates.append(
            TimeExpression.of(
                text,
                start,
                end,
                type=draw(st.sampled_from(list(newskit.TimexType))),
                value=draw(st.sampled_from(["2022", "2022-01-05TMO", "P3D", "XXXX-01-05"])),
                mod=draw(st.sampled_from([None, "START", "APPROX"])),
                anchor=draw(st.sampled_from(list(newskit.AnchorKind))),
            )
        )
    quantities = []
    for _ in range(draw(st.integers(0, 3))):
        start, end = span_bounds()
        value = draw(st.decimals(allow_nan=False, allow_infinity=False, places=3))
        quantities.append(
            Quantity.of(
                text,
                start,
                end,
                value=value,
                unit=draw(st.sampled_from([None, "EUR", "personnes"])),
                approximate=draw(st.booleans()),
                lower=draw(st.sampled_from([None, Decimal("1.5")])),
            )
        )
    entities = [
        Entity(
            name=draw(st.sampled_from(["ONU", "Tokayev"])),
            label="ORG",
            mentions=[mention() for _ in range(draw(st.integers(1, 3)))],
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    claims = []
    for _ in range(draw(st.integers(0, 2))):
        start, end = span_bounds()
        claims.append(
            Claim.of(
                text,
                start,
                end,
                kind="mixed",
                cue=mention(),
                source=entities[0] if entities else None,
                source_mention=mention(),
                dates=dates[:1],
                quantities=quantities[:1],
            )
        )
    clean, offsets = delete_ranges(text, [])
    return Article(
        text=clean,
        raw=text,
        title=draw(st.one_of(st.none(), st.text(max_size=10))),
        published=draw(st.one_of(st.none(), st.dates())),
        dates=dates,
        quantities=quantities,
        entities=entities,
        claims=claims,
        offsets=offsets,
        metadata={"site": "x"},
        version=newskit.__version__,
    )


@given(articles())
def test_json_round_trip_is_exact(article):
    assert article_from_json(article.to_json()) == article


@given(articles())
def test_records_follow_the_published_schema(article):
    jsonschema.validate(json.loads(article.to_json()), json_schema())


def test_record_is_stamped_with_version_and_anchor():
    article = newskit.testing.pipeline_with().analyze(TEXT, published="2022-01-10")
    record = article_to_dict(article)
    assert record["newskit"] == newskit.__version__
    assert record["anchor"] == "2022-01-10"
    assert next(iter(record)) == "newskit"


def test_decimals_are_written_as_strings():
    quantity = Quantity.of(TEXT, 29, 34, value="1000.50")
    article = Article(text=TEXT, raw=TEXT, quantities=[quantity])
    assert article_to_dict(article)["quantities"][0]["value"] == "1000.50"


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("{", "not JSON"),
        ("[]", "not a newskit"),
        ('{"text": "a", "raw": "a", "dates": [{"start": 0}]}', "invalid"),
    ],
)
def test_bad_records_raise_serialization_error(document, message):
    with pytest.raises(SerializationError, match=message):
        Article.from_json(document)


def test_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(json_schema())
