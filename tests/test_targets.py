import pytest


def labels(scorer, text):
    return [(m.text, m.category, m.target) for m in scorer.score(text).matches if m.lexicon == "labels"]


@pytest.mark.parametrize("text, expected", [
    ("The YPG, which Ankara calls a terrorist organisation, withdrew.",
     [("YPG", "name", "kurdish"), ("Ankara", "name", "foreign"), ("terrorist organisation", "terrorist", "kurdish")]),
    ("The PKK, a terrorist group, withdrew.", [("PKK", "name", "kurdish"), ("terrorist group", "terrorist", "kurdish")]),
    # a Kurdish speaker does not make its enemies Kurdish
    ("The SDF said Turkish-backed mercenaries and terrorists attacked.",
     [("SDF", "name", "kurdish"), ("Turkish-backed mercenaries", "terrorist", "opposition"),
      ("terrorists", "terrorist", "opposition")]),
    ("PKK militants attacked a checkpoint.", [("PKK militants", "militia", "kurdish")]),
    # with an opposition name in the sentence the default stays
    ("HTS militants fought the SDF.", [("HTS", "name", "opposition"), ("militants", "militant", "opposition"),
                                       ("SDF", "name", "kurdish")]),
    # forces by the word before them
    ("Government forces, regime forces, opposition forces and allied forces clashed.",
     [("Government forces", "government", "government"), ("regime forces", "regime", "government"),
      ("opposition forces", "rebel", "opposition"), ("allied forces", "fighter", "opposition")]),
    # militias by who backs them
    ("Iran-backed militias and US-backed militias and Turkish-backed factions.",
     [("Iran-backed militias", "militia", "foreign"), ("US-backed militias", "militia", "kurdish"),
      ("Turkish-backed factions", "fighter", "opposition")]),
    # Damascus: the state, not the city
    ("Damascus accused Ankara. The road from Aleppo to Damascus was cut.",
     [("Damascus", "government", "government"), ("Ankara", "name", "foreign")]),
])
def test_targets_from_context(scorer, text, expected):
    assert labels(scorer, text) == expected


def test_bound_words_alone_are_unresolved_only_where_a_study_has_no_default():
    from framing import score_article

    text = "Units advanced on the town, and the authorities ordered an evacuation."
    ru = [(m.text, m.target) for m in score_article(text, study="russia-ukraine-2022", readability=False).matches
          if m.lexicon == "labels"]
    syria = [m.text for m in score_article(text, study="syria-2024", readability=False).matches
             if m.lexicon == "labels"]
    assert ru == [("Units", None), ("the authorities", None)]      # no default for state labels: unresolved
    assert syria == []                                              # a default would guess: dropped
