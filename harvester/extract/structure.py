"""Which part of an abstract each sentence belongs to: background, methods, results, conclusions.

Findings must come from what a study found, not from what it planned to measure or what its
authors concluded, so every sentence gets a role. Structured abstracts say so in their section
labels, or on heading lines of their own in an unlabelled text ("ABSTRACT.METHODS:", "RESULTS:");
for unstructured ones the role is read from the sentence itself.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from harvester.extract.patterns import IMPAIRED, P_NUMBER, RESTORED, Caseless, compiled
from harvester.extract.sentences import Section, section_at, section_of, section_spans, split_sentences
from harvester.extract.statements import is_background
from harvester.extract.types import Evidence
from harvester.models import Record

ROLES = ("background", "methods", "results", "conclusions")

_ROLE_BY_LABEL = {
    "BACKGROUND": "background", "INTRODUCTION": "background", "CONTEXT": "background",
    "OBJECTIVE": "methods", "OBJECTIVES": "methods", "AIM": "methods", "AIMS": "methods",
    "PURPOSE": "methods", "METHODS": "methods", "DESIGN": "methods", "SETTING": "methods",
    "PARTICIPANTS": "methods", "INTERVENTIONS": "methods", "MEASUREMENTS": "methods",
    "MAIN OUTCOME MEASURES": "methods", "RESULTS": "results", "FINDINGS": "results",
    "CONCLUSIONS": "conclusions", "CONCLUSION": "conclusions", "INTERPRETATION": "conclusions",
}  # fmt: skip
# Any other label (MEDLINE text carries no NLM category to fall back on) goes by its first
# telling word: "MATERIALS AND METHODS", "CONCLUSIONS AND RELEVANCE", "METHODS AND RESULTS".
# Words missing from _ROLE_BY_LABEL_WORD name a part of the methods.
_LABEL_WORD = compiled(
    r"\b(BACKGROUND|INTRODUCTION|CONTEXT|RATIONALE|OBJECTIVE|AIM|PURPOSE|HYPOTHES|METHOD|DESIGN|"
    r"SETTING|PATIENT|PARTICIPANT|SUBJECT|MATERIAL|INTERVENTION|MEASURE|RESULT|FINDING|"
    r"CONCLUSION|INTERPRETATION|IMPLICATION|RELEVANCE|PRACTICE|DISCUSSION|SIGNIFICANCE)"
)
_ROLE_BY_LABEL_WORD = {
    "BACKGROUND": "background", "INTRODUCTION": "background", "CONTEXT": "background",
    "RATIONALE": "background", "RESULT": "results", "FINDING": "results",
    "CONCLUSION": "conclusions", "INTERPRETATION": "conclusions", "DISCUSSION": "conclusions",
    "SIGNIFICANCE": "conclusions",
    # what to do next ("IMPLICATIONS FOR PRACTICE", "RELEVANCE TO CLINICAL PRACTICE"): advice, whose
    # "to reduce pain" is what a treatment is for, not what this study found
    "IMPLICATION": "background", "RELEVANCE": "background", "PRACTICE": "background",
}  # fmt: skip

# A summary for lay readers that restates the study after its abstract (PLoS "EDITORS' SUMMARY",
# "AUTHOR SUMMARY", "EDITORIAL COMMENTARY") or outside it ("HIGHLIGHTS", "TWEETABLE ABSTRACT"), and
# its parts asked as questions ("WHAT DID THE RESEARCHERS DO AND FIND?"): what it says of the
# results the abstract's own results say first, and its background is no result at all.
_RESTATEMENT = compiled(
    r"\b(?:EDITORS?'?S?'? SUMMARY|AUTHORS?'?S?'? SUMMARY|EDITORIAL|PLAIN LANGUAGE SUMMARY|LAY SUMMARY|"
    r"HIGHLIGHTS|TWEETABLE|KEY POINTS|ADDITIONAL INFORMATION|WHAT IS KNOWN)\b|\?\s*$"
)

# "p = 0.03", "P-value < .05", "P-value: .222", and the plural of a set of tests: "ps < .05",
# "p's < 0.05" (a colon after "value", or after the letter where no unit follows: "group P: 0.5 mg"
# is a dose), "p for interaction = 0.02"
# (the arms' test over time), "p for the between-group difference = 0.21" (their difference),
# and "(p 0.21)" (no sign: equal).
P_VALUE = compiled(
    rf"\b[Pp](?:['’]?s)?\s*(?:(?:-?\s*values?)?"
    r"(?:\s+for\s+(?:the\s+)?(?:interaction|(?:between[- ]groups?\s+)?differences?))?"
    r"\s*(?:[<>=≤≥]|&lt;|&gt;)|"
    rf"[- ]?values?\s*:)\s*{P_NUMBER}|"
    # "a P value of 0.43", "the p-value was 0.02": the value said in words
    rf"\b[Pp][- ]?values?\s+(?:of|was|were|is)\s+{P_NUMBER}|"
    # "(p: 0.43)": the letter alone before a colon (not a dose: "Group P: 0.5 mg")
    rf"\b[Pp]\s*:\s*{P_NUMBER}(?![\d.]*\s*(?:mg|g|ml|mcg|µg|%|mm|cm|kg)\b)|"
    # "(p 0.21)": the value after the letter alone, in brackets (not a dose: "P 0.5 mg")
    rf"(?<=\()[Pp]\s+{P_NUMBER}(?![\d.]*\s*(?:mg|g|ml|mcg|µg|%|mm|cm|kg)\b)"
)


@lru_cache(maxsize=256)
def p_values(text: str) -> tuple[str, ...]:
    """Every p-value ``text`` quotes, in order. Cached: each outcome of a clause, and each rule
    reading it, asks again how many p-values the same clause quotes, and which is first."""
    return tuple(P_VALUE.findall(text))


def first_p_value(text: str) -> str | None:
    """The first p-value ``text`` quotes, as written; None where it quotes none."""
    found = p_values(text)
    return found[0] if found else None


# "(p = 0.01, p = 0.32 and p = 0.04, respectively)", "(P = 0.009 and 0.002, respectively)",
# "(respectively, p = 0.01 and p = 0.04)": p-values, with or without their "p =", and "respectively".
_P_RUN = (
    rf"\b[Pp]\s*(?:[<>=≤≥]|&lt;|&gt;)\s*{P_NUMBER}(?:\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)"
    r"(?:\d+(?:\.\d+)?\s*%?\s*[,;]\s*(?=[Pp]\b))?"  # "(46.9%, P = 0.021 and 67.3%, P = 0.009, ...)"
    r"(?:[Pp]\s*)?(?:[<>=≤≥]|&lt;|&gt;)?\s*(?<![\d.])[01]?\.\d+(?![\d.%]))+"
)
RESPECTIVE_P = compiled(rf"{_P_RUN}\s*[,;]?\s*respectively\b|\brespectively\s*[,;:]?\s*{_P_RUN}")
_EACH_P = compiled(
    rf"(?P<quoted>[Pp]\s*(?:[<>=≤≥]|&lt;|&gt;)\s*{P_NUMBER})|"
    r"(?P<operator>[<>=≤≥]|&lt;|&gt;)?\s*(?P<bare>(?<![\d.])[01]?\.\d+)(?![\d.%])"
)


def respective_p(run: str) -> list[str]:
    """The p-values of a run ``RESPECTIVE_P`` found, in order, each as "p = 0.32" where the run
    gives the number alone ("P = 0.01, 0.32 and 0.04, respectively")."""
    return [
        said.group("quoted") or f"p {said.group('operator') or '='} {said.group('bare')}"
        for said in _EACH_P.finditer(run)
    ]


STATISTIC = compiled(
    r"\b(?:standardi[sz]ed mean difference|mean difference|weighted mean difference|rate ratio|"
    r"risk ratio|odds ratio|hazard ratio|effect size|SMD|WMD|MD|IRR|OR|RR|HR|Cohen's d|Hedges' g)"
    r"\s*[=:]?\s*-?\d+(?:\.\d+)?|\b[dg]\s*=\s*-?\d*\.\d+|"
    r"\b\d{2}%\s*(?:CI|confidence intervals?)\s*[:,]?\s*[\[(]?\s*-?\d+(?:\.\d+)?"
    r"\s*(?:to|,|–|—|-)\s*-?\d+(?:\.\d+)?[\])]?"
)
_DIGIT = compiled(r"\d")  # every match of P_VALUE and of STATISTIC holds one
# Words that state a result: a change, a difference or its absence.
RESULT_WORDS = Caseless(
    r"\b(?:improv\w*|better|benefit\w*|eased|relieved|alleviated|worse\w*|deteriorat\w*|"
    r"aggravated|increas\w*|decreas\w*|reduc\w*|higher(?![\s-]limb)|lower(?![\s-](?:limbs?|extremit\w*|back))|rose|fell|declined|dropped|"
    r"differ\w*|unchanged|no change|did not change|similar|inconsistent|conflicting|significant\w*|"
    # "no side effect was observed", "did not affect the risk": nothing happened, a result too
    r"no\b[\w\s-]{1,40}?\b(?:observed|detected|occurred)|"
    # "massage prevented the rise in anxiety": a change held back, in the past tense a result
    r"(?:(?:prevent|halt|limit|blunt|avert|counteract|curb|slow|arrest)ed|"
    r"did\s+not\s+(?:prevent|halt|limit|blunt|avert|counteract|curb|slow|arrest))\s+(?:the\s+|any\s+)?"
    r"(?:further\s+)?(?:rises?|increases?|declines?|falls?|loss(?:es)?|drops?|deterioration|worsening)\s+(?:in|of)|"
    r"(?:did|does|do) not (?:adversely |negatively )?(?:affect|alter|influence|impair|compromise)|"
    rf"{IMPAIRED}|{RESTORED})\b",
)
_MEASUREMENT = Caseless(
    r"\b(?:measured|assessed|evaluated|rated|recorded|outcomes?|questionnaires?|were collected|"
    # "Forty adults were randomized to massage or usual care": the design, a method
    r"(?:were|was) (?:randomi[sz]ed|randomly (?:assigned|allocated)|allocated|assigned) to|"
    # "We randomised 40 patients to ...", "Sixty women took part": who was studied, and how
    r"we (?:randomi[sz]ed|randomly (?:assigned|allocated)|allocated|assigned|enrolled|recruited)|"
    r"took part|(?:were|was) (?:enrolled|recruited))\b",
)
# "Massage may help reduce anxiety": a belief, in an abstract's opening
_MAY_HELP = Caseless(r"\b(?:may|might|can|could) help\b")
_NOT_A_RESULT = Caseless(
    r"\b(?:will|should|warranted|needed|recommend\w*|aims?|objectives?|to test whether|"
    r"to assess|to evaluate|to examine|we hypothesi[sz]ed|"
    # "we examined whether massage improves balance": the question asked, not its answer
    r"(?:examined|investigated|tested|explored|studied|asked|determined|evaluated|assessed) whether)\b",
)

# "Outcomes included pain reduction, improved sleep and decreased anxiety", "the primary outcome
# was reduction in pain": the measures a study or review set out to compare, listed by their good
# side, a method; not a result ("the primary outcome was lower with massage", "outcomes were
# similar" are, by the word after the verb).
_OUTCOMES_LISTED = Caseless(
    r"^\W*(?:the |our )?(?:(?:co-?)?primary |secondary |main |principal |key |other )?"
    r"(?:and secondary )?(?:efficacy |clinical )?(?:outcomes?|end ?points?)"
    r"(?: measures?| of interest| variables?)?:?\s+"
    r"(?:included?|includes|comprised|consisted of|"
    r"(?:was|were|is|are)\b(?!\s+(?:\w+ly\s+)?(?:not|no|also|all|both|similar|comparable|better|worse|"
    r"greater|smaller|less|more|fewer|higher|lower|shorter|longer|superior|inferior|equivalent|identical|"
    r"different|unchanged|significant|in favou?r|[a-z]+ed)\b))"
)


@dataclass(frozen=True)
class AbstractSentence:
    evidence: Evidence
    role: str  # one of ROLES
    structured: bool  # the role comes from a section label, not from the wording


def abstract_sentences(record: Record) -> list[AbstractSentence]:
    """Every sentence of ``record.abstract_text`` with its role; label prefixes left out."""
    text = record.abstract_text
    sections = _section_spans(record)
    sentences = [_without_label(s, sections, text) for s in split_sentences(text)]
    sentences = [s for s in sentences if s.text]
    found = []
    results_from = -1  # where a results heading run into a section of other parts begins
    for index, sentence in enumerate(sentences):
        label = section_of(sections, sentence.start)
        role = label_role(label)
        if role in ("background", "methods") and _results_run_on(sentence, sections, results_from):
            results_from = sentence.start
            found.append(AbstractSentence(_after_the_heading(sentence), "results", True))
        elif role is not None:
            found.append(AbstractSentence(sentence, role, True))
        elif _joins_methods_and_results(label):
            found.append(AbstractSentence(sentence, _plan_or_result(sentence.text), True))
        else:
            is_last = index == len(sentences) - 1 and len(sentences) >= 3
            found.append(AbstractSentence(sentence, _role_from_words(sentence.text, is_last), False))
    return _background_first([_summing_up(s) for s in found])


# "Results At 12 weeks, ...", "RESULTS: Forty adults ...": the results' heading run into the text of
# a section labelled otherwise, as some records join their sections; a capital after it, so that
# "Results were analysed by intention to treat" stays the plan it is.
_RESULTS_HEADING = compiled(r"^(?:Results|RESULTS)\s*:?\s+(?=[A-Z0-9])")


def _results_run_on(sentence: Evidence, sections: list[Section], results_from: int) -> bool:
    """Whether the sentence opens with a results heading, or follows one in its section: the
    methods' "... assessed at 12 weeks. Results At 12 weeks, pain was lower (p = 0.01)" reports
    what was found from the heading on, whatever the section's label."""
    if _RESULTS_HEADING.match(sentence.text):
        return True
    section = section_at(sections, sentence.start)
    return section is not None and section.start <= results_from < sentence.start


