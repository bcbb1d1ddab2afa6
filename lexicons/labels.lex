# Actor labels and name mentions (codebook section 1).
# Columns: pattern | category | target | note.  Pattern syntax: lexicons/README.md.
name: labels
version: 0.1.0
description: Words and phrases that name or characterise the parties to the Syrian war, with the target they name and how they frame it.
codebook: 1
licence: CC-BY-4.0
categories: terrorist jihadist militant rebel fighter regime government loyalist militia forces name
targets: opposition government kurdish foreign
precedence: terrorist > jihadist > militant > rebel > fighter > regime > loyalist > government > militia > forces > name
reference: Codebook v1, section 1 (shared/codebook.md).
reference: Entman, R. M. (1993). Framing: Toward clarification of a fractured paradigm. Journal of Communication 43(4), 51-58.
decision: A phrase is one match and takes the category of its most marked word (precedence line); phrases are listed whole ("armed terrorist organisations") so that the longest phrase wins over its parts.
decision: "Armed" alone does not make a phrase militant: "armed rebel groups" and "anti-regime armed groups" are rebel; "armed groups" with no political word is militant.
decision: Affiliation with a designated terrorist group ("al-Qaeda affiliate", "al-Qaeda-linked") is a terrorist label of the opposition.
decision: "military" is a label only as a noun with a determiner or "Syrian" ("the military", "Syrian military"); "military hardware", "military sites" are not labels.
decision: "Damascus" is the state (government) except after place prepositions and in "Damascus to" (the city); see the stop entries.
decision: Bare "opposition" is not a label ("strong opposition to"); "the opposition", "opposition fighters/groups/forces" are.
decision: Proper names (HTS, Assad, SDF, Hezbollah) are category name: detected, but not counted in label shares.
decision: "US-backed (Syrian) militias" in coverage of north-east Syria name the SDF: kurdish militia.

