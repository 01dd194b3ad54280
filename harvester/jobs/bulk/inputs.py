"""Which files a bulk run reads, in which order, and which of them an earlier run already finished.

The order is the one given on the command line, a folder's files in name order (NCBI numbers the
baseline and then the daily update files, so name order is publication order). Each input's parts
are named after the file (``pubmed26n0001.xml.gz`` gives ``pubmed26n0001.parquet``), so two
inputs of the same name would share parts and are refused.

The manifest (``DIR/manifest.json``) keeps that order across runs, so that files finished in any
order, by any number of runs, are applied in the order first given; files a later run adds come
after. Beside each finished input it keeps what identifies it (size and MD5), what it held, and
the PMIDs its ``<DeleteCitation>`` withdrew, which the last step of a run applies to earlier inputs.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from harvester.atomic import write_text_atomically
from harvester.errors import InputError, OutputError, RecordFileError

__all__ = ["Done", "Manifest", "by_name", "find_inputs", "input_name", "md5_of", "part_path"]

MANIFEST = "manifest.json"
MANIFEST_VERSION = 1
DATASETS = ("records", "studies", "findings")  # one folder of parts each
_SUFFIXES = (".xml.gz", ".xml", ".txt", ".nbib", ".medline")  # what a folder contributes


def part_path(out_dir: Path, dataset: str, name: str) -> Path:
    """Where one input's part of one dataset lives: ``DIR/findings/pubmed26n0001.parquet``."""
    return out_dir / dataset / f"{name}.parquet"


@dataclass(frozen=True)
class Done:
    """An input whose parts are written: the manifest's entry for it."""

    name: str
    path: str
    size: int
    md5: str
    records: int  # rows in its parts before later inputs replaced or deleted any
    findings: int
    deleted: tuple[str, ...] = ()  # PMIDs its <DeleteCitation> withdrew


@dataclass
class Manifest:
    """The order of every input ever given to ``out_dir``, and those finished."""

    out_dir: Path
    order: list[str] = field(default_factory=list)
    done: dict[str, Done] = field(default_factory=dict)
    extractor: str | None = None  # the extractor version (and outcome domains) the parts are from

    @classmethod
    def load(cls, out_dir: Path) -> Manifest:
        path = out_dir / MANIFEST
        if not path.exists():
            return cls(out_dir)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != MANIFEST_VERSION:
                raise ValueError(f"version {data.get('version')!r}, expected {MANIFEST_VERSION}")
            done = [Done(**{**entry, "deleted": tuple(entry["deleted"])}) for entry in data["done"]]
            by_name = {entry.name: entry for entry in done}
            return cls(out_dir, list(data["order"]), by_name, data["extractor"])
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise OutputError(
                f"{path} cannot be read ({error}); give another --out, or delete the folder to start again"
            ) from None

    def save(self) -> None:
        entries = [asdict(self.done[name]) for name in self.order if name in self.done]
        data = {
            "version": MANIFEST_VERSION,
            "extractor": self.extractor,
            "order": self.order,
            "done": entries,
        }
        text = json.dumps(data, indent=1)
        write_text_atomically(self.out_dir / MANIFEST, text + "\n", advice="give another --out")

    def use_extractor(self, version: str) -> None:
        """Parts read by another extractor, or with other outcome domains, cannot join these."""
        if self.done and self.extractor != version:
            raise OutputError(
                f"{self.out_dir} holds tables read by extractor {self.extractor}, not {version} (another "
                "version, or other --outcomes-from domains); give another --out, or the same domains"
            )
        self.extractor = version

    def add_order(self, names: Iterable[str]) -> None:
        """Append the names not yet known, keeping the place of those already known."""
        known = set(self.order)
        self.order += [name for name in names if name not in known]

    def finished(self, name: str, path: Path) -> bool:
        """Whether ``path`` is the very file whose parts are written (same size, same MD5)."""
        entry = self.done.get(name)
        if entry is None or entry.size != path.stat().st_size:
            return False
        parts = all(part_path(self.out_dir, dataset, name).is_file() for dataset in DATASETS)
        return parts and entry.md5 == md5_of(path)


def find_inputs(paths: Iterable[Path]) -> list[Path]:
    """The files to read: files as given, each folder's PubMed files in name order."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            inside = sorted(p for p in path.iterdir() if p.is_file() and p.name.endswith(_SUFFIXES))
            if not inside:
                raise RecordFileError(
                    f"{path}: no PubMed files in this folder (names ending {', '.join(_SUFFIXES)})"
                )
            found += inside
        elif path.is_file():
            found.append(path)
        else:
            raise RecordFileError(f"{path}: file not found")
    return list(dict.fromkeys(found))


def by_name(inputs: Iterable[Path]) -> dict[str, Path]:
    """The inputs by the name their parts go by; two files of one name would share parts."""
    names: dict[str, Path] = {}
    for path in inputs:
        name = input_name(path)
        if name in names:
            raise InputError(f"{names[name]} and {path} would share the parts named {name}; rename one")
        names[name] = path
    return names


def input_name(path: Path) -> str:
    """The name an input's parts go by: the file's name without its format's suffixes."""
    name = path.name.removesuffix(".gz")
    for suffix in _SUFFIXES:
        name = name.removesuffix(suffix)
    return name or path.name


def md5_of(path: Path) -> str:
    """The file's MD5, as NCBI's ``.md5`` files give it (hex)."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "md5").hexdigest()
