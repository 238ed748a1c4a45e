"""Paths shared by tests (importable: tests/ is on sys.path under pytest)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
