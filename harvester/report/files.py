"""Write one month's digest of one saved search: HTML, Markdown, CSV tables, citations, a feed.

Each file is rendered and then written atomically (temporary file + rename) before the next is
rendered, so a reader or a failed run never sees half a digest file, a rerun replaces files
cleanly, and only one file's text is held in memory at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path

from harvester.atomic import write_text_atomically
from harvester.errors import OutputError
from harvester.report.citations import bibtex, csl_json, ris
from harvester.report.feed import atom_feed
from harvester.report.render import render
from harvester.report.tables import findings_table, studies_table, to_csv
from harvester.report.view import DigestInput, DigestView, build_view

__all__ = ["DOWNLOADS", "DigestInput", "digest_files", "write_digest", "write_files"]

Render = Callable[[], str]  # makes one file's text when called


# The files beside the digest, as its HTML and Markdown list them for download.
DOWNLOADS = (
    ("citations.ris", "citations (RIS)"),
    ("citations.bib", "citations (BibTeX)"),
    ("citations.json", "citations (CSL-JSON)"),
    ("studies.csv", "studies (CSV)"),
    ("findings.csv", "findings (CSV)"),
    ("feed.xml", "feed of new studies (Atom)"),
)


def digest_files(digest: DigestInput) -> dict[str, Render]:
    """Every digest file by name, each rendered only when asked for; nothing is written."""
    view: DigestView = build_view(digest)
    records = [study.record for study in view.studies]
    return {
        "digest.html": partial(render, "digest.html", view=view, downloads=DOWNLOADS),
        "digest.md": partial(render, "digest.md", view=view, downloads=DOWNLOADS),
        "studies.csv": lambda: to_csv(studies_table(view.studies)),
        "findings.csv": lambda: to_csv(findings_table(view.studies)),
        "citations.ris": partial(ris, records),
        "citations.bib": partial(bibtex, records),
        "citations.json": partial(csl_json, records),
        "feed.xml": partial(atom_feed, view),
    }


def write_digest(digest: DigestInput, out_dir: Path) -> list[Path]:
    """Write every digest file into out_dir (created if needed); return their paths, sorted."""
    return write_files(digest_files(digest), out_dir, what="the digest")


def write_files(files: Mapping[str, str | Render], out_dir: Path, *, what: str) -> list[Path]:
    """Write ``files`` (name -> text, or what renders it) into out_dir, created if needed, one
    at a time; their paths, sorted."""
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or str(error)
        raise OutputError(
            f"cannot write {what} to {out_dir}: {reason}; choose a writable directory"
        ) from None
    written = []
    for name in sorted(files):
        content = files[name]
        text = content if isinstance(content, str) else content()
        write_text_atomically(out_dir / name, text, advice="choose a writable directory")
        written.append(out_dir / name)
    return written
