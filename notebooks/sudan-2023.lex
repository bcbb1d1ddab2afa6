# A small study written for notebooks/new_study.ipynb: the war in Sudan from 15 April 2023
# between the Sudanese Armed Forces and the Rapid Support Forces.  It shows that a study
# needs no Python: parties, defaults, names, adjectives and a few phrases.
# Format: lexicons/studies/README.md.  Check it with:  framing study check notebooks/sudan-2023.lex
name: sudan-2023
type: study
version: 0.1.0
description: The war in Sudan from 15 April 2023: the Sudanese Armed Forces (the state) against the Rapid Support Forces.
codebook: 9
licence: CC-BY-4.0
party: saf | state | The Sudanese Armed Forces and the army-led government
party: rsf | non-state | The Rapid Support Forces and allied militias
party: foreign | state | Other states and their forces (UAE, Egypt, Saudi Arabia, the United States ...)
default: state | saf
default: non-state | rsf
headline: rsf saf
trend: rsf terrorist
kwic: rsf militant
reference: Party names as used by wire services and the parties themselves (2023-2024 coverage).
decision: "Sudanese" ties state labels to the army ("Sudanese troops"); the RSF is a non-state party although it was a state force before April 2023.
decision: "Janjaweed" (the RSF's Darfur forerunner, used for it by its critics) is a militant label, and "rebels"/"rebel militia" said by the army of the RSF are rebel labels; both name rsf by default.
decision: "Port Sudan" names the army-led government only as its seat ("the Port Sudan government"); the city is a place.

[entries]
pattern                                                                | category  | target  | kind | note
# --- saf ----------------------------------------------------------------------
Sudanese                                                               | adjective | saf     |      | ties state labels only
={SAF,Sudan}                                                           | name      | saf     |      |
{Sudanese Armed Forces,Abdel Fattah al-Burhan,al-Burhan,Burhan,Sovereignty Council} | name | saf |  |
{Port Sudan government,the Port Sudan government,army-led government} | government | saf    |      |
# --- rsf ----------------------------------------------------------------------
={RSF}                                                                 | name      | rsf     |      |
{Rapid Support Forces,Mohamed Hamdan Dagalo,Hamdan Dagalo,Dagalo,Hemedti,Abdel Rahim Dagalo} | name | rsf | |
{Janjaweed,Janjaweed militia,Janjaweed militias}                       | militant  | rsf     |      | critics' name for the RSF
{rebel militia,rebel militias}                                         | rebel     | rsf     |      | army usage for the RSF
# --- foreign --------------------------------------------------------------------
{Emirati,Egyptian,Saudi,American,Russian,Chadian,Eritrean}             | adjective | foreign |      |
{UAE,United Arab Emirates,Egypt,Saudi Arabia,United States,Chad,Russia} | name     | foreign |      |
{UN,United Nations,WFP,OCHA,UNICEF,IOM}                                | _         |         |      | international bodies are not parties
