"""Evidence inference: did the intervention increase, decrease or not change an outcome?

A researcher asks about one outcome, one intervention and one comparator. Two small linear
models answer from the abstract alone:

1. a *ranker* scores every sentence for how likely it reports that comparison (overlap with the
   outcome, intervention and comparator; section; statistics and comparison words);
2. a *classifier* reads the best sentences, with the question's own words replaced by the
   placeholders OUT, INT and CMP, so that "pain was lower in the CMP group" and "pain was lower
   in the INT group" look different, and answers two questions in turn: did the outcome change
   significantly (else ``no_difference``), and if so did it go up (``increased``) or down
   (``decreased``)? Significance and direction are worded differently and each question gets
   its own weights.

Where the answer is close, the rule extractor (``harvester.extract.extract``) has its say too:
a finding it reads for the outcome in one of the best sentences adds ``rule_weight`` to the
change it read, so the two readers of an abstract agree where the rules are sure.

The weights are plain JSON (``extract/data/effects_model.json``), rebuilt by ``scripts/train_effects.py``:
reviewable, identical across library versions, and safe to load. Runtime needs only Python.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, TextIO

from harvester.atomic import atomic_text_file
from harvester.errors import InputError, PromptFileError
from harvester.extract.patterns import compiled
from harvester.extract.reader.features import Question, content_stems, label_features, stem
from harvester.extract.reader.ranking import rank_features, sentence_views
from harvester.extract.types import Evidence, Finding
from harvester.models import MAX_ABSTRACT_CHARS, AbstractSection, Record

log = logging.getLogger(__name__)

LABELS = ("increased", "decreased", "no_difference")
DEFAULT_MODEL = Path(__file__).resolve().parents[1] / "data" / "effects_model.json"
MODEL_FORMAT = 2  # 2: each classifier weight is a pair (changed?, went up?)

# Rule for an abstract without a single sentence: nothing was reported, so nothing changed.
EMPTY_LABEL = "no_difference"


@dataclass(frozen=True)
class Prompt:
    """One question about one abstract. ``id`` keeps the type it had in the input (str or int)."""

    id: str | int
    abstract: str
    outcome: str
    intervention: str | None = None
    comparator: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Inference:
    """The answer: a label from LABELS, the sentence that says so, and the label's probability."""

    id: str | int
    label: str
    evidence: Evidence  # offsets into Prompt.abstract; empty (0, 0) when it has no sentence
    score: float


@dataclass(frozen=True)
class EffectsReport:
    n_read: int
    n_written: int
    n_skipped: int


# ------------------------------------------------------------------------------- the model


def _dot(weights: dict[str, float], features: dict[str, float]) -> float:
    return sum(weights.get(name, 0.0) * value for name, value in features.items())


def _sigmoid(score: float) -> float:
    return 0.5 * (1.0 + math.tanh(0.5 * score))


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


