"""Service lines of many kinds of site (product reviews, podcasts, press releases, advice columns,
fact-checks): slashed dates, "Reporting by" bylines, labelled credits, player and share links,
tip lines, disclosures. Each rule has its hard negatives: story sentences that use the words."""

from __future__ import annotations

import pytest

from .helpers import CLOSING, MIDDLE, OPENING, clean, inside, removals, removed_texts

HEADLINE = "Council keeps Mill Lane library open"


# --- dates written with slashes ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published: 21/01/2025 11:30", "2025-01-21T11:30"),  # only day first can read it
        ("Posted 01/21/2025", "2025-01-21"),  # only month first can read it
        ("Published 03/04/2025", "2025-03-04"),  # both can: read the American way
    ],
)
def test_slashed_dates_are_read(line: str, iso: str) -> None:
    article = clean(HEADLINE, line, OPENING, MIDDLE, CLOSING)
    assert article.published == iso
    assert article.body == (OPENING, MIDDLE, CLOSING)


@pytest.mark.parametrize(
    "line",
    [
        "The vote set for 03/04/2025 was delayed by a week.",  # a date inside a sentence
        "Published: 31/31/2025",  # no such date either way
    ],
)
def test_slashed_dates_that_are_not_date_lines_stay(line: str) -> None:
    article = clean(HEADLINE, OPENING, line, CLOSING)
    assert article.published is None
    assert line in article.body


# --- bylines and credits -------------------------------------------------------------------------
@pytest.mark.parametrize("line", ["Reporting by Callum Adebayo", "Hosted by Callum Adebayo"])
def test_reporting_and_hosted_by_are_bylines_in_the_header(line: str) -> None:
    article = clean(HEADLINE, line, OPENING, MIDDLE, CLOSING)
    assert article.authors == ("Callum Adebayo",)
    assert article.body == (OPENING, MIDDLE, CLOSING)


def test_a_wire_credit_at_the_end_names_no_author() -> None:
    line = "(Reporting by Will Dunham; Editing by Tom Brown)"
    article = clean(HEADLINE, OPENING, MIDDLE, CLOSING, line)
    assert article.authors == ()
    assert removals(article)[-1] == ("legal", "wire_credit")


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Staff photo by Dale Furness", "Dale Furness"),
        ("Additional images: Shutterstock", "Shutterstock"),
        ("Photography by Jane Roe", "Jane Roe"),
        ("Main image: Getty Images", "Getty Images"),
    ],
)
def test_labelled_credits_with_a_leading_word(line: str, credit: str) -> None:
    article = clean(*inside(line))
    assert article.image_credits == (credit,)
    assert line not in article.body


@pytest.mark.parametrize(
    "line",
    [
        "The staff photo by the door was taken in 1990, before the fire.",
        "More images of the comet are expected when the cloud clears next week.",
    ],
)
def test_sentences_about_photos_stay(line: str) -> None:
    article = clean(*inside(line))
    assert article.image_credits == ()
    assert line in article.body


# --- prompts: podcast players, newsletters, memberships -------------------------------------------
@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Listen on Apple Podcasts", "app_prompt"),
        ("Listen on Spotify", "app_prompt"),
        ("Copy RSS feed", "app_prompt"),
        (
            "Sign up to Courier Daily: the day's top stories, in your inbox every weekday morning",
            "newsletter_prompt",
        ),
        ("Enjoying the show? Subscribe wherever you get your podcasts.", "newsletter_prompt"),
        ("Subscribe to the magazine", "newsletter_prompt"),
        ("Become a member", "paywall_prompt"),
    ],
)
def test_player_newsletter_and_membership_prompts_go(line: str, reason: str) -> None:
    article = clean(*inside(line))
    assert removals(article) == [("prompts", reason)]


@pytest.mark.parametrize(
    "line",
    [
        "She said she would listen on Spotify later, once the children were asleep.",
        "The council voted to subscribe to the magazine's archive for the library.",
        "Fans were urged to become a member of the supporters' trust, the club said.",
        "Readers who sign up for the library card will find it in your inbox, she joked.",
    ],
)
def test_story_sentences_with_prompt_words_stay(line: str) -> None:
    article = clean(*inside(line))
    assert removals(article) == []


