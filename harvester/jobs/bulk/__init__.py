"""``harvester extract --format parquet``: whole PubMed baselines on Dask, into Parquet datasets.

- ``inputs``: which files, in which order, and the manifest of those finished;
- ``parts``: one file's records, studies and findings parts, written on a worker;
- ``resolve``: later versions replace earlier ones, deletions remove them, across parts;
- ``run``: the Dask client: submit, follow, record, report (``run_bulk``).

Each is imported from its module. All but ``inputs`` need the ``scale`` extra
(``pip install 'evidence-harvester[scale]'``: dask.distributed and pyarrow), which the CSV
tables of ``harvester extract`` do without.
"""
