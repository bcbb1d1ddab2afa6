import pickle

from framing import FramingError, InputError, LexiconError


def test_messages_name_file_line_and_code():
    assert str(InputError("row has 3 fields", path="meta.csv", line=4)) == "meta.csv:4: row has 3 fields [F100]"
    assert str(LexiconError("bad", path="x.lex")) == "x.lex: bad [F200]"
    assert str(FramingError("plain")) == "plain [F000]"


def test_errors_survive_pickling_across_processes():
    err = pickle.loads(pickle.dumps(InputError("broken", path="a.jsonl", line=7)))
    assert isinstance(err, InputError) and (err.path, err.line, err.message) == ("a.jsonl", 7, "broken")
