"""Outcomes outside the vocabulary: the measure as written, and which way is better."""

from __future__ import annotations

import re

import pytest

from harvester.extract.measures import (
    NO_GOOD_SIDE,
    _lexicon,
    acts_on_a_measure,
    defined_abbreviations,
    names_its_own_subject,
    open_measures,
    polarity_of,
    spelled_out,
    with_abbreviation,
)


@pytest.mark.parametrize(
    ("clause", "measures"),
    [
        ("Time to first flatus was significantly shorter in the acupuncture group", ["Time to first flatus"]),
        ("No significant differences in wound complications were found between the groups", ["wound complications"]),
        ("The intervention significantly reduced serum cortisol compared with usual care", ["serum cortisol"]),
        ("No significant differences between the groups regarding the total operating time", ["operating time"]),
        ("Patients in the yoga group reported less stiffness", ["stiffness"]),
        ("There were no differences between the groups", []),
        # Fictional: when the arms did not differ, before the measure they did not differ in.
        (
            "No significant differences between groups A and B were found preoperatively (P = 0.40) and"
            " postoperatively (P = 0.68) in corneal thickness",
            ["corneal thickness"],
        ),
        ("No differences were found at week 4 (P = 0.40) and at week 8 (P = 0.68) in lens clarity", ["lens clarity"]),
        # Fictional: the arm that was more effective is no measure; what it was effective against is
        ("Fictolan was significantly more effective in the treatment of night cramps (p = 0.01)", ["night cramps"]),
        ("Fictolan was more effective in reducing night cramps than the drug (p = 0.01)", ["night cramps"]),
        ("Fictolan was more effective than the drug in the prevention of night cramps", ["night cramps"]),
        # Fictional: "in terms of" leads to the measure, whole
        ("The two arms did not differ in terms of lens clarity (P = 0.52)", ["lens clarity"]),
        # Fictional: the measures between "differences between" and the arms' "between groups".
        ("Differences between pad weight and pad count between groups were not significant", ["pad weight and pad count"]),
        # Fictional: what each arm had a mean value of.
        ("Groups 1 and 2 had average pinch forces of 17.2 and 6.9 N, respectively", ["pinch forces"]),
        ("The massage group had a median stride length of 1.1 m (p = 0.02)", ["stride length"]),
        # Fictional: people of each arm counted, then what they did.
        (
            "Forty of 50 (80%) patients in the massage group and 41 of 52 (79%) patients in the control group"
            " returned to work (p = 0.90)",
            ["returned to work"],
        ),
        ("More participants in the massage group quit smoking than in the control group (p = 0.01)", ["quit smoking"]),
        # Fictional: "there were", each arm's count or share, then what was counted.
        (
            "There were 40.0% (20/50) and 60.0% (30/50) responders in the massage and control groups,"
            " respectively (p = 0.04)",
            ["responders"],
        ),
        ("There were 20 and 30 responders in the massage and control groups, respectively", ["responders"]),
        # Fictional: the subject is the device that acted; the measure is the verb's object.
        ("The FictoStep Insole decreased heel pressure by 40% compared to the standard insole", ["heel pressure"]),
        # Fictional: the size of a change or a rate after the name is no part of it.
        ("There was a weighted average reduction in mortality of 11% (95% CI 5-16)", ["mortality"]),
        ("The success rate of 90% was higher with massage (p = 0.02)", ["success rate"]),
        # Fictional: the body's arm is measured; an arm of the trial is no measure.
        ("Arm volume did not differ between groups (p = 0.45)", ["Arm volume"]),
        ("Arm circumference decreased significantly in the drainage group", ["Arm circumference"]),
        ("The placebo arm did not differ (p = 0.45)", []),
        ("Arm B was better (p = 0.01)", []),
        ("Both arms improved (p = 0.01)", []),
        # Fictional: a comparative of size or count before the measure names it.
        ("The massage group had a shorter hospital stay than the control group", ["hospital stay"]),
        ("Participants in the massage group used fewer rescue analgesics than controls", ["rescue analgesics"]),
        # each arm's share, named by the arm, then what that share had
        ("8% of the control group and 3% of the massage group had a relapse (p = 0.03)", ["relapse"]),
        ("In 40% of the massage group pain was lower", []),
        # Fictional: a second subject after the first result's statistics changes by itself.
        ("Tremor decreased significantly (p = 0.002) and rigidity improved (p = 0.01)", ["Tremor", "rigidity"]),
        ("Grip strength was higher in the exercise arm (2.1 kg), and hand dexterity improved (p = 0.01)", ["Grip strength", "hand dexterity"]),
        # Fictional: the scale a group improved on
        ("Both groups improved on the Leeds Dizziness Index (p < 0.01)", ["Leeds Dizziness Index"]),
        ("Patients improved significantly on the BTS after massage", ["BTS"]),
        # Fictional: a time after the treatment is no object of the verb; a noun after it makes one.
        ("Serum cortisol increased postsurgery in all three groups", ["Serum cortisol"]),
        ("Plasma lactate rose post-exercise in both groups (p < 0.01)", ["Plasma lactate"]),
        ("The new drink increased post-exercise plasma volume", ["post-exercise plasma volume"]),
        # Fictional: what the analysis was adjusted for is no measure of its own.
        ("The mean difference in serum cortisol, adjusted for age and sex, was -6.8", ["serum cortisol"]),
        # Fictional: a change granted by "although" is the result "this" then judges.
        ("Although serum cortisol dropped by 9 nmol/l, this was not significant (p = 0.22)", ["serum cortisol"]),
        ("Though plasma lactate rose by 4%, it was not significant (p = 0.3)", ["plasma lactate"]),
        ("Although serum cortisol dropped by 9 nmol/l (5%)", ["serum cortisol"]),
        # Fictional: a concession before another subject is still set aside.
        ("Although small in size, plasma lactate did not differ (p = 0.3)", ["plasma lactate"]),
        # Fictional: each arm's count before what was counted; a time is not what was counted.
        ("Four vs two events of severe hypotension occurred in the drug and placebo arms, respectively", ["severe hypotension"]),
        ("12 and 5 headaches occurred in the drug and placebo groups, respectively (p = 0.04)", ["headaches"]),
        ("Median improvement in lung function at 2, 6 and 12 weeks was 0.12 L", ["lung function"]),
        # Fictional: when, with no comma before the subject it sets
        ("After treatment the grip strength was 31 kg in the massage group and 27 kg with usual care", ["grip strength"]),
        ("At the end of the intervention the mean walking speed was 1.2 m/s in both arms", ["walking speed"]),
        # Fictional: the measure, a colon, then each arm's value; a heading run into the text is none
        ("Grip strength: massage 31 kg, usual care 27 kg (p = 0.03)", ["Grip strength"]),
        ("Successful cannulation: 98% (massage) vs 84% (usual care), p < 0.01", ["Successful cannulation"]),
        ("Results: 40 (massage) and 42 (usual care) adults were randomized", []),
        ("Results: 40 adults were randomized", []),
        # Fictional: the measure as the topic of a statement that names none of its own
        ("In terms of skin thickness, the groups did not differ (p = 0.80)", ["skin thickness"]),
        ("Regarding skin thickness, the groups did not differ (p = 0.80)", ["skin thickness"]),
        ("Regarding balance, sway area was smaller in the massage group", ["sway area"]),
        # a p-value in brackets after the difference, or after the arms
        ("There was no difference (p > 0.05) between the arms regarding the rate of cramps", ["cramps"]),
        ("No difference was seen between the arms (p = 0.71) in appetite", ["appetite"]),
        # fictional: the arm a difference favoured, then what it was found for
        ("Differences in favour of massage were found for bone density (p = 0.01)", ["bone density"]),
        ("Significant differences favouring rest were found for cramps (p = 0.01)", ["cramps"]),
        ("There were significant differences in favour of massage for bone density (p = 0.01)", ["bone density"]),
        # the preposition said again: each item its own measure, whoever rated the first
        ("There were no differences in appetite or in use of analgesics, or visits to a nurse",
         ["appetite", "use of analgesics", "visits to a nurse"]),
        ("There were no differences in patient-reported appetite or in use of analgesics",
         ["patient-reported appetite", "use of analgesics"]),
        # the measure named first, the statement about it after the comma
        ("In terms of hand grip, no differences were found between the groups (p = 0.72)", ["hand grip"]),
        ("Regarding appetite, body weight and thirst, the arms did not differ", ["appetite", "body weight", "thirst"]),
        # "For Y," opening the arms' lack of difference; not the people they did not differ in
        ("For skin thickness, the groups did not differ (p = 0.80)", ["skin thickness"]),
        ("For hand grip, there was no significant difference between the arms", ["hand grip"]),
        ("For older women, the two groups did not differ (p = 0.80)", []),
        ("For patients with eczema, the groups were similar", []),
        # nor an aside, the part of the study analysed or a time
        ("For example, the groups did not differ (p = 0.40)", []),
        ("For the per-protocol population, the groups did not differ", []),
        ("For each dose, there was no difference between the arms", []),
        # the kind of measure before "including": the items are the measures
        ("Other blood markers including albumin, ferritin and zinc did not change",
         ["albumin", "ferritin", "zinc"]),
        # "and in" before an arm: no item of the list
        ("Appetite rose in the massage group and in the rest group", ["Appetite"]),
        # Fictional: each arm's change, the first with its sign; "from baseline" with no "in"
        ("Mean changes from baseline in serum urate were +0.1 mg/dl with placebo and -1.9 mg/dl with drug Y",
         ["serum urate"]),
        ("Mean changes from baseline serum urate (7.9 mg/dl) were +0.1 mg/dl with placebo and -1.9 mg/dl with drug Y",
         ["serum urate"]),
        # whose the value was, after "of", as "in the massage group" says it
        ("The walking distance of the massage group was significantly higher than that of the control group",
         ["walking distance"]),
        ("After treatment, the total effective rate of the observation group was 93.3%, higher than 73.3% of the control group",
         ["effective rate"]),
        # the measure, then the arm's people it is of; the people counted stay the measure's own
        ("The length of hospital stay of the patients who received massage was shorter than that of the controls",
         ["length of hospital stay"]),
        # a time, then the arm it is of: "for group A" as "for the massage group"
        ("The mean preparation time for group A was 4.7 min and group B was 17.9 min (P < 0.001)",
         ["preparation time"]),
        # a hyphenated modifier whose first word could end a name: one name, not "Use of"
        ("Use of as-needed sedatives did not differ between groups", ["Use of as-needed sedatives"]),
        ("Use of on-demand antiemetics was lower with the study drug", ["Use of on-demand antiemetics"]),
        # the state more or fewer of an arm's people were in, set against the other arm's
        ("Fewer children in the tutoring group were absent than those in the control group (p = 0.02)", ["absent"]),
        ("More women in the garden arm were mobile at 6 weeks compared with controls", ["mobile"]),
    ],
)  # fmt: skip
def test_the_measure_is_found_where_results_put_it(clause: str, measures: list[str]) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


# Fictional sentences, written for these tests.
@pytest.mark.parametrize(
    ("clause", "measures"),
    [
        # a list as the subject: each item its own measure
        ("Serum ferritin, transferrin and hepcidin were higher in the iron group (all p < 0.05)", ["Serum ferritin", "transferrin", "hepcidin"]),
        ("Time to extubation, recovery time and hemodynamic changes after surgery were similar in both groups", ["Time to extubation", "recovery time", "hemodynamic changes"]),
        # a list after a change word, each item with its own p-value
        ("The supplement group had lower calprotectin (p = 0.02), zonulin (p = 0.01) and lactoferrin (p = 0.04) than the control group", ["calprotectin", "zonulin", "lactoferrin"]),
        # "as were": more measures with the same result
        ("Resting energy expenditure was higher in the diet group, as were basal metabolic rate and fat oxidation (all p < 0.05)", ["Resting energy expenditure", "basal metabolic rate", "fat oxidation"]),
        # two words sharing one head noun name one measure
        ("Systolic and diastolic blood pressure were lower after the intervention", ["Systolic and diastolic blood pressure"]),
        # but two measures whose good sides differ are two, whatever they share
        ("Cortisol and heart rate were lower after the session (p < 0.05)", ["Cortisol", "heart rate"]),
        # the level a measure rose to is no other measure
        ("Vitamin D levels increased to significantly higher levels after the intervention", ["Vitamin D levels"]),
        ("The supplement increased higher levels of ferritin", ["ferritin"]),
        # each change its own measure
        ("After massage there was a reduction in heart rate and an increase in skin temperature (p < 0.05)", ["heart rate", "skin temperature"]),
        ("There was a significant fall in cortisol, and a rise in serotonin", ["cortisol", "serotonin"]),
        # a list with no statistics of its own stays one statement about all its items
        ("No significant differences in ferritin, transferrin or hepcidin were found between the groups", ["ferritin, transferrin or hepcidin"]),
        # each comma-led subject of its own
        ("Pain scores were lower (p < 0.001), the sedation scores were lower, and the consumption of morphine and ketorolac was lower", ["Pain scores", "sedation scores", "consumption of morphine", "ketorolac"]),
        # told how many times the other arm's
        ("Pain was lower (p < 0.01), and nausea episodes were three times lower", ["Pain", "nausea episodes"]),
        ("Nausea episodes were twofold less frequent with zinc", ["Nausea episodes"]),
        # a subject after the statistics of the result before it
        ("Mean plasma zinc was higher (0.72 vs 0.62) and the prevalence of zinc deficiency was halved (6% vs 13%)", ["plasma zinc", "prevalence of zinc deficiency"]),
        # where the result holds, before the subject, and "up to" a figure
        ("In the hyperlipidaemia subgroup LDL cholesterol was reduced by 7% (p = 0.04)", ["LDL cholesterol"]),
        ("A decrease in the total lesion count up to 90% was achieved from baseline", ["lesion count"]),
        # a participle ends the list: it says how the measure was taken
        ("Post-operative nausea scores, assessed using a visual analogue scale, were similar between the groups", ["Post-operative nausea scores"]),
        # an object list whose items take their p-values "respectively"
        ("The zinc group had lower calprotectin and zonulin (p = 0.02 and p = 0.40, respectively)", ["calprotectin", "zonulin"]),
        ("Zinc reduced calprotectin and zonulin by 12% and 8%, respectively, compared with placebo", ["calprotectin", "zonulin"]),
        ("Zinc reduced calprotectin, zonulin and lactoferrin by 4.1 mg/l, 2 ng/ml and 9%, respectively", ["calprotectin", "zonulin", "lactoferrin"]),
        # words sharing one head, each with its own p-value: each names its kind of the head
        ("The zinc group had lower systolic and diastolic pressure (p = 0.01 and p = 0.30, respectively)", ["systolic pressure", "diastolic pressure"]),
        ("Renal and hepatic function rose more with zinc than with placebo (p = 0.01 and p = 0.30, respectively)", ["Renal function", "hepatic function"]),
        ("Renal and hepatic function rose more with zinc than with placebo (p = 0.01)", ["Renal and hepatic function"]),
        # what caused a change named as a noun is no measure
        ("Zinc resulted in a significant decrease in calprotectin and an increase in zonulin", ["calprotectin", "zonulin"]),
        ("Zinc supplementation led to a decrease in calprotectin", ["calprotectin"]),
        # a word on how the result struck the authors, before the subject
        ("Unexpectedly, tremor worsened in the reflexology group compared with sham", ["tremor"]),
        ("Surprisingly, calprotectin was higher with zinc than with placebo", ["calprotectin"]),
        # a clause of its own after the measure is no item of a list
        ("Patients reported less stiffness, and no adverse effects occurred", ["stiffness"]),
        ("Patients reported less stiffness, and there were no dropouts", ["stiffness"]),
        # an aspect alone before its statistics is named by the last item's head noun
        ("Women in the counselling group reported less physical (OR 0.41, p < 0.001) and emotional abuse (OR 0.52, p = 0.002)", ["physical abuse", "emotional abuse"]),
        ("Systolic (p = 0.01) and diastolic blood pressure (p = 0.03) were lower after massage", ["Systolic blood pressure", "diastolic blood pressure"]),
        # so is a word of kind alone: what kind of the head it is
        ("Massage improved renal (p = 0.01) and hepatic function (p = 0.04) compared with rest", ["renal function", "hepatic function"]),
        # but not a measure named whole, nor a word of that form that is a measure by itself
        ("Women in the counselling group reported less pain (OR 0.41, p < 0.001) and emotional abuse (OR 0.52, p = 0.002)", ["pain", "emotional abuse"]),
        ("Massage gave longer survival (p = 0.01) and better hepatic function (p = 0.04) than rest", ["survival", "hepatic function"]),
        # a subject whose first item's "of the" runs through the next: one measure, of two places
        ("Tone of the hamstrings and calf muscles fell more with zinc than with placebo", ["Tone of the hamstrings and calf muscles"]),
        ("The incidence of nausea and vomiting was lower with zinc than with placebo", ["incidence of nausea", "vomiting"]),
        # the object list of a verb of change, item by item; not where one item's "of" names them all
        ("Zinc lowered calprotectin, fecal zonulin and serum lactoferrin compared with placebo", ["calprotectin", "fecal zonulin", "serum lactoferrin"]),
        ("Zinc reduced the frequency, severity and duration of flares compared with placebo", ["frequency, severity and duration of flares"]),
        ("Zinc produced greater reductions in fecal calprotectin, serum zonulin and serum lactoferrin than placebo", ["fecal calprotectin", "serum zonulin", "serum lactoferrin"]),
        ("There were no significant reductions in fecal calprotectin, serum zonulin or serum lactoferrin", ["fecal calprotectin, serum zonulin or serum lactoferrin"]),
        ("Zinc reduced the use of laxatives, enemas and suppositories compared with placebo", ["use of laxatives, enemas and suppositories"]),
        ("Lower calprotectin, zonulin and lactoferrin were seen with zinc than with placebo", ["calprotectin, zonulin and lactoferrin"]),
        # in brackets after the result, each measure it covers with its own estimate; not an arm's value
        ("No differences in lung function were found (peak flow in 1 minute: mean difference 0.2 [95% CI -0.3 to 0.7]; vital capacity: MD 0.1 [95% CI -0.1 to 0.3])", ["lung function", "peak flow in 1 minute", "vital capacity"]),
        ("Lung function was better with Fictolan (Fictolan: 3.1 L; placebo: 2.8 L)", ["Lung function"]),
        ("Lung function was better with Fictolan (restrictive: ES = 0.8; obstructive: ES = 0.2)", ["Lung function"]),
        # the spread the mean comes with is no part of the name
        ("The mean ± SD fasting glucose was lower with Fictolan than with placebo (p = 0.01)", ["fasting glucose"]),
        # "outcomes of both": the outcomes are the ones named next, not a measure of their own
        ("Better outcomes of both sleep quality and symptom severity were seen in the massage group", ["sleep quality", "symptom severity"]),
        ("Outcomes in both fatigue and pain were better after reflexology (p = 0.02)", ["fatigue", "pain"]),
        # the arms named after the measure, each with its number "respectively", are no items
        ("The wrist extension in Splintex and Flexiwrap were 61.2 ± 4.1 and 55.0 ± 6.3° respectively (P = 0.08)", ["wrist extension"]),
        ("Grip strength with Splintex and Flexiwrap was 31 kg and 27 kg, respectively", ["Grip strength"]),
        # an "and" inside a scale's name joins no list
        ("The Western Ontario and McMaster Universities Osteoarthritis Index score fell more with zinc", ["Western Ontario and McMaster Universities Osteoarthritis Index score"]),
    ],
)  # fmt: skip
def test_each_measure_of_a_list_is_named(clause: str, measures: list[str]) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


