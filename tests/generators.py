"""Generators of synthetic scraped articles for newsclean's property tests.

Two kinds of text come out of here:

* **real paragraphs**: original sentences about invented events in invented places, assembled from
  word and phrase pools (1 to 4 sentences, each ending in a full stop);
* **boilerplate items**: every kind of page furniture the built-in filters remove, each as the lines
  it occupies, where it belongs on the page (top, between paragraphs, bottom), and what it must lift
  into the article (``image_credits``, ``topics``, ``sources``, ``published``, ...).

Every generator is a plain function of a :class:`random.Random`; :func:`articles`,
:func:`paragraphs` and :func:`boilerplate_items` wrap them as hypothesis strategies (through
``st.randoms()``, so hypothesis still shrinks the choices). All names, places and outlets are made
up.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from hypothesis import strategies as st

T = TypeVar("T")
Position = Literal["top", "between", "bottom", "last"]

# --- pools ----------------------------------------------------------------------------------------

# fmt: off
FIRST_NAMES = (
    "Mara", "Tobias", "Ines", "Kwame", "Lotte", "Rafael", "Sunniva", "Dev", "Oona", "Bartek",
    "Halima", "Casimir", "Yara", "Emeka", "Freya", "Ivo", "Nadia", "Quentin", "Rosalind", "Teodor",
)
LAST_NAMES = (
    "Lind", "Renn", "Okafor", "Vasquez", "Brennick", "Stroud", "Achterberg", "Moyo", "Kalnins",
    "Ferreira", "Whitcombe", "Petrakis", "Ilunga", "Sorensen", "Castellano", "Duffy", "Haugen",
    "Marchetti", "Oyelaran", "Tamsett",
)
PLACES = (
    "Ashmoor", "Brindleford", "Carrow Vale", "Dunmere", "Eastwick", "Fellgate", "Greyhaven",
    "Hollins Cross", "Invergarry Bay", "Larkspur", "Morrow End", "Oldcastle Quay", "Pennock",
    "Redwater", "Saltmarsh", "Thornbury Rise", "Valemouth", "Westerby",
)
ORGS = (
    "the district council", "the regional transport authority", "the harbour board",
    "the county health trust", "the fire and rescue service", "the water company",
    "the local housing association", "the university", "the chamber of commerce",
    "the parks department", "the rail operator", "the school board",
)
COMPANIES = (
    "Corvel Foods", "Brightwater Energy", "Halden Rail", "Orrin Logistics", "Sablewood Homes",
    "Tessaly Pharmaceuticals", "Quillon Motors", "Marrow & Finch", "Northlight Telecom",
)
THINGS = (
    "the new footbridge", "the flood barrier", "the bus depot", "the library extension",
    "the wind farm", "the night market", "the ferry service", "the school kitchen",
    "the cycle lane", "the swimming pool", "the recycling centre", "the harbour wall",
    "the maternity unit", "the tram extension", "the community orchard",
)
PAST_VERBS = (
    "approved", "delayed", "reopened", "cancelled", "expanded", "inspected", "postponed",
    "funded", "unveiled", "scrapped", "revised", "paused",
)
FUTURES = (
    "be finished", "resume", "reopen", "be reviewed again", "cost more than planned",
    "need further checks", "go ahead as planned",
)
DEADLINES = (
    "by the end of the year", "before the summer", "within six weeks", "next spring",
    "in the coming months", "before the autumn term", "by early next year",
)
WHENS = (
    "on Tuesday", "last week", "earlier this month", "after a six-hour meeting",
    "on Friday evening", "for the first time in a decade", "late on Sunday", "this morning",
    "after months of talks",
)
ROLES = (
    "the council leader", "a spokesperson for the trust", "the chief executive", "the head teacher",
    "a local shopkeeper", "the project manager", "the harbour master", "a senior engineer",
    "the chair of the residents' group", "a union organiser",
)
GROUPS = (
    "Villagers", "Commuters", "Shopkeepers", "Volunteers", "Campaigners", "Engineers", "Nurses",
    "Fishermen", "Teachers", "Farmers", "Residents", "Officials", "Parents",
)
GROUP_CLAUSES = (
    "had been evacuated on Monday", "have opposed the scheme for years",
    "worked through the night", "gathered outside the town hall",
    "had waited more than an hour", "were told to expect delays",
)
GROUP_VERBS = (
    "returned to their homes", "said they were relieved", "called for an inquiry",
    "welcomed the decision", "were allowed back", "criticised the delay",
)
PEOPLE = ("people", "households", "pupils", "passengers", "workers", "families", "patients")
PEOPLE_VERBS = (
    "were moved out of", "signed a petition in", "lost power in", "were stranded in",
    "applied for grants in", "attended the meeting in",
)
NUMBERS = ("37", "about 400", "more than 90", "1,200", "nearly 3,000", "a dozen", "several hundred")
MONEY = ("£2.4m", "$18 million", "€650,000", "£120,000", "about £9m", "$3.2 billion")
QUOTES = (
    "We have waited a long time for this",
    "Nobody expected the water to rise so quickly",
    "It is too early to say what caused the failure",
    "We will keep working until every family is home",
    "This is a good day for the whole town",
    "The figures speak for themselves",
    "I have never seen anything like it in thirty years",
    "We were given no warning at all",
)
SPEECH = ("said", "told reporters", "said on Wednesday", "added", "told a local radio station")
INVERTED_SPEECH = ("said", "added", "said yesterday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

OUTLETS = (
    "The Ashmoor Courier", "Brindleford Evening Post", "Northgate Herald", "Valemouth Daily",
    "The Lantern", "Coastline News", "Greyhaven Gazette", "The Westerby Record", "Fellgate Today",
)
OUTLET_SITES = (
    "ashmoorcourier.example", "brindlefordpost.example", "northgateherald.example",
    "valemouthdaily.example", "coastline-news.example",
)
# Agencies newsclean knows (a subset of the pack's [credits] agencies); a line made only of these
# is a credit.
AGENCIES = (
    "Getty Images", "Getty", "Shutterstock", "REX", "Alamy", "iStock", "PA", "PA Media", "PA Wire",
    "EPA", "EPA-EFE", "AFP", "AP", "Reuters", "Associated Press", "Bloomberg", "Unsplash",
    "NurPhoto", "Xinhua", "ANSA", "ZUMA Wire", "Camera Press", "Wikimedia Commons",
)
WIRES = ("Meridian Press", "Reuters", "Associated Press", "Atlas Wire")
TOPIC_POOL = (
    "Flooding", "Transport", "Local government", "Housing", "Health", "Education", "Energy",
    "Climate change", "Rail", "Courts", "Environment", "Business", "Weather", "Schools",
    "Public spending", "Harbours", "Agriculture",
)
HEADLINE_POOL = (
    "Harbour wall repairs to finish before winter storms",
    "How one village rebuilt after the spring floods",
    "Ferry timetable cut as fuel costs rise again",
    "Council votes to keep night market open until midnight",
    "Why the tram extension is running two years late",
    "Pupils return to school after kitchen fire",
    "Wind farm plan wins approval at third attempt",
    "Mayor says bridge will reopen next month",
    "Hospital waiting lists fall for a fourth month",
    "What the new parking rules mean for drivers",
)
STANDFIRSTS = (
    "Engineers say the work could take until spring.",
    "The scheme has divided opinion among residents for years.",
    "Campaigners say the decision comes too late.",
    "Officials insist the budget will not be exceeded.",
)
NEWSLETTERS = (
    "Morning Briefing", "Evening Edition", "Weekend Reads", "Politics Daily", "Local Pulse",
)
# fmt: on


def pick(rng: random.Random, pool: Sequence[T]) -> T:
    """One item of ``pool``."""
    return pool[rng.randrange(len(pool))]


def person(rng: random.Random) -> str:
    """An invented person's name, "First Last"."""
    return f"{pick(rng, FIRST_NAMES)} {pick(rng, LAST_NAMES)}"


