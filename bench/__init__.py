"""Benchmarks and dev scorers: run as scripts (python bench/NAME.py), never as tests."""
