"""YAML for configuration files, with the line of every value kept for error messages.

Scalars stay strings (`Scalar`): each option is converted by its declared type later, so YAML
1.1's `no` → False and `1.10` → 1.1 never happen behind the writer's back.
"""

from __future__ import annotations

import yaml

from redlint.errors import ConfigError, RedlintError

# libyaml's parser is ten times faster than pure Python: it matters for start-up time.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Scalar(str):
    line: int
    column: int
    quoted: bool
    null: bool


class Mapping(dict):
    line: int
    column: int


class Sequence(list):
    line: int
    column: int


def compose(text: str, error: type[RedlintError], path: str, *, first_line: int, what: str,
            hint: str = "") -> yaml.Node | None:
    """yaml.compose, a YAML error becoming `error` with the line in the file (the text starts
    on line `first_line` of the file)."""
    try:
        return yaml.compose(text, Loader=LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = f"{what}: {exc.problem or exc.context}"
        if exc.context_mark and exc.problem_mark and exc.context_mark.line != exc.problem_mark.line:
            message += f" ({exc.context} on line {exc.context_mark.line + first_line})"
        raise error(message + hint, path=path,
                    line=mark.line + first_line if mark else None) from None
    except yaml.YAMLError as exc:
        raise error(f"{what}: {exc}{hint}", path=path, line=first_line) from None


def load_tree(text: str, path: str):
    for number, row in enumerate(text.splitlines(), 1):
        if "\t" in row[:len(row) - len(row.lstrip(" \t"))]:
            raise ConfigError("tab used for indentation: indent with spaces",
                              path=path, line=number)
    root = compose(text, ConfigError, path, first_line=1, what="not valid YAML",
                   hint=" (check the indentation and the quotes)")
    return None if root is None else _convert(root, path)


def _convert(node: yaml.Node, path: str):
    if isinstance(node, yaml.ScalarNode):
        value = Scalar(node.value)
        # libyaml's loader gives a plain scalar the style '', the pure-Python one None.
        value.quoted = bool(node.style)
        value.null = not node.style and node.value in ("", "~", "null", "Null", "NULL")
    elif isinstance(node, yaml.SequenceNode):
        value = Sequence(_convert(item, path) for item in node.value)
    elif isinstance(node, yaml.MappingNode):
        value = Mapping()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise ConfigError("keys must be plain words", path=path,
                                  line=key_node.start_mark.line + 1)
            if key_node.value in value:
                raise ConfigError(f"'{key_node.value}' is given twice", path=path,
                                  line=key_node.start_mark.line + 1)
            key = Scalar(key_node.value)
            key.line, key.column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            key.quoted, key.null = False, False
            value[key] = _convert(value_node, path)
    else:  # pragma: no cover - PyYAML has no other node kind
        raise ConfigError("unsupported YAML", path=path, line=node.start_mark.line + 1)
    value.line = node.start_mark.line + 1
    value.column = node.start_mark.column + 1
    return value


def line_of(value, default: int | None = None) -> int | None:
    return getattr(value, "line", default)