def capital(text: str) -> str:
    """``text`` with its first letter upper-cased."""
    return text[:1].upper() + text[1:]


def random_date(rng: random.Random, months: Sequence[int] = tuple(range(1, 13))) -> dt.date:
    """A date between 2015 and 2025 in one of ``months``."""
    return dt.date(rng.randint(2015, 2025), pick(rng, months), rng.randint(1, 28))


def date_words(day: dt.date, rng: random.Random) -> str:
    """``day`` written as prose: "12 March 2021" or "March 12, 2021"."""
    month = MONTHS[day.month - 1]
    if rng.random() < 0.5:
        return f"{day.day} {month} {day.year}"
    return f"{month} {day.day}, {day.year}"


# --- real paragraphs ------------------------------------------------------------------------------


def sentence(rng: random.Random) -> str:
    """One original sentence about an invented event, ending in a full stop."""
    place, org, thing = pick(rng, PLACES), pick(rng, ORGS), pick(rng, THINGS)
    who = person(rng)
    templates: list[Callable[[], str]] = [
        lambda: f"{capital(org)} {pick(rng, PAST_VERBS)} plans for {thing} {pick(rng, WHENS)}.",
        lambda: (
            f"{who}, {pick(rng, ROLES)}, said the work would {pick(rng, FUTURES)} "
            f"{pick(rng, DEADLINES)}."
        ),
        lambda: f'"{pick(rng, QUOTES)}," {pick(rng, INVERTED_SPEECH)} {who}, {pick(rng, ROLES)}.',
        lambda: f'"{pick(rng, QUOTES)}," {who} {pick(rng, SPEECH)}.',
        lambda: (
            f"{capital(pick(rng, NUMBERS))} {pick(rng, PEOPLE)} {pick(rng, PEOPLE_VERBS)} "
            f"{place} {pick(rng, WHENS)}."
        ),
        lambda: f"{capital(thing)} has been closed since {rng.randint(1998, 2022)}.",
        lambda: f"Officials expect {thing} to {pick(rng, FUTURES)} {pick(rng, DEADLINES)}.",
        lambda: (
            f"{pick(rng, GROUPS)}, who {pick(rng, GROUP_CLAUSES)}, {pick(rng, GROUP_VERBS)} "
            f"{pick(rng, WHENS)}."
        ),
        lambda: f"On {date_words(random_date(rng), rng)}, {org} {pick(rng, PAST_VERBS)} {thing}.",
        lambda: (
            f"{capital(org)} {pick(rng, PAST_VERBS)} {thing} on "
            f"{date_words(random_date(rng), rng)}."
        ),
        lambda: (
            f"{who} — {pick(rng, ROLES)} in {place} — said the plan had "
            f"{pick(rng, ('support', 'critics', 'problems', 'merit'))}."
        ),
        lambda: f"It was not immediately clear whether {thing} would {pick(rng, FUTURES)}.",
        lambda: f"The decision follows a long dispute in {place} over {thing}.",
        lambda: (
            f"Residents in {place} have been asked to "
            f"{pick(rng, ('boil their tap water', 'avoid the ring road', 'check on neighbours'))}."
        ),
        lambda: f"In {pick(rng, MONTHS)}, {org} {pick(rng, PAST_VERBS)} {thing} without a vote.",
        lambda: (
            f"A report published in {rng.randint(2005, 2024)} found that {thing} was "
            f"{pick(rng, ('unsafe', 'overbudget', 'underused', 'popular with families'))}."
        ),
        lambda: f"{pick(rng, COMPANIES)} did not respond to a request for comment.",
        lambda: f"{capital(thing)} will cost {pick(rng, MONEY)}, according to {org}.",
        lambda: (
            f"{pick(rng, COMPANIES)} said profits fell by {rng.randint(2, 40)}% in the "
            f"{pick(rng, ('first', 'second', 'third', 'fourth'))} quarter."
        ),
        lambda: (
            f"The {pick(rng, ('vote', 'inquiry', 'hearing', 'trial'))} in {place} is "
            f"expected to last {pick(rng, ('two days', 'a week', 'three weeks'))}."
        ),
    ]
    return pick(rng, templates)()


