"""Every filter in German, French, Spanish, Italian and Portuguese: what it takes, and the hard
negatives that look like boilerplate in that language and must stay.

Each case puts one line inside a small article written in the language (so the language is
recognised, as it would be on a real page) and checks the line's fate: taken by the named filter
with the named reason (and lifted values), or kept in the body.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import newsclean

# Two opening paragraphs and a closing one per language: ordinary news prose.
STORY = {
    "de": (
        "Der Stadtrat hat am Dienstagabend beschlossen, die Bibliothek in der Mühlgasse noch "
        "mindestens drei Jahre offen zu halten, und damit seine Entscheidung vom Frühjahr "
        "rückgängig gemacht.",
        "Anwohner hatten mehr als 4000 Unterschriften gesammelt und seit April jeden Samstag vor "
        "dem Gebäude eine öffentliche Lesung veranstaltet, oft im Regen.",
        "Die Bibliothek soll vom kommenden Monat an auch sonntags öffnen, und der Rat will das "
        "Budget im Herbst noch einmal prüfen.",
    ),
    "fr": (
        "Le conseil municipal a voté mardi soir le maintien de la bibliothèque de la rue du "
        "Moulin pendant au moins trois ans, revenant sur la décision prise au printemps.",
        "Les habitants avaient recueilli plus de 4 000 signatures et organisé une lecture "
        "publique chaque samedi devant le bâtiment depuis avril, souvent sous la pluie.",
        "La bibliothèque ouvrira aussi le dimanche après-midi dès le mois prochain, et le conseil "
        "réexaminera son budget à l'automne.",
    ),
    "es": (
        "El ayuntamiento aprobó el martes por la noche mantener abierta la biblioteca de la calle "
        "del Molino durante al menos tres años más, revocando la decisión que tomó en primavera.",
        "Los vecinos habían reunido más de 4.000 firmas y organizado una lectura pública cada "
        "sábado en las escaleras del edificio desde abril, muchas veces bajo la lluvia.",
        "La biblioteca abrirá también los domingos por la tarde a partir del mes que viene, y el "
        "pleno revisará su presupuesto en otoño.",
    ),
    "it": (
        "Il consiglio comunale ha votato martedì sera per tenere aperta la biblioteca di via del "
        "Mulino per almeno altri tre anni, ribaltando la decisione presa in primavera.",
        "I residenti avevano raccolto più di 4.000 firme e organizzato una lettura pubblica ogni "
        "sabato sui gradini dell'edificio da aprile, spesso sotto la pioggia.",
        "La biblioteca aprirà anche la domenica pomeriggio dal mese prossimo, e il consiglio "
        "riesaminerà il bilancio in autunno.",
    ),
    "pt": (
        "A câmara municipal aprovou na terça-feira à noite manter a biblioteca da rua do Moinho "
        "aberta por pelo menos mais três anos, revertendo a decisão tomada na primavera.",
        "Os moradores tinham reunido mais de 4.000 assinaturas e organizado uma leitura pública "
        "todos os sábados nas escadas do prédio desde abril, muitas vezes debaixo de chuva.",
        "A biblioteca também vai abrir aos domingos à tarde a partir do próximo mês, e a câmara "
        "vai rever o orçamento no outono.",
    ),
}


@dataclass(frozen=True)
class Case:
    """``line`` inside a story of ``code``; ``taken`` is ``(filter, reason)`` or ``None`` (the
    line stays); ``field``/``values``: what it lifts."""

    code: str
    line: str
    taken: tuple[str, str] | None
    field: str | None = None
    values: tuple[str, ...] = ()
    where: str = "middle"  # "middle" or "end" (reader questions are looked for at the end)

    @property
    def id(self) -> str:
        kind = "-".join(self.taken) if self.taken else "stays"
        return f"{self.code}-{kind}-{self.line[:28]}"


def story(case: Case) -> tuple[str, ...]:
    first, second, last = STORY[case.code]
    if case.where == "end":
        return (first, second, last, case.line)
    return (first, second, case.line, last)


P = ("prompts", "notification_prompt")
C = ("prompts", "cookie_prompt")
N = ("prompts", "newsletter_prompt")
A = ("prompts", "app_prompt")
W = ("prompts", "paywall_prompt")
CR = ("credits", "image_credit")
CAP = ("credits", "image_caption")
TOP = ("topics", "topic_tags")
SRC = ("sources", "source_line")
COPY = ("legal", "copyright_notice")
SYN = ("legal", "syndication_note")
WIRE = ("legal", "wire_credit")
FURN = ("engagement", "page_furniture")
SHARE = ("engagement", "share_prompt")
FOLLOW = ("engagement", "follow_prompt")
COMM = ("engagement", "comment_residue")
LINK = ("engagement", "link_line")
RQ = ("reader_questions", "reader_question")

CASES = [
    # --- German ------------------------------------------------------------------------------
    Case(
        "de", "Verpassen Sie keine Nachrichten mehr: Aktivieren Sie die Push-Benachrichtigungen.", P
    ),
    Case("de", "Wir verwenden Cookies, um unsere Website für Sie zu verbessern.", C),
    Case("de", "Jetzt den Newsletter abonnieren und nichts mehr verpassen!", N),
    Case(
        "de",
        "Keine Nachricht aus Sport & Freizeit mehr verpassen – jetzt Push-Benachrichtigungen "
        "aktivieren!",
        P,
    ),
    Case(
        "de",
        "Die Mannschaft darf keine Punkte aus Heim- & Auswärtsspielen mehr verpassen, sagte der "
        "Trainer am Sonntag.",
        None,
    ),
    Case("fr", "Recevez chaque vendredi notre lettre d'information Culture. Je m'inscris", N),
    Case(
        "fr",
        "« Recevez chaque lundi notre lettre d'information », promettait la publicité du "
        "magazine, condamné depuis pour démarchage abusif.",
        None,
    ),
    Case("es", "Recibe cada viernes nuestra newsletter de cultura en tu correo.", N),
    Case("it", "Ricevi ogni venerdì la nostra newsletter sui libri.", N),
    Case("de", "Laden Sie jetzt unsere kostenlose App herunter.", A),
    Case("de", "Dieser Artikel ist exklusiv für Abonnenten.", W),
    Case(
        "de",
        "Die Stadt will Anwohner künftig per Push-Benachrichtigung warnen, sagte der Sprecher.",
        None,
    ),
    Case(
        "de",
        "„Wir verwenden Cookies“ stand auf dem Banner, das das Gericht später untersagte.",
        None,
    ),
    Case("de", "Foto: dpa", CR, "image_credits", ("dpa",)),
    Case(
        "de",
        "Bild: picture alliance / dpa | Lena Brück",
        CR,
        "image_credits",
        ("picture alliance / dpa | Lena Brück",),
    ),
    Case(
        "de",
        "Die Brücke am Dienstagmorgen. Foto: Anna Schmidt/dpa",
        CAP,
        "image_credits",
        ("Anna Schmidt/dpa",),
    ),
    Case("de", "Das Foto zeigt die Brücke kurz vor der Sperrung am Montagabend.", None),
    Case("de", "Fotos von der Feier gibt es bislang nur wenige, sagte die Sprecherin.", None),
    Case(
        "de",
        "Schlagworte: Verkehr, Elbe, Baustelle",
        TOP,
        "topics",
        ("Verkehr", "Elbe", "Baustelle"),
    ),
    Case(
        "de", "Themen wie Verkehr und Wohnen bestimmten die Sitzung des Stadtrats am Abend.", None
    ),
    Case("de", "Quelle: Süddeutsche Zeitung, dpa", SRC, "sources", ("Süddeutsche Zeitung", "dpa")),
    Case("de", "Die Quelle des Flusses liegt in den Alpen, rund 200 Kilometer entfernt.", None),
    Case("de", "Quelle: ein Sprecher der Stadt", None),
    Case("de", "© 2017 Rheinische Post. Alle Rechte vorbehalten.", COPY),
    Case("de", "Dieser Artikel erschien zuerst bei der Süddeutschen Zeitung.", SYN),
    Case("de", "Mit Material von dpa", WIRE),
    Case(
        "de",
        "Alle Rechte vorbehalten, sagte der Anwalt, gelten auch für die Fotos der Feier.",
        None,
    ),
    Case("de", "Anzeige", FURN),
    Case("de", "Auf Facebook teilen", SHARE),
    Case("de", "Folgen Sie uns auf Instagram", FOLLOW),
    Case("de", "Kommentare (12)", COMM),
    Case("de", "Lesen Sie auch: Neue Radwege für die Innenstadt geplant", LINK),
    Case("de", "Teilen wollten die Nachbarn den Garten nicht, erzählte der Vermieter.", None),
    Case("de", "Was meinen Sie? Schreiben Sie uns in die Kommentare!", RQ, where="end"),
    Case("de", "Sie planen selbst einen Umbau? Erzählen Sie uns davon!", RQ, where="end"),
    Case(
        "de",
        "Wer trägt die Schuld? Fragen Sie unsere Politiker, die die Linie zweimal kürzten.",
        None,
        where="end",
    ),
    Case("de", "„Was meinen Sie dazu?“, fragte der Bürgermeister die Anwohner.", None, where="end"),
    # --- French ------------------------------------------------------------------------------
    Case("fr", "Ne manquez aucune actualité : activez les notifications.", P),
    Case("fr", "Nous utilisons des cookies pour améliorer votre expérience sur notre site.", C),
    Case("fr", "Abonnez-vous à notre newsletter pour recevoir l'essentiel chaque matin.", N),
    Case("fr", "Téléchargez notre application gratuite.", A),
    Case("fr", "Cet article est réservé aux abonnés.", W),
    Case(
        "fr",
        "La mairie a promis d'activer les notifications d'alerte crue, a déclaré le maire.",
        None,
    ),
    Case("fr", "« Abonnez-vous, c'est gratuit ! », répète-t-elle sur la place du marché.", None),
    Case("fr", "Crédit photo : AFP", CR, "image_credits", ("AFP",)),
    Case(
        "fr",
        "Le maire devant la bibliothèque, mardi. Photo : Jean Dupont / AFP",
        CAP,
        "image_credits",
        ("Jean Dupont / AFP",),
    ),
    Case("fr", "Une photo de la scène a circulé toute la soirée sur les réseaux sociaux.", None),
    Case(
        "fr",
        "Mots-clés : bibliothèque, culture, budget",
        TOP,
        "topics",
        ("bibliothèque", "culture", "budget"),
    ),
    Case("fr", "Source : Le Courrier du numérique", SRC, "sources", ("Le Courrier du numérique",)),
    Case(
        "fr", "Selon une source proche du dossier, le budget serait déjà bouclé depuis mars.", None
    ),
    Case("fr", "Source : un proche du maire", None),
    Case("fr", "© Le Quotidien 2019 - Tous droits réservés", COPY),
    Case("fr", "Avec AFP", WIRE),
    Case("fr", "Tous droits réservés, précise le contrat, reviennent à la commune.", None),
    Case("fr", "Publicité", FURN),
    Case("fr", "Partager sur Facebook", SHARE),
    Case("fr", "Suivez-nous sur Twitter", FOLLOW),
    Case("fr", "Lire aussi : Le budget de la culture en baisse", LINK),
    Case("fr", "Partager l'effort entre tous les quartiers reste la priorité du maire.", None),
    Case("fr", "Et vous, qu'en pensez-vous ? Dites-le-nous en commentaire !", RQ, where="end"),
    Case(
        "fr",
        "Une question sur vos droits ? Posez-la à nos juristes, nous y répondrons.",
        RQ,
        where="end",
    ),
    Case("fr", "La ville s'en remettra-t-elle ? Seul l'avenir le dira.", None, where="end"),
    Case(
        "fr",
        "« Et vous, qu'en pensez-vous ? », a demandé le maire aux habitants.",
        None,
        where="end",
    ),
    # --- Spanish -----------------------------------------------------------------------------
    Case("es", "No te pierdas nada: activa las notificaciones.", P),
    Case("es", "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", C),
    Case("es", "Suscríbete a nuestra newsletter y recibe las noticias cada mañana.", N),
    Case("es", "Descárgate la app de Diario Gol.", A),
    Case("es", "Este contenido es exclusivo para suscriptores.", W),
    Case("es", "Aceptar todas las cookies cuesta, de media, un solo clic. Rechazarlas, 3,8.", None),
    Case("es", "Foto: EFE", CR, "image_credits", ("EFE",)),
    Case("es", "(Foto: Europa Press)", CR, "image_credits", ("Europa Press",)),
    Case(
        "es",
        "La foto de la alcaldesa con los vecinos recorrió las redes sociales ese mismo día.",
        None,
    ),
    Case(
        "es",
        "Etiquetas: biblioteca, cultura, presupuesto",
        TOP,
        "topics",
        ("biblioteca", "cultura", "presupuesto"),
    ),
    Case("es", "Fuente: EFE / Europa Press", SRC, "sources", ("EFE", "Europa Press")),
    Case(
        "es",
        "Fuente Vieja, el barrio más bajo del pueblo, fue el primero en quedar incomunicado.",
        None,
    ),
    Case("es", "© Diario del Molino. Todos los derechos reservados.", COPY),
    Case("es", "Con información de EFE", WIRE),
    Case("es", "Publicidad", FURN),
    Case("es", "Compartir en WhatsApp", SHARE),
    Case("es", "Síguenos en Instagram", FOLLOW),
    Case("es", "Lee también: El presupuesto de cultura baja un 5%", LINK),
    Case("es", "Compartir el coste entre todos los barrios es la propuesta de la oposición.", None),
    Case("es", "¿Qué opinas? Déjanos tu opinión en los comentarios.", RQ, where="end"),
    Case(
        "es", "¿Cuántas horas duermen tus hijos? Cuéntanoslo en los comentarios.", RQ, where="end"
    ),
    Case("es", "¿Tiene una historia que contar? Escríbanos a la redacción.", RQ, where="end"),
    Case(
        "es",
        "¿Quién tiene la culpa? Pregunten a nuestros políticos, dijo un vecino.",
        None,
        where="end",
    ),
    Case(
        "es",
        "«¿Qué opinan ustedes?», preguntó la alcaldesa a los vecinos reunidos.",
        None,
        where="end",
    ),
    # --- Italian -----------------------------------------------------------------------------
    Case("it", "Non perderti nessuna notizia: attiva le notifiche.", P),
    Case("it", "Questo sito utilizza cookie tecnici e di profilazione.", C),
    Case("it", "Iscriviti alla nostra newsletter per ricevere le notizie ogni mattina.", N),
    Case("it", "Scarica la nostra app gratuita.", A),
    Case("it", "Questo articolo è riservato agli abbonati.", W),
    Case(
        "it",
        "«Iscriviti alla newsletter» è la frase più cliccata dei siti, secondo lo studio.",
        None,
    ),
    Case("it", "Foto ANSA", CR, "image_credits", ("ANSA",)),
    Case(
        "it",
        "Il sindaco davanti alla biblioteca. (Foto ANSA/Matteo Corradi)",
        CAP,
        "image_credits",
        ("ANSA/Matteo Corradi",),
    ),
    Case("it", "Una foto tessera recente è necessaria per la domanda, ricorda il Comune.", None),
    Case(
        "it",
        "Argomenti: biblioteca, cultura, bilancio",
        TOP,
        "topics",
        ("biblioteca", "cultura", "bilancio"),
    ),
    Case("it", "Fonte: Corriere di Valmarena", SRC, "sources", ("Corriere di Valmarena",)),
    Case(
        "it",
        "Fonte di polemiche, nelle ultime settimane, è stato il costo del riscaldamento.",
        None,
    ),
    Case("it", "© RIPRODUZIONE RISERVATA", COPY),
    Case("it", "Pubblicità", FURN),
    Case("it", "Condividi su Facebook", SHARE),
    Case("it", "Seguici su Instagram", FOLLOW),
    Case("it", "Leggi anche: Il bilancio della cultura in calo", LINK),
    Case("it", "Condivisa da tutti i gruppi consiliari, la mozione è passata all'unanimità.", None),
    Case("it", "E voi cosa ne pensate? Scriveteci nei commenti.", RQ, where="end"),
    Case(
        "it",
        "Hai un problema con un'azienda? Prenota un appuntamento con i nostri esperti.",
        RQ,
        where="end",
    ),
    Case(
        "it",
        "Chi ha sbagliato? Chiedete ai nostri politici, ha detto il sindaco.",
        None,
        where="end",
    ),
    Case("it", "«E voi cosa ne pensate?», ha chiesto il sindaco ai residenti.", None, where="end"),
    # --- Portuguese --------------------------------------------------------------------------
    Case("pt", "Não perca nenhuma notícia: ative as notificações.", P),
    Case("pt", "Este site utiliza cookies para melhorar a sua experiência.", C),
    Case("pt", "Assine a nossa newsletter e receba as notícias todas as manhãs.", N),
    Case("pt", "Baixe o nosso aplicativo gratuito.", A),
    Case("pt", "Este conteúdo é exclusivo para assinantes.", W),
    Case(
        "pt",
        'Ao clicar em "aceitar todos os cookies", o internauta autoriza também os de terceiros.',
        None,
    ),
    Case("pt", "Foto: Divulgação", CR, "image_credits", ("Divulgação",)),
    Case("pt", "(Imagem: Reprodução/Instagram)", CR, "image_credits", ("Reprodução/Instagram",)),
    Case(
        "pt",
        "Nas redes sociais, uma fotografia da sala de espera foi partilhada milhares de vezes.",
        None,
    ),
    Case(
        "pt",
        "Tópicos: biblioteca, cultura, orçamento",
        TOP,
        "topics",
        ("biblioteca", "cultura", "orçamento"),
    ),
    Case("pt", "Fonte: Agência Brasil", SRC, "sources", ("Agência Brasil",)),
    Case("pt", "A fonte de receita da biblioteca é, há anos, o aluguel das salas de estudo.", None),
    Case("pt", "© 2018 Circuito Digital. Todos os direitos reservados.", COPY),
    Case("pt", "Com informações da Agência Brasil", WIRE),
    Case("pt", "Publicidade", FURN),
    Case("pt", "Compartilhe no WhatsApp", SHARE),
    Case("pt", "Siga-nos no Instagram", FOLLOW),
    Case("pt", "Leia também: Orçamento da cultura cai 5%", LINK),
    Case("pt", "Partilhar a liderança com o rival não estava nos planos do treinador.", None),
    Case("pt", "E você, o que acha? Deixe sua opinião nos comentários.", RQ, where="end"),
    Case(
        "pt",
        "Tem uma história para contar? Escreva-nos para o endereço do jornal.",
        RQ,
        where="end",
    ),
    Case(
        "pt",
        "Quem tem a culpa? Consulte os nossos vereadores, disse o presidente da junta.",
        None,
        where="end",
    ),
    Case("pt", "«E vocês, o que acham?», perguntou o prefeito aos moradores.", None, where="end"),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_a_line_in_each_language(case: Case) -> None:
    article = newsclean.clean("\n\n".join(story(case)))
    assert article.language == case.code
    if case.taken is None:
        assert case.line in article.body, article.removed
        assert article.removed == ()
        return
    assert case.line not in article.body
    taken = [(r.filter, r.reason) for r in article.removed if r.filter != "assemble"]
    assert taken == [case.taken]
    if case.field is not None:
        assert getattr(article, case.field) == case.values
    assert article.body == tuple(p for p in story(case) if p != case.line)


def test_every_filter_has_cases_in_every_new_language():
    """Each language has positives and hard negatives (kept lines) across the filters."""
    for code in ("de", "fr", "es", "it", "pt"):
        mine = [c for c in CASES if c.code == code]
        filters = {c.taken[0] for c in mine if c.taken}
        assert {
            "prompts",
            "credits",
            "topics",
            "sources",
            "engagement",
            "reader_questions",
        } <= filters
        assert sum(c.taken is None for c in mine) >= 5, code


# --- the header: dates, bylines, titles --------------------------------------------------------


def header(code: str, *lines: str) -> newsclean.Article:
    return newsclean.clean("\n\n".join((*lines, *STORY[code])))


@pytest.mark.parametrize(
    ("code", "line", "iso"),
    [
        ("de", "16. Mai 2017, 14:30 Uhr", "2017-05-16T14:30"),
        ("de", "Veröffentlicht am 16.05.2017 um 14:30 Uhr", "2017-05-16T14:30"),
        ("de", "Dienstag, 16. Mai 2017", "2017-05-16"),
        ("de", "Fr 21.10.2022 | 16:08 Uhr", "2022-10-21T16:08"),
        ("de", "BERLIN, 16. Mai 2017", "2017-05-16"),
        ("fr", "Publié le 16 mai 2017 à 14h30", "2017-05-16T14:30"),
        ("fr", "Le mardi 16 mai 2017 à 14:32", "2017-05-16T14:32"),
        ("fr", "Publié le 1er mai 2017 à 9 h 05", "2017-05-01T09:05"),
        (
            "fr",
            "09/02/2018 17:24 GMT | Mis à jour le 09/02/2018 19:02 GMT",
            "2018-02-09T17:24+00:00",
        ),
        ("es", "16 de mayo de 2017 - 14:30 h", "2017-05-16T14:30"),
        ("es", "martes, 16 de mayo de 2017, 10:30 p. m.", "2017-05-16T22:30"),
        (
            "es",
            "Publicado: 12/11/2022 22:58 CET | Actualizado: 13/11/2022 00:12 CET",
            "2022-11-12T22:58+01:00",
        ),
        ("it", "16 maggio 2017 ore 14:30", "2017-05-16T14:30"),
        ("it", "Pubblicato il 16/05/2017 alle 14.30", "2017-05-16T14:30"),
        ("it", "16 maggio 2023 (modifica il 17 maggio 2023 | 18:40)", "2023-05-16"),
        ("pt", "16 de maio de 2017 às 14h30", "2017-05-16T14:30"),
        ("pt", "sexta-feira, 22 de outubro de 2010 às 20:13", "2010-10-22T20:13"),
        ("pt", "22/06/2018 às 10h15 (horário de Brasília)", "2018-06-22T10:15-03:00"),
        ("pt", "Publicado a 9 de março de 2021 às 07:15", "2021-03-09T07:15"),
        ("pt", "14/03/2023 09h30 Atualizado há 2 horas", "2023-03-14T09:30"),
        ("de", "14.03.2023, 09:30 Uhr Aktualisiert vor 2 Stunden", "2023-03-14T09:30"),
        ("es", "14/03/2023 09:30 Actualizado hace 5 minutos", "2023-03-14T09:30"),
    ],
)
def test_dates_in_each_language(code, line, iso):
    article = header(code, line)
    assert article.published == iso
    assert line not in article.body


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("de", "vor 3 Stunden"),
        ("fr", "il y a 3 heures"),
        ("es", "hace 3 horas"),
        ("it", "3 ore fa"),
        ("pt", "há 3 horas"),
    ],
)
def test_relative_times_in_each_language_give_no_date(code, line):
    article = header(code, line)
    assert article.published is None
    assert [r.reason for r in article.removed] == ["relative_date"]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("de", "Am 16. Mai 2017 wurde die Brücke gesperrt, seitdem stauen sich die Autos."),
        ("de", "Vom 1. Juli 2024 an gilt es."),
        (
            "fr",
            "Le 30 juin 2016, jour du dernier car, une quinzaine d'habitants attendaient.",
        ),
        ("es", "16 de mayo de 1955: esa es la fecha de la primera factura de harina del negocio."),
        ("it", "1° settembre 2023: è la data entro cui gli atenei devono pubblicare i bandi."),
        ("pt", "5 de fevereiro foi o dia escolhido pelo casal para anunciar a mudança."),
    ],
)
def test_a_date_opening_a_sentence_stays(code, line):
    article = header(code, line)
    assert article.published is None
    assert line in article.body


HEADLINES = {
    "de": "Stadtrat rettet die Bibliothek in der Mühlgasse",
    "fr": "Le conseil municipal sauve la bibliothèque du Moulin",
    "es": "El ayuntamiento salva la biblioteca del Molino",
    "it": "Il consiglio comunale salva la biblioteca del Mulino",
    "pt": "Câmara municipal salva a biblioteca do Moinho",
}


@pytest.mark.parametrize(
    ("code", "byline", "authors"),
    [
        ("de", "Von Anna Schmidt und Peter Müller, dpa", ("Anna Schmidt", "Peter Müller")),
        ("de", "Von Malte Hinrichsen, NWR Studio Westküste", ("Malte Hinrichsen",)),
        ("fr", "Par Jean Dupont et Marie Martin", ("Jean Dupont", "Marie Martin")),
        ("fr", "Par Nathalie Rouvière, correspondante", ("Nathalie Rouvière",)),
        ("fr", "Par Hélène Castagnet (avec AFP)", ("Hélène Castagnet",)),
        ("es", "Por Juan Pérez y María López", ("Juan Pérez", "María López")),
        ("es", "Álvaro Castañeda | Almenara", ("Álvaro Castañeda",)),
        ("it", "Di Mario Rossi e Luca Bianchi", ("Mario Rossi", "Luca Bianchi")),
        ("it", "di C. Moretti e A. Sannino", ("C. Moretti", "A. Sannino")),
        ("pt", "Por João Silva e Maria Santos, da Lusa", ("João Silva", "Maria Santos")),
        ("pt", "Joana Pereira Lemos - RTN", ("Joana Pereira Lemos",)),
    ],
)
def test_bylines_in_each_language(code, byline, authors):
    article = header(code, HEADLINES[code], byline, "16.05.2017")
    assert article.title == HEADLINES[code]
    assert article.authors == authors
    assert byline not in article.body


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("de", "Von Montag an gilt eine Umleitung über die Nordbrücke, teilte die Stadt mit."),
        ("fr", "Par ailleurs, la mairie a annoncé une hausse des horaires d'ouverture."),
        ("es", "Por la tarde, el tráfico volvió a la normalidad en toda la ciudad."),
        ("it", "Di recente il Comune ha rinnovato anche la sala studio al primo piano."),
        ("pt", "Por trás do projeto estão Mariana Coutinho, Felipe Arruda e Jonas Albuquerque."),
    ],
)
def test_a_sentence_opening_with_the_byline_word_stays(code, line):
    article = header(code, HEADLINES[code], "16.05.2017", line)
    assert article.authors == ()
    assert line in article.body


@pytest.mark.parametrize(
    ("code", "headline"),
    [
        ("it", "Di Maio incontra i sindaci della provincia"),
        ("de", "Von der Leyen besucht die Werft in Kiel"),
        ("es", "Por qué cierra la biblioteca del Molino"),
    ],
)
def test_a_headline_opening_with_the_byline_word_is_a_headline(code, headline):
    article = header(code, headline, "16.05.2017")
    assert article.title == headline
    assert article.authors == ()


@pytest.mark.parametrize(
    ("code", "section"),
    [("de", "Politik"), ("fr", "Culture"), ("es", "Cultura"), ("it", "Cultura"), ("pt", "Cultura")],
)
def test_a_section_label_above_the_headline_goes(code, section):
    article = header(code, section, HEADLINES[code], HEADLINES[code], "16.05.2017")
    assert article.title == HEADLINES[code]
    assert section not in article.body
    assert ("title", "section_label") in [(r.filter, r.reason) for r in article.removed]


def test_a_comment_thread_goes_whole_under_its_heading():
    comments = (
        "2 réflexions sur « Le conseil municipal sauve la bibliothèque »",
        "Gérard M. dit :",
        "Bravo à tous, chez nous c'est pareil depuis deux ans.",
        "Répondre",
    )
    article = newsclean.clean("\n\n".join((*STORY["fr"], *comments)))
    assert article.body == STORY["fr"]
    assert {r.reason for r in article.removed} == {"comment_residue"}


def test_a_comment_heading_without_commenters_is_left_to_the_other_rules():
    line = "2 réflexions sur la bibliothèque"
    article = newsclean.clean("\n\n".join((*STORY["fr"][:2], line, STORY["fr"][2])))
    assert line in article.body


@pytest.mark.parametrize(
    ("code", "byline", "bio"),
    [
        ("de", "Von Lena Brück", "Über die Autorin: Lena Brück ist Redakteurin im Lokalteil."),
        ("fr", "Par Marie Lenoir", "À propos de l’auteur : Marie Lenoir est journaliste."),
        ("es", "Por Irene Castejón", "Sobre la autora: Irene Castejón es periodista."),
        ("it", "di Giulia Ferraris", "L'autrice: Giulia Ferraris è giornalista a Torino."),
        ("pt", "Por Joana Lemos", "Sobre a autora: Joana Lemos é jornalista em Braga."),
    ],
)
def test_a_labelled_author_bio_in_each_language(code, byline, bio):
    """The label (either apostrophe) is read off; then the bio must open with the author."""
    article = newsclean.clean("\n\n".join(("Biblioteca", byline, *STORY[code], bio)))
    assert ("byline", "author_bio") in [
        (r.filter, r.reason) for r in article.removed if r.text == bio
    ]
    # The same label over a line that does not open with the author stays.
    other = bio.split(":", 1)[0] + ": la redacción prepara un dosier sobre la biblioteca."
    article = newsclean.clean("\n\n".join(("Biblioteca", byline, *STORY[code], other)))
    assert other in article.body


@pytest.mark.parametrize(
    ("code", "note", "narration"),
    [
        (
            "de",
            "Professorin für Soziologie in Leipzig. Schreibt jeden Donnerstag.",
            "Die Großmutter lebt in Leipzig. Schreibt jeden Donnerstag.",
        ),
        (
            "fr",
            "Professeure de sociologie à Lyon. Écrit chaque jeudi.",
            "La grand-mère vit à Lyon. Écrit chaque jeudi.",
        ),
        (
            "es",
            "Profesora de Sociología en Zaragoza. Escribe cada jueves.",
            "La abuela vive en Zaragoza. Escribe cada jueves.",
        ),
        (
            "it",
            "Docente di sociologia a Torino. Scrive ogni giovedì.",
            "La nonna vive a Torino. Scrive ogni giovedì.",
        ),
    ],
)
def test_a_columnists_note_in_each_language(code, note, narration):
    """The column's day after a note of a job and a place goes; after narration (a verb before
    it: the subject is dropped, not absent) it stays."""
    article = newsclean.clean("\n\n".join((*STORY[code], note)), language=code)
    assert article.body == STORY[code]
    assert [(r.filter, r.reason) for r in article.removed] == [("byline", "author_bio")]
    article = newsclean.clean("\n\n".join((*STORY[code], narration)), language=code)
    assert narration in article.body
