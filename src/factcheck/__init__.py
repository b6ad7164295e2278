"""factcheck: a numeric fact-checker for news.

Library entry points (the CLI is a thin layer over these):

- `extract(text, date=None)` -> list of resolved `Claim`s (no verdicts)
- `check_text(text, date=None, url=None)` -> `Report`
- `check_paths(paths, ...)` -> iterator of `Report`s
"""

from factcheck.api import check_article, check_paths, check_text, extract
from factcheck.models import Article, CheckedClaim, Claim, Quantity, Report, Verdict

__version__ = "0.1.0"

__all__ = [
    "Article",
    "CheckedClaim",
    "Claim",
    "Quantity",
    "Report",
    "Verdict",
    "__version__",
    "check_article",
    "check_paths",
    "check_text",
    "extract",
]
