"""Saved searches: what a valid queries/*.toml gives, and how every mistake in one is reported."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from harvester.errors import QueryFileError
from harvester.queries import ExtraDomain, ExtraTerm, Query, Topic, list_queries, load_query
from support import PROJECT_ROOT

PROJECT_QUERIES = PROJECT_ROOT / "queries"

VALID = '''
name = "demo"
title = "A fictional topic"
description = "Only for tests."
term = """(widget therapy[tiab])
  AND gadget[mh]"""

[filters]
mindate = "2000/01/01"
maxdate = "2020"
languages = ["english", "german"]
publication_types = ["Randomized Controlled Trial"]

[outcomes]
focus = ["pain", "fatigue"]

[outcomes.extra.itch]
synonyms = ["itch", "pruritus"]
instruments = ["Itch Severity Scale"]
polarity = "lower_is_better"
'''


def write(directory: Path, text: str, name: str = "demo") -> Path:
    path = directory / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_file_gives_every_field(tmp_path: Path) -> None:
    path = write(tmp_path, VALID)
    query = load_query("demo", tmp_path)
    assert query == Query(
        name="demo",
        title="A fictional topic",
        description="Only for tests.",
        term="(widget therapy[tiab])\n  AND gadget[mh]",
        mindate="2000/01/01",
        maxdate="2020",
        languages=("english", "german"),
        publication_types=("Randomized Controlled Trial",),
        focus_outcomes=("pain", "fatigue"),
        topic=Topic(
            domains=(ExtraDomain("itch", ("itch", "pruritus"), ("Itch Severity Scale",), "lower_is_better"),),
        ),
        path=path,
    )


def test_full_term_adds_language_and_publication_type_filters(tmp_path: Path) -> None:
    write(tmp_path, VALID)
    assert load_query("demo", tmp_path).full_term() == (
        '((widget therapy[tiab]) AND gadget[mh]) AND ("english"[la] OR "german"[la]) '
        'AND ("Randomized Controlled Trial"[pt])'
    )


def test_full_term_without_filters_is_the_term_on_one_line(tmp_path: Path) -> None:
    write(tmp_path, 'name = "demo"\nterm = """a[ti]\n   OR b[ti]"""\n')
    query = load_query("demo", tmp_path)
    assert query.full_term() == "a[ti] OR b[ti]"
    assert query.title == "demo"


def test_a_query_can_be_loaded_by_path(tmp_path: Path) -> None:
    path = write(tmp_path, VALID)
    assert load_query(path, Path("/nonexistent")).name == "demo"
    assert load_query(str(path), Path("/nonexistent")).path == path


def test_an_unknown_name_lists_the_available_ones(tmp_path: Path) -> None:
    write(tmp_path, VALID)
    write(tmp_path, VALID.replace('name = "demo"', 'name = "other"'), name="other")
    with pytest.raises(QueryFileError, match=r"unknown saved search 'nope'.*available: demo, other"):
        load_query("nope", tmp_path)


def test_list_queries_is_sorted_by_name(tmp_path: Path) -> None:
    write(tmp_path, VALID.replace('name = "demo"', 'name = "zeta"'), name="zeta")
    write(tmp_path, VALID)
    assert [query.name for query in list_queries(tmp_path)] == ["demo", "zeta"]


@pytest.mark.parametrize(
    ("text", "field", "problem"),
    [
        ('name = "demo"\n', "term", "is missing"),
        ('name = "demo"\nterm = "   "\n', "term", "must not be empty"),
        ('name = "demo"\nterm = 5\n', "term", "must be a string"),
        ('name = "demo"\nterm = "' + "pain OR " * 7_000 + 'pain"\n', "term", "at most 50,000 are accepted"),
        ('term = "x"\n', "name", "is missing"),
        ('name = "other"\nterm = "x"\n', "name", "must match the file name"),
        ('name = "demo"\nterm = "x"\ncolour = "red"\n', "colour", "is not a known field"),
        (
            'name = "demo"\nterm = "x"\n[filters]\nlanguage = ["english"]\n',
            "filters.language",
            "is not a known field",
        ),
        (
            'name = "demo"\nterm = "x"\n[filters]\nlanguages = "english"\n',
            "filters.languages",
            "must be a list of strings",
        ),
        (
            'name = "demo"\nterm = "x"\n[filters]\nlanguages = [1]\n',
            "filters.languages",
            "must be a list of strings",
        ),
        (
            'name = "demo"\nterm = "x"\n[filters]\npublication_types = [""]\n',
            "filters.publication_types",
            "empty",
        ),
        (
            'name = "demo"\nterm = "x"\n[filters]\nmindate = "01/01/2000"\n',
            "filters.mindate",
            "YYYY, YYYY/MM or YYYY/MM/DD",
        ),
        (
            'name = "demo"\nterm = "x"\n[filters]\nmaxdate = "2020-01-01"\n',
            "filters.maxdate",
            "YYYY, YYYY/MM or YYYY/MM/DD",
        ),
        (
            'name = "demo"\nterm = "x"\n[filters]\nmaxdate = "2020/13"\n',
            "filters.maxdate",
            "YYYY, YYYY/MM or YYYY/MM/DD",
        ),
        ('name = "demo"\nterm = "x"\n[filters]\nmindate = 2000\n', "filters.mindate", "must be a string"),
        (
            'name = "demo"\nterm = "x"\n[filters]\nmindate = "２０２０"\n',  # full-width digits
            "filters.mindate",
            "YYYY, YYYY/MM or YYYY/MM/DD",
        ),
        (
            'name = "demo"\nterm = "x"\n[filters]\nmindate = "2021"\nmaxdate = "2020"\n',
            "filters.mindate",
            "after",
        ),
        ('name = "demo"\nterm = "x"\nfilters = 3\n', "filters", "must be a table"),
        (
            'name = "demo"\nterm = "x"\n[outcomes]\nfocus = "pain"\n',
            "outcomes.focus",
            "must be a list of strings",
        ),
        ('name = "demo"\nterm = "x"\n[outcomes]\nfoci = []\n', "outcomes.foci", "is not a known field"),
        (
            'name = "demo"\nterm = "x"\n[outcomes.extra.itch]\npolarity = "up"\n',
            "outcomes.extra.itch.polarity",
            "must be one of",
        ),
        (
            'name = "demo"\nterm = "x"\n[outcomes.extra.itch]\nsynonyms = ["itch"]\n',
            "outcomes.extra.itch.polarity",
            "is missing",
        ),
        (
            'name = "demo"\nterm = "x"\n[outcomes.extra.itch]\npolarity = "lower_is_better"\nscale = 1\n',
            "outcomes.extra.itch.scale",
            "is not a known field",
        ),
        ('name = "demo"\nterm = "x"\n[outcomes.extra]\nitch = 1\n', "outcomes.extra.itch", "must be a table"),
        (
            'name = "demo"\nterm = "x"\n[outcomes]\nfocus = ["pain", "notadomain"]\n',
            "outcomes.focus",
            "names 'notadomain', which is no outcome domain; use one of: ",
        ),
        (
            'name = "demo"\nterm = "x"\n[outcomes.extra.itch]\nsynonyms = []\npolarity = "lower_is_better"\n',
            "outcomes.extra.itch.synonyms",
            "is empty",
        ),
        (
            'name = "demo"\nterm = "x"\n[outcomes.extra.itch]\npolarity = "lower_is_better"\n',
            "outcomes.extra.itch.synonyms",
            "is missing",
        ),
        (
            'name = "demo"\nterm = "x"\n[outcomes.extra.pain]\nsynonyms = ["ache"]\npolarity = "higher_is_better"\n',
            "outcomes.extra.pain.polarity",
            "the built-in domain 'pain' it extends is 'lower_is_better'",
        ),
        (  # a built-in domain is found by its label and synonyms too
            'name = "demo"\nterm = "x"\n[outcomes.extra."Quality of life"]\nsynonyms = ["wellbeing"]\n'
            'polarity = "lower_is_better"\n',
            "outcomes.extra.Quality of life.polarity",
            "the built-in domain 'quality_of_life' it extends is 'higher_is_better'",
        ),
        (
            'name = "demo"\nterm = "x"\n[outcomes.extra.itch]\nsynonyms = ["itch"]\npolarity = "lower_is_better"\n'
            'not_when_followed_by = "mite"\n',
            "outcomes.extra.itch.not_when_followed_by",
            "must be a list of strings",
        ),
        (
            'name = "demo"\nterm = "x"\n[outcomes.extra.itch]\nsynonyms = ["itch"]\npolarity = "lower_is_better"\n'
            'not_when_preceded_by = ["*"]\n',
            "outcomes.extra.itch.not_when_preceded_by",
            "has '*', which names no word",
        ),
        ('name = "demo"\nterm = "x"\ncautions = "careful"\n', "cautions", "[[cautions]]"),
        ('name = "demo"\nterm = "x"\n[cautions]\ntext = "careful"\n', "cautions", "must be a list of tables"),
        ('name = "demo"\nterm = "x"\n[[cautions]]\ntext = "careful"\n', "cautions[1].source", "is missing"),
        (
            'name = "demo"\nterm = "x"\n[[cautions]]\ntext = "a"\nsource = "b"\n[[cautions]]\ntext = " "\nsource = "b"\n',
            "cautions[2].text",
            "must not be empty",
        ),
        (
            'name = "demo"\nterm = "x"\n[[cautions]]\ntext = "a"\nsource = "b"\nurl = "c"\n',
            "cautions[1].url",
            "is not a known field",
        ),
        (
            'name = "demo"\nterm = "x"\n[[cautions]]\ntext = 1\nsource = "b"\n',
            "cautions[1].text",
            "must be a string",
        ),
    ],
)
def test_a_malformed_file_names_the_file_and_the_field(
    tmp_path: Path, text: str, field: str, problem: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(QueryFileError) as caught:
        load_query("demo", tmp_path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: field '{field}' ")
    assert problem in message


def test_bad_toml_names_the_file_and_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'name = "demo"\nterm = "x"\nlanguages = [english]\n')
    with pytest.raises(QueryFileError, match=re.escape(str(path)) + r": invalid TOML: .*line 3"):
        load_query("demo", tmp_path)


def test_a_file_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    (tmp_path / "demo.toml").write_bytes(b'name = "demo"\nterm = "\xff"\n')
    with pytest.raises(QueryFileError, match="not UTF-8"):
        load_query("demo", tmp_path)


def test_the_shipped_massage_ms_search_loads() -> None:
    query = load_query("massage-ms", PROJECT_QUERIES)
    term = query.full_term()
    assert query.name == "massage-ms"
    assert '"Massage"[mh]' in term and '"Multiple Sclerosis"[mh]' in term
    assert term.count("(") == term.count(")")
    assert "\n" not in term
    for outcome in (
        "anxiety",
        "depression",
        "spasticity",
        "pain",
        "fatigue",
        "quality of life",
        "adverse events",
    ):
        assert outcome in query.focus_outcomes


def test_the_shipped_search_carries_the_project_s_two_standing_cautions() -> None:
    cautions = load_query("massage-ms", PROJECT_QUERIES).cautions
    assert len(cautions) == 2
    flare, pressure = (caution.text.lower() for caution in cautions)
    assert "flare" in flare and "relapse" in flare
    assert "deep tissue" in pressure and "trigger point" in pressure
    assert all(caution.source for caution in cautions)


def test_cautions_keep_their_order_text_and_source(tmp_path: Path) -> None:
    write(
        tmp_path,
        'name = "demo"\nterm = "x"\n'
        '[[cautions]]\ntext = """\nFirst caution,\non two lines."""\nsource = "Fictional guide, 2020"\n'
        '[[cautions]]\ntext = "Second"\nsource = "Another fictional guide"\n',
    )
    cautions = load_query("demo", tmp_path).cautions
    assert [(c.text, c.source) for c in cautions] == [
        ("First caution,\non two lines.", "Fictional guide, 2020"),
        ("Second", "Another fictional guide"),
    ]


def test_the_shipped_search_uses_only_valid_pubmed_field_tags() -> None:
    valid_tags = {"mh", "mh:noexp", "tiab", "ti", "ab", "la", "pt", "majr", "tw", "sh", "nm"}
    tags = set(re.findall(r"\[([^\]]+)\]", load_query("massage-ms", PROJECT_QUERIES).full_term()))
    assert tags and tags <= valid_tags


@hypothesis_settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(max_size=300), st.builds(lambda tail: VALID + tail, st.text(max_size=60))))
def test_any_text_gives_a_query_or_a_query_file_error(tmp_path: Path, text: str) -> None:
    (tmp_path / "demo.toml").write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        query = load_query("demo", tmp_path)
    except QueryFileError as error:
        assert "\n" not in str(error)
    else:
        assert query.name == "demo" and query.term


def test_a_line_break_inside_a_key_or_value_keeps_the_message_on_one_line(tmp_path: Path) -> None:
    write(tmp_path, 'name = "demo"\nterm = "x"\n"bad\\nkey" = 1\n')
    with pytest.raises(QueryFileError, match=r"field 'bad\\nkey' is not a known field") as caught:
        load_query("demo", tmp_path)
    assert "\n" not in str(caught.value)


TOPIC_WORDS = """
[techniques.cupping]
label = "cupping therapy"
synonyms = ["cupping", "dry cupping"]

