"""Outcomes outside the vocabulary: the measure as the abstract names it, and its good side.

A researcher's own topic (blood pressure, HbA1c, length of stay) is rarely in the outcome
vocabulary, yet its results are worded like any other: "Time to first flatus was significantly
shorter in the acupuncture group", "no significant difference in complications between the
groups", "the intervention reduced cortisol". ``open_measures`` finds the measure in such a
clause from where results put it (the subject of "was higher", the object of "reduced", the
noun after "difference in", what the arms were compared on ("better than placebo for visual
acuity"), the subject of a copula before one number per arm, what "fewer patients had", what "the
hazard ratio for" is of), item by item
where the clause lists several; ``polarity_of`` says which way is better from the word list in
``data/measures.toml``, or None where the list does not know (the finding then says how the
measure changed, not whether that helped); ``defined_abbreviations`` and ``spelled_out`` name
"OS" as the abstract defined it, "overall survival (OS)", inside a longer name too.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from harvester.extract.facts import opening_share_in_figures
from harvester.extract.patterns import (
    ARM_HAD,
    ARMS_ALIKE,
    BRACKETED,
    COMING,
    COMPARED,
    CONTROL_ARM,
    DELAYED,
    HOW_MANY_PEOPLE,
    HOW_MUCH_SOONER,
    IMPAIRED,
    ITEM_CHANGE,
    ITEM_COMPARATIVE,
    MEASURE_BEFORE_COLON,
    NONE_CHANGED_VERB,
    PEOPLE_WORDS,
    RESTORED,
    SAID_TOO,
    Caseless,
    Screened,
    by_first_letter,
    compiled,
    lowered,
)
from harvester.extract.statements import without_adjustment
from harvester.extract.structure import RESPECTIVE_P, respective_p

NO_GOOD_SIDE = "no_good_side"
_EVENTS = "events"  # weak: how often something happens, less is better unless the thing is named
_AMOUNTS = "amounts"  # weak: how much of a thing there is, no side unless the thing has one
MEASURES_FILE = "measures.toml"

# What a treatment does for a condition, named after it: "the treatment of", "the management of".
_CARE_OF_A_HARM = r"(?:treatment|management|prevention|control|relief)\s+of"
# What a result does to a measure, as a verb or a comparative.
_VERB = (
    r"(?:significantly |statistically |markedly |further |also |slightly |greatly |"
    r"substantially |considerably |not |were |was |is |are |had |has |have |did |remained |all |both |"
    # "was three times lower", "were twofold higher": how many times the other arm's
    r"(?:two|three|four|five|ten|\d+(?:[.·]\d+)?)(?:[\s-]times|[\s-]?fold) )*"
    r"(?:higher|lower|greater|smaller|less|more|increased|decreased|reduced|improved|declined|rose|"
    r"fell|dropped|shorter|longer|better|worse|worsened|"
    # "had a similar effect", "achieved a comparable reduction": an adjective, no predicate
    r"(?<!\ba )(?<!\ban )(?:similar|comparable)|unchanged|different|differed|"
    r"changed|elevated|diminished|enhanced|ameliorated|relieved|alleviated|prolonged|shortened|accelerated|hastened|equivalent|"
    r"normali[sz]ed|halved|doubled|unaltered|unaffected|stable|differ|"
    rf"{ARMS_ALIKE}|"
    # "balance was impaired", not "adults with impaired balance"
    r"(?:(?<=was )|(?<=were )|(?<=is )|(?<=are )|(?<=been )|(?<=significantly ))"
    r"(?:impaired|compromised|restored|delayed)|"
    r"(?:(?<=not )|(?<=not significantly )|(?<=not statistically )|(?<=not statistically significantly ))"
    r"(?:affected|altered|influenced|modified)|"
    # "mean change (SD) from baseline in X was": a noun
    r"change(?!\s+(?:\((?:sd|se|sem|iqr|range)\)\s+)?from\s+baseline\b)|"
    # "significant" ends a subject as a predicate, not as an adjective ("significant QTc prolongation")
    r"(?:statistically |significantly )?significant(?!\s+(?!(?:in|at|for|between|among|after|with|from|when|"
    r"only|compared|than|and|or|but|both|across|during|over|to|on|by|difference|differences)\b)[a-z])|"
    r"occurred(?= (?:(?:significantly )?(?:less|more)|equally|similarly) (?:often|frequently|commonly))|"
    r"improve|increase|decrease|reach|vary|varied|easier|harder|faster|slower|sooner|fewer|earlier|later|"
    # "diastolic pressure did not fall significantly": the verb after "not"
    r"(?:(?<=not )|(?<=not significantly ))(?:fall|rise|drop|decline)|"
    r"larger|stronger|weaker|reverted|returned|trended|tended|showed|demonstrated|exhibited|"
    r"(?:superior|inferior)(?= (?:in|for|with)\b))\b"  # "X superior to Y" compares arms
)
# What follows an intransitive change verb ("decreased more in ...", "rose by 5%"): no object.
# A time after the treatment is none either ("increased postsurgery in all groups"), unless a
# noun follows it ("increased post-exercise heart rate").
_NOT_AN_OBJECT = compiled(
    r"(?:more|less|most|least|further|significantly|markedly|slightly|greatly|substantially|"
    r"considerably|over|by|from|to|in|at|after|before|during|with|than|compared|among|between|"
    r"within|for|only|both|and|or|but|not|as|until|throughout|across|following)\b|"
    r"post-?(?:surgery|surgically|operatively|operation|treatment|intervention|exercise|injection|"
    r"infusion|dose|dosing|partum)\b(?!\s+(?!(?:in|at|and|but|compared|than|with|for|after|to|from|by|"
    r"among|during|until|p)\b)[a-z])"
)
# Numbers spelled out: "four vs two events", "in twelve percent of".
_UNITS = r"one|two|three|four|five|six|seven|eight|nine"
_ELEVEN_TO_NINETY = r"eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TENS = rf"ten|{_ELEVEN_TO_NINETY}|hundred"
# The first result verb after a clause's opening words: what comes before it is its subject.
# "The number of sessions was 1.3 and 1.4 in groups 1 and 2": a copula before numbers ends it too.
# "Relapse occurred in 12% ...", "nausea developed in 9 of 120", "falls were reported by 10 patients
# ...", "cellulitis was diagnosed in 4 women ...": what happened to how many; "rescue analgesia was
# required in 20% ...": what was needed, by how many (the less needed, the better:
# ``_REQUIRED_AFTER``).
# "Remission was achieved in 61% of the massage group ...": a goal, and how many reached it.
_HAPPENED = (
    r"(?P<happened>occurred|(?<!(?:was|ere) )developed|"
    r"(?:was|were) (?:observed|seen|noted|reported|recorded|required|needed|diagnosed|documented|confirmed))"
    r"\s+(?:in|among|by)\s+"
    # "Hypotension occurred in group D (12%) and ...": an arm named by its label, as by its name
    # "in twelve percent of ...": a share spelled out, as one in figures
    rf"(?=[\d(]|(?:the|both|all|each|{_UNITS}|ten)\b|"
    rf"(?:{_ELEVEN_TO_NINETY})(?:-\w+)?\s+per\s?cent\b|"
    r"(?:groups?|arms?) (?:[a-z]\d?|\d+|i{1,3}|iv)\b)|"
    # "Treatment was discontinued in 12% of ...": the stopping is what happened, whatever was
    # stopped (not "smoking was stopped in 30%", a stopping that is a gain)
    r"(?:was|were) (?P<stopped>discontinued)\s+(?:in|among|for)\s+"
    rf"(?=[\d(]|(?:{_UNITS}|ten)\b)|"
    # "cough resolved in 46 of 80 ...": what went away in so many people, its going away the goal
    r"(?P<resolved>resolved|disappeared|subsided)\s+(?:in|among)\s+"
    rf"(?=[\d(]|(?:{_UNITS}|ten)\b)|"
    # a share of people, not a time ("was reached in 2 hours"); "cannulation was successful in 98%",
    # "succeeded in 88 of 100": what was done, a goal reached so often
    r"(?P<reached>(?:was|were) (?:achieved|attained|reached|successful)|succeeded)\s+(?:in|among|by)\s+"
    rf"(?=(?:\d+(?:[.·]\d+)?|{_UNITS}|ten|{_ELEVEN_TO_NINETY})\s*(?:%|/|of\b|\(|patients|participants|"
    r"subjects|children|women|men|infants))"
)
_STOPPING = "discontinuation"  # what "was discontinued in 12% ..." counted, named as a noun
_RESOLUTION = "resolution of {}"  # what "resolved in 46 of 80" counted: the people rid of it
_SUBJECT_END = compiled(
    rf"\s+(?:\([^()]{{0,60}}\)\s+)?(?:{_VERB}|(?:was|were|is|are)\s+(?=[−+-]?\d)|{_HAPPENED})"
)
_NOMINAL = compiled(
    r"\b(?:(?:differences?|reductions?|increases?|decreases?|improvements?|changes?|rises?|declines?|"
    r"elevations?|enhancements?|deteriorations?|worsening|gains?|falls?|drops?|shortening|prolongation|comparisons?|"
    # "a significant group x time interaction for X": the arms moved apart over time on X
    r"interactions?)"
    # "differences in favour of massage were found for X", "differences in favour of massage for
    # X": the arm favoured, then the measure (not after "improvements", whose list may mix good sides)
    r"(?:(?:(?<=difference)|(?<=differences))\s+(?:in favou?r of|favou?ring)\s+"
    r"[^,;:()]{1,40}?(?=\s+(?:was|were|for|regarding)\s))?"
    r"(?:\s+(?:(?:was|were) )?(?:also )?"
    r"(?:found|seen|observed|noted|detected|shown|reported|present|evident|apparent))?"
    # "no difference (p > 0.05) between the groups regarding X": a bracket after the noun or the arms
    r"(?:\s*\([^()]{1,40}\))?(?:\s+between\s+[^,;:()]{1,50}?(?:\s*\([^()]{1,40}\))?)?"
    r"\s+(?:was |were |were found |was found |was seen |was observed |"
    # "were found preoperatively (P = 0.40) and postoperatively (P = 0.68) in X": when, then the measure
    r"were observed )?(?:(?:(?:pre|post|intra)-?operatively|at (?:weeks?|months?|days?) \d+|"
    r"at \d+ (?:weeks?|months?|days?)|\([^()]{1,40}\)|and)\s+)*"
    r"(?:in terms of|in|of|for|regarding|concerning|with (?:respect|regard) to)|"
    # "more effective in the treatment of X (than B)": what the arm was effective against
    r"(?:effective|efficacious)\s+(?:(?:than|as)\s+[^,;:()]{1,60}?\s+)?(?:in|for)\s+(?:the\s+)?"
    + _CARE_OF_A_HARM
    + r"|"
    r"(?:effects?|benefits?|impact)(?:\s+of\s+[^,;:()]{1,60}?)?"
    r"(?:\s+(?:on|in)|\s+(?:was|were) (?:also )?(?:found|seen|observed|noted|shown)\s+(?:on|for))|"
    # "A was better than B for visual acuity", "superior to placebo in adherence", "a greater
    # decrease than the control group for HbA1c": the measure the arms were compared on ("better
    # in" is more often said of the people it was better in, "superior for citrate" of an arm)
    r"(?:(?:better|worse)\s+than|(?:superior|inferior)\s+to)\s+[^,;:()]{1,60}?"
    r"\s+(?:for|in terms of|regarding|with (?:respect|regard) to)|"
    # "A outperformed B on walking speed"
    r"outperform(?:ed|s)\s+[^,;:()]{1,60}?\s+(?:for|on|in terms of|regarding|with (?:respect|regard) to)|"
    r"(?:superior|inferior)(?:\s+to\s+[^,;:()]{1,60}?)?\s+in(?!\s+(?:the|all|both|each|patients|"
    r"participants|subjects|those|women|men|children)\b)|"
    r"\bthan\s+[^,;:()]{1,40}?\s+(?:for|in terms of|with (?:respect|regard) to)|"
    # "differences between pad weight and pad count between groups": measures, then the arms
    r"differences?\s+between(?=\s+[^,;:()]{3,80}?\s+between\s+(?:the\s+)?(?:two\s+)?(?:groups|arms)\b)|"
    r"differ(?:ed)?\s+(?:(?:significantly|statistically)\s+)*(?:between [^,;:()]{1,50}? )?"
    r"(?:in terms of|in|on|regarding|with (?:respect|regard) to))\s+(?:the\s+)?"
    r"(?P<m>)(?=[^;:]{3})",
)
# What a result did to a measure, as a past participle or a comparative: "reduced pain", "lower pain".
_CHANGED = (
    r"reduced|decreased|increased|improved|lowered|raised|ameliorated|relieved|alleviated|"
    r"enhanced|shortened|prolonged|attenuated|prevented|diminished|eased|lessened|worsened|"
    rf"{IMPAIRED}|{RESTORED}|better|worse|higher|lower|greater|less|more|fewer|shorter|longer|smaller|larger|"
    r"halved|doubled|tripled"
)
_OBJECT = compiled(
    # not after "no": "it was no longer different", "no better than sham" change nothing (the word
    # boundary first, so that ``compiled`` can tell ``re`` the words' openings); "improved on the
    # CSS": the scale improved on, before "improved" alone takes "on the CSS"
    r"\b(?<!\bno )(?:(?:improved|worsened|deteriorated) (?:significantly )?on(?: the)?|"
    rf"{_CHANGED}|reduce|improve|decrease|increase|"
    r"reducing|improving|decreasing|increasing|lowering|relieving|preventing|"
    # "delayed the time to first analgesic request", "delayed the onset of atrial fibrillation": the
    # time it lengthened
    rf"{DELAYED}|"
    r"accelerated|hastened|"
    # "did not prevent wound infection", "failed to shorten the stay": the verb after "not" or "to"
    r"(?:(?<=not )|(?<=not significantly )|(?<=failed to ))"
    r"(?:prevent|shorten|prolong|lower|relieve|alleviate|accelerate|hasten|lessen|"
    r"delay(?=\s+(?:the\s+)?(?:(?:mean|median)\s+)?(?:time|latency)\b))|"
    r"(?:not|no|never) (?:significantly |adversely |negatively )?"
    r"(?:affect|alter|influence|modify|change|impair|compromise)|"
    # "did not change pain": the verb after "not", which _VERB takes as an auxiliary
    r"(?:(?<=not )|(?<=never )|(?<=not significantly ))(?:affect|alter|influence|modify|change))\s+"
    # "no change occurred in the control group": a verb, not the object of "change"
    r"(?!(?:often|frequently|commonly|likely|occurred|occurs|was|were|took place|followed|happened|"
    r"appeared|emerged)\b)"
    # "increased to higher levels": the level the measure reached, not another measure
    r"(?!(?:levels?|values?|concentrations?)\b(?!\s+of\b))"
    # "reduced both nausea and vomiting": the list after "both"
    r"(?:both\s+)?(?P<m>)(?=[^,;:]{3})",
)
# An arm as its people, named after a share of them: "12% of the drug group", "12% of drug recipients".
_ARMS_PEOPLE = r"(?:group|arm|recipients|users|patients|participants)s?\b"
# What people had: "fewer patients in the drug group had wound infection", "five subjects (16%)
# in one group and one (3%) in the other developed a rash", what they reported, used, took or rated
# ("fewer patients in the drug group used rescue analgesics"), what they sustained ("two residents in
# the drug group sustained a fracture"); the state they were in: "19 patients in one group and 15 in
# the other were still in remission" (never "were in the massage group").
_HAD = Screened(
    r"(?:\b(?:patients?|participants?|subjects?|women|men|children|infants|people|persons|individuals|residents?)\b|"
    # "8% of the placebo group and 3% of the drug group had a relapse": an arm's share, by its name
    rf"(?<![\w.·])\d+(?:[.·]\d+)?\s*%\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{1,4}}?{_ARMS_PEOPLE})"
    # "children treated with B. clausii had": a genus's initial does not end the subject, nor
    # does a decimal point ("five subjects (16.2%) in one group and one (3.3%) in the other had")
    r"(?:[^.;:]|(?<=\b[A-Za-z])\.|(?<=\d)\.(?=\d)){0,100}?"
    r"\s(?:had|developed|experienced|suffered(?: from)?|sustained|required|needed|achieved|attained|reported|"
    r"used|took|"
    # "patients in the massage group rated their satisfaction higher": what they rated
    r"rated (?:their|the|his|her)|"
    r"(?:were|was|remained) (?:still )?in(?!\s+(?:the|a|an|each|both|either|all|their|this|that|these|"
    r"those|groups?|arms?|\w+ (?:groups?|arms?))\b))\s+"
    # "achieved (at least) 5% weight loss": the size of the goal is no part of its name
    r"(?:an?\s+|any\s+)?(?:(?:at least|over|more than)\s+)?(?:\d+(?:[.·]\d+)?\s*%\s+(?=[a-z]))?"
    r"(?P<m>)(?=[^,;:]{3})"
)
# The state more or fewer of an arm's people were in, set against the other arm's: "more women in the
# yoga arm were continent than in the control arm", "fewer patients in the massage group were
# nauseated at 2 hours" (not "were randomized to").
# The arm may follow the state: "more patients were satisfied with fictolan than with placebo",
# "fewer women were incontinent in the yoga arm compared with controls" (not "were randomized to",
# "were treated with": how the trial ran, not a state it compared).
_STATE_BEFORE_ITS_ARM = (
    r"(?!(?:randomi[sz]ed|allocated|assigned|treated|included|enrolled|recruited|excluded|lost|followed|"
    r"analy[sz]ed|screened|available|eligible|given|receiving)\b)"
    r"[a-z][\w-]+\s+(?:in|with|after|among|on)\s+(?:the\s+)?(?:[\w+/-]+\s+){1,4}?"
    r"(?:than|compared|versus|vs\b|relative)"
)
_MORE_OF_AN_ARM_WERE = Screened(
    rf"\b(?:{HOW_MANY_PEOPLE})\s+(?:in|of|from)\s+(?:the\s+)?(?:[\w+-]+\s+){{0,3}}?(?:group|arm)s?\s+(?:was|were)\s+"
    r"(?P<m>)(?=[a-z][\w-]+\s+(?:than|compared|at|after|\(|\[))"
)
_MORE_WERE_BEFORE_THE_ARM = Screened(
    rf"\b(?:{HOW_MANY_PEOPLE})\s+(?:was|were)\s+(?P<m>)(?={_STATE_BEFORE_ITS_ARM})"
)
# What an arm's people were more or less likely to do or have: "participants in the massage group
# were less likely to need rescue analgesia", "more likely than controls to be satisfied", "no more
# likely to be in remission".
_LIKELY_TO = Screened(
    r"\b(?:was|were|are|is)\s+(?:not\s+|no\s+)?(?:(?:statistically\s+)?(?:significantly|\w+ly)\s+)?(?:more|less)\s+likely\s+"
    r"(?:than\s+[^,;:()]{1,40}?\s+)?to\s+(?:(?:be(?:\s+in)?|have|report|need|require|use|receive|take|achieve|attain|"
    r"experience|develop|undergo|show)\s+)?(?:an?\s+|any\s+)?(?P<m>)(?=[^,;:]{3})"
)
# What more or fewer of an arm's people did, counted: "fewer patients in the massage group
# discontinued treatment", "more participants returned to work", "40 (80%) patients in one group
# and 41 (79%) patients in the control group returned to work", "12% of drug recipients and 25% of
# placebo recipients relapsed": the deed is the measure; and what
# befell them: "twelve patients (12%) in the placebo group died, compared with eight ...".
_DEEDS = (
    r"continued|discontinued|stopped|completed|attended|returned to|resumed|adhered to|died|relapsed|"
    r"fell(?! asleep| ill)|healed|survived|recovered|responded|quit smoking"
)
_PEOPLE_DID = Screened(
    rf"\b(?:{HOW_MANY_PEOPLE}|{PEOPLE_WORDS}(?:\s+\([^()]{{1,30}}\))? in (?:the )?"
    r"(?:[\w-]+ ){0,3}?(?:group|arm)s?\b|"
    # "12% of the drug group and 25% of the placebo group relapsed", "12% of drug recipients ..."
    rf"(?<![\w.·])\d+(?:[.·]\d+)?\s*%\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{1,3}}?{_ARMS_PEOPLE})"
    rf"(?:[^.;:()]|\([^()]{{1,30}}\)){{0,80}}?\s(?P<m>)(?=(?:{_DEEDS})\b)"
)
# What an arm's people did more or less often, the deed the measure: "patients in the drug group
# vomited less often than those given placebo", "women given the drug coughed more frequently",
# "fell less often".
_PEOPLE_DID_MORE_OFTEN = Screened(
    rf"\b{PEOPLE_WORDS}(?:[^.;:()]|\([^()]{{1,30}}\)){{0,80}}?\s(?P<m>)"
    # a deed of its own, not a verb whose object is the measure ("reported pain more often")
    r"(?!(?:improved|worsened|deteriorated|changed|reported|received|required|needed|used|treated|assessed|"
    r"measured|observed|noted|recorded|experienced|developed|showed|presented|complained)\b)"
    r"(?=(?P<named>[a-z]{3,}ed|fell)\s+(?:(?:statistically\s+)?significantly\s+)?(?:more|less)\s+"
    r"(?:often|frequently)\b)"
)
# "only one patient died in the massage group compared with 11 in the control group": a count, its
# people, what befell them, then their arm.
_COUNT_BEFELL = Screened(
    rf"\b(?:\d+|{_UNITS}|ten|no)\s+"
    r"(?:patients?|participants?|subjects?|women|woman|men|man|children|child|infants?|people|person)"
    r"(?:\s+\([^()]{1,30}\))?\s+"
    rf"(?P<m>)(?=(?:{_DEEDS})\s+(?:in|among|with|after)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:group|arm)s?\b)"
)
# "There were 39.3% (154/392) and 88.4% (344/389) responders in the A and B groups, respectively":
# each arm's count or share, bracketed or not, then what was counted.
_SHARE = r"\d+(?:[.·]\d+)?\s*%?(?:\s*\([^()]{1,20}\))?"
_THERE_WERE_COUNTS = Screened(
    rf"\bthere\s+(?:was|were)\s+{_SHARE}\s+(?:and|vs\.?|versus)\s+{_SHARE}\s+"
    r"(?P<m>)(?=[a-z][^,;:]{2})"
)
# What an arm had so many of: "the drug group had 5 episodes of hypotension and the placebo group
# had 12", "group B experienced 3 (10%) falls": the count is no part of what was counted.
_ARM_HAD_COUNT = Screened(
    r"\b(?:group|arm)s?\s+(?:(?:[a-z]\d?|\d+|i{1,3}|iv)\s+)?(?:had|experienced|developed|reported)\s+"
    rf"(?:\d+|{_UNITS}|ten)\s+(?:\([^()]{{1,20}}\)\s+)?"
    # what was counted ends where the other arm is named, or at a bracket or the clause's end
    r"(?P<m>)(?=(?P<named>[a-z][^,;:()]{2,60}?)(?:\s*(?:[(,;:]|\.?$)|\s+(?:and|while|whereas|but|"
    r"compared|versus|vs\.?)(?:\s+(?:with|to))?\s+(?:the\s+)?"
    r"(?:(?!(?:and|or|while|whereas|but|than|in|with)\b)[\w-]+\s+){0,3}?(?:group|arm)s?\b))"
)
# What each arm had a value of: "groups 1 and 2 had average amplitudes of 17.2 and 6.9 degrees",
# "the massage group had a mean grip strength of 31 kg".
_HAD_A_VALUE = Screened(
    rf"\b{ARM_HAD}\s+(?:an?\s+|the\s+)?(?:mean|average|median)\s+(?P<m>)"
    r"(?=(?P<named>[^,;:()]{3,60}?)\s+of\s+[−-]?\d)"
)
# "no significant mortality difference between the groups": the measure named before the
# difference it made none of, as "no difference in mortality" names it after.
_DIFFERENCE_OF = Screened(
    r"\bno\s+(?:(?:statistically\s+)?significant\s+)?(?:\([^()]{1,40}\)\s+)?(?P<m>)"
    r"(?=(?P<named>(?!(?:statistical|significant|clinical|meaningful|important|relevant|real|apparent|"
    r"notable|major|overall|marked|appreciable|substantial|detectable|further|other)\w*\b)"
    r"[a-z][a-z -]{2,40}?)"
    r"\s+differences?\s+(?:\([^()]{1,40}\)\s+)?(?:between|among|across)\b)"
)
# "the analysis showed the rate of healing to be higher in the massage group": what was shown to
# differ, named between the verb and "to be".
_SHOWN_TO_BE = Screened(
    r"\b(?:showed|shows|revealed|demonstrated|found|indicated)\s+(?P<m>)"
    r"(?=(?P<named>[^,;:]{3,120}?)\s+to\s+be\s+(?:(?:\w+ly|not)\s+)*"
    # a level's words, not an arm's ("showed massage to be better than rest", "similar to sham")
    r"(?:higher|lower|greater|smaller|shorter|longer|reduced|increased|decreased|unchanged|"
    r"(?:similar|comparable|different)(?=\s+(?:in|between|among|across)\b))\b)"
)
# "a pooled mean stroke reduction of 18% (95% CI 7-28)", "a 12% hospitalisation reduction (p =
# 0.01)": the measure named before the change it had, its size after it or before, then the
# estimate's interval or test (not "a significant reduction of 4% (p = 0.01)", "a greater increase
# (p = 0.01)": no measure; nor "an average weight reduction of 4% with A and 3% with B": each arm's).
_NAMED_BEFORE_ITS_CHANGE = Screened(
    r"\b(?:an?|the)\s+(?:[−-]?\d+(?:[.·]\d+)?\s*%\s+)?"
    r"(?:(?:weighted|relative|absolute|average|mean|median|estimated|pooled)\s+)*(?P<m>)"
    r"(?=(?P<named>(?!(?:significant|greater|larger|smaller|bigger|further|similar|marked|modest|slight|small|"
    r"large|substantial|dramatic|sharp|clinically|statistically|overall|risk|dose|net|total|percent|"
    r"percentage)\b)[a-z][\w-]{1,30}(?:\s+(?!(?:reduction|decrease|increase)\b)[a-z][\w-]{1,30})?)"
    r"\s+(?:reduction|decrease|increase|decline)\s+(?:(?:of|by)\s+[−-]?\d[\d.·]*\s*(?:%|[a-zμ/]+)?\s*)?"
    # its estimate's interval or test in the bracket after it, as one arm's effect against another's
    r"\((?=[^()]*(?:\bci\b|confidence|\bp\s*[=<>≤])))"
)
# "No single cause of readmission was significantly altered", "no lipid fraction differed
# significantly": the measure named after "no", any change of any of its kind denied (not "no
# significant change in X", whose measure follows, nor "no patient was ...": people, no measure).
_NONE_CHANGED = Screened(
    r"^\W*no\s+(?P<m>)(?=(?P<named>(?!(?:significant|statistically|differences?|changes?|effects?|one|other|"
    r"patients?|participants?|subjects?|children|women|men|people)\b)[a-z][^,;:()]{2,60}?)\s+"
    rf"{NONE_CHANGED_VERB})"
)
# Discharged earlier or later: "the massage group was discharged 3 days earlier than the control
# group", the time to discharge (shorter, better).
_WHEN_DISCHARGED = compiled(rf"discharged{HOW_MUCH_SOONER}(?:earlier|sooner|later)\b")
_DISCHARGED = Screened(
    r"\b(?:was|were|be|been|being)\s+(?:(?:statistically\s+)?(?:significantly|\w+ly)\s+)?(?P<m>)"
    rf"(?=(?P<named>discharged){HOW_MUCH_SOONER}(?:earlier|sooner|later)\b)"
)
_REACHED = compiled(r"\s(?:achieved|attained)\s")
# What an effect estimate is of: "the hazard ratio for death was 0.76 (95% CI 0.63 to 0.92)",
# "hazard ratios (HRs) comparing time to death were ...".
_RATIO_OF = Screened(
    r"\b(?:hazard|odds|risk|rate) ratios?(?: \([a-z]+\))? (?:for|of|comparing) (?:the )?(?:first )?"
    r"(?P<m>)(?=[^,;:]{3})"
)
# Where a measure's name ends: a group, a time, a comparison, a statistic, the next clause.
# A band of a level: "the target range", "the 4.0-7.0 mmol/l range".
_GOOD_BAND = r"target|normal|therapeutic|euglyc\w+"
_A_RANGE = (
    rf"(?:the\s+)?(?:{_GOOD_BAND}|[\d.,]+\s*(?:[–-]|to)\s*[\d.,]+)"
    r"(?:\s*(?:mmol/l|mg/dl|%))?(?:\s+(?:glucose|glycaemic|glycemic))?\s+range\b"
)
# The nouns a name ends on after an abbreviation of its first words ("gastrointestinal (GI)
# symptoms", "heart rate (HR) variability"): what is measured of the thing abbreviated.
_HEAD_NOUN = (
    r"symptoms?|disturbances?|discomfort|complaints?|events?|complications?|scores?|levels?|"
    r"concentrations?|values?|index|indices|ratios?|rates?|variability|expression|activity|function|"
    r"volumes?|thickness|density|duration|severity|frequency|incidence|intake|consumption|use"
)
_END = compiled(
    # Every cut opens with a space, a bracket, a comparison sign or a comma: checked first, so
    # that the lookbehinds below run only there, not at every character.
    r"(?=[\s(\[=<>,])(?:"
    # "days with fever", "the percentage of patients with a relapse": one measure
    r"(?<!\bdays)(?<!\bnights)(?<!of patients)(?<!of participants)(?<!of subjects)(?<!of women)"
    r"(?<!of children)(?<!\btime spent)\s+with\b|"
    # "time spent in hypoglycaemia", "time spent with glucose below 3.9": the state, one measure,
    # as is the band a level was in ("with glucose in the 4.0-7.0 mmol/l range")
    rf"(?<!\btime spent)\s+in\b(?!\s+{_A_RANGE})|"
    # "the need for rescue analgesia", "the time for successful intubation" (but "insertion time for
    # the i-gel": the arm)
    # "the AUC for glucose": what the area under the curve is of
    r"(?<!\bneed)(?<!\bneeds)(?<!requirement)(?<!requirements)(?<!\btime)(?<!\bauc)(?<!\bAUC)(?<!\bcurve)"
    r"\s+for\b|"
    r"(?<=\btime)\s+for(?= (?:the|groups?|arms?)\b)|"
    # "the time from birth to first feeding": one measure (but "time from baseline": when)
    r"(?<!\btime)\s+from\b|\s+from(?=\s+(?:baseline|week|day|month|visit)\b)|"
    r"\s+(?:between|among|compared|comparing|versus|vs\.?|than|after|at|was|were|is|"
    r"are|by|during|when|relative|over|within|but|which|that|while|whereas|had|has|did|"
    r"remained|showed|on|following|across|as|p|significantly|statistically|using|reported|up to|"
    r"experienced|demonstrated|exhibited|receiving|received|consuming|treated|who|achieved|produced|"
    r"displayed|obtained|reached|attained|presented|revealed|yielded|resulted|underwent|rated|"
    r"favou?r(?:ed|ing|s)|"
    # (not the first word of a hyphenated modifier: "use of as-needed analgesics", "on-demand")
    r"before|each|both|respectively|throughout|since|because|among)\b(?!-)|"
    # "the decline in satisfaction seen with placebo": where it was seen, after the name (not "could
    # be seen in those on X", the clause's own verb)
    r"(?<!\bbe)(?<!\bbeen)(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)"
    r"\s+(?:seen|observed|noted)(?=\s+(?:with|in|among|after|under)\b)|"
    # "symptoms such as back pain": the examples after it are named on their own
    r"\s+such(?=\s+as\b)|"
    # another change named after it: "a reduction in A and a significant increase in B", "the
    # decrease in A and the reduction in B"
    rf",?\s+(?:and|or)\s+(?=(?:the\s+)?{ITEM_CHANGE})|"
    # a comparative of the arms after the name: "rated their satisfaction higher than controls", not a
    # threshold ("higher than 5"), nor how it was done: "reduced nausea more effectively than placebo"
    r"\s+(?:higher|lower|better|worse|greater|smaller|more|less)(?=\s+(?:\w+ly\s+)?than\b(?!\s+\d))|"
    # a bracket, but not an abbreviation glued to the rest of the name: "interleukin (IL)-6", nor
    # one before the noun it qualifies: "gastrointestinal (GI) symptoms"
    rf"\s*(?!\([A-Za-z]{{1,9}}\)(?:-\w|\s+(?:{_HEAD_NOUN})\b))[(\[=<>]|"
    # "a reduction in mortality of 11%", "a success rate of 90%": its size, after the name
    r"\s+of\s+(?=(?:about\s+|approximately\s+)?\d+(?:[.·]\d+)?\s*%)|"
    # "the walking distance of the massage group was higher": whose it was, as "in the group" says
    # "the length of stay of the patients who received massage": whose it was, the arm's people
    # (not "the number of patients who ...", the people counted)
    r"(?<!number)(?<!numbers)(?<!proportion)(?<!proportions)(?<!percentage)(?<!percentages)(?<!share)"
    r"(?<!rate)(?<!rates)(?<!ratio)(?<!count)(?<!majority)(?<!most)(?<!none)(?<!all)(?<!half)(?<!%)"
    r"\s+of\s+(?=the\s+(?:patients|participants|subjects|women|men|children|infants|people)\s+"
    r"(?:who|in|receiving|treated|given|allocated|assigned|randomi[sz]ed)\b)|"
    # (not "severity of signs in the group", whose "of" names the measure's own part)
    r"\s+of\s+(?=the\s+(?:(?!(?:in|under|with|of|on|for)\b)[\w+-]+\s+){0,3}?(?:group|arm)s?\b)|"
    # a number ends the name, unless it counts the time the measure spans ("5 year survival") or
    # is a response's threshold ("SALT 50 response": not the bare score, whose good side is the other)
    r"(?<!grade)(?<!stage)(?<!type)(?<!class)(?<!or)(?<!and)\s+\d+(?:[.·]\d+)?(?=\s|%|$)(?!\s+respon)"
    r"(?![\s-]+(?:years?|months?|weeks?|days?|hours?)[\s-]+(?!(?:after|before|of|from|post\w*|later)\b)[a-z])|,\s+(?!and\b|or\b)(?=\w+\s+(?:was|were|is|are)\b)|"
    # "felt more relaxed, and no adverse effects occurred": a clause of its own after the name
    r",\s+(?:and|but)\s+(?=(?:no|there)\s))",
)
_LEAD = compiled(
    # "the mean of birth weight", "mean change (SD) from baseline in synovitis": what the value is of
    r"(?:(?:(?:mean|median|average)\s+(?:of|for)|(?:changes?|reductions?|increases?|improvements?)\s+"
    r"(?:\((?:sd|se|sem|iqr|range)\)\s+)?from\s+baseline(?:\s+(?:in|of))?|(?:score\s+)?changes?\s+for|the|a|an|its|their|mean|median|average|overall|total|both|all|any|also|only|most|some|"
    r"neither|either|including|such as|i\.e\.,?|e\.g\.,?|"
    # "other biochemical markers including albumin, ...": the kind of measure, then the measures
    r"(?:[\w-]+\s+)?(?:markers|parameters|measures|outcomes|variables|indices|indicators|endpoints)\s+"
    r"(?:including|such as)|"
    # "better outcomes of both sleep and fatigue": the outcomes are the ones the list then names
    r"(?:(?:better|worse|poorer|improved)\s+)?outcomes?\s+(?:of|in|for|on)(?=\s+both\b)|"
    r"several|many|various|other|(?:patients|participants|subjects)['’]|"
    r"significantly|statistically|significant|further|greater|higher|lower|more|less|fewer|shorter|longer|"
    r"(?:serum |plasma |blood )?levels? of|rates? of|scores? (?:of|for|on)|values? of|"
    # "... and required a lower dose of C": what the arm had, before the item's own comparative
    rf"{ARM_HAD}(?=\s+{ITEM_COMPARATIVE})|"
    r"number of|amount of|changes? in|changes? of|improvements? in|reductions? in|increases? in|"
    # "the fall in haemoglobin": the change, then what changed ("falls" are events counted)
    r"decreases? in|declines? in|rises? in|drops? in|fall in|"
    r"scores? in|measures? of|\((?:sd|se|sem|iqr|range)\)|"
    # "the mean ± SEM percentage of time ...": the spread the values come with, before the name
    r"(?:±|\+/-)\s*(?:sd|se|sem))\s+)+",
)
# An arm of the trial ("the placebo arm", "arm B", "arms of the trial"); the body's arm is
# measured ("arm volume", "arm circumference").
_TRIAL_ARM = r"arms?\b(?=\s*$|\s+(?:[a-z0-9]{1,2}|i{1,3}|iv|of|in|with|and|or|who|that|was|were)\b)"
_NOT_A_MEASURE = Caseless(
    r"^(?:there|this|these|those|that|it|they|we|which|who|no|none|neither|nor|results?|"
    r"differences?|findings?|data|analysis|analyses|study|trial|treatment|intervention|experiment|"
    r"therapy|program|programme|training|exercise|"
    rf"patients?|participants?|subjects?|women|men|children|infants|people|persons|individuals|groups?|"
    rf"{_TRIAL_ARM}|both|all|effective|efficacious|"
    r"outcomes?|measures?|parameters?|variables?|effects?|values?|scores?|levels?|changes?|"
    r"significant|statistically|p|compared|respectively|other|others|each|control|placebo|"
    r"sham|baseline|time|times|rates?|reductions?|increases?|gains?|improvements?|decreases?|declines?|doses?|"
    r"regimens?|"
    r"formulations?|devices?|procedures?|techniques?|methods?|domains?|subscales?|items?|dimensions?|"
    r"components?|favou?r(?: of)?|generally|efficacy|effectiveness|benefits?|multiple|intense|physicians?|"
    r"nurses?|clinicians?|surgeons?|investigators?|staff|caregivers?|"
    # "Week 4 scores were similar to week 1": a time, not what was measured at it
    r"days?|weeks?|months?|years?|visits?|follow-?ups?|genders?|sexes|"
    # "women in the upper tertiles": a subgroup of the people, not what was measured in them
    r"tertiles?|quartiles?|quintiles?|deciles?)\b",
)
# Words that open a description of the result or of the study, never a measure's name, however
# long: "a non-significant fall", "similar results", "the adjusted mean", "because visualization".
_NOT_A_MEASURE_START = Caseless(
    r"^(?:non-?significant(?:ly)?|insignificant(?:ly)?|because|following|show|shows|showed|similar|seems?)\b|"
    # "..., indicating improvement": the authors' word for the change told before, of no measure
    r"^(?:indicating|suggesting|reflecting|implying|denoting)\b|"
    # "increased relative to baseline": what the change is set against, not what changed
    r"^relative to\b|"
    # "intergroup differences were not significant": the arms' difference, as a between-group one
    r"^(?:inter|intra)-?groups?\b|"
    # "superior to sham in reducing both pain and anxiety": what the arm did, not what was measured
    r"^(?:reducing|improving|increasing|decreasing|lowering|raising|relieving|alleviating|easing|preventing)\b|"
    # "Subgroup analysis showed positive effects": how the data were looked at
    r"^(?:subgroup|sensitivity|post[- ]hoc|per[- ]protocol|intention[- ]to[- ]treat) analys[ie]s$|"
    # "but the pooled effect was not significant": the trials' result taken together, of the outcome before
    r"^(?:pooled|summary|overall|combined) (?:effects?|estimates?|results?|analys[ie]s|differences?|data)$|"
    # "but meta-analysis showed no difference": the review's pooling of the trials, not a measure
    r"^(?:(?:the|a|this) )?(?:meta-?analys[ie]s|meta-?regressions?)$|"
    r"^(?:adjusted |crude )?(?:mean|median)s?$|"
    # "the adjusted treatment difference of -0.4 was not significant": the arms' difference in the
    # outcome told before, not a measure of its own
    r"^(?:(?:adjusted|unadjusted|estimated|absolute|mean|median|overall|treatment|between[- ]groups?)\s+)+"
    r"differences?\b|"
    # "Trials of plain massage showed no effect": the trials a review pooled, named by what they gave
    r"^(?:the )?(?:trials|studies|rcts) (?:of|on|using|with)\b|"
    # "whereas low-dose fictolan did not differ from placebo": one dose's arm, named by its drug
    r"^(?:low|high|medium|intermediate|standard)[- ]dose \S+$|"
    # "the effect of aromatherapy (on agitation)": what was given, whose effect is on the measure
    r"^(?:(?:the|an?) )?(?:effects?|benefits?) of\b|"
    # "Moderate-quality evidence showed that ...": how sure a review is of its result, not a measure
    r"\bevidence$|"
    # "The Mann-Whitney test showed a significant difference": the test of the arms, not a measure
    r"\b(?:t-?tests?|(?:mann-whitney|wilcoxon|chi-?square|kruskal-wallis|friedman|fisher'?s?(?: exact)?)"
    r"(?: u| signed[- ]rank| rank[- ]sum)? tests?|anovas?|ancovas?|analysis of (?:co)?variance|"
    # "Post-hoc tests showed ...", "pairwise comparisons showed ...": which arms the test set apart
    r"(?:post[- ]hoc|pairwise|bonferroni|tukey'?s?|scheff[eé]'?s?)(?: (?:tests?|comparisons?))+)$"
)
# A statistic, not what it measures: "Hazard ratios (HRs) comparing time to death were ...", "the
# pooled SMD was -0.45".
_STATISTIC_NAME = compiled(
    r"(?:(?:the )?(?:adjusted |pooled |crude |overall |summary )?"
    r"(?:(?:hazard|odds|risk|rate|incidence rate) ratios?|"
    r"relative risks?|(?:standardi[sz]ed |weighted )?mean differences?|effect sizes?|p[- ]values?|"
    r"(?:a)?(?:hr|or|rr|irr|md|smd|wmd)s?))",
    re.IGNORECASE,
)
_NAMES_AN_ARM = compiled(rf"\bgroups?\b|\b{_TRIAL_ARM}", re.IGNORECASE)
_ABBREVIATION = compiled(r"(?!NS|SD|SE|CI|IQ|VS)[A-Z]{2}|Hb|pH")  # "OS", "BP", "Hb": two letters name one
_NUMBER_WORD = compiled(r"[−-]?[\d.,·%±/]+")  # "70 and 39 women", "14/40 dogs": counts, not a measure
_COUNT_WORD = compiled(rf"(?:{_UNITS}|{_TENS})(?:-(?:{_UNITS}))?", re.IGNORECASE)  # "Four vs two events"
# "Four vs two events of severe hypoglycaemia", "12 and 5 headaches": each arm's count, then what
# was counted.
_COUNT = rf"(?:\d+|(?:{_UNITS}|{_TENS})(?:-(?:{_UNITS}))?)"
_COUNTS_LEAD = compiled(
    rf"{_COUNT}\s+(?:vs\.?|versus|and)\s+{_COUNT}\s+(?:(?:events?|episodes?|cases?|instances?)\s+of\s+)?"
    # not times or amounts: "FVC at 6 and 12 weeks"
    r"(?!(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|sessions?|times?|points?|[a-z]{1,3})\b)",
    re.IGNORECASE,
)
# Control that is held, not an arm: "trunk control", "selective motor control", "seizure control".
_HELD = ("trunk", "head", "motor", "postural", "sitting", "seizure", "glycemic", "glycaemic")
_CONTROL_HELD = "".join(f"(?<!{held} )" for held in _HELD)
_GROUP = compiled(  # "the massage group", "older women"; not "dominance of men"
    r"(?<!\bof )\b(?:groups?|arms?|cohorts?|patients|participants|subjects|women|men|children|infants|"
    rf"volunteers|placebo|{_CONTROL_HELD}controls?|sham|recipients|users)$",
    re.IGNORECASE,
)
_LEADING_CONTEXT = compiled(
    r"^(?:(?:already|at|after|by|in|during|following|compared (?:with|to)|versus|vs\.?|among|for|with|"
    r"regarding|from|on|within|over|when|although|though|however|moreover|furthermore|additionally|"
    r"similarly|likewise|conversely|in contrast|by contrast|in addition|notably|importantly|"
    r"interestingly|nevertheless|nonetheless|in particular|specifically|accordingly|consequently|"
    r"unexpectedly|surprisingly|remarkably|strikingly|paradoxically|unfortunately|of note|"
    r"therefore|thus|hence|overall|finally|also|and|but|while|whereas)\b(?:(?!\b(?:was|were|is|are)\b)[^,]){0,80},"
    r"(?!\s*(?:this|it|these|they)\b)\s*)+",
)

# "Although triglycerides dropped by 14 mg/dl, this was not significant": the conceded result is the
# clause's statement, its subject the measure, not a setting to pass over.
_CONCEDED = compiled(
    r"^(?:although|though|even though|while)\s+(?=[^,;]{3,80}?\s(?:was|were|had|[a-z]{3,}ed)\b[^,;]{0,80}?"
    r"(?:,\s*(?:but\s+)?|\s+but\s+)(?:this|these|it|that|"
    r"the (?:difference|change|reduction|increase|decrease|improvement|effect)s?)\b)"
)
# "At 12 months, lymphoedema had developed in 13% ...": only a time opens the clause, no arm whose
# list of what happened it may be.
_OPENS_ON_A_TIME = compiled(
    r"^(?:at|after|by|during|within|over|following)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|first|second|third)?[\s-]*"
    r"(?:years?|months?|weeks?|days?|hours?|follow-up|treatment|intervention|study)\s*,"
)
# "In the dyslipidemia study LDL cholesterol was reduced": where, before the subject.
_LEADING_SETTING = compiled(
    # "although cortisol fell by 9%, this was not significant", "although cortisol fell by 9%" cut
    # before "but this was not significant": the conjunction, then the subject
    r"^(?:even )?(?:although|though) (?=[^,]{1,80}(?:$|, (?:this|it|these|they) ))|"
    r"^(?:in|among) (?:the |this |each )?[\w\s-]{1,40}?"
    r"(?:study|trial|subgroup|analysis|population|cohort)\s+|"
    r"^(?:the )?(?:results?|data|analys[ie]s|findings?) "
    r"(?:showed|revealed|indicated|demonstrated|suggested) that\s+|"
    # "After treatment the functional score was 89 in the massage group": when, with no comma
    # before the subject it sets
    r"^(?:(?:at|by) the end of|after|following) (?:the |\d+ )?(?:[\w-]+ ){0,3}?"
    r"(?:treatment|intervention|therapy|program|programme|sessions?|weeks?|months?|days?|follow-up)\s+"
    r"(?=(?:the|mean|median|average)\s)"
)
_AUXILIARY = compiled(
    r"(?:(?:did|does|do|could|would|may|might|can|also|further|not|significantly|statistically|"
    r"markedly|greatly|slightly|substantially|considerably|"
    # "the almond diet tended to decrease VCAM-1": a trend of the object
    r"(?:tended|tends|tend|appeared|appears|seemed|seems) to)\s+)+"
)
# "Fictolan resulted in a significant decrease in A": the change a noun after what caused it, whose
# subject is the cause, never a measure.
_CAUSED = compiled(
    r"(?<![\w-])(?:resulted\s+in|led\s+to|caused|produced|induced)"
    r"(?:\s+(?:an?|the|significant|statistically|marked|small|slight|large|greater|further))*$"
)
_LONG_SUBJECT = 120  # characters before a clause's verb, for a subject of a few words
_LONGEST_SUBJECT = 240  # for a list of measures, each named in a few words
# "In terms of skin thickness, the groups did not differ", "Regarding appetite, body weight and
# thirst, the arms did not differ": the measures named as the topic before a statement that names
# none of its own.
_TOPIC = compiled(
    r"^\W*(?:in terms of|regarding|with (?:respect|regard) to|as (?:for|regards)|concerning)\s+(?:the\s+)?"
    # one measure, or a list of them ("appetite, body weight and thirst")
    r"(?P<m>[^,;()\d]{2,60}?(?:(?:,\s+[^,;()\d]{2,40}?)*,?\s+and\s+[^,;()\d]{2,40}?)?)\s*,\s+"
)
# "For lack of glare, lens A was significantly better than lens B": a topic too, but only before
# the arms compared on it, as "for" also opens the people a result is about ("For older women, ...").
# "In the treatment of itch, fictolan was superior to placebo": what the arms were compared in treating.
_FOR_TOPIC = compiled(
    rf"^\W*(?:for|in\s+the\s+{_CARE_OF_A_HARM})\s+(?:the\s+)?(?P<m>[^,;()\d]{{2,60}}?)\s*,\s+"
)
# "The use of fictolan for itch was more effective than placebo": the arm, and what it was used
# for, as the subject of its ranking against the control arm; what it was used for is what the arms
# were compared on.
_USED_FOR_TOPIC = compiled(
    r"^\W*(?:the\s+)?(?:use|administration|application)\s+of\s+[^,;()\d]{1,50}?\s+"
    rf"(?:for|in\s+the\s+{_CARE_OF_A_HARM})\s+(?:the\s+)?(?P<m>[^,;()\d]{{2,60}}?)(?=\s+(?:was|were)\s)"
)
# "Satisfaction: massage 64.7%, usual care 35.7%": the measure, a colon, then each arm's value;
# "Successful cannulation: 98% (ultrasound) vs 84% (landmark)", each value, then its arm in brackets;
# or the two values set one against the other ("Pulmonary complications: 6% vs 10%").
_HEADED = compiled(
    rf"{MEASURE_BEFORE_COLON}\s+(?=[^\d:;]{{1,40}}?\d|\d[\d.·]*\s*%?\s*\((?:the\s+)?[a-z][^()\d]{{1,40}}\)|"
    r"[−-]?\d[\d.,·]*\s*%?\s*(?:\([^()]*\)\s*)?(?:vs\.?|versus)\s+[−-]?\d)"
)
# In brackets after a result, each measure it covers with its own estimate: "no differences in lung
# function (peak flow: mean difference 0.2 [95% CI -0.3 to 0.7]; vital capacity: ...)".
_LABELLED_ESTIMATE = Screened(
    r"[(;]\s*(?P<m>[a-z][^:;,()\[\]]{1,60}?)\s*:\s*(?:(?:mean|adjusted|standardi[sz]ed|between-group)\s+)*"
    r"(?:differences?|md|smd|ratio|or|rr|hr|effect size|es|β|beta|d)\b",
    words=(":",),
)
# A threshold in a measure's name: what is counted is reaching it, whose good side may be the
# level's opposite ("HbA1c below 7%" is good where a lower HbA1c is).
_THRESHOLD = compiled(
    r"(?:\b(?:(?P<below>below|under|less than|at most)|above|over|more than|greater than|at least)|"
    # not a p-value, however spaced ("p < 0.05", "p\u2009<\u20090.05" with thin spaces)
    r"(?<!p)(?<!p\s)(?<!value\s)(?:(?P<less>[<≤]|&lt;)|[>≥]|&gt;))\s*(?=[−-]?\d)"
)
_TARGET_VALUE = compiled(r"[−-]?\d+(?:[.·]\d+)?")
# "survival of patients under 50 years": who, not what they reached
_AGE_OR_TIME = compiled(r"[\s-]*(?:years?|yrs?|months?|weeks?|days?|hours?)\b")
_PEOPLE_BEFORE = compiled(
    r"\b(?:patients|participants|subjects|people|women|men|children|adults|infants|those|aged?)\s*$"
)
_MOST_WORDS = 12  # in one measure's name
_MOST_ITEM_WORDS = 8  # in each item of a longer list
# Before a subject's verb: space, and the p-value it may quote ("significantly (p < 0.05) reduced").
_BEFORE_VERB = compiled(r"\s*(?:\([^()]{0,60}\)\s*)?")
# A change with a direction after a subject: "were significantly higher", not "were similar"; or a
# change over time denied ("did not improve").
_DIRECTED = compiled(
    r"\s+(?:was|were)\s+(?:(?:significantly|statistically|also|all)\s+)*(?:higher|lower|greater|smaller|"
    r"increased|decreased|reduced|improved|longer|shorter|better|worse)\b|"
    # "..., and IL-6 did not improve with treatment": changed, or not, over time; no trait of a group
    r"\s+(?:did|do|does)\s+not\s+(?:significantly\s+)?(?:improve|change|decrease|increase|decline|fall|rise)\b"
)
# "However, A, B, ... and Z did not improve": a word joining the clause to the one before, no arm.
_JOINING_OPENING = compiled(
    r"(?:however|moreover|furthermore|in addition|additionally|also|similarly|likewise|in contrast|"
    r"by contrast|conversely|nevertheless|nonetheless|notably)\s*,\s*"
)
# A measure over a time span it names first: "5 year survival", "30 day mortality".
_TIME_SPANNED = compiled(r"\d+[\s-]+(?:years?|months?|weeks?|days?|hours?)[\s-]+[a-z]", re.IGNORECASE)
_COMMA = compiled(r",\s+(?:and\s+)?")
_BRACKET_AND = Screened(r"[)\]],?\s+and\s+")
_COPULA = compiled(r"\s+(?:\([^()]*\)\s+)?(?:was|were|is|are)\b")
# A verb that changes its subject and takes no object: "(p = 0.002) and rigidity improved".
_CHANGED_ITSELF = compiled(
    r"\s+(?:significantly\s+)?(?:improved|decreased|increased|declined|fell|rose|dropped|worsened)\b"
)
# "X was higher, as were B and C", "as well as the time to liquid diet": more of the same result.
_ALSO = Screened(rf"(?:\bas (?:did|had)\s+(?:in\s+)?(?:the\s+)?|{SAID_TOO})(?P<m>)(?=[^;:]{{3}})")
# A difference denied just before a list: "no (significant) differences in", "did not differ in".
_DENIED = compiled(r"\b(?:no|not|nor|neither|without)\s+(?:[\w-]+\s+){0,3}$")
# A list's preposition said again before its next item: "no differences in A or in B".
REPEATED_PREPOSITION = r"(?:in|on|for|regarding)"
# Between the items of a list: "A, B, and C", "A or B", "A as well as B"; not "grade 3 or 4".
_LIST_BREAK = (
    r"(?:\s*,\s*(?:(?:and/or|and|or|nor|as well as)\s+)?|\s+(?:and/or|and|or|nor|as well as)\s+)"
    # "levels of A and of B": the list's "of" said again, no part of B's name
    r"(?:of\s+(?=[a-z]|\d+(?:,\d+)*-[a-z]{3}))?"
)
_SEPARATOR = compiled(  # not after a number ("70 and 39 women"), but after a name's ("IL-6 and")
    r"(?:(?<!\d)|(?<=[a-z]-\d)|(?<=[a-z]-\d\d)|(?<=\b[a-z]\d)|(?<=\b[a-z]\d\d))"
    # nor before one unless a name opens with it ("parathormone and 1,25-dihydroxyvitamin D",
    # "ferritin and 6-minute walk distance"; not the "6- and 12-month" of one name)
    rf"(?:(?<![-–]){_LIST_BREAK}(?=\d+(?:,\d+)*-[a-z]{{3}})|{_LIST_BREAK}(?!\d))"
    # nor before the grade a rating reached ("ratings of good or excellent"): one measure, not two
    r"(?!(?:very\s+)?(?:good|excellent)\b)"
)
# The preposition that opens a list, and the same said again after a separator, before an item
# (not an arm: "in the massage group and in the rest group").
_OPENING_PREPOSITION = compiled(rf"\b(?P<p>{REPEATED_PREPOSITION})\s+(?:the\s+)?$")
_PREPOSITION_AGAIN = compiled(
    rf"(?P<p>{REPEATED_PREPOSITION})\s+(?!(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:groups?|arms?|patients|participants)\b)"
)
# "systolic and diastolic blood pressure": two words sharing one head noun, one measure.
_SHARED_HEAD = compiled(r"[\w-]+\s+(?:and|or|and/or)\s+(?!of\s)[\w-]+(?:\s+[\w-]+)+")
# What starts no item of a list: "..., assessed using a VAS", "..., which", "... and improved sleep".
_NOT_AN_ITEM = compiled(
    r"\w+ed\s+(?:by|using|with|as|for|in|at|to|from|on|according)\b|"
    r"(?:which|who|that|than|compared|respectively|was|were|is|are|had|has|did|showed|shown|"
    r"demonstrated|exhibited|displayed|achieved|produced|reported|experienced)\b|"
    rf"(?:significantly |statistically |also )*(?:{_CHANGED}|fewer|smaller|larger)\b",
)
# A subject's arms after its measure, and each arm's number after the verb, in order: "range of
# motion in the A and B were 136 and 130 degrees, respectively" names one measure, the rest of the
# list its arms.
_ARMS_THEN_NUMBERS = compiled(r"\s+(?:in|for|with|among)\s+(?:the\s+)?[\w+/-]+(?:\s+[\w+/-]+)?\s*$")
_EACH_ARMS_NUMBER = compiled(
    r"\s*(?:was|were)\s+[^;]{0,20}?\d[^;]{0,80}?\band\s+[^;]{0,20}?\d[^;]*?\brespectively\b"
)


def _arms_after_the_measure(low: str, item_end: int, piece_end: int, verb_at: int) -> bool:
    """Whether the words after a subject's first item name its arms, each given its number after
    the verb "respectively", so the list's other items are arms, not measures."""
    return bool(_ARMS_THEN_NUMBERS.match(low, item_end, piece_end) and _EACH_ARMS_NUMBER.match(low, verb_at))


