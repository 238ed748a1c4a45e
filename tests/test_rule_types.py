"""Meta-tests: every rule type has the same shape, every default rule is documented."""

from __future__ import annotations

import dataclasses
import re

import pytest
from tests_support import ROOT

from redlint.draft.segments import KINDS as SEGMENT_KINDS
from redlint.rules import REGISTRY
from redlint.config.rulecache import load_ruleset

DEFAULT = load_ruleset()
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_rule_type_module_shape(name):
    module = REGISTRY[name].module
    assert module.NAME == name
    assert module.__name__.rsplit(".", 1)[1] == name.replace("-", "_")  # type = module name
    assert dataclasses.is_dataclass(module.Options)  # immutable, typed, validated at load
    assert module.Options.__dataclass_params__.frozen
    assert module.DEFAULT_SCOPE and module.SCOPES
    assert module.DEFAULT_SEGMENTS is None or set(module.DEFAULT_SEGMENTS) <= set(SEGMENT_KINDS)
    assert callable(module.check)
    doc = module.__doc__ or ""
    assert doc.startswith(f"{name}:"), "the docstring opens with the type's name"
    assert "FAIL" in doc and "PASS" in doc, "the docstring shows an example"
    for option in (f.name for f in dataclasses.fields(module.Options)):
        key = getattr(module.Options, "_yaml_names", {}).get(option, option)
        assert f"`{key}`" in doc, f"option {key} is documented"


@pytest.mark.parametrize("rule", DEFAULT.rules, ids=lambda rule: rule.id)
def test_default_rule_is_complete_and_documented(rule):
    assert set(rule.message) == {"fr", "en"}
    assert set(rule.summary) == {"fr", "en"}
    for texts in rule.messages.values():
        assert set(texts) == {"fr", "en"}
    assert rule.examples.get("bad") and rule.examples.get("good")
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.id)
    assert f"`{rule.id}`" in README, "every default rule is in the README"
    assert (ROOT / "examples" / f"bad-{rule.id}.md").is_file(), "every rule has a bad example"
