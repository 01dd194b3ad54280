"""Prefiltered and case-insensitive patterns: the same matches as the plain patterns, faster."""

from __future__ import annotations

import random
import re
import string
import sys
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import pytest

from harvester.extract import arms, facts, readings, safety, statements, structure
from harvester.extract.patterns import (
    _OTHER_CASES,
    UNLIKE_IGNORECASE,
    AnyOf,
    Caseless,
    Screened,
    _guarded,
    _opening_words,
    caseless_places,
    compiled,
    lowered_exactly,
    required_words,
    requires_one_of,
)

# Fictional sentences in mixed case, some with the characters lowering treats apart.
TEXTS = (
    "Forty-Two PATIENTS were randomized to 12 Sessions of massage, twice WEEKLY for 6 weeks.",
    "At 3 months follow-up, 40 participants completed the study (N = 42).",
    "Twelve ſessions of 30 min were given over 8 weeks; the ıntervention lasted 8 weeks.",
    "İn 2 weeks, 20 adults were enrolled and followed up at week 4 and after 6 months.",
    "No sessions were planned.",
    "No serious ADVERSE EVENTS were reported; two participants had headaches after the massage session.",
    "Massage should be avoided during a RELAPSE; outcomes were ASSESSED at baseline and were similar.",
    "this non-randomised pilot study of 1,200 adults. a randomized trial is warranted in future.",
    "",
)


def test_lowering_matches_as_ignorecase_does_except_for_the_listed_characters() -> None:
    """Every character that lowers to one character, and is not listed, is matched by a lower-case
    letter or class exactly when IGNORECASE would match it as written."""
    chars = "".join(
        char
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF and len((char := chr(code)).lower()) == 1
    )
    lowered = chars.lower()
    odd: set[str] = set()
    for letter in string.ascii_lowercase:
        as_written = {m.start() for m in re.finditer(letter, chars, re.IGNORECASE)}
        odd |= {chars[i] for i in as_written ^ {m.start() for m in re.finditer(letter, lowered)}}
    for category in (r"\w", r"\d", r"\s"):
        as_written = {m.start() for m in re.finditer(category, chars)}
        odd |= {chars[i] for i in as_written ^ {m.start() for m in re.finditer(category, lowered)}}
    assert odd == set(UNLIKE_IGNORECASE)


@pytest.mark.parametrize("text", ["İn", "a ſession", "ınterval"])
def test_text_that_lowers_unlike_ignorecase_is_not_lowered(text: str) -> None:
    assert lowered_exactly(text) is None


def test_text_is_lowered_once_for_many_patterns() -> None:
    text = "Pain FELL."
    assert lowered_exactly(text) == "pain fell."
    assert lowered_exactly(text) is lowered_exactly(text)


@pytest.mark.parametrize("literal", ["sessions", "Weeks", "adverse events", "(N = 42)", "6 months", "pain"])
def test_caseless_places_are_where_ignorecase_finds_the_literal(literal: str) -> None:
    for text in TEXTS:
        places = caseless_places(text, literal)
        found = [m.start() for m in re.finditer(f"(?={re.escape(literal)})", text, re.IGNORECASE)]
        assert places is None or places == found
        assert (places is None) == (lowered_exactly(text) is None)


def test_caseless_places_are_not_looked_for_a_literal_beyond_ascii() -> None:
    assert caseless_places("Pain at 12 µg", "12 µg") is None


@pytest.mark.parametrize(
    ("source", "words"),
    [
        (r"\b(\d+)\s+(?:weeks?|months?)\b", {"week", "month"}),
        (r"(?:pre-)?test(?:ing)?", {"test"}),
        (r"\bno (?:serious )?adverse events?", {"adverse event"}),
        (r"relapses?|flare-?ups?", {"relapse", "flare"}),
        (r"\d+|weeks", None),  # one way to match needs no fixed string
        (r"(?:weeks)*\d", None),
        (r"[a-z]+", None),
    ],
)
def test_required_words_are_read_from_the_pattern(source: str, words: set[str] | None) -> None:
    assert required_words(source) == (None if words is None else frozenset(words))