# Fictional sentences, written for these tests.
@pytest.mark.parametrize(
    ("clause", "measures"),
    [
        # a copula before one number per arm: the subject is the measure
        ("The number of dialysis sessions was 4.1 ± 1.2 and 4.3 ± 1.0 in groups 1 and 2, respectively (p = 0.41)", ["dialysis sessions"]),
        # "the change in" leads to the measure, which ends at its body site
        ("There was no significant difference between the two groups with respect to the change in ulcer score in the stomach", ["ulcer score"]),
        ("There was a marked improvement shown in skin elasticity in the cream group", ["skin elasticity"]),
        ("Grade 3 or 4 neutropenia was more common with the new drug than with placebo", ["Grade 3 or 4 neutropenia"]),
        # a statistic, a count of people or a lone treatment word is no measure
        ("Hazard ratios were 0.91 (95% CI 0.6 to 1.3)", []),
        ("An improvement was seen in 70 and 39 women in the two groups", []),
        ("Overall, 14/40 rats (35%) died, with no significant difference between the arms", []),
        ("Both doses produced greater pain relief than placebo", ["pain relief"]),
        ("The surgeons who performed the procedures had comparable experience", []),
        ("Serum cortisol was lower with the new drug (P value < 0.05)", ["Serum cortisol"]),
        # "days with" names what the days had; elsewhere "with" starts what the measure is not
        ("Children given zinc had a 16% reduction in days with high fever", ["days with high fever"]),
        ("Pain was lower with zinc than with placebo", ["Pain"]),
        ("The need for rescue analgesia was lower with ketamine", ["need for rescue analgesia"]),
        ("Pain was lower for ketamine than for placebo", ["Pain"]),
        # what the groups did not differ in; "neither ... nor"; what a list includes
        ("The groups did not differ in length of stay or readmission rates", ["length of stay or readmission rates"]),
        ("Neither length of stay nor readmission differed significantly between groups", ["length of stay", "readmission"]),
        ("Secondary outcomes, including serum zinc and readmission, did not differ between groups", ["Secondary outcomes", "serum zinc", "readmission"]),
        # what occurred less often; a mere occurrence names no result
        ("Shivering occurred less frequently with ketamine than with saline", ["Shivering"]),
        # what was not affected, and a difference "in terms of" a measure
        ("Zinc did not significantly affect body weight", ["body weight"]),
        ("There was no difference between the groups in terms of length of hospital stay", ["length of hospital stay"]),
        ("The percentage of patients with an exacerbation was reduced with zinc", ["percentage of patients with an exacerbation"]),
        # what an effect estimate is of, and what people achieved or had fewer of
        ("The hazard ratio for death was 0.76 (95% CI 0.63 to 0.92)", ["death"]),
        ("Hazard ratios (HRs) comparing time to relapse were 0.91 (95% CI 0.62 to 1.33)", ["time to relapse"]),
        ("More women in the zinc group achieved remission", ["remission"]),
        ("Patients on zinc had significantly fewer exacerbations than those on placebo", ["exacerbations"]),
        # fictional: what people reported, used or took is named as what they had is
        ("Fewer patients in the zinc group used rescue inhalers than on placebo", ["rescue inhalers"]),
        ("Fewer women on zinc took rescue medication (12% vs 30%)", ["rescue medication"]),
        ("Fewer patients in the zinc group reported night cough (12% vs 30%)", ["night cough"]),
        # fictional: what people rated, its name ending at the comparative after it
        ("Patients in the zinc group rated their satisfaction higher than those on placebo", ["satisfaction"]),
        ("Participants rated the comfort of the bed significantly better than controls", ["comfort of the bed"]),
        # fictional: the arm a difference favours is no part of the measure's name
        ("The between-group difference in serum zinc favoured the drug", ["serum zinc"]),
        # no change, said in other words
        ("Natural killer cell activity was unaltered by the tablets", ["Natural killer cell activity"]),
        ("Serum zonulin was not significantly affected by the tablets", ["Serum zonulin"]),
        ("Resting heart rate remained stable in both arms", ["Resting heart rate"]),
        # what people had: the measure is the verb's object
        ("Fewer patients in the early-feeding group had wound infection", ["wound infection"]),
        ("Six subjects (12%) in one group and four (8%) in the other developed a rash at day 10", ["rash"]),
        # a conceded result's subject, not a setting passed over; a conceded quality is none
        ("Although serum zonulin dropped by 14 mg/dl, this was not significant (p = 0.22)", ["serum zonulin"]),
        ("Although small, the effect on serum zonulin was significant (p = 0.01)", ["serum zonulin"]),
        # two letters that name a measure
        ("Hb in the zinc group was 117 g/L and 113 g/L in the control group", ["Hb"]),
        # what people rated, compared
        ("Patients in the zinc group rated their satisfaction higher than those in the control group", ["satisfaction"]),
        # the state people were in, never the arm they were in
        ("Nineteen patients in one group and 15 in the other were still in remission at week 12", ["remission"]),
        ("Of the patients, 30 were in the zinc group and 28 in the control group", []),
        # fictional: a discourse word before the comma is no measure, nor a lone word of praise
        ("Likewise, grip strength did not differ between the groups", ["grip strength"]),
        ("The programme led to improvements in multiple reported outcomes", []),
        # fictional: an adverb after the verb says how, not what changed
        ("Serum ferritin decreased similarly in both groups", ["Serum ferritin"]),
        ("The drug improved family functioning", ["family functioning"]),
        # fictional: the arms listed after a measure ("doses, and iron") are no measure
        ("Adverse events leading to discontinuation occurred in 6.2, 9.5, and 3.1% with the zinc lower and higher doses, and iron, respectively", ["Adverse events leading to discontinuation"]),
        # fictional: an area under the curve is named with what it is of
        ("The AUC for the insulin response was lower with zinc (p = 0.01)", ["AUC for the insulin response"]),
        ("The area under the curve for glucose was lower with zinc (p = 0.01)", ["area under the curve for glucose"]),
        # fictional: also after the times it spans, in a bracket
        ("The AUC(0-180) for the insulin response was lower with zinc (p = 0.01)", ["AUC(0-180) for the insulin response"]),
        ("The area under the curve (0-3 h) of serum glucose fell with zinc", ["area under the curve (0-3 h) of serum glucose"]),
        # fictional: the people who rated, or how effective an arm was, are no measure
        ("However, people with asthma receiving zinc rated their sleep higher than those on placebo (p = 0.02)", ["sleep"]),
        # fictional: what the arms' interaction with time was tested on
        ("There was a significant group x time interaction for the LSQ (p = 0.02)", ["LSQ"]),
        ("A group-by-time interaction in the hand grip index was not found (p = 0.44)", ["hand grip index"]),
    ],
)  # fmt: skip
def test_the_measure_is_named_without_a_change_verb_and_not_confused(
    clause: str, measures: list[str]
) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


# Fictional sentences, written for this test.
@pytest.mark.parametrize(
    ("clause", "measure"),
    [
        ("Clinical remission was achieved by 61% of the drug group versus 17% of the placebo group", "Clinical remission"),
        ("Sustained response was attained in 12 of 20 patients with the drug", "Sustained response"),
        # the level the goal is set on has a good side of its own, the goal another
        ("Target blood pressure was achieved in 40% of the usual care group and 70% of the drug group", "Target blood pressure"),
        ("More patients in the drug group achieved target blood pressure", "target blood pressure"),
        # the goal's size is no part of its name
        ("12% of the diet group achieved 7% weight loss compared with 3% of the control group", "weight loss"),
        ("More participants in the drug group attained at least 10% fat loss", "fat loss"),
    ],
)  # fmt: skip
def test_what_people_achieved_is_a_goal_more_of_it_better(clause: str, measure: str) -> None:
    assert [(m.measure, m.polarity) for m in open_measures(clause)] == [(measure, "higher_is_better")]


def test_a_level_reached_in_a_time_is_no_goal() -> None:
    # fictional: how long it took, not how many reached it
    assert not any(
        m.polarity == "higher_is_better" for m in open_measures("Peak plasma level was reached in 2 hours")
    )


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: a target reached is named with it, and its good side may be the level's opposite
        ("More patients in the drug group achieved HbA1c below 7% (p = 0.01)", "HbA1c below 7%", "higher_is_better"),
        ("The proportion of patients with HbA1c < 7% was higher with the new drug", "proportion of patients with HbA1c < 7%", "higher_is_better"),
        ("The proportion of patients with HbA1c<7.0% (53 mmol/mol) was higher with the new drug", "proportion of patients with HbA1c<7.0%", "higher_is_better"),
        ("HbA1c < 53 mmol/mol was achieved in 45% of the drug group and 20% of the placebo group", "HbA1c < 53 mmol/mol", "higher_is_better"),
        # a level beyond its harmful side reached: worse more
        ("The proportion of patients with systolic blood pressure above 160 mmHg was lower with the new drug", "proportion of patients with systolic blood pressure above 160 mmHg", "lower_is_better"),
    ],
)  # fmt: skip
def test_a_target_reached_is_named_with_its_side(clause: str, measure: str, polarity: str) -> None:
    assert [(m.measure, m.polarity) for m in open_measures(clause)] == [(measure, polarity)]


@pytest.mark.parametrize(
    ("clause", "measures"),
    [  # fictional: the measure named before the difference it made none of
        ("There was no significant mortality difference between the Fictolan and placebo groups", ["mortality"]),
        ("with no significant (P = 0.51) relapse rate difference between the groups", ["relapse rate"]),
        ("There was no statistically significant weight difference between the groups at week 12", ["weight"]),
        # the kind of difference is no measure
        ("There was no statistical difference between groups", []),
        ("There was no clinically relevant difference between the groups", []),
    ],
)  # fmt: skip
def test_a_measure_named_before_no_difference_is_the_measure(clause: str, measures: list[str]) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: a time spent in a state is named with the state, and is as good as the state
        ("Time spent in hypoglycaemia was shorter with Fictolan than with placebo (p = 0.01)", "Time spent in hypoglycaemia", "lower_is_better"),
        ("The time spent in hypoglycaemia in the Fictolan group was shorter (p = 0.01)", "time spent in hypoglycaemia", "lower_is_better"),
        # a level's band: too low, or on target, nothing says
        ("The time spent with glucose below 3.9 mmol/l was lower with Fictolan (p = 0.01)", "time spent with glucose below 3.9 mmol/l", None),
        # a level kept in its target band: the more time, the better; a band of numbers only, either
        ("The time spent with glucose in the target range was longer with Fictolan (p = 0.01)", "time spent with glucose in the target range", "higher_is_better"),
        ("The percentage of time spent with glucose in the 4.0-7.0 mmol/l range was higher with Fictolan (p = 0.01)", "percentage of time spent with glucose in the 4.0-7.0 mmol/l range", None),
    ],
)  # fmt: skip
def test_a_time_spent_in_a_state_is_named_with_it(clause: str, measure: str, polarity: str | None) -> None:
    assert [(m.measure, m.polarity) for m in open_measures(clause)] == [(measure, polarity)]


def test_a_threshold_after_words_of_no_known_side_or_after_people_names_no_target() -> None:
    # fictional: nothing says which side of the threshold is good, so no reading at all
    clause = "The proportion of patients with fictoglobin below 7 g/l was higher with the new drug"
    assert not any("fictoglobin" in m.measure for m in open_measures(clause))
    # nor who the result is about: an age, not a target reached
    assert polarity_of("survival of patients under 50 years") == "higher_is_better"
    assert not open_measures("Survival of patients under 50 years was higher with the new drug (p = 0.01)")


# Fictional sentences, written for this test.
def test_a_long_list_after_a_change_verb_quoting_its_p_value_is_the_measure_not_the_subject() -> None:
    clause = (
        "Fictozan, but not placebozan, significantly (p < 0.05) reduced fasting plasma glucose, fasting "
        "plasma insulin, the homeostasis model assessment of insulin resistance and glycated haemoglobin"
    )
    assert [m.measure for m in open_measures(clause)] == [  # each item changed: a measure each
        "fasting plasma glucose",
        "fasting plasma insulin",
        "homeostasis model assessment of insulin resistance",
        "glycated haemoglobin",
    ]


# Fictional sentences, written for this test.
def test_a_long_list_opening_a_clause_is_its_subject_only_with_a_change_and_no_arm_before_it() -> None:
    listed = (
        "Forehead skin temperature, ear canal temperature, heart rate, salivary flow rate, ratings "
        "of perceived thirst and plasma volume changes were significantly higher in the warm trial (p < 0.05)"
    )
    assert [m.measure for m in open_measures(listed)] == [
        "Forehead skin temperature",
        "ear canal temperature",
        "heart rate",
        "salivary flow rate",
        "ratings of perceived thirst",
        "plasma volume changes",
    ]
    assert len(listed.split(" were ")[0]) > 120  # longer than a subject of a few words may be
    # an arm named first may be the comparator: the long list is not read as the subject
    armed = f"In the old-device group, {listed[0].lower()}{listed[1:]}"
    assert "heart rate" not in [m.measure for m in open_measures(armed)]
    # "were similar": a list of characteristics as often as of results
    alike = listed.replace("significantly higher in the warm trial (p < 0.05)", "similar in both trials")
    assert "heart rate" not in [m.measure for m in open_measures(alike)]


def test_a_long_list_after_a_joining_word_that_did_not_improve_is_its_subject() -> None:
    listed = (
        "However, the other circulating markers including fasting insulin, fibrinogen, ferritin, interleukin-8, "
        "leptin, resistin, visfatin, chemerin, plasminogen activator inhibitor-1 and soluble tumour necrosis "
        "factor receptor-2 did not improve with massage"
    )  # fictional
    assert [m.measure for m in open_measures(listed)] == [
        "fasting insulin",
        "fibrinogen",
        "ferritin",
        "interleukin-8",
        "leptin",
        "resistin",
        "visfatin",
        "chemerin",
        "plasminogen activator inhibitor-1",
        "soluble tumour necrosis factor receptor-2",
    ]
    assert len(listed.split(" did ")[0]) > 200  # a list of ten, each named in a few words
    # "did not differ": a list of characteristics as often as of results
    alike = listed.replace("did not improve with massage", "did not differ between the groups")
    assert "ferritin" not in [m.measure for m in open_measures(alike)]


# Fictional sentences, written for these tests.
@pytest.mark.parametrize(
    ("clause", "measure"),
    [
        ("The new lens was significantly better than the old lens for visual acuity (p = 0.01)", "visual acuity"),
        ("The app group was superior to the leaflet group in medication adherence (p = 0.02)", "medication adherence"),
        ("Improvements were also observed for walking speed (p < 0.001)", "walking speed"),
        ("Significant benefits of the programme were found for self-rated health (p = 0.03)", "self-rated health"),
        ("The trained group had a greater decrease than the control group for fasting glucose (p = 0.01)", "fasting glucose"),
        # what people had, after a species named by its genus initial; "shorter" says how it changed
        ("Children given L. fictivus had shorter duration of fever than controls (p = 0.01)", "duration of fever"),
        # "the time for" an event names a wait, as "the time to" does; "time for the" names an arm
        ("The time for complete wound closure was shorter with the gel than with gauze (p = 0.01)", "time for complete wound closure"),
        ("Insertion time for the new mask was shorter than for the old mask (p = 0.01)", "Insertion time"),
        # an apposition's "i.e." is no part of the measure
        ("Recovery, i.e. return to work by 6 weeks, did not differ between the groups", "return to work"),
    ],
)  # fmt: skip
def test_the_measure_the_arms_were_compared_on_follows_for_or_in(clause: str, measure: str) -> None:
    assert measure in [m.measure for m in open_measures(clause)]


# Fictional sentences, written for these tests.
@pytest.mark.parametrize(
    ("clause", "words"),
    [
        ("Filter life was superior for the citrate lock (p = 0.02)", "citrate lock"),  # an arm
        ("The new lens was significantly better in nonsurvivors (p = 0.01)", "nonsurvivors"),  # people
        ("No other effects were observed in the per-protocol analysis", "per-protocol analysis"),
    ],
)  # fmt: skip
def test_what_follows_for_or_in_may_be_an_arm_people_or_an_analysis(clause: str, words: str) -> None:
    assert words not in [m.measure for m in open_measures(clause)]


@pytest.mark.parametrize(
    ("clause", "measures"),
    [  # fictional: the subject made worse or brought back, or the object of the verb that did it
        ("Sleep latency was impaired in the usual care group", ["Sleep latency"]),
        ("Vagal tone was restored after reflexology", ["Vagal tone"]),
        ("Reflexology normalised vagal tone", ["vagal tone"]),
        ("Massage did not compromise sleep latency", ["sleep latency"]),
        # people described by it: no subject ends there
        ("Adults with impaired balance improved their walking speed", ["walking speed"]),
        ("Adults with restored hearing reported better sleep", ["sleep"]),
    ],
)  # fmt: skip
def test_what_was_impaired_or_restored_is_the_measure(clause: str, measures: list[str]) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    ("clause", "measures"),
    [  # fictional: the arm that acted, or the arms compared, named as the subject
        ("Zelotrin demonstrated significantly greater improvement in sleep latency compared with placebo", ["sleep latency"]),
        ("Zelotrin showed a significant reduction in sleep latency versus placebo (p = 0.01)", ["sleep latency"]),
        ("Zelotrin and placebo did not differ in sleep latency", ["sleep latency"]),
        ("The almond diet tended to decrease plasma VCAM-1 (p = 0.06)", ["plasma VCAM-1"]),
        ("Zelotrin did not change sleep latency (p = 0.40)", ["sleep latency"]),
        ("Zelotrin did not significantly change the number of night wakings (p = 0.40)", ["night wakings"]),
        ("Lens A was significantly better than lens B for stereoacuity (p = 0.01)", ["stereoacuity"]),
        ("Lens A outperformed lens B on stereoacuity (p = 0.01)", ["stereoacuity"]),
        # fictional: the arms compared on the clause's topic, named before them
        ("Regarding stereoacuity, the new lens was significantly better than the old lens (p = 0.01)", ["stereoacuity"]),
        ("With respect to itching, the cream was significantly worse than placebo (p = 0.02)", ["itching"]),
        ("For lack of glare, lens A was significantly better than lens B (p < 0.001)", ["lack of glare"]),
        # fictional: "superior to" ranks the arms on the topic too, and so does "in the treatment of"
        ("For pruritus, cetirol was superior to loramol (p < 0.05)", ["pruritus"]),
        ("In the treatment of pruritus, cetirol was superior to loramol (p < 0.05)", ["pruritus"]),
        ("In the management of night cramps, cetirol was not superior to loramol", ["night cramps"]),
        ("In the treatment of older women, cetirol was superior to loramol (p < 0.05)", []),
        # fictional: what the arm's use was for, when it is ranked against the control arm
        ("The use of cetirol for nausea was more effective than placebo (p = 0.01)", ["nausea"]),
        ("The use of cetirol in the prevention of nausea was not superior to the placebo", ["nausea"]),
        # set against another active arm, which of the two was tested the words do not tell
        ("The use of cetirol for nausea was more effective than loramol (p = 0.01)", []),
        # fictional: "for" opening the people the arms were compared in names no measure
        ("For older women, the cream was significantly better than placebo (p = 0.02)", []),
        # fictional: an arm better than another, on nothing named
        ("The new cream was significantly better than placebo (p = 0.01)", []),
        # so an arm said no better than another
        ("Cream plus dressing was not more effective than dressing alone (p = 0.35)", []),
        ("Cream plus dressing was no better than dressing alone for itching", ["itching"]),
        ("Itching fell (p = 0.01), and the cream was significantly better than placebo (p < 0.001)", ["Itching"]),
        ("Sleep quality was better than at baseline (p = 0.01)", ["Sleep quality"]),
        ("Subgroup analysis showed positive effects in both genders", []),
        # fictional: the trials a review pooled, and one dose's arm, are what was given, not measured
        ("Trials of plain massage showed no effect", []),
        ("Studies of seated massage found no difference in sleep latency", ["sleep latency"]),
        ("Low-dose fictolan did not differ from placebo", []),
        ("High-dose fictolan reduced night cramps compared with placebo", ["night cramps"]),
        # fictional: a count of studies after a list's "and" names nothing
        ("Two studies reported improvements in sleep latency and one reported improved cortisol", ["sleep latency", "cortisol"]),
        # the subject is measured where the change is in the groups, or only said to differ
        ("Serum zinc showed no significant changes in any groups", ["Serum zinc"]),
        ("Sleep latency and cortisol did not differ", ["Sleep latency", "cortisol"]),
        # fictional: the changes of a measure, as second-language abstracts name them, are its own
        ("Changes of serum zinc were not significant", ["serum zinc"]),
        # fictional: a control held (of the trunk, of movement) is a measure, not the control arm
        ("Trunk control was better with massage than with usual care", ["Trunk control"]),
        ("Selective motor control did not differ", ["Selective motor control"]),
        ("Fatigue was lower with massage than in the usual care control", ["Fatigue"]),
    ],
)  # fmt: skip
def test_a_subject_that_acted_is_no_measure(clause: str, measures: list[str]) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    "clause",
    [  # fictional: the arm a difference favours, not what was measured
        "The difference between the groups was significant in favour of the control group (p = 0.04)",
        "The difference between the groups was significant in favor of sham",
    ],
)
def test_the_favour_a_difference_went_in_is_not_a_measure(clause: str) -> None:
    assert [m.measure for m in open_measures(clause)] == []


@pytest.mark.parametrize(
    "clause",
    [  # fictional: when it was measured, not what
        "Week 4 scores were similar to week 1",
        "The week 6 results showed the greatest improvement from baseline",
    ],
)
def test_a_time_is_not_a_measure(clause: str) -> None:
    assert [m.measure for m in open_measures(clause)] == []


@pytest.mark.parametrize(
    ("clause", "measures"),
    [  # fictional: a review's grade of its evidence opens the sentence; the outcome follows
        ("Moderate-quality evidence showed that exercise improved function compared with usual care", ["function"]),
        ("Low-certainty evidence showed that massage improved neck function", ["neck function"]),
    ],
)  # fmt: skip
def test_the_certainty_of_the_evidence_is_not_a_measure(clause: str, measures: list[str]) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    ("clause", "measures"),
    [  # fictional: what the arm did to the outcome, named by its verb, is no measure; what it reduced is
        ("Massage was superior to sham in reducing both pain (p = 0.01) and anxiety (p = 0.02)", ["pain", "anxiety"]),
        ("Massage was superior to sham in reducing pain (p = 0.01) and anxiety (p = 0.02)", ["pain", "anxiety"]),
    ],
)  # fmt: skip
def test_a_verb_of_change_opening_a_name_is_not_a_measure(clause: str, measures: list[str]) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    "clause",
    [  # fictional: the trials' results taken together, of the outcome named before
        "but the pooled effect was not significant",
        "but the pooled estimate did not reach significance",
        "the overall effect was not significant (p = 0.20)",
        "but meta-analysis showed no significant difference (SMD -0.2, 95% CI -0.6 to 0.2)",
        "the meta-analysis found no effect",
        # a pooled statistic, named as what it estimates
        "the pooled SMD was -0.45 (95% CI -0.78 to -0.12) in favour of massage",
        "the overall mean difference was -1.2 (95% CI -1.9 to -0.5)",
    ],
)
def test_a_pooled_effect_is_not_a_measure(clause: str) -> None:
    assert [m.measure for m in open_measures(clause)] == []


@pytest.mark.parametrize(
    "clause",
    [  # fictional: the test that compared the arms, named as the subject
        "The Mann-Whitney test showed a significant difference between the groups (p = 0.002)",
        "the independent t-test showed no significant difference between the groups",
        "Repeated measures ANOVA showed a significant difference between the groups (p = 0.01)",
        "The chi-square test showed that there was a significant difference between the two groups",
        # the tests that tell which arms differ, after an overall test of three or more
        "Post-hoc tests showed that the yoga and tai chi groups did not differ",
        "Pairwise comparisons showed no significant difference between the two active arms",
    ],
)
def test_a_statistical_test_is_not_a_measure(clause: str) -> None:
    assert [m.measure for m in open_measures(clause)] == []


@pytest.mark.parametrize(
    "clause",
    [  # fictional: outcomes told apart only by where they stand among the study's
        "The other variables did not differ between groups",
        "The remaining variables were not affected by massage",
        "There were no significant differences in the investigated variables (p > 0.05)",
        "The remaining outcome measures showed no significant changes",
        "No significant differences were found in the other outcomes",
        "The rest of the variables were similar between the groups",
        # the other instruments of the study, by their kind
        "The other scales did not differ between the groups",
        "The remaining questionnaires were similar in both arms",
        "No significant differences were seen in the other instruments",
        "The remaining tests did not change after training",
        "The other rating scales did not differ between the groups",
        "The remaining clinical scales were similar in both arms",
    ],
)
def test_the_other_outcomes_are_no_measure(clause: str) -> None:
    assert [m.measure for m in open_measures(clause)] == []


