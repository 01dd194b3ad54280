"""Exact rules about what a results sentence states, before any outcome is read from it.

- ``clause_spans``: a sentence cut where its statements change ("pain fell in both groups, but
  massage was not superior to sham" is two statements, each with its own comparison);
- ``is_baseline``: the groups as they were at the start ("groups did not differ at baseline in
  age") is a description, never a finding;
- ``is_correlation``: a correlation between two measures is not an effect of the intervention;
- ``is_hypothetical``: what a trial would, should or will do is not what it found;
- ``interval_reading``: an effect estimate with its confidence interval, as a meta-analysis pools
  it ("SMD -0.45, 95% CI -0.71 to -0.19"): significant when the interval excludes the null (0 for
  differences, 1 for ratios), and which way the estimate lies; a relative change of an event's
  rate in percent ("the incidence of falls was reduced by 24% (95% CI 4 to 42%)") likewise, its
  null no change at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from harvester.extract.patterns import (
    COMPARED,
    INTERACTION_TERM,
    NO_CHANGE_SEEN_IN_AN_ARM,
    Caseless,
    Screened,
    compiled,
    lowered,
)

# Harms in general, as trials report them ("two reported side effects", "no adverse events").
HARM_WORDS = r"adverse (?:events?|effects?|reactions?)|side[\s-]effects?"
# Harms belong to the safety notes, not the findings: the words they read a harm by, and more that
# name one as a measure ("adverse outcomes", "AEs", "tolerability").
SAFETY_MEASURE = compiled(
    rf"\b(?:{HARM_WORDS}|adverse|AEs?|SAEs?|TEAEs?|tolerab\w*|safety|toxicit\w*)\b", re.IGNORECASE
)

# What follows a subject and its verb: "relaxation training, however, had no effect" is one
# statement, its "however" set off between them, as "in contrast" or "on the other hand" would be.
_PREDICATE = (
    r"(?:(?:also|still|only|not|again|likewise|similarly|clearly)\s+)?"
    r"(?:was|were|is|are|had|has|have|did|does|do|could|can|may|might|showed|shows|remained|remains|"
    r"produced|yielded|failed|led|resulted|demonstrated|exhibited|experienced|reported|achieved|reached|"
    r"displayed|gave|appeared|seemed|tended|"
    r"[a-z]+ed\s+(?:no|not|neither|any|the|a|an|its|their|significantly|only|slightly|markedly|by|from)\b|"
    # after an adverb of degree, a word in -ed is the verb: "significantly reduced fatigue"
    r"(?:(?:statistically\s+)?significantly|slightly|markedly|further)\s+[a-z]+ed\b)"
)
# After "and", a subject of a few words with a result of its own: "the rise in anxiety was larger",
# "fatigue did not change". Not a list's next item ("and the rise in anxiety"), which has no verb.
_OWN_SUBJECT = (
    r"(?:(?!(?:and|or|but|than|versus|vs|with|which|that|who|whose|was|were|is|are|had|has|have|did|"
    r"remained)\b)[\w'’-]+\s+){1,8}?"
    # "pain scores were 40% lower": the size before the comparative
    r"(?:(?:was|were|is|are|remained)\s+(?:(?:also|not|still|\w+ly)\s+)*"
    r"(?:\d+(?:[.·]\d+)?\s*(?:%|points?|percent)\s+)?(?:lower|higher|greater|larger|"
    r"smaller|less|more|fewer|better|worse|reduced|increased|decreased|improved|unchanged|similar|"
    r"comparable|significant|superior|inferior|different|no (?:better|worse|different))|"
    r"(?:had|showed|reported|experienced)\s+(?:(?:also|\w+ly)\s+)*(?:lower|higher|greater|"
    r"larger|smaller|less|more|fewer|better|worse|reduced|increased|decreased|improved)|did not|"
    r"(?:decreased|increased|improved|declined|rose|fell|worsened)\b)\b"
)
# A statement with a subject and a verb that states a change: "massage reduced pain", "the
# massage group had lower pain"; not a noun phrase alone ("reductions in pain", "reduced pain").
_SUBJECT_AND_RESULT = compiled(
    r"\b[\w'’-]+\s+(?:(?:also|further|\w+ly)\s+)*(?:(?:(?:reduc|decreas|increas|improv|lower|rais|reliev|"
    r"alleviat|eas|worsen|enhanc|attenuat|declin)ed|fell|rose|dropped)\b|(?:was|were|had|showed|reported|"
    r"experienced)\s+(?:[\w-]+\s+){0,3}?(?:lower|higher|less|more|fewer|greater|better|worse|reduced|"
    r"increased|decreased|improved|superior|inferior)\b|"
    # "those given massage rated their relationship with the carer more positively"
    r"rated\s+(?:[\w'’-]+\s+){1,8}?(?:more|less)\s+(?:positively|negatively)\b|"
    # "pain remained stable in controls | and anxiety decreased": a lack of change is a result too
    r"remained\s+(?:\w+ly\s+)?(?:stable|unchanged|constant|the\s+same)\b|did\s+not\s+change\b|"
    r"(?:was|were)\s+unchanged\b)",
    re.IGNORECASE,
)
# The breaks after a space (and a comma) are one alternative, so that re reads the space once
# at each of the many in a sentence, then tries the words that may follow it. "3.2 in the massage
# group, while that of the control group was 5.4": the other arm's number, no clause of its own.
_CLAUSE_BREAK = Caseless(
    # "... (p = 0.82)but serum ferritin was higher": a bracket run into the next clause, unspaced
    r"(?<=[)\]}])(?:but(?! not\b)|whereas|although)\b,?\s*|"
    # "as effective as physiotherapy for pain, and superior for sleep": the arms' likeness ends there
    r",\s+and\s+(?=(?:(?:statistically\s+)?significantly\s+)?(?:superior|inferior|more effective|"
    r"less effective)\s+(?:to|than|for|in|on)\b)|"
    # "but not in fatigue, pain or sleep": a list the denial runs on through; not "but not in the
    # control group, and the difference between the groups was significant", a statement after it
    # "remained low in the drug group in contrast to an increase in the placebo group": the other
    # arm's own change, told by its noun, set against the first arm's
    r",?\s+(?:in contrast to|as opposed to)\s+(?=(?:an? )?(?:(?:non-?|statistically )?significant |slight )?"
    r"(?:increase|decrease|improvement|reduction|rise|fall|decline|worsening|deterioration) "
    r"(?:in|among|with) (?:the )?(?:[\w-]+ ){1,3}?(?:group|arm)s?\b)|"
    r";\s*|,?\s+(?:(?:but(?! not (?:in |with |by |for |on |the )*[\w-]+(?: [\w-]+){0,3},"
    r"(?!\s+(?:and|but|while|whereas)\s+(?:the|this|these|there|it)\b))|"
    # ("longer while taking placebo than while taking melatonin": "while" of a time, no contrast)
    r"(?:whereas|while(?!\s+(?:taking|receiving|using|on|under|wearing|undergoing)\b))"
    r"(?!\s+(?:that|those)\s+(?:of|in|for)\s+[^,;]{1,40}?\s+(?:was|were)\s+[−-]?\d)|"
    rf"although|(?:though|however)(?!,\s+{_PREDICATE})|yet)\b,?\s*|"
    r"(?=(?:with|without) (?:no |a |any )?(?:statistical(?:ly)? )?(?:significant )?"
    r"(?:between|inter-?group|group differen|differen|(?:main )?(?:group|treatment) effects?|"
    r"(?:effects?|benefits?|impact) on\b|advantages? (?:for|of|with)\b|"
    rf"(?:{INTERACTION_TERM} )?interaction))|"
    # "improved motor function (SMD ...) and daily activities (SMD ...), and reduced pain (SMD ...)":
    # a verb of its own, after the list the first verb ran through and its statistics
    r"(?<=\),\s)and\s+(?=(?:significantly\s+)?(?:reduced|decreased|improved|increased|lowered)\s+"
    r"(?!(?:in|among|with|after|from|by)\b))|"
    # "fatigue increased in the waiting list group (p = 0.02) and decreased in the yoga group": the
    # second arm's own change, told by a verb of its own after the first's own test (and a comma)
    # (or "and a non-significant increase in the control group", "and increased non-significantly in";
    # or after two arms' own tests, "in the yoga (p = 0.01) and tai chi (p = 0.02) groups and rose in")
    r"(?:(?<=\)\s)|(?<=\),\s)|(?<=\)\sgroups\s)|(?<=\)\sarms\s))and\s+"
    r"(?=(?:(?:non-?)?significantly |slightly )?(?:increased|decreased|improved|worsened|"
    r"deteriorated|fell|rose|declined) (?:(?:non-?)?significantly |slightly )?(?:in|among) (?:the )?"
    r"(?:(?:[\w-]+ ){1,3}?(?:group|arm)s?|(?:group|arm) [a-z0-9]{1,3}|g[1-4])\b|"
    r"(?:an? )?(?:(?:non-?|statistically )?significant |slight )?(?:increase|decrease|improvement|reduction|"
    r"rise|fall|decline) (?:in|among) (?:the )?(?:[\w-]+ ){1,3}?(?:group|arm)s?\b|"
    # "decreased in the massage group (p = 0.002) and was lower than in controls (p = 0.01)": the
    # arm's change, then the arms compared, each with its own test
    r"(?:was|were) (?:(?:statistically )?significantly )?"
    r"(?:lower|higher|better|worse|greater|smaller|less|more) than\b)|"
    # "improved in the massage group and remained unchanged in the control group": the other arm's
    # lack of change, a statement of its own where no test follows for the two together
    r"and\s+(?=(?:(?:was|were|remained|stayed) (?:unchanged|stable|constant)|did not change|showed no change)"
    r" (?:in|after|with|among)\b(?![^;]*\bp\s*[<=>≤]))|"
    # "decreased in the yoga group, and no significant change was seen in the usual care group": that
    # arm's own lack of change, no denial of the change told before it (with its own "(all p > 0.05)",
    # or a significant test after it, which cannot make the change told before it none)
    rf"and\s+(?=(?:there (?:was|were) )?{NO_CHANGE_SEEN_IN_AN_ARM})|"
    # "reduced pain compared with no treatment (MD -1.9, ...) and compared with sham (MD -1.1, ...)": the
    # same result against a second arm, with its own estimate
    # (not "both compared with baseline (p < 0.001) and compared with sham (p = 0.003)": tests alone)
    r"(?<=\)\s)and\s+(?=(?:(?:when|as\s+)?compared\s+(?:with|to)|relative\s+to|versus|vs\.?)\s+[^.;()]{1,60}"
    r"\([^()]*?\bcr?i\b)|"
    # "lower with reflexology at week 4 (p = 0.04), and were similar at follow-up": after its own test,
    # the same outcome again, no longer apart (not "similar in" an arm, that arm's own)
    r"(?:(?<=\)\s)|(?<=\),\s))and\s+(?=(?:was|were|remained) (?:similar|comparable|no longer|"
    r"not (?:significantly |statistically )?different)\b(?!\s+(?:in|with|among|for)\b))|"
    # "massage reduced fatigue and did not affect sleep": the denial is the second verb's alone
    r"and\s+(?=(?:did|does|do) not\b|"
    # "pain fell in both groups, and there was no significant difference between them": the arms
    # alike, a statement of its own beside each arm's change
    r"there (?:was|were) no (?:(?:statistically )?significant )?differences?\b|"
    # "..., and no between-group difference was found": the same, without "there was"
    r"no (?:(?:statistically )?significant )?(?:(?:between[- ]groups?|inter-?group) )?differences?\b|"
    # "..., and the decrease was associated with improved mood": the change tied to another measure
    r"(?:the|this|these|such) (?:[\w-]+ )?(?:decreases?|increases?|reductions?|improvements?|changes?|gains?|"
    r"declines?) (?:was|were) (?:\w+ly )?(?:associated|correlated)\b|"
    r"the (?:(?:between[- ]groups?|inter-?group) )?differences? (?:between [\w\s-]{1,40}? )?(?:was|were)\b|"
    # "..., and these differences persisted at follow-up": the result before, at a later time
    r"(?:these|this|the|such) (?:[\w-]+ )?(?:differences?|effects?|improvements?|benefits?|"
    r"reductions?|gains?) (?:persisted|lasted|continued|remained|"
    r"(?:was|were) (?:still )?(?:maintained|sustained))\b))|"
    # "..., indicating less edema", "..., suggestive of less fatigue" (not "..., indicating
    # improvement": the authors' word for the change told)
    r",\s+(?=(?:indicating|suggesting|reflecting|implying|"
    r"(?:which (?:is|was|are|were) )?(?:suggestive|indicative) of)\b"
    r"(?!\s+(?:an?\s+)?(?:(?:significant|marked)\s+)?"
    r"(?:improvement|worsening|deterioration)\b))|"
    # "decreased in both groups, slightly more with massage (p = 0.21)": the arms compared, on their own
    # (not after "respectively", whose numbers the comparison goes on to set against the other arm)
    r"(?<!respectively),\s+(?=(?:\w+ly\s+|even\s+|much\s+|far\s+)?(?:more|less)\s+"
    r"(?:so\b|(?:in|with|among|for|after)\s))|"
    # "..., which persisted at 6 months": the same, told by a relative clause
    r",\s+(?=which (?:persisted|lasted|continued|(?:was|were) (?:still |not )?(?:maintained|sustained)|"
    r"did not (?:persist|last))\b)|"
    # "improved in both arms, with no significant treatment difference": the arms alike, on their own
    r",\s+(?=with no (?:(?:statistically )?significant )?(?:(?:treatment|between[- ]groups?|inter-?group) )?"
    r"differences?\b)|"
    r",\s+(?=with (?:a |an )?(?:significantly |statistically significantly )?(?:greater|larger|higher|lower|"
    r"smaller|more|less|better|bigger)\b)|"
    # not after an initial ("b. clausii", "e. coli" name one species), nor "vs.", which sets one arm
    # against the other (looked behind from the stop, so only where a stop stands)
    r"\.(?<!\b[a-z]\.)(?<!\bvs\.)\s+(?=[a-z])|"
    # "reduced pain and the rise in anxiety was larger with usual care": another subject's result
    rf",?\s+(?P<subject>and)\s+(?={_OWN_SUBJECT})",
)
_BASELINE = compiled(
    r"\b(?:age|gender|sex|ethnicity|race|height|education|comorbidit\w*)\b\s*(?:,|and|or)|"
    r"\bpre-?operative(?! (?:to|and|chemo|radio|\w*therapy|treatment|administration|infusion|dos|use|"
    r"training|exercise|education|rehabilitation|carbohydrate|nutrition|supplement))"
    r"(?! (?:[\w-]+ ){0,2}(?:arm|group)s?\b)|"
    r"\b(?:upon|at) (?:study )?(?:initiation|entry|enrol?ment|inclusion|"
    r"randomi[sz]ation|admission|presentation)\b|\b(?:at|in) baseline\b|\bhistory of\b|"
    r"\bbaseline (?:(?:clinical|demographic|and|patient|laboratory|other|mean|median|average)\s+){0,3}"
    r"(?:characteristics|values|data|demographics|measures|scores|levels|variables|features)\b|"
    r"\b(?:pre-?(?:intervention|treatment|test|induction|randomi[sz]ation)|"
    r"(?:before|prior to) (?:the )?(?:intervention|treatment|randomi[sz]ation|admission|enrol?ment|"
    r"inclusion|study entry|sessions|programm?e))\b|"
    # "before the study", "at the start of the trial": when the arms were first measured
    r"\b(?:before|prior to|at the (?:start|beginning|outset) of) (?:the )?(?:study|trial)\b|"
    # "similar in both groups at the start", "before the first session": when the arms were first
    # seen, named by the treatment's own start
    r"\bat the (?:start|beginning|outset)\b(?! of (?!(?:the )?(?:study|trial|treatment|intervention)\b))|"
    r"\b(?:before|prior to) the first (?:session|treatment|intervention|dose|visit|class)\b|"
    r"\bdemographic|\bsocio-?demographic|\bhomogene|"
    # "no differences in the general characteristics of the two groups": who the people were
    r"\b(?:general|clinical|personal|(?:patient|participant)s?'?) characteristics\b|"
    # "participants in the massage group were older": who they were, not what changed
    r"\b(?:were|was) (?:significantly |slightly )?(?:older|younger)\b|"
    # "the massage group had higher baseline anxiety than the control group" (but "in patients with
    # higher baseline anxiety, ...": which people a result is of; "..., with similar baseline pain":
    # the arms alike, which picks out no people)
    r"(?:(?<!\bwith )\b(?:higher|lower|greater|more|less|worse|better|poorer)|\b(?:similar|comparable))"
    r" baseline\b(?![- ]?adjust)|"
    # "groups whose baseline pain was similar", "baseline anxiety and depression did not differ":
    # the outcomes named as they were at baseline, said alike or not, wherever the clause opens
    r"\bbaseline (?!adjust|to\b)(?:[\w-]+ ){1,4}?(?:was|were|did|do|does) (?:not )?"
    r"(?:significantly |statistically )?(?:similar|comparable|differ(?:ent)?|alike|balanced|equivalent)\b",
)
# Apart from the rest of ``_BASELINE``, which ``re`` could not otherwise start only where one of
# its words may begin: "at baseline, ...", "the groups were comparable", said as a statement opens.
_BASELINE_OPENING = compiled(
    # "Baseline fatigue was lower in the control group", "The baseline scores did not differ"
    # (but not "Baseline sodium and values at 48 h were comparable": a later time too)
    r"^\W*(?:(?:at|in) the baseline\b|"
    r"(?:(?:the|mean|median) ){0,2}baseline\b(?![- ]?adjust)"
    r"(?![^;]*?\b(?:at|by|until) (?:the end|week|month|day|\d)))|"
    # "Initial exercise capacity was lower in the A arm": the level the arms started from (not "the
    # initial decrease in pain", "initial response": the first of the changes the trial caused)
    r"^\W*(?:(?:the|mean|median) ){0,2}initial (?!(?:[\w-]+ )?(?:responses?|success|relief|decreases?|"
    r"increases?|reductions?|improvements?|changes?|rises?|falls?|drops?|gains?|effects?|declines?)\b)|"
    r"^\W*(?:(?:the|both|all|two|three|study) )*(?:groups?|arms?|samples?|patients|"
    r"participants|subjects) (?:were|was) "
    r"(?:comparable|similar|homogeneous|(?:well[- ])?balanced|well[- ]matched|matched)\b"
)
# "post-intervention", "post-training": the time after the treatment, in one word.
AFTER_TREATMENT = (
    r"\bpost-?(?:intervention|treatment|test|training|programme|program|exercise|therapy|rehabilitation)\b"
)
_CHANGE_SINCE_BASELINE = compiled(
    # ("compared to their baseline scores": the arm's own start)
    rf"\b(?:from|{COMPARED}|than|versus|vs\.?|relative to|over|since) (?:those |that )?(?:at )?"
    r"(?:the |their |its )?(?:baseline|pre-?(?:intervention|treatment|test)|"
    r"(?:study )?(?:entry|enrol?ment|enrollment)|"
    r"the (?:start|beginning|outset)(?: of (?:the )?(?:study|trial))?)\b|"
    # "compared with before the intervention", "than before treatment", "than those before
    # treatment", as abstracts written in a second language often put it: a change since then
    rf"\b(?:{COMPARED}|than|versus|vs\.?|relative to|from) (?:the |those |that )?(?:values? )?"
    r"(?:before|prior to)\b|"
    r"\bbaseline[- ]to\b|\bchanges? in\b|\bafter\b|"
    rf"{AFTER_TREATMENT}|\bfollow-?up\b|\b(?:returned|reverted|came back) to\b|"
    r"\bsubsequent\b|"
    # "when baseline scores were compared with later scores": set against a later time
    rf"\b{COMPARED} (?:the |those )?(?:later|following|final)\b|"
    # "5.2 at baseline and 3.9 at week 6": a later time too
    r"\bat baseline (?:and|or|to|vs\.?|versus) [^;,]{0,25}?"
    r"\bat (?:(?:weeks?|months?|days?) \d+|\d+ (?:weeks?|months?))\b|"
    # "at baseline, week 6 and week 12": the list of times goes on past the start
    r"\bat baseline, (?:(?:weeks?|months?|days?) \d+|\d+ (?:weeks?|months?))\b|"
    # "neither preoperatively (p = 0.40) nor postoperatively (p = 0.68)": the time after it too
    r"\bpost-?operative(?:ly)?\b",
)
_CORRELATION = compiled(
    r"\bcorrelat\w*|\b(?:association|relationship|relation|link)s? between\b|"
    r"\bwas associated with (?:the )?(?:change|improvement|"
    r"reduction|increase|decrease)s? in\b|\b[rρ]\s*=\s*[−-]?0?\.\d|\bregression\b|"
    r"\bpredict(?:ed|or|ors|ive|s)\b|"
    # "the fall in pain paralleled the rise in sleep", "lower anxiety was linked to better sleep",
    # "anxiety decreased with increasing age": one measure moving with another, or with age
    r"\bparallel(?:l?ed|s)\b|\b(?:was|were|is|are) (?:\w+ly )?linked (?:to|with)\b|"
    # "gains in walking were related to reductions in fatigue": one change with another
    r"\b(?:was|were|is|are) (?:\w+ly )?related (?:to|with) (?:the )?(?:[\w-]+ )?"
    r"(?:changes?|gains?|reductions?|improvements?|increases?|decreases?|declines?) in\b|"
    # "fatigue reduction depended on baseline walking speed", "walking mediated the effect of
    # training on fatigue": one measure moving with another
    r"\bdepend(?:ed|s)? (?:up)?on\b|"
    r"\b(?:mediated|mediates) (?:the|an?) (?:[\w-]+ )?(?:effects?|relationship|association)\b|"
    r"\bmediation\b|"
    r"\bwith (?:increasing|advancing|decreasing|higher|older|greater) (?:age|body mass index|bmi|weight)\b",
)
# "Regression analysis showed that the massage group improved fatigue compared with usual care":
# the analysis named as the way the arms were compared, not a tie between two measures.
_ARMS_COMPARED_BY_REGRESSION = Screened(
    r"\b(?:[a-z-]+\s+){0,2}regression (?:analys[ie]s|models?)\s+"
    r"(?:showed|indicated|revealed|demonstrated|confirmed|found)\s+that\s+"
    rf"(?=.*\b(?:{COMPARED}|than|versus|vs\.?)\s)"
)
_HYPOTHETICAL = Screened(
    r"\b(?:would|should|will|needs? to|are needed|is needed|(?:is|are) required|warrant\w*|future|"
    # "we expect dance to improve gait speed": a protocol's expectation, not its result
    r"we (?:expect|anticipate|predict)|(?:is|are) (?:expected|anticipated|predicted|hypothesi[sz]ed) to)\b|"
    # "If reflexology reduces urgency, it could ...": a condition, what would follow were it so
    r"^\W*(?:even\s+)?if\b"
)
# What was known before the study, or what it set out to do: "has been shown to reduce
# diarrhoea", "the purpose was to determine if X could increase recovery", "we tested an
# intervention to improve care"; never a result of this study.
_BACKGROUND = Caseless(
    r"\b(?:ha(?:s|ve) (?:previously |already |also )?(?:been )?(?:shown|demonstrated|proven|reported) to|"
    r"ha(?:s|ve) (?:previously |already )?been (?:shown|demonstrated|proven|reported|suggested)|"
    r"(?:previously|already) (?:been )?(?:shown|demonstrated|reported)|(?:is|are) known to|"
    # "massage and stretching are used to reduce spasticity", "is thought to improve sleep": what a
    # therapy is for, or believed to do
    r"(?:is|are|can be|could be|may be|should be) (?:\w+ly )?used "
    r"(?:to|for|in the (?:treatment|management) of)|"
    r"(?:is|are) (?:\w+ly )?(?:thought|believed|claimed|purported|considered|said|assumed) to|"
    # "pain was expected to decrease more with massage": what the study looked for, not found
    r"(?:was|were|is|are) (?:\w+ly )?(?:expected|anticipated|hypothesi[sz]ed) to|"
    r"(?:previous|earlier|prior|other|existing) (?:studies|trials|research|reports|randomi[sz]ed trials)|"
    r"(?:several|many|numerous|some|a number of) (?:studies|trials|reports|reviews) (?:have|has)|"
    r"(?:purpose|aim|objective|goal)s? (?:of (?:th(?:e|is) )?(?:study|trial) )?(?:was|were|is|are) to|"
    r"(?:to|we) (?:determine|examine|investigate|assess|evaluate|test|explore|ask)(?:e?d)? (?:if|whether)|"
    # "we are uncertain whether massage improves quality of life": what is not known, no result
    r"(?:uncertain|unclear|unknown|not known|not clear) (?:whether|if)|"
    # "there was insufficient evidence that massage improves sleep", "evidence was insufficient to
    # conclude that it reduces pain": what the trials could not show, neither a gain nor its lack
    r"(?:insufficient|inadequate|not enough|not sufficient) evidence (?:that|to|of|for)|"
    r"evidence (?:was|is|were|are|remains?) (?:\w+ )?(?:insufficient|inadequate|not sufficient) to|"
    r"we (?:tested|hypothesi[sz]ed|aimed)|under the hypothesis|interested in|"
    # "because anxiety increases pain, massage could help": a reason given, in the present tense
    r"(?:^|[,;]\s*)(?:because|since|given that) (?:[\w-]+ ){1,6}?(?:increases|reduces|decreases|improves|"
    r"worsens|lowers|raises|causes|affects|impairs)|"
    # "patients with chronic pain often report poor sleep": what the illness is like
    r"(?:often|commonly|frequently|typically|usually) (?:report|experience|have|suffer|develop|show)|"
    # "a possible mechanism is that touch relieves stress", "this may be explained by less anxiety":
    # the authors' account of a result, not a result
    r"mechanisms? (?:\w+ )?(?:may|might|could|is|are) (?:be )?(?:that|through|via)|"
    r"(?:may|might|could|can)(?:not| not)? (?:\w+ly )?(?:be )?"
    r"(?:explained|accounted for|attributed|attributable|due) (?:by|for|to)|"
    # "the benefits for sleep were not attributable to reflexology": what the authors deny of a result
    r"(?:was|were|is|are) not (?:\w+ly )?(?:attributable|specific) to)\b"
)
# Why people left the study: "two withdrew because of increased pain" tells why they left, never
# how the trial changed pain; a harm that made them leave is a safety note (``safety``).
_BECAUSE = (
    r"(?:because|due to|owing to|as a result of|for reasons? of|"
    r"after (?:experiencing|developing|reporting|having)|cit(?:ed|ing)|"
    r"after an? (?:[\w-]+ )?(?:increase|worsening|exacerbation|deterioration|rise|flare))"
)
_REASON_WORD = Caseless(rf"\b{_BECAUSE}\b")
_LEFT_BECAUSE = Caseless(
    r"\b(?:withdr[ae]w\w*|withdrawals?|dropp(?:ed|ing) out|drop-?outs?|discontinu\w*|"
    r"lost to follow-?up|left the (?:study|trial|programme|program)|quit|stopped|ceased)\b"
    rf"[^;]{{0,80}}?\b{_BECAUSE}\b|"
    r"\breasons? for (?:the )?(?:withdrawal|dropp?ing out|drop-?outs?|discontinuation|attrition)\b"
)
# "No participant withdrew because of ...": nobody left.
_NONE_LEFT = Caseless(r"\b(?:no|none|nobody|neither)\b[^;,]{0,30}$")
# A worsening a few people had, or one that passed: "two patients reported transient increased
# soreness", "a temporary increase in pain was reported by three participants". A harm told
# person by person, not a result of the trial (unless a test compares it).
_WORSE = r"(?:increase[ds]?|increasing|worsen\w*|worse|exacerbat\w*|aggravat\w*|flare-?ups?)"
# What every worsening holds: each way of telling a harm names one, so a clause without any is
# not searched.
_WORSE_WORDS = ("increas", "worse", "exacerbat", "aggravat", "flare")
_FEW = (
    r"(?:one|two|three|four|five|six|a few|few|some|several|[1-9])(?! ?%)\s+(?:of (?:the )?)?(?:[\w-]+\s+)?"
    r"(?:patients?|participants?|subjects?|women|men|children|people|persons?|individuals)"
)
_HARM_TOLD = Caseless(
    rf"\b(?:transient(?:ly)?|temporar(?:y|ily)|short-lived|self-limit\w*|passing)\s+(?:[\w-]+\s+)?{_WORSE}\b|"
    rf"^\W*(?:only\s+)?{_FEW}\s+(?:\([^)]*\)\s+)?(?:(?:in|of|from)\s+(?:the\s+|each\s+|both\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:groups?|arms?)\s+)?"
    r"(?:reported|experienced|had|complained of|developed|noted)\s+"
    rf"(?:an?\s+|some\s+)?(?:[\w-]+\s+)?{_WORSE}\b|"
    rf"\b{_WORSE}\b[^;]{{0,60}}?\b(?:was|were) (?:reported|experienced|noted|observed) (?:by|in) {_FEW}\b|"
    # "pain worsened in two patients": a worsening a few had
    rf"\b{_WORSE}\s+(?:only\s+)?(?:in|among|for)\s+(?:only\s+)?{_FEW}\b",
    words=_WORSE_WORDS,
)
# Nobody worse: "no patient reported increased spasticity", "none of the participants reported
# worsening of fatigue", "no worsening of symptoms was observed": a harm said absent.
_NO_ONE_WORSE = Caseless(
    # "there was no patient whose pain worsened": said as the clause opens too
    r"^\W*(?:there (?:was|were) )?(?:no (?:patients?|participants?|subjects?|one|child(?:ren)?|women|men)|"
    r"nobody|no-one|none(?= \w+ed\b)|"
    r"none of the (?:[\w-]+ ){0,2}?(?:patients|participants|subjects|women|men|children))\s+"
    r"(?:(?:in|of|from) (?:the |either |each |both )?(?:[\w-]+ ){0,2}?(?:groups?|arms?)\s+)?"
    r"(?:(?:reported|experienced|had|developed|showed|complained of)\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+)?|"
    r"(?:whose|with) (?:[\w-]+ ){0,3}?(?:had |was |were )?)"
    rf"{_WORSE}|"
    r"\bno (?:further |clinically relevant )?(?:worsening|exacerbation|deterioration|aggravation) of\b",
    words=(*_WORSE_WORDS, "deteriorat"),
)
# The kinds of harm listed: "minor adverse events included increased pain and bruising", "the
# most common side effects were nausea and headache".
_HARMS_LISTED = Caseless(
    rf"\b(?:{HARM_WORDS}|complications)\b[^;]{{0,40}}?(?:\b(?:included|including|such as|consisted of)\b|:)|"
    rf"\bmost (?:common|frequent|frequently reported) (?:{HARM_WORDS}|complications)\b"
)
# A statement whose subject is harms: "adverse events were more frequent", "the rate of serious
# side effects was higher", "complications were fewer".
_HARM_SUBJECT = Caseless(
    r"^\W*(?:(?:and|but|while|whereas)\s+)?(?:(?:the|any|all|total|overall|serious|severe|minor|mild|"
    r"moderate|major|(?:treatment|massage|intervention|study)-related|(?:number|rates?|incidence|frequency|"
    r"proportion|risk|occurrence) of)\s+){0,4}"
    rf"(?:{HARM_WORDS}|aes?|saes?|complications)\b"
)
_ARMS_SET_APART = Caseless(rf"\b(?:than|versus|vs|between|{COMPARED}|similar|comparable|differ\w*)\b")
# Why people left, when a harm made them: "because of adverse events", "because they could not
# tolerate the massage", "because of worsening symptoms"; or a worsening of an outcome ("because
# their pain got worse", not "because of increased workload"), within reach of the reason word.
_HARM_REASON = Caseless(
    rf"\b(?:{HARM_WORDS})\b|\bintoleran\w*|\bnot tolerate|\b{_WORSE}\s+(?:of\s+)?(?:[\w-]+\s+)?symptoms\b"
)
_WORSENED = Caseless(rf"\b{_WORSE}\b")
_REASON_REACH = 60  # characters after "because of" that give the reason
# Who could take part: "patients with reduced mobility were excluded" describes the sample.
_ELIGIBILITY = Caseless(
    r"\b(?:were|was|are|is) (?:\w+ )?(?:excluded|ineligible|not eligible|not included)\b|"
    r"\b(?:in|ex)clusion criteri|\b(?:were|was|are|is) eligible\b|"
    r"^\W*(?:the )?eligible (?:patients|participants|subjects|people|women|men|adults|children)\b"
)
# The sample size's reasoning: "to detect a 10-point reduction in pain" is the effect the study
# was powered for, not the one it found.
_POWER = Caseless(
    r"\bsample size (?:was |were )?(?:calculat|estimat|determin|comput|based)|"
    r"\b(?:\d+ ?% |statistical )power\b|\bpowered to\b|\bpower to detect\b|"
    r"\bto detect (?:a|an) (?:[\w.%-]+[- ]){0,4}?(?:difference|reduction|increase|decrease|change|"
    r"improvement|effect)\b"
)
# Who took part: "mostly women with a mean age of 54 years and reduced quality of life".
_SAMPLE_DESCRIBED = Caseless(
    r"\b(?:mean|median|average) age\b|\b(?:were|was) (?:mostly|mainly|predominantly|largely) "
    r"(?:women|men|female|male|white|elderly|older)\b|"
    r"\b(?:women|men|females|males) (?:comprised|made up|accounted for)\b"
)


# What the protocol did or meant, not what happened: "sessions were stopped if pain increased",
# "rescue medication was given when pain worsened", "care aimed at reducing pain", "participants
# were encouraged to increase activity", "response was defined as a 30% reduction in pain", "most
# expected massage to reduce their pain".
_SCORES = r"(?:scores?|values?|ratings?)"
_READ_AS = r"(?:indicate|represent|reflect|denote)s?"
# A word every way of telling the protocol holds, each rare in a result: "if " with its space,
# as "if" is in "significant" (Caseless checks that the pattern requires one of them).
_PROTOCOL_WORDS = (
    "if ", "when", "in case", "designed", "aimed", "intended", "meant", "encouraged", "instructed",
    "advised", "asked", "told", "taught", "trained", "recommended", "defined as", "expected",
    "indicate", "represent", "reflect", "denote", "considered", "regarded", "taken",
)  # fmt: skip
_PROTOCOL = Caseless(
    r"\b(?:if |whenever |in case )(?:the |their |his |her )?(?:[\w-]+ ){0,3}?"
    r"(?:increased|worsened|decreased|rose|fell|exceeded|deteriorated|improved)\b|"
    r"\bwhen (?:the |their |his |her )?(?:[\w-]+ ){0,3}?(?:worsened|deteriorated|exceeded)\b|"
    r"\b(?:designed|aimed|intended|meant) (?:to|at)\b|"
    r"\b(?:were|was) (?:encouraged|instructed|advised|asked|told|taught|trained|recommended) to\b|"
    r"\bdefined as\b|\bexpected (?:[\w-]+ ){1,3}?to\b|"
    # "higher scores indicate worse fatigue", "scores of 40 or more indicate high anxiety": how a
    # scale is read, in the present tense ("results indicated" reports a result)
    rf"^\W*(?:an? |the )?(?:higher|lower|greater|smaller|increasing|decreasing)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_SCORES}\b[^;]{{0,20}}?\b{_READ_AS}\b|"
    rf"\b{_SCORES} (?:of|above|below|over|under|between|at or above|at or below) [^;]{{0,30}}?\b{_READ_AS}\b|"
    # "a reduction of 2 points was considered clinically meaningful", "a reduction in fatigue of 4
    # points", "a 30-metre increase in walking distance": a threshold set, not reached
    r"^\W*an? (?:\d[\w.%-]*\s+)?(?:reduction|increase|change|improvement|decrease|difference)"
    r"(?: (?:in|on) (?:(?!\b(?:was|is)\b)[^;]){1,40}?)? "
    r"(?:of (?:at least )?\d(?:(?!\b(?:was|is)\b)[^;]){0,60}?)?"
    r"\b(?:was|is) (?:considered|regarded|taken)\b",
    words=_PROTOCOL_WORDS,
)


# People told apart by who they are, not by the arm they were in: "women showed a higher peak
# than men", "between males and females", "responders ... than non-responders".
_KIND = (
    r"(?:men|women|males?|females?|boys|girls|(?:non-?)?responders|(?:non-?)?survivors|smokers|"
    r"non-?smokers|older|younger|"
    # "completers had lower depression than dropouts": people told apart by how they kept to the trial
    r"(?:non-?)?completers|drop-?outs|withdrawals|(?:non-?)?adherent|(?:non-?)?adherers|(?:non-?)?compliant|"
    # "sedentary participants had more fatigue than physically active ones": by how they live
    r"sedentary|physically (?:in)?active)"
)
# People told apart by how ill they are: "patients with more severe osteoarthritis ... compared to
# patients with moderate osteoarthritis".
_PEOPLE_WITH = (
    r"(?:patients|participants|subjects|people|individuals|those|women|men|children)\s+"
    r"(?:with(?:out)?|who (?:had|were))"
)
_SEVERITY = r"(?:severe|mild|moderate|higher|lower|greater|advanced|early|worse|better|poorer)"
# People told apart by what they live with, not by what they were given: "participants with
# progressive MS", "those with relapsing disease" (not "patients with massage").
_PEOPLE_WITH_A_STATE = (
    r"(?:patients|participants|subjects|people|individuals|those|women|men|children)\s+with(?:out)?\s+"
    r"(?!(?:[\w-]+\s+){0,2}?(?:massage|treatment|therapy|intervention|exercise|placebo|sham|training|"
    r"programme|program|care|drug|supplement\w*)\b)(?!(?:type|group|arm|dose|regimen)\b)[\w-]+"
)
# A word each way of telling subgroups apart holds: a comparison's, "who(se)", "between", or an age
# or a sex after "in" (Caseless checks that the pattern requires one of them).
_SUBGROUP_WORDS = (
    "who", "differ", "similar", "compar", "than", "versus", "vs", "between", "older", "younger", "male",
    "subgroup", "elderly", "obese", "overweight", "diabetic", "hypertensive", "smok",
)  # fmt: skip
_SUBGROUPS_COMPARED = Caseless(
    # "patients whose anxiety increased received a sedative": people told apart by their change
    r"\b(?:patients|participants|subjects|those|people|individuals|women|men|children)\s+whose\s+"
    r"(?:[\w-]+\s+){0,4}?(?:increased|decreased|worsened|improved|rose|fell|changed|declined)\b|"
    # "patients who improved in pain also reported less anxiety", "those who responded to massage
    # had lower fatigue": people told apart by how they fared, not an arm
    r"\b(?:patients|participants|subjects|those|people|individuals|women|men|children)\s+who\s+"
    r"(?:improved|responded|worsened|deteriorated|relapsed|recovered|benefit(?:t?ed)|"
    # "higher in those who did not adhere to the programme", "women who adhered to home exercises
    # had better function": told apart by how they kept to it
    r"did not (?:adhere|complete|comply|attend|finish)|adhered|complied|"
    r"were (?:\w+ly )?(?:more |less )?(?:adherent|compliant))\b|"
    # "those who attended more than six sessions had less pain": told apart by how much they had
    r"\b(?:patients|participants|subjects|those|people|individuals|women|men|children)\s+who\s+"
    r"(?:received|attended|completed|had|underwent|took)\s+(?:more|fewer|less|at\s+least|over|under|"
    r"above|below)\s+(?:than\s+)?(?:[\w-]+\s+){0,2}?(?:sessions|treatments|visits|classes|massages|"
    r"hours|minutes|weeks)\b|"
    # "higher in the high-disability subgroup": a part of the sample ranked, not an arm
    r"\b(?:greater|larger|higher|lower|smaller|more|less|better|worse)\s+(?:in|among|for)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?subgroups?\b|"
    # "women and men did not differ in pain reduction", "greater in older patients", "higher in
    # obese patients"
    rf"\b{_KIND}\s+and\s+{_KIND}\s+(?:did not differ|differed|were (?:similar|comparable|different))\b|"
    r"\b(?:greater|larger|higher|lower|smaller|more|less|better|worse)\s+(?:in|among|for)\s+(?:the\s+)?"
    r"(?:older|younger|male|female|elderly|obese|overweight|diabetic|hypertensive|smoking|smokers)\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:who|receiving|treated|given|assigned|randomi\w*|in the)\b)|"
    # (not "women in the rest group had more pain than women in the massage group": one kind, two arms)
    rf"\b(?P<kind>{_KIND})\b[^;]{{0,140}}?\b(?:than|{COMPARED}|versus|vs\.?)\s+(?:in\s+|the\s+|those\s+)?"
    rf"(?!(?:\w+\s+)?(?P=kind)\b)(?:(?:\w+\s+)?{_KIND})\b|"
    rf"\bbetween\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:of\s+)?(?:the\s+)?{_KIND}\s+and\s+(?:the\s+)?{_KIND}\b"
    r"(?!\s+(?:under|with|in|on|after|receiving)\b)|"
    rf"\b{_PEOPLE_WITH}\s+(?:(?:more|less|a|an)\s+)?{_SEVERITY}\b[^;]{{0,100}}?"
    rf"\b(?:than|{COMPARED}|versus|vs\.?)\s+"
    rf"(?:in\s+)?(?:the\s+)?{_PEOPLE_WITH}\b|"
    # "participants with progressive MS had higher fatigue than those with relapsing MS": people told
    # apart by their illness, on both sides (not by a treatment they had)
    rf"\b{_PEOPLE_WITH_A_STATE}[^;]{{0,100}}?\b(?:than|{COMPARED}|versus|vs\.?)\s+"
    rf"(?:in\s+)?(?:the\s+)?{_PEOPLE_WITH_A_STATE}|"
    # "fatigue was higher than population norms", "than in healthy controls": people outside the trial
    rf"\b(?:than|{COMPARED})\s+(?:those\s+of\s+|in\s+|for\s+)?(?:the\s+)?(?:age-?(?:and-?sex-?)?matched\s+)?"
    r"(?:(?:population|published|normative)\s+(?:norms|values|data)|norms|normative\s+(?:values|data)|"
    r"reference\s+values|(?:the\s+)?general\s+population|healthy\s+(?:controls|adults|people|subjects|"
    r"volunteers|individuals|peers|participants|(?:control\s+)?group))\b|"
    # "compared with our previous trial, rescue use was lower in both groups": people of another study
    rf"\b(?:than|{COMPARED})\s+(?:in\s+|with\s+)?(?:the\s+|our\s+|an?\s+)?(?:previous|earlier|prior|historical|"
    r"past|former)\s+(?:[\w-]+\s+)?(?:study|trial|cohort|series|year|period|controls|patients|data)\b|"
    # "healthy controls had lower fatigue than participants with MS": so when named first
    r"\bhealthy\s+(?:controls|adults|people|subjects|volunteers|individuals|peers|participants|"
    r"(?:control\s+)?group)\b"
    rf"[^;]{{0,100}}?\b(?:than|{COMPARED}|versus|vs\.?)\s",
    words=_SUBGROUP_WORDS,
)
# "participants with higher baseline fatigue improved more": who gained most, not which arm.
# Said as a clause opens; apart from ``_SUBGROUPS_COMPARED``, which ``re`` would otherwise stop
# at nearly every character to try (a match of this one may open with any space or punctuation).
# The words a trial's people go by, told apart by what they had or were.
PEOPLE_APART = (
    r"(?:participants|patients|subjects|women|men|children|those|people|individuals|infants|"
    r"neonates|newborns|adults|residents|survivors|persons|adolescents|girls|boys)"
)
_SUBGROUPS_BY_BASELINE = Caseless(
    rf"^\W*(?:the )?{PEOPLE_APART} "
    r"(?:with|who (?:had|reported|were)) (?:a |an )?(?:higher|lower|greater|more|less|worse|poorer|better|"
    r"severe|mild|moderate|high|low)\b"
)
# "participants with high anxiety showed lower pain with massage": a level, not a gain, that the
# people had with a treatment - the arm's result in them, unless set against other people ("than
# those with low anxiety").
_LEVEL_WITH_A_TREATMENT = Caseless(
    r"\b(?:showed|had|reported|experienced|achieved)\s+(?:(?:statistically\s+)?significantly\s+|much\s+|"
    r"slightly\s+)?(?:lower|higher|less|fewer|better|worse|reduced|decreased|increased|improved)\s+"
    r"(?!(?:[\w-]+\s+)?(?:improvements?|reductions?|gains?|benefits?|decreases?|increases?|changes?|"
    r"declines?|responses?)\b)(?:(?!than\b)[\w'’-]+\s+){1,5}?(?:with|after|following)\s+"
    rf"(?!(?:an?|no|the\s+other|those|them|others|{_SEVERITY})\b)[\w-]+"
)
_THAN_OTHER_PEOPLE = Caseless(
    r"\bthan\s+(?:in\s+|among\s+)?(?:the\s+)?(?:those|others|participants|patients|subjects|people|"
    r"individuals|women|men|children|infants|adults)\b"
)
# "With a tumour volume of <= 1302 ml, ...", "in the subgroup of women, ...": a result in part of
# the sample, told apart by a threshold or called a subgroup, as the clause opens.
_PART_OF_THE_SAMPLE = Caseless(
    r"^\W*(?:[\w-]+ ){0,6}?(?:with(?:out)?|aged|having) (?:an? |the )?(?:[\w-]+ ){0,4}?"
    r"(?:of |at |was |is )?(?:[<>≤≥]|&[lg]t;|more than|less than|greater than|over|under|above|below)=?\s*\d|"
    r"^\W*(?:[\w-]+ ){0,3}?(?:sub-?groups?|subsets?)\b|"
    # a review's part of its trials: "in trials at low risk of bias", "among studies with blinded
    # assessors", "in sensitivity analyses", "after excluding trials ...", never "in the included trials"
    r"^\W*(?:in|among|across|for) (?:the )?(?:[\w-]+ ){0,3}?(?:trials|studies|rcts) "
    r"(?:at|with(?:out)?|judged|rated|that|which|where|in which|using|lasting|"
    r"of (?:high|low|good|poor|better))\b|"
    r"^\W*(?:in (?:a |the )?)?sensitivity analys[ie]s\b|"
    r"^\W*(?:(?:after|when|on) )?(?:excluding|removing|omitting) (?:the )?(?:[\w-]+ ){0,4}?"
    r"(?:trials?|studies|study|rcts?)\b"
)
_STATISTICS = compiled(r"\b[Pp]\s*[<>=≤≥]|\bCI\b")
_ASSOCIATION = compiled(r"\bassociated with\b|\bassociation\b")
# Not a scale's number: "MSIS-29", "SF-36", "PHQ-9" name an instrument.
_NUMBER = r"(?<![\w.])(?<![a-z][−–-])[−–-]?\s?\d+(?:[.·]\d+)?"
# A ratio of the arms, by name and by abbreviation: its null is 1, a difference's 0.
RATIO_NAMES = ("risk ratio", "relative risk", "odds ratio", "hazard ratio", "rate ratio")
RATIO_ABBREVIATIONS = ("rr", "or", "hr", "irr")
# "a relative risk reduction of 24%": a change in percent, not the risk ratio it names.
_NOT_A_RELATIVE_CHANGE = r"(?![\s-]+(?:reductions?|decreases?|increases?)\b)"
# A relative change of how often an event happens, in percent: "the incidence of falls was reduced
# by 24%", "reduced the risk of falls by 35%", "a 24% relative reduction in falls", "a relative
# risk reduction of 24%", "a weighted average reduction in mortality of 11%". The percent is the
# size of the change the word names; an interval after it gives its bounds.
# Not "heart rate" or "flow rate": a measure's level, whose relative change may be an arm's own.
_EVENT_RATE = Caseless(
    r"\b(?:incidences?|(?<!heart )(?<!pulse )(?<!respiratory )(?<!breathing )(?<!filtration )"
    r"(?<!flow )(?<!metabolic )(?<!sedimentation )rates?|risks?|odds|mortality|deaths?)\b|"
    r"\brelative (?=(?:risk |rate |odds )?(?:reduction|decrease|increase))"
)
_EVENT_REACH = 80  # characters before a relative change within which the event's rate is named
_RELATIVE_DOWN = r"reduc(?:ed|es|ing|tions?)|decreas(?:ed|es|ing)|lower(?:ed|ing)?|declin(?:ed|es|ing)"
_RELATIVE_UP = r"increas(?:ed|es|ing)|rais(?:ed|es|ing)|higher|rose|rises?"
_RELATIVE_WAY = rf"(?:(?P<down>{_RELATIVE_DOWN})|{_RELATIVE_UP})"
_PERCENT = r"(?:about |approximately |nearly |almost )?(?P<estimate>\d+(?:[.·]\d+)?)\s?%"
# Said three ways: "reduced ... by 24%", "a 24% (relative) reduction", "a reduction ... of 24%".
_RELATIVE_CHANGES = (
    Caseless(rf"\b{_RELATIVE_WAY}\b[^;.()]{{0,60}}?\bby {_PERCENT}"),
    Caseless(rf"{_PERCENT} (?:relative |overall |average )?{_RELATIVE_WAY}\b"),
    Caseless(rf"\b{_RELATIVE_WAY}\b (?:(?:in|of) (?:the )?[\w-]+(?: [\w-]+){{0,3}}? )?of {_PERCENT}"),
)
_RELATIVE_INTERVAL = compiled(
    rf"[^;]{{0,60}}?(?:\bci|confidence intervals?)\b[^0-9−–-]{{0,8}}"
    rf"(?P<low>{_NUMBER})%?\s*(?:to|,|–|—|-|;)\s*(?P<high>{_NUMBER})",
    re.IGNORECASE,
)
# What both ways of giving an interval hold (``_INTERVAL``, ``_RELATIVE_INTERVAL``): its name.
# A confidence interval, or a Bayesian analysis's credible interval ("95% CrI"), read alike.
_INTERVAL_WORDS = r"(?:\bci|\bcri|confidence intervals?|credible intervals?)\b"
_INTERVAL_NAMED = Caseless(_INTERVAL_WORDS, shortest_word=2)
# The interval's words and its two bounds: "95% CI -1.0 to 0.2", "95% confidence interval, 1.1-7.3".
_BOUNDS = rf"{_INTERVAL_WORDS}[^0-9−–-]{{0,8}}(?P<low>{_NUMBER})%?\s*(?:to|,|–|—|-|;)\s*(?P<high>{_NUMBER})"
_INTERVAL = Caseless(
    rf"\b(?P<kind>smd|wmd|md|{'|'.join(RATIO_ABBREVIATIONS)}|rd|standardi[sz]ed mean difference|"
    rf"weighted mean difference|mean difference|{'|'.join(RATIO_NAMES)}|risk difference|"
    # "(difference, -0.7 percentage points; 95% CI ...)": bracketed after each arm's value
    r"(?:rate|absolute|adjusted|between-groups?|treatment) difference|(?<=\()difference)s?\b"
    rf"{_NOT_A_RELATIVE_CHANGE}"
    rf"[^;]{{0,90}}?(?P<estimate>{_NUMBER}).{{0,140}}?{_BOUNDS}",
    shortest_word=2,  # "ci": most clauses lack it, and the pattern is a slow one to run
)


# An interval given with no name for its estimate: "(-0.4; 95% CI -1.0 to 0.2)", "(95% CI -1.0 to 0.2)".
_BARE_INTERVAL = Caseless(_BOUNDS, shortest_word=2)


# "..., with a significant difference between the groups (p = 0.02)": the test of what came before.
_SIGNIFICANT_DIFFERENCE = compiled(
    r"with (?:a |an )?(?:statistically )?significant differences?\b(?! (?:in|on|of|for|regarding)\b)"
)
# "3.1 in the massage group", "12% with usual care": a number an arm is given.
_ARM_NUMBER = compiled(
    r"(?<![\w.])\d+(?:[.·]\d+)?\s*%?(?:\s*(?:±|\+/-)\s*\d+(?:[.·]\d+)?)?\s*(?:[^\W\d]+\s+){0,2}?"
    r"(?:in|with|for|among|receiving)\s"
)
# The next item of such a list: "and 2.7% in 52 children in the control group".
_ARM_NUMBER_NEXT = compiled(r"(?:and\s+)?" + _ARM_NUMBER.pattern)


# "Although pain did not differ at baseline, ...": a sentence that opens on a concession, its
# own statement up to the comma after its verb, the main statement after it; so too a contrast
# it opens on ("Whereas the usual care group did not change, pain fell in the massage group").
_CONCESSION_OPENING = Caseless(r"^\W*(?:(?:even\s+)?(?:although|though)|whereas|while)\s+")
_CONCESSION_VERB = compiled(
    r"\b(?:was|were|is|are|did|does|do|had|has|have|remained|showed|differed|fell|rose|grew|became|"
    r"[a-z]{3,}ed)\b"
)


def _concession(sentence: str) -> tuple[int, int, int] | None:
    """(start, end, resume) of a concession the sentence opens on: the clause from after
    "Although" to the first comma (outside brackets) after its verb that a verb follows, and where
    the main statement resumes. The comma of a list ("higher platelet count, MCH, and albumin than
    placebo, these differences ...") has no verb after it. None where there is no such opening."""
    opening = _CONCESSION_OPENING.search(sentence)
    verb = opening and _CONCESSION_VERB.search(sentence, opening.end())
    if not opening or not verb:
        return None
    for comma in re.finditer(r",\s*", sentence[verb.end() :]):
        at, resume = verb.end() + comma.start(), verb.end() + comma.end()
        following = sentence[resume:].split(",", 1)[0]
        if _bracket_depth(sentence, at) == 0 and _CONCESSION_VERB.search(following):
            return opening.end(), at, resume
    return None


@lru_cache(maxsize=256)
def clause_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each statement in the sentence, in order, breaks left out. Cached: the
    findings and the time points each cut the same sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    conceded = _concession(sentence)
    if conceded:
        spans.append(conceded[:2])
        start = conceded[2]
    for cut in _CLAUSE_BREAK.finditer(sentence):
        if cut.start() < start:
            continue  # inside the concession the sentence opened on
        if _bracket_depth(sentence, cut.start()) > 0:
            continue  # "(SMD -0.6; p < 0.001)": a statistic's parts, not two statements
        if _tests_the_numbers(sentence[start : cut.start()], sentence[cut.end() :]):
            continue  # "3.1 with massage and 5.2 with usual care, with a significant difference (p = 0.03)"
        if _lists_arm_numbers(sentence[start : cut.start()], cut.group(), sentence[cut.end() :]):
            continue  # "2.4% in the massage group; 1.8% in the usual care group": one list of numbers
        if _each_arm_stopped(sentence[start : cut.start()], sentence[cut.end() :]):
            continue  # "A was discontinued in 12/40 whereas B was discontinued in 3/41 (p = 0.01)"
        if _only_their_test(sentence[start : cut.start()], cut.group(), sentence[cut.end() :]):
            continue  # "exercise 11 (9%), usual care 23 (19%); p = 0.03": the numbers' own test
        if _each_arm_from_to(sentence[start : cut.start()], cut.group(), sentence[cut.end() :]):
            continue  # "from 6.1 to 5.8 in controls, whereas in the drug group from 6.3 to 3.2 (p < 0.01)"
        if cut.group("subject") and (
            not _states_its_own_result(sentence[start : cut.start()]) or _ELLIPSIS.match(sentence, cut.end())
        ):
            continue  # "reductions in pain and the need for analgesics were lower": one subject, listed
        if cut.start() > start:
            spans.append((start, cut.start()))
        start = cut.end()
    if start < len(sentence):
        spans.append((start, len(sentence)))
    return tuple(spans) or ((0, len(sentence)),)


def _lists_arm_numbers(before: str, cut: str, after: str) -> bool:
    """Whether a semicolon only separates the items of a list of each arm's number ("pain days
    were 2.4% in the massage group; 1.8% in the usual care group; and 2.7% in the control group
    (p = 0.86)"): one statement, whose test covers every arm."""
    return cut.startswith(";") and bool(_ARM_NUMBER.search(before)) and bool(_ARM_NUMBER_NEXT.match(after))


# "the drug was discontinued in 12/40 (30%) of patients": an arm stopped in so many of its people.
_STOPPED_IN = Caseless(r"\b(?:was|were)\s+(?:discontinued|stopped|withdrawn)\s+(?:in|among|for)\s+\d")


def _each_arm_stopped(before: str, after: str) -> bool:
    """Whether both sides of a break tell how many of an arm's people stopped it, the first with no
    test of its own: "the drug was discontinued in 12/40 (30%) of patients whereas placebo was
    discontinued in 3/41 (7%) (p = 0.01)" is one statement, whose test compares the arms."""
    return (
        bool(_STOPPED_IN.search(before) and _STOPPED_IN.search(after)) and _STATISTICS.search(before) is None
    )


# "from 6.1 to 5.8": one arm's values before and after
_FROM_TO = compiled(rf"\bfrom\s+{_NUMBER}[^;\d]{{0,25}}?\bto\s+{_NUMBER}")
_WHEREAS = compiled(r",?\s+(?:whereas|while)\b")


def _each_arm_from_to(before: str, cut: str, after: str) -> bool:
    """Whether "whereas" or "while" only sets one arm's values before and after against the
    other's, the first with no test of its own: "pain went from 6.1 to 5.8 in the control group,
    whereas in the drug group it went from 6.3 to 3.2 (p < 0.001)" is one statement, whose test
    compares the arms' changes."""
    return (
        _WHEREAS.match(cut) is not None
        and len(_FROM_TO.findall(before)) == 1
        and _FROM_TO.search(after) is not None
        and _STATISTICS.search(before) is None
    )


# A semicolon, then only a test: "; p = 0.03", "; odds ratio 0.42 (95% CI 0.19-0.92)", "; RR 0.5, 95%
# CI 0.3 to 0.8, p = 0.01", up to the sentence's end.
_TEST_ALONE = compiled(
    rf"\s*(?:p\s*[=<>≤≥]\s*0?[.·]\d+|(?:(?:incidence\s+)?(?:{'|'.join(RATIO_NAMES)})|"
    rf"\b(?:{'|'.join(RATIO_ABBREVIATIONS)}))\s*(?:\([a-z]{{1,4}}\)\s*)?[=:,]?\s*\d+(?:[.·]\d+)?"
    r"(?:\s*[,;]?\s*[(\[]?\s*95\s*%\s*(?:ci|confidence interval)[^()\[\];]*[)\]]?)?"
    r"(?:\s*[,;]\s*p\s*[=<>≤≥]\s*0?[.·]\d+)?)\s*[.]?\s*",
    re.IGNORECASE,
)


def _only_their_test(before: str, cut: str, after: str) -> bool:
    """Whether a semicolon only sets each arm's numbers before it apart from their test, with no
    test of their own ("injurious falls: exercise 11 (9%), usual care 23 (19%); odds ratio 0.42
    (95% CI 0.19-0.92)"): one statement, whose test compares the numbers."""
    return (
        cut.startswith(";")
        and _TEST_ALONE.fullmatch(after) is not None
        and len(re.findall(_NUMBER, before)) >= 2
        and _STATISTICS.search(before) is None
    )


def _tests_the_numbers(before: str, after: str) -> bool:
    """Whether ``after`` opens with a significant difference that tests the arms' numbers
    ``before`` gave, with no test of their own: one statement, whose numbers tell which arm the
    difference favours ("pain was 3.1 with massage and 5.2 with usual care, with a significant
    difference between the groups (p = 0.03)"; or each arm's values before and after, "from 6.1 to
    5.8 in controls and from 6.3 to 3.2 with massage, with a significant difference"). A change in
    both arms before it ("fell in both groups, with a significant difference") stays a statement
    of its own."""
    return (
        _SIGNIFICANT_DIFFERENCE.match(after) is not None
        and (len(_ARM_NUMBER.findall(before)) >= 2 or len(_FROM_TO.findall(before)) == 2)
        and _STATISTICS.search(before) is None
    )


_OPENS_ANOTHER_SUBJECT = Caseless(rf"^,?\s+and\s+{_OWN_SUBJECT}")
# "..., and fatigue was lower too (p = 0.02)": a bare comparative, compared as the statement before
# (not "and the anxiety of the usual care group was higher", which names whose it was).
_ELLIPSIS = compiled(
    r"(?:(?!(?:groups?|arms?)\b)[\w'’-]+\s+){1,8}?(?:was|were)\s+(?:also\s+|likewise\s+|similarly\s+)?"
    r"(?:(?:statistically\s+)?significantly\s+)?(?:lower|higher|less|greater|better|worse|smaller|larger|fewer)"
    r"(?:\s+too|\s+as\s+well)?\s*(?:\(|[.;]|$)",
    re.IGNORECASE,
)


def opens_another_subject(rest: str) -> bool:
    """Whether the rest of a sentence after a statement opens another subject's statement with
    "and" ("... | and the rise in anxiety was larger in the usual care group"): its comparison is
    that statement's own, not the one before it."""
    return _OPENS_ANOTHER_SUBJECT.search(rest) is not None


def _states_its_own_result(before: str) -> bool:
    """Whether the words since the statement's last comma (outside brackets) have a subject and a
    verb that states a change, so that "and" after them opens another statement: "massage reduced
    pain | and the rise in anxiety was larger"; not "..., the use of opioids and rescue analgesics
    were lower", whose "and" lists two subjects of one verb."""
    before = before.rstrip(" ,")  # "massage reduced pain, | and the rise in anxiety was larger"
    commas = [at for at in range(len(before)) if before[at] == "," and _bracket_depth(before, at) == 0]
    return _SUBJECT_AND_RESULT.search(before, commas[-1] + 1 if commas else 0) is not None


def _bracket_depth(text: str, at: int) -> int:
    before = text[:at]
    return before.count("(") + before.count("[") - before.count(")") - before.count("]")


# "the mean difference, adjusted for age, sex and baseline score, was 6.8": the covariates of an
# analysis, not the groups described at baseline.
_ADJUSTED_FOR = Screened(
    r"\b(?:(?:after |with )?adjust(?:ed|ing|ment) for|controll(?:ed|ing) for|corrected for)\b[^;()]*?"
    r"(?=,\s+(?:was|were|is|are|remained|did|had|showed|the|a|an|there|this|these|it|they)\b|"
    # "ANCOVA adjusting for baseline values showed no group effect": the analysis's verb, no comma
    r"\s+(?:showed|shows|revealed|reveals|demonstrated|indicated|found|yielded)\b|\)|;|$)"
)


# "Adjusted for baseline scores, fatigue was lower": the analysis's adjustment opening the
# statement, up to its comma, whatever word follows.
_ADJUSTED_FOR_OPENING = compiled(r"^\W*(?:after )?adjust(?:ed|ing) for [^,;()]{1,60}(?=,)")


def without_adjustment(text: str) -> str:
    """The text with what its analysis was adjusted for blanked out, each offset kept: "the
    difference in pain, adjusted for age and sex, was 6.8" names pain, and describes no groups
    at baseline by their age and sex. Any case; a text that lowering would move is unchanged."""
    low = text.lower()
    if len(low) != len(text):
        return text
    for said in [*_ADJUSTED_FOR.finditer(low), *_ADJUSTED_FOR_OPENING.finditer(low)]:
        text = text[: said.start()] + " " * (said.end() - said.start()) + text[said.end() :]
    return text


@lru_cache(maxsize=256)
def is_baseline(clause: str) -> bool:
    """True for a statement about the groups before treatment, not about a change since (cached:
    a clause is asked again as each of its outcomes is read)."""
    low = without_adjustment(clause.lower())
    baseline = _BASELINE.search(low) or _BASELINE_OPENING.match(low)
    return bool(baseline) and not _CHANGE_SINCE_BASELINE.search(low)


@lru_cache(maxsize=256)
def is_correlation(clause: str) -> bool:
    """Whether a clause ties measures together rather than comparing arms (cached: a clause is
    asked again as each of its outcomes is read). No tie named anywhere in it, none after a
    regression named as the arms' comparison either."""
    low = clause.lower()
    if not _CORRELATION.search(low):
        return False
    by_regression = _ARMS_COMPARED_BY_REGRESSION.search(low)
    return bool(_CORRELATION.search(low[by_regression.end() :] if by_regression else low))


# A crossover's test of its own design: the period, the order of the arms, what carried over.
_DESIGN_TESTED = Caseless(
    r"\b(?:period|order|sequence|carry-?over)\s+effects?\b|\beffects?\s+of\s+(?:the\s+)?(?:period|order|sequence)\b|"
    r"\b(?:period|sequence)[- ](?:by|x|×)[- ](?:treatment|group)\b"
)


# A review's check that its pooled result holds when some trials are left out: "sensitivity
# analyses excluding trials at high risk of bias did not change the results", "a leave-one-out
# analysis gave similar estimates". What it says of the result was told where the result was.
_ESTIMATE_RECHECKED = Caseless(
    r"\b(?:sensitivity|leave-one-out|influence)\s+analys[ie]s\b[^;]{0,120}?\b(?:"
    r"did\s+not\s+(?:\w+\s+)?(?:change|alter|affect|modify)|"
    r"(?:were|was|remained)\s+(?:\w+\s+)?(?:robust|unchanged|consistent|similar|stable)|"
    r"(?:yielded|gave|produced|showed)\s+(?:\w+\s+)?(?:similar|consistent|comparable)|confirmed)\b"
)


def checks_its_design(clause: str) -> bool:
    """ "The period effect was not significant for balance", "no carry-over effect": a crossover's
    check of its own design, not a result of the treatment; so is a review's check that its pooled
    result holds without some trials ("sensitivity analyses ... did not change the results")."""
    return _DESIGN_TESTED.search(clause) is not None or _ESTIMATE_RECHECKED.search(clause) is not None


def is_hypothetical(clause: str) -> bool:
    """ "Such trials would involve...", "larger studies should confirm...": a plan or a wish,
    not a result (unless it quotes a p-value or an interval)."""
    return bool(_HYPOTHETICAL.search(clause.lower())) and not _STATISTICS.search(clause)


def is_background(clause: str) -> bool:
    """ "X has been shown to reduce Y", "the aim was to determine if X could increase Y": what
    was known, or asked, before the study; not its result (unless it quotes a p-value or an
    interval)."""
    return bool(_BACKGROUND.search(clause)) and not _STATISTICS.search(clause)


def is_protocol(clause: str) -> bool:
    """ "Sessions were stopped if pain increased", "care aimed at reducing pain", "response was
    defined as a 30% reduction in pain": what the study did, meant or counted, not what it found
    (unless it quotes a p-value or an interval)."""
    return bool(_PROTOCOL.search(clause)) and not _STATISTICS.search(clause)


@lru_cache(maxsize=1024)
def where_people_left(clause: str) -> int | None:
    """Where the clause starts telling why people left the study ("one patient withdrew because of
    increased pain", "reasons for dropout included fatigue"): what it names from there is a
    reason for leaving, not what the trial did to the outcome; None where it tells no such thing.
    Cached, as are the two below: the findings and the safety notes each ask of the same clause."""
    said = _LEFT_BECAUSE.search(clause)
    return said.start() if said else None


def left_for_a_harm(clause: str, names_an_outcome: Callable[[str], bool]) -> bool:
    """ "Two withdrew because of adverse events", "because their pain got worse": people who left
    the study for a harm, or for a worsening of an outcome ``names_an_outcome`` knows (not for
    "increased workload"); never "no one withdrew because of adverse events"."""
    left = where_people_left(clause)
    if left is None or _NONE_LEFT.search(clause[:left]):
        return False
    word = _REASON_WORD.search(clause[left:])
    reason = clause[left + word.start() :][:_REASON_REACH] if word else clause[left:]
    return bool(_HARM_REASON.search(reason)) or (bool(_WORSENED.search(reason)) and names_an_outcome(reason))


def a_clause_may_tell_a_harm(sentence: str) -> bool:
    """Whether any clause of the sentence may tell a harm of a few (``tells_harm_of_a_few``) or
    one people left the study for (``left_for_a_harm``): each needs a word of its own pattern,
    which a clause holds only where its sentence does. Most sentences hold none, and are then not
    cut into clauses to be asked clause by clause."""
    return _HARM_TOLD.may_match_within(sentence) or _LEFT_BECAUSE.may_match_within(sentence)


def a_clause_may_tell_no_one_worsened(sentence: str) -> bool:
    """Whether any clause of the sentence may say nobody was worse (``tells_no_one_worsened``),
    as ``a_clause_may_tell_a_harm`` asks of the harms told."""
    return _NO_ONE_WORSE.may_match_within(sentence)


@lru_cache(maxsize=1024)
def tells_harm_of_a_few(clause: str) -> bool:
    """ "Two patients reported transient increased soreness": a harm told person by person (or
    one said to pass), not a result of the trial; unless it quotes a p-value or an interval."""
    return bool(_HARM_TOLD.search(clause)) and not _STATISTICS.search(clause)


# "fewer patients in the massage group reported no improvement in pain", "the proportion with no
# change in fatigue was lower": people counted by a change they did not have, compared.
_COUNTED_WITHOUT_CHANGE = compiled(
    # the people counted told between, with no change of their own ("more patients reported
    # improvement in pain, with no change in fatigue" counts the improved)
    r"\b(?:fewer|more|most|proportion|percentage|number|share|rate)\b"
    r"(?:(?!improv|reduc|increas|decreas|chang|relie|respon|benefit)[^.;,]){0,80}?"
    r"\b(?:with|had|having|reported|reporting|showed|showing|experienced|experiencing|achieved|achieving)"
    r" no (?:[\w-]+ ){0,2}?(?:improvement|change|relief|reduction|response|benefit|decrease|increase)s?\b"
)


def counts_those_without_change(clause: str) -> bool:
    """ "Fewer patients in the massage group reported no improvement in pain": a count of people
    compared, its "no improvement" saying what they are counted by, not that the arms were alike;
    which way the outcome went is left unsaid, so no finding is read from it."""
    return bool(_COUNTED_WITHOUT_CHANGE.search(clause.lower()))


@lru_cache(maxsize=1024)
def tells_no_one_worsened(clause: str) -> bool:
    """ "No patient reported increased spasticity", "no worsening of symptoms was observed": a
    harm said absent, not a result of the trial (unless it quotes a p-value or an interval)."""
    return bool(_NO_ONE_WORSE.search(clause)) and not _STATISTICS.search(clause)


def lists_harms(clause: str) -> bool:
    """ "Minor adverse events included increased pain and bruising": the outcomes named are the
    kinds of harm there were, not results of the trial. Harms the arms are compared by
    ("complications such as bleeding were more frequent than with B") are results."""
    return bool(_HARMS_LISTED.search(clause)) and not (
        _ARMS_SET_APART.search(clause) or _STATISTICS.search(clause)
    )


# "reported more fatigue and dizziness as adverse events", "depression was reported as a side
# effect more often with the extract": the outcomes named are harms the treatment caused, which
# belong to the safety notes, not results of the trial on those outcomes.
_AS_HARMS = Caseless(
    r"\b(?:reported|recorded|observed|noted|occurred|experienced)\b[^;]{0,60}?\bas\s+(?:an?\s+)?"
    rf"(?:(?:serious|severe|mild|common|treatment[\s-]emergent|treatment[\s-]related)\s+)?(?:{HARM_WORDS})\b"
)


def reports_outcomes_as_harms(clause: str) -> bool:
    """Whether the clause tells its outcomes as the harms people reported ("more fatigue and
    dizziness as adverse events"): a safety note, whatever it sets them against."""
    return _AS_HARMS.search(clause) is not None


def tells_of_harms(clause: str) -> bool:
    """ "..., and adverse events were more frequent", "..., and did not adversely affect
    tolerability": a statement whose subject is harms, or that names harms or tolerability, its
    comparative or denial the harms' own, never a result of the outcome told before it."""
    return bool(_HARM_SUBJECT.search(clause) or SAFETY_MEASURE.search(clause))


def describes_the_sample(clause: str) -> bool:
    """Who could take part ("patients with reduced mobility were excluded"), who did ("mostly
    women with a mean age of 54"), and what the sample size was to detect ("to detect a
    10-point reduction in pain"): the study described, never its result."""
    described = _SAMPLE_DESCRIBED.search(clause)
    return not _STATISTICS.search(clause) and bool(
        _ELIGIBILITY.search(clause)
        or (described and _bracket_depth(clause, described.start()) == 0)
        or _POWER.search(clause)
    )


# "In a post-hoc analysis, patients admitted from home had less delirium with melatonin": an
# analysis the trial did not plan, of some of its people.
_PEOPLE_OF_AN_UNPLANNED_ANALYSIS = Caseless(
    r"^\W*(?:in|on) (?:a |an |the )?(?:post[- ]?hoc|exploratory|unplanned)\s+(?:subgroup\s+)?analys[ie]s\b"
    rf",?\s+(?:the\s+)?{PEOPLE_APART}\s+(?:who|with(?:out)?|admitted|aged|older|younger|over|under)\b"
)


# "The effect on nausea was larger in trials using wristbands", "effects were greater for supervised
# than for home-based programmes": a review ranking its trials by what they gave, not the arms.
_TRIALS_RANKED = Caseless(
    r"\beffects?\b[^;]{0,80}?\b(?:larger|greater|smaller|stronger|weaker|bigger|more\s+pronounced|"
    r"less\s+pronounced)\s+(?:in|among|for|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?"
    r"(?:trials|studies|rcts|programmes|programs)\b",
    words=("trials", "studies", "rcts", "programmes", "programs"),
)


def compares_subgroups(clause: str) -> bool:
    """ "Women showed a higher peak than men", "higher in patients with severe disease than in those
    with mild disease": a comparison of kinds of people, not of the arms; so too a result of some
    of the people in an analysis the trial did not plan ("in a post-hoc analysis, patients
    admitted from home ...")."""
    if (
        _SUBGROUPS_COMPARED.search(clause)
        or _PEOPLE_OF_AN_UNPLANNED_ANALYSIS.search(clause)
        or _TRIALS_RANKED.search(clause)
    ):
        return True
    return _SUBGROUPS_BY_BASELINE.search(clause) is not None and not _a_treatments_result(clause)


def _a_treatments_result(clause: str) -> bool:
    """Whether people told apart by their state ("participants with high anxiety") had a level of
    an outcome with a treatment, set against no other people: "showed lower pain with massage"
    is the arm's result in them, where "improved more" or "than those with low anxiety" tells who
    gained most."""
    return _LEVEL_WITH_A_TREATMENT.search(clause) is not None and not _THAN_OTHER_PEOPLE.search(clause)


def in_part_of_the_sample(sentence: str) -> bool:
    """ "In patients with a volume of > 1302 ml, diarrhoea was ...": a result for a subgroup, which
    never stands for the whole sample's result of the same outcome; nor does one in the people told
    apart by their state ("Participants with high anxiety showed lower pain with massage")."""
    return bool(_PART_OF_THE_SAMPLE.search(sentence) or _SUBGROUPS_BY_BASELINE.search(sentence))


def is_association(clause: str) -> bool:
    """ "X was (not) associated with Y": the subject is an exposure, not a measure."""
    return bool(_ASSOCIATION.search(clause.lower()))


def _number(text: str) -> float:
    return float(re.sub(r"\s", "", text).replace("−", "-").replace("–", "-").replace("·", "."))


def relative_change(text: str) -> re.Match[str] | None:
    """The first relative change, in percent, of how often an event happens: "the incidence of
    falls was reduced by 24%", "a relative risk reduction of 24%". Between the arms of a trial,
    as such a change is reported (a rate of one arm against the other's), unless the words say
    it is over time; None where the text gives none, as where it holds no "%", which each way of
    saying one requires (``_PERCENT``)."""
    if "%" not in text:
        return None
    low = lowered(text)
    said = sorted(
        (m for pattern in _RELATIVE_CHANGES for m in pattern.finditer(low)),
        key=lambda m: m.start(),
    )
    return next(
        (m for m in said if _EVENT_RATE.search(low[max(0, m.start() - _EVENT_REACH) : m.end()])), None
    )


def _relative_interval(text: str) -> tuple[int, str | None] | None:
    """(where it is said, its reading) of the first relative change with an interval after it:
    the way its word says where the interval excludes no change ("reduced by 24% (95% CI 4 to
    42%)", or signed, "-42 to -4"), 'no_difference' where it spans it; None for the reading
    where the numbers are no estimate and its bounds, or a bound is no change itself."""
    said = relative_change(text)
    bounds = _RELATIVE_INTERVAL.match(text, said.end()) if said else None
    if said is None or bounds is None:
        return None
    estimate, low, high = (
        _number(said.group("estimate")),
        _number(bounds.group("low")),
        _number(bounds.group("high")),
    )
    low, high = min(low, high), max(low, high)
    down = said.group("down") is not None
    if not (low <= estimate <= high or (down and low <= -estimate <= high)):
        # "30% lower (rate ratio 0.70, 95% CI 0.45 to 1.08)": the interval is the ratio's, read as such
        return None
    if 0 in (low, high):
        return said.start(), None  # "(95% CI 0 to 38%; p = 0.05)": on the line, neither way
    if low <= 0 <= high:
        return said.start(), "no_difference"
    return said.start(), "decreased" if down else "increased"


def _bare_interval_reading(text: str) -> str | None:
    """'no_difference' where the first interval, its estimate unnamed, runs from below zero to
    above it: whatever it is of, a difference that may be nil (a ratio's interval is never below
    zero); None otherwise, as one above zero may be a ratio's spanning 1, or an arm's mean."""
    bare = _BARE_INTERVAL.search(text)
    if bare is None:
        return None
    low, high = sorted((_number(bare.group("low")), _number(bare.group("high"))))
    return "no_difference" if low < 0 < high else None


def names_an_interval(text: str) -> bool:
    """Whether a text gives a confidence interval ("95% CI 0.10 to 0.46"): an estimate tested."""
    return _INTERVAL_NAMED.search(text) is not None


@lru_cache(maxsize=1024)
def interval_reading(text: str) -> str | None:
    """'increased', 'decreased' or 'no_difference' from the first estimate with a CI, else None:
    an estimate of a difference or ratio, or a relative change in percent (``relative_change``).
    A text that names no interval has none to read: most do not, and looking for their relative
    changes would cost more than the rest of the reading."""
    if not _INTERVAL_NAMED.search(text):
        return None
    match = _INTERVAL.search(text)
    relative = _relative_interval(text)
    if relative is not None and (match is None or relative[0] < match.start()):
        return relative[1]
    if match is None:
        return _bare_interval_reading(text)
    estimate, low, high = (_number(match.group(g)) for g in ("estimate", "low", "high"))
    if low > high:
        low, high = high, low
    null = 1.0 if match.group("kind").lower() in RATIO_ABBREVIATIONS + RATIO_NAMES else 0.0
    if not low <= estimate <= high:
        return None  # not an estimate and its interval: better no reading than a wrong one
    if low <= null <= high:
        return "no_difference"
    return "increased" if estimate > null else "decreased"
