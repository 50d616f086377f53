"""The engagement filter: page furniture, share/follow prompts, comment residue, read-more links and
reader questions at the end are removed; story sentences using the same words stay."""

from __future__ import annotations

import pytest

from newsclean import Pipeline

from .helpers import CLOSING, MIDDLE, OPENING, clean, inside, only, removals, removed_texts

LEAD = (
    "The number 14 bus between Kellsbury and Harlow Bay will stop running at the end of June, the "
    "county council confirmed on Wednesday.",
    "The route carries about 900 passengers a day, most of them pensioners travelling to the "
    "hospital in Harlow Bay.",
)
TAIL = (
    "The council said it would look at a smaller on-demand minibus service to replace part of the "
    "route next year.",
)
ARTICLE = (*LEAD, *TAIL)


def story(paragraph: str) -> tuple[str, ...]:
    return inside(paragraph, LEAD, TAIL)


# --- positive cases ----------------------------------------------------------------------------

LINES = [
    pytest.param("Advertisement", "page_furniture", id="advertisement"),
    pytest.param("Story continues below advertisement", "page_furniture", id="story-continues"),
    pytest.param("Skip to main content", "page_furniture", id="skip-link"),
    pytest.param("Back to top", "page_furniture", id="back-to-top"),
    pytest.param("Loading...", "page_furniture", id="loading"),
    pytest.param("Jump to comments", "page_furniture", id="jump-to-comments"),
    pytest.param("Share this article", "share_prompt", id="share-this-article"),
    pytest.param("Share on Facebook Twitter Email", "share_prompt", id="share-buttons"),
    pytest.param("Tweet Email Share", "share_prompt", id="button-row"),
    pytest.param("Follow us on Twitter", "follow_prompt", id="follow-us"),
    pytest.param(
        "Follow Mara Quill on Twitter @maraquill", "follow_prompt", id="follow-the-reporter"
    ),
    pytest.param("5 comments", "comment_residue", id="comment-count"),
    pytest.param("Leave a comment", "comment_residue", id="leave-a-comment"),
    pytest.param("View all 12 comments", "comment_residue", id="view-comments"),
    pytest.param("Sort by: Newest", "comment_residue", id="sort-by"),
    pytest.param(
        "Read more: Hospital car park charges to rise in April", "link_line", id="read-more-line"
    ),
    pytest.param("Related: Harlow Bay ferry to run all winter", "link_line", id="related-line"),
    pytest.param("Home › News › Kellsbury", "page_furniture", id="breadcrumb"),
    pytest.param("Home / Transport / Buses", "page_furniture", id="breadcrumb-slashes"),
    pytest.param("Return to full list", "page_furniture", id="return-to-list"),
    pytest.param("Back to news", "page_furniture", id="back-to-news"),
]


@pytest.mark.parametrize(("line", "reason"), LINES)
def test_engagement_line_is_removed(line, reason):
    article = clean(*story(line))
    assert article.body == ARTICLE
    assert removed_texts(article) == [("engagement", reason, line)]
    assert article.removed[0].field is None


def test_link_titles_under_a_heading_are_removed():
    titles = (
        "Hospital car park charges to rise in April",
        "Harlow Bay ferry to run all winter",
        "Why is the bypass late?",
    )
    article = clean(*LEAD, "Most popular", *titles, *TAIL)
    assert article.body == ARTICLE
    assert removed_texts(article) == [
        ("engagement", "link_list", "Most popular"),
        *[("engagement", "link_list", title) for title in titles],
    ]


READER_QUESTIONS = [
    pytest.param(
        "Readers, what do you think? Let us know in the comments below.", id="vocative-readers"
    ),
    pytest.param("Kellsburians, have you used the number 14?", id="vocative-demonym"),
    pytest.param("Let us know in the comments.", id="call-in-the-comments"),
    pytest.param("What do you think?", id="what-do-you-think"),
    pytest.param("Have your say below.", id="have-your-say"),
    pytest.param(
        "Thinking about a bus pass? Browse the routes near you on our Travel page.",
        id="question-then-call-to-act",
    ),
    pytest.param(
        "Did the 14 get you to work? Tell us all about it, we'd love to hear from you.",
        id="question-then-tell-us",
    ),
]

