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
merge: adjacent
reference: Codebook v1, section 1 (shared/codebook.md).
reference: Entman, R. M. (1993). Framing: Toward clarification of a fractured paradigm. Journal of Communication 43(4), 51-58.
decision: A phrase is one match and takes the category of its most marked word (precedence line); phrases are listed whole ("armed terrorist organisations") so that the longest phrase wins over its parts.
decision: Label words that stand next to each other and name the same target form one phrase (merge: adjacent): "extremist mercenaries" is one terrorist label, "Salafi jihadist group" one jihadist label. Names never merge.
decision: "Armed" alone does not make a phrase militant: "armed rebel groups" and "anti-regime armed groups" are rebel; "armed groups" with no political word is militant.
decision: Affiliation with a designated terrorist group ("al-Qaeda affiliate", "al-Qaeda-linked") is a terrorist label of the opposition.
decision: "military" is a label only as a noun with a determiner or "Syrian" ("the military", "Syrian military"); "military hardware", "military sites" are not labels.
decision: "Damascus" is the state (government) except after place prepositions and in "Damascus to" (the city); see the stop entries.
decision: Bare "opposition" is not a label ("strong opposition to"); "the opposition", "opposition fighters/groups/forces" are.
decision: Proper names (HTS, Assad, SDF, Hezbollah) are category name: detected, but not counted in label shares.
decision: "forces" alone is not a label; it becomes one with the word before it (government, regime, opposition, allied, Russian, Kurdish-led ...), each listed as a phrase.
decision: A generic opposition label (terrorist, militant, fighter, militia words) that describes a Kurdish name just before it (apposition, relative clause, copula) names the Kurdish actor (framing/targets.py): "the YPG, which Ankara calls a terrorist organisation".
decision: "US-backed (Syrian) militias" in coverage of north-east Syria name the SDF: kurdish militia.