# --- engagement: share and follow lines, tip lines, durations, related lists ---------------------
@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Share this review", "share_prompt"),
        ("Share this episode", "share_prompt"),
        ("Share this fact-check: Facebook · X · Email · Copy link", "share_prompt"),
        (
            "Follow Harbour & Home on Facebook and Instagram for the latest listings",
            "follow_prompt",
        ),
        (
            "Have a news tip? Contact the Gazette newsroom at (555) 014-2290 or news@ga.example.",
            "page_furniture",
        ),
        ("Have a money question for Nora? Email asknora@ledger.example.", "page_furniture"),
        ("48 min", "page_furniture"),
        ("Read the transcript", "page_furniture"),
        ("News provided by Kestrel Water Systems Inc.", "page_furniture"),
    ],
)
def test_share_follow_tip_and_player_lines_go(line: str, reason: str) -> None:
    article = clean(*inside(line))
    assert removals(article) == [("engagement", reason)]


@pytest.mark.parametrize(
    "line",
    [
        "Share this story with your children, the head teacher wrote to parents.",
        "Have questions? Call the council helpline on 0800 123 456 before Friday.",
        "The film runs 48 min and was shot in a single afternoon.",
        "Related posts on social media drew hundreds of complaints.",
    ],
)
def test_story_lines_with_engagement_words_stay(line: str) -> None:
    article = clean(*inside(line))
    assert removals(article) == []


def test_a_related_heading_takes_the_headlines_under_it() -> None:
    links = [
        "Fact check: Photo of flooded bus is from 2016, not last week",
        "Fact check: Video does not show new speed cameras on Route 9",
    ]
    article = clean(OPENING, MIDDLE, CLOSING, "Related fact-checks", *links)
    assert article.body == (OPENING, MIDDLE, CLOSING)
    assert [r for _, r in removals(article)] == ["link_list"] * 3


# --- legal: disclosures, not-advice disclaimers, forward-looking statements ----------------------
@pytest.mark.parametrize(
    "line",
    [
        "Advertiser disclosure: We may receive compensation from some partners mentioned here.",
        "We may receive compensation when you click on links to products from our partners.",
        "This article is for general information only and is not financial, tax or legal advice.",
        "Forward-Looking Statements",
        "This press release contains forward-looking statements within the meaning of the "
        "Private Securities Litigation Reform Act of 1995.",
    ],
)
def test_disclosures_and_disclaimers_go(line: str) -> None:
    assert removed_texts(clean(*inside(line))) == [("legal", "disclosure_note", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Advertiser disclosure rules were tightened in 2021 after a long consultation.",
        "Forward-looking statements were removed from the filing, analysts noticed.",
        "The guide is for general information only, the minister said, and has no legal force.",
    ],
)
def test_sentences_about_disclosures_stay(line: str) -> None:
    assert removals(clean(*inside(line))) == []


# --- topics: the page's furniture under the tags -----------------------------------------------
def test_furniture_under_a_topic_block_is_no_topic() -> None:
    article = clean(
        OPENING,
        MIDDLE,
        CLOSING,
        "Explore more on these topics",
        "Education",
        "Schools",
        "Reuse this content",
    )
    assert article.topics == ("Education", "Schools")
    assert article.body == (OPENING, MIDDLE, CLOSING)
    assert removals(article)[-1] == ("engagement", "page_furniture")


def test_a_closing_line_that_is_not_furniture_still_ends_the_topic_block() -> None:
    article = clean(OPENING, MIDDLE, CLOSING, "Topics", "Education", "Schools", "Libraries")
    assert article.topics == ("Education", "Schools", "Libraries")


