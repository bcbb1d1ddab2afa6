# The shared label vocabulary (codebook sections 1 and 9): label words and phrases used
# for the parties of any conflict, with the KIND of party they name (state / non-state)
# and their category.  Which party a label names is decided by the study (codebook 9.2;
# lexicons/studies/*.lex, framing/targets.py): a party's adjective or name in the phrase,
# a party named next to the label (apposition, relative clause, copula), else the study's
# default for that kind, else unresolved.
# Columns: pattern | category | target (a kind) | kind (bound) | note.  Syntax: lexicons/README.md.
name: labels
version: 2.1.0
description: Words and phrases that name or characterise the parties to an armed conflict, with the kind of party they name and how they frame it; shared by every study.
codebook: 1, 9
licence: CC-BY-4.0
categories: terrorist jihadist militant resistance rebel fighter regime occupier loyalist government militia forces name
targets: non-state state
kinds: bound
precedence: terrorist > jihadist > militant > resistance > rebel > fighter > regime > occupier > loyalist > government > militia > forces > name
family: non-state | terrorist > jihadist > militant > resistance > rebel > fighter
family: state | regime > occupier > loyalist > government
crosswalk: terrorist -> regime
crosswalk: jihadist -> regime
crosswalk: militant -> regime
crosswalk: resistance -> government
crosswalk: rebel -> government
crosswalk: fighter -> government
crosswalk: regime -> terrorist
crosswalk: occupier -> militant
crosswalk: loyalist -> fighter
crosswalk: government -> fighter
merge: adjacent
reference: Codebook v2, sections 1 and 9 (shared/codebook.md).
reference: Entman, R. M. (1993). Framing: Toward clarification of a fractured paradigm. Journal of Communication 43(4), 51-58.
reference: Baker, P., Gabrielatos, C., Khosravinik, M., Krzyzanowski, M., McEnery, T. & Wodak, R. (2008). A useful methodological synergy? Combining critical discourse analysis and corpus linguistics to examine discourses of refugees and asylum seekers in the UK press. Discourse & Society 19(3), 273-306.
decision: A phrase is one match and takes the category of its most marked word (precedence line); phrases are listed whole ("armed terrorist organisations") so that the longest phrase wins over its parts.
decision: Label words that stand next to each other and name the same kind of party form one phrase (merge: adjacent): "extremist mercenaries" is one terrorist label. Names and adjectives never merge; a party's adjective before a label joins the label's span ("Israeli troops") in the target stage.
decision: The target column holds the KIND of party a word names (non-state: armed groups and movements; state: a government and its forces). The study resolves the party (codebook 9.2) and reports unresolved labels as target null.
decision: A label tied to a party of the other kind by rule 1 or 2 (codebook 9.2) takes the category its word has for that kind (crosswalk lines): criminalising or ideological words for a state's forces ("Ukrainian militants", "Israeli terrorists") are regime; legitimising or descriptive words for a state (resistance, rebels, fighters) are government; for a non-state party "regime" is terrorist (delegitimising), "occupier" militant, "loyalist" and "government" fighter (descriptive).
decision: Entries of kind "bound" are labels only when their phrase names a party (an adjective or name next to them): "Israeli forces", "Russian units", "Hamas forces"; bare "forces" or "units" is not a label.
decision: "Armed" alone does not make a phrase militant: "armed rebel groups" and "anti-regime armed groups" are rebel; "armed groups" with no political word is militant.
decision: "military" is a label only as a noun with a determiner or a party's adjective ("the military", "Israeli military"); "military hardware", "military sites" are not labels.
decision: Bare "opposition" is not a label ("strong opposition to"); "the opposition", "opposition fighters/groups/forces" are.
decision: resistance (v2): legitimising words that cast armed struggle as defence or liberation: the resistance, resistance fighters/movement, freedom fighters, liberation forces, mujahideen. Bare "resistance" is a label only with a party in its phrase ("Palestinian resistance", "the Hamas resistance movement"); "retreated without resistance", "met little resistance" describe fighting. "Freedom fighters" was rebel in v1 and is resistance in v2.
decision: occupier (v2): occupiers, occupation forces/army/troops, the occupation (as actor), invaders, invading forces/army.
decision: regime (v2) also covers "junta" and "entity" used for a state (study phrases such as "Zionist entity").
decision: "the group", "the movement", "the organisation" are anaphora for a non-state party (fighter): resolved by the study's default or an adjacent name.
decision: 2.1.0 (russia-ukraine-2022 gold): "the General Staff", "the National Police", "the Ministry of Internal Affairs", "airmen", "the enemy" (regime) and "collaborators" (loyalist) are bound state words: labels with a party in the phrase ("the Israeli enemy"); alone they are dropped where a study has a default for state labels and unresolved where it has none. "state of emergency" is not the state.

