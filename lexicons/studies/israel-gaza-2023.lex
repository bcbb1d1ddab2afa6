# The israel-gaza-2023 study (codebook section 9.3): the war from 7 October 2023.
# Generic label words (terrorists, militants, the army, occupation forces ...) come from
# the shared vocabulary (lexicons/labels.lex); this file names the parties, their
# adjectives and the phrases of this war's coverage across Israeli, Palestinian, Arab,
# Iranian, Turkish, Russian and Western outlets.  Format: lexicons/studies/README.md.
name: israel-gaza-2023
type: study
version: 1.0.0
description: The Israel-Gaza war from 7 October 2023: the Israeli state, Hamas and Palestinian armed groups, Hezbollah and the Houthis, other states.
codebook: 9.3
licence: CC-BY-4.0
party: israel | state | The Israeli state and its forces
party: hamas | non-state | Hamas and other Palestinian armed groups
party: hezbollah | non-state | Hezbollah, and the Houthis when they fire at Israel or shipping
party: foreign | state | Other states and their forces
default: state | israel
default: non-state | hamas
headline: hamas israel
trend: hamas terrorist
kwic: hamas terrorist
reference: Codebook v2, section 9.3 (shared/codebook.md).
reference: Party and group names as used by the parties themselves and by wire services (Reuters, AP, AFP style guides on "militant group Hamas" and designations); Arabic transliterations follow common English press usage.
decision: "Israeli", "Zionist" and "Israel" (a name) tie the label next to them to israel; "Zionist" binds labels of any kind ("Zionist gangs" are israel, regime by the crosswalk).
decision: "Palestinian" ties non-state labels to hamas ("Palestinian militants", "the Palestinian resistance"); the Palestinian Authority, its government, president and security forces are not parties (stop entries), and Palestinian civilians are never labels.
decision: Hamas's civil administration ("the Hamas-run health ministry", "Gaza's government media office") is a name mention of hamas, not a label and never the Israeli state.
decision: "the Zionist entity", "the Zionist enemy", "the Israeli enemy" are regime (delegitimising a state, codebook 9.1); "IOF" (Israeli Occupation Forces) is occupier.
decision: "Lebanese" ties state labels to foreign (the Lebanese army is another state's force); Lebanese fighters and "the Lebanese resistance" are hezbollah.
decision: "Houthi pirates" and "pirates" said of the Houthis are terrorist (criminalising) labels of hezbollah.
decision: A capital used for its state ("Tel Aviv's decision", "Washington urged") is a government label of that state, as "Damascus" in codebook section 1; after place words it is the city (stop entries). "Jerusalem" is left as a place.
decision: "the ministry" and the health ministry in Gaza coverage are sources (the Gaza health ministry), not the Israeli state; country names after place words ("in southern Israel", "towards Egypt") are places, not mentions.
decision: "Jerusalem" used for the state is israel (codebook 9.3), except after place words (stop entries).
decision: Settlers and colonists are not a party of the study (codebook 9.3 lists the state, its forces and services).

[entries]
pattern                                                                | category  | target    | kind | note
# --- israel ---------------------------------------------------------------
{Israeli,Israelis'}                                                    | adjective | israel    |      | demonym
{Zionist,Zionists'}                                                    | adjective | israel    | any  | Iranian and Arab usage
={Israel,ISRAEL}                                                       | name      | israel    |      |
={IDF,IAF,IOF}                                                         | name      | israel    |      | IOF is also a label: see below
{Israel Defen{s,c}e Forces,Israel Defence Force,Israeli Defen{s,c}e Forces,Tzahal} | name | israel |   |
{Shin Bet,Shabak,Mossad,Israel Police,Israel Prison Service,COGAT}    | name      | israel    |      |
{Golani Brigade,Givati Brigade,Givati,Golani,Nahal Brigade,Paratroopers Brigade,Kfir Brigade,Unit 8200,Sayeret Matkal,Duvdevan} | name | israel | |
{Benjamin Netanyahu,Netanyahu,Bibi,Yoav Gallant,Gallant,Benny Gantz,Gantz,Isaac Herzog,Herzog,Israel Katz,Herzi Halevi,Halevi,Daniel Hagari,Hagari,Itamar Ben-Gvir,Ben-Gvir,Bezalel Smotrich,Smotrich,Ron Dermer,Avichay Adraee,Gideon Saar,Gideon Sa'ar} | name | israel | |
=Tel Aviv                                                              | government | israel   |      | the state (as "Damascus" in codebook section 1); the city is switched off below
{in,near,outside,around,into,toward,towards,from,to,over,at,on,reach,reached,hit,struck,targeted,fired at,visit,visited,arrived in,north of,south of,central,greater} Tel Aviv | _ | | | Tel Aviv the city
Tel Aviv {university,stock exchange,airport,district,area,suburb,suburbs,streets,residents,beach,metropolitan}~ | _ | | | the city
{the Jewish state,the Israeli state,the state of Israel}              | government | israel   |      |
=Jerusalem                                                             | government | israel   |      | the state (codebook 9.3); the city is switched off below
{in,near,outside,around,into,toward,towards,from,to,over,at,on,reach,reached,visit,visited,arrived in,east,eastern,west,western,occupied,old city of,annexed} Jerusalem | _ | | | Jerusalem the city
Jerusalem {post,district,municipality,residents,streets,old city,mayor,day}~ | _ | | | the city and its institutions
{in,into,inside,southern,northern,central,toward,towards,across,to,from,of,throughout,within} {Israel,Egypt,Lebanon,Jordan,Syria,Iran,Qatar} | _ | | | the country as a place
{occupying entity,the occupying entity,zionist occupation entity}      | regime    | israel    |      | "entity" used for a state (codebook 9.1)
{war cabinet,security cabinet}                                         | government | israel   |      | Israel's cabinets
{Zionist entity,Zionist enemy,Israeli enemy,the enemy entity,usurping entity,temporary entity} | regime | israel | | delegitimising a state (codebook 9.1)
{the ,}{Zionist ,Israeli ,}occupation {regime,state,government}        | regime    | israel    |      |
{IOF,Israeli occupation forces,Israeli occupation army}                | occupier  | israel    |      | Palestinian usage
{Israeli,Zionist} occupation                                           | occupier  | israel    |      | "the Israeli occupation bombed"
{Israeli ,Zionist ,}{settler,colonist} {militia,militias}               | _         |           |      | settlers are not a party (decision log)
{Netanyahu's,the Netanyahu} {government,cabinet,coalition}            | government | israel   |      |
{netanyahu government,netanyahu regime}                                | regime    | israel    |      | "the Netanyahu regime" (the government word is switched by the phrase)
# --- hamas ----------------------------------------------------------------
Palestinian                                                            | adjective | hamas     |      | ties non-state labels only
Gazan                                                                  | adjective | hamas     |      |
={Hamas,HAMAS,Hamas's,Hamas’}                                          | name      | hamas     |      |
{Islamic Resistance Movement,Harakat al-Muqawama al-Islamiya}          | name      | hamas     |      | Hamas's full name
{Izz {ad-Din,al-Din,el-Deen,ad-Deen,el-Din} al-Qassam Brigades,Ezzedine al-Qassam Brigades,Ezzedine al-Qassam,Izz al-Din al-Qassam,{al-,}Qassam Brigades,al-Qassam,Qassam} | name | hamas | | armed wing of Hamas
{Palestinian Islamic Jihad,Islamic Jihad,PIJ,Islamic Jihad movement}  | name      | hamas     |      |
{{al-,}Quds Brigades,Saraya al-Quds}                                   | name      | hamas     |      | PIJ's armed wing (not Iran's Quds Force)
{Popular Resistance Committees,Al-Aqsa Martyrs' Brigades,Al-Aqsa Martyrs Brigades,Al-Aqsa Martyrs’ Brigades,Lions' Den,Lions’ Den,Jenin Brigade,Tulkarem Brigade,Nour Shams Brigade,Popular Front for the Liberation of Palestine,PFLP,Democratic Front for the Liberation of Palestine,DFLP,Mujahideen Brigades} | name | hamas | | other Palestinian armed groups
{Yahya Sinwar,Sinwar,Ismail Haniyeh,Haniyeh,Mohammed Deif,Mohammed Dief,Deif,Khaled Meshaal,Khaled Mashal,Khalil al-Hayya,Osama Hamdan,Abu Obeida,Abu Ubaida,Saleh al-Arouri,al-Arouri,Ziyad al-Nakhalah,Nakhalah,Marwan Issa,Mohammed Sinwar} | name | hamas | |
{hamas-run,hamas-led,hamas-controlled,hamas-administered,hamas-affiliated} {government,authorities,administration,health ministry,ministry of health,interior ministry,government media office,media office,civil defence,civil defense,police,emergency services} | name | hamas | | Hamas's administration (decision log)
{gaza's ,the gaza ,gaza }{government media office,government,authorities,interior ministry,civil defence,civil defense,police} | name | hamas | | Gaza's Hamas-run administration
{Palestinian Authority,the PA,Palestinian Authority's,PA security forces,Fatah} | _  |           |      | not a party (codebook 9.3)
Palestinian {government,authorities,president,prime minister,security forces,police,officials,ministry,foreign ministry,health ministry,civil defence,civil defense,red crescent,leadership,state,cabinet,presidency} | _ | | | the PA and civil bodies are not parties
{palestinian,palestinians'} {civilians,prisoners,detainees,journalists,children,families,people,residents,workers,refugees} | _ | | | not labels
{Palestinian,Islamic} Resistance                                       | resistance | hamas    |      | "the Palestinian resistance"
{resistance factions,resistance groups,resistance movements,resistance fighters} in gaza | resistance | hamas | |
{the ,}{gaza ,}resistance {factions,groups}                             | resistance | hamas     |      |
the ministry                                                           | _         |           |      | in Gaza coverage "the ministry" is the health ministry: a source, not the state
{the ,}{ministry of health,health ministry}                            | _         |           |      | a source (sources lexicon), not a label
# --- hezbollah --------------------------------------------------------------
{the ,}lebanese {group,movement,party,organi{s,z}ation}               | fighter   | hezbollah |      | "the Iran-backed Lebanese group"
{Hezbollah,Hizbollah,Hizballah,Hizbullah,Hezbollah's,Hizbollah's}      | name      | hezbollah |      |
{Islamic Resistance in Lebanon,Radwan Force,Radwan forces,Radwan unit} | name      | hezbollah |      |
{Hassan Nasrallah,Nasrallah,Naim Qassem,Naim Kassem,Fuad Shukr,Hashem Safieddine,Ibrahim Aqil} | name | hezbollah | |
{Houthi,Houthis,Huthi,Huthis,Houthi's,Ansar Allah,Ansarullah,Ansar Allah's} | name | hezbollah |     | the Houthis when they fire at Israel or shipping
{Abdul-Malik al-Houthi,Abdulmalik al-Houthi,Yahya Saree,Yahya Sarea,Mohammed Abdulsalam} | name | hezbollah | |
{Lebanese resistance,the lebanese resistance,Lebanon's resistance}     | resistance | hezbollah |     |
lebanese {fighter,fighters}                                            | fighter   | hezbollah |      | Lebanese fighters in coverage of the northern front
lebanese {militant,militants,militia,militias,gunmen,armed group,armed groups} | militant | hezbollah | |
{pirate,pirates}                                                       | terrorist | hezbollah |      | "Houthi pirates" (Israeli and US right-wing usage)
{yemeni,yemen's} {rebel,rebels,militia,militias,fighters}             | rebel     | hezbollah |      | "Yemen's rebels" = the Houthis
# --- foreign -----------------------------------------------------------------
{American,Iranian,Egyptian,Qatari,Jordanian,Lebanese,Turkish,Russian,British,French,German,Saudi,Emirati,Syrian,Iraqi,Yemeni,Chinese,Western,European} | adjective | foreign | | other states' adjectives (state labels only)
={US,U.S.,USA,UK,EU}                                                   | name      | foreign   |      |
{United States,America,Iran,Egypt,Qatar,Jordan,Lebanon,Turkey,Türkiye,Russia,China,Britain,United Kingdom,France,Germany,Saudi Arabia,Syria,Iraq} | name | foreign | | states
{Washington,Tehran,Cairo,Doha,Beirut,Ankara,Moscow,Beijing,Riyadh,Damascus,Baghdad,London,Paris,Berlin} | government | foreign | | capitals used for the state (as "Damascus" in codebook section 1); the cities are switched off below
{in,near,to,from,into,over,on,at,visit,visited,visiting,arrived in,flew to,talks in,meeting in,held in,hosted in,based in,southern,northern,central,suburbs of,streets of} {Washington,Tehran,Cairo,Doha,Beirut,Ankara,Moscow,Beijing,Riyadh,Damascus,Baghdad,London,Paris,Berlin} | _ | | | the cities
{Joe Biden,Biden,Donald Trump,Trump,Antony Blinken,Blinken,Lloyd Austin,Jake Sullivan,Ali Khamenei,Khamenei,Ebrahim Raisi,Raisi,Masoud Pezeshkian,Pezeshkian,Hossein Amir-Abdollahian,Amir-Abdollahian,Abbas Araghchi,Araghchi,Abdel Fattah al-Sisi,el-Sisi,Sisi,Recep Tayyip Erdogan,Erdogan,Vladimir Putin,Putin,Sergei Lavrov,Lavrov,Rishi Sunak,Keir Starmer,Emmanuel Macron,Macron,Olaf Scholz} | name | foreign | |
{IRGC,Islamic Revolutionary Guard Corps,Islamic Revolution Guards Corps,Revolutionary Guards,Revolutionary Guard,Quds Force,CENTCOM,US Central Command} | name | foreign | |
{the ,}{Pentagon,White House,State Department,Kremlin}                 | government | foreign  |      | seats of power used for the state
{Lebanese army,Lebanese armed forces,Lebanese soldiers,Lebanese soldier,Lebanese troops,Egyptian army,Egyptian forces,Jordanian army} | government | foreign | | other states' forces
{the ,}{Iranian ,Islamic }{regime,republic} in tehran                  | regime    | foreign   |      |
{axis of resistance,resistance axis,the axis of resistance,the resistance axis,iran's axis} | name | foreign | | Iran's alliance (its members are named separately)
{ally,allies,backer,backers,patron,patrons} of {israel,hamas,iran,tehran,the united states,washington} | _ | | | states described, not armed groups
{israel's,washington's,tehran's,iran's,america's,the us's,hamas's} {main ,key ,closest ,staunchest ,strongest ,}{ally,allies,backer,backers,patron,patrons} | _ | | | states described
{the west,western nations,western countries,western powers,western governments} | name | foreign |    |
{UN,United Nations,UNRWA,UNIFIL,UNICEF,WHO,ICRC,Red Cross,OCHA,ICJ,ICC} | _ | | | international bodies are not parties