def paragraph(rng: random.Random) -> str:
    """A paragraph of 1 to 4 sentences, every one ending in a full stop."""
    return " ".join(sentence(rng) for _ in range(rng.randint(1, 4)))


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def article_paragraphs(rng: random.Random, count: int) -> list[str]:
    """``count`` distinct paragraphs (no two equal but for case and spacing)."""
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < count:
        text = paragraph(rng)
        if _key(text) not in seen:
            seen.add(_key(text))
            out.append(text)
    return out


# --- boilerplate ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Boiler:
    """One boilerplate item: its lines (one block each), its kind, where it sits on a page, and the
    values it must lift into article fields (``{"image_credits": ("PA",)}``)."""

    kind: str
    lines: tuple[str, ...]
    position: Position
    lifts: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _boiler(kind: str, position: Position, *lines: str, **lifts: tuple[str, ...]) -> Boiler:
    return Boiler(kind, tuple(lines), position, dict(lifts))


def notification_prompt(rng: random.Random) -> Boiler:
    text = pick(
        rng,
        (
            "Click 'OK' then 'Allow' to enable notifications",
            "Tap OK then Allow to get breaking news alerts",
            "Never miss a story: turn on breaking news notifications",
            "Want to get breaking news alerts from {o}?",
            "We'd like to send you notifications for the latest news and updates.",
            "Be the first to know about our latest stories - enable push notifications",
            "Don't miss out on the biggest stories. Allow notifications.",
        ),
    )
    return _boiler("notification_prompt", "top", text.format(o=pick(rng, OUTLETS)))


