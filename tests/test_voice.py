"""Voice rules of codebook section 2, on one-line sentences with hand-checked expectations."""

import pytest


def voices(scorer, text, lexicon="labels"):
    scored = scorer.score(text)
    return [(m.text, m.voice) for m in scored.matches if m.lexicon == lexicon]


@pytest.mark.parametrize("text, expected", [
    # quoted: inside quotation marks, whoever says it
    ("“The army has arrested a number of terrorists,” Syrian military has claimed.",
     [("The army", "quoted"), ("terrorists", "quoted"), ("Syrian military", "authorial")]),
    # attributed: complement of a reporting verb; the accuser stays authorial
    ("Damascus has consistently accused Western nations of aiding terrorist factions within Syria.",
     [("Damascus", "authorial"), ("Western nations", "attributed"), ("terrorist factions", "attributed")]),
    # the label names the speaker: not part of what is reported
    ("In their assault, the jihadists claimed to have seized 400 square kilometers from Syrian forces.",
     [("jihadists", "authorial"), ("Syrian forces", "attributed")]),
    # post-posed "..., X said."
    ("The rebels entered the city centre, the military said.",
     [("rebels", "attributed"), ("the military", "authorial")]),
    # post-posed with an adjunct describing the report
    ("The rebels entered Aleppo, the army said in its first acknowledgement of the rebel attack.",
     [("rebels", "attributed"), ("the army", "authorial"), ("rebel attack", "authorial")]),
    # according to X, at the start and at the end
    ("According to the ministry, hundreds of HTS fighters were killed.",
     [("the ministry", "authorial"), ("HTS", "attributed"), ("fighters", "attributed")]),
    ("Heavy clashes broke out between HTS militants and government forces, as reported by Anadolu.",
     [("HTS", "attributed"), ("militants", "attributed"), ("government forces", "attributed")]),
    # designations are reports too
    ("HTS is designated as a terrorist organisation by the United States.",
     [("HTS", "authorial"), ("terrorist organisation", "attributed"), ("United States", "authorial")]),
    # a non-restrictive relative clause after the content is the outlet's
    ("Syrian regime forces announced a withdrawal from Aleppo, where rebel groups launched an offensive.",
     [("Syrian regime forces", "authorial"), ("rebel groups", "authorial")]),
    # agentless reports name no source: labels stay authorial
    ("Fighting has been reported near Hama between rebels and the army.",
     [("rebels", "authorial"), ("the army", "authorial")]),
    # quoted beats attributed
    ("The military said it fought “armed terrorist organisations” in Aleppo.",
     [("The military", "authorial"), ("armed terrorist organisations", "quoted")]),
])
def test_label_voice(scorer, text, expected):
    assert voices(scorer, text) == expected


def test_hedge_voice(scorer):
    text = "In their assault, the jihadists claimed to have seized approximately 400 square kilometers."
    assert voices(scorer, text, "hedges") == [("approximately 400", "attributed")]
    text = "Social media footage reportedly showed HTS militants advancing."
    assert voices(scorer, text, "hedges") == [("reportedly", "authorial")]


def test_attribution_kinds_from_lexicon(lexicons):
    kinds = {e.kind for e in lexicons["attribution"].entries if e.category != "_"}
    assert kinds == {"verb", "prep", "designation", "appeal", "naming", "adjunct"}


def test_a_parenthetical_source_reports_the_whole_sentence_and_a_relative_clause_only_itself():
    from framing import score_article

    voices = lambda text: [(m.text, m.voice) for m in score_article(text, study="russia-ukraine-2022",
                                                                      readability=False).matches
                           if m.lexicon == "labels"]
    assert voices("The army, he said, had been rationing shells.") == [("The army", "attributed")]
    assert voices("Nationalist battalions were deployed there, many of whom, according to prisoners, "
                  "had fled the invaders.") == [("Nationalist battalions", "authorial"), ("invaders", "attributed")]