@pytest.mark.parametrize(
    ("source", "words", "required"),
    [
        (r"\bmild (?:pain|itch)\b|\bpain(?:ful)?\b", ("pain", "itch"), True),
        (r"(?:sore|stiff)ness", ("ness",), True),
        (r"\b(?:if |when )pain", ("if ", "when"), True),
        (r"(?:massage)+ sessions?", ("massage",), True),
        (r"\bmild (?:pain|itch)?", ("pain", "itch"), False),  # an optional part may hold none
        (r"(?:massage)* sessions?", ("massage",), False),
        (r"\bpain|\bache", ("pain",), False),  # one alternative holds no word
        (r"[Pp]ain", ("pain",), False),  # a class holds no fixed character
        (r"(?<=mild )pain", ("mild",), False),  # a look-behind is not part of the match
    ],
)
def test_requires_one_of_proves_every_match_holds_a_word(
    source: str, words: tuple[str, ...], required: bool
) -> None:
    assert requires_one_of(source, words) is required


def test_caseless_checks_the_words_it_is_given_and_skips_a_text_without_them() -> None:
    # fictional: each alternative names a worsening, so a text without "worse" is skipped
    pattern = Caseless(
        r"\btransient(?:ly)? worse\w*|\bworse\w* in (?:two|three) patients\b", words=("worse",)
    )
    assert pattern._words == ("worse",)
    assert pattern.search("Soreness WORSENED in two patients").group() == "worsened in two patients"
    assert pattern.search("soreness eased in two patients") is None
    with pytest.raises(ValueError, match="holds one of"):
        Caseless(r"\btransient(?:ly)? worse\w*|\bflare-?ups?\b", words=("worse",))
    with pytest.raises(ValueError, match="holds one of"):
        Caseless(r"\bworse\b", words=())


def _caseless_patterns() -> list[Caseless]:
    found = []
    for value in (*vars(facts).values(), *vars(structure).values(), *vars(safety).values()):
        for pattern in value if isinstance(value, tuple) else (value,):
            if isinstance(pattern, Caseless):
                found.append(pattern)
    return found


@pytest.mark.parametrize("pattern", _caseless_patterns(), ids=lambda p: p.pattern[:40])
@pytest.mark.parametrize("text", TEXTS)
def test_caseless_finds_what_ignorecase_finds(pattern: Caseless, text: str) -> None:
    plain = re.compile(pattern.pattern, re.IGNORECASE)
    expected = [(m.span(), [g and g.lower() for g in m.groups()]) for m in plain.finditer(text)]
    found = [(m.span(), [g and g.lower() for g in m.groups()]) for m in pattern.finditer(text)]
    assert found == expected
    first = pattern.search(text)
    assert (first and first.span()) == (expected[0][0] if expected else None)


def test_caseless_skips_a_text_without_the_words_it_needs() -> None:
    pattern = Caseless(r"\b(\d+)\s+sessions\b")
    assert pattern.search("12 SESSIONS").group(1) == "12"
    assert pattern.search("12 visits") is None
    assert pattern.search("12 ſessions") is not None  # as IGNORECASE reads it


def test_a_text_without_the_words_has_no_stretch_that_may_match() -> None:
    # fictional sentences: a clause at the start, cut from a sentence that holds the word or not
    pattern = Caseless(r"^\W*no (?:one|patient) (?:withdrew|dropped out)\b")
    sentence = "Pain fell, and no patient withdrew."
    assert pattern.may_match_within(sentence)
    assert pattern.match(sentence.split(", and ")[1]) is not None
    assert not pattern.may_match_within("Pain fell, and no patient left.")
    assert pattern.may_match_within("Pain fell; no patient ſtopped.")  # lowering not exact: unknown