# A question answered by the story's own words, or by a call said by someone else, stays.
LAST_LINES_THAT_STAY = [
    pytest.param("Can the route be saved? Only time will tell.", id="question-and-answer"),
    pytest.param(
        "Who is to blame? Ask our councillors, who have cut the route twice.",
        id="rhetorical-ask-our",
    ),
    pytest.param(
        '"Will it come back?" Tell us, one passenger asked the driver.',
        id="quoted-exchange",
    ),
    pytest.param(
        "Do you remember the old route? Our grandparents took it every Sunday.",
        id="our-in-narration",
    ),
]


@pytest.mark.parametrize("line", LAST_LINES_THAT_STAY)
def test_a_last_question_that_is_the_storys_stays(line):
    article = clean(*ARTICLE, line)
    assert article.body == (*ARTICLE, line)


@pytest.mark.parametrize("question", READER_QUESTIONS)
def test_reader_question_at_the_end_is_removed(question):
    article = clean(*ARTICLE, question)
    assert article.body == ARTICLE
    assert removed_texts(article) == [("reader_questions", "reader_question", question)]


def test_reader_question_above_a_share_line():
    question = "Readers, have you used the number 14? Tell us what you think."
    article = clean(*ARTICLE, question, "Share this article")
    assert article.body == ARTICLE
    assert removals(article) == [
        ("reader_questions", "reader_question"),
        ("engagement", "share_prompt"),
    ]


def test_scraped_page_with_furniture_throughout():
    article = clean(
        "Skip to main content",
        LEAD[0],
        "Advertisement",
        LEAD[1],
        "Read more: Hospital car park charges to rise in April",
        *TAIL,
        "What do you think?",
        "Share on Facebook Twitter Email",
        "3 comments",
    )
    assert article.body == ARTICLE
    assert removals(article) == [
        ("engagement", "page_furniture"),
        ("engagement", "page_furniture"),
        ("engagement", "link_line"),
        ("reader_questions", "reader_question"),
        ("engagement", "share_prompt"),
        ("engagement", "comment_residue"),
    ]


def test_engagement_alone_in_a_pipeline():
    article = clean(*story("Advertisement"), pipeline=only("engagement"))
    assert article.body == ARTICLE
    assert removals(article) == [("engagement", "page_furniture")]


# --- hard negatives ------------------------------------------------------------------------------

HARD_NEGATIVES = [
    pytest.param(
        "Share prices fell 4% on Monday after the operator lost the contract.", id="share-prices"
    ),
    pytest.param("Share your story with us: submit it on the council's website.", id="submit-it"),
    pytest.param("Submit your photos and share them with us.", id="submit-and-share"),
    pytest.param("Share submissions have doubled, the exchange said.", id="share-submissions"),
    pytest.param("Read more about it on the website, she said.", id="read-more-reported"),
    pytest.param(
        "Follow the river path north for two miles and the old bus shelter is on your left.",
        id="follow-the-river-path",
    ),
    pytest.param(
        '"Click here to claim your refund," the scam text read, linking to a fake site.',
        id="quote-with-click-here",
    ),
    pytest.param("Why?", id="one-line-why"),
    pytest.param("Comments from passengers have been overwhelmingly negative.", id="comments-from"),
    pytest.param("Email remains the main way staff contact the depot.", id="email-remains"),
    pytest.param("Print shops in the town centre have also seen fewer customers.", id="print"),
    pytest.param("Like many rural routes, the 14 has lost money for years.", id="like-many"),
    pytest.param("Reply cards were sent to every household on the route.", id="reply-cards"),
    pytest.param(
        "Sponsored by the Harlow Bay Rotary Club, the minibus trial starts in May.",
        id="sponsored-by",
    ),
    pytest.param("Advertising on the buses brought in £40,000 a year.", id="advertising-on"),
    pytest.param(
        "Latest: Police have reopened the northbound carriageway.",
        id="live-update-latest",
    ),
    pytest.param("Follow the signs for the park-and-ride from junction 4.", id="follow-the-signs"),
    pytest.param("Share and share alike, she always said.", id="share-and-share-alike"),
    # Slashes make a breadcrumb only from a home page, with capitalised items and no sentence.
    pytest.param("Home / away form will decide the derby", id="home-slash-lowercase"),
    pytest.param("Home / Away: the club won 12 of 15 at home.", id="home-slash-sentence"),
    pytest.param("Buses / Trains", id="slashes-without-home"),
    pytest.param("Return to the list of candidates, the judge ordered.", id="return-to-the-list"),
]