def _after_the_heading(sentence: Evidence) -> Evidence:
    """The sentence without the results heading it opens with, as a label's prefix is dropped."""
    heading = _RESULTS_HEADING.match(sentence.text)
    if heading is None:
        return sentence
    return Evidence(
        text=sentence.text[heading.end() :], start=sentence.start + heading.end(), end=sentence.end
    )


# "In summary, ...", "Taken together, ...", "These findings suggest that ...", "Overall, massage
# improved pain and sleep": the authors' own summing-up of the results before it, a conclusion
# wherever it stands. "Overall" opens a
# pooled result too ("Overall, 12% fell"), so only where the sentence holds no number.
_SUMS_UP = Caseless(
    r"^\W*(?:in (?:summary|conclusion|short|sum)|to (?:conclude|summari[sz]e|sum up)|taken together|"
    r"collectively|altogether|"
    # "These findings suggest that ...", "This indicates that ...": what the results before it mean
    r"(?:these|such) (?:findings|results|data|observations) (?:may )?(?:suggest|indicate|imply)|"
    r"this (?:suggests|indicates|implies))\b"
)
_OVERALL = Caseless(r"^\W*overall,")


def _summing_up(sentence: AbstractSentence) -> AbstractSentence:
    """A results sentence that sums the results up, quoting no statistics of its own, is read as
    the conclusion it is: it speaks only for outcomes no result names."""
    text = sentence.evidence.text
    if sentence.role != "results" or _quotes_statistics(text):
        return sentence
    if _SUMS_UP.search(text) or (_OVERALL.search(text) and not _DIGIT.search(text)):
        return AbstractSentence(sentence.evidence, "conclusions", sentence.structured)
    return sentence


