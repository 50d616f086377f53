"""The built-in filters. Importing this package registers them by name."""

from __future__ import annotations

from .base import Filter
from .byline import Byline
from .credits import Credits
from .dates import Dates
from .engagement import Engagement
from .legal import Legal
from .markup import Markup
from .navigation import Navigation
from .press import Press
from .prompts import Prompts
from .questions import ReaderQuestions
from .repeats import Repeats
from .sources import Sources
from .title import Title
from .topics import Topics

__all__ = [
    "Byline",
    "Credits",
    "Dates",
    "Engagement",
    "Filter",
    "Legal",
    "Markup",
    "Navigation",
    "Press",
    "Prompts",
    "ReaderQuestions",
    "Repeats",
    "Sources",
    "Title",
    "Topics",
]
