"""Findings against the gold annotations: recall, recall with comparison, precision, reversals.

    python benchmarks/bench_findings.py

For each gold file in ``../shared/data/findings-gold/`` the abstracts are written as PubMed XML
by the gold folder's own ``gold_xml.py``, read by ``harvester extract`` (``write_tables``, the
library call behind it) into a ``findings.csv``, and scored by the gold folder's
``gold_score.py``, so these figures are the ones that script prints. ``dev_*`` files measure
(the reader never learns from them); ``train_*`` files, pooled and labelled ``train_``, show
what the reader was fitted on. The Evidence Inference validation macro-F1 (a reader trained on
the training split only, see ``bench_effects``) is printed beside them. Skips with a reason when
``../shared/data`` is absent.

A wider check of the same reader: the Evidence Inference training prompts of the articles that
are in no gold file and have an odd PMC number (rules may be written from the even-numbered ones,
never from these). For each prompt (an outcome, the change its
annotators read, the sentences they cited), is there a finding quoting a cited sentence whose
measure shares a word with the outcome (the gold scorer's word rule), and does its ``change``
agree with theirs? The corpus names no good side, so only the change is checked.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from harvester.extract import extract, load_vocabulary  # noqa: E402
from harvester.extract.types import Finding  # noqa: E402
from harvester.jobs.tables import write_tables  # noqa: E402
from harvester.models import AbstractSection, Record  # noqa: E402

GOLD = PROJECT.parent / "shared" / "data" / "findings-gold"
BASE = 99800000  # PMIDs for gold abstracts without one: BASE * 10 + file index, + line number
EVIDENCE_INFERENCE_TRAIN = PROJECT.parent / "shared" / "data" / "evidence-inference" / "train.jsonl"
# gold_score.py's words that never make two outcomes the same
STOP = frozenset(
    re.findall(r"\w+", "the of and in to a an with for on at by score scores total level levels scale index")
)
STOP |= {"questionnaire"}
_SUMMARY = re.compile(
    r"recall (?P<recall>[\d.]+) \((?P<found>\d+)/(?P<total>\d+); strict with comparison "
    r"(?P<strict>[\d.]+)\), precision (?P<precision>[\d.]+) \((?P<correct>\d+)/(?P<claimed>\d+)\), "
    r"reversals (?P<reversals>\d+)"
)


def score_file(gold: Path, base: int, work: Path) -> dict[str, float]:
    """One gold file through gold_xml.py, ``harvester extract`` and gold_score.py."""
    xml = work / f"{gold.stem}.xml"
    subprocess.run(
        [
            sys.executable,
            str(GOLD / "gold_xml.py"),
            str(_labels_escaped(gold, work)),
            str(xml),
            "--base",
            str(base),
        ],
        check=True,
        capture_output=True,
    )
    out = work / gold.stem
    write_tables([xml], out)
    scored = subprocess.run(
        [
            sys.executable,
            str(GOLD / "gold_score.py"),
            str(gold),
            str(out / "findings.csv"),
            "--base",
            str(base),
        ],
        capture_output=True,
        text=True,
        cwd=GOLD,
    )
    match = _SUMMARY.search(scored.stdout)
    if match is None:
        raise RuntimeError(
            f"gold_score.py printed no summary for {gold.name}: {scored.stdout}{scored.stderr}"
        )
    return {key: float(value) for key, value in match.groupdict().items()}


def _labels_escaped(gold: Path, work: Path) -> Path:
    """A copy of the gold file whose section labels are XML-escaped.

    gold_xml.py escapes the text but not the ``Label`` attribute, so "MATERIALS & METHODS"
    would make the XML unreadable; escaped here, the label reads back as written.
    """
    lines = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            study = json.loads(line)
            for section in study.get("abstract_sections", []):
                if section.get("label"):
                    section["label"] = escape(section["label"])
            line = json.dumps(study, ensure_ascii=False)
        lines.append(line)
    copy = work / f"{gold.stem}.escaped.jsonl"
    copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return copy


def _pooled(scores: list[dict[str, float]]) -> dict[str, float]:
    """Counts summed over several files, and the ratios recomputed from them."""
    total = {
        key: sum(s[key] for s in scores) for key in ("found", "total", "correct", "claimed", "reversals")
    }
    strict = sum(s["strict"] * s["total"] for s in scores)
    return {
        "recall": total["found"] / total["total"] if total["total"] else 0.0,
        "strict": strict / total["total"] if total["total"] else 0.0,
        "precision": total["correct"] / total["claimed"] if total["claimed"] else 0.0,
        "reversals": total["reversals"],
        "total": total["total"],
    }


def _figures(prefix: str, score: dict[str, float]) -> dict[str, float]:
    return {
        f"{prefix}_recall": round(score["recall"], 3),
        f"{prefix}_recall_with_comparison": round(score["strict"], 3),
        f"{prefix}_precision": round(score["precision"], 3),
        f"{prefix}_reversals": score["reversals"],
    }


def run() -> dict[str, float | str]:
    if not (GOLD / "gold_score.py").is_file():
        return {"skipped": f"findings gold not found at {GOLD}"}
    files = sorted(GOLD.glob("dev_*.jsonl")) + sorted(GOLD.glob("train_*.jsonl"))
    figures: dict[str, float | str] = {}
    train_scores = []
    with tempfile.TemporaryDirectory() as tmp:
        for index, gold in enumerate(files):
            score = score_file(gold, BASE * 10 + index * 1000, Path(tmp))
            if gold.stem.startswith("dev_"):
                figures.update(_figures(gold.stem, score))
            else:
                train_scores.append(score)
    dev = [name.stem for name in files if name.stem.startswith("dev_")]
    if dev:
        figures["dev_worst_recall"] = min(float(figures[f"{d}_recall"]) for d in dev)
        figures["dev_worst_precision"] = min(float(figures[f"{d}_precision"]) for d in dev)
        figures["dev_total_reversals"] = sum(float(figures[f"{d}_reversals"]) for d in dev)
    if train_scores:
        figures.update(_figures("train_pooled", _pooled(train_scores)))
    figures.update(_evidence_inference())
    if EVIDENCE_INFERENCE_TRAIN.is_file():
        figures.update(_evidence_inference_prompts(files))
    return figures


def _evidence_inference_prompts(gold_files: list[Path]) -> dict[str, float]:
    """Coverage and change agreement on the held-out training prompts of articles in no gold file."""
    gold_openings = _openings(gold_files)
    vocabulary = load_vocabulary()
    extractions: dict[str, list] = {}
    counts: Counter[str] = Counter()
    for line in EVIDENCE_INFERENCE_TRAIN.read_text(encoding="utf-8").splitlines():
        prompt = json.loads(line)
        abstract = " ".join(prompt["abstract"].split())
        if any(opening in abstract for opening in gold_openings):
            continue
        key = str(prompt["pmcid"])
        if int(key) % 2 == 0:
            continue  # the half that rules may be written from
        if key not in extractions:
            record = Record(pmid=key, abstract=(AbstractSection(text=prompt["abstract"]),))
            extractions[key] = list(extract(record, vocabulary).findings)
        changes = _changes_read(prompt, extractions[key])
        counts["prompts"] += 1
        counts["covered"] += bool(changes)
        counts["agrees"] += prompt["label"] in changes
        counts["contrary"] += bool(changes - {"unclear"}) and prompt["label"] not in changes
    prompts = counts["prompts"] or 1
    return {
        "ei_unseen_prompts": float(counts["prompts"]),
        "ei_unseen_articles": float(len(extractions)),
        "ei_unseen_covered": round(counts["covered"] / prompts, 3),
        "ei_unseen_change_agrees": round(counts["agrees"] / prompts, 3),
        "ei_unseen_change_contrary": round(counts["contrary"] / prompts, 3),
    }


def _openings(gold_files: list[Path]) -> set[str]:
    """The first 80 characters of every gold abstract section, to recognise a gold article."""
    openings = set()
    for gold in gold_files:
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                for section in json.loads(line).get("abstract_sections", []):
                    opening = " ".join(section["text"].split())[:80]
                    if len(opening) >= 40:
                        openings.add(opening)
    return openings


def _changes_read(prompt: dict, findings: list[Finding]) -> set[str]:
    """The changes our findings give the prompt's outcome in the sentences its annotators cited."""
    cited = prompt["evidence"] if isinstance(prompt["evidence"], list) else [prompt["evidence"]]
    cited = [sentence.strip() for sentence in cited if sentence.strip()]
    outcome = outcome_words(prompt["outcome"])
    return {
        finding.change
        for finding in findings
        if any(s[:40] in finding.evidence.text or finding.evidence.text[:40] in s for s in cited)
        and outcome & finding_words(finding)
    }


def outcome_words(text: str | None) -> set[str]:
    """The words by which gold_score.py takes an `other` outcome and a finding to be the same."""
    return {w for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if w not in STOP and len(w) > 2}


def finding_words(finding: Finding) -> set[str]:
    """A finding's words for that match: its measure's and its domain's."""
    return outcome_words(f"{finding.measure} {finding.domain.replace('_', ' ')}")


def _evidence_inference() -> dict[str, float | str]:
    """The held-out Evidence Inference macro-F1 of ``bench_effects`` (trained on train only)."""
    from benchmarks import bench_effects

    if not (bench_effects.DATA / "validation.jsonl").is_file():
        return {"evidence_inference_skipped": f"not found: {bench_effects.DATA}"}
    if importlib.util.find_spec("sklearn") is None:
        return {"evidence_inference_skipped": "scikit-learn not installed (pip install -e '.[train]')"}
    return {"evidence_inference_heldout_macro_f1": round(bench_effects.heldout_macro_f1(), 3)}


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:>45}: {value}")
