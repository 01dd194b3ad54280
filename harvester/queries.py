"""Saved searches: ``queries/<name>.toml`` files, validated into frozen ``Query`` objects.

The topic of a harvest is data, not code: a saved search names the PubMed term, an optional
publication-date window and language/publication-type filters, the outcome domains the digest
should focus on, the words of its topic the extractor's vocabulary lacks (outcome domains,
techniques, comparators, harms and relapse words: its ``Topic``), and standing cautions the digest
repeats every month. Every mistake in such a
file is reported as one line naming the file and the field, so the person editing it can fix it
without reading Python.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harvester.errors import QueryFileError

POLARITIES = ("lower_is_better", "higher_is_better")
QUERY_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*\Z")
# PubMed accepts YYYY, YYYY/MM or YYYY/MM/DD for mindate/maxdate.
_DATE = re.compile(r"[0-9]{4}(/(0[1-9]|1[0-2])(/(0[1-9]|[12][0-9]|3[01]))?)?\Z")  # ASCII digits only

MAX_TERM_CHARS = 50_000  # far beyond any real search; a longer one is a mistake in the file
_TOP_KEYS = {
    "name",
    "title",
    "description",
    "term",
    "filters",
    "outcomes",
    "techniques",
    "comparators",
    "safety",
    "cautions",
}
_FILTER_KEYS = {"mindate", "maxdate", "languages", "publication_types"}
_OUTCOME_KEYS = {"focus", "extra"}
_EXTRA_KEYS = {"synonyms", "instruments", "polarity", "not_when_preceded_by", "not_when_followed_by"}
_TERM_KEYS = {"label", "synonyms", "not_when_preceded_by", "not_when_followed_by"}
_COMPARATOR_KEYS = _TERM_KEYS | {"control_arm"}
_SAFETY_KEYS = {"harms", "relapses"}
_CAUTION_KEYS = {"text", "source"}


@dataclass(frozen=True)
class Caution:
    """Standing advice the digest shows at the top of its safety section every month, beside what
    the abstracts report: what to be careful about, and who says so."""

    text: str
    source: str


@dataclass(frozen=True)
class ExtraDomain:
    """An outcome domain a saved search adds to the extractor's built-in vocabulary."""

    name: str
    synonyms: tuple[str, ...]
    instruments: tuple[str, ...]
    polarity: str  # one of POLARITIES
    # Words that make the domain's words another thing, as in the built-in vocabulary's domains.
    not_when_preceded_by: tuple[str, ...] = ()
    not_when_followed_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExtraTerm:
    """A technique (what was given) or comparator (what it was compared with) a saved search adds:
    ``[techniques.<key>]`` or ``[comparators.<key>]``, with the label reports use and its words."""

    key: str
    label: str
    synonyms: tuple[str, ...]
    control_arm: bool = False  # a comparator that is the arm compared with in any trial (a sham)
    # Words that make its words another thing ("pain at rest"), as an extra domain's.
    not_when_preceded_by: tuple[str, ...] = ()
    not_when_followed_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class Topic:
    """The words a saved search adds to the extractor's vocabulary, so that a new clinical
    question needs a file, not code: its outcome domains (``[outcomes.extra.<name>]``), techniques,
    comparators, and the harms and relapse words its safety notes look for (``[safety]``)."""

    domains: tuple[ExtraDomain, ...] = ()
    techniques: tuple[ExtraTerm, ...] = ()
    comparators: tuple[ExtraTerm, ...] = ()
    harms: tuple[str, ...] = ()
    relapses: tuple[str, ...] = ()


@dataclass(frozen=True)
class Query:
    """One saved search, as read from its TOML file."""

    name: str
    title: str
    description: str
    term: str
    mindate: str | None
    maxdate: str | None
    languages: tuple[str, ...]
    publication_types: tuple[str, ...]
    focus_outcomes: tuple[str, ...]
    topic: Topic
    path: Path
    cautions: tuple[Caution, ...] = ()

    def full_term(self) -> str:
        """The term as sent to ESearch: the saved term AND the language / publication-type filters.

        The date window is not part of the term: ESearch takes it as mindate/maxdate parameters.
        """
        term = " ".join(self.term.split())  # the file's line breaks mean nothing to PubMed
        parts = [f"({term})"]
        if self.languages:
            parts.append(_any_of(self.languages, "la"))
        if self.publication_types:
            parts.append(_any_of(self.publication_types, "pt"))
        return " AND ".join(parts) if len(parts) > 1 else term


def _any_of(values: tuple[str, ...], tag: str) -> str:
    return "(" + " OR ".join(f'"{value}"[{tag}]' for value in values) + ")"


def load_query(name_or_path: str | Path, queries_dir: Path) -> Query:
    """Load a saved search given its name (a file in ``queries_dir``) or a path to a .toml file."""
    path = _resolve(name_or_path, queries_dir)
    return _parse(path)


def list_queries(queries_dir: Path) -> list[Query]:
    """Every saved search in ``queries_dir``, sorted by name; a malformed file raises."""
    if not queries_dir.is_dir():
        return []
    return [_parse(path) for path in sorted(queries_dir.glob("*.toml"))]