_BRACKETED = compiled(BRACKETED)
# After an item, before the next separator: only a p-value, an abbreviation, a percentage.
_ONLY_BRACKETS = compiled(r"(?:\s*(?:\((?:[^()]|\([^()]*\))*\)|\[[^\[\]]*\]))*\s*[.,]?\s*")


_ADVERB = compiled(
    r"(?!(?:daily|family|weekly|monthly|yearly|early|supply|assembly|anomaly)$)[a-z]+ly", re.IGNORECASE
)
# "the other variables", "the remaining outcome measures": outcomes told apart only by where
# they stand among the study's.
_AMONG_THE_STUDY_S = (
    r"(?:rest of the |(?:all )?(?:the )?(?:other|remaining|investigated|studied|examined|assessed|"
    r"evaluated|analy[sz]ed)\s+)"
)
_OUTCOMES_WORD = (
    r"(?:(?:study\s+|measured\s+)?(?:outcomes?|outcome (?:measures|variables|parameters)|end-?points|"
    r"parameters|variables|measures|measurements)|"
    # the study's instruments, by their kind: "the other (rating) scales"
    r"(?:(?:rating|clinical|outcome|assessment)\s+)?(?:scales|questionnaires|instruments|tests|indices))"
)
# "the other domains", "the remaining subscales": the rest of an instrument named before.
_OTHER_PARTS = r"(?:other|remaining)\s+(?:domains|sub-?scales|dimensions|components|sub-?scores)"
# "multiple reported outcomes": how many outcomes, not which.
_VAGUE = Caseless(
    r"^(?:multiple|several|many|various|numerous)\s+(?:[\w-]+\s+)?(?:outcomes|measures|parameters|variables|"
    r"end-?points|domains|indices|indicators)$|"
    # "all outcomes", "the other variables": which ones, the methods say
    rf"^(?:the )?{_AMONG_THE_STUDY_S}?{_OUTCOMES_WORD}$|"
    rf"^(?:the )?{_OTHER_PARTS}$",
)
_OTHER_OUTCOMES = Caseless(rf"\b{_AMONG_THE_STUDY_S}{_OUTCOMES_WORD}\b")
_OTHER_PARTS_SAID = Caseless(rf"\b{_OTHER_PARTS}\b")
_FUNCTION_WORD = Caseless(
    r"^(?:there|this|these|those|it|its|they|we|which|no|none|neither|nor|with|without|in|at|of|for|"
    r"although|though|whereas|while|when|however|likewise|conversely|"
    r"to|by|on|from|after|before|during|and|or|but|as|than|was|were|is|are|be|been|being|not|"
    r"did|does|do|had|has|have|may|might|could|would|also|only|then|thus|frequent|common|often|likely|"
    r"remained|remain|remains|stayed|became|become|"
    r"significant|significantly|statistically|a|an|the|that|both|all|each|between|versus|vs)$",
)
# Words that tell when or in what form a result was taken, never what was measured: "Follow-up
# values were similar", "the final scores did not differ" name no measure, however many of them.
_WHEN_OR_FORM = compiled(
    r"(?:follow-?ups?|baseline|final|initial|later|subsequent|post-?(?:treatment|intervention|test|operative)|"
    r"pre-?(?:treatment|intervention|test|operative)|end-?points?|overall|mean|median|average|\d+|"
    r"values?|scores?|results?|data|findings?|measurements?|outcomes?|levels?|readings?)",
    re.IGNORECASE,
)
# "Smoke Free", "the Calm app": a product's name, whose "Free" is capitalised as no measure's is
_PRODUCT = compiled(r"(?:[\s-]Free|\b[Aa]pps?)$")
# "women whose heights were in the lower tertiles": who the result is about, never what it measured
_ABOUT_WHOM = compiled(r"\b(?:who|whom|whose)\b", re.IGNORECASE)
_FINITE_VERB = compiled(r"\b(?:have|has|is|are|was|were)\b", re.IGNORECASE)
# "patient global assessment", "physician overall impression", "patient satisfaction": a rating
# the people give, named after them; a measure, whatever the word list knows of its good side
_RATED_BY_THEM = (
    r"(?:global|overall)\s+(?:assessments?|impressions?|ratings?|evaluations?)\b|"
    r"satisfaction\b"
)
_PEOPLE = compiled(
    rf"^(?:patients?|participants?|subjects?|women|men|children|infants|people|persons|individuals|"
    rf"groups?|{_TRIAL_ARM}|both|all|those|control|placebo|sham|treatment|intervention|favou?r of|"
    r"physicians?|nurses?|"
    # "patient-reported sleep", "caregiver-rated mood": who rated a measure, in its name
    rf"clinicians?|surgeons?|investigators?|staff|caregivers?)\b(?!-|\s+(?:{_RATED_BY_THEM}))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class OpenMeasure:
    """A measure named in a clause: the words, where they are, and which way is better."""

    measure: str
    start: int
    end: int
    polarity: str | None  # "lower_is_better", "higher_is_better", NO_GOOD_SIDE or None


# The colon inside a ratio's name, "waist:hip ratio", "fat:lean mass": no break before what follows.
_RATIO_COLON = compiled(r"(?<=[a-z0-9]):(?=[a-z])")


# The ways whose measure is the words they name, and no further ("a mean grip strength of 31 kg").
_NAMED_ONLY = (
    _HAD_A_VALUE,
    _ARM_HAD_COUNT,
    _DIFFERENCE_OF,
    _SHOWN_TO_BE,
    _DISCHARGED,
    _NAMED_BEFORE_ITS_CHANGE,
    _NONE_CHANGED,
)


def open_measures(clause: str) -> list[OpenMeasure]:
    """The measures a results clause reports on, left to right; none when it names none.

    A list is read item by item ("lower A (p = 0.01), B (p = 0.03) and C than placebo", "A was
    higher, as were B, C and D"): each item is a measure of its own.
    """
    found: dict[int, OpenMeasure] = {}
    clause = without_adjustment(clause)  # "adjusted for age and sex" names no measure
    # where lowering moved offsets, as written (capitalised words then missed)
    low = opening_share_in_figures(_RATIO_COLON.sub("/", lowered(clause)))  # "Twelve percent of ...": 12%
    conceded = _CONCEDED.match(low)
    body = low[conceded.end() :] if conceded else _LEADING_SETTING.sub("", _LEADING_CONTEXT.sub("", low))
    topic = _TOPIC.match(low) or _arms_compared_for(low)
    if topic and len(low) - len(body) < topic.end():
        body = low[topic.end() :]  # the statement about the topic opens after it
    offset = len(low) - len(body)
    verb = _SUBJECT_END.search(body, 3, _LONGEST_SUBJECT + 80)
    # "Regarding itch, Fictolan was better than placebo": the arms compared on the topic
    arms_on_topic = bool(
        topic and verb and offset >= topic.end() and _BETTER_THAN_ON_TOPIC.match(body, verb.start())
    )
    for did in _PEOPLE_DID_MORE_OFTEN.finditer(low):
        _add(found, clause, did.start("m"), did.end("named"))
    if (
        verb
        and ";" not in body[: verb.start()]
        and ":" not in body[: verb.start()]
        and _subject_fits(body, low[:offset], verb.start())
        and not _has_object(clause, low, offset + verb.start())
        and not (
            offset
            and verb.group("happened")
            and not _OPENS_ON_A_TIME.match(low)
            and not _whose_list_is_said(low, offset, offset + verb.end())
        )
        and not arms_on_topic
        and not _arms_as_subject(body, verb.start())
        and not _CAUSED.search(body, 0, verb.start())
    ):
        before = set(found)
        if verb.group("stopped"):
            stopped_at = offset + verb.start("stopped")
            if _add(found, clause, stopped_at, offset + verb.end("stopped")) and stopped_at in found:
                # "the drug was discontinued in 12%": the discontinuation, what the results count
                found[stopped_at] = replace(found[stopped_at], measure=_STOPPING)
        else:
            _add_list(found, clause, low, offset, offset + verb.start(), subject=True)
        if verb.group("resolved"):
            _as_resolved(found, before)
        if verb.group("reached"):
            _as_goals(found, before)
        if verb.group("happened"):
            _add_happened_too(found, clause, low, offset + verb.end())
        elif _SIZED.match(low, offset + verb.end()):
            _add_sized_too(found, clause, low, offset + verb.end())
    headed = _HEADED.match(body)
    if headed and not found:
        _add(found, clause, offset, offset + headed.end("m"))
    _add_later_subjects(found, clause, low, not_from=offset if arms_on_topic else None)
    for pattern in (
        _NOMINAL,
        _OBJECT,
        _ALSO,
        _HAD,
        _MORE_OF_AN_ARM_WERE,
        _MORE_WERE_BEFORE_THE_ARM,
        _LIKELY_TO,
        _PEOPLE_DID,
        _COUNT_BEFELL,
        _THERE_WERE_COUNTS,
        _RATIO_OF,
        *_NAMED_ONLY,
    ):
        for match in pattern.finditer(low):
            start = match.start("m")
            if pattern is _OBJECT and _NOT_AN_OBJECT.match(low, start):
                continue  # "increased postsurgery in all groups": no object
            before = set(found)
            denied = pattern is _NOMINAL and bool(
                _DENIED.search(low, max(0, match.start() - 40), match.start())
            )
            _add_list(
                found,
                clause,
                low,
                start,
                match.end("named") if pattern in _NAMED_ONLY else _region_end(low, start),
                listed=pattern is _ALSO
                or (
                    pattern in (_OBJECT, _NOMINAL) and not denied and _each_changed(low, match.start(), start)
                ),
                denied=denied,
            )
            if pattern is _HAD and _REACHED.search(low, match.start(), start):
                _as_goals(found, before)
            if pattern is _OBJECT and (sized := _SIZED_OBJECT.match(low, start)):
                _add_sized_too(found, clause, low, sized.end())  # "reduced A by 20% and B by 12%"
    if topic and not found:
        _add_list(found, clause, low, topic.start("m"), topic.end("m"), listed=True)
    for labelled in _LABELLED_ESTIMATE.finditer(low):
        if not _ONE_ASPECT.fullmatch(low, *labelled.span("m")) and not _ONE_KIND.fullmatch(
            low, *labelled.span("m")
        ):
            _add(found, clause, labelled.start("m"), labelled.end("m"))  # not "(positive: ES = 0.8; ...)"
    _as_kept_under_control(found, low)
    return [found[start] for start in sorted(found)]


# "..., which were all higher than in the massage group", "compared with", "not different from":
# the arm a list of results is set against, after it.
_SET_AGAINST_AN_ARM = compiled(
    rf"\b(?:than|{COMPARED}|versus|vs\.?|relative to|different from)\s+"
    r"(?:(?:that|those) (?:of|in) )?(?:in |with )?(?:the )?(?P<arm>(?:[\w+-]+ ){0,3}?(?:group|arm)s?)\b"
)
_A_CONTROL_ARM = compiled(rf"\b{CONTROL_ARM}\b")
_THE_CONTROL_ARM = compiled(rf"(?:the\s+)?{CONTROL_ARM}\b")  # "than (the) placebo"
# "..., B in 8%, and C in 16%": what else happened, each to its own share of people.
_HAPPENED_TOO = compiled(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<m>[a-z][a-z -]{1,40}?)\s+in\s+(?=\d)")


# How much, as a size opens: "24", "-3", "about 20".
_HOW_MUCH = r"(?:about\s+|nearly\s+|almost\s+)?[−-]?\d"
# "Relapses fell by 24% (p = 0.02) and admissions by 35% (p = 0.03)": the verb sized by how much,
# said once, and each later item with its own size, the verb left out.
_SIZED = compiled(rf"\s+by\s+{_HOW_MUCH}")
_SIZED_TOO = compiled(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)"
    r"(?!(?:at|in|on|after|from|to|during|with|for|among|over|within|by|the\s+(?:end|first|second|last))\b)"
    r"(?P<m>[a-z][a-z -]{1,40}?(?:\s+\([\w-]{1,10}\))?)\s+by\s+"
    rf"(?={_HOW_MUCH})"
)
# "and increase B by 17%", "and fell by 2 points with fictolan": a result of its own, its own verb
# said, not an item whose verb is left out.
_OWN_VERB = compiled(
    r"\b(?:increas\w*|decreas\w*|reduc\w*|improv\w*|lower(?:ed|s|ing)?|rais\w*|elevat\w*|enhanc\w*|"
    r"diminish\w*|shorten\w*|prolong\w*|fell|rose|dropped|declined|worsened|gained|lost|changed|grew|"
    r"was|were|is|are|had|has|remained)\b"
)
# "reduced LDL cholesterol by 20%": an object sized by how much, as a subject may be.
_SIZED_OBJECT = compiled(rf"[a-z][\w ()-]{{1,60}}?\s+by\s+{_HOW_MUCH}")


