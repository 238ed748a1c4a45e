"""Message placeholders are checked when the rules load: never a crash while linting."""

from __future__ import annotations

import pytest

from redlint.config.load import load_file
from redlint.config.placeholders import OFFERED
from redlint.config.ruleset import default_rules_path
from redlint.errors import ConfigError
from redlint.rules import REGISTRY

RULE = """extends: none
rules:
  probe:
    type: forbidden-patterns
    scope: title
    patterns: [urgent]
    message:
      fr: "ok {{found}}"
      en: {message}
"""


@pytest.mark.parametrize("message, words", [
    ('"{found.x}"', "'{found.x}': only the name is allowed"),
    ('"{found[x]}"', "'{found[x]}': only the name is allowed"),
    ('"{found[0]}"', "'{found[0]}': only the name is allowed"),
    ('"{found:>99999999999}"', "'{found:>99999999999}': only the name is allowed"),
    ('"{found!r}"', "'{found!r}': only the name is allowed"),
    ('"{found:{found}}"', "only the name is allowed"),
    ('"{value}"', "unknown placeholder '{value}'; placeholders of this type: {found}"),
    ('"{0}"', "unknown placeholder '{0}'"),
    ('"{}"', "unknown placeholder '{}'"),
    ('"open { brace"', "single brace"),
    ('"close } brace"', "single brace"),
])
def test_unsafe_placeholders_are_one_config_error_at_load(write, message, words):
    path = write(".redlint.yaml", RULE.format(message=message))
    with pytest.raises(ConfigError) as caught:
        load_file(path)
    text = str(caught.value)
    assert text.startswith(f"{path}:9: rule 'probe': message.en: ") and words in text, text
    assert "\n" not in text


@pytest.mark.parametrize("message", ['"{found}"', '"{found:>20}"', '"{{found}} {found:<5}"',
                                     '"no placeholder"'])
def test_safe_placeholders_load(write, message):
    assert load_file(write(".redlint.yaml", RULE.format(message=message))).get("probe")


def test_every_rule_type_has_its_placeholders_and_the_defaults_use_only_those():
    assert set(OFFERED) == set(REGISTRY)
    load_file(default_rules_path())  # raises if a default message names another placeholder