[entries]
pattern                                                                | category  | target    | kind  | note
# --- non-state: terrorist -----------------------------------------------------
terrorist~                                                             | terrorist | non-state |       | criminalising noun
{armed ,}terrorist {group,organi{s,z}ation,faction,militia,outfit,network,cell,element,force,fighter,militant}~ | terrorist | non-state | | "armed terrorist organisations"
terror {group,organi{s,z}ation,outfit,network,cell}~                   | terrorist | non-state |       |
terrorist {attack,act,threat,designation,list,financing,charge,activity,activities}~ | _ | | | describes an act or a listing, not a party (frames lexicon counts it)
{terror {militia,militias,army,armies,gang,gangs,militant,militants,fighters,elements},terrorist {army,armies,gang,gangs,mercenaries,hordes}} | terrorist | non-state | |
{foreign terrorist,jihadist terrorist,islamist terrorist}~             | terrorist | non-state |       |
{designated,listed,proscribed} {terrorist,terror} {group,organi{s,z}ation,entity}~ | terrorist | non-state | |
terrorist entit{y,ies}                                                 | terrorist | non-state |       |
{mercenaries,mercenary}                                                | terrorist | non-state |       | state usage for hired or foreign fighters; studies re-target it
{foreign} {mercenary,mercenaries}                                      | terrorist | non-state |       |
{bandit,bandits,thugs,death cult,death cults}                          | terrorist | non-state |       | criminalising
terror {operative,operatives,proxy,proxies,squad,squads}  | terrorist | non-state |   | "terror operatives", "Iran's terror proxies"
# --- non-state: jihadist ------------------------------------------------------
{jihadist,jihadi}~                                                     | jihadist  | non-state |       | religious-ideological
{salafi ,salafi-,}{jihadist,jihadi} {group,faction,force,fighter,militant,organi{s,z}ation,rebel,movement,coalition,alliance}~ | jihadist | non-state | | "Salafi jihadist group"
salafi-jihadist~                                                       | jihadist  | non-state |       |
islamist~                                                              | jihadist  | non-state |       |
{radical ,hardline ,}islamist {group,faction,force,fighter,militant,rebel,insurgent,militia,organi{s,z}ation,movement}~ | jihadist | non-state | |
islamic {faction,group,militant,militia}~                              | jihadist  | non-state |       | "a merger of several Islamic factions"
{extremist,takfiri}~                                                   | jihadist  | non-state |       |
{extremist,takfiri,radical} {group,faction,force,fighter,militant,organi{s,z}ation,militia}~ | jihadist | non-state | |
takfiri terrorist~                                                     | terrorist | non-state |       |
{jihadist,jihadi,islamist,extremist,salafi,radical} {ambition,ideology,agenda,goal,aim,project,doctrine,thought,vision,rhetoric,propaganda,roots,past,origins}~ | _ | | | describes ideas, not a party
{islamist-led,jihadist-led,islamist-dominated,jihadist-dominated}      | jihadist  | non-state |       |
{islamist,jihadist}-led {rebel,rebels,alliance,coalition,offensive,forces,groups}~ | jihadist | non-state | |
{hardline,hardliner,hardliners} {islamist,islamists}                   | jihadist  | non-state |       |
# --- non-state: militant ------------------------------------------------------
militant~                                                              | militant  | non-state |       | security framing
{foreign ,}militant {group,faction,force,fighter,organi{s,z}ation,stronghold,headquarters,wing,movement}~ | militant | non-state | |
militant-{controlled,held,led,run}                                     | militant  | non-state |       |
armed {group,men,gang,faction,element}~                           | militant  | non-state |       | "armed" with no political word
{gunman,gunmen,insurgent~}                                             | militant  | non-state |       |
insurgent {group,faction,force,fighter}~                               | militant  | non-state |       |
{insurgency,insurgencies}                                              | _         |           |       | the phenomenon, not a party
{gang,gangs,militiamen,armed gunmen,armed militiamen}                  | militant  | non-state |       |
{illegal ,}armed formations                                            | militant  | non-state |       | Russian official usage
{sunni ,}militant {insurgent,islamist}~                                | militant  | non-state |       |
{militia,militias}                                                     | militant  | non-state |       | irregular armed groups
paramilitar{y,ies}                                                     | militant  | non-state |       |
# --- non-state: resistance (v2) ------------------------------------------------
the resistance                                                         | resistance | non-state |      | the resistance as actor
resistance                                                             | resistance | non-state | bound | "Palestinian resistance", "Hamas resistance"; bare "resistance" is fighting ("met little resistance")
resistance {fighter,group,faction,movement,force,organi{s,z}ation,brigade,unit,commander,leader,member}~ | resistance | non-state | |
armed resistance {movement,group,faction}~                             | resistance | non-state |      |
{the ,}resistance {to,against}                                         | _          |           |      | "resistance to the plan": opposition to something, not an actor
{freedom fighter,liberation fighter,liberation army,liberation force,liberation movement}~ | resistance | non-state | | legitimising
{mujahideen,mujahedeen,mujahidin,mujahid}                                | resistance | non-state |      | in praise (codebook 9.1)
{martyr,martyrs}                                                       | _          |           |      | the dead, not a party
# --- non-state: rebel -----------------------------------------------------------
rebel~                                                                 | rebel     | non-state |       | political contestation
{armed ,}rebel {group,faction,force,fighter,coalition,alliance,troop,unit,commander,leader,army,movement}~ | rebel | non-state | |
rebel {assault,offensive,advance,attack}~                              | rebel     | non-state |       | the rebels' action names them
rebel-{held,controlled,led,run}                                        | rebel     | non-state |       |
{armed ,}opposition {fighter,group,force,faction,militia,rebel,coalition,alliance,troop,army}~ | rebel | non-state | |
{the armed,the} opposition                                             | rebel     | non-state |       | the opposition as actor
armed opposition                                                       | rebel     | non-state |       |
opposition-{held,controlled,led}                                       | rebel     | non-state |       |
anti-{regime,government}                                               | rebel     | non-state |       |
anti-{regime,government} {armed ,}{group,force,faction,fighter,rebel,militia,coalition}~ | rebel | non-state | | "anti-regime armed groups"
anti-{government,regime} insurgent~                                    | rebel     | non-state |       |
{revolutionaries,revolutionary forces}                                 | rebel     | non-state |       |
revolutionary {faction,fighter,group,brigade,battalion,army,movement}~ | rebel     | non-state |       |
{fighters,forces,factions,sons} of the revolution                      | rebel     | non-state |       |
insurgent army                                                         | rebel     | non-state |       |
{the ,}{rebellion,uprising}                                            | _         |           |       | events, not a party
{separatist,separatists}                                               | rebel     | non-state |       | secession: political contestation
separatist {group,force,fighter,militia,leader,commander,army,formation,unit,movement}~ | rebel | non-state | |
# --- non-state: fighter ------------------------------------------------------
fighter~                                                               | fighter   | non-state |       | descriptive
{fighter jet,fighter jets,fighter plane,fighter planes,fighter aircraft,fighter-bomber,fighter-bombers} | _ | | | aircraft, not a party
combatant~                                                             | fighter   | non-state |       |
outfit~                                                                | fighter   | non-state |       | "the outfit"
attacker~                                                              | fighter   | non-state |       | "the attackers"
{the,these,those} group~                                               | fighter   | non-state |       | anaphora for the armed group(s)
{the,this} {movement,organi{s,z}ation}                                 | fighter   | non-state |       | anaphora
{rival ,}faction~                                                      | fighter   | non-state |       |
{the ,}{attacking,advancing} {force,forces,fighters,groups}            | fighter   | non-state |       |
armed wing                                                             | militant  | non-state |       | "its armed wing": "armed" with no political word (codebook section 1)
{brigade,brigades}                                                     | fighter   | non-state | bound | "al-Qassam Brigades" is a name; "Hamas brigades"
{allied,turkish-backed,turkey-backed} {force,group,faction,fighter,militia}~ | fighter | non-state | |
{ally,allies}                                                          | fighter   | non-state |       | "HTS and its allies"; allied states are switched off below
{allied,allies of} {rebel,opposition,jihadist,islamist} {group,faction,fighter,force}~ | rebel | non-state | | the more marked word decides: "allied rebel groups"
{its,their,his} {main,key,closest,staunchest,strongest,regional,western} {ally,allies,backer,backers} | _ | | | "its closest allies": states described, not armed groups
{main ,key ,closest ,staunchest ,strongest ,regional ,western ,nato ,}{ally,allies} of | _ | | | "an ally of Turkey"
# --- state: regime --------------------------------------------------------------
regime                                                                 | regime    | state     |       | delegitimising
regime {force,troop,soldier,army,militia,fighter}~                     | regime    | state     |       | "regime forces"
{the ,}regime's {force,troop,army,soldier,militia}~                    | regime    | state     |       |
regime-{held,controlled,run,led}                                       | regime    | state     |       |
regime {loyalist,loyalists}                                            | loyalist  | state     |       |
{regime's,regime} {gang,gangs,thugs,henchmen,criminals}                 | regime    | state     |       | criminalising
{brutal ,}{dictator,dictators,dictatorship,tyrant,tyrants,tyranny}     | regime    | state     |       |
{criminal,murderous,brutal,barbaric,fascist,apartheid,terrorist,puppet,illegitimate} regime | regime | state | | value-laden regime phrases
{junta,juntas}                                                         | regime    | state     |       | codebook 9.1
regime {media,prisons,prison,era,collapse,fall,archives,change}~ | _ | | | a thing or time of the regime, not the actor (but "regime offensive", "militant positions" name whose action or positions: labels, as "militant-controlled" in codebook section 1)
# --- state: occupier (v2) -------------------------------------------------------
{occupier,occupiers,occupant,occupants}                                | occupier  | state     |       | codebook 9.1
{occupation force,occupation forces,occupation army,occupation troops,occupation soldier,occupation soldiers,occupation authorities,occupation authority,occupation reinforcements,occupation units} | occupier | state | |
{occupying force,occupying forces,occupying army,occupying power,occupying troops} | occupier | state |   |
{invader,invaders}                                                     | occupier  | state     |       |
{invading force,invading forces,invading army,invading troops,invasion force,invasion forces,invasion army} | occupier | state | |
{aggressor,aggressors}                                                 | occupier  | state     |       | casts a state's forces as an illegitimate foreign presence
the occupation                                                         | occupier  | state     |       | the occupation as actor ("the occupation bombed"); the condition is switched off below
{end,ending,under,against,years of,decades of,resist,resisting} the occupation | _ | | | the condition, not an actor
# --- state: loyalist -------------------------------------------------------------
pro-{regime,government}                                                | loyalist  | state     |       | loyalty framing
pro-{regime,government} {force,militia,fighter,troop,group,gunmen,gunman,paramilitar{y,ies}}~ | loyalist | state | |
{troops,forces,soldiers,fighters,militias,units} loyal to {the government,the regime} | loyalist | state | |
{loyalist,loyalists}                                                   | loyalist  | state     |       |
loyalist {force,militia,fighter,troop,gunman,gunmen,paramilitar{y,ies}}~ | loyalist | state     |       |
government loyalists                                                   | loyalist  | state     |       |
{proxy,proxies,proxy force,proxy forces}                               | loyalist  | state     | bound | "Iran's proxies": the backer's proxy framing
# --- state: government -----------------------------------------------------------
government                                                             | government | state    |       | institutional, neutral
government {force,troop,soldier,army,unit,aircraft,warplane}~          | government | state    |       | "government forces"
government-{held,controlled,run,led,allied}                            | government | state    |       |
{the ,}army                                                            | government | state    |       | "the army"
the military                                                           | government | state    |       | bare "military" is an adjective
military                                                               | government | state    | bound | "Israeli military"
{army troops,army units}                                               | government | state    |       |
army {statement,source,sources,spokesman,spokeswoman,spokesperson,official,officials,chief,chiefs,officer,officers,commander,commanders,general,generals,defector,defectors,deserter,deserters}~ | _ | | | persons of an army: sources, not the party ("military ..." in the next line): sources or places, not the party
military {weapon,weapons,depot,equipment,hardware,site,target,position,base,vehicle,action,operation,facility,airport,airbase,installation,convoy,court,aircraft,helicopter,jet,plane,aid,assistance,support,analyst,analysts,expert,experts,intelligence,spending,budget,campaign,offensive,escalation,pressure,service,exercise,exercises,drill,drills,command,commander,commanders,leader,leaders,leadership,power,might,presence,infrastructure,targets,objective,objectives,strategy,strikes,strike,activity,activities,victory,defeat,situation,cooperation,ties,means,solution,option,options,capabilities,capability,history,parade,academy,intervention,operations,withdrawal,buildup,build-up,personnel,facilities,bases,sites,positions,installations,statement,source,sources,spokesman,spokeswoman,spokesperson,official,officials,chief,chiefs,officer,officers,general,generals,defector,defectors}~ | _ | | | adjective: a thing of the military, not the party
{troops,soldiers}                                                      | government | state    |       | bare "troops" (codebook)
{paratroopers,reservist,reservists,sniper,snipers,commandos,ground forces,ground troops,armo{u,}red forces,infantry,infantrymen,tank crews,marines,special forces} | government | state | | a state's units and soldiers
{the ,}administration                                                  | government | state    | bound | "the US administration", "the Biden administration"
{soldier}                                                              | government | state    |       |
{force,forces,unit,units,personnel,servicemen,servicemembers,contingent,airmen}  | government | state | bound | "Israeli forces", "Russian units"; bare "forces" is not a label
{the ,}general staff                                                   | government | state    | bound | "Ukraine's General Staff"
{the ,}{national police,ministry of internal affairs}                  | government | state    | bound |
{the ,}enemy                                                           | regime     | state    | bound | "the Israeli enemy"; bare "the enemy" only where a study has no default to guess with
{collaborator,collaborators}                                           | loyalist   | state    | bound | those who work with an occupying state
state of {emergency,war,siege,alert}                                   | _          |          |       |
{the ,}armed forces                                                    | government | state    |       |
{defen{c,s}e,interior,foreign} ministry                                | government | state    |       |
{the ,}ministry of {defen{c,s}e,interior,foreign affairs}              | government | state    |       |
the ministry                                                           | government | state    |       |
{the ,}{foreign,defen{c,s}e,interior,information} minister~      | government | state    |       |
the minister                                                           | government | state    |       |
{the ,}{president,prime minister,cabinet,presidency}                   | government | state    | bound | "the Ukrainian president": only with a party named
{the ,}{air force,airforce,navy}                                       | government | state    |       |
{the ,}security forces                                                 | government | state    |       |
state {force,troop,security}~                                          | government | state    |       |
{the ,}state                                                           | government | state    | bound | "the Israeli state"
{the ,}authorities                                                     | government | state    | bound | "Russian authorities"; bare "the authorities" is not tied to a party
{officials,official}                                                   | _          |          |       | persons speaking for a state: sources, not labels
government {building,office,institution,headquarters,property,facility,employee,service,official,minister,ministry,spokesman,statement,source,media,offensive}~ | _ | | | adjective: a thing or person of the state
{the ,}army's                                                          | government | state    |       |
legitimate {authorities,government}                                    | government | state    |       | official usage
{state media,state television,state tv,state news agency,state-run media,state-owned media} | _ | | | a source type, counted in sources
{warplane,warplanes,jets,helicopters,helicopter,drones,drone,aircraft,bombers} | _ | | | aircraft are weapons, not labels of a party
{the ,}west bank                                                       | _          |          |       | a place (studies may name "the West" as a party)