def test_caseless_matches_at_the_start_only_as_ignorecase_does() -> None:
    # fictional clauses: a joined clause opens on "but", in any case
    pattern = Caseless(r"^\W*(?:whereas|but)\s+")
    assert pattern.match(", BUT pain fell").span() == (0, 6)
    assert pattern.match("pain fell, but fatigue did not") is None
    assert pattern.match("Whereaſ pain fell") is not None  # as IGNORECASE reads it


def test_a_screen_checks_no_word_that_holds_another_and_still_skips_the_same_texts() -> None:
    # fictional: "bruised" and "bruises" hold "bruise", whose absence already rules them out
    pattern = Screened(r"\b(?:bruise|bruised|bruises|nausea)\b")
    assert pattern._words == ("bruise", "nausea")
    assert pattern.search("some bruises at the site").group() == "bruises"
    assert pattern.search("mild soreness only") is None


def test_a_screen_checks_the_words_it_is_given_and_skips_a_text_without_them() -> None:
    # fictional: each way names an arm, though the word every way holds is "in "
    pattern = Screened(r"\d+ in the \w+ (?:group|arm)\b", words=("group", "arm"))
    assert pattern._words == ("group", "arm")
    assert pattern.search("pain fell by 3 in the massage arm").group() == "3 in the massage arm"
    assert pattern.search("pain fell by 3 in the week after") is None
    with pytest.raises(ValueError, match="holds one of"):
        Screened(r"\d+ in the \w+ (?:group|arm|week)\b", words=("group", "arm"))


def _screened_patterns() -> list[Screened]:
    found = [pattern for pattern, _ in facts._DESIGN_PATTERNS]
    read = [value for value in vars(readings).values() if isinstance(value, Screened)]
    return [*found, facts._FORWARD_LOOKING, *read]


# Fictional results, for the readings' screened patterns: a trend, an exception, one arm only,
# a between-group test in brackets, one told in words; and methods allocating arms.
READINGS_TEXTS = (
    "Pain was higher at baseline than after the sessions in the massage group.",
    "The massage group had a slower decline in walking speed.",
    "Pain fell in the massage group only (between-groups p = 0.03), except for fatigue, which tended to rise.",
    "massage, but not rest, reduced pain; anxiety was unchanged apart from a borderline fall.",
    "only in the sham group did sleep improve [between groups: ns], with no change in the rest group.",
    "Drug A lowered BNP at least as much as drug B, and was non-inferior for pain.",
    "Sleep improved in both arms, and the between-group difference did not reach significance.",
    "Pain fell more with massage (between-group difference -1.2, 95% CI -2.0 to -0.4).",
    "Pain fell by 3.1 points in the massage group and 2.8 in the sham group, a non-significant difference.",
    "The fall in pain disappeared after adjustment for age.",
    "Pain fell more in the combined group than with massage alone.",
    "Sixty adults were randomized to reflexology or rest.",
    "Patients had yoga, stretching, or a combination of yoga and stretching.",
    "Fatigue eased in both arms, the sham group less than the massage group.",
    "Stiffness fell in the massage group (pre 5.4 vs post 2.9).",
    "Grip strength showed a group-by-time interaction (p = 0.02).",
    # the start against later readings, an adjusted result, each arm's own test, an arm unchanged,
    # an arm favoured or ranked, people who left, a named test, each arm's values before and after
    "When baseline scores were compared with the follow-up scores, stiffness eased in the sauna group.",
    "After adjusting for sex, the gain in sleep was no longer significant.",
    "Thirst fell in both arms (p < 0.01 for both), whereas the sham group did not.",
    "Two patients withdrew because of nausea.",
    "Differences in thirst favoured the drug, which was superior to sham for sleep.",
    "Thirst remained unchanged in the sham group.",
    "Fewer nightmares were reported by Fictolan-treated patients.",
    "Thirst fell in the drug and sham groups (p = 0.01 and p = 0.40, respectively).",
    "By the Mann-Whitney test, the reduction in thirst was greater with the drug.",
    "Thirst fell in the drug group from 6.1 to 3.2, and in the sham group from 6.0 to 5.7.",
    "The drug group improved (p = 0.02) compared with the sham group (p = 0.50).",
    # a hedge, an arm set against its absence, the comparator's people, each arm's change sized
    "Sauna bathing may ease stiffness.",
    "Sleep was worse without the sauna than with it.",
    "Thirst rose among sham patients.",
    "The reduction in thirst was 2.1 with the drug and 0.4 with sham.",
)


