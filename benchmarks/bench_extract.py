"""Extractor throughput: abstracts per second on one CPU core, and findings per abstract.

``demo`` reads the fictional demonstration records (repeated, so the timing is stable);
``evidence_inference`` reads the real abstracts of the Evidence Inference 2.0 training split when
``../shared/data`` is present (skipped otherwise). The vocabulary is loaded once beforehand, as
the digest does.

On that corpus it also measures agreement with the annotating clinicians: for each prompt where
one of our findings quotes a sentence they cited as evidence, do we agree on "no difference"
versus "a significant difference"? (Improved/worsened cannot be checked there: the corpus says
increased/decreased without saying which way is better.)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from harvester.extract import extract, load_vocabulary
from harvester.models import AbstractSection, Record
from harvester.pubmed import iter_records

ROOT = Path(__file__).resolve().parents[1]
DEMO_RECORDS = ROOT / "harvester" / "data" / "demo" / "records.xml"
EVIDENCE_INFERENCE = ROOT.parent / "shared" / "data" / "evidence-inference" / "train.jsonl"
DEMO_REPEATS = 20


def run() -> dict[str, float | str]:
    vocabulary = load_vocabulary()
    demo = list(iter_records(DEMO_RECORDS)) * DEMO_REPEATS
    figures: dict[str, float | str] = {}
    figures.update(_measure("demo", demo, vocabulary))
    if EVIDENCE_INFERENCE.is_file():
        prompts = _evidence_inference_prompts()
        records = [
            Record(pmid=key, abstract=(AbstractSection(text=text),))
            for key, text in _abstracts(prompts).items()
        ]
        figures.update(_measure("evidence_inference", records, vocabulary))
        figures.update(_significance_agreement(prompts, records, vocabulary))
    else:
        figures["evidence_inference_skipped"] = f"not found: {EVIDENCE_INFERENCE}"
    return figures


def _measure(name: str, records: list[Record], vocabulary) -> dict[str, float]:
    started = time.perf_counter()
    found = sum(len(extract(record, vocabulary).findings) for record in records)
    seconds = time.perf_counter() - started
    return {
        f"{name}_abstracts": float(len(records)),
        f"{name}_abstracts_per_s": len(records) / seconds,
        f"{name}_findings_per_abstract": found / len(records),
    }


def _evidence_inference_prompts() -> list[dict]:
    with EVIDENCE_INFERENCE.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def _abstracts(prompts: list[dict]) -> dict[str, str]:
    """One abstract per article (the corpus repeats an abstract for each prompt)."""
    abstracts: dict[str, str] = {}
    for prompt in prompts:
        abstracts.setdefault(str(prompt["pmcid"]), prompt["abstract"])
    return abstracts


def _significance_agreement(prompts: list[dict], records: list[Record], vocabulary) -> dict[str, float]:
    extractions = {record.pmid: extract(record, vocabulary) for record in records}
    checked = agreed = 0
    for prompt in prompts:
        cited = prompt["evidence"] if isinstance(prompt["evidence"], list) else [prompt["evidence"]]
        cited = [sentence.strip() for sentence in cited if sentence.strip()]
        quoting = [
            finding
            for finding in extractions[str(prompt["pmcid"])].findings
            if finding.direction != "unclear"
            and any(
                sentence[:40] in finding.evidence.text or finding.evidence.text[:40] in sentence
                for sentence in cited
            )
        ]
        if quoting:
            checked += 1
            agreed += (quoting[0].direction == "no_difference") == (prompt["label"] == "no_difference")
    return {
        "evidence_inference_prompts_checked": float(checked),
        "evidence_inference_significance_agreement": agreed / checked if checked else 0.0,
    }


if __name__ == "__main__":
    for key, value in run().items():
        shown = (
            f"{value:,.3f}"
            if isinstance(value, float) and value < 100
            else f"{value:,.0f}"
            if isinstance(value, float)
            else value
        )
        print(f"{key:<42} {shown}")
    sys.exit(0)
