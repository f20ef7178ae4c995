"""PyInstaller entry script for the ciworkshop bundle."""

from ciworkshop.cli import main

raise SystemExit(main())
