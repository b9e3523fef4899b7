"""The pipeline calls plugins in order, checks what they return, and names a plugin at fault."""

import datetime as dt
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newskit
from newskit import Boilerplate, Claim, Entity, Mention, Quantity, TimeExpression
from newskit.errors import (
    AnalysisTimeout,
    PluginFailedError,
    PluginSetupError,
    PluginSpanError,
)
from newskit.testing import assert_spans_aligned, pipeline_with


class Spy:
    """A plugin that records its calls."""

    def __init__(self):
        self.calls = []

    @newskit.hookimpl
    def newskit_find_dates(self, text):
        self.calls.append(text)
        return []


@pytest.fixture(scope="module")
def bare():
    return pipeline_with()


readable_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=200
).filter(lambda t: any(ch.isalnum() for ch in t))


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=readable_text)
def test_pipeline_without_plugins_returns_text_unchanged(bare, text):
    article = bare.analyze(text.replace("\r", "").replace("\u2028", "").replace("\u2029", ""))
    assert article.text == article.raw
    assert not article.boilerplate
    assert not article.dates
    assert not article.quantities
    assert not article.entities
    assert not article.claims


def test_disabled_plugin_is_not_called():
    spy = Spy()
    pipeline = pipeline_with(("spy", spy), disable={"spy"})
    pipeline.analyze("Le 5 janvier.")
    assert spy.calls == []
    assert not pipeline.has_plugin("spy")


def test_env_variable_disables_plugins(monkeypatch):
    spy = Spy()
    monkeypatch.setenv("NEWSKIT_DISABLE_PLUGINS", "other, spy")
    pipeline = pipeline_with(("spy", spy))
    pipeline.analyze("Le 5 janvier.")
    assert spy.calls == []


def test_enabled_plugin_gets_the_clean_text():
    spy = Spy()
    pipeline_with(("spy", spy)).analyze("Titre\n\nLe 5 janvier.")
    assert spy.calls == ["Titre\n\nLe 5 janvier."]


def test_core_plugin_cannot_be_disabled():
    with pytest.raises(PluginSetupError, match="core"):
        pipeline_with(disable={"core"})


class Misspelled:
    @newskit.hookimpl
    def newskit_find_date(self, text):  # not a hook
        return []


def test_misspelled_hook_is_refused_with_the_plugin_name():
    with pytest.raises(PluginSetupError, match="misspelled"):
        pipeline_with(("misspelled", Misspelled()))


class BadOffsets:
    @newskit.hookimpl
    def newskit_find_quantities(self, text):
        return [Quantity(start=0, end=2, text="18", value="18")]


def test_misaligned_span_raises_error_naming_the_plugin():
    with pytest.raises(PluginSpanError, match="bad-offsets") as info:
        pipeline_with(("bad-offsets", BadOffsets())).analyze("Le 18 mars")
    assert info.value.plugin == "bad-offsets"
    assert info.value.hook == "newskit_find_quantities"


class WrongType:
    @newskit.hookimpl
    def newskit_find_dates(self, text):
        return [("2022", 0, 4)]


def test_wrong_return_type_raises_error_naming_the_plugin():
    with pytest.raises(PluginSpanError, match=r"wrong-type.*tuple"):
        pipeline_with(("wrong-type", WrongType())).analyze("2022 fut une année")


class Crashing:
    @newskit.hookimpl
    def newskit_find_entities(self, text):
        raise KeyError("boom")


def test_plugin_exception_is_reported_by_name_with_its_cause():
    with pytest.raises(PluginFailedError, match=r"crashing.*KeyError") as info:
        pipeline_with(("crashing", Crashing())).analyze("Tokayev a parlé.")
    assert isinstance(info.value.__cause__, KeyError)


class Slow:
    @newskit.hookimpl
    def newskit_find_dates(self, text):
        time.sleep(0.05)
        return []


def test_timeout_raises_analysis_timeout():
    with pytest.raises(AnalysisTimeout, match="slow"):
        pipeline_with(("slow", Slow())).analyze("Un texte.", timeout=0.01)


