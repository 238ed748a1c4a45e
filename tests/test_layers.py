"""The package's layering, as README's "How redlint is built" tells it: no module imports a later
stage, and only redmine/ imports network code. Read from the source (every import, at the top
of a module or inside a function), not from what happens to be loaded at run time."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from tests_support import ROOT

PACKAGE = ROOT / "redlint"

# Low to high. A stage may import itself and the layers below it; never a later layer, nor a
# sibling of its own layer (evaluate/ and redmine/ know nothing of each other).
LAYERS = [
    ("redlint", "i18n"),  # redlint/__init__.py (the version), the language
    ("errors", "model", "atomic", "readfile", "userfiles"),
    ("matching", "yamltree"),
    ("draft",),
    ("rules",),
    ("config",),
    ("lint",),
    ("evaluate", "redmine"),
    ("audit",),
    ("output",),  # shows what the stages below produce: findings, an audit's results
    ("cli",),
    ("__main__",),  # python -m redlint
]
RANK = {stage: rank for rank, stages in enumerate(LAYERS) for stage in stages}

NETWORK = ("redminelib", "requests", "urllib3", "urllib.request", "http.client", "socket",
           "ssl", "httpx", "aiohttp")
NETWORK_STAGES = {"redmine"}


def stage_of(path: Path) -> str:
    """The stage of a file of the package: its folder, or the module's own name at the top."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return "redlint" if parts == ("__init__",) else parts[0]