def cookie_prompt(rng: random.Random) -> Boiler:
    lines = [
        pick(
            rng,
            (
                "We use cookies to improve your experience on our site.",
                "This website uses cookies to personalise content and ads.",
                "This site uses cookies. By continuing to browse, you agree to our use of cookies.",
                "We use cookies and similar technologies. Read our cookie policy to find out more.",
            ),
        )
    ]
    for extra in ("Manage preferences", "Accept all cookies", "Reject all", "Got it", "Accept"):
        if rng.random() < 0.3:
            lines.append(extra)
    return _boiler("cookie_prompt", "top", *lines)


def newsletter_prompt(rng: random.Random) -> Boiler:
    name, outlet = pick(rng, NEWSLETTERS), pick(rng, OUTLETS).removeprefix("The ")
    lines = [
        pick(
            rng,
            (
                f"Sign up to our {name} newsletter for the day's top stories",
                f"Subscribe to the {name} newsletter",
                f"Get the {outlet} {name} newsletter delivered to your inbox every morning",
                f"Sign up for our free {name} newsletter.",
                f"Newsletter sign-up: {name}",
            ),
        )
    ]
    for extra in (
        "Enter your email address",
        "Sign up",
        "You can unsubscribe at any time.",
        "Thank you for subscribing!",
        "We'll never share your email address.",
    ):
        if rng.random() < 0.3:
            lines.append(extra)
    return _boiler("newsletter_prompt", pick(rng, ("top", "between", "bottom")), *lines)


def app_prompt(rng: random.Random) -> Boiler:
    outlet = pick(rng, OUTLETS).removeprefix("The ")
    text = pick(
        rng,
        (
            f"Download the {outlet} app for the latest news",
            "Get our free news app on iOS and Android",
            "Download our app: available on the App Store and Google Play",
            f"Get the {outlet} app for breaking news on the go.",
        ),
    )
    return _boiler("app_prompt", pick(rng, ("top", "bottom")), text)


def paywall_prompt(rng: random.Random) -> Boiler:
    text = pick(
        rng,
        (
            "Subscribe now to continue reading",
            f"You have {rng.randint(1, 5)} free articles left this month",
            "Already a subscriber? Log in",
            "This article is only available to subscribers.",
            "Become a member today and get unlimited access.",
            "Log in to continue reading",
            "You've reached your free article limit.",
        ),
    )
    return _boiler("paywall_prompt", pick(rng, ("top", "bottom")), text)


def image_credit(rng: random.Random) -> Boiler:
    """A credit line or caption between paragraphs, with the credit it must lift."""
    agency, other = pick(rng, AGENCIES), pick(rng, AGENCIES)
    who = person(rng)
    caption = capital(
        f"{pick(rng, GROUPS).lower()} {pick(rng, GROUP_VERBS)} in {pick(rng, PLACES)} "
        f"{pick(rng, WHENS)}"
    )
    choices: list[tuple[str, str]] = [
        (f"Credit: {agency}", agency),
        (f"Image credit: {who}/{agency}", f"{who}/{agency}"),
        (f"{agency}/{other}", f"{agency}/{other}"),
        (f"{who}/{agency}", f"{who}/{agency}"),
        (f"{agency} via {other}", f"{agency} via {other}"),
        (f"(Photo: {agency})", agency),
        (f"(Image: {who}/{agency})", f"{who}/{agency}"),
        (f"Image copyright {agency}", agency),
        (f"Image copyright {agency} Image caption {caption}", agency),
        (f"{caption}. Photo: {who}/{agency}", f"{who}/{agency}"),
        (f"{caption}. Photograph: {who}/{agency}", f"{who}/{agency}"),
        (f"{caption}. (Photo: {agency})", agency),
        (f"Photo by {who} on Unsplash", f"{who} on Unsplash"),
        (f"Picture: {who}", who),
    ]
    text, credit = pick(rng, choices)
    return _boiler("image_credit", "between", text, image_credits=(credit,))


def topic_line(rng: random.Random) -> Boiler:
    items = rng.sample(TOPIC_POOL, rng.randint(1, 5))
    label = pick(rng, ("Topics", "Tags", "Filed under", "Categories", "Tagged with", "Keywords"))
    sep = pick(rng, (", ", "; ", " | ", " / ", " • "))
    return _boiler("topic_tags", "bottom", f"{label}: {sep.join(items)}", topics=tuple(items))


