"""The E-utilities client: ESearch and EFetch with rate limit, retries, HTTP cache and checks.

- ``client``: ``EntrezClient``, every request through one rate-limited, retried, cached path;
- ``answers``: which E-utilities answers are usable, read into plain values.
"""

from harvester.entrez.client import EntrezClient, FetchResult, SearchResult

__all__ = ["EntrezClient", "FetchResult", "SearchResult"]
