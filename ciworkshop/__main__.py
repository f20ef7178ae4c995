from ciworkshop.cli import main

raise SystemExit(main())
