"""Vocabularies: term lists kept in plain text files, named from rules files as `vocab:NAME`.

A vocabulary file `NAME.txt` holds one term per line; blank lines and lines starting with `#`
are ignored, spaces around a term too. A term is written as in a rules file (a word or phrase,
a `*` ending a stem, `re:` starting a regex); the option that names the vocabulary decides what
its lines mean.

In a rules file, `vocab:NAME` stands where a list of terms is expected, as a YAML alias of
that list would:
- as an option's whole value (`terms: vocab:urgency`), it is the list itself;
- as an item of a list of terms (`terms: [vocab:urgency, au plus vite]`), its terms take its
  place; in a list of lists (`if: [vocab:anomaly, vocab:anomaly-mild]`), it is one of them.

In a `vocabularies/` folder, vocabulary `NAME` is up to three files, read in this order:
`fr/NAME.txt` (French terms), `en/NAME.txt` (English ones) and `NAME.txt` (terms of both
languages, or of none: codes, addresses, brands). Order matters only where two terms match at
one place: the earlier one is the one quoted. The split is for the people who edit the lists: a
rule matches a draft against all of them, whatever its language, since French writers paste
English error messages.

`NAME` is looked up in the `vocabularies/` folder next to the rules file that names it, then in
redlint's own (redlint/policy/vocabularies/): a user's `vocabularies/urgency.txt` (or
`vocabularies/fr/urgency.txt`) beside their `.redlint.yaml` replaces the whole default `urgency`
list, in both languages, wherever that file names `vocab:urgency`.
"""

from __future__ import annotations

import dataclasses
import os
import types
import typing
from functools import lru_cache
from pathlib import Path

from redlint.errors import ConfigError
from redlint.i18n import LANGS, tr
from redlint.readfile import NotRegularFile, TooLarge, read_bounded
from redlint.matching import PatternError, compile_regex
from redlint.yamltree import Mapping, Scalar, Sequence, line_of

PREFIX = "vocab:"
FOLDER = "vocabularies"
MAX_BYTES = 1 << 20  # a vocabulary is a list of words, not a data dump
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_")


def default_folder() -> Path:
    return Path(__file__).resolve().parents[1] / "policy" / FOLDER


def vocabulary_files(folder: Path, name: str) -> list[Path]:
    """The files of vocabulary `name` in `folder`, in reading order: one per language
    (`fr/NAME.txt`, `en/NAME.txt`), then `NAME.txt`; those that exist."""
    files = [*(folder / lang / f"{name}.txt" for lang in LANGS), folder / f"{name}.txt"]
    return [file for file in files if file.exists()]


def folder_files(folder: Path) -> list[Path]:
    """Every vocabulary file of `folder`, in all languages."""
    return sorted(file for pattern in ("*.txt", *(f"{lang}/*.txt" for lang in LANGS))
                  for file in folder.glob(pattern))


def resolve_vocabularies(raw: dict, options_type: type, path: str) -> dict:
    """The raw options of a rule of `options_type`, each `vocab:NAME` replaced by its terms.

    `path` is the rules file naming them (its folder is searched first). Options unknown to
    the type are left as they are, for build_options to refuse.
    """
    hints = typing.get_type_hints(options_type)
    aliases = getattr(options_type, "_yaml_names", {})
    fields = {aliases.get(f.name, f.name): f.name for f in dataclasses.fields(options_type)}
    resolved = _like(raw, Mapping())
    for key, value in raw.items():
        field = fields.get(key)
        resolved[key] = _resolve(value, hints[field], path) if field else value
    return resolved


def vocabulary_names(raw: dict) -> dict[str, tuple[str, ...]]:
    """The vocabularies named by each option of `raw`, in order (`()` for an option naming none)."""
    def names(value) -> list[str]:
        if _is_reference(value):
            return [value[len(PREFIX):].strip()]
        if isinstance(value, dict):
            return [name for element in value.values() for name in names(element)]
        if isinstance(value, list):
            return [name for element in value for name in names(element)]
        return []

    return {str(key): tuple(dict.fromkeys(names(value))) for key, value in raw.items()}


def _resolve(value, kind, path: str):
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        inner = [arg for arg in args if arg is not type(None)]
        return _resolve(value, inner[0], path)
    if origin in (list, tuple):
        if _is_reference(value):
            return _terms(value, path)
        if not isinstance(value, list):
            return value
        item, items = args[0], _like(value, Sequence())
        for element in value:
            if _is_reference(element):
                terms = _terms(element, path)
                if item is str:  # in a list of terms, its terms
                    items.extend(terms)
                else:  # in a list of lists of terms, one of the lists
                    items.append(terms)
                continue
            _refuse_spaced_reference(element, path)
            items.append(_resolve(element, item, path))
        return items
    if origin is dict and isinstance(value, dict):
        resolved = _like(value, Mapping())
        for key, element in value.items():
            resolved[key] = _resolve(element, args[1], path)
        return resolved
    if isinstance(kind, type) and dataclasses.is_dataclass(kind) and isinstance(value, dict):
        return resolve_vocabularies(value, kind, path)
    return value


