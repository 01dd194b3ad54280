"""The ``harvester`` command: parses arguments, calls the library, maps errors to exit codes.

Nothing here knows how PubMed, the store or the reports work; each command is a few lines that
build Settings, call one library function and print its summary.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from harvester import __version__
from harvester.errors import EXIT_BAD_INPUT, HarvesterError, InputError
from harvester.settings import Settings

if TYPE_CHECKING:  # the saved-search module and the bulk run are loaded by the commands that use them
    from harvester.jobs.bulk.run import Cluster
    from harvester.queries import Topic

F = TypeVar("F", bound=Callable[..., Any])


class HarvesterGroup(click.Group):
    """Turns library errors into one line on stderr and the error's exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except HarvesterError as error:
            click.echo(f"Error: {error}", err=True)
            sys.exit(error.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted; the store keeps only completed batches.", err=True)
            sys.exit(130)


def example(command: str) -> str:
    """The closing lines of a command's --help: one command line to copy (kept unwrapped)."""
    return f"\b\nExample:\n    {command}"


def _settings(ctx: click.Context, **overrides: object) -> Settings:
    data_dir = ctx.obj.get("data_dir") if ctx.obj else None
    return Settings.from_env(None, data_dir=data_dir, **overrides)


DATA_DIR_HELP = "Where the record store and HTTP cache live (default: $HARVESTER_DATA_DIR or ./data)."


def _remember_data_dir(ctx: click.Context, _param: click.Parameter, value: Path | None) -> None:
    if value is not None:  # given after the subcommand: it wins over one given before it
        ctx.ensure_object(dict)["data_dir"] = value


def data_dir_option(command: F) -> F:
    """``--data-dir`` after the subcommand too (``harvester import F --data-dir D``), as git-style
    tools accept their global options."""
    option = click.option(
        "--data-dir",
        type=click.Path(file_okay=False, path_type=Path),
        expose_value=False,
        callback=_remember_data_dir,
        help=DATA_DIR_HELP,
    )
    return option(command)


@click.group(cls=HarvesterGroup, epilog=example("harvester digest massage-ms --month 2026-10"))
@click.version_option(__version__, prog_name="harvester")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), help=DATA_DIR_HELP)
@click.option("-v", "--verbose", is_flag=True, help="Log each request and batch to stderr.")
@click.pass_context
def cli(ctx: click.Context, data_dir: Path | None, verbose: bool) -> None:
    """Harvest PubMed for saved searches and publish evidence digests."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s: %(message)s",
        stream=sys.stderr,
    )
    ctx.obj = {"data_dir": data_dir, "verbose": verbose}


@cli.command("harvest", epilog=example("NCBI_EMAIL=you@example.org harvester harvest massage-ms"))
@data_dir_option
@click.argument("query")
@click.option("--offline", is_flag=True, help="Answer from the HTTP cache only; never touch the network.")
@click.pass_context
def harvest_command(ctx: click.Context, query: str, offline: bool) -> None:
    """Search PubMed for saved search QUERY (a name in queries/ or a .toml path) and store new records."""
    from harvester.jobs.harvest import harvest
    from harvester.queries import load_query

    settings = _settings(ctx, offline=offline or None)
    saved = load_query(query, settings.queries_dir)
    report = harvest(saved, settings)  # PubMedUnavailable already suggests --offline
    for warning in report.warnings:
        click.echo(f"Warning: {warning}", err=True)
    click.echo(
        f"{saved.name}: {report.count} matched, {report.new} new, {report.refreshed} refreshed, "
        f"{report.already_stored} already stored, {report.missing} missing (run {report.run_id})"
    )


@cli.command("import", epilog=example("harvester import pubmed-export.txt --query massage-ms"))
@data_dir_option
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--query", "query", metavar="NAME", help="Attach the records to this saved-search name.")
@click.pass_context
def import_command(ctx: click.Context, files: tuple[Path, ...], query: str | None) -> None:
    """Import PubMed XML (.xml, .xml.gz) or MEDLINE (.txt, .nbib) FILES; all or nothing."""
    from harvester.jobs.imports import import_files
    from harvester.store import Store

    settings = _settings(ctx)
    with Store.open(settings.store_path) as store:
        report = import_files(files, store, query=query)
    deleted = f", {report.deleted} deleted" if report.deleted else ""
    click.echo(
        f"Imported {report.files} file(s): {report.records} records, {report.new} new, "
        f"{report.updated} updated, {report.skipped} unchanged{deleted}"
    )


@cli.command("export", epilog=example("harvester export massage-ms --format csv --output records.csv"))
@data_dir_option
@click.argument("query", required=False)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option(
    "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout."
)
@click.pass_context
def export_command(ctx: click.Context, query: str | None, fmt: str, output: Path | None) -> None:
    """Export the stored records (of saved search QUERY, or all) as JSON Lines or CSV."""
    from harvester.jobs.export import export_to

    count = export_to(_settings(ctx).store_path, query, fmt, output)
    if output is not None:
        click.echo(f"Wrote {count} records to {output}", err=True)


@cli.command(
    "digest", epilog=example("harvester digest massage-ms --month 2026-10 --out reports/2026-10/massage-ms")
)
@data_dir_option
@click.argument("query")
@click.option("--month", metavar="YYYY-MM", help="The month to report on (default: the current month, UTC).")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write the files here (default: reports/<YYYY-MM>/<query>/).",
)
@click.option("--offline", is_flag=True, help="Build from the store only; fetch nothing.")
@click.option(
    "--publish-url",
    metavar="URL",
    help="Web address the digest's folder is published at, for the feed's own link; may hold "
    "{query} and {month} (default: $HARVESTER_PUBLISH_URL).",
)
@click.pass_context
def digest_command(
    ctx: click.Context,
    query: str,
    month: str | None,
    out_dir: Path | None,
    offline: bool,
    publish_url: str | None,
) -> None:
    """Harvest saved search QUERY (unless --offline) and write its monthly evidence digest."""
    from harvester.jobs.digest import build_digest
    from harvester.queries import load_query

    settings = _settings(ctx, offline=offline or None, publish_url=publish_url)
    saved = load_query(query, settings.queries_dir)
    result = build_digest(saved, settings, month=month, out_dir=out_dir, offline=offline)
    click.echo(
        f"{saved.name}: {result.records} records, {result.new_this_month} new this month; "
        f"{len(result.files)} files in {result.out_dir}",
        err=True,
    )
    click.echo(str(result.html))


@cli.command("extract", epilog=example("harvester extract pubmed26n0001.xml.gz --out tables/"))
@data_dir_option
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Write studies.csv and findings.csv here (Parquet: records/, studies/, findings/).",
)
@click.option(
    "--outcomes-from",
    "query",
    metavar="QUERY",
    help=(
        "Also read with the words of this saved search: its outcome domains, techniques, comparators "
        "and harms (a name in queries/ or a .toml path)."
    ),
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "parquet"]),
    default="csv",
    show_default=True,
    help="csv: two tables, for a few files. parquet: datasets a part per file, on Dask; reruns resume.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    help="Parquet: worker processes of the local Dask cluster (default: one a core).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Parquet: run on this Dask scheduler (tcp://host:8786) instead; default: $DASK_SCHEDULER_ADDRESS.",
)
@click.option(
    "--dashboard",
    metavar="ADDRESS",
    default=":8787",
    show_default=True,
    help="Parquet: the local cluster's dashboard address (':0' picks a free port, 'none' turns it off).",
)
@click.pass_context
def extract_command(
    ctx: click.Context,
    files: tuple[Path, ...],
    out_dir: Path,
    query: str | None,
    fmt: str,
    workers: int | None,
    scheduler: str | None,
    dashboard: str,
) -> None:
    """Read the abstracts of PubMed XML or MEDLINE FILES (or folders) and write the digest's tables.

    \b
    Example:
        harvester extract baseline/ updatefiles/ --out pubmed-parquet --format parquet
    """
    from harvester.jobs.bulk.inputs import find_inputs
    from harvester.queries import load_query

    topic = load_query(query, _settings(ctx).queries_dir).topic if query else None
    if fmt == "csv" and (workers or scheduler):
        raise InputError("--workers and --scheduler go with --format parquet")
    if workers and scheduler:
        raise InputError("--workers sizes a local cluster; a --scheduler's cluster has the workers it has")
    if fmt == "csv":
        _extract_csv(find_inputs(files), out_dir, topic)
    else:
        from harvester.jobs.bulk.run import Cluster

        dashboard_address = None if dashboard.lower() == "none" else dashboard
        cluster = Cluster(workers=workers, scheduler=scheduler, dashboard=dashboard_address)
        _extract_parquet(files, out_dir, topic, cluster, ctx.obj.get("verbose", False))


def _extract_csv(files: list[Path], out_dir: Path, topic: Topic | None) -> None:
    from harvester.jobs.tables import write_tables

    report = write_tables(files, out_dir, topic=topic)
    duplicates = f" ({report.duplicates} repeated PMIDs: the last one counts)" if report.duplicates else ""
    deleted = f", {report.deleted} deleted by update files" if report.deleted else ""
    click.echo(
        f"Read {report.records} records from {report.files} file(s){duplicates}{deleted}; "
        f"{report.findings} findings; wrote {', '.join(path.name for path in report.paths)} to {out_dir}",
        err=True,
    )


def _extract_parquet(
    files: tuple[Path, ...],
    out_dir: Path,
    topic: Topic | None,
    cluster: Cluster,
    verbose: bool,
) -> None:
    if not verbose:  # Dask's own log lines (a failed task, a worker restarted) only with -v, in workers too
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "critical")
    from harvester.jobs.bulk.run import Started, run_bulk
    from harvester.jobs.bulk.show import FileCounter, opening, summary  # after the logging setting
    from harvester.progress import progress

    try:
        with progress("Reading files", unit="file", log=logging.getLogger("harvester.jobs.bulk")) as step:

            def started(start: Started) -> None:
                step.note(opening(start))
                step.set_total(start.files)

            report = run_bulk(
                files,
                out_dir,
                cluster=cluster,
                topic=topic,
                on_start=started,
                on_file=FileCounter(step),
            )
    except KeyboardInterrupt:
        click.echo("Interrupted; run the same command again to go on from the files finished.", err=True)
        sys.exit(130)
    click.echo(summary(report), err=True)
    for failure in report.failures:
        click.echo(f"Error: {failure}", err=True)
    if report.failures:
        sys.exit(EXIT_BAD_INPUT)


@cli.command("effects", epilog=example("harvester effects --input prompts.jsonl --output predictions.jsonl"))
@click.option(
    "--input",
    "input_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Prompts as JSON Lines: id, abstract, outcome, intervention, comparator.",
)
@click.option(
    "--output",
    "output_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the answers (JSON Lines); default: standard output.",
)
@click.option("--skip-invalid", is_flag=True, help="Warn about malformed lines and go on.")
def effects(input_path: Path, output_path: Path | None, skip_invalid: bool) -> None:
    """Did each intervention increase, decrease or not change its outcome? Cites the sentence."""
    from harvester.extract.reader.effects import predict_file, predict_to_path

    if output_path is None:
        report = predict_file(input_path, sys.stdout, skip_invalid=skip_invalid)
    else:
        report = predict_to_path(input_path, output_path, skip_invalid=skip_invalid)
    click.echo(f"{report.n_written} answers written, {report.n_skipped} invalid lines skipped.", err=True)


def main() -> None:
    """Console-script entry point."""
    try:
        cli.main(standalone_mode=True)
    except click.exceptions.Exit as exit_:
        sys.exit(exit_.exit_code)


__all__ = ["EXIT_BAD_INPUT", "cli", "main"]