class EffectModel:
    """The ranker and the classifier, with the weights read from JSON.

    ``classifier`` maps a feature to its weights for the two questions: (changed significantly,
    went up given that it changed).
    """

    def __init__(
        self,
        ranker: dict[str, float],
        classifier: dict[str, list[float]],
        top_k: int = 1,
        temperature: float = 1.0,
        rule_weight: float = 0.0,
    ) -> None:
        self.ranker = ranker
        self.classifier = classifier
        self.top_k = top_k
        self.temperature = temperature
        self.rule_weight = rule_weight

    @classmethod
    def load(cls, path: Path | None = None) -> EffectModel:
        """The packaged model by default (loaded once per process), or the one at ``path``."""
        if path is None:
            return _default_model()
        return _model_from(Path(path))

    @classmethod
    def from_dict(cls, data: dict) -> EffectModel:
        classifier = {k: [float(x) for x in v] for k, v in data["classifier"].items()}
        if any(len(weights) != 2 for weights in classifier.values()):
            raise ValueError("every classifier feature needs two weights")
        return cls(
            ranker={k: float(v) for k, v in data["ranker"].items()},
            classifier=classifier,
            top_k=int(data.get("top_k", 1)),
            temperature=float(data.get("temperature", 1.0)),
            rule_weight=float(data.get("rule_weight", 0.0)),
        )

    def rank_sentences(
        self, abstract: str, outcome: str, intervention: str | None = None, comparator: str | None = None
    ) -> list[tuple[Evidence, float]]:
        """Every sentence with its ranking score, best first (ties keep abstract order)."""
        return self._rank(abstract, Question.of(outcome, intervention, comparator))

    def _rank(self, abstract: str, question: Question) -> list[tuple[Evidence, float]]:
        views = sentence_views(abstract)
        scores = [_dot(self.ranker, row) for row in rank_features(views, question)]
        order = sorted(range(len(views)), key=lambda i: (-scores[i], i))
        return [(views[i].evidence, scores[i]) for i in order]

    def classify_sentence(
        self, sentence: str, outcome: str, intervention: str | None = None, comparator: str | None = None
    ) -> tuple[str, float]:
        """The label one sentence gives the question, and its probability."""
        probabilities = self.label_probabilities(sentence, Question.of(outcome, intervention, comparator))
        best = max(range(len(LABELS)), key=lambda i: probabilities[i])
        return LABELS[best], probabilities[best]

    def label_probabilities(self, sentence: str, question: Question) -> list[float]:
        """P(increased), P(decreased), P(no_difference) for one sentence, in LABELS order."""
        significance = direction = 0.0
        for name, value in label_features(sentence, question).items():
            weights = self.classifier.get(name)
            if weights:
                significance += weights[0] * value
                direction += weights[1] * value
        p_changed, p_up = _sigmoid(significance), _sigmoid(direction)
        return [p_changed * p_up, p_changed * (1.0 - p_up), 1.0 - p_changed]

    def infer(self, prompt: Prompt) -> Inference:
        """The label and its best evidence sentence; see EMPTY_LABEL for an empty abstract."""
        question = Question.of(prompt.outcome, prompt.intervention, prompt.comparator)
        ranked = self._rank(prompt.abstract, question)
        if not ranked:
            return Inference(id=prompt.id, label=EMPTY_LABEL, evidence=Evidence("", 0, 0), score=0.0)
        top = ranked[: self.top_k]
        weights = _softmax([score / self.temperature for _, score in top])
        per_sentence = [self.label_probabilities(evidence.text, question) for evidence, _ in top]
        combined = [sum(w * p[i] for w, p in zip(weights, per_sentence)) for i in range(len(LABELS))]
        said = [{LABELS[max(range(len(LABELS)), key=lambda i: p[i])]} for p in per_sentence]
        if self.rule_weight and _margin(combined) <= self.rule_weight:  # else the rules cannot turn it
            self._add_rule_votes(prompt, question, top, weights, combined, said)
        best = max(range(len(LABELS)), key=lambda i: combined[i])
        # Quote the best-ranked sentence that itself says what the answer says.
        quoted = next(
            (evidence for (evidence, _), says in zip(top, said) if LABELS[best] in says), ranked[0][0]
        )
        return Inference(id=prompt.id, label=LABELS[best], evidence=quoted, score=combined[best])

    def _add_rule_votes(
        self,
        prompt: Prompt,
        question: Question,
        top: list[tuple[Evidence, float]],
        weights: list[float],
        combined: list[float],
        said: list[set[str]],
    ) -> None:
        """Each of the best sentences gives the changes the rules read in it ``rule_weight``
        times its own weight, shared among them; what it says grows by them too."""
        for (evidence, _), weight, says in zip(top, weights, said):
            changes = rule_changes(prompt, evidence, question)
            for change in changes:
                combined[LABELS.index(change)] += self.rule_weight * weight / len(changes)
            says |= changes


def _margin(probabilities: list[float]) -> float:
    """How far the best label leads the next."""
    first, second = sorted(probabilities, reverse=True)[:2]
    return first - second