def _add_sized_too(found: dict[int, OpenMeasure], clause: str, low: str, start: int) -> None:
    """The items that follow "A was reduced by 24%", each with its own size and the verb left
    out ("and B by 35%"): measures of their own, changed as the subject was."""
    for item in _SIZED_TOO.finditer(low, start):
        if _OWN_VERB.search(item.group("m")) or not _add(found, clause, item.start("m"), item.end("m")):
            return


def _whose_list_is_said(low: str, offset: int, start: int) -> bool:
    """Whether a list of what happened in the arm the clause opens on ("In the usual care group, A
    occurred in 10%, B in 8%, ...") is set against another arm after it, one of the two a control
    arm: whose result it is, the reading then knows (an arm it cannot tell, "In the landmark
    group, ... than in the ultrasound group", may be either)."""
    against = _SET_AGAINST_AN_ARM.search(low, start)
    return against is not None and bool(
        _A_CONTROL_ARM.search(low, 0, offset) or _A_CONTROL_ARM.search(against.group("arm"))
    )


def _add_happened_too(found: dict[int, OpenMeasure], clause: str, low: str, start: int) -> None:
    """The items that follow "A occurred in 10% of patients", each with its own share of people
    ("B in 8%, and C in 16%"): measures of their own, as the subject is."""
    for item in _HAPPENED_TOO.finditer(low, start):
        if not _add(found, clause, item.start("m"), item.end("m")):
            return


