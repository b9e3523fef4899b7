"""The inline layer nests any set of spans into valid HTML and loses no text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.render.marks import Mark, paragraphs, render_text

from .conftest import read_page, squeeze


def mark(start: int, end: int, ident: str, layer: int = 2, **kw) -> Mark:
    return Mark(start=start, end=end, ident=ident, layer=layer, attrs={"data-kind": "x"}, **kw)


def test_nested_spans_render_inner_inside_outer():
    text = "Selon l’ONU, 18 agents."
    html = render_text(text, 0, len(text), [mark(0, 23, "claim", 0), mark(8, 11, "onu")])
    assert html == (
        '<mark data-ann="claim" data-kind="x">Selon l’<mark data-ann="onu" data-kind="x">ONU'
        "</mark>, 18 agents.</mark>"
    )


def test_crossing_spans_split_into_continued_fragments():
    text = "abcdefghij"
    html = render_text(text, 0, 10, [mark(0, 6, "a"), mark(3, 10, "b")])
    assert html.count('data-ann="b"') == 2
    assert 'data-ann="b" data-kind="x" data-part="continued"' in html
    reader = read_page(html)
    assert reader.annotation_texts() == {"a": "abcdef", "b": "defghij"}


def test_badges_go_on_the_first_and_last_fragment_only():
    text = "abcdefghij"
    marks = [mark(0, 6, "a"), mark(3, 10, "b", before="<i>[</i>", after="<i>]</i>")]
    html = render_text(text, 0, 10, marks)
    assert html.count("<i>[</i>") == 1
    assert html.count("<i>]</i>") == 1
    assert html.index("<i>[</i>") < html.index("def") < html.index("<i>]</i>")


def test_text_is_escaped_between_marks():
    text = "<script>alert(1)</script> & co"
    html = render_text(text, 0, len(text), [mark(0, 8, "tag")])
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "&amp; co" in html


def test_line_break_inside_a_paragraph_becomes_br():
    assert render_text("un\ndeux", 0, 7, []) == "un<br>\ndeux"


def test_paragraphs_split_at_blank_lines_and_skip_empty_ones():
    text = "Titre\n\nPremier.\n \nSecond.\n\n\n  \n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["Titre", "Premier.", "Second."]


def test_mark_ending_in_the_gap_after_a_paragraph_still_gets_its_badge():
    text = "Un paragraphe.\n\nUn autre."
    html = render_text(text, 0, 14, [mark(0, 16, "m", after="<i>]</i>")], tail=16)
    assert html.endswith("<i>]</i></mark>")


def test_mark_starting_in_the_gap_before_a_paragraph_gets_its_first_badge():
    text = "Un paragraphe.\n\nUn autre."
    html = render_text(text, 16, 25, [mark(14, 25, "m", before="<i>[</i>")], head=14)
    assert html.startswith('<mark data-ann="m" data-kind="x"><i>[</i>')


def test_zero_length_marks_are_not_drawn():
    assert render_text("abc", 0, 3, [mark(1, 1, "empty")]) == "abc"


spans = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=12)


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet="ab <>&\"'é\n", min_size=1, max_size=40), pairs=spans)
def test_any_spans_render_to_html_that_reads_back_to_each_span_text(text, pairs):
    marks = []
    for n, (a, b) in enumerate(pairs):
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        marks.append(
            mark(start, end, f"m{n}", layer=n % 4, after='<span class="nk-badge">B</span>')
        )
    html = render_text(text, 0, len(text), marks)
    reader = read_page(f"<article>{html}</article>")
    assert not reader.stack, "every element opened is closed"
    texts = reader.annotation_texts()
    for m in marks:
        if m.start < m.end:
            assert texts[m.ident] == text[m.start : m.end]
    assert squeeze("".join(reader.words)) == squeeze(text)
    assert html.count('<span class="nk-badge">B</span>') == sum(m.start < m.end for m in marks)


def test_mark_wholly_in_the_white_space_after_a_paragraph_is_drawn_empty():
    text = "Un paragraphe.\n\nUn autre."
    html = render_text(text, 0, 14, [mark(14, 15, "gap", after="<i>]</i>")], tail=16)
    assert html == 'Un paragraphe.<mark data-ann="gap" data-kind="x"><i>]</i></mark>'


def test_mark_wholly_in_the_white_space_before_the_first_paragraph_is_drawn_empty():
    text = "\n\nUn paragraphe."
    html = render_text(text, 2, 16, [mark(0, 1, "gap")], head=0)
    assert html == '<mark data-ann="gap" data-kind="x"></mark>Un paragraphe.'


def test_mark_in_a_gap_is_drawn_by_the_paragraph_before_it_only():
    text = "Un.\n\nDeux."
    gap = mark(3, 4, "gap")
    first = render_text(text, 0, 3, [gap], head=0, tail=5)
    second = render_text(text, 5, 10, [gap], head=3, tail=10)
    assert 'data-ann="gap"' in first
    assert 'data-ann="gap"' not in second