def test_a_row_of_buttons_of_several_kinds_goes_part_by_part():
    article = clean(*story("Advertisement | Share this article | 5 comments"))
    assert article.body == ARTICLE
    assert removed_texts(article) == [
        ("engagement", "page_furniture", "Advertisement"),
        ("engagement", "share_prompt", "Share this article"),
        ("engagement", "comment_residue", "5 comments"),
        *[("assemble", "separator", "|")] * 2,
    ]


def test_a_row_of_buttons_in_spanish():
    lines = (
        "El ayuntamiento aprobó el martes mantener abierta la biblioteca de la calle del Molino "
        "durante al menos tres años más, revocando la decisión que tomó en primavera.",
        "Guardar | Comentar (4)",
        "Los vecinos habían reunido más de 4.000 firmas y organizado una lectura pública cada "
        "sábado en las escaleras del edificio desde abril.",
    )
    article = clean(*lines)
    assert article.body == (lines[0], lines[2])
    assert removals(article)[:2] == [
        ("engagement", "page_furniture"),
        ("engagement", "comment_residue"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Share | The mayor said the road would reopen by Friday",  # one part is a sentence
        "Print | Jobs | Homes",  # section names, not buttons
    ],
)
def test_a_row_with_any_part_that_is_no_button_stays(line):
    paragraphs = story(line)
    assert clean(*paragraphs).body == paragraphs


@pytest.mark.parametrize("paragraph", HARD_NEGATIVES)
def test_story_text_with_engagement_words_stays(paragraph):
    paragraphs = story(paragraph)
    article = clean(*paragraphs)
    assert paragraph in article.body
    assert article.body == paragraphs
    assert article.removed == ()


ENDING_NEGATIVES = [
    pytest.param(
        "What happens to the pensioners who rely on it? Nobody at the council would say.",
        id="question-not-addressed-to-readers",
    ),
    pytest.param(
        '"So what do you think?" the driver asked one passenger, who shrugged.',
        id="quoted-what-do-you-think",
    ),
    pytest.param(
        "Councillors, who voted 7-5 for the cut, will meet again in July.",
        id="councillors-who",
    ),
    pytest.param(
        "We would love to hear from anyone who used the number 14 over the years, so share your "
        "memories of the route and tell us what it meant to you in the comments below.",
        id="long-call-is-the-authors-text",
    ),
    pytest.param(
        "Pensioners, who make up most of the route's passengers, say they will be stranded.",
        id="pensioners-who-relative-clause",
    ),
    pytest.param(
        "Drivers, what will they do now? Most have worked the route for twenty years.",
        id="rhetorical-question-about-drivers",
    ),
    pytest.param(
        "Tenants who rely on the route should let us know if the service fails them, the council "
        "said.",
        id="let-us-know-reported-without-quotes",
    ),
    pytest.param(
        "Residents will get a chance to sound off at a public meeting in the Corn Exchange on "
        "Tuesday.",
        id="sound-off-at-a-meeting",
    ),
    pytest.param(
        "The consultation, called Have Your Say, closes on 30 June.",
        id="consultation-named-have-your-say",
    ),
    pytest.param(
        "Comment below the line was overwhelmingly hostile to the council.",
        id="comment-below-the-line",
    ),
    pytest.param(
        "Pensioners, who have sent us more than 300 letters, will protest on Friday.",
        id="pensioners-who-sent-us-letters",
    ),
]