@pytest.mark.parametrize(
    ("clause", "word"),
    [
        ("In older adults, the new drug had a greater benefit (p < 0.01)", "benefit"),
        ("In older adults, the new drug showed greater efficacy (p < 0.01)", "efficacy"),
    ],
)  # fmt: skip
def test_a_lone_word_of_praise_is_no_measure(clause: str, word: str) -> None:
    # fictional sentences
    assert word not in [m.measure for m in open_measures(clause)]


@pytest.mark.parametrize(
    ("measure", "polarity"),
    [
        ("length of hospital stay", "lower_is_better"),
        ("UPDRS motor score", "lower_is_better"),  # neurological rating scales: higher is worse
        ("Hoehn and Yahr stage", "lower_is_better"),
        ("Nine-Hole Peg Test", "lower_is_better"),  # seconds taken
        ("Gross Motor Function Measure", "higher_is_better"),
        ("Fugl-Meyer Assessment", "higher_is_better"),
        ("manual dexterity", "higher_is_better"),
        ("overall survival", "higher_is_better"),
        ("pain relief", "higher_is_better"),  # the longer phrase wins over "pain"
        ("IL-10", "no_good_side"),  # an anti-inflammatory cytokine, not "il-1"'s
        ("IL-1β", "lower_is_better"),
        ("time to first use of rescue medication", "higher_is_better"),  # waiting longer for a bad event
        ("time to complete healing", "lower_is_better"),  # waiting less for a good one
        ("worsening renal function", "lower_is_better"),  # named as a change for the worse
        ("need for rescue analgesia", "lower_is_better"),  # the less needed, the better
        ("number of splints required", "lower_is_better"),
        ("plasma concentration of the drug", NO_GOOD_SIDE),
        ("zonulin", None),
        ("serum zonulin", None),  # a level with no known good side: no guess
        ("number of intubation attempts", "lower_is_better"),  # a procedure's tries and time
        ("tramadol consumption", "lower_is_better"),
        ("pressure pain threshold", "higher_is_better"),  # the longer phrase wins over "pain"
        ("pain sensitivity", "lower_is_better"),
        ("insulin sensitivity", "higher_is_better"),
        ("cardiac output", NO_GOOD_SIDE),  # physiology with no good side of its own
        ("heart rate variability", "higher_is_better"),  # the longer phrase wins over "heart rate"
        ("HDL cholesterol", "higher_is_better"),  # the longer phrase wins over "cholesterol"
        ("serum LDL cholesterol", "lower_is_better"),
        ("24-h ambulatory SBP", "lower_is_better"),  # blood pressure by its abbreviation
        ("NT-proBNP", "lower_is_better"),
        ("ocular discomfort", "lower_is_better"),  # not "comfort"
        ("attrition rate", "lower_is_better"),
        ("completion rate", "higher_is_better"),
        ("time to completion of the course", "lower_is_better"),  # waiting less for a good event
        ("incidence of hyperkalaemia", "lower_is_better"),  # an electrolyte out of range, not its level
        ("serum potassium", NO_GOOD_SIDE),  # a level, as the other electrolytes: no side in itself
        ("time to stone expulsion", "lower_is_better"),  # waiting less for a good event
        ("time for successful intubation", "lower_is_better"),  # "time for" as "time to"
        ("SVR12", "higher_is_better"),
        ("serum tocopherol", NO_GOOD_SIDE),  # a nutrient's level in the blood
        ("percentage stained area of the marker", NO_GOOD_SIDE),
        ("gut microbiota diversity", NO_GOOD_SIDE),
        ("plasma α-tocopherol", NO_GOOD_SIDE),
        ("maximal isometric knee torque", "higher_is_better"),
        ("passive torque", "lower_is_better"),  # the longer phrase: stiffness, not strength
        ("quadriceps muscle thickness", "higher_is_better"),
        ("intestinal permeability", "lower_is_better"),  # a barrier that leaks
        ("blood-brain barrier disruption", "lower_is_better"),
        ("sustained bronchodilation", "higher_is_better"),
        ("serum alanine aminotransferase", "lower_is_better"),  # liver injury, not "enzyme" levels
        ("fasting blood sugar", "lower_is_better"),
        ("tender joint count", "lower_is_better"),
        ("failed intubation", "lower_is_better"),
        ("disease control rate", "higher_is_better"),
        ("maximum voluntary contraction force", "higher_is_better"),
        ("affected arm volume", "lower_is_better"),  # a swollen limb
        ("arm heaviness", "lower_is_better"),
        ("duration of the first stage of labour", "lower_is_better"),
        # analgesia given or asked for, against the relief it brings and the wait for more
        ("use of epidural analgesia", "lower_is_better"),
        ("opioid analgesia", "lower_is_better"),
        ("number of requests for analgesia", "lower_is_better"),
        ("pharmacological pain relief", "lower_is_better"),
        ("duration of analgesia", "higher_is_better"),
        ("quality of epidural analgesia", "higher_is_better"),
        ("time to first analgesic request", "higher_is_better"),
        ("mean arterial pressure", "lower_is_better"),  # blood pressure by another name
        ("radial pulse rate", NO_GOOD_SIDE),  # the heart rate, felt at the wrist
        ("number of tender points", "lower_is_better"),
        ("crying time", "lower_is_better"),
        ("serum bilirubin", "lower_is_better"),  # an infant's jaundice
        ("night awakenings", "lower_is_better"),
        ("time to awakening", "lower_is_better"),  # waking from anaesthesia, not a night awakening
        ("laxative use", "lower_is_better"),
        ("mean CMAI score", "lower_is_better"),  # agitation in dementia, by its inventory
        ("Neuropsychiatric Inventory score", "lower_is_better"),
        ("NPI total score", "lower_is_better"),
        ("FIQ total score", "lower_is_better"),  # fibromyalgia's impact, by its questionnaire
        ("revised Fibromyalgia Impact Questionnaire", "lower_is_better"),
        ("Rafiq score", None),  # fictional name: "fiq" inside a word is not the questionnaire
        ("acute medication use", "lower_is_better"),  # drugs needed for attacks: the fewer the better
        ("as-needed medication", "lower_is_better"),
        ("use of rescue medication", "lower_is_better"),
        ("psychotropic drug use", "lower_is_better"),
        ("number of antipsychotic prescriptions", "lower_is_better"),
        ("anger", "lower_is_better"),
        ("anger control", "higher_is_better"),
        ("frequency of wandering", "lower_is_better"),  # a behaviour of dementia
        ("abdominal distension", "lower_is_better"),
        ("rate of spontaneous vaginal delivery", "higher_is_better"),  # a birth without help
        ("assisted vaginal delivery", "lower_is_better"),  # the longer phrase: a birth helped by instruments
        ("use of oxytocin augmentation", "lower_is_better"),
        ("plasma oxytocin", NO_GOOD_SIDE),  # a hormone's level
        ("serotonin levels", NO_GOOD_SIDE),
        ("natural killer cell numbers", NO_GOOD_SIDE),
        ("absenteeism", "lower_is_better"),
        # a harm absent: the more time or people without it, the better
        ("proportion of cramp-free sessions", "higher_is_better"),
        ("symptom-free days", "higher_is_better"),
        ("days free of headache", "higher_is_better"),
        ("proportion of patients without any nausea or vomiting", "higher_is_better"),
        ("recurrence-free survival", "higher_is_better"),
        ("positive affect", "higher_is_better"),  # the pleasant feelings of an affect scale
        ("PANAS negative affect score", "lower_is_better"),  # and the unpleasant ones
        # osteoarthritis indices: WOMAC and Lequesne count problems, the KOOS scores health higher
        ("WOMAC total score", "lower_is_better"),
        ("Lequesne index", "lower_is_better"),
        ("KOOS symptoms subscale", "higher_is_better"),  # the longer phrase wins over "symptom"
        ("Quality of Recovery-40", "higher_is_better"),
        ("QoR-15 score", "higher_is_better"),
        ("Rhodes index of retching", "lower_is_better"),
        ("ESAS total score", "lower_is_better"),
        ("Dizziness Handicap Inventory", "lower_is_better"),
        ("catastrophizing", "lower_is_better"),
        ("Tampa Scale for Kinesiophobia", "lower_is_better"),
        ("fear of falling", "lower_is_better"),
        ("fear extinction", None),  # fear alone has no side
        ("apathy", "lower_is_better"),
        ("loneliness", "lower_is_better"),
        ("interdialytic weight gain", "lower_is_better"),  # the longer phrase wins over "weight gain"
        ("Kt/V", "higher_is_better"),  # dialysis adequacy
        ("febrile neutropenia", "lower_is_better"),
        ("perineal laceration", "lower_is_better"),
        ("duration of outbreaks", "lower_is_better"),
        ("time to full enteral feeding", "lower_is_better"),  # waiting less for a good event
        ("COMFORT behavior scale", "lower_is_better"),  # distress observed, not "comfort" felt
        ("W-DEQ score", "lower_is_better"),  # fear of childbirth
        ("Knee Society Score", "higher_is_better"),  # joint scores of orthopaedics
        ("Harris Hip Score", "higher_is_better"),
        ("Lysholm score", "higher_is_better"),
        ("Constant-Murley score", "higher_is_better"),
        ("Richmond Agitation-Sedation Scale", NO_GOOD_SIDE),  # deeply sedated to agitated
        ("Stroke Impact Scale", "higher_is_better"),  # the longer phrase wins over "stroke"
        ("Jebsen-Taylor Hand Function Test", "lower_is_better"),  # seconds taken, over "function"
        ("Action Research Arm Test", "higher_is_better"),
        ("Purdue Pegboard Test", "higher_is_better"),
        ("necrotizing enterocolitis", "lower_is_better"),  # complications of preterm birth
        ("retinopathy of prematurity", "lower_is_better"),
        ("time to first defecation", "lower_is_better"),
        ("time to Aldrete score of 9", "lower_is_better"),  # waiting less to be ready to leave
        ("Glasgow Coma Scale", "higher_is_better"),
        ("Motor Assessment Scale", "higher_is_better"),
        ("ECOG performance status", "lower_is_better"),  # 0 is fully active, over "performance"
        ("Karnofsky Performance Status", "higher_is_better"),
        ("liver function tests", "lower_is_better"),  # raised by injury, over "function"
        ("hearing loss", "lower_is_better"),  # over "hearing"
        ("non-union rate", "lower_is_better"),  # over "union"
        ("tumour growth", "lower_is_better"),  # over "growth"
        ("flexion contracture", "lower_is_better"),  # over "flexion"
        ("number of antenatal care visits", "higher_is_better"),  # care attended, over "visits"
        ("therapeutic window", NO_GOOD_SIDE),  # not a "win"
        ("memory T cells", NO_GOOD_SIDE),  # immune cells, not "memory"
        ("9HPT", "lower_is_better"),  # seconds taken
        ("number of active trigger points", "lower_is_better"),
        ("peripheral glucose uptake", "higher_is_better"),  # insulin working, over "glucose"
        ("blood glucose", "lower_is_better"),
        ("high sensitivity C reactive protein", "lower_is_better"),  # over "sensitivity"
        ("lesion conspicuity", "higher_is_better"),  # seen more clearly, over "lesion"
        ("lesion-to-liver contrast ratio", "higher_is_better"),
        ("mineral content of enamel lesions", "higher_is_better"),  # minerals regained
        ("repetitions to failure", "higher_is_better"),  # over "failure"
        ("Boston Bowel Preparation Scale", "higher_is_better"),  # a cleaner bowel scored higher
        ("intensity of tooth sensitivity", "lower_is_better"),  # a tooth's pain, not a test's
        ("dentin hypersensitivity", "lower_is_better"),
        ("root mean square of successive R-R differences", NO_GOOD_SIDE),  # not a "success"
        ("success rate", "higher_is_better"),
        ("stress response to surgery", "lower_is_better"),  # over "response"
        ("pressor response to laryngoscopy", "lower_is_better"),  # blood pressure's rise
        ("antibody response", "higher_is_better"),
        # fictional: vitamins, iron stores and bone markers in the blood have no good side
        ("serum osteocalcin", NO_GOOD_SIDE),
        ("vitamin D levels", NO_GOOD_SIDE),
        ("25-OH-D concentration", NO_GOOD_SIDE),
        ("serum ferritin", NO_GOOD_SIDE),
        ("PTH levels", NO_GOOD_SIDE),
        ("serum P1NP", NO_GOOD_SIDE),
        ("vitamin D deficiency", "lower_is_better"),  # too little of it, over the level
        ("initial claudication distance", "higher_is_better"),  # walked before leg pain
        # what people did, counted: leaving the treatment or missing it is worse, coming back better
        ("discontinued treatment", "lower_is_better"),
        ("frequency of missed sessions", "lower_is_better"),
        ("returned to work", "higher_is_better"),
        # a prescribed treatment kept on with is better the more; smoking kept on with is worse
        ("continued antidepressants until week 24", "higher_is_better"),
        ("continued their medication", "higher_is_better"),
        ("continued smoking", "lower_is_better"),
        # depth seen, as sharpness of sight is
        ("stereoacuity", "higher_is_better"),
        # smoking given up is better, however "smoking" alone is worse
        ("stopped smoking", "higher_is_better"),
        ("quit smoking", "higher_is_better"),
        ("smoking", "lower_is_better"),
        # what people who got better did: survived, recovered, responded
        ("survived", "higher_is_better"),
        ("recovered", "higher_is_better"),
        ("responded", "higher_is_better"),
        ("satisfied with their care", "higher_is_better"),
        # progression is worse, but a survival free of it or a long wait for it is better
        ("disease progression", "lower_is_better"),
        ("rate of tumour progression", "lower_is_better"),
        ("progression-free survival", "higher_is_better"),
        ("time to progression", "higher_is_better"),
        ("time to progression to a regular diet", "lower_is_better"),
        # a response that is a body's reaction is worse, one to treatment better
        ("glycemic response to the test meal", "lower_is_better"),
        ("haemodynamic response to laryngoscopy", "lower_is_better"),
        ("treatment response", "higher_is_better"),
        ("response time of the rapid team", "lower_is_better"),
        # a duration of sleep is better long, of an illness short; waits for milestones short
        ("duration of sleep", "higher_is_better"),
        ("total sleep time", "higher_is_better"),
        ("sleep onset latency", "lower_is_better"),
        ("duration of illness", "lower_is_better"),
        ("time to ambulation", "lower_is_better"),
        ("time to first oral intake", "lower_is_better"),
        ("time to defervescence", "lower_is_better"),
        ("time to resolution of symptoms", "lower_is_better"),
        ("time to eye opening", "lower_is_better"),
        ("onset time of the sensory block", "lower_is_better"),
        ("onset of sensory block", "lower_is_better"),
        ("motor block onset", "lower_is_better"),
        ("onset of analgesia", "lower_is_better"),
        ("parasite clearance time", "lower_is_better"),
        ("ventilator-free days", "higher_is_better"),
        # going home from hospital is good, the wait for it not
        ("discharged home", "higher_is_better"),
        ("discharge to home", "higher_is_better"),
        ("time to home discharge", "lower_is_better"),
        # retention in care is better, of urine or fluid worse
        ("retention in care at 12 months", "higher_is_better"),
        ("urinary retention", "lower_is_better"),
        ("urinary retention rate", "lower_is_better"),
        ("fluid retention", "lower_is_better"),
        # kept to or not, answered right or wrong, prescribed fittingly or not
        ("non-adherence to medication", "lower_is_better"),
        ("noncompliance", "lower_is_better"),
        ("number of correct answers", "higher_is_better"),
        ("incorrect answers", "lower_is_better"),
        ("appropriate prescribing", "higher_is_better"),
        ("inappropriate prescribing", "lower_is_better"),
        ("corrected QT interval", "lower_is_better"),  # not a correct answer
        # a leak is worse, the pressure a bladder holds before leaking better
        ("anastomotic leak", "lower_is_better"),
        ("leak point pressure", "higher_is_better"),
        # vision kept is better, blurred or lost worse; hope better, hopelessness worse
        ("vision", "higher_is_better"),
        ("blurred vision", "lower_is_better"),
        ("vision loss", "lower_is_better"),
        ("hope", "higher_is_better"),
        ("hopelessness", "lower_is_better"),
        ("harm to self", "lower_is_better"),
        ("harm reduction", "higher_is_better"),
        # birth weight is better higher, a low one is the harm
        ("birthweight", "higher_is_better"),
        ("low birth weight", "lower_is_better"),
        # haemoglobin by its glycated name is HbA1c; lipid ratios with the good cholesterol below
        ("glycated haemoglobin", "lower_is_better"),
        ("LDL/HDL ratio", "lower_is_better"),
        ("non-HDL cholesterol", "lower_is_better"),
        ("HDL cholesterol", "higher_is_better"),
        ("insulin sensitivity", "higher_is_better"),
        ("fasting insulin", "lower_is_better"),
        ("creatinine clearance", "higher_is_better"),  # the kidneys working, not a raised creatinine
        ("serum creatinine", "lower_is_better"),
        ("CD4 cell count", "higher_is_better"),  # over a cell count with no side
        ("vitamin A deficiency", "lower_is_better"),
        # walking, moving, thinking and feeling well
        ("six-minute walk distance", "higher_is_better"),
        ("gait speed", "higher_is_better"),
        ("timed up and go", "lower_is_better"),
        ("postural sway", "lower_is_better"),
        ("vitality", "higher_is_better"),
        ("delayed recall", "higher_is_better"),
        ("conduct problems", "lower_is_better"),
        ("patients who fell", "lower_is_better"),
        # care reached and kept: partners, vaccines, referrals, continuing a treatment
        ("male partner involvement", "higher_is_better"),
        ("immunization coverage", "higher_is_better"),
        ("referrals completed", "higher_is_better"),
        ("willingness to continue the massage", "higher_is_better"),
        # harms of procedures and the help they call for
        ("reintubation", "lower_is_better"),
        ("conversion to open surgery", "lower_is_better"),
        ("postoperative sore throat", "lower_is_better"),
        ("insulin requirement", "lower_is_better"),
        ("patient-controlled analgesia consumption", "lower_is_better"),
        ("tumor necrosis factor alpha", "lower_is_better"),
        ("flap necrosis", "lower_is_better"),
        ("new-onset atrial fibrillation", "lower_is_better"),
        ("cases of remission", "higher_is_better"),  # an event word, but the event is good
        # a child's development is better more, its impairment worse
        ("childhood neurodevelopment", "higher_is_better"),
        ("neurodevelopmental impairment", "lower_is_better"),
        ("weight-for-age z-score", "higher_is_better"),
        # lean tissue is better more, fat worse; a microbe's resistance is worse, unlike a muscle's
        ("fat-free mass", "higher_is_better"),
        ("fat mass", "lower_is_better"),
        ("antimicrobial resistance", "lower_is_better"),
        ("daily off time", "lower_is_better"),
        ("synovitis", "lower_is_better"),
        ("distance walked in six minutes", "higher_is_better"),
        # a virus held down is better, its load worse; walking alone better, dependence worse
        ("undetectable viral load", "higher_is_better"),
        ("viral load", "lower_is_better"),
        ("independent walking", "higher_is_better"),
        ("time to independent walking", "lower_is_better"),
        ("dependence on a caregiver", "lower_is_better"),
        ("participants lost to follow-up", "lower_is_better"),
        ("time to first void", "lower_is_better"),
        ("trail making test", "lower_is_better"),  # seconds taken
        ("outcome rated good or excellent", "higher_is_better"),
        ("helmet use", "higher_is_better"),
        # words the lists know, joined by hyphens, but not a short prefix joined to a word
        ("high-contrast-visual-acuity", "higher_is_better"),
        ("post-operative-nausea", "lower_is_better"),
        ("non-nausea days", None),
        ("pre-dose", None),
        # hormones and fuels measured to explain an effect have no side
        ("serum testosterone", NO_GOOD_SIDE),
        ("plasma leptin", NO_GOOD_SIDE),
        ("total antioxidant capacity", NO_GOOD_SIDE),
        ("fluid balance", NO_GOOD_SIDE),
        # a subscale named by its aspect alone scores its unnamed instrument's way
        ("cognitive subscale", None),
        ("physical and cognitive subscales", None),
        ("cognitive subscale scores", None),
        ("cognitive function", "higher_is_better"),
        # the kinds of agitated behaviour an inventory counts in dementia, whatever their kind
        ("physically non-aggressive behaviours", "lower_is_better"),
        ("aggressive behaviors", "lower_is_better"),
        ("responsive behaviours", "lower_is_better"),
        # people who fell, counted: the fewer, the better
        ("fell", "lower_is_better"),
        # markers of the vessel wall inflamed: the lower, the better
        ("soluble vascular cell adhesion molecule-1", "lower_is_better"),
        ("sICAM-1", "lower_is_better"),
        ("plasma E-selectin", "lower_is_better"),
        ("monocyte chemoattractant protein-1", "lower_is_better"),
        ("MCP-1", "lower_is_better"),
        ("MCP joint swelling", "lower_is_better"),
        # damage, fat in the liver, stiff arteries, kidneys failing, sleep apnoea: the less, the better
        ("serum fructosamine", "lower_is_better"),
        ("urinary 8-OHdG", "lower_is_better"),
        ("hepatic fat fraction", "lower_is_better"),
        ("augmentation index", "lower_is_better"),
        ("cystatin C", "lower_is_better"),
        ("AHI", "lower_is_better"),
        ("ODI score", "lower_is_better"),
        ("birth asphyxia", "lower_is_better"),
        ("duration of phototherapy", "lower_is_better"),
        ("sitting time", "lower_is_better"),
        ("exhaled carbon monoxide", "lower_is_better"),
        ("nine-hole peg test", "lower_is_better"),  # seconds taken
        ("successful hemostasis", "higher_is_better"),
        ("time to hemostasis", "lower_is_better"),
        ("VO2 peak", "higher_is_better"),
        # fitness at its peak, however written; oxygen uptake alone has no side
        ("VO2peak", "higher_is_better"),
        ("peak oxygen uptake", "higher_is_better"),
        ("maximal oxygen uptake", "higher_is_better"),
        ("oxygen uptake", "no_good_side"),
        ("Godin Leisure-Time Exercise Questionnaire score", "higher_is_better"),
        ("kinesiophobia", "lower_is_better"),
        ("DASH score", "lower_is_better"),
        ("heat sensitivity", "lower_is_better"),  # symptoms brought on by warmth
        ("sensitivity to cold", "lower_is_better"),
        ("insulin sensitivity", "higher_is_better"),
        ("sensitivity", "higher_is_better"),  # a test's
        # performance, grip and flow: the more, the better
        ("SPPB score", "higher_is_better"),
        ("handgrip strength", "higher_is_better"),
        ("peak urinary flow rate", "higher_is_better"),
        # the air breathed out in one second, spelled out with its initials: more, as the FEV1 alone
        ("forced expiratory volume in 1 second (FEV1)", "higher_is_better"),
        # rigidity of thought or of vessels: the less, the better
        ("cognitive rigidity", "lower_is_better"),
        ("arterial rigidity", "lower_is_better"),
        # weaning off the ventilator and waking from anaesthesia: the sooner, the better
        ("weaning duration", "lower_is_better"),
        ("duration of weaning", "lower_is_better"),
        ("time to tracheal extubation", "lower_is_better"),
        ("time to spontaneous breathing", "lower_is_better"),
        ("time to weaning", None),  # in feeding trials, the end of breastfeeding
        # a shorter cut, kidneys clearing urea, red cells kept whole
        ("incision length", "lower_is_better"),
        ("blood urea nitrogen", "lower_is_better"),
        ("plasma free hemoglobin", "lower_is_better"),
        ("haemodynamic instability", "lower_is_better"),
        ("hemodynamic stability", "higher_is_better"),
        # haemoglobin raised, unless glycated or falling
        ("postoperative hemoglobin", "higher_is_better"),
        ("haemoglobin level", "higher_is_better"),
        ("glycated hemoglobin", "lower_is_better"),
        ("hemoglobin a1c", "lower_is_better"),
        ("decrease in haemoglobin", "lower_is_better"),
        # quality-of-life domains, and their problems
        ("physical health", "higher_is_better"),
        ("psychological health", "higher_is_better"),
        ("physical health problems", "lower_is_better"),
        ("SF-36 mental health", "higher_is_better"),
        ("mental health symptoms", "lower_is_better"),
        ("mental health stigma", "lower_is_better"),
        # liver enzymes by their abbreviations, not words that begin as they do
        ("serum ALT", "lower_is_better"),
        ("ALT and AST levels", "lower_is_better"),
        ("alternative", None),
        # white cells counted and the acidity of a fluid: levels with no good side
        ("WBC count", "no_good_side"),
        ("leukocyte count", "no_good_side"),
        ("pH values", "no_good_side"),
        ("physical", None),
        # breathing laboured or wasted, germs grown, hunger felt; analgesics spared, implants firm
        ("work of breathing", "lower_is_better"),
        ("dead space", "lower_is_better"),
        ("blood culture positivity", "lower_is_better"),
        ("time to target temperature", "lower_is_better"),
        ("hunger ratings", "lower_is_better"),
        ("early satiety", "lower_is_better"),
        ("satiety", "higher_is_better"),
        ("analgesic-free days", "higher_is_better"),
        ("implant stability quotient", "higher_is_better"),
        # gases and the circulation monitored: levels with no good side
        ("EtCO2", "no_good_side"),
        ("PaCO2", "no_good_side"),
        ("cardiac index", "no_good_side"),
        # days in hospital or catheterised, bacteria counted; the bowel moving, sperm made
        ("number of hospital days", "lower_is_better"),
        ("duration of catheterization", "lower_is_better"),
        ("total bacterial count", "lower_is_better"),
        ("complete spontaneous bowel movements", "higher_is_better"),
        ("sperm concentration", "higher_is_better"),
        # troubles of the mind and of eating, work that weighs; school skills and self-control
        ("social isolation", "lower_is_better"),
        ("disordered eating", "lower_is_better"),
        ("impulsivity", "lower_is_better"),
        ("emotion dysregulation", "lower_is_better"),
        ("mental workload", "lower_is_better"),
        ("emotion regulation", "higher_is_better"),
        ("reading comprehension", "higher_is_better"),
        ("math scores", "higher_is_better"),
        ("inhibitory control", "higher_is_better"),
        # the heart muscle injured, the cornea unevenly curved; exercise kept up, legs perfused
        ("CK-MB", "lower_is_better"),
        ("wall motion score index", "lower_is_better"),
        ("nitroglycerin use", "lower_is_better"),
        ("astigmatism", "lower_is_better"),
        ("treadmill exercise time", "higher_is_better"),
        ("ankle-brachial index", "higher_is_better"),
        ("graft take", "higher_is_better"),
        # taste lost, school missed, labour drawn out; mother and baby close, cultures negative
        ("dysgeusia", "lower_is_better"),
        ("school absence", "lower_is_better"),
        ("duration of second stage", "lower_is_better"),
        ("mother-infant bonding", "higher_is_better"),
        ("skin-to-skin contact", "higher_is_better"),
        ("time to negative culture", "lower_is_better"),
        ("time to first breastfeed", "lower_is_better"),
        # steady on one's feet, sore after exercise, slow on the stairs
        ("postural stability", "higher_is_better"),
        ("step length", "higher_is_better"),
        ("stair climbing", "higher_is_better"),
        ("stair climbing time", "lower_is_better"),
        ("DOMS", "lower_is_better"),
        ("motion sickness", "lower_is_better"),
        # the bladder leaking, the jaw locked; the bladder holding more, the jawbone built up
        ("1-hour pad test", "lower_is_better"),
        ("nocturnal enuresis", "lower_is_better"),
        ("trismus", "lower_is_better"),
        ("bladder capacity", "higher_is_better"),
        ("maximum mouth opening", "higher_is_better"),
        ("bone height", "higher_is_better"),
        ("bone height loss", "lower_is_better"),
        # fats oxidised, a procedure borne; antioxidants and nitric oxide as levels in the blood
        ("lipid peroxidation", "lower_is_better"),
        ("patient tolerance", "higher_is_better"),
        ("total antioxidant status", "no_good_side"),
        ("serum nitric oxide", "no_good_side"),
        ("fractional exhaled nitric oxide", "lower_is_better"),
        # vitamin D's active form and precursors, levels like vitamin D's own; a deficiency still worse
        ("serum 1,25-dihydroxyvitamin D", "no_good_side"),
        ("1,25(OH)2D", "no_good_side"),
        ("serum 25OHD", "no_good_side"),
        ("plasma cholecalciferol", "no_good_side"),
        ("vitamin D deficiency", "lower_is_better"),
        # habits that help or harm health, and the barriers and benefits seen in them
        ("MVPA minutes", "higher_is_better"),
        ("dietary fiber intake", "higher_is_better"),
        ("television viewing", "lower_is_better"),
        ("nightmares", "lower_is_better"),
        ("perceived barriers to exercise", "lower_is_better"),
        ("perceived benefits", "higher_is_better"),
        # the waits of anaesthesia: to intubate, to reverse the block, to open the eyes, to void
        ("time to intubation", "lower_is_better"),
        ("time to train-of-four ratio 0.9", "lower_is_better"),
        ("time to open eyes", "lower_is_better"),
        ("time to first micturition", "lower_is_better"),
        # warts, comedones, lice and worms' eggs, gone or reduced (not a "licensed" product)
        ("warts", "lower_is_better"),
        ("wart clearance", "higher_is_better"),
        ("number of comedones", "lower_is_better"),
        ("head lice", "lower_is_better"),
        ("lice-free children", "higher_is_better"),
        ("licensed", None),
        ("fecal egg count", "lower_is_better"),
        ("egg reduction rate", "higher_is_better"),
        # a graft attacking its host; leukaemia not found, a tumour shrunk; iron and young red cells
        ("acute GVHD", "lower_is_better"),
        ("chronic graft-versus-host disease", "lower_is_better"),
        ("MRD negativity", "higher_is_better"),
        ("tumour shrinkage", "higher_is_better"),
        ("reticulocyte count", "no_good_side"),
        ("serum iron", "no_good_side"),
        # a block's relief lasting, a marker of nutrition
        ("duration of sensory block", "higher_is_better"),
        ("sensory block duration", "higher_is_better"),
        ("serum prealbumin", "higher_is_better"),
        # levels held in a range
        ("positive end-expiratory pressure", "no_good_side"),
        ("PEEP", "no_good_side"),
        ("plasma fibrinogen", "no_good_side"),
        ("prothrombin time", "no_good_side"),
        ("INR", "no_good_side"),
        ("central corneal thickness", "no_good_side"),
        # weight: lost in obesity trials, gained in malnutrition; its gain is still better more
        ("body mass index (BMI)", "no_good_side"),
        ("body weight", "no_good_side"),
        ("body weight gain", "higher_is_better"),
        # infants, children's teeth, eyes and the recovery room
        ("infant colic", "lower_is_better"),
        ("residual periodontal pockets", "lower_is_better"),
        ("sealant loss", "lower_is_better"),
        ("visual field loss", "lower_is_better"),
        ("days on oxygen", "lower_is_better"),
        ("length of PACU", "lower_is_better"),
        ("breast milk volume", "higher_is_better"),
        ("child cooperation", "higher_is_better"),
        ("Frankl behaviour rating", "higher_is_better"),
        ("feeding tolerance", "higher_is_better"),
        ("feeding intolerance", "lower_is_better"),
        ("dental fluorosis", "lower_is_better"),
        ("sneezing", "lower_is_better"),
        ("nights of bedwetting", "lower_is_better"),
        ("NAPSI", "lower_is_better"),
        ("eczema", "lower_is_better"),
        ("developmental delay", "lower_is_better"),
        ("attention problems", "lower_is_better"),
        ("ankle reinjury", "lower_is_better"),
        ("patellar instability", "lower_is_better"),
        ("knee crepitus", "lower_is_better"),
        ("sleep bruxism", "lower_is_better"),
        ("olfaction", "higher_is_better"),
        ("daily step count", "higher_is_better"),
        ("length gain", "higher_is_better"),
        ("interincisal distance", "higher_is_better"),
        ("key pinch", "higher_is_better"),
        ("placental abruption", "lower_is_better"),
        ("uterine tachysystole", "lower_is_better"),
        ("umbilical artery base deficit", "lower_is_better"),
        ("breast engorgement", "lower_is_better"),
        ("cracked nipples", "lower_is_better"),
        ("breath holding", "lower_is_better"),
        ("goitre", "lower_is_better"),
        ("rickets", "lower_is_better"),
        ("night blindness", "lower_is_better"),
        ("breast milk yield", "higher_is_better"),
        ("MUAC", "higher_is_better"),
        ("mid-upper arm circumference", "higher_is_better"),
        ("weight velocity", "higher_is_better"),
        ("conjunctival hyperaemia", "lower_is_better"),
        ("cystoid macular oedema", "lower_is_better"),
        ("myopic shift", "lower_is_better"),
        ("telangiectasia", "lower_is_better"),
        ("papules and pustules", "lower_is_better"),
        ("dandruff", "lower_is_better"),
        ("angioedema", "lower_is_better"),
        ("xerosis", "lower_is_better"),
        ("facial flushing", "lower_is_better"),
        ("vitiligo area", "lower_is_better"),
        ("skin radiance", "higher_is_better"),
        # intake and stools: which way is better depends on the trial
        ("daily caloric intake", "no_good_side"),
        ("protein intake", "no_good_side"),
        ("stool frequency", "no_good_side"),
        ("Bristol stool form scale", "no_good_side"),
        ("bispectral index", "no_good_side"),
        # neurological rehabilitation and massage: ease felt, a paretic limb, nerves, saliva, care homes
        ("perceived relaxation", "higher_is_better"),
        ("calmness", "higher_is_better"),
        ("sense of control", "higher_is_better"),
        ("restlessness", "lower_is_better"),
        ("Brunnstrom stage", "higher_is_better"),
        ("ABILHAND", "higher_is_better"),
        ("Motor Activity Log amount of use", "higher_is_better"),
        ("learned non-use", "lower_is_better"),
        ("shoulder subluxation", "lower_is_better"),
        ("weight-bearing asymmetry", "lower_is_better"),
        ("stride time variability", "lower_is_better"),
        ("life-space assessment", "higher_is_better"),
        ("30-second chair stand test", "higher_is_better"),
        ("motor nerve conduction velocity", "higher_is_better"),
        ("distal motor latency", "lower_is_better"),
        ("hyperreflexia", "lower_is_better"),
        ("drooling", "lower_is_better"),
        ("sialorrhoea", "lower_is_better"),
        ("penetration-aspiration scale", "lower_is_better"),
        ("institutionalisation", "lower_is_better"),
        ("nursing home placement", "lower_is_better"),
        ("duration of stay", "lower_is_better"),
        ("unmet needs", "lower_is_better"),
        ("dissatisfaction", "lower_is_better"),
        ("Braden scale score", "higher_is_better"),
        ("Waterlow score", "lower_is_better"),
        # a relaxation timed in imaging or in the heart is physics, not ease felt
        ("muscle tension", "lower_is_better"),
        ("trapezius muscle hardness", "lower_is_better"),
        ("forward head posture", "lower_is_better"),
        ("craniovertebral angle", "higher_is_better"),
        ("chest expansion", "higher_is_better"),
        ("alertness", "higher_is_better"),
        ("labour duration", "lower_is_better"),
        ("fall rate", "lower_is_better"),
        ("time to first fall", "higher_is_better"),
        ("concern about falling", "lower_is_better"),
        ("activity limitations", "lower_is_better"),
        ("interlimb volume difference", "lower_is_better"),
        ("length of inpatient stay", "lower_is_better"),
        ("length of rehabilitation stay", "lower_is_better"),
        ("time to fall asleep", "lower_is_better"),
        ("length of the active phase", "lower_is_better"),
        ("T2 relaxation time", "no_good_side"),
        ("isovolumic relaxation time", "no_good_side"),
        # the liver, kidneys, skin, airways and menopause; a birth remembered, relief that lasts
        ("elevated liver enzymes", "lower_is_better"),
        ("end-stage renal disease", "lower_is_better"),
        ("ESRD", "lower_is_better"),
        ("skin irritation", "lower_is_better"),
        ("catheter occlusion", "lower_is_better"),
        ("daytime somnolence", "lower_is_better"),
        ("reliever inhaler puffs per day", "lower_is_better"),
        ("POSAS observer score", "lower_is_better"),
        ("Kupperman index", "lower_is_better"),
        ("MENQOL total score", "lower_is_better"),
        ("childbirth experience questionnaire", "higher_is_better"),
        ("negative birth experience", "lower_is_better"),
        ("analgesic duration", "higher_is_better"),
        ("practice scores", "higher_is_better"),
        ("forced expiratory flow at 25-75%", "higher_is_better"),
        ("maximal mid-expiratory flow", "higher_is_better"),
        ("peak tidal expiratory flow", "no_good_side"),
        # anaesthesia, the heart, vaccines, joints, nutrition, the newborn's blood
        ("ephedrine use", "lower_is_better"),
        ("laryngoscopy grade", "lower_is_better"),
        ("PAED scale score", "lower_is_better"),
        ("perioperative neurocognitive disorder", "lower_is_better"),
        ("E/e' ratio", "lower_is_better"),
        ("local reactions", "lower_is_better"),
        ("CGI-S", "lower_is_better"),
        ("drug-positive urine samples", "lower_is_better"),
        ("drug-negative urine samples", "higher_is_better"),
        ("PRWE total", "lower_is_better"),
        ("tendon re-rupture", "lower_is_better"),
        ("Lequesne's functional index", "lower_is_better"),
        ("Tampa Scale (TSK-11)", "lower_is_better"),
        ("malnutrition", "lower_is_better"),
        ("malnourished residents", "lower_is_better"),
        ("umbilical artery pH", "higher_is_better"),
        ("amplitude of accommodation", "higher_is_better"),
        ("Constant score", "higher_is_better"),
        ("VISA-A score", "higher_is_better"),
        ("global rating of change", "higher_is_better"),
        ("MNA score", "higher_is_better"),
        ("Lawton-Brody scale", "higher_is_better"),
        ("PImax", "higher_is_better"),
        # albumin and protein lost in the urine, beside serum albumin, which has no side here
        ("urinary albumin excretion", "lower_is_better"),
        ("urine albumin-to-creatinine ratio", "lower_is_better"),
        ("24-h urinary protein", "lower_is_better"),
        ("urine protein-to-creatinine ratio", "lower_is_better"),
        ("UPCR", "lower_is_better"),
        ("serum albumin", "no_good_side"),
        # veins, colonoscopy, airways and sinuses, anaesthesia
        ("Villalta score", "lower_is_better"),
        ("VCSS", "lower_is_better"),
        ("loop formation", "lower_is_better"),
        ("abdominal compression", "lower_is_better"),
        ("asthma-free days", "higher_is_better"),
        ("asthma symptoms", "lower_is_better"),
        ("oral corticosteroid courses", "lower_is_better"),
        ("Westley croup score", "lower_is_better"),
        ("Lund-Mackay score", "lower_is_better"),
        ("nasal polyp size", "lower_is_better"),
        ("smooth emergence", "higher_is_better"),
        ("operating conditions", "higher_is_better"),
        ("smell identification", "higher_is_better"),
        # blood, glands and the mouth
        ("secondary hyperparathyroidism", "lower_is_better"),
        ("inhibitor development", "lower_is_better"),
        ("hepatic veno-occlusive disease", "lower_is_better"),
        ("time to neutrophil recovery", "lower_is_better"),
        ("thyroid nodule volume", "lower_is_better"),
        ("euthyroidism", "higher_is_better"),
        ("height loss", "lower_is_better"),
        ("masticatory efficiency", "higher_is_better"),
        ("maximum bite force", "higher_is_better"),
        ("denture retention", "higher_is_better"),
        ("OHIP-14", "lower_is_better"),
        ("dental fear", "lower_is_better"),
        ("gag reflex", "lower_is_better"),
        # the mind, school, sleep in children, care at work
        ("experiential avoidance", "lower_is_better"),
        ("self-criticism", "lower_is_better"),
        ("cynicism", "lower_is_better"),
        ("skin tears", "lower_is_better"),
        ("bedtime resistance", "lower_is_better"),
        ("parasomnias", "lower_is_better"),
        ("cognitive defusion", "higher_is_better"),
        ("valued living", "higher_is_better"),
        ("GPA", "higher_is_better"),
        ("phonological awareness", "higher_is_better"),
        ("patient safety culture", "higher_is_better"),
        ("intention to stay", "higher_is_better"),
        ("staff retention", "higher_is_better"),
        # the diabetic foot, the pelvic floor (the 20 of PFDI-20 its items), relief summed, disease
        # resolved or progressed
        ("peak plantar pressure", "lower_is_better"),
        ("PFDI-20", "lower_is_better"),
        ("PFIQ-7 scores", "lower_is_better"),
        ("TOTPAR", "higher_is_better"),
        ("SPID48", "higher_is_better"),
        ("patients with resolved pain", "higher_is_better"),
        ("patients who progressed", "lower_is_better"),
        # the pelvic floor and the gut, children and parents, crime and poverty, health summarised
        ("pelvic organ prolapse", "lower_is_better"),
        ("GerdQ score", "lower_is_better"),
        ("King's Health Questionnaire", "lower_is_better"),
        ("triptan use", "lower_is_better"),
        ("ADOS total score", "lower_is_better"),
        ("Conners' Parent Rating Scale", "lower_is_better"),
        ("SDQ peer problems", "lower_is_better"),
        ("SDQ prosocial behaviour", "higher_is_better"),
        ("harsh parenting", "lower_is_better"),
        ("recidivism", "lower_is_better"),
        ("alcohol-related problems", "lower_is_better"),
        ("active trachoma", "lower_is_better"),
        ("SF-12 physical component score", "higher_is_better"),
        ("GIQLI", "higher_is_better"),
        ("Vineland adaptive behavior composite", "higher_is_better"),
        ("positive parenting", "higher_is_better"),
        ("household income", "higher_is_better"),
        ("minimum acceptable diet", "higher_is_better"),
        # people's state said as they were: less anxious is better, as less anxiety is
        ("anxious", "lower_is_better"),
        # how much an outcome varies: neither its way nor, unless the lists name it, any
        ("variability of stride time", None),
        ("gait speed asymmetry", None),
        ("heart rate variability", "higher_is_better"),
        # fictional: the strength of a cough, measured as its flow, over the cough as a symptom
        ("peak cough flow", "higher_is_better"),
        ("cough peak flow", "higher_is_better"),
        # fictional: how much of a need was met, the more the better; the need itself is a cost
        ("proportion of the estimated energy requirement delivered", "higher_is_better"),
        ("percentage of protein requirements met", "higher_is_better"),
        ("insulin requirement", "lower_is_better"),
        # C-reactive protein after a hyphen, over the "sensitivity" joined to it
        ("high sensitivity-C reactive protein (hs-CRP)", "lower_is_better"),
        # fever by its clinical name
        ("pyrexia", "lower_is_better"),
        ("postpartum pyrexia", "lower_is_better"),
    ],
)
def test_which_way_is_better(measure: str, polarity: str | None) -> None:
    assert polarity_of(measure) == polarity


