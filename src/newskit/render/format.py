"""Plain-text wording of normalized values, shared by the article page and the summary."""

from __future__ import annotations

from decimal import Decimal

from newskit.types import Claim, Quantity, TimeExpression

__all__ = ["number", "quantity_value", "source_name", "timex_value"]

#: How a bounded quantity reads, as a comparison sign (``Quantity.bound``).
BOUND_SIGNS = {"more_than": ">", "at_least": "≥", "less_than": "<", "at_most": "≤"}

#: How the dates stage anchored a value (``AnchorKind``), in words.
ANCHOR_WORDS = {
    "absolute": "given in full",
    "publication": "from the publication date",
    "narrative": "from the narrative",
    "none": "no anchor",
}


def number(value: Decimal | str | None) -> str:
    """A Decimal written out in plain positional digits (never ``1E+3``)."""
    if value is None:
        return "?"
    decimal = Decimal(value)
    text = format(decimal, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def quantity_value(quantity: Quantity) -> str:
    """The normalized reading of a quantity: ``≈ 1000 personnes``, ``> 12 %``, ``10–20 km``."""
    if quantity.value is not None:
        core = number(quantity.value)
    elif quantity.lower is not None and quantity.upper is not None:
        core = f"{number(quantity.lower)}–{number(quantity.upper)}"
    elif quantity.lower is not None:
        core = f"≥ {number(quantity.lower)}"
    else:
        core = f"≤ {number(quantity.upper)}"
    parts = []
    if quantity.approximate:
        parts.append("≈")
    if quantity.bound:
        parts.append(BOUND_SIGNS.get(quantity.bound, quantity.bound))
    parts.append(core)
    if quantity.unit:
        parts.append(quantity.unit)
    text = " ".join(parts)
    # A bounded value ("plus de 300") repeats itself as one end: only a real range is shown.
    if quantity.value is not None and quantity.lower is not None and quantity.upper is not None:
        text += f" (range {number(quantity.lower)}–{number(quantity.upper)})"
    return text


def timex_value(date: TimeExpression) -> str:
    """The TIMEX3 reading of a date: ``DATE 2022-01-19``, ``DATE 2022 mod=START``…"""
    parts = [str(date.type), date.value]
    if date.mod:
        parts.append(f"mod={date.mod}")
    if date.begin or date.until:
        parts.append(f"from {date.begin or '?'} to {date.until or '?'}")
    if date.quant:
        parts.append(f"quant={date.quant}")
    if date.freq:
        parts.append(f"freq={date.freq}")
    return " ".join(parts)


def anchor_words(date: TimeExpression) -> str:
    """How the value was anchored, in words: ``from the narrative (2022)``."""
    words = ANCHOR_WORDS.get(str(date.anchor), str(date.anchor))
    return f"{words} ({date.anchor_value})" if date.anchor_value else words


def source_name(claim: Claim) -> str:
    """Who a claim is attributed to, in words (never empty)."""
    if claim.source is not None:
        return claim.source.name
    if claim.source_mention is not None:
        return claim.source_mention.text
    return "unattributed"
