"""The article report shows every annotation, escapes every text and loads nothing."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newskit import Article, Boilerplate, Claim, Entity, Mention, Quantity, TimeExpression
from newskit.render import render_article
from newskit.testing import french_text

from .conftest import expected_annotations, read_page, shown_annotations, squeeze

SCRIPT = "<script>alert('pwned')</script>"


def test_every_seed_annotation_is_shown_with_its_own_text(seed_article):
    reader = read_page(render_article(seed_article))
    assert Counter(shown_annotations(reader)) == Counter(expected_annotations(seed_article))


def test_seed_report_shows_the_whole_clean_text_once(seed_article):
    reader = read_page(render_article(seed_article))
    assert squeeze("".join(reader.words)) == squeeze(seed_article.text)


def test_article_containing_script_renders_it_as_text():
    text = f"Titre {SCRIPT}\n\nLe ministère a déclaré : « {SCRIPT} » & <b>gras</b>."
    raw = text + "\n\nRejoignez-nous <img src=x onerror=alert(1)>"
    start = text.index(SCRIPT, 10)
    article = Article(
        text=text,
        raw=raw,
        title=f"Titre {SCRIPT}",
        metadata={"url": SCRIPT, SCRIPT: "x"},
        entities=[
            Entity(
                name=SCRIPT, label="ORG", mentions=[Mention.of(text, start, start + len(SCRIPT))]
            )
        ],
        quantities=[Quantity.of(text, start, start + 8, value="1", unit=SCRIPT)],
        claims=[
            Claim.of(
                text,
                start,
                start + len(SCRIPT),
                kind="direct",
                cue=Mention.of(text, text.index("a déclaré"), text.index("a déclaré") + 9),
            )
        ],
        boilerplate=[Boilerplate.of(raw, len(text), len(raw), reason=SCRIPT)],
    )
    page = render_article(article)
    assert not re.search(r"<\s*(script|img|b)\b", page, re.IGNORECASE)
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    reader = read_page(page)
    assert squeeze("".join(reader.words)) == squeeze(text)
    assert Counter(shown_annotations(reader)) == Counter(expected_annotations(article))


def test_page_references_no_external_resource(seed_article):
    page = render_article(seed_article)
    assert not re.search(r"https?://", page)
    assert not re.search(r"url\(|@import|<link|<img|<script|<iframe", page, re.IGNORECASE)
    reader = read_page(page)
    assert reader.resources, "the page has internal links"
    assert all(ref.startswith("#") for ref in reader.resources)


def test_internal_links_all_lead_to_an_element_of_the_page(seed_article):
    page = render_article(seed_article)
    ids = set(re.findall(r'\sid="([^"]+)"', page))
    targets = set(re.findall(r'href="#([^"]+)"', page))
    assert targets <= ids
    assert len(re.findall(r'\sid="([^"]+)"', page)) == len(ids), "ids are unique"


def test_entity_label_is_written_beside_each_mention_not_only_coloured(seed_article):
    page = render_article(seed_article)
    marks = re.findall(
        r'<mark data-ann="entity-[^"]*"[^>]*data-label="(\w+)"[^>]*>.*?<span class="nk-badge">(\w+)</span></mark>',
        page,
    )
    assert len(marks) == sum(len(e.mentions) for e in seed_article.entities)
    assert all(label == badge for label, badge in marks)


def test_date_shows_its_timex3_value_on_hover_and_in_the_legend(seed_article):
    page = render_article(seed_article)
    reader = read_page(page)
    dates = dict(reader.by_kind("date"))
    assert dates["matin du 5 janvier"]["data-value"] == "2022-01-05TMO"
    assert "TIME 2022-01-05TMO" in dates["matin du 5 janvier"]["title"]
    assert "DATE 2022 mod=START" in dates["début de 2022"]["title"]
    legend = page[page.index('id="dates-heading"') :]
    assert re.search(
        r'<tr id="date-3">.*?matin du 5 janvier.*?2022-01-05TMO.*?from the narrative \(2022\)',
        legend,
    )


def test_quantity_shows_its_normalized_value_on_hover_and_in_the_legend(seed_article):
    page = render_article(seed_article)
    reader = read_page(page)
    quantities = dict(reader.by_kind("quantity"))
    assert quantities["environ 1 000 personnes"]["data-value"] == "≈ 1000 personnes"
    assert "≈ 1000 personnes" in quantities["environ 1 000 personnes"]["title"]
    legend = page[page.index('id="quantities-heading"') :]
    assert re.search(
        r'<tr id="quantity-2">.*?environ 1 000 personnes.*?≈ 1000 personnes.*?yes', legend
    )


def test_claims_table_gives_source_cue_kind_content_dates_and_quantities(seed_article):
    page = render_article(seed_article)
    row = re.search(r'<tr id="claim-5".*?</tr>', page).group(0)
    cells = re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row)
    assert len(cells) == 7
    assert "ONU" in cells[1]
    assert 'data-label="ORG"' in cells[1]
    assert cells[2] == "Selon"
    assert cells[3] == "indirect"
    assert cells[4].startswith("environ 1 000 personnes ont été blessées")
    assert "Q2" in cells[6]
    assert "≈ 1000 personnes" in cells[6]
    assert page.count('<tr id="claim-') == 9


def test_claim_in_text_is_a_box_naming_its_source_and_cue(seed_article):
    page = render_article(seed_article)
    badge = re.search(
        r'<a class="nk-badge" id="claim-4-text" href="#claim-4">(.*?)</a>', page
    ).group(1)
    assert badge == "C4 direct · ministère de la Défense · a ajouté"
    assert re.search(r'<span data-ann="claim-4"[^>]*class="nk-claim"[^>]*data-kind="direct"', page)


def test_source_mention_differing_from_entity_name_is_shown_with_the_entity(seed_article):
    page = render_article(seed_article)
    row = re.search(r'<tr id="claim-9".*?</tr>', page).group(0)
    assert "Kassym-Zhomart Tokayev" in row
    assert "as “le Président”" in row


def test_unresolved_source_is_flagged_not_guessed():
    text = "Il a déclaré que tout allait bien."
    claim = Claim.of(
        text,
        17,
        33,
        kind="indirect",
        source_mention=Mention.of(text, 0, 2),
        cue=Mention.of(text, 3, 12),
        source_resolved=False,
    )
    page = render_article(Article(text=text, raw=text, claims=[claim]))
    row = re.search(r'<tr id="claim-1".*?</tr>', page).group(0)
    assert "as “Il”" in row
    assert "unresolved" in row


def test_unattributed_claim_says_so():
    text = "« Nous resterons », lit-on sur une banderole."
    claim = Claim.of(text, 2, 16, kind="direct")
    page = render_article(Article(text=text, raw=text, claims=[claim]))
    assert "unattributed" in re.search(r'<tr id="claim-1".*?</tr>', page).group(0)


def test_removed_boilerplate_is_folded_at_the_end(seed_article):
    page = render_article(seed_article)
    details = re.search(r"<details class=\"nk-boilerplate\">.*?</details>", page, re.DOTALL).group(
        0
    )
    assert page.index(details) > page.index('id="quantities-heading"')
    assert " open" not in details.split(">", 1)[0], "folded by default"
    assert "<summary>Removed boilerplate: 2 passages" in details
    assert "Lire aussi : L’armée norvégienne manque de caleçons" in details
    assert "Rejoignez\u00a0News-Front sur Facebook" in details
    assert "“Lire aussi” teaser linking to another article" in details


def test_article_without_boilerplate_says_nothing_was_removed():
    page = render_article(Article(text="Bonjour.", raw="Bonjour."))
    assert "Nothing was removed." in page


def test_title_paragraph_is_the_single_top_heading(seed_article):
    page = render_article(seed_article)
    assert page.count("<h1") == 1
    heading = re.search(r"<h1>(.*?)</h1>", page, re.DOTALL).group(1)
    assert heading.startswith("Les Casques bleus biélorusses")
    assert 'data-label="LOC"' in heading, "the title's own annotations are drawn"


def test_article_without_title_gets_a_generic_heading():
    page = render_article(Article(text="Bonjour.", raw="Bonjour."))
    assert page.count("<h1") == 1
    assert "<h1>Article</h1>" in page


def test_article_text_carries_its_language(seed_article):
    assert '<article class="nk-text" lang="fr"' in render_article(seed_article)


def test_empty_article_renders_a_page_saying_nothing_was_found():
    page = render_article(Article(text="", raw=""))
    assert "(empty text)" in page
    assert "No claim was found." in page
    assert "No entity was found." in page


def test_page_is_one_complete_utf8_document(seed_article):
    page = render_article(seed_article)
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert '<meta charset="utf-8">' in page
    assert page.rstrip().endswith("</html>")
    assert page.count("<style>") == 1
    assert "default-src 'none'" in page


def test_to_html_is_the_article_report(seed_article):
    assert seed_article.to_html() == render_article(seed_article)


def test_report_of_the_analyzed_seed_shows_whatever_was_found(analyzed_seed):
    # The extracting plugins grow in parallel: whatever they find must be drawn.
    article = analyzed_seed
    page = article.to_html()
    reader = read_page(page)
    assert Counter(shown_annotations(reader)) == Counter(expected_annotations(article))
    assert squeeze("".join(reader.words)) == squeeze(article.text)
    assert not re.search(r"https?://|<script", page)
    assert "Casques bleus biélorusses" in page


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=french_text().filter(str.strip), data=st.data())
def test_any_annotated_french_text_reads_back_exactly(text, data):
    label = data.draw(st.sampled_from(["PER", "ORG", "LOC", "MISC"]))
    entity = Entity(name="X", label=label, mentions=[Mention.of(text, *_range(data, text))])
    date = TimeExpression.of(text, *_range(data, text), type="DATE", value="2022")
    quantity = Quantity.of(text, *_range(data, text), value="1")
    claim = Claim.of(
        text, *_range(data, text), kind="direct", cue=Mention.of(text, *_range(data, text))
    )
    article = Article(
        text=text, raw=text, entities=[entity], dates=[date], quantities=[quantity], claims=[claim]
    )
    reader = read_page(render_article(article))
    shown = {(k, s, e): t for k, t, s, e in shown_annotations(reader)}
    for kind, expected_text, start, end in expected_annotations(article):
        assert squeeze(shown[(kind, start, end)]) == squeeze(expected_text)
    assert squeeze("".join(reader.words)) == squeeze(text)


def _range(data, text):
    start = data.draw(st.integers(0, len(text) - 1))
    return start, data.draw(st.integers(start + 1, len(text)))


def test_page_is_laid_out_in_landmarks_with_captioned_tables(seed_article):
    # Found by an axe-core audit: everything sits in a banner, one main, or the footer.
    page = render_article(seed_article)
    body = page[page.index("<body>") + 6 : page.index("</body>")].strip()
    assert body.startswith("<header>")
    assert page.count("<main>") == 1
    between = body[body.index("</header>") + 9 : body.index("<main>")]
    assert not between.strip()
    assert body.index("</main>") < body.index("<footer>")
    assert page.count("<table>") == page.count("<caption>") == 3
    assert '<th scope="col">' in page
    assert '<th scope="row">' in page


def test_annotation_in_the_blank_line_between_paragraphs_is_still_on_the_page():
    text = "Un paragraphe.\n\nUn autre."
    article = Article(text=text, raw=text, quantities=[Quantity.of(text, 14, 16, value="0")])
    reader = read_page(render_article(article))
    assert shown_annotations(reader) == [("quantity", "", 14, 16)]


def test_text_of_white_space_only_keeps_its_annotations():
    text = " \n\n "
    article = Article(text=text, raw=text, quantities=[Quantity.of(text, 1, 3, value="0")])
    page = render_article(article)
    assert "(empty text)" not in page
    assert [a[0] for a in shown_annotations(read_page(page))] == ["quantity"]


def test_source_url_is_shown_as_text_never_as_a_link():
    url = "https://example.org/monde/article.html"
    page = render_article(
        Article(text="Bonjour.", raw="Bonjour.", metadata={"url": url, "site": "Le Courrier"})
    )
    assert f"<dt>URL</dt><dd>{url}</dd>" in page
    assert "<dt>Site</dt><dd>Le Courrier</dd>" in page
    assert page.count("https://") == 1
    assert all(ref.startswith("#") for ref in read_page(page).resources)