def _read_side(clause: str) -> tuple[str, str | None]:
    """The measure a result names, with its good side."""
    (measure,) = open_measures(clause)
    return measure.measure, measure.polarity


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: care reached is better more, by any of its names
        ("Medication persistence was higher with reminder calls than with usual care (p = 0.02)", "Medication persistence", "higher_is_better"),
        ("Timely vaccination was more frequent in the text-message group (p = 0.01)", "Timely vaccination", "higher_is_better"),
        ("Quit attempts were more frequent in the counselling group (p = 0.03)", "Quit attempts", "higher_is_better"),
        ("Referrals to the programme were more frequent in the intervention clinics (p = 0.04)", "Referrals to the programme", "higher_is_better"),
        ("Enrollment was higher in the navigator group (p = 0.01)", "Enrollment", "higher_is_better"),
        ("Advance directive completion was higher after the video (p = 0.02)", "Advance directive completion", "higher_is_better"),
        ("Guideline-concordant care was more frequent with the checklist (p = 0.01)", "Guideline-concordant care", "higher_is_better"),
        ("Time to ART initiation was shorter with same-day counselling (p = 0.01)", "Time to ART initiation", "lower_is_better"),
    ],
)  # fmt: skip
def test_care_reached_is_better_more(clause: str, measure: str, polarity: str) -> None:
    assert _read_side(clause) == (measure, polarity)


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: what was required or needed is a cost, whatever it is: the less, the better
        ("In the laser group, fewer splints were required (1.4 vs 2.2, p = 0.03)", "splints", "lower_is_better"),
        ("A lower number of bandage changes was needed with the new gel (p = 0.02)", "bandage changes", "lower_is_better"),
        ("The gel group needed less lidocaine than the saline group (p = 0.01)", "lidocaine", "lower_is_better"),
        ("Patients on the pump required a smaller number of catheter flushes (p = 0.04)", "catheter flushes", "lower_is_better"),
        ("The gel group required a higher dose of granisetron (p = 0.03)", "dose of granisetron", "lower_is_better"),
    ],
)  # fmt: skip
def test_what_was_required_is_better_less(clause: str, measure: str, polarity: str) -> None:
    assert _read_side(clause) == (measure, polarity)


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: the ease a massage brings, and a paretic limb's troubles, each with its side
        ("Felt relaxation was higher after the hand massage than after quiet rest (p = 0.01)", "Felt relaxation", "higher_is_better"),
        ("Restlessness was less frequent in the aromatherapy group (p = 0.03)", "Restlessness", "lower_is_better"),
        ("Shoulder subluxation was smaller with the arm sling than without it (p = 0.02)", "Shoulder subluxation", "lower_is_better"),
        ("Stride time variability fell more with cueing than with free walking (p = 0.02)", "Stride time variability", "lower_is_better"),
        ("Nursing home placement was less frequent in the support group (p = 0.03)", "Nursing home placement", "lower_is_better"),
        ("T2 relaxation time was longer in the treated knees (p = 0.01)", "T2 relaxation time", "no_good_side"),
        ("Muscle hardness fell more after the shoulder massage than after rest (p = 0.02)", "Muscle hardness", "lower_is_better"),
        ("Labour duration was shorter with the birthing ball than with usual care (p = 0.01)", "Labour duration", "lower_is_better"),
    ],
)  # fmt: skip
def test_ease_felt_and_a_paretic_limbs_troubles_have_their_sides(
    clause: str, measure: str, polarity: str
) -> None:
    assert _read_side(clause) == (measure, polarity)


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: harms and goods of other fields, each with its side
        ("Liver enzymes rose less with the new regimen than with the old (p = 0.03)", "Liver enzymes", "lower_is_better"),
        ("Reliever use fell more with the spacer than without it (p = 0.01)", "Reliever use", "lower_is_better"),
        ("The Kupperman index was lower after the herbal tea than after placebo (p = 0.02)", "Kupperman index", "lower_is_better"),
        ("Analgesic duration was longer with the adjuvant than without it (p = 0.001)", "Analgesic duration", "higher_is_better"),
        ("Ephedrine use was less frequent with the leg wrap than without it (p = 0.02)", "Ephedrine use", "lower_is_better"),
        ("Malnutrition was less common in the supplemented wards (p = 0.01)", "Malnutrition", "lower_is_better"),
        ("Umbilical artery pH was higher after the new pushing technique (p = 0.04)", "Umbilical artery pH", "higher_is_better"),
        ("Peak plantar pressure fell more with the custom insole than with the stock one (p = 0.01)", "Peak plantar pressure", "lower_is_better"),
        ("Recidivism was lower among the mentored youths than among the others (p = 0.03)", "Recidivism", "lower_is_better"),
    ],
)  # fmt: skip
def test_harms_and_goods_of_other_fields_have_their_sides(clause: str, measure: str, polarity: str) -> None:
    assert _read_side(clause) == (measure, polarity)


