"""newskit: turn raw news articles into structured, trustworthy data.

>>> import newskit
>>> article = newskit.analyze(open("seeds/000_9aaabc60780d98ae.txt", encoding="utf-8").read())
>>> article.title
'Les Casques bleus biélorusses commencent à protéger les infrastructures du Kazakhstan'

Importing newskit is cheap: plugins load, and their patterns and models build, on the
first analysis.
"""

from __future__ import annotations

from newskit._version import __version__
from newskit.errors import NewskitError
from newskit.hookspecs import hookimpl
from newskit.pipeline import Pipeline, analyze, default_pipeline
from newskit.types import (
    AnchorKind,
    Article,
    Boilerplate,
    Claim,
    ClaimKind,
    Entity,
    EntityLabel,
    Ingested,
    Mention,
    OffsetMap,
    Quantity,
    QuantityKind,
    Span,
    TimeExpression,
    TimexType,
)

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
    "NewskitError",
    "OffsetMap",
    "Pipeline",
    "Quantity",
    "QuantityKind",
    "Span",
    "TimeExpression",
    "TimexType",
    "__version__",
    "analyze",
    "default_pipeline",
    "hookimpl",
    "to_records",
]


def __getattr__(name: str) -> object:
    # Lazy: the DataFrame helpers are for corpus users; importing them is not free.
    if name == "to_records":
        from newskit.dataframe import to_records

        return to_records
    raise AttributeError(f"module 'newskit' has no attribute {name!r}")