[entries]
pattern                                                                | category  | target     | note
# --- opposition: terrorist ---------------------------------------------------
terrorist~                                                             | terrorist | opposition | criminalising noun
{armed ,}terrorist {group,organi{s,z}ation,faction,militia,outfit,network,cell,element,force,fighter,militant}~ | terrorist | opposition | "armed terrorist organisations"
terror {group,organi{s,z}ation,outfit,network,cell}~                   | terrorist | opposition |
terrorist {attack,act,threat,designation,list,financing,charge,activity,activities}~ | _ | | describes an act or a listing, not a party (frames lexicon counts it)
al-Qa{e,i}da {affiliate,offshoot,branch,franchise,ally}~               | terrorist | opposition | affiliation with a designated group
al-Qa{e,i}da-{linked,aligned,inspired,backed}        | terrorist | opposition |
{affiliate,offshoot,branch,franchise} of al-Qa{e,i}da                  | terrorist | opposition | "an affiliate of Al Qaeda"
al-Qa{e,i}da's former Syria{n,} {branch,affiliate,franchise}           | terrorist | opposition |
{aligned,affiliated,linked} {with,to} al-Qa{e,i}da                     | terrorist | opposition |
# --- opposition: jihadist ----------------------------------------------------
{jihadist,jihadi}~                                                     | jihadist  | opposition | religious-ideological
{salafi ,salafi-,}{jihadist,jihadi} {group,faction,force,fighter,militant,organi{s,z}ation,rebel,movement,coalition,alliance}~ | jihadist | opposition | "Salafi jihadist group"
salafi-jihadist~                                                       | jihadist  | opposition |
islamist~                                                              | jihadist  | opposition |
{radical ,hardline ,}islamist {group,faction,force,fighter,militant,rebel,insurgent,militia,organi{s,z}ation}~ | jihadist | opposition |
islamic {faction,group,militant,militia}~                              | jihadist  | opposition | "a merger of several Islamic factions"
{extremist,takfiri}~                                                   | jihadist  | opposition |
{extremist,takfiri,radical} {group,faction,force,fighter,militant,organi{s,z}ation,militia}~ | jihadist | opposition |
# --- opposition: militant ----------------------------------------------------
militant~                                                              | militant  | opposition | security framing
{foreign ,}militant {group,faction,force,fighter,organi{s,z}ation,stronghold,headquarters}~ | militant | opposition |
militant-{controlled,held,led,run}                                     | militant  | opposition |
armed {group,men,gang,faction,element}~                                | militant  | opposition | "armed" with no political word
{gunman,gunmen,insurgent~}                                             | militant  | opposition |
insurgent {group,faction,force,fighter}~                               | militant  | opposition |
# --- opposition: rebel -------------------------------------------------------
rebel~                                                                 | rebel     | opposition | political contestation
{armed ,}rebel {group,faction,force,fighter,coalition,alliance,troop,unit,commander,leader,assault,offensive,advance,attack}~ | rebel | opposition |
rebel-{held,controlled,led,run}                                        | rebel     | opposition |
{armed ,}opposition {fighter,group,force,faction,militia,rebel,coalition,alliance,troop}~ | rebel | opposition |
{the armed,the syrian,the} opposition                                  | rebel     | opposition | the opposition as actor
opposition-{held,controlled,led}                                       | rebel     | opposition |
anti-{regime,government,assad}                                         | rebel     | opposition |
anti-{regime,government,assad} {armed ,}{group,force,faction,fighter,rebel,militia,coalition}~ | rebel | opposition | "anti-regime armed groups"
{revolutionaries,revolutionary forces}                                 | rebel     | opposition |
# --- opposition: fighter -----------------------------------------------------
fighter~                                                               | fighter   | opposition | descriptive
combatant~                                                             | fighter   | opposition |
attacker~                                                              | fighter   | opposition | "the attackers"
{allied,turkish-backed,turkey-backed} {force,group,faction,fighter,militia}~ | fighter | opposition |
the group~                                                             | fighter   | opposition | anaphora for HTS/the factions
{rival ,}faction~                                                      | fighter   | opposition |
HTS-led {force,group,faction,fighter,alliance,coalition,offensive}~    | fighter   | opposition |
# --- opposition: names -------------------------------------------------------
=HTS                                                                   | name      | opposition |
Ha{y,}{',}{a,e}t Tahrir al-Sham{,s}                                    | name      | opposition | Hayat / Hay'at / Hay’et / Haiat Tahrir al-Sham(s)
Hay{',}{a,e}t Tahrir ash-Sham                                          | name      | opposition |
Jabhat al-Nusra{,h}                                                    | name      | opposition | former name
{al-,}Nusra{,h} Front                                                  | name      | opposition | former name
Jabhat Fat{e,a}h al-Sham                                               | name      | opposition | former name
Ahrar al-Sham                                                          | name      | opposition |
{Abu Mohamm{e,a}d ,}al-{Jolani,Julani,Golani}                          | name      | opposition | HTS leader
{Syrian National Army,Free Syrian Army}                                | name      | opposition |
={SNA,FSA}                                                             | name      | opposition |
Syrian Salvation Government                                            | name      | opposition | HTS-run administration
=SSG                                                                   | name      | opposition |
# --- government: regime ------------------------------------------------------
regime                                                                 | regime    | government | delegitimising
{the ,}{syrian ,assad ,}regime {force,troop,soldier,army,militia,fighter}~ | regime | government | "Syrian regime forces"
{syrian,assad,assad's,al-assad's,damascus} regime                      | regime    | government | "the Assad regime", "Assad's regime"
regime-{held,controlled,run,led}                                       | regime    | government |
# --- government: loyalist ----------------------------------------------------
pro-{regime,government,assad,damascus}                                 | loyalist  | government | loyalty framing
pro-{regime,government,assad} {force,militia,fighter,troop,group,gunmen}~ | loyalist | government |
{troops,forces,soldiers,fighters,militias,units} loyal to {syrian ,}{president ,}{bashar ,}{al-,}assad | loyalist | government | "troops loyal to Assad"
{troops,forces,soldiers,fighters,militias,units} loyal to {the government,the regime,damascus} | loyalist | government |
# --- government: government --------------------------------------------------
government                                                             | government | government | institutional, neutral
{syrian ,}government {force,troop,soldier,army,unit,aircraft,warplane}~ | government | government | "Syrian government forces"
{syrian,assad,assad's} government                                      | government | government |
government-{held,controlled,run,led,allied}                            | government | government |
{the ,syrian ,syria's }{army,military}                                 | government | government | "the Syrian army" (bare "military" is an adjective)
the syrian arab army                                                   | government | government |
{syrian arab army,the SAA}                                             | government | government |
{syrian ,}military force~                                              | government | government |
{troops,soldiers}                                                      | government | government | bare "troops" (codebook)
syrian {troops,soldiers,armed forces,forces,warplanes,aircraft,jets}  | government | government | "Syrian forces"
{the syrian ,the ,}armed forces                                       | government | government |
{syria's ,the ,}{defen{c,s}e,interior,foreign} ministry                | government | government |
{the ,}ministry of {defen{c,s}e,interior,foreign affairs}              | government | government |
the ministry                                                           | government | government |
{syrian ,}president {bashar ,}{al-,}assad{'s,}                         | government | government | "President Bashar al-Assad"
{syrian ,}president {bashar ,}{al-,}assad's {force,troop,army}~        | government | government |
the syrian president                                                   | government | government |
{syrian ,}state {force,troop,security}~                                | government | government |
=Damascus                                                              | government | government | the state; the city is switched off below
{in,near,outside,around,into,toward,towards,from,of,to,reach,reached,reaching,entered} Damascus | _ | | Damascus the city
Damascus to                                                            | _         |            | "connecting Damascus to Aleppo"
Damascus countryside                                                   | _         |            | a place
# --- government: names -------------------------------------------------------
{bashar ,}{al-,}assad{'s,}                                              | name      | government | the president named
=SAA                                                                   | name      | government |
# --- kurdish -----------------------------------------------------------------
{PKK,YPG,PYD,SDF}                                                      | name      | kurdish    |
PKK/YPG{ organi{s,z}ation,}                                            | name      | kurdish    | Turkish official usage; see decision log
Syrian Democratic Forces                                               | name      | kurdish    |
Kurdistan Workers' Party                                               | name      | kurdish    |
{PKK,YPG,PKK/YPG,PKK-YPG} terror{ist,} {group,organi{s,z}ation}~       | terrorist | kurdish    | "terrorist organisation" said of the PKK/YPG
{kurdish,kurdish-led} {force,fighter,troop,unit}~                      | forces    | kurdish    |
{kurdish,kurdish-led} {militia,militant,group}~                        | militia   | kurdish    |
{u.s.-backed,us-backed,american-backed} {syrian ,kurdish ,}{militia,militias} | militia | kurdish | SDF in the north-east
# --- foreign -----------------------------------------------------------------
{russian,iranian,turkish,american,u.s.,us,israeli} {force,troop,soldier,army,military,warplane,aircraft,jet,drone}~ | forces | foreign |
{pro-iranian,iran-backed,iranian-backed,pro-iran,iran-aligned} {force,militia,fighter,group}~ | militia | foreign | proxy framing
{russian,iranian,turkish,american,u.s.} officials                      | government | foreign   |
kremlin                                                                | government | foreign   |
{Hezbollah,Hizbollah,Hizballah}                                        | name      | foreign    |
{Russia,Iran,Turkey,Türkiye,Turkiye,America,Israel,Moscow,Tehran,Ankara} | name    | foreign    |
{United States,United Kingdom}                                        | name      | foreign    |
={U.S.,US,USA,UK}                                                      | name      | foreign    |
{the west,western nations,western countries,western powers}           | name      | foreign    |
