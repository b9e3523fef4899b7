"""Fixtures for the report tests: the seed article annotated by hand, as the spec reads it.

The extracting plugins are written in parallel, so these tests do not depend on them: the
annotations below are those of /work/shared/spec/seed-expected.json, placed on the real
seed text with ``Span.of`` (so every offset is checked by the types).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newskit import (
    Article,
    Boilerplate,
    Claim,
    Entity,
    Mention,
    Quantity,
    TimeExpression,
)
from newskit.spans import delete_ranges

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_9aaabc60780d98ae.txt"


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def _find(text: str, needle: str, after: str | None = None, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``needle`` (after the first ``after``, if given)."""
    position = text.index(after) if after else 0
    for _ in range(nth + 1):
        start = text.index(needle, position)
        position = start + 1
    return start, start + len(needle)


def _all(text: str, pattern: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


def build_seed_article() -> Article:
    raw = seed_text()
    teaser = re.search(r"Lire aussi :[^\n]*\n\s*", raw)
    tail = re.search(r"\s*Rejoignez\s+News-Front[^\n]*$", raw)
    boilerplate = [
        Boilerplate.of(
            raw, *teaser.span(), reason="“Lire aussi” teaser linking to another article"
        ),
        Boilerplate.of(raw, *tail.span(), reason="call to follow the site on social networks"),
    ]
    text, offsets = delete_ranges(raw, [(b.start, b.end) for b in boilerplate])

    def mention(start_end: tuple[int, int], label: str | None = None) -> Mention:
        return Mention.of(text, *start_end, label=label)

    def entity(name: str, label: str, spans: list[tuple[int, int]]) -> Entity:
        return Entity(name=name, label=label, mentions=[mention(s, label) for s in spans])

    full_tokayev = _find(text, "Kassym-Zhomart Tokayev")
    tokayev_spans = [full_tokayev] + [
        s for s in _all(text, r"Tokayev") if not (full_tokayev[0] <= s[0] < full_tokayev[1])
    ]
    defense = entity(
        "ministère de la Défense",
        "ORG",
        [
            _find(text, "ministère biélorusse de la Défense"),
            *_all(text, r"ministère de la Défense"),
        ],
    )
    tokayev = entity("Kassym-Zhomart Tokayev", "PER", tokayev_spans)
    onu = entity("ONU", "ORG", _all(text, r"\bONU\b"))
    interior = entity("ministère de l’Intérieur", "ORG", _all(text, r"ministère de l’Intérieur"))
    entities = [
        entity(
            "Organisation du traité de sécurité collective",
            "ORG",
            [
                _find(text, "Organisation du traité de sécurité collective"),
                *_all(text, r"\bOTSC\b"),
            ],
        ),
        entity("Kazakhstan", "LOC", _all(text, r"Kazakhstan")),
        entity("Biélorussie", "LOC", _all(text, r"Biélorussie")),
        defense,
        entity("Zhanaozen", "LOC", _all(text, r"Zhanaozen")),
        entity("Aktau", "LOC", _all(text, r"Aktau")),
        entity("Alma-Ata", "LOC", _all(text, r"Alma-Ata")),
        onu,
        interior,
        tokayev,
        entity("Noursoultan Nazarbaïev", "PER", _all(text, r"Noursoultan Nazarbaïev")),
        entity("Conseil de sécurité", "ORG", _all(text, r"Conseil de sécurité(?! collective)")),
        entity(
            "Conseil de sécurité collective", "ORG", _all(text, r"Conseil de sécurité collective")
        ),
    ]
    dates = [
        TimeExpression.of(
            text, *_find(text, "début de 2022"), type="DATE", value="2022", mod="START"
        ),
        TimeExpression.of(
            text,
            *_find(text, "19 janvier"),
            type="DATE",
            value="2022-01-19",
            anchor="narrative",
            anchor_value="2022",
        ),
        TimeExpression.of(
            text,
            *_find(text, "matin du 5 janvier"),
            type="TIME",
            value="2022-01-05TMO",
            anchor="narrative",
            anchor_value="2022",
        ),
        TimeExpression.of(
            text,
            *_find(text, "7 janvier"),
            type="DATE",
            value="2022-01-07",
            anchor="narrative",
            anchor_value="2022",
        ),
    ]
    quantities = [
        Quantity.of(text, *_find(text, "double"), value="2", unit="×", kind="multiplier"),
        Quantity.of(
            text,
            *_find(text, "environ 1 000 personnes"),
            value="1000",
            unit="personnes",
            approximate=True,
            kind="count",
        ),
        Quantity.of(
            text, *_find(text, "18 agents"), value="18", unit="agents de sécurité", kind="count"
        ),
    ]

    def claim(kind, content, cue, source, source_words, *, after=None, cue_after=None, **kw):
        start = _find(text, content[0], after)[0]
        end = _find(text, content[1], after or content[0])[1]
        inside = {
            "dates": [d for d in dates if start <= d.start and d.end <= end],
            "quantities": [q for q in quantities if start <= q.start and q.end <= end],
        }
        return Claim.of(
            text,
            start,
            end,
            kind=kind,
            cue=mention(_find(text, cue, cue_after or after)),
            source=source,
            source_mention=mention(_find(text, source_words, after)),
            **inside,
            **kw,
        )

    claims = [
        claim(
            "indirect",
            ("L’armée biélorusse, dans le cadre", "militaire du Kazakhstan"),
            "a déclaré",
            defense,
            "ministère biélorusse de la Défense",
        ),
        claim(
            "direct",
            ("Le contingent militaire", "militaire du Kazakhstan"),
            "a déclaré",
            defense,
            "service de presse du ministère de la Défense",
            after="Le contingent militaire",
        ),
        claim(
            "indirect",
            ("le personnel militaire", "dans le pays"),
            "a noté",
            defense,
            "Le ministère",
            after="Le ministère a noté",
        ),
        claim(
            "direct",
            ("Les militaires biélorusses", "situations anormales"),
            "a ajouté",
            defense,
            "ministère de la Défense",
            after="Les militaires biélorusses",
        ),
        claim(
            "indirect",
            ("environ 1 000 personnes", "au Kazakhstan"),
            "Selon",
            onu,
            "ONU",
            after="Selon l’ONU",
        ),
        claim(
            "indirect",
            ("18 agents de sécurité", "ont été tués"),
            "Selon",
            interior,
            "ministère de l’Intérieur de la république",
            after="Selon le ministère",
        ),
        claim(
            "mixed",
            ("il avait demandé l’aide de l’OTSC", "menace terroriste"),
            "a déclaré",
            tokayev,
            "Tokayev",
            after="Lors de la première",
            cue_after="l’intégrité de l’État",
        ),
        claim(
            "indirect",
            ("les terroristes", "déposeraient pas les armes"),
            "a annoncé",
            tokayev,
            "Tokayev",
            after="Le 7 janvier",
        ),
        claim(
            "indirect",
            ("toutes les revendications", "ont été entendues"),
            "a noté",
            tokayev,
            "le Président",
            after="Par ailleurs",
        ),
    ]
    return Article(
        text=text,
        raw=raw,
        title=text.split("\n", 1)[0],
        lang="fr",
        dates=dates,
        quantities=quantities,
        entities=entities,
        claims=claims,
        boilerplate=boilerplate,
        offsets=offsets,
        anchor=None,
        version="test",
    )


@pytest.fixture(scope="session")
def seed_article() -> Article:
    return build_seed_article()


# -- reading a rendered page back -----------------------------------------------------------

VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


class PageReader(HTMLParser):
    """Reads a report back: each annotation's text (fragments joined, badges left out),
    its attributes, and the article's own words. Works on our pages and on Chromium's
    --dump-dom output alike."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.annotations: dict[str, dict[str, object]] = {}
        self.words: list[str] = []
        self.resources: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.tags.append(tag)
        for name in ("src", "href", "action", "srcset", "poster", "data", "xlink:href"):
            if name in values:
                self.resources.append(values[name])
        if tag in VOID:
            return
        self.stack.append((tag, values))
        ident = values.get("data-ann")
        if ident and ident not in self.annotations:
            self.annotations[ident] = {"attrs": values, "text": []}

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if any("nk-badge" in attrs.get("class", "").split() for _, attrs in self.stack):
            return
        in_article = any(tag == "article" for tag, _ in self.stack)
        if in_article:
            self.words.append(data)
        for _, attrs in self.stack:
            ident = attrs.get("data-ann")
            if ident:
                self.annotations[ident]["text"].append(data)  # type: ignore[union-attr]

    def annotation_texts(self) -> dict[str, str]:
        return {k: "".join(v["text"]) for k, v in self.annotations.items()}  # type: ignore[arg-type]

    def by_kind(self, kind: str) -> list[tuple[str, dict[str, str]]]:
        return [
            ("".join(v["text"]), v["attrs"])  # type: ignore[arg-type]
            for v in self.annotations.values()
            if v["attrs"].get("data-kind") == kind  # type: ignore[union-attr]
        ]


def read_page(page: str) -> PageReader:
    reader = PageReader()
    reader.feed(page)
    reader.close()
    return reader


def squeeze(text: str) -> str:
    """``text`` without any white space: paragraphs and line breaks render differently."""
    return "".join(text.split())


def expected_annotations(article: Article) -> list[tuple[str, str, int, int]]:
    """(kind, text, start, end) of every annotation the report of ``article`` must show."""
    found = [("entity", m.text, m.start, m.end) for e in article.entities for m in e.mentions]
    found += [("date", d.text, d.start, d.end) for d in article.dates]
    found += [("quantity", q.text, q.start, q.end) for q in article.quantities]
    for claim in article.claims:
        found.append((str(claim.kind), claim.text, claim.start, claim.end))
        if claim.cue is not None:
            found.append(("cue", claim.cue.text, claim.cue.start, claim.cue.end))
        if claim.source_mention is not None:
            sm = claim.source_mention
            found.append(("source", sm.text, sm.start, sm.end))
    return [f for f in found if f[2] < f[3]]


def shown_annotations(reader: PageReader) -> list[tuple[str, str, int, int]]:
    return [
        (attrs["data-kind"], text, int(attrs["data-start"]), int(attrs["data-end"]))
        for text, attrs in (
            ("".join(v["text"]), v["attrs"])  # type: ignore[arg-type]
            for v in reader.annotations.values()
        )
    ]


@pytest.fixture(scope="session")
def analyzed_seed() -> Article:
    """The seed as the installed plugins analyze it (analyzed once: models load slowly)."""
    import newskit

    return newskit.analyze(seed_text())
