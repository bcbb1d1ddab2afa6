"""Studies: the parties of one conflict, defined as data (codebook section 9).

A study file (``lexicons/studies/<name>.lex``, format in ``lexicons/studies/README.md``)
is a lexicon file of ``type: study``.  Its header declares the parties (id, kind,
display name, extra categories), one default party per kind, and which parties and
categories the figures put first; its entries are the parties' names, adjectives and
study-specific label phrases.  The shared label vocabulary (``lexicons/labels.lex``)
declares the kinds of party (``family``), their categories and the ``crosswalk``
between them; it is used by every study.

:func:`load_study` reads a study (by name or path) with everything it extends and
returns a :class:`Study`, whose :attr:`Study.labels` is the label lexicon the matcher
uses: the shared vocabulary plus the study's entries (an entry with the same pattern
text replaces a shared one).  Nothing in this module knows any party: parties, kinds
and categories are all read from the files.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from .errors import LexiconError
from .lexicon import STOP, Lexicon, Problem, default_lexicon_dir, read_lexicon

__all__ = ["Party", "Study", "load_study", "check_study", "list_studies", "study_template", "study_of",
           "NAME", "ADJECTIVE", "ANY_KIND", "BOUND", "DEFAULT_STUDY"]

#: Category of a proper-name mention (detected, anchors targets, not a label).
NAME = "name"
#: Category of a party's adjective or demonym: it joins a label next to it and names
#: the label's party ("Israeli" + "troops"); on its own it is not a match.
ADJECTIVE = "adjective"
#: ``kind`` of an adjective that also names labels of the other kind of party
#: ("Ukrainian militants": a country's forces called militants).
ANY_KIND = "any"
#: ``kind`` of a shared label that counts only when its phrase names a party ("Israeli forces").
BOUND = "bound"
#: The study used when none is given.
DEFAULT_STUDY = "generic"

_PARTY_ID = re.compile(r"[a-z][a-z0-9_-]*\Z")


@dataclass(frozen=True, slots=True)
class Party:
    """One party of a study.

    Attributes
    ----------
    id : str
        Lower-case id, used as ``target`` in matches, measures and gold files.
    kind : str
        A kind of party of the shared vocabulary (its ``family`` lines).
    name : str
        Display name.
    categories : tuple of str
        Its label categories, most marked first: its kind's family, then any extra
        categories the study declares for it.
    """

    id: str
    kind: str
    name: str
    categories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Study:
    """A validated study with the label lexicon it implies (see module docstring).

    Attributes
    ----------
    name, version, description : str
    path : str
        The study file (for an extending study, the files joined by ``;``, base first).
    sha256 : str
        Checksum of the study files and the shared vocabulary together.
    parties : tuple of Party
    defaults : mapping of kind to party id
        The party a generic label of that kind names; a kind without default leaves
        such labels unresolved (target ``None``).
    headline : tuple of str
        The parties of the headline label figures (default: all).
    trend, kwic : (party, category)
        The label share drawn over time and the labels listed in context by
        ``framing figures``.
    labels : Lexicon
        The shared vocabulary with the study's entries: what the matcher uses.
    crosswalk : mapping of str to str
        A category's counterpart for a party of the other kind.
    references, decisions : tuple of str
    """

    name: str
    version: str
    description: str
    path: str
    sha256: str
    parties: tuple[Party, ...]
    defaults: Mapping[str, str]
    headline: tuple[str, ...]
    trend: tuple[str, str]
    kwic: tuple[str, str]
    labels: Lexicon = field(repr=False)
    crosswalk: Mapping[str, str] = field(repr=False)
    references: tuple[str, ...] = field(default=(), repr=False)
    decisions: tuple[str, ...] = field(default=(), repr=False)
    #: The kinds of party of the shared vocabulary (the targets of its generic labels).
    kinds: frozenset[str] = field(default=frozenset(), repr=False)

    @property
    def party_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.parties)

    @property
    def party_kinds(self) -> dict[str, str]:
        """Party id -> its kind."""
        return {p.id: p.kind for p in self.parties}


    def party(self, party_id: str) -> Party:
        """The party with this id (``KeyError`` if the study has none)."""
        for p in self.parties:
            if p.id == party_id:
                return p
        raise KeyError(party_id)

    def category_for(self, category: str, party_id: str) -> str:
        """The category a label takes for a party: its own if the party has it, else its
        crosswalk counterpart (codebook 9.1: a party's kind decides its categories)."""
        categories = self.party(party_id).categories
        if category in categories or category == NAME:
            return category
        other = self.crosswalk.get(category)
        return other if other in categories else category

    def describe(self) -> str:
        """One line: name, version and checksum (for accounting lines and manifests)."""
        return f"{self.name} {self.version} (sha256 {self.sha256[:12]})"

    def manifest(self) -> dict:
        """The study as recorded in manifests."""
        return {"name": self.name, "version": self.version, "sha256": self.sha256, "path": _display(self.path),
                "parties": [{"id": p.id, "kind": p.kind, "name": p.name} for p in self.parties],
                "defaults": dict(self.defaults)}


#: Studies by the id of the label lexicon they built (strong references, so an id is not
#: reused while listed; bounded): lets lexicons that carry a study's labels name their study.
_BY_LABELS: dict[int, "Study"] = {}
_BY_LABELS_LIMIT = 64


def study_of(labels: Lexicon | None) -> "Study | None":
    """The study whose :attr:`Study.labels` this lexicon is, or None (a shared vocabulary)."""
    return _BY_LABELS.get(id(labels)) if labels is not None else None


def _register(study: "Study") -> "Study":
    if len(_BY_LABELS) >= _BY_LABELS_LIMIT:
        del _BY_LABELS[next(iter(_BY_LABELS))]
    _BY_LABELS[id(study.labels)] = study
    return study


def studies_dir() -> Path:
    """The folder of the shipped studies (``lexicons/studies``)."""
    return default_lexicon_dir() / "studies"


def list_studies() -> list[tuple[str, str]]:
    """``(name, description)`` of every shipped study, sorted by name."""
    found = []
    for path in sorted(studies_dir().glob("*.lex")):
        lex = read_lexicon(path)
        found.append((lex.name, lex.description))
    return found


def _study_path(study: str | Path, relative_to: Path | None = None) -> Path:
    text = str(study)
    candidates = []
    if relative_to is not None and not Path(text).is_absolute():
        candidates.append(relative_to.parent / text)
    candidates.append(Path(text))
    for path in candidates:
        if path.is_file():
            return path
    if "/" not in text and not text.endswith(".lex"):
        shipped = studies_dir() / f"{text}.lex"
        if shipped.is_file():
            return shipped
        names = ", ".join(name for name, _ in list_studies())
        raise LexiconError(f"no study named {text!r} (shipped studies: {names}; or give a study file's path)")
    raise LexiconError("no such study file", path=text)


def _shared_labels(labels: Lexicon | None) -> Lexicon:
    return labels if labels is not None else read_lexicon(default_lexicon_dir() / "labels.lex")


def load_study(study: "str | Path | Study | None" = None, *, labels: Lexicon | None = None) -> Study:
    """Read and validate a study, with every study it extends.

    Parameters
    ----------
    study : str, Path or Study, optional
        A shipped study's name (``framing study list``), a study file's path, or a
        ready :class:`Study` (returned as it is).  Default: ``generic``.
    labels : Lexicon, optional
        The shared label vocabulary (default: the shipped ``lexicons/labels.lex``).

    Raises
    ------
    LexiconError
        At the first problem, naming the file and line.

    Examples
    --------
    >>> study = load_study("syria-2024")
    >>> study.party_ids
    ('opposition', 'government', 'kurdish', 'foreign')
    >>> study.party("kurdish").categories[-2:]
    ('militia', 'forces')
    """
    if isinstance(study, Study):
        return study
    return _build(_study_path(study if study is not None else DEFAULT_STUDY), _shared_labels(labels), None)


def check_study(path: str | Path, *, labels: Lexicon | None = None) -> list[Problem]:
    """Every problem of a study file and what it extends (empty list: all good)."""
    problems: list[Problem] = []
    try:
        _build(_study_path(path), _shared_labels(labels), problems)
    except LexiconError as exc:
        problems.append(Problem(exc.path or str(path), exc.line or 0, "unreadable", exc.message))
    return problems


def _build(path: Path, shared: Lexicon, problems: list[Problem] | None, seen: tuple[Path, ...] = ()) -> Study:
    """Read one study file on top of what it extends (``problems``: collect instead of raising)."""
    collect = problems is not None

    def problem(line: int, kind: str, message: str) -> None:
        if not collect:
            raise LexiconError(f"{kind}: {message}", path=str(path), line=line)
        problems.append(Problem(str(path), line, kind, message))

    if path.resolve() in seen:
        raise LexiconError("a study extends itself (directly or through others)", path=str(path))
    lex = read_lexicon(path, problems=problems)
    if lex.type != "study":
        problem(1, "malformed", f"type is {lex.type!r}, not 'study'")
    families = _families(shared)
    crosswalk = dict(v.split("->", 1) for _, v in shared.setting("crosswalk") if "->" in v)
    crosswalk = {k.strip(): v.strip() for k, v in crosswalk.items()}

    base = None
    extends = lex.setting("extends")
    if extends:
        base = _build(_study_path(extends[0][1], path), shared, problems, seen + (path.resolve(),))

    parties: dict[str, Party] = {p.id: p for p in base.parties} if base else {}
    for line, value in lex.setting("party"):
        cells = [c.strip() for c in value.split("|")]
        if len(cells) not in (3, 4):
            problem(line, "malformed", "a party line is 'party: id | kind | display name [| extra categories]'")
            continue
        pid, kind, display = cells[:3]
        extra = tuple(cells[3].split()) if len(cells) == 4 else ()
        if not _PARTY_ID.match(pid):
            problem(line, "malformed", f"party id {pid!r} must be lower case letters, digits, '-' or '_'")
            continue
        if kind not in families:
            problem(line, "unknown", f"kind {kind!r} is not one of the shared vocabulary's ({', '.join(families)})")
            continue
        unknown = [c for c in extra if c not in shared.categories or c == NAME]
        if unknown:
            problem(line, "unknown", f"extra categories {unknown} are not label categories of {shared.path}")
            continue
        if pid in parties and base is None:
            problem(line, "duplicate", f"party {pid!r} declared twice")
            continue
        parties[pid] = Party(pid, kind, display, families[kind] + tuple(c for c in extra if c not in families[kind]))
    if not parties:
        problem(1, "malformed", "a study declares at least one party ('party: id | kind | display name')")

    defaults: dict[str, str] = dict(base.defaults) if base else {}
    for line, value in lex.setting("default"):
        cells = [c.strip() for c in value.split("|")]
        if len(cells) != 2:
            problem(line, "malformed", "a default line is 'default: kind | party id'")
            continue
        kind, pid = cells
        if kind not in families:
            problem(line, "unknown", f"kind {kind!r} is not one of {', '.join(families)}")
        elif pid not in parties:
            problem(line, "unknown", f"default party {pid!r} is not declared")
        elif parties[pid].kind != kind:
            problem(line, "malformed", f"party {pid!r} is of kind {parties[pid].kind!r}, not {kind!r}")
        else:
            defaults[kind] = pid

    ids = tuple(parties)
    headline = _setting_words(lex, "headline", problem) or (base.headline if base else ids)
    for pid in headline:
        if pid not in parties:
            problem(lex.setting("headline")[0][0], "unknown", f"headline party {pid!r} is not declared")
    first = parties[headline[0]] if headline and headline[0] in parties else next(iter(parties.values()), None)
    fallback = (first.id, first.categories[0]) if first else ("", "")
    trend = _party_category(lex, "trend", parties, problem) or (base.trend if base else fallback)
    kwic = _party_category(lex, "kwic", parties, problem) or (base.kwic if base else fallback)

    entries = list(base.labels.entries) if base else list(shared.entries)
    own = []
    allowed = set(shared.categories) | {NAME, ADJECTIVE}
    for entry in lex.entries:
        if entry.category == STOP:
            own.append(entry)
            continue
        if entry.category not in allowed:
            problem(entry.line, "unknown", f"category {entry.category!r} is not a label category, "
                                           f"{NAME!r}, {ADJECTIVE!r} or '_'")
            continue
        if entry.target not in parties:
            problem(entry.line, "unknown", f"target {entry.target!r} is not a party of this study "
                                           f"({', '.join(ids)})")
            continue
        if entry.category not in (NAME, ADJECTIVE) and entry.category not in parties[entry.target].categories:
            problem(entry.line, "unknown", f"category {entry.category!r} is not one of party "
                                           f"{entry.target!r}'s ({' '.join(parties[entry.target].categories)})")
            continue
        if entry.kind not in (None, ANY_KIND):
            problem(entry.line, "unknown", f"kind {entry.kind!r}: study entries take kind {ANY_KIND!r} "
                                           "(adjectives) or none")
            continue
        own.append(entry)
    replaced = {e.pattern for e in own}
    entries = [e for e in entries if e.pattern not in replaced] + own

    digest = hashlib.sha256(((base.sha256 if base else shared.sha256) + lex.sha256).encode()).hexdigest()
    extras = tuple(c for p in parties.values() for c in p.categories if c not in shared.categories)
    labels = Lexicon(
        name=shared.name, type="lexicon", version=f"{shared.version}+{lex.name}@{lex.version}",
        description=shared.description, codebook=shared.codebook, licence=shared.licence,
        categories=tuple(dict.fromkeys(shared.categories + extras + (ADJECTIVE,))),
        targets=tuple(dict.fromkeys(shared.targets + ids)),
        kinds=tuple(dict.fromkeys(shared.kinds + (ANY_KIND,))),
        precedence=shared.precedence, merge=shared.merge,
        references=shared.references + (base.references if base else ()) + lex.references,
        decisions=shared.decisions + (base.decisions if base else ()) + lex.decisions,
        entries=tuple(entries), path=f"{shared.path};{base.path if base else ''};{path}".replace(";;", ";"),
        sha256=digest,
        # the parties with all their categories, for the measure table (framing.measures)
        settings=shared.settings + tuple(("party", 0, f"{p.id} | {p.kind} | {p.name} | {' '.join(p.categories)}")
                                         for p in parties.values()),
    )
    return _register(Study(
        name=lex.name, version=lex.version, description=lex.description,
        path=f"{base.path};{path}" if base else str(path), sha256=digest,
        parties=tuple(parties.values()), defaults=defaults, headline=tuple(headline), trend=trend, kwic=kwic,
        labels=labels, crosswalk=crosswalk, kinds=frozenset(families),
        references=(base.references if base else ()) + lex.references,
        decisions=(base.decisions if base else ()) + lex.decisions,
    ))


def _families(shared: Lexicon) -> dict[str, tuple[str, ...]]:
    families = {}
    for line, value in shared.setting("family"):
        kind, sep, order = value.partition("|")
        categories = tuple(c.strip() for c in order.split(">") if c.strip())
        unknown = [c for c in categories if c not in shared.categories]
        if not sep or not categories or unknown:
            raise LexiconError("a family line is 'family: kind | category > category ...' with the header's "
                               "categories", path=shared.path, line=line)
        families[kind.strip()] = categories
    if not families:
        raise LexiconError("the shared label vocabulary declares no kinds of party ('family' lines)",
                           path=shared.path)
    return families


def _setting_words(lex: Lexicon, key: str, problem) -> tuple[str, ...]:
    found = lex.setting(key)
    return tuple(found[0][1].split()) if found else ()


def _party_category(lex: Lexicon, key: str, parties: Mapping[str, Party], problem) -> tuple[str, str] | None:
    found = lex.setting(key)
    if not found:
        return None
    line, value = found[0]
    words = value.split()
    if len(words) != 2 or words[0] not in parties or words[1] not in parties[words[0]].categories:
        problem(line, "malformed", f"{key} is 'party category' with a declared party and one of its categories")
        return None
    return words[0], words[1]


def _display(path: str) -> str:
    """Shipped study files by their path inside the package; others as given."""
    root = str(default_lexicon_dir())
    return ";".join(p.replace(root, "lexicons") for p in path.split(";"))


def study_template(name: str, *, labels: Lexicon | None = None) -> str:
    """A commented starting file for a new study (``framing study new NAME``).

    Its two parties take the first two kinds of party of the shared vocabulary.
    """
    if not _PARTY_ID.match(name):
        raise LexiconError(f"study name {name!r} must be lower case letters, digits, '-' or '_'")
    families = _families(_shared_labels(labels))
    kinds = list(families)
    first, second = kinds[0], kinds[-1]
    described = "; ".join(f"'{k}': {' > '.join(c)}" for k, c in families.items())
    return f"""\
# A framing study: the parties of one conflict (codebook section 9).
# Format: lexicons/studies/README.md.  Check it with:  framing study check {name}.lex
# Use it with:  framing score CORPUS --study {name}.lex
name: {name}
type: study
version: 0.1.0
description: One line: which conflict, from when.
codebook: 9
licence: CC-BY-4.0
# One line per party:  party: id | kind | display name [| extra categories]
# Kinds of party and their label categories, most marked first: {described}.
party: side-a | {second} | Side A (a country's rulers and armed forces)
party: side-b | {first} | Side B (an armed group and its allies)
# The party a generic label names ("the army", "the militants"); leave a kind out to
# report such labels as unresolved instead of guessing.
default: {second} | side-a
default: {first} | side-b
# Optional: the parties of the headline figures, the label share drawn over time, and
# the labels listed in context by `framing figures`.
headline: side-a side-b
trend: side-b {families[first][0]}
kwic: side-b {families[first][0]}
reference: Where the names and phrases below come from.
decision: Each disambiguation you decide, one line each.

[entries]
pattern                 | category  | target | kind | note
# names: proper names of each party (detected, not counted as labels)
Name of B               | name      | side-b |      |
# adjectives and demonyms: they join the label next to them ("A-ian troops")
A-ian                   | adjective | side-a |      |
# study-specific label phrases, with a category of the party's kind
A-ian occupation army   | {families[second][1] if len(families[second]) > 1 else families[second][0]:<9} | side-a |      | how B's media call A's army
# stop entries (category _) switch a shorter entry off inside them
A-ian Red Crescent      | _         |        |      | not a party
"""