def _background_first(found: list[AbstractSentence]) -> list[AbstractSentence]:
    """An unlabelled abstract opens with what was known before its methods: a sentence before the
    first methods sentence, quoting no statistics, is background whatever its words ("Fish oil
    reduces cardiovascular risk.") - unless the methods come first or not at all."""
    if any(s.structured for s in found):
        return found
    first = next((i for i, s in enumerate(found) if s.role == "methods"), None) or _leading_beliefs(found)
    if not first:
        return found
    return [
        AbstractSentence(s.evidence, "background", False)
        if i < first and s.role != "background" and not _quotes_statistics(s.evidence.text)
        else s
        for i, s in enumerate(found)
    ]


def _leading_beliefs(found: list[AbstractSentence]) -> int:
    """How many sentences open the abstract with what a therapy is for or believed to do ("Massage
    may help reduce anxiety.", "Reflexology is thought to ..."), before what the study found."""
    count = 0
    for s in found[:-1]:
        text = s.evidence.text
        if _quotes_statistics(text) or not (is_background(text) or _MAY_HELP.search(text)):
            break
        count += 1
    return count


def _quotes_statistics(sentence: str) -> bool:
    """Whether the sentence quotes a p-value or an effect size: never without a digit, which
    ``re`` finds in one quick pass where the two patterns try every word."""
    return bool(_DIGIT.search(sentence) and (P_VALUE.search(sentence) or STATISTIC.search(sentence)))


