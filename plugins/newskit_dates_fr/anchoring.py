"""Where a value without a year or a reference gets it from: the publication date or the narrative.

One :class:`Anchoring` lives for one text and is walked in text order, so it can remember
the last explicit year and the last full date the narrative set. It is never shared
between calls (no module-level state).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from newskit import AnchorKind
from newskit_dates_fr.calendar_ops import safe_date

__all__ = ["Anchoring", "Reference"]

#: (reference date or year, how it was found, its ISO form)
Reference = tuple[dt.date | None, AnchorKind, str | None]

# A date more than this many days on the "wrong" side of the publication date for the
# sentence's tense moves to the neighbouring year ("a eu lieu le 20 décembre", published 5 January).
_TENSE_SLACK_DAYS = 31
# How far from an expression its tense is looked for, when no sentence break is nearer.
_CLAUSE = 300


@functools.cache
def _tense_markers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    past = re.compile(
        r"(?<![\w])(?:a|ont|avait|avaient|était|étaient|fut|furent|eut|eurent|s['’]est|se\s+sont|"
        r"a\s+été|ont\s+été|dernier|dernière|passé|passée)(?![\w])"
    )
    future = re.compile(
        r"(?<![\w])(?:sera|seront|aura|auront|va|vont|devra|devront|doit|doivent|prévu|prévue|"
        r"prévus|prévues|prochain|prochaine|\w{2,}(?:era|eront|ira|iront|dra|dront))(?![\w])"
    )
    return past, future


class Anchoring:
    """The references of one text: the publication date, the narrative's year and last date."""

    def __init__(self, lower: str, published: dt.date | None, first_year: int | None) -> None:
        self.lower = lower
        self.published = published
        #: the last explicit year; before any, the first explicit year of the text when
        #: there is no publication date (the seed sets it after its first mention only).
        self.year: int | None = first_year if published is None else None
        self.year_explicit = False
        self.year_at = 0
        #: the start of the expression being resolved, set by the walk before each one
        self.cursor = 0
        self._marks: dict[str, list[int]] = {}
        #: the last date or period mentioned, with its precision ("D", "M" or "Y")
        self.last_mention: tuple[dt.date, str] | None = None
        self.last_date: dt.date | None = None
        self.last_date_end = -1

    # -- what the narrative says --------------------------------------------------------

    def saw_year(self, year: int) -> None:
        """An explicit year of a specific date or period: it sets the narrative's year."""
        self.year = year
        self.year_explicit = True
        self.year_at = self.cursor
        self.last_mention = (dt.date(year, 1, 1), "Y")

    def saw_month(self, year: int, month: int) -> None:
        """An explicit month of a year ("en novembre 2015"): "trois mois plus tard" counts from it."""
        self.saw_year(year)
        self.last_mention = (dt.date(year, month, 1), "M")

    def saw_date(self, day: dt.date, end: int) -> None:
        """A full date was mentioned: "la veille", "à 9 h", "lundi" may refer to it."""
        self.last_date = day
        self.last_date_end = end
        self.last_mention = (day, "D")

    # -- the references ---------------------------------------------------------------

    def deictic(self) -> Reference:
        """The reference of "aujourd'hui", "hier", "il y a trois jours": the publication date."""
        if self.published is not None:
            return self.published, AnchorKind.PUBLICATION, self.published.isoformat()
        return None, AnchorKind.NONE, None

    def narrative_day(self) -> Reference:
        """The reference of "la veille", "deux jours plus tard": the last date mentioned."""
        if self.last_date is not None:
            return self.last_date, AnchorKind.NARRATIVE, self.last_date.isoformat()
        return self.deictic()

    def narrative_for(self, unit: str) -> Reference:
        """The reference of "sept ans plus tard": the last date or period mentioned.

        A period counts when it is precise enough for the unit: a year for years ("En 2015 …
        sept ans plus tard"), a month for months; days and weeks need a day.
        """
        if self.last_mention is not None:
            day, precision = self.last_mention
            usable = {
                "D": True,
                "M": unit in ("M", "Y", "DE", "CE"),
                "Y": unit in ("Y", "DE", "CE"),
            }
            if usable[precision]:
                shown = {"D": day.isoformat(), "M": day.strftime("%Y-%m"), "Y": str(day.year)}
                return day, AnchorKind.NARRATIVE, shown[precision]
        return self.narrative_day()

    def day_for_time(self, start: int) -> Reference:
        """The day a bare time ("à 9 h", "en fin d'après-midi") falls on.

        The last date of the same paragraph, else the publication date, else the last date.
        """
        if self.last_date is not None and not self._crosses("\n", self.last_date_end, start):
            return self.last_date, AnchorKind.NARRATIVE, self.last_date.isoformat()
        if self.published is not None:
            return self.deictic()
        return self.narrative_day()

    def weekday_ref(self) -> Reference:
        """The reference of a bare weekday: the publication date, else the narrative's last date."""
        if self.published is not None:
            return self.deictic()
        return self.narrative_day()

    def year_ref(self) -> tuple[int | None, AnchorKind, str | None]:
        """The year of a month or season given without one ("en mars", "à l'automne")."""
        if self.year is not None and (
            self.published is None or (self.year_explicit and self._year_holds())
        ):
            return self.year, AnchorKind.NARRATIVE, str(self.year)
        if self.published is not None:
            return self.published.year, AnchorKind.PUBLICATION, self.published.isoformat()
        return None, AnchorKind.NONE, None

    def _against_tense(self, day: dt.date, start: int, end: int) -> bool:
        """True when ``day`` contradicts the tense, seen from the publication date.

        "Le procès, ouvert le 8 septembre 2021, doit s'achever le 29 juin" (published in
        June 2022): the narrative's 2021 would put a future event a year in the past.
        """
        if self.published is None:
            return False
        days = (day - self.published).days
        if abs(days) <= _TENSE_SLACK_DAYS:
            return False
        tense = self.tense(start, end)
        return (tense > 0 and days < 0) or (tense < 0 and days > 0)

    def _year_holds(self) -> bool:
        """Whether the narrative's year still beats the publication date's at the cursor.

        A year of the last twelve months or so holds to the end ("au début de 2022" … "le 7
        janvier", published in 2023); an older one, to the end of its paragraph ("En 2018,
        une grève… Le 5 mars, …"); a year to come, to the end of its sentence ("entrera en
        vigueur le 1er janvier 2025… d'ici à l'été" is next summer, not 2025's).
        """
        assert self.published is not None
        assert self.year is not None
        if self.published.year - 1 <= self.year <= self.published.year:
            return True
        if self.year < self.published.year:
            return not self._crosses("\n", self.year_at, self.cursor)
        return not self._crosses("\n", self.year_at, self.cursor) and not self._crosses(
            ". ", self.year_at, self.cursor
        )

    def _crosses(self, mark: str, start: int, end: int) -> bool:
        """Whether ``mark`` (a paragraph or sentence break) occurs in ``[start, end)``.

        The positions of each mark are found once per text, so the answer costs a bisection
        however far apart the two offsets are.
        """
        if mark not in self._marks:
            self._marks[mark] = [i.start() for i in re.finditer(re.escape(mark), self.lower)]
        positions = self._marks[mark]
        index = bisect.bisect_left(positions, start)
        return index < len(positions) and positions[index] + len(mark) <= end

    def tense(self, start: int, end: int) -> int:
        """-1 when the clause of ``[start, end)`` reports the past, +1 the future, else 0.

        The verb nearest before the expression governs it ("le PSG a battu Nantes samedi,
        et l'OM jouera dimanche"); at the head of its sentence, the verb after it does
        ("Samedi, le PSG a battu Nantes").
        """
        lower = self.lower
        # a sentence, or at most a few hundred characters around the expression
        low, high = max(0, start - _CLAUSE), min(len(lower), end + _CLAUSE)
        left = max(lower.rfind(". ", low, start), lower.rfind("\n", low, start), low - 1) + 1
        right_candidates = [
            i for i in (lower.find(". ", end, high), lower.find("\n", end, high)) if i >= 0
        ]
        right = min(right_candidates) if right_candidates else high
        past, future = _tense_markers()
        for low, high in ((left, start), (end, right)):
            nearest_past = _nearest(past, lower, low, high, start, end)
            nearest_future = _nearest(future, lower, low, high, start, end)
            if nearest_past is None and nearest_future is None:
                continue
            if nearest_future is None:
                return -1
            if nearest_past is None:
                return 1
            return -1 if nearest_past <= nearest_future else 1
        return 0

    def month_day(
        self,
        month: int,
        day: int,
        start: int,
        end: int,
        *,
        weekday: int | None = None,
        relative: int = 0,
    ) -> tuple[dt.date | None, AnchorKind, str | None]:
        """The year of "5 janvier": the narrative's year, else the publication date's, news-style.

        ``relative`` is -1 for "dernier", +1 for "prochain": the occurrence strictly before or
        after the reference. A weekday given with the date ("mercredi 4 octobre") picks the
        year in which it holds, among the candidate years.
        """
        if relative:
            ref, kind, value = self.deictic() if self.published else self.narrative_day()
            if ref is None:
                return None, AnchorKind.NONE, None
            candidates = [
                d
                for y in range(ref.year - 1, ref.year + 2)
                if (d := safe_date(y, month, day)) is not None
            ]
            if relative < 0:
                found = max((d for d in candidates if d < ref), default=None)
            else:
                found = min((d for d in candidates if d > ref), default=None)
            return found, kind, value
        year, kind, value = self.year_ref()
        if kind is AnchorKind.NARRATIVE and year is not None:
            choice = safe_date(year, month, day)
            if weekday is not None and choice is not None and choice.isoweekday() != weekday:
                for other in (year - 1, year + 1):
                    moved = safe_date(other, month, day)
                    if moved is not None and moved.isoweekday() == weekday:
                        return moved, kind, value
            if choice is None or not self._against_tense(choice, start, end):
                return choice, kind, value
        if self.published is None:
            return None, AnchorKind.NONE, None
        ref = self.published
        candidates = [
            d
            for y in (ref.year - 1, ref.year, ref.year + 1)
            if (d := safe_date(y, month, day)) is not None
        ]
        if not candidates:  # "31 février"
            return None, AnchorKind.NONE, None
        if weekday is not None:
            matching = [d for d in candidates if d.isoweekday() == weekday]
            candidates = matching or candidates
        tense = self.tense(start, end)

        def cost(d: dt.date) -> int:
            days = (d - ref).days
            if (tense < 0 and days > _TENSE_SLACK_DAYS) or (
                tense > 0 and days < -_TENSE_SLACK_DAYS
            ):
                return abs(days) + 400
            return abs(days)

        return min(candidates, key=cost), AnchorKind.PUBLICATION, ref.isoformat()


def _nearest(
    pattern: re.Pattern[str], text: str, left: int, right: int, start: int, end: int
) -> int | None:
    best = None
    for match in pattern.finditer(text, left, right):
        if start <= match.start() < end:
            continue  # the expression's own words ("dernier") are not the sentence's tense
        distance = start - match.end() if match.end() <= start else match.start() - end
        if best is None or distance < best:
            best = distance
    return best
