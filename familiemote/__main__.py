import sys

from familiemote.cli import main

sys.exit(main())
