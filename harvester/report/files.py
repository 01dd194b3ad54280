"""Write one month's digest of one saved search: HTML, Markdown, CSV tables, citations, a feed.

Every file is rendered in memory first and then written atomically (temporary file + rename),
so a reader or a failed run never sees half a digest file, and a rerun replaces files cleanly.
"""

from __future__ import annotations

from pathlib import Path

from harvester.atomic import write_text_atomically
from harvester.errors import OutputError
from harvester.report.citations import bibtex, csl_json, ris
from harvester.report.feed import atom_feed
from harvester.report.render import render
from harvester.report.tables import findings_table, studies_table, to_csv
from harvester.report.view import DigestInput, DigestView, build_view

__all__ = ["DOWNLOADS", "DigestInput", "render_digest", "write_digest", "write_files"]


# The files beside the digest, as its HTML and Markdown list them for download.
DOWNLOADS = (
    ("citations.ris", "citations (RIS)"),
    ("citations.bib", "citations (BibTeX)"),
    ("citations.json", "citations (CSL-JSON)"),
    ("studies.csv", "studies (CSV)"),
    ("findings.csv", "findings (CSV)"),
    ("feed.xml", "feed of new studies (Atom)"),
)


def render_digest(digest: DigestInput) -> dict[str, str]:
    """Every digest file by name, as text; nothing is written."""
    view: DigestView = build_view(digest)
    records = [study.record for study in view.studies]
    return {
        "digest.html": render("digest.html", view=view, downloads=DOWNLOADS),
        "digest.md": render("digest.md", view=view, downloads=DOWNLOADS),
        "studies.csv": to_csv(studies_table(view.studies)),
        "findings.csv": to_csv(findings_table(view.studies)),
        "citations.ris": ris(records),
        "citations.bib": bibtex(records),
        "citations.json": csl_json(records),
        "feed.xml": atom_feed(view),
    }


def write_digest(digest: DigestInput, out_dir: Path) -> list[Path]:
    """Write every digest file into out_dir (created if needed); return their paths, sorted."""
    return write_files(render_digest(digest), out_dir, what="the digest")


def write_files(files: dict[str, str], out_dir: Path, *, what: str) -> list[Path]:
    """Write ``files`` (name -> text) into out_dir, created if needed; their paths, sorted."""
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
        write_text_atomically(out_dir / name, files[name], advice="choose a writable directory")
        written.append(out_dir / name)
    return written
