"""A scikit-learn transformer: raw texts in, framing measures out.

Follows scikit-learn's estimator contract (keyword-only ``__init__`` that only
stores parameters, validation in ``fit``, fitted state ending in ``_``,
``get_feature_names_out`` so that ``set_output(transform="pandas")`` works) using
only its public base classes.
"""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

__all__ = ["FramingVectorizer"]


class FramingVectorizer(TransformerMixin, BaseEstimator):
    """Turn raw article texts into framing features (the measures of :mod:`framing.measures`).

    Parameters
    ----------
    measures : list of str, optional
        Measures to output, in this order (default: all of them, readability excluded).
    lexicons : str or path, optional
        Extra lexicon files or directories added to the built-in lexicons.
    study : str or path, optional
        The study whose parties the label measures name (codebook section 9): a shipped
        study's name or a study file; default ``generic``.
    undefined : float, default 0.0
        Value for a ratio whose denominator is zero (e.g. a label share in a text
        without labels); use ``numpy.nan`` to impute later.

    Attributes
    ----------
    feature_names_in_ : absent (the input is text)
    measures_ : list of str
        The measures produced, fixed at ``fit``.
    n_features_out_ : int

    Examples
    --------
    >>> from framing.vectorize import FramingVectorizer
    >>> vec = FramingVectorizer(study="syria-2024", measures=["labels.opposition.terrorist.n", "hedges.density"])
    >>> vec.fit_transform(["Terrorists reportedly attacked.", "Rebels advanced."]).round(1).tolist()
    [[1.0, 333.3], [0.0, 0.0]]
    """

    def __init__(self, *, measures=None, lexicons=None, study=None, undefined=0.0):
        self.measures = measures
        self.lexicons = lexicons
        self.study = study
        self.undefined = undefined

    def fit(self, X, y=None):
        """Validate the parameters and fix the output measures (no learning from ``X``)."""
        from .lexicon import load_lexicons
        from .score import Scorer

        _check_texts(X)
        scorer = Scorer(load_lexicons(self.lexicons) if self.lexicons is not None else None, study=self.study,
                        readability=False)
        available = scorer.measure_names
        chosen = list(available) if self.measures is None else list(self.measures)
        unknown = [m for m in chosen if m not in available]
        if unknown:
            raise ValueError(f"unknown measures {unknown}; see framing.measure_names()")
        if not chosen:
            raise ValueError("measures must name at least one measure")
        self.measures_ = chosen
        self.n_features_out_ = len(chosen)
        self._scorer = scorer
        return self

    def transform(self, X):
        """Score each text and return an array of shape (n_texts, n_features_out_)."""
        from .records import Article, Skipped

        if not hasattr(self, "measures_"):
            from sklearn.exceptions import NotFittedError

            raise NotFittedError("FramingVectorizer is not fitted yet; call fit first")
        _check_texts(X)
        rows = []
        for i, text in enumerate(X):
            result = self._scorer.score(Article(id=str(i), text=text if isinstance(text, str) else ""))
            values = {} if isinstance(result, Skipped) else result.measures
            rows.append([self.undefined if values.get(m) is None else values[m] for m in self.measures_])
        return np.asarray(rows, dtype=float).reshape(len(rows), self.n_features_out_)

    def get_feature_names_out(self, input_features=None):
        """The measure names, as an array of str."""
        if not hasattr(self, "measures_"):
            from sklearn.exceptions import NotFittedError

            raise NotFittedError("FramingVectorizer is not fitted yet; call fit first")
        return np.asarray(self.measures_, dtype=object)


def _check_texts(X) -> None:
    if isinstance(X, (str, bytes)):
        raise ValueError("FramingVectorizer expects an iterable of texts, not a single string; wrap it in a list")
    try:
        iter(X)
    except TypeError:
        raise ValueError(f"FramingVectorizer expects an iterable of texts, got {type(X).__name__}") from None