@pytest.mark.parametrize("pattern", _screened_patterns(), ids=lambda p: p.pattern[:40])
@pytest.mark.parametrize("text", [text.lower() for text in (*TEXTS, *READINGS_TEXTS)] + list(TEXTS))
def test_screened_finds_what_the_plain_pattern_finds(pattern: Screened, text: str) -> None:
    plain = re.compile(pattern.pattern)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
    first = pattern.search(text)
    assert (first and first.span()) == (next((m.span() for m in plain.finditer(text)), None))
    opening = pattern.match(text)
    assert (opening and opening.span()) == ((m := plain.match(text)) and m.span())
    assert pattern.sub("", text) == plain.sub("", text)


def test_the_readings_texts_meet_the_readings_screened_patterns() -> None:
    """Each screened pattern of the readings finds something in the texts above, so that the
    test before compares matches, not only their absence."""
    texts = [text.lower() for text in READINGS_TEXTS]
    for pattern in _screened_patterns()[len(facts._DESIGN_PATTERNS) + 1 :]:
        assert any(re.search(pattern.pattern, text) for text in texts), pattern.pattern


# Fictional statements, for the patterns read way by way and those screened by a word they need.
WAYS_TEXTS = (
    "Fatigue fell from baseline in both groups (p < 0.01 in each).",
    "Pain did not differ between the massage and rest groups (mean difference 0.4, 95% CI -0.2 to 1.0).",
    "Groups A and B received massage and rest, respectively; sleep was similar over time.",
    "Anxiety was lower in the massage group (MG) than in the rest group (RG), and neither arm worsened.",
    "Falls were reduced by 24% (95% confidence interval 4 to 42%) in the exercise arm.",
    "Stiffness rose from 3.1 to 4.2 in the sham arm, with no change in the control group [CG].",
)


def test_any_of_answers_as_its_ways_written_as_one_alternation() -> None:
    ways = (readings._FROM_BASELINE, r"\bover time\b", r"\bneither [\w\s+-]{1,40}? nor\b")
    either = re.compile("|".join(ways))
    for text in (*WAYS_TEXTS, "Neither massage nor rest changed pain.", ""):
        assert AnyOf(*ways).found_in(text.lower()) == bool(either.search(text.lower()))


def test_the_readings_ways_of_a_change_within_the_arms_are_found_in_the_texts_above() -> None:
    """Found as the one alternation of its ways finds them, which finds some."""
    either = re.compile("|".join(way.pattern for way in readings._WITHIN._ways))
    found = [readings._WITHIN.found_in(text.lower()) for text in WAYS_TEXTS]
    assert found == [bool(either.search(text.lower())) for text in WAYS_TEXTS]
    assert found == [True, False, True, True, False, True]


@pytest.mark.parametrize("text", WAYS_TEXTS)
def test_a_text_without_an_interval_named_is_read_for_none(text: str) -> None:
    """Every way of giving an interval names it: a text that does not has no interval to read."""
    assert statements.interval_reading(text) is None or statements._INTERVAL_NAMED.search(text)
    unnamed = re.sub(r"95% (?:CI|confidence interval)", "range", text)
    assert statements.interval_reading(unnamed) is None


def test_arms_given_treatments_respectively_are_read_and_other_sentences_skipped() -> None:
    assert arms._respective_definitions(WAYS_TEXTS[2]) == {"A": "massage", "B": "rest"}
    assert arms._respective_definitions(WAYS_TEXTS[3]) == {}
    assert arms._ARM_NAME_CLOSED.found_in(WAYS_TEXTS[3]) and arms._ARM_NAME_CLOSED.found_in(WAYS_TEXTS[5])
    assert not arms._ARM_NAME_CLOSED.found_in(WAYS_TEXTS[0])


