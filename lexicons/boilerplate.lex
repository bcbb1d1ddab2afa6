# Cleaning rules (codebook section 6). Each rule is a regular expression with a kind:
#   inline  remove each match, with the spaces or tabs just before it
#   line    remove every whole line on which the expression matches
#   chars   remove each match exactly (invisible control characters)
#   teaser  the expression marks the end of a teaser; runs of teasers are removed as a block
# See framing/clean.py and lexicons/README.md.
name: boilerplate
type: cleaning
version: 0.1.3
description: Scraper boilerplate that is not article text: syndication links, newsletter prompts, page metadata, credit lines, teaser blocks.
codebook: 6
licence: CC-BY-4.0
decision: An aggregator's block of other stories is removed from its heading ("Related stories", "More from this section", "You may also like" ... alone on a line, as its own paragraph) to the end of the page (kind tail): on such pages nothing of the article follows the heading (issue 11, item 9).
decision: Only material that is certainly not the article is removed; when in doubt a line is kept (a kept teaser costs a few tokens, a removed body sentence costs its labels).
decision: Headlines and sub-headings are article text (the outlet's framing) and are kept.
decision: Control characters (NUL and the other C0/C1 controls except tab and line breaks) and stray byte order marks are removed (0.1.2): scraped text carries them invisibly, and they would split words or hide sentence ends.
decision: Invisible format characters are removed (0.1.3): soft hyphens, zero-width spaces, non-joiners and joiners, word joiners and invisible operators, bidirectional marks, embeddings and isolates, the Arabic letter mark and the Mongolian vowel separator. Scraped news carries them inside words ("ter&shy;rorists"), where they would stop a match; a match's span in the original text covers them. Reading notes each article that has them (issue 13).
decision: "X contributed to this report" credit lines are removed: they name staff, not parties to the conflict.

[entries]
kind   | pattern                                                        | reason
inline | re:Read (?:the )?Full (?:Article|Story) (?:at|on) [^\s]+            | syndication link
inline | re:Continue reading (?:at|on) [^\s]+                                | syndication link
inline | re:Keep reading (?:at|on) [^\s]+                                    | syndication link
line   | re:^[ \t•·*-]*Post category\s*:                                  | page metadata
line   | re:^[ \t•·*-]*Reading time\s*:                                   | page metadata
line   | re:^[ \t•·*-]*(?:Posted|Published|Updated)\s+(?:on|at)\s*:?\s*\S+\s*$ | page metadata
line   | re:^[ \t]*Subscribe to (?:our|the) newsletter                     | newsletter prompt
line   | re:^[ \t]*(?:Sign up|Click here) (?:for|to) .{0,60}newsletter         | newsletter prompt
line   | re:^[ \t]*(?:Share this|Share on|Follow us on)\b.{0,80}$             | sharing prompt
line   | re:^.{0,80}\bcontributed to this report\b.{0,60}$                  | credit line
chars  | re:[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff]+                | control character
chars  | re:[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]+ | invisible character
teaser | re:Read More\s*(?:→|»|>>|\.\.\.)                                   | teaser block
tail   | re:(?m)^[ \t]*(?:Related (?:stories|articles|news|content|coverage)|More from this section|More (?:stories|news) from [^\n]{1,40}|You may also like|Recommended (?:stories|for you)|Most (?:read|popular)|Also read|Trending now)[ \t]*:?[ \t]*$ | aggregator tail of other stories
