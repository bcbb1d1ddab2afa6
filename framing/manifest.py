"""Manifests: what a paper needs to cite an output exactly.

Every file written by ``framing score --out FILE`` gets ``FILE.manifest.json`` next
to it, and ``framing figures`` writes ``manifest.json`` for the whole figure set.  A
manifest records the package version, every lexicon's version and SHA-256, a
checksum of the corpus, the settings and the exact command, and the accounting of
the run (read, scored, skipped by reason, notes).

The corpus checksum does not depend on the order of the input: it is the sum,
modulo 2**256, of SHA-256(id + NUL + text) over the articles read, written in hex.
The same articles in any order of files or rows give the same checksum; a changed
character, id, added or removed article gives another.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Iterable, Mapping, Sequence

__all__ = ["Accounting", "CorpusChecksum", "checksum_of", "lexicon_versions", "run_checksum", "write_manifest"]


class CorpusChecksum:
    """Order-independent checksum of a stream of articles (see the module docstring).

    >>> a, b = CorpusChecksum(), CorpusChecksum()
    >>> a.add("x", "Rebels advanced."); a.add("y", "The regime fell.")
    >>> b.add("y", "The regime fell."); b.add("x", "Rebels advanced.")
    >>> a.hexdigest() == b.hexdigest(), a.count
    (True, 2)
    """

    def __init__(self) -> None:
        self.total = 0
        self.count = 0

    def add(self, ident: str, text: str) -> None:
        digest = hashlib.sha256(f"{ident}\x00{text}".encode("utf-8", "surrogatepass")).digest()
        self.total = (self.total + int.from_bytes(digest, "big")) % (1 << 256)
        self.count += 1

    def hexdigest(self) -> str:
        return f"{self.total:064x}"


def lexicon_versions(lexicons: Mapping) -> dict:
    """``{name: {"version", "sha256", "entries"}}`` of loaded lexicons, by name."""
    return {name: {"version": lx.version, "sha256": lx.sha256, "entries": len(lx.entries)}
            for name, lx in sorted(lexicons.items())}


def run_checksum(lexicons: Mapping, study=None) -> str:
    """One SHA-256 for the lexicons and study of a run: over the sorted lines
    ``name NUL sha256`` of the lexicons, then ``study NUL sha256`` of the study.

    Coding sheets carry it, so that a sheet is tied to the lexicons that produced it."""
    return checksum_of({name: lx.sha256 for name, lx in lexicons.items()},
                       study.sha256 if study is not None else None)


def checksum_of(lexicon_sha256: Mapping[str, str], study_sha256: str | None) -> str:
    """:func:`run_checksum` from the checksums alone (as a manifest records them)."""
    lines = [f"{name}\x00{sha}\n" for name, sha in sorted(lexicon_sha256.items())]
    if study_sha256 is not None:
        lines.append(f"study\x00{study_sha256}\n")
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


def write_manifest(output: str | Path, *, command: Sequence[str], lexicons: Mapping, inputs: Iterable[str],
                   settings: Mapping, accounting, checksum: CorpusChecksum, study=None) -> Path:
    """Write ``<output>.manifest.json`` for one output file; returns its path.

    ``study`` (a :class:`~framing.study.Study`) is recorded with its name, version,
    checksum, parties and defaults."""
    from . import __version__

    output = Path(output)
    manifest = {
        "package": {"name": "framing", "version": __version__},
        "command": list(command),
        "output": {"path": output.name, "sha256": hashlib.sha256(output.read_bytes()).hexdigest()},
        "inputs": [str(p) for p in inputs],
        "corpus": {"articles": checksum.count, "checksum": checksum.hexdigest()},
        "accounting": accounting.to_dict(),
        "settings": dict(settings),
        "lexicons": lexicon_versions(lexicons),
    }
    if study is not None:
        manifest["study"] = study.manifest()
    path = output.with_name(output.name + ".manifest.json")
    path.write_text(json.dumps(manifest, indent=1, ensure_ascii=False, sort_keys=False) + "\n", encoding="utf-8")
    return path


class Accounting:
    """What happened to every input item: read, scored, skipped (by reason), and notes.

    ``watch`` counts items as they are read (and adds articles to the corpus checksum);
    the caller counts ``scored`` and calls ``skip`` for each skipped item; ``line`` is
    the accounting line that ends every run, ``to_dict`` its form in manifests.
    """

    def __init__(self, study=None, *, study_given: bool = True) -> None:
        self.read = self.scored = 0
        #: the study the run resolves parties with, and whether the user chose it
        self.study = study
        self.study_given = study_given
        self.skipped: dict[str, int] = {}
        self.notes: dict[str, int] = {}
        self.checksum = CorpusChecksum()

    def watch(self, items):
        from .records import Article

        for item in items:
            self.read += 1
            if isinstance(item, Article):
                self.checksum.add(item.id, item.text)
                for note in item.notes:
                    key = "repaired mojibake" if note.startswith("repaired ") else note.split(":")[0]
                    self.notes[key] = self.notes.get(key, 0) + 1
                if not item.outlet:
                    self.notes["no outlet (grouped as '(unknown)')"] = \
                        self.notes.get("no outlet (grouped as '(unknown)')", 0) + 1
            yield item

    def skip(self, item) -> None:
        key = item.reason.split(" (")[0].split(":")[0].split(";")[0]
        self.skipped[key] = self.skipped.get(key, 0) + 1

    def line(self) -> str:
        """``read N, scored M, skipped K (n reason; ...)[; notes: n note, ...][; study: NAME VERSION (sha256 ...)]``"""
        total = sum(self.skipped.values())
        detail = "; ".join(f"{n} {reason}" for reason, n in sorted(self.skipped.items()))
        text = f"read {self.read}, scored {self.scored}, skipped {total}" + (f" ({detail})" if detail else "")
        if self.notes:
            text += "; notes: " + ", ".join(f"{n} {note}" for note, n in sorted(self.notes.items()))
        if self.study is not None:
            text += f"; study: {self.study.describe()}" + ("" if self.study_given else ", the default (no --study given)")
        return text

    def to_dict(self) -> dict:
        result = {"read": self.read, "scored": self.scored, "skipped": dict(sorted(self.skipped.items())),
                  "notes": dict(sorted(self.notes.items()))}
        if self.study is not None:
            result["study"] = self.study.name
        return result
