"""Benchmark newsclean: quality on gold data, speed against baselines, scaling, a quality gate.

    python benchmarks/bench.py corpus/                       # quality, speed, scaling
    python benchmarks/bench.py corpus ../shared/eval --jobs 2 --stream-test 100000 \\
        --markdown report.md --chart report.png --json results.json
    python benchmarks/bench.py corpus ../shared/seeds ../shared/eval --no-speed --no-baselines \\
        --check benchmarks/floors.toml                      # the CI gate (no timing)

``python benchmarks/bench.py --help`` lists every option; :mod:`benchmarks` describes the modules.
"""

import sys
from pathlib import Path

if __name__ == "__main__":
    # Run as a script from any directory: import the ``benchmarks`` package from the checkout,
    # and not this folder's modules as top-level ones (``sys.path[0]`` is this script's folder).
    _HERE = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
    sys.path.insert(0, str(_HERE.parent))

    from benchmarks.cli import main

    sys.exit(main())
