"""framing: measure how news outlets frame the same conflict.

Every number traces back to character offsets in the original text.  The
public API is listed in ``__all__``; everything else is internal.
"""

from importlib import metadata as _metadata

from .clean import Document, clean_text
from .errors import FramingError, InputError, LexiconError
from .evidence import kwic
from .report import EvidenceReport, evidence_report
from .io import Columns, read_corpus, read_dataframe
from .lexicon import Lexicon, check_lexicons, default_lexicon_dir, load_lexicons, read_lexicon
from .match import Matcher
from .measures import measure_names
from .quotes import find_quotes
from .records import Article, Match, Quote, Removed, Skipped
from .parallel import score_corpus
from .score import ScoredArticle, Scorer, score_article
from .study import Party, Study, check_study, list_studies, load_study, study_template
from .segment import split_sentences, tokenize
from .validate import GoldSpan, Validation, read_gold, validate
from .methods import methods_text

_LAZY = {
    # heavy dependencies (pandas, numpy, matplotlib, scikit-learn) load on first use
    "profile_outlets": ("framing.profile", "profile_outlets"),
    "profile_counts": ("framing.profile", "profile_counts"),
    "count_table": ("framing.profile", "count_table"),
    "keyness": ("framing.compare", "keyness"),
    "term_counts": ("framing.compare", "term_counts"),
    "share_difference": ("framing.compare", "share_difference"),
    "js_distance": ("framing.compare", "js_distance"),
    "outlet_map": ("framing.compare", "outlet_map"),
    "FramingVectorizer": ("framing.vectorize", "FramingVectorizer"),
    "make_figures": ("framing.figures", "make_figures"),
    "validation_sample": ("framing.sample", "validation_sample"),
    "CodingSheet": ("framing.sample", "CodingSheet"),
    "agreement": ("framing.agreement", "agreement"),
    "Agreement": ("framing.agreement", "Agreement"),
    "import_dictionary": ("framing.importers", "import_dictionary"),
    "plot_label_shares": ("framing.plot", "plot_label_shares"),
    "plot_voice": ("framing.plot", "plot_voice"),
    "plot_hedging_attribution": ("framing.plot", "plot_hedging_attribution"),
    "plot_profile_heatmap": ("framing.plot", "plot_profile_heatmap"),
    "plot_keyness": ("framing.plot", "plot_keyness"),
    "plot_outlet_map": ("framing.plot", "plot_outlet_map"),
    "plot_over_time": ("framing.plot", "plot_over_time"),
    "plot_kwic": ("framing.plot", "plot_kwic"),
}


def __getattr__(name):
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'framing' has no attribute {name!r}")

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
    # studies: the parties of one conflict (codebook section 9)
    "Study", "Party", "load_study", "list_studies", "check_study", "study_template",
    # scoring
    "Scorer", "score_article", "score_corpus", "measure_names",
    # evidence and validation
    "kwic", "evidence_report", "EvidenceReport", "methods_text", "GoldSpan", "Validation", "read_gold", "validate",
    # validating on one's own corpus: coding samples, agreement, imported dictionaries
    "validation_sample", "CodingSheet", "agreement", "Agreement", "import_dictionary",
    # profiles, comparison, features, plots, figures (loaded on first use)
    "profile_outlets", "profile_counts", "count_table", "keyness", "term_counts", "share_difference", "js_distance", "outlet_map",
    "FramingVectorizer", "make_figures",
    "plot_label_shares", "plot_voice", "plot_hedging_attribution", "plot_profile_heatmap", "plot_keyness",
    "plot_outlet_map", "plot_over_time", "plot_kwic",
    # errors
    "FramingError", "InputError", "LexiconError",
]
