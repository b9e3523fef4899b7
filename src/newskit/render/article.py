"""The report of one article: annotated text, claims table, legends, removed boilerplate."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from newskit.render._escape import attributes, esc
from newskit.render._page import page
from newskit.render.format import anchor_words, number, quantity_value, source_name, timex_value
from newskit.render.marks import Mark, paragraphs, render_text
from newskit.types import Article, Claim, Entity, Quantity, Span, TimeExpression

__all__ = ["render_article"]

#: What each entity label means, for the key and the hover titles.
LABEL_WORDS = {"PER": "person", "ORG": "organisation", "LOC": "place", "MISC": "other name"}


class _Index:
    """Stable numbers for everything the page links to: D1, Q1, C1, entity-1…"""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.entities = sorted(article.entities, key=lambda e: (e.start, e.name))
        self.dates = list(article.dates)
        self.quantities = list(article.quantities)
        self.claims = list(article.claims)
        self._date_no = {_key(d): n for n, d in enumerate(self.dates, 1)}
        self._quantity_no = {_key(q): n for n, q in enumerate(self.quantities, 1)}
        self._entity_no = {id(e): n for n, e in enumerate(self.entities, 1)}
        self._entity_by_value = {(e.name, str(e.label)): n for n, e in enumerate(self.entities, 1)}

    def date_no(self, date: TimeExpression) -> int | None:
        return self._date_no.get(_key(date))

    def quantity_no(self, quantity: Quantity) -> int | None:
        return self._quantity_no.get(_key(quantity))

    def entity_no(self, entity: Entity) -> int | None:
        found = self._entity_no.get(id(entity))
        return (
            found
            if found is not None
            else self._entity_by_value.get((entity.name, str(entity.label)))
        )


def _key(span: Span) -> tuple[int, int, str]:
    return (span.start, span.end, span.text)


def render_article(article: Article) -> str:
    """One self-contained HTML page showing what newskit found in ``article``.

    The clean text with every annotation marked by kind (entities by label, dates and
    quantities with their normalized value on hover and in the legends below), claims as
    boxed passages naming their source and cue, a table of claims, and the boilerplate
    that was removed, folded at the end. All text is escaped.
    """
    index = _Index(article)
    title_range = _title_range(article)
    heading = "" if title_range else f"<h1>{esc(article.title or 'Article')}</h1>\n"
    body = "\n".join(
        [
            f'<header>\n<p class="nk-kicker">newskit report</p>\n{heading}{_facts(article)}\n</header>',
            "<main>",
            _key_section(),
            '<div class="nk-layout">',
            _text_section(article, index, title_range),
            _claims_section(index),
            "</div>",
            _entities_section(index),
            _dates_section(index),
            _quantities_section(index),
            _boilerplate_section(article),
            "</main>",
        ]
    )
    return page(title=f"newskit · {article.title or 'article'}", body=body, version=article.version)


# -- header and key ------------------------------------------------------------------------


def _facts(article: Article) -> str:
    facts: list[tuple[str, str]] = []
    if article.published:
        facts.append(("Published", article.published.isoformat()))
    facts.append(("Dates anchored on", article.anchor or "nothing (no publication date)"))
    facts.append(("Language", article.lang))
    counts = (
        f"{len(article.entities)} entities, {len(article.dates)} dates, "
        f"{len(article.quantities)} quantities, {len(article.claims)} claims"
    )
    facts.append(("Found", counts))
    items = "".join(f"<div><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>" for k, v in facts)
    # What the source said about itself (URL, site, author…), apart from what newskit found.
    # The URL is shown as text, never as a link: the page refers to nothing outside itself.
    source = "".join(
        f"<div><dt>{esc(_fact_name(k))}</dt><dd>{esc(v)}</dd></div>"
        for k, v in article.metadata.items()
    )
    source_list = f'\n<dl class="nk-facts">{source}</dl>' if source else ""
    return f'<dl class="nk-facts">{items}</dl>{source_list}'


def _fact_name(key: str) -> str:
    return "URL" if key.lower() == "url" else key.replace("_", " ").capitalize()


def _key_section() -> str:
    entity_samples = "".join(
        f'<li><mark class="nk-entity" data-label="{label}">{words}<span class="nk-badge">{label}</span></mark></li>'
        for label, words in LABEL_WORDS.items()
    )
    return (
        '<section class="nk-key" aria-labelledby="key-heading">\n'
        '<h2 id="key-heading">Key</h2>\n<ul>'
        f"{entity_samples}"
        '<li><mark class="nk-date">date<a class="nk-badge" href="#dates-heading">D1</a></mark> '
        "TIMEX3 value on hover and under Dates</li>"
        '<li><mark class="nk-quantity">quantity<a class="nk-badge" href="#quantities-heading">Q1</a></mark> '
        "normalized value on hover and under Quantities</li>"
        '<li><span class="nk-claim"><span class="nk-badge">C1</span>reported statement</span></li>'
        '<li><span class="nk-source">who said it<span class="nk-badge">source</span></span></li>'
        '<li><span class="nk-cue">a déclaré<span class="nk-badge">cue</span></span></li>'
        "</ul>\n</section>"
    )


# -- annotated text ------------------------------------------------------------------------


def _title_range(article: Article) -> tuple[int, int] | None:
    span = article.title_span
    if span is None:
        return None
    for start, end in paragraphs(article.text):
        if (start, end) == (span.start, span.end) or article.text[start:end].strip() == span.text:
            return (start, end)
    return None


def _text_section(article: Article, index: _Index, title_range: tuple[int, int] | None) -> str:
    marks = list(_marks(index))
    # A text of white space only still gets one (blank) paragraph to hold its marks.
    ranges = paragraphs(article.text) or ([(0, len(article.text))] if article.text else [])
    blocks: list[str] = []
    for number_, (start, end) in enumerate(ranges):
        head = ranges[number_ - 1][1] if number_ else 0
        tail = ranges[number_ + 1][0] if number_ + 1 < len(ranges) else len(article.text)
        inner = render_text(article.text, start, end, marks, head=head, tail=tail)
        element = "h1" if (start, end) == title_range else "p"
        blocks.append(f"<{element}>{inner}</{element}>")
    if not blocks:
        blocks.append('<p class="nk-muted">(empty text)</p>')
    return (
        f'<article class="nk-text"{attributes({"lang": article.lang})} aria-label="Annotated text">\n'
        + "\n".join(blocks)
        + "\n</article>"
    )


def _marks(index: _Index) -> Iterator[Mark]:
    for n, claim in enumerate(index.claims, 1):
        yield from _claim_marks(n, claim)
    for entity in index.entities:
        number = index.entity_no(entity)
        label = str(entity.label)
        for m, mention in enumerate(entity.mentions, 1):
            yield Mark(
                start=mention.start,
                end=mention.end,
                ident=f"entity-{number}-{m}",
                layer=2,
                attrs={
                    "class": "nk-entity",
                    "data-kind": "entity",
                    "data-label": label,
                    "data-entity": f"entity-{number}",
                    "data-start": mention.start,
                    "data-end": mention.end,
                    "title": f"{label} ({LABEL_WORDS.get(label, label)}): {entity.name}",
                },
                after=f'<span class="nk-badge">{esc(label)}</span>',
            )
    seen = set()
    for n, date in enumerate(index.dates, 1):
        seen.add(_key(date))
        yield _date_mark(f"D{n}", f"date-{n}", date)
    for n, quantity in enumerate(index.quantities, 1):
        seen.add(_key(quantity))
        yield _quantity_mark(f"Q{n}", f"quantity-{n}", quantity)
    # Dates and quantities a claim holds that the article lists nowhere else (only in
    # hand-built articles: the pipeline takes a claim's from the article's own lists).
    for c, claim in enumerate(index.claims, 1):
        for n, date in enumerate(claim.dates, 1):
            if _key(date) not in seen:
                seen.add(_key(date))
                yield _date_mark(f"C{c}.D{n}", None, date)
        for n, quantity in enumerate(claim.quantities, 1):
            if _key(quantity) not in seen:
                seen.add(_key(quantity))
                yield _quantity_mark(f"C{c}.Q{n}", None, quantity)


def _date_mark(label: str, anchor: str | None, date: TimeExpression) -> Mark:
    value = timex_value(date)
    return Mark(
        start=date.start,
        end=date.end,
        ident=f"date-{label}",
        layer=3,
        attrs={
            "class": "nk-date",
            "data-kind": "date",
            "data-value": date.value,
            "data-type": str(date.type),
            "data-start": date.start,
            "data-end": date.end,
            "title": f"{label}: {value}; anchored {anchor_words(date)}",
        },
        after=_badge_link(label, anchor),
    )


def _quantity_mark(label: str, anchor: str | None, quantity: Quantity) -> Mark:
    value = quantity_value(quantity)
    return Mark(
        start=quantity.start,
        end=quantity.end,
        ident=f"quantity-{label}",
        layer=3,
        attrs={
            "class": "nk-quantity",
            "data-kind": "quantity",
            "data-value": value,
            "data-start": quantity.start,
            "data-end": quantity.end,
            "title": f"{label}: {value} ({quantity.kind})",
        },
        after=_badge_link(label, anchor),
    )


def _badge_link(label: str, anchor: str | None) -> str:
    if anchor is None:
        return f'<span class="nk-badge">{esc(label)}</span>'
    return f'<a class="nk-badge" href="#{anchor}">{esc(label)}</a>'


def _claim_marks(n: int, claim: Claim) -> Iterator[Mark]:
    cue = claim.cue.text if claim.cue else "no cue"
    badge = f"C{n} {claim.kind} · {source_name(claim)} · {cue}"
    yield Mark(
        start=claim.start,
        end=claim.end,
        ident=f"claim-{n}",
        element="span",
        layer=0,
        attrs={
            "class": "nk-claim",
            "data-kind": str(claim.kind),
            "data-claim": f"claim-{n}",
            "data-start": claim.start,
            "data-end": claim.end,
        },
        before=f'<a class="nk-badge" id="claim-{n}-text" href="#claim-{n}">{esc(badge)}</a>',
    )
    for role, part in (("source", claim.source_mention), ("cue", claim.cue)):
        if part is None:
            continue
        yield Mark(
            start=part.start,
            end=part.end,
            ident=f"claim-{n}-{role}",
            element="span",
            layer=1,
            attrs={
                "class": f"nk-{role}",
                "data-kind": role,
                "data-claim": f"claim-{n}",
                "data-start": part.start,
                "data-end": part.end,
            },
            after=f'<span class="nk-badge">{role} C{n}</span>',
        )


# -- tables --------------------------------------------------------------------------------


def _claims_section(index: _Index) -> str:
    rows = []
    for n, claim in enumerate(index.claims, 1):
        rows.append(
            f'<tr id="claim-{n}" data-claim="claim-{n}">'
            f'<th scope="row"><a href="#claim-{n}-text">C{n}</a></th>'
            f"<td>{_source_cell(claim, index)}</td>"
            f"<td>{esc(claim.cue.text) if claim.cue else '<span class=nk-muted>none</span>'}</td>"
            f"<td>{esc(claim.kind)}</td>"
            f"<td>{esc(claim.text)}</td>"
            f"<td>{_list(_date_ref(d, index) for d in claim.dates)}</td>"
            f"<td>{_list(_quantity_ref(q, index) for q in claim.quantities)}</td>"
            "</tr>"
        )
    table = (
        '<div class="nk-scroll" tabindex="0" role="region" aria-label="Who said what, in text order">'
        "<table>\n<caption>Who said what, in text order</caption>\n"
        '<colgroup><col class="nk-c-no"><col class="nk-c-source"><col class="nk-c-cue">'
        '<col class="nk-c-kind"><col><col class="nk-c-dates"><col class="nk-c-qty"></colgroup>\n'
        "<thead><tr>"
        '<th scope="col">#</th><th scope="col">Source</th><th scope="col">Cue</th>'
        '<th scope="col">Kind</th><th scope="col">Content</th><th scope="col">Dates</th>'
        '<th scope="col">Quantities</th></tr></thead>\n<tbody>\n'
        + "\n".join(rows)
        + "\n</tbody>\n</table></div>"
    )
    if not rows:
        table = '<p class="nk-muted">No claim was found.</p>'
    return (
        '<aside class="nk-claims" aria-labelledby="claims-heading">\n'
        f'<h2 id="claims-heading">Claims ({len(rows)})</h2>\n{table}\n</aside>'
    )


def _source_cell(claim: Claim, index: _Index) -> str:
    parts = []
    if claim.source is not None:
        n = index.entity_no(claim.source)
        name = esc(claim.source.name)
        label = esc(claim.source.label)
        link = f'<a href="#entity-{n}">{name}</a>' if n else name
        parts.append(f'{link} <span class="nk-badge" data-label="{label}">{label}</span>')
    if claim.source_mention is not None and (
        claim.source is None or claim.source_mention.text != claim.source.name
    ):
        parts.append(f"as “{esc(claim.source_mention.text)}”")
    if not claim.source_resolved:
        parts.append('<span class="nk-flag">⚠ unresolved: not linked to an entity</span>')
    if claim.source is None and claim.source_mention is None:
        parts.append('<span class="nk-muted">unattributed</span>')
    return "<br>".join(parts)


def _list(items: Iterator[str]) -> str:
    values = list(items)
    return "<br>".join(values) if values else '<span class="nk-muted">–</span>'


def _date_ref(date: TimeExpression, index: _Index) -> str:
    n = index.date_no(date)
    value = f'<span class="nk-value">{esc(date.value)}</span>'
    return f'<a href="#date-{n}">D{n}</a> {value}' if n else value


def _quantity_ref(quantity: Quantity, index: _Index) -> str:
    n = index.quantity_no(quantity)
    value = f'<span class="nk-value">{esc(quantity_value(quantity))}</span>'
    return f'<a href="#quantity-{n}">Q{n}</a> {value}' if n else value


def _entities_section(index: _Index) -> str:
    items = []
    for n, entity in enumerate(index.entities, 1):
        label = esc(entity.label)
        forms = Counter(m.text for m in entity.mentions)
        listed = ", ".join(
            f"“{esc(text)}”" + (f" ×{count}" if count > 1 else "") for text, count in forms.items()
        )
        plural = "s" if len(entity.mentions) > 1 else ""
        items.append(
            f'<li id="entity-{n}"><span class="nk-badge" data-label="{label}">{label}</span> '
            f"<strong>{esc(entity.name)}</strong>: {len(entity.mentions)} mention{plural} ({listed})</li>"
        )
    content = (
        '<ul class="nk-entities">' + "".join(items) + "</ul>"
        if items
        else '<p class="nk-muted">No entity was found.</p>'
    )
    return (
        '<section aria-labelledby="entities-heading">\n'
        f'<h2 id="entities-heading">Entities ({len(items)})</h2>\n{content}\n</section>'
    )


def _dates_section(index: _Index) -> str:
    rows = [
        f'<tr id="date-{n}"><th scope="row">D{n}</th><td>{esc(d.text)}</td><td>{esc(d.type)}</td>'
        f'<td class="nk-value">{esc(d.value)}</td><td>{esc(d.mod or "–")}</td>'
        f"<td>{esc(_range(d))}</td><td>{esc(anchor_words(d))}</td></tr>"
        for n, d in enumerate(index.dates, 1)
    ]
    head = ("Text", "Type", "TIMEX3 value", "Mod", "Range", "Anchored")
    return _table_section("dates", "Dates", "TIMEX3 values of the dates in the text", head, rows)


def _range(date: TimeExpression) -> str:
    if not (date.begin or date.until):
        return "–"
    return f"{date.begin or '?'} → {date.until or '?'}"


def _quantities_section(index: _Index) -> str:
    rows = [
        f'<tr id="quantity-{n}"><th scope="row">Q{n}</th><td>{esc(q.text)}</td><td>{esc(q.kind)}</td>'
        f'<td class="nk-value">{esc(quantity_value(q))}</td>'
        f'<td class="nk-num">{esc(number(q.value) if q.value is not None else "–")}</td>'
        f"<td>{esc(q.unit or '–')}</td><td>{'yes' if q.approximate else 'no'}</td></tr>"
        for n, q in enumerate(index.quantities, 1)
    ]
    head = ("Text", "Kind", "Normalized", "Value", "Unit", "Approximate")
    return _table_section("quantities", "Quantities", "Normalized quantities", head, rows)


def _table_section(
    slug: str, title: str, caption: str, head: tuple[str, ...], rows: list[str]
) -> str:
    if not rows:
        content = f'<p class="nk-muted">No {title.lower()} found.</p>'
    else:
        cells = '<th scope="col">#</th>' + "".join(f'<th scope="col">{esc(h)}</th>' for h in head)
        content = (
            f'<div class="nk-scroll" tabindex="0" role="region" aria-label="{esc(caption)}">'
            f"<table>\n<caption>{esc(caption)}</caption>\n"
            f"<thead><tr>{cells}</tr></thead>\n<tbody>\n"
            + "\n".join(rows)
            + "\n</tbody>\n</table></div>"
        )
    return (
        f'<section aria-labelledby="{slug}-heading">\n'
        f'<h2 id="{slug}-heading">{esc(title)} ({len(rows)})</h2>\n{content}\n</section>'
    )


def _boilerplate_section(article: Article) -> str:
    removed = article.boilerplate
    size = sum(b.length for b in removed)
    items = "".join(
        f'<li data-start="{b.start}" data-end="{b.end}"><p>{esc(b.reason or "removed")} '
        f'<span class="nk-muted">(characters {b.start}–{b.end} of the input)</span></p>'
        f'<blockquote lang="{esc(article.lang)}">{esc(b.text)}</blockquote></li>'
        for b in removed
    )
    content = f"<ol>{items}</ol>" if items else '<p class="nk-muted">Nothing was removed.</p>'
    plural = "" if len(removed) == 1 else "s"
    return (
        '<details class="nk-boilerplate">\n'
        f"<summary>Removed boilerplate: {len(removed)} passage{plural}, {size} characters</summary>\n"
        f"{content}\n</details>"
    )
