from framing import load_lexicons, methods_text
from framing.cli import main


def test_methods_paragraph_states_the_loaded_lexicons(tmp_path):
    lexicons = load_lexicons()
    text = methods_text(lexicons)
    for name in ("hedges", "attribution", "sources", "frames"):
        lx = lexicons[name]
        assert f"{name} (version {lx.version}; " in text and lx.sha256[:12] in text
    # the labels are the shared vocabulary with the default study's entries (generic: none)
    labels = [e for e in lexicons["labels"].entries if e.category != "_"]
    assert f"labels (version 2.1.0+generic@1.0.0; {len(labels)} entries" in text
    assert "study generic (version 1.0.0" in text
    assert "14 rules (2 chars, 3 inline, 7 line, 1 tail, 1 teaser)" in text
    assert "42 listed abbreviations" in text and "percentile bootstrap" in text
    extra = tmp_path / "labels.lex"
    extra.write_text("name: labels\nversion: 9\ndescription: x\ncategories: rebel\ntargets: opposition\n"
                     "[entries]\npattern | category | target\nholy warriors | rebel | opposition\n", encoding="utf-8")
    assert "labels (version 2.1.0+labels.lex@9+generic@1.0.0; " in methods_text(load_lexicons([extra]))


def test_methods_command(capsys):
    assert main(["methods", "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("## Methods\n") and "| labels | 2.1.0+generic@1.0.0 |" in out
    assert methods_text(load_lexicons()) == methods_text(load_lexicons())
