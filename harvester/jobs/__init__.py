"""What the command line runs, one module a command, each over the stages before it.

- ``harvest``: a saved search against PubMed into the store;
- ``imports`` and ``import_pool``: record files into the store (large XML on two cores);
- ``export``: the store's records as JSONL or CSV;
- ``digest``: the monthly job: harvest, extract, report;
- ``tables``: ``harvester extract``, a researcher's own files straight to the digest's tables.
- ``bulk``: ``harvester extract --format parquet``, whole PubMed baselines on Dask into Parquet.

Each is imported from its module, so a command loads only what it needs.
"""
