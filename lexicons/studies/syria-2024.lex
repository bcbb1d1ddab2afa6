# The syria-2024 study (codebook sections 1-8 and 9.3): the parties of the Syrian war and
# the names, phrases and decisions that belong to its coverage.  Generic label words
# (terrorists, rebels, the army, regime ...) come from the shared vocabulary
# (lexicons/labels.lex); this file adds Syria's names and phrases and keeps the v1
# decisions.  Format: lexicons/studies/README.md.
name: syria-2024
type: study
version: 2.0.0
description: The Syrian war, as covered around the November-December 2024 HTS offensive: armed opposition, the Syrian state under Assad, Kurdish-led forces and foreign states.
codebook: 1, 9.3
licence: CC-BY-4.0
party: opposition | non-state | The armed opposition (HTS, its former names, allied and Turkish-backed factions)
party: government | state | The Syrian state under Assad
party: kurdish | non-state | Kurdish-led forces (SDF, YPG, PKK) | militia forces
party: foreign | state | Foreign states and their forces or proxies | terrorist militia forces
default: non-state | opposition
default: state | government
headline: opposition government
trend: opposition jihadist
kwic: opposition terrorist
reference: Codebook v1, section 1, and v2, section 9 (shared/codebook.md).
decision: Kinds and categories of the v1 parties are unchanged: opposition non-state, government state; kurdish and foreign keep their coarser categories (militia, forces; terrorist for foreign), declared as extra categories of those parties.
decision: Generic label words come from the shared vocabulary and name the default party of their kind (opposition for non-state words, government for state words) unless the phrase or a name next to them names another party (codebook 9.2). v2 changes from v1: "freedom fighters" is resistance (was rebel); other categories unchanged.
decision: A generic label (terrorist, militant, fighter or militia words ...) that describes a Kurdish name just before it (apposition, relative clause, copula) names the Kurdish actor: "the YPG, which Ankara calls a terrorist organisation" (codebook 9.2 rule 2, general for every party's names).
decision: "military" is a label only as a noun with a determiner or "Syrian" ("the military", "Syrian military"); "military hardware", "military sites" are not labels.
decision: "Damascus" is the state (government) except after place prepositions and in "Damascus to" (the city); see the stop entries.
decision: Proper names (HTS, Assad, SDF, Hezbollah) are category name: detected, but not counted in label shares.
decision: "forces" alone is not a label; it becomes one with the word before it (government, regime, opposition, allied, Russian, Kurdish-led ...), each listed as a phrase.
decision: "US-backed (Syrian) militias" in coverage of north-east Syria name the SDF: kurdish militia.
decision: An aircraft word with a party's adjective ("Russian warplanes", "Syrian jets") names who acts and stays a label (forces, or government for the Syrian state), as in every v1 gold set; bare "warplanes", "jets", "aircraft" are weapons, not labels (shared vocabulary).
decision: Capitals of foreign states ("Tehran", "Ankara", "Moscow") are name mentions of foreign in this study (v1), while "Damascus" for the state is a government label; foreign capitals are not in the headline scope.
decision: Affiliation with a designated terrorist group ("al-Qaeda affiliate", "al-Qaeda-linked") is a terrorist label of the opposition.

[entries]
pattern                                                                | category  | target     | note
# --- opposition: terrorist ---------------------------------------------------
{al-Qa{e,i}da,ISIS,Nusra}-{linked,aligned,inspired} {group,faction,militant,fighter,rebel,jihadist}~ | terrorist | opposition |
former al-Qa{e,i}da {affiliate,branch,franchise,offshoot}~             | terrorist | opposition |
{ex-,former }{al-Qa{e,i}da,Nusra}                                      | terrorist | opposition | "ex-al-Qaeda"
{turkish-backed,turkey-backed,foreign} {mercenary,mercenaries}         | terrorist | opposition | Kurdish and Syrian state usage
al-Qa{e,i}da {affiliate,offshoot,branch,franchise,ally}~               | terrorist | opposition | affiliation with a designated group
al-Qa{e,i}da-{linked,aligned,inspired,backed}        | terrorist | opposition |
{affiliate,offshoot,branch,franchise} of al-Qa{e,i}da                  | terrorist | opposition | "an affiliate of Al Qaeda"
al-Qa{e,i}da's former Syria{n,} {branch,affiliate,franchise}           | terrorist | opposition |
{aligned,affiliated,linked,tied,connected} {with,to} al-Qa{e,i}da     | terrorist | opposition |
# --- opposition: jihadist ----------------------------------------------------
# --- opposition: militant ----------------------------------------------------
# --- opposition: rebel -------------------------------------------------------
{the armed,the syrian,the} opposition                                  | rebel     | opposition | the opposition as actor
anti-{regime,government,assad}                                         | rebel     | opposition |
anti-{regime,government,assad} {armed ,}{group,force,faction,fighter,rebel,militia,coalition}~ | rebel | opposition | "anti-regime armed groups"
{fighters,forces,factions,sons} of the {syrian ,}revolution           | rebel     | opposition |
{syrian,armed} opposition                                              | rebel     | opposition |
sunni {rebel,rebels}                                                   | rebel     | opposition | a sectarian word alone does not make a label jihadist
{hts-led,islamist-backed,turkish-backed,turkey-backed} {rebel,rebels,opposition}~ | rebel | opposition |
# --- opposition: fighter -----------------------------------------------------
{allied,turkish-backed,turkey-backed} {force,group,faction,fighter,militia}~ | fighter | opposition |
HTS-led {force,group,faction,fighter,alliance,coalition,offensive}~    | fighter   | opposition |
{uk,us,u.s.,london,beirut,britain,damascus,istanbul,doha}-based        | _         |            | "UK-based monitor": a place, not a party
{america,united states,the us,the u.s.,russia,iran,turkey,türkiye,moscow,washington,tehran,ankara,the west,nato,israel} and {its ,it's ,their ,}{ally,allies} | name | foreign | "America and its allies"
{western,american,u.s.,us,russian,iranian,turkish,nato} allies         | name      | foreign    |
{armed ,}{group,groups,faction,factions} {backed,supported} by {turkey,türkiye,ankara} | fighter | opposition |

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
{the ,}{syrian ,assad ,}regime {force,troop,soldier,army,militia,fighter}~ | regime | government | "Syrian regime forces"
{syrian,assad,assad's,al-assad's,damascus} regime                      | regime    | government | "the Assad regime", "Assad's regime"
{the ,}{assad ,}regime's {force,troop,army,soldier,militia}~           | regime    | government |
{regime,assad} {loyalist,loyalists}                                    | loyalist  | government |
{assad's,assad,al-assad's} {militia,militias}                             | loyalist  | government | proxy framing
{assad's,assad,regime's,regime,al-assad's} {gang,gangs,thugs,henchmen,criminals} | regime | government | criminalising
{the ,}regime in damascus                                              | regime    | government |
{assad's,assad,al-assad's} {brutal,criminal,murderous,barbaric} regime  | regime    | government |
# --- government: loyalist ----------------------------------------------------
pro-{regime,government,assad,damascus}                                 | loyalist  | government | loyalty framing
pro-{regime,government,assad} {force,militia,fighter,troop,group,gunmen}~ | loyalist | government |
{troops,forces,soldiers,fighters,militias,units} loyal to {syrian ,}{president ,}{bashar ,}{al-,}assad | loyalist | government | "troops loyal to Assad"
{troops,forces,soldiers,fighters,militias,units} loyal to {the government,the regime,damascus} | loyalist | government |
{loyalist,loyalists,shabiha,shabbiha}                                  | loyalist  | government |
pro-{regime,government,assad} {gunman,paramilitar{y,ies}}~              | loyalist  | government |
{national defen{c,s}e forces,the NDF}                                  | loyalist  | government | pro-government militia
{tiger forces,the tiger forces,4th division,fourth division,4th armoured division,fourth armoured division,republican guard,the republican guard,25th special mission forces division} | government | government | Syrian army formations
{air force intelligence,the mukhabarat,mukhabarat,syrian military intelligence,syrian intelligence,syrian security services,syrian intelligence services} | government | government | Syrian security apparatus
# --- government: government --------------------------------------------------
{syrian ,}government {force,troop,soldier,army,unit,aircraft,warplane}~ | government | government | "Syrian government forces"
{syrian,assad,assad's} government                                      | government | government |
{the ,syrian ,syria's }{army,military}                                 | government | government | "the Syrian army" (bare "military" is an adjective)
the syrian arab army                                                   | government | government |
{syrian arab army,the SAA}                                             | government | government |
{syrian ,}military force~                                              | government | government |
syrian {troops,soldiers,armed forces,forces,warplanes,aircraft,jets}  | government | government | "Syrian forces"
{the syrian ,the ,}armed forces                                       | government | government |
{syria's ,the ,}{defen{c,s}e,interior,foreign} ministry                | government | government |
{the ,}ministry of {defen{c,s}e,interior,foreign affairs}              | government | government |
{syria's ,syrian ,the ,}{foreign,defen{c,s}e,interior,information} minister~ | government | government |
general command of the {syrian ,}{army,armed forces,army and armed forces} | government | government |
government of syria{ forces,}                                          | government | government | UN usage
{syrian ,}{army,military} {statement,source,sources}~                  | _ | | "a military source": a description of the source (sources lexicon), not a label
syrian military {weapon,weapons,depot,equipment,hardware,site,target,position,base,vehicle,action,operation,facility,airport,airbase,installation,convoy,court,aircraft,helicopter,jet,plane}~ | _ | | adjective: a thing of the military, not the party
government {building,office,institution,headquarters,property,facility,employee,service,official,minister,ministry,spokesman,statement,source,media}~ | _ | | adjective: a thing or person of the state

{syrian ,}security forces                                              | government | government |
{the ,}{syrian ,}{arab ,}army's                                        | government | government |
{syrian ,}president {bashar ,}{al-,}assad{'s,}                         | government | government | "President Bashar al-Assad"
{syrian ,}president {bashar ,}{al-,}assad's {force,troop,army}~        | government | government |
the syrian president                                                   | government | government |
{syrian state media,syrian government media}                          | _         |            | a source type, counted in sources
{the syrian state,the assad government,the syrian authorities,syrian authorities} | government | government |
{the ,}{legitimate ,}{syrian ,}{government,authorities} in damascus    | government | government |
{assad's,al-assad's,assad} {army,forces,troops}                          | government | government | "Assad's forces"
{the ,}{syrian ,}{air force,airforce}                                  | government | government |
{syrian ,}state {force,troop,security}~                                | government | government |
=Damascus                                                              | government | government | the state; the city is switched off below
{in,near,outside,around,into,toward,towards,from,of,to,reach,reached,reaching,entered} Damascus | _ | | Damascus the city
Damascus to                                                            | _         |            | "connecting Damascus to Aleppo"
{take,takes,took,taken,taking,capture,captures,captured,capturing,seize,seized,seizing,storm,stormed,fall of,fell,control of,streets of,outskirts of,suburbs of,gates of} Damascus | _ | | | Damascus the city
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
{National Front for Liberation}                                        | name      | opposition | Turkish-backed coalition
