"""``python -m benchmarks PATHS…``: the same as ``python benchmarks/bench.py PATHS…``."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