def topic_block(rng: random.Random) -> Boiler:
    """A "Related Topics" heading then one topic per line: always the last thing on the page."""
    items = rng.sample(TOPIC_POOL, rng.randint(1, 5))
    heading = pick(rng, ("Related Topics", "Topics", "More on this story's topics"))
    return _boiler("topic_heading", "last", heading, *items, topics=tuple(items))


def source_line(rng: random.Random) -> Boiler:
    items = rng.sample((*OUTLETS, *WIRES, *COMPANIES), rng.randint(1, 3))
    label = pick(rng, ("Source", "Sources", "Source(s)"))
    return _boiler("source_line", "bottom", f"{label}: {', '.join(items)}", sources=tuple(items))


def _headline(rng: random.Random) -> str:
    return pick(rng, HEADLINE_POOL)


def link_line(rng: random.Random) -> Boiler:
    label = pick(
        rng, ("Read more:", "READ MORE:", "Related:", "Also read:", "See also:", "Read more |")
    )
    return _boiler("link_line", "between", f"{label} {_headline(rng)}")


def link_list(rng: random.Random) -> Boiler:
    heading = pick(rng, ("Read more", "Related stories", "Recommended", "You may also like"))
    titles = rng.sample(HEADLINE_POOL, rng.randint(1, 4))
    return _boiler("link_list", pick(rng, ("between", "bottom")), heading, *titles)


def share_prompt(rng: random.Random) -> Boiler:
    text = pick(
        rng,
        (
            "Share this article",
            "Share on Facebook",
            "Share",
            "Facebook Twitter Email",
            "Share this story: Facebook, Twitter, WhatsApp",
            "Tweet",
            "Copy link",
            f"{rng.randint(2, 900)} shares",
        ),
    )
    return _boiler("share_prompt", pick(rng, ("top", "between", "bottom")), text)


def follow_prompt(rng: random.Random) -> Boiler:
    outlet = pick(rng, OUTLETS)
    network = pick(rng, ("Twitter", "Facebook", "Instagram", "TikTok", "LinkedIn"))
    text = pick(
        rng,
        (
            f"Follow us on {network}",
            f"Follow {outlet} on {network} for the latest updates",
            "Like us on Facebook",
            f"Follow @{outlet.replace(' ', '')} for more",
        ),
    )
    return _boiler("follow_prompt", pick(rng, ("top", "bottom")), text)


def advertisement(rng: random.Random) -> Boiler:
    text = pick(
        rng,
        (
            "Advertisement",
            "ADVERTISEMENT",
            "Story continues below advertisement",
            "Article continues below",
            "Continue reading the main story",
            "Sponsored content",
            "Skip to main content",
        ),
    )
    return _boiler("page_furniture", "between", text)


def comment_residue(rng: random.Random) -> Boiler:
    lines = [pick(rng, ("Comments", f"{rng.randint(1, 400)} comments", "View all comments"))]
    for extra in (
        "Leave a comment",
        "Log in to comment",
        "Sort by: Newest",
        "Reply",
        "Report abuse",
        "Be the first to comment",
        "Comments are closed.",
    ):
        if rng.random() < 0.3:
            lines.append(extra)
    return _boiler("comment_residue", "bottom", *lines)


def copyright_footer(rng: random.Random) -> Boiler:
    outlet, year = pick(rng, OUTLETS), rng.randint(2000, 2025)
    text = pick(
        rng,
        (
            f"© {year} {outlet}. All rights reserved.",
            f"Copyright {year} {outlet}. All rights reserved.",
            f"(c) {year} {outlet}",
            f"Copyright © {year} {outlet}",
            "This material may not be published, broadcast, rewritten or redistributed.",
        ),
    )
    return _boiler("copyright_notice", "bottom", text)


def syndication_note(rng: random.Random) -> Boiler:
    outlet, site = pick(rng, OUTLETS), pick(rng, OUTLET_SITES)
    text = pick(
        rng,
        (
            f"This article originally appeared on {outlet}.",
            f"This story was first published in {outlet}.",
            f"Originally published on {site}",
            f"Republished with permission from {outlet}.",
            f"Read the original article on {outlet}.",
        ),
    )
    return _boiler("syndication_note", "bottom", text)


