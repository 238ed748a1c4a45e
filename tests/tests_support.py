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


def own_rules(folder: Path, rules: str, **vocabularies: str):
    """A rule set of a test's own: `rules` (the YAML under `rules:`, extending nothing) in
    folder/.redlint.yaml, each vocabulary NAME=text in folder/vocabularies/NAME.txt."""
    import textwrap

    from redlint.config.rulecache import load_ruleset

    for name, text in vocabularies.items():
        (folder / "vocabularies").mkdir(parents=True, exist_ok=True)
        (folder / "vocabularies" / f"{name}.txt").write_text(text, encoding="utf-8")
    path = folder / ".redlint.yaml"
    path.write_text("extends: none\nrules:\n" + textwrap.indent(textwrap.dedent(rules), "  "),
                    encoding="utf-8")
    return load_ruleset(path)


def refusal(path: Path):
    """The one-line ConfigError, in English, that loading the rules file `path` raises (the
    test fails if the file loads)."""
    import pytest

    from redlint import i18n
    from redlint.config.rulecache import load_ruleset
    from redlint.errors import ConfigError

    i18n.use("en")
    with pytest.raises(ConfigError) as caught:
        load_ruleset(path)
    return caught.value