# --- more prompts: notification alerts, newsletters, apps, paywalls -----------------------------
@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Tap 'Allow' to turn on alerts", "notification_prompt"),
        ("Get the biggest royal stories sent straight to your phone.", "notification_prompt"),
        ("Sign up for Orbit, our free weekly newsletter about the night sky.", "newsletter_prompt"),
        (
            "Join 40,000 traders who get the morning brief. No spam, unsubscribe anytime.",
            "newsletter_prompt",
        ),
        ("Get live travel alerts for your route on the Metro Commuter app.", "app_prompt"),
        ("Download it free on iOS and Android.", "app_prompt"),
        (
            "Subscribe to Fieldgate Weekly for full access to market prices and analysis.",
            "paywall_prompt",
        ),
    ],
)
def test_more_prompts_go(line: str, reason: str) -> None:
    assert removals(clean(*inside(line))) == [("prompts", reason)]


def test_a_not_now_button_beside_a_notification_prompt_goes() -> None:
    article = clean(*inside("Tap 'Allow' to turn on alerts", after=("Not now", CLOSING)))
    assert removals(article) == [("prompts", "notification_prompt")] * 2


@pytest.mark.parametrize(
    "line",
    [
        "Riders can get live alerts on the Metro Commuter app, the operator said.",
        "No spam was found in the audit of the council's mail servers, officials said.",
        "Not now, the minister said, but perhaps next year.",
        "Residents can sign up for the council's newsletter at the library.",
    ],
)
def test_story_lines_like_those_prompts_stay(line: str) -> None:
    assert removals(clean(*inside(line))) == []


# --- more furniture: recipe widgets, comment counters, community and tip lines --------------------
@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Jump to Recipe", "page_furniture"),
        ("Print Recipe", "page_furniture"),
        ("Pin it for later", "page_furniture"),
        ("4.8 from 212 votes", "page_furniture"),
        (
            "Did you make this recipe? Tag @kitchentable on Instagram so I can see it!",
            "page_furniture",
        ),
        ("Read our recap of season two, episode five here", "page_furniture"),
        (
            "Stuck on the platform? Send us your photos and videos at tips@commuter.example",
            "page_furniture",
        ),
        ("Comments (87)", "comment_residue"),
        ("Join our royal community on WhatsApp for exclusive updates", "follow_prompt"),
    ],
)
def test_more_furniture_goes(line: str, reason: str) -> None:
    assert removals(clean(*inside(line))) == [("engagement", reason)]


@pytest.mark.parametrize(
    "line",
    [
        "The recipe was printed in the parish magazine in 1962.",
        "She asked her followers to send us your photos, the editor recalled, and they did.",
        "Comments from residents were mostly positive.",
    ],
)
def test_story_lines_like_that_furniture_stay(line: str) -> None:
    assert removals(clean(*inside(line))) == []


@pytest.mark.parametrize(
    "line",
    [
        "Not financial advice. Our writers may hold the assets they cover.",
        "All persons arrested are presumed innocent until proven guilty in a court of law.",
    ],
)
def test_more_disclaimers_go(line: str) -> None:
    assert removals(clean(*inside(line))) == [("legal", "disclosure_note")]


def test_a_disclaimer_in_reported_speech_stays() -> None:
    line = "Not financial advice, he said, just an opinion about where rates are going."
    assert removals(clean(*inside(line))) == []


# --- bylines with plural roles; a site's name above the headline --------------------------------
def test_a_plural_job_title_ends_a_byline() -> None:
    article = clean(
        HEADLINE,
        "By Kwame Ellison and Lucy Farrant, Transport Reporters",
        OPENING,
        MIDDLE,
        CLOSING,
    )
    assert article.authors == ("Kwame Ellison", "Lucy Farrant")


def test_a_site_name_that_reads_as_a_name_sits_above_a_header_with_a_byline() -> None:
    article = clean(
        "Fieldgate Weekly",
        "Dairy farmers warn of cash squeeze as creamery cuts August milk price",
        "Standard litre price falls 1.5p, the third cut since the spring",
        "By Owen Pritchard",
        OPENING,
        MIDDLE,
        CLOSING,
    )
    assert article.title.startswith("Dairy farmers warn")
    assert article.subtitle.startswith("Standard litre price")
    assert article.authors == ("Owen Pritchard",)
    assert article.body == (OPENING, MIDDLE, CLOSING)
    assert removals(article)[0] == ("title", "section_label")