@pytest.mark.parametrize("paragraph", ENDING_NEGATIVES)
def test_story_text_at_the_end_that_looks_like_a_reader_question_stays(paragraph):
    paragraphs = (*ARTICLE, paragraph)
    article = clean(*paragraphs)
    assert paragraph in article.body
    assert article.body == paragraphs
    assert article.removed == ()


def test_short_list_lines_in_the_story_stay():
    paragraphs = (
        *LEAD,
        "Stops that will lose their service:",
        "Mill Lane",
        "Corn Exchange",
        "Harlow Bay Hospital",
        *TAIL,
    )
    article = clean(*paragraphs)
    assert article.body == paragraphs
    assert article.removed == ()


def test_events_listed_under_a_dont_miss_subheading_stay():
    paragraphs = (
        *ARTICLE,
        "Don't miss",
        "The lantern parade on the quay, Friday at 7pm",
        "Fireworks over Harlow Bay, Saturday at 9pm",
    )
    article = clean(*paragraphs)
    assert article.body == paragraphs
    assert article.removed == ()


# --- parameters ----------------------------------------------------------------------------------

TITLES = (
    "Hospital car park charges to rise in April",
    "Harlow Bay ferry to run all winter",
    "New cycle lane opens on Dock Road",
)


def test_max_line_words_lowered_keeps_a_link_line():
    line = "Read more: Hospital car park charges to rise in April"
    pipeline = Pipeline.default().configure("engagement", max_line_words=5)
    article = clean(*story(line), pipeline=pipeline)
    assert article.body == story(line)
    assert article.removed == ()


def test_max_link_words_lowered_stops_the_list():
    pipeline = Pipeline.default().configure("engagement", max_link_words=7)
    article = clean(*LEAD, "Most popular", *TITLES, *TAIL, pipeline=pipeline)
    # the first title has 8 words, so the list under the heading ends at once
    assert article.body == (*LEAD, *TITLES, *TAIL)
    assert removed_texts(article) == [("engagement", "link_list", "Most popular")]


def test_max_links_limits_the_titles_taken():
    pipeline = Pipeline.default().configure("engagement", max_links=2)
    article = clean(*LEAD, "Most popular", *TITLES, *TAIL, pipeline=pipeline)
    assert article.body == (*LEAD, TITLES[2], *TAIL)
    assert removals(article) == [("engagement", "link_list")] * 3


def test_reader_lines_limits_how_far_back_questions_are_looked_for():
    questions = ("Readers, have you used the number 14?", "Let us know in the comments.")
    default = clean(*ARTICLE, *questions)
    assert default.body == ARTICLE
    pipeline = Pipeline.default().configure("reader_questions", reader_lines=1)
    article = clean(*ARTICLE, *questions, pipeline=pipeline)
    assert article.body == (*ARTICLE, questions[0])
    assert removed_texts(article) == [("reader_questions", "reader_question", questions[1])]


VOCATIVE = (
    "Readers, did the number 14 take you to school, to work or to visit someone in hospital, and "
    "what will you do when it stops running in June?"
)


def test_max_reader_words_lowered_keeps_a_long_vocative_question():
    assert clean(*ARTICLE, VOCATIVE).body == ARTICLE
    pipeline = Pipeline.default().configure("reader_questions", max_reader_words=20)
    article = clean(*ARTICLE, VOCATIVE, pipeline=pipeline)
    assert article.body == (*ARTICLE, VOCATIVE)
    assert article.removed == ()


CALL = (
    "We would love to hear from anyone who used the number 14 over the years, so share your "
    "memories of the route and tell us what it meant to you in the comments below."
)


def test_max_call_words_raised_removes_a_long_call():
    pipeline = Pipeline.default().configure("reader_questions", max_call_words=40)
    article = clean(*ARTICLE, CALL, pipeline=pipeline)
    assert article.body == ARTICLE
    assert removed_texts(article) == [("reader_questions", "reader_question", CALL)]


