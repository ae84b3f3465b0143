"""Benchmarks: run with `python -m bench.engine` from the repository root (see README.md)."""
