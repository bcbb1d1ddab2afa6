# Hedges and boosters (codebook section 3).
name: hedges
version: 0.1.0
description: Markers that withhold (or, for boosters, stress) commitment to a statement.
codebook: 3
licence: CC-BY-4.0
categories: evidential epistemic approximator booster
precedence: evidential > epistemic > approximator > booster
reference: Hyland, K. (2005). Metadiscourse: Exploring Interaction in Writing. London: Continuum (hedges and boosters).
reference: Hyland, K. (1998). Hedging in Scientific Research Articles. Amsterdam: John Benjamins.
reference: Channell, J. (1994). Vague Language. Oxford University Press (approximators).
decision: Hedge density counts evidential + epistemic only; approximators and boosters are reported separately.
decision: "may" is a hedge only in lower case (=may); "May" is the month, and "may" before a number or after "in"/"early"/"late"/"mid" is switched off.
decision: "could" of ability with perception verbs ("could hear", "could see") is switched off by stop entries.
decision: "about", "around", "over", "some", "nearly", "almost" are approximators only before a number ("about 20", "around 70 towns"); "about the offensive" is not counted.
decision: Approximators are vague NUMBERS: a hedge word with a number ("about 20", "at least 277") or a plural number word (dozens, hundreds, thousands). Vague quantifiers without a number (several, numerous, a number of, most, many, largely) are not counted.
decision: Agentless report constructions ("has been reported", "there were reports of") are evidential hedges, not attribution cues (codebook section 2).

[entries]
pattern                                                              | category     | note
# --- evidential ---------------------------------------------------------
{reportedly,allegedly,purportedly,supposedly,reputedly,ostensibly}   | evidential   |
{is,are,was,were,being} {said,reported,believed,thought,alleged,understood,rumou{,r}red} to | evidential | "is said to", "believed to be"
{believed,thought,rumou{,r}red} to                                   | evidential   | "believed to be backed by"
{has,have,had} been reported                                         | evidential   | agentless report
there {are,were,have been} {reports,unconfirmed reports} {of,that}   | evidential   | agentless report
{unconfirmed,unverified} {report,reports,claim,claims,footage}       | evidential   |
could not be {independently ,}{verified,confirmed}                   | evidential   |
{could not,cannot,can not,was unable to,were unable to,has not been able to,have not been able to} {independently ,}{verify,confirm} | evidential | "Reuters could not independently verify"
{has not,have not,had not} been {independently ,}{verified,confirmed}  | evidential   |
{is,are,was,were} reported                                           | evidential   | agentless passive "fighting was reported"
# --- epistemic ----------------------------------------------------------
=may                                                                 | epistemic    | lower case only; see decisions
might                                                                | epistemic    |
could                                                                | epistemic    | possibility; ability uses switched off below
{possibly,possible,perhaps,probably,presumably,apparently,seemingly,conceivably} | epistemic |
{likely,unlikely}                                                    | epistemic    |
{is,are,was,were} expected to                                        | epistemic    | prediction
{presumed,purported,alleged,suspected}                               | evidential   | "the alleged attack", "suspected militants"
{appear,appears,appeared,seem,seems,seemed} to                       | epistemic    |
{potential,potentially}                                              | epistemic    |
{suggest,suggests,suggested,suggesting} that                         | epistemic    |
{it is,it was,remains,remained} {unclear,uncertain,not clear}        | epistemic    |
{it was not,it is not,it wasn't,it isn't} immediately clear            | epistemic    | "it was not immediately clear"
{it wasn't,it isn't} clear                                           | epistemic    |
could {hear,see,feel,smell,not see,not hear}                         | _            | ability, not possibility
=may {<NUM>,of}                                                      | _            | the month
# --- approximator -------------------------------------------------------
{approximately,about,around,nearly,almost,roughly,some,over,circa,close to,up to,at least,at most,more than,less than,fewer than,upwards of,in excess of,as many as,as much as,an estimated,estimated,just over,just under,well over} <NUM> | approximator | "at least 277", "more than 50"
{dozens,hundreds,thousands,scores,tens of thousands,hundreds of thousands,millions} | approximator | "dozens of towns", "“hundreds”"
{a few,a couple of} <NUM>                                             | approximator |
<NUM> or so                                                          | approximator |
{between,from} <NUM> {and,to} <NUM>                                  | approximator | a range
# --- booster ------------------------------------------------------------
{clearly,undoubtedly,indeed,certainly,definitely,obviously,undeniably,unquestionably,surely,evidently} | booster |
{of course,no doubt,without doubt,without a doubt,beyond doubt,in fact,there is no doubt} | booster |
{clear,obvious,undeniable,certain} that                               | booster      | "it is clear that"
{certainly,surely} not                                               | booster      |
