"""The value types of newskit: frozen, validated, stand-off annotations over ``Article.text``.

Every annotation is a :class:`Span`: half-open Python code-point offsets
``[start, end)`` into the clean text, plus the covered ``text`` itself, so that
``article.text[span.start:span.end] == span.text`` always holds. The pipeline
refuses a span for which it does not (see :class:`newskit.errors.PluginSpanError`).
"""

from __future__ import annotations

import bisect
import datetime as _dt
import enum
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any, TypeVar

import attrs
from attrs import field, frozen

__all__ = [
    "AnchorKind",
    "Article",
    "Boilerplate",
    "Claim",
    "ClaimKind",
    "Entity",
    "EntityLabel",
    "Ingested",
    "Mention",
    "OffsetMap",
    "Quantity",
    "QuantityKind",
    "Span",
    "TimeExpression",
    "TimexType",
]


class EntityLabel(enum.StrEnum):
    """The four entity labels of newskit (CoNLL-style, as spaCy's French models use)."""

    PER = "PER"  #: a person
    ORG = "ORG"  #: an organisation: ministry, party, agency, company, court, international body
    LOC = "LOC"  #: a place: country, city, region, geographic feature
    MISC = "MISC"  #: another named thing: event, work, law, product


class TimexType(enum.StrEnum):
    """TimeML TIMEX3 ``type`` attribute."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class AnchorKind(enum.StrEnum):
    """How a :class:`TimeExpression`'s value was anchored."""

    ABSOLUTE = "absolute"  #: the text gives the value in full ("5 janvier 2022")
    PUBLICATION = "publication"  #: relative to the publication date ("hier", "le 5 janvier")
    NARRATIVE = (
        "narrative"  #: relative to a date the narrative set ("au début de 2022" … "le 5 janvier")
    )
    NONE = "none"  #: no anchor was available; the value keeps unknown parts as ``X``


class QuantityKind(enum.StrEnum):
    """What a :class:`Quantity` measures."""

    COUNT = "count"  #: a number of things ("18 agents")
    MONEY = "money"  #: an amount of money (unit is an ISO 4217 code)
    PERCENT = "percent"  #: a percentage (unit ``%``)
    MEASURE = "measure"  #: a physical measure (unit normalized: ``km``, ``kg``, ``°C``…)
    ORDINAL = "ordinal"  #: a rank ("1er", "premier", "XXIe")
    MULTIPLIER = "multiplier"  #: a factor ("double", "triple"; unit ``×``)
    NUMBER = "number"  #: a bare number with nothing counted


class ClaimKind(enum.StrEnum):
    """How a :class:`Claim` reports speech."""

    DIRECT = "direct"  #: a quotation between quote marks
    INDIRECT = "indirect"  #: reported speech ("a déclaré que …", "selon X, …")
    MIXED = "mixed"  #: reported speech with an embedded quotation


def _as_tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


E = TypeVar("E", bound=enum.Enum)


def _member(cls: type[E], value: Any) -> E:
    """``value`` as a member of the enum ``cls``; a member is returned as it is (calling the
    enum class on its own member costs a lookup, and spans are made by the thousand)."""
    return value if value.__class__ is cls else cls(value)


# One named converter per enum field: mypy's attrs plugin reads only named functions.
def _entity_label(value: Any) -> EntityLabel:
    return _member(EntityLabel, value)


def _optional_entity_label(value: Any) -> EntityLabel | None:
    return None if value is None else _member(EntityLabel, value)


def _timex_type(value: Any) -> TimexType:
    return _member(TimexType, value)


def _anchor_kind(value: Any) -> AnchorKind:
    return _member(AnchorKind, value)


def _quantity_kind(value: Any) -> QuantityKind:
    return _member(QuantityKind, value)


def _claim_kind(value: Any) -> ClaimKind:
    return _member(ClaimKind, value)