@pytest.mark.parametrize(
    "clause",
    [  # fictional: the share a treatment worked for, as trials of tuina count it
        "The total effective rate was 93.3% in the massage group and 73.3% in the control group (P<0.05)",
        "The markedly effective rate was higher in the massage group (P<0.05)",
    ],
)  # fmt: skip
def test_the_effective_rate_is_better_higher(clause: str) -> None:
    assert _read_side(clause)[1] == "higher_is_better"


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: a diagnosis made or a test that agrees is better more, one that misleads worse
        ("The genetic diagnosis rate was higher with rapid sequencing than with standard testing (p = 0.01)", "genetic diagnosis rate", "higher_is_better"),
        ("Interobserver agreement was higher for the new scale (p = 0.01)", "Interobserver agreement", "higher_is_better"),
        ("Reliability was higher for the digital scale (p = 0.02)", "Reliability", "higher_is_better"),
        ("The area under the receiver operating characteristic curve was larger for the new score (p = 0.03)", "area under the receiver operating characteristic curve", "higher_is_better"),
        ("False-positive results were fewer with the new assay (p = 0.02)", "False-positive results", "lower_is_better"),
        ("The miss rate of adenomas was lower with cap-assisted colonoscopy (p = 0.03)", "miss rate of adenomas", "lower_is_better"),
        ("Nondiagnostic samples were fewer with the new needle (p = 0.04)", "Nondiagnostic samples", "lower_is_better"),
    ],
)  # fmt: skip
def test_disease_found_is_better_more_and_missed_worse(clause: str, measure: str, polarity: str) -> None:
    assert _read_side(clause) == (measure, polarity)


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: a treatment working or a procedure done whole is better; disease back or left worse
        ("Sputum culture conversion was more frequent with the four-drug regimen (p = 0.01)", "Sputum culture conversion", "higher_is_better"),
        ("Complete resection was achieved more often with the new device (p = 0.02)", "Complete resection", "higher_is_better"),
        ("The ongoing pregnancy rate was higher after the freeze-all strategy (p = 0.03)", "ongoing pregnancy rate", "higher_is_better"),
        ("Adequate bowel preparation was more frequent with the split dose (p = 0.02)", "Adequate bowel preparation", "higher_is_better"),
        ("The caecal intubation rate was higher with the thin scope (p = 0.03)", "caecal intubation rate", "higher_is_better"),
        ("The KPS was higher in the herbal group (p = 0.01)", "KPS", "higher_is_better"),
        ("Breakthrough pain was less frequent with the patch (p = 0.02)", "Breakthrough pain", "lower_is_better"),
        ("Residual stones were fewer after the flexible approach (p = 0.04)", "Residual stones", "lower_is_better"),
        ("Positive margins were fewer with the frozen section (p = 0.02)", "Positive margins", "lower_is_better"),
    ],
)  # fmt: skip
def test_a_treatment_working_is_better_and_disease_left_worse(
    clause: str, measure: str, polarity: str
) -> None:
    assert _read_side(clause) == (measure, polarity)


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: errors, unplanned returns and escalations are worse, whatever returns "to"
        ("Unplanned readmissions were fewer in the transition-care group (p = 0.03)", "Unplanned readmissions", "lower_is_better"),
        ("Return to theatre was less frequent after the stapled technique (p = 0.04)", "Return to theatre", "lower_is_better"),
        ("Return to the emergency department was less frequent with the leaflet (p = 0.04)", "Return to the emergency department", "lower_is_better"),
        ("Near misses were fewer after the handover tool (p = 0.01)", "Near misses", "lower_is_better"),
        ("Treatment escalation was less frequent with the early bundle (p = 0.03)", "Treatment escalation", "lower_is_better"),
        ("Reinfarction was less frequent with the new stent (p = 0.02)", "Reinfarction", "lower_is_better"),
        ("Polypharmacy was less frequent after the review (p = 0.02)", "Polypharmacy", "lower_is_better"),
    ],
)  # fmt: skip
def test_care_gone_wrong_is_worse(clause: str, measure: str, polarity: str) -> None:
    assert _read_side(clause) == (measure, polarity)


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: harms named as syndromes, wasted muscle, glucose left in the blood are worse
        ("Hand-foot syndrome was more frequent with the new drug (p = 0.01)", "Hand-foot syndrome", "lower_is_better"),
        ("Compartment syndrome was less frequent with the early fasciotomy (p = 0.04)", "Compartment syndrome", "lower_is_better"),
        ("Muscle atrophy was less with the electrical stimulation (p = 0.03)", "Muscle atrophy", "lower_is_better"),
        ("SSPG was lower after the new drug (p = 0.02)", "SSPG", "lower_is_better"),
    ],
)  # fmt: skip
def test_harms_named_as_syndromes_or_wasting_are_worse(clause: str, measure: str, polarity: str) -> None:
    assert _read_side(clause) == (measure, polarity)


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: an image or a view seen well is better, one spoilt worse; care felt better more
        ("Image sharpness was higher with the new coil (p = 0.01)", "Image sharpness", "higher_is_better"),
        ("Image artefacts were fewer with the new sequence (p = 0.02)", "Image artefacts", "lower_is_better"),
        ("The laryngeal view was better with the video laryngoscope (p = 0.01)", "laryngeal view", "higher_is_better"),
        ("The percentage of glottic opening was higher with the new blade (p = 0.01)", "percentage of glottic opening", "higher_is_better"),
        ("The working alliance was stronger with the online therapist (p = 0.03)", "working alliance", "higher_is_better"),
    ],
)  # fmt: skip
def test_an_image_or_care_rated_well_is_better(clause: str, measure: str, polarity: str) -> None:
    assert _read_side(clause) == (measure, polarity)


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: a wait for a good thing, a procedure's time and what it exposes one to: less is better
        ("Healing time was shorter with the honey dressing (p = 0.01)", "Healing time", "lower_is_better"),
        ("Wound closure time was shorter with the new glue (p = 0.01)", "Wound closure time", "lower_is_better"),
        ("Fluoroscopy time was shorter with the new catheter (p = 0.02)", "Fluoroscopy time", "lower_is_better"),
        ("Block performance time was shorter with ultrasound guidance (p = 0.01)", "Block performance time", "lower_is_better"),
        ("Drain output was lower after the sealant (p = 0.03)", "Drain output", "lower_is_better"),
        ("Time to drain removal was shorter after the sealant (p = 0.03)", "Time to drain removal", "lower_is_better"),
        ("Prehospital delay was shorter after the campaign (p = 0.04)", "Prehospital delay", "lower_is_better"),
    ],
)  # fmt: skip
def test_times_and_exposures_of_care_are_better_less(clause: str, measure: str, polarity: str) -> None:
    assert _read_side(clause) == (measure, polarity)


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: muscle grown is better more; cell death, fuels, pulsatility and strain have no side
        ("Biceps thickness increased more with the high-load programme (p = 0.02)", "Biceps thickness", "higher_is_better"),
        ("Muscle cross-sectional area increased more with the protein drink (p = 0.02)", "Muscle cross-sectional area", "higher_is_better"),
        ("Lipolysis was lower after the meal (p = 0.02)", "Lipolysis", NO_GOOD_SIDE),
        ("Apoptotic cells were fewer after the cooling (p = 0.02)", "Apoptotic cells", NO_GOOD_SIDE),
        ("The pulsatility index was lower after the drug (p = 0.01)", "pulsatility index", NO_GOOD_SIDE),
        ("Global longitudinal strain was lower after the drug (p = 0.01)", "Global longitudinal strain", NO_GOOD_SIDE),
        # the placenta's and the womb's vessels resisting blood less is better
        ("The uterine artery pulsatility index was lower after the drug (p = 0.01)", "uterine artery pulsatility index", "lower_is_better"),
    ],
)  # fmt: skip
def test_muscle_grown_is_better_and_physiology_has_no_side(
    clause: str, measure: str, polarity: str | None
) -> None:
    assert _read_side(clause) == (measure, polarity)


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: disease-specific scores by their abbreviations, each the way it is scored
        ("The IBS-SSS fell more with the probiotic than with placebo (p = 0.01)", "IBS-SSS", "lower_is_better"),
        ("The IBS-QOL score rose more with the probiotic (p = 0.02)", "IBS-QOL score", "higher_is_better"),
        ("The DAS28 was lower with the combination (p = 0.02)", "DAS28", "lower_is_better"),
        ("The IIEF score was higher after the shock-wave therapy (p = 0.03)", "IIEF score", "higher_is_better"),
        ("The mean IHOT-33 score was higher after the arthroscopy (p = 0.02)", "IHOT-33 score", "higher_is_better"),
        # the share reaching a response threshold is better more, over the severity score
        ("The ACR20 response rate was higher with the new drug (p = 0.01)", "ACR20 response rate", "higher_is_better"),
        ("The PASI75 response rate was higher with the new cream (p = 0.01)", "PASI75 response rate", "higher_is_better"),
    ],
)  # fmt: skip
def test_disease_specific_scores_have_their_own_good_side(clause: str, measure: str, polarity: str) -> None:
    assert _read_side(clause) == (measure, polarity)


@pytest.mark.parametrize(
    ("measure", "polarity"),
    [
        ("PASI 75 response", "higher_is_better"),
        ("EASI-75", "higher_is_better"),
        ("EASI score", "lower_is_better"),
        ("easily understood", None),  # not the eczema score
        ("ACR 50", "higher_is_better"),
        ("proportion achieving PASI-75", "higher_is_better"),
        ("CDAI 70", "higher_is_better"),
        # fictional use: a threshold the list does not know never takes its score's side
        ("proportion achieving SCORAD-75", None),
        ("SCORAD 75 response", "higher_is_better"),
    ],
)
def test_a_response_threshold_is_better_reached_than_its_score_high(measure: str, polarity: str) -> None:
    assert polarity_of(measure) == polarity


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: a number or a preposition inside a name the word list knows cuts no name short
        ("A PASI 75 response was more frequent with Fictolimab than with placebo (p < 0.001)", "PASI 75 response", "higher_is_better"),
        ("The proportion achieving PASI 90 was higher with Fictolimab (p < 0.001)", "proportion achieving PASI 90", "higher_is_better"),
        ("ACR 20 response rates were higher with Fictolimab than with placebo (p = 0.01)", "ACR 20 response rates", "higher_is_better"),
        ("Fictolimab was superior to placebo in EASI 75 response (p < 0.001)", "EASI 75 response", "higher_is_better"),
        ("SNOT 22 scores fell more with the rinse than with saline (p = 0.01)", "SNOT 22 scores", "lower_is_better"),
        ("Time in range was higher with the closed-loop pump than with usual care (p < 0.001)", "Time in range", "higher_is_better"),
        ("The pump increased time in target range (p < 0.001)", "time in target range", "higher_is_better"),
        # an unknown score's response threshold stays with it, never the bare score's side
        ("SALT 50 response rates were higher with Fictolimab (p < 0.001)", "SALT 50 response rates", "higher_is_better"),
        # a size after a word for how often is no part of the name
        ("The success rate of 90% was higher with the new splint (p = 0.02)", "success rate", "higher_is_better"),
    ],
)  # fmt: skip
def test_a_name_runs_on_through_a_phrase_of_the_word_list(clause: str, measure: str, polarity: str) -> None:
    assert [(m.measure, m.polarity) for m in open_measures(clause)] == [(measure, polarity)]


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: organs working and markers of risk, by their abbreviations
        ("The mean IOP was lower with the new drops (p = 0.01)", "IOP", "lower_is_better"),
        ("Serum hs-CRP was lower after the diet (p = 0.02)", "Serum hs-CRP", "lower_is_better"),
        ("The estimated GFR was higher with the new regimen (p = 0.03)", "estimated GFR", "higher_is_better"),
        ("The mean LVEF was higher with the device (p = 0.02)", "LVEF", "higher_is_better"),
        ("Lumbar BMD was higher with the new drug (p = 0.04)", "Lumbar BMD", "higher_is_better"),
        ("Salivary flow was higher with the lozenge (p = 0.01)", "Salivary flow", "higher_is_better"),
    ],
)  # fmt: skip
def test_organs_working_and_risk_markers_by_abbreviation(clause: str, measure: str, polarity: str) -> None:
    assert _read_side(clause) == (measure, polarity)


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: the skin harmed, the body dried out, surgery a treatment means to spare, aids needed
        ("Rash was more frequent with the new drug (p = 0.01)", "Rash", "lower_is_better"),
        ("Bruising was less frequent with the new needle (p = 0.02)", "Bruising", "lower_is_better"),
        ("Dehydration was less frequent with the oral solution (p = 0.03)", "Dehydration", "lower_is_better"),
        ("Hysterectomy was less frequent after the balloon (p = 0.04)", "Hysterectomy", "lower_is_better"),
        ("Walking aid use was less frequent after the programme (p = 0.02)", "Walking aid use", "lower_is_better"),
        ("SAEs were fewer with the lower dose (p = 0.03)", "SAEs", "lower_is_better"),
        # at work, fit, and an airway easy to intubate: better more
        ("Employment rates were higher with supported employment (p = 0.01)", "Employment rates", "higher_is_better"),
        ("Cardiorespiratory fitness was higher after the training (p = 0.02)", "Cardiorespiratory fitness", "higher_is_better"),
        ("Intubating conditions were better with the higher dose (p = 0.02)", "Intubating conditions", "higher_is_better"),
    ],
)  # fmt: skip
def test_harms_surgery_spared_and_aids_are_worse_and_work_better(
    clause: str, measure: str, polarity: str
) -> None:
    assert _read_side(clause) == (measure, polarity)


@pytest.mark.parametrize(
    ("clause", "measure"),
    [  # fictional: iron carried, nutrients and the energy burnt at rest have no good side in themselves
        ("Transferrin saturation was higher after the iron infusion (p = 0.01)", "Transferrin saturation"),
        ("Serum selenium was higher after the supplement (p = 0.01)", "Serum selenium"),
        ("The basal metabolic rate was higher after the training (p = 0.02)", "basal metabolic rate"),
    ],
)  # fmt: skip
def test_iron_nutrients_and_energy_burnt_have_no_side(clause: str, measure: str) -> None:
    assert _read_side(clause) == (measure, NO_GOOD_SIDE)


@pytest.mark.parametrize(
    ("clause", "measure"),
    [  # fictional: a disease named by its ending, a poisoned organ, the blood's chemistry out of range
        ("Hepatitis was less frequent with the new vaccine schedule (p = 0.02)", "Hepatitis"),
        ("Nephropathy was less frequent with the new drug (p = 0.03)", "Nephropathy"),
        ("Haematuria was less frequent after the laser (p = 0.04)", "Haematuria"),
        ("Myalgia was less frequent with the new statin (p = 0.01)", "Myalgia"),
        ("Nephrotoxicity was less frequent with the lipid formulation (p = 0.02)", "Nephrotoxicity"),
        ("Hyperlipidaemia was less frequent with the diet (p = 0.02)", "Hyperlipidaemia"),
        ("Nasal obstruction was less with the spray (p = 0.01)", "Nasal obstruction"),
    ],
)  # fmt: skip
def test_diseases_named_by_their_endings_are_worse(clause: str, measure: str) -> None:
    assert _read_side(clause) == (measure, "lower_is_better")


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: by specialty, each measure the way its clinicians read it
        ("Episiotomy was less frequent with the warm compresses (p = 0.02)", "Episiotomy", "lower_is_better"),
        ("Multiple pregnancies were fewer with single embryo transfer (p = 0.01)", "Multiple pregnancies", "lower_is_better"),
        ("The Bishop score was higher after the gel (p = 0.02)", "Bishop score", "higher_is_better"),
        ("Serum CA-125 was lower after the new regimen (p = 0.03)", "Serum CA-125", "lower_is_better"),
        ("Target lesion revascularization was less frequent with the new stent (p = 0.02)", "Target lesion revascularization", "lower_is_better"),
        ("Myocardial salvage was greater with the new drug (p = 0.01)", "Myocardial salvage", "higher_is_better"),
        ("The KCCQ score was higher with the new drug (p = 0.01)", "KCCQ score", "higher_is_better"),
        ("The SGRQ total score was lower with the new inhaler (p = 0.01)", "SGRQ total score", "lower_is_better"),
        ("The Asthma Control Test score was higher with the new inhaler (p = 0.02)", "Asthma Control Test score", "higher_is_better"),
        ("The DMFT was lower in the fluoride varnish group (p = 0.02)", "DMFT", "lower_is_better"),
        ("Tooth loss was less frequent with the maintenance programme (p = 0.03)", "Tooth loss", "lower_is_better"),
        ("The modified Rankin score was lower with thrombectomy (p = 0.01)", "modified Rankin score", "lower_is_better"),
        ("The Glasgow Outcome Scale was higher with the new drug (p = 0.02)", "Glasgow Outcome Scale", "higher_is_better"),
        ("Akathisia was less frequent with the new antipsychotic (p = 0.02)", "Akathisia", "lower_is_better"),
        ("The Cobb angle was smaller with the new brace (p = 0.02)", "Cobb angle", "lower_is_better"),
        ("Joint space width was greater with the new drug (p = 0.03)", "Joint space width", "higher_is_better"),
        ("The BCVA was higher with the new lens (p = 0.02)", "BCVA", "higher_is_better"),
        ("Diplopia was less frequent with the new technique (p = 0.02)", "Diplopia", "lower_is_better"),
        ("The air-bone gap was smaller with the new prosthesis (p = 0.03)", "air-bone gap", "lower_is_better"),
        ("Speech recognition was better with the new implant (p = 0.01)", "Speech recognition", "higher_is_better"),
        ("The MELD score was lower with the new drug (p = 0.02)", "MELD score", "lower_is_better"),
        ("Glycaemic variability was lower with the pump (p = 0.01)", "Glycaemic variability", "lower_is_better"),
        ("The CBCL total score was lower after the parenting programme (p = 0.02)", "CBCL total score", "lower_is_better"),
        ("Hair density was higher with the new lotion (p = 0.01)", "Hair density", "higher_is_better"),
        ("The cosmetic outcome was better with the new suture (p = 0.02)", "cosmetic outcome", "higher_is_better"),
    ],
)  # fmt: skip
def test_measures_of_each_specialty_have_their_clinicians_good_side(
    clause: str, measure: str, polarity: str
) -> None:
    assert _read_side(clause) == (measure, polarity)


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: care that restrains or stalls, germs and allergens, habits that harm
        ("Physical restraint use was less frequent after the training (p = 0.02)", "Physical restraint use", "lower_is_better"),
        ("Bed days were fewer with the home care team (p = 0.04)", "Bed days", "lower_is_better"),
        ("Reactogenicity was lower with the new adjuvant (p = 0.01)", "Reactogenicity", "lower_is_better"),
        ("Wheal size was smaller with the new extract (p = 0.02)", "Wheal size", "lower_is_better"),
        ("Bacterial load was lower after the mouthwash (p = 0.01)", "Bacterial load", "lower_is_better"),
        ("Salivary cotinine was lower in the counselling group (p = 0.02)", "Salivary cotinine", "lower_is_better"),
        ("Sugar-sweetened beverage intake was lower after the campaign (p = 0.01)", "Sugar-sweetened beverage intake", "lower_is_better"),
        # weight gained in pregnancy is too much in one trial, too little in another; too much is worse
        ("Gestational weight gain was lower with the diet (p = 0.02)", "Gestational weight gain", NO_GOOD_SIDE),
        ("Excessive gestational weight gain was less frequent with the diet (p = 0.02)", "Excessive gestational weight gain", "lower_is_better"),
    ],
)  # fmt: skip
def test_restraint_germs_and_harmful_habits_are_worse(
    clause: str, measure: str, polarity: str | None
) -> None:
    assert _read_side(clause) == (measure, polarity)


