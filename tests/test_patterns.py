import pytest

from framing.patterns import PatternError, compile_pattern, inflections


def keys(pattern):
    return sorted(" ".join(w.key for w in v) for v in compile_pattern(pattern).variants)


def test_plain_phrase_splits_on_spaces_and_hyphens():
    assert keys("pro-government forces") == ["pro government forces"]


def test_alternatives_optional_parts_and_nesting():
    assert keys("{armed ,}terrorist organi{s,z}ation") == [
        "armed terrorist organisation", "armed terrorist organization",
        "terrorist organisation", "terrorist organization"]


def test_apostrophes_and_accents_are_ignored_in_keys():
    assert keys("Hay'{a,e}t Tahrir") == ["hayat tahrir", "hayet tahrir"]
    assert keys("Türkiye") == ["turkiye"]


def test_possessive_is_its_own_word():
    assert keys("Assad's regime") == ["assad 's regime"]


def test_inflection_marker():
    assert keys("claim~") == ["claim", "claimed", "claiming", "claims"]
    assert "militias" in inflections("militia")
    assert {"banned", "banning"} <= set(inflections("ban"))
    assert {"parties", "partied"} <= set(inflections("party"))


def test_number_class_and_case_sensitivity():
    p = compile_pattern("=May <NUM>")
    assert p.case_sensitive
    (variant,) = p.variants
    assert variant[0].exact == "May" and variant[1].kind == "number"


def test_glob_word():
    (variant,) = compile_pattern("terror*").variants
    assert variant[0].kind == "glob"
    assert variant[0].matches("terrorists", "terrorists")
    assert not variant[0].matches("error", "error")


def test_regex_pattern():
    p = compile_pattern("re:Read More\\s*→")
    assert p.regex is not None and p.regex.search("read more →")


@pytest.mark.parametrize("bad, message", [
    ("", "empty"),
    ("{a,b", "unbalanced"),
    ("a}b", "unbalanced"),
    ("re:(", "bad regular expression"),
    ("re:a*", "empty string"),
    ("rebels; fighters", "unexpected characters"),
    ("terror*~", "plain words"),
])
def test_malformed_patterns_are_rejected(bad, message):
    with pytest.raises(PatternError, match=message):
        compile_pattern(bad)


def test_variant_explosion_is_bounded():
    with pytest.raises(PatternError, match="variants"):
        compile_pattern("{a,b,c,d}{e,f,g,h}{i,j,k,l}{m,n,o,p}{q,r,s,t}{u,v,w,x}{y,z}")
