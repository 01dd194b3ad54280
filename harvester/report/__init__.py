"""The digest and its companion files, rendered from plain views of the records and extractions.

- ``view``: ``DigestInput`` → ``DigestView``, everything the templates show, decided here;
- ``text``, ``citations``, ``feed``, ``tables``: sentences, AMA/APA/RIS/BibTeX/CSL-JSON, Atom, CSV;
- ``render``: the Jinja2 templates (``templates/``);
- ``files``: every output file of one digest, written atomically.
"""
