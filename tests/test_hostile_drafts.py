"""Drafts written to break redlint: crashes and hangs found by fuzzing (issue #7), and the
findings that came out wrong (misspelt disable ids, one problem reported three times)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from redlint.config.rulecache import load_ruleset
from redlint.draft.parse import parse_draft, read_draft
from redlint.lint.linter import lint, merge_overlapping
from redlint.model import Hit
from redlint.rules import url
from redlint.matching import fold

DEFAULT = load_ruleset()
REGRESSIONS = sorted((Path(__file__).parent / "regressions").glob("*.md"))
HEAD = ('---\nproject: ville-exemple\ntracker: Support\nassigned_to: Support\n'
        'title: "Le paiement en ligne échoue"\n---\n')
BOUND = 2.0  # seconds: generous on a busy machine; the inputs below took 40 s and more


def _lint_timed(text: str) -> float:
    start = time.perf_counter()
    lint(parse_draft(text), DEFAULT, "fr")
    return time.perf_counter() - start


def test_there_are_regression_inputs():
    assert len(REGRESSIONS) >= 4


@pytest.mark.parametrize("path", REGRESSIONS, ids=lambda p: p.name)
def test_regression_input_is_checked_quickly_without_crash(path):
    start = time.perf_counter()
    lint(read_draft(str(path)), DEFAULT, "en")
    assert time.perf_counter() - start < BOUND


PATHOLOGICAL = {  # name: body after a valid front matter
    "disable-then-spaces": "<!-- redlint-disable" + " " * 40_000,
    "disable-spaces-then-dashes": "<!--" + " " * 20_000 + "redlint-disable" + " " * 20_000 + "->",
    "unclosed-comments": "<!--" * 40_000,
    "unclosed-comments-words": "<!-- x " * 40_000,
    "many-disables": "<!-- redlint-disable title-length -->\n" * 20_000,
    "bold-unclosed": "**a" * 40_000,
    "fences": "```" * 40_000,
    "at-signs": "a@" * 40_000,
    "initials": "a." * 40_000,
    "brackets": "[" * 40_000 + "]" * 40_000,
    "url-brackets": "https://x.fr/?next=https://%5B" * 5_000,
    "address-runs": "a" * 40_000 + "@" + "b" * 40_000 + " " + "x@" * 20_000,
    "identifier-runs": "a_" * 40_000 + " " + "b" * 40_000 + "_",
    "quotes-unclosed": "« " * 40_000 + "\u201c " * 20_000,
    "long-line-no-stop": "mot " * 50_000,
    "one-long-word": "a" * 40_000,  # a pasted base64 image: no stop, no space
    "space-run": "a" + " " * 40_000 + "b",
    # a long list of notes telling nothing asked nor wrong, a newcomer's account now and then:
    # each item once looked back over all the items before it (10,000 items took 18 s)
    "notes-newcomers": "".join("- nouvel agent, compte régie\n" if i % 1000 == 999
                               else f"- ligne {i} valeur {i * 7}\n" for i in range(10_000)),
    # a problem, then thousands of short questions each opening on a marker: each was read
    # for its context as a request of its own, over the whole text (4,000 took 10 s)
    "many-other-requests": "Le paiement échoue depuis lundi. "
                           + "Aussi, pouvez-vous voir ? " * 4_000,
    # ...one line each, in one paragraph: each part once looked for its paragraph's end
    "many-other-requests-lines": "Le paiement échoue depuis lundi.\n"
                                 + "Par ailleurs, le champ refuse les images.\n" * 16_000,
    # one sentence of thousands of markers, each asking: each marker was weighed against the
    # whole sentence (1,500 took 4 s)
    "many-markers-one-sentence": "le plan ne marche pas "
                                 + "et aussi pouvez vous voir le logo " * 1_500,
    # one line of problems joined by "+", and one sentence of clauses joined by "et": each
    # joint once read what was told from the start of its line (5,000 took 6 s)
    "many-plus-one-line": "le plan ne marche pas " + "pdf flou + mails pas recus " * 5_000,
    "many-joined-clauses": "le plan ne marche pas "
                           + "et le logo ne s'affiche plus " * 5_000,
    # one paragraph of thousands of sentences and no line break, a marker in each: each
    # marker read the rest of the line for the point it opens (3,000 took 9 s)
    "many-markers-one-line": "".join(f"Le logo {i} reste flou. Par ailleurs, pouvez-vous "
                                     f"ajouter le champ {i} ? " for i in range(3_000)),
    # labels of a section addressed to support, none asking: each once read its section to
    # the text's end
    "many-addressed-labels": "Le paiement échoue depuis lundi.\n"
                             + "**Demande :** 12-345\n" * 16_000,
    # one line of thousands of sentences in bold: each span's line was read from its start
    # again, for a label or a sentence opening it (80,000 took 2.7 s)
    "bold-sentences-one-line": "**Mot.** " * 80_000,
    # a table of thousands of rows, each a problem: each row's words were weighed against
    # every row before it for a problem told again (9,000 took 3 s)
    "many-table-rows": "| # | demande | constat |\n|---|---|---|\n"
                       + "".join(f"| {i} | demande {i} | page blanche |\n" for i in range(9_000)),
    # thousands of headings: each looked ahead for the next one over all the lines after it
    # (36,000 took 3 s)
    "many-headings": "Le paiement échoue depuis lundi.\n"
                     + "".join(f"## Point {i}\n" for i in range(36_000)),
    # things announced with no colon, then thousands of lines on one subject: each pair of
    # lines was weighed for two subjects of their own (8,000 took 3.5 s)
    "announced-then-many-lines": "Deux remarques sur la démarche des salles.\n"
                                 + "Le champ salle ne marche pas.\n" * 8_000,
    # thousands of markers over sentences repeating numbers told: each sentence's numbers are
    # looked up where they first stand, not searched for again in all the text before it
    "many-numbers-told": "L'atelier de 12 places affiche complet avec 7 inscrits.\n"
                         + "De plus, le compteur ne marche plus : 12 / 12 pour 7 noms.\n"
                         * 6_000,
    # a list of thousands of asks, each with a marker and an address, no blank line between:
    # each marker read its paragraph, the rest of the list, for an address (6,000 took 5 s)
    "many-asks-one-list": "".join(f"- Merci d'ajouter au passage le régime {i} dans les "
                                  f"choix : https://d.fr/backoffice/forms/8/fields/{i}/\n"
                                  for i in range(6_000)),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_linear(name):
    assert _lint_timed(HEAD + PATHOLOGICAL[name]) < BOUND


# A description of 1 MB in one piece, each a shape whose regular expression once kept a place
# to return to for every character (about 130 bytes each): memory grew to 400 MB for 3 MB.
ONE_PIECE = {
    "one-word": HEAD + "a" * 1_000_000,
    "indented-line": HEAD + "Bonjour,\n\n    " + "Ceci est " * 111_111 + "\n",
    "single-quoted-title": HEAD.replace('"Le paiement en ligne échoue"', "'" + "a" * 1_000_000 + "'")
    + "Le paiement échoue.\n",
}
MEMORY_BOUND_MB = 110  # 1 MB of prose takes about 50; those shapes took 130 to 200


@pytest.mark.parametrize("name", sorted(ONE_PIECE))
def test_a_long_piece_without_breaks_takes_memory_in_proportion(name):
    import tracemalloc

    tracemalloc.start()
    try:
        lint(parse_draft(ONE_PIECE[name]), DEFAULT, "fr")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak / 1e6 < MEMORY_BOUND_MB


@pytest.mark.parametrize("address", [
    "https://x.fr/login?next=https://%5Bzz/x",
    "https://[zz/x",
    "https://x.fr/login?next=https%3A%2F%2F%5Bzz%2Fx",
    "https://x.fr/login?RelayState=https%253A%252F%252F%255B%252Fx",
    "x.fr/login?next=//[::1",
])
def test_url_that_urllib_refuses_is_classified_not_raised(address):
    assert url.classify(fold(address), DEFAULT.get("url-precise").options) in url.CLASSES


def _rules(text: str, lang: str = "en"):
    return [(f.rule, f.level.value, f.line, f.column, f.message)
            for f in lint(parse_draft(text), DEFAULT, lang)]


@pytest.mark.parametrize("comment, expected", [
    ("<!-- redlint-disable url-precis -->", [("url-precis", 22, "url-precise")]),
    ("<!-- redlint-disable title-length, tecnical-context -->",
     [("tecnical-context", 36, "technical-context")]),
    ("<!--redlint-disable   zzzzzzzz-->", [("zzzzzzzz", 23, None)]),
    ("<!-- redlint-disable url-precise, title-length -->", []),
    ("<!-- redlint-disabled url-precis -->", []),  # not a disable comment at all
])
def test_unknown_rule_in_a_disable_comment_is_a_warning(comment, expected):
    text = HEAD + "Bonjour.\n" + comment + "\n"
    found = [f for f in _rules(text) if f[0] == "redlint-disable"]
    assert [(f[1], f[2], f[3]) for f in found] == [("warning", 8, column)
                                                   for _, column, _ in expected]
    for (rule, _, suggestion), f in zip(expected, found):
        assert f'"{rule}"' in f[4]
        assert (f'did you mean "{suggestion}"' in f[4]) == bool(suggestion)


def test_disable_comment_positions_are_kept():
    draft = parse_draft("---\ntitle: x\n---\nText\n  <!-- redlint-disable a,b  c -->\n")
    assert [(d.rule, d.line, d.column) for d in draft.disables] == [
        ("a", 5, 24), ("b", 5, 26), ("c", 5, 29)]
    assert draft.disabled_rules == {"a", "b", "c"}


def test_a_shouted_title_of_discontent_is_one_finding():
    text = HEAD.replace("Le paiement en ligne échoue", "RIEN NE MARCHE") + "Bonjour.\n"
    assert [f[0] for f in _rules(text) if f[0] == "title-tone"] == ["title-tone"]


@pytest.mark.parametrize("spans, kept", [
    ([(0, 14), (0, 4), (0, 14)], [(0, 14)]),  # the first of the widest
    ([(0, 4), (2, 20)], [(2, 20)]),
    ([(0, 4), (4, 8)], [(0, 4), (4, 8)]),  # touching is not overlapping
    ([(5, 9), (0, 6), (20, 22)], [(0, 6), (20, 22)]),
    ([(0, 0), (0, 0)], [(0, 0), (0, 0)]),  # empty spans say "missing", not where
])
def test_overlapping_hits_merge(spans, kept):
    hits = [Hit(start, end, {"n": str(i)}) for i, (start, end) in enumerate(spans)]
    merged = merge_overlapping(hits)
    assert sorted((h.start, h.end) for h in merged) == kept
    if spans[0] == (0, 14):
        assert merged[0].values == {"n": "0"}


def test_a_long_term_with_typos_takes_little_memory():
    import tracemalloc

    from redlint.matching import TYPO_MAX_LENGTH, vocabulary

    term = "".join(chr(ord("a") + i % 26) for i in range(10_000))
    tracemalloc.start()
    try:
        found = vocabulary((term,), typos=True)
        found.spans(fold(term + " " + term[:-1]))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20e6  # it was quadratic: 94 MB for this term, 1.5 GB for 40,000 letters
    word = "b" + "c" * (TYPO_MAX_LENGTH - 1)  # the longest word that tolerates a typo
    assert vocabulary((word,), typos=True).spans(word[:-1] + "d")
    longer = word + "c"
    assert not vocabulary((longer,), typos=True).spans(longer[:-1] + "d")
    assert vocabulary((longer,), typos=True).spans(longer)


@pytest.mark.parametrize("text", ["---\ntitle: x\n---\nText\nmore", "---\ntitle: x\n---\n\n\nend\n"])
def test_a_line_of_the_draft_is_read_without_splitting_it_all(text):
    draft = parse_draft(text)
    lines = text.split("\n")
    assert draft.lines == tuple(lines)
    assert [draft.line(n) for n in range(len(lines) + 2)] == ["", *lines, ""]
