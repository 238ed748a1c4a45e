"""YAML for configuration files (and the front matters PyYAML must read), with the line of every
value kept for error messages.

Scalars stay strings (`Scalar`): each option is converted by its declared type later, so YAML
1.1's `no` → False and `1.10` → 1.1 never happen behind the writer's back.
"""

from __future__ import annotations

from redlint.errors import ConfigError, RedlintError
from redlint.i18n import tr

# PyYAML (10 ms to import) is imported by the functions that parse (`yaml.Node` in annotations
# is never evaluated): redlint.draft.frontmatter reads most front matters without it, and takes
# NULLS from here.
NULLS = frozenset(("", "~", "null", "Null", "NULL"))  # plain texts YAML reads as null


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


# PyYAML's words for the usual mistakes, in French for French writers (others stay English).
_PROBLEMS_FR = {
    "mapping values are not allowed in this context":
        "deux-points inattendu (mettez entre guillemets une valeur qui contient « : »)",
    "mapping values are not allowed here":
        "deux-points inattendu (mettez entre guillemets une valeur qui contient « : »)",
    "did not find expected key": "une clé était attendue ici (vérifiez l'indentation)",
    "could not find expected ':'": "un deux-points était attendu après la clé",
    "found unexpected end of stream": "le guillemet fermant manque",
    "did not find expected ',' or ']'": "« , » ou « ] » attendu : la liste n'est pas fermée",
    "did not find expected ',' or '}'": "« , » ou « } » attendu : le bloc n'est pas fermé",
    "found undefined alias": "alias (*…) inconnu",
    "found character that cannot start any token":
        "caractère qui ne peut pas commencer une valeur (tabulation, @ ou `) : mettez la valeur "
        "entre guillemets",
    "found unknown escape character": "séquence inconnue après une barre oblique inverse",
    "did not find expected '-' indicator": "un élément de liste « - » était attendu",
    "did not find expected <document start>": "contenu inattendu après la fin",
    "but found another document": "une ligne « --- » de trop",
}
_CONTEXTS_FR = {
    "while parsing a block mapping": "lignes « clé: valeur » commencées",
    "while scanning a simple key": "clé commencée",
    "while scanning a quoted scalar": "texte entre guillemets commencé",
    "while parsing a quoted scalar": "texte entre guillemets commencé",
    "while parsing a flow sequence": "liste commencée",
    "while parsing a flow mapping": "bloc commencé",
    "while parsing a block collection": "liste commencée",
}


def compose(text: str, error: type[RedlintError], path: str, *, first_line: int, what: str,
            hint: str = "") -> yaml.Node | None:
    """yaml.compose, a YAML error becoming `error` with the line in the file (the text starts
    on line `first_line` of the file), worded in the chosen language."""
    import yaml

    # libyaml's parser is ten times faster than pure Python: it matters for start-up time.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or ""
        message = f"{what}{tr(' : ', ': ')}{tr(_PROBLEMS_FR.get(problem, problem), problem)}"
        if exc.context_mark and exc.problem_mark and exc.context_mark.line != exc.problem_mark.line:
            context, line = exc.context or "", exc.context_mark.line + first_line
            message += tr(f" ({_CONTEXTS_FR.get(context, context)} ligne {line})",
                          f" ({context} on line {line})")
        raise error(message + hint, path=path,
                    line=mark.line + first_line if mark else None) from None
    except yaml.reader.ReaderError as exc:  # a control character: say which, on one line
        # (its position is in bytes for libyaml, in characters for PyYAML: look it up)
        known = isinstance(exc.character, int)
        index = text.find(chr(exc.character)) if known else -1
        line = text.count("\n", 0, max(index, 0)) + first_line
        code = f"#x{exc.character:04X}" if known else "?"
        raise error(f"{what}{tr(' : ', ': ')}" + tr(
            f"caractère {code} interdit (un caractère de contrôle) : supprimez-le",
            f"unacceptable character {code} (a control character): remove it") + hint,
            path=path, line=line) from None
    except yaml.YAMLError as exc:
        one_line = " ".join(str(exc).split())
        raise error(f"{what}{tr(' : ', ': ')}{one_line}{hint}", path=path,
                    line=first_line) from None


# A rules file is a few hundred values: these bounds only stop a file built to blow up (an
# alias bomb expands a 500-byte file to billions of values; `a: &a [*a]` never ends).
MAX_VALUES = 100_000
MAX_DEPTH = 100


def load_tree(text: str, path: str):
    for number, row in enumerate(text.splitlines(), 1):
        if "\t" in row[:len(row) - len(row.lstrip(" \t"))]:
            raise ConfigError(tr("tabulation dans l'indentation : indentez avec des espaces",
                                 "tab used for indentation: indent with spaces"),
                              path=path, line=number)
    root = compose(text, ConfigError, path, first_line=1,
                   what=tr("YAML invalide", "not valid YAML"),
                   hint=tr(" (vérifiez l'indentation et les guillemets)",
                           " (check the indentation and the quotes)"))
    return None if root is None else _convert(root, path, [0], ())


def _too_big(node: yaml.Node, path: str, fr: str, en: str) -> ConfigError:
    return ConfigError(tr(fr, en), path=path, line=node.start_mark.line + 1)


def _convert(node: yaml.Node, path: str, count: list[int], parents: tuple):
    import yaml

    count[0] += 1
    if count[0] > MAX_VALUES:
        raise _too_big(node, path, f"plus de {MAX_VALUES} valeurs (des alias *… qui se "
                       "multiplient ?) : un fichier de règles n'en a besoin que de quelques "
                       "centaines", f"more than {MAX_VALUES} values (aliases *… multiplying?): "
                       "a rules file needs a few hundred")
    if any(node is parent for parent in parents):
        raise _too_big(node, path, "un alias (*…) se contient lui-même",
                       "an alias (*…) contains itself")
    if len(parents) >= MAX_DEPTH:
        raise _too_big(node, path, f"plus de {MAX_DEPTH} niveaux d'imbrication",
                       f"more than {MAX_DEPTH} levels of nesting")
    inner = parents + (node,)
    if isinstance(node, yaml.ScalarNode):
        value = Scalar(node.value)
        # libyaml's loader gives a plain scalar the style '', the pure-Python one None.
        value.quoted = bool(node.style)
        value.null = not node.style and node.value in NULLS
    elif isinstance(node, yaml.SequenceNode):
        value = Sequence(_convert(item, path, count, inner) for item in node.value)
    elif isinstance(node, yaml.MappingNode):
        value = Mapping()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise ConfigError(tr("les clés sont des mots simples", "keys must be plain words"),
                                  path=path, line=key_node.start_mark.line + 1)
            if key_node.value in value:
                raise ConfigError(tr(f"« {key_node.value} » est donné deux fois",
                                     f"'{key_node.value}' is given twice"), path=path,
                                  line=key_node.start_mark.line + 1)
            key = Scalar(key_node.value)
            key.line, key.column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            key.quoted, key.null = False, False
            value[key] = _convert(value_node, path, count, inner)
    else:  # pragma: no cover - PyYAML has no other node kind
        raise ConfigError(tr("YAML non pris en charge", "unsupported YAML"), path=path,
                          line=node.start_mark.line + 1)
    value.line = node.start_mark.line + 1
    value.column = node.start_mark.column + 1
    return value


def line_of(value, default: int | None = None) -> int | None:
    return getattr(value, "line", default)
