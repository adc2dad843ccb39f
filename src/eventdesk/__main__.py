"""``python -m eventdesk`` runs the command line."""

from eventdesk.cli import main

main()
