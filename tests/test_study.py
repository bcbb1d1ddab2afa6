"""Studies as data (codebook section 9): the format, its validation, resolution of parties,
the shipped studies, and the command line."""

import io
import json
import re
import tokenize
from pathlib import Path

import pytest

from framing import Article, Scorer, check_study, list_studies, load_study, study_template
from framing.cli import main
from framing.errors import LexiconError

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ["generic", "israel-gaza-2023", "russia-ukraine-2022", "syria-2024"]


def labels(scorer, text):
    return [(m.text, m.category, m.target) for m in scorer.score(Article(id="t", text=text)).matches
            if m.lexicon == "labels"]


@pytest.fixture(scope="module")
def gaza():
    return Scorer(study="israel-gaza-2023", readability=False)


@pytest.fixture(scope="module")
def ukraine():
    return Scorer(study="russia-ukraine-2022", readability=False)


@pytest.fixture(scope="module")
def generic():
    return Scorer(readability=False)


def test_four_studies_are_shipped_and_pass_their_check():
    assert [name for name, _ in list_studies()] == SHIPPED
    for name in SHIPPED:
        assert check_study(name) == [], name


def test_the_issue_paragraph_with_the_israel_gaza_study(gaza):
    text = ("Militant group Hamas agreed to a truce. Hamas terrorists fired rockets, the Israeli military said. "
            "Israeli occupation forces raided Jenin.")
    found = labels(gaza, text)
    assert found == [("Militant group", "militant", "hamas"), ("Hamas", "name", "hamas"),
                     ("Hamas", "name", "hamas"), ("terrorists", "terrorist", "hamas"),
                     ("Israeli military", "government", "israel"), ("Israeli occupation forces", "occupier", "israel")]
    syria = set(load_study("syria-2024").party_ids) - set(load_study("israel-gaza-2023").party_ids)
    assert not {t for _, _, t in found} & syria


@pytest.mark.parametrize("text, expected", [
    # rule 1: an adjective joins the label's span; a name stays a separate mention
    ("Israeli troops entered Gaza.", [("Israeli troops", "government", "israel")]),
    ("Hamas fighters and Hezbollah fighters fired.", [("Hamas", "name", "hamas"), ("fighters", "fighter", "hamas"),
                                                      ("Hezbollah", "name", "hezbollah"),
                                                      ("fighters", "fighter", "hezbollah")]),
    # a possessive joins too
    ("Hamas's armed wing fired rockets.", [("Hamas's", "name", "hamas"), ("armed wing", "militant", "hamas")]),
    # rule 2: a name right after the label, or before it in an apposition, relative clause, copula
    ("The armed group Hezbollah fired.",
     [("armed group", "militant", "hezbollah"), ("Hezbollah", "name", "hezbollah")]),
    ("Hezbollah, the Iran-backed militant group, fired.",
     [("Hezbollah", "name", "hezbollah"), ("Iran", "name", "foreign"), ("militant group", "militant", "hezbollah")]),
    ("Hezbollah is a terrorist organisation.", [("Hezbollah", "name", "hezbollah"),
                                                ("terrorist organisation", "terrorist", "hezbollah")]),
    # ... but not a clause that merely follows a name (and "in Lebanon" is a place)
    ("Lebanon, the same experts said, lost the gunmen.",
     [("Lebanon", "name", "foreign"), ("gunmen", "militant", "hamas")]),
    ("In Lebanon, the experts said.", []),
    # rule 3: the default of the kind
    ("The militants fled as troops advanced.", [("militants", "militant", "hamas"), ("troops", "government", "israel")]),
    # adjectives bind labels of their own kind only; the Palestinian Authority is no party
    ("Palestinian militants clashed with Palestinian security forces.",
     [("Palestinian militants", "militant", "hamas")]),
    # bound words are labels only with a party in the phrase
    ("Forces moved in. Egyptian forces closed the crossing.", [("Egyptian forces", "government", "foreign")]),
    # a label tied to a party of the other kind takes the crosswalk category
    ("Zionist gangs attacked.", [("Zionist gangs", "regime", "israel")]),
    # capitals: the state, unless a place word makes them the city
    ("Tel Aviv rejected the plan. Rockets fell near Tel Aviv.", [("Tel Aviv", "government", "israel")]),
])
def test_resolution_in_israel_gaza(gaza, text, expected):
    assert labels(gaza, text) == expected