def test_a_name_above_a_header_without_a_byline_is_not_taken_for_the_site() -> None:
    # It may be the author: the header below it names no one.
    article = clean("Owen Pritchard", HEADLINE, "16 May 2024", OPENING, MIDDLE, CLOSING)
    assert ("title", "section_label") not in removals(article)


# --- author cards, job titles before the name, banner links, shop buttons ------------------------
def test_a_job_title_before_the_name_in_a_byline() -> None:
    article = clean(HEADLINE, "By Royal Correspondent Fiona Whitcombe", OPENING, MIDDLE, CLOSING)
    assert article.authors == ("Fiona Whitcombe",)


def test_an_author_card_bio_under_the_byline_goes() -> None:
    bio = "Tomasz Reyes is our senior mobile reviewer. He has tested 300 phones since 2015."
    article = clean(HEADLINE, "Words by Tomasz Reyes", bio, OPENING, MIDDLE, CLOSING)
    assert article.authors == ("Tomasz Reyes",)
    assert ("byline", "author_bio", bio) in removed_texts(article)
    assert article.body == (OPENING, MIDDLE, CLOSING)


def test_a_long_paragraph_under_the_byline_that_names_the_author_stays() -> None:
    lead = (
        "Tomasz Reyes is not a name most readers will know, but for thirty years he has repaired "
        "the clocks of every church in the valley, climbing towers that few others would, and on "
        "Sunday the diocese finally thanked him in public."
    )
    article = clean(HEADLINE, "By Tomasz Reyes", lead, MIDDLE, CLOSING)
    assert lead in article.body


def test_a_read_more_link_in_a_cookie_banner_goes_with_it() -> None:
    article = clean(
        "This website uses cookies to improve your experience. We'll assume you're OK with this.",
        "Accept",
        "Read more",
        HEADLINE,
        HEADLINE,
        OPENING,
        MIDDLE,
        CLOSING,
    )
    assert article.title == HEADLINE
    assert article.body == (OPENING, MIDDLE, CLOSING)


@pytest.mark.parametrize(
    "line",
    [
        "Buy the Lumera Vista X2 from £449 at Brightlane Mobile",
        "£449 at Brightlane Mobile",
        "Check the latest price at Brightlane",
        "Spotted a claim you want us to look into? Send it to tips@claims.example",
    ],
)
def test_shop_buttons_and_tip_lines_go(line: str) -> None:
    assert removals(clean(*inside(line))) == [("engagement", "page_furniture")]


@pytest.mark.parametrize(
    "line",
    [
        "Shoppers can buy the phone from £449 at most retailers.",
        "Buy the bus pass from £2 at the station, the council advises.",
        "The price of £449 at launch was a surprise to analysts.",
    ],
)
def test_sentences_with_prices_stay(line: str) -> None:
    assert removals(clean(*inside(line))) == []


# --- a third blind set: headers, live blogs, charities, trade press -------------------------------
def test_a_byline_under_a_standfirst_of_two_sentences() -> None:
    article = clean(
        HEADLINE,
        "Ministers say the savings are a reprofiling, not a cut. Campaigners see it differently.",
        "Written by Helena Marsh & Tomasz Wierzbicki",
        OPENING,
        MIDDLE,
        CLOSING,
    )
    assert article.authors == ("Helena Marsh", "Tomasz Wierzbicki")
    assert article.body == (OPENING, MIDDLE, CLOSING)


def test_a_paragraph_that_opens_the_story_still_ends_the_header() -> None:
    article = clean(HEADLINE, OPENING, "By the way, the library also lends tools.", CLOSING)
    assert article.authors == ()
    assert "By the way, the library also lends tools." in article.body


def test_a_byline_with_its_outlet_after_the_names() -> None:
    line = "Reporting by Nadia Okoro and Ben Castellanos, Prairie State Wire"
    article = clean(HEADLINE, line, OPENING, MIDDLE, CLOSING)
    assert article.authors == ("Nadia Okoro", "Ben Castellanos")


