# Attribution cues (codebook sections 2 and 4). Category = stance; kind = how the cue frames reported content.
#   verb         reporting verb: content follows ("X said that ...") or precedes when post-posed ("..., X said.")
#   prep         "according to X", "as reported by X", "citing X": content is the clause around the source
#   designation  "designated as ... by X", "considered ... by X": content runs from the cue to "by"
#   naming       "what it called X": the content is the name that follows, nothing more
#   appeal       "urged X to ...", "called on X to ...": content runs from the "to" after the addressee
#   adjunct      "in a statement": a cue that describes the report and frames no content of its own
name: attribution
version: 0.1.0
description: Words and phrases that introduce reported content, with the stance they take towards it.
codebook: 2, 4
licence: CC-BY-4.0
categories: neutral distancing endorsing
kinds: verb prep designation appeal naming adjunct
precedence: distancing > endorsing > neutral
reference: Recasens, M., Danescu-Niculescu-Mizil, C. & Jurafsky, D. (2013). Linguistic models for analyzing and detecting biased language. ACL 2013 (factive and assertive verbs).
reference: Hyland, K. (2002). Activity and evaluation: reporting practices in academic writing (reporting verbs and stance).
reference: Bell, A. (1991). The Language of News Media. Oxford: Blackwell (attribution in news).
decision: Stance follows the verb: "claimed/alleged/asserted/insisted/accused" distance the outlet from the content; "confirmed/acknowledged/admitted/revealed" presuppose it is true; the rest are neutral.
decision: "is said to" and agentless passives ("has been reported") are evidential hedges, not cues; they are switched off here by stop entries.
decision: Verbs of repetition (reiterated, echoed), expression (expressed/voiced concern), criticism (criticised, condemned, denounced, slammed), reference (referred to X as Y) and posting (posted on X, wrote on Telegram) introduce reported content and are neutral cues (issue 11, measured on tests/golden/studies/syria-2024/real_errors).
decision: The noun "claim" after a determiner ("a claim often denied") introduces no reported content and is switched off.