@pytest.mark.parametrize("text, expected", [
    # no default for state labels: unresolved, never guessed
    ("The army retreated and troops regrouped.", [("The army", "government", None), ("troops", "government", None)]),
    ("Russian troops and Ukrainian forces clashed.", [("Russian troops", "government", "russia"),
                                                      ("Ukrainian forces", "government", "ukraine")]),
    # adjectives of kind 'any' bind non-state words (crosswalk: militant -> regime for a state)
    ("Ukrainian militants shelled the town.", [("Ukrainian militants", "regime", "ukraine")]),
    # a study's own phrases, and the non-state default
    ("The Kyiv regime and pro-Russian separatists.", [("Kyiv regime", "regime", "ukraine"),
                                                      ("pro-Russian separatists", "rebel", "separatists")]),
    ("The invaders shelled Kharkiv.", [("invaders", "occupier", "russia")]),
    # the study's longer phrase wins over the name inside it
    ("Wagner mercenaries stormed Bakhmut.", [("Wagner mercenaries", "regime", "russia")]),
    # a party's own label with a possessive names the generic label after it
    ("The Kremlin's troops withdrew.", [("The Kremlin's troops", "government", "russia")]),
])
def test_resolution_in_russia_ukraine(ukraine, text, expected):
    assert labels(ukraine, text) == expected


def test_unresolved_labels_are_counted_apart(ukraine):
    m = ukraine.score(Article(id="t", text="The army retreated and troops regrouped. Russian troops advanced.")).measures
    assert m["labels.unresolved.count"] == 2
    assert m["labels.russia.government.n"] == 1 and m["labels.russia.government.share"] == 1.0
    assert m["labels.ukraine.government.share"] is None
    assert m["labels.voice.authorial.n"] == 3


def test_generic_study_resolves_by_kind(generic):
    assert labels(generic, "Rebels said the regime had fallen.") == [("Rebels", "rebel", "non-state"),
                                                                       ("regime", "regime", "state")]
    assert generic.study.name == "generic"


def test_measures_are_named_by_party_and_category():
    names = Scorer(study="israel-gaza-2023", readability=False).measure_names
    assert names.index("labels.hamas.terrorist.share") < names.index("labels.hamas.resistance.share")
    assert "labels.israel.occupier.share" in names and "labels.israel.terrorist.share" not in names
    assert "labels.unresolved.count" in names
    syria = Scorer(study="syria-2024", readability=False).measure_names
    assert "labels.kurdish.militia.share" in syria and "labels.foreign.forces.share" in syria


def test_a_study_may_extend_another(tmp_path, generic):
    path = tmp_path / "mine.lex"
    path.write_text("name: mine\ntype: study\nversion: 1\nextends: syria-2024\n"
                    "party: isis | non-state | The Islamic State\n"
                    "[entries]\npattern | category | target\nISIS | name | isis\nDaesh | name | isis\n", encoding="utf-8")
    study = load_study(path)
    assert study.party_ids == ("opposition", "government", "kurdish", "foreign", "isis")
    assert study.defaults == {"non-state": "opposition", "state": "government"}
    scorer = Scorer(study=path, readability=False)
    assert labels(scorer, "Daesh fighters and HTS fighters.") == [
        ("Daesh", "name", "isis"), ("fighters", "fighter", "isis"), ("HTS", "name", "opposition"),
        ("fighters", "fighter", "opposition")]


