"""PubMed's record formats read into ``Record``: XML (EFetch, baseline, updates) and MEDLINE text.

- ``files``: the one place a record file is opened, gunzipped and its format told;
- ``records``: every record of a file, whichever format;
- ``xml`` and ``article``: streaming PubMed XML, and one record element;
- ``medline``: MEDLINE text (PubMed's "Save → PubMed format");
- ``fields``: dates and text rules both formats share.
"""

from harvester.pubmed.medline import parse_medline, parse_record_medline
from harvester.pubmed.records import iter_records
from harvester.pubmed.xml import SAFE_PARSING, iter_deleted_pmids, parse_record_xml, parse_xml

__all__ = [
    "SAFE_PARSING",
    "iter_deleted_pmids",
    "iter_records",
    "parse_medline",
    "parse_record_medline",
    "parse_record_xml",
    "parse_xml",
]