def wire_credit(rng: random.Random) -> Boiler:
    parts = [f"Reporting by {person(rng)}"]
    if rng.random() < 0.5:
        parts[0] += f" in {pick(rng, PLACES)}"
    if rng.random() < 0.4:
        parts.append(f"Additional reporting by {person(rng)}")
    if rng.random() < 0.3:
        parts.append(f"Writing by {person(rng)}")
    parts.append(f"Editing by {person(rng)}")
    if rng.random() < 0.4:
        parts[-1] += f" and {person(rng)}"
    return _boiler("wire_credit", "bottom", f"({'; '.join(parts)})")


def reader_question(rng: random.Random) -> Boiler:
    """A question to readers closing the story (one or two lines; a page has at most one)."""
    readers = pick(rng, ("Readers", "Gazetteers", "Courier readers", "Football fans", "Folks"))
    lines = pick(
        rng,
        (
            (f"{readers}, what do you think? Let us know in the comments.",),
            (f"{readers}, do you agree with the decision? Share your thoughts below.",),
            ("What do you think? Let us know in the comments below.",),
            ("What do you think?", "Let us know in the comments."),
            (f"{readers}, should the bridge reopen?", "Tell us in the comments below."),
            ("Tell us what you think in the comments.",),
            ("Have your say in the comments section below.",),
        ),
    )
    return _boiler("reader_question", "bottom", *lines)


def _time(rng: random.Random) -> tuple[str, int, int]:
    """A clock time as written, with its hour and minute on a 24-hour clock."""
    hour, minute = rng.randint(0, 23), rng.randint(0, 59)
    if rng.random() < 0.5:
        return f"{hour:02d}:{minute:02d}", hour, minute
    twelve = hour % 12 or 12
    return f"{twelve}:{minute:02d}{'am' if hour < 12 else 'pm'}", hour, minute


def date_line(rng: random.Random) -> Boiler:
    """A publication date line at the top, with the ISO date it must lift into ``published``."""
    style = rng.randrange(6)
    # Months well inside US daylight-saving time, or well outside it, for the "ET"/"PT" zones.
    summer = style == 2 and rng.random() < 0.5
    months = (5, 6, 7, 8, 9) if summer else (1, 2, 12) if style == 2 else tuple(range(1, 13))
    day = random_date(rng, months)
    label = pick(rng, ("Published", "Published:", "Published on", "Posted on", "First published"))
    if style == 0:
        return _boiler(
            "published_date",
            "top",
            f"{label} {day.day} {MONTHS[day.month - 1]} {day.year}",
            published=(day.isoformat(),),
        )
    if style == 1:
        clock, hour, minute = _time(rng)
        zone, offset = pick(rng, (("BST", "+01:00"), ("GMT", "+00:00"), ("CET", "+01:00")))
        return _boiler(
            "published_date",
            "top",
            f"{label} {day.day} {MONTHS[day.month - 1]} {day.year} {clock} {zone}",
            published=(f"{day.isoformat()}T{hour:02d}:{minute:02d}{offset}",),
        )
    if style == 2:
        clock, hour, minute = _time(rng)
        zone = pick(rng, ("ET", "PT"))
        offset = {
            ("ET", True): "-04:00",
            ("ET", False): "-05:00",
            ("PT", True): "-07:00",
            ("PT", False): "-08:00",
        }[(zone, summer)]
        return _boiler(
            "published_date",
            "top",
            f"{MONTHS[day.month - 1]} {day.day}, {day.year} at {clock} {zone}",
            published=(f"{day.isoformat()}T{hour:02d}:{minute:02d}{offset}",),
        )
    if style == 3:
        weekday = WEEKDAYS[day.weekday()]
        return _boiler(
            "published_date",
            "top",
            f"{weekday} {day.day} {MONTH_ABBR[day.month - 1]} {day.year}",
            published=(day.isoformat(),),
        )
    if style == 4:
        return _boiler(
            "published_date",
            "top",
            f"Posted on {day.day:02d}.{day.month:02d}.{day.year}",
            published=(day.isoformat(),),
        )
    return _boiler("published_date", "top", f"date {day.isoformat()}", published=(day.isoformat(),))


def updated_line(rng: random.Random) -> Boiler:
    """An "Updated" time: removed, never the publication date."""
    day = random_date(rng)
    clock, _, _ = _time(rng)
    label = pick(rng, ("Updated", "Updated:", "Last updated", "Last modified on"))
    return _boiler(
        "updated_date", "top", f"{label} {day.day} {MONTHS[day.month - 1]} {day.year} {clock} GMT"
    )