# "symptoms were more often under control", "symptoms were controlled in more children": what is
# told is the control of the trouble, not the trouble (not "better controlled", whose "better"
# tells the way already).
_KEPT_UNDER_CONTROL = compiled(
    r"\s+(?:were|was|being|remained|stayed)\s+(?:(?:\w+ly|more|less|often|frequently)\s+){0,3}"
    r"(?:under\s+control|controlled)\b",
    re.IGNORECASE,
)


def said_under_control(polarity: str | None, text: str, end: int) -> bool:
    """Whether a trouble (``polarity`` lower is better) ending at ``end`` is said to be under
    control, which names its control, the more often the better: "asthma symptoms were more often
    under control with X" is X's gain, though more symptoms are worse."""
    return polarity == "lower_is_better" and _KEPT_UNDER_CONTROL.match(text, end) is not None


def _as_kept_under_control(found: dict[int, OpenMeasure], low: str) -> None:
    """The open measures said to be under control, their good side turned (``said_under_control``)."""
    for start, measure in found.items():
        if said_under_control(measure.polarity, low, measure.end):
            found[start] = replace(measure, polarity="higher_is_better")


def _as_goals(found: dict[int, OpenMeasure], before: set[int]) -> None:
    """What people achieved or attained is a goal, more of it better, where the word list does
    not know the measure ("more patients achieved ASAS40", "attained remission") or knows only
    the level the goal is set on: "target blood pressure was achieved in 70%" is good, however
    good a lower blood pressure is."""
    for start in set(found) - before:
        if found[start].polarity in (None, "lower_is_better"):
            found[start] = replace(found[start], polarity="higher_is_better")