[entries]
pattern                                                             | category   | kind        | note
# --- neutral verbs ------------------------------------------------------
{say,says,said,saying}                                              | neutral    | verb        |
{tell,tells,told,telling}                                           | neutral    | verb        |
{stated,stating,states that,state that}                             | neutral    | verb        | bare "state(s)" is mostly the noun
{report,reports,reported,reporting}                                 | neutral    | verb        |
announce~                                                           | neutral    | verb        |
{add,adds,added,adding}                                             | neutral    | verb        |
{note,notes,noted,noting}                                           | neutral    | verb        |
describe~                                                           | neutral    | designation | "described X as Y": X is the outlet's, Y is reported
declare~                                                            | neutral    | verb        |
explain~                                                            | neutral    | verb        |
indicate~                                                           | neutral    | verb        |
{mentioned,mentioning}                                              | neutral    | verb        | "did not mention any casualties" introduces no content
{write,writes,wrote,writing}                                        | neutral    | verb        |
# verbs of repetition, expression, criticism, reference and posting (issue 11, item 9: missing on real text)
{reiterate,reiterates,reiterated,reiterating}                       | neutral    | verb        | repetition
{repeat,repeats,repeated,repeating} {that,his call,her call,its call,their call,calls} | neutral | verb | "repeated that ...": repetition (bare "repeated" is often not a report)
{echo,echoes,echoed,echoing}                                        | neutral    | verb        | "echoed by X", "X echoed ..."
{express,expresses,expressed,expressing,voice,voices,voiced,voicing} {concern,concerns,alarm,hope,regret,support,solidarity,dismay,fears,fear} | neutral | verb | expression: "expressed concern that ..."
{criticise,criticises,criticised,criticising,criticize,criticizes,criticized,criticizing} | neutral | verb | criticism: content is what is criticised
{condemn,condemns,condemned,condemning,denounce,denounces,denounced,denouncing,slam,slams,slammed,slamming,decry,decries,decried} | neutral | verb | criticism
{refer,refers,referred,referring} to                                | neutral    | designation | "referred to X as Y": reference, X is the outlet's, Y is reported
{post,posts,posted,posting} {that,on social media,on x,on telegram,on its telegram channel,on facebook,online} | neutral | verb | posting
{wrote,writes,write,writing} on {x,telegram,social media,facebook,its website,his blog} | neutral | verb | posting
{been,be,being,was,were,is,are,widely,internationally,globally} {criticised,criticized,condemned,denounced,slammed,decried,echoed,repeated,reiterated} | _ | | agentless passive ("have been criticized globally"): no source, no cue
{warn,warns,warned,warning} that                                    | neutral    | verb        |
{warn,warns}                                                        | neutral    | verb        | "Partners warn that"
assure~                                                             | neutral    | verb        |
{believe,believes,believing}                                        | neutral    | verb        | "some analysts believe" ("believed to" is an evidential hedge)
affirm~                                                             | neutral    | verb        |
{vow,vows,vowed,vowing,pledged,promised} that                       | neutral    | verb        | "vowed continued action" is not a cue
{estimate,estimates,estimated}                                      | neutral    | verb        | "the UN estimated"
{urge,urges,urged,urging}                                           | neutral    | appeal      |
{call,calls,called,calling} on                                      | neutral    | appeal      |
{call,calls,called,calling} for                                     | neutral    | appeal      |
{appeal,appeals,appealed,appealing} to                              | neutral    | appeal      |
emphasi{s,z}e~                                                      | neutral    | verb        |
{quote,quotes,quoted}                                               | neutral    | verb        |
{stress,stresses,stressed,stressing}                                | neutral    | verb        |
{underline,underlines,underlined,underlining,highlight,highlights,highlighted,highlighting} | neutral | verb |
{argue,argues,argued,arguing}                                       | neutral    | verb        |
{tweet,tweets,tweeted,tweeting}                                     | neutral    | verb        |
{speaking to,told reporters}                                       | neutral    | verb        |
{statement,announcement,report} that                                | neutral    | verb        | noun + that-clause
in a statement                                                      | neutral    | adjunct     | describes the report; frames no content
# --- neutral prepositional cues -----------------------------------------
according to                                                        | neutral    | prep        |
according to {reports,media reports,sources,a report,a source,witnesses} | neutral | prep | one cue with an anonymous source
{as reported by,as per,as stated by,as quoted by,reported by}       | neutral    | prep        |
{citing,quoting}                                                    | neutral    | prep        |
# --- designations -------------------------------------------------------
{designate,designates,designated,proscribe,proscribes,proscribed,blacklist,blacklists,blacklisted,listed} {as,} | neutral | designation | "designated as a terrorist organisation by"
{list,lists,listing} as                                             | neutral    | designation | "which the UN lists as a terrorist group"
lists                                                               | neutral    | designation | "still lists HTS as a terrorist organisation"
considered                                                          | neutral    | designation | "Moscow considered the offensive an attack"
{considers,deems,deemed}                                            | neutral    | designation | "which the United States considers a terrorist organization"
what {it,they,he,she,the army,the ministry,the military,state media} {called,calls,termed,dubbed,described as} | neutral | naming | "dozens of what it called terrorists"
{is,are,was,were} considered                                        | neutral    | designation | "considered a terrorist group by"
{branded,labelled,labeled} {as,}                                    | neutral    | designation |
# --- distancing ----------------------------------------------------------
claim~                                                              | distancing | verb        |
allege~                                                             | distancing | verb        |
assert~                                                             | distancing | verb        |
insist~                                                             | distancing | verb        |
accuse~                                                             | distancing | verb        | "accused X of Y"
purport~                                                            | distancing | verb        |
contend~                                                            | distancing | verb        |
{deny,denies,denied,denying}                                        | distancing | verb        |
{blame,blames,blamed,blaming}                                       | distancing | verb        | "blamed Turkey for the assault"
maintain~ that                                                      | distancing | verb        | "maintain control" is not a cue
{claim,claims,allegation,allegations,assertion,assertions} that     | distancing | verb        | noun + that-clause
# --- endorsing -----------------------------------------------------------
confirm~                                                            | endorsing  | verb        |
acknowledge~                                                        | endorsing  | verb        |
{admit,admits,admitted,admitting}                                   | endorsing  | verb        |
reveal~                                                             | endorsing  | verb        |
concede~                                                            | endorsing  | verb        |
{acknowledgement,acknowledgment,admission,confirmation} that        | endorsing  | verb        | noun + that-clause; "its first acknowledgement of the attack" is no cue
{point,points,pointed,pointing} out                                 | endorsing  | verb        |
# --- not cues -----------------------------------------------------------
{is,are,was,were,being} {said,reported} to                          | _          |             | evidential hedge
{has,have,had} been reported                                        | _          |             | agentless, evidential hedge
{is,are,was,were} reported                                          | _          |             | agentless passive
reports of                                                          | _          |             | "there were reports of"
{a,the,this,that,his,its,their} claim~                              | _          |             | the noun
{a,the,this,that} report                                            | _          |             | the noun
{the,these,those,such,unconfirmed,earlier,initial} reports          | _          |             | the noun
{an,the} {estimated,estimate}                                       | _          |             | "an estimated 48,500": an approximator
{did not,didn't,does not,doesn't,would not,wouldn't,declined to,refused to} {say,comment,elaborate,confirm} | _ | | no content is reported
asked not to be named                                               | _          |             |
reporting from                                                      | _          |             | a correspondent's location
{trade,trades,traded,trading} blame                                 | _          |             | "trade blame": the noun
assert~ {dominance,control,authority,power,influence,sovereignty,itself,themselves} | _ | | "to assert dominance" is not a report
{the,an,a} alleged                                                  | _          |             | adjective: an evidential hedge
{a,the} {designated,listed,proscribed}                              | _          |             | adjective: "a designated foreign terrorist organization"
{the,an} accused                                                    | _          |             | adjective: "the accused countries"
{denied,rejected} by                                               | _          |             | passive with no reported content: "a claim often denied by"
claim~ {responsibility,credit,victory,control,territory,lives}      | _          |             | "claimed responsibility", "claimed lives" are not reports
report~ to                                                          | _          |             | "reported to be" (evidential) / "reports to" (hierarchy)
{flash,situation,news,media,annual,un} report~                     | _          |             | the noun
