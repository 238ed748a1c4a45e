"""Reading rules files: the default policy (policy/default.yaml), user files that `extends`
it, validated at the door, into a redlint.config.ruleset.RuleSet.

A rules file (the default one or a `.redlint.yaml`) has these top-level keys:

    extends: default           # or a path, or a list of them; `none` starts empty
    projects:                  # per Redmine project settings
      ville-exemple:
        project_manager: [cdp, Camille Dupont]
    redmine: {...}             # settings sections: see redlint.config.settings
    support_hours: {...}
    rules:
      rule-id: {type: ..., level: ..., scope: ..., when: ..., segments: [...],
                unless_found_by: [...], score: {...}, message: {fr: ..., en: ...}, ...}
      other-id: warning        # change a level
      third-id: off            # disable

`segments` lists the kinds of segments of the description a rule reads (prose, heading,
field, list, checkbox, quote, signature, code, log, table, comment; or `all`), its type's
default otherwise. `when: {kind: ...}` tests the ticket's kind (anomaly, object-question,
general-question, change-request), `when: {tracker: Support}` a field (exactly, case aside),
`{not: ...}` reversed, `{like: ...}` forgiving one typo (« Suport »), `{unlike: ...}` both
(neither the value nor a typo of it). `unless_found_by:
[rule-id, ...]`: the rule is not evaluated on a draft where one of these rules reported a
finding; rules are evaluated in that order. `score: {model: NAME, drop_below: 0.1,
report_above: 0.98}`: a learned score overrules the rule where it is very sure
(redlint.config.scores, redlint.lint.score; `score: off` switches it off); the findings it
reports take `messages.score`, with the placeholders `{score}` and `{words}`.

An option taking a list of terms may name vocabularies, `vocab:NAME` (text files, see
redlint.config.vocabularies).

Once loaded, everything is a typed, frozen value: rule types never see raw YAML.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from redlint.draft.kind import KINDS as TICKET_KINDS
from redlint.draft.segments import KINDS as SEGMENT_KINDS
from redlint.errors import ConfigError
from redlint.i18n import tr
from redlint.model import Level
from redlint.readfile import NotRegularFile, TooLarge, read_bounded
from redlint.config.options import build_options, convert, suggest
from redlint.config.placeholders import SCORE_PLACEHOLDERS, check_placeholders
from redlint.config.scores import Score
from redlint.config.settings import SECTIONS, section
from redlint.rules import REGISTRY
from redlint.config.ruleset import (
    Condition,
    ProjectSettings,
    Rule,
    RuleSet,
    default_rules_path,
)
from redlint.config.vocabularies import resolve_vocabularies, vocabulary_names
from redlint.yamltree import Mapping, Scalar, line_of, load_tree

DEFAULT = "default"
TOP_LEVEL_KEYS = ("extends", "projects", *SECTIONS, "rules")
RULE_KEYS = ("type", "level", "scope", "when", "message", "messages", "summary", "examples",
             "enabled", "segments", "unless_found_by", "score")
LANGUAGES = ("fr", "en")
_OFF = ("off", "disable", "disabled", "false", "no")
# The default rules.yaml is about 60 KB: a rules file larger than this is a mistake (or
# /dev/zero), and `extends` deeper than this a loop in disguise.
MAX_FILE_BYTES = 1_000_000
MAX_EXTENDS_DEPTH = 20


def load_file(path: Path) -> RuleSet:
    """Read and validate the rules file at `path`, with everything it extends."""
    return _in_dependency_order(_load_file(path, base=None, seen=()))


def _read_rules_text(path: Path, name: str) -> str:
    """The text of a rules file: a regular file of bounded size, or a one-line ConfigError."""
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except NotRegularFile:
        raise ConfigError(tr("un fichier de règles doit être un fichier ordinaire (pas un "
                             "dossier, un tube ou un périphérique)",
                             "a rules file must be a regular file (not a folder, a pipe "
                             "or a device)"), path=name) from None
    except TooLarge as exc:
        raise ConfigError(tr(f"fichier de règles trop gros ({exc.size} octets, "
                             f"{MAX_FILE_BYTES} au plus)",
                             f"rules file too large ({exc.size} bytes, at most "
                             f"{MAX_FILE_BYTES})"), path=name) from None
    except FileNotFoundError:
        raise ConfigError(tr("fichier de règles introuvable", "rules file not found"),
                          path=name) from None
    except OSError as exc:  # a symlink loop (ELOOP), no permission...
        raise ConfigError(tr(f"lecture du fichier de règles impossible : "
                             f"{exc.strerror or exc}",
                             f"cannot read the rules file: {exc.strerror or exc}"),
                          path=name) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ConfigError(tr("le fichier de règles n'est pas en UTF-8",
                             "the rules file is not UTF-8"), path=name, line=line) from None


def _load_file(path: Path, base: RuleSet | None, seen: tuple[Path, ...],
               via: tuple[tuple[str, int | None], ...] = ()) -> RuleSet:
    name = str(path)
    try:
        text = _read_rules_text(path, name)  # before resolve(): it fails on a symlink loop
    except ConfigError as exc:
        if not via or exc.line is not None:
            raise
        where, line = via[-1]  # point at the `extends:` that named the file
        raise ConfigError(tr(f"« extends » {name} : {exc.message}",
                             f"'extends' {name}: {exc.message}"), path=where, line=line) from None
    resolved = path.resolve()
    if resolved in seen:
        chain = " -> ".join([p.name for p in seen[seen.index(resolved):]] + [resolved.name])
        where, line = via[-1] if via else (name, None)
        raise ConfigError(tr(f"« extends » revient en boucle : {chain}",
                             f"'extends' loops back: {chain}"), path=where, line=line)
    if len(seen) > MAX_EXTENDS_DEPTH:
        where, line = via[-1] if via else (name, None)
        raise ConfigError(tr(f"plus de {MAX_EXTENDS_DEPTH} fichiers enchaînés par « extends »",
                             f"more than {MAX_EXTENDS_DEPTH} files chained by 'extends'"),
                          path=where, line=line)
    tree = load_tree(text, name)
    if tree is None:
        tree = Mapping()
        tree.line = 1
    if not isinstance(tree, dict):
        keys = ", ".join(TOP_LEVEL_KEYS)
        raise ConfigError(tr(f"un fichier de règles est fait de lignes « clé: valeur » ; "
                             f"clés : {keys}",
                             f"a rules file is a mapping with keys {keys}"),
                          path=name, line=line_of(tree, 1))
    for key in tree:
        if key not in TOP_LEVEL_KEYS:
            keys = ", ".join(TOP_LEVEL_KEYS)
            raise ConfigError(tr(f"clé inconnue « {key} »{suggest(key, TOP_LEVEL_KEYS)} ; "
                                 f"les clés sont : {keys}",
                                 f"unknown key '{key}'{suggest(key, TOP_LEVEL_KEYS)}; "
                                 f"keys are: {keys}"),
                              path=name, line=line_of(key))

    is_default = resolved == default_rules_path().resolve()
    ruleset = base or RuleSet(rules=())
    if not is_default:
        line = line_of(tree.get("extends"), 1)
        for parent in _extends(tree, path):
            if parent is None:
                continue
            target = default_rules_path() if parent == DEFAULT else parent
            ruleset = _load_file(target, base=ruleset, seen=seen + (resolved,),
                                 via=via + ((name, line),))

    rules = {rule.id: rule for rule in ruleset.rules}
    raw_rules = tree.get("rules") or {}
    if not isinstance(raw_rules, dict):
        raise ConfigError(tr("« rules » associe à chaque identifiant de règle ses réglages",
                             "'rules' must map rule ids to their settings"),
                          path=name, line=line_of(raw_rules))
    for rule_id, raw in raw_rules.items():
        rules[str(rule_id)] = _rule(str(rule_id), raw, rules.get(str(rule_id)), name,
                                    line_of(rule_id))
    projects = dict(ruleset.projects)
    for project, settings in _mapping(tree, "projects", name).items():
        projects[str(project)] = build_options(
            ProjectSettings, settings if isinstance(settings, dict) else {}, path=name,
            where=tr(f"projet « {project} »", f"project '{project}'"), line=line_of(settings))
    raw_settings = dict(ruleset.raw_settings)
    settings = dict(ruleset.settings)
    for key in SECTIONS:
        if key in tree:  # this file's keys over those of the files it extends, validated here
            written = _mapping(tree, key, name)
            merged = Mapping({**raw_settings.get(key, {}), **written})
            merged.line = line_of(tree[key], line_of(key))
            raw_settings[key] = merged
            settings[key] = section(key, merged, path=name)
    return RuleSet(
        rules=tuple(rules.values()),
        projects=projects,
        settings=settings,
        sources=ruleset.sources + (name,),
        raw_settings=raw_settings,
    )


def _extends(tree: dict, path: Path) -> list:
    raw = tree.get("extends", Scalar(DEFAULT))
    items = raw if isinstance(raw, list) else [raw]
    parents = []
    for item in items:
        if not isinstance(item, str):
            raise ConfigError(tr("« extends » prend « default », « none » ou un chemin",
                                 "'extends' takes 'default', 'none' or a path"), path=str(path),
                              line=line_of(item))
        if item in (DEFAULT, "none"):
            parents.append(DEFAULT if item == DEFAULT else None)
        else:
            parents.append((path.parent / item))
    return parents


def _mapping(tree: dict, key: str, name: str) -> dict:
    value = tree.get(key) or {}
    if not isinstance(value, dict):
        raise ConfigError(tr(f"« {key} » doit contenir des lignes « clé: valeur »",
                             f"'{key}' must be a mapping"), path=name, line=line_of(value))
    return value


def _rule(rule_id: str, raw, previous: Rule | None, path: str, line: int | None) -> Rule:
    where = tr(f"règle « {rule_id} »", f"rule '{rule_id}'")
    if isinstance(raw, Scalar):  # shorthand: `rule-id: off` or `rule-id: warning`
        if previous is None:
            raise ConfigError(tr(f"{where} n'est pas une règle connue : donnez-lui un « type »",
                                 f"{where} is not a known rule, so it needs a 'type'"),
                              path=path, line=line)
        if raw.lower() in _OFF:
            return replace(previous, enabled=False, source=path)
        if raw.lower() in ("on", "enable", "enabled", "true", "yes"):
            return replace(previous, enabled=True, source=path)
        return replace(previous, level=_level(raw, where, path, line), source=path)
    if not isinstance(raw, dict):
        raise ConfigError(tr(f"{where} prend des réglages « clé: valeur », un niveau, ou « off »",
                             f"{where} must be a mapping of settings, a level, or 'off'"),
                          path=path, line=line)

    type_name = str(raw.get("type", previous.type if previous else ""))
    if not type_name:
        types = ", ".join(REGISTRY)
        raise ConfigError(tr(f"{where} a besoin d'un « type » : {types}",
                             f"{where} needs a 'type': one of {types}"),
                          path=path, line=line)
    if type_name not in REGISTRY:
        types, hint = ", ".join(REGISTRY), suggest(type_name, REGISTRY)
        raise ConfigError(tr(f"{where} : type inconnu « {type_name} »{hint} ; "
                             f"les types sont : {types}",
                             f"{where}: unknown type '{type_name}'{hint}; types are: {types}"),
                          path=path, line=line_of(raw.get("type"), line))
    rule_type = REGISTRY[type_name]
    same_type = previous is not None and previous.type == type_name
    option_keys = {k: v for k, v in raw.items() if k not in RULE_KEYS}
    named = vocabulary_names(option_keys)
    option_keys = resolve_vocabularies(option_keys, rule_type.Options, path)
    if same_type and option_keys:
        # Overriding some options of a rule keeps the others it had.
        merged = dict(previous.raw_options)
        merged.update(option_keys)
        option_keys = merged
    elif same_type:
        option_keys = previous.raw_options
    options = build_options(rule_type.Options, option_keys, path=path, where=where, line=line)

    scope = str(raw.get("scope", previous.scope if same_type else rule_type.DEFAULT_SCOPE))
    if not rule_type.accepts_scope(scope):
        raise ConfigError(tr(f"{where} : la portée « {scope} » ne convient pas au type "
                             f"« {type_name} » ; utilisez {rule_type.scopes_help('ou')}",
                             f"{where}: scope '{scope}' does not suit type '{type_name}'; "
                             f"use {rule_type.scopes_help('or')}"), path=path,
                          line=line_of(raw.get("scope"), line))
    message = _texts(raw.get("message"), f"{where}: message", path, line) if "message" in raw \
        else (previous.message if previous else None)
    if not message:
        raise ConfigError(tr(f"{where} a besoin d'un « message » en « fr » et/ou en « en »",
                             f"{where} needs a 'message' with 'fr' and/or 'en'"), path=path,
                          line=line)
    messages = dict(previous.messages) if previous else {}
    for key, texts in (raw.get("messages") or {}).items():
        messages[str(key)] = _texts(texts, f"{where}: messages.{key}", path, line)
    score = _score(raw["score"], where, path, line) if "score" in raw \
        else (previous.score if same_type else None)
    if score is not None and "score" not in messages:
        raise ConfigError(tr(f"{where} : « score » demande un message « messages.score »",
                             f"{where}: 'score' needs a 'messages.score' message"), path=path,
                          line=line_of(raw.get("score"), line))
    for key, texts in (("message", message), *((f"messages.{k}", v) for k, v in messages.items())):
        for lang, text in texts.items():
            check_placeholders(type_name, text, where=f"{where}: {key}.{lang}", path=path,
                               line=line_of(_raw_text(raw, key, lang), line),
                               extra=SCORE_PLACEHOLDERS if key == "messages.score" else ())
    return Rule(
        id=rule_id,
        type=type_name,
        level=_level(raw["level"], where, path, line) if "level" in raw
        else (previous.level if previous else Level.WARNING),
        scope=scope,
        options=options,
        message=message,
        messages=messages,
        when=_conditions(raw["when"], where, path, line) if "when" in raw
        else (previous.when if previous else ()),
        summary=_texts(raw["summary"], f"{where}: summary", path, line) if "summary" in raw
        else (previous.summary if previous else {}),
        examples=convert(raw["examples"], dict[str, str], path=path, where=f"{where}: examples",
                         line=line) if "examples" in raw else (previous.examples if previous else {}),
        enabled=convert(raw["enabled"], bool, path=path, where=f"{where}: enabled", line=line)
        if "enabled" in raw else True,
        segments=_segments(raw["segments"], where, path, line) if "segments" in raw
        else (previous.segments if same_type else rule_type.DEFAULT_SEGMENTS),
        unless_found_by=convert(raw["unless_found_by"], tuple[str, ...], path=path,
                                where=f"{where}: unless_found_by", line=line)
        if "unless_found_by" in raw else (previous.unless_found_by if previous else ()),
        score=score,
        source=path,
        line=line,
        raw_options=option_keys,
        vocabularies={option: names for option, names in
                      {**(previous.vocabularies if same_type else {}), **named}.items() if names},
    )


def _score(raw, where: str, path: str, line: int | None) -> Score | None:
    """`score: {model: ..., ...}`, or `off` (as a whole rule is switched off) or null: none."""
    if isinstance(raw, Scalar) and raw.lower() in _OFF:
        return None
    return convert(raw, Score | None, path=path, where=f"{where}: score", line=line)


def _raw_text(raw: dict, key: str, lang: str):
    """The YAML value a message came from (for its line), or None."""
    value = raw.get(key) if key == "message" else (raw.get("messages") or {}).get(key[9:])
    return value.get(lang, value) if isinstance(value, dict) else value


def _level(raw, where: str, path: str, line: int | None) -> Level:
    try:
        return Level(str(raw).lower())
    except ValueError:
        raise ConfigError(tr(f"{where} : le niveau « {raw} » n'est pas error, warning ou info",
                             f"{where}: level '{raw}' is not one of error, warning, info"),
                          path=path, line=line_of(raw, line)) from None


def _texts(raw, where: str, path: str, line: int | None) -> dict[str, str]:
    if isinstance(raw, Scalar):
        return {lang: str(raw) for lang in LANGUAGES}
    texts = convert(raw, dict[str, str], path=path, where=where, line=line)
    for lang in texts:
        if lang not in LANGUAGES:
            raise ConfigError(tr(f"{where} : la langue « {lang} » n'est pas fr ou en",
                                 f"{where}: language '{lang}' is not one of fr, en"), path=path,
                              line=line_of(raw, line))
    return texts


def _conditions(raw, where: str, path: str, line: int | None) -> tuple[Condition, ...]:
    if not isinstance(raw, dict):
        raise _bad_when(where, path, line_of(raw, line))
    conditions = []
    for key, value in raw.items():
        # {not: X} reversed, {like: X} one typo forgiven, {unlike: X} both: none of X, nor a
        # typo of it (a ticket that is not Gestion de projet, « Gestion projet » being one)
        form = next(iter(value)) if isinstance(value, dict) and len(value) == 1 else None
        if isinstance(value, dict) and form not in ("not", "like", "unlike"):
            raise _bad_when(where, path, line_of(value, line))
        negate, typos = form in ("not", "unlike"), form in ("like", "unlike")
        if form is not None:
            value = value[form]
        values = convert(value, tuple[str, ...], path=path, where=f"{where}: when.{key}",
                         line=line)
        if key == "kind":  # computed from the text: only its four values make sense
            for kind in values:
                _known(kind, TICKET_KINDS, f"{where}: when.kind", path, line_of(value, line))
        conditions.append(Condition(str(key), values, negate, typos))
    return tuple(conditions)


def _bad_when(where: str, path: str, line: int | None) -> ConfigError:
    return ConfigError(tr(f"{where} : « when » associe à un champ une valeur, une liste, "
                          "{not: ...}, {like: ...} ou {unlike: ...}",
                          f"{where}: 'when' maps a field to a value, a list, {{not: ...}}, "
                          "{like: ...} or {unlike: ...}"), path=path, line=line)


def _known(name: str, names: tuple[str, ...], where: str, path: str, line: int | None) -> None:
    if name not in names:
        hint, listed = suggest(name, names), ", ".join(names)
        raise ConfigError(tr(f"{where} : « {name} » inconnu{hint} ; les valeurs sont : {listed}",
                             f"{where}: unknown '{name}'{hint}; values are: {listed}"),
                          path=path, line=line)


def _segments(raw, where: str, path: str, line: int | None) -> tuple[str, ...] | None:
    """`segments: [prose, list]`, or `all` (None: the rule reads the whole description)."""
    if isinstance(raw, Scalar) and str(raw) == "all":
        return None
    kinds = convert(raw, tuple[str, ...], path=path, where=f"{where}: segments", line=line)
    for kind in kinds:
        _known(kind, SEGMENT_KINDS, f"{where}: segments", path, line_of(raw, line))
    return kinds


def _in_dependency_order(ruleset: RuleSet) -> RuleSet:
    """The rules ordered so that each comes after those named in its `unless_found_by` (file
    order otherwise); an unknown id or a cycle is an error at the rule that names it."""
    rules = {rule.id: rule for rule in ruleset.rules}
    for rule in ruleset.rules:
        for other in rule.unless_found_by:
            if other not in rules:
                where = tr(f"règle « {rule.id} »", f"rule '{rule.id}'")
                raise ConfigError(tr(f"{where} : unless_found_by nomme une règle inconnue "
                                     f"« {other} »{suggest(other, rules)}",
                                     f"{where}: unless_found_by names an unknown rule "
                                     f"'{other}'{suggest(other, rules)}"),
                                  path=rule.source, line=rule.line)
    ordered: list[Rule] = []
    state: dict[str, str] = {}  # id -> "visiting" or "done"

    def visit(rule: Rule, trail: tuple[str, ...]) -> None:
        if state.get(rule.id) == "done":
            return
        if state.get(rule.id) == "visiting":
            loop = " → ".join(trail[trail.index(rule.id):] + (rule.id,))
            raise ConfigError(tr(f"unless_found_by tourne en rond : {loop}",
                                 f"unless_found_by goes round in a circle: {loop}"),
                              path=rule.source, line=rule.line)
        state[rule.id] = "visiting"
        for other in rule.unless_found_by:
            visit(rules[other], trail + (rule.id,))
        state[rule.id] = "done"
        ordered.append(rule)

    for rule in ruleset.rules:
        visit(rule, ())
    return replace(ruleset, rules=tuple(ordered))
