"""Citations: AMA/Vancouver and APA strings, and RIS, BibTeX and CSL-JSON for reference managers."""

from __future__ import annotations

import dataclasses
import json
import re

from harvester.models import Author
from harvester.report.citations import (
    ama,
    apa,
    bibtex,
    bibtex_entry,
    bibtex_escape,
    csl_item,
    csl_json,
    expand_pages,
    ris,
    ris_entry,
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


def test_ama_lists_six_authors_then_et_al():
    assert ama(_with_authors(6)).startswith("Name0 KL, Name1 KL, Name2 KL, Name3 KL, Name4 KL, Name5 KL. ")
    seven = ama(_with_authors(7))
    assert seven.startswith("Name0 KL, Name1 KL, Name2 KL, Name3 KL, Name4 KL, Name5 KL, et al. ")
    assert "Name6" not in seven


def test_ama_without_authors_starts_with_the_title_and_keeps_a_question_mark():
    text = ama(dataclasses.replace(PILOT, authors=()))
    assert text.startswith("A fictional pilot study of reflexology and anxiety? Imag Nurs Rev. 2025;4:e101.")


def test_medline_page_ranges_are_expanded():
    assert expand_pages("145-52") == ("145", "152")
    assert expand_pages("1234-8") == ("1234", "1238")
    assert expand_pages("e101") == ("e101", None)
    assert expand_pages(None) == (None, None)


# --- APA ---------------------------------------------------------------------------------------


def test_apa_joins_authors_with_an_ampersand_and_links_the_doi():
    assert apa(RCT) == (
        "Doe, J., Roe, R. A., & Poe, E. (2025). Fictional trial of massage for spasticity in multiple "
        "sclerosis. Journal of Imaginary Therapies, 12(3), 145-152. https://doi.org/10.5555/fict.2025.001"
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
