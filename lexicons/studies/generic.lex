# The generic study (codebook section 9.3): used when no study is given.  One state
# party and one non-state party, both defaults, no names: every generic label names the
# party of its kind.  Coarse, but valid for a civil war with one state side.
# Format: lexicons/studies/README.md.
name: generic
type: study
version: 1.0.0
description: Any conflict with one state side and one non-state side; no names (labels resolve by kind).
codebook: 9.3
licence: CC-BY-4.0
party: state | state | The state side (a government and its forces)
party: non-state | non-state | The non-state side (armed groups and movements)
default: state | state
default: non-state | non-state
headline: non-state state
trend: non-state terrorist
kwic: non-state terrorist
reference: Codebook v2, section 9.3 (shared/codebook.md).
decision: The generic study names no party: a label's party is the default of its kind (codebook 9.2 rule 3).

[entries]
pattern | category | target | kind | note