def test_max_call_words_lowered_keeps_a_short_call():
    call = "Let us know in the comments."
    pipeline = Pipeline.default().configure("reader_questions", max_call_words=3)
    article = clean(*ARTICLE, call, pipeline=pipeline)
    assert article.body == (*ARTICLE, call)
    assert article.removed == ()


# --- tagged link titles, label-and-links lines, glued share buttons -------------------------------

ARTICLE_BODY = (OPENING, MIDDLE, CLOSING)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Flood barrier fails its first winter test [VIDEO]", id="tagged-video"),
        pytest.param("Mayor breaks silence on the library vote [NEWS]", id="tagged-news"),
        pytest.param("Download: http://example.test/ep12", id="label-and-link"),
        pytest.param(
            "More Courier sport: https://example.test/sport and https://example.test/live",
            id="label-and-two-links",
        ),
        pytest.param("On KellsburyCourier.com: Library saved after petition", id="on-site-com"),
    ],
)
def test_link_lines_are_removed(line):
    article = clean(OPENING, MIDDLE, line, CLOSING)
    assert article.body == ARTICLE_BODY
    assert removals(article) == [("engagement", "link_line")]


def test_related_coverage_heading_takes_its_titles():
    lines = ("Related coverage from the Courier archive:", "The ferry that never sailed")
    article = clean(OPENING, MIDDLE, CLOSING, *lines)
    assert article.body == ARTICLE_BODY
    assert removals(article) == [("engagement", "link_list")] * 2


def test_more_stories_heading_takes_its_titles():
    titles = ("More Great Courier Stories", "The ferry that never sailed", "Why the pool closed")
    article = clean(OPENING, MIDDLE, CLOSING, *titles)
    assert article.body == ARTICLE_BODY
    assert removals(article) == [("engagement", "link_list")] * 3


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("www.kellsburylibrary.example", id="bare-address-is-a-reference"),
        pytest.param("https://example.test/report.pdf", id="bare-link-is-a-reference"),
        pytest.param(
            "The council's report [PDF] was published on Tuesday and runs to 90 pages.",
            id="bracketed-word-inside-a-sentence",
        ),
        pytest.param(
            "Readers can see the petition at www.example.test, the campaign said.",
            id="address-in-a-sentence",
        ),
    ],
)
def test_links_that_belong_to_the_story_stay(paragraph):
    article = clean(*inside(paragraph))
    assert article.body == inside(paragraph)
    assert article.removed == ()


def test_click_to_tweet_glued_to_a_paragraph_is_cut_off():
    glued = "Every library is a promise to the next generation.Click To Tweet"
    article = clean(OPENING, glued, CLOSING)
    assert article.body == (OPENING, "Every library is a promise to the next generation.", CLOSING)
    assert removed_texts(article) == [("engagement", "share_prompt", "Click To Tweet")]


def test_a_sentence_about_tweeting_stays():
    paragraph = "Campaigners urged residents to click to tweet their support on Saturday."
    article = clean(*inside(paragraph))
    assert article.body == inside(paragraph)
    assert article.removed == ()


@pytest.mark.parametrize(
    "line", ["VIDEO", "Image 2 of 5", "Media caption The lifeboat returning to harbour", "Close"]
)
def test_gallery_and_player_furniture_is_removed(line):
    article = clean(OPENING, MIDDLE, line, CLOSING)
    assert article.body == ARTICLE_BODY
    assert removals(article) == [("engagement", "page_furniture")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The video was shared more than 10,000 times by Sunday evening.",
        "Close to 400 people signed the petition in its first week.",
        "Image 2 of the council's plans shows the new reading room.",
    ],
)
def test_story_lines_that_start_like_furniture_stay(paragraph):
    article = clean(*inside(paragraph))
    assert article.body == inside(paragraph)


# --- markup printed as text ----------------------------------------------------------------------

