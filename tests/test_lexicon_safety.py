"""Lexicon files are data: loading never executes code, and user regular expressions
that could backtrack catastrophically (or match nothing) are refused with file and line."""

import ast
import re
import time
from pathlib import Path

import pytest

from framing import check_lexicons, read_lexicon
from framing.errors import LexiconError
from framing.patterns import PatternError, compile_pattern

HEADER = "name: labels\nversion: 1\ndescription: x\ncategories: rebel\ntargets: opposition\n[entries]\n" \
         "pattern | category | target\n"


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(\w*\s?)*x", r"(?:\w+\s?)+$", r"(.*,)*x", r"(?:[^a]+a?)+x",
                                     r"((ab)*)+c"])
def test_catastrophic_patterns_are_refused(pattern):
    with pytest.raises(PatternError, match="backtrack catastrophically"):
        compile_pattern("re:" + pattern)


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(\w*\s?)*x", r"(.*,)*x"])
def test_the_refused_patterns_really_are_exponential(pattern):
    """The check is not a style rule: these patterns take exponential time on a short
    non-matching text (16 and 22 characters: about 64x apart in theory; at least 8x asserted)."""
    regex = re.compile(pattern)
    subject = {"(a+)+$": "a{n}!", r"(\w*\s?)*x": "a{n}!", "(.*,)*x": ",{n}"}[pattern]

    def timed(n):
        text = subject.replace("a{n}", "a" * n).replace(",{n}", "," * n)
        start = time.perf_counter()
        regex.search(text)
        return time.perf_counter() - start

    assert timed(22) > 8 * timed(16)


@pytest.mark.parametrize("pattern", [r"(\d+,)*\d+", r"(?:\w+\s)+x", r"(?:[^,]+,)+x", r"(?:a+)++", r"(?>a+)+",
                                     r"(?:foo|bar)+", r"Read (?:the )?Full (?:Article|Story) (?:at|on) [^\s]+",
                                     r"[\x00-\x08]+", r"\b(?:al-)?Nusra\b"])
def test_delimited_possessive_and_atomic_repeats_are_accepted(pattern):
    assert compile_pattern("re:" + pattern).regex is not None


def test_refused_pattern_is_reported_with_file_and_line(tmp_path):
    path = tmp_path / "labels.lex"
    path.write_text(HEADER + "rebels | rebel | opposition\nre:(\\w+\\s?)+$ | rebel | opposition\n", encoding="utf-8")
    problems = check_lexicons([path])
    assert [(p.line, "backtrack catastrophically" in p.message) for p in problems] == [(9, True)]
    with pytest.raises(LexiconError, match=r"labels\.lex:9"):
        read_lexicon(path)


def test_loading_never_executes_what_a_file_says(tmp_path, monkeypatch):
    """YAML tags, Python expressions and pickle-looking bytes are text to the loader."""
    marker = tmp_path / "PWNED"
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "labels.lex"
    path.write_text(
        "name: labels\nversion: !!python/object/apply:os.system ['touch PWNED']\n"
        "description: __import__('os').system('touch PWNED')\ncategories: rebel\ntargets: opposition\n"
        "[entries]\npattern | category | target\n"
        "__import__('os').system('touch PWNED') | rebel | opposition\n"
        "cos\\nsystem\\n(S'touch PWNED'\\ntR. | rebel | opposition\n", encoding="utf-8")
    check_lexicons([path])
    with pytest.raises(LexiconError):
        read_lexicon(path)
    assert not marker.exists()


def test_the_loader_has_no_code_execution_calls():
    """No eval/exec/compile of source, pickle, marshal or YAML in the modules that read files."""
    banned = {"eval", "exec", "loads", "load", "unsafe_load", "full_load"}
    for name in ("lexicon.py", "patterns.py", "io.py", "validate.py"):
        tree = ast.parse((Path(__file__).parent.parent / "framing" / name).read_text(encoding="utf-8"))
        imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
                    for alias in node.names} | {node.module.split(".")[0] for node in ast.walk(tree)
                                                if isinstance(node, ast.ImportFrom) and node.module}
        assert not imported & {"pickle", "marshal", "yaml", "shelve", "dill"}, name
        calls = {node.func.id if isinstance(node.func, ast.Name) else node.func.attr
                 for node in ast.walk(tree) if isinstance(node, ast.Call)
                 and isinstance(node.func, (ast.Name, ast.Attribute))}
        risky = calls & banned
        if name in ("io.py", "validate.py"):
            risky -= {"loads"}     # json.loads of corpus and gold files: data only
        assert not risky, (name, risky)
