"""redlint.text: folding keeps offsets; vocabularies find stems, phrases, symbols and typos."""

from __future__ import annotations

import pytest

from redlint.text import (
    PatternError,
    compile_regex,
    fold,
    quoted_spans,
    term_regex,
    vocabulary,
)


@pytest.mark.parametrize("text, folded", [
    ("Événement À Noël", "evenement a noel"),
    ("Cœur d’Œuvre", "cour d'ouvre"),
    ("« Urgent » – “vite”", '" urgent " - "vite"'),
    ("prix\u00a0: 3\u202f€", "prix : 3 €"),
    ("ÇA NE MARCHE PAS", "ca ne marche pas"),
    ("🔥 URGENT ‼", "🔥 urgent ‼"),
    ("Ｈelp！", "ｈelp!"),
])
def test_fold(text, folded):
    assert fold(text) == folded
    assert len(fold(text)) == len(text)  # offsets in the folded text are offsets in the file


def find(terms, text, typos=False):
    return [m.text for m in vocabulary(tuple(terms), typos).finditer(fold(text), text)]


@pytest.mark.parametrize("terms, text, found", [
    # stems
    (["urgen*"], "URGENT, urgente, Urgences", ["URGENT", "urgente", "Urgences"]),
    (["urgen*"], "insurgent", []),  # words stay whole
    # phrases: any spaces or punctuation between their words
    (["au plus vite"], "AU PLUS VITE ! au-plus-vite, au plus  vite",
     ["AU PLUS VITE", "au-plus-vite", "au plus  vite"]),
    (["au plus vite"], "au\nplus vite", []),  # a phrase does not run over lines
    # apostrophes and hyphens in a term are separators too
    (["d'urgence"], "numéro d’urgence, d urgence", ["d’urgence", "d urgence"]),
    (["ras-le-bol"], "Ras le bol !", ["Ras le bol"]),
    # symbols and punctuation runs are terms too
    (["🔥"], "Paiement🔥 cassé 🔥", ["🔥", "🔥"]),
    (["⚠"], "⚠️ attention", ["⚠"]),
    (["!!!"], "vite !!! et !!", ["!!!"]),
    (["enfin !"], "Enfin! enfin ! enfin, bref", ["Enfin!", "enfin !"]),
    # raw regexes
    (["re:\\bp[0-9]\\b"], "ticket P1 et p12", ["P1"]),
])
def test_vocabulary(terms, text, found):
    assert find(terms, text) == found


@pytest.mark.parametrize("term, text, found", [
    ("inadmissible", "inadmisible", True),     # a letter missing
    ("inadmissible", "inadmmissible", True),   # a letter added
    ("inadmissible", "inadmissable", True),    # a letter changed
    ("inadmissible", "inadmsisible", True),    # two letters swapped
    ("inadmissible", "inadmisable", False),    # two typos
    ("inadmissib*", "inadmisibles", True),     # stems too
    ("toujours pas", "toujour pas", True),     # and words of phrases
    ("toujours pas", "toujours pa", False),    # short words (under 7 letters) stay exact
    ("urgent", "argent", False),               # 6 letters: exact only
])
def test_typos(term, text, found):
    assert bool(find([term], text, typos=True)) is found
    assert find([term], text, typos=False) == ([text] if term.rstrip("*") == text else [])


def test_offsets_map_back_to_the_original_text():
    text = "Réf. 12 — « TRÈS URGENT » : écrit à l’arrache, au-plus-vite"
    matches = list(vocabulary(("urgent", "au plus vite", "a l'arrache")).finditer(fold(text), text))
    assert [(m.start, m.end, m.text) for m in matches] == [
        (17, 23, "URGENT"), (34, 45, "à l’arrache"), (47, 59, "au-plus-vite")]
    assert all(text[m.start:m.end] == m.text for m in matches)


def test_term_regex_boundaries():
    assert term_regex("urgen*") == r"\burgen[a-z0-9]*\b"
    assert term_regex("re:a|b") == "a|b"
    assert term_regex("🔥") == "🔥"  # no word boundary around a symbol
    assert "urgence" in term_regex("urgence", typos=False)


@pytest.mark.parametrize("text, quoted", [
    ("Le statut « Urgent » n'apparaît pas", ["« Urgent »"]),
    ('Le choix "urgence" et le champ “priorité”', ['"urgence"', "“priorité”"]),
    ("The 'Urgent' flag is hidden", [" 'Urgent' "]),
    ("L'urgence d'aujourd'hui", []),  # apostrophes are not quotes
    ("« URGENT : tout est cassé", []),  # an unclosed quote is not a mention
])
def test_quoted_spans(text, quoted):
    assert [text[s:e] for s, e in quoted_spans(fold(text))] == quoted


def test_compile_regex_explains_unsupported_patterns():
    with pytest.raises(PatternError, match="look-arounds"):
        compile_regex("(?!x)")
    assert compile_regex("a+").search("caat")


def test_a_long_text_matches_in_linear_time():
    vocab = vocabulary(("toujours pas", "inadmissib*", "re:(a+)+b"), True)
    text = fold("a" * 200_000 + " toujour pas " * 20_000)
    assert len(list(vocab.finditer(text))) == 20_000


@pytest.mark.parametrize("term, text, found", [
    ("deception", "reception", False),      # the first letter is never a typo
    ("deception", "decpetion", True),
    ("lamentab*", "lamentait", False),       # a stem keeps its last letter: not « lamenta* »
    ("lamentab*", "lamantable", True),
    ("=infernal*", "internal", False),       # `=`: spelled right or not at all
    ("=infernal*", "infernale", True),
    ("infernal*", "internal", True),
])
def test_typos_spare_other_words(term, text, found):
    assert bool(find([term], text, typos=True)) is found