[entries]
pattern                                                                | category  | target     | note
# --- opposition: terrorist ---------------------------------------------------
terrorist~                                                             | terrorist | opposition | criminalising noun
{armed ,}terrorist {group,organi{s,z}ation,faction,militia,outfit,network,cell,element,force,fighter,militant}~ | terrorist | opposition | "armed terrorist organisations"
terror {group,organi{s,z}ation,outfit,network,cell}~                   | terrorist | opposition |
terrorist {attack,act,threat,designation,list,financing,charge,activity,activities}~ | _ | | describes an act or a listing, not a party (frames lexicon counts it)
{terror {militia,militias,army,armies,gang,gangs,militant,militants,fighters,elements},terrorist {army,armies,gang,gangs,mercenaries,hordes}} | terrorist | opposition |
{takfiri terrorist,foreign terrorist,jihadist terrorist,islamist terrorist}~ | terrorist | opposition |
{designated,listed,proscribed} {terrorist,terror} {group,organi{s,z}ation,entity}~ | terrorist | opposition |
terrorist entit{y,ies}                                                 | terrorist | opposition |
{al-Qa{e,i}da,ISIS,Nusra}-{linked,aligned,inspired} {group,faction,militant,fighter,rebel,jihadist}~ | terrorist | opposition |
former al-Qa{e,i}da {affiliate,branch,franchise,offshoot}~             | terrorist | opposition |
{ex-,former }{al-Qa{e,i}da,Nusra}                                      | terrorist | opposition | "ex-al-Qaeda"
{mercenaries,mercenary}                                                | terrorist | opposition | Syrian/Russian state usage
{turkish-backed,turkey-backed,foreign} {mercenary,mercenaries}         | terrorist | opposition | Kurdish and Syrian state usage
al-Qa{e,i}da {affiliate,offshoot,branch,franchise,ally}~               | terrorist | opposition | affiliation with a designated group
al-Qa{e,i}da-{linked,aligned,inspired,backed}        | terrorist | opposition |
{affiliate,offshoot,branch,franchise} of al-Qa{e,i}da                  | terrorist | opposition | "an affiliate of Al Qaeda"
al-Qa{e,i}da's former Syria{n,} {branch,affiliate,franchise}           | terrorist | opposition |
{aligned,affiliated,linked,tied,connected} {with,to} al-Qa{e,i}da     | terrorist | opposition |
# --- opposition: jihadist ----------------------------------------------------
{jihadist,jihadi}~                                                     | jihadist  | opposition | religious-ideological
{salafi ,salafi-,}{jihadist,jihadi} {group,faction,force,fighter,militant,organi{s,z}ation,rebel,movement,coalition,alliance}~ | jihadist | opposition | "Salafi jihadist group"
salafi-jihadist~                                                       | jihadist  | opposition |
islamist~                                                              | jihadist  | opposition |
{radical ,hardline ,}islamist {group,faction,force,fighter,militant,rebel,insurgent,militia,organi{s,z}ation}~ | jihadist | opposition |
islamic {faction,group,militant,militia}~                              | jihadist  | opposition | "a merger of several Islamic factions"
{extremist,takfiri}~                                                   | jihadist  | opposition |
{extremist,takfiri,radical} {group,faction,force,fighter,militant,organi{s,z}ation,militia}~ | jihadist | opposition |
{jihadist,jihadi,islamist,extremist,salafi,radical} {ambition,ideology,agenda,goal,aim,project,doctrine,thought,vision,rhetoric,propaganda,roots,past,origins}~ | _ | | describes ideas, not a party
{islamist-led,jihadist-led,islamist-dominated,jihadist-dominated}      | jihadist  | opposition |
{islamist,jihadist}-led {rebel,rebels,alliance,coalition,offensive,forces,groups}~ | jihadist | opposition |
{hardline,hardliner,hardliners} {islamist,islamists}                   | jihadist  | opposition |
# --- opposition: militant ----------------------------------------------------
militant~                                                              | militant  | opposition | security framing
{foreign ,}militant {group,faction,force,fighter,organi{s,z}ation,stronghold,headquarters}~ | militant | opposition |
militant-{controlled,held,led,run}                                     | militant  | opposition |
armed {group,men,gang,faction,element}~                                | militant  | opposition | "armed" with no political word
{gunman,gunmen,insurgent~}                                             | militant  | opposition |
insurgent {group,faction,force,fighter}~                               | militant  | opposition |
{insurgency,insurgencies}                                              | _         |            | the phenomenon, not a party
{gang,gangs,militiamen,armed gunmen,armed militiamen}                   | militant  | opposition |
{illegal ,}armed formations                                            | militant  | opposition | Russian official usage
{sunni ,}militant {insurgent,islamist}~                                | militant  | opposition |
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
revolutionary {faction,fighter,group,brigade,battalion,army,movement}~ | rebel | opposition |
{fighters,forces,factions,sons} of the {syrian ,}revolution           | rebel     | opposition |
{syrian,armed} opposition                                              | rebel     | opposition |
sunni {rebel,rebels}                                                   | rebel     | opposition | a sectarian word alone does not make a label jihadist
{opposition,rebel} {army,armies}                                       | rebel     | opposition |
anti-{government,regime,assad} insurgent~                             | rebel     | opposition |
{hts-led,islamist-backed,turkish-backed,turkey-backed} {rebel,rebels,opposition}~ | rebel | opposition |
{the ,}{syrian ,}{rebellion,uprising}                                  | _         |            | events, not a party
freedom fighter~                                                       | rebel     | opposition |
# --- opposition: fighter -----------------------------------------------------
fighter~                                                               | fighter   | opposition | descriptive
combatant~                                                             | fighter   | opposition |
outfit~                                                                | fighter   | opposition | "the outfit"
attacker~                                                              | fighter   | opposition | "the attackers"
{allied,turkish-backed,turkey-backed} {force,group,faction,fighter,militia}~ | fighter | opposition |
{the,these,those} group~                                               | fighter   | opposition | anaphora for HTS/the factions
{rival ,}faction~                                                      | fighter   | opposition |
HTS-led {force,group,faction,fighter,alliance,coalition,offensive}~    | fighter   | opposition |
{ally,allies}                                                          | fighter   | opposition | "HTS and its allies"; foreign allies are switched off below
{allied,allies of} {rebel,opposition,jihadist,islamist} {group,faction,fighter,force}~ | rebel | opposition | the more marked word decides: "allied rebel groups"
{uk,us,u.s.,london,beirut,britain,damascus,istanbul,doha}-based        | _         |            | "UK-based monitor": a place, not a party
{america,united states,the us,the u.s.,russia,iran,turkey,türkiye,moscow,washington,tehran,ankara,the west,nato,israel} and {its ,it's ,their ,}{ally,allies} | name | foreign | "America and its allies"
{western,american,u.s.,us,russian,iranian,turkish,nato} allies         | name      | foreign    |
{armed ,}{group,groups,faction,factions} {backed,supported} by {turkey,türkiye,ankara} | fighter | opposition |
{the ,}{attacking,advancing} {force,forces,fighters,groups}           | fighter   | opposition |

{gunmen,militants,fighters} loyal to {hts,al-jolani,al-julani}         | fighter   | opposition |
# --- opposition: names -------------------------------------------------------
=HTS                                                                   | name      | opposition |
Ha{y,}{',}{a,e}t Tahrir al-Sham{,s}                                    | name      | opposition | Hayat / Hay'at / Hay’et / Haiat Tahrir al-Sham(s)
Hay{',}{a,e}t Tahrir ash-Sham                                          | name      | opposition |
Jabhat al-Nusra{,h}                                                    | name      | opposition | former name
{al-,}Nusra{,h} Front                                                  | name      | opposition | former name
Jabhat Fat{e,a}h al-Sham                                               | name      | opposition | former name
Ahrar al-Sham                                                          | name      | opposition |
al-{Jolani,Julani,Golani}                                              | name      | opposition | HTS leader
{Syrian National Army,Free Syrian Army}                                | name      | opposition |
={SNA,FSA}                                                             | name      | opposition |
Syrian Salvation Government                                            | name      | opposition | HTS-run administration
=SSG                                                                   | name      | opposition |
Military Operations Command                                            | name      | opposition | HTS-led operations room (2024)
{Deterrence of Aggression,Operation Deterrence of Aggression}          | _         |            | operation name, not an actor
{Hayat,Hay'at,Hay'et} Tahrir al-Sham-led {alliance,coalition,forces,rebels,groups}~ | fighter | opposition |
{Turkistan Islamic Party,Jaish al-Izza,National Liberation Front}      | name      | opposition |
{Abu ,}Mohamm{e,a}d al-{Jolani,Julani,Golani}                           | name      | opposition |
{Ahmad,Ahmed} {al-,}Sharaa                                             | name      | opposition | al-Jolani's given name
Haiat Tahrir {ash-Sham,al-Sham,al-Shams,as-Sham}                        | name      | opposition | transliteration
Ha{y,}{',}{a,e}t Tahrir as-Sham                                         | name      | opposition | transliteration
Tahrir al-Sham                                                         | name      | opposition |
{Jabhat an-Nusra,Nusra}                                                | name      | opposition |
{Jabhat Fateh ash-Sham,Fateh al-Sham,Fatah al-Sham}                   | name      | opposition |
=JFS                                                                   | name      | opposition |
{Jaysh al-Islam,Faylaq al-Sham,Ahrar ash-Sham,Nour al-Din al-Zenki,Jaish al-Nasr,Hurras al-Din,Hurras ad-Din} | name | opposition |
# --- government: regime ------------------------------------------------------
regime                                                                 | regime    | government | delegitimising
{the ,}{syrian ,assad ,}regime {force,troop,soldier,army,militia,fighter}~ | regime | government | "Syrian regime forces"
{syrian,assad,assad's,al-assad's,damascus} regime                      | regime    | government | "the Assad regime", "Assad's regime"
regime-{held,controlled,run,led}                                       | regime    | government |
{the ,}{assad ,}regime's {force,troop,army,soldier,militia}~           | regime    | government |
{regime,assad} {loyalist,loyalists}                                    | loyalist  | government |
{assad's,assad,al-assad's} {militia,militias}                             | loyalist  | government | proxy framing
{assad's,assad,regime's,regime,al-assad's} {gang,gangs,thugs,henchmen,criminals} | regime | government | criminalising
{brutal ,}{dictator,dictators,dictatorship,tyrant,tyrants,tyranny}     | regime    | government |
{the ,}regime in damascus                                              | regime    | government |
{criminal,murderous,brutal,barbaric} regime                            | regime    | government |
{assad's,assad,al-assad's} {brutal,criminal,murderous,barbaric} regime  | regime    | government |
# --- government: loyalist ----------------------------------------------------
pro-{regime,government,assad,damascus}                                 | loyalist  | government | loyalty framing
pro-{regime,government,assad} {force,militia,fighter,troop,group,gunmen}~ | loyalist | government |
{troops,forces,soldiers,fighters,militias,units} loyal to {syrian ,}{president ,}{bashar ,}{al-,}assad | loyalist | government | "troops loyal to Assad"
{troops,forces,soldiers,fighters,militias,units} loyal to {the government,the regime,damascus} | loyalist | government |
{loyalist,loyalists,shabiha,shabbiha}                                  | loyalist  | government |
loyalist {force,militia,fighter,troop,gunman,gunmen,paramilitar{y,ies}}~ | loyalist | government |
pro-{regime,government,assad} {gunman,paramilitar{y,ies}}~              | loyalist  | government |
government loyalists                                                   | loyalist  | government |
{national defen{c,s}e forces,the NDF}                                  | loyalist  | government | pro-government militia
{tiger forces,the tiger forces,4th division,fourth division,4th armoured division,fourth armoured division,republican guard,the republican guard,25th special mission forces division} | government | government | Syrian army formations
{air force intelligence,the mukhabarat,mukhabarat,syrian military intelligence,syrian intelligence,syrian security services,syrian intelligence services} | government | government | Syrian security apparatus
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
{syria's ,syrian ,the ,}{foreign,defen{c,s}e,interior,information} minister~ | government | government |
the minister                                                           | government | government |
general command of the {syrian ,}{army,armed forces,army and armed forces} | government | government |
government of syria{ forces,}                                          | government | government | UN usage
{syrian ,}{army,military} {statement,source,sources}~                  | _ | | "a military source": a description of the source (sources lexicon), not a label
syrian military {weapon,weapons,depot,equipment,hardware,site,target,position,base,vehicle,action,operation,facility,airport,airbase,installation,convoy,court,aircraft,helicopter,jet,plane}~ | _ | | adjective: a thing of the military, not the party
government {building,office,institution,headquarters,property,facility,employee,service,official,minister,ministry,spokesman,statement,source,media}~ | _ | | adjective: a thing or person of the state

{syrian ,}security forces                                              | government | government |
{the ,}{syrian ,}{arab ,}army's                                        | government | government |
{army,army troops,army units}                                          | government | government |
{syrian ,}president {bashar ,}{al-,}assad{'s,}                         | government | government | "President Bashar al-Assad"
{syrian ,}president {bashar ,}{al-,}assad's {force,troop,army}~        | government | government |
the syrian president                                                   | government | government |
{syrian state media,syrian government media}                          | _         |            | a source type, counted in sources
{the syrian state,the assad government,the syrian authorities,syrian authorities} | government | government |
{the ,}{legitimate ,}{syrian ,}{government,authorities} in damascus    | government | government |
legitimate {authorities,government}                                    | government | government | Russian/Iranian official usage
{assad's,al-assad's,assad} {army,forces,troops}                          | government | government | "Assad's forces"
{the ,}{syrian ,}{air force,airforce}                                  | government | government |
{syrian ,}state {force,troop,security}~                                | government | government |
=Damascus                                                              | government | government | the state; the city is switched off below
{in,near,outside,around,into,toward,towards,from,of,to,reach,reached,reaching,entered} Damascus | _ | | Damascus the city
Damascus to                                                            | _         |            | "connecting Damascus to Aleppo"
{visit,visits,visited,visiting,arrived in,arrive in,flew to} Damascus  | _         |            | the city
{assad's,the regime's,damascus's,syria's,the government's} {main ,key ,closest ,staunchest ,strongest ,}{ally,allies,backer,backers} | _ | | Russia or Iran described, not an opposition ally
Damascus countryside                                                   | _         |            | a place
# --- government: names -------------------------------------------------------
{bashar ,}{al-,}assad{'s,}                                              | name      | government | the president named
=SAA                                                                   | name      | government |
{Bashar,Basharal} {al-,}Asad                                           | name      | government | spelling
{Maher al-Assad,Maher Assad}                                           | name      | government |
# --- kurdish -----------------------------------------------------------------
{PKK,YPG,PYD,SDF}                                                      | name      | kurdish    |
PKK/YPG{ organi{s,z}ation,}                                            | name      | kurdish    | Turkish official usage; see decision log
Syrian Democratic Forces                                               | name      | kurdish    |
Kurdistan Workers' Party                                               | name      | kurdish    |
{PKK,YPG,PKK/YPG,PKK-YPG} terror{ist,} {group,organi{s,z}ation}~       | terrorist | kurdish    | "terrorist organisation" said of the PKK/YPG
{kurdish,kurdish-led} {force,fighter,troop,unit}~                      | forces    | kurdish    |
{kurdish,kurdish-led} {militia,militant,group}~                        | militia   | kurdish    |
{kurdish-led ,}{SDF,YPG} {force,forces}                                 | forces    | kurdish    |
kurdish-led {SDF,YPG} {militia,militias,fighter,fighters}               | militia   | kurdish    |
{PKK,YPG,PKK/YPG,YPG/PKK,PYD,SDF/YPG,PYD/YPG} {terrorist,terrorists} | terrorist | kurdish | Turkish official usage
{PKK,YPG,PKK/YPG,YPG/PKK,PYD,SDF,SDF/YPG,PYD/YPG} {militant,militants,militia,militias,fighter,fighters} | militia | kurdish | the Kurdish categories are coarser (codebook section 1)
{YPG/PKK,PYD/YPG,SDF/YPG} terror{ist,} {group,organi{s,z}ation}~       | terrorist | kurdish    |
{kurdish ,}{people's protection units,women's protection units}       | name      | kurdish    |
{kurdish-led,us-backed,u.s.-backed} syrian democratic forces            | name      | kurdish    |
{u.s.-backed,us-backed,american-backed} {syrian ,kurdish ,}{militia,militias} | militia | kurdish | SDF in the north-east
# --- foreign -----------------------------------------------------------------
{russian,iranian,turkish,american,u.s.,us,israeli} {force,troop,soldier,army,military,warplane,aircraft,jet,drone}~ | forces | foreign |
{pro-iranian,iran-backed,iranian-backed,pro-iran,iran-aligned} {force,militia,fighter,group}~ | militia | foreign | proxy framing
{russian,iranian,turkish,american,u.s.,us,israeli,british,french,western} officials | government | foreign |
kremlin                                                                | government | foreign   |
{Hezbollah,Hizbollah,Hizballah}                                        | name      | foreign    |
{hezbollah,hizbollah,hizballah} {terrorist,terrorists,terror group,terrorist group,terror organi{s,z}ation,terrorist organi{s,z}ation} | terrorist | foreign | Israeli and US usage
{iran's,tehran's} {proxy,proxies}                                      | militia   | foreign    |
lebanese {proxy,proxies,ally,allies}                                   | militia   | foreign    | "its Lebanese proxy Hezbollah"
iraqi {ally,allies}                                                    | militia   | foreign    |
{the ,}times of israel                                                 | _         |            | a newspaper, not the state
{proxies,proxy forces} of {iran,tehran}                                | militia   | foreign    |
{axis of resistance,resistance axis,the axis of resistance,iran's axis} | name      | foreign    |
{turkish ,}occupation army                                             | forces    | foreign    | Kurdish usage for the Turkish army
the terrorist {PKK,YPG,PKK/YPG,YPG/PKK,PYD,SDF}                         | terrorist | kurdish    | Turkish official usage
{hezbollah,hizbollah,iranian,russian,turkish,afghan,iraqi,pakistani} {fighter,militia,militant,mercenar{y,ies},proxy,proxies}~ | militia | foreign |
{iran's ,}{revolutionary guard,revolutionary guards,irgc,quds force}  | forces    | foreign    |
{russian,iranian,turkish,american,u.s.,us,israeli} {air force,airstrike,airstrikes,strike,strikes,bombing,bombers,military police} | forces | foreign |
{shia,shiite} {militia,militias}                                       | militia   | foreign    | Iran-backed militias in Syria
{militia,militias,fighters,groups,factions,proxies} {backed,supported,funded,armed,sponsored} by {iran,tehran,the iranian government,the irgc,hezbollah} | militia | foreign | militias by who backs them
{militia,militias} {backed,supported,funded,armed} by {the us,the u.s.,the united states,washington,the americans} | militia | kurdish | the SDF in the north-east
{militia,militias,fighters} {backed,supported,funded,armed} by {turkey,türkiye,ankara} | fighter | opposition | Turkish-backed factions
{Fatemiyoun,Fatemiyoun Brigade,Zainabiyoun,Zainabiyoun Brigade,Liwa Fatemiyoun,Liwa Zainabiyoun,Kataib Hezbollah,Nujaba,Harakat al-Nujaba} | name | foreign | Iran-backed militias
{wagner,wagner group,wagner mercenaries,africa corps}                   | forces    | foreign    | Russian private military
{russian,iranian,turkish,american,us,u.s.,israeli} {military advisers,military advisors,advisers,advisors,special forces,marines,personnel} | forces | foreign |
{iran's,iranian,iran-backed} {sectarian,shiite,shia} {militia,militias}  | militia | foreign |
{russian,iranian,turkish} {friendly,allied} {forces,troops}            | forces    | foreign    |
{turkish,turkey's,erdogan,erdogan's,israeli,zionist,american,us,u.s.} regime | government | foreign | "Turkish regime" (Syrian state usage)
{turkish,turkey's,türkiye's,russian,russia's,iranian,iran's,us,u.s.,american,israeli} {foreign,defen{c,s}e} {minister,ministry} | government | foreign |
{the ,}{state department,pentagon,white house}                        | government | foreign    |
{lebanese,iraqi,jordanian,british,french} {army,military}             | forces    | foreign    | other states' armies are not the Syrian army
{lebanese,iraqi,jordanian,turkish,israeli,russian,iranian,american,british,french} armed forces | forces | foreign |
{turkish,turkey's,türkiye's,russian,russia's,iranian,iran's,us,u.s.,american,israeli,israel's,lebanese,lebanon's,iraqi,jordanian,british,french,western} government | government | foreign | other states' governments
{iranian,iran's,tehran's,russian,russia's,putin's,putin} regime       | government | foreign    | delegitimising another state
{russian ,}{aerospace forces,vks}                                     | forces    | foreign    |
{turkish,israeli,russian,american,us,u.s.,iranian} occupation{ forces,} | forces | foreign |
{turkey,syria,iraq,lebanon,jordan,israel}-{syria,turkey,turkish,syrian,iraq,iraqi,lebanon,lebanese,jordan,jordanian,israel} {border,frontier,crossing} | _ | | a place
{turkish-backed,turkey-backed} {syrian national army,sna}              | name      | opposition |
{Russia,Iran,Turkey,Türkiye,Turkiye,America,Israel,Moscow,Tehran,Ankara,Washington} | name | foreign |
{United States,United Kingdom}                                        | name      | foreign    |
={U.S.,US,USA,UK}                                                      | name      | foreign    |
{the west,western nations,western countries,western powers}           | name      | foreign    |
