"""The prompts filter: notification, cookie, newsletter, app and paywall prompts are removed; story
sentences that use the same words stay."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Pipeline
from newsclean.text import word_count

from .helpers import clean, inside, only, removals, removed_texts, text_of

LEAD = (
    "The Kellsbury Courier will stop printing its Tuesday edition from June, its owners announced, "
    "ending a run of 140 years on the town's newsstands.",
    "Sales of the Tuesday paper have fallen by half since 2015, while visits to the Courier's "
    "website have more than tripled over the same period.",
)
TAIL = (
    "Staff were told on Monday that no jobs would be lost and that the printing press in Dock Road "
    "would keep producing the weekend editions.",
)


def story(paragraph: str) -> tuple[str, ...]:
    return inside(paragraph, LEAD, TAIL)


# --- positive cases ----------------------------------------------------------------------------

PROMPTS = [
    pytest.param(
        "Click 'OK' then 'Allow' to get breaking news alerts from the Courier",
        "notification_prompt",
        id="notification-click-ok-allow",
    ),
    pytest.param(
        "Never miss a story: turn on notifications for the Kellsbury Courier.",
        "notification_prompt",
        id="notification-never-miss",
    ),
    pytest.param(
        "We use cookies to give you the best experience on our website.",
        "cookie_prompt",
        id="cookie-we-use",
    ),
    pytest.param("Accept all", "cookie_prompt", id="cookie-accept-all-button"),
    pytest.param(
        "By continuing to browse the site you agree to our use of cookies.",
        "cookie_prompt",
        id="cookie-by-continuing",
    ),
    pytest.param(
        "Sign up to our free Morning Briefing newsletter for the day's top stories.",
        "newsletter_prompt",
        id="newsletter-sign-up",
    ),
    pytest.param("Enter your email address", "newsletter_prompt", id="newsletter-enter-email"),
    pytest.param("Thank you for subscribing!", "newsletter_prompt", id="newsletter-thanks"),
    pytest.param(
        "Download the Courier app for the latest Kellsbury news and sport.",
        "app_prompt",
        id="app-download",
    ),
    pytest.param(
        "Subscribe now to continue reading.",
        "paywall_prompt",
        id="paywall-continue-reading",
    ),
    pytest.param(
        "You have 2 free articles left this month.",
        "paywall_prompt",
        id="paywall-free-articles-left",
    ),
    pytest.param(
        "Already a subscriber? Log in",
        "paywall_prompt",
        id="paywall-already-subscriber",
    ),
    pytest.param(
        "Will you help us keep the reading room open? A gift of £5 a month buys a week of heating.",
        "paywall_prompt",
        id="donation-appeal-gift-a-month",
    ),
    pytest.param(
        "Can you support us today? Even a one-off donation of $10 keeps this newsletter free.",
        "paywall_prompt",
        id="donation-appeal-one-off",
    ),
    pytest.param(
        "Listen to Drivetime live at 16:00 and 18:30 weekdays - or listen back here.",
        "app_prompt",
        id="programme-listen-back",
    ),
    pytest.param("Listen live on Radio Kellsbury", "app_prompt", id="listen-live"),
    pytest.param(
        "Listen live every weekday from 7am on Radio Kellsbury", "app_prompt", id="listen-live-when"
    ),
    pytest.param("Listen again on Kellsbury Sounds", "app_prompt", id="listen-again"),
]


@pytest.mark.parametrize(("prompt", "reason"), PROMPTS)
def test_prompt_line_is_removed(prompt, reason):
    article = clean(*story(prompt))
    assert article.body == (*LEAD, *TAIL)
    assert removed_texts(article) == [("prompts", reason, prompt)]
    assert article.removed[0].field is None


def test_several_prompts_in_one_scraped_page():
    text = text_of(
        "We use cookies to improve your experience. Accept all",
        LEAD[0],
        "Sign up to our newsletter",
        LEAD[1],
        "Get the Courier app on Google Play",
        TAIL[0],
        "You've reached your free article limit.",
    )
    article = newsclean.clean(text)
    assert article.body == (*LEAD, *TAIL)
    assert removals(article) == [
        ("prompts", "cookie_prompt"),
        ("prompts", "newsletter_prompt"),
        ("prompts", "app_prompt"),
        ("prompts", "paywall_prompt"),
    ]
    assert [r.block for r in article.removed] == [0, 2, 4, 6]
    assert article.title is None
    assert article.authors == ()


def test_explain_names_the_prompt():
    report = newsclean.explain(text_of(*story("Enable push notifications")))
    fates = [(b.fate, [(c.filter, c.reason) for c in b.claims]) for b in report.blocks]
    assert fates == [
        ("kept", []),
        ("kept", []),
        ("removed", [("prompts", "notification_prompt")]),
        ("kept", []),
    ]


def test_prompts_alone_in_a_pipeline():
    article = clean(*story("This website uses cookies."), pipeline=only("prompts"))
    assert article.body == (*LEAD, *TAIL)
    assert removals(article) == [("prompts", "cookie_prompt")]


# --- hard negatives ------------------------------------------------------------------------------

HARD_NEGATIVES = [
    pytest.param("She baked cookies for the volunteers.", id="baked-cookies"),
    pytest.param(
        '"Never miss a chance to thank a volunteer," the editor told the newsroom.',
        id="quote-never-miss-reported",
    ),
    pytest.param(
        "The fake page told visitors to enter your email address and bank details to claim a "
        "refund.",
        id="phishing-enter-your-email-reported",
    ),
    pytest.param(
        "Since March the website has asked readers to subscribe to continue reading once they "
        "have opened three stories in a month.",
        id="paywall-described-in-story",
    ),
    pytest.param(
        "Under the new rules, any site that wants to place tracking files on a visitor's phone "
        "must first ask permission, and the banner must make it as easy to reject all cookies as "
        "to accept them, a change that consumer groups have demanded for years and that large "
        "publishers fought hard against in Brussels.",
        id="long-paragraph-about-cookie-law",
    ),
    pytest.param(
        "Thank you for signing up, the text message said, before asking for a card number.",
        id="thank-you-for-signing-up-reported",
    ),
    pytest.param("Why?", id="one-line-why"),
    pytest.param(
        "Season-ticket holders who never miss a home game will be offered the new seats first.",
        id="never-miss-a-home-game",
    ),
    pytest.param(
        "Residents near the river can get alerts by text message from the Environment Agency.",
        id="flood-alerts-service",
    ),
    pytest.param(
        "More than 2,000 parents subscribe to the school's weekly newsletter, which pupils write.",
        id="school-newsletter",
    ),
    pytest.param(
        "Tenants can now download the council's repairs app, which logs a complaint in a minute.",
        id="council-repairs-app",
    ),
    pytest.param(
        "The game was removed from Google Play on Friday after complaints from parents.",
        id="removed-from-google-play",
    ),
    pytest.param(
        'Regulators found that its banner, which read "We use cookies", offered no way to refuse.',
        id="quoted-banner-in-regulator-story",
    ),
    pytest.param(
        "In the café we use cookies from the Mill Lane bakery for the cheesecake base.",
        id="cafe-owner-we-use-cookies",
    ),
    pytest.param(
        'A pop-up reading "Subscribe now to continue reading" covered half the page.',
        id="quoted-paywall",
    ),
    pytest.param(
        "If you live near the river, you can get alerts by text from the Environment Agency.",
        id="flood-alerts-addressed-to-residents",
    ),
    pytest.param(
        "Can you help us find the owner? A reward of £500 is offered for information, police said.",
        id="police-appeal-with-a-reward",
    ),
    pytest.param(
        "Will you help us rebuild? A gift of £5 a month would do it, the vicar told the parish.",
        id="donation-appeal-reported",
    ),
    pytest.param(
        '"Can you help us?" the flyer asked. A donation of £10 pays for a night in the shelter.',
        id="donation-appeal-quoted-on-a-flyer",
    ),
    pytest.param(
        "Could you help us buy a van? A gift of £2,000 from a reader last year paid for the old "
        "one.",
        id="donation-question-in-a-feature-without-a-reader-gift",
    ),
    pytest.param(
        "Listen to the tape or listen again to the recording, he said.", id="listen-again-reported"
    ),
    pytest.param(
        "Listen to the council or listen again to the residents: the choice is yours.",
        id="listen-again-in-an-argument",
    ),
    pytest.param(
        "Listen back to the first day of the inquiry, which heard from six witnesses.",
        id="listen-back-to-an-event",
    ),
    pytest.param(
        "Listen live, the coach told his players, and the crowd will follow.",
        id="listen-live-reported",
    ),
]


@pytest.mark.parametrize("paragraph", HARD_NEGATIVES)
def test_story_text_that_looks_like_a_prompt_stays(paragraph):
    paragraphs = story(paragraph)
    article = clean(*paragraphs)
    assert paragraph in article.body
    assert article.body == paragraphs
    assert article.removed == ()


# --- parameters ----------------------------------------------------------------------------------

LONG_BANNER = (
    "We use cookies and similar technologies to recognise your repeat visits and preferences, to "
    "measure the effectiveness of campaigns and to analyse traffic, and to show you relevant "
    "offers from our partners. To learn more or to opt out, please visit our privacy page today."
)


def test_a_cookie_banner_may_be_longer_than_other_prompts():
    assert word_count(LONG_BANNER) > 40
    article = clean(*story(LONG_BANNER))
    assert article.body == (*LEAD, *TAIL)
    assert removed_texts(article) == [("prompts", "cookie_prompt", LONG_BANNER)]


def test_max_cookie_words_lowered_keeps_a_long_banner():
    pipeline = Pipeline.default().configure("prompts", max_cookie_words=40)
    article = clean(*story(LONG_BANNER), pipeline=pipeline)
    assert article.body == story(LONG_BANNER)
    assert article.removed == ()


def test_a_long_paragraph_about_cookies_stays():
    paragraph = (
        "The regulator found that the retailer's banner, which read \"We use cookies to improve "
        'your experience", gave shoppers no way to refuse tracking, and it ordered the company '
        "to add a reject button within 30 days or face a fine of up to four per cent of its "
        "annual turnover."
    )
    assert 40 < word_count(paragraph) <= 90
    assert clean(*story(paragraph)).body == story(paragraph)


def test_other_prompts_longer_than_max_words_stay():
    line = (
        "Sign up to our weekly newsletter " + "and read about the harbour, the ferries and the "
        "people of the coast " * 3 + "every Friday morning."
    )
    assert word_count(line) > 40
    assert clean(*story(line)).body == story(line)


def test_max_words_lowered_keeps_a_short_prompt():
    prompt = "Sign up to our newsletter to get the best stories every morning."
    assert removals(clean(*story(prompt))) == [("prompts", "newsletter_prompt")]
    pipeline = Pipeline.default().configure("prompts", max_words=5)
    assert pipeline.get("prompts").max_words == 5
    article = clean(*story(prompt), pipeline=pipeline)
    assert article.body == story(prompt)
    assert article.removed == ()


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("CLICK HERE TO GET THE COURIER NEWS APP", id="click-here-to-get-the-app"),
        pytest.param(
            "Click here to subscribe to the Morning Brief newsletter", id="click-here-sub"
        ),
        pytest.param("GET COURIER SPORT ON THE GO BY CLICKING HERE", id="on-the-go-clicking-here"),
        pytest.param(
            "Subscribe to the Courier YouTube channel for all of our latest videos!",
            id="subscribe-to-channel",
        ),
    ],
)
def test_click_here_prompts_are_removed(line):
    article = clean(*inside(line))
    assert article.body == inside(line)[:2] + inside(line)[3:]
    assert [r.filter for r in article.removed] == ["prompts"]


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param(
            "Residents who click here and there on the council website still cannot find it.",
            id="click-here-in-narration",
        ),
        pytest.param(
            "More than 10,000 people subscribe to the library's YouTube channel, run by staff.",
            id="people-subscribe-to-a-channel",
        ),
    ],
)
def test_click_here_narration_stays(paragraph):
    article = clean(*inside(paragraph))
    assert article.body == inside(paragraph)
    assert article.removed == ()


@pytest.mark.parametrize(
    "line",
    [
        "Keep an eye on your inbox for the latest Courier news.",
        "There was an error processing your subscription.",
    ],
)
def test_newsletter_widget_messages_are_removed(line):
    article = clean(*inside(line))
    assert article.removed and article.removed[0].reason == "newsletter_prompt"


def test_a_narrated_phrase_of_one_kind_does_not_hide_a_prompt_of_another():
    # "never miss a" (notification) in narration, then an imperative app prompt.
    line = "Fans who never miss a match: download the Courier Sport app."
    article = clean(*inside(line))
    assert [(r.filter, r.reason) for r in article.removed] == [("prompts", "app_prompt")]


def test_a_link_list_under_an_app_banner_is_not_its_button() -> None:
    """Since e83007c an app banner takes its buttons, and 'Read more' is in the buttons table: it
    went as the banner's button, so the link list it heads was not found and its headline stayed
    in the body. Found by comparing generated articles before and after that change."""
    body = (
        "The harbour bridge reopened on Friday after six months of repairs, the council said.",
        "Officials expect the ferry service to resume in the coming months.",
    )
    banner = "Get the Valemouth Daily app for breaking news on the go."
    links = ("Read more", "Hospital waiting lists fall for a fourth month")
    text = "\n\n".join((*body, banner, *links))
    article = newsclean.clean(text)
    assert article.body == body
    assert {r.text: r.reason for r in article.removed}["Read more"] == "link_list"


def test_an_app_banners_buttons_still_go_and_a_cookie_banners_read_more_too() -> None:
    body = "The harbour bridge reopened on Friday after six months of repairs, the council said."
    app = "Get the Valemouth Daily app for breaking news on the go."
    assert newsclean.clean("\n\n".join((app, "Not now | Download", body))).body == (body,)
    cookie = "We use cookies to improve your experience on our site."
    assert newsclean.clean("\n\n".join((cookie, "Read more", body))).body == (body,)