def test_a_headline_that_starts_with_two_names_is_still_the_headline() -> None:
    headline = "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play and Pay"
    article = clean(headline, headline, OPENING, MIDDLE, CLOSING)
    assert article.title == headline
    assert article.authors == ()


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (("Rhys Calloway", "Senior reporter"), ("Rhys Calloway",)),
        (("Posted by Amara Clarke, Communications Officer",), ("Amara Clarke",)),
    ],
)
def test_author_cards_and_posted_by_lines(lines: tuple[str, ...], authors: tuple[str, ...]) -> None:
    article = clean(HEADLINE, *lines, "20 June 2023, 11:30", OPENING, MIDDLE, CLOSING)
    assert article.authors == authors
    assert article.body == (OPENING, MIDDLE, CLOSING)


def test_a_short_line_of_job_words_in_the_story_stays() -> None:
    line = "Senior staff were told on Friday."
    assert line in clean(HEADLINE, "By Rhys Calloway", OPENING, line, CLOSING).body


@pytest.mark.parametrize(
    ("line", "removal"),
    [
        ("Like this:", ("engagement", "comment_residue")),
        ("Like Loading...", ("engagement", "comment_residue")),
        ("Share: Facebook / Instagram / X / Copy link", ("engagement", "share_prompt")),
        (
            "You might also like: Volunteer spotlight – meet the drivers",
            ("engagement", "link_line"),
        ),
        ("Load more updates", ("engagement", "page_furniture")),
        ("LIVE", ("engagement", "page_furniture")),
        ("FOR IMMEDIATE RELEASE", ("engagement", "page_furniture")),
        ("Was this page helpful? Yes No", ("engagement", "page_furniture")),
        ("Tickets on sale now – final release. Buy tickets →", ("engagement", "page_furniture")),
        (
            "Have something to say? Submit a letter to the editor at opinion@herald.example.",
            ("engagement", "page_furniture"),
        ),
        (
            "In the evacuation zone? Send your photos and videos to our newsroom at tips@w.example",
            ("engagement", "page_furniture"),
        ),
        (
            "Get recall alerts by email — never miss a notice for a product in your home.",
            ("prompts", "notification_prompt"),
        ),
        (
            "Get The Bench Brief in your inbox every other Thursday — it's free.",
            ("prompts", "newsletter_prompt"),
        ),
        (
            "This article is free to read. Register for unlimited access to our analysis.",
            ("prompts", "paywall_prompt"),
        ),
        (
            "Support independent student journalism. Donate to The Halvorsen Herald.",
            ("prompts", "paywall_prompt"),
        ),
        (
            "Northfield Food Share is a registered charity in England and Wales (no. 1187342).",
            ("legal", "copyright_notice"),
        ),
        (
            "Torque is published by Halyard Ltd, registered in England and Wales no. 04231178.",
            ("legal", "copyright_notice"),
        ),
    ],
)
def test_more_service_lines_go(line: str, removal: tuple[str, str]) -> None:
    assert removals(clean(*inside(line))) == [removal]


def test_more_from_a_site_with_an_ampersand_takes_its_list() -> None:
    links = ["Brick shortage eases as imports hit three-year high", "Interview: a site manager"]
    article = clean(OPENING, MIDDLE, CLOSING, "More from Site & Structure", *links)
    assert article.body == (OPENING, MIDDLE, CLOSING)


@pytest.mark.parametrize(
    "line",
    [
        "We're not allowed to say just yet, but keep an eye on your inbox next Friday.",
        "Live music returns to the square on Saturday.",
        "Residents were asked to donate today's leftovers to the food bank, organisers said.",
        "The charity, which is registered in Wales, will expand next year.",
        "Tickets went on sale at the town hall on Monday morning.",
    ],
)
def test_story_lines_like_those_service_lines_stay(line: str) -> None:
    assert removals(clean(*inside(line))) == []


def test_a_copyright_footer_after_a_sentence_names_no_image_credit() -> None:
    line = "Torque is published by Halyard Media Ltd. © Halyard Media Ltd 2025."
    assert clean(*inside(line)).image_credits == ()


