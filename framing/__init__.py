"""framing: measure how news outlets frame the same conflict.

Every number traces back to character offsets in the original text.  The
public API is listed in ``__all__``; everything else is internal.
"""

from importlib import metadata as _metadata

from .clean import Document, clean_text
from .errors import FramingError, InputError, LexiconError
from .evidence import kwic
from .io import Columns, read_corpus, read_dataframe
from .lexicon import Lexicon, check_lexicons, default_lexicon_dir, load_lexicons, read_lexicon
from .match import Matcher
from .measures import measure_names
from .quotes import find_quotes
from .records import Article, Match, Quote, Removed, Skipped
from .score import ScoredArticle, Scorer, score_article
from .segment import split_sentences, tokenize
from .validate import GoldSpan, Validation, read_gold, validate

try:
    __version__ = _metadata.version("framing")
except _metadata.PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0+unknown"

__all__ = [
    "__version__",
    # records
    "Article", "Match", "Quote", "Removed", "Skipped", "Document", "ScoredArticle",
    # corpus input
    "Columns", "read_corpus", "read_dataframe",
    # stages
    "clean_text", "split_sentences", "tokenize", "find_quotes",
    # lexicons and matching
    "Lexicon", "load_lexicons", "read_lexicon", "check_lexicons", "default_lexicon_dir", "Matcher",
    # scoring
    "Scorer", "score_article", "measure_names",
    # evidence and validation
    "kwic", "GoldSpan", "Validation", "read_gold", "validate",
    # errors
    "FramingError", "InputError", "LexiconError",
]