class Stripper:
    @newskit.hookimpl
    def newskit_find_boilerplate(self, text):
        start = text.index("Lire aussi")
        end = text.index("\n", start) + 2
        return [Boilerplate.of(text, start, end, reason="test")]


def test_boilerplate_is_deleted_and_offsets_map_back():
    raw = "Titre\n\nPremier paragraphe.\n\nLire aussi : autre chose\n\nLe 5 janvier, rien.\n"
    article = pipeline_with(("stripper", Stripper())).analyze(raw)
    assert "Lire aussi" not in article.text
    assert article.raw == raw
    start = article.text.index("Le 5 janvier")
    assert raw[article.offsets.to_raw(start) :].startswith("Le 5 janvier")
    assert [b.reason for b in article.boilerplate] == ["test"]


class DatesAndNumbers:
    @newskit.hookimpl
    def newskit_find_dates(self, text):
        start = text.index("5 janvier")
        return [TimeExpression.of(text, start, start + 9, type="DATE", value="2022-01-05")]

    @newskit.hookimpl
    def newskit_find_quantities(self, text):
        return [
            Quantity.of(text, text.index("5 janvier"), text.index("5 janvier") + 1, value="5"),
            Quantity.of(text, text.index("18"), text.index("18") + 9, value="18", unit="agents"),
        ]

    @newskit.hookimpl
    def newskit_find_claims(self, text):
        start = text.index("le 5")
        return [Claim.of(text, start, len(text) - 1, kind="indirect")]


def test_quantities_inside_dates_are_dropped_and_claims_get_what_they_contain():
    article = pipeline_with(DatesAndNumbers()).analyze(
        "Il a dit que le 5 janvier 18 agents sont morts."
    )
    assert [q.text for q in article.quantities] == ["18 agents"]
    (claim,) = article.claims
    assert [d.value for d in claim.dates] == ["2022-01-05"]
    assert [q.value for q in claim.quantities] == [18]
    assert_spans_aligned(article)


class TwoEntityPlugins:
    @newskit.hookimpl
    def newskit_find_entities(self, text):
        full = Mention.of(text, 0, 22, label="PER")
        short = Mention.of(text, 15, 22, label="PER")
        return [
            Entity(name="Kassym-Zhomart Tokayev", label="PER", mentions=[full]),
            Entity(name="Tokayev", label="PER", mentions=[short]),
            Entity(name="Kassym-Zhomart Tokayev", label="PER", mentions=[Mention.of(text, 28, 35)]),
        ]


def test_overlapping_mentions_resolve_longest_first_and_same_entities_merge():
    article = pipeline_with(TwoEntityPlugins()).analyze("Kassym-Zhomart Tokayev puis Tokayev.")
    (entity,) = article.entities
    assert entity.name == "Kassym-Zhomart Tokayev"
    assert [m.text for m in entity.mentions] == ["Kassym-Zhomart Tokayev", "Tokayev"]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2022-01-10", dt.date(2022, 1, 10)),
        ("2022-01-10T08:30:00Z", dt.date(2022, 1, 10)),
        (dt.datetime(2022, 1, 10, 8, 30), dt.date(2022, 1, 10)),
        (dt.date(2022, 1, 10), dt.date(2022, 1, 10)),
        (None, None),
    ],
)
def test_published_accepts_dates_datetimes_and_iso_strings(bare, published, expected):
    article = bare.analyze("Un texte.", published=published)
    assert article.published == expected
    assert article.anchor == (expected.isoformat() if expected else None)


def test_published_refuses_garbage(bare):
    with pytest.raises(ValueError, match="ISO 8601"):
        bare.analyze("Un texte.", published="10 janvier")


def test_lang_is_validated(bare):
    with pytest.raises(ValueError, match="language code"):
        bare.analyze("Un texte.", lang="français!")


