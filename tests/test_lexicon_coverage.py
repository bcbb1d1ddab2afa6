"""Phrasings from coverage of every slant, one per line, with the label a careful coder gives."""

import pytest

CASES = [
    # Western wires and broadcasters
    ("The Islamist militant group Hayat Tahrir al-Sham led the assault.", "Islamist militant group", "jihadist", "opposition"),
    ("Turkey-backed rebels pushed east.", "Turkey-backed rebels", "rebel", "opposition"),
    ("The rebel alliance seized the airport.", "rebel alliance", "rebel", "opposition"),
    ("Armed opposition groups entered the city.", "Armed opposition groups", "rebel", "opposition"),
    ("Syrian government troops withdrew.", "Syrian government troops", "government", "government"),
    ("Pro-government militias regrouped near Hama.", "Pro-government militias", "loyalist", "government"),
    ("Insurgents overran the base.", "Insurgents", "militant", "opposition"),
    # US right-wing sites
    ("Radical Islamist terrorists now control the city.", "Radical Islamist terrorists", "terrorist", "opposition"),
    ("The al Qaeda offshoot is on the march.", "al Qaeda offshoot", "terrorist", "opposition"),
    ("Jihadi fighters posed at the citadel.", "Jihadi fighters", "jihadist", "opposition"),
    # Russian outlets
    ("Illegal armed groups attacked army positions.", "Illegal armed groups", "militant", "opposition"),
    ("Units of the Syrian Arab Army repelled the attack.", "Syrian Arab Army", "government", "government"),
    ("Russian Aerospace Forces struck the convoy.", "Russian Aerospace Forces", "forces", "foreign"),
    # Turkish outlets
    ("The YPG/PKK terrorist organization fled Tal Rifaat.", "YPG/PKK terrorist organization", "terrorist", "kurdish"),
    ("Anti-regime forces reached Hama.", "Anti-regime forces", "rebel", "opposition"),
    ("Regime forces abandoned their posts.", "Regime forces", "regime", "government"),
    # Gulf and Qatari outlets
    ("Opposition factions advanced on two fronts.", "Opposition factions", "rebel", "opposition"),
    ("Armed factions took the town.", "Armed factions", "militant", "opposition"),
    # Iranian outlets
    ("Foreign-backed Takfiri terrorists attacked Aleppo.", "Takfiri terrorists", "terrorist", "opposition"),
    ("The Zionist regime backs the terrorists.", "Zionist regime", "government", "foreign"),
    # Israeli outlets
    ("Hezbollah terrorists were seen leaving.", "Hezbollah terrorists", "terrorist", "foreign"),
    ("Iran's proxies are in retreat.", "Iran's proxies", "militia", "foreign"),
    # other states' armies, governments and "regimes" are foreign, not the Syrian state
    ("The Lebanese army closed the border.", "Lebanese army", "forces", "foreign"),
    ("The Turkish government denied involvement.", "Turkish government", "government", "foreign"),
    ("The Iranian regime armed the militias.", "Iranian regime", "government", "foreign"),
    # Kurdish outlets
    ("Turkish-backed mercenaries shelled the road.", "Turkish-backed mercenaries", "terrorist", "opposition"),
    ("The Turkish occupation army shelled Manbij.", "Turkish occupation army", "forces", "foreign"),
    ("The Kurdish-led SDF said it would defend Aleppo.", "SDF", "name", "kurdish"),
    # transliterations and spellings
    ("Hayat Tahrir ash-Sham and Hay'at Tahrir al-Sham are the same group.", "Hayat Tahrir ash-Sham", "name", "opposition"),
    ("Abu Mohammed al-Julani spoke.", "Abu Mohammed al-Julani", "name", "opposition"),
    ("The Nusra Front became HTS.", "Nusra Front", "name", "opposition"),
    ("Bashar al-Asad addressed the nation.", "Bashar al-Asad", "name", "government"),
]


@pytest.mark.parametrize("text, phrase, category, target", CASES, ids=[c[1] for c in CASES])
def test_phrasing(scorer, text, phrase, category, target):
    start = text.index(phrase)
    found = [(m.text, m.category, m.target) for m in scorer.score(text).matches
             if m.lexicon == "labels" and m.start < start + len(phrase) and start < m.end]
    assert found and found[0][1:] == (category, target), found


@pytest.mark.parametrize("text, phrase", [
    ("Reuters could not independently verify the reports.", "could not independently verify"),
    ("It was not immediately clear who fired first.", "It was not immediately clear"),
    ("The claims have not been independently verified.", "have not been independently verified"),
], ids=lambda x: x if len(x) < 40 else None)
def test_hedge_phrasing(scorer, text, phrase):
    start = text.index(phrase)
    assert [m for m in scorer.score(text).matches if m.lexicon == "hedges" and m.start <= start < m.end]


@pytest.mark.parametrize("text", [
    "In early May the army advanced.",           # the month
    "Residents could hear the shelling.",        # ability
    "They talked about the offensive.",          # "about" without a number
    "Military hardware was captured.",           # adjective, not a party
    "The road to Damascus was cut.",             # the city
    "Jihadist ideology shaped the group.",       # ideas, not a party
])
def test_words_that_are_not_hits(scorer, text):
    hits = [(m.text, m.lexicon) for m in scorer.score(text).matches if m.lexicon in ("labels", "hedges")]
    bad = {"May", "could", "about", "Military", "Damascus", "Jihadist"}
    assert not [h for h in hits if h[0] in bad], hits
