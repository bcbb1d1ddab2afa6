# The russia-ukraine-2022 study (codebook section 9.3): Russia's full-scale invasion of
# Ukraine from 24 February 2022.  Generic label words come from the shared vocabulary
# (lexicons/labels.lex); this file names the parties, their adjectives and the phrases of
# this war's coverage across Russian state, Ukrainian, separatist, Western, Chinese and
# Central European outlets.  Format: lexicons/studies/README.md.
name: russia-ukraine-2022
type: study
version: 1.1.0
description: Russia's war against Ukraine from 24 February 2022: the Russian state, the Ukrainian state, the Donetsk and Luhansk separatist forces, other states.
codebook: 9.3
licence: CC-BY-4.0
party: russia | state | The Russian state and its forces (Wagner included)
party: ukraine | state | The Ukrainian state and its forces
party: separatists | non-state | Forces of the self-proclaimed Donetsk and Luhansk "people's republics"
party: foreign | state | Other states and their forces (NATO, the United States, Belarus ...)
default: non-state | separatists
headline: russia ukraine
trend: ukraine regime
kwic: russia occupier
reference: Codebook v2, section 9.3 (shared/codebook.md).
reference: Transliterations follow both Ukrainian (Kyiv, Kharkiv, Luhansk, Donbas) and Russian (Kiev, Kharkov, Lugansk, Donbass) spellings as used in English-language coverage.
decision: No default for generic state labels (both sides are states): "the army", "troops", "the government" alone are unresolved unless the phrase or a name next to them names the party (codebook 9.3).
decision: "Russian" and "Ukrainian" bind labels of any kind: "Ukrainian militants" and "Ukrainian nationalists" (Russian state usage) are ukraine, regime by the crosswalk; "Russian mercenaries" are russia.
decision: In this war, occupier words (occupiers, invaders, occupation forces, aggressors) and "orcs", "rashists" name Russia (study phrases); "Kyiv/Kiev regime", "the junta", "neo-Nazis", "Banderites", "punitive battalions", "nationalist battalions" name Ukraine (regime).
decision: "Kremlin", "Moscow" and "Kyiv/Kiev" used for the state are government labels (as "Damascus" in syria-2024); after place words they are the cities (stop entries).
decision: "pro-Russian" forces, militias and separatists are separatists; "Moscow-installed" and "Russian-installed" authorities are russia (the occupation administration).
decision: "foreign mercenaries" and "foreign fighters" are the foreign volunteers fighting for Ukraine: ukraine (regime for mercenaries, government for fighters/legion).
decision: Wagner is part of the Russian state's forces (codebook 9.3); "Wagner mercenaries" are russia (regime by the crosswalk).
decision: Officials' names are sources, not labels (1.1.0; the gold of this study codes them so): only the heads of state (Putin, Zelensky), the commanders of irregular forces (Prigozhin, Kadyrov) and the separatist leaders are party names; "President Vladimir Putin" is one government label (codebook section 1).
decision: Bound state words alone ("units", "servicemen", "the authorities", "the president") are unresolved labels in this study (1.1.0): it has no default for state labels, so they are not guessed but counted apart, as "the army" and "troops" (codebook 9.3). In studies with a state default they stay dropped.
decision: Seats and bodies of foreign states (White House, Pentagon, State Department, Congress) are government labels, as the Kremlin (1.1.0); "Western governments", Russian state usage "Western curators" are foreign government labels; "the People's Militia" is the separatists' own name for their formations (name).
decision: Things' origins are not parties: "US-supplied", "NATO-calibre", "U.S. military aid package"; "military bloggers" are commentators; "under the military control of" is a state of affairs; a "brigade commander" is a person, a source (1.1.0).
decision: Belarus, NATO and Western states are foreign; "allied forces" in separatist usage are the separatists and Russian forces together and are resolved by default (separatists).