def test_a_credit_after_a_caption_sentence_is_still_a_credit() -> None:
    line = "Boats wait for the tide at the harbour. © Jane Roe"
    assert clean(*inside(line)).image_credits == ("Jane Roe",)


def test_a_section_label_over_a_headline_and_its_byline() -> None:
    article = clean(
        "Club News",
        "Reserves clinch Division Two title on final day",
        "Posted on Sunday 12th May 2024 by Dean Fairclough",
        OPENING,
        MIDDLE,
        CLOSING,
    )
    assert article.title == "Reserves clinch Division Two title on final day"
    assert article.subtitle is None
    assert removals(article)[0] == ("title", "section_label")


@pytest.mark.parametrize(
    "second",
    [
        "By admin, humans.txt",  # a byline, not a headline
        "Gales hit the south coast overnight, leaving thousands without power.",  # a standfirst
    ],
)
def test_a_short_headline_over_a_byline_or_a_standfirst_stays_the_headline(second: str) -> None:
    article = clean("Storm Ciarán", second, "16 May 2024", OPENING, MIDDLE, CLOSING)
    assert article.title == "Storm Ciarán"


def test_a_footer_ending_with_the_site_s_copyright_goes() -> None:
    line = "The Herald is the student newspaper of Halvorsen University. Copyright 2024 The Herald."
    assert removals(clean(*inside(line))) == [("legal", "copyright_notice")]


def test_a_sentence_about_a_copyright_year_stays() -> None:
    line = "The band renewed its copyright in 2024 after a long dispute with the label."
    assert removals(clean(*inside(line))) == []


# --- a fourth blind English set: newsletters, tip lines, betting ads, article tools ---------------
@pytest.mark.parametrize(
    ("line", "removal"),
    [
        (
            "Get StackLedger Daily: the tech news that matters, before your first meeting. "
            "Sign up free.",
            ("prompts", "newsletter_prompt"),
        ),
        ("Sign me up", ("prompts", "newsletter_prompt")),
        (
            "Do you have a story for us? Call the Gazette newsdesk on 01632 960771.",
            ("engagement", "page_furniture"),
        ),
        (
            "Got something happening on your street? Drop us a line — we read everything.",
            ("engagement", "page_furniture"),
        ),
        (
            "Bet on today's racing: new customers get £30 in free bets. 18+. New customers only. "
            "T&Cs apply. Please gamble responsibly.",
            ("engagement", "page_furniture"),
        ),
        ("Listen to this article 5 min", ("engagement", "page_furniture")),
        ("Save Article | Print | Share", ("engagement", "page_furniture")),
        (
            "Media enquiries: Emily Thornbury, Press Office, 01632 960418",
            ("engagement", "page_furniture"),
        ),
        ("Save to Pinterest", ("engagement", "page_furniture")),
        ("Share: X | Reddit | Discord | Copy link", ("engagement", "share_prompt")),
    ],
)
def test_fourth_set_service_lines_go(line: str, removal: tuple[str, str]) -> None:
    assert removals(clean(*inside(line))) == [removal]


@pytest.mark.parametrize(
    "line",
    [
        "Do you have a story about the flood? Residents were asked to call the council.",
        "Bookmakers said 18+ customers placed most bets on the favourite, though terms vary.",
        "She signed up free of charge for the council's composting scheme last year.",
        # Reported, quoted or narrated: the same words in the story.
        "Got something going on at home? Tell us, the counsellor urged pupils in her letter.",
        "The advert read: new customers get £30 in free bets, 18+, T&Cs apply, and it was banned.",
        "Comments containing the names of victims will not be published, the judge ordered.",
    ],
)
def test_fourth_set_story_lines_stay(line: str) -> None:
    assert removals(clean(*inside(line))) == []


def test_a_byline_with_a_dashed_job_title() -> None:
    article = clean(
        HEADLINE,
        "By Gregory Amsel – Senior Reporter, Clareport Business Journal",
        OPENING,
        MIDDLE,
        CLOSING,
    )
    assert article.authors == ("Gregory Amsel",)