CLASS_NAMES = (
    "- narrow-browser-and-phone",
    "- medium-browser-and-portrait-tablet",
    "- landscape-tablet",
    "- wide-browser-and-larger",
)


@pytest.mark.parametrize(
    "line",
    [
        '[button link="https://www.kellsbury-echo.example/send-a-story/" type="big"] Send us your'
        " story[/button]",
        '&amp;lt;span data-mce-type="bookmark" style="display: inline-block; width: 0px;"'
        ' class="mce_SELRES_start"&amp;gt;&amp;amp;#65279;&amp;lt;/span&amp;gt;',
        '<div class="ad-slot" data-slot="mid-article"></div>',
        "&lt;p&gt;&lt;br&gt;&lt;/p&gt;",
    ],
    ids=["shortcode", "escaped-tags", "tags", "escaped-paragraph"],
)
def test_a_line_of_markup_is_removed(line):
    article = clean(*story(line))
    assert article.body == ARTICLE
    assert removed_texts(article) == [("engagement", "markup_residue", line)]


def test_a_run_of_class_names_is_removed():
    article = clean(*LEAD, *CLASS_NAMES, *TAIL)
    assert article.body == ARTICLE
    assert removals(article) == [("engagement", "markup_residue")] * len(CLASS_NAMES)


@pytest.mark.parametrize(
    "paragraph",
    [
        "<The Palace: Tale of Jang Noksu>",
        "Editors can force a line break with the <br> tag, the council's web team explained.",
        'The page printed the code <span class="x"> for every accent, readers said.',
        "The report [sic] was published on Tuesday [1].",
        "[The Palace: Tale of Jang Noksu] More Reviews from Visitors!",
        "Fish & chips & mushy peas cost £8 at the harbour kiosk.",
    ],
    ids=["angle-title", "tag-in-sentence", "span-in-sentence", "footnotes", "bracket-title", "amp"],
)
def test_text_that_mentions_markup_stays(paragraph):
    article = clean(*story(paragraph))
    assert paragraph in article.body
    assert removals(article) == []


@pytest.mark.parametrize(
    "items",
    [
        ("- gluten-free", "- dairy-free", "- sugar-free"),
        ("- cross-border", "- state-of-the-art"),
    ],
    ids=["compounds", "two-items"],
)
def test_lists_of_hyphenated_words_stay(items):
    article = clean(*LEAD, *items, *TAIL)
    assert article.body == (*LEAD, *items, *TAIL)


@pytest.mark.parametrize("line", ["Read more: | 3 March 2021", "Read more:ON2000-01-01"])
def test_a_link_list_label_left_beside_a_date_goes_too(line):
    # The date filter takes the date; the label left alone goes as it would alone on its line,
    # so that cleaning the output again changes nothing.
    article = clean(*inside(line))
    assert ("engagement", "link_list") in removals(article)
    assert not any("Read more" in paragraph for paragraph in article.body)
    assert clean(article.text).body == article.body


def test_a_sentence_beside_a_date_is_no_link_list_label():
    line = "Read more about the plan in the minutes | 3 March 2021"
    article = clean(*inside(line))
    assert ("engagement", "link_list") not in removals(article)


# --- another story's headline in capitals between paragraphs -------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "COUNCIL LEADER ELIMINATED FROM 'STRICTLY KELLSBURY' AFTER DANCE-OFF",
        "HARLOW BAY FERRY TO RUN ALL WINTER AFTER RECORD SUMMER",
        "'MAYOR OF THE YEAR': ANA LUTZ SAYS THE BYPASS COST HER 25 NIGHTS OF SLEEP",
    ],
    ids=["quoted-show", "plain", "label-and-one-figure"],
)
def test_a_headline_in_capitals_between_paragraphs_is_removed(headline):
    article = clean(*story(headline))
    assert article.body == ARTICLE
    assert removed_texts(article) == [("engagement", "caps_headline", headline)]


