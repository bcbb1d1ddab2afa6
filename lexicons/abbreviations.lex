# Abbreviations after which a period does not end a sentence (framing.segment).
# Patterns are written lower-case without the final period.
name: abbreviations
type: abbreviations
version: 0.1.0
description: Abbreviations whose period is not a sentence end.
codebook: 7 (sentence counts)
licence: CC-BY-4.0
decision: Single capital initials (J. Smith) are handled in code, not listed here.
decision: Month abbreviations are listed; "May" is a full word and is not.

[entries]
pattern | note
mr      | title
mrs     | title
ms      | title
dr      | title
prof    | title
gen     | military rank
lt      | military rank
col     | military rank
maj     | military rank
sgt     | military rank
capt    | military rank
adm     | military rank
st      | saint / street
jr      | suffix
sr      | suffix
rep     | representative
sen     | senator
gov     | governor
vs      | versus
etc     | et cetera
e.g     | exempli gratia
i.e     | id est
approx  | approximately
est     | established / estimated
no      | number (No. 5)
u.s     | United States
u.k     | United Kingdom
u.n     | United Nations
a.m     | ante meridiem
p.m     | post meridiem
jan     | month
feb     | month
mar     | month
apr     | month
jun     | month
jul     | month
aug     | month
sep     | month
sept    | month
oct     | month
nov     | month
dec     | month