def _check_span(instance: Span) -> None:
    """Every check of a span in one call (spans are made by the thousand; separate attrs
    validators cost a call each): int offsets, not negative, in order, and text of the
    offsets' length."""
    start, end, text = instance.start, instance.end, instance.text
    for name, value in (("start", start), ("end", end)):
        if not isinstance(value, int):
            raise TypeError(f"{name} must be an int, got {type(value).__name__} {value!r}")
        if value < 0:
            raise ValueError(f"{name} must be >= 0, got {value}")
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if end < start:
        raise ValueError(f"span end {end} is before its start {start}")
    if len(text) != end - start:
        raise ValueError(
            f"span text {text!r} has length {len(text)}, "
            f"but [{start}, {end}) has length {end - start}"
        )


@frozen(kw_only=True)
class Span:
    """A half-open range ``[start, end)`` of code points of a text, with the text it covers."""

    start: int
    end: int
    text: str

    def __attrs_post_init__(self) -> None:
        _check_span(self)

    @classmethod
    def of(cls, text: str, start: int, end: int, **kwargs: Any) -> Any:
        """Build a span of ``cls`` covering ``text[start:end]``: the one safe way to make a span."""
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"[{start}, {end}) is out of bounds for a text of length {len(text)}")
        return cls(start=start, end=end, text=text[start:end], **kwargs)

    @property
    def length(self) -> int:
        """Number of code points covered."""
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one code point."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies within this span."""
        return self.start <= other.start and other.end <= self.end


@frozen(kw_only=True)
class Mention(Span):
    """One occurrence of an entity (or a cue, a claim's source…) in the text."""

    label: EntityLabel | None = field(default=None, converter=_optional_entity_label)


@frozen(kw_only=True)
class Boilerplate(Span):
    """A range of the *ingested* text that is not article content, with the reason it was removed."""

    reason: str = field(default="", validator=attrs.validators.instance_of(str))


def _mentions(value: Any) -> tuple[Mention, ...]:
    return tuple(sorted(value, key=lambda m: (m.start, m.end)))


@frozen(kw_only=True)
class Entity:
    """A person, organisation, place or other named thing, with all its mentions in the text."""

    name: str = field(validator=attrs.validators.min_len(1))
    label: EntityLabel = field(converter=_entity_label)
    mentions: tuple[Mention, ...] = field(
        converter=_mentions, validator=attrs.validators.min_len(1)
    )

    @property
    def start(self) -> int:
        """Offset of the first mention."""
        return self.mentions[0].start


def _decimal_or_none(value: Any) -> Decimal | None:
    return None if value is None else _decimal(value)


def _decimal(value: Any) -> Decimal:
    if value.__class__ is Decimal and value.is_finite():
        return value  # immutable: no copy needed
    if isinstance(value, float):
        raise TypeError("use Decimal or str for quantity values, not float (it loses digits)")
    result = Decimal(value)
    if not result.is_finite():
        raise ValueError(f"quantity values must be finite, got {value!r}")
    return result


@frozen(kw_only=True)
class TimeExpression(Span):
    """A temporal expression normalized to TimeML TIMEX3.

    ``value`` follows TIMEX3: ``2022-01-05``, ``2022-01``, ``2022``, ``2022-W01``,
    ``2022-01-05T09:00``, ``2022-01-05TMO`` (morning), ``P3D``, ``PT2H``, ``PRESENT_REF``,
    with ``X`` for what the text leaves unknown (``XXXX-01-05``).
    ``begin`` and ``until`` give both ends of a range ("du 3 au 6 août").
    """

    type: TimexType = field(converter=_timex_type)
    value: str = field(validator=attrs.validators.min_len(1))
    mod: str | None = None
    anchor: AnchorKind = field(default=AnchorKind.ABSOLUTE, converter=_anchor_kind)
    anchor_value: str | None = None  #: the reference date used, e.g. ``2022`` or ``2022-01-10``
    begin: str | None = None  #: start value of a range, when the expression is one
    until: str | None = None  #: end value of a range, when the expression is one
    quant: str | None = None  #: TIMEX3 ``quant`` of a SET ("EVERY")
    freq: str | None = None  #: TIMEX3 ``freq`` of a SET ("2X")


