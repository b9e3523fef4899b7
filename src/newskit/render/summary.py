"""The corpus overview: top entities, sources of claims, and a timeline of dates mentioned.

It reads JSON records (as :meth:`newskit.Article.to_dict` writes them, one per line of a
results file) as plain dicts in one streaming pass: a corpus of any size takes the memory
of its counters only, and a record that is not an article (an error line) is counted and
skipped rather than failing the whole page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from newskit.render._escape import esc
from newskit.render._page import page
from newskit.render.timeline import Timeline

__all__ = ["render_summary"]

#: Rows shown in each top-N table.
TOP = 25


class _Tally:
    """Everything the overview counts, filled one record at a time."""

    def __init__(self) -> None:
        self.articles = 0
        self.skipped = 0
        self.published: list[str] = []  # the earliest and latest publication dates seen
        self.claims = 0
        self.entity_articles: Counter[tuple[str, str]] = Counter()
        self.entity_mentions: Counter[tuple[str, str]] = Counter()
        self.source_claims: Counter[tuple[str, str]] = Counter()
        self.source_direct: Counter[tuple[str, str]] = Counter()
        self.source_articles: Counter[tuple[str, str]] = Counter()
        self.source_cues: dict[tuple[str, str], Counter[str]] = {}
        self.timeline = Timeline()

    def add(self, record: Any) -> None:
        article = _article_record(record)
        if article is None:
            self.skipped += 1
            return
        self.articles += 1
        published = article.get("published")
        if isinstance(published, str) and published:
            self.published = [
                min([published, *self.published[:1]]),
                max([published, *self.published[1:]]),
            ]
        seen: set[tuple[str, str]] = set()
        for entity in _dicts(article.get("entities")):
            key = (str(entity.get("name") or "?"), str(entity.get("label") or "?"))
            self.entity_mentions[key] += len(_dicts(entity.get("mentions"))) or 1
            seen.add(key)
        self.entity_articles.update(seen)
        sources: set[tuple[str, str]] = set()
        for claim in _dicts(article.get("claims")):
            key = _source_key(claim)
            self.claims += 1
            self.source_claims[key] += 1
            if claim.get("kind") in ("direct", "mixed"):
                self.source_direct[key] += 1
            cue = claim.get("cue")
            if isinstance(cue, Mapping) and cue.get("text"):
                self.source_cues.setdefault(key, Counter())[str(cue["text"]).lower()] += 1
            sources.add(key)
        self.source_articles.update(sources)
        self.timeline.add(
            str(d.get("value")) for d in _dicts(article.get("dates")) if d.get("value")
        )


def _article_record(record: Any) -> Mapping[str, Any] | None:
    if not isinstance(record, Mapping):
        return None
    if isinstance(record.get("article"), Mapping):  # a wrapper line {"id": …, "article": {…}}
        record = record["article"]
    return record if "text" in record else None


def _dicts(value: Any) -> list[Mapping[str, Any]]:
    return [item for item in value if isinstance(item, Mapping)] if isinstance(value, list) else []


def _source_key(claim: Mapping[str, Any]) -> tuple[str, str]:
    source = claim.get("source")
    if isinstance(source, Mapping) and source.get("name"):
        return (str(source["name"]), str(source.get("label") or "?"))
    mention = claim.get("source_mention")
    if isinstance(mention, Mapping) and mention.get("text"):
        return (str(mention["text"]), "unresolved")
    return ("unattributed", "none")


def render_summary(records: Iterable[Mapping[str, Any]], *, title: str = "Corpus overview") -> str:
    """One self-contained HTML page summarizing a corpus of analyzed articles.

    ``records`` are article records as :meth:`newskit.Article.to_dict` makes them (the
    lines of a results JSONL file, parsed). Records that are not articles are counted and
    skipped.
    """
    tally = _Tally()
    for record in records:
        tally.add(record)
    skipped = f", {tally.skipped} records skipped (not articles)" if tally.skipped else ""
    if tally.published:
        skipped = f", published from {tally.published[0]} to {tally.published[1]}{skipped}"
    body = "\n".join(
        [
            '<header>\n<p class="nk-kicker">newskit corpus overview</p>\n'
            f"<h1>{esc(title)}</h1>\n"
            f'<p class="nk-facts">{tally.articles} articles, {tally.claims} claims, '
            f"{tally.timeline.total} dated mentions{esc(skipped)}</p>\n</header>",
            "<main>",
            _entities(tally),
            _sources(tally),
            _timeline(tally),
            "</main>",
        ]
    )
    return page(title=f"newskit · {title}", body=body)


def _meter(value: int, peak: int) -> str:
    width = 100 * value / peak if peak else 0
    return f'<span class="nk-meter" style="width: {width:.1f}%" aria-hidden="true"></span>'


def _label_badge(label: str) -> str:
    return f'<span class="nk-badge" data-label="{esc(label)}">{esc(label)}</span>'


def _entities(tally: _Tally) -> str:
    ranked = sorted(
        tally.entity_articles,
        key=lambda k: (-tally.entity_articles[k], -tally.entity_mentions[k], k),
    )[:TOP]
    peak = max((tally.entity_articles[k] for k in ranked), default=0)
    rows = [
        f'<tr><th scope="row">{esc(name)}</th><td>{_label_badge(label)}</td>'
        f'<td class="nk-num">{tally.entity_articles[(name, label)]}</td>'
        f'<td class="nk-num">{tally.entity_mentions[(name, label)]}</td>'
        f'<td style="width: 30%">{_meter(tally.entity_articles[(name, label)], peak)}</td></tr>'
        for name, label in ranked
    ]
    head = ("Entity", "Label", "Articles", "Mentions", "Share of articles")
    return _section(
        "entities",
        f"Top entities ({len(ranked)} of {len(tally.entity_articles)})",
        "Entities named in the most articles",
        head,
        rows,
        "No entity was found.",
    )


def _sources(tally: _Tally) -> str:
    ranked = sorted(tally.source_claims, key=lambda k: (-tally.source_claims[k], k))[:TOP]
    peak = max((tally.source_claims[k] for k in ranked), default=0)
    rows = []
    for key in ranked:
        name, label = key
        cues = ", ".join(
            f"{esc(c)} ×{n}" for c, n in tally.source_cues.get(key, Counter()).most_common(3)
        )
        rows.append(
            f'<tr><th scope="row">{esc(name)}</th><td>{_label_badge(label)}</td>'
            f'<td class="nk-num">{tally.source_claims[key]}</td>'
            f'<td class="nk-num">{tally.source_direct[key]}</td>'
            f'<td class="nk-num">{tally.source_articles[key]}</td>'
            f"<td>{cues or '–'}</td>"
            f'<td style="width: 20%">{_meter(tally.source_claims[key], peak)}</td></tr>'
        )
    head = ("Source", "Label", "Claims", "Quoted directly", "Articles", "Commonest cues", "Share")
    return _section(
        "sources",
        f"Sources of claims ({len(ranked)} of {len(tally.source_claims)})",
        "Who is reported as saying things, most often first",
        head,
        rows,
        "No claim was found.",
    )


def _timeline(tally: _Tally) -> str:
    step, bars, year_only = tally.timeline.buckets()
    if not bars:
        content = '<p class="nk-muted">No calendar date was found.</p>'
    else:
        extra = ""
        if year_only:
            years = ", ".join(f"{y} ({n})" for y, n in sorted(year_only.items()))
            extra = f"<p>Not drawn: {sum(year_only.values())} dates known only to the year: {esc(years)}.</p>"
        if tally.timeline.other:
            extra += (
                f"<p>Not drawn: {tally.timeline.other} durations, sets or dates without a year.</p>"
            )
        rows = "".join(
            f'<tr><th scope="row">{esc(label)}</th><td class="nk-num">{n}</td></tr>'
            for label, n in bars
            if n
        )
        content = (
            f"<figure>\n{tally.timeline.svg()}\n<figcaption>Dates mentioned in the articles, by {step}."
            f"</figcaption>\n</figure>\n{extra}"
            f"<details><summary>The timeline as a table</summary><table><caption>Dates by {step}</caption>"
            f'<thead><tr><th scope="col">{esc(step.capitalize())}</th><th scope="col" class="nk-num">Dates</th>'
            f"</tr></thead><tbody>{rows}</tbody></table></details>"
        )
    return f'<section aria-labelledby="timeline-heading">\n<h2 id="timeline-heading">Timeline of dates</h2>\n{content}\n</section>'


def _section(
    slug: str, title: str, caption: str, head: tuple[str, ...], rows: list[str], empty: str
) -> str:
    if rows:
        cells = "".join(f'<th scope="col">{esc(h)}</th>' for h in head)
        content = (
            f'<div class="nk-scroll" tabindex="0" role="region" aria-label="{esc(caption)}">'
            f"<table>\n<caption>{esc(caption)}</caption>\n"
            f"<thead><tr>{cells}</tr></thead>\n<tbody>\n"
            + "\n".join(rows)
            + "\n</tbody>\n</table></div>"
        )
    else:
        content = f'<p class="nk-muted">{esc(empty)}</p>'
    return f'<section aria-labelledby="{slug}-heading">\n<h2 id="{slug}-heading">{esc(title)}</h2>\n{content}\n</section>'