def _as_resolved(found: dict[int, OpenMeasure], before: set[int]) -> None:
    """What resolved in so many people is counted by its resolution, more of it better ("cough
    resolved in 46 of 80 patients given A and 25 of 79 given B"): each arm's count is of the people
    rid of the complaint, never the complaint's own level."""
    for start in set(found) - before:
        named = found[start].measure
        named = named if named[1:2].isupper() else named[:1].lower() + named[1:]  # "Cough", not "PONV"
        measure = _RESOLUTION.format(named)
        found[start] = replace(found[start], measure=measure, polarity="higher_is_better")


def _subject_fits(body: str, opening: str, verb_at: int) -> bool:
    """Whether a clause's subject is short enough to be what it reports on: a few words, or a list
    of measures at the very start of the clause (or after a joining word: "However, A, B, ...")
    changed one way ("Skin temperature, heart rate, ..., and plasma volume were higher"), or said
    not to have changed ("did not improve with treatment"). A list after an opening that names an
    arm ("In the landmark group, A occurred in 10%, B in 8%, ...") stays short: whose result the
    list is, the opening says, and the reading may not know; so does a list that "were similar",
    as often the groups' characteristics as their results. Brackets are set aside: "A (21 days [range 3-40] vs
    90 days) and B (...) were shorter" names two measures, however long their figures."""
    subject = _without_brackets(body[:verb_at])
    longest = _LONG_SUBJECT
    at_the_start = not opening or _JOINING_OPENING.fullmatch(opening) is not None
    if at_the_start and len(_SEPARATOR.findall(subject)) >= 2 and _DIRECTED.match(body, verb_at):
        longest = _LONGEST_SUBJECT
    return len(subject) <= longest


def _without_brackets(text: str) -> str:
    """``text`` with what it says in brackets left out, brackets inside brackets too."""
    while True:
        shorter = _BRACKETED.sub("", text)
        if shorter == text:
            return text
        text = shorter


def _add_later_subjects(
    found: dict[int, OpenMeasure], clause: str, low: str, not_from: int | None = None
) -> None:
    """Subjects after a comma: "pain was lower (p < 0.001), the sedation scores were lower, the
    consumption of sufentanil and meperidine were lower" names three results; and after the
    statistics of the result before: "retinol was higher (0.7 vs 0.6) and the prevalence of
    deficiency was halved (6% vs 13%)", "pain fell (p = 0.002), and rigidity improved". Never the
    subject at ``not_from``, an arm the clause's start has told apart from a measure."""
    masked = _masked(low, 0, len(low))
    after_statistics = {m.end() for m in _BRACKET_AND.finditer(low)}
    starts = [m.end() for m in _COMMA.finditer(masked)] + sorted(after_statistics)
    for start in sorted(set(starts) - {not_from}):
        verb = _SUBJECT_END.search(masked, start, start + 100)
        if (
            verb
            and "," not in masked[start : verb.start()]
            and (
                _COPULA.match(masked, verb.start())
                or (start in after_statistics and _CHANGED_ITSELF.match(masked, verb.start()))
            )
            and not _has_object(clause, low, verb.start())
            and not _BETTER_THAN_ANOTHER.match(masked, verb.start())
        ):
            _add_list(found, clause, low, start, verb.start(), subject=True)


# A verb of change before its object list, or a change noun before its "in": each item changed
# ("reduced A, B and C", "reductions in A, B and C"), where a comparative ("lower A, B and C than
# ...") may be said of the list as one.
_EACH_CHANGED = compiled(
    r"(?:reduc|decreas|increas|improv|lower|rais)(?:ed|ing)\b|"
    # "greater reductions in A, B and C" (not "a reduction in A and B", as often one measure)
    r"(?:reductions|decreases|increases|improvements|declines|rises|falls|drops|gains)\s+in\b"
)
_OF = compiled(r"\sof\s")
_OF_THE = compiled(r"\s(?:of|in) the\s")


def _each_changed(low: str, verb_at: int, start: int) -> bool:
    """Whether the object list of a verb of change at ``verb_at`` is read item by item, as if
    each item had its own statistics: "reduced heart rate, cortisol and noradrenaline" reports
    on three measures. Not where an item's name is shared by the others ("reduced the frequency,
    severity and duration of headaches", "the use of opioids, antiemetics and sedatives"): only
    the first or the last item says what of, the others single words, half named if read apart."""
    if not _EACH_CHANGED.match(low, verb_at):
        return False
    end = _region_end(low, start)
    items = _items(low, start, end, _separators(low, start, end, True))
    return len(items) >= 2 and not _one_name_shared(low, items)


def _items(low: str, start: int, end: int, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where each item of the list at ``low[start:end]`` cut at ``cuts`` is named; none where
    one names no measure."""
    pieces = [start, *(at for cut in cuts for at in cut), end]
    items = [_item(low, a, b) for a, b in zip(pieces[::2], pieces[1::2])]
    return [] if any(item is None for item in items) else [item for item in items if item is not None]


def _one_name_shared(low: str, items: list[tuple[int, int]]) -> bool:
    """Whether the items of an object list are parts of one name: the first item's "of" goes on
    through the single words after it ("the use of opioids, antiemetics and sedatives"), or the
    last one's is said of the single words before it ("the frequency, severity and duration of
    headaches")."""
    names = _names(low, items)
    return _lead_shared(names, _OF, 1) or (
        len(names) >= 2 and bool(_OF.search(names[-1])) and all(" " not in n for n in names[:-1])
    )


def _lead_shared(names: list[str], of: re.Pattern[str], most_words: int) -> bool:
    """Whether the first name's ``of`` goes on through the names after it, each of at most
    ``most_words`` words and none with an "of" of its own."""
    return (
        len(names) >= 2
        and bool(of.search(names[0]))
        and all(not _OF.search(name) and len(name.split()) <= most_words for name in names[1:])
    )


def _names(low: str, items: list[tuple[int, int]]) -> list[str]:
    return [low[slice(*item)].strip() for item in items]


def _region_end(low: str, start: int) -> int:
    """Where a list that starts at ``start`` must end at the latest: the next ";" or ":"."""
    ends = [at for at in (low.find(";", start), low.find(":", start)) if at >= 0]
    return min(ends, default=len(low))


def _add_list(
    found: dict[int, OpenMeasure],
    clause: str,
    low: str,
    start: int,
    end: int,
    *,
    subject: bool = False,
    listed: bool = False,
    denied: bool = False,
) -> None:
    """Add the measures of the list at ``low[start:end]``, item by item.

    A clause's subject (``subject``) is all measure up to its verb: every item counts, each cut
    where its name ends ("time to laryngoscopy, intubating conditions during laryngoscopy and
    ..."). Elsewhere the list goes on only while an item is followed by nothing but brackets (a
    p-value, an abbreviation) before the next separator: "reduced A (p = 0.01), B and C than
    placebo" lists three, "reduced A in the massage group, and B ..." one. What follows "as
    were", or a verb of change that changed each item (``listed``, ``_each_changed``), is a list
    of measures whatever its brackets. A difference denied
    (``denied``: "no differences in A at 12 weeks, B or C") is denied for every item, whatever
    follows each name, where the list read whole would end inside it.
    """
    denied = denied and _denied_items(low, start, end)
    cuts = _separators(low, start, end, subject or listed or denied)
    if subject and len(cuts) == 1 and _lead_shared(_names(low, _items(low, start, end, cuts)), _OF_THE, 2):
        # "strength of the hip and knee extensors improved": one measure, of two places; but "the
        # incidence of nausea and vomiting" lists two
        cuts = []
    if denied:
        cuts, _ = _past_the_preposition_again(low, start, cuts)
    if _COMPOSITE_OF.match(low, start, end):
        cuts = []  # "the composite of death or readmission": one event, whichever came
    pieces = [start, *(at for cut in cuts for at in cut), end]
    head = _shared_head(clause, low, pieces, _given_respectively(low, start, _region_end(low, start), cuts))
    for piece_start, piece_end in zip(pieces[::2], pieces[1::2]):
        if piece_start > start and _NOT_AN_ITEM.match(low, piece_start):
            return  # "..., assessed using a VAS", "... and improved sleep": the list has ended
        item = _item(low, piece_start, piece_end)
        if item is not None and head:
            item = _before_its_abbreviation(low, item)  # "... and depression (BDI) scores": the head's
        if item is None or (denied and piece_start > start and _SUBJECT_END.search(low, *item)):
            return  # "no difference in A, B improved": B has a result of its own
        if not _add(found, clause, *item, head=head):
            return
        if not (subject or denied) and not _ONLY_BRACKETS.fullmatch(low, item[1], piece_end):
            return
        if subject and _arms_after_the_measure(low, item[1], piece_end, end):
            return  # "range of motion in A and B were 136 and 130, respectively": B is an arm


# "the combined endpoint of readmission or death", "a composite of stroke, infarction or death":
# the events a composite counts together, one measure.
_COMPOSITE_OF = compiled(
    r"(?:(?:the|a|an|its)\s+)?(?:(?:primary|secondary|main)\s+)?(?:composite|combined)\s+"
    r"(?:(?:primary|secondary|efficacy|safety|clinical)\s+)?(?:(?:end\s?-?points?|outcomes?|events?)\s+)?of\s"
)


# The last item's abbreviation, and the words its items share after it: "(siDBP) blood pressures".
_ABBREVIATION_AFTER = compiled(r"\s*\([A-Za-z][\w-]{1,9}\)")
_HEAD = compiled(r"[a-z][a-z -]{2,40}")


def _shared_head(clause: str, low: str, pieces: list[int], respective: bool = False) -> str:
    """The head noun a list's items share where each item gives its abbreviation before it:
    "sitting systolic (siSBP) and diastolic (siDBP) blood pressures were lower" names sitting
    systolic and diastolic blood pressures, as does "lowered systolic (SBP) and diastolic (DBP)
    blood pressure (p = 0.02)", the head ending where its name does; or its statistics, in
    brackets or given ``respective``-ly after the list ("lower systolic and diastolic blood
    pressure (p = 0.01 and p = 0.04, respectively)"). Empty where any item is named whole."""
    items = [_item(low, a, b) for a, b in zip(pieces[::2], pieces[1::2])]
    if len(items) < 2 or any(item is None for item in items):
        return ""
    *first, last = [(item, b) for item, b in zip(items, pieces[1::2]) if item is not None]
    bracketed = all(low[item[1] : end].lstrip().startswith("(") for item, end in first)
    aspect = _ASPECT_NAMED.fullmatch(low, *last[0])
    if (bracketed or respective) and aspect and all(_of_one_aspect(low, item) for item, _ in first):
        return clause[aspect.start("head") : aspect.end("head")]
    if not bracketed:
        return ""
    (_, last_end), piece_end = _before_its_abbreviation(low, last[0]), last[1]
    bracket = _ABBREVIATION_AFTER.match(low, last_end, piece_end)
    head = _item(low, bracket.end(), piece_end) if bracket else None
    words = low[head[0] : head[1]].strip() if head else ""
    return clause[slice(*head)].strip() if head and _HEAD.fullmatch(words) else ""


def _before_its_abbreviation(low: str, item: tuple[int, int]) -> tuple[int, int]:
    """The item at ``low[slice(*item)]`` up to an abbreviation inside it: in "anxiety (STAI) and
    depression (BDI) scores" the last item's name runs on through its abbreviation to the head
    noun the list's items share."""
    inside = _ABBREVIATION_INSIDE.search(low, *item)
    return (item[0], inside.start()) if inside else item


def _denied_items(low: str, start: int, end: int) -> bool:
    """Whether the list at ``low[start:end]`` after a denied difference is read item by item:
    where, read as one name, it is cut before its last item ("A, B at 12 weeks, or C" read whole
    names A and B alone), its first item ends where the list divides (in "A in the esophagus,
    stomach and duodenum" the list is of places), and every item is a name of a few words (not
    "physical, vital, and blood indices", words sharing one head) or the list says its
    preposition again ("in A or in B")."""
    whole = _item(low, start, end)
    cuts, apart = _past_the_preposition_again(low, start, _separators(low, start, end, True))
    if whole is None or not cuts:
        return False
    if whole[1] >= cuts[-1][0] and not apart:
        return False
    pieces = [start, *(at for cut in cuts for at in cut), end]
    items = [_item(low, a, b) for a, b in zip(pieces[::2], pieces[1::2])]
    first = items[0]
    return (
        first is not None
        and bool(_ONLY_BRACKETS.fullmatch(low, first[1], cuts[0][0]))
        and all(item is not None and (apart or len(low[item[0] : item[1]].split()) >= 2) for item in items)
    )


def _past_the_preposition_again(
    low: str, start: int, cuts: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], bool]:
    """The cuts of the list at ``low[start:]``, each taken past the preposition that opened the
    list where it is said again ("no differences in A or in B, or C": B is an item, "in" no part
    of it), and whether it was anywhere: such a list is of items apart."""
    opened = _OPENING_PREPOSITION.search(low, 0, start)
    if opened is None:
        return cuts, False
    taken = []
    for at, end in cuts:
        again = _PREPOSITION_AGAIN.match(low, end)
        taken.append((at, again.end() if again and again.group("p") == opened.group("p") else end))
    return taken, taken != cuts


def _separators(low: str, start: int, end: int, every: bool) -> list[tuple[int, int]]:
    """Where the list at ``low[start:end]`` divides into items, brackets set aside.

    None for two words sharing one head noun ("systolic and diastolic blood pressure"; but not
    "cortisol and CRP levels", ``_two_levels``, nor "cortisol and heart rate", ``_two_sides``), and
    unless ``every`` (a clause's subject, a list after "as were") none unless an item carries
    brackets of its own ("lower A (p = 0.01), B (p = 0.02)") or says its "of" again ("reduced the
    incidence of A and of B"): "no differences in A, B or C" is
    one statement about all three, and read apart a list read wrongly would be wrong once for
    each item.
    """
    masked = _masked(low, start, end)
    cuts = [
        (cut.start(), cut.end())
        for cut in _SEPARATOR.finditer(masked, start)
        if not _named_across(low, start, cut.start(), cut.end())
    ]
    whole = _item(low, start, end)
    if len(cuts) == 1 and whole and _SHARED_HEAD.fullmatch(masked, *whole):
        apart = _two_levels(low, whole, cuts[0]) or _two_sides(low, whole, cuts[0])
        return cuts if apart or _given_respectively(low, start, _region_end(low, start), cuts) else []
    if (
        not every
        and not any(low[at - 1] in ")]" or low.startswith("of ", end - 3) for at, end in cuts if at > 0)
        and not _own_comparatives(low, cuts)
        and not _given_respectively(low, start, end, cuts)
    ):
        return []
    return cuts


_ITEM_COMPARATIVE = compiled(ITEM_COMPARATIVE)


# A change's size for each item, then "respectively": "by 12% and 8%, respectively", "by 4.1 cm2,
# 2.0 mg/dl and 3%, respectively".
_SIZE = r"[−-]?\d+(?:[.·]\d+)?(?:\s*%|\s*[^\W\d][\w/]{0,8}\d?)?"
_SIZES = compiled(rf"\bby\s+{_SIZE}(?:\s*,\s*(?:and\s+)?{_SIZE}|\s+and\s+{_SIZE})+\s*,?\s*respectively\b")
_ONE_SIZE = compiled(_SIZE)


def _given_respectively(low: str, start: int, end: int, cuts: list[tuple[int, int]]) -> bool:
    """Whether the p-values or sizes of change given "respectively" after the list are as many as
    its items: in "lowered A and B (p = 0.01 and p = 0.30, respectively)" each item carries its own
    test, as if bracketed after it, and only A fell; "reduced A and B by 12% and 8%,
    respectively" reports on each."""
    run = RESPECTIVE_P.search(low, start, end)
    told = len(respective_p(run.group())) if run else 0
    if run is None:
        run = _SIZES.search(low, start, end)
        told = len(_ONE_SIZE.findall(run.group())) if run else 0
    return run is not None and told == 1 + sum(at < run.start() for at, _ in cuts)


def _own_comparatives(low: str, cuts: list[tuple[int, int]]) -> bool:
    """Whether every item after the first opens with its own comparative: "lower A, a higher B and
    a lower C than usual care" lists three results, one each, where "lower A, B and C" is one."""
    return bool(cuts) and all(_ITEM_COMPARATIVE.match(low, after) for _, after in cuts)


_LEVELS_HEAD = compiled(r"\s+(?:levels?|concentrations?)$")
# Where or how a level was taken: "plasma and salivary cortisol levels" name one measure, twice.
_TAKEN = compiled(r"(?:serum|plasma|salivary|urinary|blood|total|free|fasting|morning|evening|peak|mean)")


