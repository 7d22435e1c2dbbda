"""Contradictions between aligned sentences, in three visible stages (pipeline.py).

1. **Propose**: one module per JSON ``type`` reads a pair of aligned sentences
   (pair.py) and proposes conflicts (conflict.py) where one side says X and the
   other Y:

   - number.py: counts, money, percentages, measures (read by quantities.py;
     a person's age by ages.py, "aged 83", "a 71-year-old", "Ilse Ravnholt, 67,";
     shares and multiples in words by proportions.py; the values before and after
     a change, "from 6 to 8" / "8 instead of 6", by change_roles.py; spans of time
     in any unit and rates in words, "twice a day" / "every twelve hours", by
     rates.py);
   - date.py: absolute and relative dates, weekdays, months, years, clock times,
     days of the year and feasts by name ("New Year's Day", "Whitsun"); where both
     reports' publication days are known (tui/engine/published.py), relative dates
     read as days of the calendar by calendar_days.py ("yesterday" / "on Saturday");
   - negation.py: the same claim made and denied (cues with their scope; the
     verbs of avoidance and prevention that deny an act without a negation word,
     "avoided paying", "prevented the fire from spreading", and the time limits
     that make a negation assert its act later, "not until noon", in
     implicatives.py; a negative subject, "*No climbers* were hurt", denies its verb's
     act of the things it names, in negative_subjects.py; a denial and an affirmation
     that each qualify the act apart, "did not arrive *on time*" / "arrived *late*", deny
     no act, in qualifiers.py); and
     failed_acts.py: an act somebody failed to do that the other side says was done
     in other words ("failed to carry out the checks" / "completed the checks");
     and refused_acts.py: a request one side says was refused and the other says
     was granted in a verb of its own ("refused to let the convoy cross" / "the
     lorries were allowed across"; both read their verbs, as opposite_contest.py
     does, from outcome_verbs.py); and ruled_out_plans.py: a plan or a possibility
     one side says was ruled out and the other says stands ("ruled out raising
     fees" / "plans to raise fees"); and reported_denials.py: a clause a speaker
     denies under a verb of asserting that the other side has the speaker concede in
     other words ("insisted it had not delayed" / "admitted it had waited"); and,
     after refused_acts.py, reworded_denials.py: a denied verb the other side affirms
     in a verb no lexicon ties to it, standing where it stands in a frame of the same
     arguments ("failed to *reach* the ferry" / "*made it onto* the ferry"), unless the
     two are opposed (reworded_predicates.py, whose verbs of acts that do not happen,
     end or stay as they were come from data/wordnet_nonevents.txt);
   - opposite.py: opposite words, from the antonym tables and, through
     opposite_tone.py, words of opposite tone (the valence table in tones.py),
     through opposite_kind.py, a noun of another kind in an otherwise identical
     sentence (kinds.py reads WordNet's kinds), through opposite_affix.py, a word
     and its denial by a prefix ("married"/"unmarried"), through opposite_degree.py, two ends of a
     scale of degree, amount or distance ("close to"/"far from"), through
     opposite_change.py, the same amount moved up on one side and down on the
     other ("rose by 12 percent" / "12% fewer"), through opposite_magnitude.py,
     one thing of great size or gravity on one side and of little on the other ("a
     minor leak" / "a serious leak"), through opposite_particle.py, two-word verbs
     whose particles point opposite ways ("took on" / "laid off", "stepped up" /
     "scaled back"), and through opposite_contest.py, the same
     named party the winner on one side and the loser on the other (JSON type
     ``opposite``); opposite_comparison.py refuses one comparison told from each
     side ("later than last year" / "last year ... earlier than this season"), for
     every source of opposite.py that reads words, not roles;
   - entity.py: a different nation, place, organisation or person in the same role
     (entity_roles.py: the role a mention fills where a rewrite moved it;
     entity_names.py: one name swapped in an otherwise identical sentence;
     entity_slots.py: a name no lexicon knows against a known place or body in one
     role of a reworded claim; entity_typed.py: the one name each side never
     names, both of one type or of none in one frame (given as one noun of a kind
     of thing, "the *Korra* valley" / "the *Tessen* valley", or after a preposition
     of one sense of place; an owner read apart, "in *Dresmund's* Kaiserhalle"; two
     names of one pattern, "the *Kerrin* Male Voice Choir" / "the *Dunmore* Male Voice
     Choir", by entity_variants.py)
     (entity_types.py: a school, club, company, body, river, place or country by
     its head word or the noun it is given as;
     entity_agents.py: a name of no known type by the act it is the agent of,
     "made by X" / "Y-built", or by the party that comes to hold a thing, "X won the
     contract" / "the contract was awarded to Y"); entity_bodies.py: public bodies
     named in lower case,
     "the *foreign* ministry" / "the *interior* ministry", which are one body when
     they differ by adjectives of one sense, adjective_senses.py: "the *old* telegraph
     office" / "the *former* telegraph office");
   - quote.py: the same quotation with changed words (a negation or opposite
     another detector found inside one quotation is reported as a quote;
     scale_words.py reads a changed quantifier, as the range of a group's share it
     names, or side of a moment, "all" / "only half", "half" / "a handful", "a third"
     / "all", "before" / "after").
   - typed_slots.py: a permissive proposer for rewrites that moved the words
     around a value: the only number, date, season, part of the day or lexicon
     antonym each side states and the other does not (a clock time as the part of
     the day it falls in), of one kind, in two sentences
     that otherwise agree closely in meaning (JSON types ``number``, ``date`` and
     ``opposite``; it runs last, so the detectors above keep what they find), and
     the only moment of the week each side names, a weekday with its part of the day
     or clock time (week_moments.py: "late on Friday" / "in the early hours of
     Sunday").

2. **Gate**: same_claim.py refuses a proposal where the two sentences do not make
   the same claim (different events, a vow vs a fact, a reversal stated two ways...).
   slots.py says whether two differing words fill one slot of one claim, and
   clause_frame.py whether two claims have the same arguments in their own clauses,
   joined_clauses.py how much the clauses that hold two claims agree where another
   outlet joined a second clause to one of the sentences (read by negation.py),
   voice.py whether an active and a passive clause give the same parties the same
   roles ("campaigners welcomed the plan" / "the plan was criticised by campaigners";
   with no agent, "the museum opened a wing" / "a wing of the museum was closed"),
   attribution.py whether a name is the source a sentence cites, other_negatives.py
   whether both sides deny a claim in other words, and holders.py who holds a claim
   (its named subject, who says or promises it); week_moments.py, read by the
   gate one_night, whether two dates on two weekdays are one moment ("late on
   Saturday night" / "in the early hours of Sunday").

Beyond the aligned pairs, elsewhere.py reads a sentence the aligner left free
against the aligned sentence that holds most of its words (one outlet merged two
sentences of the other): a number or date conflict there is proposed and gated as
above when the holder's value is unanswered by its own partner. frame_pairs.py reads every
type but numbers in a sentence or a clause (the span between a semicolon, or a comma
and a conjunction) against the unit of the other article that says most of what it
says, each the other's best, aligned or not (an outlet merged a claim into another's
sentence, where it is diluted), where neither value is stated elsewhere.

3. **Score**: confidence.py turns each kept conflict's evidence into a calibrated
   confidence in [0, 1], the JSON ``score``.

slot_candidates.py reads a pair's word diff as candidate slots (one unmatched span a
side in an otherwise agreeing frame) with general features (slot kinds, WordNet
relations, tone, negation, quotation, name types), for the learned scorer that
benchmarks/fit_learned_slots.py fits and judges leave-one-batch-out; it is no
detector: fitted on the candidates the hand readings leave, that scorer did not carry
to a left-out batch at a threshold the public paraphrases allow.

Shared by the stages: words.py (a sentence's words with offsets, lemma keys and
clause breaks) and wordlists.py (the word lists shipped in tui/engine/data/).
"""
