"""Digest wall time for a saved search of 5,000 stored records, cold and warm.

The records are fictional, generated with structured abstracts that report group sizes, means,
p-values and adverse events, so the extractor has real work on each. ``cold`` builds the digest
from a store without extractions (every abstract is read); ``warm`` rebuilds it once the
extractions are cached in the store, which is the monthly job's common case. Both run offline:
the harvest is measured by ``bench_harvest``.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from harvester.jobs.digest import build_digest
from harvester.jobs.imports import import_files
from harvester.queries import load_query
from harvester.settings import Settings
from harvester.store import Store

RECORDS = 5_000
FIRST_PMID = 95_000_001
MONTH = "2024-06"
QUERY = 'name = "bench"\ntitle = "Fictional benchmark search"\nterm = "massage"\n'
INTERVENTIONS = [
    "massage therapy",
    "reflexology",
    "aromatherapy massage",
    "acupressure",
    "myofascial release",
    "manual lymphatic drainage",
]
COMPARATORS = ["usual care", "sham touch", "guided relaxation", "a waiting list"]
OUTCOMES = [
    ("fatigue", "Modified Fatigue Impact Scale"),
    ("pain", "visual analogue scale"),
    ("spasticity", "Modified Ashworth Scale"),
    ("anxiety", "State-Trait Anxiety Inventory"),
    ("depression", "Beck Depression Inventory"),
    ("quality of life", "MSQOL-54"),
    ("sleep quality", "Pittsburgh Sleep Quality Index"),
    ("balance", "Berg Balance Scale"),
]
DESIGNS = [
    ("Randomized Controlled Trial", "In this randomised controlled trial"),
    ("Clinical Trial", "In this non-randomised controlled study"),
    ("Journal Article", "In this pilot study"),
    ("Review", "In this systematic review"),
]
SAFETY = ["No serious adverse events occurred.", "Two participants reported mild soreness.", ""]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def abstract_sections(rng: random.Random) -> tuple[str, list[tuple[str, str]]]:
    """A publication type and a structured abstract about a trial that never took place."""
    intervention, comparator = rng.choice(INTERVENTIONS), rng.choice(COMPARATORS)
    (outcome, scale), (second, _) = rng.sample(OUTCOMES, 2)
    pub_type, opening = rng.choice(DESIGNS)
    n = rng.randrange(20, 200)
    before, change = rng.uniform(20, 60), rng.uniform(-12, 4)
    p = rng.choice(["p < 0.001", "p = 0.03", "p = 0.21", "p = 0.47", "p = 0.008"])
    sections = [
        ("BACKGROUND", f"People with multiple sclerosis often report {outcome} and {second}."),
        (
            "METHODS",
            f"{opening}, {n} imaginary adults with multiple sclerosis received "
            f"{intervention} or {comparator} twice weekly for {rng.randrange(4, 13)} weeks. "
            f"The primary outcome was {outcome} on the {scale}.",
        ),
        (
            "RESULTS",
            f"Mean {outcome} score changed from {before:.1f} to {before + change:.1f} with "
            f"{intervention} and by {rng.uniform(-3, 3):.1f} with {comparator} ({p}). "
            f"{second.capitalize()} did not differ between groups. {rng.choice(SAFETY)}",
        ),
        ("CONCLUSIONS", f"{intervention.capitalize()} may reduce {outcome} in multiple sclerosis."),
    ]
    return pub_type, sections


def article(pmid: int, rng: random.Random) -> str:
    pub_type, sections = abstract_sections(rng)
    year, month, day = rng.choice([2022, 2023, 2024]), rng.randrange(1, 13), rng.randrange(1, 29)
    text = "".join(
        f'<AbstractText Label="{label}" NlmCategory="{label}">{escape(body)}</AbstractText>'
        for label, body in sections
    )
    return (
        f'<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">{pmid}</PMID>'
        f"<Article><Journal><Title>Journal of Imaginary Rehabilitation (fictional records)</Title>"
        f"<JournalIssue><Volume>{year - 2000}</Volume><PubDate><Year>{year}</Year>"
        f"<Month>{MONTHS[month - 1]}</Month></PubDate></JournalIssue></Journal>"
        f"<ArticleTitle>Fictional study {pmid} of massage in multiple sclerosis.</ArticleTitle>"
        f"<Abstract>{text}</Abstract><AuthorList><Author><LastName>Example</LastName>"
        f"<ForeName>Ada</ForeName><Initials>A</Initials></Author></AuthorList><Language>eng</Language>"
        f"<PublicationTypeList><PublicationType>{pub_type}</PublicationType></PublicationTypeList>"
        f'</Article></MedlineCitation><PubmedData><History><PubMedPubDate PubStatus="entrez">'
        f"<Year>{year}</Year><Month>{month}</Month><Day>{day}</Day></PubMedPubDate></History>"
        f"</PubmedData></PubmedArticle>\n"
    )


def write_records(path: Path, count: int) -> None:
    rng = random.Random(20240601)
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0"?>\n<PubmedArticleSet>\n')
        for index in range(count):
            out.write(article(FIRST_PMID + index, rng))
        out.write("</PubmedArticleSet>\n")


def run() -> dict[str, float | str]:
    results: dict[str, float | str] = {}
    with tempfile.TemporaryDirectory(prefix="bench-digest-") as tmp:
        root = Path(tmp)
        (root / "bench.toml").write_text(QUERY, encoding="utf-8")
        query = load_query(root / "bench.toml", root)
        settings = Settings(data_dir=root / "data", queries_dir=root, offline=True)
        write_records(root / "records.xml", RECORDS)
        with Store.open(settings.store_path) as store:
            import_files([root / "records.xml"], store, query=query.name)
        for phase in ("cold", "warm"):
            started = time.perf_counter()
            result = build_digest(query, settings, month=MONTH, out_dir=root / phase, offline=True)
            seconds = time.perf_counter() - started
            print(f"  {phase}: {seconds:.1f} s, {len(result.files)} files", file=sys.stderr)
            results[f"{phase}.wall_s"] = seconds
        results["records"] = float(result.records)
        results["new_this_month"] = float(result.new_this_month)
        results["warm_speedup"] = results["cold.wall_s"] / results["warm.wall_s"]
        same = all(
            (root / "cold" / f.name).read_bytes() == f.read_bytes() for f in result.files if f.is_file()
        )
        results["cold_and_warm_identical"] = "yes" if same else "NO"
    return results