@lru_cache(maxsize=256)
def label_role(label: str) -> str | None:
    """The role a section label (upper case) gives its sentences; None for "SUMMARY" and the like,
    and for a label joining the methods and the results ("METHODS AND FINDINGS"): there each
    sentence's own wording tells a plan from a result. A lay summary restating the study
    ("EDITORS' SUMMARY", "WHAT DO THESE FINDINGS MEAN?") is read as background. Cached: every
    sentence of a section asks again for its label's role."""
    if not label:
        return None
    if _RESTATEMENT.search(label):
        return "background"
    if _joins_methods_and_results(label):
        return None
    role = _ROLE_BY_LABEL.get(label)
    if role is None and (word := _LABEL_WORD.search(label)):
        role = _ROLE_BY_LABEL_WORD.get(word.group(1), "methods")
    return role


def _joins_methods_and_results(label: str) -> bool:
    roles = {_ROLE_BY_LABEL_WORD.get(word, "methods") for word in _LABEL_WORD.findall(label)}
    return {"methods", "results"} <= roles


def _plan_or_result(sentence: str) -> str:
    """A sentence of a section that holds both the methods and the results."""
    if _quotes_statistics(sentence):
        return "results"
    return "results" if RESULT_WORDS.search(sentence) and not _NOT_A_RESULT.search(sentence) else "methods"