def rule_changes(prompt: Prompt, sentence: Evidence, question: Question) -> set[str]:
    """The changes the rule extractor reads for the question's outcome in one sentence: its
    findings quoted there whose measure or domain shares a word with the outcome."""
    found = set()
    for finding in _rule_findings(prompt.abstract, prompt.title or ""):
        where = finding.evidence
        if (
            finding.change in LABELS
            and where.start < sentence.end
            and sentence.start < where.end
            and not question.outcome.isdisjoint(_measure_stems(finding.measure, finding.domain))
        ):
            found.add(finding.change)
    return found


@lru_cache(maxsize=16)
def _rule_findings(abstract: str, title: str) -> tuple[Finding, ...]:
    """The rule extractor's findings, offsets into ``abstract``. Cached: consecutive questions
    often share an abstract."""
    from harvester.extract import extract  # harvester.extract imports this package on its own import

    record = Record(pmid="", title=title, abstract=(AbstractSection(text=abstract),))
    return extract(record).findings


@lru_cache(maxsize=1 << 12)
def _measure_stems(measure: str, domain: str) -> frozenset[str]:
    """The words that name a finding's measure, less those any measure may hold ("score")."""
    return frozenset(content_stems(f"{measure} {domain.replace('_', ' ')}") - _ANY_MEASURE)


_ANY_MEASURE = frozenset(stem(w) for w in ("score", "scale", "level", "index", "total", "questionnaire"))