@pytest.mark.parametrize("body, line, message", [
    ("party: x | state\n", 4, "a party line is"),
    ("party: X | state | Upper\n", 4, "lower case"),
    ("party: x | empire | An empire\n", 4, "kind 'empire'"),
    ("party: x | state | X\ndefault: state | y\n", 5, "default party 'y'"),
    ("party: x | state | X\ndefault: non-state | x\n", 5, "is of kind 'state'"),
    ("party: x | state | X\nheadline: x z\n", 5, "headline party 'z'"),
    ("party: x | state | X\ntrend: x rebel\n", 5, "trend is 'party category'"),
    ("party: x | state | X\n[entries]\npattern | category | target\nfoo | name | y\n", 7, "target 'y'"),
    ("party: x | state | X\n[entries]\npattern | category | target\nfoo | rebel | x\n", 7, "category 'rebel' is not one"),
    ("party: x | state | X\n[entries]\npattern | category | target\nfoo | nonsense | x\n", 7, "'nonsense' is not a label"),
    ("party: x | state | X\n[entries]\npattern | category | target\nfoo { | name | x\n", 7, "malformed"),
])
def test_a_malformed_study_is_rejected_with_file_and_line(tmp_path, body, line, message):
    path = tmp_path / "bad.lex"
    text = "name: bad\ntype: study\nversion: 1\n" + body
    if "[entries]" not in text:
        text += "[entries]\npattern | category | target\n"
    path.write_text(text, encoding="utf-8")
    problems = check_study(path)
    assert problems and any(p.line == line and message in f"{p.kind}: {p.message}" for p in problems), problems
    with pytest.raises(LexiconError) as err:
        load_study(path)
    assert f"{path}:" in str(err.value)


def test_an_unknown_study_name_lists_the_shipped_ones():
    with pytest.raises(LexiconError, match="no study named 'sudan'.*syria-2024"):
        load_study("sudan")


def test_the_template_is_a_valid_study(tmp_path):
    path = tmp_path / "sudan-2023.lex"
    path.write_text(study_template("sudan-2023"), encoding="utf-8")
    assert check_study(path) == []
    assert load_study(path).party_ids == ("side-a", "side-b")


def test_study_commands(capsys, tmp_path):
    assert main(["study", "list"]) == 0
    out = capsys.readouterr().out
    assert all(f"{name} " in out for name in SHIPPED) and "parties: israel (state), hamas (non-state)" in out
    assert main(["study", "check"]) == 0
    target = tmp_path / "new.lex"
    assert main(["study", "new", "sudan-2023", "--out", str(target)]) == 0
    assert main(["study", "check", str(target)]) == 0
    assert main(["study", "new", "sudan-2023", "--out", str(target)]) == 1      # never overwritten
    bad = tmp_path / "bad.lex"
    bad.write_text("name: bad\ntype: study\nversion: 1\nparty: x | state\n[entries]\npattern | category\n",
                   encoding="utf-8")
    capsys.readouterr()
    assert main(["study", "check", str(bad)]) == 1
    assert f"{bad}:4: malformed" in capsys.readouterr().out


def test_score_names_the_study_in_the_accounting_line_and_manifest(capsys, tmp_path):
    out = tmp_path / "s.jsonl"
    assert main(["score", "seeds", "--study", "syria-2024", "--no-readability", "--out", str(out)]) == 0
    study = load_study("syria-2024")
    assert capsys.readouterr().err.strip().endswith(f"skipped 0; study: {study.describe()}")
    manifest = json.loads((tmp_path / "s.jsonl.manifest.json").read_text("utf-8"))
    assert manifest["study"]["name"] == "syria-2024" and manifest["study"]["sha256"] == study.sha256
    assert manifest["study"]["defaults"] == {"non-state": "opposition", "state": "government"}
    assert manifest["settings"]["study"] == "syria-2024"


def test_methods_describe_the_study(capsys):
    assert main(["methods", "--study", "russia-ukraine-2022"]) == 0
    out = capsys.readouterr().out
    assert "study russia-ukraine-2022 (version 1.1.0" in out and "unresolved" in out


def _code_strings_and_comments(path: Path):
    """String literals that are not docstrings, and comments, of one Python file."""
    tokens = list(tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline))
    previous = tokenize.NEWLINE
    for tok in tokens:
        if tok.type == tokenize.COMMENT:
            yield tok.start[0], tok.string
        elif tok.type == tokenize.STRING:
            if previous not in (tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT):
                yield tok.start[0], tok.string      # a docstring stands alone as a statement
        if tok.type not in (tokenize.COMMENT, tokenize.NL):
            previous = tok.type


def test_no_party_id_in_python_code():
    ids = {p.id for name in SHIPPED for p in load_study(name).parties}
    pattern = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, ids), key=len, reverse=True)) + r")(?![\w-])")
    found = [f"{path.name}:{line}: {text.strip()}" for path in sorted((ROOT / "framing").glob("*.py"))
             for line, text in _code_strings_and_comments(path) if pattern.search(text)]
    assert found == []