def imports(source: str, module: str) -> list[tuple[int, str]]:
    """(line, imported module) for every import of `source`, the module `module` (dotted):
    relative imports resolved, `from a import b` read as both a and a.b."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = from_base(node, module)
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def from_base(node: ast.ImportFrom, module: str) -> str:
    """The module a `from ... import` reads from, relative imports resolved."""
    base = node.module or ""
    if node.level:
        package = module.rsplit(".", 1)[0]
        parent = package.split(".")[: len(package.split(".")) - node.level + 1]
        base = ".".join(parent + ([base] if base else []))
    return base


def imported_stage(name: str) -> str | None:
    """The stage an imported redlint module belongs to (None: not redlint's, or a mere name)."""
    parts = name.split(".")
    if parts[0] != "redlint":
        return None
    if len(parts) == 1:
        return "redlint"
    return parts[1] if parts[1] in RANK or (PACKAGE / parts[1]).exists() \
        or (PACKAGE / f"{parts[1]}.py").exists() else None


def problems(path: Path, source: str) -> list[str]:
    stage = stage_of(path)
    relative = path.relative_to(PACKAGE).with_suffix("")
    module = ".".join(("redlint", *relative.parts))
    if stage not in RANK:
        return [f"{relative}: stage {stage!r} is in no layer of LAYERS: place it"]
    found = {}  # one problem per line and kind: `from a.b import c` reads a.b and a.b.c
    for line, name in imports(source, module):
        target = imported_stage(name)
        if target is not None and target != stage:
            if target not in RANK:
                found[line, target] = f"{relative}:{line}: {name}: stage {target!r} is in no layer"
            elif RANK[target] >= RANK[stage]:
                found[line, target] = (f"{relative}:{line}: {stage} imports {name} (stage "
                                       f"{target}, not below it)")
        if stage not in NETWORK_STAGES and any(name == n or name.startswith(n + ".")
                                               for n in NETWORK):
            found[line, "network"] = f"{relative}:{line}: {name}: network code outside redmine/"
    return list(found.values())


FILES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_is_scanned():
    assert len(FILES) > 50 and {stage_of(path) for path in FILES} == set(RANK)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_imports_a_later_stage_nor_the_network(path):
    assert problems(path, path.read_text(encoding="utf-8")) == []


# The scan itself, on small invented sources: each line is (file, source, problems found).
CASES = [
    ("draft/kind.py", "from redlint.matching import fold\n", 0),
    ("draft/kind.py", "from redlint.draft.segments import segment\n", 0),
    ("draft/kind.py", "from redlint.rules.matching import fold\n", 1),
    ("draft/kind.py", "def f():\n    from redlint.rules import url\n", 1),  # lazy: still counted
    ("draft/kind.py", "import redlint.config.load\n", 1),
    ("draft/kind.py", "from redlint import output\n", 1),
    ("draft/kind.py", "from ..redmine import credentials\n", 1),  # relative
    ("draft/kind.py", "from . import segments\n", 0),
    ("yamltree.py", "from redlint.draft.frontmatter import NULLS\n", 1),
    ("matching.py", "from redlint.yamltree import NULLS\n", 1),  # siblings of one layer
    ("evaluate/score.py", "from redlint.redmine import names\n", 1),
    ("output/audit.py", "from redlint.audit.run import IssueResult\n", 0),
    ("audit/run.py", "from redlint.output import audit\n", 1),
    ("redmine/connection.py", "from redlint import __version__\n", 0),
    ("redmine/connection.py", "from redminelib import Redmine\n", 0),
    ("audit/source.py", "import requests\n", 1),
    ("draft/attachments.py", "from urllib import request\n", 1),
    ("rules/url.py", "from urllib.parse import urlsplit\n", 0),
    ("lint/check.py", "def f():\n    import socket\n", 1),
    ("newstage/x.py", "import os\n", 1),  # a new folder must be placed in LAYERS
]


@pytest.mark.parametrize("file, source, count", CASES)
def test_the_scan_finds_back_edges_and_network_imports(file, source, count):
    assert len(problems(PACKAGE / file, source)) == count



def module_of(file: str) -> tuple[str, str]:
    """(module, the dotted name relative imports start from) of a file of the package."""
    parts = Path(file).with_suffix("").parts
    dotted = ".".join(("redlint", *parts))
    return (dotted.removesuffix(".__init__"), dotted)


def import_graph(sources: dict[str, str]) -> dict[str, set[str]]:
    """module → the package's modules it imports (at the top or inside a function), from
    {file relative to the package: its source}. `from a import b` imports the module a.b when
    there is one, else a; a name is read as the longest module it starts with."""
    modules = {file: module_of(file) for file in sources}
    known = {module for module, _ in modules.values()}

    def longest(name: str) -> str | None:
        parts = name.split(".")
        return next((".".join(parts[:end]) for end in range(len(parts), 0, -1)
                     if ".".join(parts[:end]) in known), None)

    graph = {}
    for file, source in sources.items():
        module, dotted = modules[file]
        targets = set()
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Import):
                targets |= {longest(alias.name) for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                base = from_base(node, dotted)
                targets |= {f"{base}.{alias.name}" if f"{base}.{alias.name}" in known
                            else longest(base) for alias in node.names}
        graph[module] = targets - {None, module}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import cycles: each group of modules that import one another, directly or not."""
    found, order, low, stack = [], {}, {}, []

    def visit(module):  # Tarjan's strongly connected components
        order[module] = low[module] = len(order)
        stack.append(module)
        for target in sorted(graph.get(module, ())):
            if target not in order:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], order[target])
        if low[module] == order[module]:
            group = []
            while not group or group[-1] != module:
                group.append(stack.pop())
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph):
        if module not in order:
            visit(module)
    return found


def test_no_import_cycle_between_modules():
    """A cycle "broken" by an import inside a function is still a cycle: neither module can
    be read, or loaded, without the other."""
    sources = {str(path.relative_to(PACKAGE)): path.read_text(encoding="utf-8")
               for path in FILES}
    assert cycles(import_graph(sources)) == []


# The cycle finder on small invented packages: (files and their sources, cycles found).
CYCLE_CASES = [
    ({"a.py": "import redlint.b\n", "b.py": "import os\n"}, []),
    ({"a.py": "import redlint.b\n", "b.py": "from redlint.a import f\n"},
     [["redlint.a", "redlint.b"]]),
    ({"a.py": "import redlint.b\n", "b.py": "def g():\n    from redlint.a import f\n"},
     [["redlint.a", "redlint.b"]]),  # inside a function: still a cycle
    ({"a.py": "import redlint.b\n", "b.py": "import redlint.c\n", "c.py": "import redlint.a\n"},
     [["redlint.a", "redlint.b", "redlint.c"]]),
    ({"p/__init__.py": "from . import x\n", "p/x.py": "from redlint.p import y\n",
      "p/y.py": ""}, []),  # `from redlint.p import y`: the module y, not the package
    ({"p/__init__.py": "from . import x\n", "p/x.py": "from redlint.p import REGISTRY\n"},
     [["redlint.p", "redlint.p.x"]]),
]


@pytest.mark.parametrize("sources, expected", CYCLE_CASES)
def test_the_cycle_finder(sources, expected):
    assert cycles(import_graph(sources)) == expected