def _read_model(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(
            f"{path}: cannot read the effects model ({error}); rebuild it with scripts/train_effects.py"
        ) from error
    if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT or data.get("labels") != list(LABELS):
        raise InputError(
            f"{path}: not an effects model of format {MODEL_FORMAT} for labels {LABELS}; "
            "rebuild it with scripts/train_effects.py"
        )
    return data


def _model_from(path: Path) -> EffectModel:
    try:
        return EffectModel.from_dict(_read_model(path))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise InputError(
            f"{path}: the effects model is incomplete ({error!r}); rebuild it with scripts/train_effects.py"
        ) from error


@lru_cache(maxsize=1)
def _default_model() -> EffectModel:
    return _model_from(DEFAULT_MODEL)


# ----------------------------------------------------------------------------- prompt files

_OPTIONAL_FIELDS = ("intervention", "comparator", "title")
# A prompt line is read into memory only this far: room for an abstract of MAX_ABSTRACT_CHARS
# even with every character written as a JSON escape, and the question's other fields.
MAX_LINE_BYTES = 8 * MAX_ABSTRACT_CHARS
_TEXT_FIELDS = ("abstract", "outcome", *_OPTIONAL_FIELDS)
# JSON may escape half of a UTF-16 pair ("\\ud800"); such a string cannot be written as UTF-8.
_LONE_SURROGATE = compiled("[\ud800-\udfff]")


def read_prompts(path: Path, *, skip_invalid: bool = False) -> Iterator[Prompt]:
    """Prompts from a JSON Lines file, one object a line; blank lines are ignored.

    A malformed line raises PromptFileError naming the file, the line and the field; with
    ``skip_invalid`` it is logged as a warning and reading goes on.
    """
    for prompt in _read_lines(path, skip_invalid):
        if prompt is not None:
            yield prompt


def _read_lines(path: Path, skip_invalid: bool) -> Iterator[Prompt | None]:
    """One item per non-blank line: the prompt, or None for a line skipped as invalid."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 (closed by the ``with`` below; opening is translated)
    except OSError as error:
        raise PromptFileError(f"{path}: cannot read the prompt file ({error.strerror})") from error
    with handle:
        for number, raw in _bounded_lines(handle):
            if raw is not None and not raw.strip():
                continue
            try:
                if raw is None:
                    raise ValueError(f"longer than {MAX_LINE_BYTES:,} bytes, far beyond any real abstract")
                yield _bounded_prompt(_parse_prompt(raw), f"{path}, line {number}")
            except ValueError as error:
                message = f"{path}, line {number}: {error}"
                if not skip_invalid:
                    raise PromptFileError(message + " (fix the line or use --skip-invalid)") from None
                log.warning("skipped %s", message)
                yield None


def _bounded_lines(handle: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines, each read into memory only up to MAX_LINE_BYTES; a longer one is skipped
    to its end and given as None, so memory stays bounded whatever the file holds."""
    number = 0
    while raw := handle.readline(MAX_LINE_BYTES + 1):
        number += 1
        if len(raw) <= MAX_LINE_BYTES or raw.endswith(b"\n"):
            yield number, raw
            continue
        while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
            pass
        yield number, None


def _bounded_prompt(prompt: Prompt, where: str) -> Prompt:
    """The prompt, its abstract cut to MAX_ABSTRACT_CHARS with a warning naming the line and id:
    reading costs time in proportion to the abstract, and no real abstract is that long."""
    if len(prompt.abstract) <= MAX_ABSTRACT_CHARS:
        return prompt
    log.warning(
        "%s (id %s): the abstract is %s characters long; only the first %s are read",
        where,
        ascii(prompt.id) if isinstance(prompt.id, str) else prompt.id,
        f"{len(prompt.abstract):,}",
        f"{MAX_ABSTRACT_CHARS:,}",
    )
    return replace(prompt, abstract=prompt.abstract[:MAX_ABSTRACT_CHARS])


def _parse_prompt(raw: bytes) -> Prompt:
    """One prompt from one line; ValueError says what is wrong with it."""
    try:
        data = json.loads(raw.decode("utf-8").lstrip("\ufeff"))
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise ValueError("not a prompt (JSON nested too deeply)") from None
    except ValueError:  # Python refuses to read an integer of more than 4,300 digits
        raise ValueError("not a prompt (a number too long to read)") from None
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object with id, abstract and outcome")
    for field in ("id", "abstract", "outcome"):
        if field not in data:
            raise ValueError(f"missing field {field!r}")
    prompt_id = data["id"]
    if isinstance(prompt_id, bool) or not isinstance(prompt_id, (str, int)):
        raise ValueError("field 'id' must be a string or an integer")
    for field in ("abstract", "outcome"):
        if not isinstance(data[field], str):
            raise ValueError(f"field {field!r} must be a string")
    for field in _OPTIONAL_FIELDS:
        if data.get(field) is not None and not isinstance(data[field], str):
            raise ValueError(f"field {field!r} must be a string or null")
    for field in ("id", *_TEXT_FIELDS):
        if isinstance(data.get(field), str) and _LONE_SURROGATE.search(data[field]):
            raise ValueError(f"field {field!r} holds a lone surrogate escape (such as \\ud800), not text")
    return Prompt(
        id=prompt_id,
        abstract=data["abstract"],
        outcome=data["outcome"],
        **{field: data.get(field) for field in _OPTIONAL_FIELDS},
    )


def inference_line(inference: Inference) -> str:
    """The output line for one answer: id, label and evidence text, keys sorted."""
    return json.dumps(
        {"id": inference.id, "label": inference.label, "evidence": inference.evidence.text},
        sort_keys=True,
        ensure_ascii=False,
    )


def predict_file(
    input: Path, output: TextIO, *, skip_invalid: bool = False, model: EffectModel | None = None
) -> EffectsReport:
    """Answer every prompt in ``input``, one line each to ``output``, in input order.

    ``n_read`` counts non-blank lines; ``n_skipped`` those left out as invalid.
    """
    model = model or EffectModel.load()
    read = written = 0
    for prompt in _read_lines(input, skip_invalid):
        read += 1
        if prompt is not None:
            output.write(inference_line(model.infer(prompt)) + "\n")
            written += 1
    return EffectsReport(n_read=read, n_written=written, n_skipped=read - written)


def predict_to_path(
    input: Path, output: Path, *, skip_invalid: bool = False, model: EffectModel | None = None
) -> EffectsReport:
    """``predict_file`` into a file that appears whole or not at all."""
    with atomic_text_file(Path(output), newline=None, advice="choose another --output") as handle:
        return predict_file(input, handle, skip_invalid=skip_invalid, model=model)