[comparators.sham_cups]
synonyms = ["sham cups"]
control_arm = true

[safety]
harms = ["skin marks"]
relapses = ["flare"]
"""


def test_a_search_may_add_techniques_comparators_and_safety_words(tmp_path: Path) -> None:
    write(tmp_path, VALID + TOPIC_WORDS)
    topic = load_query("demo", tmp_path).topic
    assert topic.techniques == (ExtraTerm("cupping", "cupping therapy", ("cupping", "dry cupping")),)
    assert topic.comparators == (ExtraTerm("sham_cups", "sham_cups", ("sham cups",), control_arm=True),)
    assert (topic.harms, topic.relapses) == (("skin marks",), ("flare",))


@pytest.mark.parametrize(
    ("tail", "message"),
    [
        ('[techniques.cupping]\nlabel = "cupping"\n', r"field 'techniques.cupping.synonyms' is missing: list the words that name the technique"),
        ('[comparators.sham]\nsynonyms = []\n', r"field 'comparators.sham.synonyms' is empty: list the words that name the comparator"),
        ('[comparators.sham]\nsynonyms = ["sham"]\ncontrol_arm = "yes"\n', r"field 'comparators.sham.control_arm' must be true or false"),
        ('[techniques.cupping]\nsynonyms = ["cupping"]\ncontrol_arm = true\n', r"field 'techniques.cupping.control_arm' is not a known field"),
        ('[safety]\nharm = ["skin marks"]\n', r"field 'safety.harm' is not a known field \(known: harms, relapses\)"),
        ('[safety]\nharms = "skin marks"\n', r"field 'safety.harms' must be a list of strings"),
        ('techniques = ["cupping"]\n', r"field 'techniques' must be a table"),
    ],
)  # fmt: skip
def test_a_bad_topic_word_names_its_field(tmp_path: Path, tail: str, message: str) -> None:
    write(tmp_path, 'name = "demo"\nterm = "x"\n' + tail)
    with pytest.raises(QueryFileError, match=message):
        load_query("demo", tmp_path)


def test_a_search_s_technique_or_comparator_may_say_which_words_make_it_another_thing(tmp_path: Path) -> None:
    write(
        tmp_path,
        VALID + '[comparators.rest]\nsynonyms = ["rest"]\nnot_when_preceded_by = ["at"]\n'
        '[techniques.cupping]\nsynonyms = ["cupping"]\nnot_when_followed_by = ["glass*"]\n',
    )
    topic = load_query("demo", tmp_path).topic
    assert topic.comparators == (ExtraTerm("rest", "rest", ("rest",), not_when_preceded_by=("at",)),)
    assert topic.techniques[0].not_when_followed_by == ("glass*",)


def test_a_search_s_comparator_s_lookalike_words_are_checked(tmp_path: Path) -> None:
    write(tmp_path, VALID + '[comparators.rest]\nsynonyms = ["rest"]\nnot_when_followed_by = ["*"]\n')
    with pytest.raises(
        QueryFileError, match=r"field 'comparators.rest.not_when_followed_by' has '\*', which names no word"
    ):
        load_query("demo", tmp_path)


def test_focus_may_name_the_files_own_domain_and_an_extension_keeps_the_polarity(tmp_path: Path) -> None:
    write(
        tmp_path,
        'name = "demo"\nterm = "x"\n[outcomes]\nfocus = ["itch", "pain"]\n'
        '[outcomes.extra.itch]\nsynonyms = ["pruritus"]\npolarity = "lower_is_better"\n'
        '[outcomes.extra.pain]\nsynonyms = ["ache"]\npolarity = "lower_is_better"\n',
    )
    query = load_query("demo", tmp_path)
    assert query.focus_outcomes == ("itch", "pain")
    assert [domain.name for domain in query.topic.domains] == ["itch", "pain"]


def test_an_extra_domain_may_say_which_words_make_it_another_thing(tmp_path: Path) -> None:
    write(
        tmp_path,
        VALID + 'not_when_preceded_by = ["swimmer\'s"]\nnot_when_followed_by = ["mite*", "* cream"]\n',
    )
    (itch,) = load_query("demo", tmp_path).topic.domains
    assert (itch.not_when_preceded_by, itch.not_when_followed_by) == (("swimmer's",), ("mite*", "* cream"))