@frozen(kw_only=True)
class Quantity(Span):
    """A number found in the text, normalized.

    ``value`` is exact (:class:`~decimal.Decimal`); it is ``None`` only for a range
    without a central value ("entre 10 et 20"), whose ends are ``lower`` and ``upper``.
    ``bound`` says how a bounded value reads: ``"more_than"``, ``"at_least"``,
    ``"less_than"``, ``"at_most"`` or ``None``.
    """

    value: Decimal | None = field(converter=_decimal_or_none)
    unit: str | None = None
    approximate: bool = False
    kind: QuantityKind = field(default=QuantityKind.NUMBER, converter=_quantity_kind)
    lower: Decimal | None = field(default=None, converter=_decimal_or_none)
    upper: Decimal | None = field(default=None, converter=_decimal_or_none)
    bound: str | None = field(
        default=None,
        validator=attrs.validators.optional(
            attrs.validators.in_(("more_than", "at_least", "less_than", "at_most"))
        ),
    )

    def __attrs_post_init__(self) -> None:
        _check_span(self)
        if self.value is None and self.lower is None and self.upper is None:
            raise ValueError("a quantity needs a value or at least one bound")


@frozen(kw_only=True)
class Claim(Span):
    """An attributed statement: its content is the span; who said it, with which cue.

    ``source`` is the :class:`Entity` the statement is attributed to (``None`` for an
    unattributed quote); ``source_mention`` is the words that name the source in this
    sentence ("le ministère", "il"), which may differ from the entity's name.
    ``source_resolved`` is False when the source words could not be linked to an entity
    (a pronoun with no safe antecedent): newskit flags rather than guesses.
    """

    kind: ClaimKind = field(converter=_claim_kind)
    cue: Mention | None = None
    source: Entity | None = None
    source_mention: Mention | None = None
    source_resolved: bool = True
    dates: tuple[TimeExpression, ...] = field(default=(), converter=_as_tuple)
    quantities: tuple[Quantity, ...] = field(default=(), converter=_as_tuple)


@frozen(kw_only=True)
class Ingested:
    """What the ingest stage makes of a source: the text to analyze and what it knows about it.

    ``text`` becomes :attr:`Article.raw`; the boilerplate stage removes ranges from it.
    """

    text: str = field(validator=attrs.validators.instance_of(str))
    title: str | None = None
    published: _dt.date | None = None
    metadata: Mapping[str, str] = field(factory=dict, converter=lambda m: dict(sorted(m.items())))
    boilerplate: tuple[Boilerplate, ...] = field(default=(), converter=_as_tuple)


@frozen
class OffsetMap:
    """Maps offsets in the clean text back to offsets in the raw (ingested) text.

    ``segments`` is a sorted tuple of ``(clean_start, raw_start, length)`` runs of text that
    the boilerplate stage kept; everything between runs was deleted.
    """

    segments: tuple[tuple[int, int, int], ...] = field(converter=lambda s: tuple(map(tuple, s)))

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text from which nothing was removed."""
        return cls(((0, 0, length),) if length else ())

    def to_raw(self, offset: int) -> int:
        """The raw offset of a clean-text offset (an end offset maps to the end of its run)."""
        if offset < 0:
            raise ValueError(f"offset must be >= 0, got {offset}")
        if not self.segments:
            if offset == 0:
                return 0
            raise ValueError(f"offset {offset} is beyond the end of an empty text")
        index = bisect.bisect_right(self.segments, offset, key=lambda s: s[0]) - 1
        clean_start, raw_start, length = self.segments[max(index, 0)]
        if offset - clean_start > length:
            raise ValueError(f"offset {offset} is beyond the end of the clean text")
        return raw_start + offset - clean_start

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw range of a clean-text range ``[start, end)``."""
        if start == end:
            point = self.to_raw(start)
            return point, point
        return self.to_raw(start), self.to_raw(end - 1) + 1


