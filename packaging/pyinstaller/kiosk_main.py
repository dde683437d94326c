"""The frozen app's entry point: the same CLI as ``kiosk`` from a checkout."""

from kiosk.cli import main

raise SystemExit(main())
