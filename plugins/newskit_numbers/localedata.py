"""What babel's CLDR data knows about numbers in a locale: symbols, currencies, units, scales, months.

Nothing here is hard-coded that CLDR already has: the decimal and group symbols, the
currency names and symbols, the unit names and symbols, the compact-number scale words
("million", "Md") and the month names (to recognize dates) all come from babel. The
plugin's own tables (``data/<lang>/``) only add what CLDR lacks: colloquial currency
names ("dollars"), number words, modifiers.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from decimal import Decimal

from attrs import frozen
from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name, get_territory_currencies
from babel.units import format_unit, get_unit_name

__all__ = ["LocaleNumbers", "locale_numbers"]


@frozen
class LocaleNumbers:
    """Number-related CLDR data of one locale, as lookup tables keyed by surface form."""

    locale: str
    decimal: str  #: decimal symbol ("," in fr)
    group: str  #: group symbol (U+202F in fr_FR, "’" in fr_CH)
    plus: str
    minus: str
    percent: str
    permille: str
    currency_names: dict[str, str]  #: casefolded currency name -> ISO 4217 code
    currency_symbols: dict[str, str]  #: currency symbol as written -> ISO 4217 code
    codes: frozenset[str]  #: the ISO 4217 codes CLDR names in this locale ("EUR")
    scales: dict[
        str, int
    ]  #: casefolded scale word or compact suffix -> power of ten ("million" -> 6)
    units: dict[str, str]  #: surface (case kept for symbols, casefolded for names) -> short symbol
    months: frozenset[str]  #: casefolded month names and abbreviations (without the dot)
    days: frozenset[str]  #: casefolded weekday names ("lundi 4" is a date)
    franc: str | None  #: the franc of the locale's territory (FRF in France, CHF in Switzerland)


def _month_names(locale: Locale) -> frozenset[str]:
    """Casefolded month names and abbreviations, both contexts: "janvier", "janv"."""
    names: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for name in locale.months[context][width].values():
                names.add(name.casefold().rstrip("."))
    return frozenset(names)


def _currency_names(locale: Locale) -> dict[str, str]:
    """Casefolded singular and plural currency names ("euros", "francs suisses") -> ISO code."""
    table: dict[str, str] = {}
    for code, name in locale.currencies.items():
        if len(code) != 3 or (code.startswith("X") and code not in {"XOF", "XAF", "XPF"}):
            continue  # X.. codes are metals and test codes, except the CFA and CFP francs
        table[name.casefold()] = code
        table[get_currency_name(code, count=2, locale=locale).casefold()] = code
    return table


def _currency_symbols(locale: Locale) -> dict[str, str]:
    """Currency symbols as written ("€", "$US", "FCFA") -> ISO code."""
    return {
        symbol: code
        for code, symbol in locale.currency_symbols.items()
        if symbol not in (code, "¤") and len(code) == 3
    }


def _scales(locale: Locale) -> dict[str, int]:
    """Scale words from CLDR's compact decimal formats: "0 million" -> million: 6, "0 Md" -> md: 9."""
    table: dict[str, int] = {}
    for length in ("long", "short"):
        for forms in locale.compact_decimal_formats.get(length, {}).values():
            for magnitude, pattern in forms.items():
                word = re.sub(r"[0#.,\s\u00a0\u202f¤]+", " ", pattern.pattern).strip()
                if not word or " " in word:
                    continue
                exponent = len(magnitude) - 1
                zeros = pattern.pattern.count("0")
                # "00 mille" at 10**4 means the word is worth 10**(4 - 2 + 1); "mille" alone, 10**3.
                table.setdefault(word.casefold(), exponent - max(zeros - 1, 0))
    return table


def _units(locale: Locale, keys: tuple[str, ...]) -> dict[str, str]:
    """Symbols (case kept) and casefolded long names of the CLDR units ``keys`` -> short symbol."""
    table: dict[str, str] = {}
    for key in keys:
        short = get_unit_name(key, length="short", locale=locale)
        if not short:
            continue
        narrow = get_unit_name(key, length="narrow", locale=locale) or short
        for symbol in (short, narrow):
            table.setdefault(symbol, short)
        plural = get_unit_name(key, length="long", locale=locale)
        singular = format_unit(1, key, length="long", locale=locale)
        singular = re.sub(r"^[\d\s\u00a0\u202f]+", "", singular)
        for name in (plural, singular):
            if name:
                table.setdefault(name.casefold(), short)
    return table


def _territory_franc(locale: Locale) -> str | None:
    """The franc a bare "francs" means in the locale's country: the one CLDR says it used.

    France -> FRF, Switzerland -> CHF, Belgium -> BEF, Senegal -> XOF; None where no
    franc was ever legal tender (Canada).
    """
    if not locale.territory:
        return None
    used = get_territory_currencies(
        locale.territory, start_date=date(1800, 1, 1), end_date=date.today(), non_tender=False
    )
    francs = [code for code in used if "franc" in get_currency_name(code, locale="fr").casefold()]
    return francs[0] if francs else None


@functools.cache
def locale_numbers(lang: str, unit_keys: tuple[str, ...] = ()) -> LocaleNumbers:
    """The CLDR number data of ``lang`` (``fr``, ``fr_BE``, ``fr-CH``…); French for an unknown code.

    ``unit_keys`` are the CLDR unit keys (``length-kilometer``) whose names and symbols to load.
    """
    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("fr")
    if not locale.territory and locale.language == "fr":
        locale = Locale.parse("fr_FR")
    symbols = locale.number_symbols.get("latn", locale.number_symbols)
    return LocaleNumbers(
        locale=str(locale),
        decimal=symbols["decimal"],
        group=symbols["group"],
        plus=symbols["plusSign"],
        minus=symbols["minusSign"],
        percent=symbols["percentSign"],
        permille=symbols["perMille"],
        currency_names=_currency_names(locale),
        currency_symbols=_currency_symbols(locale),
        codes=frozenset(
            code
            for code in locale.currencies
            if isinstance(code, str) and len(code) == 3 and code.isalpha()
        ),
        scales=_scales(locale),
        units=_units(locale, unit_keys),
        months=_month_names(locale),
        days=frozenset(d.casefold() for d in locale.days["format"]["wide"].values()),
        franc=_territory_franc(locale),
    )


def scale_value(exponent: int) -> Decimal:
    """10 ** exponent as an exact Decimal."""
    return Decimal(1).scaleb(exponent)
