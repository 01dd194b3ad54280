"""What one statement says happened to an outcome, and to whom: the exact wording rules.

``read_change`` gives (change, direction): "improved"/"worsened" directly, a raw "increased"/
"decreased" turned through the measure's polarity, "did not differ"/"not superior"/p ≥ 0.05/a
confidence interval across the null as ``no_difference``, trends and borderline results as
``unclear``; "greater reductions" by the noun, "higher in the placebo group" turned round.
``comparison_of`` says between groups or within a group; ``comparator_arm`` names the arm a
within-group change belongs to when it is the comparator's. Where the words say no more,
``numbers_change`` reads the number each arm got and ``times_change`` the number before and after
treatment. ``harvester.extract.findings`` decides which statements to read; this module only
reads them.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from functools import cache, lru_cache

from harvester.extract.arms import (
    CMP,
    INT,
    LABELLED,
    NO_ARTICLE,
    SHORT_LABEL,
    UNTREATED_WORDS,
    abbreviated_arms,
    dosed_subject,
    labelled_numbers,
    labelled_role,
    labelled_subject,
    labels_left_open,
    randomized_arms,
    randomized_pair,
    short_names_versus,
    title_arms,
    title_sets_arms_against,
)
from harvester.extract.facts import NUMBER, parse_number
from harvester.extract.measures import NO_GOOD_SIDE
from harvester.extract.patterns import (
    ARM_HAD,
    ARMS_ALIKE,
    BRACKETED,
    CHANGE_NOUNS,
    COMING,
    COMPARED,
    CONTROL_ARM,
    DELAYED,
    HOW_MANY_PEOPLE,
    HOW_MUCH_SOONER,
    IMPAIRED,
    INTERACTION_TERM,
    NONE_CHANGED_VERB,
    P_NUMBER,
    P_SIGN,
    RESTORED,
    SHORT_NAME,
    TREATMENT_LENGTH,
    AnyOf,
    Caseless,
    Screened,
    compiled,
    lowered,
)
from harvester.extract.reader.group_numbers import (
    Role,
    decimal,
    group_mentions,
    numbers_by_group,
    respective_as_before,
)
from harvester.extract.sentences import WORD
from harvester.extract.statements import (
    AFTER_TREATMENT,
    RATIO_ABBREVIATIONS,
    RATIO_NAMES,
    interval_reading,
    names_an_interval,
    opens_another_subject,
    relative_change,
)
from harvester.extract.structure import p_values
from harvester.extract.types import REVIEWS, StudyFacts
from harvester.extract.vocabulary import POLARITIES, DomainMatch, Vocabulary

_GOOD = (
    r"improv\w*|better|benefit\w*|eased|easier|reliev\w*|alleviat\w*|ameliorat\w*|"
    # "beneficial immediate effects", "positive long-term effects": a kind of effect between
    r"more (?:effective|efficacious|beneficial|favou?rable)|"
    r"(?:positive|beneficial|favou?rable) (?:[\w-]+ )?effects?|"
    # "a larger effect on fatigue than the control": a treatment's effect on an outcome, a benefit
    r"(?:larger|greater|bigger|stronger) (?:[\w-]+ )?effects? (?=on\b|upon\b)|"
    r"(?:was|were|is|are|proved|be) (?:(?!less\b|not\b)\w+ )?effective\b(?! (?:as|than))|"
    r"effective (?:in|for|at|on)|efficacious|favou?rable|favou?r(?:ed|ing|s)|in favou?r of|"
    # "the results indicated the effectiveness of massage on fatigue"
    r"effectiveness of(?=[^.;]{1,60}?\b(?:on|in)\b)|"
    r"superior(?= (?:to|in|for|with|on|regarding)\b|\s*[(,;.]|$)|"  # not "the superior vena cava"
    # "A outperformed B on X": better than what follows (not "A was outperformed by B")
    r"(?<!was )(?<!were )(?<!been )outperform(?:ed|s|ing)?\b(?! by\b)|"
    # "rated their relationship with the carer more positively": a better rating, whatever is rated
    r"more positively|less negatively|"
    f"{RESTORED}"
)
_BAD = (
    f"{IMPAIRED}|"
    r"worsen\w*|worse|poorer|deteriorat\w*|aggravat(?:ed|es)|exacerbat(?:ed|es)|harder|more difficult|"
    # "an aggravation of pain" (not "exacerbations of asthma", often the events counted)
    r"aggravations?(?=\s+(?:in|of)\b)|"
    r"inferior(?= (?:to|in|for)\b)|less (?:effective|efficacious|beneficial)|less positively|more negatively"
)
# "lower-limb spasticity" names a body part, not a change; "a lower body weight" is a change of
# the body's measure.
_BODY = r"(?![\s-](?:limbs?|extremit\w*|back|legs?|body(?![\s-]+(?:weight|mass|temperature))|urinary|tract))"
_OFTEN = r"(?:frequent\w*|common\w*|often|likely)"
# "pain was lowest in the massage group": a superlative held by an arm, the most of all the arms
# (not "the highest dose", "lowest at 24 hours").
_BY_AN_ARM = (
    r"(?=\s+(?:(?:statistically\s+)?significantly\s+)?(?:in|among|for|with)\s+(?:the\s+)?"
    r"(?:(?:[\w+-]+\s+){0,4}?(?:group|arm)s?\b|(?:group|arm)\s+\w))"
)
# "enhanced recovery", "the augmented reality group", "with intensified therapy": a word of a rise or
# a lessening that names a treatment, not a change of the outcome ("massage enhanced pain").
_NAMES_NO_TREATMENT = (
    r"(?<!\bthe )(?<!\ban )(?<!\ba )(?<!\bin )(?<!\bwith )(?<!\bof )(?<!\bby )(?<!\bfor )(?<!\bto )"
    r"(?<!\bversus )(?<!\bvs )(?<!\breceiving )(?<!\bplus )(?<!\blive )"
)
_NO_TREATMENT_AFTER = (
    r"(?!(?:\s+(?!(?:with|in|by|for|after|during|among|from|than|and|or|the|a|an)\b)[\w-]+)?\s+"
    r"(?:recovery|care|programm?e?s?|interventions?|therap\w*|training|groups?|arms?|protocols?|conditions?|"
    r"counsel\w*|education|support|versions?|reality|treatments?|regimens?|massage|exercises?|psychosis)\b)"
)
# "enhanced the effect of exercise on pain", "attenuated the impact of pain on sleep": a rise or a
# lessening of another thing's effect, whose way for the outcome the words do not give.
_NO_EFFECT_AFTER = (
    r"(?!\s+(?:(?:the|its|their|an?)\s+)?(?:[\w-]+\s+)?(?:effects?|efficacy|effectiveness|benefits?|actions?|"
    r"impacts?|influences?|responses?)\s+(?:of|on)\b)"
)
# An arm by its label, "group B", "the B group", "group 2": its role the methods tell
# (``labelled_arms``) or leave unknown, the result then unclear.
_A_LABEL = r"group (?:[a-z]|\d{1,2}|i{1,3}|iv)\b|(?<=the )[a-z] group\b"
# "less than that of the control group", "more than in the placebo group", "less than in group B": a
# comparison with the comparator or a labelled arm; "less than 5%" is a quantity, and "less than in
# the RF group" may be the comparator's result, whose arm is not known.
_THAN_THE_CONTROL_OR_A_LABELLED_ARM = (
    r"(?= than (?:(?:that|those) )?(?:(?:of|in|with|among|for|after) )?(?:the )?"
    rf"(?:placebo|control|sham|usual[- ]care|standard[- ]care|{_A_LABEL})\b)"
)
_UP = (
    rf"(?:highest|greatest|largest|longest){_BY_AN_ARM}|"
    rf"increas\w*|higher{_BODY}|rose|risen|raised|greater|larger|gained|(?<!no )longer|elevated|"
    rf"more {_OFTEN}|"
    # "ease of intubation was more in the VL group": more of the outcome in that arm, as "less in" is
    rf"more{_BY_AN_ARM}|more{_THAN_THE_CONTROL_OR_A_LABELLED_ARM}|"
    # "more patients in the gel group had ...": the opposite of "fewer"
    r"more (?=(?:[\w-]+ )?(?:patients|participants|subjects|women|men|children|infants|people)\b)|"
    # "caused more nausea": more of the outcome itself, not "more than 50%" or "more likely"
    r"more(?= (?!than\b|likely\b|and\b|or\b|of\b|in\b|with\b|to\b|the\b|a\b|an\b|\d)[a-z])|"
    r"prolonged|lengthened|doubled|tripled|rises?(?=\s+(?:in|of)\b)|"
    # "discharged 3 days later": a longer time to discharge
    rf"discharged(?={HOW_MUCH_SOONER}later\b)|"
    # "delayed the time to first analgesic request", "delayed the onset of atrial fibrillation": a
    # longer time (not "delayed the decline in")
    rf"{DELAYED}|"
    # "accelerated wound healing", "hastened bone loss": more of what they name, sooner, good or bad
    # (not a time: "accelerated the time to ...")
    r"(?:accelerat|hasten)ed(?!\s+(?:the\s+)?(?:(?:mean|median)\s+)?(?:time|latency|duration)\b)|"
    # "enhanced pain", "heightened anxiety", "boosted quality of life": more of what they name, good
    # or bad, not a betterment
    rf"{_NAMES_NO_TREATMENT}(?:enhanc(?:ed|es)|augment(?:ed|s)|intensifi(?:ed|es)|heighten(?:ed|s)|boost(?:ed|s))"
    rf"{_NO_TREATMENT_AFTER}{_NO_EFFECT_AFTER}|"
    # "an enhancement of pain": a rise of what it names, good or bad ("cognitive enhancement therapy"
    # names a treatment)
    r"(?:enhancements?|augmentations?|intensifications?|boosts?)(?=\s+(?:in|of)\b)"
)
# "massage attenuated the increase in pain", "prevented the decline in strength", "the rise in
# anxiety was blunted": a change held back, the outcome the other way from the change named.
_CURBING = (
    r"(?:reduc|attenuat|mitigat|alleviat|ameliorat|reliev|minimi[sz]|revers)(?:e|es|ed|ing)|"
    r"(?:prevent|limit|blunt|halt|counteract|curb|inhibit|avert|delay|arrest)(?:s|ed|ing)?|"
    r"(?:suppress|lessen|diminish)(?:es|ed|ing)?|slow(?:s|ed|ing)"
)
# "prevented the fall in sleep quality", "halted the loss of strength": a fall or a loss held back
# is a change too, read as such (``_curbed_change``); "falls in" alone may be the falls counted.
_THE_FALL = r"(?<=the )(?:falls?|drops?)"
_FALL_HELD_BACK = (
    rf"(?:{_CURBING})\s+(?:(?:the|an?|any|further)\s+)+(?:falls?|drops?|loss(?:es)?)(?=\s+(?:in|of)\b)"
)
_DOWN = (
    rf"(?:lowest|smallest|fewest|shortest){_BY_AN_ARM}|{_FALL_HELD_BACK}|"
    rf"decreas\w*{_NO_EFFECT_AFTER}|reduc\w*{_NO_EFFECT_AFTER}|lower{_BODY}|fell|fallen|declined?|shorter|dropped|fewer|"
    rf"less(?! than)|less{_THAN_THE_CONTROL_OR_A_LABELLED_ARM}|"
    r"smaller|lowered|shortened|halved|diminished|"
    # "discharged 3 days earlier": a shorter time to discharge
    rf"discharged(?={HOW_MUCH_SOONER}(?:earlier|sooner)\b)|"
    # "ketrazol prevented wound infection": less of the harm it names (a change it held back, "prevented
    # the decline in strength", is ``_FALL_HELD_BACK``'s and ``_CURBING``'s)
    r"prevented(?!\s+(?:the|an?|any|further|this|it|them|patients?|participants?|subjects?)\b)|"
    # "massage attenuated pain", "an attenuation of strength": less of what they name, good or bad
    # (not a "live attenuated" vaccine, nor a scan's "CT attenuation", a measure)
    rf"{_NAMES_NO_TREATMENT}(?:attenuate[sd]|mitigate[sd]|lessen(?:ed|s)){_NO_TREATMENT_AFTER}{_NO_EFFECT_AFTER}|"
    r"mitigations?|lessening|diminutions?|"
    r"attenuations?(?=\s+(?:in|of)\b)"
)
# "grade 3 or higher fatigue", "grade II or worse nausea", "two or more falls", "50% or more",
# "moderate or greater severity": the grades or counts counted, not a change (asked once, before
# the words of a change, not of each of their many alternatives)
_GRADE_OR = (
    r"(?<!\d or )(?<!% or )(?<!\bi or )(?<!\bii or )(?<!\biii or )(?<!\biv or )"
    r"(?<!\bone or )(?<!\btwo or )(?<!three or )(?<!\bfour or )(?<!\bfive or )"
    r"(?<!\bmild or )(?<!moderate or )(?<!severe or )"
)
# "mixed results", but not a "linear mixed model", "mixed-effects analysis" or "mixed methods"
_MIXED = (
    r"inconsistent|conflicting|unclear|equivocal|"
    r"mixed(?![\s-]+(?:effects?|models?|linear|methods?|design|anova|analys[ie]s|regression|between|within))"
)
# "diarrhea longer than 96 hours", "a fall greater than 50%": a comparative set against a number is a
# threshold that defines what is counted, not a change of the outcome.
_NOT_A_THRESHOLD = (
    r"(?!\s+than\s+(?:(?:about|approximately|nearly|almost|around|over|under)\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|half)\b))"
)
# "balance improved (p = 0.01), whereas fatigue did not": the result before it, not seen here
# (not "than those who did not": the people who had no treatment, an arm).
_NOT_EITHER = (
    r"(?<!\bwho )(?<!\bthat )\b(?:did|does|do|was|were|has|have) not(?: do so)?(?=\s*(?:[.;,]|\(|$))"
)
# "walked faster", "the TUG was slower": better or worse where doing it faster is better
# (``DomainMatch.faster_is_better``), no result elsewhere ("faster heart rate", "slower decline").
# "walked further", "walked 35 m further": farther in the same time, as good as faster ("further
# improved" is no pace).
_PACE = (
    r"(?P<fast>faster|quicker|more quickly|sooner|more rapid(?:ly)?|"
    # "bowel function returned earlier": a milestone passed sooner (not "reported earlier")
    r"(?:(?<=returned )|(?<=recovered )|(?<=healed )|(?<=resolved )|(?<=regained )|(?<=resumed ))earlier|"
    r"(?<=walked )(?:(?:significantly|much|considerably|markedly|slightly) )?(?:further|farther)|"
    r"(?<=\d m )(?:further|farther)|(?<=\d metres )(?:further|farther)|(?<=\d meters )(?:further|farther))|"
    r"(?P<slow>slower|more slowly|"
    # "onset of motor block was delayed": a milestone passed later
    r"(?:(?<=was )|(?<=were ))(?:significantly )?delayed"
    r"(?=\s*(?:[.;,(]|$|(?:in|with|among|compared|than)\b)))"
)
_CHANGE = compiled(
    rf"\b{_GRADE_OR}(?:(?P<good>{_GOOD})|(?P<bad>{_BAD})|{_PACE}|(?P<up>(?:{_UP})\b{_NOT_A_THRESHOLD})|"
    rf"(?P<down>(?:{_DOWN})\b{_NOT_A_THRESHOLD})|(?P<mixed>{_MIXED}))\b",
)
# A change noun, its outcome, then the arm it is alike to: "reduction in cough as codeine", "improvement
# in sleep to that with usual care" (not "as at baseline" or "to week 12", a time, "to 3.2", a level,
# "as well as", nor "as in previous trials").
_ALIKE_CHANGE_NOUN = (
    r"(?:reductions?|improvements?|increases?|decreases?|declines?|changes?|gains?|falls?|rises?) (?:in|of)\b"
    r"[^;]{1,80}?\s(?:as|to)\s(?![−-]?\d|well\b|(?:the\s+)?(?:end|weeks?|months?|days?|years?|visits?)\b|"
    r"(?:at\s+)?baseline\b|(?:at\s+)?pre-?\w+\b|"
    r"(?:(?:in|with|those|that)\s+)?(?:previous\w*|prior|earlier|other|published|reported|described|"
    r"expected|predicted)\b)"
)
# What kind of difference is none: "no between-group difference", "without significant differences",
# "no group difference".
_DIFFERENCE_KIND = r"(?:between-groups?|significant|(?:inter)?group)"
# No change or difference, said in words; with "whereas fatigue did not" (``_NOT_EITHER``), every
# way of saying it (``_NO_DIFFERENCE``).
_NO_DIFFERENCE_WORDS = (
    r"\b(?:(?:did|does|do) not (?:significantly |adversely |negatively |further )?"
    r"(?:differ|change|improve|worsen|decrease|increase|reach|reduce|lower|raise|alter|affect|modify|vary|impair|compromise|"
    # "did not prevent the rise in anxiety": the change was not held back
    r"prevent|attenuate|blunt|mitigate|limit|curb|halt|avert|counteract|inhibit|suppress|lessen|"
    r"diminish|slow|reverse|alleviate|ameliorate|relieve|"
    # "did not shorten the stay", "did not accelerate healing": the change asked of it not made
    r"shorten|prolong|accelerate|hasten|delay)|"
    # "diastolic pressure did not fall significantly", "did not significantly rise in either group"
    # (not "the residents did not fall", who had no fall)
    r"(?:did|does|do) not (?:significantly (?:fall|rise|decline|drop)|(?:fall|rise|decline|drop) "
    r"(?:significantly|statistically|appreciably|meaningfully|from baseline|in (?:either|both|any)))\b|"
    rf"{ARMS_ALIKE}|in none of the groups|"
    r"^not (?:in|for|with|among|at|after|on|by|during)\b|"
    r"do not differ|unaltered|unaffected|(?:returned|reverted|came back) to (?:the )?(?:baseline|pre-?\w+)|"
    # "was not affected by massage", "were not significantly altered": nothing the arm did moved it
    r"(?:was|were|is|are|remained) not (?:significantly |statistically )*"
    r"(?:affected|altered|influenced|modified|changed|impaired|compromised)|"
    r"(?:to|by) a similar (?:extent|degree)|"
    # "both arms had comparable chances for improvement in pain": the arms alike, not a change
    r"(?:similar|comparable|equal|the same) (?:chances?|odds|likelihoods?|probabilit(?:y|ies)) (?:of|for|to)|"
    # "is better tolerated and has similar effects on blood pressure": the arms alike on it
    r"(?:similar|comparable|equal|the same) effects? (?:on|in|upon)\b|"
    # "achieved a similar reduction in cough as codeine": each arm's change alike
    rf"(?:similar|comparable) {_ALIKE_CHANGE_NOUN}|"
    r"(?:similarly|equally|comparably) (?:[a-z]+ )?in (?:both|all|each)|"
    r"no (?:statistically )?significant|not (?:statistically )?significant\w*|"
    r"no longer (?:significant|differ\w*|different|present|seen|observed|evident|detectable)|"
    # "statistical significance was not reached": the difference the clause told, not shown
    r"significance (?:was|is|were) not (?:reached|achieved|attained|obtained)|"
    # "the effect on anxiety had disappeared by follow-up": what differed differs no more
    r"(?:effects?|benefits?|differences?|advantages?) (?:[\w-]+ ){0,4}?(?:(?:had|has|have) )?"
    r"(?:disappeared|vanished|dissipated|faded|waned|was lost|were lost)|"
    r"(?:non-?|in)significant\w*|without (?:a |any )?(?:statistically )?significant|"
    # "without a between-group difference", "with no between-groups difference": the arms alike
    rf"without (?:a |any )?(?:{_DIFFERENCE_KIND} )*differences?|"
    rf"no (?:(?:{_DIFFERENCE_KIND}|statistical(?:ly)?|detectable|discernible|appreciable) )*differences?|"
    r"no change(?! in \d)|without (?:a |any )?changes?\b(?! in \d)|unchanged|(?:was|were) equivalent|"
    r"were similar|was similar|"
    # "both groups had similar walking speed": the arms alike on it; not "similar gains", each arm's
    rf"\b(?:both|the two|the three|all) (?:groups|arms) (?:had|showed|reported|displayed) "
    rf"(?:similar|comparable|equal|the same)\b(?! (?:{CHANGE_NOUNS}|changes?|benefits?)\b)|"
    # (not "fell at 1 month and remained stable thereafter": the change kept, no lack of one)
    r"remained (?:stable|unchanged|constant)(?!\s+(?:thereafter|afterwards?|after that|until|up to)\b)|"
    r"(?:was|were) stable|"
    rf"no (?:significant )?(?:{INTERACTION_TERM} )?interaction|"
    r"no (?:statistically )?(?:significant )?(?:main )?(?:group|treatment) effects?|"
    r"could not (?:demonstrate|show|find|detect|confirm)|did not (?:find|detect|demonstrate)|no evidence|"
    r"not? (?:statistically |significantly )*different|no effect|"
    r"no (?:(?:statistically )?significant |measurable )?(?:impact|influence)|"
    # "did not have any benefit in sleep": what "did not show any benefit" says
    r"(?:did|does|do) not have (?:a |any )?(?:statistically )?(?:significant )?"
    r"(?:effect|impact|influence|benefit|advantage)|"
    r"(?:did|does|do) not (?:reveal|show|find|detect) any (?:statistically )?significant|"
    # (not "was not associated with adverse events": a harm denied, said of no outcome)
    r"not associated(?! with (?:any )?(?:serious )?(?:adverse|side[- ]effects?|complications?|harms?)\b)|"
    r"failed to|not superior|no more effective|"
    # "no trial reported a benefit on disability", "none of the studies found an effect on pain"
    r"(?:\bno|none of the(?: \w+)?) (?:trials?|studies|study|rcts?) "
    r"(?:reported|found|showed|demonstrated|observed)|"
    # "none of the secondary outcomes differed": each outcome of the list alike in the arms
    r"none (?:of (?:them|these|those|the (?:[\w-]+ ){0,3}?(?:outcomes?|outcome measures|end-?points|"
    r"measures|parameters|variables)) )?(?:\w+ly )?(?:differed|changed|(?:was|were) (?:\w+ly )?different)|"
    # "no single cause of readmission was significantly altered": any change of its kind denied
    rf"^\W*no\s+[^,;:()]{{3,60}}?\s+{NONE_CHANGED_VERB}|"
    r"not more effective|(?:was|were) not (?:better|effective|more effective|greater|larger)|ineffective|"
    r"no better than|"
    # "fatigue was no lower after training than after usual care", "improved no more with A than
    # with B", "did not report less fatigue than controls": the arms' comparison denied (not "no
    # more than 3 sessions", a number's bound)
    r"no (?:better|worse|greater|larger|higher|lower|more|less|fewer|smaller)\b"
    r"(?=[^.;]{0,80}?\bthan\b(?!\s+(?:\d|one|two|three|four|five|half)\b))|"
    r"(?:did|does|do) not (?:report|have|experience|achieve|gain|show|feel|walk) (?:\w+ly )?"
    r"(?:better|worse|greater|larger|higher|lower|more|less|fewer|smaller|faster|further)\b|"
    r"(?:at least|just) as (?:much|well|great|large|good|effectively) as|non-?inferior\w*|"
    r"no (?:additional |added )?benefit|as effective as|equally (?:effective|efficacious)|"
    r"(?:was|were) comparable|"
    # "no reduction", "no pain reduction", "no significant fatigue improvement"
    r"did not (?:outperform|show)|neither|nullified|no (?:significant )?(?:[a-z][\w-]* ){0,2}?(?:improvement|"
    r"reduction|increase|decrease|change)s?(?! in \d)|"
    r"(?:does|do|did) not (?:provide|show|produce|yield|offer|confer)|"
    # "did not lead to improvements in pain", "did not result in greater reductions in pain", "offered
    # no advantage over usual care in reducing pain"
    r"(?:does|do|did) not (?:significantly )?(?:lead to|result in) (?:an? |any )?(?:significant(?:ly)? )?"
    r"(?:(?:greater|larger|further|more) )?(?:improvements?|reductions?|benefits?)|"
    r"no (?:significant |clear |additional )?advantages?|no superiority|without (?:any )?effects?|"
    # "was not found to reduce pain", "could not be shown to improve", "did not appear to improve",
    # "the benefit was not confirmed": a change looked for and not seen
    r"(?:was|were) not (?:found|shown|demonstrated|proven) to|could not be (?:shown|demonstrated|proven) to|"
    r"(?:did|does|do) not (?:appear|seem) to|(?:was|were) not confirmed|"
    # "the superiority of the drug in reducing admissions was not demonstrated": the effect sought, unseen
    r"(?:was|were|has|have) not (?:been )?(?:demonstrated|shown|established|proven|proved)(?! to| in)|"
    r"no [\w\s-]{1,40}? (?:was|were) (?:found|observed|detected|seen))\b"
)
_NO_DIFFERENCE = compiled(rf"{_NO_DIFFERENCE_WORDS}|{_NOT_EITHER}")
# "Response (a reduction of at least 25% in symptoms) was 90% and 60%": the bracket defines the
# measure, its change word is not the result's.
_DEFINING_BRACKET = compiled(
    r"\((?=\s*(?:an? |defined |i\.?e\.?,? |at least |≥|>=?\s*\d|\d+\s*% (?:reduction|decrease|increase|"
    r"improvement)))[^()]*\)"
)
# "lowered A, B and C at least as much as drug B": every outcome listed, no worse than the comparator.
_NON_INFERIOR = Screened(
    r"\b(?:at least|just) as (?:much|well|great|large|good|effectively) as\b|\bnon-?inferior"
)
# "non-inferiority was not demonstrated", "failed to show non-inferiority", "not non-inferior":
# the margin not met, which says neither that the arms were alike nor which was better.
_NON_INFERIORITY_NOT_SHOWN = Caseless(
    r"\bnon-?inferior\w*\b[^.;]{0,80}?\b(?:not|never)\s+(?:been\s+|be\s+)?(?:demonstrated|shown|"
    r"established|confirmed|proven|proved|met|reached|achieved)\b|"
    r"\b(?:failed to|did not|could not|not)\s+(?:\w+\s+){0,2}?"
    r"(?:demonstrate|show|establish|confirm|prove|meet)\w*\s+(?:the\s+)?non-?inferior|\bnot non-?inferior"
)
# "the slope of decline in FEV1 was -16.0 for A and -14.2 for B": a change that names the measure,
# given as values, with nothing said of which is more.
# What ends a list of outcomes that one statement governs: a verb of its own, a new clause, a
# comparison, a p-value.
_ENDS_A_LIST = compiled(
    r"\b(?:was|were|is|are|had|has|have|did|does|do|showed?|shown|found|observed|but|while|whereas|although|"
    r"however|except|than|compared|versus|vs|with|which|that|into|significant\w*|(?:reduc|increas|decreas|improv|lower|rais|elevat|declin|worsen|"
    r"enhanc|prolong|shorten)ed|rose|fell)\b|[;:]|\bp\s*(?:[<>=≤≥]|&lt;|&gt;)"
)
_NAMED_CHANGE = compiled(
    r"(?:declines?|reductions?|decreases?|increases?|rises?|falls?)\s+(?:in|of)\s+[^.;]{1,60}?\b(?:was|were)\s+[−-]?\d"
)
_SAYS_WHICH_WAY = compiled(
    r"\b(?:significant\w*|greater|larger|smaller|more|less|higher|lower|than|compared|versus|vs|differ\w*|"
    r"similar|better|worse|improv\w*)\b"
)
# "6.9% versus 6.1% (NS)", "(p = n.s.)": not significant, said in two letters.
# "(NS)", "(p = NS, ...)", and the arms' numbers then "NS" in one bracket: "(18% vs 24%; NS)".
_NS = compiled(r"\(\s*(?:p\s*[=>]\s*)?n\.?\s?s\.?\s*[),;]|\([^()]*[;,]\s*(?:p\s*[=>]\s*)?n\.?\s?s\.?\s*\)")
# "pain, but not fatigue, improved", "neither pain nor fatigue", "pain improved, unlike anxiety":
# the outcome named is excepted; so
# is one that opens its clause with "not" ("reduced anxiety (p = 0.01) but | not fatigue (p = 0.42)",
# its "but" the clauses' divide).
_NOT_THIS = compiled(
    r"(?:\b(?:but not|nor)|,\s*(?:unlike|as opposed to|in contrast to)|^\W*not)"
    r"\s+(?:(?:in|for|on|of|the)\s+)*$"
)
# "..., whereas fatigue did not (p = 0.42)": the outcome did not do what the clause before said.
_DID_NOT = compiled(r"\s+(?:did|does|do|was|were|is|are|has|have|had)\s+not\s*(?:\(|[.;,]|$)")
# "without concomitant increases in tone": a change word negated by what comes just before it.
_NEGATED_BEFORE = compiled(
    # "without significant changes", not "patients without pain were more": their verb between
    r"\bwithout (?:(?!(?:was|were|is|are|had|has|have)\b)[\w-]+ ){0,2}$|"
    r"\b(?:did|does|do|was|were|is|are|has|have|had|could|would) not (?:(?!only)\w+ly )?"
    r"(?:be |been |have )?$|"
    # "appeared not to improve", "the only group not to reduce pain": the change denied
    r"\bnot to (?:\w+ly )?$|"
    # "lower anxiety, but not better sleep quality": a comparative the clause denies as it opens;
    # "pain slightly, but not significantly, decreased": its verb, the aside's commas around
    r"(?:^\W*|\bbut )not (?:(?!only)\w+ly,? )?$"
)
# "X was unchanged, except for improved Y": the exception reads apart from the rule.
_EXCEPT = Screened(r"\b(?:except(?: for)?|with the exception of|apart from)\b")
# Arms named only by a label ("Group 2", "group BT", "group D8", "the C group"): which one had
# the intervention is not said. A short name before "group" ("the UC group") is read as one
# (``short_named_first``).
_LABELLED_ARM = compiled(
    rf"\b(?:{LABELLED} (?:\d+|[A-Z]{{1,3}}(?:\d+(?:\.\d+)?)?|I{{1,3}}|IV)|{SHORT_LABEL}|"
    rf"{NO_ARTICLE}[A-Z][\s-](?:group|arm)s?)\b"
)
_RATIO_NAME = "|".join(RATIO_NAMES)
_RATIO_ABBREVIATION = "|".join(a.upper() for a in RATIO_ABBREVIATIONS)
_RATIO = compiled(rf"\b(?:{_RATIO_ABBREVIATION}|{_RATIO_NAME})\b")
# A ratio of the arms quoted as such: "hazard ratio 0.41", "HR = 0.41", "RR 0.38, 95% CI" with its
# interval (not "HR 72", a heart rate).
_RATIO_ESTIMATE = compiled(
    rf"\b(?:{_RATIO_NAME})s?\b|\ba?(?:{_RATIO_ABBREVIATION})\s*[=:]\s*\d*[.·]\d|"
    rf"\ba?(?:{_RATIO_ABBREVIATION})\s+\d*[.·]\d+\s*[,;(]\s*95\s*%"
)
# A standardized effect's sign follows how the pooled scales are scored, not which way is better.
_STANDARDIZED = compiled(r"\bSMD\b|standardi[sz]ed mean difference|\bHedges'? g\b|\bCohen'?s d\b")
_TREND = Screened(
    r"\b(?:tended|tendency|trend\w*|borderline|marginal\w*|near-significant|"
    # "approaching significance (p = 0.052)", "an almost significant fall": borderline too
    r"approach(?:ed|ing) (?:statistical )?significance|(?:nearly|almost) significant(?:ly)?|"
    r"close to (?:statistical )?significance)\b|"
    # a Bayesian analysis's probability of benefit short of 0.9: "the probability of benefit was 0.61"
    r"\bprobabilit(?:y|ies) (?:of|that)\b[^.;]{0,60}?\b(?:was|were|is|of)\s+"
    r"(?:0?\.[0-8]\d*|(?<![\d.])[1-8]?\d(?:\.\d+)?\s*%)(?![\d.]*\d)",
)
# The analyses a trial's result is told by: "per-protocol", "intention-to-treat (ITT)", "as treated".
_ANALYSIS = compiled(
    r"\b(?:(?P<pp>per[- ]protocol|pp)|(?P<itt>(?:modified )?intent(?:ion)?[- ]to[- ]treat|m?itt)|"
    r"(?P<treated>as[- ]treated)|(?P<complete>complete[- ]cases?))\b"
)
# "..., but not in the ITT analysis", "whereas the ITT analysis showed no ...": one analysis set
# against another.
_ANOTHER_ANALYSIS = compiled(r"\b(?:but|whereas|while|although|though)\b|\bnot (?:in|for|by|with)\b")


# "..., but after adjustment for baseline values the difference was no longer significant": the
# adjusted analysis takes back what the clause before it told.
_NO_LONGER_ON_ADJUSTMENT = Screened(
    r"\b(?:adjust\w*|controll\w*|correct\w*|accounting)\b[^.;]{0,80}?\bno longer\b|"
    r"\bno longer\b[^.;]{0,40}?\b(?:after|when|on|upon|with)\s+"
    r"(?:adjust\w*|controlling|correct\w*|accounting)\b|"
    # "..., but this effect disappeared after adjustment for baseline scores": said of the result
    # before, in a clause of its own
    r"\b(?:this|the|that|these) (?:[\w-]+ )?(?:effects?|differences?|benefits?|improvements?|reductions?) "
    r"(?:disappeared|vanished|(?:was|were) lost)\s+(?:after|when|on|upon|with)\s+"
    r"(?:adjust\w*|controlling|correct\w*|accounting)\b"
)


def taken_back_on_adjustment(clause: str, sentence: str) -> bool:
    """Whether another clause of the sentence says the clause's result no longer held once the
    analysis was adjusted ("HbA1c was lower at 6 months, but after adjustment for baseline values
    the difference was no longer significant"): the adjusted lack of difference is the result,
    the unadjusted change no reading of it."""
    return _NO_LONGER_ON_ADJUSTMENT.search(lowered(clause)) is None and bool(
        _NO_LONGER_ON_ADJUSTMENT.search(lowered(sentence))
    )


# "only in the subgroup of smokers", "only among patients with diabetes", "only in women", "only in
# the per-protocol population": a result held in part of the sample alone, the whole sample's left
# unsaid or belied.
_ONLY_IN_PART = compiled(
    r"\bonly (?:in|among|for|within) (?:the )?(?:(?:[\w-]+ ){0,3}?(?:sub-?groups?|subsets?|strat(?:a|um))\b|"
    r"per[- ]protocol (?:populations?|analys[ie]s|sets?)\b|"
    r"(?:patients|participants|subjects|people|individuals|those|adults|children) (?:with|aged)\b|"
    r"(?:women|men|girls|boys|males|females)\b)"
)
# "the improvement disappeared after adjustment for age": a result one analysis shows, another not.
_LOST_ON_ADJUSTMENT = Screened(
    r"\b(?:disappeared|vanished|(?:was|were) lost)\b[^.;]{0,30}?\b(?:after|when|on|upon|with)\s+"
    r"(?:adjust\w*|controlling|correct\w*|accounting)\b"
)


def mixed_analyses(clause: str, sentence: str) -> bool:
    """Whether a clause told by one analysis belongs to a sentence that says the result held by
    one analysis and not by another ("significant in the per-protocol analysis but not in the
    intention-to-treat analysis", "(p = 0.21) in the ITT analysis, whereas the per-protocol
    analysis showed (p = 0.03)"): conflicting results, neither a change nor no difference. Not
    where both analyses agree ("in both the per-protocol and the ITT analyses")."""
    if _LOST_ON_ADJUSTMENT.search(lowered(clause)):
        return True  # "the improvement ... disappeared after adjustment for baseline disability"
    if _ONLY_IN_PART.search(lowered(clause)):
        return True  # "fell only in the subgroup with severe pain": not the whole sample's result
    low = lowered(sentence)
    if len(_analyses_named(low)) < 2 or not _ANALYSIS.search(lowered(clause)):
        return False
    tested = {significant_p(p_value) for p_value in p_values(sentence)}
    return len(tested) == 2 or (not tested and _ANOTHER_ANALYSIS.search(low) is not None)


@lru_cache(maxsize=256)
def _analyses_named(low: str) -> frozenset[str | None]:
    """The kinds of analysis a sentence names ("pp", "itt", ...), cached: each outcome of each of
    its clauses asks again."""
    return frozenset(said.lastgroup for said in _ANALYSIS.finditer(low))


# Case-sensitive, so that the month "May" opening a sentence is not a hedge.
_HEDGE = Screened(r"\b(?:may|might|could|possibly|appear(?:s|ed)? to|seem(?:s|ed)? to|suggest\w*)\b")
# "with no change in the usual care group", "without significant change in the control group":
# the other arm's lack of change, beside the change the clause tells of one arm.
_NO_CHANGE_IN_AN_ARM = (
    r"\b(?:with no|without(?: any| a)?) (?:(?:statistically )?significant )?changes? (?:in|among|within) "
    r"the [\w\s-]{1,40}? (?:group|arm)\b"
)
_ONE_ARM = Screened(
    # not "lower in the massage group only at week 4": only then, a time, not only that arm
    r"\bin the [\w\s-]{1,40}? groups? only\b(?! (?:at|after|during|on|until|by|from|in|for) )|"
    r"\bonly in the [\w\s-]{1,40}? groups?\b|"
    # "improved with reflexology only (p < 0.01)": a change, not a level of an arm so named ("lower
    # with massage only than with massage and stretching")
    r"\b(?:improved|increased|decreased|declined|reduced|changed|fell|rose|worsened)\b[^.;,]{0,40}?"
    r"\b(?:with|after|following) (?:the )?[\w+-]+(?: [\w+-]+)? only(?=\s*[(,;.]|\s*$)|"
    # "in the massage group (p = 0.01) but not in the control group": the arm's own test between
    r"\bin the [\w\s-]{1,40}? group(?:\s*\([^()]{1,40}\))?,? but not (?:in )?the\b|"
    rf"{_NO_CHANGE_IN_AN_ARM}|"
    # not "in the per-protocol analysis but not in the ITT analysis": an analysis, not an arm
    # nor "higher with massage versus sham, but not with stretching": arms compared, then another's
    r"\b(?:by|with|in) (?:the )?(?!(?:(?!\bbut\b)[\w\s+-]){0,40}?\b(?:analys[ie]s|versus|vs|than)\b)"
    r"[\w\s+-]{1,40}?,? but not "
    r"(?:by |with |in )",
)
# "drug A, but not drug B, reduced X": what one arm's treatment did. Apart from ``_ONE_ARM``,
# which ``re`` could not otherwise start only where one of its words may begin.
_ONE_ARM_OPENING = Screened(
    r"^\W*[\w\s+-]{1,40}?,? but not (?:with |by |in )?(?:the )?[\w\s+-]{1,40}?,\s*(?:\w+ly\s+)?"
    r"(?:\([^()]*\)\s*)?(?:reduced|decreased|increased|improved|lowered|raised|elevated|worsened)\b",
)
# "baseline", "before", "pretest", "week 0", "T0", "the first session", "the first test", "the
# beginning", "study entry":
# the start of a change over time. Not "pre-emptive" nor "pre-incisional", an arm given the
# treatment before the operation ("than in the pre-emptive group").
_START = (
    r"(?:at |on |of |the |their |its |)?"
    r"(?:baseline|before|pre\b(?!-)|pre-(?!emptive|incision)|pre(?:test|treatment|intervention|operative)|"
    r"prior|initial|the start|(?:the )?beginning|(?:study )?entry|enrol(?:l)?ment|run-in|"
    r"(?:week|day|month|visit) (?:0|zero)\b|t0\b|"
    # "than on the first postoperative day", "than those of the night before surgery"
    r"(?:the )?(?:first|initial) (?:post-?operative |post-?treatment )?(?:day|week|session|visit|assessment|"
    r"measurement|test|testing|evaluation|examination|exam|time point)|admission|"
    r"(?:the )?(?:night|day|evening|morning) before (?:the )?"
    r"(?:surgery|operation|procedure|treatment|intervention))"
)
# A time after the start by its length: "6 weeks", "12-month" (not "8 weeks of exercise", an arm).
_TIME_LENGTH = r"\d+(?:\.\d+)?[\s-](?:hours?|days?|weeks?|months?|years?)\b(?![\s-]+(?:of|long)\b)"
# "compared with week 1", "than at the previous visit", "than at 2 weeks", "than at T1": an earlier
# time, not an arm (a bare "versus 32 months" is a value, and says nothing of time; a bare "than T1"
# may be an arm so labelled).
_EARLIER_TIME = (
    r"(?:at |in |on |the |after |)?(?:(?:week|day|month|visit|session|year)s? \d+\b|(?<=at )t\d\b|"
    rf"(?:(?<=at )|(?<=after )){_TIME_LENGTH}|"
    r"(?:the )?(?:previous|preceding|earlier|last) (?:day|week|month|visit|session|assessment)s?\b)"
)
# "more likely than controls to report improved", "less likely to have worse": a share of people
# whose outcome got better or worse, just before the outcome.
_LIKELY_TO_REPORT = compiled(
    r"\b(?P<way>more|less) likely\b[^.;]{0,60}?\bto (?:report|have|show|experience|achieve|gain|feel) "
    r"(?:an? |any )?(?:(?P<good>improved|improvements? (?:in|of)|better|relief (?:in|of|from))|"
    r"worse|worsened|worsening (?:in|of)|deteriorat\w+ (?:in|of)) (?:the |their )?$"
)
# "than after treatment", "compared with the end of the intervention", "than during follow-up": a
# time after the start, set against another (not "than after the sham treatment", an arm).
_TREATMENT_WORD = r"(?:treatment|intervention|training|program(?:me)?|therapy|rehabilitation|course)"
_AGAINST_A_LATER_TIME = Screened(
    rf"\b(?:than|{COMPARED}|relative to)\s+(?:(?:that|those|the values?|the levels?)\s+)?"
    r"(?:(?:at|in|during|on)\s+)?(?:the\s+)?(?:(?:immediately|directly|just|shortly)\s+)?"
    rf"(?:(?:after|following)\s+(?:the\s+)?{_TREATMENT_WORD}|post-?{_TREATMENT_WORD}|post-?test|"
    rf"(?:the\s+)?end of (?:the\s+)?(?:{_TREATMENT_WORD}|study|trial)|follow-?up)\b"
)
# "compared with baseline", "than before": a change over time, not a comparison of arms.
_NOT_AN_ARM = rf"(?! {_START}| {_EARLIER_TIME})"
# "compared with that observed before intake": the same measure's value, at the start
_THAT_AT = r"(?:(?:that|those|the values?|the levels?)(?: (?:observed|seen|measured|recorded|found))? )?"
_AGAINST_A_START = (
    rf"\b(?:{COMPARED}|than|versus|vs\.?|relative to|as opposed to) {_THAT_AT}(?:{_START}|{_EARLIER_TIME})|"
    # "at 6 weeks compared with 2 weeks": one time set against another
    rf"\b(?:at|after) (?:{_TIME_LENGTH}|(?:week|day|month|year) \d+\b) "
    rf"(?:{COMPARED}|versus|vs\.?|relative to) (?:at |after )?{_TIME_LENGTH}"
)
# "week 12", "visit 3", "T2": a time named by its number, as a span's end.
_NAMED_TIME = r"(?:(?:the )?(?:week|day|month|visit|session|year) \d+|t\d)\b"
# "between pre- and post-test", "between pretest and posttest", "between week 4 and week 8", "between
# T0 and T2": times, not arms.
_TIMES = (
    r"(?:the )?(?:pre-?tests?|post-?tests?|pre|post|baseline|before|after|weeks?|days?|months?|times?|"
    r"visits?|sessions?|first|start|beginning|t\d)\b"
)
# "no difference between baseline and week 8", "between the start and the end of the programme":
# a span of time set out, its two ends compared, not two arms.
_BETWEEN_START_AND = rf"\bbetween {_START}[^.;]{{0,40}}? and\b"
# "before and after the intervention", "pre- and post-test": both ends of the treatment named together.
_BEFORE_AND_AFTER = (
    r"\bbefore and after\b|\bpre-?\s*(?:test\s+|treatment\s+|intervention\s+)?(?:and|-)\s*-?\s*post"
)
# "in the massage and control groups, respectively": each arm's number, set side by side.
_RESPECTIVE_ARMS = (
    r"\b(?:in|for|with|among) the [\w\s-]{1,40}? and [\w\s-]{1,40}? (?:groups|arms),? respectively\b"
)
_BETWEEN = compiled(
    rf"\b{COMPARED}\b{_NOT_AN_ARM}|\bthan\b{_NOT_AN_ARM}|"
    rf"\bversus\b{_NOT_AN_ARM}|\bvs\b{_NOT_AN_ARM}|\bas opposed to\b{_NOT_AN_ARM}|"
    # "improved in the EG with respect to the CG", "against the control group": an arm named as what
    # the change is set against (not "with respect to balance", what it is about, nor "With respect
    # to the EG, ..." opening the clause: the arm it is about)
    r"(?<=\w )\b(?:with respect to|against) (?:the )?(?:(?:[\w+-]+ ){0,3}?(?:group|arm)s?\b|"
    r"(?:placebo|sham|controls|cg)\b)|"
    # "improved in the massage group over the control group": over what that arm had
    rf"\bover (?:the )?(?:{CONTROL_ARM})(?: groups?| arms?)\b|\bover controls\b|"
    # "between the crossover periods": a crossover's arms
    r"\bbetween[\s-](?:(?:the|all|both|two|three|four|\d|crossover|treatment) )*"
    r"(?:groups?|arms|treatments|periods|conditions)\b|"
    r"\bamong (?:(?:the|all|both|two|three|four|\d) )*(?:groups|arms|treatments)\b|"
    # "decreased in both groups, without difference between them": the arms just named
    r"\bdifferen\w* between (?:them|the two)\b(?! (?:times?|periods?|visits?|assessments?|measurements?)\b)|"
    rf"\bbetween-group\b|\bbetween (?!{_TIMES})(?:the )?[\w\s-]{{1,40}}? and\b|\brelative to\b{_NOT_AN_ARM}|"
    # "no significant intergroup differences", "with no group difference": the arms' difference
    r"\binter-?groups?\b|\b(?<![\w-])(?<!within )group differences?\b|"
    # "the adjusted treatment difference was -0.4": the arms' difference in the outcome
    r"\btreatment differences?\b|"
    # "the group effect", but not "within-group effects": each arm's change over time
    r"\b(?<!within[- ])(?:main )?(?:group|treatment) effects?\b|"
    # "a condition x time interaction": the arms' changes set against each other
    r"\b(?:group|condition|treatment)[- ]?(?:by|x|×)[- ]?time interactions?\b|"
    r"\btime[- ]?(?:by|x|×)[- ]?(?:group|condition|treatment) interactions?\b|"
    rf"\bdiffer\w*\s+(?:\w+\s+)?from\b{_NOT_AN_ARM}|"
    r"\beffects? of (?:the )?(?!time\b)[\w\s-]{1,40}? on (?:the )?(?!time\b)\w|" + _RESPECTIVE_ARMS,
)
# "but difference was not significant": a clause opening on the difference with no article, as
# abstracts written in a second language often put it; the difference of the arms, as "the difference".
_BARE_DIFFERENCE_OPENS = r"^\W*(?:(?:but|and|while|whereas|however)\W+)?(?=differences?\b)"
# "from baseline", "from the baseline", "from their baseline": the start of a change over time.
_FROM_BASELINE = r"\bfrom (?:the |their |its )?baseline\b"
# A value as results write it, with its spread: "39·2", "1.0 ± 0.3".
_VALUE = r"-?\d[\d.·]*(?:\s*(?:±|\+/-)\s*\d[\d.·]*)?"
# "decreased from 18.2 to 11.4 and from 17.9 to 16.8": each arm's own values before and after.
_TWO_FROM_TO = compiled(rf"\bfrom {_VALUE}\s+to {_VALUE}\b[^;]*?\bfrom {_VALUE}\s+to {_VALUE}\b")
# "scores ranged from 3 to 5", "scores from 3 to 5 (62%)": the values a measure spanned, or the
# share of people whose values lay between two, not a change from one to the other.
_NOT_A_RANGE = (
    r"(?<!range )(?<!ranges )(?<!ranged )(?<!ranging )(?<!varied )(?<!varying )"
    r"(?!(?:(?<=score )|(?<=scores ))from \d+(?:[.·]\d+)? to \d+(?:[.·]\d+)?\s*\(\s*\d+(?:[.·]\d+)?\s*%\s*\))"
)
# The arms as a result names them all together: "both groups", "both treatments", "all regimens".
_ARMS_ALL_TOGETHER = (
    r"(?:groups|arms|treatments|regimens|interventions|therapies|drugs|doses|programmes|programs|procedures|"
    r"modalities)"
)
# "A and B both reduced pain", "A as well as sham A lowered X": two treatments each doing a change to
# the outcome after it (not "pain and fatigue both decreased significantly", two outcomes that fell).
_EACH_DID = (
    r"\b[\w+-]+ (?:and (?:the )?[\w+-]+(?: [\w+-]+)? (?:both|each)|as well as (?:the )?[\w+-]+(?: [\w+-]+)?) "
    r"(?:(?:significantly|markedly|also) )?"
    r"(?:reduced|lowered|decreased|increased|raised|improved|relieved|shortened|prolonged)\s+"
    r"(?!(?:\w+ly|by|from|in|at|over|after|during|to|with|for|and|but)\b)[a-z]"
)
# Each way of saying the arms changed over time, not against each other: one alternation, read
# way by way (``AnyOf``), as only whether it is said matters.
_WITHIN = AnyOf(
    _FROM_BASELINE,
    # "both groups", "both training modalities": every arm, its kind named before it or not
    rf"\bboth (?:the )?(?:two )?(?:[\w-]+ )?{_ARMS_ALL_TOGETHER}\b",
    _EACH_DID,
    # "the aquatic group and the control group both improved": each arm named, then "both"
    r"\b(?:group|arm) and (?:the )?[\w+-]+ (?:group|arm) (?:both|each)\b",
    # "the massage and sham groups both improved": the two arms named together, then "both"
    # (not "both had lower pain than the control group": the two against a third)
    r"\b[\w+-]+ and (?:the )?[\w+-]+ (?:groups|arms) (?:both|each) (?:\w+ly )?"
    r"(?:improved|reduced|decreased|increased|declined|fell|rose|lowered|worsened)\b",
    r"\bby both (?!groups?\b)[\w+-]+ and\b",  # "reduced by both A and B"
    # "relieved by A and by B": each arm the agent of the change (not "... than by C", set against a third)
    # (nor "by 2 points and by 3 points": sizes, not agents)
    r"\bby (?:the )?(?![\d-])[\w+-]+(?: [\w+-]+)? and (?:also )?by (?:the )?(?![\d-])[\w+-]+\b"
    r"(?![^.;]*\bthan\b)",
    r"\b(?:either|each) (?:group|arm)\b",
    _AGAINST_A_START,
    r"\bfrom (?:the )?pre-?\w*\b",
    r"\bboth (?:after|following)\b",
    r"\bin (?:all|the) (?:three|four|\w+) groups\b|\bin all (?:(?:the|of the) )?(?:groups|arms)\b",
    r"\bpre-?\s*(?:to|and|-)\s*-?\s*post",
    _BETWEEN_START_AND,
    r"\bbefore and after\b",
    rf"{_NOT_A_RANGE}\bfrom {_VALUE}\s*(?:[^\s()]+\s*)?(?:\([^()]{{0,40}}\)\s*)?to\s+-?\d",
    # "from week 0 to week 4": the span of a change from its start ("between baseline and week 8"
    # is ``_BETWEEN_START_AND``); "by 1.9 points from 5.1": a change sized from its starting value
    rf"\bfrom {_START}[\w\s-]{{0,20}}?\bto\b",
    r"\bby -?\d[\d.,·]*\s*(?:%|[a-z]+)?\s+from -?\d",
    # "from week 1 to week 12", "between T1 and T3": a span between two times named as such
    rf"\b(?:from|between) {_NAMED_TIME} (?:to|and) {_NAMED_TIME}",
    # "from the first to the eighth week": the span's two ends by their order
    r"\bfrom (?:the )?first to (?:the )?\w+ (?:week|session|day|month|visit|assessment)\b",
    r"\b(?:within|intra)[\s-]?groups?\b",
    r"\bover time\b",
    r"\bin (?:both|either|each) groups?\b|\bin all \w+ (?:patients|participants)\b",
    # "decreased in groups A and B", "improved in the massage (p < 0.01) and sham (p = 0.02) groups",
    # "fell in the massage and usual care groups":
    # a change said of two arms named together (not their numbers: "3.1 and 4.5 in the A and B groups")
    r"\b(?:improved|increased|decreased|declined|reduced|changed|fell|rose|worsened)\s+(?:\w+ly\s+)*"
    r"in (?:the )?(?:groups? [a-z0-9]{1,3} and [a-z0-9]{1,3}\b|"
    r"[\w+-]+(?: \([^()]{0,40}\))? and (?:the )?[\w+-]+(?: [\w+-]+)?(?: \([^()]{0,40}\))? (?:groups|arms)\b)",
    # not "in both the per-protocol and the ITT analyses": two analyses, not two arms; "during both
    # phases": a crossover's each treatment period
    r"\b(?:in|following|after|during) both\b(?![^.;,]{0,60}?\b(?:analys[ie]s|populations)\b)",
    r"\bboth [\w\s-]{1,40}? and (?:the )?(?:placebo|control|sham|usual[- ]care|standard[- ]care)\b",
    r"\b(?:in )?neither (?:group|arm)\b|\bin none of the (?:groups|arms)\b",
    r"\bneither [\w\s+-]{1,40}? nor\b",
    r"\b(?:returned|reverted|came back) to (?:the )?(?:baseline|pre-?\w+)",
    r"\b(?:after|following) (?:the )?administration\b",
    r"\beffects? of time\b|\b(?:main )?time effects?\b",
)
# "after the intervention", "post-treatment": the time after the treatment, a change over it unless
# the statement speaks of the arms' difference then ("after the first day of treatment the
# differences in X were not significant").
_AFTER_THE_TREATMENT = compiled(
    # ("upon completion of the programme": at its end, so too)
    r"\b(?:after|following|(?:up)?on (?:the )?completion of) (?:the )?(?:[\w-]+ (?:or |and )?){0,3}?"
    r"(?:intervention|treatment|training|"
    r"program|programme|therapy|sessions?|massage|exercise|injection|infusion|ingestion|supplementation|"
    rf"dosing|rehabilitation)s?\b|{AFTER_TREATMENT}"
)
# "pain was higher at baseline than after massage", "fatigue was lower before than after the
# sessions": the start set first, against a later time; the change told backwards, from the end.
_START_THEN_LATER = (
    rf"\b(?:{_START})[\w-]*\s+(?:[\w-]+\s+){{0,5}}?than\s+(?:(?:that|those)\s+)?(?:(?:at|in|during)\s+)?"
    r"(?:the\s+)?(?:after|following|post\b|post-|end\b|follow-?up)"
)
_START_SET_FIRST = Screened(_START_THEN_LATER)
# "once the week 0 scores were compared with the later ones, grip strength rose": the
# start's values set against later ones, each arm's change over time, its way told by the verb
# after it as it stands (not backwards, nor against a later time than the end).
_START_COMPARED_WITH_LATER = Screened(
    rf"\b(?:{_START})[\w-]*\s+(?:values?|scores?|readings?|measurements?|levels?|data)\s+(?:were|was)\s+"
    rf"{COMPARED}\s+(?:the\s+|those\s+)?(?:subsequent|later|following|final|post\b|post-|follow-?up)"
)
# "compared with baseline": the strongest word for a change over time, whatever else is said.
_AGAINST_BASELINE = AnyOf(_FROM_BASELINE, _AGAINST_A_START, _START_THEN_LATER)
_SET_AGAINST_A_START = compiled(_AGAINST_A_START)
_SPAN_OF_TIME = compiled(_BETWEEN_START_AND)
_CONTROL_ARM = CONTROL_ARM
# "changes from baseline in fatigue differed significantly between the groups": the arms' changes
# set against each other.
_CHANGES_DIFFERED = compiled(
    rf"\bchanges? {_FROM_BASELINE}[^.;]{{0,60}}?\b(?:differ\w*|(?:was|were) (?:\w+ly )*different)\b"
    r"[^.;]{0,30}?\b(?:between|among) (?:the )?(?:two |both |three |all )?(?:groups|arms|treatments)\b"
)
# "a greater reduction from baseline than with placebo": changes from baseline, compared across arms.
_CHANGES_COMPARED = compiled(
    rf"\b(?:greater|larger|bigger|smaller|more|less)\b[^.;]{{0,120}}?{_FROM_BASELINE}[^.;]{{0,80}}?"
    rf"\b(?:than|{COMPARED}|versus|vs\.?|relative to)\b{_NOT_AN_ARM}|"
    # "reduced HbA1c from baseline compared with placebo", "improved from baseline to week 8 in the
    # massage group compared with the control group": the change set against the control arm's
    rf"{_FROM_BASELINE}(?:(?!{_CONTROL_ARM}|both\b)[^.;]){{0,60}}?\s*,?\s*"
    rf"(?:{COMPARED}|versus|vs\.?|relative to) (?:the )?{_CONTROL_ARM}\b|"
    # "compared with the control group, the exercise group improved from baseline": so too, the
    # control arm set against in an opening phrase
    rf"^\W*(?:{COMPARED}|relative to|versus|vs\.?) (?:the )?{_CONTROL_ARM}[^,;]{{0,40}},"
    rf"[^.;]*?{_FROM_BASELINE}|"
    rf"{_FROM_BASELINE}[^.;]{{0,80}}?\b(?:greater|larger|bigger|smaller|higher|lower|more|less)\b"
    rf"[^.;]{{0,80}}?"
    rf"\b(?:than|{COMPARED}|versus|vs\.?|relative to)\b{_NOT_AN_ARM}"
)
# "a placebo-adjusted reduction from baseline", "the placebo-corrected change": a change net of the
# other arm's, between the arms whatever its start.
_NET_OF_CONTROL = compiled(r"\b(?:placebo|sham|control)[- ](?:adjusted|corrected|subtracted)\b")
# "(between-group difference p = 0.02)" beside a change: the change's own comparison is the words'.
_QUOTED_BETWEEN = Screened(
    r"[(\[]\s*between[- ]groups?\b[^()\[\]]*[)\]]|"
    # "(p = 0.04; between-group p = 0.06)": the arms' test after an arm's own, in its bracket
    r"[;,]\s*between[- ]groups?\s+p\b[^()\[\];]*(?=[)\]])"
)
# Words that set the arms against each other, if weakly: "the difference", "superior", "in favour
# of". The clause opening on a bare "difference" is asked apart (``_weak_between``): every other way
# opens on a word boundary, so ``re`` starts this one only where one of its words may begin.
_WEAK_BETWEEN = compiled(
    r"\bthe difference\b|\bdifferences\b|"
    r"\bgroups? differ|\bsignificant(?:ly)? differen|\bno differen|"
    # "the pooled effect was not significant": trials' comparisons with control, taken together
    r"\bpooled (?:effects?|estimates?|differences?)\b|"
    r"\bsuperior|\binferior|\boutperform|\bin favou?r of\b|\bfavou?r(?:ed|ing)\b|\bdiffered significantly\b|"
    r"\bover (?:placebo|sham|control|usual care)\b|"
    # a trial's analyses of its randomized arms: "in the per-protocol analysis"
    r"\b(?:per[- ]protocol|intent(?:ion)?[- ]to[- ]treat) (?:analys[ie]s|populations?|sets?)\b|"
    # "improved with active treatment": "active" names the arm as against the inactive one
    r"\b(?:with|by|on|under|receiving) (?:the )?active (?:treatment|drug|medication|intervention|product|"
    r"compound|stimulation|therapy|cream|gel|substance)s?\b",
)
_BARE_DIFFERENCE_FIRST = compiled(rf"{_BARE_DIFFERENCE_OPENS}difference\b")


def _weak_between(text: str) -> bool:
    """Whether the clause sets the arms against each other, if weakly (``_WEAK_BETWEEN``), or
    opens on a bare "difference" ("but difference was not significant")."""
    return bool(_BARE_DIFFERENCE_FIRST.match(text) or _WEAK_BETWEEN.search(text))


# Who an arm's people are: "women", "patients", "children".
_PEOPLE_OF_AN_ARM = (
    r"(?:those|patients|participants|subjects|people|women|men|children|infants|animals|rats|mice|"
    r"users|recipients)"
)
# "those who received massage", "patients given the drug": the people of one arm, named by it.
_WHO_RECEIVED = (
    rf"{_PEOPLE_OF_AN_ARM}"
    r"(?: who(?: were| had)?)?[\s,]+(?:received|receiving|given|treated with|taking|allocated to|assigned to|"
    r"randomi[sz]ed to)"
)
# "pain got worse in the usual care group": what became of a measure over time, not one arm ranked
# above another.
_NOT_BECAME = "".join(
    f"(?<!{verb} )" for verb in ("got", "gotten", "gets", "getting", "grew", "became", "become", "becomes")
)
# "higher in the massage group": a comparative says "than the other arm" without saying "than".
_COMPARATIVE = (
    rf"\b(?:higher|lower|greater|larger|bigger|smaller|less|more|{_NOT_BECAME}(?:better|worse|poorer)|shorter|"
    r"longer|fewer|"
    # "greatest in the EA group": of three arms or more, the most of all
    r"highest|lowest|greatest|largest|biggest|smallest|best|worst|poorest|shortest|longest|fewest)\b"
)
# "faster with usual care than with reflexology": a pace, set against the other arm as a level is.
_COMPARATIVE_OR_PACE = _COMPARATIVE.replace("|fewer|", "|fewer|faster|slower|quicker|", 1)
# "compared with baseline, the usual care group had higher anxiety than the massage group": a
# named arm set against another, whatever an opening says of time.
_MORE_THAN_AN_ARM = compiled(
    rf"{_COMPARATIVE}[^.;]{{0,60}}?\bthan (?:in |with |among |for )?"
    r"(?:the |that of the |those (?:of|in) the )?"
    r"(?:(?!(?:at|in|of|baseline|before|pre|start)\b)[\w+-]+ ){1,4}?(?:group|arm)s?\b"
)
# "the massage group had lower": what one arm had, compared.
_ARM_HAD = rf"{ARM_HAD}\b"
# "the massage group improved more": how one arm changed, compared (which arm: ``compared_with_an_arm``).
_ARM_CHANGED = r"(?:improved|increased|decreased|declined|reduced|gained|changed)\b"
# A change an arm had that says also which way was better: "worsened in the control group".
_ARM_TURNED = rf"(?:{_ARM_CHANGED}|(?:worsened|deteriorated|impaired|compromised|restored|normali[sz]ed)\b)"
# The people of an arm, named by it: "control participants", "the placebo patients".
_ARM_PEOPLE = r"(?:participants|patients|subjects|recipients)"
# "worsened in group II (between-group p = 0.01)": the labelled arm's own change, whatever test
# follows (``_labelled_arms_own_change``).
_CHANGED_IN_A_LABELLED_ARM = compiled(rf"\b{_ARM_TURNED} (?:\w+ly )?in (?:group|arm) [a-z0-9]{{1,3}}\b")
_ANOTHER_ARM_SET_AGAINST = compiled(rf"\b(?:than|versus|vs|{COMPARED})\b")
# "higher after the intervention in the yoga group": a level ranked by the time it follows, then the
# arm it was in (not "higher after the intervention in the yoga group than in the control group").
_RANKED_BY_THE_TIME = (
    rf"(?!\s+(?:{_AFTER_THE_TREATMENT.pattern})\s+(?:in|among|for) (?![^.;]*\b(?:than|{COMPARED})\b))"
)
# "the control group walked farther": the pace or reach of one arm, set above the other's; "was
# discharged 3 days earlier": how soon it went home.
_ARM_WALKED = (
    r"(?:walked (?:\w+ly )?(?:faster|quicker|more quickly|farther|further|slower|more slowly)|"
    rf"(?:was|were) discharged{HOW_MUCH_SOONER}(?:earlier|sooner|later))\b"
)
_COMPARATIVE_IN_GROUP = compiled(
    # "faster in the drug group (p = 0.02)": a pace too, set against the other arm's as a level is,
    r"\b(?:faster|slower|quicker)\b(?:"
    # where the clause ends on the arm (not "faster in the massage group after 8 weeks", over time)
    r"[^.;]{0,60}?\b(?:in|among|for|with) (?:the )?[\w\s+-]{1,40}?"
    r"(?:group|arm)\b(?=\s*(?:\([^()]*\)\s*)?[.;,]?\s*$)|"
    # or where the arm comes right after the pace, named by a label or a short name ("faster in
    # group D"), the clause going on but not to a time
    r" (?:in|among|with) (?:(?:the )?[\w+-]+(?: [\w+-]+)? (?:group|arm)|"
    r"(?:group|arm) \w{1,4})\b(?!\s+(?:after|at|following|by|over|during|from|since)\b))|"
    rf"{_COMPARATIVE}{_RANKED_BY_THE_TIME}[^.;]{{0,60}}?\b(?:(?:in|among|for|with) (?:the )?"
    r"[\w\s+-]{1,40}?(?:group|arm|patients|participants|recipients|users)|"
    rf"(?:in|among|for|with) (?:group|arm) \w+|(?:in|among|for) (?:the )?{_WHO_RECEIVED})\b|"
    # "group P (patients) had higher pain": what one labelled arm had, compared
    rf"\b(?:the [\w\s+-]{{1,40}}? (?:group|arm)|group \w{{1,4}}(?: {_ARM_PEOPLE})?) "
    rf"(?:{_ARM_HAD}[^.;]{{0,30}}?{_COMPARATIVE}|{_ARM_WALKED})|"
    # "participants in the massage group were less likely to fall": likelier than the other arm's
    r"\b(?:the [\w\s+-]{1,40}? (?:group|arm)|group \w{1,4}) (?:was|were) (?:\w+ly )?(?:more|less) likely\b|"
    # "lower in the massage condition": a crossover's arm, named as its condition
    rf"{_COMPARATIVE}[^.;]{{0,60}}?\b(?:in|during|under) the (?:[\w+-]+ ){{1,2}}?condition\b|"
    # "fatigue scores in the massage group (in group B) were significantly lower": the arm named
    # before its level
    rf"\b(?:in|of|among) (?:(?:the )?(?!(?:both|all|each|either)\b)[\w\s+-]{{1,40}}? (?:group|arm)|"
    rf"(?:group|arm) \w{{1,4}}) (?:was|were|is|are|remained) (?:\w+ly )*{_COMPARATIVE}",
)
# "those who received massage had lower pain": the people of an arm, named as the clause opens, and
# what they had, compared. Apart from ``_COMPARATIVE_IN_GROUP``, every other way of which opens on a
# word boundary: ``re`` then starts that one only where one of its words may begin (``compiled``),
# several times faster than at every character.
_RECIPIENTS_HAD_FIRST = compiled(
    rf"^\W*(?:the )?{_WHO_RECEIVED}\b[^.;]{{1,40}}? {_ARM_HAD}[^.;]{{0,30}}?{_COMPARATIVE}"
)


# "In the dorvamide arm, headache was more common (p = 0.01)": an arm named as the clause opens, then
# how often something happened in it, compared and nothing set against it: more often than in the
# other arm (more often than before would say "than at baseline").
_ARM_OPENS_A_FREQUENCY = compiled(
    r"^(?![^.;]*\b(?:than|compared|versus|vs|relative)\b)\W*"
    # "among patients in the dorvamide arm, ...": its people, in it
    rf"(?:(?:among|for) (?:{_ARM_PEOPLE}|those|people|women|men|children) )?"
    r"in (?:the )?(?P<arm>[\w+-]+(?: [\w+-]+){0,3}?) "
    r"(?:group|arm)\s*,[^.;]{1,60}?\b(?:was|were|is|are) (?:\w+ly )?(?:more|less) "
    r"(?:common|frequent|prevalent)\b"
)


def _arm_opens_a_frequency(low: str) -> re.Match[str] | None:
    """The opening arm of ``_ARM_OPENS_A_FREQUENCY``, where a test stands behind the comparative (a
    p-value or "significantly"): untested, "more common in the X arm" may be more than before."""
    said = _ARM_OPENS_A_FREQUENCY.match(low)
    return said if said and (_P_QUOTED.search(low) or "significant" in low) else None


def _arm_compared_at(low: str) -> int | None:
    """Where the lowered clause first sets a named arm above or below another by a comparative
    ("lower in the massage group", "the massage group had lower"); None where it does not."""
    if _RECIPIENTS_HAD_FIRST.match(low) or _arm_opens_a_frequency(low):
        return 0
    said = _COMPARATIVE_IN_GROUP.search(low)
    return said.start() if said else None


# The control arm named as its group or its people: "the control group", "(wait-listed) controls".
_CONTROLS = r"(?:\s+(?:group|arm)s?|(?<=controls))\b"
# The tested arm's name a sham or placebo arm's says again: "tDCS" of "the sham tDCS group" or of
# "the sham-tDCS group" (not a list's "and", nor what an arm had on top: "plus").
_SHAMS_NAME = r"(?:[\s-](?!(?:and|or|plus|with|alone|only)\b)[\w-]+)"
# "pain decreased in the massage group": a change in one named arm, no comparison stated.
_IN_ONE_GROUP = compiled(
    # "in the waitlist condition": a crossover's or a trial's arm named as its condition
    r"\b(?:in|within|for) the [\w\s+-]{1,40}? (?:group|arm|condition)\b(?! (?:than|compared|versus|vs))|"
    rf"\b(?:in|within|among) (?:the )?(?P<controls>{_CONTROL_ARM})(?<=controls)\b"
    r"(?! (?:than|compared|versus|vs))|"
    # "among control participants": the control arm named by its people
    rf"\b(?:in|within|among) (?:the )?(?!no ){_CONTROL_ARM} {_ARM_PEOPLE}\b(?! (?:than|compared|versus|vs))|"
    r"\bin (?:group|arm) [a-z0-9]{1,3}\b(?! (?:than|compared|versus|vs))|"
    r"\bin (?!favou?r\b)(?:[\w+®-]+ ){1,2}group\b(?! (?:than|compared|versus|vs))|"
    # "group B showed worsening of gait": an arm by its label, as the subject, so too
    r"\b(?:the [\w\s+-]{1,40}? (?:group|arm)|(?:group|arm) [a-z0-9]{1,3}) "
    r"(?:(?:also|further|additionally|\w+ly) )?(?:showed|had|experienced|"
    r"reported|demonstrated|improved|"
    # "the control group deteriorated in mobility": the arm's own turn for the worse too
    r"increased|decreased|reduced|declined|worsened|deteriorated|"
    # "the control group did not show any change": what the arm had not, its own too
    r"(?:did not|failed to) (?:show|have|experience|report|demonstrate))\b|"
    # "the dance group's walking speed increased": the arm's own measure, its own change
    r"\bthe [\w\s+-]{1,40}? (?:group|arm)['’]s\b(?=[^.;]{0,60}?\b(?:increased|decreased|improved|reduced|"
    r"declined|rose|fell|dropped|worsened)\b(?!\s+(?:\w+ly\s+)*(?:more|less|further)\b))",
)
# "at week 12", "at 6 months", "at the 3-month follow-up": a time after the start, named by "at".
_AT_A_LATER_TIME = (
    r"at (?:the )?(?:(?:week|month) [1-9]\d*|[1-9]\d*[\s-](?:weeks?|months?)(?:[\s-]+follow-?up)?|"
    r"(?:[1-9]\d*[\s-](?:week|month)[\s-]+)?follow-?up)\b"
)
# A change verb, then the span it took: "fatigue decreased significantly after 8 weeks"; or a change
# noun: "significant improvements in balance were found after 12 weeks".
_OVER_A_SPAN = compiled(
    r"(?:\b(?:increased|decreased|improved|reduced|declined|rose|fell|dropped|diminished|worsened)\b|"
    # (not "a greater improvement after 12 weeks": sized against the other arm's)
    r"(?<!greater )(?<!larger )(?<!bigger )(?<!smaller )"
    r"\b(?:improvements?|reductions?|decreases?|increases?|declines?)\b(?=[^;]{0,60}?\b(?:after|following|"
    r"over|during|within|at the end of|by) ))"
    r"(?:[^;]{0,60}?\b(?:(?:after|following|over|during|within|at the end of|by) (?:the )?(?:first |last )?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]"
    r"(?:weeks?|months?|days?|sessions?|years?)\b|"
    # "reduced at the end of the session": over the treatment, as "after the session"
    r"at the end of (?:the |each |every )?(?:sessions?|treatment|intervention|programme|program|therapy)\b)|"
    # "fatigue improved significantly at week 12", "... at the 3-month follow-up": the outcome
    # changed by a time after the start (not "oilrub reduced fatigue at week 4", a treatment's doing)
    rf"\s+(?:(?:statistically|\w+ly)\s+)*{_AT_A_LATER_TIME})|"
    # "an improvement in balance at the 6-month follow-up": the change's noun, its outcome, then the time
    r"(?<!greater )(?<!larger )(?<!bigger )(?<!smaller )"
    r"\b(?:improvements?|reductions?|decreases?|increases?|declines?) (?:in|of) "
    rf"[^.;]{{1,60}}?{_AT_A_LATER_TIME}"
)
# The span told first: "After 8 weeks, fatigue improved significantly", "At the end of the
# intervention, significant improvements were found in balance": a change over that span, as when
# the span comes after the change (``_OVER_A_SPAN``); not "a greater improvement", sized against
# the other arm's.
_SPAN_THEN_CHANGE = compiled(
    r"^\W*(?:after|following|at the end of|by the end of|over|at) (?:the )?(?:first |last )?"
    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]"
    r"(?:weeks?|months?|days?|sessions?|years?)\b|"
    r"(?:sessions?|treatment|intervention|programme|program|therapy|training)\b)[^,;]{0,40},"
    r"[^;]{0,60}?(?<!greater )(?<!larger )(?<!bigger )(?<!smaller )(?<!more )(?<!better )"
    r"\b(?:increased|decreased|improved|reduced|declined|rose|fell|dropped|diminished|worsened|"
    r"improvements?|reductions?|decreases?|increases?|declines?)\b"
)
# "did not differ from baseline", "no difference from week 0": a likeness to the start, over time;
# so too "did not differ significantly over time", "no differences across the time points".
_FROM_THE_START = (
    rf"(?!\s+(?:\w+\s+)?from {_THAT_AT}(?:{_START}|{_EARLIER_TIME})|"
    r"\s+(?:(?!between\b)[\w-]+\s+){0,3}?(?:over|across) (?:the )?(?:time|time ?points|assessments|visits|"
    r"measurements)\b)"
)
_ALIKE = compiled(
    rf"\b(?:similar(?:ly)?|comparable|equal(?:ly)?|evenly|the same|identical|indistinguishable|"
    # "scores were equivalent in both groups" (not "morphine equivalents", a measure)
    r"(?:was|were|is|are|remained) equivalent|"
    rf"did not differ\b{_FROM_THE_START}|"
    rf"no (?:statistical(?:ly)? )?(?:significant )?(?:(?:inter)?group )?differences?\b{_FROM_THE_START}|"
    # "with no advantage for reflexology": an advantage is one arm's over the other
    r"no (?:significant |clear |additional )?advantages?|"
    rf"(?:was|were|is|are) not? (?:statistically |significantly )*different\b{_FROM_THE_START}|"
    rf"{INTERACTION_TERM} interaction|interaction)\b"
)
# "in the massage group was 19.7", "in the sham group, it was 15.1": an arm, then its number.
_GROUP_WAS = (
    r"\bin (?:the )?(?:(?!the\b)[\w+-]+ ){0,4}?(?:group|arm)\b[^;\d]{0,40}?,?\s*(?:(?:it|they) )?"
    r"(?:was|were|is|are)\s+(?:about |approximately )?-?\d"
)
# "decreased by 3.1 points in the massage group and 2.8 in the sham group, a non-significant
# difference": the difference of one number per arm is between them.
# "by 24% in the MLD group and by 21% in the compression group (p = 0.45)", "in 18 of 25 patients
# in the massage group and 7 of 25 in the control group (p = 0.004)": one p-value after both arms'
# numbers tests one against the other.
_ARMS_DIFFERENCE = Screened(
    r"\d[^;]{0,60}?\bin (?:the )?(?:(?!the\b)[\w+-]+ ){0,4}?(?:group|arm)\b(?:(?!\bp\s*[<>=≤≥])[^;]){0,80}?"
    r"\band\b[^;]{0,40}?\d[^;]{0,60}?\bin (?:the )?(?:(?!the\b)[\w+-]+ ){0,4}?(?:group|arm)\b"
    r"(?:[^;]{0,60}?\bdifferences?\b(?!\s+(?:from|over|since|before|after)\b)|\s*[(,;]\s*p\s*[<>=≤≥])|"
    # "in the massage group was 19.7 and in the sham group (it was) 15.1 (p = 0.27)": each arm
    # named first, then its number
    rf"{_GROUP_WAS}[^;]{{0,60}}?\band\s+{_GROUP_WAS}[^;]{{0,60}}?[(,;]\s*p\s*[<>=≤≥]",
    words=("group", "arm"),  # which every way holds; every clause holds "in "
)
# "increased from 44 to 49 with balance training and from 45 to 48 with stretching, a
# non-significant difference": each arm's change, by the arm it came with, then the difference of
# the two said not significant; the arms alike.
_EACH_ARMS_CHANGE_NOT_DIFFERENT = compiled(
    r"\d[^;]{0,60}?\bwith (?:the )?[\w+-]+(?: [\w+-]+)?[^;]{0,30}?\band\b[^;]{0,40}?\d[^;]{0,60}?"
    r"\bwith (?:the )?[\w+-]+(?: [\w+-]+)?\s*(?:\([^()]*\)\s*)?,\s*an? (?:statistically )?"
    r"(?:non-?significant|not significant|insignificant) differences?\b"
)
_COMPARATIVES = frozenset(
    ("greater", "higher", "more", "larger", "bigger", "lower", "less", "smaller", "fewer")
)
# Nouns of a change, by the way they say it went: "a reduction", "an attenuation", "a relief"
# ("falls" and "drops" name things counted, too: "falls in older adults", "eye drops").
_NOUNS_LESS = (
    r"reductions?|decreases?|declines?|loss(?:es)?|attenuations?|mitigations?|lessening|diminutions?"
)
_NOUNS_DOWN = rf"{_NOUNS_LESS}|falls?|drops?"
_NOUNS_UP = r"increases?|rises?|gains?|elevations?"
# "greater progress in dizziness": headway against it, a betterment (not a disease's progress,
# nor "progress in the massage group", whose outcome is named elsewhere)
_NOUNS_GOOD = (
    r"improvements?|benefits?|relief|alleviations?|ameliorations?|"
    r"progress(?= in\b(?! the (?:[\w-]+ )?(?:groups?|arms?)\b))"
)
_NOUNS_BAD = r"worsening|deteriorations?|exacerbations?|aggravations?"
_CHANGE_NOUN = compiled(
    rf"\s+(?:[\w-]+\s+){{0,3}}?(?:(?P<down>{_NOUNS_DOWN})|(?P<up>{_NOUNS_UP})|(?P<good>{_NOUNS_GOOD})|"
    rf"(?P<bad>{_NOUNS_BAD}))\b",
)
# "pain attenuation was greater", "anxiety relief was smaller": the change noun before its size.
_CHANGE_NOUN_BEFORE = compiled(
    rf"\b(?:(?P<down>{_NOUNS_DOWN})|(?P<up>{_NOUNS_UP})|(?P<good>{_NOUNS_GOOD})|(?P<bad>{_NOUNS_BAD}))"
    # "gains in walking were greater": the noun, what it is of, then its size
    r"(?:\s+(?:in|of)\s+(?:(?!(?:was|were|than|and|or)\b)[\w'-]+\s+){1,4}?)?"
    r"\s*(?:was|were)\s+(?:(?:statistically\s+)?significantly\s+|much\s+|far\s+|also\s+)?$"
)
# "the decrease in pain from baseline was larger in the drug group", "greater mean reductions from
# baseline with the drug": a change from baseline sized, with nothing said to be set against it, is
# sized against the other arm's change.
_SIZE = r"(?:greater|larger|bigger|smaller|more|less)"
_CHANGE_WORD = rf"(?:changes?|{_NOUNS_DOWN}|{_NOUNS_UP}|{_NOUNS_GOOD})"
_CHANGE_FROM_BASELINE_SIZED = compiled(
    rf"\b{_SIZE}\s+(?:(?:mean|average|median)\s+)?{_CHANGE_WORD}\b[^.;]{{0,60}}?{_FROM_BASELINE}|"
    rf"\b{_CHANGE_WORD}\b[^.;]{{0,60}}?{_FROM_BASELINE}[^.;]{{0,60}}?\b(?:was|were|is|are)\s+(?:\w+ly\s+)*{_SIZE}\b"
)
_P_QUOTED = compiled(rf"\b{P_SIGN}{P_NUMBER}")
# "(both p < 0.01)", "(p < 0.01 for both)", "(p = 0.01 and p = 0.20, respectively)" after each
# arm's values before and after: each arm tested against its own start, not one against the other.
_EACH_ARMS_OWN_P = Screened(
    rf"\b(?:both|each|all) {P_SIGN}|"
    rf"\b{P_SIGN}{P_NUMBER}\s*,?\s*(?:for|in) (?:both|each|all)\b|"
    rf"\b{P_SIGN}{P_NUMBER}\s*(?:,|and)\s*{P_SIGN}{P_NUMBER}"
    r"\s*,?\s*respectively\b"
)
# "rose less (than ...)", "rose more slowly": the change word's size, compared, turns its way round.
# So does "reduced anxiety less (p = 0.02)", "reduced it to a lesser extent": the outcome between.
_BY_LESS = compiled(
    # "reduced by 1.2 points less in the usual care group": the size of the gap, then less
    r"(?:\s+by (?:a (?:mean|median) of )?-?\d+(?:[.·]\d+)?\s*(?:%|[a-z/]+)?)?"
    r"\s+(?:significantly |statistically significantly |much |far )?less\s+"
    r"(?:than\s+(?:in|with|among|for|after|the|that|those)|in|with|among|for|after|during|over|across|throughout)\b|"
    r"(?:\s+(?!(?:and|or|but|while|whereas|no|not)\b)[\w-]+){0,3}?\s+"
    r"(?:(?:significantly |statistically significantly |much |far )?"
    r"less(?=\s*(?:[(,;.]|$)|\s+than\b(?!\s+\d))|"
    r"to a (?:lesser|smaller) (?:extent|degree)\b)|"
    # "declined more slowly in the yoga group": less of the change in the same time
    r"\s+(?:(?:significantly|much|far) )?(?:more slowly|less (?:rapidly|quickly|steeply))\b"
)
# "reduced pain more (than ...)", "the reduction in pain was greater with sham": a change sized as
# the larger of the two, the mirror of ``_BY_LESS``.
_BY_MORE = compiled(
    r"(?:\s+(?!(?:and|or|but|while|whereas|no|not|than)\b)[\w-]+){0,3}?\s+"
    r"(?:(?:significantly |statistically significantly |much |far )?(?:more|greater|larger|bigger)"
    r"(?=\s*(?:[(,;.]|$)|\s+(?:than|in|with|among|for|after|following|during)\b(?!\s+\d))|"
    r"to a (?:greater|larger) (?:extent|degree)\b)"
)
_SIZES_LARGER = frozenset(("more", "greater", "larger", "bigger"))
_LEVEL_WORDS = _COMPARATIVES | {"better", "worse"}  # a level or an arm ranked, not a change sized
_FLIPPED = {
    "increased": "decreased",
    "decreased": "increased",
    "improved": "worsened",
    "worsened": "improved",
}
# "higher in the placebo group than in the massage group": the comparator arm comes first.
_NO_THAN = r"(?:(?!\b(?:than|compared|comparison|relative|versus|vs)\b)[^.;]){0,60}?"
# "in favour of", "favoured", "favouring": the arm named next is the one the result is better for.
_FAVOURING = r"\b(?:in favou?r of|favou?r(?:ed|ing|s)) "
# "participants who continued their usual care", "those receiving usual care", "patients in the
# control group": the control arm's people, named by what they were given or where they were.
# So are "those who did not exercise": the people not given the treatment (not those who did not
# respond, adhere or complete it, some of an arm), and "those waiting for treatment".
_GIVEN_THE_CONTROL_ARM = (
    r"(?:those|participants|patients|subjects|people|individuals|women|men|children|recipients)"
    r"(?:(?: (?:who|that)(?: were| had been| had)?)? (?:received|receiving|continued|continuing|kept|keeping|"
    r"given|allocated to|assigned to|randomi[sz]ed to|in|on|under|took|taking|treated with)"
    r"(?: with)?(?: the| their)? "
    rf"{_CONTROL_ARM}(?: (?:group|arm|condition)s?)?\b|"
    # "recipients of placebo": the control arm's people, named by what they received
    rf"(?<=recipients) of (?:the )?{_CONTROL_ARM}\b|"
    r" (?:who|that) did not (?!(?:respond|complete|adhere|attend|comply|improve|finish|develop|experience|"
    r"have|need|require|use|take|report|achieve|reach|show|tolerate|return|fall|change)\b)[a-z-]+"
    r"(?: (?!(?:had|has|showed|reported|was|were|improved|increased|decreased)\b)[a-z-]+){0,3}?(?![\w-])|"
    # "those waiting for treatment": the wait-list's people
    r"(?: (?:who|that) (?:were|are))? (?:still )?waiting (?:for|to)"
    r"(?: (?!(?:had|has|showed|reported|was|were)\b)[a-z-]+){1,3}?(?![\w-]))"
)
# "'s pain scores were": an arm's own measure, a few words, then its copula.
_ITS_MEASURE_WAS = r"(?: [\w-]+){1,4}? (?:was|were)\b"
# A crossover's time on one treatment: "the placebo phase", "placebo nights".
_CROSSOVER_TIME = r"(?:period|phase|condition|session|night|day)s?\b"
# "higher in the placebo group (than in the massage group)": the comparator arm comes first.
# Asked only whether it matches: the ways that open with a comparative share its scan ahead.
_CONTROL_ARM_FIRST = compiled(
    # (or a crossover's period of it: "higher in the placebo phase than in the fictolan phase"; or
    # the tested arm's name after it: "lower in the sham tDCS group", "in the sham-rTMS group")
    rf"{_COMPARATIVE_OR_PACE}{_NO_THAN}(?:\b(?:in|among|for) (?:the )?{_CONTROL_ARM}"
    rf"(?:{_SHAMS_NAME}?{_CONTROLS}|\s+{_CROSSOVER_TIME})|"
    # "on placebo nights": a crossover's period of it ("during the placebo phase": "during", below)
    rf"\bon (?:the )?{_CONTROL_ARM}\s+{_CROSSOVER_TIME}|"
    # "higher in both the placebo and wait-list groups than in the massage group": two control arms
    rf"\b(?:in|among|for) both (?:the )?{_CONTROL_ARM} and (?:the )?{_CONTROL_ARM}{_CONTROLS}|"
    # "better in those receiving usual care than in those trained": the arm by its people
    rf"\b(?:in|among|for) {_GIVEN_THE_CONTROL_ARM}|"
    # "reduced more by placebo than by the drug": the arm by what brought the change about; "during
    # placebo than during fictolan", "under placebo": the crossover's time on it (not "better under
    # control", a condition kept in check)
    # "while taking placebo", "while on placebo": the time on it told by what was done
    rf"\b(?:(?:with|after|following|by|during|while (?:taking|receiving|using|on)) (?:the )?|"
    rf"under (?:the )?(?!control\b))"
    rf"{_CONTROL_ARM}\b(?! of\b)|"
    # "20% lower in usual care than with aromatherapy massage": the arm named bare, then "than"
    rf"\bin {_CONTROL_ARM}(?= than\b))|"
    # (not "than in the usual care group reported less": the arm set against, then what the other had)
    rf"(?<!than )(?<!than in )(?<!than among )\bthe {_CONTROL_ARM} (?:group|arm)s? "
    rf"(?:(?:{_ARM_HAD}|{_ARM_CHANGED}|was\b|were\b){_NO_THAN}{_COMPARATIVE}|{_ARM_WALKED})|"
    # "sleep latency in the placebo phase was longer": a crossover's period of it, then its result
    rf"(?<!than )\b(?:in|during) the {_CONTROL_ARM}\s+{_CROSSOVER_TIME} (?:was|were)\b"
    rf"{_NO_THAN}{_COMPARATIVE}|"
    # "the control group's anxiety scores were higher": what the arm had, named as its own
    rf"(?<!than )(?<!than in )\bthe {_CONTROL_ARM} (?:group|arm)['’]s"
    rf"{_ITS_MEASURE_WAS}{_NO_THAN}{_COMPARATIVE}|"
    # "more controls than massage participants reported reduced pain": the control arm's people
    # counted first, against the tested arm's
    rf"\b(?:more|fewer) (?:(?:of )?the )?(?:{_CONTROL_ARM} {_ARM_PEOPLE}|{_CONTROL_ARM}(?<=controls)) than\b|"
    # "improved in favour of sham", "the effect favoured the control group": the comparator won
    rf"{_FAVOURING}(?:the )?{_CONTROL_ARM}\b(?! of\b)|"
    # "strength decreased in the control group compared with the exercise group", "during the
    # placebo period compared with the aromatherapy period": its change, compared
    # "fatigue increased among those receiving usual care compared with the aquatic group": so by its people
    # "pain increased with usual care relative to massage": the arm named bare after "with" (or "by")
    rf"\b{_ARM_TURNED}(?:\s+\w+ly)?\s+(?:(?:in|among|during) (?:(?:the )?{_CONTROL_ARM}\s+"
    rf"(?:group|arm|period|phase)s?|{_GIVEN_THE_CONTROL_ARM})|(?:with|by) (?:the )?{_CONTROL_ARM}"
    rf"(?:\s+(?:group|arm|period|phase)s?)?)\s*,?\s*"
    rf"(?:{COMPARED}|relative to|versus|vs\b|than){_NOT_AN_ARM}|"
    # "but worsened in the sham group (p = 0.01 between groups)", "while it increased by 5% in
    # controls (interaction p = 0.01)": its change, perhaps sized, the groups' test (not one quoted
    # as "(between groups, p = 0.01)", which sets no arm against it: ``_QUOTED_BETWEEN``)
    rf"\b{_ARM_TURNED}(?:\s+\w+ly)?(?:\s+by\s+[^;,()]{{1,20}}?)?\s+(?:in|among) (?:the )?{_CONTROL_ARM}"
    rf"{_CONTROLS}(?=[^;]{{0,40}}(?<![(\[])(?<![(\[] )\b(?:between[- ]groups?|interaction)\b)",
)
# "..., the usual care group more than the yoga group": the control arm's change sized, no verb.
_CONTROL_ARM_MORE_OR_LESS = Screened(
    r"(?:^|[,;]\s*)(?:but |and |with |though )?(?:the )?"
    rf"{_CONTROL_ARM}{_CONTROLS} (?:\w+ly )?(?:more|less)(?: so)? than\b"
)
# "higher without cooling than with it", "worse in the uncooled than in the cooled condition": the
# condition without the treatment named first, set against the one with it; so are the people
# without it ("non-dancers had lower balance than dancers", "those who did not train walked
# faster than those who trained", "patients not given massage ... than those massaged").
_WITHOUT_IT_FIRST = Screened(
    r"\bwithout (?:the )?(?P<x>[a-z][\w-]*)\b[^.;]{0,80}?\bthan (?:in |with |after |during |under )?"
    r"(?:the )?(?:it\b|them\b|(?P=x)\b)|"
    r"\bun(?P<y>[a-z]{3,})ed\b[^.;]{0,60}?\bthan (?:in |with |after |during )?(?:the )?(?P=y)ed\b|"
    r"\bnon-?(?P<z>[a-z]{3,})\b[^.;]{0,80}?\bthan (?:in |among |for )?(?:the )?(?P=z)\b|"
    r"\b(?:who|that) did not (?P<v>[a-z]{3,}?)e?\b[^.;]{0,80}?\bthan (?:in |among |for )?"
    r"(?:those|the \w+) (?:who|that) (?P=v)e?d\b|"
    # "patients not given massage reported more anxiety than those massaged"
    r"\bnot (?:given|receiving|offered|treated with) (?:the |a |an )?(?P<w>[a-z]{3,}?)[a-z-]*\b[^.;]{0,80}?"
    r"\bthan (?:in |among |for )?(?:those|the \w+)(?: (?:who|that) (?:were|had been))?"
    r"(?: given| receiving| offered| treated with)? (?:the |a |an )?(?P=w)"
)
# "a significant group-by-time interaction for fatigue, with increases in the control group": a
# difference of the arms explained by the control arm's change alone.
_EXPLAINED_BY_THE_CONTROL_ARM = compiled(
    r"\b(?:with|owing to|due to|because of|reflecting|driven by|explained by|as a result of|which|"
    r"so that|such that)\s+"
    r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){1,3}?(?:in|among|for|of)\s+(?:the\s+)?"
    rf"{_CONTROL_ARM}(?:{_CONTROLS}|\s+{_ARM_PEOPLE}\b)"
)


# "between-group analysis showed that fatigue worsened in the control group": the change verb's
# own arm, the control arm, right after it.
_HELD_BY_THE_CONTROL_ARM = compiled(
    rf"\s*(?:\w+ly\s+)?(?:in|among|for)\s+(?:the\s+)?{_CONTROL_ARM}(?:{_CONTROLS}|\s+{_ARM_PEOPLE}\b)"
)


def _explained_by_the_control_arm(low: str, change: re.Match[str], low_clause: str) -> bool:
    """Whether the change read is the control arm's, told to explain a result that names no other
    arm's change ("..., with increases in the control group") or held by it alone in a comparison
    of the arms ("between-group analysis showed that fatigue worsened in the control group"): the
    tested arm's was the other way."""
    if _HELD_BY_THE_CONTROL_ARM.match(low, change.end()):
        # "(between-group p = 0.01)" after it sets no arm against the control arm's own change;
        # "compared with massage, ... in the control group" is the comparison the caller turns round
        return _QUOTED_BETWEEN.search(low_clause) is None and _SET_AGAINST.search(low_clause) is None
    explained = _EXPLAINED_BY_THE_CONTROL_ARM.search(low, max(0, change.start() - 40))
    return explained is not None and explained.start() <= change.start() < explained.end()


# "Placebo recipients had higher pain scores than ...": the control arm's people, named as the
# clause opens (matched there only), then their result set against the other arm's; apart from
# ``_CONTROL_ARM_FIRST``, which ``re`` then starts only where one of its words may begin.
_CONTROL_ARM_NAMED_FIRST = compiled(
    # "(wait-listed) controls felt more tired": the arm named by its people alone, too
    rf"\b(?:the )?(?:{_CONTROL_ARM} {_ARM_PEOPLE}|{_CONTROL_ARM}(?<=controls)|{_GIVEN_THE_CONTROL_ARM}) "
    rf"(?:\w+ly )?(?:{_ARM_HAD}|{_ARM_CHANGED}|felt\b|was\b|were\b){_NO_THAN}{_COMPARATIVE}"
)
# Said as a statement opens; apart from ``_CONTROL_ARM_FIRST``, which ``re`` could not otherwise
# start only where one of its words may begin.
_CONTROL_ARM_FIRST_OPENING = compiled(
    # "placebo was more effective than the drug": the comparator is the subject compared
    rf"^\W*(?:the )?{_CONTROL_ARM}s?(?![\w-])(?! of\b)(?: (?:group|arm|recipients|participants|patients|"
    r"subjects|condition|treatment)s?)?\b"
    r"(?=[^.;]{0,80}\b(?:than|superior|inferior|(?<!was )(?<!were )outperform\w*|compared|versus|vs|"
    r"relative)\b)|"
    # "after sham, spasticity was higher than after vibration": the comparator's condition first
    # "among controls, balance was poorer than among ...": so is the arm it was measured in
    rf"^\W*(?:after|following|during|with|in|among|for) (?:the )?{_CONTROL_ARM}"
    r"(?: (?:group|arm|condition|session|period|treatment)s?)?\s*,"
    r"(?=[^.;]{0,80}\b(?:than|compared|versus|vs|relative)\b)|"
    # "with placebo, nausea was less frequent": the level ranked under the comparator, nothing set
    # against it (not "in the placebo group, ...", which may be that arm's own change)
    rf"^\W*(?:after|following|with|on) (?:the )?{_CONTROL_ARM}\s*,(?=[^.;]{{0,60}}?{_COMPARATIVE})|"
    # "compared with massage, sham produced greater reductions": the comparator acted
    # "in comparison to massage, usual care significantly reduced anxiety": so did its change
    # (not "compared with baseline, the control group had less": its own change over time)
    rf"^\W*(?:\w+\s+){{0,3}}?(?:{COMPARED}|relative to) (?!(?:the )?{_CONTROL_ARM}|{_START})"
    rf"[^,;]{{1,50}},\s*(?:the )?{_CONTROL_ARM}"
    r"(?: (?:group|arm|treatment|condition|patients|participants|subjects)s?)? (?:\w+ly )?"
    r"(?:produced|resulted in|led to|showed|had|"
    r"caused|achieved|yielded|gave|induced|was associated with|"
    rf"{_ARM_CHANGED}|lowered|raised)|"
    # "compared with the massage group, anxiety increased in the usual care group": its change
    rf"^\W*(?:\w+\s+){{0,3}}?(?:{COMPARED}|relative to) (?!(?:the )?{_CONTROL_ARM}|{_START})"
    rf"[^,;]{{1,50}},[^.;]{{0,60}}?\b{_ARM_CHANGED}(?:\s+\w+ly)?\s+(?:in|among|with) "
    rf"(?:the )?{_CONTROL_ARM}\b",
)
_UNCHANGED_ARM = compiled(
    _NO_CHANGE_IN_AN_ARM + "|"
    # "unlike the control group, the massage group improved": the arm that did not, set in contrast
    r"\b(?:unlike|in contrast (?:to|with)|contrary to) (?:(?:in|with) )?(?:the |those (?:in|of) the )?"
    r"(?:[\w+-]+ ){0,3}?(?:group|arm)s?\b"
)
# "Compared with baseline, ...": an opening that sets what follows against its start.
_OPENING_AGAINST_A_START = rf"(?:{COMPARED}|relative to|versus|vs\.?) {_START}[^,;]{{0,40}},\s*"
_OPENS_AGAINST_A_START = compiled(rf"^\W*{_OPENING_AGAINST_A_START}")
# The control arm's words as an arm's name: not "no further patients", "control of pain".
_CONTROL_ARM_NAMED = rf"(?!no )(?:{_CONTROL_ARM})(?! of\b)"
# "those who received", "participants allocated to their": people named by what they were given.
_PEOPLE_ALLOCATED = (
    rf"(?:those|{_ARM_PEOPLE}|people|individuals)(?: (?:who|that)(?: were| had been| had)?)? "
    r"(?:received|receiving|continued|continuing|kept|keeping|given|allocated to|assigned to|"
    r"randomi[sz]ed to)(?: with)?(?: the| their)? "
)
# The control arm as the clause's subject, after any opening that sets it against its start
# ("compared with baseline, "): "the control patients had ...", "usual care reduced ...", "with
# usual care, ..."; or named by its people where a change happened: "among control participants"
# (``_comparator_subject``).
_COMPARATOR_OPENS = compiled(
    rf"^\W*(?:{_OPENING_AGAINST_A_START})?"
    rf"(?:(?:the )?(?P<people>{_CONTROL_ARM_NAMED}) {_ARM_PEOPLE}\b|"
    # "participants who continued their usual care reported ...": its people, by what they were given
    rf"{_PEOPLE_ALLOCATED}(?P<given>{_CONTROL_ARM_NAMED})\b|"
    rf"(?:with|after|following|under|during) (?:the )?(?P<under>{_CONTROL_ARM_NAMED})\s*,|"
    # "..., whereas the waiting list did not improve": the other arm's lack of change, set apart
    rf"(?:(?:but|while|whereas|although|though) )?"
    # "sham reflexology reduced anxiety": the control arm named with the treatment it mimics
    rf"(?:the )?(?P<acted>{_CONTROL_ARM_NAMED})(?: (?!(?:\w+ly|also)\b)[\w-]+)? (?:(?:\w+ly|also) )?"
    rf"(?:{_ARM_CHANGED}|lowered\b|raised\b|{_ARM_HAD}|(?:did|does|do) not\b|failed to\b))"
)
_COMPARATOR_PEOPLE_AMONG = Screened(
    rf"\b(?:in|among|within) (?:the )?(?P<among>{_CONTROL_ARM_NAMED}) {_ARM_PEOPLE}\b|"
    # "..., while it increased among those who received usual care": or by what they were given
    rf"\b(?:in|among|within) (?:the )?{_PEOPLE_ALLOCATED}(?P<among_given>{_CONTROL_ARM_NAMED})\b"
)


def _comparator_subject(low: str) -> re.Match[str] | None:
    """Where the clause ``low`` names the control arm as its subject, or its people where a change
    happened: the first of these, as one alternation of both finds it. The subject is tried at the
    start alone: in one alternation ``re`` would try it at every character, many times slower."""
    return _COMPARATOR_OPENS.match(low) or _COMPARATOR_PEOPLE_AMONG.search(low)


# "than in the control patients": what an arm is set against, just before it.
_SET_AGAINST_BEFORE = compiled(rf"\b(?:than|{COMPARED}|versus|vs\.?|relative to)\s+$")
# "sham reflexology reduced anxiety compared with standard care": a control arm set against another
# control arm, after the first is named as the subject.
_AGAINST_A_CONTROL_ARM = compiled(
    rf"\b(?:than|{COMPARED}|versus|vs\.?|relative to) (?:in |among |with |after )?"
    rf"(?:the |those (?:in|of|receiving|given) (?:the )?)?{_CONTROL_ARM}(?! of\b)"
)
# "pain did not change in the sham group", "in the sham mirror therapy group", "in the sham-tDCS
# group": a change within the comparator arm, said so.
_COMPARATOR_ARM = compiled(
    rf"\bthe (?P<arm>(?P<kind>){_CONTROL_ARM}(?:[ -]\w+){{0,2}}) (?:group|arm|condition)\b"
)
# "the attention control group", "the education control group": a kind of control arm, named by
# what it gave (not where that word is the tested arm's: ``comparator_arm``).
_KIND_OF_CONTROL_ARM = compiled(
    r"\bthe (?P<arm>(?P<kind>[\w-]+) (?:control|placebo|sham)) (?:group|arm|condition)\b"
)
# "4 weeks of", "eight sessions of": how long a treatment named after it was given.
_LENGTH_OF = rf"{TREATMENT_LENGTH} of "
# "whereas it increased with usual care", "after 8 weeks of usual care": a change under the
# comparator, its arm named bare.
_UNDER_COMPARATOR = compiled(
    rf"\b(?:with|after|during|on|under|receiving|(?:who )?continu(?:ed|ing)(?: with)?) (?:{_LENGTH_OF})?"
    rf"(?:the |their )?(?P<arm>{_CONTROL_ARM})\b"
    r"(?! (?:group|arm|of)\b)"
)
# "..., but not by losartan": the clause is the other arm's, whatever its treatment.
_NOT_THIS_ARM = compiled(
    r"^not (?:by|with) (?:the )?(?P<arm>(?!\d)[\w+-]+(?: [\w+-]+){0,3}?)(?: (?:group|arm))?\W*$"
)
# (not "(all p > 0.05)": every test the clause quotes, no arm)
_ALL_ARMS = compiled(r"\b(?:both|each|all|either)\b(?!\s+p\b)")
_FIRST_ARM = compiled(r"\bthe (?:(?!the\b)[\w+-]+\s){1,4}?(?:group|arm|condition)\b")
_AT_THRESHOLD = compiled(r"[=:]\s*0?\.050?$")
# "P-value: .222" and "(p .222)" are "="
_SIGNIFICANCE = compiled(rf"(<|>|=|≤|≥|&lt;|&gt;|:|\s(?={P_NUMBER}))\s*({P_NUMBER})")
_NO_CHANGE_OVER_TIME = Screened(
    r"\bno (?:statistically )?(?:significant )?changes?\b(?! (?:between|among|across)\b)|"
    r"\b(?:did|does|do) not (?:significantly )?change\b|\bunchanged\b|"
    r"\bremained (?:stable|unchanged|constant)\b"
)
_POOLED_DESIGNS = (*REVIEWS, "narrative review", "guideline")
_CONTROLLED = ("randomized controlled trial", "crossover trial", "non-randomized trial")
_ONE_ARM_DESIGNS = ("case series", "case report")


@lru_cache(maxsize=1024)
def changes_told(text: str) -> int:
    """How many change words ``text`` says ("rose", "a reduction", "improved")."""
    return len(_CHANGE.findall(lowered(text)))


def states_result(clause: str) -> bool:
    low = lowered(clause)
    return bool(_change_in(low) or _no_difference_in(low) or _NS.search(low) or interval_reading(clause))


def arms_alike(clause: str) -> bool:
    """Whether the clause says the arms did not differ ("did not differ between the groups",
    "similar in both groups"): a comparison of the arms, not a tally of one."""
    low = lowered(clause)
    return _no_difference_in(low) and bool(
        _ALIKE.search(low) or _BETWEEN.search(low) or _EVERY_ARM.search(low)
    )


_NOT_EITHER_SAID = Screened(_NOT_EITHER)


def not_either(clause: str) -> bool:
    """Whether the clause only denies its outcome the result the clause before stated ("...,
    whereas fatigue did not"): no difference, compared as that result was."""
    return bool(_NOT_EITHER_SAID.search(lowered(clause))) and not _CHANGE.search(lowered(clause))


def negates(text: str) -> bool:
    """Whether ``text`` says there was no change or difference, or only a trend: "did not show"
    before "a reduction in X" makes the reduction one that did not happen."""
    low = lowered(text)
    return bool(_no_difference_in(low) or _TREND.search(low) or _NEGATED_BEFORE.search(low[-40:]))


# After one item of a list: the next item follows.
_LIST_GOES_ON = compiled(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
_LIST_VERB = compiled(r"\b(?:was|were|is|are|did|do|does|remained)\b")


def listed_before_no_difference(clause: str, end: int) -> bool:
    """Whether the outcome ending at ``clause[end]`` is an item of a list whose own verb, after
    the list, says there was no difference: in "reduction of symptoms, quality of life and
    well-being was not significantly different" the lead-in's "reduction" is the list's subject,
    not a fall in quality of life."""
    low = lowered(clause)
    if not _LIST_GOES_ON.match(low, end):
        return False
    verb = _LIST_VERB.search(low, end, end + 200)
    if verb is None or _ENDS_A_LIST.search(low, end, verb.start()):
        return False
    said = _NO_DIFFERENCE.search(low, verb.start(), verb.end() + 60)
    return said is not None and said.start() <= verb.end() + 1


def listed_under_no_difference(clause: str, start: int) -> bool:
    """Whether the outcome starting at ``clause[start]`` is an item of a list that a stated lack
    of difference before it governs: "no differences in symptom reduction, change in quality of
    life or well-being" say nothing changed for the quality of life, whatever change noun the list
    holds. A verb, a comparison or a new clause between the two ("no change in pain, which led
    to a significant fall in ...") ends the list."""
    low = lowered(clause)
    said = list(_NO_DIFFERENCE.finditer(low, 0, start))
    if not said:
        return False
    begin = said[-1].end()
    aim = _ARM_AND_AIM.match(low, begin) if _COMPARATIVE_DENIED.search(said[-1].group()) else None
    if aim is None:
        aim = _WITH_A_CHANGE.match(low, begin)  # "not associated with improvements in pain or anxiety"
    if aim is not None and aim.end() <= start:
        begin = aim.end()  # "no more effective than usual care in improving pain or anxiety"
    return not _ENDS_A_LIST.search(low, begin, start)


# "no more effective", "not superior", "no better than": a comparison of the arms denied, whose
# "than usual care in improving" (the arm, then the aim) opens the list it governs.
# "with improvements in", "with any reduction of": the change a lack of difference is said of,
# before the list of what it is said for.
_WITH_A_CHANGE = compiled(
    r"\s*with\s+(?:an?\s+|any\s+)?(?:(?:significant|greater|further)\s+)?"
    r"(?:improvements?|reductions?|increases?|decreases?|changes?|benefits?)\s+(?:in|of|on)\s+"
)
_COMPARATIVE_DENIED = compiled(r"(?:effective|superior|better)(?: than)?$")
_ARM_AND_AIM = compiled(
    r"\s*(?:(?:than|to|over)\s+(?:the\s+)?(?:[\w+-]+\s+){0,4}?)?(?:in|for|at)\s+"
    r"(?:(?:improving|reducing|decreasing|increasing|relieving|lowering|alleviating|treating|preventing)\s+)?"
)


# A trend said of the measure itself: before it, "a (non-significant) trend for a lower", "tended to
# decrease"; after it, "tended to be higher", "showed a trend towards improvement", or its
# comparison's ", which trended towards significance".
_WAY_WORD = (
    r"(?:higher|less|more|greater|smaller|better|worse|fewer|shorter|longer|"
    r"increas\w*|decreas\w*|reduc\w*|improv\w*|lower\w*|rais\w*)"
)
_TREND_BEFORE = compiled(
    rf"\b(?:trend\w*\s+(?:was\s+\w+\s+)?(?:for|towards?|to)\s+(?:an?\s+)?{_WAY_WORD}(?:\s+(?:in|of))?|"
    rf"tended\s+to\s+{_WAY_WORD})\s+(?:the\s+)?$"
)
_TREND_AFTER = compiled(
    rf"^(?:\s+(?:[\w()–-]+|and\s+[\w-]+)){{0,5}}?\s+(?:tended\s+to(?:\s+be)?|"
    rf"showed\s+an?\s+(?:non-?significant\s+)?trend\s+(?:for|towards?|to)(?:\s+an?)?)\s+{_WAY_WORD}\b|"
    r"^[^;:]{0,120}?\b(?:than|compared (?:with|to)|versus|vs\.?)\b[^;:]{0,60}?,\s*which\s+"
    r"(?:trended|tended)\s+towards?\s+(?:statistical\s+)?significance\b"
)


def trend_of_the_measure(clause: str, measure: DomainMatch) -> bool:
    """Whether ``clause`` says only that ``measure`` trended one way ("a non-significant trend for
    a lower heart rate", "ferritin tended to be lower"): a result the authors lean to, their own
    test did not confirm. A trend of something else in the clause ("rose, which tended to be
    driven by the higher dose") is not the measure's."""
    low = lowered(clause)
    return bool(_TREND_BEFORE.search(low[: measure.start]) or _TREND_AFTER.search(low[measure.end :]))


def is_hedged(text: str) -> bool:
    """A trend or hedging words; a statement about an outcome named earlier in its sentence
    reads the whole sentence ("may have improved, but the difference was not significant")."""
    return bool(_TREND.search(lowered(text)) or _HEDGE.search(text))


# "No patient exhibited prolonged sedation", "none of the children developed a rash": no one had it.
_NO_ONE_HAD = compiled(
    r"\W*(?:no|none of the)\s+(?:patients?|participants?|subjects?|children|infants|women|men|one)\b"
    r"(?:\s+[\w-]+){0,3}?\s+(?:had|has|have|exhibited|experienced|developed|reported|showed|suffered)\b"
)


# People who left the trial: what follows is why, not how an arm's measure changed.
_WITHDREW = Screened(r"\b(?:withdrew|were withdrawn|was withdrawn|dropped out|discontinued|left the study)\b")


# "delayed the onset of": what a treatment put off, up to the thing whose coming it was.
_PUT_OFF_COMING = compiled(rf"delayed\s+(?:the\s+)?{COMING}\s+(?:the\s+)?$")


# "significantly reduced", "a significant reduction": the authors' own word that a change was
# significant, unless denied or hedged just before it ("not significantly", "non-significant",
# "borderline significant", "approaching significance" has no such word).
_SIGNIFICANT_WORD = compiled(r"\bsignificant(?:ly)?\b")
_DENIED_OR_HEDGED = compiled(
    r"\b(?:not|no|non|nor|without|borderline|marginal(?:ly)?|nearly|almost|near|barely)\W+"
    r"(?:(?:statistically|clinically)\W+)?$"
)


def _said_significant(low: str) -> bool:
    """Whether the statement calls its change significant in so many words: where its p-value is
    exactly 0.05, the authors' word is the reading, as a reader of the abstract takes it."""
    return any(
        not _DENIED_OR_HEDGED.search(low[max(0, word.start() - 40) : word.start()])
        for word in _SIGNIFICANT_WORD.finditer(low)
    )


def read_change(
    stated: str,
    clause: str,
    own: list[DomainMatch],
    p_value: str | None,
    labels: dict[str, str] | None = None,
    doses: dict[str, str] | None = None,
) -> tuple[str, str] | None:
    """(change, direction), or None when the statement gives no result for the outcome; ``labels``
    say which arm a label names ("Group T": ``arms.labelled_arms``), ``doses`` which arm a dose
    names ("the 30 mg group": ``arms.dose_arms``)."""
    if p_value is None and _NO_ONE_HAD.match(lowered(clause)):
        return None  # "no patient had prolonged nausea": nothing happened to tell a change by
    withdrew = _WITHDREW.search(lowered(clause))
    if own and own[0].end and withdrew and withdrew.end() <= own[0].start:
        return None  # "one withdrew (8%, worsened memory)": why people left, not the arm's memory
    if own and own[0].end and _NOT_THIS.search(lowered(clause)[: own[0].start], max(0, own[0].start - 24)):
        return "no_difference", "no_difference"  # "pain, but not fatigue, improved": not fatigue
    if own and own[0].end and _DID_NOT.match(lowered(clause), own[0].end):
        return "no_difference", "no_difference"  # "..., whereas fatigue did not (p = 0.42)"
    if (
        own
        and own[0].end
        and _PUT_OFF_COMING.search(lowered(clause), max(0, own[0].start - 60), own[0].start)
    ):
        return None  # "delayed the onset of pain": the wait for pain lengthened, not more pain
    if own and own[0].end and _NONE_OTHER_THAN.search(lowered(clause)[: own[0].start]):
        return None  # "no outcome other than anxiety improved": its "than" sets no arm against another
    if own and own[0].end and _excepted_from_the_subject(lowered(clause), own[0]):
        # "all outcomes except anxiety improved": the change is the other outcomes', and what
        # anxiety did the clause leaves unsaid (an exception read as no change misled in real
        # abstracts); "were unchanged": anxiety changed, which way unsaid
        return None
    low, low_clause = _statement_read(stated, clause, own)
    if _NON_INFERIOR.search(low_clause):
        shown = _NON_INFERIORITY_NOT_SHOWN.search(low_clause) is None
        return ("no_difference", "no_difference") if shown else ("unclear", "unclear")
    if "(" in low:
        low, low_clause = _without_definitions(low), _without_definitions(low_clause)
    change = _people_who_changed(low, _change_in(low))
    if change and change.lastgroup in _PACES and not _pace_has_a_side(own, low):
        change = None  # "a faster heart rate": which way is better, the pace does not say
    interval = interval_reading(low) or interval_reading(low_clause)  # the exception apart
    if change and _NEGATED_BEFORE.search(low[max(0, change.start() - 40) : change.start()]):
        return "no_difference", "no_difference"
    if interval == "no_difference" and p_value and significant_p(p_value):
        return "unclear", "unclear"  # a significant result whose interval spans the null: mixed
    if _TREND.search(low):
        return "unclear", "unclear"  # "a trend for lower X in the A group" too: no change shown
    if _a_minority_of_trials(low_clause):
        return "unclear", "unclear"  # "two of five reviews found benefit": the rest found none
    likely = _LIKELY_TO_REPORT.search(low_clause, 0, own[0].start) if own and own[0].end else None
    if likely is not None:
        # "were more likely than controls to report improved fatigue": the likelier arm's gain, not
        # more fatigue; the less likely arm's, or the control arm's, is no gain of the tested arm
        if likely.group("way") == "less" or _control_arm_first(low_clause):
            return "unclear", "unclear"
        return _good_or_bad(likely.group("good") is not None, own[0].polarity)
    if change is not None and _CONTROL_ARM_MORE_OR_LESS.search(low_clause):
        # "both groups improved, the usual care group more than the yoga group": the control arm's
        # change sized, its verb left out; which way that leaves the tested arm is not read
        return "unclear", "unclear"
    if change is not None and not change.group("mixed") and _START_SET_FIRST.search(low_clause):
        return flipped(_turn(change, low, own))  # "higher at baseline than after": it fell
    if (
        change is not None
        and not _no_difference_in(low)
        and _AGAINST_A_LATER_TIME.search(low_clause)
        and not _START_COMPARED_WITH_LATER.search(low_clause)
    ):
        # "balance was worse at follow-up than after treatment": against a time after the start,
        # which says neither how it changed from baseline nor how the arms differed
        return "unclear", "unclear"
    if _one_arm(low_clause) and change and not change.group("mixed"):
        return _turn(change, low, own)
    if _no_difference_in(low) or _NS.search(low) or interval == "no_difference":
        return "no_difference", "no_difference"
    if change is None:
        if interval is None:
            return None
        direction = _through_polarity(interval, own)
        if direction == "worsened" and _STANDARDIZED.search(clause):
            if _benefit_said_before(low_clause, own):
                # "beneficial effects on pain (SMD 0.62 ...) and anxiety (SMD 0.44 ...)": the words
                # say which way, the SMD's sign only its authors' convention
                return flipped((interval, direction))
            direction = "unclear"  # a negative SMD says nothing of better or worse by itself
        if not own[0].end and _RATIO.search(clause):
            direction = "unclear"  # "but did at 6 weeks (OR 1.4 ...)": the event counted is said earlier
        return interval, direction
    if change.group("mixed"):
        return "unclear", "unclear"
    if (
        p_value is None
        and _NAMED_CHANGE.match(low, change.start())
        and not _SAYS_WHICH_WAY.search(low_clause)
    ):
        return None  # "the decline in FEV1 was -16 for A and -14 for B": values, no result
    on_the_line = bool(p_value and _AT_THRESHOLD.search(p_value))
    if on_the_line and not _said_significant(low):
        # "reduced by 21% (95% CI 0 to 38%; p = 0.05)": the authors report a change their test
        # puts on the line; neither an effect shown nor evidence of none
        return "unclear", "unclear"
    if p_value and not on_the_line and not significant_p(p_value):
        return ("unclear", "unclear") if _HEDGE.search(stated) else ("no_difference", "no_difference")
    if own and _change_of_unsigned_size(lowered(clause), own[0]):
        return "unclear", "unclear"  # "the change in pain was greater": a larger change, either way
    comparator_first = (
        _control_arm_first(low_clause)
        or _WITHOUT_IT_FIRST.search(low_clause) is not None
        or (
            _explained_by_the_control_arm(low, change, low_clause)
            and _stated_comparison(low_clause) == "between_groups"
        )
    ) and not _against_its_own_start(low_clause)
    curbed = _curbed_change(lowered(clause), own)
    if curbed is None and _FALL_HELD_BACK_SAID.match(low, change.start()):
        return None  # "prevented the loss of 2 points in balance": what was held back is no outcome's change
    moved, direction = curbed or _turn(change, low, own, of_comparator=comparator_first)
    dosed = dosed_arm(clause, doses or {}) if _stated_comparison(low_clause) == "between_groups" else ""
    if dosed:
        # "lower in the 10 mg group than in the 30 mg group": the arm first named may be either
        if dosed not in (INT, CMP):
            return "unclear", "unclear"
        return (moved, direction) if dosed == INT else flipped((moved, direction))
    if (
        _LABELLED_ARM.search(clause)
        and _stated_comparison(low_clause) == "between_groups"
        and not _labelled_arms_own_change(clause, low_clause)
    ):
        # "higher in Group 2 than Group 1": whose arm is Group 2? The methods may say.
        subject = labelled_subject(clause, labels or {})
        if subject is not None:
            return (moved, direction) if subject == INT else flipped((moved, direction))
        if not _only_tagged_labels(clause):
            return "unclear", "unclear"
    elif labels and labels_left_open(clause, labels) and _stated_comparison(low_clause) == "between_groups":
        return "unclear", "unclear"
    if comparator_first:
        if _AGAINST_A_CONTROL_ARM.search(low_clause):
            return None  # two control arms compared: neither is the tested treatment
        before = low_clause[: own[0].start] if own and own[0].end else ""
        return turned_round((moved, direction), low, own, before)
    return moved, direction


def _labelled_arms_own_change(clause: str, low_clause: str) -> bool:
    """Whether the clause tells one labelled arm's own change and sets no other arm against it
    ("fatigue worsened in group II (between-group p = 0.01)"): that arm's change as its words say,
    not a comparison whose way turns on which arm the label names."""
    return (
        len(_LABELLED_ARM.findall(clause)) == 1
        and _CHANGED_IN_A_LABELLED_ARM.search(low_clause) is not None
        and _ANOTHER_ARM_SET_AGAINST.search(low_clause) is None
    )


def told_by_its_interval_alone(stated: str, clause: str, own: list[DomainMatch]) -> bool:
    """Whether a statement tells which way only by its ratio's or difference's interval, no word
    of change of its own: "21 (15%) in the control group fell, compared with 9 (6%) with massage
    (odds ratio 0.4, 95% CI 0.2 to 0.8)". Which arm such a statistic sets over which, the order the
    clause names the arms in does not tell."""
    low, low_clause = _statement_read(stated, clause, own)
    if "(" in low:
        low, low_clause = _without_definitions(low), _without_definitions(low_clause)
    if _people_who_changed(low, _change_in(low)) is not None:
        return False
    return (interval_reading(low) or interval_reading(low_clause)) in _WAYS


def _statement_read(stated: str, clause: str, own: list[DomainMatch]) -> tuple[str, str]:
    """The outcome's own statement and its clause, lowered, as ``read_change`` reads them: an
    exception's words and the people named set aside, a pace that sizes a change said as its size."""
    stated = _own_statement(stated, clause, own)
    low, low_clause = _apart_from_exception(lowered(stated), lowered(clause), own)
    return (
        _pace_as_size(_without_the_people_named(low)),
        _pace_as_size(_without_the_people_named(low_clause)),
    )


# "a slower decline in walking speed", "a faster rise in pain": a pace that sizes the change noun
# after it, not the outcome's own pace.
# (screened by its pace words: most statements name none, and three readings ask of each)
_PACE_SIZES_A_CHANGE = Screened(
    rf"\b(?:(?P<less>slower|less rapid)|(?P<more>faster|more rapid|quicker))\s+(?=(?:{CHANGE_NOUNS})\b)"
)


def _pace_as_size(low: str) -> str:
    """``low`` with a pace that sizes a change noun told as "less" or "more" (same length): a
    slower decline is a smaller one."""
    return _PACE_SIZES_A_CHANGE.sub(
        lambda m: ("less" if m.group("less") else "more").ljust(len(m.group())), low
    )


_WAYS = ("increased", "decreased")


# "patients who received zorblin (Group A)": a label bracketed after the arm's own words, a tag.
_TAGGED_LABEL = compiled(rf"\((?:the\s+)?{_LABELLED_ARM.pattern}[^()]{{0,12}}\)")


@lru_cache(maxsize=256)
def _dosed_subject_of(clause: str, doses: tuple[tuple[str, str], ...]) -> str:
    """``arms.dosed_subject`` of the lowered clause: whose arm, by its dose, a result is (cached:
    each outcome of a clause asks again)."""
    low = lowered(clause)
    return dosed_subject(low, _sides(low), dict(doses))


def dosed_arm(clause: str, doses: dict[str, str]) -> str:
    """INT or CMP: the arm, by its dose, whose result the clause sets against another dose's;
    "unknown" where the title does not tell; "" where the clause sets no two doses' arms so."""
    return _dosed_subject_of(clause, tuple(sorted(doses.items())))


def _only_tagged_labels(clause: str) -> bool:
    """Whether every label the clause names is bracketed, a tag after words that name its arm
    ("patients who received zorblin (Group A) had a lower X than those given placebo"): the
    words tell the arms apart, whatever the methods leave the labels."""
    return not _LABELLED_ARM.search(_TAGGED_LABEL.sub("", clause))


def turned_round(
    reading: tuple[str, str], clause: str, own: list[DomainMatch], before: str = ""
) -> tuple[str, str]:
    """The comparator arm's reading as the tested arm's: the other way round, except a greater
    benefit of the comparator ("sham reduced pain more than massage"), which is the tested arm's
    smaller benefit, ``unclear`` as "massage reduced pain less than sham" is, never a worsening.
    ``before``, the words before the outcome, may size it where its own statement does not: in
    "usual care showed greater improvement in balance and fatigue" so is fatigue's."""
    sized = any(_greater_change(lowered(text), own) for text in (clause, before) if text)
    if reading[1] == "improved" and sized:
        return "unclear", "unclear"
    return flipped(reading)


def _greater_change(low: str, own: list[DomainMatch]) -> bool:
    """Whether the statement's change is sized the larger ("reduced pain more", "improved more in
    pain", "greater reductions in pain", "the reduction in pain was greater"); not a level set
    higher or lower ("pain was lower with sham"), nor an arm called more effective."""
    change = _change_in(low)
    if change is None:
        return False
    word = change.group()
    if word in _SIZES_LARGER:
        return _noun_sized(change, low, own) is not None
    more_before = _MORE_BEFORE.search(low, max(0, change.start() - 8), change.start())  # "more reduced"
    listed = _LIST_SIZED_LARGER.match(low, change.end())  # "reductions in A and B were greater"
    larger = (
        _BY_MORE.match(low, change.end())
        or more_before
        or (listed and _JOINS.search(listed.group()))
        or _list_sized_than(low, change.end(), "more")  # "reduced A and B more than"
    )
    return word.split()[0] not in _LEVEL_WORDS and bool(larger)


# "reduced fatigue and spasticity less than": after a change verb, the list of outcomes it governs
# and one "less than" that sizes each item's change.
_LIST_SIZED_THAN = compiled(
    r"\s+(?:(?!(?:was|were|is|are|than|compared|with|but|while|whereas)\b)[^.;()]){1,80}?"
    r"\s+(?:\w+ly\s+)?(?P<size>less|more)\s+than\b"
)


def _list_sized_than(low: str, at: int, size: str = "less") -> bool:
    """Whether the change word ending at ``at`` governs a list sized by one "less than" (or by
    ``size``, "more than")."""
    listed = _LIST_SIZED_THAN.match(low, at)
    return listed is not None and listed.group("size") == size and _JOINS.search(listed.group()) is not None


# After a change noun, the list of outcomes it opens and the one verb that sizes it the larger (a
# list: one outcome's is read by ``_BY_MORE``).
_JOINS = compiled(r",|\b(?:and|or)\b")
_LIST_SIZED_LARGER = compiled(
    r"\s+(?:in|of)\s+(?:(?!(?:was|were|is|are|than|compared|with|but|while|whereas)\b)[^.;()]){1,80}?"
    r"\s+(?:was|were)\s+(?:\w+ly\s+)?(?:more|greater|larger|bigger)\b"
)


# "massage attenuated the increase in pain", "prevented the decline in strength", "the rise in
# anxiety was blunted": a change held back, the outcome the other way from the change named.
_CURBED_NOUN = (
    rf"(?:(?P<up>{_NOUNS_UP})|(?P<down>{_NOUNS_LESS}|{_THE_FALL})|(?P<bad>{_NOUNS_BAD}))\s+(?:in|of)\s+"
)
_CURBED_BEFORE = compiled(
    rf"\b(?:{_CURBING})\s+(?:(?:the|an?|this|any|further)\s+)*"
    rf"(?:(?!(?:and|or|but|with|while|whereas)\b)[\w-]+\s+){{0,2}}?{_CURBED_NOUN}(?:[\w'’-]+\s+){{0,2}}?$"
)
_CURBED_NOUN_BEFORE = compiled(rf"\b{_CURBED_NOUN}(?:[\w'’-]+\s+){{0,2}}?$")
# "attenuated heart rate and the increase in anxiety", "reduced pain, the rise in stress and the
# decline in sleep quality": a later item of the list the verb governs, each item a few words that
# are neither a verb of their own nor a new clause, perhaps with its bracket.
_NOT_AN_ITEM_WORD = (
    r"(?!(?:and|or|but|with|while|whereas|than|compared|versus|vs|was|were|is|are|had|has|did|which|that|"
    r"(?:reduc|increas|decreas|improv|lower|rais|elevat|declin|worsen|enhanc|prolong|shorten)ed|rose|fell)\b)"
)
_LISTED_ITEM = (
    rf"{_NOT_AN_ITEM_WORD}[\w'’-]+(?:\s+{_NOT_AN_ITEM_WORD}[\w'’-]+){{0,5}}(?:\s*\([^()]*\))?"
    r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|as well as)\s+)"
)
_CURBED_IN_A_LIST = compiled(
    rf"\b(?:{_CURBING})\s+(?:{_LISTED_ITEM})+(?:(?:the|an?|any|further)\s+)*"
    rf"(?:{_NOT_AN_ITEM_WORD}[\w-]+\s+){{0,2}}?{_CURBED_NOUN}(?:[\w'’-]+\s+){{0,2}}?$"
)
# "... and the increase in anxiety was larger in the control group": an item with a verb of its own.
_ITS_OWN_VERB = compiled(r"(?:\s+[\w'’-]+){0,4}?\s+(?:was|were|is|are|remained|did|had|has)\b")
_CURBED_AFTER = compiled(rf"(?:\s+scores?)?\s+(?:was|were|is|are)\s+(?:\w+ly\s+)*(?:{_CURBING})\b")


# "slowed the decline in", "prevented the rise of": a change the treatment held back.
_HELD_BACK = rf"\b(?:{_CURBING})\s+(?:(?:the|an?|any|further)\s+)*{_CURBED_NOUN}"
_CHANGE_HELD_BACK = compiled(_HELD_BACK)
# "prevented the rise in anxiety seen in the usual care group": the change held back is the one
# another arm had, the arms compared.
_HELD_BACK_FROM_AN_ARM = compiled(
    rf"{_HELD_BACK}[^;()]{{1,60}}?\b"
    r"(?:seen|observed|found|noted|shown|(?:that|which) (?:occurred|was seen|was observed)|occurring)\s+"
    r"(?:in|among|with)\b"
)
_FALL_HELD_BACK_SAID = compiled(_FALL_HELD_BACK)
_FALL_HELD_BACK_BEFORE = compiled(rf"\b{_FALL_HELD_BACK}\s+(?:in|of)\s+(?:the\s+)?$")


def holds_back_a_fall(before: str) -> bool:
    """Whether the words before an outcome hold back its fall or loss ("massage prevented the fall
    in "): the verb is then part of its change, as "the fall in" alone tells none."""
    return _FALL_HELD_BACK_BEFORE.search(lowered(before)) is not None


def _curbed_change(low_clause: str, own: list[DomainMatch]) -> tuple[str, str] | None:
    """(change, direction) of an outcome whose change the clause says was held back, None where
    it says no such thing: less of a rise is a fall, less of a decline a rise, less of a
    worsening better."""
    if not own or not own[0].end:
        return None
    before = low_clause[max(0, own[0].start - 100) : own[0].start]
    held = _CURBED_BEFORE.search(before)
    if held is None and not _ITS_OWN_VERB.match(low_clause, own[0].end):
        held = _CURBED_IN_A_LIST.search(before)
    if held is None:
        held = _CURBED_NOUN_BEFORE.search(before)
        if held is None or not _CURBED_AFTER.match(low_clause, own[0].end):
            return None
    polarity = own[0].polarity
    if held.group("bad"):
        if polarity not in POLARITIES:
            return "unclear", "improved"
        return ("decreased" if polarity == "lower_is_better" else "increased"), "improved"
    moved = "decreased" if held.group("up") else "increased"
    return moved, _through_polarity(moved, own, polarity)


def _against_its_own_start(low: str) -> bool:
    """Whether a lowered clause sets what an arm had against that arm's own start, and against no
    other arm: in "compared with baseline, the usual care group had lower anxiety" the usual care
    arm's anxiety fell over time; there is no tested arm's result to read the other way round."""
    return bool(_SET_AGAINST_A_START.search(low)) and not (
        _BETWEEN.search(low) or _CHANGES_COMPARED.search(low)
    )


# "but higher in the control group": a clause that goes on with the sentence's subject and verb.
_ELLIPTICAL = compiled(
    rf"^\W*(?:(?:but|and|while|whereas)\s+)?(?:(?:statistically\s+)?significantly\s+)?{_COMPARATIVE}"
    r"\s+(?:in|among|with|for)\b"
)


def start_set_against(sentence: str, clause: str) -> str:
    """The opening by which a sentence sets its results against their start ("Compared with
    baseline, "), for a later clause of it that only goes on with the sentence's subject, for
    another arm, and sets nothing against anything itself: in "compared with baseline, pain was
    lower with massage but higher in the control group", the control arm's pain rose over time.
    Empty for any other clause, and after a clause about every arm ("pain fell in both groups,
    but was higher in the control group" sets the arms against each other)."""
    opening = _OPENS_AGAINST_A_START.match(lowered(sentence))
    at = sentence.find(clause)
    if opening is None or at < opening.end():
        return ""
    low = lowered(clause)
    if not _ELLIPTICAL.match(low) or _set_against_in(low) or _ALL_ARMS.search(lowered(sentence[:at])):
        return ""
    return sentence[: opening.end()]


# "the change in pain was greater", "the difference in fatigue was larger": a change whose sign the
# words do not give, told only its size.
_UNSIGNED_BEFORE = compiled(
    r"\b(?:changes?|differences?)(?:\s+from\s+(?:the\s+)?baseline)?\s+(?:in|of)\s+(?:the\s+)?$"
)
_ONLY_ITS_SIZE = compiled(
    r"\s+(?:scores?\s+)?(?:was|were)\s+(?:\w+ly\s+)*"
    r"(?:(?P<larger>greater|larger|bigger)|(?P<smaller>smaller|less)|higher|lower)\b"
)
# "pain score changes were greater in the massage group": the change named after the outcome, sized
_SIZED_CHANGE_AFTER = compiled(
    r"\s+(?:scores?\s+)?changes?(?:\s+from\s+(?:the\s+)?baseline)?\s+(?:was|were)\s+(?:\w+ly\s+)*"
    r"(?:(?P<larger>greater|larger|bigger)|(?P<smaller>smaller|less)|higher|lower)\b"
)
# "a greater change in the MFIS score", "a higher percentage of change in spasticity", "fatigue
# scores changed significantly more", "fatigue differed more", "was affected more": the size told
# before the outcome, or by its verb.
_SIZE_BEFORE = compiled(
    r"\b(?:(?P<larger>greater|larger|bigger|more|higher)|(?P<smaller>smaller|less|lower))\s+(?:\w+\s+){0,2}?changes?"
    r"(?:\s+from\s+(?:the\s+)?baseline)?\s+(?:in|of)\s+(?:the\s+)?$"
)
_CHANGED_BY_SIZE = compiled(
    r"\s+(?:scores?\s+)?(?:changed|differed|(?:was|were)\s+affected)\s+(?:\w+ly\s+)*"
    r"(?:(?P<larger>more)|(?P<smaller>less))\b(?!\s+(?:often|frequently))"
)
# "the change from baseline was greater with massage", after "Pain fell in both groups": the size
# of the change of an outcome named before, its sign unsaid.
_UNSIGNED_CHANGE_OPENS = compiled(
    r"^\W*(?:(?:but|and|while|whereas)\s+)?(?:the\s+)?(?:(?:mean|average|overall)\s+)?"
    r"(?:changes?|differences?)(?:\s+(?:from|since|relative to|compared (?:with|to))\s+(?:the\s+)?baseline)?"
)


def _change_of_unsigned_size(low_clause: str, own: DomainMatch) -> re.Match[str] | None:
    """Where the clause says only how large the outcome's change was, not which way it went, the
    words of its size ("was greater"): after the outcome ("the change in pain was greater", "pain
    changed more"), before it ("a greater change in pain"), or opening the clause of an outcome
    named before ("the change from baseline was greater")."""
    if not own.end:
        opening = _UNSIGNED_CHANGE_OPENS.match(low_clause)
        return _ONLY_ITS_SIZE.match(low_clause, opening.end()) if opening else None
    sized_before = _SIZE_BEFORE.search(low_clause, max(0, own.start - 60), own.start)
    if sized_before:
        return sized_before  # "a greater change in the MFIS score"
    if not _UNSIGNED_BEFORE.search(low_clause, 0, own.start):
        # "pain score changes were greater", "fatigue scores changed significantly more"
        return _SIZED_CHANGE_AFTER.match(low_clause, own.end) or _CHANGED_BY_SIZE.match(low_clause, own.end)
    return _ONLY_ITS_SIZE.match(low_clause, own.end)


def sized_as_told(clause: str, own: DomainMatch, told: tuple[str, str], arms: Role) -> tuple[str, str] | None:
    """(change, direction) of a change told only by its size ("the change in pain was greater with
    massage than with usual care"), given the change the abstract told of the outcome before
    (``told``: pain fell in both groups): a larger change with the tested arm is more of that
    change, a fall here; a smaller one, or the comparator's larger one, is less of it, the tested
    arm's smaller benefit ``unclear`` as "massage reduced pain less than sham" is, or relatively
    the other way for a harm. None where the clause says no such thing, or not which arm had it,
    or sizes it "higher" or "lower" (which may be a fall's size or its end)."""
    low = lowered(clause)
    size = _change_of_unsigned_size(low, own)
    holder = _size_holder(low, arms) if size else None
    if size is None or holder is None or not (size.group("larger") or size.group("smaller")):
        return None
    if (size.group("larger") is not None) == (holder == INT):
        return told
    return ("unclear", "unclear") if told[1] == "improved" else flipped(told)


def _size_holder(low: str, arms: Role) -> str | None:
    """The arm a lowered statement gives the size to: the one its subject side names ("greater
    with massage than with usual care"); None where that side names no arm, or both."""
    sides = _sides(low)
    subject = low[slice(*sides[0])] if sides else low
    roles = {arms(word) for word in WORD.findall(subject)} - {None}
    return next(iter(roles)) if len(roles) == 1 else None


# "anxiety was less reduced", "pain was more improved": a comparative that sizes the change verb
# after it, not a level of the outcome.
_SIZES_THE_VERB = compiled(
    r"(?:less|more)\s+(?=(?:reduced|decreased|increased|improved|lowered|raised|elevated|relieved|"
    r"alleviated|enhanced|worsened|impaired)\b)"
)
# "gained less weight": how much was gained is the change, not the gain itself.
_GAINED_HOW_MUCH = compiled(
    r"gained\s+(?:(?:statistically\s+)?(?:significantly|\w+ly)\s+)?(?=(?:more|less)\b)"
)
_LESS_BEFORE = compiled(r"\bless\s+$")
_MORE_BEFORE = compiled(r"\bmore\s+$")


# "Two of five reviews found benefit", "only one of the four trials reported less pain": a count of
# a review's trials or reviews that found it, out of those that looked.
_TRIALS_COUNTED = Caseless(
    rf"\b(?P<n>{NUMBER}) (?:out )?of (?:the )?(?P<m>{NUMBER}) (?:[\w-]+ )?"
    r"(?:trials|studies|rcts|reviews|meta-analyses)\b"
)


def _a_minority_of_trials(low: str) -> bool:
    """Whether the clause counts fewer than half the trials (or reviews) as finding its result:
    the others found none, so the evidence is mixed and no change is shown either way."""
    for said in _TRIALS_COUNTED.finditer(low):
        found, looked = parse_number(said.group("n")), parse_number(said.group("m"))
        if found is not None and looked is not None and 2 * found < looked:
            return True
    return False


# What read_change, comparison_of and states_result ask of a statement, cached: the same statement
# comes back for each outcome it names, and each reading of it (match objects never change).
@lru_cache(maxsize=1024)
def _change_in(low: str) -> re.Match[str] | None:
    """The first change word; past a comparative that only sizes the verb after it ("less reduced"
    is a reduction, the smaller: ``_turn`` reads its size), and past "gained" before how much
    ("gained less weight" is less of a gain)."""
    change = _CHANGE.search(low)
    if change is not None and (
        _SIZES_THE_VERB.match(low, change.start()) or _GAINED_HOW_MUCH.match(low, change.start())
    ):
        return _CHANGE.search(low, change.end()) or change
    return change


def _benefit_said_before(low_clause: str, own: list[DomainMatch]) -> bool:
    """Whether the clause, before the outcome, says only that the effect was good ("massage had
    beneficial effects on pain and anxiety"), nothing bad and nothing denied."""
    if not own or not own[0].end:
        return False
    before = low_clause[: own[0].start]
    said = [m.lastgroup for m in _CHANGE.finditer(before)]
    return bool(said) and set(said) == {"good"} and not negates(before)


# ``_NO_DIFFERENCE``'s words alone: ``re`` looks for them by their first characters, which the
# lookbehinds opening ``_NOT_EITHER`` hide from it in the whole alternation.
_NO_DIFFERENCE_IN_WORDS = compiled(_NO_DIFFERENCE_WORDS)


@lru_cache(maxsize=1024)
def _no_difference_in(low: str) -> bool:
    """Whether ``_NO_DIFFERENCE`` matches anywhere in ``low``: its two parts searched apart, which
    answers the same at about three quarters of the cost of the whole alternation. Cached: each
    reading of a statement asks again."""
    return _NO_DIFFERENCE_IN_WORDS.search(low) is not None or _NOT_EITHER_SAID.search(low) is not None


@lru_cache(maxsize=256)
def _arms_differ(low: str) -> bool:
    return _ARMS_DIFFERENCE.search(low) is not None and _EACH_ARMS_OWN_P.search(low) is None


_HOW_MANY_PEOPLE = compiled(HOW_MANY_PEOPLE)
# "scores from 0 to 2", "between 3 and 5": a span of values that people's values lay in.
_A_RANGE = compiled(r"\b(?:from|between) \d+(?:[.·]\d+)? (?:to|and) \d")
# "significantly more patients", "a statistically significant": a test said in words.
_SIGNIFICANCE_WORD = compiled(r"\bsignifican")


def _people_who_changed(low: str, change: re.Match[str] | None) -> re.Match[str] | None:
    """The change a statement tells: in "more patients in the usual care group reported improved
    pain" what they had, an improvement, and not "more" of the pain; None where fewer had it (which
    way that leaves the outcome is not read)."""
    if change is None or not _HOW_MANY_PEOPLE.match(low, change.start()):
        return change
    if _A_RANGE.search(low, change.end(), change.end() + 80):
        return None  # "more patients had scores from 0 to 2": which end is better, a range does not say
    later = _CHANGE.search(low, change.end(), change.end() + 80)
    if later is None or not (later.group("good") or later.group("bad")):
        return change
    return later if change.group("up") else None


def people_counted_untested(clause: str) -> bool:
    """Whether a clause sets how many people of one arm had the outcome against the other's with
    no test said in words ("more patients in the massage group than in the usual care group
    reported improved sleep"): as with each arm's share set against the other's, which arm did
    better it does not establish. The caller looks for p-values."""
    low = lowered(clause)
    return _HOW_MANY_PEOPLE.search(low) is not None and _SIGNIFICANCE_WORD.search(low) is None


@lru_cache(maxsize=256)
def _control_arm_compared(low: str) -> bool:
    """Whether a lowered clause says the control arm had more or less, or that a result favoured
    it (``_CONTROL_ARM_FIRST``, ``_CONTROL_ARM_NAMED_FIRST``). Cached: each outcome of a clause
    asks again, and the pattern is among the costliest."""
    return _CONTROL_ARM_FIRST.search(low) is not None or _CONTROL_ARM_NAMED_FIRST.match(low) is not None


def _control_arm_first(low: str) -> bool:
    """Whether a lowered clause tells the control arm's result, set against the other arm."""
    return _control_arm_compared(low) or _CONTROL_ARM_FIRST_OPENING.match(low) is not None


@lru_cache(maxsize=256)
def _p_values_quoted(clause: str) -> int:
    """How many p-values a clause quotes (cached: the readings of each arm's numbers ask it for
    each outcome of the clause)."""
    return len(p_values(clause))


def flipped(reading: tuple[str, str]) -> tuple[str, str]:
    """(change, direction) the other way round: the comparator's result read as the
    intervention's; no difference and unclear stay as they are."""
    change, direction = reading
    return _FLIPPED.get(change, change), _FLIPPED.get(direction, direction)


_FAVOURED_ARM = Screened(rf"{_FAVOURING}(?:the )?(?P<arm>[\w-]+)")
# What sets one arm against another: the arm before it is the one whose result is told.
_SET_AGAINST = compiled(rf"\b(?:than|{COMPARED}|versus|vs\.?|relative to)\b")
# The same, not where a start follows ("compared with pre-intervention values"): what a change is
# set against over time names no arm, whatever its words ("intervention").
_SET_AGAINST_AN_ARM = compiled(rf"\b(?:than|{COMPARED}|versus|vs\.?|relative to)\b{_NOT_AN_ARM}")
_ARM_REACH = 8  # words after the cue within which the arm set against is named
_SUBJECT_REACH = 3  # words from the start of a clause within which its subject arm is named
# "Compared with the RF group, the LC group had ...", "In comparison with sham, pain fell more with
# massage", "In comparison to the RF group (n = 20), the LC group ...": what the subject is set
# against, named in a phrase that opens the clause, a bracket of its own (its size, its shares)
# after it; not a time ("compared with baseline, ...": a change over time, whatever arm follows).
_OPENING_SET_AGAINST = compiled(
    rf"^\W*(?:\w+\s+){{0,2}}?(?:{COMPARED}|relative to|versus|vs\.?)\s+(?!{_START})"
    r"(?P<against>[^,;()]{1,60}?)\s*(?:\([^()]{0,60}\)\s*)?,\s*"
)


# "exercise was superior to massage", "exercise outperformed massage": the arm ranked above, or
# below, what follows.
# (its "to" left to what follows, which names the arm: "to ropivacaine")
_RANKED_AGAINST = Screened(
    r"\b(?:superior|inferior)(?= to\b)|(?<!was )(?<!were )\boutperform(?:ed|s)?\b(?! by\b)"
)


@lru_cache(maxsize=256)
def _sides(low: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where a lowered statement names its subject and where what that is set against, as spans:
    in "pain fell more in A than in B" A comes before the cue and B after it; in "compared with
    B, A had less pain" B is in the opening phrase and A after its comma, so that the first arm
    named is not taken for the subject. None where nothing is set against. Cached: each reader of
    a clause asks again."""
    opening = _OPENING_SET_AGAINST.match(low)
    if opening is not None:
        return (opening.end(), len(low)), opening.span("against")
    cue = _SET_AGAINST_AN_ARM.search(low) or _RANKED_AGAINST.search(low)
    return None if cue is None else ((0, cue.start()), (cue.end(), len(low)))


def active_comparator_first(
    clause: str, comparators: frozenset[str], arms: Role, controls: frozenset[str] = frozenset()
) -> bool:
    """Whether the clause tells this study's own comparator's result, set against the
    intervention: in "relaxation led to a greater improvement in sleep quality than reflexology"
    and "balance improved more in the exercise group than in the massage group" the gain is the
    comparator's. ``comparators`` are the words of comparators that are no control arm anywhere
    (relaxation, exercise): a control arm as the subject is read apart. ``controls`` are the words
    of the arm the methods call the control ("aquatic or land exercise (control)": land)."""
    first, other = _arms_set_against(clause, comparators, arms)
    if first is None or other is None or arms(other) != INT:
        return False
    if first in comparators:
        return arms(first) != INT
    # "conventional physiotherapy produced larger gains than vibration" or "better in the
    # conventional therapy group compared with the hippotherapy group": the comparator, as the
    # subject or the arm a comparative holds for, gained, where the control-arm rules of
    # ``read_change`` have not turned it already
    low = lowered(clause)
    sides = _sides(low)
    subject = low[slice(*sides[0])] if sides else low
    named = first in WORD.findall(subject)[:_SUBJECT_REACH] or (
        sides is not None
        and re.search(rf"\b(?:in|among|for) the (?:[\w+-]+ ){{0,2}}?{re.escape(first)}\b", subject)
    )
    return (
        # a word for the comparator in any trial, or the methods' control arm; not the title's order
        (first in _CONTROL_WORDS or first in controls)
        and arms(first) == CMP
        and bool(named)
        and not _control_arm_first(low)
    )


def comparator_arm_changed_more(clause: str, arms: Role) -> bool:
    """Whether the clause says the comparator's arm, named as a group, changed more, with no arm
    set against it after "than" ("the relaxation group improved significantly more in anxiety" in
    a trial of massage against relaxation): the comparator's greater gain, relatively the tested
    arm's loss. A control arm so named is read by the control-arm rules."""
    low = lowered(clause)
    more = _ARM_CHANGED_MORE.search(low)
    return (
        more is not None
        and _SET_AGAINST.search(low) is None
        and arm_named(more.group("arm"), arms) == CMP
        and not _control_arm_first(low)
    )


def favours_active_comparator(clause: str, comparators: frozenset[str], arms: Role) -> bool:
    """Whether the clause says the result favoured this study's own active comparator: "pain
    improved in favour of exercise" in a trial of massage is the comparator's gain; so is one
    "favouring physiotherapy" where the title set surgery against physiotherapy, the arm the
    arms' roles call the comparator whatever the vocabulary knows of the tested one."""
    low = lowered(clause)
    favoured = _FAVOURED_ARM.search(low)
    if favoured is None or _A_CONTROL_ARM.match(low, favoured.start("arm")):
        return False  # "favours usual care": the control arm's win, read by the control-arm rules
    arm = favoured.group("arm")
    return (arm in comparators and arms(arm) != INT) or arms(arm) == CMP


_A_CONTROL_ARM = compiled(rf"{_CONTROL_ARM}\b")


def arm_favoured(clause: str, arms: Role) -> str | None:
    """INT or CMP: the arm the clause says its result favoured ("in favour of the control group",
    "favouring massage"); None where it names no arm of the two."""
    low = lowered(clause)
    favoured = _FAVOURED_ARM.search(low)
    if favoured is None:
        return None
    if _A_CONTROL_ARM.match(low, favoured.start("arm")):
        return CMP
    return arm_named(favoured.group("arm"), arms)


def active_comparator_against_control(
    clause: str, comparators: frozenset[str], arms: Role, own_arms: Collection[str] = ()
) -> bool:
    """Whether the clause tells how this study's own active comparator did against the control arm
    ("exercise alone improved balance (p = 0.02 vs control)" in a trial of massage of two arms): a
    result of neither the intervention nor its comparison. ``own_arms`` are the words of the active
    arms the methods randomized to beside a control arm ("massage, exercise or control"): each was
    tested against that control, and its result there ("the exercise group improved balance
    compared with controls") is a finding of its own, unless the clause names the tested arm too
    ("exercise, but not massage, improved balance compared with control") or says "only" of the
    other arm, which tells the tested arm did not."""
    first, other = _arms_set_against(clause, comparators, arms)
    low = lowered(clause)
    if (
        first in own_arms
        and not any(arms(word) == INT for word in WORD.findall(low))
        # "only the relaxation group improved ...": the tested arm, by the "only", did not
        and not re.search(rf"\bonly (?:in )?(?:the )?{re.escape(first or '')}\b", low)
    ):
        return False
    return (
        first in comparators
        and arms(first) != INT
        and other is not None
        and other not in comparators
        and arms(other) == CMP
        # named as an arm, not a word of both arms' treatment ("exercise in a cooler room"), or
        # ranked as the subject ("relaxation was more effective than the wait-list")
        and (
            re.search(rf"\b{re.escape(first)}{_AS_AN_ARM}", lowered(clause)) is not None
            or re.match(rf"\W*(?:the )?{re.escape(first)}{_RANKED}", lowered(clause)) is not None
        )
    )


# "... was more effective than", "... were superior to": an arm ranked, as the subject.
_RANKED = (
    r" (?:(?:was|were) (?:(?:significantly|statistically|much|far) )*"
    r"(?:more effective|less effective|superior|inferior|better|worse)|"
    r"(?:significantly )?outperform(?:ed|s))\b"
)


# "significant differences in reducing pain", "a significant difference between the groups in
# improving sleep": the arms differed in what they did to it, which arm did more unsaid (unless
# one is set against the other: "... in reducing pain compared with the control group").
_DIFFERENCE_IN_DOING = (
    r"\bsignificant(?:ly)? (?:statistical )?differen\w* "
    r"(?:between (?:the )?(?:two |three )?(?:groups|arms) )?in "
    r"(?:reducing|improving|lowering|decreasing|increasing|raising|relieving|alleviating)\b"
)
_IN_DOING = compiled(
    rf"{_DIFFERENCE_IN_DOING}(?![^.;]*\b(?:than|{COMPARED}|versus|vs\.?|relative to|over)\b)"
)
# The arms as a difference between them names them: "between groups", in a crossover "between
# conditions" or "between the two treatments".
_ARMS_NAMED = r"(?:groups|arms|conditions|treatments|interventions)\b"
# "a significant difference in fatigue between the two groups": the arms differed, which way unsaid.
_DIFFERED = compiled(
    r"\b(?:statistically )?significant(?:ly)? (?:statistical )?differen\w*\b[^.;]{0,80}?"
    r"\b(?:between|among)\b|"
    # "a significant difference in the mean fatigue score before and after the intervention": one
    # arm's values over time (``differed_over_time``)
    rf"\b(?:statistically )?significant (?:statistical )?differen\w*\b[^.;]{{0,80}}?(?:{_BEFORE_AND_AFTER})|"
    # "the difference between pre-test and post-test fatigue scores of the massage group was significant"
    rf"\bdifferen\w*\b[^.;]{{0,40}}?(?:{_BEFORE_AND_AFTER})[^.;]{{0,80}}?"
    r"\b(?:was|were) (?:statistically )?significant\b|"
    # "a significant difference in the mean anxiety scores of the two groups": the groups' scores
    r"\b(?:statistically )?significant (?:statistical )?differen\w*\b[^.;]{0,80}?"
    r"\bof (?:the )?(?:two|three|both) (?:groups|arms)\b|"
    # "the difference between the two groups in spasticity was significant", "between conditions"
    # in a crossover
    r"\b(?:between[- ]groups? differen\w*|"
    rf"differen\w* between (?:the )?(?:two |three )?{_ARMS_NAMED})"
    r"[^.;]{0,60}?\b(?:was|were) (?:statistically )?significant\b|"
    r"\b(?:groups?|arms?) differed (?:statistically )?significantly\b|"
    # "only the FIM differed between groups (p = 0.02)": a significant p-value says it did; a
    # crossover's or a comparative trial's arms named as its treatments or conditions ("the changes
    # in pain differed between the 2 treatments by 3.3 points")
    r"\bdiffered (?:statistically )?(?:significantly )?between (?:the )?(?:two |three |[23] )?(?:study )?"
    r"(?:groups|arms|treatments|interventions|conditions)\b|"
    rf"\bsignificant {INTERACTION_TERM} interactions?\b|"
    # "a significant between-group difference in pain", "between-group comparison showed a
    # significant difference": the arms named by the words for their comparison
    r"\bsignificant between[- ]groups? differen\w*\b|"
    # "massage had a significant effect on fatigue": the treatment made a difference, its way unsaid
    r"\b(?:had|has|have|showed|exerted) (?:an? )?(?:statistically )?significant effects? on\b|"
    r"\bbetween[- ]groups? (?:comparisons?|analys[ie]s|tests?)\b[^.;]{0,40}?"
    r"\bsignificant(?:ly)? differen\w*\b"
)


# "The Mann-Whitney test showed", "the independent t-test revealed", "repeated measures ANOVA
# indicated": a statistical test, and what it showed.
A_TEST_SHOWED = (
    r"(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:\w-)?(?:test|analysis|anova|ancova|comparisons?)\s+"
    r"(?:showed|revealed|indicated|demonstrated)\s+"
)
# "the difference between groups was significant", "and this difference was not statistically
# significant", "the between-group difference did not reach significance": a comparison's test
# told in words, with no p-value.
_DIFFERENCE_SIGNIFICANT = (
    r"(?:(?:between[- ]groups?|inter-?group|observed|mean)\s+)?"
    r"differences?\s+"
    # "the difference (1.9 points) was likewise significant": its size bracketed, a result told again
    r"(?:\([^()]{1,40}\)\s+)?"
    # "the mean difference in fatigue between the two groups after the intervention was significant"
    r"(?:in\s+(?:[\w-]+\s+){1,5}?)?"
    rf"(?:(?:between|among)\s+(?:the\s+)?(?:two\s+|three\s+)?{_ARMS_NAMED}\s+)?"
    r"(?:(?:after|at|following)\s+(?:[\w-]+\s+){1,4}?)?"
    r"(?:(?:was|were|is|are)\s+(?:(?:also|likewise|again|still)\s+)?(?P<not>not\s+)?"
    r"(?:statistically\s+)?significant\b|"
    r"(?:(?P<did_not>did|does)\s+not|failed to)\s+reach\s+(?:statistical\s+)?significance|"
    r"reached\s+(?:statistical\s+)?significance)"
)
_SIGNIFICANCE_SAID = Screened(
    rf"(?:\b(?:the|this|that|these|such)\s+|{_BARE_DIFFERENCE_OPENS}){_DIFFERENCE_SIGNIFICANT}|"
    # "(A was 3.1 in one arm and 5.2 in the other,) with a significant difference between the groups"
    r"^\W*with\s+(?:a\s+|(?P<no>no)\s+)?(?:statistically\s+)?significant\s+differences?\s+"
    rf"(?:between|among)\s+(?:the\s+)?(?:two\s+|three\s+|both\s+)?{_ARMS_NAMED}|"
    # "The Mann-Whitney test showed a significant difference between the groups": a test, no outcome
    rf"^\W*{A_TEST_SHOWED}(?:that\s+there\s+was\s+)?(?:a\s+|(?P<no_test>no)\s+)?(?:statistically\s+)?"
    rf"significant\s+differences?\s+(?:between|among)\s+(?:the\s+)?(?:two\s+|three\s+|both\s+)?{_ARMS_NAMED}|"
    # "Between-group comparisons showed significant differences in fatigue": the test named first
    rf"^\W*(?:between[- ]groups?|inter-?group)\s+{A_TEST_SHOWED}(?:a\s+|(?P<no_between>no)\s+)?"
    r"(?:statistically\s+)?significant\s+differences?\b|"
    # "(A rose from 0.9 to 1.2 in one arm and from 0.9 to 0.95 in the other;) there was a significant
    # group effect", "with a significant group x time interaction": the model's test of the arms
    r"^\W*(?:there\s+(?:was|were)\s+|with\s+)?(?:a\s+)?(?:statistically\s+)?significant\s+"
    rf"(?:(?:main\s+)?(?:group|treatment)\s+effects?|{INTERACTION_TERM}\s+interactions?)\b|"
    # "There were significant differences between the groups in fatigue"
    r"^\W*there\s+(?:was|were)\s+(?:a\s+|(?P<no_there>no)\s+)?(?:statistically\s+)?significant\s+"
    rf"differences?\s+(?:between|among)\s+(?:the\s+)?(?:two\s+|three\s+|both\s+)?{_ARMS_NAMED}|"
    # "(A fell from 48 to 39 in one arm and from 48 to 42 in the other.) The group x time interaction
    # was significant": the model's test of the arms' changes, its own subject
    rf"^\W*the\s+{INTERACTION_TERM}\s+interactions?(?:\s+effects?)?\s+(?:was|were)\s+"
    r"(?P<not_interaction>not\s+)?(?:statistically\s+)?significant\b"
)
# Its one way that may match after the clause's start: where nothing matches at the start,
# ``_SIGNIFICANCE_SAID``'s first match is this one's, which ``re`` tries only where its words may
# begin (``compiled``), many times faster than every way at every character.
_SIGNIFICANCE_SAID_LATER = Screened(rf"\b(?:the|this|that|these|such)\s+{_DIFFERENCE_SIGNIFICANT}")
# What a comparison's test told in words amounts to, as the readers of p-values read one.
_SAID_SIGNIFICANT, _SAID_NOT_SIGNIFICANT = "p < 0.05", "p > 0.05"


@lru_cache(maxsize=256)
def significance_said(clause: str) -> str | None:
    """The p-value a clause gives in words of the arms' difference, for the readers that compare
    each arm's numbers: "..., and this difference was significant" as a significant one, "the
    between-group difference was not significant" as one that is not; None where it says
    neither. Cached: each outcome of a clause asks again."""
    low = lowered(clause)
    said = _SIGNIFICANCE_SAID.match(low) or _SIGNIFICANCE_SAID_LATER.search(low)
    if said is None:
        return None
    denied = said.groupdict()  # the later pattern has no "no" or "no_test": they open the clause
    failed = (
        denied["not"]
        or denied["did_not"]
        or denied.get("no")
        or denied.get("no_test")
        or denied.get("no_between")
        or denied.get("no_there")
        or denied.get("not_interaction")
        or "failed to" in said.group()
    )
    return _SAID_NOT_SIGNIFICANT if failed else _SAID_SIGNIFICANT


# "(between-group difference -6.1, 95% CI -9.4 to -2.8)", "(MD -6.1, 95% CI ...)": the arms'
# difference estimated with its interval, a test of it as a p-value is.
_DIFFERENCE_INTERVAL = Screened(
    r"(?:\b(?:(?:between[- ]groups?|adjusted|mean|treatment) differences?|md)\b|"
    # "(odds ratio 0.3, 95% CI 0.1 to 0.9)": a ratio sets one arm against the other by its nature
    r"\b(?:(?:odds|hazard|risk|rate) ratios?|relative risks?)\b|"
    r"\b(?:a?or|a?hr|i?rr)\b(?=\s*[=:,]?\s*[-−]?\d)|"
    # "(difference -0.7%, 95% CI ...)": the difference bracketed after each arm's change
    r"\(\s*(?:the\s+)?differences?\b)(?:[^;()\[\]]|;(?=[^;()\[\]]{0,12}\bcr?i\b)){0,40}?"
    r"(?:\bcr?i\b|credible interval)"  # a confidence interval or a Bayesian one ("95% CrI")
)


def difference_interval_said(clause: str) -> str | None:
    """The p-value an interval of the arms' difference amounts to, for the readers that compare
    each arm's numbers: one excluding no difference as a significant test, one including it as a
    test that is not; None where the clause gives no interval of a difference (an interval of
    one arm's own change tests nothing between the arms)."""
    low = lowered(clause)
    said = _DIFFERENCE_INTERVAL.search(low)
    if said is None:
        return None
    reading = interval_reading(low[said.start() :])
    if reading is None:
        return None
    return _SAID_NOT_SIGNIFICANT if reading == "no_difference" else _SAID_SIGNIFICANT


# "a significant difference in fatigue before and after the intervention in the massage group",
# "between baseline and week 8": the two ends of a span of time compared, not the arms.
_TIME_SPAN_COMPARED = compiled(rf"{_BEFORE_AND_AFTER}|{_BETWEEN_START_AND}")


# "fatigue changed significantly in the massage group", "a significant change in fatigue", "the
# changes of fatigue over time were significant in the massage group": the values moved over
# time, which way unsaid; "changes between the groups" compare the arms.
_CHANGED_UNSAID = compiled(
    r"\b(?:(?:statistically )?significant(?:ly)? changes?|changed (?:statistically )?significantly|"
    r"changes? (?:in|of) [^.;:()]{1,60}? (?:was|were) (?:statistically )?significant)\b"
    rf"(?![^.;]*\b(?:between|among) (?:the )?(?:two |three )?(?:groups|arms)\b)(?![^.;]*\b{COMPARED}\b)"
)


def differed_over_time(clause: str) -> bool:
    """Whether a clause that says only that values differed significantly (``differed_unsaid``,
    which the caller has asked already) compares one arm's values before and after, not the arms:
    "a significant difference in the mean fatigue score before and after the intervention in the
    massage group (p < 0.001)", "fatigue changed significantly in the massage group"."""
    low = lowered(clause)
    return _TIME_SPAN_COMPARED.search(low) is not None or _CHANGED_UNSAID.search(low) is not None


# "The difference in fatigue was not significant before the intervention (p = 0.40) but significant
# after it": the arms' difference, not significant at the start, said in the clause before ...
_NOT_SIGNIFICANT_AT_FIRST = compiled(
    r"\bdifferen\w*\b[^.;]{0,80}?\b(?:was|were) not (?:statistically )?significant\b[^.;]{0,40}?"
    r"\b(?:before|at baseline|at the start|pre-?(?:treatment|intervention|test))\b"
)
# ... and significant later in its own, which way unsaid.
_SIGNIFICANT_LATER = compiled(
    r"^\W*(?:(?:but|whereas|while)\s+)?(?:(?:it|they)\s+)?(?:(?:was|were|became)\s+)?"
    r"(?:statistically\s+)?significant\s+(?:after|at|following|post)\b"
)


def differed_in_doing(clause: str) -> bool:
    """Whether the clause says only that the arms differed in what they did to an outcome, not
    which did more: "significant differences in reducing pain" (``_DIFFERENCE_IN_DOING``)."""
    return bool(_IN_DOING.search(lowered(clause)))


def differed_unsaid(clause: str, before: str = "") -> bool:
    """Whether the clause says only that the arms differed significantly, or that values changed
    significantly, not which way: "there was a significant difference in the mean fatigue score
    between the two groups (p < 0.001)", "a significant group by time interaction for pain", or,
    after the clause ``before`` said the difference was not significant at the start, "but
    significant after it".
    """
    low = lowered(clause)
    later = (
        bool(before)
        and bool(_SIGNIFICANT_LATER.match(low))
        and bool(_NOT_SIGNIFICANT_AT_FIRST.search(lowered(before)))
    )
    return (
        bool(later or _DIFFERED.search(low) or _CHANGED_UNSAID.search(low))
        and not _CHANGE.search(low)
        and not _no_difference_in(low)
    )


# An arm named as an arm: "exercise alone", "the relaxation group", "relaxation training".
_AS_AN_ARM = (
    r"(?:(?: (?:training|therap(?:y|ies)|techniques?|sessions?|programm?es?|programs?|"
    r"interventions?|exercises?|classes))?(?: (?:alone|only|groups?|arms?))|"
    r" (?:training|therap(?:y|ies)|techniques?|sessions?|programm?es?|programs?|interventions?|classes))\b"
)
# "Exercise alone did not reduce pain", "the relaxation group improved", "relaxation training
# reduced anxiety", "relaxation reduced anxiety", "relaxation, but not massage, ...": one arm as the
# subject.
_ARM_OPENS = compiled(
    r"^\W*(?:but |and |while |whereas )?(?:the )?(?P<arm>[\w-]+)"
    rf"(?:{_AS_AN_ARM}|,? (?=but not\b)| (?=(?:also |significantly )?(?:reduced|improved|increased|"
    r"decreased|lowered|raised|relieved|did not|produced|led to|resulted in)\b))"
)
# "anxiety decreased with relaxation training", "in the relaxation group": where the change was;
# "in the exercise and combined groups": two arms, neither the one tested.
_IN_AN_ARM_NAMED = compiled(
    r"\b(?:with|in|after|following|among|during|by) (?:the )?(?P<arm>[\w-]+)"
    r"(?: and (?:the )?(?P<also>[\w-]+)(?= (?:groups|arms)\b))?"
    rf"(?:{_AS_AN_ARM}|(?=\s*(?:[(),;]|$)))"
)


def _technique_words(interventions: tuple[str, ...]) -> set[str]:
    """The words of the topic's treatments the abstract names, as clauses are read word by word."""
    return {word for label in interventions for word in WORD.findall(label.lower())}


# "in the combined group compared with massage alone": a combination set against one of its parts.
_COMBINATION_ARM = Screened(r"\b(?:combined|combination|plus)\b")
# The words that mark a treatment given alone: "massage alone", "the exercise-only group".
_GIVEN_ALONE = frozenset(["alone", "only"])
_GIVEN_ALONE_AFTER = compiled(rf"\b(?P<arm>[a-z][\w-]*)[\s-]+(?:{'|'.join(sorted(_GIVEN_ALONE))})\b")


def tested_arm_set_against_its_combination(clause: str, interventions: tuple[str, ...]) -> bool:
    """Whether the clause sets a combined arm against the topic's treatment (``interventions``, the
    vocabulary's techniques the abstract names) given alone ("balance improved in the combined
    group compared with massage alone", in a trial of massage, exercise and both): what adding the
    other treatment did, no result of the treatment's own."""
    low = lowered(clause)
    if not interventions or _COMBINATION_ARM.search(low) is None:
        return False
    techniques = _technique_words(interventions)
    return any(alone.group("arm") in techniques for alone in _GIVEN_ALONE_AFTER.finditer(low))


def the_other_arm_alone(clause: str, alone: list[str], comparators: frozenset[str]) -> str | None:
    """The word of the one other active arm in which alone the clause tells a result ("pain
    decreased in the acupuncture group", in a trial of massage), for reading it as that arm's own,
    from the arms ``other_arms_alone`` found (``alone``); None where the clause names two such arms
    together ("in the exercise and combined groups") or none, or has the arm do it ("relaxation
    reduced anxiety": against what, it does not say)."""
    opens = _ARM_OPENS.match(lowered(clause))
    if opens is not None and opens.group("arm") in comparators:
        return None
    return alone[0] if len(alone) == 1 else None


def other_arms_alone(clause: str, comparators: frozenset[str], arms: Role) -> list[str]:
    """This study's other active arms whose result alone the clause tells, set against nothing,
    each named: "exercise alone did not reduce pain", "relaxation training, but not massage,
    reduced anxiety" or "anxiety fell with relaxation training" in a trial of massage is no result
    of massage (in a trial with a third arm, the other active arm's); empty where it tells none,
    or sets arms against each other."""
    low = lowered(clause)
    if _set_against_in(low) or re.search(_COMPARATIVE, low):
        return []
    opens = _ARM_OPENS.match(low)
    if opens is not None and opens.group("arm") in comparators:
        return [opens.group("arm")] if arms(opens.group("arm")) != INT else []
    where = [said.group("arm", "also") for said in _IN_AN_ARM_NAMED.finditer(low)]
    if any(arms(word) == INT for word in WORD.findall(low)):
        return []
    if not any(arm in comparators and arms(arm) != INT for pair in where for arm in pair if arm):
        return []
    return [arm for pair in where for arm in pair if arm]


# "the sham and usual care groups did not differ": two arms named together as the subject.
_TWO_ARMS_TOGETHER = compiled(
    r"\b(?:the )?(?P<x>(?:[\w+-]+ ){0,2}?[\w+-]+) and "
    r"(?:the )?(?P<y>(?:[\w+-]+ ){0,2}?[\w+-]+) (?:groups|arms)\b"
)


def comparators_set_against_each_other(clause: str, arms: Role) -> bool:
    """Whether the clause sets two of the comparator arms against each other, the tested arm
    named on neither side: "anxiety was lower in the sham group than in the usual care group" and
    "the sham and usual care groups did not differ" in a trial of reflexology with both controls
    tell nothing of reflexology."""
    low = lowered(clause)
    if any(arms(word) == INT for word in WORD.findall(_NO_TREATMENT.sub("control", low))):
        return False
    first, other = _arms_set_against(clause, frozenset(), arms)
    if first is not None and other is not None:
        return arms(first) == CMP and arms(other) == CMP
    together = _TWO_ARMS_TOGETHER.search(low)
    return together is not None and all(
        {arms(word) for word in WORD.findall(_NO_TREATMENT.sub("control", together.group(side)))} - {None}
        == {CMP}
        for side in ("x", "y")
    )


@lru_cache(maxsize=256)
def _set_against_in(text: str) -> re.Match[str] | None:
    """The first "than", "compared with", "versus" or "relative to" of a lowered statement (cached:
    asked of a statement for each outcome it names, and by each reading of it)."""
    return _SET_AGAINST.search(text)


def set_against_at(text: str) -> int | None:
    """Where what a statement sets its subject against begins: after its first "than",
    "compared with", "versus" or "relative to"; None where it compares nothing."""
    cue = _set_against_in(lowered(text))
    return cue.end() if cue else None


def subject_span(text: str) -> tuple[int, int] | None:
    """Where a statement that sets one thing against another names its subject: before "than"
    in "higher in the control group than in the massage group", after the opening phrase's comma
    in "compared with the massage group, fatigue was higher in the control group"; None where it
    sets nothing against anything."""
    sides = _sides(lowered(text))
    return sides[0] if sides else None


def ranked_against_at(text: str) -> int | None:
    """Where what a statement ranks its subject against begins: after its "superior" or
    "inferior" ("yoga and massage were superior to control": " to control"), or "outperformed";
    None where it ranks nothing."""
    cue = _RANKED_AGAINST.search(lowered(text))
    return cue.end() if cue else None


# "in the LC group than in the RF group": an arm by its short name, before "group" or "arm"; or
# bare where an arm stands ("compared with RF, LC ...", "with LC than with RF", "lower in the CG
# than in the IG"), not where the name may be a measure's ("the incidence of EM") or part of a
# word ("pTVG-HP"). ``short_named_first`` keeps the arms' own short names only.
_SHORT_NAMED_ARM = compiled(
    rf"\b(?P<name>{SHORT_NAME})[\s-]+(?:group|arm)s?\b|"
    r"(?:^|(?<=with )|(?<=than )|(?<=to )|(?<=versus )|(?<=vs )|(?<=vs\. )|(?<=, )|(?<=\bin )|"
    r"(?<=\b[Tt]he )|(?<=among ))"
    rf"(?P<bare>{SHORT_NAME})(?![\w-])"
)


def short_named_first(clause: str, short: frozenset[str], arms: Role) -> str | None:
    """How a clause that sets one arm named by its short name against another ("pain fell more in
    the LC group than in the RF group", "compared with the RF group, the LC group had less pain",
    or of two arms "pain was lower in the LC group") reads for the tested arm: "as read" where its
    subject is the tested arm and the other its comparator, "flipped" the other way round,
    "unclear" where the abstract does not tell which of the two was tested (the order of naming
    does not); of two short-named arms, knowing one gives the other. None where the clause sets
    no such arm against another."""
    pair = _short_named_pair(clause, short) if short else None
    if pair is None:
        return None
    first, other = pair
    roles = (arms(first), arms(other))
    if len(short) == 2 and roles.count(None) == 1:  # two arms, one known: the other is the other
        known = roles[0] or roles[1]
        roles = (roles[0] or _OTHER_ROLE[known], roles[1] or _OTHER_ROLE[known])
    return _ORDER_READ.get(roles, "unclear")


def _short_named_pair(clause: str, short: frozenset[str]) -> tuple[str, str] | None:
    """The short names of the arm whose result a clause tells and of the arm it is set against
    (``_sides``); of two arms, one named with a comparative ("lower in the LC group") is set
    against the other. None where the clause sets no such arm against another."""
    low = lowered(clause)
    named = [
        (m.start(), name, m.group("name") is not None)
        for m in _SHORT_NAMED_ARM.finditer(clause)
        if (name := (m.group("name") or m.group("bare")).lower()) in short
    ]
    sides = _sides(low)
    if sides is None:
        arm = {name for _, name, grouped in named if grouped}
        if len(arm) != 1 or len(short) != 2 or _arm_compared_at(low) is None:
            return None
        first = arm.pop()
        return first, next(iter(short - {first}))
    (subject_start, subject_end), (against_start, against_end) = sides
    first = next((name for at, name, _ in named if subject_start <= at < subject_end), None)
    other = next((name for at, name, _ in named if against_start <= at < against_end), None)
    return None if first is None or other is None or first == other else (first, other)


_OTHER_ROLE = {INT: CMP, CMP: INT, None: None}
_ORDER_READ: dict[tuple[str | None, str | None], str] = {(INT, CMP): "as read", (CMP, INT): "flipped"}


# "compared with no treatment", "than in the no-intervention group": the control arm, named by what it
# went without, not the tested arm's "treatment".
_NO_TREATMENT = compiled(r"\bno[- ](?:treatment|intervention|therapy)\b")


def _arms_set_against(clause: str, comparators: frozenset[str], arms: Role) -> tuple[str | None, str | None]:
    """The first arm named before a comparison cue ("than", "compared with", "vs") and the
    first named just after it; None where there is no cue or no arm."""
    low = lowered(clause)
    sides = _sides(low)
    if sides is None:
        return None, None
    # "patients treated with heparin": the arm by its treatment's word, not the treated arm;
    # "the no-treatment group": a control arm
    subject, against = (_NO_TREATMENT.sub("control", _TREATED.sub("", low[slice(*side)])) for side in sides)
    first = next((w for w in WORD.findall(subject) if w in comparators or arms(w)), None)
    other = next((w for w in WORD.findall(against)[:_ARM_REACH] if w in comparators or arms(w)), None)
    return first, other


# What a clause sets its subject against, named as an arm: "than after ultrasound-guided injection",
# How an arm's people were given its treatment: "treated with", "sedated with", "heparin-treated".
_TREATED_HOW = r"(?:treated|sedated|anaest?heti[sz]ed|premedicated|infused)"
# "than in the landmark group", "compared with the landmark-guided group" (not a time, a number, or
# a share: "than at baseline", "than 5", "than that reported"), or the people given it: "than
# those given placebo", "than patients receiving the drug".
_PEOPLE_GIVEN = (
    r"(?:those|patients|participants|subjects|women|men|children|infants)\s+(?:who\s+(?:were\s+)?)?"
    rf"(?:given|received|receiving|{_TREATED_HOW}\s+with|allocated\s+to|assigned\s+to|taking|on(?!\s+(?:the\s+)?"
    r"(?:day|week|month|visit|average|admission|discharge)s?\b))"
)
# The words that lead to an arm's name: "in the landmark group", "after landmark-guided injection".
_TO_AN_ARM = r"(?:in|with|after|following|among|for|receiving|under)"
_AGAINST_AN_ARM = compiled(
    rf"\W*(?:(?:{_PEOPLE_GIVEN}|{_TO_AN_ARM}|to)\s+(?:the\s+)?(?!\d)"
    rf"(?!{_START}\b|{_EARLIER_TIME}|(?:previous|prior|other|earlier|published|expected)\b)[a-z][\w+-]*|"
    r"(?:the\s+)?(?:(?!the\b)[a-z][\w+-]*\s+){1,4}?(?:group|arm)s?\b|"
    # "than fictolan-treated patients": the arm by its treatment, as "than the fictolan group"
    r"(?:the\s+)?[a-z][\w+]*-treated\b)"
)
# An arm's name, up to four words: "ultrasound-guided injection", "landmark".
# an arm's name: a few words, none that leads on to what the result was for ("foot massage for
# paresthesia" names foot massage)
_NOT_IN_A_NAME = r"(?!(?:for|in|on|at|during|regarding)\b)"
_ARM_NAME = rf"(?:{_NOT_IN_A_NAME}[a-z][\w+-]* ){{0,3}}?{_NOT_IN_A_NAME}[a-z][\w+-]*"
# An arm as the subject names it: "after ultrasound-guided injection", "the landmark group".
_SUBJECT_ARM = compiled(
    rf"\b{_TO_AN_ARM} (?:the )?(?P<a>{_ARM_NAME})"
    r"(?= (?:group|arm)s?\b|\s*[(,]|\s*$)|"
    rf"\bthe (?P<b>(?!the\b){_ARM_NAME}) (?:group|arm)s?\b|"
    # "bupivacaine was superior to ...": the arm itself the subject of a ranking
    rf"^\W*(?:the\s+)?(?P<d>{_ARM_NAME})\s+(?:was|were|is|are)\s*$|"
    # "patients given the drug had ...": the arm by the people given it
    rf"^\W*{_PEOPLE_GIVEN}\s+(?:the\s+)?(?P<c>{_ARM_NAME})"
    r"(?= (?:had|showed|reported|experienced|required|needed|was|were)\b)"
)
# The arm a clause is set against, by name: "in the telephone group (...)", "after landmark-guided
# injection (p = 0.02)".
_AGAINST_ARM = compiled(
    rf"\W*(?:(?:{_PEOPLE_GIVEN}|{_TO_AN_ARM}|to)\s+)?(?:the\s+)?"
    rf"(?P<a>{_ARM_NAME})(?= (?:group|arm)s?\b|\s*[(,;]|\s*\.?\s*$| (?:for|in|on|at|during|regarding)\b)"
)
_ARM_NAME_WORD = compiled(r"[a-z][a-z-]{2,}")
_NAMES_A_CONTROL_ARM = compiled(rf"\b{_CONTROL_ARM_NAMED}\b")


def arms_untold(
    clause: str, arms: Role, told: str = "", versus: bool = False, titled: frozenset[str] = frozenset()
) -> bool:
    """Whether a clause sets one arm against another named arm ("pain was lower after
    ultrasound-guided injection than after landmark-guided injection") whose subject is not the
    tested arm as far as the abstract tells: then which arm came out better is no result for the
    tested one, whichever the order of naming.

    ``told`` is the methods (else the title), lowered, where a trial names the arm it tests first.
    Where no word tells either arm's role, a subject the methods name after the arm it is set
    against is not taken for the tested one. Nor is one whose words are only the comparator's
    while the other's are only the tested arm's, by the title's order ("X versus Y"), where the
    methods name the other arm first too (``tested_arm_set_against`` turns it round before), nor,
    where the title sets one against the other (``versus``: "X versus Y", not a list's "X or Y"),
    where they name the comparator first: the title and the methods' order then disagree. Nor is
    a subject of no known role set against the arm named by the words of the one treatment the
    title names (``titled``: "Ultrasound guidance for ...", "than in the ultrasound group"), while
    one named by them is the tested arm whatever the methods' order."""
    named = _two_arms_named(clause)
    if named is None:
        return _later_arm_bare_first(clause, arms, told)
    subject, against = named
    # the words the two sides share ("guided injection") tell neither arm
    own, other = set(WORD.findall(subject)), set(WORD.findall(against)[:_ARM_REACH])
    mine = {arms(word) for word in own - other} - {None}
    theirs = {arms(word) for word in other - own} - {None}
    # two arms of one role ("with drug A than with drug B", both tested) are told by the order
    # the methods name them in, as arms of no known role are
    if mine == {CMP} and not theirs and _not_a_control_arm(subject):
        # the title's second arm ("lower in the oral group than in the IV group", of "intravenous
        # versus oral") set against an arm of no known role: whether that one is the arm tested,
        # nothing tells, and the subject's result is not the tested arm's
        return True
    if versus and (mine, theirs) == ({CMP}, {INT}) and not _NAMES_A_CONTROL_ARM.search(subject):
        # "higher in the landmark group than in the ultrasound group" of "ultrasound versus
        # landmark", the methods naming the landmark group first: which arm was tested, the title
        # and the methods' order do not agree
        return True
    if (
        (mine or theirs)
        and (mine != theirs or _NAMES_A_CONTROL_ARM.search(f"{subject} {against}"))
        and ((mine, theirs) != ({CMP}, {INT}) or _NAMES_A_CONTROL_ARM.search(subject))
    ):
        return False  # a control arm as the subject: ``read_change`` has turned it round
    titled_mine, titled_theirs = (own - other) & titled, (other - own) & titled
    if titled_mine or titled_theirs:
        # "lower in the landmark group than in the ultrasound group", of "Ultrasound guidance for ...":
        # the title tells the tested arm, whatever the methods' order
        return bool(titled_theirs) and not titled_mine
    return _named_first(subject, against, told) == "against"


# A crossover's period or sequence by its number or order: "period 1", "the second phase",
# "sequence AB".
_A_PERIOD = (
    r"(?:(?:period|phase|sequence)\s+(?:\d|i{1,3}|iv|[ab]{2})\b|"
    r"(?:first|second|third|1st|2nd|3rd)\s+(?:period|phase|sequence|arm of the crossover)s?\b)"
)
_PERIODS_SET_AGAINST = compiled(
    rf"\b{_A_PERIOD}[^.;]{{0,60}}?\b(?:than|{COMPARED}|versus|vs\.?)\s+(?:(?:in|during|the|that|those|of|with|to)\s+)*"
    rf"{_A_PERIOD}",
    re.IGNORECASE,
)


def periods_set_against(clause: str) -> bool:
    """Whether a clause sets one crossover period or sequence against another ("higher in period 1
    than in period 2", "in sequence AB compared with sequence BA"): an effect of the order, which
    tells nothing of the tested treatment against its comparator."""
    return _PERIODS_SET_AGAINST.search(clause) is not None


def control_against_another_arm(clause: str, arms: Role, titled: frozenset[str], told: str) -> bool:
    """Whether a clause sets a control arm against an arm the methods (``told``) name that is not the
    one treatment the title names (``titled``), nor known for the tested arm by any word ("more
    frequent in the placebo group than in the vitamin B6 group", of "Ginger for nausea" with three
    arms): that arm's result against the control, not the tested treatment's."""
    named = _two_arms_named(clause) if titled else None
    if named is None or not _NAMES_A_CONTROL_ARM.search(named[0]):
        return False
    against = named[1]
    said = _AGAINST_ARM.match(against, _THAT_OF.match(against).end())  # type: ignore[union-attr]
    words = set(_ARM_NAME_WORD.findall(said.group("a"))) if said else set()
    return (
        bool(words)
        and not words & titled
        # "lower in the detuned TENS group than in the TENS group": the sham of the arm set against it
        and not words & set(_ARM_NAME_WORD.findall(named[0]))
        and all(arms(word) is None and re.search(rf"\b{re.escape(word)}\b", told) for word in words)
        and not _NAMES_A_CONTROL_ARM.search(against)
    )


def _later_arm_bare_first(clause: str, arms: Role, told: str) -> bool:
    """Whether a clause's subject opens with the second arm of the methods' "randomized to X or
    Y" (``told``) and sets it against the first, each by its bare name ("zorbatan reduced nausea
    more than fictolan", the methods randomizing to fictolan or zorbatan), no word telling either
    arm's role: the subject is not taken for the tested arm."""
    low = lowered(clause)
    sides = _sides(low)
    if sides is None:
        return False
    against = FIRST_WORD_AGAINST.match(low, sides[1][0])
    first, second = randomized_pair(told) if against is not None else (set(), set())
    opening = WORD.findall(low[slice(*sides[0])])[:_SUBJECT_REACH]
    named = second.intersection(opening)
    return (
        against is not None
        and against.group("word") in first
        and bool(named)
        and not any(arms(word) for word in (against.group("word"), *named))
        and not _NAMES_A_CONTROL_ARM.search(f"{low[slice(*sides[0])]} {against.group('word')}")
    )


def sets_against_a_named_arm(clause: str, arms: Role) -> bool:
    """Whether a clause sets its subject against an arm it names ("than in those receiving drug A
    alone"), not by a label, and not known as the comparator: the study's comparator is then no
    guess for what it was set against."""
    named = _two_arms_named(clause)
    if named is None or _THE_OTHER_ARMS.search(named[1], 0, 60):
        return False  # "than in the other group": of two arms, the comparator
    return CMP not in {arms(word) for word in WORD.findall(named[1])[:_ARM_REACH]}


_THE_OTHER_ARMS = compiled(
    r"\b(?:other|remaining|both|all|two|three|each)\s+(?:[\w-]+\s+)?(?:groups?|arms?)\b"
)


def untold_arm_against(clause: str, arms: Role) -> str | None:
    """The name of the arm a clause sets its named subject arm against, where no word tells that
    arm's role nor the subject's to be the comparator ("higher in the air group than in the
    saline group": saline): the result is read for the arm named first, so the finding must say
    what it was set against, not the study's comparator (a placebo arm beside two active ones)
    nor nothing, which a reader takes for the tested treatment against its control. None where
    a role is told (the other rules turn the result round by it) or an arm unnamed."""
    named = _two_arms_named(clause)
    if named is None:
        return None
    subject, against = named
    mine = {arms(word) for word in WORD.findall(subject)}
    theirs = {arms(word) for word in WORD.findall(against)[:_ARM_REACH]}
    if CMP in mine or theirs - {None} or _ANY_CONTROL_ARM.search(subject) or _ANY_CONTROL_ARM.search(against):
        return None  # "lower in the no-website group than ...": a control arm, read by its own rules
    low = lowered(clause)
    if _WITHOUT_IT_FIRST.search(low):
        return None  # "poorer in non-dancers than in dancers": the arm without it, read turned round
    start, end = _sides(low)[1]  # type: ignore[index]  # named: the clause sets one against another
    start = _THAT_OF.match(low, start).end()  # type: ignore[union-attr]  # matches the empty string
    said = _AGAINST_ARM.match(low, start, end)
    if said is None or _NO_ARM_NAME.match(said.group("a")):
        return None  # "than the other groups": no one arm
    if not (_SUBJECT_ARM.search(subject) or _A_GROUP.match(low, said.end("a"))):
        return None  # "X reduced pain compared with the Y group" names Y as an arm, whatever X is
    return clause[said.start("a") : said.end("a")]  # as written: "LMA Supreme"


# "than that of the surgery-alone arm": the arm's result, by a pronoun for the measure.
_THAT_OF = compiled(r"(?:\s*(?:that|those) (?:of|in|with|for)\b)?")
_A_GROUP = compiled(r" (?:group|arm)s?\b")
_ANY_CONTROL_ARM = compiled(rf"\b{_CONTROL_ARM}\b")
_NO_ARM_NAME = compiled(r"(?:other|remaining|both|all|two|three|each|respective|corresponding)\b")


def tested_arm_set_against(clause: str, arms: Role, told: str = "") -> bool:
    """Whether the clause's subject is an arm named by words of no known role, or by the comparator's
    of the title's or the aim's "X versus Y", set against the tested arm ("the rehabilitation alone
    group showed greater improvement than the massage group", "heparin caused more bleeding than
    citrate" where citrate was compared with heparin, and the methods ``told`` name it first too):
    the result told is the other arm's, so the tested arm's is the other way round."""
    named = _two_arms_named(clause) or _set_against_the_tested_arm_bare(clause, arms, told)
    if named is None:
        return False
    # "zorbatan-treated patients": the arm by its treatment's word alone
    subject, against = (_TREATED.sub("", side) for side in named)
    if GIVEN_NONE.match(against):
        return False  # "than with no treatment": the arm given none, whatever word names what it lacked
    own, other = set(WORD.findall(subject)), set(WORD.findall(against)[:_ARM_REACH])
    mine = {arms(word) for word in own} - {None}
    theirs = {arms(word) for word in other - own} - {None}
    if theirs != {INT}:
        return False
    if mine == {CMP} and _not_a_control_arm(subject):
        # the comparator by the title's order only: so too where the methods name it second (by its
        # name: a short name's order is ``short_named_first``'s to read)
        mine_named, theirs_named = (
            {w for w in words if arms(w) == role and _ARM_NAME_WORD.fullmatch(w)}
            | {code for code in _CODED_NAME.findall(side) if _coded_role(code, arms, told) == role}
            for words, side, role in ((own - other, subject, CMP), (other - own, against, INT))
        )
        if mine_named and not theirs_named:
            theirs_named = _short_named_only(other - own, arms, told)  # "than in the IV group"
        at_mine, at_theirs = (_first_named(named, told) for named in (mine_named, theirs_named))
        return at_mine is not None and at_theirs is not None and at_theirs < at_mine
    # an arm of no known role named by a control arm's words ("the comparison group"): turned already
    return not mine and bool(_SUBJECT_ARM.search(subject)) and _not_a_control_arm(subject)


# An arm named by what it was not given: "than with no treatment", "than in those without any
# intervention".
GIVEN_NONE = compiled(
    r"\W*(?:(?:in|with|to|for|after|the|those|that|of|any)\s+)*(?:no|without)\b", re.IGNORECASE
)
# The first word after "than" or "compared with", past the words that lead to an arm's name.
FIRST_WORD_AGAINST = compiled(
    r"\W*(?:(?:in|with|to|for|after|the|those|that|of)\s+)*(?P<word>[a-z][\w-]*)", re.IGNORECASE
)


def _set_against_the_tested_arm_bare(clause: str, arms: Role, told: str = "") -> tuple[str, str] | None:
    """A clause's subject and what it is set against, lowered, where the latter opens with a word of
    the tested arm's alone ("than citrate"), or its coded name ("than ZX-417", ``_coded_role``),
    which ``_two_arms_named`` takes for no arm as "than baseline" is none; None otherwise."""
    low = lowered(clause)
    sides = _sides(low)
    if sides is None or _LABELLED_ARM.search(clause):
        return None
    first = FIRST_WORD_AGAINST.match(low, sides[1][0])
    if first is None or INT not in (arms(first.group("word")), _coded_role(first.group("word"), arms, told)):
        return None
    return low[slice(*sides[0])], low[slice(*sides[1])]


# A drug's code, lowered: letters, then digits, with or without a hyphen ("zx-417", "abc123").
_CODED_NAME = compiled(r"\b[a-z]{1,5}-?\d{2,6}[a-z]?\b")


def _coded_role(word: str, arms: Role, told: str) -> str | None:
    """The role of a drug's code ("zx-417"), whose parts are too short to be an arm's name read word by
    word: the one role its parts share, where the methods (``told``) name the code whole, as an arm
    is named there ("randomized to fictolan or ZX-417"); None otherwise."""
    if not _CODED_NAME.fullmatch(word) or not told or _first_named({word}, told) is None:
        return None
    roles = {arms(part) for part in WORD.findall(word)}
    return roles.pop() if len(roles) == 1 else None


# What an arm named bare did to an outcome: "reduced", "may benefit".
_AGENT_CHANGED = (
    r"(?:reduced|decreased|lowered|increased|raised|improved|relieved|alleviated|eased|enhanced|"
    r"worsened|benefit(?:ed|s)?)\b"
)
# Words that follow a change verb where no object does: "improved significantly", "in both groups".
_NO_OBJECT = (
    r"(?:in|at|by|from|to|over|after|during|with|within|between|and|but|or|while|whereas|more|less|"
    r"only|both|than|significantly|\w+ly)"
)
# A clause opening with an arm as what brought its result about: "heparin caused ...", "patients
# receiving heparin had ..." or "... were more sedated", "heparin was associated with ..."; not an
# outcome's own change ("strength increased", strength an arm's name too).
_ARM_OPENS_AS_AGENT = compiled(
    # "only stretching improved range of motion": the comparator's alone, not the tested arm's
    rf"^\W*(?:only\s+)?(?:the\s+)?(?:(?P<people>{_PEOPLE_GIVEN})\s+(?:the\s+)?)?(?P<word>[a-z][a-z0-9]*)"
    r"(?(people)\s+(?:had|showed|reported|experienced|required|needed|were (?:\w+ly )?(?:more|less))\b|"
    r"(?:\s+(?:caused|led to|resulted in|produced|provided|yielded|induced|(?:was|were) associated with)\b|"
    # "quinine reduced cramp pain", "relaxation may benefit mood": what it acted on, named after the
    # verb (not "walking improved significantly" nor "strength increased in both groups", an outcome's
    # own change)
    rf"\s+(?:(?:also|\w+ly|may|might|could|can)\s+)?{_AGENT_CHANGED}(?=\s+(?!{_NO_OBJECT}\b)[a-z])))"
)


def comparator_opens(clause: str, arms: Role) -> bool:
    """Whether a clause opens with the comparator as what brought its result about, named by the
    title's or the aim's "X versus Y" and no control arm's words, and names no word of the tested
    arm ("heparin caused more bleeding", citrate compared with heparin): the comparator's result,
    which tells nothing sure of the tested arm's (the control-arm rules turn "placebo caused ..."
    round)."""
    low = lowered(clause)
    first = _ARM_OPENS_AS_AGENT.match(low)
    return (
        first is not None
        and arms(first.group("word")) == CMP
        and _not_a_control_arm(first.group("word"))
        # from the arm's word on: "treated" of "patients treated with heparin" names no arm
        and all(arms(word) != INT for word in WORD.findall(low, first.start("word")))
    )


# A clause opening with an arm that brought about no change: "calcium alone had no effect on BMD",
# "metformin did not significantly change HbA1c", "the control exercise failed to reduce pain".
_ARM_CHANGED_NOTHING = compiled(
    r"^\W*(?:but |and |while |whereas )?(?:the )?(?P<arm>[a-z][\w-]*(?: [a-z][\w-]*){0,2}?)\s+"
    r"(?:had|showed|produced|exerted) no (?:\w+ )?(?:effects?|influence|impact) (?:on|upon)\b|"
    r"^\W*(?:but |and |while |whereas )?(?:the )?(?P<agent>[a-z][\w-]*(?: [a-z][\w-]*){0,2}?)\s+"
    r"(?:did not|failed to) (?:\w+ly )?(?:change|affect|alter|influence|improve|reduce|lower|"
    r"decrease|increase|raise|relieve)\b"
)


def comparator_changed_nothing(clause: str, arms: Role, controls: frozenset[str]) -> str | None:
    """The comparator arm, as the clause names it, where the clause opens with it as what brought
    about no change ("calcium alone had no effect on BMD", "metformin did not change HbA1c", in
    trials of those against another treatment): that arm's own lack of change over time, no
    result of the tested arm against it. None where the clause names the tested arm, sets arms
    against each other, or opens with no comparator (``controls``: words the arms share, which name
    the comparator given alone, "calcium alone")."""
    low = lowered(clause)
    said = _ARM_CHANGED_NOTHING.match(low)
    if said is None or _set_against_in(low) or any(arms(word) == INT for word in WORD.findall(low)):
        return None
    name = said.group("arm") or said.group("agent")
    words = name.split()
    if any(arms(word) == CMP for word in words) or (
        words[0] in controls and words[-1] in _GIVEN_ALONE and len(words) == 2
    ):
        return name
    return None


def _short_named_only(words: set[str], arms: Role, told: str) -> set[str]:
    """The methods' (``told``) words of the tested arm, where a clause sets the comparator, named by
    its words, against the tested arm named by a short name alone ("than in the IV group", the
    methods' "intravenous fictolan (IV group)"): the words the methods name it by, for telling which
    of the two arms they name first. Empty where the clause names it by no word of its own."""
    if INT not in {arms(word) for word in words}:
        return set()
    return {word for word in WORD.findall(told) if arms(word) == INT and _ARM_NAME_WORD.fullmatch(word)}


def _not_a_control_arm(subject: str) -> bool:
    """Whether a subject the arms' roles call the comparator names it by no control arm's words
    ("the air group", the title's or the aim's Y): "higher in the placebo group" and "in the
    standard group" are turned round by the control-arm rules already."""
    return not _NAMES_A_CONTROL_ARM.search(subject) and not _CONTROL_WORDS & set(WORD.findall(subject))


@lru_cache(maxsize=256)
def _two_arms_named(clause: str) -> tuple[str, str] | None:
    """A clause's subject and what it is set against, lowered, where the latter is named as an arm
    ("than after landmark-guided injection"); None where it sets nothing against an arm, or its
    arms go by labels (``labelled_subject`` reads those), not only tags after their words (see
    ``_only_tagged_labels``). Cached: each outcome of a clause asks again."""
    clause = _TAGGED_LABEL.sub("", clause)
    low = lowered(clause)
    sides = _sides(low)
    if sides is None or _LABELLED_ARM.search(clause):
        return None
    # "than that in the saline group": the arm past the pronoun for the measure
    past_that = _THAT_OF.match(low, sides[1][0]).end()  # type: ignore[union-attr]  # matches the empty string
    if _AGAINST_AN_ARM.match(low, past_that) is None:
        return None
    subject, against = (low[slice(*side)] for side in sides)
    return subject, against


# What an arm's name adds to another's: "+A" of "SC+A", "plus fictolan" of "SC plus fictolan".
_ADDED_ON = compiled(r"\s*(?:\+|plus\b|with\b)\s*\w")


def comparator_set_against_its_addition(clause: str, arms: Role) -> bool:
    """Whether the clause's subject is the comparator arm, named by its words or short name alone,
    set against the arm given the same with a treatment added ("fatigue was lower in the SC group
    than in the SC+A group", the methods randomizing to standard care (SC) or SC plus fictolan):
    the added treatment's arm is the one tested, and the result told is the comparator's."""
    named = _two_arms_named(clause)
    if named is None:
        return False
    said, other = list(_SUBJECT_ARM.finditer(named[0])), _AGAINST_ARM.match(named[1])
    if not said or other is None:
        return False
    base, added = next(name for name in said[-1].groups() if name), other.group("a")
    return (
        added.startswith(base)
        and _ADDED_ON.match(added, len(base)) is not None
        and {arms(word) for word in WORD.findall(base)} == {CMP}
    )


def _named_first(subject: str, against: str, told: str) -> str | None:
    """Which of a clause's two arms, its subject's or the one it is set against, ``told`` names
    first ("subject", "against"); None where it names neither, or the subject names no arm."""
    said = list(_SUBJECT_ARM.finditer(subject))
    if not said or not told:
        return None
    named = _AGAINST_ARM.match(against)
    mine = set(_ARM_NAME_WORD.findall(next(name for name in said[-1].groups() if name)))
    theirs = set(_ARM_NAME_WORD.findall(named.group("a"))) if named else set()
    at_mine, at_theirs = (_first_named(words, told) for words in (mine - theirs, theirs - mine))
    if at_theirs is not None and (at_mine is None or at_theirs < at_mine):
        return "against"
    return "subject" if at_mine is not None else None


def _first_named(words: set[str], told: str) -> int | None:
    # the arm's word, or its adverb: the title's "oral", the methods' "given orally"
    at = [found.start() for word in words if (found := re.search(rf"\b{re.escape(word)}(?:ly)?\b", told))]
    return min(at) if at else None


def non_inferior_change(clause: str, own: list[DomainMatch]) -> tuple[str, str] | None:
    """What the tested arm did, in a non-inferiority statement: "drug A lowered BNP at least as
    much as drug B" lowered BNP (within the arm), besides being no worse than drug B."""
    said = _NON_INFERIOR.search(lowered(clause))
    if said is None:
        return None
    before = clause[: said.start()]
    reading = read_change(before, before, [replace(m, start=0, end=0) for m in own], None)
    return reading if reading and reading[0] in ("increased", "decreased") else None


# "pain improved similarly in both groups", "both groups improved equally": alike, but changed.
_ALIKE_IN_EVERY_ARM = compiled(
    r"\b(?:similarly|equally|comparably|to (?:a|the) (?:similar|same|comparable) (?:extent|degree))\s+"
    r"(?:in|across|among|for)\s+(?:both|all|each|the two|the three)\b|"
    r"\b(?:both|all|the two|the three) (?:groups|arms)\b[^;]{0,40}?\b(?:similarly|equally|comparably)\b|"
    # "achieved a similar reduction in cough as codeine": the change, named after the words
    rf"\ban? (?P<noun>similar|comparable) (?={_ALIKE_CHANGE_NOUN})"
)


def alike_change(clause: str, own: list[DomainMatch]) -> tuple[str, str] | None:
    """What every arm did, where the clause says they did it alike: "pain improved similarly in
    both groups" is no difference between the arms and an improvement within them, two findings."""
    said = _ALIKE_IN_EVERY_ARM.search(lowered(clause))
    if said is None or negates(clause[: said.start()]):
        return None
    told = clause if said.group("noun") else clause[: said.end()]
    reading = read_change(_ALIKE_WORDS.sub("", told), told, [replace(m, start=0, end=0) for m in own], None)
    return reading if reading and reading[0] in ("increased", "decreased") else None


_ALIKE_WORDS = compiled(
    r"\b(?:similarly|equally|comparably|to (?:a|the) (?:similar|same|comparable) (?:extent|degree)|"
    r"(?<=\ba )(?:similar|comparable)|(?<=\ban )(?:similar|comparable))\b",
    re.IGNORECASE,
)


def _own_statement(stated: str, clause: str, own: list[DomainMatch]) -> str:
    """The statement up to the p-value that follows the outcome's mention, when that much states a
    result: in "strength improved (p = 0.03) and endurance was unchanged (p = 0.4)" the lack of
    change is endurance's, and in "improved strength (p = 0.03) and showed a trend towards better
    balance" the trend is balance's. "Pain (p < 0.01) and fatigue (p = 0.02) fell" keeps it all."""
    at = clause.find(stated)
    if not own or not own[0].end or at < 0:
        return stated
    quoted = _P_QUOTED.search(lowered(stated), max(0, own[0].end - at))
    if quoted is None or quoted.end() == len(stated):
        return stated
    part = stated[: quoted.end()]
    return part if states_result(part) else stated


# "In patients with higher fatigue, reflexology reduced fatigue ...": the opening tells which
# people the result is of; its comparative is their state, not the result.
_PEOPLE_OPENING = compiled(
    r"^\W*(?:in|among|for) (?:the )?(?:subgroup of )?(?:[\w-]+ ){0,2}?(?:patients|participants|subjects|"
    r"people|persons|individuals|adults|women|men|children|those) (?:with|who (?:had|reported|were)) "
    r"[^,;()]{1,60},"
)


# "patients fell", "six patients (20%) in the massage group fell", "who fell": people falling, the
# falls counted, never a fall in a value ("pain fell").
_PEOPLE_FELL = compiled(
    r"\b(?:patients?|participants?|subjects?|people|persons?|individuals|residents|women|men|children|who)"
    r"(?:\s+\([^()]{1,30}\))?(?:\s+(?:in|among|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:group|arm)s?)?,?\s+"
    r"(?=fell\b)"
)


@lru_cache(maxsize=256)
def _without_the_people_named(low: str) -> str:
    """``low`` with an opening that names the people the result is of blanked out (same length),
    and the "fell" of people who fell, which tells no change. Cached: read_change asks it of the
    statement and of its clause, often the same text."""
    opening = _PEOPLE_OPENING.match(low)
    low = low if opening is None else " " * opening.end() + low[opening.end() :]
    if "fell" not in low:
        return low  # each match stands before a "fell": none to blank out
    for fell in _PEOPLE_FELL.finditer(low):
        low = low[: fell.end()] + "    " + low[fell.end() + 4 :]
    return low


def _without_definitions(low: str) -> str:
    """``low`` with the brackets that define a measure blanked out (same length): their change
    words say what the measure counts, not what happened to it."""
    return _DEFINING_BRACKET.sub(lambda m: " " * len(m.group()), low)


def _excepted_from_the_subject(low: str, outcome: DomainMatch) -> bool:
    """Whether the outcome is named by "except" within the clause's subject, before its verb: in
    "all outcomes except anxiety improved" the change is said of all but anxiety, while in "scores
    were unchanged, except for improved bowel function" the exception carries its own result."""
    exception = _EXCEPTED_IN_SUBJECT.search(low[: outcome.start])
    return (
        exception is not None
        and _EXCEPTED_IN_SUBJECT.search(low[exception.end() : outcome.start]) is None
        and not states_result(low[: exception.start()])
        and not _ENDS_A_LIST.search(low, exception.end(), outcome.start)
        and (_CHANGE.search(low, outcome.end) or _NO_DIFFERENCE.search(low, outcome.end)) is not None
        and not _NONE_OF_THEM.search(low)  # "apart from pain, no outcome improved": pain did
    )


# "except", and "outcomes other than anxiety improved": the outcome set apart from the subject
_EXCEPTED_IN_SUBJECT = Screened(r"\b(?:except(?: for)?|with the exception of|apart from|other than)\b")
_NONE_OTHER_THAN = compiled(r"\b(?:no|none)\b[^.;]{0,40}\bother than\s+(?:the\s+)?$")
_NONE_OF_THEM = compiled(r"\b(?:no|none|neither|nothing)\b")


def _apart_from_exception(stated: str, clause: str, own: list[DomainMatch]) -> tuple[str, str]:
    """The statement and clause cut at an exception: an outcome named after "except for" reads
    only what follows it, one named before reads only what precedes it ("scores were unchanged,
    except for improved bowel function": unchanged for the scores, improved for bowel function)."""
    exception = _EXCEPT.search(clause)
    if exception is None or not own or not own[0].end:
        return stated, clause
    after = own[0].start >= exception.end()
    part = clause[exception.end() :] if after else clause[: exception.start()]
    at = clause.find(stated)
    if at < 0:
        return part, part
    cut = stated[max(0, exception.end() - at) :] if after else stated[: max(0, exception.start() - at)]
    return (cut if states_result(cut) else part), part


# ", measured with the ABC scale, ": the instrument named as an aside, how the subject was measured.
_MEASURED_ASIDE = compiled(
    r"\W*(?:(?:as|when)\s+)?(?:measured|assessed|evaluated|rated|scored|quantified)\s+"
    r"(?:using|with|by|on|via)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}"
)


def _polarity(change_at: int, own: list[DomainMatch], stated: str) -> str:
    """The side of the outcome named last before the change word; but a trouble named as the
    subject, its instrument in an aside ("fear of falling, measured with the ABC scale,
    decreased"), is less or more of itself, whatever way the instrument is scored."""
    before = [m for m in own if m.start < change_at]
    if len(before) > 1 and before[-1].is_instrument and not before[-2].is_instrument:
        subject = before[-2]
        if subject.polarity == "lower_is_better" and _MEASURED_ASIDE.fullmatch(
            stated, subject.end, before[-1].start
        ):
            return subject.polarity
    return (before[-1] if before else own[0]).polarity


# "the increase in anxiety was smaller in the massage group": a change noun, then its size, smaller.
_SMALLER_CHANGE = compiled(
    rf"(?:{_NOUNS_DOWN}|{_NOUNS_UP}|{_NOUNS_GOOD}|{_NOUNS_BAD})\b[^;]{{0,60}}?\b(?:was|were)\s+"
    r"(?:(?:statistically\s+)?significantly\s+)?(?:smaller|less|lower)\b(?!\s+than\s+\d)"
)


_PACES = ("fast", "slow")
# A change made faster: "accelerated wound healing" (not "accelerated bone loss", no milestone).
_SPED_UP = frozenset(("accelerated", "hastened"))
# A milestone named as a time: "time to first flatus", "onset of sensory block", "sleep latency".
_NAMED_AS_A_TIME = compiled(r"\b(?:time|onset|latency|duration|delay)\b")
# A process reached or a milestone passed: "recovery", "the return of bowel function", "wounds
# healed", "pain relief was achieved".
_REACHED_WORDS = (
    r"\b(?:recover\w*|heal\w*|return\w*|resol\w*|restor\w*|regain\w*|resum\w*|achiev\w*|reached|"
    r"attained|onset)"
)
_REACHED = compiled(_REACHED_WORDS)
# "the return of bowel function": the process named just before what it is of.
_REACHED_OF = compiled(rf"{_REACHED_WORDS}\s+of\s+(?:the\s+)?$")


def _pace_has_a_side(own: list[DomainMatch], stated: str) -> bool:
    """Whether a pace is better or worse for the outcome it is said of: done faster, where doing
    it faster is better (walking: ``DomainMatch.faster_is_better``), or a milestone reached
    sooner, better or worse as its time is where the words name one ("onset of sensory block
    was faster": a shorter onset time), better where they name a good thing come ("recovery was
    faster": a shorter time to recovery). A pace of anything else says no side: "a faster heart
    rate", "pain returned sooner" (less time free of pain, or more pain?)."""
    outcome = own[0]
    if outcome.faster_is_better:
        return True
    if not outcome.end:
        return False
    if _NAMED_AS_A_TIME.search(outcome.measure.lower()):
        return outcome.polarity in POLARITIES
    # the process is the measure named ("wounds healed", "the return of bowel function"), not a
    # level that came back ("muscle strength recovered faster": a shorter time, not less strength)
    start = outcome.start
    reached = _REACHED.search(outcome.measure.lower()) or _REACHED_OF.search(
        stated, max(0, start - 24), start
    )
    return outcome.polarity == "higher_is_better" and reached is not None


def _turn(
    change: re.Match[str], stated: str, own: list[DomainMatch], *, of_comparator: bool = False
) -> tuple[str, str]:
    """A change word as (change, direction); raw rises and falls go through the polarity.
    ``stated`` is lowered, as ``change`` was found in it.

    A benefit said to be smaller ("less pain relief", "the reduction in pain was smaller",
    "improved less") is still a benefit, only less of it than the other arm's: unclear, never
    the outcome worsened; unless it is the comparator's (``of_comparator``), whose smaller benefit
    is the tested arm's greater one once the caller turns it round."""
    less_benefit = ("unclear", "unclear") if not of_comparator else None
    polarity = _polarity(change.start(), own, stated)
    smaller = (
        _SMALLER_CHANGE.match(stated, change.start()) is not None
        or _LESS_BEFORE.search(stated, max(0, change.start() - 8), change.start()) is not None
    )
    if change.lastgroup in _PACES and not own[0].faster_is_better:
        if not _pace_has_a_side(own, stated):
            return "unclear", "unclear"
        # a milestone reached faster: a shorter time to it, as trials report it ("time to return
        # of bowel function"), whether the words name the time or the process; a time named is
        # better short or long as the list says ("time to first analgesic request was delayed")
        moved = "decreased" if change.group("fast") else "increased"
        if _NAMED_AS_A_TIME.search(own[0].measure.lower()):
            return moved, _through_polarity(moved, own)
        return moved, "improved" if change.group("fast") else "worsened"
    if (
        change.group() in _SPED_UP
        and not own[0].faster_is_better
        and not _NAMED_AS_A_TIME.search(own[0].measure.lower())
        and _pace_has_a_side(own, stated)
    ):
        return "decreased", "improved"  # "accelerated wound healing": healed faster, as a pace reads
    if change.group("good") or change.group("bad") or change.lastgroup in _PACES:
        # "worsened less in the massage group": relatively, the better way
        better = change.group("good") is not None or change.group("fast") is not None
        sized_less = _BY_LESS.match(stated, change.end()) or _list_sized_than(stated, change.end())
        shrunk = smaller or bool(sized_less)
        if better and shrunk and change.group("good") is not None and less_benefit:
            return less_benefit
        return _good_or_bad(better != shrunk, polarity)
    moved = "decreased" if change.group("down") is not None else "increased"
    if _BY_LESS.match(stated, change.end()) or _list_sized_than(stated, change.end()) or smaller:
        if less_benefit and _through_polarity(moved, own, polarity) == "improved":
            return less_benefit  # "pain reduction was smaller": less relief, not more pain
        moved = _FLIPPED[moved]  # "increased less than with sham": a smaller rise, relatively a fall
    noun = _noun_sized(change, stated, own)
    if noun is None:
        direction = _through_polarity(moved, own, polarity)
        if (
            less_benefit
            and direction == "worsened"
            and change.group() in _COMPARATIVES
            and _names_a_benefit(own)
        ):
            return less_benefit  # "less pain relief than with sham": less of a benefit
        return moved, direction
    shrunk = moved == "decreased"  # "less relief", "smaller reductions", "fewer improvements"
    if noun.group("good") or noun.group("bad"):  # "greater improvement", "less benefit"
        if less_benefit and shrunk and noun.group("good"):
            return less_benefit
        return _good_or_bad((noun.group("good") is not None) != shrunk, polarity)
    said = "decreased" if noun.group("down") else "increased"  # "greater reductions"
    if less_benefit and shrunk and _through_polarity(said, own, polarity) == "improved":
        return less_benefit
    moved = said if not shrunk else _FLIPPED[said]
    return moved, _through_polarity(moved, own, polarity)


def _good_or_bad(good: bool, polarity: str) -> tuple[str, str]:
    """A change said to be better or worse for the patient as (change, direction)."""
    if polarity in POLARITIES:
        went_down = good == (polarity == "lower_is_better")
        return ("decreased" if went_down else "increased"), ("improved" if good else "worsened")
    return "unclear", "improved" if good else "worsened"


def _noun_sized(change: re.Match[str], stated: str, own: list[DomainMatch]) -> re.Match[str] | None:
    """The change noun a comparative sizes, after it ("greater reductions in pain") or before it
    ("pain attenuation was greater"); none where the noun is the measure counted ("fewer falls")."""
    if change.group() not in _COMPARATIVES:
        return None
    noun = _CHANGE_NOUN.match(stated, change.end()) or _CHANGE_NOUN_BEFORE.search(stated[: change.start()])
    return None if noun is None or _names_the_measure(noun, own) else noun


_BENEFIT_NOUN = compiled(rf"\b(?:{_NOUNS_GOOD})\b")


def _names_a_benefit(own: list[DomainMatch]) -> bool:
    """The measure is itself a benefit: "pain relief", whose smaller size is a smaller benefit."""
    return bool(own) and _BENEFIT_NOUN.search(own[0].measure.lower()) is not None


def _names_the_measure(noun: re.Match[str], own: list[DomainMatch]) -> bool:
    word = next(noun.group(kind) for kind in ("down", "up", "good", "bad") if noun.group(kind))
    return any(word in m.measure.lower().split() for m in own)


def _through_polarity(moved: str, own: list[DomainMatch], polarity: str | None = None) -> str:
    """'increased'/'decreased' as improved/worsened; not_applicable or unclear without a good side."""
    polarity = own[0].polarity if polarity is None else polarity
    if polarity == NO_GOOD_SIDE:
        return "not_applicable"
    if polarity not in POLARITIES:
        return "unclear"
    return "improved" if (moved == "decreased") == (polarity == "lower_is_better") else "worsened"


@lru_cache(maxsize=256)
def significant_p(p_value: str) -> bool:
    """False for 'p = 0.21' or 'p > 0.05'; True for 'p < 0.05', 'p = 0.003'."""
    match = _SIGNIFICANCE.search(p_value)
    if not match:
        return True
    operator, value = (
        match.group(1),
        float("".join(match.group(2).split()).replace("·", ".").replace(",", ".")),
    )
    if operator in ("<", "≤", "&lt;"):
        return value <= 0.05
    if operator in (">", "≥", "&gt;"):
        return False
    return value < 0.05


# "5.1 vs 4.9", "-18.4 vs -9.6": two values set side by side, which in a study of one arm are its
# before and after, and beside a sized change from baseline the arms' changes, set against no start.
_VALUES_VERSUS = compiled(r"(?P<before>\d[\d.,·]*\s*%?)\s*(?:vs\.?|versus)\s+(?=[-−]?\d)")
# "(pre 6.1 vs post 3.2)", "before: 6.1 versus after: 3.2": values labelled as one arm's before and
# after, set side by side, whatever the study's arms; read as said "before and after".
_BEFORE_VERSUS_AFTER = Screened(
    r"\b(?:pre(?:-?(?:treatment|intervention|test|operative))?|before|baseline)\s*[:=]?\s*"
    r"(?P<value>-?\d[\d.,·]*\s*%?(?:\s*(?:±|\+/-)\s*\d[\d.,·]*)?)\s*(?:vs\.?|versus)\s+"
    r"(?:post(?:-?(?:treatment|intervention|test|operative))?|after)\b"
)


@lru_cache(maxsize=256)
def _as_compared(low: str) -> str:
    """A lowered statement as ``comparison_of`` reads its comparison: without the test of the arms'
    difference it quotes, values labelled before and after said so (cached: read for each outcome
    of a statement)."""
    return _BEFORE_VERSUS_AFTER.sub(r"\g<value> before and after", _QUOTED_BETWEEN.sub("", low))


# "pain did not change in the wait-list group (6.2 vs 6.0, p = 0.55)", "in the control group, pain
# remained unchanged (...)": one arm named with its lack of change; its values are its own two times.
_ONE_ARM_NAMED = (
    r"(?:in|within|among) (?:the )?(?!(?:both|two|three|all|each|either)\b)"
    r"(?:[\w+-]+ ){1,4}?(?:group|arm|condition)\b"
)
_NO_DIFFERENCE_SAID = r"no (?:statistically )?(?:significant )?(?:differences?|changes?)\b"
# "but in the control group there was no significant difference", "whereas no differences were
# found in the control group": one arm's values over time, the clause setting that arm against
# nothing.
_ONE_ARM_SAW_NO_DIFFERENCE = compiled(
    r"^\W*(?:(?:but|while|whereas|and|however|although),?\s+)?(?:(?:in|within|among) (?:the )?"
    r"(?!(?:both|two|three|all|each|either)\b)[\w\s+-]{1,40}? (?:group|arm|condition)\s*,?\s*"
    rf"(?:there (?:was|were) )?{_NO_DIFFERENCE_SAID}|"
    rf"(?:there (?:was|were) )?{_NO_DIFFERENCE_SAID}"
    rf"(?: (?:was|were) (?:found|observed|seen|noted|detected|shown|recorded))? {_ONE_ARM_NAMED})"
    rf"(?![^.;]*\b(?:between|{COMPARED}|than|versus|vs|relative to)\b)"
)


_NO_CHANGE_SAID = (
    r"(?:(?:did|does|do) not (?:significantly )?change|(?:was|were|remained) (?:\w+ly )?unchanged|"
    r"remained (?:stable|constant))\b"
)
_AN_ARM_UNCHANGED = Screened(
    rf"(?:\b{_NO_CHANGE_SAID}\s+{_ONE_ARM_NAMED}|"
    rf"^\W*{_ONE_ARM_NAMED}\s*,?\s*(?:[\w-]+ ){{1,4}}?{_NO_CHANGE_SAID})"
    rf"(?![^.;]*\b(?:between|{COMPARED}|than|relative to)\b)"
)


# "in the control group, pain did not differ before and after the study", "no difference in the
# mean score of the control group before and after": one arm's two times alike, its own lack of
# change, not the arms'.
_TIMES_ALIKE_IN_AN_ARM = compiled(
    rf"\b(?:in|of|for|within) (?:the )?[\w-]+ (?:group|arm)\b"
    rf"(?:(?!\bbetween\b|\b{COMPARED}\b)[^.;])*?(?:{_BEFORE_AND_AFTER})"
)


def _only_the_arms_tested(low: str, change: str) -> bool:
    """Whether a lack of difference was read from the one test the clause quotes, and that test is
    the arms' ("from 14 to 9 with massage and from 14 to 11 with sham (between-group p = 0.06)"):
    the arms alike, not the tested arm unchanged over time. Not where that test is significant:
    "but not in the waitlist group (between-group p = 0.006)" is the other arm unchanged, and the
    arms differed."""
    if change != "no_difference" or _QUOTED_BETWEEN.search(low) is None:
        return False
    quoted = p_values(low)
    return (
        len(quoted) == 1
        and not significant_p(quoted[0])
        and not _NO_CHANGE_OVER_TIME.search(low)  # "pain did not change in the massage group": its own
    )


# A model's test of the arms beside its test of time: "group effect p = 0.52", "group x time
# interaction p = 0.47", "p = 0.52 for group", "p = 0.47 for the interaction". Screened by words
# chosen by hand: of those read from the pattern, "group" stands in most clauses.
_GROUP_TEST = Screened(
    r"\b(?:(?:main )?(?:group|treatment) effect|(?:(?:group|treatment)[- ]?(?:by|x|×)[- ]?time |"
    r"time[- ]?(?:by|x|×)[- ]?(?:group|treatment) )?interaction)(?: effect)?,?\s*"
    # "a significant group-by-time interaction (p = 0.007)": its p-value in brackets after it
    rf"(?:\(\s*)?(?P<p>\b{P_SIGN}{P_NUMBER})|"
    rf"(?P<p_before>\b{P_SIGN}{P_NUMBER})\s*,?\s*for (?:the )?(?:group|treatment|interaction)\b",
    words=("effect", "interaction", "for "),
)
_TIME_TEST = compiled(
    rf"\b(?:(?:main )?(?:effect of )?time(?: effect)?),?\s*\b{P_SIGN}{P_NUMBER}|"
    rf"\b{P_SIGN}{P_NUMBER}\s*,?\s*for (?:the )?time\b"
)


def _time_and_group_tested(low: str) -> bool:
    """Whether a lowered clause quotes a model's test of time and its test of the arms apart: the
    change is then over time, and the arms' difference is the group test's (``group_test``)."""
    return bool(_TIME_TEST.search(low)) and group_test(low) is not None


def group_test(clause: str) -> str | None:
    """The p-value of a model's test of the arms ("group effect p = 0.52", "p = 0.47 for the
    interaction"), as written; None where the clause quotes none."""
    said = _GROUP_TEST.search(lowered(clause))
    if said is None:
        return None
    at = said.span("p") if said.group("p") else said.span("p_before")
    return clause[slice(*at)]


@lru_cache(maxsize=256)
def comparison_of(
    clause: str, sentence: str, facts: StudyFacts, change: str, arms: Role | None = None
) -> str:
    """Between groups or within a group, as the statement (else its sentence) says; ``arms`` say
    which arm a word names (cached: the outcomes of one clause ask it again of the same words).

    "Improvements were similar in both groups" compares the groups: a no-difference worded as a
    likeness is between them, whatever else the clause names, where the study has groups; in a
    study of one arm, "scores did not differ between pre- and post-intervention" is over time.
    """
    low = _pace_as_size(lowered(clause))
    # in a study of one arm, "5.1 vs 4.9 (p = 0.62)" is its values before and after, not two arms'
    # (read only for a lack of difference: the likeness says nothing of another result)
    alike = (
        change == "no_difference"
        and not facts.one_arm
        and (_ALIKE.search(low) or _numbers_alike(low) or _EACH_ARMS_CHANGE_NOT_DIFFERENT.search(low))
        and not _SPAN_OF_TIME.search(low)
        and not _TIMES_RESPECTIVELY.search(low)  # "before and after ... was 5.2 and 5.0": times, not arms
        and not _ONE_ARM_SAW_NO_DIFFERENCE.match(low)
        and not _AN_ARM_UNCHANGED.search(low)
        and not _TIMES_ALIKE_IN_AN_ARM.search(low)
    )
    if change in ("increased", "decreased") and _EVERY_ARM.search(low) and _time_and_group_tested(low):
        return "within_group"  # "fell in both groups (time p < 0.001; group p = 0.52)": over time
    if alike or _arms_differ(low) or _only_the_arms_tested(low, change):
        return "between_groups"
    if _HELD_BACK_FROM_AN_ARM.search(low):
        return "between_groups"  # "prevented the rise in anxiety seen in the usual care group": against it
    if change in ("increased", "decreased") and _arms_test_named(low):
        return "between_groups"  # "the Mann-Whitney U test showed lower pain in the massage group"
    for text in (clause, _up_to_a_lack_of_difference(sentence, clause, change)):
        if text is not clause and facts.design in _POOLED_DESIGNS and interval_reading(clause):
            # "pain was lower after massage (MD ...), but there was no effect on spasticity (SMD
            # ...)": the clause's own pooled estimate, not the words of the one before it
            return "between_groups"
        words = _as_compared(_pace_as_size(lowered(text)))
        # one arm's values, before and after: in a study of one arm, or where one arm is said unchanged
        own_values = facts.one_arm or (change == "no_difference" and _AN_ARM_UNCHANGED.search(words))
        said = _stated_comparison(
            _VALUES_VERSUS.sub(r"\g<before> to ", words) if own_values else words, facts.one_arm
        )
        if said == "within_group" and text is clause and _estimate_against_control(clause, facts):
            # "improved survival in the drug group (HR = 0.41, 95% CI ...)": against control
            return "between_groups"
        if said:
            return said
        if text is clause and change == "no_difference" and _goes_on_against_an_arm(sentence, clause, arms):
            return "between_groups"  # "compared with sham, ..., but did not change the EDSS"
        if (
            text is clause
            and change == "no_difference"
            and facts.design not in _POOLED_DESIGNS  # a review's "no significant change": its pooled result
            and _NO_CHANGE_OVER_TIME.search(lowered(clause))
        ):
            return "within_group"  # "no significant changes in X during the study": over time
        if text is clause and arms is not None and compared_with_an_arm(clause, change, arms):
            return "between_groups"
        if (
            text is clause
            and arms is not None
            and _after_the_treatment(clause, arms)
            and not _RATIO_ESTIMATE.search(clause)  # "less likely after the drug (OR 0.52)": the arms'
        ):
            if is_controlled(facts) and (_LEVEL_AFTER.search(low) or _CHANGED_MORE_AFTER.search(low)):
                return "between_groups"  # "complications were lower after coffee": than after tea
            return "within_group"  # "fatigue fell after reflexology": a change over the treatment
        if text is clause and arms is not None and _after_the_comparator_alone(clause, arms):
            return "within_group"  # "..., but not after rest": the comparator's own (lack of) change
    test = _TEST_NAMED.search(lowered(sentence))
    if test and (test.group("between") or facts.design != "crossover trial"):
        return "between_groups" if test.group("between") else "within_group"
    controlled = is_controlled(facts)
    if facts.one_arm or facts.design in _ONE_ARM_DESIGNS:
        return "within_group"  # one arm only: any change is a change over time
    if facts.design in REVIEWS or (facts.design in _POOLED_DESIGNS and interval_reading(clause)):
        return "between_groups"  # a pooled result: intervention against control
    if controlled and (interval_reading(clause) or _RATIO.search(clause)):
        return "between_groups"  # an effect estimate (OR, HR, a mean difference) compares the arms
    if _RATIO_ESTIMATE.search(clause):
        return "between_groups"  # "fewer falls in the treated cohort (IRR 0.81)": a cohort's two groups
    if controlled and _ADDED_TO.match(lowered(sentence)):
        return "between_groups"  # "adding massage to rehabilitation reduced pain": against it alone
    if controlled and arms is not None and _benefit_of_the_tested_arm(low, arms):
        return "between_groups"  # "benefits of massage were found for sleep": over what control gave
    if controlled and arms is not None and tested_arm_acts(clause, sentence, arms):
        return "between_groups"  # "zorbatide caused more nausea": against the arm not given it
    if controlled and relative_change(clause) and _P_QUOTED.search(lowered(clause)):
        return "between_groups"  # "the incidence of falls was reduced by 24% (p = 0.02)": against control
    if controlled and arms is not None and _effect_sized_unattributed(clause, sentence, arms):
        return "between_groups"  # "LDL was reduced by 7.4% (p = 0.04)": the treatment's effect over control
    if controlled and change in ("increased", "decreased") and _CHANGE_HELD_BACK.search(low):
        return "between_groups"  # "exercise slowed the decline in grip strength": against what control saw
    if controlled and _GREATER_CHANGE.search(low):
        return "between_groups"  # "massage produced greater gains in balance": than the other arm's
    if controlled and _level_ranked(low):
        return "between_groups"  # "anxiety was significantly lower (p = 0.01)": than the other arm's
    if controlled and change == "no_difference":
        return "between_groups"  # "X did not improve survival" in a controlled trial: against control
    return "unclear"


# "was reduced by 7.4%", "decreased by 6 mmHg", "the reduction in LDL was 0.4 mmol/L": a change
# given its size.
_CHANGE_SIZED_BY = compiled(
    r"\b(?:reduc|decreas|increas|lower|rais|improv|declin)\w*\s+(?:(?:significantly|statistically|markedly)\s+)*"
    r"by\s+(?:a (?:mean|median|an average) of\s+|about\s+|approximately\s+)?-?\d|"
    r"^\W*(?:the\s+)?(?:(?:mean|median|average)\s+)?(?:reduction|decrease|increase|improvement|fall|rise)\s+in\s+"
    r"[^.;,()]{1,60}?\s+(?:was|were)\s+(?:a (?:mean|median) of\s+|about\s+|approximately\s+)?-?\d"
)
# What ties a change to an arm or a time: its group, each arm, a span or point of the trial, or
# whoever it was "in the", "among" or "with" ("among drug users", "with atorvastatin"); not the
# study it was in ("in the lipid substudy"), nor "by" its size.
_ARM_OR_TIME_WORDS = compiled(
    r"\b(?:groups?|arms?|both|each|either|respectively|baseline|before|after|following|during|over|"
    r"pre|post|weeks?|months?|days?|years?|hours?|sessions?|visits?|follow-?up|end|"
    r"with|among|for|on|under|receiving|given|treated|taking|users?|patients|participants|subjects|"
    r"in the(?! (?:[\w-]+ )?(?:study|substudy|trial|analysis|population|cohort)\b))\b"
)


def _effect_sized_unattributed(clause: str, sentence: str, arms: Role) -> bool:
    """Whether a controlled trial's clause sizes a change and tests it ("LDL was reduced by 7.4%
    (p = 0.04)") while its sentence names no arm and no time: a trial reports so the treatment's
    effect over the comparator's, not one arm's change from its start, which it ties to the arm
    or the time it was measured over."""
    low = lowered(clause)
    if not (_CHANGE_SIZED_BY.search(low) and _P_QUOTED.search(low)):
        return False
    words = re.sub(r"\([^()]*\)", " ", lowered(sentence))  # not "(95% CI ...; p = 0.04)"
    return not _ARM_OR_TIME_WORDS.search(words) and not {arms(w) for w in WORD.findall(words)} & {INT, CMP}


# "Adding massage to rehabilitation", "the addition of reflexology to usual care": an add-on trial's
# treatment, whose effect is over what every arm had.
_ADDED_TO = compiled(r"^\W*(?:adding|the addition of)\s[^.;,]{1,60}?\s(?:to|on top of)\s")
# "greater gains in balance", "a larger reduction in pain": a change set, by its size, against
# another's, which in a controlled trial is the other arm's.
_GREATER_CHANGE = compiled(
    r"\b(?:greater|larger|bigger|smaller)\s+(?:(?:mean|overall|clinical|clinically|meaningful)\s+)?"
    r"(?:improvements?|reductions?|gains?|decreases?|increases?|declines?|benefits?)\b"
)
# "anxiety was significantly lower", "fewer falls were recorded", "zorbatide caused more nausea",
# "6.2 more minutes of activity": a level ranked above or below another, not a change sized ("fell
# more": ``_BY_MORE``).
_LEVEL_RANKED = Screened(
    r"\b(?:was|were|is|are|remained|maintained|caused|produced|induced|had|showed|reported|experienced)\s+"
    r"(?:(?:statistically|significantly|markedly|much|far|also|even)\s+)*"
    r"(?:higher|lower|greater|larger|smaller|less|more|fewer|better|worse|shorter|longer)\b"
    # not "lower in the first week", "higher with paracetamol": a level ranked by when, or by what
    # went with it, which an arm ranked by its name is read for before this
    r"(?!(?:\s+[\w-]+){0,2}?\s+(?:in|for|with|among|under|after|following|during|at|on|over|"
    r"throughout|within)\b)|"
    r"^\W*(?:(?:statistically|significantly)\s+)*(?:fewer|more|less)\s+(?!than\b)[\w-]+|"
    # "accumulated 6.2 more minutes of activity": the size of one arm's lead over the other
    r"(?<![\w.])\d+(?:\.\d+)?\s*%?\s+(?:more|fewer)\s+(?!than\b)[a-z]"
)
# "They also had more fatigue": an arm named by the sentence before, which may be the comparator.
_PRONOUN_SUBJECT = compiled(
    r"^\W*(?:(?:and|but|while|whereas) )?(?:they|these|those|the (?:former|latter))\b"
)


# "the stay was significantly shorter after chewing gum": a level ranked, said of the treatment that
# came before it, not a change over it ("pain fell after massage"); "fatigue was lower during the
# cooling phase": so too a crossover's period of the treatment, set against the other's.
_LEVEL_AFTER = compiled(
    r"\b(?:was|were|is|are)\s+(?:(?:statistically|significantly|markedly|much|far|also)\s+)*"
    r"(?:higher|lower|greater|larger|smaller|less|more|fewer|better|worse|shorter|longer)\s+"
    r"(?:after|following|during)\b"
)

# "range increased by 6 degrees more after myofascial release", "pain fell less after rest": a
# change sized against the other arm's, the arm named by what came before it.
_CHANGED_MORE_AFTER = compiled(
    r"\b(?:increased|decreased|improved|reduced|rose|fell|declined|dropped)\s+"
    r"(?:by\s+)?(?:-?\d+(?:[.·]\d+)?\s*(?:[a-z%°]+\s+){0,2})?(?:significantly\s+)?(?:more|less)\s+"
    r"(?:after|following|during)\b"
)


def _level_ranked(low: str) -> bool:
    """Whether the clause ranks a level with nothing it is set against, over time or between arms
    ("anxiety was significantly lower (p = 0.01)"), nor every arm named ("lower in both groups"),
    nor an arm the sentence before named ("they had more fatigue"): in a controlled trial, lower
    than in the other arm. A level set against a start, or said after the treatment, is read
    before this (within the arm)."""
    return (
        bool(_LEVEL_RANKED.search(low))
        and not _set_against_in(low)
        and not _ALL_ARMS.search(low)
        and not _PRONOUN_SUBJECT.match(low)
    )


# "Significant benefits of massage were found for sleep", "a benefit of the intervention on pain".
_BENEFIT_OF = compiled(r"\bbenefits? of (?:the )?(?P<arm>[\w+-]+)")


# "zorbatide reduced pain", "the addition of X shortened the stay": the treatment as the doer of a
# change, which in a controlled trial is what it did beyond what the other arm got.
_ACTED = (
    r"(?:reduced|decreased|increased|improved|lowered|raised|elevated|enhanced|shortened|prolonged|delayed|"
    r"accelerated|hastened|"
    r"attenuated|alleviated|relieved|ameliorated|prevented|worsened|caused|produced|induced|"
    r"resulted in|led to|yielded|gave|provided|"
    # "massage had a significant positive effect on mood": the treatment as the doer too
    r"(?:had|has|have|showed|exerted) (?:an? )?(?:[\w-]+ ){0,2}?"
    r"(?:positive|beneficial|favou?rable) effects?|"
    # "reflexology was effective in reducing fatigue": so too (not "more effective than")
    r"(?:was|were|is|are|proved(?: to be)?) (?:(?:significantly|highly|very) )?effective (?:in|at|for))\b"
)
# The subject of a clause as an arm, up to three words, after an opening phrase ("at week 8, ...")
# or a joining word: "zorbatide", "the addition of zorbatide", "zorbatide-treated patients",
# "patients on zorbatide"; then the change it made, or a comparative its people had ("had fewer
# headaches"), nothing set against it.
_ARM_AS_SUBJECT = compiled(
    r"^\W*(?:(?:and|but|while|whereas) )?(?:[^,;()]{1,40},\s*)?"
    # "the results showed that X reduced pain": the study's report of what X did
    r"(?:(?:the )?(?:results?|findings?|data|analys[ie]s) "
    r"(?:showed|indicated|revealed|demonstrated) (?:that )?)?"
    r"(?:the )?(?:(?:use|addition|administration|combination|introduction) of (?:the )?|"
    rf"{_ARM_PEOPLE} (?:on|receiving|given|treated with|taking|who received) (?:the )?)?"
    r"(?P<arm>(?:[\w+-]+ ){0,2}?[\w+-]+)\s+(?:(?:also|further|(?!only)\w+ly)\s+)*"
    rf"(?:(?P<acted>{_ACTED})|{_ARM_HAD}{_NO_THAN}{_COMPARATIVE})"
)
_PEOPLE_OR_GROUP = frozenset(
    ("patients", "participants", "subjects", "recipients", "group", "groups", "arm", "arms")
)


def tested_arm_acts(clause: str, sentence: str, arms: Role) -> bool:
    """Whether the clause's subject is the tested treatment doing the change ("zorbatide caused
    more nausea", "zorbatide significantly reduced pain") or its people having more or less
    ("patients on zorbatide had fewer headaches"), where the sentence names no comparator: the
    other arm, named only in the methods, is what it is set against. Not the arm's people changing
    ("zorbatide patients improved"): a change of their own, over time."""
    said = _ARM_AS_SUBJECT.match(lowered(clause))
    if said is None:
        return False
    words = WORD.findall(said.group("arm"))
    if (said.group("acted") and _PEOPLE_OR_GROUP.intersection(words)) or "only" in words:
        return False  # "X patients improved", "only X reduced pain": a change of one arm's own
    roles = {arms(word) for word in words}
    return INT in roles and CMP not in roles and CMP not in {arms(w) for w in WORD.findall(lowered(sentence))}


def _benefit_of_the_tested_arm(low: str, arms: Role) -> bool:
    """Whether the clause speaks of a benefit of the tested arm: in a controlled trial, what it
    gave beyond what the comparator gave."""
    return any(arms(said.group("arm")) == "INT" for said in _BENEFIT_OF.finditer(low))


def _estimate_against_control(clause: str, facts: StudyFacts) -> bool:
    """Whether a clause whose words speak of one arm or of a time quotes an estimate of the arms'
    difference: a ratio with its interval ("in the drug group (HR = 0.41, 95% CI ...)"), or in
    a review an interval pooled from trials ("lower after massage (MD -3.1, 95% CI -5.2 to
    -1.0)"), unless it is pooled from baseline."""
    if not interval_reading(clause):
        return False
    if _RATIO_ESTIMATE.search(clause):
        return True
    return facts.design in REVIEWS and pooled_against_comparators(clause)


def pooled_against_comparators(clause: str) -> bool:
    """Whether a review's clause quotes an estimate with its interval ("improved memory (g = 0.31,
    95% CI 0.12 to 0.50)", whatever its sign says) not pooled from baseline: the trials' treatment
    set against their comparators, never one arm's change over time."""
    return names_an_interval(clause) and not _AGAINST_BASELINE.found_in(lowered(clause))


# "... but did not change the EDSS", "and had no effect on pain", "but not in depression": a clause
# that goes on with the sentence's subject and its denied change.
_GOES_ON_DENIED = compiled(
    r"^\W*(?:(?:but|and|yet)\s+)?(?:(?:did|does|do)\s+not|(?:had|has)\s+no|not\s+(?:in|for|on)\b)\b"
)


def _goes_on_against_an_arm(sentence: str, clause: str, arms: Role | None = None) -> bool:
    """Whether the clause goes on with a sentence that opens by setting its subject against an arm:
    in "compared with sham, reflexology reduced fatigue but did not change the EDSS" (or "..., but
    not in depression") the EDSS did not change against sham either; not where the clause names an
    arm ("..., but not in the sham group": that arm's own lack of change)."""
    opening = _OPENING_SET_AGAINST.match(lowered(sentence))
    at = sentence.find(clause)
    low = lowered(clause)
    named = arms is not None and any(arms(word) for word in WORD.findall(low))
    return opening is not None and at >= opening.end() and bool(_GOES_ON_DENIED.match(low)) and not named


def _up_to_a_lack_of_difference(sentence: str, clause: str, change: str) -> str:
    """The sentence as far as it speaks for a change in ``clause``: not another subject's statement
    after it ("fatigue fell and pain fell more with massage than with usual care"), nor the clauses
    after it that say the arms did not differ ("fatigue improved (p = 0.01), but the difference
    between groups did not reach significance"), whose comparison is theirs; the change before them
    is the tested arm's over time."""
    at = sentence.find(clause)
    if at >= 0 and opens_another_subject(sentence[at + len(clause) :]):
        return sentence[: at + len(clause)]  # "fatigue fell | and pain fell more than with usual care"
    if change == "no_difference" or at < 0:
        return sentence
    rest = lowered(sentence[at + len(clause) :])
    if (significance_said(rest) == _SAID_NOT_SIGNIFICANT or _no_difference_in(rest)) and (
        _stated_comparison(_QUOTED_BETWEEN.sub("", rest)) == "between_groups"
    ):
        return sentence[: at + len(clause)]
    return sentence  # "..., but to a similar extent in both groups": the change in each arm


# "lower for drug X", "more with massage": a comparative, then the arm it holds for, no "than".
# "in heparin-treated patients": the arm by its treatment, as "in the heparin group".
_TREATED = Screened(rf"-{_TREATED_HOW}\b|\b{_TREATED_HOW}(?=\s+with\b)")


def _arm_held(said: re.Match[str]) -> str:
    """The arm a comparative of ``_COMPARATIVE_FOR`` holds for, by its treatment's word: "heparin"
    of "more frequent in heparin-treated patients"."""
    return _TREATED.sub("", said.group("arm"))


_COMPARATIVE_FOR = compiled(
    rf"{_COMPARATIVE}{_NO_THAN}\b(?:with|for|in|among|on|under|receiving) (?:the )?"
    # "lower in children receiving dexamethasone": the arm by what its people were given
    rf"(?:{_PEOPLE_GIVEN}\s+(?:the\s+)?)?(?P<arm>[\w+-]+)"
)

# The words of an arm named before "group" ("in the iron tablet group"), the first one read.
_ARM_WORDS = compiled(r"[\w+-]+(?: [\w+-]+){0,3}?(?= (?:group|arm)s?\b)")
_NO_ARM_WORDS = frozenset({"the", "a", "an", "of", "and", "with", "mg", "dose"})
# Where the methods allocate their first arm: "randomized; 20 to zinc lozenges and 20 to iron tablets".
_FIRST_ALLOCATED = Screened(
    r"\b(?:randomi[sz]ed|allocated|assigned)\b[^.]{0,60}?\bto (?P<first>[^.;,]{2,80}?)"
    r"(?=\s+(?:and|or|versus|vs)\b|[.;,])"
)


def held_by_a_later_arm(clause: str, arms: Role, told: str) -> bool:
    """Whether a comparative holds for an arm of no told role, nothing set against it, that the
    methods allocate after another, sharing no word with the first ("pain was higher in the iron
    tablet group" where they randomized "20 to zinc lozenges and 20 to iron tablets"): as for two
    arms set one against the other
    (``arms_untold``), which was tested the abstract does not tell, and the arm named second is
    not taken for it."""
    low = lowered(clause)
    allocated = _FIRST_ALLOCATED.search(told)
    if allocated is None or _set_against_in(low) or _control_arm_compared(low):
        return False
    # "the overground group showed greater improvement": the arm as the subject that had more, so too
    subject = _ARM_SUBJECT_HAD.match(low)
    for said in ([subject] if subject else []) + list(_COMPARATIVE_FOR.finditer(low)):
        if arms(said.group("arm")) is not None:
            return False
        named = _ARM_WORDS.match(low, said.start("arm"))
        words = set(WORD.findall(named.group() if named else said.group("arm"))) - _NO_ARM_WORDS
        at = _first_named(words, told[allocated.start("first") :])
        return at is not None and not words & set(WORD.findall(allocated.group("first")))
    return False


# "fell more with hand massage", "lower with foot reflexology": the tested arm's treatment named with
# a word before it, which the arm's own words may not hold.
_COMPARATIVE_FOR_QUALIFIED = compiled(
    rf"{_COMPARATIVE}{_NO_THAN}\b(?:with|for|receiving) (?:the )?[\w+-]+ (?P<arm>[\w+-]+)"
)


@lru_cache(maxsize=256)
def _numbers_alike(low: str) -> bool:
    """A number for each arm, where a result says they did not differ: "88% (group A) and 85%
    (group B) (p = 0.41)" compares the arms. Not where the arms each changed ("fell in both
    groups, by 3.0 (p = 0.4) and 10.8 (p = 0.36), respectively"): those are their own changes.
    Cached: each outcome of a clause asks again."""
    return bool(_PER_ARM.search(low)) and not _ALL_ARMS.search(low)


def _numbers_estimated(low: str) -> bool:
    """A number for each arm and an interval for their difference: "-0.04 with the spray and +0.81
    with placebo (difference -0.84; 95% CI -1.29 to -0.40)" compares the arms, however it names
    the comparator's."""
    return bool(_PER_ARM.search(low)) and interval_reading(low) is not None


_ARM_CHANGED_MORE = compiled(
    rf"\bthe (?P<arm>(?:[\w+-]+ ){{1,3}}?)(?:group|arm)s? {_ARM_CHANGED}{_NO_THAN}{_COMPARATIVE}"
)


# A comparative that says "the most of all the arms": "lowest in the acupuncture group".
_SUPERLATIVE = compiled(r"\w+est\b")
# What follows an arm named as such: "in the relaxation group", not "in pain".
_GROUP_NAMED = compiled(r"(?:\s+[\w+-]+){0,2}?\s+(?:group|arm)s?\b")


_BRACKETS = compiled(BRACKETED)
# "Ropivacaine-treated women had less shivering", "the ropivacaine group required less ephedrine",
# "women in the ropivacaine group were less likely to ...":
# the arm the clause opens with, by its treatment's word, then what its people had, compared,
# nothing set against it ("patients given ropivacaine had ..." is ``comparator_opens``'s).
_ARM_SUBJECT_HAD = compiled(
    rf"^\W*(?:{_PEOPLE_OF_AN_ARM} in )?(?:the )?(?P<arm>[\w+-]+(?: [\w+-]+(?= (?:group|arm)s?\b))?)"
    r"(?: (?:group|arm)s?)?"
    # "the quinine group's pain scores were lower": what its people had, named as the arm's own
    rf"(?:['’]s{_ITS_MEASURE_WAS}{_NO_THAN}{_COMPARATIVE}|(?: {_PEOPLE_OF_AN_ARM})? "
    rf"(?:\w+ly )?(?:{_ARM_HAD}{_NO_THAN}{_COMPARATIVE}|{_ARM_WALKED}|"
    r"(?:was|were) (?:\w+ly )?(?:more|less) likely\b))"
)

# "With ropivacaine, shivering was less frequent", "among ropivacaine recipients, ...": the arm
# named in an opening phrase, then a comparative it holds for, nothing set against it.
_ARM_OPENS_THE_COMPARATIVE = compiled(
    rf"^\W*(?:with|among) (?:the )?(?P<arm>[\w+-]+)(?: (?:group|arm)s?)?(?: {_PEOPLE_OF_AN_ARM})?\s*,"
    rf"{_NO_THAN}{_COMPARATIVE}"
)


def _phrase_role(arm: str, arms: Role) -> str | None:
    """The role of an arm named by a word or two ("the conventional walking group"): the one role
    its words share; None where they name none, or both arms."""
    if " " not in arm:
        return arms(arm)
    roles = {arms(word) for word in WORD.findall(arm)} - {None}
    return roles.pop() if len(roles) == 1 else None


def held_by_an_arm(clause: str, comparators: frozenset[str], arms: Role) -> str | None:
    """How a comparative or superlative that one arm holds, with nothing said to be set against
    it, stands for the tested arm: "most" where the arm is this study's own comparator and the
    word a superlative ("pain was lowest in the acupuncture group": the tested arm had more),
    "more" where a comparative ("lower in the relaxation group", which may set it against a third
    arm), "subject" where the arm is the subject that had more or less ("the relaxation group had
    less pain", "with relaxation, pain was lower"), "unknown" where a superlative holds for an
    arm the abstract does not tell ("lowest in the high-dose group"). None where it holds for
    the tested arm, for a control arm (whose reading ``read_change`` turns round), for an arm by
    its label (``labelled_subject``), or for no arm."""
    low = lowered(clause)
    # "(10% vs 25%, p = 0.01)": each arm's number, bracketed, sets no arm against it
    if _set_against_in(_BRACKETS.sub("", low)) or _control_arm_compared(low):
        return None
    subject = _ARM_SUBJECT_HAD.match(low) or (
        # "among placebo recipients, ...": the control arm's own, read within it
        _ARM_OPENS_THE_COMPARATIVE.match(low) if _comparator_subject(low) is None else None
    )
    if subject is not None:
        role = _phrase_role(_arm_held(subject), arms)
        if role is not None:
            return None if role == INT else "subject"
    opening = _arm_opens_a_frequency(low)
    if opening is not None:  # "In the dorvamide arm, headache was more common (p = 0.01)"
        role = _phrase_role(opening.group("arm"), arms)
        if role is None:
            return "unknown"  # which arm was tested, the words do not tell
        return None if role == INT else "subject"
    for said in _COMPARATIVE_FOR.finditer(low):
        arm = _arm_held(said)
        role = arms(arm) or _group_named_role(low, said, comparators, arms)
        if arm_named(low[said.start() : said.start("arm")], arms) == INT:
            return None  # "more when massage was combined with stretching": the tested arm's, with more
        most = _SUPERLATIVE.match(said.group()) is not None
        if role != INT and (arm in comparators or role == CMP):
            return "most" if most else "more"
        if role is None and most and arm not in ("group", "arm") and _GROUP_NAMED.match(low, said.end()):
            return "unknown"
        if role is not None:
            return None
    for said in _COMPARATIVE_AFTER.finditer(low):
        if arms(said.group("arm")) == CMP:
            return "more"  # "delirium was less frequent after general anaesthesia", spinal tested
    return None


# "less frequent after general anaesthesia": the arm by what was done before the result was seen;
# "reported more often by the ondansetron group": by who reported it (read for a comparator alone:
# "lower after massage" is the tested arm's own change).
_COMPARATIVE_AFTER = compiled(rf"{_COMPARATIVE}{_NO_THAN}\b(?:after|following|by) (?:the )?(?P<arm>[\w+-]+)")


# The words of an arm named before "group", dashes within them kept: "in the therapist-led
# weaning group", "in the physiotherapy–driven group".
_GROUP_WORDS = compiled(r"[\w+–-]+(?: [\w+–-]+){0,3}?(?= (?:group|arm)s?\b)")


def _group_named_role(low: str, said: re.Match[str], comparators: frozenset[str], arms: Role) -> str | None:
    """The role of an arm a comparative holds for, named by several words before "group" of
    which the first names no arm ("shorter in the therapist-led weaning group" where the title
    set automated weaning against therapist-led weaning): CMP where its words name the comparator
    only, by the arms' roles or as one of this study's comparators; INT where they name the tested
    arm only; else None."""
    named = _GROUP_WORDS.match(low, said.start("arm"))
    if named is None:
        return None
    words = set(WORD.findall(named.group())) - _NO_ARM_WORDS
    roles = {arms(word) for word in words} | ({CMP} if words & comparators else set())
    roles.discard(None)
    return roles.pop() if len(roles) == 1 else None


def compared_with_an_arm(clause: str, change: str, arms: Role) -> bool:
    """Whether a comparative is said of the tested arm, named by its treatment: "incidence was
    lower for belatacept" is lower than with the other arm; or of the control arm, "higher with
    placebo", whose reading ``read_change`` turns round, or of the comparator by its name ("higher
    with vortazine" in a trial against it), whose reading ``held_by_an_arm`` turns round. Or
    whether the change is given as each arm's value beside one p-value, the arms in the order the
    change says: "was reduced (drug 9.5%; placebo 17.9%; p = 0.01)"."""
    low = lowered(clause)
    return bool(
        _control_arm_compared(low)
        or any(
            arms(_TREATED.sub("", said.group("arm"))) in (INT, CMP) for said in _COMPARATIVE_FOR.finditer(low)
        )
        or any(arms(said.group("arm")) == INT for said in _COMPARATIVE_FOR_QUALIFIED.finditer(low))
        or any(_the_tested_arm(said.group("arm"), arms) for said in _ARM_CHANGED_MORE.finditer(low))
        or _values_side_by_side(low, change, arms)
    )


# "decreased in the massage and sham groups (p = 0.001 and p = 0.40, respectively)": each arm named,
# then each one's own p-value, in turn.
_ARMS_OWN_P = Screened(
    r"\bin (?:both )?(?:the )?(?P<a>[\w+-]+(?: [\w+-]+)?) and (?:the )?(?P<b>[\w+-]+(?: [\w+-]+)?) "
    r"(?:groups|arms)\s*,?\s*\(\s*(?P<pa>p\s*(?:[<>=≤≥]|&lt;|&gt;)\s*[01]?\.\d+)\s*(?:,|;|and)\s*"
    r"(?:p\s*)?(?P<pb>(?:(?:[<>=≤≥]|&lt;|&gt;)\s*)?[01]?\.\d+)\s*,?\s*respectively\b"
)


# "decreased by 45% in the massage group (p < 0.001) and by 8% in the sham group (p = 0.31)": each
# arm named with its own p-value after it; so too "improved in the massage group (p = 0.001)
# compared with the control group (p = 0.32)", each bracket after its own arm.
_EACH_ARM_THEN_ITS_P = compiled(
    r"\bin (?:the )?(?P<a>[\w+-]+(?: [\w+-]+)?) (?:group|arm)\s*"
    r"\(\s*(?P<pa>p\s*(?:[<>=≤≥]|&lt;|&gt;)\s*[01]?\.\d+)\s*\)"
    r"\s*,?\s*(?:and\s+(?:[^();,]{1,30}?\s)?in|"
    rf"(?:{COMPARED}|versus|vs\.?|as opposed to)(?:\s+(?:that|those) (?:of|in))?) (?:the )?"
    r"(?P<b>[\w+-]+(?: [\w+-]+)?) (?:group|arm)\s*"
    r"\(\s*p\s*(?P<pb>(?:[<>=≤≥]|&lt;|&gt;)\s*[01]?\.\d+)\s*\)"
)


# "the yoga group showed significantly improved balance (p = 0.01) compared with the control group
# (p = 0.45)": the first arm the subject, its change's own p-value, then the other arm's (not its
# level ranked above the other's: "had lower fatigue (p = 0.01) compared with ...").
_SUBJECT_ARM_THEN_THE_OTHERS_P = Screened(
    r"\b(?:the )?(?P<a>[\w+-]+(?: [\w+-]+)?) (?:group|arm)\b"
    rf"(?:(?!{_COMPARATIVE})[^();]){{1,80}}?"
    r"\(\s*(?P<pa>p\s*(?:[<>=≤≥]|&lt;|&gt;)\s*[01]?\.\d+)\s*\)"
    rf"\s*,?\s*(?:{COMPARED}|versus|vs\.?|as opposed to)(?:\s+(?:that|those) (?:of|in))? (?:the )?"
    r"(?P<b>[\w+-]+(?: [\w+-]+)?) (?:group|arm)\s*"
    r"\(\s*p\s*(?P<pb>(?:[<>=≤≥]|&lt;|&gt;)\s*[01]?\.\d+)\s*\)"
)


@lru_cache(maxsize=256)
def _arms_own_p_in(low: str) -> re.Match[str] | None:
    """Each arm's own p-value in a lowered clause (cached: asked for each outcome of a clause).
    The subject arm's way, slow to try at every word, is tried only where its two brackets stand."""
    return (
        _ARMS_OWN_P.search(low)
        or _EACH_ARM_THEN_ITS_P.search(low)
        or (_SUBJECT_ARM_THEN_THE_OTHERS_P.search(low) if low.count("(") >= 2 else None)
    )


# Each arm's values of two or more outcomes, as many to each arm, just before the arms: "8%, 15% and
# 10%, 22% in the F and O groups" (the first two the F group's), so p-values given "respectively"
# after the arms are the outcomes', not each arm's own.
_VALUES_OF_EACH_ARM = compiled(
    r"(?<![\w.])\d+(?:\.\d+)?%?(?:\s*,\s*\d+(?:\.\d+)?%?)+,?\s+and\s+"
    r"\d+(?:\.\d+)?%?(?:\s*,\s*\d+(?:\.\d+)?%?)+(?:\s+(?:in|for)(?:\s+the)?)?\s*$"
)


def values_of_each_arm_before(text: str) -> bool:
    """Whether ``text`` ends with each arm's values of the outcomes ("8%, 15% and 10%, 22% in the"),
    so the arms named next are those values', and p-values given them "respectively" are the
    outcomes'."""
    return bool(_VALUES_OF_EACH_ARM.search(text))


def arms_own_p_values(clause: str, arms: Role) -> tuple[str, str, str] | None:
    """(the tested arm's p-value, the comparator's, the comparator as named), where a clause gives
    each of the two arms its own test in turn ("pain decreased in the sham and massage groups (p =
    0.40 and p = 0.001, respectively)", "by 45% in the massage group (p < 0.001) and by 8% in the
    sham group (p = 0.31)": massage's is the first, sham's the second, each a change within its
    group); None where it does not, or the arms are not one tested and one comparator."""
    said = _arms_own_p_in(lowered(clause))
    if said is None or values_of_each_arm_before(clause[: said.start()]):
        return None
    roles = [arm_named(said.group(arm), arms) for arm in ("a", "b")]
    if sorted(map(str, roles)) != [CMP, INT]:
        return None
    second = said.group("pb")
    tests = (said.group("pa"), f"p {second}" if second[0] in "<>=≤≥&" else f"p = {second}")
    tested = roles.index(INT)
    return tests[tested], tests[1 - tested], said.group("b" if tested == 0 else "a")


def names_the_tested_arm(clause: str, arms: Role) -> bool:
    """Whether a clause names the tested arm and not the comparator: "but not in the massage
    group" in a trial of massage."""
    return _the_tested_arm(" ".join(WORD.findall(lowered(clause))), arms)


def _the_tested_arm(words: str, arms: Role) -> bool:
    """Whether the words name the tested arm and not the comparator ("the Swedish massage")."""
    roles = {arms(word) for word in words.split()}
    return "INT" in roles and "CMP" not in roles


def _values_side_by_side(low: str, change: str, arms: Role) -> bool:
    """ "reduced (drug 9.5%; placebo 17.9%; p = 0.01)": the control arm named, the other arm the
    tested one, their values in the order the change says."""
    values = _ARM_VALUES.search(low)
    if values is None or change not in ("increased", "decreased"):
        return False
    roles = [arm_named(values.group(arm), arms) for arm in ("a", "b")]
    if roles.count("CMP") != 1 or roles.count("INT") > 1:
        return False
    tested = decimal(values.group("x" if roles[1] == "CMP" else "y"))
    other = decimal(values.group("y" if roles[1] == "CMP" else "x"))
    return tested != other and (tested > other) == (change == "increased")


# "after reflexology", "following the first drug infusion", "after 4 weeks of reflexology": the
# words after it, past the treatment's length, name the treatment.
_AFTER_WORDS = Screened(
    rf"\b(?:after|following|during) (?:{_LENGTH_OF})?(?P<words>[\w+-]+(?: [\w+-]+){{0,2}})"
)


def _after_the_treatment(clause: str, arms: Role) -> bool:
    """Whether the clause says a change came after the tested treatment, named as the study names
    it: "fatigue fell after reflexology" is a change over the treatment, within its arm."""
    return _named_after(lowered(clause), arms, INT)


def _after_the_comparator_alone(clause: str, arms: Role) -> bool:
    """Whether the clause says a change, or none, came after the comparator, named as the study
    names it, and nothing of the tested treatment or of the arms compared: "..., but not after
    rest" in a crossover of vibration and rest is the rest condition's own."""
    low = lowered(clause)
    if any(arms(word) == INT for word in WORD.findall(low)) or _names_another_arm(low):
        return False
    return _named_after(low, arms, CMP)


def _named_after(low: str, arms: Role, role: str) -> bool:
    """Whether an arm of ``role`` is named after "after", "following" or "during" in a lowered
    clause."""
    return any(
        arms(word) == role for after in _AFTER_WORDS.finditer(low) for word in after.group("words").split()
    )


# "(drug 9.5%; placebo 17.9%; p = 0.01)": each arm with its value, then the p-value comparing them.
_ARM_VALUE = (
    r"(?P<{0}>[a-z][\w+-]*(?: [a-z][\w+-]*)?)[\s:=]+(?P<{1}>-?\d+(?:[.·]\d+)?)\s*%?[^;(),]{{0,20}}?[;,]\s*"
)
_ARM_VALUES = compiled(
    r"\(\s*"
    + _ARM_VALUE.format("a", "x")
    + r"(?:vs\.?\s+|versus\s+)?"
    + _ARM_VALUE.format("b", "y")
    + r"p\s*(?:[<>=≤]|&lt;)"
)


# The test a result names says what it compared: a paired test one arm's values before and after,
# an independent one the arms (in a crossover trial a paired test compares the treatments too).
_TEST_NAMED = Screened(
    r"\b(?:(?P<between>(?:independent|unpaired)(?:[- ]samples?)? (?:student'?s? )?t[- ]?tests?|"
    r"mann[- ]whitney|analysis of covariance|ancova)|"
    r"(?:paired(?:[- ]samples?)? (?:student'?s? )?t[- ]?tests?|wilcoxon signed[- ]ranks?|"
    r"friedman(?:'s)? test))\b"
)


def _arms_test_named(low: str) -> bool:
    """Whether a lowered clause names a test of one arm against the other (an unpaired t-test, the
    Mann-Whitney U test, ANCOVA) as its own, and no change over time: "the Mann-Whitney U test
    showed significant improvements in balance in the yoga group" is set against the other arm."""
    test = _TEST_NAMED.search(low)
    return bool(test and test.group("between")) and not _WITHIN.found_in(low) and not _OVER_A_SPAN.search(low)


def is_controlled(facts: StudyFacts) -> bool:
    """Whether the study compares arms: a comparator named, or a controlled design; never a
    study of one arm (``StudyFacts.one_arm``), whatever treatments it names."""
    return not facts.one_arm and (bool(facts.comparators) or facts.design in _CONTROLLED)


# "p < 0.001 in the massage group; p = 0.2 in usual care": each arm's own test of its change.
_P_IN_AN_ARM = compiled(
    rf"\b[pP]\s*(?:[<>=≤≥]|&lt;|&gt;)\s*{P_NUMBER}\s*,?\s*(?:in|for|within|with) (?:the )?(?!(?:[\w-]+ )?"
    r"(?:analys[ie]s|population|sample|model|comparison)\b)[\w\s-]{1,40}?(?=[,;)]|\s+(?:and|vs\.?|versus)\b|$)"
)


def _start_against_later_only(text: str) -> bool:
    """ "Once the week 0 scores were compared with the later ones, grip strength rose in
    group A": the start set against later readings, and no arm set against another beside it (not
    "..., it fell more in group A than in group B")."""
    start = _START_COMPARED_WITH_LATER.search(text)
    return start is not None and not _BETWEEN.search(text[: start.start()] + " " + text[start.end() :])


def _stated_comparison(text: str, one_arm: bool = False) -> str | None:
    """The comparison the words state, if any; in a study of one arm (``one_arm``), a difference
    named alone is over time. ``read_change`` asks with the text alone, ``comparison_of`` with both,
    often of the same words: the cache is keyed by both, however the caller gave them."""
    return _comparison_in_words(text, one_arm)


@lru_cache(maxsize=1024)
def _comparison_in_words(text: str, one_arm: bool) -> str | None:
    """``_stated_comparison``, read (cached: each outcome of a clause, and each reading, asks again)."""
    if _one_arm(text):
        return "within_group"
    if len(_P_IN_AN_ARM.findall(text)) >= 2 and (_WITHIN.found_in(text) or _AFTER_THE_TREATMENT.search(text)):
        # "decreased following both massage and usual care (6.4 vs 3.0, p < 0.001 in the massage
        # group; p = 0.2 in usual care)": each arm tested against its own start, the "vs" its values
        return "within_group"
    if _start_against_later_only(text):
        return "within_group"
    if _AGAINST_BASELINE.found_in(text):
        compared = (
            _CHANGES_COMPARED.search(text)
            or _CHANGES_DIFFERED.search(text)
            or _NET_OF_CONTROL.search(text)
            or _MORE_THAN_AN_ARM.search(text)
            or (
                _CHANGE_FROM_BASELINE_SIZED.search(text)
                and not _set_against_in(_VALUES_VERSUS.sub(" ", text))
            )
        )
        return "between_groups" if compared else "within_group"
    if (
        _TWO_FROM_TO.search(text)
        and not _P_QUOTED.search(text)
        and not _BETWEEN.search(re.sub(_RESPECTIVE_ARMS, " ", text))
    ):
        return "within_group"  # each arm's change, "respectively", and no test of one against the other
    if _BETWEEN.search(text) or _arm_compared_at(text) is not None or _control_arm_compared(text):
        return "between_groups"
    if not one_arm and _CHANGE_SIZED_IN_AN_ARM.search(text):
        return (
            "between_groups"  # "the increase in pain threshold was greater after massage": than the other's
        )
    if _ARM_CHANGED_MORE.search(text):
        return None  # "the X group improved more": against the other arm if X is the tested one
    if _WITHIN.found_in(text) or _IN_ONE_GROUP.search(text):
        return "within_group"
    control_arms_own = _comparator_subject(text) or _AMONG_THE_UNTREATED.search(text)
    if control_arms_own and not re.search(_COMPARATIVE, text):
        return "within_group"  # "usual care participants reported a rise in pain": that arm's own change
    if (
        _OVER_A_SPAN.search(text) or _SPAN_THEN_CHANGE.search(text) or _AFTER_THE_TREATMENT.search(text)
    ) and not _weak_between(text):
        return "within_group"  # "pain fell significantly after 8 weeks": a change over the weeks
    if _UNDER_COMPARATOR.search(text) and not re.search(_COMPARATIVE, text) and not _numbers_estimated(text):
        return "within_group"  # "whereas it increased with usual care": the comparator's own change
    if _weak_between(text):
        if one_arm and not _weak_between(_A_DIFFERENCE.sub(" ", text)):
            return "within_group"  # one arm's "the difference in blood pressure": before against after
        return "between_groups"
    return None


# "the increase in pain threshold was greater after massage", "the reduction was larger in the
# massage group": a change sized against another's, held by an arm; not by a time ("larger after
# the second session").
_A_TIME_NAMED = (
    r"(?:the\s+)?(?:weeks?|months?|days?|baseline|follow-?up|end|first|second|third|last|final|each|every)"
    r"\b|\d"
)
_CHANGE_SIZED_IN_AN_ARM = Screened(
    rf"\b{_CHANGE_WORD}\b[^.;]{{0,60}}?\b(?:was|were|is|are)\s+(?:\w+ly\s+)*(?:greater|larger|bigger|smaller)\s+"
    rf"(?:after|with|in|among|following|for)\s+(?!{_A_TIME_NAMED})"
)


# A difference alone, named with no arms: in a study of one arm, its values before and after.
_A_DIFFERENCE = compiled(r"\bthe difference\b|\bdifferences\b|\bsignificant(?:ly)? differen|\bno differen")


# "in both groups", "all three arms", "both the massage and the sham group": every arm at once.
_EVERY_ARM = Screened(
    r"\b(?:both|all|each|either)(?: (?:of the|the|two|three|four))? (?:groups|arms)\b|"
    r"\bboth (?:the )?[\w-]+ and (?:the )?[\w-]+ (?:groups|arms)\b"
)
# "... in both the aromatherapy and massage groups compared with the control group": two arms
# named, then set against a third.
_TWO_ARMS_SET_AGAINST_A_THIRD = compiled(
    r"\bboth (?:the )?[\w-]+ and (?:the )?[\w-]+ (?:groups|arms)\s*,?\s*"
    rf"(?:{COMPARED}|than|versus|vs\.?|relative to)\b|"
    # "both the massage and sham groups had lower pain than the control group": what they had, against
    # a third arm (not "..., more in the massage group than in the sham group", one of the two)
    r"\bboth (?:the )?(?P<x>[\w-]+) and (?:the )?(?P<y>[\w-]+) (?:groups|arms) (?:had|showed|reported)\b"
    r"[^.;,]{0,60}?"
    rf"\b(?:{COMPARED}|than|versus|vs\.?|relative to)\s+(?:(?:in|with|among)\s+)?(?:the\s+)?"
    r"(?!(?P=x)\b|(?P=y)\b)[\w-]+ (?:group|arm)\b"
)
# "both the aquatic and land-based groups had less fatigue than controls": the two arms named, what
# they had, then the arm it is set against, a third where neither of theirs.
_TWO_ARMS_THEN_AN_ARM = compiled(
    r"\bboth (?:the )?(?P<one>[\w-]+) and (?:the )?(?P<other>[\w-]+) (?:groups|arms)\b[^.;]{1,60}?"
    rf"\b(?:{COMPARED}|than|versus|vs\.?|relative to)\s+(?:(?:in|with|among)\s+)?(?:the\s+)?(?P<third>[\w-]+)"
)


def _two_arms_set_against_a_third(low: str) -> bool:
    """Whether the lowered clause names two arms, then sets them against a third, as
    ``_TWO_ARMS_SET_AGAINST_A_THIRD`` or ``_TWO_ARMS_THEN_AN_ARM`` says."""
    if _TWO_ARMS_SET_AGAINST_A_THIRD.search(low):
        return True
    said = _TWO_ARMS_THEN_AN_ARM.search(low)
    return said is not None and said.group("third") not in (said.group("one"), said.group("other"))


def every_arm_before_comparison(clause: str) -> str | None:
    """The clause up to its comparison of the arms, where that part says first what every arm did:
    in "both groups improved in pain, and the improvement was greater with massage" the arms each
    improved, besides massage's greater improvement; so too "both groups improved, the massage
    group significantly more", the arm's greater change against the others named before it. None
    where the clause says no such thing."""
    low = lowered(clause)
    between = _BETWEEN.search(low)
    more = _ARM_CHANGED_MORE.search(low)
    if more and re.search(r"\b(?:and|both)\b", more.group("arm")):
        more = None  # "the massage and control groups improved, but more ...": every arm, not one
    found = (between.start() if between else None, _arm_compared_at(low), more.start() if more else None)
    compared = [at for at in found if at is not None]
    if not compared:
        return None
    before = clause[: min(compared)]
    if _two_arms_set_against_a_third(low):
        return None  # what the two arms did is told only against the third
    return before if _EVERY_ARM.search(lowered(before)) and states_result(before) else None


def names_one_group(clause: str) -> bool:
    """ "no change in group B", "in the sham group": a statement about one named arm."""
    return bool(_IN_ONE_GROUP.search(lowered(clause)))


def in_one_arm_only(clause: str) -> bool:
    """ "improved in the massage group only", "only in the sham group": one arm changed."""
    return _one_arm(lowered(clause))


@lru_cache(maxsize=256)
def _one_arm(low: str) -> bool:
    return bool(_ONE_ARM.search(low) or _ONE_ARM_OPENING.match(low))


# "in control group", "of intervention group": an arm named without its article, as abstracts
# written in a second language often do; read as "in the control group".
_ARM_WITHOUT_ARTICLE = compiled(
    r"\b(?P<at>in|within|of|for|among) (?!(?:the|a|an|both|all|each|either|two|three|four|this|that|"
    r"these|their|its|one|every|any|other)\b)(?=[\w-]+ (?:group|arm)\b)"
)


def comparator_arm(clause: str, arms: Role | None = None) -> str | None:
    """The comparator arm a within-group statement is about ("it did not change in the sham
    group", "fatigue worsened in the control group but not in the massage group", "the control
    patients had less pain than at baseline", "usual care reduced pain from baseline"): the first
    arm the clause names, or its subject, when that is the comparator's, leaving out an arm said
    to have had no change ("pain fell after massage, with no change in the sham group" is the
    tested arm's), or this study's own comparator by the words ``arms`` tell as its ("compared
    with baseline, the exercise group had less pain" in a trial of massage against exercise);
    None for "both groups"."""
    # "..., with no change in the control group": not it; "(between-group p = 0.01)": the test of
    # the arms' difference the clause quotes, no arm set against the one named
    low = _ARM_WITHOUT_ARTICLE.sub(r"\g<at> the ", lowered(clause))
    low = _UNCHANGED_ARM.sub("", _QUOTED_BETWEEN.sub("", low))
    other = _NOT_THIS_ARM.match(low)
    if other:
        return other.group("arm")
    if _ALL_ARMS.search(low):
        return None
    first = _FIRST_ARM.search(low)
    controls = _IN_ONE_GROUP.search(low)
    if controls is not None and controls.group("controls") and not _sets_another_arm_against(low):
        return controls.group("controls").removesuffix("s")  # "it increased in the (wait-listed) controls"
    subject = _comparator_subject(low)
    if (
        subject is not None
        and (first is None or subject.start() < first.start())
        and not _SET_AGAINST_BEFORE.search(low, 0, subject.start())
    ):
        return next(arm for arm in subject.groups() if arm)  # "usual care reduced pain from baseline"
    untreated = _AMONG_THE_UNTREATED.search(low) if first is None else None
    if untreated is not None and not _sets_another_arm_against(low):
        # "in participants on the wait-list": that arm; "in those who did not exercise": the arm not given it
        named = _CONTROL_ARM_WORDS.search(untreated.group())
        return named.group() if named else "control"
    if first is None:
        under = _UNDER_COMPARATOR.search(low)
        if under is None and arms is not None:
            return _under_own_comparator(low, arms)
        if (
            under is not None
            and arms is not None
            and any(arms(w) == INT for w in WORD.findall(low[: under.start()]))
        ):
            return (
                None  # "rose by 45 m after massage and fell by 10 m with usual care": the tested arm's first
            )
        return under.group("arm") if under and not _sets_another_arm_against(low) else None
    if arms is not None and _tested_arm_bare_before(low, first.start(), arms):
        return None  # "anxiety fell with massage, with a rise in the usual care group": the tested arm's
    arm = _COMPARATOR_ARM.match(low, first.start()) or _KIND_OF_CONTROL_ARM.match(low, first.start())
    if arm is not None and not (arms is not None and arms(arm.group("kind") or "") == INT):
        return arm.group("arm")
    return _own_comparator_named(first.group(), arms) if arms is not None else None


# "in those who did not exercise": among the people not given the treatment.
_AMONG_THE_UNTREATED = compiled(rf"\b(?:in|among|within) {_GIVEN_THE_CONTROL_ARM}")
_CONTROL_ARM_WORDS = compiled(rf"\b(?:{_CONTROL_ARM})\b")
# "with exercise", "after stretching": a change under an arm named bare.
_UNDER_AN_ARM = compiled(r"\b(?:with|after|following|during|on|under|receiving) (?:the )?(?P<arm>[\w-]+)\b")


def _tested_arm_bare_before(low: str, end: int, arms: Role) -> bool:
    """Whether the tested arm is named bare, as what a change came with, before ``end``."""
    return any(arms(under.group("arm")) == INT for under in _UNDER_AN_ARM.finditer(low, 0, end))


def _under_own_comparator(low: str, arms: Role) -> str | None:
    """This study's own comparator, named bare as what a change came with ("pain decreased with
    exercise" in a trial of massage against exercise), where the clause names no word of the
    tested arm and compares nothing; None otherwise."""
    if any(arms(word) == INT for word in WORD.findall(low)) or _names_another_arm(low):
        return None
    under = next((said for said in _UNDER_AN_ARM.finditer(low) if arms(said.group("arm")) == CMP), None)
    return under.group("arm") if under else None


def _own_comparator_named(group: str, arms: Role) -> str | None:
    """The name of an arm named as "the X group", where X's words are all this study's
    comparator's ("the exercise group", "the home exercise group"); None for any other arm."""
    words = WORD.findall(group)[1:-1]  # less "the" and "group"
    # "the exercise-only group": the comparator's own words, however the abstract marks it given alone
    roles = {arms(word) for word in words if word not in _GIVEN_ALONE}
    return " ".join(words) if words and roles == {CMP} else None


def _sets_another_arm_against(low: str) -> bool:
    """Whether a clause compares the arm it names with another arm, not with its own start: in
    "among controls, balance was poorer than at baseline" the control arm is the one that changed."""
    return _names_another_arm(low) and not _against_its_own_start(low)


@lru_cache(maxsize=256)
def _names_another_arm(low: str) -> bool:
    """Whether a clause compares (a comparative, "than", "compared with"): then a comparator named
    in it is what the other arm is measured against, not the arm that changed (cached: asked for
    each outcome of a clause, and by each reading of its comparator)."""
    return bool(re.search(_COMPARATIVE, low) or _BETWEEN.search(low))


# Read word by word, the comparator's words are the vocabulary's one-word ``control_arm``
# comparators ("placebo", "sham"), the first words of "usual care", "standard care" and
# "wait-list", "comparison" (of "the comparison group") and the words for an arm given no treatment
# (``arms.UNTREATED_WORDS``).
_CONTROL_WORDS = frozenset(["usual", "standard", "wait", "comparison", *UNTREATED_WORDS])
_INTERVENTION_WORDS = frozenset(["intervention", "experimental", "treatment", "treated", "active"])
# "the study group", "the observation group": the arm studied, asked of by the two words
# (``group_numbers.group_mentions``), as "study" alone names none
_STUDIED_GROUPS = frozenset(
    ["study group", "trial group", "test group", "observation group", "research group"]
)
# "higher in cases (31%) than controls (3%)", "the case and control groups": a trial that calls its
# arms cases and controls, the cases being the arm tested; "cases" alone ("in three cases") names no arm.
_CASES_AND_CONTROLS = Caseless(
    r"\bcase(?:s| group)\b[^;]{0,100}?\bcontrol(?:s| group)\b|"
    r"\bcontrol(?:s| group)\b[^;]{0,100}?\bcase(?:s| group)\b|\bcase and control groups\b"
)


def arm_roles(
    vocabulary: Vocabulary,
    interventions: tuple[str, ...],
    title: str = "",
    methods: list[str] | None = None,
    text: str = "",
    short_names: dict[str, str] | None = None,
    labelled: dict[str, str] | None = None,
    randomized: tuple[set[str], set[str]] | None = None,
) -> Role:
    """Which arm a word names: "CMP" for the comparator's words (control, placebo, sham, usual
    care, the second arm of the title's "X versus Y", or of the aim's where the record has no title
    (``aim_as_title``), the arm the methods' "randomized to X or Y" call the control), "INT" for
    the intervention's (its technique names, "experimental",
    "intervention", the title's X, the other arm the methods randomized to); and the short names
    the abstract's ``text`` defines for its two arms ("ginger group (GG)", "control group (CG)"),
    and an arm's short name (lower case) in ``short_names`` by the words it stands for ("rf":
    radiofrequency, the title's X) where they name one arm only, else by the order the abstract
    sets the two against each other ("... (BPDS) versus ... (RYGB)": ``short_names_versus``); a
    label of the methods' read as a short name (``labelled``: "group UC") by the arm it names; a
    word of the title's arms set one against the other is theirs in the singular too ("landmark"
    for "landmarks").
    ``randomized`` are the ``methods``' ``randomized_arms``, when the caller has them already."""
    abbreviated = {**(labelled or {}), **(abbreviated_arms(text, vocabulary) if text else {})}
    versus = short_names_versus(text, frozenset(short_names)) if text and short_names else {}
    tested, compared = title_arms(title)
    if not tested and not compared and methods:
        tested, compared = randomized_arms(methods, vocabulary) if randomized is None else randomized
    tested, compared = _word_parts(tested), _word_parts(compared)
    shared = tested & compared  # "low-dose versus high-dose": "dose" names neither arm
    tested, compared = tested - shared, compared - shared
    techniques = _technique_words(interventions)
    if tested and not tested & techniques and compared & techniques:
        # "Exercise versus massage" in a study of massage: the technique is the one tested,
        # whichever the title names first
        tested, compared = compared, tested
    named = techniques | _INTERVENTION_WORDS | _STUDIED_GROUPS
    named |= tested
    if methods and _combines_a_technique(" ".join(methods).lower(), techniques):
        named |= _COMBINATION_WORDS
    if text and _CASES_AND_CONTROLS.search(text):
        named |= {"cases", "case"}
    comparators = vocabulary.control_arm_words | _CONTROL_WORDS
    # the title's arms in the plural, set one against the other ("versus anatomical landmarks"), not
    # listed ("staples or sutures"), where which was tested the order tells less; nor a word the
    # title writes in the singular too, a head both arms may share ("bipolar ablation and
    # monopolar ablation ...: bipolar vs. monopolar ablations")
    in_the_title = set(WORD.findall(title.lower()))
    plurals = {
        word for word in tested | compared if word[:-1] not in in_the_title and title_sets_arms_against(title)
    }

    def role(word: str) -> str | None:
        if word in abbreviated:
            return abbreviated[word]
        if word in comparators or word in compared:
            return "CMP"
        if word.endswith("ly") and word[:-2] in tested | compared:
            return role(word[:-2])  # "given orally", the title's "oral versus intravenous"
        if word not in named and f"{word}s" in plurals:
            return role(f"{word}s")  # "the landmark group", the title's "versus anatomical landmarks"
        return "INT" if word in named else None

    @cache  # every clause asks again of the same few words
    def by_short_name(word: str) -> str | None:
        said = role(word)
        if said is None and short_names and word in short_names:
            if _ONLY_A_CONTROL_ARM.fullmatch(short_names[word].lower()):
                return "CMP"  # "treatment as usual (TAU)": its words, one by one, name both arms
            roles = {role(part) for part in WORD.findall(short_names[word].lower())} - {None}
            return roles.pop() if len(roles) == 1 else versus.get(word)
        return said

    return by_short_name


# A name that is the control arm's and nothing more: "treatment as usual", "the waiting list group".
_ONLY_A_CONTROL_ARM = compiled(rf"(?:the |an? )?{_CONTROL_ARM}(?: (?:group|arm|condition))?")


# "the combined group", "the combination group": the arm given the tested treatment with another.
_COMBINATION_WORDS = frozenset(["combined", "combination"])
# "a combination of massage and exercise", "massage combined with exercise", "massage plus exercise"
_COMBINATION_OF = Screened(
    r"\bcombination of (?P<first>[\w-]+)(?: [\w-]+)? (?:and|with|plus) (?P<second>[\w-]+)|"
    r"\b(?P<before>[\w-]+)(?: (?:therapy|training|program(?:me)?))? (?:combined with|plus) (?P<after>[\w-]+)"
)


def _combines_a_technique(methods: str, techniques: set[str]) -> bool:
    """Whether the methods give one arm the tested treatment with another ("randomized to
    massage, exercise, or a combination of massage and exercise"): then "the combined group" set
    against the other treatment alone ("than the exercise group") is the tested treatment's
    result, as "the massage plus exercise group" is."""
    return any(
        set(said.group("first", "second", "before", "after")) & techniques
        for said in _COMBINATION_OF.finditer(methods)
    )


def _word_parts(words: set[str]) -> set[str]:
    """The words as a text is read word by word: "wait-list" as "wait" and "list", so that "the
    wait-list group" names the arm the title's "versus wait-list" does."""
    return {part for word in words for part in WORD.findall(word)}


# "39.9 ± 4.9 before treatment and 20.1 ± 6.0 after 8 weeks": one arm's value before and after.
# Numbers given arm by arm: "5.3 and 6.4 in groups 1 and 2, respectively", "12.1 vs 13.0".
# "16% in the drug group and 3% in the placebo group", "12.5 months for the concurrent regimen":
# a number in each named arm.
_IN_AN_ARM = (
    r"\b(?:in|for) (?:the )?(?:(?!the\b)[\w+-]+ ){0,4}?(?:group|arm|regimen)s?\b|"
    r"\b(?:in|for) (?:group|arm) \w+\b"
)
_ARM_LABEL = r"\((?:in )?(?:the )?(?:group|arm) \w{1,4}\)"
# A number with its unit or per cent, its spread and a bracket after it: "21 kg", "44% (12/27)",
# "3.1 ± 0.9".
_NUMBER_UNIT = r"\d[\d.,·]*\s*(?:%|[a-zμ/]{1,6}\b)?\s*(?:(?:±|\+/-)\s*[\d.·]+\s*)?(?:\([^()]{0,40}\)\s*)?"
# What joins one arm's number to the other's: "and", "versus", "compared with", "whereas", a comma.
_AND_THE_OTHER = rf"(?:,\s*(?:and |whereas |while )?|\s?(?:and|vs\.?|versus|{COMPARED}|whereas|while)\s+)"
# Words after "in" that name a time, a grade or a kind of people, not an arm: "3.1 in week 1 and
# 2.4 in week 2", "12% in women and 8% in men".
_NOT_AN_ARM_IN = (
    r"(?:the )?(?:\d|weeks?\b|months?\b|days?\b|years?\b|hours?\b|visits?\b|baseline\b|grades?\b|stages?\b|"
    r"types?\b|both\b|all\b|each\b|women\b|men\b|males?\b|females?\b|boys\b|girls\b|patients\b|children\b|"
    r"adults\b|subjects\b|participants\b)"
)
_PER_ARM = compiled(
    r"\brespectively\b|\d\S*\s*(?:\([^()]{0,40}\)\s*)?(?:vs\.?|versus)\s*\d|"
    # "43/195 (22%) and 57/194 (29%)", "117 g/L and 113 g/L", "2.2 mm in both groups", "the
    # relative risk ... was 0.83": a number for each arm, or one for their comparison
    r"(?<![\w.])\d[\d.,/·]*(?:\s*%|\s+[a-zμ/]{1,6}\b)?\s*(?:\([^()]{0,40}\)\s*)?and\s+\d[^;]{0,60}?\b(?:in|for|with)\b|"
    r"\d[^;]{0,40}?\bin (?:both|all|each|either) (?:of )?(?:the )?(?:[\w-]+ )?(?:groups?|arms?)\b|"
    # "58% of the low-dose group and 61% of the high-dose group": each arm's share, its arm after it
    r"\d[\d.,·]*\s*%\s+(?:of|in) (?:the )?[\w\s+-]{1,40}? (?:groups?|arms?)\s*,?\s+"
    r"(?:and|vs\.?|versus|compared (?:with|to))\s+\d|"
    # "in the drug and placebo groups was 410 and 380": the arms named together, then a number each
    rf"\b(?:in|for|with|among) (?:the )?[\w\s+-]{{1,40}}? and [\w\s+-]{{1,40}}? (?:groups|arms)\s+"
    rf"(?:was|were)\s+{_NUMBER_UNIT}and\s+\d|"
    r"\b(?:relative risks?|(?:odds|hazard|risk|rate) ratios?)\b[^;]{0,60}?\b(?:was|were|of)\s+\d|"
    # "98.3% (group A) and 94.0% (group B)": each number with its arm's label in brackets
    rf"\d[\d.,·]*\s*%?\s*{_ARM_LABEL}[^;\d]{{0,20}}?\b(?:and|vs\.?|versus)\s+\d[\d.,·]*\s*%?\s*{_ARM_LABEL}|"
    rf"\d[^;]{{0,60}}?(?:{_IN_AN_ARM})[^;\d]{{0,40}}?"
    rf"(?:\b(?:and|vs\.?|versus|{COMPARED}|whereas|while)\b|;)"
    rf"[^;]{{0,40}}?\d[^;]{{0,60}}?(?:{_IN_AN_ARM})|"
    # "2.1 points (SD 1.0) with acupressure and 2.5 points (SD 1.2) with sham": each arm's number
    rf"\d[^;]{{0,60}}?\bwith (?:the )?(?:[\w+-]+ ){{0,2}}?[\w+-]+[^;\d]{{0,20}}?\b(?:and|vs\.?|versus)\s+"
    rf"[+−-]?\d[^;]{{0,60}}?\bwith (?:the )?{_CONTROL_ARM}\b|"
    # "48% for drug X and 31% for drug Y", "21 kg with one drug, 24 kg with the other": each number
    # right before the treatment it was measured with, two active arms as much as a control
    rf"(?<![\w.]){_NUMBER_UNIT}"
    rf"(?P<prep>for|with|after|following|in(?! {_NOT_AN_ARM_IN})) (?:the )?[\w+-]+(?: [\w+-]+){{0,3}}?"
    rf"\s*{_AND_THE_OTHER}{_NUMBER_UNIT}(?P=prep) \w|"
    # "21 kg (fictolan) and 24 kg (dorvamide)": each number with its arm in brackets
    rf"(?<![\w.]){_NUMBER_UNIT}\((?:the )?[a-z][^()\d]{{1,40}}\)\s*{_AND_THE_OTHER}"
    rf"{_NUMBER_UNIT}\((?:the )?[a-z][^()\d]{{1,40}}\)|"
    # "was discontinued in 24/73 (33%) of patients, whereas the other drug in 20/66 (30%)": two
    # counts of their arms' people (not of one arm's at two times: "in 24/73 at 6 weeks and ...")
    r"(?<![\w.])\d+\s*/\s*\d+\s*\(\d[\d.]*\s*%\)(?![^;]{0,40}?\bat\s+(?:\d|weeks?|months?|days?|years?|baseline)\b)"
    rf"[^;\d]{{0,80}}?{_AND_THE_OTHER}[^;\d]{{0,80}}?\d+\s*/\s*\d+\s*\(\d[\d.]*\s*%\)"
)


# "decreased by 12 points in the massage group and by 2 in the control group", "improved by 48 m
# in the aquatic group and by 5 m in controls", "fell by a mean of 2.1 points with massage and 0.4
# with usual care", "by 1 point in the aquatic group compared with 4 points": each arm's change,
# by its size.
_BY_SIZE = (
    r"\bby\s+(?:(?:a|an|the)\s+)?(?:(?:mean|average|median)\s+(?:of\s+)?)?(?:about\s+|approximately\s+)?"
)
# Sought only in a clause with a "by": most clauses have a change word, few say by how much.
_CHANGED_BY_EACH = Screened(
    rf"\b{_GRADE_OR}(?:(?P<good>{_GOOD})|(?P<bad>{_BAD})|(?P<up>{_UP})|(?P<down>{_DOWN}))\b[^;]{{0,40}}?{_BY_SIZE}\d"
    rf"[^;]{{0,80}}?\b(?:and|versus|vs\.?|{COMPARED}|whereas|while)\s+(?:{_BY_SIZE})?\d",
    words=("by",),
)
# "the reduction in pain was 1.0 in the massage group and 3.0 in the control group": each arm's
# change named by its noun, then its size; the larger is the larger change that way, not a higher
# value of the outcome.
_CHANGE_NOUN_THEN_EACH = Screened(
    r"\b(?:(?P<good>improvements?)|(?P<bad>deteriorations?|worsening)|(?P<up>increases?)|"
    r"(?P<down>reductions?|decreases?|declines?))\s+(?:in|of)\s+[^;\d]{1,60}?\s+(?:was|were)\s+"
    r"(?:(?:a|an|the)\s+)?(?:(?:mean|average|median)\s+(?:of\s+)?)?\d"
    rf"[^;]{{0,80}}?\b(?:and|versus|vs\.?|{COMPARED}|whereas|while)\s+\d"
)


@lru_cache(maxsize=256)
def _changed_by_each_in(low: str) -> re.Match[str] | None:
    """Each arm's change by its size in a lowered clause (cached: both the comparison and the
    tested arm's own change ask, for each outcome of the clause)."""
    return _CHANGED_BY_EACH.search(low) or _CHANGE_NOUN_THEN_EACH.search(low)


# A value's spread after it: "3.1 ± 0.9".
_SPREAD = r"(?:(?:±|\+/-)\s*\d+(?:[.·]\d+)?\s*)?"
# "from 5.1 to 3.2 in the massage group and from 5.0 to 4.8 in the control group": each arm's
# values before and after, its spread and unit set aside.
_NUMBER_TO = rf"(?P<{{0}}>-?\d+(?:[.·]\d+)?)\s*{_SPREAD}"
# Between a value and what follows it, no other value: a digit only as part of a unit ("kg/cm2",
# "m2", "cmH2O"), right after its letters.
_NO_VALUE = r"(?:[^\d;]|(?<=[a-z])\d)"
# "... and from 6.0 to 5.8 on the waiting list": an arm named by what its people were on
_ARM_NAMED_BY = r"(?:in|with|for|among|after|on|during)"
_FROM_TO_EACH = compiled(
    rf"\bfrom\s+{_NUMBER_TO.format('a1')}{_NO_VALUE}{{0,20}}?\bto\s+{_NUMBER_TO.format('b1')}"
    rf"{_NO_VALUE}{{0,15}}?\b{_ARM_NAMED_BY}\s+(?P<arm1>[^\d;,]{{1,50}}?)"
    rf",?\s+and\s+from\s+{_NUMBER_TO.format('a2')}{_NO_VALUE}{{0,20}}?\bto\s+{_NUMBER_TO.format('b2')}"
    rf"{_NO_VALUE}{{0,15}}?\b{_ARM_NAMED_BY}\s+(?P<arm2>[^\d;,(]{{1,50}})"
)

# "in the control group from 5.2 to 5.1 and in the massage group from 5.3 to 2.9": each arm named
# before its values; "..., whereas in the massage group it went from 5.3 to 2.9", "..., whereas the
# massage group's score went from 5.3 to 2.9", the second arm set against the first.
# "5.1 points at week 6": the value's unit and when it was taken
_AT_A_TIME = (
    r"(?:\s*[a-z%/]{1,12})?"
    r"(?:\s+(?:at|after)\s+(?:(?:week|month|day|year)\s+\d+|\d+\s+(?:weeks?|months?|days?|years?)))?"
)
_ARM_THEN_FROM_TO = Screened(
    rf"\b(?:in|with|for|among)\s+(?P<arm1>[^\d;,]{{1,40}}?\b(?:group|arm))\s+(?:[^\d;,]{{0,30}}?\s)?"
    rf"from\s+{_NUMBER_TO.format('a1')}{_NO_VALUE}{{0,20}}?\bto\s+{_NUMBER_TO.format('b1')}{_AT_A_TIME}"
    rf"{_NO_VALUE}{{0,15}}?,?\s+(?:and\s+(?:in|with|for|among)|(?:whereas|while)(?:\s+(?:in|with|for|among))?)\s+"
    rf"(?P<arm2>[^\d;,(]{{1,40}}?\b(?:group|arm)),?\s+"
    rf"(?:[^\d;,]{{0,30}}?\s)?from\s+{_NUMBER_TO.format('a2')}{_NO_VALUE}{{0,20}}?\bto\s+{_NUMBER_TO.format('b2')}"
)


def each_arm_changed(clause: str, arms: Role, labels: dict[str, str] | None = None) -> str | None:
    """'decreased' or 'increased': how the intervention's arm changed against the comparator's,
    from each arm's values before and after ("fell from 5.1 to 3.2 in the massage group and from
    5.0 to 4.8 in the control group": the greater fall with massage; "... in group M and ... in
    group C", the arms known by ``labels``); None where the clause does not give both arms' or
    they changed alike."""
    low = lowered(clause)
    said = _FROM_TO_EACH.search(low) or _ARM_THEN_FROM_TO.search(low)
    if said is None:
        return None
    roles = [
        arm_named(said.group(arm), arms) or labelled_role(clause[slice(*said.span(arm))], labels or {})
        for arm in ("arm1", "arm2")
    ]
    if set(roles) != {"CMP", "INT"}:
        return None
    moved = [decimal(said.group(f"b{i}")) - decimal(said.group(f"a{i}")) for i in (1, 2)]
    by_arm = {role: change for role, change in zip(roles, moved) if role}
    if by_arm["INT"] == by_arm["CMP"]:
        return None
    return "increased" if by_arm["INT"] > by_arm["CMP"] else "decreased"


# "16.1 (2.9) to 25.1 (4.6) in the drug group": one arm's values before and after, each with its
# spread, and the arm; "from" may be left to an earlier arm's values.
_BRACKETED_SPREAD = r"(?:\([^()]{0,20}\)\s*)?"
_TO_IN_ARM = compiled(
    rf"(?<![\d.·])(?P<a>-?\d+(?:[.·]\d+)?)\s*{_SPREAD}{_BRACKETED_SPREAD}[^\d;()]{{0,12}}?\bto\s+"
    rf"(?P<b>-?\d+(?:[.·]\d+)?)\s*{_SPREAD}{_BRACKETED_SPREAD}{_NO_VALUE}{{0,15}}?\b(?:in|with|for|among)\s+"
    r"(?P<arm>[^\d;,()]{1,50}?)(?=\s*(?:[,;)(]|$)|\s+(?:versus|vs|and|compared|whereas|while|but)\b)"
)
# Less than this share of its starting value, a change of one arm's values is not read as a change.
_SMALLEST_CHANGE = 0.1
# "(95% CI 28.0 to 32.2)", "range 8 to 15": an interval's or a range's bounds, not values over time.
_INTERVAL_NAMED = compiled(
    r"(?:\bci|confidence intervals?|\branges?|\biqr|interquartile ranges?)\s*[:,=]?\s*(?:from\s+)?$"
)
# "30.1 (28.0 to 32.2)": a value, then a bracket that opens with the bounds its value lies between.
_VALUE_BRACKETED = compiled(r"(?<![\d.·])(?P<value>\d+(?:[.·]\d+)?)\s*(?P<share>%?)\s*[(\[]\s*$")


# Each kind of change word, as the tested arm's own change: a rise or fall, or, said by a word that
# tells only good or bad, that judgement ("improved by 48 m").
_KIND_OF_CHANGE = {"increased": "up", "decreased": "down", "improved": "good", "worsened": "bad"}


def tested_arm_changed(clause: str, arms: Role) -> str | None:
    """'increased' or 'decreased': how the tested arm's own values moved, where the clause gives
    each arm's values before and after ("rose from 16.1 to 25.1 in the drug group versus 15.9 to
    16.5 in the placebo group"): besides the comparison, a change within the tested arm. None
    where the clause does not give both arms, or the tested arm moved by less than a tenth. Each
    arm's change given by its size ("decreased by 12 points with massage and by 2 with usual
    care") is the tested arm's change that way; 'improved' or 'worsened' where its word says only
    that ("improved by 48 m in the aquatic group and by 5 m in controls")."""
    each = _changed_by_each_in(lowered(clause))
    if each:
        sizes = numbers_by_group(clause, arms)
        if len(sizes) == 2 and sizes["INT"] > 0:
            return next(kind for kind, word in _KIND_OF_CHANGE.items() if each.group(word))
    low = lowered(clause)
    said = [m for m in _TO_IN_ARM.finditer(low) if not _bounds_of_an_interval(low, m)]
    roles = [arm_named(arm.group("arm"), arms) for arm in said]
    if len(said) != 2 or sorted(roles, key=str) not in (["CMP", "INT"], ["CMP", None]):
        return None  # two arms, the comparator's named as such; the other is the tested one
    found = {role or "INT": (decimal(arm["a"]), decimal(arm["b"])) for role, arm in zip(roles, said)}
    before, after = found["INT"]
    if abs(after - before) < _SMALLEST_CHANGE * abs(before) or after == before:
        return None
    return "increased" if after > before else "decreased"


def each_arm_tested_from_to(clause: str, arms: Role, own: list[DomainMatch]) -> tuple[str, str, str] | None:
    """(change, direction, p-value) of the tested arm's own values before and after, where each arm
    gives its values and its own test ("went from 6.2 to 3.1 in the massage group (p < 0.001) and
    from 6.0 to 5.4 in the usual care group (p = 0.12)"): each arm tested against its own start,
    not the arms' values compared. None where the clause does not give both arms so."""
    low = lowered(clause)
    said = [m for m in _TO_IN_ARM.finditer(low) if not _bounds_of_an_interval(low, m)]
    if len(said) != 2:
        return None
    ends = [said[1].start(), len(low)]
    tests = [p_values(low[arm.end() : end]) for arm, end in zip(said, ends)]
    roles = [arm_named(arm.group("arm"), arms) for arm in said]
    if sorted(map(str, roles)) != [CMP, INT] or not all(tests):
        return None
    tested = roles.index(INT)
    before, after = decimal(said[tested]["a"]), decimal(said[tested]["b"])
    p_value = tests[tested][0]
    if not significant_p(p_value) or after == before:
        return "no_difference", "no_difference", p_value
    moved = "increased" if after > before else "decreased"
    return moved, _through_polarity(moved, own), p_value


def _bounds_of_an_interval(low: str, said: re.Match[str]) -> bool:
    """Whether "a to b" is an interval's or a range's bounds, not one arm's values before and after:
    named so ("95% CI 28.0 to 32.2"), or in a bracket after the value it holds ("30.1 (28.0 to
    32.2) in the massage group"), not "fell by 38% (45.1 to 28.0 in the massage group ...)", each
    arm's values after the size of its change."""
    if _INTERVAL_NAMED.search(low, 0, said.start()):
        return True
    value = _VALUE_BRACKETED.search(low, 0, said.start())
    if value is None or bool(value["share"]) != low[said.end("a") :].lstrip().startswith("%"):
        return False
    low_bound, high_bound = sorted((decimal(said["a"]), decimal(said["b"])))
    return low_bound <= decimal(value["value"]) <= high_bound


# A value's share sign or unit before the arm it is of: "6.1 days with placebo", "24.7% in".
_UNIT_OF_AN_ARM = r"(?:%|(?!(?:in|with|for|among)\b)[a-z]{1,8}\b)?\s*"
# "rose from 24.7% in the control arm to 31.6% in the incentive arm": one arm's value, then
# another's, set against each other, not one arm's over time.
_ARM_TO_ARM = compiled(
    rf"\bfrom\s+{_NUMBER_TO.format('a')}{_UNIT_OF_AN_ARM}{_BRACKETED_SPREAD}(?:in|with|for|among)\s+(?P<arm1>[^\d;,()]{{1,50}}?)"
    rf"\s*,?\s+to\s+{_NUMBER_TO.format('b')}{_UNIT_OF_AN_ARM}{_BRACKETED_SPREAD}(?:in|with|for|among)\s+"
    r"(?P<arm2>[^\d;,()]{1,50}?)(?=\s*(?:[,;()]|$)|\s+(?:and|but|while|whereas|after|at|during|by)\b)"
)
# Words that name an arm as such, whatever its treatment: "the control arm", "controls".
_AN_ARM_WORD = compiled(r"\b(?:groups?|arms?|controls)\b")


def arms_from_to(
    clause: str, arms: Role, own: list[DomainMatch], p_value: str | None, labels: dict[str, str] | None = None
) -> tuple[str, str] | None:
    """(change, direction) of the intervention against the comparator where a from/to pair's ends
    each name a different arm ("the response rate rose from 24.7% in the control arm to 31.6% in
    the incentive arm"): the two arms set against each other, by their values. Untested, which
    arm did better is left unclear, as is which way at all where the ends are not the tested arm
    and its comparator; a test that is not significant, no difference. None where the ends are
    not two arms."""
    low = lowered(clause)
    said = _ARM_TO_ARM.search(low)
    if said is None:
        return None
    ends = [said.group(arm).strip() for arm in ("arm1", "arm2")]
    # a label as written ("group B"), which lowering loses
    labelled = [labelled_role(clause[slice(*said.span(arm))], labels or {}) for arm in ("arm1", "arm2")]
    roles = [arm_named(end, arms) or label for end, label in zip(ends, labelled)]
    if ends[0] == ends[1] or not all(role or _AN_ARM_WORD.search(end) for role, end in zip(roles, ends)):
        return None
    if (p_value is not None and not significant_p(p_value)) or (p_value is None and _no_difference_in(low)):
        return "no_difference", "no_difference"
    values = dict(zip(roles, (decimal(said.group("a")), decimal(said.group("b")))))
    if sorted(map(str, roles)) != [CMP, INT] or values[INT] == values[CMP]:
        return "unclear", "unclear"
    moved = "increased" if values[INT] > values[CMP] else "decreased"
    tested = p_value is not None or _SIGNIFICANCE_WORD.search(low) is not None
    return moved, (_through_polarity(moved, own) if tested else "unclear")


def arm_named(words: str, arms: Role) -> str | None:
    """The role of the one arm ``words`` name (INT or CMP); None for none, or both."""
    roles = {arms(word.group()) for word in WORD.finditer(words)} - {None}
    return roles.pop() if len(roles) == 1 else None


# "the latter", "the former group": an arm named by its place among the two named before it.
_FORMER_OR_LATTER = Caseless(r"\bthe (?P<which>former|latter)\b(?! (?:half|part|period|phase|time)\b)")
# An arm named as a group before that: "the usual care group", "group B", "the B group".
_AN_ARMS_GROUP = compiled(
    r"\b(?:(?:group|arm) \w{1,3}\b|(?:the )?(?P<name>(?:(?!(?:in|with|than|to|of|for|among|and|or|was|were|"
    r"between|the|both)\b)[\w+-]+ ){1,3}?)(?:group|arm)s?\b)",
    re.IGNORECASE,
)


def arm_referred_back(
    clause: str, sentence: str, arms: Role, labels: dict[str, str] | None = None
) -> tuple[str, str]:
    """INT or CMP: the arm a clause of the sentence names as "the former" or "the latter" of the
    two arms named before it ("higher in the usual care group than in the massage group, and the
    former also slept worse": usual care's result), and the clause from there on, that arm's own
    statement; "unknown" where those two arms are not one of each; "" where the clause names no
    arm so, or names another after it."""
    said = _FORMER_OR_LATTER.search(clause)
    if said is None or _arm_roles_named(clause[said.end() :], arms, labels):
        return "", ""  # an arm named after it: whose result the clause gives, the order there tells
    at = sentence.find(clause)
    roles = _arm_roles_named((sentence[:at] if at > 0 else "") + clause[: said.start()], arms, labels)
    known = [role for role in roles if role is not None]
    told = clause[said.start() :]
    if len(set(known)) != 2 or len(known) != len(roles):
        return "unknown", told
    return (known[0] if said.group("which").lower() == "former" else known[-1]), told


def _arm_roles_named(text: str, arms: Role, labels: dict[str, str] | None) -> list[str | None]:
    """The role of each arm a text names as a group, in order ("group B", "the massage group"):
    INT, CMP, or None for a group of no known role."""
    return [
        labelled_role(named.group(), labels or {}) or arm_named(lowered(named.group("name") or ""), arms)
        for named in _AN_ARMS_GROUP.finditer(text)
    ]


def tests_each_arm_against_its_start(clause: str) -> bool:
    """Whether the clause's p-values test each arm against its own start ("(both p < 0.01)",
    "(p < 0.01 for both)", "(p = 0.01 and p = 0.20, respectively)"), not one arm against the other."""
    return _EACH_ARMS_OWN_P.search(lowered(clause)) is not None


def _arm_numbers(clause: str, arms: Role, labels: dict[str, str] | None) -> dict[str, float]:
    """INT and CMP -> the number the clause gives each arm, named by its words or by the label the
    methods give it (``labels``: "in group D ... in group S")."""
    return numbers_by_group(clause, arms) or labelled_numbers(clause, labels or {})


def changed_less_untested(clause: str, arms: Role, labels: dict[str, str] | None) -> bool:
    """Whether a clause that sizes each arm's change, quoting no p-value (nor, the caller sees to
    it, any interval of their difference), gives the tested arm the smaller one ("reduced by 7.1
    and 3.2 mmHg in the placebo and drug groups, respectively"): the verb's change is each arm's
    own, never the tested arm's over the other."""
    if p_values(clause) or _changed_by_each_in(lowered(clause)) is None:
        return False
    numbers = _arm_numbers(clause, arms, labels)
    return len(numbers) == 2 and abs(numbers["INT"]) < abs(numbers["CMP"])


def changes_compared(
    clause: str, arms: Role, own: list[DomainMatch], p_value: str | None, labels: dict[str, str] | None = None
) -> tuple[str, str] | None:
    """(change, direction) of the intervention against the comparator from each arm's change and
    the one p-value that compares them: "fatigue decreased by 12 points with massage and by 2
    with usual care (p = 0.003)" is a greater fall with massage; a non-significant p-value, no
    difference between them. A p-value given in words (``significance_said``) is the clause's
    one."""
    if p_value is None or _p_values_quoted(clause) > 1 or tests_each_arm_against_its_start(clause):
        return None  # "(both p < 0.01)": each arm's test, none of one against the other
    said = _changed_by_each_in(lowered(clause))
    if said is None:
        return (
            _opposite_changes(clause, arms, own, p_value, labels or {})
            or _shares_changed(clause, arms, own, p_value, labels or {})
            or _values_compared(clause, arms, own, p_value, labels)
        )
    numbers = _arm_numbers(clause, arms, labels)
    if len(numbers) != 2 or numbers["INT"] == numbers["CMP"]:
        return None
    if not significant_p(p_value):
        return "no_difference", "no_difference"
    low = lowered(clause)
    reading = _turn(_CHANGE.match(low, said.start()) or said, low, own)
    return reading if numbers["INT"] > numbers["CMP"] else flipped(reading)


# How many people in each arm: "36% of the massage group", "12 of 20 children", "(60%)".
_PEOPLE = (
    r"\d+(?:[.·]\d+)?\s*%\s+(?:of|in)\b|\d+\s+of\s+(?:the\s+)?\d+\b|"
    r"\d+\s*\(\s*\d+(?:[.·]\d+)?\s*%\s*\)"
)
# What each of them had: the outcome's own change, said of a person ("constipation resolved in 12
# of 20", "reported that their pain was much better"), not a comparative of the arms.
_EACH_ONES = (
    r"(?P<good>improved|improvement|resolved|disappeared|relieved|remitted|cured|healed|(?:was|were|became) "
    r"(?:much |very much |completely |fully |somewhat |a little )?(?:better|gone|normal)|completely gone|"
    r"normali[sz]ed|had normal)|"
    r"(?P<bad>worsened|worsening|deteriorated|deterioration|"
    r"(?:was|were|became) (?:much |somewhat |a little )?worse)|"
    r"(?P<down>reduced|decreased)|(?P<up>increased)"
)
_EACH_ONES_SAID = compiled(rf"\b(?:{_EACH_ONES})\b")
_EACH = re.sub(r"\?P<\w+>", "?:", _EACH_ONES)
_EACH_WAY = re.sub(r"\?P<\w+>", "?:", _EACH_ONES.split("|(?P<down>")[0])  # better or worse, not a size
_RESPONDERS = compiled(
    rf"\b(?:{_EACH})\s+(?:\w+\s+){{0,3}}?(?:in|among|for)\s+(?:only\s+)?(?={_PEOPLE})|"
    # "36% of the massage group and 4% of the usual care group reported that their pain was much
    # better": a person's gain or loss, told in the same clause as the counts
    rf"(?:{_PEOPLE})[^;]{{0,60}}?\band\s+(?:{_PEOPLE})[^;,]{{0,120}}?\b(?:{_EACH_WAY})\b"
)


def responders_compared(
    clause: str, arms: Role, own: list[DomainMatch], p_value: str | None, labels: dict[str, str] | None = None
) -> tuple[str, str] | None:
    """(change, direction) from how many people in each arm had the outcome change: in
    "constipation resolved in 12 of 20 children with reflexology and 5 of 20 with usual care
    (p = 0.03)" the larger share is a gain, however the counts compare; a count of the outcome
    itself ("nausea in 22% and 48%") is ``numbers_change``'s."""
    if p_value is None or _p_values_quoted(clause) > 1:
        return None
    low = lowered(clause)
    if not _EACH_ONES_SAID.search(low):
        return None  # no one's outcome changed (and the search for the people is the slower)
    responders = _RESPONDERS.search(low)
    said = _EACH_ONES_SAID.search(low, responders.start()) if responders else None
    if said is None:
        return None
    numbers = _arm_numbers(clause, arms, labels)
    if len(numbers) != 2 or numbers["INT"] == numbers["CMP"]:
        return None
    if not significant_p(p_value):
        return "no_difference", "no_difference"
    polarity = own[0].polarity
    if said.group("good") or said.group("bad"):
        if polarity not in POLARITIES:
            return None
        good = (said.group("good") is not None) == (numbers["INT"] > numbers["CMP"])
        went_down = good == (polarity == "lower_is_better")
        return ("decreased" if went_down else "increased"), ("improved" if good else "worsened")
    moved = "decreased" if said.group("down") else "increased"
    if numbers["INT"] < numbers["CMP"]:
        moved = _FLIPPED[moved]  # fewer people in whom it fell: relatively, it rose
    return moved, _through_polarity(moved, own)


_ARM_VERB = r"(?:(?:increas|decreas|declin|reduc|improv|worsen|deteriorat)(?:ed|ing)|rose|fell)"
# "fatigue increased in the usual care group and decreased in the aquatic group": each arm's
# change, one way in one arm and the other way in the other.
# "remained stable in the massage group and declined in the control group": one arm kept where
# it was.
ARM_STEADY = (
    r"(?:(?:remained|stayed|was|were)\s+(?:\w+ly\s+)?(?:stable|unchanged|constant|steady|the same)|"
    r"(?:was|were)\s+(?:\w+ly\s+)?(?:maintained|preserved)|did\s+not\s+change)"
)
# The arm by its name ("in the usual care group", "with massage", "in controls") or by its label
# ("in group B").
_IN_ARM = (
    r"[^;]{{0,30}}?\b(?:in (?:the )?(?:(?P<arm{n}>(?:[\w+-]+ ){{1,4}}?)(?:group|arm)\b|"
    r"(?P<label{n}>(?:group|arm) [a-z0-9]{{1,3}})\b|(?P<people{n}>controls)\b)|"
    r"with (?P<given{n}>[\w+-]+(?: [\w+-]+){{0,2}}?)(?=\s*[(,;.]|\s+(?:and|while|whereas|but)\b|\s*$))"
)
_OPPOSITE_CHANGES = compiled(
    rf"\b(?P<v1>{_ARM_VERB}|{ARM_STEADY})\b{_IN_ARM.format(n=1)}"
    rf"[^;]{{0,20}}?\b(?:and|while|whereas|but)\b[^;]{{0,20}}?"
    rf"\b(?P<v2>{_ARM_VERB}|{ARM_STEADY})\b{_IN_ARM.format(n=2)}"
)
_STEADY_SAID = compiled(ARM_STEADY)
# Between the first arm and the second's change, no subject of its own: "group, while it".
_ONLY_JOINED = compiled(
    r"(?:(?:group|arm)\b)?[\s,]*(?:and|while|whereas|but)\s+(?:(?:it|they)\s+)?(?:\w+ly\s+)?"
)


@lru_cache(maxsize=256)
def _opposite_changes_in(low: str) -> re.Match[str] | None:
    """The arms' opposite changes in a lowered clause (cached: asked for each outcome it names)."""
    return _OPPOSITE_CHANGES.search(low)


def _opposite_changes(
    clause: str, arms: Role, own: list[DomainMatch], p_value: str, labels: dict[str, str]
) -> tuple[str, str] | None:
    """(change, direction) of the intervention against the comparator where the two arms moved
    opposite ways, tested by one p-value: "fatigue increased in the usual care group and decreased
    in the aquatic therapy group (interaction p = 0.01)" is a fall with aquatic therapy, as is
    "... increased in group B and decreased in group A" where the methods' ``labels`` say group A
    had it."""
    low = lowered(clause)
    said = _opposite_changes_in(low)
    if said is None:
        return None
    roles = [
        labelled_role(clause[slice(*said.span(f"label{n}"))], labels)
        if said.group(f"label{n}")
        else arm_named(said.group(f"arm{n}") or said.group(f"people{n}") or said.group(f"given{n}"), arms)
        for n in (1, 2)
    ]
    if sorted(roles, key=str) != ["CMP", "INT"]:
        return None
    steady = [_STEADY_SAID.match(said.group(verb)) is not None for verb in ("v1", "v2")]
    first_arm_end = max(said.end(f"{way}1") for way in ("arm", "label", "people", "given"))
    if any(steady) and not _ONLY_JOINED.fullmatch(low, first_arm_end, said.start("v2")):
        return None  # "pain remained stable in A and anxiety rose in B": another outcome's change
    if any(steady):  # one arm kept where it was: the other's change, relatively the tested arm's
        moved = steady.index(False) if not all(steady) else None
        kind = None if moved is None else _CHANGE.match(low, said.start(("v1", "v2")[moved]))
        if kind is None or moved is None or not significant_p(p_value):
            return None  # a test that finds nothing may be the changed arm's own
        reading = _turn(kind, low, own)
        return reading if roles[moved] == "INT" else flipped(reading)
    kinds = [_CHANGE.match(low, said.start(verb)) for verb in ("v1", "v2")]
    if None in kinds or {k.lastgroup for k in kinds if k} not in ({"up", "down"}, {"good", "bad"}):
        return None
    if not significant_p(p_value):
        return "no_difference", "no_difference"
    tested = kinds[roles.index("INT")]
    return _turn(tested, low, own) if tested else None


# "38% of the mindfulness group and 17% of the usual care group had a reduction in depression":
# each arm's share, then what that share had.
_SHARES_HAD = compiled(
    r"\d\s*%[^;]{0,60}?\band\b[^;]{0,40}?\d\s*%[^;]{0,60}?\b(?:had|showed|achieved|reported|experienced|"
    r"attained)\b(?P<what>[^;]{0,80})"
)


def _shares_changed(
    clause: str, arms: Role, own: list[DomainMatch], p_value: str, labels: dict[str, str]
) -> tuple[str, str] | None:
    """(change, direction) of the intervention against the comparator from the share of each arm
    that had a change, tested by one p-value: more of the tested arm had a reduction in depression
    is a fall with it; fewer, a fall with the comparator."""
    low = lowered(clause)
    said = _SHARES_HAD.search(low)
    if said is None:
        return None
    change = _CHANGE.search(low, said.start("what"), said.end("what"))
    numbers = _arm_numbers(clause, arms, labels)
    if change is None or change.group("mixed") or len(numbers) != 2 or numbers["INT"] == numbers["CMP"]:
        return None
    if not significant_p(p_value):
        return "no_difference", "no_difference"
    reading = _turn(change, low, own)
    return reading if numbers["INT"] > numbers["CMP"] else flipped(reading)


# "82% of the massage group reported no pain as compared to 45% of the usual care group": each
# arm's share, set against the other's in words.
_SHARES_SET_AGAINST = compiled(
    rf"\d\s*%\s+of (?:the )?[^;]{{0,80}}?\b(?:as )?(?:{COMPARED}|versus|vs\.?|than)\s+"
    r"(?:(?:that|those) of |with |in )?(?:the )?\d+(?:[.·]\d+)?\s*%\s+(?:of|in)\b"
)


def sets_shares_against(text: str) -> bool:
    """Whether a text sets one arm's share of people against another's in words: a result, though
    it has no change word ("82% of the massage group reported no pain as compared to 45% ...")."""
    return _SHARES_SET_AGAINST.search(lowered(text)) is not None


def shares_set_against(clause: str, arms: Role, labels: dict[str, str] | None = None) -> str | None:
    """How the tested arm's share of people with the outcome stands against the comparator's,
    where the clause sets one against the other in words ("82% of the massage group reported no
    pain as compared to 45% of the usual care group"), as "more patients in X than in Y" would:
    "increased" where the tested arm's is larger, "decreased" where smaller, else None."""
    if not sets_shares_against(clause):
        return None
    numbers = _arm_numbers(clause, arms, labels)
    if len(numbers) != 2 or numbers["INT"] == numbers["CMP"]:
        return None
    return "increased" if numbers["INT"] > numbers["CMP"] else "decreased"


def _values_compared(
    clause: str, arms: Role, own: list[DomainMatch], p_value: str, labels: dict[str, str] | None = None
) -> tuple[str, str] | None:
    """(change, direction) of the intervention against the comparator from each arm's values
    before and after, tested by one p-value: "fell from 45 to 38 in the sham group and from 44 to
    43 in the reflexology group (p = 0.03)" is the smaller fall with reflexology, a rise against
    sham, whatever the change word says of both arms."""
    relative = each_arm_changed(clause, arms, labels)
    if relative is None:
        return None
    if not significant_p(p_value):
        return "no_difference", "no_difference"
    return relative, _through_polarity(relative, own)


def numbers_change(
    clause: str,
    arms: Role,
    own: list[DomainMatch],
    p_value: str | None,
    labels: dict[str, str] | None = None,
    before: str = "",
) -> tuple[str, str] | None:
    """(change, direction) from the number each arm got, where the clause says no more: "pain
    was 3.1 in the massage group and 5.4 in the control group (p = 0.01)" is a decrease with
    massage. Needs a p-value, and a number for each arm (``reader.group_numbers``, the
    evidence-inference reader's own reading, or arms known by ``labels``: "in groups 1 and 2 ...
    respectively", or named by the statement ``before``: "fatigue was 2.0 and 3.5, respectively")."""
    if p_value is None or _TIMES_RESPECTIVELY.search(lowered(clause)):
        return None  # "before and after ... were 5.2 and 3.4, respectively": one arm's, over time
    if not significant_p(p_value) and _PER_ARM.search(lowered(clause)):
        return "no_difference", "no_difference"  # whichever arm is which, they did not differ
    numbers = _arm_numbers(clause, arms, labels) or respective_as_before(clause, before, arms)
    if len(numbers) != 2 or numbers["INT"] == numbers["CMP"]:
        return None
    if not significant_p(p_value):
        return "no_difference", "no_difference"
    if _p_values_quoted(clause) == 1 and _three_arms_numbered(clause, arms):
        return None  # "22% with A, 25% with sham and 41% with usual care (p = 0.03)": a test of all three
    if _CHANGE_NAMED.search(lowered(clause)) and min(numbers.values()) >= 0:
        return "unclear", "unclear"  # how much each arm changed, which way unsaid
    moved = "increased" if numbers["INT"] > numbers["CMP"] else "decreased"
    return moved, _through_polarity(moved, own)


# A number just before an arm named after it: "22% with acupressure", "3.1 in the sham group".
_NUMBER_FOR_AN_ARM = compiled(
    r"\d(?:[\d.,]*\d)?\s*%?\s+(?:with|in|for|after)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
)


def _three_arms_numbered(clause: str, arms: Role) -> bool:
    """Whether the clause gives a number to three arms or more, each just before its name: its one
    p-value then tests all of them at once, and which two differ it does not say."""
    numbered = [
        start
        for _, start, _ in group_mentions(clause, arms)
        if _NUMBER_FOR_AN_ARM.search(clause, max(0, start - 40), start)
    ]
    return len(numbered) >= 3


# "the change in pain was 2.26 with one arm and 0.98 with the other": each arm's change, named as
# such; without a sign, a greater one may be a greater fall as well as a greater rise.
_CHANGE_NAMED = compiled(r"\bchanges?\s+(?:in|of|from)\b")


# "39.9 ± 4.9 before treatment and 20.1 ± 6.0 after 8 weeks": one number before, one after.
_BEFORE = (
    r"(?:before (?:the )?(?:treatment|intervention|training|therapy|surgery)|at baseline|"
    # "5.2 before and 3.9 after the intervention": what it was before, named once, after
    r"before(?= and )|"
    r"pre-?(?:treatment|intervention|test))"
)
_AFTER = (
    r"(?:after|at (?:the end|\d+ (?:weeks?|months?|days?)|(?:weeks?|months?|days?) \d+)|"
    r"post-?(?:treatment|intervention|test))"
)
_BEFORE_AFTER = compiled(
    rf"(?<![\w.])(?P<before>\d+(?:[.·]\d+)?)\s*{_SPREAD}[^\d;]{{0,25}}?\b{_BEFORE}\b"
    rf"[^\d;]{{0,12}}?\band\s+(?P<after>\d+(?:[.·]\d+)?)\s*{_SPREAD}[^\d;]{{0,25}}?\b{_AFTER}\b"
)


# "before and after the intervention were 5.2 ± 1.1 and 3.4 ± 0.9, respectively", "at baseline and
# after 6 weeks were 45 and 32": the times named first, then their numbers in order; not "5.2 and
# 3.1 in group A and 5.0 and 4.9 in group B", each arm's pair.
_TIMES_RESPECTIVELY = compiled(
    r"(?:\bbefore|\bat baseline|\bbaseline|\bpre-?(?:treatment|intervention|test)\b|\bpre-)\s*"
    r"(?:\([^()]{0,20}\)\s*)?and\s+"
    r"(?:after|post-?(?:treatment|intervention|test)?|at (?:the end|weeks?|\d))\b"
    rf"[^;]{{0,50}}?\b(?:was|were)\s+(?:(?:about|approximately)\s+)?(?P<before>\d+(?:[.·]\d+)?)\s*{_SPREAD}"
    rf"{_BRACKETED_SPREAD}%?\s*,?\s*(?:and|vs\.?|versus)\s+(?P<after>\d+(?:[.·]\d+)?)\s*{_SPREAD}"
    rf"{_BRACKETED_SPREAD}%?(?![^;]{{0,40}}?(?:\band|,)\s+\d)"
)

# "before the intervention was 6.8 and after the intervention was 3.2": each time, then its number.
_EACH_TIME_WAS = compiled(
    rf"\b{_BEFORE}\b[^\d;]{{0,20}}?\b(?:was|were)\s+(?P<before>\d+(?:[.·]\d+)?)\s*{_SPREAD}"
    rf"{_BRACKETED_SPREAD}[^\d;]{{0,12}}?\band\s+{_AFTER}\b[^\d;]{{0,25}}?\b(?:was|were)\s+"
    rf"(?P<after>\d+(?:[.·]\d+)?)"
)


def times_change(segment: str, own: list[DomainMatch], p_value: str | None) -> tuple[str, str] | None:
    """(change, direction) from an outcome's number before treatment and after it: "severity was
    39.9 before treatment and 20.1 after 8 weeks (p < 0.001)" is a decrease within the group, as
    is "before and after the intervention were 39.9 and 20.1, respectively" or "before the
    intervention was 39.9 and after it was 20.1". Needs a significant
    p-value; a non-significant one is no change."""
    if p_value is None:
        return None
    low = lowered(segment)
    numbers = _BEFORE_AFTER.search(low) or _TIMES_RESPECTIVELY.search(low) or _EACH_TIME_WAS.search(low)
    if numbers is None:
        return None
    if _AT_THRESHOLD.search(p_value):
        return None  # on the line: no reading either way
    if not significant_p(p_value):
        return "no_difference", "no_difference"
    before, after = (float(numbers.group(g).replace("·", ".")) for g in ("before", "after"))
    if before == after:
        return None
    moved = "increased" if after > before else "decreased"
    return moved, _through_polarity(moved, own)


# "rigidity decreased more after rest than after massage": the condition a comparative holds for,
# named just after it, before what it is set against.
_COMPARATIVE_AFTER_ARM = compiled(
    rf"{_COMPARATIVE}{_NO_THAN}\b(?:after|following|during|with) (?:the )?(?P<arm>[\w-]+)\b(?! of\b)|"
    rf"{_COMPARATIVE}{_NO_THAN}\b(?:in|among) the (?P<grouped>[\w-]+) (?:group|arm|condition)s?\b"
)
# "the rest condition reduced rigidity more than massage", "after rest, rigidity was higher than
# after massage": the comparator arm, as the clause opens, is what is compared.
_ARM_OPENS_COMPARED = compiled(
    r"^\W*(?:(?:after|following|during|with) (?:the )?(?P<after>[\w-]+)(?: (?:group|arm|condition|session|"
    r"period)s?)?\s*,|(?:the )?(?P<subject>[\w-]+) (?:group|arm|condition|session|period)s?\b)"
)


def control_condition_first(clause: str, arms: Role, controls: frozenset[str]) -> bool:
    """Whether the clause tells the control arm's result set against the intervention's, the arm
    named by a word of ``controls`` (the words that name a control arm in any trial, and the
    methods' control) rather than those ``read_change`` turns round already: in a crossover trial
    of massage and rest, "rigidity decreased more after rest than after massage" is rest's
    greater fall, massage's smaller one. "Pain at rest" is a measure: an arm counts only where a
    comparative holds for it, or as the clause's opening subject."""
    low = lowered(clause)
    cue = _set_against_in(low)
    if cue is None:
        return False
    held = _COMPARATIVE_AFTER_ARM.search(low, 0, cue.start())
    opens = _ARM_OPENS_COMPARED.match(low, 0, cue.start())
    named = [arm for said in (held, opens) if said is not None for arm in said.groups() if arm and arms(arm)]
    if not named or named[0] not in controls | _CONTROL_WORDS or arms(named[0]) != CMP:
        return False
    other = next((w for w in WORD.findall(low[cue.end() :])[:_ARM_REACH] if arms(w)), None)
    return other is not None and arms(other) == INT and not _control_arm_first(low)


# "improved balance as much as the combined program": the arms alike, not the amount of a change
# ("by as much as 40%", "as much as 3 points").
_AS_MUCH_AS = Screened(
    r"(?<!\bby )\b(?:as much|as effectively|as effective|to the same (?:extent|degree)) as "
    r"(?P<rest>[^.;,()]{1,60})|"
    # "improved as much with physiotherapy alone as with the combined program"
    r"\bas (?:much|effectively) "
    r"(?=(?:with|in|after|among|for) [^.;,()]{1,60}? as (?:with|in|after|among|for) )(?P<each>[^.;,()]{1,60})"
)
_AN_ARM_NAMED = compiled(
    r"^(?:the |those (?:in|receiving|given) )?(?:[\w+-]+ ){0,3}?(?:groups?|arms?|programs?|programmes?|"
    r"treatments?|therap(?:y|ies)|interventions?|conditions?|regimens?|alone)\b"
)


def alike_to_an_arm(clause: str, arms: Role) -> bool:
    """Whether the clause says one arm did as much as another ("physiotherapy alone improved motor
    function as much as the combined program"): no difference between them, whichever is named
    first. "At least as much as" is read by ``read_change`` as non-inferiority."""
    low = lowered(clause)
    said = _AS_MUCH_AS.search(low)
    if said is None or _NON_INFERIOR.search(low):
        return False
    rest = said.group("rest") or said.group("each")
    if rest[:1].isdigit():
        return False
    return bool(_AN_ARM_NAMED.match(rest)) or any(arms(w) for w in WORD.findall(rest)[:_ARM_REACH])
