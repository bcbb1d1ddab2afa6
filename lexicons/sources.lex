# Sources: who is cited (codebook section 4). Category = source type.
name: sources
version: 0.1.0
description: Mentions of the people and organisations that news reports cite, by source type.
codebook: 4
licence: CC-BY-4.0
categories: state_media monitor official combatant media anonymous
reference: Codebook v1, section 4 (shared/codebook.md).
reference: Sigal, L. V. (1986). Sources make the news. In Manoff & Schudson (eds.), Reading the News. Pantheon.
decision: A source mention counts as cited only when its sentence has an attribution cue and the mention lies outside the cue's reported content (measures.py).
decision: Anadolu Agency is state-run but listed as media, following the codebook's examples; state_media is reserved for Syrian and Russian state outlets here.
decision: Combatant sources are the armed parties speaking for themselves (HTS, rebels, the jihadists as speakers); the Syrian army and ministries speaking are official.

[entries]
pattern                                                              | category    | note
# --- state media ---------------------------------------------------------
=SANA                                                                | state_media | Syrian Arab News Agency
Syrian Arab News Agency                                              | state_media |
{syrian ,}state {news agency,media,television,tv,broadcaster}        | state_media |
{russian,iranian} state media                                      | state_media |
syrian media{ sources,}                                              | state_media | "as per Syrian media sources"
{RIA Novosti,TASS,Sputnik,IRNA,Press TV,Syrian TV,Al-Ikhbariya}      | state_media |
# --- monitors ------------------------------------------------------------
Syrian Observatory for Human Rights                                  | monitor     |
={SOHR,OSDH,OCHA,UNHCR,UNICEF}                                       | monitor     |
{the ,}{observatory,war monitor,monitoring group,monitor}            | monitor     |
{Protection Cluster,United Nations,Human Rights Watch,Amnesty International,White Helmets,Syria Civil Defence,Syrian Civil Defence} | monitor |
=UN                                                                  | monitor     |
{an ,the ,}{NGO,UK-based NGO,UK-based monitor,UK-based monitoring group} | monitor  |
Rami Abdel Rahman{,e}                                                | monitor     | director of the Observatory
# --- officials -----------------------------------------------------------
{the syrian ,syrian ,the ,syria's }{army,military}                   | official    |
{syria's ,the ,}{defen{c,s}e,interior,foreign} ministry              | official    |
the ministry                                                         | official    |
{syrian ,russian ,turkish ,iranian ,us ,u.s. ,american ,government ,military ,}officials | official |
{a ,the ,}{spokesman,spokeswoman,spokesperson}                       | official    |
{Kremlin,Pentagon,State Department}                                  | official    |
{the ,}syrian government                                             | official    |
# --- combatants ---------------------------------------------------------
=HTS                                                                 | combatant   | as speaker; cited only next to a cue
{the ,}{jihadists,rebels,militants,insurgents,opposition fighters}   | combatant   |
{rebel,opposition,militant,jihadist} {leader,commander,spokesman,source}~ | combatant |
Military Operations Command                                          | combatant   |
# --- media ---------------------------------------------------------------
{Turkey's ,Türkiye's ,}Anadolu{ Agency,}                             | media       |
{Al Mayadeen,Al-Mayadeen,Al Jazeera,Al Arabiya,Reuters,Associated Press,Agence France-Presse,BBC,CNN,Al-Watan,Asharq Al-Awsat} | media |
={AFP,AP,RT}                                                         | media       |
{the ,}{turkish,syrian,russian,iranian,local,pan-arab} {news agency,newspaper,broadcaster,tv channel,outlet}~ | media |
{the ,}{beirut-based,london-based,qatar-based,doha-based} {tv channel,channel,broadcaster,newspaper,outlet}~ | media |
the outlet                                                           | media       |
# --- anonymous -----------------------------------------------------------
{sources,a source,witnesses,a witness,activists,residents,observers,local sources,informed sources,security sources,military sources} | anonymous |
{reports,media reports,social media footage,footage,social media}   | anonymous   |
