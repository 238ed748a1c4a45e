"""Measuring the rules on labelled sets: how often each label and each rule is right.

`sets` reads labelled folders and JSON-lines files into cases, `score` lints them and counts,
`report` renders the counts; `redlint eval` and benchmarks/quality.py both use these.
"""