@pytest.mark.parametrize(
    ("measure", "polarity"),
    [  # a short word of the lists is no prefix of a longer word of another meaning
        ("arthritis self-efficacy", "higher_is_better"),
        ("hepatitis B surface antibody", "higher_is_better"),
        ("Asthma Control Questionnaire", "lower_is_better"),
        ("Asthma Control Test", "higher_is_better"),
        ("skill acquisition", "higher_is_better"),
        ("unhealthy days", "lower_is_better"),
        ("healthy days", "higher_is_better"),
    ],
)
def test_longer_phrases_tell_apart_what_a_short_one_would_join(measure: str, polarity: str) -> None:
    assert polarity_of(measure) == polarity


@pytest.mark.parametrize(
    ("measure", "polarity"),
    [  # a concentration is as good low or high as the thing's level; of nothing known, or of a
        # drug, it has no side
        ("cortisol concentration", "lower_is_better"),
        ("serum CRP concentration", "lower_is_better"),
        ("faecal calprotectin concentration", "lower_is_better"),
        ("serum level of CRP", "lower_is_better"),
        ("haemoglobin concentration", "higher_is_better"),
        ("lactate concentration", NO_GOOD_SIDE),
        ("peak plasma concentration", NO_GOOD_SIDE),
        ("plasma fentanyl concentration", NO_GOOD_SIDE),
        ("morphine concentration in breast milk", NO_GOOD_SIDE),
        # the red cells' mean haemoglobin has no side, though haemoglobin has one
        ("mean corpuscular haemoglobin concentration (MCHC)", NO_GOOD_SIDE),
    ],
)
def test_a_concentration_takes_the_side_of_what_it_is_of(measure: str, polarity: str) -> None:
    assert polarity_of(measure) == polarity


def test_a_concentration_told_in_a_result_keeps_the_things_side() -> None:
    clause = (
        "Cortisol concentrations were lower after the back massage than after rest (p = 0.02)"  # fictional
    )
    assert _read_side(clause) == ("Cortisol concentrations", "lower_is_better")


@pytest.mark.parametrize(
    ("measure", "polarity"),
    [  # a change of a thing, or a stand against it, turns or hides the thing's good side
        ("reduction in anxiety (RA)", "higher_is_better"),
        ("percent reduction in HbA1c", "higher_is_better"),
        ("blood pressure reduction", "higher_is_better"),
        ("resistance to fatigue", "higher_is_better"),
        ("fatigue resistance", "higher_is_better"),
        ("tolerance of pain", "higher_is_better"),
        ("freedom from fatigue", "higher_is_better"),
        ("prevention of depression", "higher_is_better"),
        ("improvement in pain", "higher_is_better"),
        ("increase in pain", "lower_is_better"),
        ("change in pain", None),
        ("difference in fatigue", None),
        # a pain intensity difference is baseline pain minus pain since: the larger, the more relief
        ("summed pain intensity difference", "higher_is_better"),
        ("summed pain intensity difference over 48 hours", "higher_is_better"),
        ("plasma volume changes", NO_GOOD_SIDE),  # a level with no good side has none changed either
        ("insulin resistance", "lower_is_better"),  # a phrase of the list, not a stand against insulin
        # a phrase of the list opening on the stand: refusing care, not a stand against care episodes
        ("resistance to care episodes", "lower_is_better"),
        ("weight gain", "higher_is_better"),
        ("time to reduction of pain", "lower_is_better"),
        ("fatigue free time", "higher_is_better"),  # "free" without its hyphen
        ("anxiety sensitivity (AS)", "lower_is_better"),  # a symptom's sensitivity, not a test's
        ("dentin sensitivity", "lower_is_better"),
        ("muscle strength after resistance training", "higher_is_better"),  # a treatment's name
        ("opioid tolerance", None),  # a stand against a drug, or a good thing: no side the words give
        ("tolerance to physical activity", None),
        ("reduction in quality of life", "lower_is_better"),
        # a loss, decline, deterioration or worsening, an improvement or relief: the change's own side
        ("loss of lumbar bone mineral density", "lower_is_better"),  # over "bone mineral density"
        ("the rate of loss of bone mineral density", "lower_is_better"),
        ("loss of appetite", "lower_is_better"),
        ("weight loss", None),  # a loss of a thing the lists do not know: the aim, or a harm
        ("decline in lung function", "lower_is_better"),
        ("deterioration of renal function", "lower_is_better"),
        ("worsening of pain", "lower_is_better"),  # a worsening is worse, whatever worsens
        ("improvement in symptoms", "higher_is_better"),  # over "symptom"
        ("relief of symptoms", "higher_is_better"),
        ("symptom relief", "higher_is_better"),
        ("reduction in pain", "higher_is_better"),  # a reduction of a harm
        ("gain in lean mass", "higher_is_better"),  # a gain: as the thing itself
        ("reduction in zonulin", None),  # a reduction of what has no known good side
        ("reduction in ferritin", NO_GOOD_SIDE),  # of a level with no good side: none either
        ("time to fatigue", "higher_is_better"),
        ("pain-free walking distance", "higher_is_better"),
        # fictional: a ratio of one thing to another is not the first thing's amount
        ("metastasis-to-muscle signal ratio", None),
        ("lesion-to-liver contrast ratio", "higher_is_better"),  # contrast: the ratio's own word
        ("waist-to-hip ratio", "lower_is_better"),
        ("albumin-to-creatinine ratio", "lower_is_better"),
        # fictional: the care of a harm, named after it, is better the more of it
        ("osteoporosis management", "higher_is_better"),
        ("hypertension control rates", "higher_is_better"),
        ("side-effects of treatment", "lower_is_better"),  # the harm of the care: not its care
        ("discontinued treatment", "lower_is_better"),  # what people did to the care
    ],
)
def test_a_change_of_a_thing_or_a_stand_against_it_has_its_own_good_side(
    measure: str, polarity: str | None
) -> None:
    assert polarity_of(measure) == polarity


def test_a_long_form_begins_before_a_linking_word_that_shares_its_first_letter() -> None:
    defined = defined_abbreviations(  # fictional
        "Outcomes were time to pain relief (TPR), improvement in pain (IP) and activities of daily living (ADL)."
    )
    assert defined == {
        "TPR": "time to pain relief",
        "IP": "improvement in pain",
        "ADL": "activities of daily living",
    }


def test_a_long_form_spelling_the_number_its_abbreviation_ends_in_defines_it() -> None:
    defined = defined_abbreviations(  # fictional
        "Forced expiratory volume in one second (FEV1) and the Zinc Quality Scale (ZQS-12) were measured."
    )
    assert defined == {"FEV1": "Forced expiratory volume in one second", "ZQS-12": "Zinc Quality Scale"}


def test_a_long_form_of_words_joined_by_a_hyphen_defines_its_abbreviation() -> None:
    defined = defined_abbreviations(  # fictional
        "Greater estrogen-receptor (ER) expression and better contrast-sensitivity (CS) followed zinc."
    )
    assert defined == {"ER": "estrogen-receptor", "CS": "contrast-sensitivity"}
    (measure,) = open_measures("ER expression was higher with zinc")
    assert spelled_out(measure, defined).measure == "estrogen-receptor (ER) expression"


def test_how_often_something_happens_is_better_less_unless_the_thing_is_named() -> None:
    assert polarity_of("incidence of wound dehiscence") == "lower_is_better"
    assert polarity_of("incidence of remission") == "higher_is_better"


def test_an_abbreviation_defined_in_the_abstract_is_spelled_out() -> None:
    # Fictional sentences, written for this test.
    defined = defined_abbreviations(
        "Outcomes were overall survival (OS), progression-free survival (PFS) and blood pressure (BP) "
        "in Group B (n = 20)."
    )
    assert defined == {"OS": "overall survival", "PFS": "progression-free survival", "BP": "blood pressure"}
    (measure,) = open_measures("Median OS was longer with the new drug")
    assert measure.measure == "OS"
    named = spelled_out(measure, defined)
    assert (named.measure, named.polarity, named.start) == ("overall survival (OS)", "higher_is_better", 7)


def test_each_defined_abbreviation_in_a_measure_is_spelled_out() -> None:
    # Fictional sentences, written for this test.
    defined = defined_abbreviations(
        "We measured urine production (UP), glomerular filtration rate (GFR) and resting energy "
        "expenditure (REE) in forty dogs."
    )
    (listed,) = open_measures("There were no differences in UP, GFR and serum urea between the groups")
    assert spelled_out(listed, defined).measure == (
        "urine production (UP), glomerular filtration rate (GFR) and serum urea"
    )
    (fasting,) = open_measures("Fasting REE was higher with the new diet")
    named = spelled_out(fasting, defined)
    assert (named.measure, named.polarity) == ("Fasting resting energy expenditure (REE)", NO_GOOD_SIDE)
    # an abbreviation already spelled out beside its long form is left as written
    (both,) = open_measures("Glomerular filtration rate (GFR) was higher with the new diet")
    assert spelled_out(both, defined).measure == both.measure


@pytest.mark.parametrize(
    ("clause", "subject", "acts"),
    [
        ("Brisk walking lowered plasma triglycerides", "Brisk walking", True),
        ("Walking of 30 min duration reduced serum glucose", "Walking", True),
        ("Walking speed improved significantly in the massage group", "Walking speed", False),
        ("Walking speed improved more with massage than with rest", "Walking speed", False),
        ("Walking was improved by massage", "Walking", False),
        # fictional: two doses of the agent, and how much it did, between it and its verb
        ("Walking of 30 and 45 min slightly, but not significantly, reduced serum glucose", "Walking", True),
        ("Walking of 30 and 45 min significantly reduced serum glucose", "Walking", True),
        ("Walking speed slightly, but not significantly, improved with massage", "Walking speed", False),
    ],
)  # fmt: skip
def test_a_subject_acting_on_a_measure_is_what_was_done(clause: str, subject: str, acts: bool) -> None:
    # fictional sentences
    assert acts_on_a_measure(clause, len(subject)) is acts


def test_a_measure_cut_inside_a_bracket_is_none() -> None:
    clause = "Outcomes (a fall in scores and a negative stress test) were better with massage"  # fictional
    assert all(m.measure.count("(") == m.measure.count(")") for m in open_measures(clause))


def test_an_abbreviation_defined_inside_a_name_or_with_a_greek_letter_is_read_whole() -> None:
    # fictional: "interleukin (IL)-6" is interleukin-6, and the list goes on after it
    clause = "Serum levels of interleukin (IL)-6 and tumor necrosis factor-alpha (TNF-α) fell with massage"
    defined = defined_abbreviations(clause)
    assert defined == {"TNF-α": "tumor necrosis factor-alpha"}
    measures = [with_abbreviation(m, clause, defined) for m in open_measures(clause)]
    assert [(m.measure, m.polarity) for m in measures] == [
        ("interleukin-6 (IL-6)", "lower_is_better"),
        ("tumor necrosis factor-alpha (TNF-α)", "lower_is_better"),
    ]
    # a name of two capitals and a number is a measure, and a list of them is read item by item
    assert [m.measure for m in open_measures("IL-10 and IL-6 were lower with massage")] == ["IL-10", "IL-6"]


@pytest.mark.parametrize(
    ("clause", "measures"),
    [  # fictional: each item's abbreviation before the head noun the items share
        (
            "Sitting systolic (siSBP) and diastolic (siDBP) blood pressures were lower with massage",
            ["Sitting systolic blood pressures", "diastolic blood pressures"],
        ),
        ("Pain (VAS) and fatigue (FSS) were lower with massage", ["Pain", "fatigue"]),  # no head
        (  # the list as the object, the head ending where its name does
            "Massage lowered systolic (SBP) and diastolic (DBP) blood pressure (p = 0.02)",
            ["systolic blood pressure", "diastolic blood pressure"],
        ),
        (
            "Massage reduced anxiety (STAI) and depression (BDI) scores compared with usual care",
            ["anxiety scores", "depression scores"],
        ),
        ("Massage reduced pain (VAS) and fatigue (FSS) in the massage group", ["pain", "fatigue"]),
    ],
)
def test_items_abbreviated_before_their_shared_head_noun_are_named_with_it(
    clause: str, measures: list[str]
) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    ("clause", "measures"),
    [  # fictional
        ("Cortisol and CRP levels were lower with massage", ["Cortisol", "CRP levels"]),
        (
            "Systolic and diastolic blood pressure were lower with massage",
            ["Systolic and diastolic blood pressure"],
        ),
        # each its own good side: prolactin none, cortisol lower
        ("Prolactin and cortisol levels were lower with massage", ["Prolactin", "cortisol levels"]),
        ("Massage lowered prolactin and cortisol levels (p = 0.01)", ["prolactin", "cortisol levels"]),
        ("Massage lowered cortisol and CRP levels (p = 0.01)", ["cortisol", "CRP levels"]),
        # a word for where the level was taken names no measure of its own
        (
            "Plasma and salivary cortisol levels were lower with massage",
            ["Plasma and salivary cortisol levels"],
        ),
    ],
)
def test_two_measures_sharing_the_word_levels_are_each_named(clause: str, measures: list[str]) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    ("clause", "measures"),
    [  # fictional: what a study showed to differ, named before "to be"
        ("The analysis showed the rate of wound healing to be higher with massage (p = 0.003)", ["wound healing"]),
        ("We found skin thickness to be similar in both groups (p = 0.43)", ["skin thickness"]),
        # an arm shown better than another names no measure
        ("The trial showed massage to be more effective than rest", []),
        ("The trial showed massage to be similar to rest", []),
    ],
)  # fmt: skip
def test_what_was_shown_to_be_higher_is_the_measure(clause: str, measures: list[str]) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    ("clause", "measures"),
    [  # fictional: the measure named before the change its estimate sizes
        ("Pooling the four trials gave a weighted mean stroke reduction of 18% (95% CI 7-28)", ["stroke"]),
        ("Fictolan produced a 12% hospitalisation reduction (p = 0.004)", ["hospitalisation"]),
        ("In the pooled analysis there was an HbA1c decrease of 0.6% (95% CI 0.3-0.9)", ["HbA1c"]),
        # a change with no measure before it, and each arm's change sized with no estimate
        ("Fictolan produced a significant reduction of 9% (p = 0.01)", []),
        ("Neither arm differed, with an average stroke reduction of 9% with A and 8% with B", []),
    ],
)  # fmt: skip
def test_the_measure_named_before_its_estimated_change_is_the_measure(
    clause: str, measures: list[str]
) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    ("clause", "measures"),
    [  # fictional: the measure named after "no", any change of its kind denied
        ("No individual cause of readmission was significantly affected", ["individual cause of readmission"]),
        ("No liver enzyme differed significantly between the arms", ["liver enzyme"]),
        # a denied change whose measure follows, and people denied a change: no measure after "no"
        ("No significant change in liver enzymes was seen", ["liver enzymes"]),
        ("No participant was significantly harmed", []),
    ],
)  # fmt: skip
def test_a_measure_named_after_no_with_its_change_denied_is_the_measure(
    clause: str, measures: list[str]
) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    ("clause", "measures"),
    [  # fictional: the list's "of" said again before each later item, no part of its name
        ("Levels of prolactin and of cortisol rose in both groups", ["prolactin", "cortisol"]),
        ("Massage reduced the incidence of nausea and of vomiting (p = 0.01)", ["incidence of nausea", "vomiting"]),
        ("There were no differences in the severity of pain and of fatigue", ["severity of pain", "fatigue"]),
    ],
)  # fmt: skip
def test_a_list_saying_its_of_again_names_each_item(clause: str, measures: list[str]) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    ("clause", "measures"),
    [  # fictional: an item whose name opens with a number joined to a word, or ends with one after a letter
        ("Levels of prolactin and of 25-hydroxyvitamin D rose in both groups", ["prolactin", "25-hydroxyvitamin D"]),
        ("Levels of osteocalcin and of 1,25-dihydroxyvitamin D3 rose in both groups", ["osteocalcin", "1,25-dihydroxyvitamin D3"]),
        ("Levels of 1,25-dihydroxyvitamin D3 and of osteocalcin rose in both groups", ["1,25-dihydroxyvitamin D3", "osteocalcin"]),
        ("Serum ferritin and 6-minute walk distance increased with the new drug", ["Serum ferritin", "6-minute walk distance"]),
        ("Urinary cortisol and 8-OHdG decreased with the new drug", ["Urinary cortisol", "8-OHdG"]),
        # still one name: a number of people, and one time point's name shared by two
        ("An improvement was seen in 70 and 39 women in the two groups", []),
        ("The 6- and 12-month walking distances increased with the new drug", ["6- and 12-month walking distances"]),
    ],
)  # fmt: skip
def test_a_list_item_named_with_a_number_is_an_item_of_its_own(clause: str, measures: list[str]) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


def test_each_measure_sharing_the_word_levels_takes_its_own_good_side() -> None:
    found = open_measures("Prolactin and cortisol levels decreased with massage (p = 0.01)")
    assert [(m.measure, m.polarity) for m in found] == [
        ("Prolactin", "no_good_side"),
        ("cortisol levels", "lower_is_better"),
    ]


def test_an_abbreviation_given_before_the_head_noun_it_stands_for_is_spelled_out_with_it() -> None:
    defined = defined_abbreviations(  # fictional
        "We measured sitting systolic (siSBP) and diastolic (siDBP) blood pressures, and systolic (SBP) "
        "and diastolic (DBP) blood pressure weekly."
    )
    assert defined == {
        "siSBP": "sitting systolic blood pressures",
        "siDBP": "sitting diastolic blood pressures",  # its "sitting" named by the list's first item
        "SBP": "systolic blood pressure",
        "DBP": "diastolic blood pressure",
    }
    (measure,) = open_measures("siSBP was lower with massage")
    named = spelled_out(measure, defined)
    assert (named.measure, named.polarity) == ("sitting systolic blood pressures (siSBP)", "lower_is_better")


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: an abbreviation of a name's first words, then the noun the name ends on
        ("Gastrointestinal (GI) discomfort was lower with massage (p = 0.02)", "Gastrointestinal (GI) discomfort", "lower_is_better"),
        ("Massage reduced gastrointestinal (GI) symptoms (p = 0.02)", "gastrointestinal (GI) symptoms", "lower_is_better"),
        ("Heart rate (HR) variability was higher with massage (p = 0.02)", "Heart rate (HR) variability", "higher_is_better"),
        # the bracket ends a name its verb follows
        ("Blood pressure (BP) was lower with massage (p = 0.02)", "Blood pressure", "lower_is_better"),
    ],
)  # fmt: skip
def test_an_abbreviation_inside_a_name_does_not_end_it(clause: str, measure: str, polarity: str) -> None:
    (found,) = open_measures(clause)
    assert (found.measure, found.polarity) == (measure, polarity)


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: a ratio's colon joins its two parts into one name
        ("The waist:hip ratio was lower with drug A than with placebo (p = 0.01)", "waist:hip ratio", "lower_is_better"),
        ("The drug A group had a lower fat:lean ratio compared to the placebo group (p = 0.02)", "fat:lean ratio", "lower_is_better"),
        ("Drug A reduced the albumin:creatinine ratio compared with placebo (p = 0.03)", "albumin:creatinine ratio", "lower_is_better"),
    ],
)  # fmt: skip
def test_a_ratio_named_with_a_colon_is_one_measure(clause: str, measure: str, polarity: str) -> None:
    (found,) = open_measures(clause)
    assert (found.measure, found.polarity) == (measure, polarity)


@pytest.mark.parametrize(
    ("measure", "polarity"),
    [  # the dividend's good side is the ratio's; the divisor's alone is none
        ("LDL:HDL ratio", "lower_is_better"),
        ("FEV1/FVC ratio", "higher_is_better"),
        ("TG:HDL ratio", None),
        ("TG/HDL ratio", None),
        ("lean:fat ratio", None),
    ],
)
def test_a_ratio_by_its_sign_takes_no_good_side_from_its_divisor_alone(
    measure: str, polarity: str | None
) -> None:
    assert polarity_of(measure) == polarity


@pytest.mark.parametrize(
    ("clause", "measure"),
    [  # fictional: what was kept in check is the measure, not the arm that acted on it
        ("Glycaemic control was better with drug A than with placebo (p = 0.002)", "Glycaemic control"),
        ("Drug A provided better seizure control than placebo (p = 0.002)", "seizure control"),
        ("Drug A improved blood pressure control compared with placebo (p = 0.01)", "blood pressure control"),
    ],
)
def test_control_of_a_harm_is_a_measure_better_more(clause: str, measure: str) -> None:
    (found,) = open_measures(clause)
    assert (found.measure, found.polarity) == (measure, "higher_is_better")


def test_a_control_arm_named_by_its_people_is_no_measure() -> None:
    assert [m.measure for m in open_measures("Serum ferritin was lower than in healthy control")] == [
        "Serum ferritin"
    ]


def test_an_arm_that_achieved_a_similar_change_is_no_measure() -> None:
    # fictional: "a similar" opens the object's phrase; it ends no subject
    assert [
        m.measure for m in open_measures("Zelorin achieved a similar reduction in cough frequency as codeine")
    ] == ["cough frequency"]


def test_a_measure_keeps_the_abbreviation_the_abstract_defined_for_it() -> None:
    # fictional
    clause = "Drug A significantly reduced the mean serum zonulin level (SZL) compared with placebo"
    (measure,) = open_measures(clause)
    defined = defined_abbreviations("We measured the mean serum zonulin level (SZL) weekly.")
    assert with_abbreviation(measure, clause, defined).measure == "serum zonulin level (SZL)"
    assert with_abbreviation(measure, clause, {}).measure == "serum zonulin level"


