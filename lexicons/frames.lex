# Frame vocabulary (codebook section 5), reported per 1,000 tokens.
name: frames
version: 0.1.0
description: Vocabulary that places a story in a military, humanitarian, terrorism, geopolitical or governance frame.
codebook: 5
licence: CC-BY-4.0
categories: military humanitarian terrorism geopolitical governance
reference: Semetko, H. A. & Valkenburg, P. M. (2000). Framing European politics: A content analysis of press and television news. Journal of Communication 50(2), 93-109.
reference: Entman, R. M. (1993). Framing: Toward clarification of a fractured paradigm. Journal of Communication 43(4), 51-58.
decision: v1 is a first cut for scoring the seeds; a frame word counts once, wherever it stands (voice is reported but not used to filter).

[entries]
pattern                                                                  | category     | note
{offensive,offensives,counteroffensive~,counter-offensive~,counterattack~,counter-attack~} | military |
{clash,clashes,clashed,clashing,fighting,battle~,combat,hostilities,assault~,incursion~} | military |
{airstrike~,air strike~,air raid~,bombing~,bombardment~,shelling,shell,shells,missile~,rocket~,artillery,drone~} | military |
{weapon~,weaponry,armo{,u}red vehicle~,tank~,warplane~,military hardware,military equipment,depot~} | military |
{frontline~,front line~,reinforcement~,advance,advances,advancing,advanced,seized,captured,recaptured,repelled,retreat~,withdrawal} | military |
{civilian~,displaced,displacement,internally displaced persons,refugee~,humanitarian,aid,assistance,shelter~,homelessness} | humanitarian |
{casualt{y,ies},killed,injured,wounded,children,famil{y,ies},vulnerable,hospital~,food,protection risks} | humanitarian |
{terror*,counterterror*,counter-terror*,al-Qa{e,i}da,extremis*,radicali{s,z}*,designated as,terrorist designation} | terrorism |
{foreign backing,backed by,-backed,proxy,proxies,ceasefire~,cease-fire~,truce~,de-escalat*,deal,agreement,great power~,intervention,geopolitic*,sanction~} | geopolitical |
{russia's involvement,russian support,international intervention,foreign interference,regional power~} | geopolitical |
{administration,administrative,services,governance,salvation government,civil documentation,local council~,institutions,rule of law,shari'ah law,sharia law} | governance |
