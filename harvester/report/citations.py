"""Citations for people (AMA 11th edition, APA 7th edition) and for reference managers (RIS,
BibTeX, CSL-JSON).

Everything is built from a ``Record`` alone, so a citation is the same wherever it appears. The
two styles follow their manuals as the CSL project's styles encode them (the tests compare them
with citeproc-py and the CSL styles ``american-medical-association`` and ``apa``): AMA lists up to
six authors, and three then "et al" when there are more (Vancouver's rule is six then "et al");
APA gives given names as initials ("J.-M." for Jean-Marc), page ranges with an en dash, the
journal title in title case and the DOI as it is.

Record text is untrusted: each format escapes what its own syntax gives meaning to, and
one-line fields are folded so a line break in a title cannot start a new RIS tag.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from urllib.parse import quote

from harvester.models import Author, Record
from harvester.report.text import end_with_period, one_line

PUBMED_URL = "https://pubmed.ncbi.nlm.nih.gov/{pmid}/"
DOI_URL = "https://doi.org/{doi}"
AMA_MAX_AUTHORS = 6  # up to six are all listed ...
AMA_ET_AL_AFTER = 3  # ... more than six: the first three, then "et al"
APA_MAX_AUTHORS = 20
# Words CSL's title case leaves in lower case (unless first, or after a colon or period).
TITLE_CASE_STOP_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "down", "for", "from", "in", "into", "nor", "of", "on"}
    | {"onto", "or", "over", "so", "the", "till", "to", "up", "via", "with", "yet"}
)

CORRECTION_LABELS = {
    "RetractionIn": "Retraction in",
    "ErratumIn": "Erratum in",
    "ExpressionOfConcernIn": "Expression of concern in",
    "UpdateIn": "Updated in",
    "RepublishedIn": "Republished in",
}
_BIBTEX_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


# --- links and shared pieces -------------------------------------------------------------------


def pubmed_url(record: Record) -> str:
    return PUBMED_URL.format(pmid=quote(record.pmid, safe=""))


def doi_url(record: Record) -> str | None:
    """The doi.org link; characters that would end a URL in Markdown or HTML are percent-encoded."""
    doi = one_line(record.doi)
    return DOI_URL.format(doi=quote(doi, safe="/:;.-_")) if doi else None


def expand_pages(pages: str | None) -> tuple[str | None, str | None]:
    """MEDLINE abbreviates page ranges ('123-9'); citations want them whole ('123', '129')."""
    text = one_line(pages)
    if not text:
        return None, None
    first, _, last = text.partition("-")
    first, last = first.strip(), last.strip()
    if first.isdigit() and last.isdigit() and len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    return first, last or None


def page_range(record: Record, dash: str = "-") -> str | None:
    first, last = expand_pages(record.pages)
    return f"{first}{dash}{last}" if first and last else first


def title_case(text: str) -> str:
    """CSL's title case, as APA wants journal names: a lower-case word gets a capital unless it
    is a stop word ('of', 'and'…) past the start; words with capitals ('eCAM') stay as they are."""
    words = []
    previous = ":"
    for word in text.split(" "):
        if word.islower() and (word not in TITLE_CASE_STOP_WORDS or previous in (":", ".")):
            word = word[:1].upper() + word[1:]
        previous = word[-1:] or previous
        words.append(word)
    return " ".join(words)


def year_text(record: Record) -> str:
    if record.pub_date.year:
        return str(record.pub_date.year)
    return one_line(record.pub_date.text)


def status_note(record: Record) -> str | None:
    """What a reader citing this record must know: retraction, errata, expressions of concern."""
    parts = ["RETRACTED PUBLICATION."] if record.retracted else []
    for link in record.corrections:
        label = CORRECTION_LABELS.get(link.ref_type, link.ref_type)
        where = one_line(link.source) or "see PubMed"
        suffix = f" (PMID {one_line(link.pmid)})" if link.pmid else ""
        parts.append(f"{label}: {where}{suffix}.")
    return " ".join(parts) or None


def _given_initials(author: Author) -> list[list[str]]:
    """One list of initials per given name, a hyphenated name's parts apart: 'Jean-Marc' ->
    [['J', 'M']], 'Richard A' -> [['R'], ['A']]; a fore name without lower case ('SH', 'S H') or
    only PubMed's initials are letters each."""
    fore = one_line(author.fore_name)
    if any(char.islower() for char in fore):
        return [[part[0] for part in word.split("-") if part] for word in fore.split() if word.strip("-")]
    return [[char] for char in one_line(author.initials) or fore if char.isalpha()]


def _initials(author: Author) -> str:
    """AMA's initials: 'JM' for Jean-Marc, 'RA' for Richard A."""
    return "".join("".join(group) for group in _given_initials(author))


def given_name(author: Author) -> str:
    """The given name for reference managers: the fore name, or initials with periods ('S. H.'),
    which CSL engines and BibTeX read as two names, where 'SH' would be one."""
    fore = one_line(author.fore_name)
    if any(char.islower() for char in fore):
        return fore
    return " ".join(f"{letter}." for group in _given_initials(author) for letter in group)


