"""Turning a rule's YAML parameters into its type's typed Options record, or a clear error.

Every rule type declares `Options` as a dataclass; fields without a default are required, and
`_yaml_names` spells a field differently in YAML. Unknown keys are refused with a "did you
mean", values are converted by their declared type, and an Options `__post_init__` may raise
ValueError (a bad regex, say), reported at the rule's line.
"""

from __future__ import annotations

import dataclasses
import difflib
import types
import typing

from redlint.errors import ConfigError
from redlint.i18n import tr
from redlint.yamltree import Mapping, Scalar, Sequence, line_of


def suggest(word: str, choices) -> str:
    """' (did you mean "x"?)' when a choice is close to `word`, else ''."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return tr(f" (vouliez-vous dire « {close[0]} » ?)", f' (did you mean "{close[0]}"?)') \
        if close else ""


def build_options(cls, raw: dict, *, path: str, where: str, line: int | None):
    hints = typing.get_type_hints(cls)
    # A field may be spelled differently in YAML (`if` is a Python keyword).
    aliases = getattr(cls, "_yaml_names", {})
    fields = dataclasses.fields(cls)
    known = {aliases.get(f.name, f.name): f.name for f in fields}
    required = {f.name for f in fields
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
    for key in raw:
        if key not in known:
            hint = suggest(key, known)
            raise ConfigError(tr(f"{where} : option inconnue « {key} »{hint} ; les options sont : "
                                 f"{', '.join(known) or 'aucune'}",
                                 f"{where}: unknown option '{key}'{hint}; options are: "
                                 f"{', '.join(known) or 'none'}"),
                              path=path, line=line_of(key, line))
    values = {}
    for name, field in known.items():
        if name in raw:
            values[field] = convert(raw[name], hints[field], path=path,
                                    where=tr(f"{where} : l'option « {name} »",
                                             f"{where}: option '{name}'"), line=line)
        elif field in required:
            raise ConfigError(tr(f"{where} : il manque l'option « {name} »",
                                 f"{where}: missing option '{name}'"), path=path, line=line)
    try:
        return cls(**values)
    except (ValueError, TypeError) as exc:
        raise ConfigError(f"{where}{tr(' : ', ': ')}{exc}", path=path, line=line) from None


def convert(value, kind, *, path: str, where: str, line: int | None):
    line = line_of(value, line)
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)

    def fail(fr: str, en: str):
        raise ConfigError(tr(f"{where} doit être {fr}, pas {_show(value)}",
                             f"{where} must be {en}, got {_show(value)}"), path=path, line=line)

    if origin in (typing.Union, types.UnionType):
        if isinstance(value, Scalar) and value.null and type(None) in args:
            return None
        inner = [arg for arg in args if arg is not type(None)]
        return convert(value, inner[0], path=path, where=where, line=line)
    if kind is typing.Any:
        return value
    if kind is str:
        if not isinstance(value, Scalar):
            fail("un texte", "a text")
        return str(value)
    if kind is bool:
        if isinstance(value, Scalar) and value.lower() in ("true", "yes", "on", "false", "no", "off"):
            return value.lower() in ("true", "yes", "on")
        fail("true ou false", "true or false")
    if kind in (int, float):
        try:
            return kind(str(value)) if isinstance(value, Scalar) else fail("un nombre", "a number")
        except ValueError:
            if kind is int:
                fail("un nombre entier", "a whole number")
            fail("un nombre", "a number")
    if origin in (list, tuple):
        if isinstance(value, Scalar) and not value.null:
            value = [value]  # a single value where a list is expected: a list of one
        elif isinstance(value, dict) and dataclasses.is_dataclass(args[0]):
            value = [value]  # ...and so is a single case where a list of cases is
        elif isinstance(value, Scalar):
            value = []
        if not isinstance(value, list):
            fail("une liste", "a list")
        item = args[0]
        return tuple(convert(v, item, path=path, where=where, line=line) for v in value)
    if origin is dict:
        if not isinstance(value, dict):
            fail("des lignes « clé: valeur »", "a mapping of key: value")
        return {str(k): convert(v, args[1], path=path, where=f"{where}['{k}']", line=line)
                for k, v in value.items()}
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        if not isinstance(value, dict):
            fail("des lignes « clé: valeur »", "a mapping of key: value")
        return build_options(kind, value, path=path, where=where, line=line)
    raise TypeError(f"unsupported option type {kind!r}")  # a programming error, not the user's


def _show(value) -> str:
    if isinstance(value, Mapping):
        return tr("des lignes « clé: valeur »", "a mapping")
    if isinstance(value, Sequence):
        return tr("une liste", "a list")
    return tr(f"« {value} »", f"'{value}'")