def _two_levels(low: str, whole: tuple[int, int], cut: tuple[int, int]) -> bool:
    """Whether two words sharing the head "levels" name two measures, wherever the list stands:
    in "cortisol and CRP levels were lower" cortisol is a measure of its own (its good side known),
    and each has its finding; so in "lowered prolactin and cortisol levels", where cortisol's good
    side is no side of prolactin's. Not "plasma and salivary cortisol levels", where the first word
    says where a level was taken: one measure."""
    first = low[whole[0] : cut[0]]
    return bool(_LEVELS_HEAD.search(low, whole[0], whole[1])) and (
        polarity_of(first) is not None
        or (not _TAKEN.fullmatch(first) and polarity_of(low[cut[1] : whole[1]]) is not None)
    )


def _two_sides(low: str, whole: tuple[int, int], cut: tuple[int, int]) -> bool:
    """Whether a word and the words after "and" name two measures whose good sides differ:
    "cortisol and heart rate" are cortisol (the lower, the better) and heart rate (no good side),
    not a shared head "rate", unlike "systolic and diastolic blood pressure", one side for both."""
    first, second = polarity_of(low[whole[0] : cut[0]]), polarity_of(low[cut[1] : whole[1]])
    return first is not None and second is not None and first != second


def _masked(low: str, start: int, end: int) -> str:
    """``low[:end]`` with what is inside brackets hidden (same length), from ``start`` on, so
    that "(OR 0.37, p < 0.001)" holds no separator of the list."""
    text = low[start:end]
    while True:
        hidden = _BRACKETED.sub(lambda m: "x" * len(m.group()), text)
        if hidden == text:
            break
        text = hidden
    return " " * start + text


