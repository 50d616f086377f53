"""newsclean's benchmark tool: quality and speed over any corpus, against baselines, in one run.

Run it as ``python benchmarks/bench.py PATHS…`` or ``python -m benchmarks PATHS…`` from a checkout.
One module per job:

- :mod:`benchmarks.readers`: what a path holds (gold pairs, the public benchmark's layout, its
  scraped-text variants, plain folders, JSONL) as :class:`~benchmarks.readers.Dataset` objects;
- :mod:`benchmarks.systems`: newsclean and the baselines, by name and input format;
- :mod:`benchmarks.metrics`: per-document scores (4-gram shingles, token accuracy, set F1, diffs);
- :mod:`benchmarks.quality`: a dataset's scores for every system, and newsclean's detail;
- :mod:`benchmarks.speed`: interleaved timing, linear cost, replication and ``--jobs`` scaling;
- :mod:`benchmarks.memory`: peak memory of one system in a fresh process, and the streaming test;
- :mod:`benchmarks.targets`: the project's speed and memory targets, measured / target / pass;
- :mod:`benchmarks.gate`: the quality floors (``--check``, ``--update-floors``);
- :mod:`benchmarks.report`, :mod:`benchmarks.chart`: terminal table, Markdown, PNG;
- :mod:`benchmarks.cli`: the command line that runs it all (its progress bar is the command's,
  :class:`newsclean.batch.Progress`).
"""