def byline(rng: random.Random) -> Boiler:
    """A byline at the top, with the names it must lift into ``authors``."""
    first, second = person(rng), person(rng)
    while second == first:
        second = person(rng)
    role = pick(rng, ("Transport Correspondent", "Political Editor", "Senior Reporter"))
    choices: list[tuple[str, tuple[str, ...]]] = [
        (f"By {first}", (first,)),
        (f"By {first} and {second}", (first, second)),
        (f"By {first}, {role}", (first,)),
        (f"Written by {first}", (first,)),
        (f"By {first.upper()}", (first.upper(),)),
        (f"By {first} | {pick(rng, OUTLETS)}", (first,)),
    ]
    text, names = pick(rng, choices)
    return _boiler("byline", "top", text, authors=names)


def relative_time(rng: random.Random) -> Boiler:
    text = pick(
        rng,
        (
            f"{rng.randint(2, 59)} minutes ago",
            f"{rng.randint(2, 23)} hours ago",
            "1 hour ago",
            "about an hour ago",
            "Just now",
            "Yesterday",
            f"Updated {rng.randint(2, 12)} hours ago",
            f"{rng.randint(2, 6)} days ago",
        ),
    )
    return _boiler("relative_date", "top", text)


BOILERPLATE: dict[str, Callable[[random.Random], Boiler]] = {
    "notification_prompt": notification_prompt,
    "cookie_prompt": cookie_prompt,
    "newsletter_prompt": newsletter_prompt,
    "app_prompt": app_prompt,
    "paywall_prompt": paywall_prompt,
    "image_credit": image_credit,
    "topic_tags": topic_line,
    "topic_heading": topic_block,
    "source_line": source_line,
    "link_line": link_line,
    "link_list": link_list,
    "share_prompt": share_prompt,
    "follow_prompt": follow_prompt,
    "page_furniture": advertisement,
    "comment_residue": comment_residue,
    "copyright_notice": copyright_footer,
    "syndication_note": syndication_note,
    "wire_credit": wire_credit,
    "reader_question": reader_question,
    "published_date": date_line,
    "updated_date": updated_line,
    "relative_date": relative_time,
    "byline": byline,
}
"""Every boilerplate generator, by the reason newsclean gives for what it generates."""


def boilerplate(rng: random.Random, kind: str | None = None) -> Boiler:
    """One boilerplate item of ``kind`` (any kind when ``None``)."""
    return BOILERPLATE[kind or pick(rng, sorted(BOILERPLATE))](rng)


# --- whole articles -------------------------------------------------------------------------------


@dataclass(frozen=True)
class GeneratedArticle:
    """A synthetic scraped article and what cleaning it must give."""

    text: str
    paragraphs: tuple[str, ...]
    items: tuple[Boiler, ...]
    image_credits: tuple[str, ...]
    topics: tuple[str, ...]
    sources: tuple[str, ...]
    published: str | None
    authors: tuple[str, ...] = ()