def test_several_headlines_in_capitals_are_each_removed():
    first = "RAIL STRIKE CALLED OFF AFTER LATE-NIGHT TALKS WITH UNIONS"
    second = "WHY THE HARLOW BAY BYPASS IS THREE YEARS LATE AND OVER BUDGET"
    article = clean(LEAD[0], first, LEAD[1], second, *TAIL)
    assert article.body == ARTICLE
    assert [text for _, _, text in removed_texts(article)] == [first, second]


@pytest.mark.parametrize(
    ("before", "line", "after"),
    [
        # A crosshead of the story: shorter than a headline.
        (LEAD[0], "LOOK WHAT YOU MADE ME DO", LEAD[1]),
        (LEAD[0], "THE ROUTE NOBODY WANTS", LEAD[1]),
        # A sign or slogan the paragraph before announces.
        (
            "The notice on the depot door read:",
            "NO BUSES WILL RUN FROM THIS STOP AFTER THE END OF JUNE",
            LEAD[1],
        ),
        # Capitals that end like a sentence.
        (LEAD[0], "WE WANT OUR NUMBER 14 BUS BACK AND WE WANT IT NOW!", LEAD[1]),
        (LEAD[0], "THE COUNCIL HAS NOT SAID WHEN THE MINIBUS WILL START.", LEAD[1]),
        # A table row: figures, or a neighbour in capitals.
        (LEAD[0], "HD THE HOME HARDWARE COMPANY INC. 225.86 -12.99 -5.44%", LEAD[1]),
        (LEAD[0], "ROUTE 14 KELLSBURY TO HARLOW BAY VIA THE HOSPITAL", "ROUTE 15 HARLOW BAY"),
        # Not between two paragraphs: the first line, or after a headline (no sentence end).
        ("Bus route to close", "KELLSBURY COUNCIL CONFIRMS THE END OF THE NUMBER 14 BUS", LEAD[1]),
    ],
    ids=[
        "crosshead",
        "short-crosshead",
        "announced-sign",
        "shouted-quote",
        "capital-sentence",
        "table-row",
        "capital-neighbour",
        "after-a-headline",
    ],
)
def test_capital_lines_that_are_the_story_stay(before, line, after):
    article = clean(before, line, after, *TAIL)
    assert line in article.body
    assert ("engagement", "caps_headline") not in removals(article)


TAGGED = (
    "Plague fears grow as rats swarm the docks [PICTURES]",
    "Harlow Bay ferry to run all winter [NEWS]",
    "Why the bypass is three years late [ANALYSIS]",
)


@pytest.mark.parametrize("heading", ["DON’T MISS", "Also on the site", "Trending"])
def test_a_short_heading_over_tagged_headlines_goes_with_them(heading):
    article = clean(*LEAD, heading, *TAGGED, *TAIL)
    assert article.body == ARTICLE
    assert ("engagement", "link_list", heading) in removed_texts(article)


@pytest.mark.parametrize(
    "lines",
    [
        # One tagged headline: the line above may be the story's.
        ("DON'T MISS", TAGGED[0]),
        # A sentence, or a line too long for a heading, above tagged headlines.
        ("The council has published its plans.", *TAGGED),
        ("What the council plans for the route next", *TAGGED),
        # Lines that are no tagged headlines under the same words.
        ("Don't miss", "The lantern parade on the quay, Friday at 7pm", "Fireworks, Saturday"),
    ],
    ids=["one-tagged", "sentence", "long-line", "events"],
)
def test_a_line_over_no_tagged_link_list_stays(lines):
    article = clean(*LEAD, *lines, *TAIL)
    assert lines[0] in article.body


def test_markup_over_tagged_headlines_is_claimed_once():
    # The heading rule and the markup rule both read this line: it goes once, as the list's
    # heading (two claims on one line were a FilterError).
    article = clean(*LEAD, "<strong>&nbsp;</strong> <br/>", *TAGGED, *TAIL)
    assert article.body == ARTICLE
    assert ("engagement", "link_list", "<strong>&nbsp;</strong> <br/>") in removed_texts(article)
