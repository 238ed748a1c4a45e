"""single-request: one request per ticket.

A ticket holding several requests is split by support into several tickets anyway; each one is
handled faster on its own. The check counts the requests a description seems to hold and reports
when there are more than `max_requests`. One request told in several parts (context then a
question, numbered reproduction steps, the list of fields of one new form, two paragraphs on the
same problem) counts once. A new request is seen where:

- a list holds several *asks* (the rows of a Markdown table, read with `segments: [..., table]`,
  are items too; its header and the rule under it name columns):
  items with an ask or a problem (`asks`, `problems`, a `?`; an ask naming no content word,
  "- voir svp", asks about what was listed; a problem naming nothing but the words telling
  it, numbers and their units, "- 15 ans : 180 € (au lieu de 160 €)", is one value of a
  change listed; one whose words after its label, or its first cell, are all words of an
  earlier item's, "- Pixel 6 : plante au lancement" then "- Galaxy A5 : plante au
  lancement", is the same one for another device or commune; so is a table's row whose cells
  telling a problem are an earlier row's, "| 23-1204 | facture.pdf | page blanche |" then
  "| 23-1211 | quittance.pdf | page blanche |": one problem on several records), or
  starting with an action verb (`actions`: add, fix...; after the item's label, if any:
  "**Agenda** : pouvoir filtrer...", "Agenda => filtrer"), at least `min_list_requests` of
  them and more than its *steps* (items opening on a navigation verb from `steps`: open,
  click...; not one made into another by a prefix, "pré-remplir"; past the item's first two
  words, in an item telling a problem, such a word names the thing that fails: "1. The
  weekly canteen menu no longer shows the allergens" is a problem). A list whose introducing
  line announces several requests (`announcements`, a dozen words at most before its colon,
  an aside in brackets left out: not "Plusieurs demandes restent bloquées au lieu de... :", a sentence about the forms'
  demands listed; or one naming what follows, colon or not: « nous avons relevé les points
  suivants. Merci de nous indiquer comment les traiter. »; or a heading right over the list:
  "**Relevé de décisions**") counts every
  item that is not a step, unless the items are mere problems and the line right under them
  ties them to one (`same_problem`, singular: "tout cela vient d'un seul et même problème",
  not "ces anomalies..."); one
  introduced as the parts of one request (`parts_intro`: steps to reproduce, fields of a form),
  in the line before it or in the heading of its section, counts none; nor does a list of mere problems (no ask, no action) after a problem
  or an ask was told, or followed by a line pointing back at one problem (`same_problem`: "Le
  problème a commencé hier"): the symptoms, observations or attempts of that problem (a
  table's rows are records of their own: a problem in each row counts after a problem told,
  « Voici les anomalies relevées » then a row each, and two rows or more telling a problem or
  asking count whatever `parts_intro` word its intro holds, « toutes constatées sous
  Firefox »; a column whose header holds a term of `finding_columns`, « | Démarche |
  Anomalie | », « Ce qui se passe », tells a problem in each row, whatever its words, but a
  row whose cell opens on a term of `ditto` saying it is the one above, « idem ») —
  unless they are numbered and a later list, under a heading or a line naming a part of one
  request (`parts_intro`: "Comportement attendu"), gives a result for each under the same
  numbers ("1. ...", "2. ..."): each problem has a fix of its own. A numbered list goes on
  after a few lines of text when the next item bears the next number ("1/ ..." a paragraph,
  "2/ ..."): the text belongs to the item before it. An item whose label names a
  part of one request (`parts_intro`: "Comportement attendu : ajout de...", a template's
  field) is no ask, nor is one whose value after its label is only an address or a number
  ("Demande où l'erreur se produit : https://..."): a field naming where one problem shows.
  Nor is an item telling an action tried whose only failure is what came of it (`attempts`:
  "- Vider le cache ne change rien"), and problem words between quotation marks are the text of a
  message shown, not a problem told ("- message « mot de passe incorrect »"). Nor is a problem
  or an action denied ("- pas de message d'erreur", "- aucun changement côté éditeur", "- rien
  changé sur son poste"), an action on a day told, not a deadline (what happened: "- mot de
  passe changé vendredi", not "- changement du logo pour lundi"), an item pointing back at a
  problem told before it (`same_problem`: "- le problème a commencé lundi", or asking about
  it: "- autres lecteurs concernés ? pas vérifié"; with none told before, the item's own) or
  opening on what followed it ("- depuis, plus rien reçu"), or one
  telling only how a failure shows, in two words or fewer besides (`shown`: "- message
  d'erreur", "- samedi vide"): the notes of one call about one problem.
  A list introduced by a line naming the one subject told ("Deux questions à ce sujet :",
  "Deux points à préciser pour ce projet :") holds that request's parts; so does a list of
  questions only, every item one, under a line announcing questions on a thing named
  ("Voici les questions que nous nous posons sur la synchronisation avec Factura :"), or
  announcing questions before any problem was told, no item reporting one and most on words
  told above the list (the questions of one migration: "Avant de lancer le chantier, nous
  avons quelques questions :"; not "J'ai trois questions :" then three subjects).
  A list whose last item asks about the one problem told (`same_problem`, singular: "- Merci
  de corriger le problème."), and whose other items ask nothing, told that problem's
  symptoms.
  After a problem or an ask, an item opening on one of the `transitions` ("- autre sujet :
  compte agent bloqué"), on a subject not told, is another request, however many items.
  No list counts where the writer says one point only is for support (`one_concerned`, in
  minutes: « Seul le point 3 vous concerne », « le seul point qui vous concerne est le
  dernier », « un seul point vous concerne (le point 3) », « une seule action vous
  concerne », « seul le point 4 nous concerne ici », « le dernier point vous concerne », « le
  point 2 vous concerne »), numbered points told in full too; nor does a numbered point copied
  from minutes (« **Point 5 – Voirie.** ») open a request there.
  After a problem told, "things" announced as seen or as failing (« Nous observons trois
  choses : », « Depuis la modification, plusieurs choses ne fonctionnent plus : ») are the
  symptoms of that problem, not an announcement of several requests.
  Under a line that asks and ends with a colon ("Pourriez-vous nous indiquer :"), items that
  ask by their question mark only ("le nombre de demandes déposées ?") are the things that
  one question asks for. Lines of text that each open on an action or a problem, after a label if
  any ("Client => renommer...", "Bug sur..." then "Bug dans..."), before any subject was told,
  are such a list written without bullets, when it holds several requests; a line there that
  mostly repeats the subject of the lines before it says more of it (after a sentence telling
  a need, such lines are its parts: the fields of a new form);
- a numbered list opens the text (nothing asked nor any problem told before it, unless the
  sentence right over it announces several: "Nous avons deux soucis sur le portail.") and
  each of its items tells a point in full, a paragraph of its own (15 words at least), on a subject
  of its own (no two items share `same_subject` of the content words of the shorter one),
  each saying where (an address, on its line or the lines of addresses right under it) or
  what fails or is asked (`problems`, `asks`, a `?`), with no `same_problem` word (numbered
  titles each over their paragraph, no blank line between, are such items): a story told
  in steps or a new form's parts say neither. "1) Le formulaire ... reste ouvert
  ..." then "2) L'export du listing ... ne contient plus la colonne ...". Not under a
  heading or a sentence right over the list that names the parts of one request
  (`parts_intro`), nor under a sentence that asks and ends with a colon ("Nous aurions
  besoin de votre part :"): its items are what that one ask asks for. Nor are steps, nor
  items labelled as the fields of one request's template ("1. Contexte : ...", "2. Besoin :
  ...": a label naming no content word, or a `parts_intro` one), nor items telling what the
  writer did to narrow the problem down (`attempts`: "2. Nous avons vérifié les
  paramètres...");
- an `announcements` phrase ("plusieurs questions :") is followed closely by a colon, and
  says nothing of the things it counts being tied (« Deux questions liées : ») nor of their
  following from what was told (« Du coup, j'ai deux questions : » after a problem: its cause
  and its fix); with no colon, in the text's first lines, before any problem or ask
  (« Deux remarques sur la démarche X. »), it counts when the next lines tell two things on
  subjects of their own (no word of one in the other), and no point is set apart for support
  (`one_concerned`);
- a `transitions` marker ("par ailleurs", "another thing") opens a sentence about another
  subject: fewer than `same_subject` of its content words were seen before (whatever its
  subject when the marker starts its line (after markup, a postscript's mark, a conjunction
  or another marker: "Sinon, rien à voir : ...", or the subject of a marker that is a verb:
  « On voudrait aussi… ») and an ask follows it: "Au passage, serait-il
  possible que la carte s'ouvre sur le bourg ?"); and the marker starts its line or the
  text after it holds an ask or a problem; and it is not a mere `courtesy` ("j'en profite
  pour vous remercier"), nor points back at something told (`references` naming it: "nous
  voudrions aussi que ce nombre figure..."). A marker past the first words of its sentence
  (a text dictated or typed without stops) splits it: the words before it were told, the
  words after it are the request it may open (a `same_problem` word there counts within
  twenty words of the marker: further on, « ça le fait sur Edge aussi » tells of the
  request opened);
- a `weak_transitions` marker ("de plus", "also") among the first words (four, not counting
  an opening "et", "mais", "du coup", nor a thanks joined by "et": "Et ce serait bien aussi
  de...", "Du coup, pourriez-vous aussi repousser la date…", "Merci d'avance, et
  pourriez-vous également…") of an ask about another
  subject, as above (an ask naming two content words at most is read with the next sentence
  of its paragraph, which goes on with its subject: « Sinon, pourriez-vous aussi supprimer le
  compte en double de M. Petit ? Il en a créé un second… »; a question mark closing a
  quotation, « le lien « Mot de passe oublié ? » », is a name shown, not an ask), naming at
  least `min_subject_words` content words (past the opening of
  the ask, with `added`, only one of those: "Pouvez-vous aussi...", not "Il faudrait ensuite
  notifier...", the next step of what is asked); or of a
  problem, when the marker opens its line ("Ensuite, les courriels n'arrivent plus") and
  the problem does not follow from the one told (« De plus, les tableaux de bord affichent du
  coup… », « donc »: one more of its symptoms) nor repeats two of its numbers (« 20 places …
  14 inscrits » then « De plus, le compteur indique 20 / 20 pour 14 noms »); or of
  a fact, when the marker opens its line and the line (a paragraph) asks later for an
  action (`actions`; asking to look into it, the fact may be a cause), on a subject mostly
  new ("Enfin, les horaires affichés sont ceux de l'hiver. ... Je vous remercie de
  bien vouloir les mettre à jour."), after a problem or an ask (a pronoun there, « les
  mettre à jour », « comment le modifier », names the fact told after the marker; a
  reference naming words told before, « ce formulaire », goes on with what was told). In a
  run-on sentence (35 words or more: dictated or typed without stops), such a marker further
  on (one that adds, `added`, or joined by "et": not "ensuite", the next step of what is
  told) opens a request too when an ask starts within 12 words after it, on a subject mostly not
  told before it, with no `references` to what was told, `same_problem` word (after it, or
  in its own clause before it: « …, la correction s'appliquera-t-elle aussi aux demandes en
  cours ? »; a marker opening on « et » opens its clause), `attempts` word in its own clause
  before it (« j'ai essayé aussi sur l'ordinateur du bureau »), nor a
  `handling` word within twenty words of the marker (the closing « merci de me rappeler » of
  a dictated message is the message's) ("...même résultat sur le PC et sinon ce serait bien
  d'avoir un export des présences..."; the first ten markers of a sentence are read, each
  weighed against the whole sentence);
  in a sentence of any length, so does such a marker joined by "et" ("et puis", "et sinon")
  after a problem told earlier in the sentence ("...ne trouve plus personne, et puis il
  faudrait remettre l'agent dans son groupe");
- a heading (Markdown's, or a short line in bold) names another subject (two content words at
  least, mostly new), over a section holding an ask or a problem (under the heading), after a
  request or an earlier section: "## Export des inscriptions" then "## Bandeau du portail".
  A numbered heading, a point of minutes, names its subject in one word (« **3. Formation** »)
  over a section on words mostly not told (not « 5. Décision » then the fix of the problem
  told). Headings that name the parts of one request ("Contexte", "Ce qui se passe") name no
  subject, nor do headings that ask (a template's prompts: "### Quel navigateur ?"); a heading
  holding one of the `transitions` ("## Problème 2 : export", "**Autre point**") opens another
  request whatever it names;
- an ask follows an earlier ask, on another line (or opens a paragraph after a problem was
  told: "Pour Marolles, la secrétaire voudrait pouvoir ajouter un champ..."), about a subject
  not seen at all (none of its content words, at least `min_subject_words` of them, appear
  earlier; or, opening its paragraph on a thing named anew, an article and a noun not told,
  fewer than a third of them: « Le logo du CCAS peut-il apparaître… »), holds none of the
  `references` that point back at what was said (cette, this, "en parler") and reports a
  problem or asks for an action (`problems`, `actions`: "Comment changer le logo ?"); one that
  does neither goes on with the question asked ("Est-il possible de choisir les colonnes du
  fichier obtenu ?"), and so does one weighing two ways with one of the `alternatives`
  ("Faut-il supprimer les doublons à la main, ou y a-t-il un risque… ?", "si la date a été
  mal saisie ou s'il s'agit d'une anomalie"). A second question on the same line usually
  details the first;
- with `object_segments` (default 0: off), a paragraph or list item that reports a problem or
  asks something after a problem or an ask was told, on content words mostly not seen before
  (as above, at least `min_subject_words`), gives the address of an object no earlier line
  named, of the same kind as one an earlier paragraph or item named: another form's demands,
  another form, another page ("https://site/backoffice/management/<form>/12/" then ".../<other form>/7/").
  An address names its object by its host and first `object_segments` path segments, its
  kind by the same less the last one; a file's address (a screenshot) names none. A
  paragraph holding a `same_problem` or `references` word, or one of `compared` saying the
  other object shows the problem too or does not ("non plus", "pour comparaison"), goes on
  with the problem told.
  Inside a paragraph too, after a problem was told and before any ask, a sentence that asks,
  on content words mostly new, at the address of an object no earlier text named (of any
  kind), and holding no `references`, `same_problem` or `handling` word, is another request
  ("... Sur le formulaire de la salle, il faudrait que le téléphone soit facultatif :
  <address of that form's field>").
- with `added` (default: none), a word adding a problem to what was told ("non plus",
  "aussi"), after a problem or an ask, in a clause (from the last comma, colon or "et" before
  it to the first after it) that reports a problem, opens on an article and a noun not told
  before ("le captcha", "l'export"), and holds at least `min_subject_words` content words,
  mostly new, and no `references` (before a closing ask: « …merci de regarder ça » points at
  all it told), `same_problem` or `handling` word: another problem told in passing ("...les
  usagers nous appellent et le captcha ne s'affiche plus non plus sur le formulaire de
  contact"). On the subject told ("les relances ne partent pas non plus"; a
  noun told anywhere before, even in the words telling the problem: "aucun courriel n'est
  parti" then "les courriels internes ne partent pas non plus"), or
  after a pronoun ("elle obtient aussi une erreur"), it is a symptom of the same problem.
  In the sentence of the first problem, the word counts when it leads its clause or "et"
  opens the clause ("le bouton ne fait rien, et l'export ne marche pas non plus"); there,
  after its ask and right before an action ("...n'apparaissent plus et il faudrait aussi
  ajouter la salle des fêtes"), it adds a wish on new words: another request;
- with `object_segments`, a clause opened by "et" that reports a problem on something named
  anew, at the address of another object of the same kind as one named before it ("le tarif
  de <demand of one form> est faux, et l'export (<listing of another form>) ne contient plus
  la colonne..."): two problems in one sentence, each at its own object.

- a "+" inside a line of notes joining two problems, the side after it on content words
  mostly not told before it (two at least, notes being terse): "pdf mal mis en page + mails
  de validation pas reçus";

- a sentence opening on "et" (after a stop, or opening its paragraph), after a problem or an
  ask, on something named anew (an article and a noun not told before: "Et les fiches
  d'intervention n'arrivent plus..."; not where it shows, "Et dans le récapitulatif, la
  ligne reste vide", often a symptom of the problem told), that reports a problem on
  content words mostly new (as above), with no `references`, `same_problem` or `handling`
  word and not as a consequence ("Et du coup..."): another problem added. With
  `object_segments`, so is one telling where it shows at the address of an object not named
  before ("Et dans le listing des dérogations <address>, la colonne a disparu"). Not on a pronoun
  or an adverb ("Et là, rien ne se passe"), nor a question ("Et l'export tiendra-t-il
  compte du filtre ?" follows up). So
  is such a sentence in which the writer asks something new ("Et on voudrait pouvoir
  publier les comptes rendus, comment faire ?", "Et serait-il possible de..."), after a
  problem when nothing was asked before, even opening a line typed after one with no stop
  ("...avec leur numéro" then "et ce serait bien d'avoir..."); not a condition ("Et s'il
  sert à quelque chose, il faudrait...": a suggestion on what was told). A reference there
  points back by the words it names ("ce paiement"; not "ce serait").

- with `new_paragraphs: true` (default false), a sentence opening a paragraph (after a blank
  line), after a problem told and nothing asked, that asks (a word of `asks`: a question mark
  alone is as often a question on the cause, "La liste a-t-elle été modifiée ?") about a
  thing it names anew at its head: an article and a noun not told before, or a complement of
  it ("Les associations aimeraient pouvoir réserver plus tôt", "Les demandes d'actes de
  mariage devraient..."), or
  the writer's wish that such a thing change ("Nous souhaiterions que la page d'accueil
  présente..."), or the writer's ask to make, give or send such a thing, or need of it, right
  after the verb (`actions`, or a verb of giving: "Merci de créer un compte pour...", "Merci
  de nous transmettre la documentation...", "Pour le bilan, nous avons besoin du nombre...",
  "we need the list of...", relayed by the person who asks: "Mme Lucas demande un
  accès..."; not to look into or mend what was told: "Pourriez-vous corriger le
  paramétrage..."); on content words mostly new (`min_subject_words` at least, fewer than
  `same_subject` of them told), the clause of its ask naming a word not told, no
  `references` word naming something told or nothing at all ("cela", "que ce soit corrigé"),
  no `same_problem` or `handling` word, not a consequence ("donc"). The writer's own asks
  about the problem ("Pouvez-vous corriger avant lundi ?", "..., merci de regarder") name no
  new thing at their head: a problem told then a paragraph asking is most often one request.
  So, in a template, is a field after the fields naming the parts of the problem told (a
  label holding `parts_intro`: "Étapes pour reproduire", "Résultat attendu"; or a heading
  holding one, over a section not left empty) that reports a problem on a thing named anew at
  the head of its value (where it shows may come first: « dans le courriel de rappel, l'horaire
  n'est plus le bon »), on content words mostly new, with no `references`, `same_problem`
  or `handling` word, telling no error shown nor a result left empty: another problem left in
  "**Remarques :**" (fields written line under line, read as a list's items, too, after a
  problem told in the fields themselves, a marker opening the value read past: « **Remarques**
  : par ailleurs, serait-il possible… »); or that
  asks, reporting no problem, as a paragraph above asks ("**Remarques :** Serait-il possible
  d'ajouter une colonne « Taille » dans l'export ?").
  So is, after a problem told, a paragraph whose first sentence, asking nothing, tells of a
  thing named anew at its head, and whose next sentence asks to do something about it by a
  pronoun (a `references` word, or « le », « la », « les » before the verb: « Le modèle de
  l'attestation affiche l'ancien logo. Pourriez-vous le remplacer ? »), on content words
  mostly new: the pronoun stands for that thing, not for the problem told. Not an ask to look
  into or mend ("Please fix it"), nor a first sentence pointing back (« Le reste du parcours
  fonctionne. »).
  So is, after a problem told, a paragraph opening on a service or place not told ("Pour le
  CCAS, ...", "À la garderie, ...", "Côté état civil, ..."; not when or how it shows: "Au
  moment de valider, ...") that reports a problem or asks, on content words none told: a
  second paragraph on another service.

- with `joined_problems: true` (default false), two problems in one sentence with no adding
  word: a clause opening on an article and a noun (an acronym too; when or where first, with
  no comma: "depuis quelque temps les avis...", "sur la demande <address> le PDF..."; a
  greeting typed with no stop, "bonjour le...", left aside) that
  reports a problem, then, joined by a comma or "et" (right after it, or later in its
  sentence: "..., alors que l'événement existe toujours, et les courriels partent sans le nom du
  bassin"), a clause opening on an article and a
  noun, or a complement of it, not told ("le formulaire de carte de stationnement"; where
  first: "et de notre côté la travailleuse sociale ne voit plus...") that
  reports a problem on content words none of which were told before it (`min_subject_words`
  at least): "le récapitulatif PDF est vide, le tarif affiché est encore celui de l'an
  dernier". Not past a colon in the sentence (what follows a colon details the problem told),
  nor a clause opening on a pronoun, an adverb or "quand", nor one telling an error shown or
  a result left empty or blank (how a failure shows: "le connecteur ne répond plus, le
  quotient reste vide"), nor one telling what people can no longer do (what the problem
  prevents: "la carte ne fonctionne pas, les agents ne peuvent pas localiser les
  chantiers"), nor one pointing back (`same_problem`, `handling`, a reference naming a word
  told or nothing: not "prévue à cet effet") or following ("donc", "du coup").

- with `contrasts` (default: none), a marker of contrast ("par contre", "en revanche")
  opening its line (as above, markup or a postscript's mark before it), after a problem was
  told, on a problem or an ask whose content words after it are mostly new
  (`min_subject_words` at least), with no `same_problem` or `handling` word and no
  reference naming a word told: "Par contre, sur la démarche des encombrants, les agents ne
  reçoivent plus le courriel". Before any problem (after what works) it tells the problem
  itself; on the thing told it compares.

- with `places: true` (default false), two clauses one after the other, each opening (at a
  line's or sentence's start, after a comma or "et") on "à", "pour", "chez" or "côté" and a
  commune or service of its own (not "à part", "à chaque fois", "pour nous", "à la fin"...),
  each reporting a problem or asking, the second on content words (`min_subject_words` at
  least) none of which the first holds, with no `same_problem` word: "à Lavaur le formulaire
  des bennes ne s'envoie plus" then "à Saint-Jean la carte reste grise". Not when a problem
  was told before the first: they then tell where that one shows.

With `title: true` (default false), the title is read too when the description shows no
second request. It counts two when it announces several (`announcements`, no colon needed:
"Plusieurs soucis sur le portail") and two lines of the description that ask, report or add
something (as below) name subjects sharing no content word. It counts two as well when it
joins two subjects by "+", ";" or "&" (else "et", "and"), after its label if any ("Facture
au mauvais tarif et export de la régie"), each side naming content words the other does not
(nor a word holding one of them: "scolaires et périscolaires" is one subject; nor, after a
verb linking the subject to what it is, a side with no subject of its own: "les factures
sont incomplètes et impossibles à payer" tells two things of one subject), and the
description tells them apart: a line names one side and not the other, another line the
other side and not the first, each line holding an ask, a problem, an action or a marker
(the words of `asks`, `problems`, `actions`, `transitions`, `weak_transitions`, or a `?`)
unless its side of the title holds one ("bug export", "faute d'orthographe"). "Date et heure
d'ouverture" described together in one sentence is one request; "Signature : ..." then
"Logo : ..." under one request detail it; the items of a list of problems tied right under
it to one problem (as above) tell no side apart: "PDF, mail et statut en échec" names the
symptoms that list tells.

Lines opening on a label in bold and a colon, then text, next to another such line
("**Breux** : le formulaire refuse..." then "**Marolles** : la commune souhaiterait..."), are
the items of a list, their labels read as items' labels; one such line alone is a sentence, and
so is one whose label holds one of the `transitions` ("**Point 2** : ...").

A list item opening with a marker and holding an ask ("Aussi, quand je clique..., où
est-il ?", "2/ De plus, comment...") is an ask, not a step; so is one opening with one of the
`transitions` and holding a problem (after `weak_transitions` such as "ensuite", a problem
may be what happened next).

With `staff_moves` and `accounts` (default: none), a sentence naming a person who joins or
leaves the service (`staff_moves`: « notre nouvelle collègue », « arrivée le 2 mai », « partis
à la retraite ») and an account or an access (`accounts`: « un compte agent », « l'accès au
back-office »), that asks for it (to open or to close) or says the person lacks it (a negation
a few words before: « n'a pas encore de compte »), after a problem or an ask on something else
(another person's sign-in failing counts; the person is new to the text, whatever other words
the sentence repeats: no word of `staff_moves` before it, nor a `same_problem` or `handling`
word in it): another request, that person's access. (The ask may come in the next sentence,
naming that person by a pronoun: « Mme Roth a rejoint le service le 1er octobre. Merci de lui
ouvrir un compte agent. ») So is a list item naming such a person and
an account, after a problem or an ask told before it or in an earlier item (in notes, naming it
is enough: « - + accès back office pour nouveau collègue »). Their words name a subject: they
stay content words.

With `remarks` (default: none), a template's field whose label holds one of its terms
(« **Remarques :** », « **Commentaire :** »), after a problem or an ask was told, whose value
asks (`asks`, a `?`), on content words mostly new, with no `same_problem` or `handling` word
and every reference naming a word not told (« cette possibilité »; not « cela », « le
corriger », « ce formulaire » told before; after the ask, « Cela nous aiderait à… » points
at the ask): another request, the remarks field being where
writers leave the other business. Its words stay content words (« les commentaires ne
s'enregistrent plus »).

With `addressed` (default: none), a heading or the label of a line or a list item holding one
of its terms (« **Demande à l'éditeur :** », « **Action attendue de votre part** »,
« **Demande** : »), over a section that asks (`asks`, a `?`) or names what to do (`actions`),
is the part of minutes or of a long e-mail addressed to support: the requests seen before it
(the decisions, the points discussed, the town's own actions) are its context and do not
count, unless that section asks about each of them (« pour chacune des décisions 1 à 4 »).
What comes after its label counts. Minutes addressing support in several sections
(« Action éditeur : » under each point) give it several things to do: none is the context of
another, and each section, under a heading naming its point, counts when its label names what
to do (`actions`: « Action éditeur : chiffrer cette extension »), as an ask would.

Nor does a sentence after a marker, or a later question, that holds one of the `handling`
phrases, on how to reach the writer or follow this ticket ("je suis joignable au...", "merci
de nous tenir informés", "en mon absence, contactez..."), even when it asks: it is about the
request told, not another one. (Only that sentence is read, or the line after a marker left
alone: "Dernier point :" then the phrase.)

None of these counts when the sentence holds one of the `same_problem` words that point back
at the problem already told ("le problème touche aussi", "la même erreur", "this issue"), or
for a heading, when it or the first line of its section does ("**Dernier essai :**" then
"mardi à 10 h, même erreur"), nor before some subject was stated: "Petite question :" may open a ticket.
After a marker, a reference points back at what was told by the content words it names ("ce
nombre" after the number); one opening on a pronoun ("le corriger") names none: the verb told
before about something else ("la commune a corrigé...") ties nothing to it.
A sentence wrapped by hand (an e-mail at 72 or 100 columns: a line of 50 characters or more
not ending on a stop, the next one going on in lower case, in a paragraph opening on a capital
and ending on a stop or a colon) is read as one sentence, not as lines; a writer who types
without capitals, on a phone, ends a sentence with a line break, and notes, one per line, end
on no stop.
Content words are words of four letters or more, compared by their first five letters (so
inflections and most typos still match), leaving aside `common_words` and the words of the
vocabularies above. Code, URLs and e-mail addresses are not read; quoted lines (`>`) only when `segments` holds
`quote`: a message the writer forwards holds the requests.

Options: `max_requests` (default 1); the vocabularies `transitions`, `weak_transitions`,
`announcements`, `asks`, `problems`, `actions`, `steps`, `parts_intro`, `same_problem`,
`references`, `courtesy`, `handling`, `attempts`, `shown`, `common_words`, `compared`,
`added`, `contrasts`, `alternatives`, `staff_moves`, `accounts`, `remarks`, `addressed`,
`one_concerned`, `finding_columns`, `ditto`, `consequences` (terms as in forbidden-patterns:
`*` ends a stem, `re:` starts a regex on lower-case unaccented text); `min_list_requests`
(default 2), `same_subject` (default 0.5), `min_subject_words` (default 2), `typos` (default
true: one typo allowed in words of 7 to 40 letters of `transitions`, `weak_transitions`,
`asks` and `problems`), `title` (default false), `object_segments` (default 0: off),
`new_paragraphs` (default false), `joined_problems` (default false), `places` (default
false).

Placeholders: `{count}` the number of requests seen, `{found}` the text where the second one
starts (a marker, or the beginning of a list item or question). The message is picked by what
was seen: `list`, `announcement`, `transition`, `question`, `object` (a report at another
object's address), `another` (another problem or wish told with no marker after a problem: a
paragraph asking about a thing named anew, a template's later field, a clause joined in the
sentence), `staff_move` (the account or access of someone joining or leaving) or `joined`
(the title joins two requests; `{found}` is the title) when the rule declares it.

Example:

    FAIL  Le paiement échoue depuis lundi. Par ailleurs, serait-il possible de changer le logo ?
    PASS  Le paiement échoue depuis lundi. 1. ouvrir la démarche ; 2. cliquer sur Payer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redlint.i18n import tr
from redlint.matching import fold, vocabulary
from redlint.model import Hit, Part
from redlint.rules.metric import prose
from redlint.rules.single_request.objects import _other_object
from redlint.rules.single_request.places import _places
from redlint.rules.single_request.requests import _requests
from redlint.rules.single_request.text import _lines, _Spans, _Start, _subject
from redlint.rules.single_request.title import _title_request

# The package, one module per signal: text.py (lines, vocabulary matches, content words: what
# every signal reads), lists.py, markers.py, paragraphs.py, objects.py, places.py, title.py;
# requests.py reads the description line by line and asks each signal where another request
# starts.


NAME = "single-request"
SCOPES = ("description", "text")
DEFAULT_SCOPE = "description"
# Headings name the subjects of sections; a checklist may hold several asks; a short
# "Label : value" line may be one of several labelled problems ("- Reporting : plus d'accès");
# paragraphs indented by habit are read as the sentences they are.
DEFAULT_SEGMENTS = ("prose", "list", "checkbox", "heading", "field", "indented")


@dataclass(frozen=True, slots=True)
class Options:
    max_requests: int = 1
    transitions: tuple[str, ...] = ()
    weak_transitions: tuple[str, ...] = ()
    announcements: tuple[str, ...] = ()
    asks: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()
    parts_intro: tuple[str, ...] = ()
    same_problem: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    courtesy: tuple[str, ...] = ()
    handling: tuple[str, ...] = ()
    attempts: tuple[str, ...] = ()
    shown: tuple[str, ...] = ()
    common_words: tuple[str, ...] = ()
    compared: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    contrasts: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()
    staff_moves: tuple[str, ...] = ()
    accounts: tuple[str, ...] = ()
    remarks: tuple[str, ...] = ()
    addressed: tuple[str, ...] = ()
    one_concerned: tuple[str, ...] = ()
    finding_columns: tuple[str, ...] = ()
    ditto: tuple[str, ...] = ()
    consequences: tuple[str, ...] = ()
    min_list_requests: int = 2
    same_subject: float = 0.5
    min_subject_words: int = 2
    typos: bool = True
    title: bool = False
    object_segments: int = 0
    new_paragraphs: bool = False
    joined_problems: bool = False
    places: bool = False

    def __post_init__(self):
        if self.max_requests < 1:
            raise ValueError(tr("« max_requests » vaut au moins 1",
                                "'max_requests' must be 1 or more"))
        if self.min_list_requests < 2:
            raise ValueError(tr("« min_list_requests » vaut au moins 2",
                                "'min_list_requests' must be 2 or more"))
        if self.object_segments < 0:
            raise ValueError(tr("« object_segments » vaut 0 (sans effet) ou plus, par exemple 3",
                                "'object_segments' must be 0 (off) or more, e.g. 3"))
        if not 0 < self.same_subject <= 1:
            raise ValueError(tr("« same_subject » est une part entre 0 et 1, par exemple 0.5",
                                "'same_subject' is a share between 0 and 1, e.g. 0.5"))
        self.vocabularies()  # a faulty `re:` term is reported when the rules are loaded

    def vocabularies(self) -> dict:
        # Typos are tolerated in free phrasing; not in verb forms, where "filtre" is no "filtrer".
        return {name: vocabulary(getattr(self, name), self.typos and name in _TYPOS)
                for name in _VOCABULARIES}


_VOCABULARIES = ("transitions", "weak_transitions", "announcements", "asks", "problems",
                 "actions", "steps", "parts_intro", "same_problem", "references", "courtesy",
                 "handling", "attempts", "shown", "common_words", "compared", "added",
                 "contrasts", "alternatives", "staff_moves", "accounts", "remarks",
                 "addressed", "one_concerned", "finding_columns", "ditto", "consequences")
_TYPOS = ("transitions", "weak_transitions", "asks", "problems")


def check(options: Options, part: Part, context):
    text = part.text
    folded = _unwrapped(text, fold(prose(_unquoted(text))))
    # `compared` is only read in a paragraph at another object's address (_other_object).
    spans = {name: _Spans(v.spans(folded))
             for name, v in options.vocabularies().items() if name != "compared"}
    subject = _subject(folded, spans)

    lines = _lines(folded, spans["transitions"])
    one_request_lists: list[tuple[int, int]] = []  # filled by _requests
    starts = _requests(text, folded, subject, lines, spans, options, one_request_lists)
    if not starts and options.object_segments and (
            found := _other_object(text, folded, subject, lines, spans, options)):
        starts = [found]
    if not starts and options.places and (found := _places(folded, subject, spans, options)):
        starts = [found]
    if len(starts) + 1 > options.max_requests:
        first = starts[min(len(starts), options.max_requests) - 1]
        yield _hit(text, first, len(starts) + 1)
        return
    # The title may name two requests the description tells without a marker: it counts two.
    title = getattr(getattr(context, "draft", None), "title", None)
    if options.title and options.max_requests < 2 and title is not None \
            and (found := _title_request(title.text, folded, subject, lines, spans, options,
                                         one_request_lists)):
        yield _hit(title.text, found, 2, title)


# A line break inside a sentence of a text wrapped by hand (an e-mail at 72 or 100 columns):
# a long line (`_WRAP_WIDTH` characters at least) not ending on a stop, the next line going on
# in lower case, in a paragraph of sentences: opening on a capital and ending on a stop or a
# colon. (A writer who types without capitals, on a phone, ends a sentence with a line break;
# notes, one per line, end on none.)
_WRAP_WIDTH = 50
_WRAPPED_END = re.compile(r"[^\s.!?:;|]")
_GOES_ON = re.compile(r"[a-zàâçéèêëîïôûùüÿœ]")
_CAPITAL = re.compile(r"[ \t]*[A-ZÀÂÇÉÈÊËÎÏÔÛÙÜŸŒ]")
_STOPS = (".", "!", "?", ":")


def _unwrapped(text: str, folded: str) -> str:
    """`folded` with the line breaks of sentences wrapped by hand made spaces (offsets kept):
    « De plus, dans la liste des rôles, le tri » / « ne fonctionne plus depuis lundi. » is one
    sentence."""
    breaks: list[int] = []
    wrapped: list[int] = []  # the ends of the wrapped lines of the paragraph being read
    opening = None  # whether that paragraph opens on a capital (None: between paragraphs)
    last = ""  # its last line
    line_start = 0
    while line_start <= len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if line.strip():
            if opening is None:
                opening = bool(_CAPITAL.match(line))
            if opening and len(line) >= _WRAP_WIDTH and _WRAPPED_END.match(line[-1]) \
                    and _GOES_ON.match(text, line_end + 1) \
                    and folded[line_end] == "\n":
                wrapped.append(line_end)
            last = line
        if not line.strip() or line_end == len(text):  # the paragraph ends
            if wrapped and last.rstrip().rstrip("\"'»)*_")[-1:] in _STOPS:
                breaks += wrapped
            wrapped, opening = [], None
        line_start = line_end + 1
    if not breaks:
        return folded
    pieces, previous = [], 0
    for at in breaks:
        pieces += (folded[previous:at], " ")
        previous = at + 1
    pieces.append(folded[previous:])
    return "".join(pieces)


# A quoted line's marks: "> > ", read as spaces.
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)


def _unquoted(text: str) -> str:
    """The text with the marks of quoted lines turned into spaces (offsets kept): where the
    rule reads quotes (`segments: [..., quote]`), a message forwarded by the writer ("Je vous
    transfère le message de la mairie :" then "> ...") holds the requests. Quotes it does not
    read are blank already."""
    return _QUOTE_MARKS.sub(lambda m: " " * len(m.group()), text) if ">" in text else text


def _hit(text: str, start: "_Start", count: int, part: Part | None = None) -> Hit:
    # A table's row ends on its cell's bar, a heading in bold on its stars: not part of what is
    # quoted and underlined.
    end = start.start + len(text[start.start:start.end].rstrip(" \t|*_"))
    # A marker matched with the stop before it (". autre chose") is quoted from its first word.
    begin = start.start
    if text[begin:begin + 1] in (".", "!", "?", ";"):
        begin = min(end, begin + len(text[begin:end]) - len(text[begin:end].lstrip(".!?; \t")))
    found = " ".join(text[begin:end].split())
    return Hit(begin, end,
               {"found": found if len(found) <= 60 else found[:57].rstrip() + "…",
                "count": str(count)},
               message_key=start.kind, part=part)