@pytest.mark.parametrize("source", [r"\bMAS\b", r"(?i)pain", r"(?-i:x)y"])
def test_caseless_is_written_in_lower_case_without_flags(source: str) -> None:
    with pytest.raises(ValueError, match="lower case"):
        Caseless(source)


# Fictional texts for ``compiled``: word boundaries after underscores, digits, hyphens and
# brackets, capitals, and the characters IGNORECASE folds unlike lowering.
BOUNDARY_TEXTS = (
    *TEXTS,
    "Pain fell (p < 0.01; SMD −0.45, 95% CI −0.71 to −0.19) in the massage group only.",
    "_age x-age 2age age, sex and BMI were similar at baseline; pre-operative anxiety rose.",
    "Groups A and B did not differ, but fatigue improved in group 2 vs. Group C (P=0.04).",
    "İNTERVAL ınterval Kelvin \u212aelvin ſide effects: none. Twelve-week follow-up at week 8.",
    "OR 1.5 (95 % CI 1.1-2.0), RR 0.8; Hedges' g = 0.4, d=.3; HR: 2",
)


_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL  # those a pattern may be compiled with


def _package_patterns() -> list[tuple[str, int]]:
    """Every pattern the extractor compiles at import, as (source, flags)."""
    import importlib
    import pkgutil

    import harvester.extract as package

    found: dict[tuple[str, int], None] = {}
    names = [info.name for info in pkgutil.walk_packages(package.__path__, "harvester.extract.")]
    for module in map(importlib.import_module, names):
        for value in vars(module).values():
            for pattern in value if isinstance(value, tuple) else (value,):
                if isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str):
                    found[(pattern.pattern, pattern.flags & _FLAGS)] = None
                elif isinstance(pattern, Caseless | Screened):
                    found[(pattern.pattern, 0)] = None
    return list(found)


def _same_matches(plain: re.Pattern[str], fast: re.Pattern[str], text: str) -> None:
    def read(match: re.Match[str] | None) -> object:
        return match and (match.span(), match.groups(), match.groupdict(), match.lastindex)

    assert [read(m) for m in fast.finditer(text)] == [read(m) for m in plain.finditer(text)]
    end = len(text) - 1  # a search that stops short of the text's end
    for position in range(len(text) + 1):
        assert read(fast.match(text, position)) == read(plain.match(text, position))
        assert read(fast.search(text, position, end)) == read(plain.search(text, position, end))


@pytest.mark.parametrize(("source", "flags"), _package_patterns(), ids=lambda p: str(p)[:40])
def test_compiled_matches_as_the_pattern_as_written(source: str, flags: int) -> None:
    plain, fast = re.compile(source, flags), compiled(source, flags)
    assert (fast.pattern, fast.flags, fast.groupindex) == (plain.pattern, plain.flags, plain.groupindex)
    for text in (*BOUNDARY_TEXTS, *(text.lower() for text in BOUNDARY_TEXTS)):
        _same_matches(plain, fast, text)


@pytest.mark.parametrize(
    "source",
    [
        r"\b(?:pain|bmi)\b",  # a boundary before rare first letters
        r"\b(?:the|and|in|on|so|he|re)\b",  # common first letters
        r"\b(\d+)\s+weeks?",  # a group
        r"\b(?=[pb])(?:pain|back)\b",  # a lookahead on the first character
        r"(?:,\s*)?\bvs?\b",  # an optional opening
        r"(?:(p)|b)?(?:ain|ack)",  # an optional group, then what follows it
        r"\b[Pp]\s*[<=]|\bCI\b",
        r"\b(?:p\d|bmi_)\w*",
        r"(?<!\w)pain",  # a lookbehind
        r"\b(?:(?P<up>rose)|(?P<down>fell))",  # a group around the first character
        r"\b(\d+)\s+min|sessions?\s+of\s+(\d+)",  # groups in an alternation
        r"(?=\d)(?<![.\d])\d+(?:\.\d+)?|\bn\s*=",  # a lookahead and a lookbehind, read past
    ],
)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.MULTILINE | re.DOTALL])
def test_compiled_names_the_first_characters_and_still_matches_the_same(source: str, flags: int) -> None:
    plain, fast = re.compile(source, flags), compiled(source, flags)
    assert fast != plain  # told where matches may start: this is what makes it faster
    alphabet = "pPbBaiInmk vsVS,._-19=<C\u0130\u0131\u017f\u212a\n"
    texts = ["".join(random.Random(seed).choices(alphabet, k=24)) for seed in range(300)]
    for text in (*texts, *BOUNDARY_TEXTS):
        _same_matches(plain, fast, text)


