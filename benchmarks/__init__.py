"""Benchmarks run by ``make bench``: start-up, per-edit commit latency, resident memory.

``python -m benchmarks`` prints a table of figures, each against the target from the issue,
marked PASS or MISS. The figures are informational: the command exits 0 on a MISS and
non-zero only when a benchmark could not run at all. Nothing is written into the repository;
every file a benchmark needs lives in a temporary folder that is removed afterwards.
"""