def _sorted_spans(value: Any) -> tuple[Any, ...]:
    return tuple(sorted(value, key=lambda s: (s.start, s.end)))


@frozen(kw_only=True)
class Article:
    """The result of an analysis: the clean text and everything found in it.

    ``raw`` is the text the ingest stage produced (the input itself for plain text, the
    extracted text for HTML); ``text`` is ``raw`` less the boilerplate ranges, and
    ``offsets`` maps every offset of ``text`` back to ``raw``. The title, when found, is the
    first paragraph of ``text`` (see :attr:`title_span`): nothing of the article's own
    words is removed from the text.
    """

    text: str
    raw: str
    title: str | None = None
    published: _dt.date | None = None
    lang: str = "fr"
    dates: tuple[TimeExpression, ...] = field(default=(), converter=_sorted_spans)
    quantities: tuple[Quantity, ...] = field(default=(), converter=_sorted_spans)
    entities: tuple[Entity, ...] = field(default=(), converter=_as_tuple)
    claims: tuple[Claim, ...] = field(default=(), converter=_sorted_spans)
    boilerplate: tuple[Boilerplate, ...] = field(default=(), converter=_sorted_spans)
    offsets: OffsetMap | None = None
    metadata: Mapping[str, str] = field(factory=dict, converter=lambda m: dict(sorted(m.items())))
    anchor: str | None = None  #: the reference date the dates stage used (ISO), if any
    version: str = ""  #: the newskit version that produced this record

    def __attrs_post_init__(self) -> None:
        for span in self.spans():
            if self.text[span.start : span.end] != span.text:
                raise ValueError(
                    f"{type(span).__name__} {span.text!r} is not at [{span.start}, {span.end})"
                )
        for span in self.boilerplate:
            if self.raw[span.start : span.end] != span.text:
                raise ValueError(
                    f"boilerplate {span.text!r} is not at [{span.start}, {span.end}) of raw"
                )

    @property
    def title_span(self) -> Span | None:
        """Where the title stands in :attr:`text`, if it does."""
        if not self.title:
            return None
        start = self.text.find(self.title)
        return None if start < 0 else Span.of(self.text, start, start + len(self.title))

    @property
    def mentions(self) -> tuple[Mention, ...]:
        """All entity mentions, in text order."""
        return _sorted_spans(m for e in self.entities for m in e.mentions)

    def spans(self) -> Iterator[Span]:
        """Every span of the article that indexes into :attr:`text`."""
        yield from self.dates
        yield from self.quantities
        for entity in self.entities:
            yield from entity.mentions
        for claim in self.claims:
            yield claim
            for part in (claim.cue, claim.source_mention):
                if part is not None:
                    yield part
            yield from claim.dates
            yield from claim.quantities

    def to_raw(self, span: Span) -> Span:
        """The same span, located in :attr:`raw` instead of :attr:`text`."""
        offsets = self.offsets or OffsetMap.identity(len(self.text))
        start, end = offsets.raw_span(span.start, span.end)
        return Span.of(self.raw, start, end)

    def to_dict(self) -> dict[str, Any]:
        """This article as JSON-ready data (see :mod:`newskit.serialize`)."""
        from newskit.serialize import article_to_dict

        return article_to_dict(self)

    def to_json(self, **kwargs: Any) -> str:
        """This article as a JSON document (see :mod:`newskit.serialize`)."""
        from newskit.serialize import article_to_json

        return article_to_json(self, **kwargs)

    def to_html(self) -> str:
        """A self-contained HTML report of this article (see ``newskit.render``)."""
        from newskit.render import render_article

        return render_article(self)

    @classmethod
    def from_json(cls, data: str | bytes) -> Article:
        """Read back an article written by :meth:`to_json`."""
        from newskit.serialize import article_from_json

        return article_from_json(data)