def test_hook_wrappers_are_refused():
    class Wrapper:
        @newskit.hookimpl(wrapper=True)
        def newskit_find_dates(self, text):
            return (yield)

    with pytest.raises(PluginSetupError, match="wrapper"):
        pipeline_with(("wrapping", Wrapper()))


def test_record_is_stamped_with_version(bare):
    assert bare.analyze("Un texte.").version == newskit.__version__


class MenuStripper:
    @newskit.hookimpl
    def newskit_find_boilerplate(self, text):
        return [Boilerplate.of(text, 0, text.index("\n\n") + 2, reason="menu")]


def test_title_removed_as_boilerplate_gives_way_to_the_first_kept_line():
    article = pipeline_with(MenuStripper()).analyze(
        "Accueil\n\nLe vrai titre\n\nLe corps du texte."
    )
    assert article.title == "Le vrai titre"
    assert article.title_span.start == 0


def test_title_kept_when_its_line_survives(bare):
    assert bare.analyze("Le titre\n\nLe corps du texte.").title == "Le titre"


class ClaimWithBadSource:
    @newskit.hookimpl
    def newskit_find_claims(self, text):
        source = Entity(name="ONU", label="ORG", mentions=[Mention(start=0, end=3, text="ONU")])
        return [Claim.of(text, 12, len(text), kind="indirect", source=source)]


def test_a_claims_source_entity_is_checked_too():
    with pytest.raises(PluginSpanError, match="'ONU' at \\[0, 3\\)"):
        pipeline_with(("bad-source", ClaimWithBadSource())).analyze("Selon l’ONU, tout va bien.")


class RaisesTimeout:
    @newskit.hookimpl
    def newskit_find_dates(self, text):
        raise AnalysisTimeout("the plugin's own time limit ran out")


def test_newskit_errors_raised_inside_a_plugin_pass_through_unwrapped():
    with pytest.raises(AnalysisTimeout, match="own time limit"):
        pipeline_with(("timed", RaisesTimeout())).analyze("Un texte.")


def test_to_records_is_exported_lazily():
    from newskit.dataframe import to_records

    assert newskit.to_records is to_records
    with pytest.raises(AttributeError, match="no_such_name"):
        newskit.no_such_name


class StuckInOneCall:
    @newskit.hookimpl
    def newskit_find_dates(self, text):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # never returns in time, never yields to the host
            pass
        return []


def test_timeout_interrupts_a_plugin_stuck_inside_one_call():
    started = time.monotonic()
    with pytest.raises(AnalysisTimeout, match=r"stopped in tests\.core\.test_pipeline"):
        pipeline_with(("stuck", StuckInOneCall())).analyze("Un texte.", timeout=0.2)
    assert time.monotonic() - started < 10


def test_hard_timeout_leaves_an_application_alarm_handler_alone():
    import signal

    def handler(signum, frame):
        raise RuntimeError("the application's own alarm")

    previous = signal.signal(signal.SIGALRM, handler)
    try:
        article = pipeline_with(Spy()).analyze("Un texte.", timeout=5)
        assert article.text == "Un texte."
        assert signal.getsignal(signal.SIGALRM) is handler
    finally:
        signal.signal(signal.SIGALRM, previous)


@settings(max_examples=300)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Tokayev", "OTSC", "Almaty"]),
            st.sampled_from(list(newskit.EntityLabel)),
            st.lists(st.tuples(st.integers(0, 40), st.integers(1, 6)), min_size=1, max_size=4),
        ),
        max_size=5,
    )
)
def test_entity_resolution_shortcut_gives_what_the_full_resolution_gives(spec):
    """Entities with distinct names and no overlapping mention are returned as they are; the
    result must be the one that merging and filtering every mention gives."""
    from newskit import pipeline

    text = "x" * 50
    entities = [
        newskit.Entity(
            name=name,
            label=label,
            mentions=[newskit.Mention.of(text, s, s + n, label=label) for s, n in spans],
        )
        for name, label, spans in spec
    ]
    full = pipeline._merge_entities(entities)
    assert pipeline._resolve_entities(entities) == full