[entries]
pattern                                                                | category  | target      | kind | note
# --- russia -----------------------------------------------------------------
{Russian,Russians'}                                                    | adjective | russia      | any  | demonym
={Russia,Russia's,Russia’s,RF}                                         | name      | russia      |      |
Russian Federation                                                     | name      | russia      |      |
{Vladimir Putin,Putin,Ramzan Kadyrov,Kadyrov}                          | name      | russia      |      | the head of state; Kadyrov commands forces (officials are sources, see the decisions)
{president,russian president,the russian president,russia's president} {vladimir putin,putin} | government | russia | | a title with the leader's name: one label (codebook section 1)
{Wagner,Wagner Group,Wagner group,PMC Wagner,Yevgeny Prigozhin,Prigozhin,Dmitry Utkin,Africa Corps,Akhmat,Akhmat special forces,Rosgvardia,FSB,GRU,Black Sea Fleet,Russian Aerospace Forces,VKS,Storm-Z,Storm Z} | name | russia | | Russian state forces and irregulars
{the ,}kremlin                                                         | government | russia     |      | the state
{the ,}kremlin's                                                       | government | russia     |      |
=Moscow                                                                | government | russia     |      | the state; the city is switched off below
{in,near,outside,around,into,toward,towards,from,of,to,over,on,reach,reached,hit,struck,targeted,visit,visited,visiting,arrived in,flew to,talks in,central,region,suburbs of} Moscow | _ | | | Moscow the city
Moscow {region,oblast,mayor,metro,airport,airports,residents,suburbs,streets,time,state university,exchange,court,city court,district court}~ | _ | | | the city
{Moscow-installed,Russian-installed,Kremlin-installed,Russia-installed,Moscow-appointed,Kremlin-appointed} {authorities,officials,official,administration,governor,leader,leaders,head,mayor} | government | russia | | the occupation administration
{occupier,occupiers,occupant,occupants}                                | occupier  | russia      |      | Ukrainian usage: always Russia in this war
{occupation force,occupation forces,occupation army,occupation troops,occupation authorities,occupation administration,occupying forces,occupying army} | occupier | russia | |
{invader,invaders,invading force,invading forces,invading army,invading troops,invasion force,invasion forces,invasion army} | occupier | russia | |
{aggressor,aggressors,aggressor state,aggressor country}               | occupier  | russia      |      |
{orc,orcs,rashist,rashists,ruscist,ruscists}                          | regime    | russia      |      | Ukrainian slang for Russian soldiers (dehumanising)
{war machine,putin regime,kremlin regime,moscow regime,russian regime,terrorist state} | regime | russia | | "Putin's war machine": the name and the label are two spans
{wagner,russian} {mercenary,mercenaries}                              | regime    | russia      |      | "Wagner mercenaries"
{the ,}special military operation                                      | _         |             |      | the war's Russian name, not a party
{russian ,}{conscripts,reservists,recruits,contract soldiers,convicts} | government | russia | | Russian servicemen
{ukrainian side,the ukrainian side}                                    | government | ukraine     |      | "the Ukrainian side" in statements
{russian side,the russian side}                                        | government | russia      |      |
{ukrainian command,the ukrainian command}                              | government | ukraine     |      |
{russian command,the russian command}                                  | government | russia      |      |
{ukrainian nationalist,nationalist} {regiment,regiments,units} | regime | ukraine | | Russian state usage
the ministry                                                           | _         |             |      | bare "the ministry": a source whose state only the context tells
re:\b(?:in|into|inside|across|throughout|of|to|from|eastern|western|southern|northern|central|occupied|war-torn) (?:Ukraine|Russia)\b(?![\'’ʼ]s\b) | _ | | | the country as a place (not "to Ukraine's president")
# --- ukraine ----------------------------------------------------------------
{Ukrainian,Ukrainians'}                                                | adjective | ukraine     | any  | demonym
={Ukraine,Ukraine's,Ukraine’s}                                         | name      | ukraine     |      |
{Volodymyr Zelensky,Volodymyr Zelenskyy,Vladimir Zelensky,Zelensky,Zelenskyy,Zelenskiy} | name | ukraine | | the head of state (officials are sources)
{president,ukrainian president,the ukrainian president,ukraine's president} {volodymyr zelensky,volodymyr zelenskyy,vladimir zelensky,zelensky,zelenskyy,zelenskiy} | government | ukraine | | a title with the leader's name: one label
{Azov,Azov regiment,Azov Regiment,Azov battalion,Azov Brigade,Azov brigade,SBU,GUR,HUR,Kraken,Aidar,Right Sector,International Legion,Georgian Legion,Freedom of Russia Legion,Russian Volunteer Corps} | name | ukraine | | Ukrainian units and volunteer formations
{Armed Forces of Ukraine,Ukraine's Armed Forces,AFU,ZSU,Defen{c,s}e Forces of Ukraine,Ukrainian Ground Forces,General Staff of the Armed Forces of Ukraine,Ukraine's General Staff,National Guard of Ukraine,Ukraine's National Guard,the National Guard,territorial defen{c,s}e,territorial defen{c,s}e forces,Territorial Defen{c,s}e Forces} | government | ukraine | | Ukraine's forces
={Kyiv,Kiev}                                                           | government | ukraine     |      | the state; the city is switched off below
{kyiv's,kiev's}                                                        | government | ukraine     |      |
{in,near,outside,around,into,toward,towards,from,of,to,over,on,reach,reached,hit,struck,targeted,visit,visited,visiting,arrived in,flew to,talks in,central,region,suburbs of,attack on,strikes on,strike on,shelling of,capture,captured,take,seize,seized} {Kyiv,Kiev} | _ | | | the city
{Kyiv,Kiev} {region,oblast,mayor,metro,airport,residents,suburbs,streets,city,city council,school,hospital,independent,post,regional military administration,city military administration}~ | _ | | | the city and its institutions
{kyiv,kiev} {regime,junta,authorities,government,puppets,puppet regime} | regime   | ukraine     |      | Russian state usage ("Kiev regime")
{the ,}junta                                                           | regime    | ukraine     |      | Russian and separatist usage
{neo-nazi,neo-nazis,nazi,nazis,ukronazi,ukronazis,banderite,banderites,bandera followers,neo-nazi battalions,nazi battalions,nationalist battalions,nationalist formations,nationalist battalion,punitive battalions,punitive forces,punitive battalion,kiev nationalists,kyiv nationalists,ukrainian nationalists,nationalists} | regime | ukraine | | Russian state usage for Ukraine's forces
{nazi regime,neo-nazi regime,kyiv nazis,kiev nazis}                    | regime    | ukraine     |      |
{foreign ,}{mercenary,mercenaries}                                     | regime    | ukraine     |      | Russian state usage for foreign volunteers fighting for Ukraine
{foreign fighters,foreign volunteers,foreign legion,international volunteers} | government | ukraine | | volunteers fighting for Ukraine (codebook 9.3)
{defender,defenders,defenders of ukraine,ukraine's defenders}          | government | ukraine    |      | legitimising; resistance words for a state take the crosswalk category (government)
{ukrainian resistance,the ukrainian resistance,partisans,partisan movement,ukrainian partisans} | government | ukraine | | resistance words for a state's side take the crosswalk category (government)
# --- separatists --------------------------------------------------------------
{Donetsk People's Republic,Donetsk People’s Republic,Luhansk People's Republic,Luhansk People’s Republic,Lugansk People's Republic,Lugansk People’s Republic,DPR,LPR,DNR,LNR} | name | separatists | |
{Denis Pushilin,Pushilin,Leonid Pasechnik,Pasechnik,Eduard Basurin,Basurin,Alexander Zakharchenko,Zakharchenko,Igor Girkin,Girkin,Strelkov} | name | separatists | |
{Donetsk,Luhansk,Lugansk,Donbas,Donbass}                               | adjective | separatists |      | ties non-state labels only ("Donetsk separatists")
{pro-russian,pro-russia,pro-moscow,pro-kremlin,russian-backed,moscow-backed,kremlin-backed,russia-backed} {separatist,separatists,rebel,rebels,separatist forces,separatist leader,separatist leaders,separatist authorities} | rebel | separatists | |
{pro-russian,pro-russia,pro-moscow,pro-kremlin,russian-backed,moscow-backed,kremlin-backed,russia-backed} {militia,militias,gunmen,militant,militants,paramilitaries,armed groups} | militant | separatists | |
{pro-russian,pro-russia,pro-moscow,pro-kremlin,russian-backed,moscow-backed,kremlin-backed,russia-backed} {forces,fighters,troops,units,formations} | fighter | separatists | |
{people's militia,people’s militia,the people's militia,the people’s militia} | name | separatists | | the DPR's and LPR's formations by their own name
{militia of the republic,republic's militia,the republics' forces,the republics’ forces} | fighter | separatists | | separatist usage
{donbas,donbass} {militia,militias}                                    | fighter   | separatists |      | separatist usage
{the ,}{people's republics,people’s republics,self-proclaimed republics,breakaway republics} | _ | | | territories, not forces
# --- foreign ------------------------------------------------------------------
{American,Belarusian,Belarussian,British,German,French,Polish,Chinese,Western,NATO,Iranian,North Korean,Turkish,Lithuanian,Estonian,Latvian,Hungarian,European,Moldovan,Georgian,Finnish,Swedish,Baltic,Czech,Slovak,Romanian,Japanese,Indian} | adjective | foreign | | other states' adjectives (state labels only)
={US,U.S.,USA,UK,EU,NATO,NATO's}                                       | name      | foreign     |      |
{United States,America,Belarus,Poland,China,Britain,United Kingdom,Germany,France,Iran,North Korea,Turkey,Türkiye,Hungary,Lithuania,Latvia,Estonia,Moldova,Georgia,Finland,Sweden,Romania,Japan,India,the Baltic states} | name | foreign | | states
{Washington,Minsk,Warsaw,Beijing,London,Berlin,Paris,Tehran,Pyongyang,Ankara,Budapest,Vilnius,Riga,Tallinn} | government | foreign | | capitals used for the state (as "Damascus" in codebook section 1)
{in,near,to,for,from,into,over,on,at,visit,visited,visiting,arrived in,flew to,talks in,meeting in,held in,hosted in,based in,summit in,suburbs of,streets of} {Washington,Minsk,Warsaw,Beijing,London,Berlin,Paris,Tehran,Pyongyang,Ankara,Budapest,Vilnius,Riga,Tallinn} | _ | | | the cities
{Minsk agreements,Minsk accords,Minsk II,Minsk Protocol}               | _         |             |      | the agreements, not the state
{Joe Biden,Biden,Donald Trump,Trump,Antony Blinken,Blinken,Lloyd Austin,Jake Sullivan,Alexander Lukashenko,Lukashenko,Aleksandr Lukashenko,Xi Jinping,Xi,Wang Yi,Olaf Scholz,Scholz,Emmanuel Macron,Macron,Rishi Sunak,Boris Johnson,Keir Starmer,Andrzej Duda,Duda,Donald Tusk,Tusk,Viktor Orban,Orban,Recep Tayyip Erdogan,Erdogan,Kim Jong Un,Jens Stoltenberg,Stoltenberg,Mark Rutte,Rutte} | name | foreign | |
{Pentagon,White House,State Department,Bundeswehr,Congress,US Congress,U.S. Congress} | government | foreign | | seats and bodies of foreign states (as the Kremlin)
{Kremlin's allies}                                                     | name      | foreign     |      |
{western governments,western curators,western sponsors,western handlers} | government | foreign | | "Western curators": Russian state usage for Ukraine's backers
{the west,western nations,western countries,western powers,western allies,the collective west,collective west} | name | foreign | |
{ally,allies,backer,backers,partner,partners} of {ukraine,kyiv,kiev,russia,moscow} | _ | | | states described, not armed groups
{western-backed,nato-backed,us-backed,western-armed} {forces,troops,army} | government | ukraine | | Russian state usage for Ukraine's forces
{us-supplied,u.s.-supplied,us supplied,nato-supplied,western-supplied,nato-calibre,nato-caliber,nato calibre,us-made,u.s.-made,american-made,western-made} | _ | | | a thing's origin, not a party
{US,U.S.,American} {military aid,aid,weapons,arms,missiles,rockets} {package,packages,deliveries} | _ | | | aid as a thing
{russian,ukrainian,pro-kremlin,pro-war} military {blogger,bloggers,channel,channels,correspondent,correspondents} | _ | | | commentators, not forces
military control                                                        | _         |             |      | "under the military control of": a state of affairs
{regional military administration,city military administration}~       | _         |             |      | a region's civil administration, whose head is a source
{brigade,battalion,regiment,unit} {commander,commanders,spokesman,spokesperson} | _ | | | a person, a source (see the decisions)
in the {Donetsk,Luhansk,Lugansk} {People's,People’s} Republic          | _         |             |      | the territory as a place
{UN,United Nations,OHCHR,OSCE,IAEA,ICRC,Red Cross,ICC,UNHCR,OCHA,Amnesty International,Human Rights Watch} | _ | | | international bodies are not parties