# --- AMA 11th edition and APA 7th edition ------------------------------------------------------


def _ama_name(author: Author) -> str:
    if author.collective_name:
        return one_line(author.collective_name)
    return " ".join(part for part in (one_line(author.last_name), _initials(author)) if part)


def ama(record: Record) -> str:
    """AMA 11th edition: 'Doe J, Roe R. Title. J Abbrev. 2020;12(3):45-67. doi:10.1/x'; without a
    DOI, the PubMed address."""
    names = [_ama_name(a) for a in record.authors]
    names = [n for n in names if n]
    if len(names) > AMA_MAX_AUTHORS:
        names = [*names[:AMA_ET_AL_AFTER], "et al"]
    authors = ", ".join(names)
    journal = one_line(record.journal.iso_abbreviation) or one_line(record.journal.title)
    source = year_text(record)
    if record.volume:
        source += f";{one_line(record.volume)}"
    if record.issue:
        source += f"({one_line(record.issue)})"
    if page_range(record):
        source += f":{page_range(record)}"
    parts = [authors, one_line(record.title), journal, source.lstrip(";")]
    text = " ".join(end_with_period(part) for part in parts if part)
    doi = one_line(record.doi)
    return f"{text} doi:{doi}" if doi else f"{text} {pubmed_url(record)}"


def _apa_name(author: Author) -> str:
    if author.collective_name:
        return one_line(author.collective_name)
    initials = " ".join("-".join(f"{letter}." for letter in group) for group in _given_initials(author))
    last = one_line(author.last_name)
    return f"{last}, {initials}" if last and initials else last or initials


def _apa_authors(names: list[str]) -> str:
    if len(names) > APA_MAX_AUTHORS:
        return ", ".join(names[: APA_MAX_AUTHORS - 1]) + ", . . . " + names[-1]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + ", & " + names[-1] if names else ""


def apa(record: Record) -> str:
    """APA 7: 'Doe, J., & Roe, R. (2020). Title. Journal, 12(3), 45–67. https://doi.org/10.1/x'."""
    authors = _apa_authors([n for n in (_apa_name(a) for a in record.authors) if n])
    year = f"({year_text(record) or 'n.d.'})."
    title = end_with_period(one_line(record.title))
    head = f"{end_with_period(authors)} {year} {title}" if authors else f"{title} {year}"
    source = title_case(one_line(record.journal.title) or one_line(record.journal.iso_abbreviation))
    if record.volume:
        source += f", {one_line(record.volume)}"
        if record.issue:
            source += f"({one_line(record.issue)})"
    pages = page_range(record, dash="\u2013")
    if pages:
        source += f", {pages}"
    text = f"{head} {end_with_period(source)}" if source else head
    doi = one_line(record.doi)
    return f"{text} {DOI_URL.format(doi=doi) if doi else pubmed_url(record)}".strip()


# --- RIS ---------------------------------------------------------------------------------------


def _ris_name(author: Author) -> str:
    if author.collective_name:
        return one_line(author.collective_name)
    given = given_name(author)
    last = one_line(author.last_name)
    return f"{last}, {given}" if last and given else last or given


def ris_entry(record: Record) -> str:
    """One RIS record, tags in the conventional order, closed by 'ER  - '."""
    first_page, last_page = expand_pages(record.pages)
    date = record.pub_date
    tags: list[tuple[str, str | None]] = [("TY", "JOUR")]
    tags += [("AU", _ris_name(a)) for a in record.authors]
    tags += [
        ("TI", one_line(record.title)),
        ("T2", one_line(record.journal.title)),
        ("JO", one_line(record.journal.iso_abbreviation)),
        ("PY", str(date.year) if date.year else None),
        (
            "DA",
            f"{date.year}/{date.month:02d}/{f'{date.day:02d}' if date.day else ''}/"
            if date.year and date.month
            else None,
        ),
        ("VL", one_line(record.volume)),
        ("IS", one_line(record.issue)),
        ("SP", first_page),
        ("EP", last_page),
        ("SN", one_line(record.journal.issn)),
        ("DO", one_line(record.doi)),
        ("AN", record.pmid),
        ("DB", "PubMed"),
        ("UR", pubmed_url(record)),
        ("AB", one_line(record.abstract_text)),
        ("N1", status_note(record)),
    ]
    lines = [f"{tag}  - {value}" for tag, value in tags if value]
    return "\n".join(lines) + "\nER  - \n"


def ris(records: Iterable[Record]) -> str:
    return "\n".join(ris_entry(record) for record in records)


# --- BibTeX ------------------------------------------------------------------------------------

_BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_BIBTEX_PATTERN = re.compile("|".join(re.escape(char) for char in _BIBTEX_SPECIAL))


def bibtex_escape(text: str | None) -> str:
    """Escape LaTeX's special characters in one pass (so the escapes are not escaped again)."""
    return _BIBTEX_PATTERN.sub(lambda match: _BIBTEX_SPECIAL[match.group()], one_line(text))