def _role_from_words(sentence: str, is_last: bool) -> str:
    """The role of an unlabelled sentence: plans and aims are methods, a closing claim concludes."""
    has_statistics = _quotes_statistics(sentence)
    if not has_statistics and _OUTCOMES_LISTED.search(sentence):
        return "methods"
    if not has_statistics and _NOT_A_RESULT.search(sentence):
        return "methods" if _MEASUREMENT.search(sentence) else "background"
    if not has_statistics and _MEASUREMENT.search(sentence) and not RESULT_WORDS.search(sentence):
        return "methods"
    if is_last and not has_statistics:
        return "conclusions"
    if has_statistics or RESULT_WORDS.search(sentence):
        return "results"
    return "background"


def _section_spans(record: Record) -> list[Section]:
    """Where each AbstractSection sits in ``abstract_text`` (sections are joined by a blank line);
    the label is the upper-cased NLM category, or the label where there is none or where it joins
    two parts (NLM files "METHODS AND FINDINGS" under METHODS)."""
    spans, offset = [], 0
    for section in record.abstract:
        prefix = f"{section.label}: " if section.label else ""
        label = (section.label or "").upper()
        name = (section.category or label).upper()
        if name == "UNASSIGNED" or _joins_methods_and_results(label):
            name = label
        end = offset + len(prefix) + len(section.text)
        inline = _inline_sections(section.text, offset) if not name else []
        spans.extend(inline or [Section(name, offset, end, text_start=offset + len(prefix))])
        offset = end + 2
    return spans


def _inline_sections(text: str, offset: int) -> list[Section]:
    """The sections an unlabelled text names on lines of their own ("ABSTRACT.METHODS:",
    "RESULTS:"), at ``offset``; none where it names none, as most unlabelled abstracts do."""
    sections = section_spans(text)
    if not any(section.label for section in sections):
        return []
    return [replace(s, start=s.start + offset, end=s.end + offset) for s in sections]


def _without_label(sentence: Evidence, spans: list[Section], text: str) -> Evidence:
    """Drop a 'RESULTS: ' prefix the splitter left on a section's first sentence, and the colon
    of a label some sources repeat at the start of the section's text ("RESULTS:" then ": Pain
    fell"), which would otherwise read as a list's colon before the sentence's verb."""
    span = section_at(spans, sentence.start)
    if span is not None and span.start == sentence.start < span.text_start < sentence.end:
        start = span.text_start
        while start < sentence.end and (text[start].isspace() or text[start] == ":"):
            start += 1
        return Evidence(text=text[start : sentence.end], start=start, end=sentence.end)
    return sentence
