"""redlint.matching: folding keeps offsets; vocabularies find stems, phrases, symbols and typos."""

from __future__ import annotations

import pytest

from redlint.matching import (
    PatternError,
    _Words,
    _grouped,
    address_spans,
    blanked,
    compile_regex,
    first_match,
    fold,
    quoted_spans,
    sentence_spans,
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
    assert term_regex("=infernal*") == term_regex("infernal*")


@pytest.mark.parametrize("text, quoted", [
    ("Le statut « Urgent » n'apparaît pas", ["« Urgent »"]),
    ('Le choix "urgence" et le champ “priorité”', ['"urgence"', "“priorité”"]),
    ("The 'Urgent' flag is hidden", [" 'Urgent' "]),
    ("L'urgence d'aujourd'hui", []),  # apostrophes are not quotes
    ("« URGENT : tout est cassé", []),  # an unclosed quote is not a mention
])
def test_quoted_spans(text, quoted):
    assert [text[s:e] for s, e in quoted_spans(fold(text))] == quoted


@pytest.mark.parametrize("text, addresses", [
    ("voir https://a.fr/b/12/. Merci", ["https://a.fr/b/12/"]),
    ("la liste (https://a.fr/x/) et [lien](http://a.fr/y)", ["https://a.fr/x/", "http://a.fr/y"]),
    ("<https://a.fr/z>, « https://a.fr/q » ou 'https://a.fr/r'",
     ["https://a.fr/z", "https://a.fr/q", "https://a.fr/r"]),
    ("www.ville.fr/demarches, puis **https://a.fr/gras**", ["www.ville.fr/demarches",
                                                            "https://a.fr/gras"]),
    ("| https://a.fr/t | ok |", ["https://a.fr/t"]),
    ("xhttps://a.fr/ ni awww.a.fr ni mailto:x@a.fr", []),
])
def test_address_spans(text, addresses):
    assert [text[start:end] for start, end in address_spans(text)] == addresses


@pytest.mark.parametrize("text, sentences", [
    ("Le PDF est vide. Merci !", ["Le PDF est vide.", " Merci !"]),
    ("M. Garnier a appelé. Rien.", ["M. Garnier a appelé.", " Rien."]),
    # an abbreviation of lone letters is no sentence's end: « P.S. », « N.B. », "e.g."
    ("Merci. P.S. : le logo aussi.", ["Merci.", " P.S. : le logo aussi."]),
    ("N.B. le champ reste vide.", ["N.B. le champ reste vide."]),
])
def test_sentence_spans(text, sentences):
    assert [text[start:end] for start, end in sentence_spans(fold(text))] == sentences


def test_compile_regex_explains_unsupported_patterns():
    with pytest.raises(PatternError, match="look-arounds"):
        compile_regex("(?!x)")
    assert compile_regex("a+").search("caat")


def test_a_faulty_term_is_named_as_written():
    with pytest.raises(PatternError) as caught:
        vocabulary(("urgent", "re:\\bvite", "re:(?=x)"))
    assert str(caught.value) == ("invalid pattern '(?=x)': invalid perl operator: (?= "
                                 "(look-arounds and back-references are not supported: they "
                                 "can take exponential time)")


def test_a_long_text_matches_in_linear_time():
    vocab = vocabulary(("toujours pas", "inadmissib*", "re:(a+)+b"), True)
    text = fold(" toujour pas " * 5_000 + "a" * 200_000 + " toujours pas " * 20_000)
    assert len(list(vocab.finditer(text))) == 25_000


def test_typos_are_put_right_in_the_prose_not_in_pasted_logs():
    from redlint.matching import TYPO_SCAN_LIMIT

    vocab = vocabulary(("inadmissible",), True)
    text = "inadmisible " + "x" * TYPO_SCAN_LIMIT + " inadmisible inadmissible"
    assert [m.start for m in vocab.finditer(text)] == [0, len(text) - len("inadmissible")]


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


@pytest.mark.parametrize("terms, text, found", [
    # the same word in another term that allows typos does not make an exact term loose
    (["priorite critique", "=critique"], "il faut critiquer", []),
    (["priorite critique", "=critique"], "une priorite critiqe", ["priorite critiqe"]),
    (["=envoi impossible", "rendez-vous impossible"], "envoi imposible", []),
    (["=envoi impossible", "rendez-vous impossible"], "envoi impossible", ["envoi impossible"]),
])
def test_an_exact_term_stays_exact_beside_a_loose_one(terms, text, found):
    assert [m.text for m in vocabulary(tuple(terms), True).finditer(fold(text))] == found


def one_regex(terms, text):
    """What a single RE2 regex of all the terms finds: what `Vocabulary` finds, only faster."""
    regex = compile_regex("|".join(f"(?:{term_regex(t)})" for t in terms))
    return [text[m.start():m.end()] for m in regex.finditer(fold(text)) if m.end() > m.start()]


@pytest.mark.parametrize("terms, text, found", [
    # phrase gaps: 1 to 3 characters other than letters and digits, on one line
    (["au plus vite"], "au plus vite, au - plus vite, au -- plus vite",
     ["au plus vite", "au - plus vite"]),
    (["au plus vite"], "au plus\nvite, au plus \n vite", []),
    (["de plus"], "de plus_ _de plus de_plus", ["de_plus"]),  # "_" is a word character for \b
    (["de plus"], "de+plus de🔥plus", ["de+plus", "de🔥plus"]),
    # stems: a whole word that starts with the stem, the stem itself included
    (["urgen*"], "urgen urgentissime insurgent urgent_", ["urgen", "urgentissime"]),
    (["tout de suit*"], "tout de suite, tout de suiteee, tout de s",
     ["tout de suite", "tout de suiteee"]),
    (["a*"], "b " + "a" * 3000 + " c", ["a" * 3000]),
    # a stem inside a phrase keeps the regex's own joint (see term_regex)
    (["bloqu* depuis"], "bloqué depuis, bloque\ndepuis", ["bloqué depuis", "bloque\ndepuis"]),
    # priority: leftmost first, then the earliest term; matches never overlap
    (["plus vite", "au plus"], "au plus vite", ["au plus"]),
    (["au plus", "au plus vite"], "au plus vite", ["au plus"]),
    (["au plus vite", "au plus"], "au plus vite", ["au plus vite"]),
    (["urgent*", "urgent"], "urgente urgent", ["urgente", "urgent"]),
    # plain terms and raw regexes together, ties broken by the order of the list
    (["re:\\bau \\w+", "au plus vite"], "au plus vite", ["au plus"]),
    (["au plus vite", "re:\\bau \\w+"], "au plus vite, au moins",
     ["au plus vite", "au moins"]),
    # a regex match hidden by a plain one does not hide the regex's next match
    (["abc", "re:c de", "re:ef"], "abc def", ["abc", "ef"]),
    (["re:x*", "abc"], "abc", []),  # an empty match takes the place, as in one regex
    (["abc", "re:x*"], "abc", ["abc"]),
    (["🔥", "re:ß+", "urgent"], "🔥 urgent ßß 🔥urgent", ["🔥", "urgent", "ßß", "🔥", "urgent"]),
    (["re:\\d+", "enfin !"], "à 10 h, enfin ! et 20", ["10", "enfin !", "20"]),
    (["re:ete", "ete"], "l'été, 🔥 l'été", ["été", "été"]),  # offsets after non-ASCII text
])
def test_vocabulary_finds_what_one_regex_of_its_terms_finds(terms, text, found):
    assert find(terms, text) == found == one_regex(terms, text)


@pytest.mark.parametrize("terms, text, found", [
    # a misspelt word stands for its right spelling, in a phrase too; spans stay as written
    (["ne marche toujours pas"], "Ça ne marche toujous pas.", ["ne marche toujous pas"]),
    (["toujours pas"], "toujours pas, toujuors pas, toujours pa",
     ["toujours pas", "toujuors pas"]),
    (["bloque depuis longtemp*"], "bloque depuis longtmeps", ["bloque depuis longtmeps"]),
    (["inadmissib*", "inacceptab*"], "Inadmisibles et inaceptable",
     ["Inadmisibles", "inaceptable"]),
    # raw regexes read the text as written, typos and all
    (["re:\\bse connect", "connecte en tant"], "se connecter, connecte en tant",
     ["se connect", "connecte en tant"]),
])
def test_typos_in_phrases_and_mixed_vocabularies(terms, text, found):
    assert find(terms, text, typos=True) == found


def test_a_pasted_log_of_a_megabyte_is_matched_whole():
    line = "error 2026 de plusieurs connecteurs_ko\n"
    vocab = vocabulary(("error", "re:\\b\\d{4}\\b", "de plus*", "connecteur*"), True)
    matches = list(vocab.finditer(fold(line * 30_000)))
    assert len(matches) == 3 * 30_000  # "connecteurs_ko" is no word: "_" is a word character
    assert matches[-1].text == "de plusieurs" and matches[-1].end == len(line) * 30_000 - 16


@pytest.mark.parametrize("terms, text, found", [
    ((("panne",), ("bug", "erreur")), "une erreur puis une panne", "erreur"),
    ((("panne",), ("bug", "erreur")), "une panne puis une erreur", "panne"),
    ((("re:\\bbug\\b",), ("bug",)), "un bug", "bug"),  # at one place, the earliest list
    ((("a",), ("b",)), "rien", None),
])
def test_first_match_across_lists_of_terms(terms, text, found):
    match = first_match(terms, fold(text), typos=False)
    assert (match.text if match else None) == found


def test_a_shared_list_is_one_vocabulary():
    shared = ("panne", "bug", "erreur")
    one, two = _grouped((shared, ("tiens",)), False), _grouped((("voila",), shared), False)
    assert one[0] is two[1]


@pytest.mark.parametrize("text, spans, expected", [
    ("le « nom » reste", [(3, 10)], "le         reste"),
    ("ab\ncd", [(1, 4)], "a \n d"),  # line breaks kept
    ("abcdef", [(1, 3), (2, 5)], "a    f"),  # overlapping spans
    ("abc", [], "abc"),
])
def test_blanked_turns_spans_into_spaces(text, spans, expected):
    assert blanked(text, spans) == expected


@pytest.mark.parametrize("text, spans", [
    ("un mot cache ici", [(3, 6)]),  # a whole word
    ("un motcache ici", [(5, 8)]),  # the middle of a word: two words are left
    ("de la de la de", [(0, 2), (6, 8)]),  # a word kept at some places only
    ("abc\ndef abc", [(2, 5)]),  # across a line
    ("x y", [(0, 3)]),  # everything
])
def test_the_index_of_a_blanked_text_is_derived_as_if_built_anew(text, spans):
    derived = _Words(text).blanked(blanked(text, spans), spans).where
    built = _Words(blanked(text, spans)).where
    assert {w: list(s) for w, s in derived.items()} == {w: list(s) for w, s in built.items()}


def test_a_long_blanked_text_finds_what_it_would_find_indexed_anew():
    text = fold("Le champ « Navigateur » est vide. Le nom de l'agent est faux.\n" * 20_000)
    spans = quoted_spans(text)
    vocab = vocabulary(("navigateur", "nom de", "champ"))
    assert len(text) > 1 << 20  # long enough for the index to be derived
    found = vocab.spans(blanked(text, spans))
    assert len(found) == 2 * 20_000 and found == vocab.spans(text.replace('" navigateur "', " " * 14))


@pytest.mark.parametrize("share, derived", [(0.1, True), (0.9, False)])
def test_a_long_text_mostly_blanked_is_indexed_anew(monkeypatch, share, derived):
    # Mending the index word by word pays when little was blanked; when most was, one pass
    # over the text costs less (a template's 16,000 fields blanked: 14 s, against 6).
    import redlint.matching as matching

    line = "Le champ est vide pour la famille Martin.\n"
    text = fold(line * 30_000)
    cut = int(len(text) * share)
    spans = [(0, cut)]
    calls = []
    real = matching._Words.blanked
    monkeypatch.setattr(matching._Words, "blanked",
                        lambda self, *args: calls.append(1) or real(self, *args))
    found = vocabulary(("famille",)).spans(blanked(text, spans))
    assert len(text) > 1 << 20
    assert bool(calls) == derived
    assert len(found) == 30_000 - text.count("famille", 0, cut)


def test_a_vocabulary_remembers_a_few_short_texts_only():
    # Matches are remembered per text, so rules reading the same text share them; a folder of
    # thousands of drafts must not make the memory grow, nor a long text be kept.
    vocab = vocabulary(("paiement", "re:\\bp[0-9]\\b"))
    texts = [f"paiement {n} refusé, ticket p{n % 10}" for n in range(100)]
    first = [vocab.spans(text) for text in texts]
    assert [vocab.spans(text) for text in texts] == first  # asked again: the same answers
    assert 0 < len(vocab._found) <= 16
    long = "paiement refusé\n" * 5000  # 80 KB
    assert len(vocab.spans(long)) == 5000
    assert long not in vocab._found
