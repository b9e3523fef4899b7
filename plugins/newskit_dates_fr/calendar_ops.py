"""Calendar arithmetic and TIMEX3 value formatting: pure functions, no French in here."""

from __future__ import annotations

import datetime as dt

__all__ = [
    "add_months",
    "easter",
    "iso_week",
    "safe_date",
    "shift",
    "weekday_near",
]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist ("31 février")."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (day.day, 30, 29, 28):
        moved = safe_date(year, month + 1, min(day.day, last))
        if moved is not None:
            return moved
    raise AssertionError("unreachable: every month has 28 days")


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """``day`` moved by ``amount`` TIMEX3 units (``D``, ``W``, ``M``, ``Y``, ``DE``, ``CE``)."""
    if unit == "D":
        return day + dt.timedelta(days=amount)
    if unit == "W":
        return day + dt.timedelta(weeks=amount)
    if unit == "M":
        return add_months(day, amount)
    factor = {"Y": 1, "DE": 10, "CE": 100}[unit]
    return add_months(day, 12 * factor * amount)


def iso_week(day: dt.date) -> str:
    """TIMEX3 week value of ``day``: ``2022-W01``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def weekday_near(ref: dt.date, weekday: int, direction: int, strict: bool = False) -> dt.date:
    """The date of ``weekday`` (1 = Monday) nearest ``ref`` in ``direction``.

    ``direction`` is -1 (on or before ``ref``), +1 (on or after) or 0 (the nearer of
    the two, the past one on a tie). With ``strict``, ``ref`` itself is excluded.
    """
    back = (ref.isoweekday() - weekday) % 7
    ahead = (weekday - ref.isoweekday()) % 7
    if strict:
        back = back or 7
        ahead = ahead or 7
    if direction < 0:
        return ref - dt.timedelta(days=back)
    if direction > 0:
        return ref + dt.timedelta(days=ahead)
    return ref - dt.timedelta(days=back) if back <= ahead else ref + dt.timedelta(days=ahead)


def easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` (Gregorian, the anonymous algorithm of Meeus)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)