@pytest.mark.parametrize(
    ("clause", "measures"),
    [
        ("Relapse occurred in 12% of the massage group and 15% of the control group (p = 0.6)", ["Relapse"]),
        ("Falls were reported by 10 patients in the massage group and 12 in the control group", ["Falls"]),
        # the arms by their labels, each with its share in brackets
        ("Relapse occurred in group A (12%) and group B (15%) (p = 0.6)", ["Relapse"]),
        # what an arm had so many of, its count set aside, up to the other arm
        ("The massage group had 5 episodes of cramp and the control group had 12 (p = 0.04)", ["episodes of cramp"]),
        ("Group B experienced 3 (10%) falls, compared with 9 (30%) in group A", ["falls"]),
        ("Arm 1 had 4 bouts of nausea and vomiting while arm 2 had 9", ["bouts of nausea and vomiting"]),
        ("Falls were reported in arm 2 (10 patients) and arm 1 (12 patients)", ["Falls"]),
        ("Remission was achieved by 61% in the massage group versus 17% in the control group", ["Remission"]),
        ("Complete healing was attained in 20 of 30 with massage and 12 of 30 with rest", ["Complete healing"]),
        ("Cannulation was successful in 49 of 50 with massage and 40 of 50 with rest", ["Cannulation"]),
        ("Intubation succeeded in 45 of 50 with massage and 40 of 50 with rest", ["Intubation"]),
        ("Cramps developed in 9 of 60 (15%) with massage and 20 of 60 (33%) with rest (p = 0.02)", ["Cramps"]),
        ("Cramps occurred in twenty-two percent with massage and 9% with rest (p = 0.02)", ["Cramps"]),
        # each arm's share of its people, named as the arm's people, then what they did or had
        ("12% of massage recipients and 25% of rest recipients relapsed (p = 0.02)", ["relapsed"]),
        ("25% of the rest group and 12% of the massage group relapsed (p = 0.02)", ["relapsed"]),
        ("12% of massage recipients and 25% of rest recipients had a relapse (p = 0.02)", ["relapse"]),
        # the share a sentence opens on spelled out, as the later one in figures is read
        ("Fourteen percent of massage recipients relapsed versus 30% of rest recipients (p = 0.03)", ["relapsed"]),
        ("Thirty-one per cent of massage recipients relapsed versus 9% of rest recipients", ["relapsed"]),
        # what went away in how many: its resolution, more of it better
        ("Cough resolved in 46 of 80 with massage and 25 of 79 with rest (p = 0.001)", ["resolution of cough"]),
        ("PONV disappeared in 20% of the massage group and 8% of the rest group", ["resolution of PONV"]),
        # what was diagnosed or documented in how many
        ("Cellulitis was diagnosed in 4 women given massage versus 11 given rest (p = 0.03)", ["Cellulitis"]),
        ("Skin tears were documented in 2 of 50 residents with massage and 7 of 48 with rest", ["Skin tears"]),
        # what an arm's people sustained
        ("Only one resident in the massage group sustained a hip fracture compared with six in the control group", ["hip fracture"]),
        # what was needed, and by how many
        ("Rescue medication was required in 20% of the massage group and 46% of the control group", ["Rescue medication"]),
        ("Splinting was needed by 8 (20%) patients with massage and 19 (46%) with rest (p = 0.01)", ["Splinting"]),
        # stopping what was given is what happened, whatever was stopped: its discontinuation
        ("Treatment was discontinued in 12% of the massage group and 4% of the control group", ["discontinuation"]),
        ("The drug was discontinued in 20/70 (29%) of patients and placebo in 4/68 (6%)", ["discontinuation"]),
        # a habit stopped is a gain, not the stopping of what was given
        ("Smoking was stopped in 30% of the massage group and 10% of the control group", []),
        # whose events these were, the opening says, and the reading may not know
        ("In the control group, relapse occurred in 10% of patients (p = 0.02)", []),
        # a list of what happened in one arm, each item its own share, set against a control arm
        (
            "In the usual care group, bruising occurred in 10% of patients, cramps in 8%, and "
            "nausea in 16%, which were all higher than in the massage group (p < 0.001)",
            ["bruising", "cramps", "nausea"],
        ),
        (
            "In the massage group, bruising occurred in 10% and cramps in 8%, which were not "
            "different from the control group (p = 0.40)",
            ["bruising", "cramps"],
        ),
        # set against nothing, or between two arms neither of them a control: whose, unsaid
        ("In the massage group, bruising occurred in 10% of patients and cramps in 8%", []),
        (
            "In the relaxation group, bruising occurred in 10% of patients and cramps in 8%, which "
            "were higher than in the massage group (p < 0.001)",
            [],
        ),
        # each arm's count is no part of the name of what was counted
        ("Four vs two relapses occurred in the massage and control group, respectively (p = 0.40)", ["relapses"]),
        ("No detectable differences were present in grip endurance (p > 0.05)", ["grip endurance"]),
        ("Grip endurance with massage was equivalent to rest (p = 0.24)", ["Grip endurance"]),
    ],
)  # fmt: skip
def test_what_happened_to_how_many_is_the_measure(clause: str, measures: list[str]) -> None:
    # fictional
    assert [m.measure for m in open_measures(clause)] == measures


def test_what_resolved_in_more_people_is_better() -> None:
    # fictional: the count is of people rid of the cough, never of the cough itself
    (measure,) = open_measures("Cough resolved in 10 patients with massage and 22 with rest (p = 0.02)")
    assert measure.polarity == "higher_is_better"


def test_a_description_of_the_result_is_not_a_measure() -> None:
    for clause in (  # fictional
        "A non-significant fall in all the parameters was observed",
        "A similar result was obtained after the crossover",
        "The adjusted mean did not differ between the groups",
        "increased non-significantly in the control group (p = 0.12)",
    ):
        assert open_measures(clause) == [], clause


@pytest.mark.parametrize(
    ("clause", "measures"),
    [
        ("The mean of grip endurance in both groups was 31 and 29 seconds", ["grip endurance"]),
        ("Mean change from baseline in ankle swelling was -0.4 (1.5) with massage versus 0.5 (1.4) with rest", ["ankle swelling"]),
        ("Mean change (SD) from baseline in ankle swelling was -0.4 (1.5) with massage versus 0.5 (1.4) with rest", ["ankle swelling"]),
        ("The mean of score changes for body awareness in the massage group was higher than in the control group", ["body awareness"]),
        # "change" is still a verb where it is one
        ("Grip endurance did not change in either group", ["Grip endurance"]),
    ],
)  # fmt: skip
def test_what_a_mean_or_a_change_is_of_is_the_measure(clause: str, measures: list[str]) -> None:
    # fictional
    assert [m.measure for m in open_measures(clause)] == measures


def test_an_abbreviation_whose_bracket_says_more_is_defined() -> None:
    # fictional
    defined = defined_abbreviations(
        "Outcomes included the ankle swelling index (ASI; primary endpoint) and grip endurance (GE, in seconds)."
    )
    assert defined == {"ASI": "ankle swelling index", "GE": "grip endurance"}


def test_what_people_in_each_arm_had_after_their_percentages() -> None:
    # fictional: the decimal points of each arm's share end no subject
    clause = (
        "Five patients (16.2%) in the early-surgery group and one (3.3%) in the late-surgery group had a rash"
    )
    assert [m.measure for m in open_measures(clause)] == ["rash"]


def test_a_lead_in_word_that_names_the_measure_is_kept() -> None:
    # fictional: "total protein" has a side the word list knows (none), "protein" alone not
    clause = "The massage group had higher total protein (p = 0.03) and overall survival (p = 0.04)"
    measures = open_measures(clause)
    assert [(m.measure, m.polarity) for m in measures] == [
        ("total protein", NO_GOOD_SIDE),
        ("survival", "higher_is_better"),  # known without its lead-in word
    ]


@pytest.mark.parametrize(
    ("clause", "measures"),
    [
        # read whole, the list's name would end at "at 12 weeks": each item denied alike
        ("No differences in wound healing, scar height at 12 weeks, skin elasticity or patient satisfaction were found", ["wound healing", "scar height", "skin elasticity", "patient satisfaction"]),
        # a list of places, times or words sharing a head, after the measure: one measure
        ("There were no significant changes in grip endurance during weeks one, two and three", ["grip endurance"]),
        ("There were no differences in lesion score in the neck, shoulder, and back", ["lesion score"]),
        ("There were no differences in physical, vital, and blood indices at 12 weeks", ["physical, vital, and blood indices"]),
    ],
)  # fmt: skip
def test_a_list_after_a_denied_difference_is_read_item_by_item_when_read_whole_it_is_cut(
    clause: str, measures: list[str]
) -> None:
    # fictional
    assert [m.measure for m in open_measures(clause)] == measures


def test_a_p_value_with_thin_spaces_is_no_threshold_in_the_measure() -> None:
    # fictional: PMC text often spaces "p > 0.05" with thin spaces (U+2009)
    clause = "No detectable differences were present in grip endurance (p\u2009>\u20090.05)"
    assert [m.measure for m in open_measures(clause)] == ["grip endurance"]
    # a threshold stays one: what is counted is reaching it
    assert open_measures("No differences were present in patients with HbA1c\u2009<\u20097%") == []


def test_the_word_list_finds_the_longest_phrase_at_each_place_as_one_plain_alternation_would() -> None:
    """Its phrases are grouped by first character for speed; each text made of its own phrases
    (fictional, and two run together) is read as the plain longest-first alternation reads it."""
    lexicon = _lexicon()
    phrases = sorted(lexicon.by_phrase, key=lambda phrase: (-len(phrase), phrase))
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, phrases)) + ")")
    texts = [f"the {a} and {b}-free {a}{b} rose" for a, b in zip(phrases, reversed(phrases))]
    for text in texts:
        assert [m.group() for m in lexicon.pattern.finditer(text)] == [
            m.group() for m in plain.finditer(text)
        ]


@pytest.mark.parametrize(
    ("clause", "own"),
    [  # fictional clauses joined on to a result before them
        ("whereas restlessness worsened with placebo", True),
        ("and night-time wandering increased in the sham group", True),
        ("while the placebo group worsened", False),  # an arm, not an outcome
        ("whereas it worsened with placebo", False),  # the outcome before, again
        ("but this was not significant", False),
        ("restlessness worsened with placebo", False),  # not joined to anything
    ],
)
def test_a_joined_clause_may_open_on_an_outcome_of_its_own(clause: str, own: bool) -> None:
    assert names_its_own_subject(clause) is own


@pytest.mark.parametrize(
    ("clause", "measures"),
    [  # fictional: the treatment whose effect is told is not what was measured
        ("The effect of massage on restlessness was not significant", ["restlessness"]),
        ("The benefits of reflexology on night waking were small", ["night waking"]),
    ],
)
def test_the_effect_of_a_treatment_names_no_measure(clause: str, measures: list[str]) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    "clause",
    [  # fictional: "no longer", "no better" change nothing, so what follows is no measure
        "at 6 months it was no longer different",
        "it was no better than sham",
    ],
)
def test_a_comparative_after_no_has_no_object(clause: str) -> None:
    assert open_measures(clause) == []


@pytest.mark.parametrize(
    "clause",
    [  # fictional: the verb after "no change" is no measure it changed
        "no change occurred in the usual care group",
        "while no change took place in the control group",
        "no change followed rest or vibration",
    ],
)
def test_a_verb_after_no_change_is_no_measure(clause: str) -> None:
    assert open_measures(clause) == []


@pytest.mark.parametrize(
    ("clause", "measures"),
    [  # fictional: the object of a change verb, a list opened by "both"; the subject only acted
        (
            "Fictolan reduced both nausea and vomiting compared with placebo (p < 0.05)",
            ["nausea", "vomiting"],
        ),
        ("Fictolan improved both sleep quality and fatigue (p < 0.05)", ["sleep quality", "fatigue"]),
    ],
)
def test_what_a_treatment_changed_both_of_are_its_measures(clause: str, measures: list[str]) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    ("clause", "measures"),
    [  # fictional: a change by a factor, what was halved or doubled its object
        ("Fictolan halved the rate of nausea compared with placebo (p = 0.02)", ["nausea"]),
        ("Fictolan doubled the number of pain-free days (p = 0.02)", ["pain-free days"]),
    ],
)
def test_what_was_halved_or_doubled_is_the_measure(clause: str, measures: list[str]) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    ("clause", "measures"),
    [  # fictional: an arm's list, each item with its own comparative, one said with what the arm needed
        (
            "The massage group had a lower resting heart rate (p = 0.008), a higher pain threshold (p = 0.01) "
            "and required a lower dose of analgesics (p = 0.001) compared with the usual care group",
            ["resting heart rate", "pain threshold", "dose of analgesics"],
        ),
        # what an arm's people were more or less likely to do or have
        ("Participants in the massage group were less likely to need rescue analgesia (p = 0.01)", ["rescue analgesia"]),
        ("Participants in the massage group were not more likely to have a relapse (OR 1.1, 95% CI 0.6 to 1.9)", ["relapse"]),
        ("The massage group was significantly more likely than controls to report good sleep (p = 0.02)", ["good sleep"]),
        # what more or fewer of an arm's people did: the deed is the measure
        ("Significantly fewer patients in the massage group discontinued treatment (5/60 vs 15/60, p < 0.05)", ["discontinued treatment"]),
        ("More participants in the massage group returned to work at 6 months (p = 0.03)", ["returned to work"]),
        # fictional: what befell an arm's people, each arm's count bracketed on the way
        ("Fewer patients in the Fictolan group died than in the placebo group (p = 0.01)", ["died"]),
        ("Twelve patients (12%) in the placebo group and two (2%) in the Fictolan group relapsed (p = 0.01)", ["relapsed"]),
        ("Nine of 20 patients (45%) in the Fictolan group healed, compared with 3 of 20 (15%) in the placebo group", ["healed"]),
        ("More patients in the Fictolan group recovered than in the placebo group (p = 0.01)", ["recovered"]),
        ("Fewer patients in the Fictolan group survived (p = 0.03)", ["survived"]),
        # what an arm's people did more or less often: the deed is the measure, not the people
        ("Patients in the Fictolan group vomited less often than those in the placebo group (p = 0.01)", ["vomited"]),
        ("Fictolan patients coughed significantly more frequently than placebo patients", ["coughed"]),
        ("Women in the Fictolan group fell less often than those in the placebo group (p = 0.04)", ["fell"]),
        # a verb whose object is the measure names none by itself
        ("Patients in the Fictolan group reported more often than those in the placebo group", []),
        # a count, its people, what befell them, then their arm
        ("Only one patient relapsed in the massage group compared with 11 in the usual care group", ["relapsed"]),
        # people who fell, not who fell asleep
        ("Six patients (20%) in the massage group fell, compared with 14 (47%) in the usual care group", ["fell"]),
        ("Fewer patients in the massage group fell asleep during the session (p = 0.03)", []),
        # a count of people who did something, not more or fewer of them, names no such measure
        ("Three patients discontinued treatment", []),
        # each item after the first with its own comparative: three results, not one name
        ("Group B had lower anxiety, a higher quality of life and a lower resting heart rate", ["anxiety", "quality of life", "resting heart rate"]),
        ("Group B had a lower serum potassium and lower fluid balance on day 3", ["serum potassium", "fluid balance"]),
        # no item with a comparative of its own: one list, read whole
        ("Group B had lower anxiety, depression and fatigue", ["anxiety, depression and fatigue"]),
        # the next item's own change noun ends the name before it
        ("The massage group showed a significant reduction in agitation and a significant increase in self-esteem", ["agitation", "self-esteem"]),
    ],
)  # fmt: skip
def test_what_an_arm_had_or_did_is_the_measure(clause: str, measures: list[str]) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    ("clause", "measures"),
    [  # fictional: a subject whose items each open on their change noun; "falls" are events counted
        ("The fall in haemoglobin did not differ between the groups", ["haemoglobin"]),
        ("Blood loss and the fall in haemoglobin were similar in both groups", ["Blood loss", "haemoglobin"]),
        ("The rise in creatinine and the drop in platelet count were similar", ["creatinine", "platelet count"]),
        ("The decrease in sodium and the reduction in potassium were similar", ["sodium", "potassium"]),
        ("Falls in the exercise group were fewer than in the control group", ["Falls"]),
    ],
)  # fmt: skip
def test_a_change_noun_before_each_item_is_no_measure_of_its_own(clause: str, measures: list[str]) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    ("clause", "measure"),
    [  # fictional: the events a composite counts together are one measure, as a subject or an object
        ("The combined endpoint of stroke or death occurred in 9% and 14% of patients", "combined endpoint of stroke or death"),
        ("The primary composite outcome of stroke, infarction or death was less frequent with fictolan", "primary composite outcome of stroke, infarction or death"),
        ("Fictolan reduced the composite of death or readmission (p = 0.01)", "composite of death or readmission"),
    ],
)  # fmt: skip
def test_a_composite_of_events_is_one_measure(clause: str, measure: str) -> None:
    assert [m.measure for m in open_measures(clause)] == [measure]


@pytest.mark.parametrize(
    ("clause", "measures"),
    [  # fictional: the measure, a colon, then the arms' values set one against the other
        ("Wound dehiscence: 6% vs 10% (p = 0.46)", ["Wound dehiscence"]),
        ("Wound dehiscence: 6.2% (4/65) versus 10.0% (6/60), p = 0.46", ["Wound dehiscence"]),
        ("Satisfaction: fictolan 64.7%, placebo 35.7%", ["Satisfaction"]),
        ("Results: 6% vs 10%", []),
    ],
)  # fmt: skip
def test_a_measure_before_a_colon_and_the_arms_values_is_the_measure(
    clause: str, measures: list[str]
) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    ("clause", "sides"),
    [  # fictional: the items after "time to first ..." are events waited for, the sooner the better,
        # but a span of time is its own
        ("Time to first flatus, bowel sounds and oral intake were shorter with fictolan", {"oral intake": "lower_is_better"}),
        ("Time to first flatus and length of hospital stay were shorter with fictolan", {"length of hospital stay": "lower_is_better"}),
        ("Time to first flatus and hospital stay were shorter with fictolan", {"hospital stay": "lower_is_better"}),
    ],
)  # fmt: skip
def test_a_span_of_time_listed_after_a_wait_keeps_its_own_side(clause: str, sides: dict[str, str]) -> None:
    found = {m.measure: m.polarity for m in open_measures(clause)}
    assert {name: found.get(name) for name in sides} == sides


def test_how_effective_an_arm_was_is_no_measure() -> None:
    """Fictional: "more effective than iron" ranks the arms; "effective" names nothing measured."""
    assert "effective" not in [
        m.measure for m in open_measures("Zinc was significantly more effective than iron (p = 0.01)")
    ]


@pytest.mark.parametrize(
    ("clause", "measures"),
    [
        ("Patient global assessment ratings were higher with zelotrin than with placebo", ["Patient global assessment ratings"]),
        ("Physician overall impression improved more with zelotrin than with placebo", ["Physician overall impression"]),
        ("Caregiver satisfaction was better in the zelotrin group", ["Caregiver satisfaction"]),
        # the grade a rating reached ends no item of the list
        ("In the zelotrin group, patient global assessment and nurse global assessment ratings of good or excellent were more frequent than with placebo", ["patient global assessment", "nurse global assessment ratings of good or excellent"]),
        # who the result is about stays no measure
        ("Patients in the zelotrin group were older", []),
    ],
)  # fmt: skip
def test_a_rating_named_after_the_people_who_give_it_is_a_measure(clause: str, measures: list[str]) -> None:
    # fictional
    assert [m.measure for m in open_measures(clause)] == measures


def test_the_figures_in_brackets_make_no_subject_too_long() -> None:
    # fictional: two names, each followed by its arms' medians and ranges
    clause = (
        "Median time to remission (21 days [range 10-80] with zelotrin vs. 95 days [range 30-400] with "
        "placebo) and median time to discharge (12 days [range 2-70] with zelotrin, vs. 98 days "
        "[range 20-300] with placebo) were significantly shorter with zelotrin than with placebo"
    )
    assert [m.measure for m in open_measures(clause)] == ["time to remission", "time to discharge"]


def test_a_long_subject_without_brackets_is_still_cut() -> None:
    # fictional: as many words as the subject above, said outside brackets
    clause = (
        "Median time to remission among the older outpatients who were followed at the two rural "
        "clinics during the first winter of the programme and median time to discharge among the "
        "younger inpatients who were admitted through the emergency department were shorter with zelotrin"
    )
    assert open_measures(clause) == []


@pytest.mark.parametrize(
    ("clause", "measures"),
    [  # fictional
        ("Zelotrin group infants had a shorter median time from birth to first feeding than placebo group infants", ["time from birth to first feeding"]),
        ("Time from surgery to first walk was shorter with zelotrin", ["Time from surgery to first walk"]),
        # a change from baseline: when, not part of the name
        ("Reaction time from baseline to week 6 decreased more with zelotrin", ["Reaction time"]),
    ],
)  # fmt: skip
def test_the_time_from_one_event_to_another_is_one_measure(clause: str, measures: list[str]) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    ("measure", "polarity"),
    [  # the wait for the event after "to", whatever it was counted from
        ("time from start of treatment to healing", "lower_is_better"),
        ("time from randomisation to relapse", "higher_is_better"),
    ],
)
def test_the_time_from_one_event_to_another_takes_the_side_of_waiting_for_the_second(
    measure: str, polarity: str
) -> None:
    assert polarity_of(measure) == polarity


@pytest.mark.parametrize(
    ("clause", "measure"),
    [  # fictional: days kept intubated or on breathing support
        ("The duration of intubation was shorter with the new sedative (p = 0.01)", "duration of intubation"),
        ("The duration of respiratory support was shorter with the surfactant (p = 0.01)", "duration of respiratory support"),
    ],
)  # fmt: skip
def test_the_time_kept_intubated_or_on_breathing_support_is_better_shorter(clause: str, measure: str) -> None:
    assert _read_side(clause) == (measure, "lower_is_better")


