"""The timeline of a corpus: dates mentioned, bucketed by month (or year, or decade), as inline SVG."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from functools import cache

import regex

from newskit.render._escape import esc

__all__ = ["Timeline", "calendar_point"]

#: The most bars drawn; a longer span is drawn at the next coarser step.
MAX_BARS = 180


@cache
def _timex_calendar() -> regex.Pattern[str]:
    # TIMEX3 values that name a calendar point: 2022, 2022-01, 2022-01-05(T…), 2022-W01,
    # 2022-Q1, 2022-SU. Durations (P3D), PRESENT_REF and unknown years (XXXX-01-05) do not.
    return regex.compile(r"(\d{4})(?:-(?:(\d{2})|W(\d{2})))?")


def calendar_point(value: str) -> tuple[int, int | None] | None:
    """``(year, month)`` of a TIMEX3 value, month ``None`` when the value gives only the year."""
    match = _timex_calendar().match(value)
    if match is None:
        return None
    year = int(match.group(1))
    if match.group(2):
        month = int(match.group(2))
        return (year, month) if 1 <= month <= 12 else (year, None)
    if match.group(3):
        try:
            return (year, dt.date.fromisocalendar(year, int(match.group(3)), 1).month)
        except ValueError:
            return (year, None)
    return (year, None)


class Timeline:
    """Counts of calendar points, drawn as a bar chart at the finest step that fits."""

    def __init__(self) -> None:
        self.months: Counter[tuple[int, int]] = Counter()
        self.years: Counter[int] = Counter()  # dates known only to the year
        self.other = 0  # durations, sets, unknown years

    def add(self, values: Iterable[str]) -> None:
        for value in values:
            point = calendar_point(value)
            if point is None:
                self.other += 1
            elif point[1] is None:
                self.years[point[0]] += 1
            else:
                self.months[(point[0], point[1])] += 1

    @property
    def total(self) -> int:
        return sum(self.months.values()) + sum(self.years.values())

    def buckets(self) -> tuple[str, list[tuple[str, int]], Counter[int]]:
        """The step (``month``, ``year``, ``decade``), the bars in order, and the year-only
        counts not drawn (only at the month step: they have no month to stand on)."""
        if not self.total:
            return ("month", [], Counter())
        if self.months:
            first, last = min(self.months), max(self.months)
            span = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
            if span <= MAX_BARS:
                bars = []
                year, month = first
                while (year, month) <= last:
                    bars.append((f"{year:04d}-{month:02d}", self.months[(year, month)]))
                    year, month = (year + 1, 1) if month == 12 else (year, month + 1)
                return ("month", bars, Counter(self.years))
        by_year: Counter[int] = Counter(self.years)
        for (year, _month), count in self.months.items():
            by_year[year] += count
        low, high = min(by_year), max(by_year)
        if high - low + 1 <= MAX_BARS:
            return ("year", [(f"{y:04d}", by_year[y]) for y in range(low, high + 1)], Counter())
        by_decade: Counter[int] = Counter()
        for year, count in by_year.items():
            by_decade[year // 10 * 10] += count
        start, stop = min(by_decade), max(by_decade)
        return (
            "decade",
            [(f"{d:04d}s", by_decade[d]) for d in range(start, stop + 10, 10)],
            Counter(),
        )

    def svg(self, *, width: int = 960, height: int = 260) -> str:
        """The chart as an accessible inline ``<svg>`` (a title, a description, a tooltip per bar)."""
        step, bars, _ = self.buckets()
        left, right, top, bottom = 44, 12, 14, 46
        plot_w, plot_h = width - left - right, height - top - bottom
        peak = max((count for _, count in bars), default=0) or 1
        slot = plot_w / max(len(bars), 1)
        label_every = max(1, round(len(bars) / 16))
        parts = [
            f'<svg class="nk-chart" role="img" aria-labelledby="timeline-title timeline-desc" '
            f'viewBox="0 0 {width} {height}">',
            f'<title id="timeline-title">Dates mentioned, by {step}</title>',
            f'<desc id="timeline-desc">{esc(_describe(step, bars))}</desc>',
            f'<line class="nk-axis" x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}"/>',
            f'<line class="nk-axis" x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}"/>',
        ]
        for tick in sorted({0, peak // 2, peak}):
            y = top + plot_h - plot_h * tick / peak
            parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>')
        for i, (label, count) in enumerate(bars):
            bar_h = plot_h * count / peak
            x = left + i * slot + slot * 0.12
            y = top + plot_h - bar_h
            noun = "date" if count == 1 else "dates"
            parts.append(
                f'<rect class="nk-bar" data-bucket="{esc(label)}" data-count="{count}" x="{x:.1f}" '
                f'y="{y:.1f}" width="{slot * 0.76:.1f}" height="{bar_h:.1f}">'
                f"<title>{esc(label)}: {count} {noun}</title></rect>"
            )
            if i % label_every == 0:
                cx = left + (i + 0.5) * slot
                parts.append(
                    f'<text x="{cx:.1f}" y="{top + plot_h + 14}" text-anchor="end" '
                    f'transform="rotate(-40 {cx:.1f} {top + plot_h + 14})">{esc(label)}</text>'
                )
        parts.append("</svg>")
        return "\n".join(parts)


def _describe(step: str, bars: list[tuple[str, int]]) -> str:
    if not bars:
        return "No date was found."
    busiest = max(bars, key=lambda bar: bar[1])
    total = sum(count for _, count in bars)
    return (
        f"{total} dates from {bars[0][0]} to {bars[-1][0]}, by {step}; "
        f"the busiest {step} is {busiest[0]} with {busiest[1]}."
    )
