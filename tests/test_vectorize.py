import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from framing.vectorize import FramingVectorizer

TEXTS = ["Terrorists reportedly attacked.", "Rebels advanced.", "The regime may fall."]


def test_fit_transform_and_feature_names():
    vec = FramingVectorizer(study="syria-2024", measures=["labels.opposition.terrorist.n", "hedges.density"])
    X = vec.fit_transform(TEXTS)
    assert X.shape == (3, 2)
    # "Terrorists reportedly attacked." : 1 terrorist label; 1 evidential hedge in 3 tokens -> 333.3
    assert X[0].tolist() == pytest.approx([1.0, 1000 / 3])
    assert vec.get_feature_names_out().tolist() == ["labels.opposition.terrorist.n", "hedges.density"]


def test_contract():
    vec = FramingVectorizer(measures=["hedges.density"])
    assert clone(vec).get_params() == vec.get_params()
    with pytest.raises(NotFittedError):
        vec.transform(TEXTS)
    with pytest.raises(ValueError, match="single string"):
        vec.fit("just one text")
    with pytest.raises(ValueError, match="unknown measures"):
        FramingVectorizer(measures=["nope"]).fit(TEXTS)


def test_set_output_pandas_and_pipeline():
    vec = FramingVectorizer(study="syria-2024", measures=["labels.opposition.terrorist.n", "hedges.density"]).set_output(transform="pandas")
    frame = vec.fit_transform(TEXTS)
    assert list(frame.columns) == ["labels.opposition.terrorist.n", "hedges.density"]
    texts = ["Terrorists attacked the town.", "Rebels advanced on the town."] * 6
    labels = [0, 1] * 6
    pipe = make_pipeline(FramingVectorizer(), StandardScaler(), LogisticRegression())
    scores = cross_val_score(pipe, texts, labels, cv=3)
    assert np.all(scores == 1.0)


def test_default_measures_cover_everything():
    vec = FramingVectorizer().fit(TEXTS)
    assert vec.n_features_out_ == len(vec.get_feature_names_out()) > 50