@pytest.mark.parametrize(
    "source",
    [
        r"\bafter\s+(\d+)",  # a word after the boundary
        r"\bp(?:ain|b)\b",  # one letter, then an alternation
        r"\bfor\b|\bfell",  # a boundary and a letter every way opens on, taken out by re
        r"\b1(\d)",  # a digit
    ],
)
@pytest.mark.parametrize("flags", [0, re.MULTILINE | re.DOTALL])
def test_compiled_looks_for_the_word_a_boundary_opens_and_still_matches_the_same(
    source: str, flags: int
) -> None:
    """The boundary is asked after the word, behind it: a match opens where no word character
    stands before the word, at the text's start, and at a search's first position as well."""
    plain, fast = re.compile(source, flags), compiled(source, flags)
    assert fast != plain
    alphabet = "afterpinbl1 2_-\u0130\u00e9\n"
    texts = ["".join(random.Random(seed).choices(alphabet, k=24)) for seed in range(300)]
    for text in (*texts, *BOUNDARY_TEXTS, "after 12", "xafter 12", "éafter 1", "_after 2"):
        _same_matches(plain, fast, text)


@pytest.mark.parametrize(
    "source",
    [
        r"\b(\d+)\s+weeks?",  # digits
        r"\b\w+ly\b",  # word characters
        r"\b(?:\W|x)y",  # anything but a word character, or a letter
        r"\b(?:\s+|-)fell",  # spaces
        r"\b(?:\D|1)0",  # anything but a digit
        r"\b[\d.]+\s*%",  # digits in a class with a full stop
        r"\s+fell",  # spaces, which re itself would look up for each character
    ],
)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_compiled_finds_matches_opening_with_a_class_at_any_character(source: str, flags: int) -> None:
    """A class of characters (digits, spaces, word characters) is named in the note by its
    Latin-1 characters and every character beyond: matches that open with another script's
    digit or letter, or a wide space, are found as before."""
    plain, fast = re.compile(source, flags), compiled(source, flags)
    assert fast != plain
    texts = [
        "after \u0661\u0662 weeks and 12 weeks, 3\u00a0weeks",  # Arabic-Indic digits, no-break space
        "\u01c5ly quickly \u00ffly \u0436ly \U0001d7cely",  # letters beyond ASCII and beyond Latin-1
        "a\u2003y \u00d7y x\u3000y _y 1y",  # wide spaces, a multiplication sign
        "pain\u2003fell, pain\u00a0fell and pain-fell",
        "\u0660 0 \u00b20 a0 10 \U0001d7ce0",
        "\u0663.5% 3.5 % \u00bd%",
    ]
    for text in (*texts, *BOUNDARY_TEXTS):
        _same_matches(plain, fast, text)


_MANY_WORDS = (
    r"\b(?:(?P<up>rose|rises|higher|increased|gained|more)|(?P<down>fell|falls|lower|reduced|"
    r"decreased|less|fewer)|(?:was|were) (?:\w+ )?(?:better|worse)|improv\w*|worsen\w*|relieved|"
    r"eased|declined|dropped|halved|doubled|tripled)\b"
)