def bibtex_verbatim(text: str | None) -> str:
    """A DOI or URL as biblatex reads it (verbatim: '\\_' would print as is); braces and
    backslashes, which could end the field early, percent-encoded, as doi.org accepts them."""
    encoded = {"{": "%7B", "}": "%7D", "\\": "%5C"}
    return "".join(encoded.get(char, char) for char in one_line(text))


def _keeps_case(word: str, first: bool) -> bool:
    """Must this title word keep its case when a style lower-cases titles? An acronym or any word
    with a capital past its first letter ('IL-6', 'MSIS-29', 'eCAM'), and a capitalised word
    past the first ('Shiatsu', 'Swedish')."""
    letters = [char for char in word if char.isalpha()]
    if any(char.isupper() for char in letters[1:]):
        return True
    # BibTeX spares only a title's first character: '[Massage' would become '[massage'.
    capitalised = bool(letters) and letters[0].isupper()
    return capitalised and (not first or not word[0].isalpha())


def bibtex_title(text: str | None) -> str:
    """The title escaped, each word that must keep its case in braces, as biblatex users write
    it ('{Shiatsu} and {IL-6}'): BibTeX's styles and biber lower-case what is not protected."""
    words = []
    for number, word in enumerate(one_line(text).split(" ")):
        escaped = bibtex_escape(word)
        words.append(f"{{{escaped}}}" if _keeps_case(word, first=number == 0) else escaped)
    return " ".join(words)


def bibtex_key(record: Record) -> str:
    return "pmid" + re.sub(r"[^A-Za-z0-9]", "", record.pmid)


def _bibtex_name(author: Author) -> str:
    if author.collective_name:
        return "{" + bibtex_escape(author.collective_name) + "}"
    return bibtex_escape(_ris_name(author))


def bibtex_entry(record: Record) -> str:
    first_page, last_page = expand_pages(record.pages)
    pages = f"{first_page}--{last_page}" if first_page and last_page else first_page
    month = record.pub_date.month
    fields: list[tuple[str, str | None]] = [
        ("author", " and ".join(_bibtex_name(a) for a in record.authors)),
        ("title", bibtex_title(record.title)),
        ("journal", bibtex_escape(record.journal.title or record.journal.iso_abbreviation)),
        ("year", str(record.pub_date.year) if record.pub_date.year else None),
        ("volume", bibtex_escape(record.volume)),
        ("number", bibtex_escape(record.issue)),
        ("pages", bibtex_escape(pages)),
        ("issn", bibtex_escape(record.journal.issn)),
        ("doi", bibtex_verbatim(record.doi)),
        ("eprint", bibtex_escape(record.pmid)),  # biblatex links eprinttype pubmed to PubMed
        ("eprinttype", "pubmed"),
        ("pmcid", bibtex_escape(record.pmcid)),
        ("url", bibtex_verbatim(pubmed_url(record))),
        ("note", bibtex_escape(status_note(record))),
    ]
    body = [f"  {name} = {{{value}}}" for name, value in fields if value]
    if month and 1 <= month <= 12:
        body.insert(4, f"  month = {_BIBTEX_MONTHS[month - 1]}")
    return f"@article{{{bibtex_key(record)},\n" + ",\n".join(body) + "\n}\n"


def bibtex(records: Iterable[Record]) -> str:
    return "\n".join(bibtex_entry(record) for record in records)


# --- CSL-JSON ----------------------------------------------------------------------------------


def _csl_name(author: Author) -> dict[str, str]:
    if author.collective_name or not author.last_name:
        return {"literal": one_line(author.collective_name or author.fore_name)}
    name = {"family": one_line(author.last_name)}
    given = given_name(author)
    if given:
        name["given"] = given
    return name


def csl_item(record: Record) -> dict[str, object]:
    """A CSL-JSON item as Zotero, Pandoc and citeproc read it; absent fields are left out."""
    date = record.pub_date
    parts = [value for value in (date.year, date.month, date.day) if value]
    if date.year is None:
        parts = []
    item: dict[str, object] = {
        "id": bibtex_key(record),
        "type": "article-journal",
        "title": one_line(record.title),
        "container-title": one_line(record.journal.title),
        "container-title-short": one_line(record.journal.iso_abbreviation),
        "author": [_csl_name(a) for a in record.authors],
        "issued": {"date-parts": [parts]} if parts else None,
        "volume": one_line(record.volume),
        "issue": one_line(record.issue),
        "page": page_range(record),
        "ISSN": one_line(record.journal.issn),
        "DOI": one_line(record.doi),
        "PMID": record.pmid,
        "PMCID": one_line(record.pmcid),
        "URL": pubmed_url(record),
        "abstract": one_line(record.abstract_text),
        "note": status_note(record),
    }
    return {key: value for key, value in item.items() if value not in (None, "", [])}


def csl_json(records: Iterable[Record]) -> str:
    """A CSL-JSON array, UTF-8 kept as is, with a stable layout (diff-friendly, byte-identical)."""
    return json.dumps([csl_item(r) for r in records], ensure_ascii=False, indent=2) + "\n"
