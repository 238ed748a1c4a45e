"""Paths shared by tests (importable: tests/ is on sys.path under pytest)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def type_options(rule_type, text: str):
    """A rule type's Options from YAML text, validated as a rules file would be."""
    from redlint.config.options import build_options
    from redlint.yamltree import load_tree

    return build_options(rule_type.Options, load_tree(text, "rules.yaml"), path="rules.yaml",
                         where="rule 'x'", line=1)