def _resolve(name_or_path: str | Path, queries_dir: Path) -> Path:
    text = str(name_or_path)
    looks_like_path = text.endswith(".toml") or "/" in text or "\\" in text
    path = Path(text) if looks_like_path else queries_dir / f"{text}.toml"
    if path.is_file():
        return path
    if looks_like_path:
        raise QueryFileError(f"{path}: saved search file not found")
    available = sorted(p.stem for p in queries_dir.glob("*.toml")) if queries_dir.is_dir() else []
    listing = ", ".join(available) if available else "none"
    raise QueryFileError(f"unknown saved search '{text}' in {queries_dir}; available: {listing}")


def _parse(path: Path) -> Query:
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise QueryFileError(f"{path}: not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise QueryFileError(f"{path}: cannot be read ({error.strerror})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise QueryFileError(f"{path}: invalid TOML: {' '.join(str(error).split())}") from None
    return _QueryReader(path).read(data)


class _QueryReader:
    """Checks one parsed TOML document field by field; every error names ``path`` and the field."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, field: str, problem: str) -> QueryFileError:
        # Keys and values come from the file and may hold line breaks; the message stays one line.
        message = f"{self.path}: field '{field}' {problem}"
        return QueryFileError(message.replace("\r", "\\r").replace("\n", "\\n"))

    def read(self, data: dict[str, Any]) -> Query:
        self.no_unknown_keys(data, _TOP_KEYS, "")
        name = self.string(data, "name", "name", required=True)
        if name != self.path.stem:
            raise self.fail("name", f"is '{name}' but must match the file name '{self.path.stem}'")
        if not QUERY_NAME.match(name):
            raise self.fail("name", "must be lower-case letters, digits, '-' or '_'")
        term = self.string(data, "term", "term", required=True).strip()
        if not term:
            raise self.fail("term", "must not be empty")
        if len(term) > MAX_TERM_CHARS:
            raise self.fail(
                "term", f"is {len(term):,} characters long; at most {MAX_TERM_CHARS:,} are accepted"
            )
        filters = self.table(data, "filters", "filters")
        outcomes = self.table(data, "outcomes", "outcomes")
        safety = self.table(data, "safety", "safety")
        self.no_unknown_keys(safety, _SAFETY_KEYS, "safety.")
        self.no_unknown_keys(filters, _FILTER_KEYS, "filters.")
        self.no_unknown_keys(outcomes, _OUTCOME_KEYS, "outcomes.")
        mindate, maxdate = self.date(filters, "mindate"), self.date(filters, "maxdate")
        if mindate and maxdate and mindate > maxdate:
            raise self.fail("filters.mindate", f"'{mindate}' is after filters.maxdate '{maxdate}'")
        query = Query(
            name=name,
            title=self.string(data, "title", "title") or name,
            description=self.string(data, "description", "description"),
            term=term,
            mindate=mindate,
            maxdate=maxdate,
            languages=self.strings(filters, "languages", "filters.languages"),
            publication_types=self.strings(filters, "publication_types", "filters.publication_types"),
            focus_outcomes=self.strings(outcomes, "focus", "outcomes.focus"),
            topic=Topic(
                domains=self.extra_domains(self.table(outcomes, "extra", "outcomes.extra")),
                techniques=self.terms(self.table(data, "techniques", "techniques"), "techniques"),
                comparators=self.terms(self.table(data, "comparators", "comparators"), "comparators"),
                harms=self.strings(safety, "harms", "safety.harms"),
                relapses=self.strings(safety, "relapses", "safety.relapses"),
            ),
            path=self.path,
            cautions=self.cautions(data.get("cautions", [])),
        )
        self.outcomes_known(query)
        return query

    def outcomes_known(self, query: Query) -> None:
        """Check the outcome fields against the extractor's vocabulary, so that every command
        (harvest, digest, extract) refuses the same file at once, not a digest after a harvest.

        An extra domain named like a built-in one extends it; with the opposite polarity it would
        silently turn the built-in domain's findings around, so that is refused here.
        """
        from harvester.extract import load_vocabulary  # the extractor is loaded only when needed

        built_in = load_vocabulary()
        for extra in query.topic.domains:
            domain = built_in.find_domain(extra.name)
            if domain is not None and domain.polarity != extra.polarity:
                raise self.fail(
                    f"outcomes.extra.{extra.name}.polarity",
                    f"is '{extra.polarity}' but the built-in domain '{domain.key}' it extends is "
                    f"'{domain.polarity}'; give your domain a name of its own (e.g. "
                    f"'{extra.name}_{extra.polarity.split('_')[0]}')",
                )
        merged = load_vocabulary(query.topic)
        for name in query.focus_outcomes:
            if merged.find_domain(name) is None:
                known = ", ".join(sorted(d.key for d in merged.domains))
                raise self.fail(
                    "outcomes.focus", f"names {name!r}, which is no outcome domain; use one of: {known}"
                )

    def no_unknown_keys(self, table: dict[str, Any], allowed: set[str], prefix: str) -> None:
        for key in sorted(set(table) - allowed):
            raise self.fail(f"{prefix}{key}", f"is not a known field (known: {', '.join(sorted(allowed))})")

    def string(self, table: dict[str, Any], key: str, field: str, *, required: bool = False) -> str:
        if key not in table:
            if required:
                raise self.fail(field, "is missing")
            return ""
        value = table[key]
        if not isinstance(value, str):
            raise self.fail(field, "must be a string")
        return value

    def strings(self, table: dict[str, Any], key: str, field: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.fail(field, "must be a list of strings")
        if any(not item.strip() for item in value):
            raise self.fail(field, "must not contain empty strings")
        return tuple(item.strip() for item in value)

    def words(self, table: dict[str, Any], key: str, field: str, what: str = "outcome") -> tuple[str, ...]:
        """A list of strings that must hold at least one: an entry no word finds finds nothing."""
        if key not in table:
            raise self.fail(field, f"is missing: list the words that name the {what} in an abstract")
        words = self.strings(table, key, field)
        if not words:
            raise self.fail(field, f"is empty: list the words that name the {what} in an abstract")
        return words

    def table(self, data: dict[str, Any], key: str, field: str) -> dict[str, Any]:
        value = data.get(key, {})
        if not isinstance(value, dict):
            raise self.fail(field, "must be a table")
        return value

    def date(self, filters: dict[str, Any], key: str) -> str | None:
        field = f"filters.{key}"
        if key not in filters:
            return None
        value = self.string(filters, key, field)
        if not _DATE.match(value):
            raise self.fail(field, f"is '{value}' but must be YYYY, YYYY/MM or YYYY/MM/DD")
        return value

    def cautions(self, value: object) -> tuple[Caution, ...]:
        """``[[cautions]]`` tables, each with a ``text`` and the ``source`` it comes from."""
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise self.fail("cautions", "must be a list of tables: write each as [[cautions]]")
        cautions = []
        for number, item in enumerate(value, start=1):
            prefix = f"cautions[{number}]"
            self.no_unknown_keys(item, _CAUTION_KEYS, prefix + ".")
            text, source = (
                self.string(item, key, f"{prefix}.{key}", required=True).strip() for key in ("text", "source")
            )
            if not text or not source:
                raise self.fail(f"{prefix}.{'source' if text else 'text'}", "must not be empty")
            cautions.append(Caution(text=text, source=source))
        return tuple(cautions)

    def extra_domains(self, extra: dict[str, Any]) -> tuple[ExtraDomain, ...]:
        domains = []
        for name in sorted(extra):
            prefix = f"outcomes.extra.{name}"
            spec = self.table(extra, name, prefix)
            self.no_unknown_keys(spec, _EXTRA_KEYS, prefix + ".")
            polarity = self.string(spec, "polarity", prefix + ".polarity", required=True)
            if polarity not in POLARITIES:
                raise self.fail(
                    prefix + ".polarity", f"is '{polarity}' but must be one of {', '.join(POLARITIES)}"
                )
            domains.append(
                ExtraDomain(
                    name=name,
                    synonyms=self.words(spec, "synonyms", prefix + ".synonyms"),
                    instruments=self.strings(spec, "instruments", prefix + ".instruments"),
                    polarity=polarity,
                    not_when_preceded_by=self.lookalike_words(spec, "not_when_preceded_by", prefix),
                    not_when_followed_by=self.lookalike_words(spec, "not_when_followed_by", prefix),
                )
            )
        return tuple(domains)

    def terms(self, table: dict[str, Any], kind: str) -> tuple[ExtraTerm, ...]:
        """``[techniques.<key>]`` or ``[comparators.<key>]`` tables; only a comparator can be
        a control arm."""
        allowed = _COMPARATOR_KEYS if kind == "comparators" else _TERM_KEYS
        terms = []
        for key in sorted(table):
            prefix = f"{kind}.{key}"
            spec = self.table(table, key, prefix)
            self.no_unknown_keys(spec, allowed, prefix + ".")
            control_arm = spec.get("control_arm", False)
            if not isinstance(control_arm, bool):
                raise self.fail(prefix + ".control_arm", "must be true or false")
            terms.append(
                ExtraTerm(
                    key=key,
                    label=self.string(spec, "label", prefix + ".label").strip() or key,
                    synonyms=self.words(spec, "synonyms", prefix + ".synonyms", kind[:-1]),
                    control_arm=control_arm,
                    not_when_preceded_by=self.lookalike_words(spec, "not_when_preceded_by", prefix),
                    not_when_followed_by=self.lookalike_words(spec, "not_when_followed_by", prefix),
                )
            )
        return tuple(terms)

    def lookalike_words(self, spec: dict[str, Any], key: str, prefix: str) -> tuple[str, ...]:
        """An extra domain's, technique's or comparator's ``not_when_preceded_by`` or
        ``not_when_followed_by``, checked by the vocabulary's own rule for them."""
        from harvester.extract.vocabulary import lookalike_problem  # loaded only when needed

        field = f"{prefix}.{key}"
        words = self.strings(spec, key, field)
        for word in words:
            problem = lookalike_problem(word, preceding=key == "not_when_preceded_by")
            if problem:
                raise self.fail(field, problem)
        return words
