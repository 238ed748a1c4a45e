"""Labelled sets: a folder of drafts with a labels.yaml, or a JSON-lines file of tickets.

Each becomes a list of `Case`s: a parsed draft and the labels that apply to it. A label that is
`null` (or absent) does not apply to that case: the case is left out of that label's counts.
Anything unreadable is a DraftError or ConfigError naming the file and line (exit code 2).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from redlint.draft.compose import compose_draft
from redlint.draft.parse import Draft, decode_draft, read_draft
from redlint.errors import ConfigError, DraftError
from redlint.i18n import tr
from redlint.readfile import NotRegularFile, TooLarge, read_bounded
from redlint.yamltree import Mapping, Scalar, line_of, load_tree

LABELS_FILE = "labels.yaml"
# A labelled set or a mapping: generous, but a device is never read until memory runs out.
MAX_SET_BYTES = 256 * 1024 * 1024
# A JSON-lines ticket becomes a Support draft of this placeholder project.
PLACEHOLDER_PROJECT = "exemple"


def ticket_fields(title: str) -> dict[str, str]:
    """A labelled ticket's front matter: a Support ticket, assigned to Support."""
    return {"project": PLACEHOLDER_PROJECT, "tracker": "Support", "assigned_to": "Support",
            "title": title}
_TRUE, _FALSE = ("true", "True", "TRUE"), ("false", "False", "FALSE")


@dataclass(frozen=True, slots=True)
class Case:
    id: str  # the draft's file name, or "tickets.jsonl:12" for a JSON-lines record
    draft: Draft
    labels: dict[str, bool]  # only the labels that apply
    why: str = ""


@dataclass(frozen=True, slots=True)
class LabelledSet:
    path: str
    cases: tuple[Case, ...]


def load_set(path: str) -> LabelledSet:
    """The labelled set at `path`: a folder with labels.yaml, or a .jsonl file."""
    target = Path(path)
    if target.is_dir():
        return LabelledSet(path, tuple(_folder_cases(target)))
    if target.is_file():
        return LabelledSet(path, tuple(_jsonl_cases(target)))
    raise DraftError(tr("ni dossier étiqueté ni fichier JSON-lines : introuvable",
                        "neither a labelled folder nor a JSON-lines file: not found"), path=path)


# --- label -> rules mapping ------------------------------------------------------------------

def default_mapping_text() -> str:
    return resources.files("redlint.evaluate").joinpath(LABELS_FILE).read_text(encoding="utf-8")


def load_mapping(path: str | None = None) -> dict[str, tuple[str, ...]]:
    """label -> rule ids, from `path` or the shipped labels.yaml."""
    name = path or "redlint/evaluate/labels.yaml"
    if path is None:
        text = default_mapping_text()
    else:
        try:
            text = decode_draft(_read(Path(path), name, ConfigError), name)
        except FileNotFoundError:
            raise ConfigError(tr("fichier introuvable", "no such file"), path=name) from None
    tree = load_tree(text, name)
    if not isinstance(tree, Mapping) or not tree:
        raise ConfigError(tr("attendu : des lignes « étiquette: [règle, ...] »",
                             "expected 'label: [rule, ...]' lines"), path=name,
                          line=line_of(tree, 1))
    mapping = {}
    for label, rules in tree.items():
        if isinstance(rules, Scalar) and not rules.null:
            rules = [rules]
        if not isinstance(rules, list) or not all(isinstance(rule, Scalar) for rule in rules):
            raise ConfigError(tr(f"« {label} » : attendu une liste d'identifiants de règles",
                                 f"'{label}': expected a list of rule ids"), path=name,
                              line=line_of(label))
        mapping[str(label)] = tuple(str(rule) for rule in rules)
    return mapping


def _read(path: Path, name: str, error: type) -> bytes:
    """A set's or a mapping's bytes; `error` (one line naming the file) for anything but a
    missing file, which each caller words its own way."""
    try:
        return read_bounded(path, MAX_SET_BYTES)
    except NotRegularFile:
        raise error(tr("ce n'est pas un fichier ordinaire", "not a regular file"),
                    path=name) from None
    except TooLarge as exc:
        raise error(tr(f"fichier trop gros ({exc.size} octets, {MAX_SET_BYTES} au plus)",
                       f"file too large ({exc.size} bytes, at most {MAX_SET_BYTES})"),
                    path=name) from None
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise error(tr(f"lecture impossible : {exc.strerror}",
                       f"cannot read the file: {exc.strerror}"), path=name) from None