# Every way opens on a word boundary, one after a look-behind: re cannot take the boundary out in
# front, and a guard after the first boundary would cover the first way only.
_EVERY_WAY_ON_A_BOUNDARY = rf"(?<!with ){_MANY_WORDS}|\bmuch (?:better|worse)\b|\bx\b"
# The same, with ways that open a group before what they share: "higher baseline", "similar baseline".
_EVERY_WAY_IN_A_GROUP = rf"(?:(?<!with ){_MANY_WORDS}|\bsimilar) baseline\b|\bx\b"


@pytest.mark.parametrize(
    "source",
    [_MANY_WORDS, r"\s+(?:\(\w+\)\s+)?" + _MANY_WORDS[2:], _EVERY_WAY_ON_A_BOUNDARY, _EVERY_WAY_IN_A_GROUP],
)
def test_compiled_tells_a_long_alternation_of_words_its_openings_and_still_matches_the_same(
    source: str,
) -> None:
    """re tries each word of the alternation at every word start (or space); told the first
    characters of every word, it passes over most at once, and finds the same matches and groups."""
    plain, fast = re.compile(source), compiled(source)
    assert fast != plain
    words = ["rose", "rosé", "fell", "felled", "was", "were", "much", "better", "worse", "improved", "less"]
    words += ["lower", "low", "-", "ré", "eased", "tripled", "x", "1", "im", "de", "declined", "décliné"]
    words += ["(vas)", "(", "\u2003", "baseline", "with"]
    for seed in range(300):
        chosen = random.Random(seed).choices(words, k=12)
        for text in (" ".join(chosen), "".join(chosen), ", ".join(chosen).upper()):
            _same_matches(plain, fast, text)


@pytest.mark.parametrize(
    "source",
    [
        r"\b(?:rose|fell|higher|lower)\b",  # few words: they fail fast enough as written
        r"\s+?" + _MANY_WORDS[2:],  # as few spaces as may be: not the spaces re reads at once
        r"\b(?i:rose|rises|higher|increased|gained|more|fell|falls|lower|reduced|decreased|less|fewer|"
        r"was|were|improv\w*|worsen\w*|relieved|eased|declined|dropped|halved|doubled|tripled)\b",
    ],
)
def test_compiled_tells_no_openings_of_few_words_or_of_other_cases(source: str) -> None:
    tree = _parser.parse(source)
    assert _guarded(source, tree, 0) is tree


def test_a_guard_tells_words_apart_by_their_first_five_characters() -> None:
    """A clause's common words ("was", "were", "significant", "incomplete") share three characters
    with many words of a change; five turn them away before the whole alternation is tried."""
    openings = _opening_words(_MANY_WORDS[2:])
    assert {"incre", "decre", "was ", "were "} <= openings
    assert not {"inc", "dec"} & openings


@pytest.mark.parametrize("source", [_EVERY_WAY_ON_A_BOUNDARY, _EVERY_WAY_IN_A_GROUP])
def test_an_alternation_is_guarded_as_a_whole_only_where_every_way_opens_on_a_boundary(source: str) -> None:
    tree = _parser.parse(source)
    guarded = _guarded(source, tree, 0)
    assert guarded.data[0] == (sre.AT, sre.AT_BOUNDARY)
    assert guarded.data[1][0] is sre.ASSERT  # the openings, before every way
    one_way_free = source + "|much (?:better|worse)"  # "as much better": no boundary asked
    tree = _parser.parse(one_way_free)
    assert _guarded(one_way_free, tree, 0) is tree
    free_in_the_group = source.replace(r"\bx\b", r"(?:\bx|y)z")  # "yz": no boundary asked
    tree = _parser.parse(free_in_the_group)
    assert _guarded(free_in_the_group, tree, 0) is tree


@pytest.mark.parametrize("source", [r"[^\w-](?=pain)", r"[^\d.\s]%", r"(?:[^\W\d]|-)y"])
def test_compiled_finds_matches_opening_with_a_negated_class_at_any_character(source: str) -> None:
    """A negated class is named in the note by the Latin-1 characters it holds and every
    character beyond: a match opening with another script's space or sign is found as before."""
    plain, fast = re.compile(source), compiled(source)
    assert fast != plain
    texts = [
        "the pain\u2003pain (pain)-pain \u00d7pain \u0436pain\u3000pain",
        "1% x% \u0661% .% \u00bd% \u2003%",
        "ay -y _y \u00ffy \u0436y \u0661y 1y",
    ]
    for text in (*texts, *BOUNDARY_TEXTS):
        _same_matches(plain, fast, text)