def _is_reference(value) -> bool:
    return isinstance(value, Scalar) and value.startswith(PREFIX)


def _refuse_spaced_reference(value, path: str) -> None:
    """`- vocab: urgency` is YAML for a mapping: say how to write the reference."""
    if isinstance(value, dict) and len(value) == 1 and next(iter(value)) == "vocab":
        name = next(iter(value.values()))
        raise ConfigError(tr(f"écrivez « vocab:{name} », sans espace après les deux-points",
                              f"write 'vocab:{name}', without a space after the colon"),
                          path=path, line=line_of(value))


def _terms(reference: Scalar, path: str) -> Sequence:
    name = reference[len(PREFIX):].strip()
    if not name or not set(name) <= _NAME_CHARS:
        raise ConfigError(tr(f"nom de vocabulaire invalide « {name} » : lettres minuscules, "
                              "chiffres et tirets",
                              f"invalid vocabulary name '{name}': lower-case letters, digits "
                              "and hyphens"), path=path, line=line_of(reference))
    folders = [Path(path).parent / FOLDER, default_folder()]
    for folder in dict.fromkeys(folders):  # the default rules' folder is the default one
        files = vocabulary_files(folder, name)
        if files:
            break
    else:
        searched = ", ".join(str(folder) for folder in dict.fromkeys(folders))
        raise ConfigError(tr(f"vocabulaire « {name} » introuvable : ni {name}.txt, ni "
                              f"fr/{name}.txt, ni en/{name}.txt (cherché dans : {searched})",
                              f"vocabulary '{name}' not found: no {name}.txt, fr/{name}.txt or "
                              f"en/{name}.txt (looked in: {searched})"),
                          path=path, line=line_of(reference))
    terms = Sequence()
    for file in files:
        for number, term in read_vocabulary(str(file)):
            scalar = Scalar(term)
            scalar.line, scalar.column, scalar.quoted, scalar.null = number, 1, True, False
            terms.append(scalar)
    return _like(reference, terms)


@lru_cache(maxsize=128)
def _read(file: str, size: int, mtime: int) -> tuple[tuple[int, str], ...]:
    try:
        data = read_bounded(file, MAX_BYTES)
    except NotRegularFile:
        raise ConfigError(tr("un vocabulaire est un fichier texte ordinaire",
                             "a vocabulary must be a regular text file"), path=file) from None
    except TooLarge as exc:
        raise ConfigError(tr(f"vocabulaire trop gros ({exc.size} octets ; {MAX_BYTES} au plus)",
                             f"vocabulary too large ({exc.size} bytes; at most {MAX_BYTES})"),
                          path=file) from None
    except OSError as exc:
        raise ConfigError(tr(f"lecture du vocabulaire impossible : {exc.strerror}",
                              f"cannot read the vocabulary: {exc.strerror}"), path=file) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(tr("ce vocabulaire n'est pas en UTF-8", "this vocabulary is not "
                              "UTF-8 text"), path=file, line=data.count(b"\n", 0, exc.start) + 1) \
            from None
    terms = []
    for number, row in enumerate(text.splitlines(), 1):
        term = row.strip()
        if not term or term.startswith("#"):
            continue
        if term.startswith(PREFIX):
            raise ConfigError(tr("un vocabulaire ne peut pas en nommer un autre",
                                  "a vocabulary cannot name another one"), path=file, line=number)
        terms.append((number, term))
    _check_patterns(terms, file)
    return tuple(terms)


def read_vocabulary(file: str) -> tuple[tuple[int, str], ...]:
    """(line number, term) of each term of the vocabulary file, its `re:` terms checked."""
    try:
        info = os.stat(file)
    except OSError as exc:
        raise ConfigError(tr(f"lecture du vocabulaire impossible : {exc.strerror}",
                              f"cannot read the vocabulary: {exc.strerror}"), path=file) from None
    return _read(file, info.st_size, info.st_mtime_ns)


def _check_patterns(terms: list[tuple[int, str]], file: str) -> None:
    """A faulty `re:` term is reported at its line (all compiled as one first: it is quicker)."""
    patterns = [(number, term[3:]) for number, term in terms if term.startswith("re:")]
    try:
        if patterns:
            compile_regex("|".join(f"(?:{pattern})" for _, pattern in patterns), capture=False)
        return
    except PatternError:
        pass
    for number, pattern in patterns:
        try:
            compile_regex(pattern, capture=False)
        except PatternError as exc:
            raise ConfigError(str(exc), path=file, line=number) from None


def _like(original, copy):
    """`copy` with the line and column of `original`, for error messages."""
    copy.line, copy.column = line_of(original), getattr(original, "column", None)
    return copy
