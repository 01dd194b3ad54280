"""``python -m harvester`` is the same as the ``harvester`` command."""

from harvester.cli import main

main()
