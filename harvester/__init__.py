"""Evidence harvester for PubMed: saved searches in, a monthly evidence digest out.

Stages, data flowing one way: queries -> entrez -> store -> pubmed (parse) -> extract -> report.
"""

from harvester.errors import HarvesterError
from harvester.models import Record
from harvester.settings import Settings

__version__ = "0.1.0"
__all__ = ["HarvesterError", "Record", "Settings", "__version__"]