@pytest.mark.parametrize(
    ("clause", "measure"),
    [  # fictional: a cancer's response and survival free of its progression, by abbreviation alone
        ("Median PFS was longer with zelotrin than with placebo (p = 0.01)", "PFS"),
        ("ORR was higher with zelotrin than with placebo (p = 0.01)", "ORR"),
        ("The CR rate was higher with zelotrin than with placebo (p = 0.01)", "CR rate"),
        ("EFS was longer with zelotrin than with placebo (p = 0.01)", "EFS"),
    ],
)  # fmt: skip
def test_a_cancer_response_or_survival_by_its_abbreviation_is_better_more(clause: str, measure: str) -> None:
    assert _read_side(clause) == (measure, "higher_is_better")


@pytest.mark.parametrize(
    ("clause", "measure"),
    [  # fictional: psychiatric rating scales, scored higher the more ill
        ("The PANSS total score fell more with zelotrin than with placebo (p = 0.01)", "PANSS total score"),
        ("Brief Psychiatric Rating Scale scores fell more with zelotrin (p = 0.01)", "Brief Psychiatric Rating Scale scores"),
        ("The Y-BOCS score fell more with zelotrin than with placebo (p = 0.01)", "Y-BOCS score"),
        ("The PTSD Checklist score fell more with zelotrin than with placebo (p = 0.01)", "PTSD Checklist score"),
        ("The ADHD Rating Scale score fell more with zelotrin than with placebo (p = 0.01)", "ADHD Rating Scale score"),
        ("Aberrant Behavior Checklist scores fell more with zelotrin (p = 0.01)", "Aberrant Behavior Checklist scores"),
    ],
)  # fmt: skip
def test_psychiatric_rating_scales_are_better_lower(clause: str, measure: str) -> None:
    assert _read_side(clause) == (measure, "lower_is_better")


@pytest.mark.parametrize(
    "measure",
    [  # fictional names: harms by other names
        "case fatality rate", "number of days in hospital", "extubation time", "units transfused",
        "antiemetic use", "uterine atony", "HIV RNA", "plasma HCV RNA",
    ],
)  # fmt: skip
def test_harms_by_other_names_are_better_less(measure: str) -> None:
    assert polarity_of(measure) == "lower_is_better"


@pytest.mark.parametrize(
    ("measure", "polarity"),
    [  # fictional names: outcomes graded good or poor, and goals reached
        ("return of spontaneous circulation", "higher_is_better"),
        ("ROSC rate", "higher_is_better"),
        ("good neurological outcome at 6 months", "higher_is_better"),
        ("favourable outcome", "higher_is_better"),
        ("poor outcome", "lower_is_better"),
        ("unfavorable outcome", "lower_is_better"),
        ("fistula closure", "higher_is_better"),
        ("bowel cleansing", "higher_is_better"),
        ("blastocyst formation rate", "higher_is_better"),
        ("protective antibody levels", "higher_is_better"),
    ],
)  # fmt: skip
def test_outcomes_graded_good_or_poor_take_their_grade(measure: str, polarity: str) -> None:
    assert polarity_of(measure) == polarity


@pytest.mark.parametrize(
    ("measure", "polarity"),
    [  # fictional names: harms and goals of intensive care, surgery, the heart and the liver
        ("SOFA score", "lower_is_better"),
        ("CLABSI rate", "lower_is_better"),
        ("SSI", "lower_is_better"),
        ("AKI", "lower_is_better"),
        ("DVT", "lower_is_better"),
        ("MACCE at 1 year", "lower_is_better"),
        ("cerebral vasospasm", "lower_is_better"),
        ("permanent pacemaker implantation", "lower_is_better"),
        ("LV end-systolic volume", "lower_is_better"),
        ("HVPG", "lower_is_better"),
        ("time to hemostasis", "lower_is_better"),
        ("complete hemostasis", "higher_is_better"),
        ("lactate clearance", "higher_is_better"),
        ("HBsAg loss", "higher_is_better"),
        ("ALT normalization", "higher_is_better"),
        ("6MWD", "higher_is_better"),
        ("effective orifice area", "higher_is_better"),
    ],
)  # fmt: skip
def test_harms_and_goals_of_acute_care_by_abbreviation_have_their_side(measure: str, polarity: str) -> None:
    assert polarity_of(measure) == polarity


@pytest.mark.parametrize(
    ("measure", "polarity"),
    [  # fictional names: birth and the newborn, surgery, skin, eye and gut
        ("PPH", "lower_is_better"),
        ("manual removal of the placenta", "lower_is_better"),
        ("use of uterotonics", "lower_is_better"),
        ("NICU stay", "lower_is_better"),
        ("patent ductus arteriosus", "lower_is_better"),
        ("time to full feeds", "lower_is_better"),
        ("postoperative stay", "lower_is_better"),
        ("auxiliary procedures", "lower_is_better"),
        ("hair loss", "lower_is_better"),
        ("corneal haze", "lower_is_better"),
        ("axial elongation", "lower_is_better"),
        ("Harvey-Bradshaw index", "lower_is_better"),
        ("Mayo endoscopic subscore", "lower_is_better"),
        ("number of lymph nodes retrieved", "higher_is_better"),
        ("complete clearance", "higher_is_better"),
    ],
)  # fmt: skip
def test_measures_of_birth_surgery_and_the_senses_have_their_side(measure: str, polarity: str) -> None:
    assert polarity_of(measure) == polarity


@pytest.mark.parametrize(
    ("measure", "polarity"),
    [  # fictional names: the thing after "-related" is what is measured
        ("sedation-related adverse events", "lower_is_better"),
        ("vaccination-related adverse events", "lower_is_better"),
        ("screening-related harms", "lower_is_better"),
        ("patients without sedation-related adverse events", "higher_is_better"),
        ("health-related quality of life", "higher_is_better"),
        # a name the lists know before the relation is its head
        ("knowledge of HIV-related risks", "higher_is_better"),
        # a wait for a harm stays better longer
        ("time to treatment-related toxicity", "higher_is_better"),
    ],
)  # fmt: skip
def test_a_harm_or_good_related_to_something_takes_its_own_side(measure: str, polarity: str) -> None:
    assert polarity_of(measure) == polarity


@pytest.mark.parametrize(
    "measure",
    [  # fictional names: harms of anaesthesia and the anaesthetic used up
        "blood staining of the airway device", "fasciculations", "bucking", "PDPH", "epidural blood patch",
        "intraoperative awareness", "catheter migration", "propofol consumption", "sevoflurane consumption",
    ],
)  # fmt: skip
def test_harms_of_anaesthesia_are_better_less(measure: str) -> None:
    assert polarity_of(measure) == "lower_is_better"


@pytest.mark.parametrize(
    ("measure", "polarity"),
    [  # fictional names: a good thing in trouble is worse more
        ("breastfeeding problems", "lower_is_better"),
        ("mobility limitations", "lower_is_better"),
        ("fetal growth restriction", "lower_is_better"),
        ("barriers to screening", "lower_is_better"),
        ("recovery failure", "lower_is_better"),
        ("vaccination refusal", "lower_is_better"),
        ("cessation of breastfeeding", "lower_is_better"),
        ("breastfeeding cessation", "lower_is_better"),
        ("restriction in participation", "lower_is_better"),
        ("limitations of mobility", "lower_is_better"),
        ("restriction of food intake", None),
        # a harm stopped is better more, by its own name
        ("smoking cessation", "higher_is_better"),
        ("cessation of smoking", "higher_is_better"),
        # a good thing or its failure, set side by side, has no side
        ("success or failure", None),
        # a harm in trouble keeps its side, and a restriction of no known good has none
        ("pain problems", "lower_is_better"),
        ("caloric restriction", None),
    ],
)  # fmt: skip
def test_a_good_thing_in_trouble_is_worse_more(measure: str, polarity: str | None) -> None:
    assert polarity_of(measure) == polarity


@pytest.mark.parametrize(
    ("measure", "polarity"),
    [  # fictional names: life lost or gained, harms averted, sleep broken, treatment interrupted
        ("quality-adjusted life years lost", "lower_is_better"),
        ("years of life lost", "lower_is_better"),
        ("DALYs averted", "higher_is_better"),
        ("life years gained", "higher_is_better"),
        ("deaths averted", "higher_is_better"),
        ("sleep fragmentation", "lower_is_better"),
        ("treatment interruption", "lower_is_better"),
        ("vaccine hesitancy", "lower_is_better"),
    ],
)  # fmt: skip
def test_life_lost_or_gained_and_care_broken_off_have_their_side(measure: str, polarity: str) -> None:
    assert polarity_of(measure) == polarity


def test_a_number_after_an_abbreviation_counts_items_and_is_no_initial() -> None:
    # Fictional sentences, written for this test.
    defined = defined_abbreviations("Fatigue was rated on the Parkinson Fatigue Scale (PFS-16) weekly.")
    assert defined == {"PFS-16": "Parkinson Fatigue Scale"}
    (measure,) = open_measures("PFS-16 scores were lower with acupressure")
    named = spelled_out(measure, defined)
    assert (named.measure, named.polarity) == ("Parkinson Fatigue Scale (PFS-16) scores", "lower_is_better")


def test_the_weight_an_infant_gained_is_better_more() -> None:
    # Fictional sentences, written for this test: an adult's weight gained may be a harm.
    (infants,) = open_measures("Preterm infants in the massage group gained more weight than controls")
    (adults,) = open_measures("Patients in the drug group gained more weight than controls")
    assert (infants.measure, infants.polarity, adults.polarity) == ("weight", "higher_is_better", None)


def test_discharged_earlier_names_the_time_to_discharge() -> None:
    # Fictional sentences, written for this test.
    (sooner,) = open_measures("The massage group was discharged 3 days earlier than the control group")
    assert (sooner.measure, sooner.polarity) == ("discharged", "lower_is_better")
    assert open_measures("Patients were discharged home and were seen again later") == []


def test_what_happened_after_a_time_opening_the_clause_is_named() -> None:
    # Fictional sentences, written for this test: a time opens the clause, not an arm.
    (measure,) = open_measures(
        "At 12 months, lymphoedema had developed in 13% of the massage group and 18% of controls"
    )
    assert measure.measure == "lymphoedema"
    assert open_measures("In the control group, nausea occurred in 38%, and vomiting in 20%") == []


@pytest.mark.parametrize(
    ("measure", "polarity"),
    [  # typeset hyphens (U+2010, U+2011) as the plain hyphen of the list's phrases
        ("low\u2010density lipoprotein", "lower_is_better"),
        ("very low\u2011density lipoprotein particles", "lower_is_better"),
    ],
)
def test_a_typeset_hyphen_reads_as_a_plain_one(measure: str, polarity: str) -> None:
    assert polarity_of(measure) == polarity


@pytest.mark.parametrize(
    ("clause", "measures"),
    [  # fictional: the name ends before "such as" and its examples, and before how it was done
        ("There was a significant improvement in complications such as wound infection with fictolan", ["complications"]),
        ("Fictolan relieved nausea more effectively than placebo", ["nausea"]),
    ],
)  # fmt: skip
def test_a_name_ends_before_its_examples_and_the_manner_of_its_change(
    clause: str, measures: list[str]
) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


def test_fever_clearance_has_a_side_only_where_a_time_or_a_rate_is_named() -> None:
    # a time to clear the fever, the shorter the better; a share of patients cleared, the more
    assert polarity_of("fever clearance time") == "lower_is_better"
    assert polarity_of("fever clearance rate") == "higher_is_better"
    assert polarity_of("fever clearance") is None
    assert polarity_of("fever clearance at day 3") is None


def test_a_measure_named_as_done_has_no_side_of_its_level() -> None:
    # fictional: whether the level was recorded, not the level
    assert polarity_of("blood pressure") == "lower_is_better"
    assert polarity_of("blood pressure recorded") is None


@pytest.mark.parametrize(
    "clause",
    [  # fictional: the measure the arms were compared on, after the comparator
        "Fictolan was significantly more effective than placebo in terms of nausea",
        "Fictolan was more effective than placebo with respect to nausea",
    ],
)
def test_the_measure_after_than_and_in_terms_of(clause: str) -> None:
    assert [m.measure for m in open_measures(clause)] == ["nausea"]


def test_preventing_after_superior_in_is_what_the_arm_did_not_the_measure() -> None:
    # fictional
    assert [m.measure for m in open_measures("Fictolan was superior to placebo in preventing nausea")] == [
        "nausea"
    ]


@pytest.mark.parametrize(
    ("measure", "polarity"),
    [  # the pressure that begins to hurt, named pain first; dementia's symptoms; a symptom's bother
        ("pain pressure threshold", "higher_is_better"),
        ("BPSD scores", "lower_is_better"),
        ("symptom bothersomeness", "lower_is_better"),
        ("bothersomeness", "lower_is_better"),
        ("Rhodes Index scores", "lower_is_better"),
        ("INVR score", "lower_is_better"),
    ],
)  # fmt: skip
def test_massage_trials_measures_have_their_side(measure: str, polarity: str) -> None:
    assert polarity_of(measure) == polarity


@pytest.mark.parametrize(
    ("measure", "polarity"),
    [  # an onset is itself the time waited; the time to a harm's onset is better long
        ("time to onset of sensory block", "lower_is_better"),
        ("time to onset of analgesia", "lower_is_better"),
        ("time to onset of pain", "higher_is_better"),
    ],
)
def test_the_time_to_an_onset_is_the_onset_time(measure: str, polarity: str) -> None:
    assert polarity_of(measure) == polarity


@pytest.mark.parametrize(
    ("clause", "measures"),
    [
        # the verb said once, sized, and each later item with its own size, the verb left out
        ("Otitis media was reduced by 24% (p = 0.01) and hospital admissions by 35% (p = 0.02)",
         ["Otitis media", "hospital admissions"]),
        ("Serum ferritin rose by 12%, serum albumin by 8% and serum zinc by about 5%",
         ["Serum ferritin", "serum albumin", "serum zinc"]),
        ("Cough episodes decreased by 30% and severe acute bronchitis (SAB) by 41%",
         ["Cough episodes", "severe acute bronchitis (SAB)"]),
        # an object sized as a subject is
        ("Fictolan lowered LDL cholesterol by 20% (p < 0.001) and triglycerides by 12% (p = 0.01)",
         ["LDL cholesterol", "triglycerides"]),
        # a later size at another time, or in another arm, names no measure
        ("Otitis media was reduced by 24% at week 4 and at week 12 by 30%", ["Otitis media"]),
        ("Otitis media was reduced by 24% in the fictolan group and by 3% in the placebo group", ["Otitis media"]),
        # a later result with its own verb names its measure after the verb
        ("Fictolan tended to lower serum zinc by 5% and increase serum copper by 7%", ["serum zinc", "serum copper"]),
        ("Cough rose by 3 points with placebo and fell by 2 points with fictolan (p = 0.01)", ["Cough"]),
    ],
)  # fmt: skip
def test_each_item_sized_after_a_sized_change_is_a_measure(clause: str, measures: list[str]) -> None:
    # fictional
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    ("clause", "measures"),
    [
        # the state more or fewer people were in, the arms named after it
        ("Significantly more patients were satisfied with fictolan than with placebo (41% vs 18%; p < 0.01)",
         ["satisfied"]),
        ("Fewer women were nauseated in the fictolan group compared with the placebo group (p = 0.02)",
         ["nauseated"]),
        ("More children were pain-free after fictolan than after placebo (60% vs 35%)", ["pain-free"]),
        # how the trial ran, not a state it compared
        ("More patients were treated with fictolan than with placebo", []),
        ("More women were enrolled in the fictolan group than in the placebo group", []),
    ],
)  # fmt: skip
def test_the_state_more_people_were_in_before_their_arm_is_the_measure(
    clause: str, measures: list[str]
) -> None:
    # fictional
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: harms, symptoms and the times of care, the less the better
        ("Women in the workshop arm reported less sexual IPV than controls (OR 0.52, p = 0.01)", "sexual IPV", "lower_is_better"),
        ("Physical IPV was less frequent in the couples arm (p = 0.02)", "Physical IPV", "lower_is_better"),
        ("Chills were more frequent after the new vaccine (p = 0.03)", "Chills", "lower_is_better"),
        ("Fresh frozen plasma was given less often with the tranexamic gel (p = 0.04)", "Fresh frozen plasma", "lower_is_better"),
        ("The mYPAS score was lower with the tablet cartoon (p = 0.01)", "mYPAS score", "lower_is_better"),
        ("Mean daily pad usage fell more with the pelvic floor app (p = 0.02)", "daily pad usage", "lower_is_better"),
        ("Glycohemoglobin fell more with the walking plan (p = 0.03)", "Glycohemoglobin", "lower_is_better"),
        ("The mean time taken to intubate was shorter with the curved blade (p = 0.01)", "time taken to intubate", "lower_is_better"),
    ],
)  # fmt: skip
def test_harms_and_the_times_of_care_are_better_less(clause: str, measure: str, polarity: str) -> None:
    assert _read_side(clause) == (measure, polarity)


@pytest.mark.parametrize(
    ("measure", "polarity"),
    [  # the less the better
        ("psychological IPV", "lower_is_better"),
        ("IPV victimisation", "lower_is_better"),
        ("markers of cartilage degradation", "lower_is_better"),
        ("straining at stool", "lower_is_better"),
        ("packed red cell units", "lower_is_better"),
        ("post-anaesthesia care unit stay", "lower_is_better"),
        ("A-a gradient", "lower_is_better"),
        ("alveolar-arterial oxygen gradient", "lower_is_better"),
        ("TNSS", "lower_is_better"),
        ("time to sleep onset", "lower_is_better"),
        ("time to first mobilisation", "lower_is_better"),
        ("number of pads", "lower_is_better"),
        ("Morse Fall Scale score", "lower_is_better"),
        ("patients desaturated", "lower_is_better"),
        ("number of CVD events", "lower_is_better"),
        ("time to maximum block", "lower_is_better"),
        ("CIS-R score", "lower_is_better"),
        ("Zarit score", "lower_is_better"),
        ("AUDIT-C score", "lower_is_better"),
        ("encopresis", "lower_is_better"),
        ("motor tics", "lower_is_better"),
        ("repetitive behaviours", "lower_is_better"),
        ("CRBD", "lower_is_better"),
        ("mMASI", "lower_is_better"),
        ("radial artery occlusion", "lower_is_better"),
        ("screw cut-out", "lower_is_better"),
        ("loss of reduction", "lower_is_better"),
        ("giving way", "lower_is_better"),
        ("apprehension", "lower_is_better"),
        ("central line days", "lower_is_better"),
        ("CCQ total score", "lower_is_better"),
        ("UAS7", "lower_is_better"),
        ("VSS score", "lower_is_better"),
        ("FFI total score", "lower_is_better"),
        ("ASDAS score", "lower_is_better"),
        ("physical inactivity", "lower_is_better"),
        ("blood lead", "lower_is_better"),
        ("lead concentration", "lower_is_better"),
        ("developmental coordination disorder", "lower_is_better"),
        ("transient tachypnoea of the newborn", "lower_is_better"),
        ("surfactant use", "lower_is_better"),
        ("cephalohaematoma", "lower_is_better"),
        ("time to lactogenesis II", "lower_is_better"),
        ("third-degree tears", "lower_is_better"),
        ("PBAC score", "lower_is_better"),
        ("spotting", "lower_is_better"),
        ("vaginal discharge", "lower_is_better"),
        ("vaginal pH", "lower_is_better"),
        ("Nugent score", "lower_is_better"),
        ("clue cells", "lower_is_better"),
        # the more the better
        ("airway seal pressure", "higher_is_better"),
        ("peak nasal inspiratory flow", "higher_is_better"),
        ("VO2-peak", "higher_is_better"),
        ("partial pressure of arterial oxygen", "higher_is_better"),
        ("esthetic score", "higher_is_better"),
        ("therapeutic benefit", "higher_is_better"),
        ("follow-up rates", "higher_is_better"),
        ("knee stability", "higher_is_better"),
        ("visuospatial processing", "higher_is_better"),
        ("hand-eye coordination", "higher_is_better"),
        ("spatial orientation", "higher_is_better"),
        ("creativity", "higher_is_better"),
        ("enamel microhardness", "higher_is_better"),
        ("colour stability", "higher_is_better"),
        ("menstrual regularity", "higher_is_better"),
        ("ACPR", "higher_is_better"),
        ("reactive hyperaemia index", "higher_is_better"),
        ("TBUT", "higher_is_better"),
        ("RNFL thickness", "higher_is_better"),
        ("nasal airflow", "higher_is_better"),
        ("range of movement", "higher_is_better"),
        ("days at home", "higher_is_better"),
        ("FAOS sport subscale", "higher_is_better"),
        ("SRS-22 total", "higher_is_better"),
        ("ALSFRS-R score", "higher_is_better"),
        ("SWLS score", "higher_is_better"),
        ("coma-free days", "higher_is_better"),
        ("delirium- and coma-free days", "higher_is_better"),
        # longer phrases keep their own side
        ("loss to follow-up rate", "lower_is_better"),
        ("time to first fall", "higher_is_better"),
        # an abbreviation of two meanings (violence between partners, a polio vaccine) has none
        ("IPV", None),
    ],
)
def test_measures_of_trials_in_general_have_their_side(measure: str, polarity: str | None) -> None:
    assert polarity_of(measure) == polarity


def test_the_decline_sized_is_the_change_of_the_outcome_before_not_a_measure() -> None:
    # fictional: "the decline" is how the outcome named before fell, sized against the other arm
    assert open_measures("however, the decline was larger with acupressure (p = 0.03).") == []


@pytest.mark.parametrize(
    ("clause", "side"),
    [  # fictional: what a treatment put off, named by its coming: the wait for it, its side
        ("Fictolan significantly delayed the onset of atrial fibrillation (p = 0.02)", "higher_is_better"),
        ("Fictolan delayed the first recurrence of atrial fibrillation (p = 0.02)", "higher_is_better"),
        ("The onset of atrial fibrillation was significantly delayed with fictolan (p = 0.02)", "higher_is_better"),
        # an onset the list knows keeps its own side; an onset counted is the harm itself
        ("Fictolan delayed the onset of sensory block (p = 0.02)", "lower_is_better"),
        ("Onset of atrial fibrillation occurred in 12% with fictolan and 30% with placebo (p = 0.02)", "lower_is_better"),
    ],
)  # fmt: skip
def test_an_onset_a_treatment_delayed_takes_the_side_of_the_wait_for_it(clause: str, side: str) -> None:
    (measure,) = open_measures(clause)
    assert measure.polarity == side