def test_compiled_tells_a_pattern_opening_at_every_line_its_first_characters() -> None:
    """ "^" under MULTILINE opens a match at every line, which re looks for at every character;
    told the characters after it, re passes over the others, and finds the same lines."""
    source = r"^[ \t]*(?:RESULTS|[A-Z][a-z]+|(?:pain|back)\w*)[ \t]*:$"
    plain, fast = re.compile(source, re.MULTILINE), compiled(source, re.MULTILINE)
    assert fast != plain
    texts = ["RESULTS:\nPain fell.\n  Methods:\nback pain:\n\tbacks :", "x\nPain:\n\u0436:\nÉtude:"]
    for text in (*texts, *BOUNDARY_TEXTS):
        _same_matches(plain, fast, text)


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"^\W*pain", 0),  # anchored: re tries one position already
        (r"pain|fatigue", 0),  # re looks for the first characters already
        (r"(?<!\w)(?=pain)", 0),  # matches no character: there is no first one
        (r"\b(?:p|q)?.+", 0),  # any character may open a match
        (r"\b[a-f]ever", re.IGNORECASE),  # a range of letters, whose other cases are not worked out
        (r"\b(?:(?i:r)ose|fell)", 0),  # flags changed inside
    ],
)
def test_compiled_leaves_a_pattern_as_written_where_nothing_is_gained(source: str, flags: int) -> None:
    assert compiled(source, flags) == re.compile(source, flags)


def test_the_other_cases_are_every_character_ignorecase_matches_for_a_letter() -> None:
    chars = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
    for letter in string.ascii_lowercase:
        matched = {m.group() for m in re.finditer(letter, chars, re.IGNORECASE)}
        assert matched == {letter, letter.upper(), *_OTHER_CASES.get(letter, "")}


def test_the_comparison_of_the_arms_is_guarded_as_a_whole() -> None:
    """Every way of the words that set the arms against each other opens on a word boundary, so
    ``compiled`` guards the whole alternation: one way that asked only a lookbehind ("with respect
    to" after a word) left every other way tried at every word of every clause."""
    source = readings._BETWEEN.pattern
    guarded = _guarded(source, _parser.parse(source), 0)
    assert guarded.data[0] == (sre.AT, sre.AT_BOUNDARY)
    assert guarded.data[1][0] is sre.ASSERT  # the openings, before every way


def test_the_ways_of_a_change_against_the_start_answer_as_their_one_alternation() -> None:
    """The ways are read one by one, each skipped in a text without the words it needs."""
    ways = (readings._FROM_BASELINE, readings._AGAINST_A_START, readings._START_THEN_LATER)
    either = re.compile("|".join(ways))
    texts = (
        *WAYS_TEXTS,
        "Pain was higher at baseline than after the sessions.",
        "Sleep was better at 6 weeks compared with 2 weeks.",
        "Fatigue was lower than at the previous visit.",
    )
    for text in texts:
        assert readings._AGAINST_BASELINE.found_in(text.lower()) == bool(either.search(text.lower()))
    assert any(readings._AGAINST_BASELINE.found_in(text.lower()) for text in texts)


@pytest.mark.parametrize("source", [r"^\W*(?:but|whereas)\s+pain\b", r"pain (?:fell|rose)", r"\bsessions?\b"])
def test_a_match_at_the_start_is_the_one_re_finds(source: str) -> None:
    screened, caseless = Screened(source), Caseless(source)
    for text in (*TEXTS, "pain fell", "but pain rose", "sessions were kept"):
        assert _spans(screened.match(text)) == _spans(re.match(source, text))
        assert _spans(caseless.match(text)) == _spans(re.match(source, text, re.IGNORECASE))


def _spans(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()