# --- a folder of drafts with labels.yaml ---------------------------------------------------

def _folder_cases(folder: Path):
    labels_path = folder / LABELS_FILE
    name = str(labels_path)
    try:
        text = decode_draft(_read(labels_path, name, DraftError), name)
    except FileNotFoundError:
        raise DraftError(tr("pas de labels.yaml dans ce dossier",
                            "no labels.yaml in this folder"), path=str(folder)) from None
    tree = load_tree(text, name)
    if not isinstance(tree, Mapping):
        raise ConfigError(tr("attendu : un nom de brouillon, puis ses étiquettes",
                             "expected a draft's file name, then its labels"), path=name,
                          line=line_of(tree, 1))
    for file_name, entry in tree.items():
        if not isinstance(entry, Mapping):
            raise ConfigError(tr(f"« {file_name} » : attendu des lignes « étiquette: true|false »",
                                 f"'{file_name}': expected 'label: true|false' lines"),
                              path=name, line=line_of(file_name))
        labels, why = {}, ""
        for key, value in entry.items():
            if key == "why":
                why = str(value) if isinstance(value, Scalar) else ""
                continue
            truth = _yaml_truth(value)
            if truth is _BAD:
                raise ConfigError(tr(f"« {key} » vaut true, false ou null",
                                     f"'{key}' must be true, false or null"),
                                  path=name, line=line_of(key))
            if truth is not None:
                labels[str(key)] = truth
        draft = read_draft(str(folder / str(file_name)))
        yield Case(str(file_name), draft, labels, why)


_BAD = object()


def _yaml_truth(value):
    if not isinstance(value, Scalar):
        return _BAD
    if value.null:
        return None
    if not value.quoted and value in _TRUE:
        return True
    if not value.quoted and value in _FALSE:
        return False
    return _BAD


# --- a JSON-lines file of tickets ------------------------------------------------------------

def _jsonl_cases(path: Path):
    name = str(path)
    try:
        data = _read(path, name, DraftError)
    except FileNotFoundError:
        raise DraftError(tr("fichier introuvable", "no such file"), path=name) from None
    text = decode_draft(data, name)
    read = 0  # tickets read so far
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            if not read:  # not JSON from the start: a draft or a YAML file given by mistake
                raise DraftError(tr("ni un fichier JSON-lines (un ticket JSON par ligne) ni un "
                                    "dossier avec labels.yaml : eval ne lit que ces deux formes",
                                    "neither a JSON-lines file (one JSON ticket per line) nor a "
                                    "folder with labels.yaml: eval reads only these two"),
                                 path=name, line=number) from None
            raise DraftError(tr("JSON invalide", f"invalid JSON: {exc.msg}"),
                             path=name, line=number, column=exc.colno) from None
        read += 1
        title, body, labels = _ticket_fields(record, name, number)
        case_id = f"{name}:{number}"
        draft = compose_draft(ticket_fields(title), body, path=case_id)
        yield Case(case_id, draft, labels, str(record.get("why") or ""))


def _ticket_fields(record, name: str, number: int) -> tuple[str, str, dict[str, bool]]:
    def bad(fr: str, en: str):
        return DraftError(tr(fr, en), path=name, line=number)

    if not isinstance(record, dict):
        raise bad("attendu un objet JSON par ligne", "expected one JSON object per line")
    title, body = record.get("title"), record.get("body")
    labels = record.get("labels")
    if not isinstance(title, str):
        raise bad("« title » manque ou n'est pas un texte", "'title' is missing or not a text")
    if body is not None and not isinstance(body, str):
        raise bad("« body » n'est pas un texte", "'body' is not a text")
    if not isinstance(labels, dict):
        raise bad("« labels » manque ou n'est pas un objet", "'labels' is missing or not an object")
    applying = {}
    for key, value in labels.items():
        if value is None:
            continue  # the label does not apply to this ticket
        if not isinstance(value, bool):
            raise bad(f"l'étiquette « {key} » vaut true, false ou null",
                      f"label '{key}' must be true, false or null")
        applying[key] = value
    return title, body or "", applying