def _unique(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


SEPARATORS = ("\n\n", "\n", "\r\n\r\n", "\n\n\n", "\n \n", "\r\n")


def generate_article(
    rng: random.Random,
    *,
    min_paragraphs: int = 3,
    max_paragraphs: int = 10,
    max_items: int = 12,
    glued_credits: bool = True,
) -> GeneratedArticle:
    """Real paragraphs with boilerplate injected where pages put it: prompts and date lines at the
    top; credits, ads and read-more lines between paragraphs; tags, sources, legal lines and reader
    questions at the bottom (a "Related Topics" block, if any, last of all)."""
    paras = article_paragraphs(rng, rng.randint(min_paragraphs, max_paragraphs))
    items = [boilerplate(rng) for _ in range(rng.randint(0, max_items))]
    # At most one topic block (it runs to the end of the page), one byline, one publication date
    # line and one question to readers.
    once = ("published_date", "reader_question", "topic_heading", "byline")
    first = {kind: [b for b in items if b.kind == kind][:1] for kind in once}
    items = [b for b in items if b.kind not in once] + first["reader_question"]
    last = first["topic_heading"]
    top = [b for b in items if b.position == "top"]
    for header in (*first["byline"], *first["published_date"]):
        top.insert(rng.randint(0, len(top)), header)
    between = [b for b in items if b.position == "between"]
    bottom = [b for b in items if b.position == "bottom"]
    # Reader questions close the story: they come straight after its last paragraph.
    bottom.sort(key=lambda b: b.kind != "reader_question")

    credits: list[str] = []
    glued = list(paras)
    if glued_credits:
        for i, text in enumerate(paras):
            if len(text.split()) > 30 and rng.random() < 0.2:
                agency = pick(rng, AGENCIES)
                glued[i] = f"{text} ({pick(rng, ('Photo', 'Image', 'Picture'))}: {agency})"

    slots: list[list[Boiler]] = [[] for _ in paras]  # slots[i]: items after paragraph i
    for b in between:
        slots[rng.randrange(len(paras))].append(b)

    lines: list[str] = []
    ordered: list[Boiler] = []
    for b in top:
        lines.extend(b.lines)
        ordered.append(b)
    for i, text in enumerate(glued):
        lines.append(text)
        if text != paras[i]:
            credits.append(text[text.rindex(": ") + 2 : -1])
        for b in slots[i]:
            lines.extend(b.lines)
            ordered.append(b)
            credits.extend(b.lifts.get("image_credits", ()))
    for b in (*bottom, *last):
        lines.extend(b.lines)
        ordered.append(b)

    sep = pick(rng, SEPARATORS)
    pad = pick(rng, ("", " ", "\t"))
    text = sep.join(f"{pad}{line}{pad}" for line in lines)

    def lifted(name: str) -> tuple[str, ...]:
        return _unique([v for b in ordered for v in b.lifts.get(name, ())])

    published = lifted("published")
    return GeneratedArticle(
        text=text,
        paragraphs=tuple(paras),
        items=tuple(ordered),
        image_credits=_unique(credits),
        topics=lifted("topics"),
        sources=lifted("sources"),
        published=published[0] if published else None,
        authors=lifted("authors"),
    )


# --- hypothesis strategies ------------------------------------------------------------------------


def paragraphs() -> st.SearchStrategy[str]:
    """Single real paragraphs."""
    return st.randoms(use_true_random=False).map(paragraph)


def boilerplate_items(kind: str | None = None) -> st.SearchStrategy[Boiler]:
    """Boilerplate items of ``kind`` (any kind when ``None``)."""
    kinds = st.just(kind) if kind else st.sampled_from(sorted(BOILERPLATE))
    return st.builds(boilerplate, st.randoms(use_true_random=False), kinds)


def articles(
    *,
    min_paragraphs: int = 3,
    max_paragraphs: int = 10,
    max_items: int = 12,
    glued_credits: bool = True,
) -> st.SearchStrategy[GeneratedArticle]:
    """Whole synthetic articles (see :func:`generate_article`)."""
    return st.randoms(use_true_random=False).map(
        lambda rng: generate_article(
            rng,
            min_paragraphs=min_paragraphs,
            max_paragraphs=max_paragraphs,
            max_items=max_items,
            glued_credits=glued_credits,
        )
    )


# Pieces that the filters' patterns are built from, for inputs that poke at every rule at once.
# fmt: off
TOKENS = (
    "Credit:", "Photo:", "(Photo: ", "Image copyright", "Image caption", "REX/Shutterstock",
    "Getty Images", " via ", "PA", "/", "By ", "By Mara Lind", " and ", "Tobias Renn", ", ",
    "Political Editor", "Read more:", "Read more", "Related", "Topics:", "Tags:", "Related Topics",
    "Source:", "Sources:", "©", "(c)", "All rights reserved.",
    "This article originally appeared on",
    "(Reporting by ", "; Editing by ", ")", "(", "Advertisement", "Story continues below", "Share",
    "Follow us on Twitter", "Comments", "Reply", "Readers, what do you think?",
    "Let us know in the comments.", "Published:", "Updated:", "16 May 2017", "May 16, 2017",
    " at 3:04pm ET", "10:30 BST", "2021-03-04", "3 hours ago", "yesterday", "on", "|", " | ", " — ",
    "We use cookies", "Accept", "Sign up", "newsletter", "Download the app", "Subscribe now",
    "Click 'OK' then 'Allow' to enable notifications", "The council said the bridge would reopen.",
    "Villagers, who had fled,", "said", ".", "?", "!", ":", " ", "  ", "\n", "\n\n", "\r\n", "\t",
    "\u00a0", "\u200b", "\u2028", "â€™", "e\u0301", "\x00", "\x07", "\x85", "\ufeff",
)
# fmt: on


def token_soup(max_tokens: int = 60) -> st.SearchStrategy[str]:
    """Text glued together from :data:`TOKENS` and random words: plausible-looking page debris."""
    word = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=8)
    return st.lists(st.sampled_from(TOKENS) | word, max_size=max_tokens).map("".join)