@lru_cache(maxsize=512)
def _item(low: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the measure named in ``low[start:end]`` starts and ends: its lead-in words ("the
    mean", "levels of", "change in") left out, cut where the name ends (a cache: the measures
    of a clause are read again for each outcome it names), and each arm's count before it ("four
    vs two events of")."""
    counts = _COUNTS_LEAD.match(low, start, end)
    start = counts.end() if counts else start
    lead = _LEAD.match(low, start, end)
    if lead:
        start = lead.end()
    cut = _END.search(low, start, end)
    while cut and (
        within := _phrase_across(low, start, cut.start()) or _area_span_across(low, start, cut.start())
    ):
        cut = _END.search(low, within, end)  # "PASI 75 response", "time in range": one name
    if cut:
        threshold = _THRESHOLD.search(low, start, cut.end() + 8)
        if threshold:  # "patients with HbA1c below 7%": a target reached, not the level itself
            reached = _past_the_target(low, start, threshold, cut.start(), end)
            if reached is None:
                return None
            end = reached
        else:
            end = cut.start()
    if lead and end > start:
        start = _with_naming_word(low, lead.start(), start, end)
    return (start, end) if end > start else None


def _past_the_target(low: str, start: int, threshold: re.Match[str], cut_at: int, end: int) -> int | None:
    """Where a name ends that holds the target its level was to reach ("HbA1c below 7%",
    "HbA1c < 53 mmol/mol"): after the target's value, where the name would have ended. None
    where the name ended before the threshold ("HbA1c was < 7%") or the level before it has no
    good side the word list knows ("patients with >50% relief"): which side reaching it is,
    nothing then says."""
    if threshold.start() > cut_at + 1 or _level_reached(low[start:], threshold.start() - start) is None:
        return None
    value = _TARGET_VALUE.match(low, threshold.end())
    if value is None:
        return None
    after = _END.search(low, value.end(), end)
    return after.start() if after else end


def _level_reached(low: str, at: int) -> str | None:
    """The good side of the level named before a threshold at ``low[at:]``, where what is
    counted is reaching it: None where the list does not know it, or the threshold tells who
    rather than what ("survival of patients under 50 years", "pain in those over 65")."""
    value = _TARGET_VALUE.search(low, at)
    if not at or value is None or _AGE_OR_TIME.match(low, value.end()) or _PEOPLE_BEFORE.search(low, 0, at):
        return None
    side = polarity_of(low[:at])
    return side if side in OTHER_WAY else None


# The words of a level's name that may come between it and the threshold it was to reach: "pain
# score below 3", "HbA1c levels < 7%".
_LEVEL_WORDS = compiled(r"(?:\s+(?:scores?|ratings?|intensity|levels?|values?))*\s*")


def reached_after(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is a level with the threshold it was to reach after it
    ("patients with a pain score below 3", "HbA1c < 7%"): what is counted is reaching it, whose
    good side may be the level's opposite, so the level's own side never stands for it. Not a
    time ("pain over 48 hours")."""
    low = lowered(text)
    words = _LEVEL_WORDS.match(low, end)
    threshold = _THRESHOLD.match(low, words.end() if words else end)
    value = _TARGET_VALUE.match(low, threshold.end()) if threshold else None
    return value is not None and not _AGE_OR_TIME.match(low, value.end())  # not "pain over 48 hours"


# A response threshold glued to a score's abbreviation: "PASI-75", "CDAI70", "NAPSI-50".
_SCORE_THRESHOLD = compiled(r"(?<![\w-])(?P<score>[a-z]{3,6})-?(?:20|40|50|70|75|90|100)(?![\w.·,%-])")


def _bare_score_reached(measure: str) -> str | None:
    """The measure without a response threshold the word list knows only by its score, whose
    lower side is better ("proportion achieving CDAI-70": reaching it is good, a high CDAI bad),
    so that the bare score's side never stands for the threshold's; None where there is none."""
    low = measure.lower()
    glued = _SCORE_THRESHOLD.search(low)
    if glued is None:
        return None
    lexicon = _lexicon()
    score = lexicon.pattern.match(low, glued.start())
    if score is None or score.end() >= glued.end() or lexicon.by_phrase[score.group()] != "lower_is_better":
        return None
    return measure[: glued.start()] + measure[glued.end() :]


_PHRASE_REACH = 30  # characters: how far before a cut the word list's phrases open


def _named_across(low: str, start: int, at: int, end: int) -> bool:
    """Whether a name of the word list holds the separator at ``low[at:end]``: "Western Ontario
    and McMaster Universities Osteoarthritis Index", "Timed Up and Go" name one measure each."""
    across = _phrase_across(low, start, at)
    return across is not None and across >= end


def _phrase_across(low: str, start: int, at: int) -> int | None:
    """Where a phrase of the word list ends that runs across a cut at ``at``: the number in
    "PASI 75" or "ACR 20" is the response's threshold and "in" in "time in range" part of the
    name, so the name goes on, and its good side is the phrase's, not the bare score's. Not a
    word for how often: "rate of" leads to what is counted ("success rate of 90%" ends before its
    size)."""
    lexicon = _lexicon()
    for word in _WORD_START.finditer(low, max(start, at - _PHRASE_REACH), at):
        phrase = lexicon.pattern.match(low, word.start())
        if phrase and phrase.end() > at and lexicon.by_phrase[phrase.group()] != _EVENTS:
            return phrase.end()
    return None


# The times an area under the curve spans, then what it is the area of: "the AUC(0-240) for glucose".
_AREA_SPAN = compiled(r"\b(?:auc|area under (?:the )?curve)\s*\(\s*\d[^()]{0,20}\)\s+(?:for|of)\b")


def _area_span_across(low: str, start: int, at: int) -> int | None:
    """Where "for" or "of" ends after an area under the curve's bracketed span that a cut at
    ``at`` would break: what the area is of ("the AUC(0-240) for the glucose response") names
    the measure, and a bare "AUC" names nothing."""
    for area in _AREA_SPAN.finditer(low, max(start, at - _PHRASE_REACH), at + _PHRASE_REACH):
        if area.start() < at < area.end():
            return area.end()
    return None


_WORD_START = compiled(r"(?<![\w-])\w")
# Lead-in words that may belong to the measure's name: "total protein", "mean arterial pressure".
_NAMING_WORD = compiled(r"(?:total|overall|mean|average)\s+$")


def _with_naming_word(low: str, lead_start: int, start: int, end: int) -> int:
    """Where a measure starts: with the last word of its lead-in where only that word makes a
    name whose good side the word list knows ("total protein" has none, "protein" is unknown)."""
    word = _NAMING_WORD.search(low, lead_start, start)
    if word is None or polarity_of(low[start:end]) is not None:
        return start
    return word.start() if polarity_of(low[word.start() : end]) is not None else start


# Between an agent and its verb: "walking of 60 min duration reduced ...", "walking alone lowered",
# "walking of 30 and 60 min slightly, but not significantly, reduced": how much of it, and how
# much it did.
_AGENT_GAP = compiled(
    r"\s*(?:(?:of|at|for|with|alone|only)\b[^,;:()]{0,40}?)?"
    r"(?:\w+ly(?:,? but (?:not )?(?:\w+ly )?\w+ly)?,? )?"
)
# (not "60 and 90 min": two doses of one agent)
_NOT_AN_AGENT = compiled(r"\b(?:was|were|is|are|and(?! \d)|or|than|in|after|during)\b")


def topic_end(clause: str) -> int | None:
    """Where the statement after a leading topic opens ("Regarding balance, the sway area fell":
    after the comma), or None where the clause opens with no topic."""
    topic = _TOPIC.match(lowered(clause))
    return topic.end() if topic else None


def acts_on_a_measure(clause: str, end: int) -> bool:
    """Whether the words ending at ``end`` are the subject of a change verb with a measure as
    its object: in "brisk walking reduced postprandial lipemia" walking is what was done, and
    lipemia what changed."""
    low = lowered(clause)
    for verb in _OBJECT.finditer(low, end, end + 80):
        between = low[end : verb.start()]
        if _NOT_AN_AGENT.search(between) or not _AGENT_GAP.fullmatch(between.rstrip() + " ", 0):
            return False
        if _has_object(clause, low, verb.start()):
            return True
    return False


# "X demonstrated a significantly greater improvement in Y": X acted, Y is what changed.
_SHOWED_A_CHANGE_IN = compiled(
    r"\s+(?:\w+ly\s+)*(?:showed|demonstrated|exhibited|produced|achieved|experienced|had)\s+"
    r"(?:(?:a|an|the|no|any|significantly|statistically|significant|greater|larger|more|less|smaller|"
    r"marked|further|mean|clinically|meaningful|important|better|superior)\s+)*"
    r"(?:improvements?|reductions?|increases?|decreases?|changes?|benefits?|gains?|declines?)"
    r"\s+(?:in|of)\b(?!\s+(?:(?:the|either|both|any|all|each|two|three)\s+)*"
    r"(?:groups?|arms?|patients|participants|subjects|cohorts?)\b)"
)
# "Zelotrin and placebo did not differ in sleep latency": the two arms, compared on what follows.
_WITH_THE_CONTROL_ARM = compiled(
    r"\b(?:and|or|versus|vs\.?)\s+(?:the\s+)?(?:placebo|sham|controls?|usual care|standard care|wait-?list)\b"
    r"|^(?:the\s+)?(?:placebo|sham|controls?|usual care|standard care|wait-?list)\s+(?:and|or|versus|vs\.?)\s"
)
_DIFFER = compiled(r"\s+(?:(?:did|do|does) not |were not |was not |also )?(?:differ|similar|comparable)")


# "EDOF was significantly better than AOMF": an arm better than another, on Y named after it ("for
# stereoacuity") or as the clause's topic before it ("Regarding stereoacuity, EDOF was ...").
_RANKED = r"(?:better|worse|superior|inferior|more effective|less effective)\s+(?:than|to)\s+"
_BETTER_THAN = (
    # "was not superior to": the arm set against another all the same
    r"\s+(?:was|were)\s+(?:\w+ly\s+)*(?:not\s+(?:\w+ly\s+)*)?" + _RANKED
)
# "was no more effective than": the verb read is the comparative after "no"
_NO_BETTER_THAN = r"(?<=\bno)\s+" + _RANKED
_BETTER_THAN_FOR = compiled(
    rf"(?:{_BETTER_THAN}|{_NO_BETTER_THAN})[^,;()]{{1,60}}?\s+(?:for|in terms of|regarding|on)\b"
)
_BETTER_THAN_ON_TOPIC = compiled(_BETTER_THAN)
# "A was more effective in reducing swelling", "... in the treatment of swelling than B": the arm
# that acted, then what it acted on.
_EFFECTIVE_IN = compiled(
    r"\s+(?:was|were)\s+(?:\w+ly\s+)*(?:not\s+)?(?:more|less|as|equally)\s+(?:effective|efficacious)\s+"
    r"(?:(?:than|as)\s+[^,;()]{1,60}?\s+)?(?:in|at|for)\s+(?:[a-z]+ing\b|(?:the\s+)?" + _CARE_OF_A_HARM + r")"
)
# "Lens A was better than lens B": what is set against another thing straight after "than" is an
# arm, not a measure ("sleep was better than at baseline", "than in the control group", "than
# expected" set a measure against a time, an arm's people or a hope).
_BETTER_THAN_ANOTHER = compiled(
    rf"(?:{_BETTER_THAN}|{_NO_BETTER_THAN})"
    r"(?!(?:in|with|at|on|among|after|before|during|following|under|when|that|those|"
    r"expected|predicted|anticipated|baseline|previously|before)\b|[\d(])"
)


# "For Y, the groups did not differ", "..., there was no difference between the arms": the arms
# compared on the topic in no words of their own.
_GROUPS_ALIKE = compiled(
    r"(?:the\s+)?(?:two\s+|three\s+|both\s+|treatment\s+|study\s+)?(?:groups|arms)\s+"
    r"(?:(?:did|do)\s+not\s+(?:\w+ly\s+)*differ|(?:were|was)\s+(?:\w+ly\s+)*(?:similar|comparable))\b|"
    r"there\s+(?:was|were)\s+no\s+(?:\w+\s+){0,2}differences?\b"
)


# "For example,", "For the ITT population,", "For each dose,": what the words after "for" open is
# an aside, the people or part of the study analysed, or a time, no measure.
_NO_TOPIC_MEASURED = compiled(
    r"^(?:example|instance|comparison|(?:this|that|these|those|each|every|both|either|all|any)\b)|"
    r"\b(?:reasons?|purposes?|samples?|populations?|cohorts?|analys[ie]s|sets?|subgroups?|subsets?|strat(?:a|um)|"
    r"periods?|phases?|weeks?|months?|days?|years?|visits?|(?:time ?)?points?|doses?|sessions?|sites?|"
    r"cent(?:re|er)s?|trials?|stud(?:y|ies)|outcomes?|endpoints?|end-points?|measures?|variables?|parameters?)$"
)


def _arms_compared_for(low: str) -> re.Match[str] | None:
    """The topic "For Y," opens, where the arms are then compared on it ("For Y, A was better
    than B", "For Y, the groups did not differ"), not people ("For patients with diabetes, ...",
    "For older women, ..."); or what the arm's use was for, ranked against the control arm ("The
    use of A for Y was more effective than placebo")."""
    used = _USED_FOR_TOPIC.match(low)
    topic = used or _FOR_TOPIC.match(low)
    if topic is None or _PEOPLE.match(topic.group("m")) or _PEOPLE_BEFORE.search(topic.group("m")):
        return None
    if used:
        return topic if _ranked_against_the_control_arm(low, topic.end()) else None
    if _GROUPS_ALIKE.match(low, topic.end()):
        return None if _NO_TOPIC_MEASURED.search(topic.group("m")) else topic
    # "..., A was superior to B": the ranking is the verb ("superior" alone is none)
    verb = _SUBJECT_END.search(
        low, topic.end() + 1, topic.end() + _LONG_SUBJECT
    ) or _BETTER_THAN_ON_TOPIC.search(low, topic.end() + 1, topic.end() + _LONG_SUBJECT)
    return topic if verb and _BETTER_THAN_ON_TOPIC.match(low, verb.start()) else None


def _ranked_against_the_control_arm(low: str, at: int) -> bool:
    """Whether the clause ranks its subject against the control arm from ``at`` ("was more
    effective than placebo"): set against another active arm, which of the two the tested one is,
    the subject's words alone do not tell."""
    ranked = _BETTER_THAN_ON_TOPIC.match(low, at)
    return ranked is not None and _THE_CONTROL_ARM.match(low, ranked.end()) is not None


def _arms_as_subject(body: str, verb_at: int) -> bool:
    """Whether the subject before ``verb_at`` is what acted, not what was measured: the subject of
    "showed a greater improvement in Y", "was better than B for Y" or "was better than B", or an
    arm with the control arm before "did not differ" ("Zelotrin and placebo did not differ in
    sleep latency")."""
    if (
        _SHOWED_A_CHANGE_IN.match(body, verb_at)
        or _EFFECTIVE_IN.match(body, verb_at)
        or _BETTER_THAN_FOR.match(body, verb_at)
        or _BETTER_THAN_ANOTHER.match(body, verb_at)
    ):
        return True
    return bool(_DIFFER.match(body, verb_at) and _WITH_THE_CONTROL_ARM.search(body[:verb_at]))


def _has_object(clause: str, low: str, verb_at: int) -> bool:
    """Whether the change verb after a clause's subject has a measure as its object: in "the new
    shoe decreased plantar pressures" the subject is what acted, and the measure is the object."""
    skipped = _BEFORE_VERB.match(low, verb_at)
    verb_at = skipped.end() if skipped else verb_at
    auxiliary = _AUXILIARY.match(low, verb_at)  # "did not improve OS", "significantly reduced pain"
    match = _OBJECT.match(low, auxiliary.end() if auxiliary else verb_at)
    if match is None or _NOT_AN_OBJECT.match(low, match.start("m")):
        return False
    item = _item(low, match.start("m"), _region_end(low, match.start("m")))
    return item is not None and _add({}, clause, *item)


# "improvements in fatigue and one reported ...": the next subject, a count of studies, after "and".
_COUNTED_AFTER = compiled(
    rf"[\s,]+(?:and|or|while|whereas)\s+(?:{_UNITS}|{_TENS}|another|others?)\s*$", re.IGNORECASE
)


def _add(found: dict[int, OpenMeasure], clause: str, start: int, end: int, head: str = "") -> bool:
    """Add the measure at ``clause[start:end]`` once trimmed, unless it is not one or overlaps
    one found already, named with the ``head`` noun its list shares; whether it is a measure."""
    text = _COUNTED_AFTER.sub("", clause[start:end]).strip(" .,'\"-")
    if not _plausible(text):
        return False
    start = clause.find(text, start)
    end = start + len(text)
    if all(not (m.start <= start < m.end or start <= m.start < end) for m in found.values()):
        if ")-" in text:  # what every glued abbreviation holds: few names do, and the pattern is slow
            text = _GLUED_ABBREVIATION.sub(r"\g<name>-\g<rest> (\g<abbr>-\g<rest>)", text)
        text = f"{text} {head}" if head and not text.endswith(head) else text
        found[start] = OpenMeasure(text, start, end, _side_of(text, clause, start, end))
    return True


# A word of a measure's name: no verb or comparative, which would end the list ("time to first
# flatus was shorter and pain was lower": pain is no wait).
_WAITED_NAME_WORD = (
    r"(?!(?:was|were|is|are|had|has|did|and|or|than|shorter|longer|earlier|later|faster|slower|"
    r"reduced|decreased|increased|improved|significantly|in|with|after|between)\b)[a-z][\w-]*"
)
# "time to first flatus (2.1 vs 3.3 days) and bowel movement": the next item of a list the wait
# opens, its "time to" said once.
_LISTED_NAME = rf"(?:(?:the )?first )?{_WAITED_NAME_WORD}(?: {_WAITED_NAME_WORD}){{0,3}}\s*(?:\([^()]*\)\s*)?"
_LIST_SEPARATOR = r"(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)"
WAIT_FOR_LISTED = compiled(
    rf"\btime (?:to|until|till) (?:the )?{_LISTED_NAME}(?:{_LIST_SEPARATOR}{_LISTED_NAME}){{0,4}}"
    rf"{_LIST_SEPARATOR}(?:(?:the )?first )?$",
    re.IGNORECASE,
)


def _side_of(text: str, clause: str, start: int, end: int) -> str | None:
    """Which way is better for a measure found in ``clause``: its own words' side, or, where they
    have none, what the clause says of it. What was required or needed ("fewer dressings were
    required", "needed less oxytocin") is a cost to the patient: the less, the better."""
    side = polarity_of(_ABBREVIATION_INSIDE.sub("", text))
    if (
        side in OTHER_WAY
        and WAIT_FOR_LISTED.search(clause[max(0, start - 120) : start])
        and not _A_SPAN_ITSELF.search(text)
    ):
        return OTHER_WAY[side]  # "time to first flatus, bowel movement and oral intake": its wait
    if side is None and _WHEN_DISCHARGED.match(clause, start):
        return "lower_is_better"  # "discharged 3 days earlier": the time to discharge
    if _COMING.match(text) and (
        _PUT_OFF.search(clause[max(0, start - 20) : start]) or _WAS_PUT_OFF.match(clause, end)
    ):
        # "delayed the onset of atrial fibrillation", "the onset of atrial fibrillation was delayed":
        # the wait for it, longer the better for a harm and worse for a good thing, or the list's
        # own side for an onset it knows ("onset of sensory block")
        return polarity_of(f"time to {text}")
    if side is None and _INFANTS_GAINED.search(clause[max(0, start - 120) : start]) and _WEIGHT.match(text):
        return "higher_is_better"  # "infants in the massage group gained more weight": their weight gain
    if side not in (None, NO_GOOD_SIDE) or not ("requir" in clause or "need" in clause):
        return side
    if _REQUIRED_AFTER.match(clause, end) or _REQUIRED_BEFORE.search(clause[max(0, start - 60) : start]):
        return "lower_is_better"
    return side


# "delayed the onset of X", "the onset of X was delayed": what a treatment put off, the measure
# named by its coming (``_side_of``).
_PUT_OFF = compiled(r"\bdelayed\s+(?:the\s+)?$", re.IGNORECASE)
_WAS_PUT_OFF = compiled(
    r"\s+(?:was|were)\s+(?:(?:significantly|markedly|further)\s+)?delayed\b", re.IGNORECASE
)
_COMING = compiled(rf"{COMING}\s", re.IGNORECASE)
# "time to first flatus and length of hospital stay": an item that is a span of time itself, no
# event the wait the list opens was for.
_A_SPAN_ITSELF = compiled(r"\b(?:length|duration|stay|time|days|hours|period)\b", re.IGNORECASE)
# "heart rate (HR) variability": an abbreviation inside a name, no word of the phrase its good side
# is known by.
_ABBREVIATION_INSIDE = compiled(r"\s\([A-Za-z]{1,9}\)(?=\s)")
# "interleukin (IL)-6": the abbreviation defined inside the name, read as "interleukin-6 (IL-6)".
_GLUED_ABBREVIATION = compiled(r"(?P<name>[\w-]+) \((?P<abbr>[A-Za-z]{1,9})\)-(?P<rest>\w+)")


@lru_cache(maxsize=1024)
def _plausible(text: str) -> bool:
    """A measure's name: a few words, not a group, a pronoun or a bare result word (cached: the
    same words come back as each outcome of a clause is read)."""
    words = text.split()
    if len(words) > _MOST_WORDS:
        return _plausible_list(text)
    if not words or (_NUMBER_WORD.fullmatch(words[0]) and not _TIME_SPANNED.match(text)):
        return False
    if _COUNT_WORD.fullmatch(words[0]):
        return False
    if len(text) < 3:
        return bool(_ABBREVIATION.fullmatch(text)) and not _STATISTIC_NAME.fullmatch(text)
    if _NOT_A_MEASURE.match(text) and (
        len(words) == 1 or words[0].endswith(",") or (_PEOPLE.match(text) and polarity_of(text) is None)
    ):
        return False  # "patients in the massage group", "doses, and iron", but "patient satisfaction"
    if _FUNCTION_WORD.match(words[0]) or _FUNCTION_WORD.match(words[-1]) or _NOT_A_MEASURE_START.search(text):
        return False
    if all(_WHEN_OR_FORM.fullmatch(word) for word in words):
        return False  # "follow-up values": when and in what form, not what
    if _PRODUCT.search(text) or _ABOUT_WHOM.search(text) or _FINITE_VERB.search(text):
        return False  # "tolerated and have similar effects": a predicate, not a name
    if (
        (_GROUP.search(text) and not _control_of_a_measure(text))
        or _STATISTIC_NAME.fullmatch(text)
        or vague(text)
    ):
        return False
    if len(words) == 1 and _ADVERB.fullmatch(text):
        return False  # "decreased similarly in both groups": how, not what
    if text.count("(") != text.count(")"):
        return False  # cut inside a bracket: "scores and positive stress test)" names nothing whole
    if not re.search(r"[A-Za-z]{3}|\b[A-Z]{2}-\d", text):  # a word, or a name like "IL-6"
        return False
    return not _NAMES_AN_ARM.search(text)


def _control_of_a_measure(text: str) -> bool:
    """Whether a name ending in "control" is what was kept in check, a measure ("glycaemic
    control", "blood pressure control", "seizure control": the care of a harm, or a phrase of
    the word lists), not the control arm ("healthy controls", "the attention control")."""
    low = text.lower()
    if not low.endswith("control"):
        return False
    cared = _CARE_OF.fullmatch(text)
    if cared and polarity_of(cared.group("harm")) == "lower_is_better":
        return True
    return any(
        m.end() == len(low) and m.group().endswith("control") for m in _lexicon().pattern.finditer(low)
    )


def _plausible_list(text: str) -> bool:
    """A list too long for one measure's name, each of whose items names one: "reduced fasting
    glucose, fasting insulin, the insulin resistance index and HbA1c" reports on all four."""
    items = [_without_lead(item) for item in _SEPARATOR.split(text)]
    return len(items) > 1 and all(
        len(item.split()) <= _MOST_ITEM_WORDS and _plausible(item) for item in items
    )


def _without_lead(item: str) -> str:
    """An item of a list without its lead-in words ("the", "levels of")."""
    lead = _LEAD.match(item.lower())
    return item[lead.end() :] if lead else item


# "(OS)", and "(ORR; primary endpoint)": an abbreviation, then perhaps what more its bracket says.
_DEFINITION = compiled(r"\((?P<abbr>[A-Za-z][\w-]{1,9})(?:\)|[;,]\s)")


# An instrument's item count or version after its initials: "PFS-16", "PHQ-9", "SF 36".
_NUMBERED = compiled(r"[- ]\d+$")


def defined_abbreviations(text: str) -> dict[str, str]:
    """The abbreviations an abstract defines, with their long forms: "overall survival (OS)"
    gives {"OS": "overall survival"}, so that "did not improve OS" names its measure in words.

    The long form is found as Schwartz and Hearst do (2003): each letter of the abbreviation, from
    the last, in the words just before the bracket, the first at the start of a word. A number
    after a hyphen counts items or versions, no initials: "Parkinson Fatigue Scale (PFS-16)" is
    no progression-free survival.
    """
    defined: dict[str, str] = {}
    previous: re.Match[str] | None = None
    for match in _DEFINITION.finditer(text):
        abbreviation = match.group("abbr")
        if not any(c.isupper() for c in abbreviation) or abbreviation in defined:
            continue
        before = re.split(r"[.;:()\[\]]", text[max(0, match.start() - 120) : match.start()])[-1]
        initials = _NUMBERED.sub("", abbreviation)
        after = text[match.end() : match.end() + 80]
        long_form = (
            _long_form(initials, before)
            or _long_form_with_head(initials, before, after)
            or _long_form_spelling_its_number(initials, before)
            or _long_form_of_the_next_item(initials, text, previous, match, after)
        )
        if long_form:
            defined[abbreviation] = long_form
        previous = match
    return defined


# "... (siSBP) and diastolic ": the next item of a list after a defined one, its own word.
_NEXT_ITEM = compiled(r"\s*(?:and|or)\s+(?P<item>[\w-]+)\s*")
_LAST_WORD = compiled(r"[\w-]+\s*$")


def _long_form_of_the_next_item(
    abbreviation: str, text: str, previous: re.Match[str] | None, match: re.Match[str], after: str
) -> str | None:
    """The long form of the next item of a list whose words before the first item are shared
    too: in "sitting systolic (siSBP) and diastolic (siDBP) blood pressures" siDBP is sitting
    diastolic blood pressure, the first item's word replaced by its own."""
    if previous is None or not (said := _NEXT_ITEM.fullmatch(text, previous.end(), match.start())):
        return None
    shared = re.split(r"[.;:()\[\]]", text[max(0, previous.start() - 120) : previous.start()])[-1]
    before = f"{_LAST_WORD.sub('', shared)}{said.group('item')} "
    return _long_form_with_head(abbreviation, before, after)


def _long_form_spelling_its_number(abbreviation: str, before: str) -> str | None:
    """The long form of an abbreviation ending in a number its words spell out ("forced
    expiratory volume in one second (FEV1)"): read by its letters alone."""
    letters = abbreviation.rstrip("0123456789")
    return _long_form(letters, before) if letters != abbreviation and len(letters) >= 2 else None


# After an abbreviation, the head noun it shares with the list's next item: "sitting systolic
# (siSBP) and diastolic (siDBP) blood pressures".
_HEAD_AFTER = compiled(r"(?:\s*(?:and|or)\s+[\w-]+\s+\([A-Za-z][\w-]{1,9}\))?\s+(?P<head>[a-z]+(?: [a-z]+)?)")


def _long_form_with_head(abbreviation: str, before: str, after: str) -> str | None:
    """The long form of an abbreviation given before the head noun it stands for ("siSBP",
    sitting systolic blood pressure): where its last capitals are the initials of the words
    after it, read with them."""
    said = _HEAD_AFTER.match(after)
    if said is None:
        return None
    head = said.group("head")
    initials = "".join(word[0] for word in head.split()).upper()
    if len(abbreviation) <= len(initials) or not abbreviation.endswith(initials):
        return None
    return _long_form(abbreviation, f"{before.rstrip()} {head}")


def spelled_out(measure: OpenMeasure, defined: dict[str, str]) -> OpenMeasure:
    """The measure named in words where the abstract defined its abbreviations: "OS" as "overall
    survival (OS)", "UP and GFR" as "urine production (UP) and glomerular filtration rate (GFR)",
    with the good side its words give."""
    if not defined:
        return measure
    spelled = _TOKEN.sub(lambda m: _spelled(m.group(), defined, measure.measure), measure.measure)
    if spelled == measure.measure:
        return measure
    return replace(measure, measure=spelled, polarity=polarity_of(spelled))


_TOKEN = compiled(r"(?<![\w(-])[A-Za-z][\w-]*(?![\w)-])")


def _spelled(token: str, defined: dict[str, str], measure: str) -> str:
    long_form = defined.get(token)
    if long_form is None or long_form.lower() in measure.lower():
        return token
    return f"{long_form} ({token})"


_BRACKETED_ABBREVIATION = compiled(r"\s*\((?P<abbr>[A-Za-z][\w-]{1,9})\)")


def with_abbreviation(measure: OpenMeasure, clause: str, defined: dict[str, str]) -> OpenMeasure:
    """The measure as the abstract defined it, with its abbreviation, where the clause gives the
    abbreviation just after: "overall survival (OS)" for "the overall survival (OS)" read as
    "survival", so that a reader (or a search for OS) knows it by either name."""
    bracket = _BRACKETED_ABBREVIATION.match(clause, measure.end)
    if bracket is None:
        return measure
    abbreviation = bracket.group("abbr")
    long_form = defined.get(abbreviation, "")
    if not long_form.lower().endswith(measure.measure.lower()):
        return measure
    spelled = f"{long_form} ({abbreviation})"
    return replace(measure, measure=spelled, polarity=measure.polarity or polarity_of(spelled))


# A Greek letter in an abbreviation stands for its name's first letter: "TNF-α", "tumor necrosis
# factor-alpha".
_GREEK = {"α": "a", "β": "b", "γ": "g", "δ": "d", "κ": "k"}


def _long_form(abbreviation: str, before: str) -> str | None:
    letters = [_GREEK.get(c, c.lower()) for c in abbreviation if c.isalnum()]
    words = before.split()[-min(len(letters) + 5, len(letters) * 2) :]
    candidate = " ".join(words)
    at = len(candidate) - 1
    for index in range(len(letters) - 1, -1, -1):
        while at >= 0 and (
            candidate[at].lower() != letters[index] or (index == 0 and at > 0 and candidate[at - 1].isalnum())
        ):
            at -= 1
        if at < 0:
            return None
        at -= 1
    start = candidate.rfind(" ", 0, at + 2) + 1
    linked = _LINKED_BEFORE.search(candidate, 0, start)
    if _LINKING_START.match(candidate, start) and linked and linked.group("word")[0].lower() == letters[0]:
        start = linked.start("word")  # "TPR", "time to pain relief", not "to pain relief"
    long_form = candidate[start:].strip(" ,-")
    # words apart, or joined by a hyphen: "estrogen-receptor (ER)", "contrast-sensitivity (CS)"
    return long_form if len(long_form) > len(abbreviation) and _TWO_WORDS.search(long_form) else None


_TWO_WORDS = compiled(r"\w[\s-]+\w")


# A long form's first letter on a word that links, where the word before it starts with that letter
# too: "time to pain relief (TPR)", "improvement in pain (IP)" begin a word earlier.
_LINKING_START = compiled(r"(?:to|of|in|on|at|for|from|with|and|or|the|a|an)\s", re.IGNORECASE)
_LINKED_BEFORE = compiled(r"(?<!\S)(?P<word>\w[\w-]*)\s+$")


# "time to relapse", "time from birth to first feeding": the wait for an event
_TIME_TO = compiled(
    r"\b(?:time|days|interval)(?: from [^,;]{1,60}?)? (?:to|until|for) (?:the )?(?:first )?(?P<event>.+)",
    re.IGNORECASE,
)


# A hyphen between words ("visual-acuity"), not after a prefix that turns or times the word
# ("non-nausea", "pre-dose", "anti-emetic", "over-sedation")
_HYPHEN_JOINED = re.compile(r"(?<=[^\W\d_]{4})(?<!anti|over|semi)-(?=[^\W\d_])")
_NEEDED = compiled(r"(?:the )?(?:need|needs|requirements?) (?:for|of) ", re.IGNORECASE)
_NEEDED_LAST = compiled(r"\s(?:required|needed)$")
# "the proportion of the estimated energy requirement delivered": how much of a need was met, the
# more the better (the requirement itself, "insulin requirement", is a cost)
_SHARE_OF_NEED = compiled(
    r"\b(?:proportion|percentage|percent|share|fraction|%) of (?:the |their |its )?(?:[\w-]+ ){0,3}?"
    r"(?:requirements?|needs)\b",
    re.IGNORECASE,
)
# What was required: "fewer dressings were required", "dressings required"; and what an arm
# required or needed less or more of ("needed less oxytocin", "required a smaller number of").
_REQUIRED_AFTER = compiled(r"\s*(?:(?:was|were)\s+(?:\w+ly\s+)?)?(?:required|needed)\b(?!\s+to\b)")
_REQUIRED_BEFORE = compiled(
    r"\b(?:required|requiring|needed|needing)\s+(?:\w+ly\s+)?(?:fewer|less|more|(?:an?\s+)?"
    r"(?:lower|higher|smaller|larger|greater)(?:\s+(?:number|amount|dose)s?\s+of)?)\s+(?:the\s+)?$"
)
# What an infant gained more or less of: "preterm infants in the massage group gained more weight", a
# weight gain, whose good side is a growing infant's (an adult's gain may be a harm, and is not read).
_INFANTS_GAINED = compiled(
    r"\b(?:infants?|neonates?|newborns?|babies|baby)\b[^.;:]{0,80}?\bgained\s+(?:(?:statistically\s+)?"
    r"(?:significantly|\w+ly)\s+)?(?:more|less)\s+$",
    re.IGNORECASE,
)
_WEIGHT = compiled(r"(?:body\s+)?weight\b", re.IGNORECASE)
# How much an outcome varies: "gait variability", "the asymmetry of walking speed" (lower case).
SPREAD = (
    r"(?:variability|variance|variation|coefficients? of variation|asymmetry|symmetry|fluctuations?|"
    r"dispersion)"
)
_SPREAD = compiled(rf"\b{SPREAD}\b", re.IGNORECASE)
# One word that says what kind of thing the word after it is: "static" of "static balance", "renal"
# of "renal function", "upper" of "upper limb strength" (lower case).
KIND_WORD = r"(?:[a-z]+(?:ic|al|ive|ous|ary|ar|ior|ile)|upper|lower|left|right|fine|gross)"
# A subscale named by its aspect alone scores its unnamed instrument's way, not its name's: "the
# cognitive subscale" of a fatigue scale is better lower, of a memory test higher.
ASPECT = r"(?:cognitive|physical|psychosocial|psychological|emotional|social|mental|motor)"
# "less physical (p < 0.001) and sexual violence (p = 0.002)": an aspect alone before its
# statistics, named by the head noun of the last item.
_ASPECT_WORD = rf"(?:[\w-]+\s+)?(?:{ASPECT}|sexual|verbal|positive|negative|systolic|diastolic)"
_ONE_ASPECT = compiled(_ASPECT_WORD)
_ONE_KIND = compiled(rf"(?:[\w-]+\s+)?{KIND_WORD}")
_ASPECT_NAMED = compiled(
    rf"(?:{_ASPECT_WORD}|(?:[\w-]+\s+)?{KIND_WORD})\s+(?P<head>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
)


def _of_one_aspect(low: str, item: tuple[int, int]) -> bool:
    """Whether a list's item names only an aspect or a kind of the head its last item names: "less
    physical (p < 0.001) and sexual violence", "better static (p = 0.01) and dynamic balance"; not
    "survival (p = 0.01) and functional independence", a word of kind's form with a good side of
    its own."""
    return bool(_ONE_ASPECT.fullmatch(low, *item)) or (
        bool(_ONE_KIND.fullmatch(low, *item)) and polarity_of(low[slice(*item)]) is None
    )


_ASPECT_SUBSCALE = compiled(
    rf"(?:the )?{ASPECT}(?:(?:,? and |, | or ){ASPECT})* sub-?scales?(?: scores?)?", re.IGNORECASE
)
# "Fever clearance" named bare: the time it took (the shorter, the better) or the share of
# patients cleared (the more, the better); only "time" or "rate" after it says which.
_UNTIMED_CLEARANCE = compiled(r"\bfever\s+clearance\b(?![\s-]+(?:times?|rates?)\b)", re.IGNORECASE)
# The good side the other way round: a wait for a thing, its absence, a stand against it.
OTHER_WAY = {"lower_is_better": "higher_is_better", "higher_is_better": "lower_is_better"}
# Words that turn the good side of the thing they name, before it ("reduction in anxiety",
# "resistance to fatigue") or after it ("fatigue resistance", "blood pressure reduction"): a fall
# of it is good where it is bad and bad where it is good, a stand against a harm good, a rise of it
# as good as it, an improvement of it always good, a change or difference of it of no sign the
# words give; a loss or decline of a thing the lists do not know has no side the words give
# ("weight loss" is the aim of one trial and a harm in another), a deterioration or worsening of
# anything is bad.
_TURN_OTHER_WAY = r"reductions?|decreases?|drops?|lowering"
_TURN_LOST = r"loss(?:es)?|declines?"
_TURN_WORSE = r"deteriorations?|worsening"
# A stand against a harm is good; against a good thing, or a drug ("opioid tolerance"), no side known.
_TURN_AGAINST = r"resistance|tolerance|freedom|prevention|avoidance"
_A_DRUG = compiled(
    r"\b(?:opioids?|morphine|\w*fent\w*|tramadol|pethidine|meperidine|analgesi\w*|drugs?|medications?|"
    r"antibiotics?|antimicrobials?|insulin|chemotherap\w*|treatments?|therap\w*)\b",
    re.IGNORECASE,
)
_TURN_SAME_WAY = r"increases?|rises?|gains?|elevations?|enhancements?"
_TURN_BETTER = r"improvements?|relief"
_TURN_NO_SIDE = r"changes?|differences?"
_TURNS = (
    rf"(?P<turn>(?P<other>{_TURN_OTHER_WAY})|(?P<lost>{_TURN_LOST})|(?P<worse>{_TURN_WORSE})|"
    rf"(?P<against>{_TURN_AGAINST})|(?P<same>{_TURN_SAME_WAY})|(?P<better>{_TURN_BETTER})|"
    rf"(?P<none>{_TURN_NO_SIDE}))"
)
# A word of a name, not one that links two ("physical activity and a decrease" names no decrease).
_NAME_WORD = (
    r"(?!(?:and|or|nor|but|with|without|a|an|the|of|in|on|to|for|from|by|as|at|than|versus|vs)\b)[\w-]+"
)
_TURNED_BEFORE = compiled(
    rf"^(?:(?:the|an?)\s+)?(?:(?:rate|amount|extent|degree|magnitude)\s+of\s+)?(?:{_NAME_WORD}\s+){{0,2}}?{_TURNS}\s+(?:in|of|from|to|against)\s+(?P<thing>.+)",
    re.IGNORECASE,
)
_TURNED_AFTER = compiled(rf"^(?P<thing>(?:{_NAME_WORD}[\s-]+)+?){_TURNS}(?:\s*\([^()]*\))?$", re.IGNORECASE)
# What is absent: "cramp-free", "fatigue free time", "free of headache", "without any nausea".
_ABSENT = compiled(
    r"(?P<thing>[^\W\d_]+)[\s-]free\b(?!\s+(?:of|from)\b)|"
    r"\b(?:free (?:of|from)|without(?: any)?|absence of) (?P<after>.+)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Lexicon:
    by_phrase: dict[str, str]  # lower-cased phrase -> polarity
    pattern: re.Pattern[str]  # every phrase, longest first, for lower-cased text


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    raw = (resources.files("harvester.extract") / "data" / MEASURES_FILE).read_bytes()
    lists = tomllib.loads(raw.decode("utf-8"))["polarity"]
    by_phrase = {
        phrase.lower(): polarity
        for polarity in ("lower_is_better", "higher_is_better", NO_GOOD_SIDE, _EVENTS, _AMOUNTS)
        for phrase in lists[polarity]
    }
    alternation = by_first_letter(sorted(by_phrase, key=lambda phrase: (-len(phrase), phrase)))
    return _Lexicon(by_phrase, compiled(rf"(?<![\w-])(?:{alternation})"))


def _turned(turned: re.Match[str]) -> str | None:
    """The good side of a change of a thing or a stand against it, from the thing's own: "a
    reduction in HbA1c" is better the larger, "a change in HbA1c" has no side the words give, and
    "plasma volume changes" none, as plasma volume has none."""
    if turned.group("better"):
        return "higher_is_better"
    if turned.group("worse"):
        return "lower_is_better"
    side = polarity_of(turned.group("thing"))
    if side == NO_GOOD_SIDE or turned.group("same"):
        return side  # "plasma volume changes": a level with no good side has none changed either
    if turned.group("against"):
        harm = side == "lower_is_better" and not _A_DRUG.search(turned.group("thing"))
        return "higher_is_better" if harm else None
    return OTHER_WAY.get(side or "") if turned.group("other") or turned.group("lost") else None


def only_lead_in(words: str) -> bool:
    """Whether words are only lead-in words of a measure's name, or none ("the number of", "mean
    ", ""): what may stand between a list's separator and the measure it names."""
    lead = _LEAD.match(words.lower())
    return not words or (lead is not None and lead.end() == len(words))


@lru_cache(maxsize=4096)
def vague(words: str) -> bool:
    """Whether words name outcomes only by where they stand among the study's ("the other
    variables", "the remaining outcome measures", "multiple outcomes"): no one measure."""
    return bool(_VAGUE.match(words.strip()))


def speaks_of_other_parts(clause: str) -> bool:
    """Whether a clause tells of the rest of an instrument: "..., whereas the other domains did
    not differ" speaks for the instrument named before, never for its domain given a result."""
    return bool(_OTHER_PARTS_SAID.search(clause))


def speaks_of_other_outcomes(clause: str) -> bool:
    """Whether a clause tells of outcomes other than those named before it: "..., whereas the
    remaining parameters did not differ" is no correction of the result before."""
    return bool(_OTHER_OUTCOMES.search(clause))


# "..., whereas agitation worsened with placebo": a clause joined on with a subject of its own.
_JOINED = Caseless(r"^\W*(?:whereas|while|but|and)\s+")


def names_its_own_subject(clause: str) -> bool:
    """Whether a clause joined to the one before opens on an outcome of its own, unrecognised
    ("..., whereas agitation worsened with placebo"): its result is never the outcome's before."""
    joined = _JOINED.match(clause)
    if joined is None:
        return False
    found = open_measures(clause[joined.end() :])
    return bool(found) and found[0].start == 0


# The care of a harm, named after it: "osteoporosis management", "symptom control rates".
_CARE_OF = compiled(
    # not after a preposition ("side-effects of treatment") or a participle ("discontinued treatment")
    r"(?P<harm>.+?)(?<!\bof)(?<!\bfrom)(?<!\bto)(?<!\bafter)(?<!\bwith)(?<!\bby)(?<!\bduring)(?<!ed)"
    r"\s+(?:management|treatment|control|screening|prophylaxis|prevention|detection)"
    r"(?:\s+(?:rates?|uptake|scores?))?",
    re.IGNORECASE,
)
# What a harm or a good is related to, before it: "sedation-related adverse events".
_RELATED_TO = compiled(r"\b(?P<by>\w+)-related (?!to\b)(?P<thing>.+)", re.IGNORECASE)
# A good thing in trouble, failed, refused, stopped or held back: "breastfeeding problems",
# "growth restriction", "barriers to screening", "vaccination refusal", "cessation of
# breastfeeding", "restriction in participation".
_TROUBLED = compiled(
    r"(?:the\s+)?(?:(?P<thing>.+?)(?<!\bor)(?<!\band)[\s-]+(?:problems?|difficult(?:y|ies)|limitations?|restrictions?|"
    r"retardation|barriers?|failures?|refusals?|cessation)|"
    r"(?:barriers?\s+to|(?:failure|refusal|cessation)\s+of|(?:limitations?|restrictions?)\s+(?:of|in|on))"
    r"\s+(?P<to>.+))",
    re.IGNORECASE,
)
# A ratio of one thing to another: "metastasis-to-liver SI ratio", "tumour to muscle ratio".
_RATIO_OF_TWO = Caseless(r"(?P<x>[a-z]+)[- ]to[- ][a-z]+\b.*\bratios?\b")
# A ratio written with its sign, "TG:HDL ratio", "TG/HDL ratio": the dividend, then the divisor.
_RATIO_BY_SIGN = Caseless(r"[\w-]+\s*[:/]\s*(?P<y>[\w-]+)\b.*\bratios?\b")


# "time spent in hypoglycaemia", "the time spent with glucose below 3.9 mmol/l": a time in a state
_TIME_AT_A_LEVEL = compiled(r"^(?:the\s+)?(?:\w+\s+)?time\s+spent\s+(?:in|with|at)\b", re.IGNORECASE)


# "the percentage of time spent with blood glucose in the target range": a time within a band
_TIME_IN_A_RANGE = compiled(rf"\btime\b[^,;()]{{0,50}}?\s+in\s+{_A_RANGE}", re.IGNORECASE)
_A_GOOD_BAND = compiled(rf"\b(?:{_GOOD_BAND})\b", re.IGNORECASE)


def _holds_the_turn(phrase: re.Match[str], turned: re.Match[str]) -> bool:
    """Whether a phrase of the list holds a measure's turn word: inside it ("insulin resistance"),
    or opening it and going on ("resistance to care"); not the bare word ("relief")."""
    turn, end = turned.start("turn"), turned.end("turn")
    return phrase.start() < turn < phrase.end() or (phrase.start() == turn and phrase.end() > end)


def _good_in_trouble(measure: str) -> bool:
    """Whether a measure names a good thing in trouble, failed, refused or stopped ("breastfeeding
    problems", "screening failure"): worse more, where the longer good word would claim it better
    more. Only a good thing: "pain problems" keep the side of their harm."""
    troubled = _TROUBLED.fullmatch(measure)
    if troubled is None:
        return False
    return polarity_of(troubled.group("thing") or troubled.group("to")) == "higher_is_better"


# A measure that names a thing of care as done to it: "more likely to have their blood pressure
# recorded", "HbA1c checked" (the care given, not the level).
_CARE_GIVEN = compiled(r"\s(?:recorded|documented|checked|measured|monitored)$", re.IGNORECASE)
# The hyphen and the non-breaking hyphen some publishers typeset ("low‐density"), as the plain one.
_UNICODE_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


@lru_cache(maxsize=4096)
def polarity_of(measure: str) -> str | None:
    """Which way is better for a measure outside the vocabulary; None where the list is silent
    or its words disagree at the same length. Cached: a measure recurs in its list and its
    abstract."""
    if (plain := measure.translate(_UNICODE_HYPHENS)) != measure:
        return polarity_of(plain)  # "low‐density lipoprotein" with a typeset hyphen: the list's words
    if _CARE_GIVEN.search(measure):
        return None  # "blood pressure recorded": whether it was done, not the level, which way the trial's
    lexicon = _lexicon()
    by_phrase = lexicon.by_phrase
    if _SHARE_OF_NEED.search(measure):
        return "higher_is_better"
    if _NEEDED.match(measure) or _NEEDED_LAST.search(measure):
        # "the need for rescue analgesia", "the number of dressings required": the less needed, the better
        return "lower_is_better"
    if _ASPECT_SUBSCALE.fullmatch(measure):
        return None  # its instrument unnamed, which way is better is unknown
    if _UNTIMED_CLEARANCE.search(measure):
        return None  # "fever clearance": a time or a share of patients, the words do not say
    if (bare := _bare_score_reached(measure)) is not None:
        return polarity_of(bare)
    in_a_range = _TIME_IN_A_RANGE.search(measure)
    if in_a_range:
        # "time with glucose in the target range": the more, the better; a band given only by its
        # numbers may be too low or on target
        return "higher_is_better" if _A_GOOD_BAND.search(in_a_range.group()) else None
    target = _THRESHOLD.search(measure.lower())
    if target and _TIME_AT_A_LEVEL.match(measure):
        return None  # "time spent with glucose below 3.9": too low, or on target, nothing says
    side = _level_reached(measure.lower(), target.start()) if target else None
    if target and side:
        # "HbA1c below 7%", "HbA1c < 7%": a target reached, good where it lies on the level's good side
        toward = "lower_is_better" if target.group("below") or target.group("less") else "higher_is_better"
        return "higher_is_better" if side == toward else "lower_is_better"
    absent = _ABSENT.search(measure)
    if absent:
        # "cramp-free sessions", "patients without nausea", "days free of headache": the more
        # time or people without a harm, the better (and without a gain, the worse)
        freed = OTHER_WAY.get(polarity_of(absent.group("thing") or absent.group("after")) or "")
        if freed:
            return freed
    found = list(lexicon.pattern.finditer(measure.lower()))
    hits = [m.group() for m in found]
    waited = _TIME_TO.search(measure)
    if waited and not any(h.startswith("time to") or "onset" in h for h in hits):
        # "time to relapse": the longer the wait for a bad event, the better; "time to healing":
        # the shorter the wait for a good one ("time to onset of sensory block" is the onset's
        # own time, which the list knows)
        return OTHER_WAY.get(polarity_of(waited.group("event")) or "")
    turned = _TURNED_BEFORE.search(measure) or _TURNED_AFTER.match(measure)
    if turned and not any(_holds_the_turn(m, turned) for m in found):
        # "reduction in HbA1c", but not "insulin resistance", "bone loss" or "resistance to care",
        # phrases of the list
        return _turned(turned)
    related = _RELATED_TO.search(measure)
    if related and not any(m.start() < related.start("by") for m in found):
        # "sedation-related adverse events", "screening-related harms": the harm is measured, not
        # what it came with (but "knowledge of HIV-related risks" is knowledge)
        side = polarity_of(related.group("thing"))
        if side:
            return side
    if _good_in_trouble(measure):
        return "lower_is_better"
    cared = _CARE_OF.fullmatch(measure)
    if cared and polarity_of(cared.group("harm")) == "lower_is_better":
        return "higher_is_better"  # "osteoporosis management", "hypertension control": the care of a harm
    spread = _SPREAD.search(measure)
    if spread and not any(m.start() <= spread.start() < m.end() for m in found):
        return None  # "variability of step length": how much it varies, better low or high
    ratio = _RATIO_OF_TWO.search(measure)
    if ratio and found and all(m.end() <= ratio.end("x") for m in found):
        return None  # "metastasis-to-liver signal ratio": how two things compare, not the first's amount
    divided = _RATIO_BY_SIGN.search(measure) if found else None
    if divided and found and all(m.start() >= divided.start("y") for m in found):
        return None  # "TG:HDL ratio": the divisor's good side is not the ratio's
    if not found:
        # "high-contrast-visual-acuity": words the lists know, joined by hyphens into one
        unjoined = _HYPHEN_JOINED.sub(" ", measure)
        return polarity_of(unjoined) if unjoined != measure else None
    amounts = [h for h in hits if by_phrase[h] == _AMOUNTS]
    named = [h for h in hits if by_phrase[h] not in (_EVENTS, _AMOUNTS)]
    if amounts and all(_A_DRUG.fullmatch(h) for h in named):
        # "the plasma concentration of the drug", "morphine concentration": a drug level, not the
        # dose a patient needed
        return NO_GOOD_SIDE
    if not named:
        return "lower_is_better"  # "incidence of X" where X is not in the lists: an event
    hits = named
    longest = max(len(h) for h in hits)
    polarities = {by_phrase[h] for h in hits}
    if len(polarities) == 1:
        return polarities.pop()
    top = {by_phrase[h] for h in hits if len(h) == longest}
    return top.pop() if len(top) == 1 else None
