"""Which files a bulk run reads, in which order, and how the manifest tells a finished one."""

from __future__ import annotations

from pathlib import Path

import pytest

from harvester.errors import InputError, OutputError, RecordFileError
from harvester.jobs.bulk.inputs import DATASETS, Done, Manifest, by_name, find_inputs, input_name, md5_of


def touch(path: Path, text: str = "<PubmedArticleSet/>") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folders_give_their_pubmed_files_in_name_order_after_files_given_first(tmp_path: Path) -> None:
    single = touch(tmp_path / "mine.nbib")
    later = touch(tmp_path / "baseline" / "pubmed26n0002.xml.gz")
    earlier = touch(tmp_path / "baseline" / "pubmed26n0001.xml.gz")
    touch(tmp_path / "baseline" / "pubmed26n0001.xml.gz.md5", "MD5(x)= 0")
    touch(tmp_path / "baseline" / "README.html")

    assert find_inputs([single, tmp_path / "baseline", single]) == [single, earlier, later]


def test_a_missing_path_or_a_folder_without_pubmed_files_is_named(tmp_path: Path) -> None:
    with pytest.raises(RecordFileError, match="nowhere: file not found"):
        find_inputs([tmp_path / "nowhere"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(RecordFileError, match=r"empty: no PubMed files in this folder"):
        find_inputs([tmp_path / "empty"])


def test_parts_are_named_after_the_file_and_two_files_of_one_name_are_refused(tmp_path: Path) -> None:
    assert input_name(Path("pubmed26n0001.xml.gz")) == "pubmed26n0001"
    assert input_name(Path("export.nbib")) == "export"
    first, second = touch(tmp_path / "a" / "records.xml"), touch(tmp_path / "b" / "records.xml.gz")
    with pytest.raises(InputError, match="would share the parts named records; rename one"):
        by_name([first, second])


def finished_manifest(tmp_path: Path, path: Path) -> Manifest:
    manifest = Manifest(tmp_path / "out", extractor="7")
    manifest.out_dir.mkdir()
    manifest.add_order(["base", "update"])
    manifest.done["base"] = Done("base", str(path), path.stat().st_size, md5_of(path), 2, 3, ("7",))
    for dataset in DATASETS:
        touch(manifest.out_dir / dataset / "base.parquet", "")
    manifest.save()
    return manifest


def test_the_manifest_keeps_the_order_and_what_is_finished(tmp_path: Path) -> None:
    path = touch(tmp_path / "base.xml")
    finished_manifest(tmp_path, path)

    again = Manifest.load(tmp_path / "out")
    again.add_order(["later", "base"])

    assert again.order == ["base", "update", "later"]
    assert again.done["base"].deleted == ("7",)
    assert again.finished("base", path)
    assert not again.finished("update", path)


def test_a_file_changed_since_is_not_finished_even_at_the_same_size(tmp_path: Path) -> None:
    path = touch(tmp_path / "base.xml", "<PubmedArticleSet/>")
    manifest = finished_manifest(tmp_path, path)
    touch(path, "<PubmedArticleSeT/>")
    assert not manifest.finished("base", path)


def test_a_lost_part_means_not_finished(tmp_path: Path) -> None:
    path = touch(tmp_path / "base.xml")
    manifest = finished_manifest(tmp_path, path)
    (manifest.out_dir / "findings" / "base.parquet").unlink()
    assert not manifest.finished("base", path)


def test_a_damaged_manifest_is_named_with_what_to_do(tmp_path: Path) -> None:
    touch(tmp_path / "manifest.json", '{"version": 1, "order": [')
    with pytest.raises(
        OutputError, match=r"manifest\.json cannot be read .*delete the folder to start again"
    ):
        Manifest.load(tmp_path)


def test_parts_of_another_extractor_or_other_outcome_domains_are_not_mixed_in(tmp_path: Path) -> None:
    finished_manifest(tmp_path, touch(tmp_path / "base.xml"))

    again = Manifest.load(tmp_path / "out")
    again.use_extractor("7")
    with pytest.raises(
        OutputError, match=r"holds tables read by extractor 7, not 7\+abc .*give another --out"
    ):
        again.use_extractor("7+abc")
