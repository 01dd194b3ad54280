"""Evidence harvester for PubMed: saved searches in, a monthly evidence digest out.

Stages, in the order the data flows: queries -> entrez (search, fetch) -> pubmed (parse) -> store
-> extract -> report; ``jobs`` runs them for each command, ``cli`` parses the command line.
"""

from harvester.errors import HarvesterError
from harvester.models import Record
from harvester.settings import Settings

__version__ = "0.1.0"
__all__ = ["HarvesterError", "Record", "Settings", "__version__"]
