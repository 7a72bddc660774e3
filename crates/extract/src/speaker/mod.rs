//! Who said each quotation, in named passes over plain data:
//!
//! 1. [`attribution`]: the cues naming who speaks, in the sentences of the
//!    quotations and either side of them, outside quotation marks: the
//!    subject of a reporting verb (`Peskov said`, `The White House had
//!    said`, `he added`), over a relative clause or an appositive, never
//!    its object (`Smith told Jones`), or over a first predicate joined by
//!    `and` (`Ana went to the door and said:`); a speaker after the verb (`said
//!    Peskov`, `said he`, `said the parson`, `said the committee’s ranking
//!    member, Sen. X`); a passive's agent; `it`, the organisation the
//!    sentence before opens with (`According to the Kenya Red Cross, …`)
//!    or, after a quotation, reports speaking (`"…," the organisation
//!    said. ¶ "…," it added.`); `according to X`, `That was X`, `came
//!    from X`; a caption (`Anna Schmidt: "…"`); a headline's trailing `—
//!    Russia`; `I`, a story's narrator; kin (`said his wife`: `Mrs.` and
//!    the surname of the one `his` stands for, or of the one the
//!    quotation calls by name; when that one has no surname, and for `said
//!    the mother`, the last person titled so: `Mrs. Morel`);
//! 2. [`salience`]: the people named outside quotes, with their roles and
//!    genders, for `he`/`she` (passing over a sentence that a `he` already
//!    opens) and roles (`the minister`); and the speakers
//!    descriptions name (`said the old man`, `said the doctor`) or make
//!    the subject of narrative (`The old man arose.`), whom a
//!    later `he`/`she` that fits their sex stands for before anyone named
//!    earlier ([`choose::described`]);
//! 3. [`choose`]: one attribution per quotation (the first after a
//!    quotation that opens its sentence, else the nearest before; for a
//!    quotation alone, the next or the previous sentence's; else a
//!    pronoun right after it, whatever its verb: `"…," she would
//!    sigh`; or the `he`/`she` of the words a colon before it ends: `he
//!    shrugged: "…"`), or the
//!    sentence's first person, or a place that is its subject; with what a
//!    dialogue needs (the person a quotation calls by name, the subject of
//!    the narrative line before it, the people named last, the person a
//!    quotation says its speaker is: `"I am Mary Lennox,"`, who speaks
//!    over a description or a pronoun); a description no earlier person
//!    was given as a role is the one the text titles with its head word
//!    further on (`said the parson` … `"I am Parson Mallory"`);
//! 4. [`carry`]: within a paragraph a speaker goes on; across paragraphs a
//!    dialogue turn answers the one before, a news quotation standing
//!    alone goes on (not after a line of narrative opening with a
//!    description: `The stranger halted.`); a turn given to someone unnamed (`said my
//!    sister-in-law`) is the one the turn before or after calls by name;
//!    the open turns of a dialogue alternate between its
//!    two speakers, read forward and back; one left open at a paragraph's
//!    end shares the speaker named where it ends;
//! 5. [`names`]: each speaker written out in its fullest form (the entity
//!    of its mention; capitalised words that name a person of the article
//!    by one word of their name; a surname shared by two people, the one
//!    named last before it of the sex its title or its pronoun tells; the narrator, by the name the dialogue calls
//!    them, they answer with, `"Pip, sir."`, or they say they are, `"My
//!    name is Jim Hawkins," I said`).

mod acronym;
mod attribution;
mod carry;
mod choose;
mod context;
mod headline;
mod index;
mod names;
mod salience;

pub use context::Context;

/// The speaker of each quote, in order.
pub fn assign(cx: &Context) -> Vec<Option<String>> {
    if cx.quotes.is_empty() {
        return Vec::new(); // nothing to attribute: skip the per-token tables
    }
    let ix = index::Index::new(cx);
    let quotes = ix.quote_tokens();
    let attributions = attribution::per_sentence(&ix, &quotes);
    let mut salience = salience::Salience::new(&ix);
    let mut described = choose::described(&ix, &attributions, &salience);
    described.extend(choose::narrative_subjects(&ix, &quotes, &salience));
    salience.describe(described);
    let choices = choose::per_quote(&ix, &quotes, &attributions, &salience);
    let mut names = names::Names::new(cx);
    let recent = |qi: usize| {
        quotes.get(qi).copied().flatten().map_or([None; salience::RECENT], |(first, _)| salience.recent(&ix, first))
    };
    let gender = |mi: usize| salience.gender(&ix, mi);
    // One person: one entity, unless the mentions' own titles tell two
    // sexes (`Mr. Bennet` and `Mrs. Bennet` share the entity `Bennet`).
    let same = |a: context::Speaker, b: context::Speaker| {
        let sex = |sp| match sp {
            context::Speaker::Mention(mi) => gender(mi),
            context::Speaker::Pronoun(_, g) => Some(g),
            _ => None,
        };
        names.same(a, b) && sex(a).zip(sex(b)).is_none_or(|(x, y)| x == y)
    };
    let mut speakers = carry::carry(cx.quotes, &choices, same, recent, gender);
    headline::repeated(cx.text, cx.quotes, &mut speakers);
    // Someone a turn of the dialogue is given to by name (`said Good`),
    // not by `he` or `she`, is not the narrator, who speaks as `I`; a
    // quoted word inside a paragraph (`Allan Quatermain, called by the
    // natives ‘Macumazahn’`) is no turn.
    let named_speakers: Vec<usize> = choices
        .iter()
        .filter(|c| c.attributed && !c.by_pronoun && c.opens_paragraph)
        .filter_map(|c| match c.speaker {
            Some(context::Speaker::Mention(mi)) => Some(mi),
            _ => None,
        })
        .collect();
    names.name_narrator(&carry::called_narrator(cx.quotes, &choices, &speakers), &named_speakers);
    speakers.into_iter().map(|sp| sp.and_then(|sp| names.name(sp))).collect()
}

#[cfg(test)]
mod tests {
    use crate::extract;
    use annotator_schema::{Attrs, Label};

    fn speakers(text: &str) -> Vec<(String, Option<String>)> {
        extract(text)
            .into_iter()
            .filter(|e| e.label == Label::Quote)
            .map(|e| {
                let sp = match e.attrs {
                    Attrs::Quote { speaker } => speaker,
                    _ => None,
                };
                (text[e.start.0..e.end.0].to_string(), sp)
            })
            .collect()
    }

    /// A case: its name, the text, and the quotes expected with their speakers.
    type Case = (&'static str, &'static str, &'static [(&'static str, Option<&'static str>)]);

    #[test]
    fn speaker_cases() {
        let cases: &[Case] = &[
            ("name_after_quote", "“We raised this,” Serhii Kyslytsia said.", &[("“We raised this,”", Some("Serhii Kyslytsia"))]),
            ("verb_then_name", "\"No deal,\" said coach Pep Guardiola.", &[("\"No deal,\"", Some("Pep Guardiola"))]),
            ("surname_gets_full_name", "Dmitry Peskov spoke.\n\"Fine,\" Peskov said.", &[("\"Fine,\"", Some("Dmitry Peskov"))]),
            ("pronoun_is_last_subject", "Angela Merkel met Emmanuel Macron.\n\"It went well,\" she said.", &[("\"It went well,\"", Some("Angela Merkel"))]),
            ("partial_quote_takes_subject", "Zelensky accused Russia of \"deliberately\" striking.", &[("\"deliberately\"", Some("Zelensky"))]),
            ("organisation_subject", "The White House had said Donald Trump was \"open\" to it.", &[("\"open\"", Some("White House"))]),
            ("according_to", "\"Prices will rise,\" according to Janet Yellen.", &[("\"Prices will rise,\"", Some("Janet Yellen"))]),
            ("standalone_paragraph_continues", "\"One,\" Hakan Fidan said.\n\n\"Two.\"", &[("\"One,\"", Some("Hakan Fidan")), ("\"Two.\"", Some("Hakan Fidan"))]),
            ("multi_paragraph_quote", "\"First part.\n\"Second part,\" Boris Johnson said.", &[("\"First part", Some("Boris Johnson")), ("\"Second part,\"", Some("Boris Johnson"))]),
            ("headline_dash_source", "No quick breakthrough in ‘Complex’ talks — Russia", &[("‘Complex’", Some("Russia"))]),
            (
                "a_headline_quotation_is_whoever_says_it_later",
                "\"We will hold the line\": mayor vows to fight cuts\n\nAna Lima spoke on Monday. \"We will hold the line, whatever it costs,\" Lima said.",
                &[("\"We will hold the line\"", Some("Ana Lima")), ("\"We will hold the line, whatever it costs,\"", Some("Ana Lima"))],
            ),
            (
                "a_headline_quotation_no_one_repeats_names_no_one",
                "'Never again': crowds mark the anniversary; \"Toxic\" row grows\n\nAna Lima spoke. \"This must never happen again,\" Lima said. \"It was toxic,\" she said.",
                &[
                    ("'Never again'", None),
                    ("\"Toxic\"", None),
                    ("\"This must never happen again,\"", Some("Ana Lima")),
                    ("\"It was toxic,\"", Some("Ana Lima")),
                ],
            ),
            ("no_named_speaker", "'Words aren't matched': UN chief warns", &[("'Words aren't matched'", None)]),
            ("title_abbreviation_is_not_a_sentence_end", "“It works,” said Dr. Fiona MacLeod.", &[("“It works,”", Some("Fiona MacLeod"))]),
            (
                "according_to_an_organisation_or_a_document_of_one",
                "According to Greenpeace, the plan \"falls short.\"\n\nAccording to a statement from the advocacy group Fiscal Watch, the bill \"does nothing.\"\n\nAccording to the Treasury Department, it \"will raise $40 billion.\"",
                &[
                    ("\"falls short.\"", Some("Greenpeace")),
                    ("\"does nothing.\"", Some("Fiscal Watch")),
                    ("\"will raise $40 billion.\"", Some("Treasury Department")),
                ],
            ),
            (
                "according_to_a_person_before_a_place_or_to_no_name",
                "According to Mayor Lin Hsu of Boston, the budget \"is balanced.\"\n\nAccording to the plan, coal would be \"phased out.\"",
                &[("\"is balanced.\"", Some("Lin Hsu")), ("\"phased out.\"", None)],
            ),
            ("according_to_a_doctor", "“It waits,” according to Dr. Amara Diallo-Koné, a specialist.", &[("“It waits,”", Some("Amara Diallo-Koné"))]),
            ("unnamed_subject_is_no_speaker", "Harry MacPherson left; the team's medical staff said he was \"unlikely\" to bowl.", &[("\"unlikely\"", None)]),
            ("a_place_further_in_is_no_speaker", "A Norwegian official said Oslo was \"studying the details\".", &[("\"studying the details\"", None)]),
            ("a_place_as_subject_speaks", "Russia has downplayed hopes, calling the talks “complex” today.", &[("“complex”", Some("Russia"))]),
            (
                "a_dateline_is_no_subject",
                "BISMARCK, N.D. (AP) — The trial opened, with lawyers telling jurors it had \"put lives at risk.\"\n\nMUMBAI: The firm called the plan \"a mistake\".\n\nLONDON, March 4 (Reuters) - Britain on Tuesday called the plan \"reckless\".\n\nWASHINGTON — Russia has downplayed hopes, calling the talks \"complex\".\n\nRussia, China and Kenya stay. Kenya, the host, called the talks \"open\".",
                &[
                    ("\"put lives at risk.\"", None),
                    ("\"a mistake\"", None),
                    ("\"reckless\"", Some("Britain")),
                    ("\"complex\"", Some("Russia")),
                    ("\"open\"", Some("Kenya")),
                ],
            ),
            ("quotation_over_paragraphs_takes_the_speaker_named_at_its_end", "\"It went well,\" said Sean O'Brien.\n\"It will take time.\n\"But we are ready,\" according to Volodymyr Zelensky.", &[
                ("\"It went well,\"", Some("Sean O'Brien")), ("\"It will take time", Some("Volodymyr Zelensky")), ("\"But we are ready,\"", Some("Volodymyr Zelensky")),
            ]),
            ("guillemets", "Emmanuel Macron a dit «non» hier", &[("«non»", Some("Emmanuel Macron"))]),
            (
                "quotation_after_a_quoted_sentence_has_its_own_attribution",
                "Ana Lima shot back: \"We need agents.\" \"Fine,\" Tom Reyes said, \"but pay for both.\"",
                &[
                    ("\"We need agents.\"", Some("Ana Lima")),
                    ("\"Fine,\"", Some("Tom Reyes")),
                    ("\"but pay for both.\"", Some("Tom Reyes")),
                ],
            ),
        ];
        check(cases);
    }

    /// Runs a table: each case's quotes and speakers must be exactly these.
    fn check(cases: &[Case]) {
        for (name, input, want) in cases {
            let want: Vec<(String, Option<String>)> =
                want.iter().map(|(q, s)| (q.to_string(), s.map(str::to_string))).collect();
            assert_eq!(speakers(input), want, "{name}: {input}");
        }
    }

    /// The subject of the clause speaks, over the nearest name: never an
    /// object, an addressee, the topic of `said of`, or a name inside the
    /// quotation; a relative clause or an appositive may stand between the
    /// subject and its verb, and so may a first predicate joined by `and`
    /// when the verb brings in speech (`Ana went to the door and said, "…"`).
    #[test]
    fn subject_cases() {
        check(&[
            (
                "a_named_government_speaks_as_an_organisation",
                "Ana Lima spoke. \"Yes,\" she said. The Alberta government said it was \"encouraged.\"\n\nThe Lima administration said it was \"reviewing\" it.\n\nGovernment officials said they were \"hopeful.\"",
                &[
                    ("\"Yes,\"", Some("Ana Lima")),
                    ("\"encouraged.\"", Some("Alberta government")),
                    ("\"reviewing\"", Some("Lima administration")),
                    ("\"hopeful.\"", None),
                ],
            ),
            (
                "a_places_ministry_or_force_speaks_as_an_organisation",
                "Rain fell. \"We are ready,\" Chile's interior ministry said. Peru's army called it \"calm.\" Bolivia's new foreign ministry said it was \"open.\"\n\nThe Argentine defence ministry said it was \"alert.\" Ana Lima's new army called it \"big.\" Tom Reyes praised the ministry, calling it \"fast.\" Chile seeks \"calm\" in the region, its UK embassy says.",
                &[
                    ("\"We are ready,\"", Some("Chile's interior ministry")),
                    ("\"calm.\"", Some("Peru's army")),
                    ("\"open.\"", Some("Bolivia's new foreign ministry")),
                    ("\"alert.\"", None),
                    ("\"big.\"", None),
                    ("\"fast.\"", Some("Tom Reyes")),
                    ("\"calm\"", Some("Chile")),
                ],
            ),
            (
                "an_organisation_or_person_based_in_a_place_speaks_not_the_place",
                "The U.S. Embassy in Beijing said it was \"proportionate.\" Amnesty International in London said it was \"appalled.\" Ana Lima in Kyiv called it \"alarming.\" Police in Kenya said it was \"illegal.\" Tom Reyes met Ana Lima in Kyiv and called it \"useful.\"",
                &[
                    ("\"proportionate.\"", Some("U.S. Embassy")),
                    ("\"appalled.\"", Some("Amnesty International")),
                    ("\"alarming.\"", Some("Ana Lima")),
                    ("\"illegal.\"", Some("Kenya")),
                    ("\"useful.\"", Some("Tom Reyes")),
                ],
            ),
            (
                "a_persons_office_or_campaign_speaks_for_the_person",
                "Gov. Ana Lima's office said the governor \"has no plans.\" Tom Reyes's campaign called it \"a joke.\" Reyes’s office said it was \"reviewing\" it. Reyes's lawyer said it was \"unfair.\" The office said it was \"closed.\"\n\nSen. Ruth Hale did not reply. Her office said in a statement that the senator \"stands firm.\" Tom Reyes met Ana Lima later, and his campaign called it \"productive.\" Her lawyer said it was \"fine.\"",
                &[
                    ("\"has no plans.\"", Some("Ana Lima")),
                    ("\"a joke.\"", Some("Tom Reyes")),
                    ("\"reviewing\"", Some("Tom Reyes")),
                    ("\"unfair.\"", None),
                    ("\"closed.\"", None),
                    ("\"stands firm.\"", Some("Ruth Hale")),
                    ("\"productive.\"", Some("Tom Reyes")),
                    ("\"fine.\"", None),
                ],
            ),
            (
                "a_preposition_opening_the_sentence_takes_its_object_as_no_subject",
                "Ana Lima arrived. In a statement, a police spokesman said the road was \"closed.\"\n\nIn a video posted to Instagram, Ana Lima urged drivers to stay home. \"Please be patient,\" she said.\n\nFrom a letter sent to members, Tom Reyes read one line. \"We stand together,\" he wrote.",
                &[
                    ("\"closed.\"", None),
                    ("\"Please be patient,\"", Some("Ana Lima")),
                    ("\"We stand together,\"", Some("Tom Reyes")),
                ],
            ),
            (
                "a_capitalised_preposition_of_either_case_opens_the_sentence",
                "During a broadcast posted online, Ana Lima urged drivers to stay home. \"Please be patient,\" she said.\n\nThrough a statement sent to members, Tom Reyes thanked them. \"We stand together,\" he wrote.",
                &[("\"Please be patient,\"", Some("Ana Lima")), ("\"We stand together,\"", Some("Tom Reyes"))],
            ),
            (
                "a_description_opening_the_sentence_speaks_not_the_speaker_before",
                "Tom Reyes called the deal \"productive.\" The lawyer said it was \"fine.\" A spokesman added that it was \"late.\"\n\nAna Lima called it \"a start.\" His aide said it was \"not enough.\"\n\nAna Lima called it \"a start.\" This morning Ana Lima said it was \"done.\"",
                &[
                    ("\"productive.\"", Some("Tom Reyes")),
                    ("\"fine.\"", None),
                    ("\"late.\"", None),
                    ("\"a start.\"", Some("Ana Lima")),
                    ("\"not enough.\"", None),
                    ("\"a start.\"", Some("Ana Lima")),
                    ("\"done.\"", Some("Ana Lima")),
                ],
            ),
            (
                "an_organisation_opening_the_sentence_speaks_through_a_participle",
                "WASHINGTON — The Transport Department sued Ohio on Friday, arguing that the rule \"breaks federal law.\"\n\nGreen Rivers Alliance condemned the ruling, calling it \"a step back.\"\n\nCritics of the plan spoke out, saying it was \"unfair.\"\n\nTom Reyes met the Acme Holdings board, saying it was \"tense.\"\n\nThe Senate passed the bill, which critics call \"a giveaway.\"",
                &[
                    ("\"breaks federal law.\"", Some("Transport Department")),
                    ("\"a step back.\"", Some("Green Rivers Alliance")),
                    ("\"unfair.\"", None),
                    ("\"tense.\"", Some("Tom Reyes")),
                    ("\"a giveaway.\"", None),
                ],
            ),
            (
                "object_is_no_speaker",
                "\"We will not back down,\" Ana Lima told Tom Reyes.",
                &[("\"We will not back down,\"", Some("Ana Lima"))],
            ),
            (
                "a_name_of_a_place_then_an_appositive_is_the_subject",
                "Sen. Ann Cole called it \"a mess,\" while Sen. Ruth Hale of Maine, the top Republican on the panel, said it was \"the best we could do.\"",
                &[("\"a mess,\"", Some("Ann Cole")), ("\"the best we could do.\"", Some("Ruth Hale"))],
            ),
            (
                "a_place_in_the_appositive_is_no_subject",
                "Tom Reyes left early. Ruth Hale, a senator from Maine, said the bill was \"fine.\"",
                &[("\"fine.\"", Some("Ruth Hale"))],
            ),
            (
                "quoted_as_saying_after_who_is_the_antecedent",
                "Ana Lima will face Tom Reyes, who was quoted as saying he expected \"a tough match.\"",
                &[("\"a tough match.\"", Some("Tom Reyes"))],
            ),
            (
                "quoted_as_saying_it_after_who_is_the_antecedent",
                "Ana Lima met Tom Reyes on Monday. They will face Ruth Hale, who has been quoted as saying it was \"over.\"",
                &[("\"over.\"", Some("Ruth Hale"))],
            ),
            (
                "passive_agent_speaks",
                "Tom Reyes was told by Ana Lima that \"nothing will change.\"",
                &[("\"nothing will change.\"", Some("Ana Lima"))],
            ),
            (
                "said_of_is_the_topic",
                "\"He is a good man,\" Ana Lima said of Tom Reyes.",
                &[("\"He is a good man,\"", Some("Ana Lima"))],
            ),
            (
                "name_in_the_quote_is_no_speaker",
                "\"Ask Tom Reyes,\" Ana Lima said.",
                &[("\"Ask Tom Reyes,\"", Some("Ana Lima"))],
            ),
            (
                "what_a_speaker_was_asked_about_is_no_speaker",
                "Tom Reyes scored twice. Asked about Ana Lima, he said: \"I don't think about it.\"\n\nAna Lima spoke. When asked whether Tom Reyes agreed, she replied: \"He does.\"\n\nPressed on the deal with Tom Reyes, the minister called it \"dead\".",
                &[
                    ("\"I don't think about it.\"", Some("Tom Reyes")),
                    ("\"He does.\"", Some("Ana Lima")),
                    ("\"dead\"", None),
                ],
            ),
            (
                "the_company_an_opening_participle_names_is_no_subject",
                "Speaking alongside Ana Lima, Ngozi Okafor said the outlook had \"darkened\". \"We see it,\" she said.\n\nDuring talks with Ana Lima, Ngozi Okafor set out her case.\n\n\"It is a start,\" she said.\n\nManning, who led the talks, was blunt. \"It is over,\" she said.\n\nEverything Ana Lima did, Tom Reyes undid. \"No,\" she said.",
                &[
                    ("\"darkened\"", Some("Ngozi Okafor")),
                    ("\"We see it,\"", Some("Ngozi Okafor")),
                    ("\"It is a start,\"", Some("Ngozi Okafor")),
                    ("\"It is over,\"", Some("Manning")),
                    ("\"No,\"", Some("Ana Lima")),
                ],
            ),
            (
                "a_name_after_with_speaks_for_its_participle",
                "Ana Lima led the talks, with Tom Reyes calling the plan \"a disaster\".\n\nThe talks ended, with Foreign Minister Tom Reyes saying: \"It is over.\"",
                &[("\"a disaster\"", Some("Tom Reyes")), ("\"It is over.\"", Some("Tom Reyes"))],
            ),
            (
                "a_participle_after_a_comma_speaks_for_the_subject",
                "Ana Lima met Tom Reyes, calling the plan \"a disaster\".\n\nAna Lima spoke with Tom Reyes, saying it was \"over\".",
                &[("\"a disaster\"", Some("Ana Lima")), ("\"over\"", Some("Ana Lima"))],
            ),
            (
                "that_was_the_verdict_of_a_name",
                "Tom Reyes sat down.\n\n\"The evidence is overwhelming.\" That was the verdict of prosecutor Ana Lima.",
                &[("\"The evidence is overwhelming.\"", Some("Ana Lima"))],
            ),
            (
                "those_were_the_words_of_a_name",
                "Tom Reyes sat down.\n\n\"We will not give up.\" Those were the words of Ana Lima on Monday.",
                &[("\"We will not give up.\"", Some("Ana Lima"))],
            ),
            (
                "that_was_the_modified_reaction_from_a_name",
                "Ana Lima posted a video.\n\n\"Wow.\" That was the one-word reaction from Rep. Kim Arbuckle, who had opposed the bill.\n\n\"Never.\" That was the plain truth from Tom Reyes's files.",
                // (`truth` is no saying: the quotation goes on as the one before.)
                &[("\"Wow.\"", Some("Kim Arbuckle")), ("\"Never.\"", Some("Kim Arbuckle"))],
            ),
            (
                "one_who_asks_about_someone_speaks",
                "Ana Lima asked about Tom Reyes, saying: \"Where is he?\"\n\nAsked about it, Tom Reyes said: \"Soon.\"",
                &[("\"Where is he?\"", Some("Ana Lima")), ("\"Soon.\"", Some("Tom Reyes"))],
            ),
            (
                "an_organisation_speaks_in_a_second_predicate",
                "The Local Government Association welcomed the money but said it was 'a fraction' of the need.\n\nAcme Corp welcomed it and said it was 'a start'.\n\nRafiqul welcomed it but said it was 'late'.",
                &[("'a fraction'", Some("Local Government Association")), ("'a start'", Some("Acme Corp")), ("'late'", None)],
            ),
            (
                "an_organisation_named_after_a_saint_keeps_its_abbreviation",
                "St. Luke’s University Health Network, which employs 20,000 people, said the cuts would “hurt.”\n\nMt. Sinai Hospital said it was “ready.”",
                &[("“hurt.”", Some("St. Luke’s University Health Network")), ("“ready.”", Some("Mt. Sinai Hospital"))],
            ),
            (
                "a_second_predicate_speaks_for_the_subject",
                "Ana Lima went to the door and said, \"Come back!\"",
                &[("\"Come back!\"", Some("Ana Lima"))],
            ),
            (
                "and_then_said_with_a_colon_before_the_quotation",
                "Ana Lima looked up from her book for a moment, and then said:\n\"Come back!\"",
                &[("\"Come back!\"", Some("Ana Lima"))],
            ),
            (
                "a_second_predicate_after_but_speaks_for_the_subject",
                "Opposition leader Ana Lima backed the plan but warned that \"the money must not vanish\".",
                &[("\"the money must not vanish\"", Some("Ana Lima"))],
            ),
            (
                "but_with_another_subject_names_nobody_before_it",
                "Ana Lima backed the plan but Tom Reyes warned that \"the money must not vanish\".",
                &[("\"the money must not vanish\"", Some("Tom Reyes"))],
            ),
            (
                "written_words_inside_narrative_take_no_later_speaker",
                "Some held banners reading \"Schools not tanks\". Ana Lima called the fund \"madness\".",
                &[("\"Schools not tanks\"", None), ("\"madness\"", Some("Ana Lima"))],
            ),
            (
                "a_quotation_alone_takes_the_later_speaker",
                "\"Now.\" \"Go away,\" said Ana Lima.",
                &[("\"Now.\"", Some("Ana Lima")), ("\"Go away,\"", Some("Ana Lima"))],
            ),
            (
                "a_second_predicate_without_speech_names_nobody",
                "Tom Reyes stretched out on the divan and laughed.\n\"You would.\"",
                &[("\"You would.\"", None)],
            ),
            (
                "relative_clause_over_a_nearer_name",
                "Ana Lima, who met Tom Reyes on Monday, said \"we are ready.\"",
                &[("\"we are ready.\"", Some("Ana Lima"))],
            ),
            (
                "relative_clause_then_verb",
                "Ana Lima, who has led the party since 2019, said \"we are ready.\"",
                &[("\"we are ready.\"", Some("Ana Lima"))],
            ),
            (
                "relative_clause_holding_an_appositive_or_a_list",
                "Ana Lima, who runs a program at the Rivers Council, a charity based in Leeds, said \"we are ready.\"\n\nTom Reyes, who has advised two mayors, including Jo Kent, said \"it will pass.\"",
                &[("\"we are ready.\"", Some("Ana Lima")), ("\"it will pass.\"", Some("Tom Reyes"))],
            ),
            (
                "a_description_of_the_subject_ending_in_another_name",
                "Judge Ana Lima spoke.\n\nLima, an appointee of President Tom Reyes, noted that lines \"stretched for blocks.\"\n\nJo Kent, 45, a friend of Ana Lima, said \"we are ready.\"\n\nTom Reyes, the husband of Ana Lima, told reporters \"it is over.\"\n\nHis counterpart, the minister Ana Lima, said \"no.\"",
                &[
                    ("\"stretched for blocks.\"", Some("Ana Lima")),
                    ("\"we are ready.\"", Some("Jo Kent")),
                    ("\"it is over.\"", Some("Tom Reyes")),
                    ("\"no.\"", Some("Ana Lima")),
                ],
            ),
            (
                "an_appositive_after_a_relative_clause_outside_it",
                "In March, which was hard, the minister, Ana Lima, said \"we are ready.\"",
                &[("\"we are ready.\"", Some("Ana Lima"))],
            ),
            (
                "who_said",
                "Tom Reyes met Ana Lima, who said the plan was \"a mess.\"",
                &[("\"a mess.\"", Some("Ana Lima"))],
            ),
            (
                "party_tag_and_clause",
                "Sen. Dana Whitcomb, R-Idaho, who wrote the bill, called it \"overdue.\"",
                &[("\"overdue.\"", Some("Dana Whitcomb"))],
            ),
            (
                "tokenised_party_tag_ending_in_a_period",
                "Sen. Dana Whitcomb , R-Ga. , called it \" overdue . \"",
                &[("\" overdue . \"", Some("Dana Whitcomb"))],
            ),
            ("appositive_age", "\"It hurts,\" Tom Reyes, 45, said.", &[("\"It hurts,\"", Some("Tom Reyes"))]),
            (
                "surname_after_a_quote_with_tag",
                "Chuck Schumer spoke.\n\"This is a disgrace,\" Schumer, D-N.Y., said.",
                &[("\"This is a disgrace,\"", Some("Chuck Schumer"))],
            ),
            (
                "bracketed_party_tag_and_clause",
                "Rep. June Fairweather (R-Ohio), who chairs the panel, chimed in: \"Nobody wanted this.\"",
                &[("\"Nobody wanted this.\"", Some("June Fairweather"))],
            ),
            (
                "an_organisation_in_a_description_then_a_relative_clause",
                "Ana Lima, head of the Center for Clean Rivers, which brought the case, called it \"a victory.\"\n\nThe Center for Clean Rivers, which brought the case, called it \"overdue.\"",
                &[("\"a victory.\"", Some("Ana Lima")), ("\"overdue.\"", Some("Center for Clean Rivers"))],
            ),
            (
                "relative_clause_ends_on_another_name",
                "Pham Minh Tuan, who works beside Ana Lima, wrote that the pool was \"the reason.\"",
                &[("\"the reason.\"", Some("Pham Minh Tuan"))],
            ),
            (
                "it_is_the_organisation_before",
                "The Greater Cleveland Partnership, a business group, backed the mayor. \"Tough choices now,\" it said.",
                &[("\"Tough choices now,\"", Some("Greater Cleveland Partnership"))],
            ),
            (
                "an_unnamed_subject_before_a_clause",
                "A senior Israeli official, speaking on condition of anonymity, said Washington hoped for a deal \"within days.\"\n\nA classmate named Tom Reyes, a bulky young man in a cap, grumbled to her, \"I am tired.\"",
                &[("\"within days.\"", None), ("\"I am tired.\"", Some("Tom Reyes"))],
            ),
            (
                "the_noun_of_an_organisation_named_earlier",
                "The Ministry of Public Health confirmed 86 cases.\n\nA spokesman urged calm. \"Stay home,\" the ministry said.\n\nHealth Minister Ana Lima spoke.\n\nA doctor urged calm. \"Wash hands,\" the minister said.\n\nTom Reyes spoke. \"Vote,\" the council said.\n\nThe Lake Middle School closed.\n\nA bell rang. Students at the school told reporters: \"It was planned,\" they said.\n\nThey moved to New River City. For decades, the city has boasted of a \"Big Five\" band.",
                &[
                    ("\"Stay home,\"", Some("Ministry of Public Health")),
                    ("\"Wash hands,\"", Some("Ana Lima")),
                    ("\"Vote,\"", None),
                    ("\"It was planned,\"", None),
                    ("\"Big Five\"", None),
                ],
            ),
            (
                "it_without_an_organisation",
                "The vote was late. \"Tough choices now,\" it said.",
                &[("\"Tough choices now,\"", None)],
            ),
            (
                "it_is_the_office_of_a_titled_person",
                "Speaker Ana Lima's office issued a statement. \"Tough choices now,\" it said.",
                &[("\"Tough choices now,\"", Some("Ana Lima"))],
            ),
            (
                "it_is_no_person",
                "Speaker Ana Lima issued a statement. \"Tough choices now,\" it said.",
                &[("\"Tough choices now,\"", None)],
            ),
            (
                "unnamed_subject_blocks_a_nearer_name",
                "The vote \"was close,\" the report noted as Tom Reyes left.",
                &[("\"was close,\"", None)],
            ),
        ]);
    }

    /// Verbs of speech of news and fiction, phrasal ones, both orders and
    /// both tenses; a verb that is no speech verb is no cue.
    #[test]
    fn speech_verb_cases() {
        let verbs = [
            "fumed",
            "sighed",
            "responded",
            "conceded",
            "tweeted",
            "wrote",
            "posted",
            "insisted",
            "recalled",
            "quipped",
            "countered",
            "cried",
            "exclaimed",
            "whispered",
            "muttered",
            "replied",
            "asked",
            "added",
            "explained",
            "noted",
            "warned",
            "argued",
            "says",
            "insists",
            "chimed in",
            "went on",
            "pointed out",
        ];
        for verb in verbs {
            for text in [format!("\"Enough,\" {verb} Ana Lima."), format!("\"Enough,\" Ana Lima {verb}.")] {
                assert_eq!(speakers(&text), [("\"Enough,\"".to_string(), Some("Ana Lima".to_string()))], "{text}");
            }
        }
        check(&[
            (
                "inverted_with_appositive_role",
                "\"It is a scandal,\" says the minister, Anna Schmidt, in an interview.",
                &[("\"It is a scandal,\"", Some("Anna Schmidt"))],
            ),
            ("inverted_pronoun", "Tom Reyes looked up. \"Never,\" said he.", &[("\"Never,\"", Some("Tom Reyes"))]),
            ("no_speech_verb_no_cue", "\"Done,\" the crowd roared as Tom Reyes waved.", &[("\"Done,\"", None)]),
            ("told_never_inverts", "\"Go,\" told Tom Reyes nothing.", &[("\"Go,\"", Some("Tom Reyes"))]),
        ]);
    }

    /// A name before a colon that opens a quotation: a person, or a
    /// transcript's name in capitals, with or without a bracketed caption;
    /// not any capitalised word.
    #[test]
    fn caption_cases() {
        check(&[
            ("name_colon", "Anna Schmidt: \"We will win.\"", &[("\"We will win.\"", Some("Anna Schmidt"))]),
            (
                "transcript_capitals",
                "John Smith took questions.\nSMITH: \"We will win.\"",
                &[("\"We will win.\"", Some("John Smith"))],
            ),
            (
                "bracketed_caption",
                "Anna Schmidt (on the budget): \"It is fine.\"",
                &[("\"It is fine.\"", Some("Anna Schmidt"))],
            ),
            ("a_word_is_no_caption", "Note: \"fine\" is a word.", &[("\"fine\"", None)]),
        ]);
    }

    /// A quotation further into a paragraph that a speaker's label opens
    /// (a transcript's name and colon, an interview's answer mark) is
    /// that speaker's, and so is its `I`; not when the sentence reports
    /// someone else's words, nor after a dateline in capitals.
    #[test]
    fn paragraph_label_cases() {
        check(&[
            (
                "a_transcripts_speaker",
                "Ana Kemp took questions.\n\nKEMP: Good afternoon. What matters is that the crews did \"exactly what they trained for.\"",
                &[("\"exactly what they trained for.\"", Some("Ana Kemp"))],
            ),
            (
                "the_label_over_i",
                "Ana Kemp took questions.\n\nKEMP: I have said from the start that \"this city deserves better.\"",
                &[("\"this city deserves better.\"", Some("Ana Kemp"))],
            ),
            (
                "an_answers_i",
                "Ana Lima spoke to us.\n\nQ. Taxes?\n\nA. I said \"no new taxes\" and I meant it.",
                &[("\"no new taxes\"", Some("Ana Lima"))],
            ),
            // Counter-examples.
            (
                "someone_else_reported",
                "Ana Lima spoke to us.\n\nQ. Schools?\n\nA. The teachers told me, \"We want to be heard.\"",
                &[("\"We want to be heard.\"", None)],
            ),
            ("a_dateline_is_no_label", "KYIV: The city woke to \"a nightmare\" on Monday.", &[("\"a nightmare\"", None)]),
        ]);
    }

    /// A description resolved forward: a speaker described (`said the
    /// parson`) whom no earlier person was given that role is the one the
    /// text titles with the same word further on, inside a quotation
    /// (`"I am Parson Mallory"`) or out (`Captain Ana Lima went below`);
    /// never the title of a name that opens a sentence without being a
    /// person, nor a word that is no noun (`they all said`), and an earlier
    /// person given the role comes first.
    #[test]
    fn titled_ahead_cases() {
        check(&[
            (
                "title_inside_a_later_quotation",
                "\"Good night,\" said the parson.\n\"Who are you, then?\" asked Tom Reyes.\n\"I am Parson Mallory, and this is my parish.\"",
                &[
                    ("\"Good night,\"", Some("Parson Mallory")),
                    ("\"Who are you, then?\"", Some("Tom Reyes")),
                    ("\"I am Parson Mallory, and this is my parish.\"", Some("Parson Mallory")),
                ],
            ),
            (
                "title_before_a_later_person_mention",
                "\"Lower the boats,\" said the captain.\nThe ship rolled in the swell. Later, Captain Ana Lima went below.",
                &[("\"Lower the boats,\"", Some("Ana Lima"))],
            ),
            (
                "an_earlier_person_given_the_role_comes_first",
                "Captain Ana Lima came in.\n\"Sit down,\" said the captain.\nLater, Captain Tom Reyes waved.",
                &[("\"Sit down,\"", Some("Ana Lima"))],
            ),
            (
                "no_title_ahead_names_nobody",
                "\"Hush,\" said the nurse.\nThe boy slept until morning.",
                &[("\"Hush,\"", None)],
            ),
            (
                "a_capitalised_word_opening_a_sentence_is_no_title",
                "\"Halt,\" said the guard.\nGuard Station Nine was dark.",
                &[("\"Halt,\"", None)],
            ),
            (
                "a_function_word_titles_nobody",
                "\"Yes!\" they all said.\nLater, All Saints Church rang its bell.",
                &[("\"Yes!\"", None)],
            ),
        ]);
    }

    /// The sex of someone whose name tells none (`Leslie`), from how the
    /// speakers refer to them: the pronouns after a name that opens a
    /// quoted sentence (`"Leslie has lost her keys"`) vote as those after a
    /// narrative subject do; a name further in a quoted sentence (`"Tell
    /// Leslie that her keys are here"`) gets no vote.
    #[test]
    fn quoted_gender_cases() {
        check(&[
            (
                "a_quoted_her_makes_the_name_a_woman",
                "Tom Reyes opened the door and Leslie came in.\n\"Leslie has lost her keys,\" said Ana Lima.\nLeslie sat down by the fire.\n\"Where are they?\" he asked.",
                &[("\"Leslie has lost her keys,\"", Some("Ana Lima")), ("\"Where are they?\"", Some("Tom Reyes"))],
            ),
            (
                "a_quoted_his_makes_the_name_a_man",
                "Tom Reyes opened the door and Leslie came in.\n\"Leslie has lost his keys,\" said Ana Lima.\nLeslie sat down by the fire.\n\"Where are they?\" he asked.",
                &[("\"Leslie has lost his keys,\"", Some("Ana Lima")), ("\"Where are they?\"", Some("Leslie"))],
            ),
            (
                "a_name_further_in_the_quoted_sentence_gets_no_vote",
                "Tom Reyes opened the door and Leslie came in.\n\"Tell Leslie that her keys are here,\" said Ana Lima.\nLeslie sat down by the fire.\n\"Where are they?\" he asked.",
                &[("\"Tell Leslie that her keys are here,\"", Some("Ana Lima")), ("\"Where are they?\"", Some("Leslie"))],
            ),
        ]);
    }

    /// The pronouns after the person a sentence opens with tell their sex:
    /// a possessive `her` in their own clause, or an object `her` once
    /// another clause may have its own subject; an object `her` in their
    /// own clause is someone else (`Ron Fuller pressed her`), and does not
    /// outweigh a man's given name; nor does one subject pronoun of a
    /// later clause (`Tom Reyes asked whether she had read it`). A
    /// possessive right after `and` is the person's before it (`Leslie
    /// Moor and her husband`), wherever in its sentence.
    #[test]
    fn pronoun_vote_cases() {
        check(&[
            (
                "an_object_her_is_not_the_subject",
                "Ellen Shaw said the tariffs would stay. Ron Fuller pressed her on the timeline.\n\n\"When they change course,\" she replied.",
                &[("\"When they change course,\"", Some("Ellen Shaw"))],
            ),
            (
                "an_object_her_gives_no_sex",
                "Tom Reyes came in. Leslie Moor thanked her.\n\"Hello,\" he said.",
                &[("\"Hello,\"", Some("Leslie Moor"))],
            ),
            (
                "a_given_name_outweighs_one_pronoun_in_its_sentence",
                "Ana Lima took the stand. Tom Reyes asked whether she had read the memo.\n\n\"I read every word,\" she replied.",
                &[("\"I read every word,\"", Some("Ana Lima"))],
            ),
            // Counter-example: a name whose given name tells no sex.
            (
                "pronouns_still_sex_a_name_that_tells_none",
                "Ana Lima took the stand. Kim Odede asked whether she had read the memo.\n\n\"I read every word,\" she replied.",
                &[("\"I read every word,\"", Some("Kim Odede"))],
            ),
            // Counter-examples: a possessive, and an object after another
            // clause opens, still tell a woman.
            (
                "a_possessive_her_is_the_subject",
                "Tom Reyes came in. Leslie Moor opened her bag.\n\"Hello,\" he said.",
                &[("\"Hello,\"", Some("Tom Reyes"))],
            ),
            (
                "an_object_her_in_a_later_clause",
                "Tom Reyes came in. Leslie Moor smiled, and the crowd cheered her.\n\"Hello,\" he said.",
                &[("\"Hello,\"", Some("Tom Reyes"))],
            ),
            // A possessive right after `and` is the person's before it,
            // wherever in the sentence (`Leslie Moor and her husband`).
            (
                "a_possessive_after_and_tells_the_sex",
                "Ana Lima waited until a visit came from Leslie Moor and her husband. But then he said,\n\"Hello.\"",
                &[("\"Hello.\"", None)],
            ),
            (
                "counter_a_possessive_of_the_other_sex_after_and",
                "Ana Lima waited until a visit came from Leslie Moor and his wife. But then he said,\n\"Hello.\"",
                &[("\"Hello.\"", Some("Leslie Moor"))],
            ),
        ]);
    }

    /// A quotation that is an item of a list (after a bullet, a dash or
    /// an item's number on its line) opens its line as a paragraph's
    /// does, and the items of one list are one speaker's, not turns of a
    /// dialogue; an item's own attribution still names its speaker.
    #[test]
    fn list_item_cases() {
        check(&[
            (
                "bullets_after_a_speakers_colon",
                "Gerald Hastings spoke in Ohio. He listed his priorities:\n\n• \"Secure the border.\"\n• \"Cut taxes.\"\n• \"End the wars.\"",
                &[
                    ("\"Secure the border.\"", Some("Gerald Hastings")),
                    ("\"Cut taxes.\"", Some("Gerald Hastings")),
                    ("\"End the wars.\"", Some("Gerald Hastings")),
                ],
            ),
            (
                "dashes_and_numbers_after_a_quotation",
                "\"We will win,\" Ana Lima said.\n\n- \"Jobs first.\"\n- \"Then schools.\"\n\nTom Reyes listed his own:\n1) \"Roads.\"\n2) \"Bridges.\"",
                &[
                    ("\"We will win,\"", Some("Ana Lima")),
                    ("\"Jobs first.\"", Some("Ana Lima")),
                    ("\"Then schools.\"", Some("Ana Lima")),
                    ("\"Roads.\"", Some("Tom Reyes")),
                    ("\"Bridges.\"", Some("Tom Reyes")),
                ],
            ),
            // Counter-example: each item names its own speaker.
            (
                "items_with_their_own_speakers",
                "Two views:\n• \"Yes,\" said Ana Lima.\n• \"No,\" said Tom Reyes.",
                &[("\"Yes,\"", Some("Ana Lima")), ("\"No,\"", Some("Tom Reyes"))],
            ),
        ]);
    }

    /// Later in a paragraph, a quotation alone in its sentence after a
    /// sentence of narrative that opens with a name is that person's, not
    /// the speaker's of the quotation before; a sentence opening with a
    /// pronoun or a thing hands nothing on, and a quotation's own
    /// attribution comes first.
    #[test]
    fn later_in_paragraph_cases() {
        check(&[
            (
                "a_name_opening_the_narrative_before_speaks",
                "\"Yes!\" cried the children. Ana Lima, however, asked for more light. \"Who was it?\"",
                &[("\"Yes!\"", None), ("\"Who was it?\"", Some("Ana Lima"))],
            ),
            (
                "a_thing_opening_it_hands_nothing_on",
                "\"Yes!\" cried Tom Reyes. The lamp, however, flickered. \"Who was it?\"",
                &[("\"Yes!\"", Some("Tom Reyes")), ("\"Who was it?\"", Some("Tom Reyes"))],
            ),
            (
                "a_pronoun_opening_it_hands_nothing_on",
                "\"Yes!\" cried Tom Reyes. He looked at Ana Lima. \"Who was it?\"",
                &[("\"Yes!\"", Some("Tom Reyes")), ("\"Who was it?\"", Some("Tom Reyes"))],
            ),
            (
                "the_quotation_s_own_attribution_comes_first",
                "\"Yes!\" cried Tom Reyes. Ana Lima nodded. \"Who was it?\" he asked.",
                &[("\"Yes!\"", Some("Tom Reyes")), ("\"Who was it?\"", Some("Tom Reyes"))],
            ),
        ]);
    }

    /// A quotation opening a paragraph after a line of narrative that opens
    /// with a description (`The stranger halted.`) does not simply go on
    /// with the last speaker, as one after a blank line does in news.
    #[test]
    fn described_line_cases() {
        check(&[
            (
                "a_described_line_stops_the_last_speaker_going_on",
                "\"Good night,\" said Tom Reyes.\n\nThe stranger halted and turned round.\n\n\"Now, sir, a word.\"",
                &[("\"Good night,\"", Some("Tom Reyes")), ("\"Now, sir, a word.\"", None)],
            ),
            (
                "a_named_line_gives_its_subject",
                "\"Good night,\" said Tom Reyes.\n\nAna Lima halted and turned round.\n\n\"Now, sir, a word.\"",
                &[("\"Good night,\"", Some("Tom Reyes")), ("\"Now, sir, a word.\"", Some("Ana Lima"))],
            ),
            (
                "without_a_line_between_the_speaker_goes_on",
                "\"Good night,\" said Tom Reyes.\n\n\"Now, a word.\"",
                &[("\"Good night,\"", Some("Tom Reyes")), ("\"Now, a word.\"", Some("Tom Reyes"))],
            ),
        ]);
    }

    /// A US party-and-state tag after a name (`, D-N.M.,`, `(R-Texas)`)
    /// gives the party as a role, so `the New Mexico Democrat` and `the
    /// Democrat` stand for that person; not when the description names
    /// another state than the tag's.
    #[test]
    fn party_tag_role_cases() {
        check(&[
            (
                "the_state_and_party",
                "Sen. Ana Lima, D-N.M., opposed it. Rep. Tom Reyes, R-Texas, backed it.\n\n\"No,\" said the New Mexico Democrat.",
                &[("\"No,\"", Some("Ana Lima"))],
            ),
            (
                "the_party_after_a_bracketed_tag",
                "Sen. Ana Lima (D-N.M.) opposed it. Rep. Tom Reyes (R-Texas) backed it.\n\n\"No,\" the Democrat said.",
                &[("\"No,\"", Some("Ana Lima"))],
            ),
            (
                "tokenised",
                "Sen. Ana Lima , D-N.M. , opposed it . Rep. Tom Reyes , R-Texas , backed it .\n\n\" No , \" said the Democrat .",
                &[("\" No , \"", Some("Ana Lima"))],
            ),
            // Counter-example: another state than the tag's.
            (
                "another_state",
                "Sen. Ana Lima, R-N.M., spoke first. Carl Linstrum led the chamber.\n\n\"Yes,\" the Kentucky Republican said.",
                &[("\"Yes,\"", Some("Carl Linstrum"))],
            ),
        ]);
    }

    /// Long roles, appositives and possessives around the name; `X of Org`
    /// trimmed to the name; titles; a role standing for the person the
    /// article gave it; a surname shared by two people.
    #[test]
    fn role_cases() {
        check(&[
            (
                "possessive_role_then_name",
                "\"We are ready,\" said Acme Corp's chief executive, Jane Doe, on Monday.",
                &[("\"We are ready,\"", Some("Jane Doe"))],
            ),
            (
                "a_persons_possessive_role_then_name",
                "Mayor Tom Beckett spoke. \"We will win,\" vowed Beckett's running mate, Lt. Gov. Sheila Brandt. \"Yes,\" said Beckett's press spokeswoman Ana Lima.",
                &[("\"We will win,\"", Some("Sheila Brandt")), ("\"Yes,\"", Some("Ana Lima"))],
            ),
            (
                "a_persons_possessive_role_over_of_then_name",
                "Sen. Tom Beckett spoke. \"He has not changed,\" said Beckett's chief of staff, Ana Lima.\n\nSen. Tom Beckett spoke. \"Call me,\" said Beckett's deputy head of policy, Maria Ruiz.\n\nSen. Tom Beckett spoke. \"No,\" said Beckett's view of Ana Lima.",
                &[
                    ("\"He has not changed,\"", Some("Ana Lima")),
                    ("\"Call me,\"", Some("Maria Ruiz")),
                    ("\"No,\"", Some("Tom Beckett")),
                ],
            ),
            (
                "a_public_office_no_one_was_given_is_the_passages_subject",
                "Sir Ana Lima said Britain stood ready. \"We will help,\" the prime minister told MPs.\n\nMaria Ruiz thanked the crowd. \"We won,\" the senator said.\n\nTom Reyes, the energy minister, arrived. Ana Lima spoke first. \"It is late,\" the minister said.\n\nTom Reyes spoke. \"It is over,\" the official said.",
                &[
                    ("\"We will help,\"", Some("Ana Lima")),
                    ("\"We won,\"", Some("Maria Ruiz")),
                    ("\"It is late,\"", Some("Tom Reyes")),
                    ("\"It is over,\"", None),
                ],
            ),
            (
                "an_employer_and_an_unlisted_role_before_the_name",
                "\"Wait,\" warned Harvard neurologist Ana Lima.\n\n\"Wait,\" said NASA administrator Tom Reyes.\n\n\"Wait,\" said Ana Lima yesterday.\n\n\"Wait,\" said Tom Reyes, a neurologist.",
                &[
                    ("\"Wait,\"", Some("Ana Lima")),
                    ("\"Wait,\"", Some("Tom Reyes")),
                    ("\"Wait,\"", Some("Ana Lima")),
                    ("\"Wait,\"", Some("Tom Reyes")),
                ],
            ),
            (
                "a_persons_possessive_role_then_name_as_subject",
                "Mayor Tom Beckett spoke.\n\nBeckett's spokeswoman, Jill Harmon, disputed that, saying he had \"listened.\"\n\nBeckett's longtime campaign manager, Ana Lima, shrugged and said it was \"noise.\"",
                &[("\"listened.\"", Some("Jill Harmon")), ("\"noise.\"", Some("Ana Lima"))],
            ),
            // Counter-examples: an object after a verb, or a name that is
            // no appositive, is not the role's person.
            (
                "a_persons_possessive_then_a_verb_and_its_object",
                "Mayor Tom Beckett spoke.\n\nBeckett's lawyers sued Ana Lima, calling the claims \"false.\"\n\nBeckett's allies disagreed, Ana Lima's aides said, and called it \"noise.\"",
                &[("\"false.\"", Some("Tom Beckett")), ("\"noise.\"", None)],
            ),
            (
                "a_name_no_lexicon_knows_in_apposition_to_a_description",
                "Ministers met. His Dutch counterpart, Eelco Hoekstra-Bos, said the plan was \"weak.\"\n\nMinisters met on Tuesday.\n\n\"It is weak,\" said the Dutch minister, Wopke Tjeenk-Vos.",
                &[("\"weak.\"", Some("Eelco Hoekstra-Bos")), ("\"It is weak,\"", Some("Wopke Tjeenk-Vos"))],
            ),
            // Counter-examples: a place, or a day, in apposition.
            (
                "a_place_or_a_day_in_apposition_is_no_speaker",
                "Ministers met. The capital, Paris, said the plan was \"weak.\"\n\n\"No,\" said an official, Wednesday.",
                &[("\"weak.\"", None), ("\"No,\"", None)],
            ),
            (
                "organisation_role_words_then_name",
                "\"It is a disgrace,\" said White House press secretary Jane Doe. \"No,\" said Kremlin foreign policy adviser Tom Reyes.",
                &[("\"It is a disgrace,\"", Some("Jane Doe")), ("\"No,\"", Some("Tom Reyes"))],
            ),
            (
                "a_name_before_a_role_is_whose_role_it_is",
                "\"It is over,\" said Obama adviser Tom Reyes. \"Not yet,\" said Merkel senior spokesman Ana Lima.",
                &[("\"It is over,\"", Some("Tom Reyes")), ("\"Not yet,\"", Some("Ana Lima"))],
            ),
            (
                "a_role_after_a_comma_is_the_name_before_it",
                "\"It is over,\" said Tom Reyes, adviser to Ana Lima. \"Not yet,\" said Ana Lima, a spokesman.",
                &[("\"It is over,\"", Some("Tom Reyes")), ("\"Not yet,\"", Some("Ana Lima"))],
            ),
            (
                "name_of_place_or_organisation_is_the_name",
                "Mayor Tom Reyes of New York said the city was \"at capacity.\" Jane Doe of the Heritage Foundation called it \"a gift.\"",
                &[("\"at capacity.\"", Some("Tom Reyes")), ("\"a gift.\"", Some("Jane Doe"))],
            ),
            (
                "organisation_named_over_of",
                "The Bank of England said rates were \"too high.\"\n\n\"We are watching,\" a spokesman for the Department of Homeland Security said.",
                &[("\"too high.\"", Some("Bank of England")), ("\"We are watching,\"", Some("Department of Homeland Security"))],
            ),
            (
                "described_by_origin_or_party_is_the_one_so_described",
                "Tom Reyes, a Texas Democrat, spoke after Ana Lima. \"No,\" said the Texas Democrat.",
                &[("\"No,\"", Some("Tom Reyes"))],
            ),
            (
                "described_by_origin_or_party_is_the_one_named_last",
                "Speaker Tom Reyes defended the bill. \"We did our job,\" the Louisiana Republican said.",
                &[("\"We did our job,\"", Some("Tom Reyes"))],
            ),
            (
                "an_age_or_origin_over_modifiers_is_whom_the_passage_is_about",
                "Ana Lima beat Tom Reyes in the final.\n\n\"I am happy,\" the 38-year-old Kenyan said.\n\nTom Reyes, in his second race, was pleased. \"I did not expect this,\" the 22-year-old said. \"Next year,\" said the fourth-seeded Croatian.",
                &[("\"I am happy,\"", Some("Ana Lima")), ("\"I did not expect this,\"", Some("Tom Reyes")), ("\"Next year,\"", Some("Tom Reyes"))],
            ),
            (
                "a_nationality_noun_after_the_is_whom_the_passage_is_about",
                "Tom Reyes leads by two shots after a round of 67 .\n\n\" The greens are fast , \" the Scot said .",
                &[("\" The greens are fast , \"", Some("Tom Reyes"))],
            ),
            (
                "a_role_after_a_places_possessive_is_no_place",
                "KYIV, March 3 (Reuters) - Ukraine's foreign minister said on Monday that Kyiv would not accept \"any deal that rewards aggression.\"\n\n\"We are ready,\" Foreign Minister Olena Kravets told reporters.\n\nRussia's objections were clear: \"No deal.\"",
                &[
                    ("\"any deal that rewards aggression.\"", Some("Olena Kravets")),
                    ("\"We are ready,\"", Some("Olena Kravets")),
                    ("\"No deal.\"", Some("Russia")),
                ],
            ),
            (
                "an_age_noun_is_whom_the_passage_is_about",
                "Ana Lima beat Jess Moore 6-3.\n\nMoore, 19, was pleased with her run. \"I'll take a lot from this,\" the teenager said.\n\nTom Reyes, 36, retired. \"It is time,\" said the veteran.\n\nTom Reyes spoke. \"No,\" the pensioner said.",
                &[
                    ("\"I'll take a lot from this,\"", Some("Jess Moore")),
                    ("\"It is time,\"", Some("Tom Reyes")),
                    ("\"No,\"", None),
                ],
            ),
            (
                "a_lone_nationality_or_a_compound_before_a_role_describes",
                "Coach Ana Lima was less pleased. \"We can improve,\" the German said.\n\nClub coach Tom Reyes said it \"lacked energy\". \"We must be honest,\" the Bosnian-born coach said.",
                &[("\"We can improve,\"", Some("Ana Lima")), ("\"lacked energy\"", Some("Tom Reyes")), ("\"We must be honest,\"", Some("Tom Reyes"))],
            ),
            (
                "an_age_before_a_person_noun_and_a_count_after_it",
                "When the floods came, Ana Lima was asleep.\n\n\"The water was at my knees,\" the 43-year-old mother of three said.\n\nTom Reyes carried a child. \"I could not see,\" the 50-year-old farmer said.",
                &[("\"The water was at my knees,\"", Some("Ana Lima")), ("\"I could not see,\"", Some("Tom Reyes"))],
            ),
            (
                "a_count_in_words_past_ten_after_a_parent",
                "When the floods came, Ana Lima was asleep.\n\n\"The water rose,\" the 43-year-old mother of eleven said.\n\nTom Reyes carried a child. \"I could not see,\" the 50-year-old father of twenty-one said.",
                &[("\"The water rose,\"", Some("Ana Lima")), ("\"I could not see,\"", Some("Tom Reyes"))],
            ),
            (
                "no_age_or_origin_of_anyone_named",
                "\"We did it,\" the 22-year-old said.\n\nTom Reyes spoke. \"No,\" said the German embassy. \"Never,\" the German government said. \"Go,\" the old man said.",
                &[("\"We did it,\"", None), ("\"No,\"", None), ("\"Never,\"", None), ("\"Go,\"", None)],
            ),
            (
                "a_statement_is_its_issuers",
                "The White House issued a veto threat. \"This bill would make it worse,\" the statement said.\n\nTom Reyes spoke. \"Yes,\" the statement said.",
                &[("\"This bill would make it worse,\"", Some("White House")), ("\"Yes,\"", None)],
            ),
            (
                "a_person_after_unlisted_words_opens_the_sentence",
                "Former Governor Raymond Castellano took the stage in Des Moines and spoke for an hour.\n\n\"We balanced the budget. We did not borrow.\n\n\"And we never raised taxes.\"\n\nAcme Corp opened a plant.\n\n\"Jobs matter.\"",
                &[
                    ("\"We balanced the budget. We did not borrow", Some("Raymond Castellano")),
                    ("\"And we never raised taxes.\"", Some("Raymond Castellano")),
                    ("\"Jobs matter.\"", None),
                ],
            ),
            (
                "of_two_given_a_role_the_one_named_last",
                "Sen. Laura Whitfield and Sen. Ben Carraway met on Wednesday.\n\nWhitfield, who has served since 2011, said she expected a vote. \"I'm an optimist,\" the senator said.\n\nCarraway left early. \"Not today,\" the senator said.\n\nGov. Ana Lima met Tom Reyes. Reyes spoke first. \"Yes,\" the governor said.",
                &[
                    ("\"I'm an optimist,\"", Some("Laura Whitfield")),
                    ("\"Not today,\"", Some("Ben Carraway")),
                    ("\"Yes,\"", Some("Ana Lima")),
                ],
            ),
            (
                "a_sides_coach_is_its_manager",
                "United manager Graham Doyle was pleased. \"He has something special,\" the coach said.\n\nHead coach Ana Lima spoke first. \"We were sloppy,\" the manager said.\n\nGeneral Manager Tom Reyes left. \"Fine,\" the director said.",
                &[
                    ("\"He has something special,\"", Some("Graham Doyle")),
                    ("\"We were sloppy,\"", Some("Ana Lima")),
                    ("\"Fine,\"", None),
                ],
            ),
            (
                "a_justice_is_the_judge_and_a_representative_the_congresswoman",
                "Justice Tom Reyes ruled on Monday. \"The appeal fails,\" the judge wrote.\n\nRep. Ana Lima spoke. \"We disagree,\" the congresswoman said. \"Go,\" the senator said.",
                &[("\"The appeal fails,\"", Some("Tom Reyes")), ("\"We disagree,\"", Some("Ana Lima")), ("\"Go,\"", None)],
            ),
            (
                "an_interviews_answers_are_its_interviewees",
                "Our reporter Tom Reyes met the architect Lena Morris, whose museum opens today. Morris is 58.\n\nQ: Why glass?\n\nA: \"Because light is free.\"\n\nQ: And the cost?\n\nA: \"Less than you think.\"\n\nTom Reyes: \"Thank you.\"",
                &[
                    ("\"Because light is free.\"", Some("Lena Morris")),
                    ("\"Less than you think.\"", Some("Lena Morris")),
                    ("\"Thank you.\"", Some("Tom Reyes")),
                ],
            ),
            (
                "answers_marked_as_initials",
                "Lena Morris, the architect, spoke to us.\n\nQ. Why glass?\n\nA. \"Because light is free.\"\n\nQ. And the cost?\n\nA. \"Less than you think.\"",
                &[("\"Because light is free.\"", Some("Lena Morris")), ("\"Less than you think.\"", Some("Lena Morris"))],
            ),
            // Counter-examples: an `A.` that is no answer (an initial in
            // a name, no question before it) names nobody.
            (
                "an_initial_before_any_question_is_no_answer",
                "Lena Morris spoke to us.\n\nA. \"Because light is free.\"",
                &[("\"Because light is free.\"", None)],
            ),
            (
                "an_answer_without_an_introduction_names_no_one",
                "A: \"Because light is free.\"\n\nGrade: A: \"Fine.\"",
                &[("\"Because light is free.\"", None), ("\"Fine.\"", None)],
            ),
            (
                "an_organisation_described_by_its_noun",
                "The Chamber of Commerce was critical. \"Shops will pay,\" the chamber said in a statement.\n\nOrvex Holdings reported a loss. \"It was hard,\" the company said.\n\nRussia protested. \"We object,\" the company said.\n\nThe Arts Council met. \"No comment,\" the committee said.\n\nTom Reyes spoke. \"Later,\" the firm said.\n\nThe Ministry of Defence declined. \"We do not comment,\" said the ministry.\n\nThe Bank of England met. \"Rates hold,\" said the bank spokesman.\n\nCoach Maria Lopez watched. \"We were sloppy,\" the coach said.\n\nThe Kenya Red Cross sent teams. \"We are there,\" the organisation said.\n\nTom Reyes spoke. \"Soon,\" the organization said.",
                &[
                    ("\"Shops will pay,\"", Some("Chamber of Commerce")),
                    ("\"It was hard,\"", Some("Orvex Holdings")),
                    ("\"We object,\"", None),
                    ("\"No comment,\"", None),
                    ("\"Later,\"", None),
                    ("\"We do not comment,\"", Some("Ministry of Defence")),
                    ("\"Rates hold,\"", None),
                    ("\"We were sloppy,\"", Some("Maria Lopez")),
                    ("\"We are there,\"", Some("Kenya Red Cross")),
                    ("\"Soon,\"", None),
                ],
            ),
            (
                "an_organisation_an_appositive_describes_by_its_noun",
                "The Harbour Party, the main opposition party, met on Monday.\n\nRain fell. \"We will win,\" the party said.\n\nThe Ostbank Workers, the country's largest rail union, struck. Trains stopped.\n\n\"We are firm,\" the union said.\n\nAna Lima, the head of the farmers' group, spoke. Rain fell.\n\n\"Enough,\" the group said.\n\nTom Reyes met the club. \"Fine,\" the club said.",
                &[
                    ("\"We will win,\"", Some("Harbour Party")),
                    ("\"We are firm,\"", Some("Ostbank Workers")),
                    ("\"Enough,\"", None),
                    ("\"Fine,\"", None),
                ],
            ),
            (
                "an_organisations_initials_are_its_name_spelled_out",
                "The Trades Union Congress called a strike. \"We are ready,\" the TUC said.\n\n\"It is late,\" the UN said.",
                &[("\"We are ready,\"", Some("Trades Union Congress")), ("\"It is late,\"", Some("UN"))],
            ),
            (
                "an_office_abbreviated_is_its_holder",
                "Chief Minister Ana Lima spoke in Kolkata. \"We will fight,\" the CM told reporters.\n\nPrime Minister Tom Reyes visited. \"We are ready,\" said the PM.",
                &[("\"We will fight,\"", Some("Ana Lima")), ("\"We are ready,\"", Some("Tom Reyes"))],
            ),
            ("an_office_no_one_holds_is_no_one", "\"No,\" the PM said.", &[("\"No,\"", None)]),
            (
                "a_role_with_an_origin_is_the_one_so_described",
                "Kenya's foreign minister, Ana Lima, met her Polish counterpart, Tom Reyes. \"We need aid,\" Lima said. \"Poland will deliver,\" the Polish minister said.",
                &[("\"We need aid,\"", Some("Ana Lima")), ("\"Poland will deliver,\"", Some("Tom Reyes"))],
            ),
            (
                "a_role_alone_is_the_one_given_it",
                "Kenya's foreign minister, Ana Lima, met her Polish counterpart, Tom Reyes. \"We need aid,\" the minister said.",
                &[("\"We need aid,\"", Some("Ana Lima"))],
            ),
            (
                "described_by_origin_at_a_sentence_start",
                "Tom Reyes defended the bill. The Texas Republican, who chairs the panel, called it \"absurd.\"",
                &[("\"absurd.\"", Some("Tom Reyes"))],
            ),
            (
                "an_appositive_role_ends_with_its_sentence",
                "Thune's counterpart, Senator Chuck Schumer, pushed back. \"Republicans blew it,\" he said.\n\nJim Jordan spoke next. \"Nobody is above the law,\" the Ohio Republican said.",
                &[("\"Republicans blew it,\"", Some("Chuck Schumer")), ("\"Nobody is above the law,\"", Some("Jim Jordan"))],
            ),
            ("mocked_reports_speech", "\"They can't handle it,\" Obama mocked.", &[("\"They can't handle it,\"", Some("Obama"))]),
            (
                "one_of_a_party_or_nation_is_unnamed",
                "Tom Reyes spoke first. \"It is over,\" another Democrat said. \"No,\" a Frenchman said. \"Maybe,\" one Republican told reporters.",
                &[("\"It is over,\"", None), ("\"No,\"", None), ("\"Maybe,\"", None)],
            ),
            ("a_party_is_no_description", "\"We won,\" the Republican Party said.", &[("\"We won,\"", Some("Republican Party"))]),
            ("organisation_then_no_role_speaks", "\"It is over,\" said Acme Corp late on Monday.", &[("\"It is over,\"", Some("Acme Corp"))]),
            (
                "name_then_long_role",
                "\"We are ready,\" said Jane Doe, the long-serving chief executive of Acme Corp, on Monday.",
                &[("\"We are ready,\"", Some("Jane Doe"))],
            ),
            (
                "description_then_name_in_apposition",
                "\"It is the only issue,\" said the state Republican Party’s finance chair, Lionel Abernathy-Cole, who has not endorsed anyone.",
                &[("\"It is the only issue,\"", Some("Lionel Abernathy-Cole"))],
            ),
            (
                "description_then_titled_name",
                "\"Cannot tell us,\" said the committee’s ranking member, Sen. Marcus Oyelaran-Whitby, D-Ore.",
                &[("\"Cannot tell us,\"", Some("Marcus Oyelaran-Whitby"))],
            ),
            (
                "name_of_place",
                "\"Water does not scare us,\" said Oleksandr Kravchuk of Ukraine, a diver.",
                &[("\"Water does not scare us,\"", Some("Oleksandr Kravchuk"))],
            ),
            (
                "name_of_organisation",
                "\"It is time,\" said Peter Hart of the Brookings Institution.",
                &[("\"It is time,\"", Some("Peter Hart"))],
            ),
            (
                "honorific_is_a_title",
                "\"Come here,\" said Master Edmund Carrow.\n\"Thank you,\" said Miss Alma Treadwell.",
                &[("\"Come here,\"", Some("Edmund Carrow")), ("\"Thank you,\"", Some("Alma Treadwell"))],
            ),
            (
                "councillor_is_a_title",
                "\"It is time,\" said Councillor Jane Morrow.",
                &[("\"It is time,\"", Some("Jane Morrow"))],
            ),
            (
                "role_stands_for_its_person",
                "Foreign Minister Sergei Lavrov met Tom Reyes.\n\"No,\" the minister said.",
                &[("\"No,\"", Some("Sergei Lavrov"))],
            ),
            ("role_nobody_was_given", "Tom Reyes arrived.\n\"No,\" the minister said.", &[("\"No,\"", None)]),
            (
                "kin_role_is_the_one_titled_so",
                "Mrs. Ana Morel called the boy in.\n“Dinner is ready,” said the mother.\n“Hush,” said my mother.",
                &[("“Dinner is ready,”", Some("Ana Morel")), ("“Hush,”", None)],
            ),
            (
                "kin_of_one_without_a_surname_is_the_one_titled_so",
                "Mary sat with Mrs. Ana Bennet.\n“Stop,” said her mother.",
                &[("“Stop,”", Some("Ana Bennet"))],
            ),
            ("kin_nobody_was_titled", "Mary sat down.\n“Stop,” said her mother.", &[("“Stop,”", None)]),
            (
                "abbreviated_title_is_the_role",
                "Dr. Ines Varga met Tom Reyes.\n\"Sit down,\" said the doctor.\n\"Go,\" said the general.",
                &[("\"Sit down,\"", Some("Ines Varga")), ("\"Go,\"", None)],
            ),
            (
                "name_right_after_the_description_speaks",
                "Ana Lima and Tom Reyes met.\n\"Late again,\" replied the poet Tom Reyes.\n\"Come,\" cried the voice of Ana Lima.\n\"No,\" said the boy with Ana Lima.",
                &[("\"Late again,\"", Some("Tom Reyes")), ("\"Come,\"", Some("Ana Lima")), ("\"No,\"", None)],
            ),
            (
                "shared_surname_is_the_nearest",
                "Joe Biden and Hunter Biden arrived. Hunter Biden spoke first.\n\"No,\" Mr. Biden said.",
                &[("\"No,\"", Some("Hunter Biden"))],
            ),
            (
                "shared_surname_is_the_nearest_of_the_titles_sex",
                "President Joe Hartley and his wife Jill Hartley came.\n\n\"We will stay,\" Mr. Hartley said.\n\nMrs. Hartley went to a shelter. \"They are brave,\" she said.",
                &[("\"We will stay,\"", Some("Joe Hartley")), ("\"They are brave,\"", Some("Jill Hartley"))],
            ),
            (
                "a_title_of_the_other_sex_is_not_the_one_full_name",
                "Peter Kronborg came in.\n\n\"She is asleep,\" said Mrs. Kronborg.\n\n\"Good,\" said Mr. Kronborg.",
                &[("\"She is asleep,\"", Some("Kronborg")), ("\"Good,\"", Some("Peter Kronborg"))],
            ),
            (
                "shared_surname_is_the_one_of_the_pronoun_s_sex",
                "\"I was stunned,\" said Paul Mercer. His wife, Karen Mercer, said little.\n\nMercer said it was not enough. \"We deserve answers,\" he said.",
                &[("\"I was stunned,\"", Some("Paul Mercer")), ("\"We deserve answers,\"", Some("Paul Mercer"))],
            ),
            (
                // A given name that tells no sex is passed over for one
                // that tells the pronoun's, and taken when none does.
                "shared_surname_of_the_pronoun_s_sex_over_an_untold_name",
                "\"I was stunned,\" said Paul Mercer. Kestro Mercer said little.\n\nMercer said it was not enough. \"We deserve answers,\" he said.",
                &[("\"I was stunned,\"", Some("Paul Mercer")), ("\"We deserve answers,\"", Some("Paul Mercer"))],
            ),
            (
                "shared_surname_of_an_untold_name_when_none_tells_the_sex",
                "Karen Mercer and Kestro Mercer came.\n\nMercer said it was not enough. \"We deserve answers,\" he said.",
                &[("\"We deserve answers,\"", Some("Kestro Mercer"))],
            ),
            (
                "a_school_s_title",
                "Principal Dana Whitfield defended the staff. \"We followed every procedure,\" Whitfield said.",
                &[("\"We followed every procedure,\"", Some("Dana Whitfield"))],
            ),
            (
                "title_with_surname",
                "Janet Yellen spoke.\n\"Yes,\" Ms. Yellen said.",
                &[("\"Yes,\"", Some("Janet Yellen"))],
            ),
        ]);
    }

    /// A quotation whose sentence names no speaker takes the next
    /// sentence's attribution, else the previous one's in its paragraph;
    /// a sentence without a speech verb names nobody, unless it goes on
    /// in the paragraph with a person as its subject (an action beat:
    /// `"Young!" Tom held the coat up.`); the next paragraph speaks for it
    /// only with a reporting verb (`Boris Johnson added`), not with what
    /// someone did (`Hale laughed`: a reaction to it).
    #[test]
    fn next_sentence_cases() {
        check(&[
            (
                "that_was_how",
                "\"We will fight on.\" That was how Boris Johnson put it.",
                &[("\"We will fight on.\"", Some("Boris Johnson"))],
            ),
            (
                "next_paragraph_opens_with_it",
                "Angela Merkel listened.\n\"We will fight on.\"\nBoris Johnson added that the vote was close.",
                &[("\"We will fight on.\"", Some("Boris Johnson"))],
            ),
            ("previous_sentence", "Then Ana Lima began again. \"I wonder.\"", &[("\"I wonder.\"", Some("Ana Lima"))]),
            (
                "that_was_the_source",
                "Tom Reyes spoke first.\n\n\"It is a bridge to nowhere.\" That was Sen. Rosalind Achebe-Marsh, who chairs the panel.",
                &[("\"It is a bridge to nowhere.\"", Some("Rosalind Achebe-Marsh"))],
            ),
            (
                "the_question_came_from",
                "Tom Reyes took questions.\n\n\"How many nurses will we lose?\" The question came from Denise Okafor-Lyle, a nurse.",
                &[("\"How many nurses will we lose?\"", Some("Denise Okafor-Lyle"))],
            ),
            (
                "previous_sentence_names_by_one_word",
                "Mohammad Rafiqul Islam, a mason, spoke. Rafiqul has worked here for 16 years. \"Since then, none.\"",
                &[("\"Since then, none.\"", Some("Mohammad Rafiqul Islam"))],
            ),
            (
                "a_capital_that_names_nobody",
                "Ana Lima left. Nobody has worked here since. \"Since then, none.\"",
                &[("\"Since then, none.\"", None)],
            ),
            ("no_speech_verb_names_nobody", "\"We won.\" Fans thanked Ana Lima.", &[("\"We won.\"", None)]),
            (
                "action_beat_after_names_the_speaker",
                "\"Young!\" Tom Reyes held the coat at arm's length.",
                &[("\"Young!\"", Some("Tom Reyes"))],
            ),
            (
                "news_line_after_names_the_speaker",
                "The insurer holds a million policies. \"It is a ticking bomb.\" Ms. Ana Lima has used the line all year.",
                &[("\"It is a ticking bomb.\"", Some("Ana Lima"))],
            ),
            ("a_beat_in_the_next_paragraph_is_not_this_one", "\"Young!\"\nTom Reyes held the coat.", &[("\"Young!\"", None)]),
            (
                "a_reaction_opening_the_next_paragraph_is_not_this_one",
                "\"You are wrong, Hale,\" said Tom Brandt.\n\"Then I was right.\"\n\"To that extent.\"\n\"It seems likely.\"\n\"Now, you will observe that he stayed.\"\nHale laughed as Tom Brandt leaned back.",
                &[
                    ("\"You are wrong, Hale,\"", Some("Tom Brandt")),
                    ("\"Then I was right.\"", Some("Hale")),
                    ("\"To that extent.\"", Some("Tom Brandt")),
                    ("\"It seems likely.\"", Some("Hale")),
                    ("\"Now, you will observe that he stayed.\"", Some("Tom Brandt")),
                ],
            ),
            ("a_beat_without_a_person_names_nobody", "\"Young!\" The coat was too small.", &[("\"Young!\"", None)]),
        ]);
    }

    /// A pronoun right after a quotation speaks for it whatever verb
    /// follows (`"…," she would sigh`, `"…," he grinned`), as `he said`
    /// does: the person it stands for; not a pronoun further on, nor one
    /// nobody named fits.
    #[test]
    fn pronoun_beat_cases() {
        check(&[
            (
                "she_would_sigh",
                "Ana Lima sat down by Carl Linstrum.\n\"I am so tired,\" she would sigh.",
                &[("\"I am so tired,\"", Some("Ana Lima"))],
            ),
            ("he_grinned", "Tom Reyes came in.\n\"Not again,\" he grinned.", &[("\"Not again,\"", Some("Tom Reyes"))]),
            // Counter-examples.
            (
                "a_pronoun_further_on",
                "Tom Reyes came in.\n\"Not again,\" the crowd roared as he left.",
                &[("\"Not again,\"", None)],
            ),
            ("nobody_fits", "Tom Reyes came in.\n\"Not again,\" she grinned.", &[("\"Not again,\"", None)]),
        ]);
    }

    /// A quotation after a colon that no reporting verb attributes is the
    /// words of the `he`/`she` before the colon, whatever the verb (`he
    /// shrugged: "…"`), of the one `His`/`Her` opening the sentence
    /// stands for, or of the one given the role after `the` (`The
    /// governor had a message:`); not when a person is named before, who
    /// speaks. So too for a quotation opening its paragraph or a list's
    /// item after a line ending in a colon, whose person speaks too.
    #[test]
    fn colon_pronoun_cases() {
        check(&[
            (
                "he_shrugged",
                "Ana Lima spoke first. Tom Reyes listened.\n\nAsked whether it would pass, he shrugged: \"Probably not.\"",
                &[("\"Probably not.\"", Some("Tom Reyes"))],
            ),
            (
                "she_had_a_message",
                "Ana Lima spoke first. Tom Reyes listened.\n\nThen she had a simple message: \"Vote.\"",
                &[("\"Vote.\"", Some("Ana Lima"))],
            ),
            (
                "her_answer_was_blunt",
                "Tom Reyes asked Ana Lima about the plan.\n\nHer answer was blunt: \"No.\"",
                &[("\"No.\"", Some("Ana Lima"))],
            ),
            (
                "a_role_after_the",
                "Governor Ana Lima met Tom Reyes.\n\nThe governor had a message: \"Vote.\"",
                &[("\"Vote.\"", Some("Ana Lima"))],
            ),
            (
                "a_numbered_list_after_a_line_ending_in_a_colon",
                "Governor Ana Lima met Tom Reyes.\n\nAmong the governor's promises:\n\n1. \"No new taxes.\"\n\n2. \"A nurse in every school.\"",
                &[("\"No new taxes.\"", Some("Ana Lima")), ("\"A nurse in every school.\"", Some("Ana Lima"))],
            ),
            (
                "a_paragraph_after_a_line_naming_its_speaker",
                "Ana Lima met Tom Reyes.\n\nReyes listed his demands:\n\n\"Pay us on time.\"",
                &[("\"Pay us on time.\"", Some("Tom Reyes"))],
            ),
            // Counter-examples: a person named before the pronoun speaks,
            // a pronoun nobody named fits names nobody, a line with no
            // subject gives nobody, and a possessive is no subject.
            (
                "a_line_with_no_subject",
                "Ana Lima met Tom Reyes.\n\nThe plan had three parts:\n\n1. \"Build.\"",
                &[("\"Build.\"", None)],
            ),
            (
                "a_possessive_in_the_line",
                "Ana Lima met Tom Reyes.\n\nThe crowd waved Tom Reyes's posters:\n\n- \"Build.\"",
                &[("\"Build.\"", None)],
            ),
            (
                "a_name_before_the_pronoun",
                "Ana Lima spoke first.\n\nTom Reyes turned to her: \"Why?\"",
                &[("\"Why?\"", Some("Tom Reyes"))],
            ),
            (
                "a_possessor_s_noun_in_apposition_to_a_name",
                "\"Build it,\" said Ana Lima.\n\nHer neighbour, Tom Reyes, disagreed: \"Wait.\"",
                &[("\"Build it,\"", Some("Ana Lima")), ("\"Wait.\"", Some("Tom Reyes"))],
            ),
            ("nobody_fits", "Tom Reyes came in.\n\nShe shrugged: \"Fine.\"", &[("\"Fine.\"", None)]),
            // A role in apposition to a person named after it: that
            // person, over a name before (`Opening a debate on Tom
            // Reyes's plan`) and however long the role; not a list of
            // names after the role, nor a role alone.
            (
                "a_role_in_apposition_to_a_name",
                "Opening a debate on Tom Reyes's plan, the prime minister, Ana Lima, had a message: \"Vote.\"",
                &[("\"Vote.\"", Some("Ana Lima"))],
            ),
            (
                "a_long_role_in_apposition",
                "The chief executive of the Rivers Trust, Ana Lima, took another view on Monday: \"Wait.\"",
                &[("\"Wait.\"", Some("Ana Lima"))],
            ),
            (
                "a_list_after_the_role_is_no_apposition",
                "Governor Rosa Kemp met the press. The governor, Ana Lima and Tom Reyes had one message: \"Vote.\"",
                &[("\"Vote.\"", Some("Rosa Kemp"))],
            ),
        ]);
    }

    /// A speaker who says who they are (`"I am Tom Reyes,"`, `"my name
    /// is …"`, `"call me …"`) is that person, over a
    /// description or a pronoun; the narrator saying so is named so. Not
    /// a name said as a possessive or further into the sentence, and not
    /// over a speaker named by the attribution.
    #[test]
    fn self_naming_cases() {
        check(&[
            (
                "i_am_over_a_description",
                "\"I am Tom Reyes,\" the boy said.",
                &[("\"I am Tom Reyes,\"", Some("Tom Reyes"))],
            ),
            (
                "my_name_is_over_a_pronoun",
                "Ana Lima met Rosa Kemp.\n\"My name is Rosa Kemp,\" she said.",
                &[("\"My name is Rosa Kemp,\"", Some("Rosa Kemp"))],
            ),
            ("call_me_alone", "\"Call me Tom Reyes.\"", &[("\"Call me Tom Reyes.\"", Some("Tom Reyes"))]),
            (
                "the_narrator_takes_the_name",
                "\"My name is Jim Hawkins,\" I said.\n\"Welcome,\" said Henry Curtis.\n\"Thanks,\" I said.",
                &[
                    ("\"My name is Jim Hawkins,\"", Some("Jim Hawkins")),
                    ("\"Welcome,\"", Some("Henry Curtis")),
                    ("\"Thanks,\"", Some("Jim Hawkins")),
                ],
            ),
            // Counter-examples.
            (
                "a_possessive_is_someone_else",
                "\"I am Tom Reyes's friend,\" the boy said.",
                &[("\"I am Tom Reyes's friend,\"", None)],
            ),
            (
                "a_name_further_in",
                "\"I am glad Tom Reyes came,\" said the boy.",
                &[("\"I am glad Tom Reyes came,\"", None)],
            ),
            (
                "a_named_speaker_stays",
                "\"I am Tom Reyes,\" said Carl Linstrum.",
                &[("\"I am Tom Reyes,\"", Some("Carl Linstrum"))],
            ),
        ]);
    }

    /// A pronoun's person has the sex of their own title before the
    /// entity's: `Mrs. Bennet` is no `he`, though `Mr. Bennet` shares her
    /// entity; and the two are two speakers (her `said she` after his
    /// line is no reply of his, given to the one he called).
    #[test]
    fn own_title_cases() {
        check(&[
            (
                "mrs_is_no_he",
                "Mr. Bennet left. Carl Linstrum came in. Mrs. Bennet sighed.\n\"Hush,\" he said.",
                &[("\"Hush,\"", Some("Carl Linstrum"))],
            ),
            (
                "mr_is_no_she",
                "Mrs. Bennet left. Ana Lima came in. Mr. Bennet sighed.\n\"Hush,\" she said.",
                &[("\"Hush,\"", Some("Ana Lima"))],
            ),
            (
                "mr_and_mrs_are_two_speakers",
                "Mrs. Bennet smiled.\n\"Now, Tom Reyes, you may go,\" said Mr. Bennet.\n\"What a father!\" said she.",
                &[("\"Now, Tom Reyes, you may go,\"", Some("Bennet")), ("\"What a father!\"", Some("Bennet"))],
            ),
            // Counter-example: the title fits.
            (
                "mrs_is_a_she",
                "Mr. Bennet left. Ana Lima came in. Mrs. Bennet sighed.\n\"Hush,\" she said.",
                &[("\"Hush,\"", Some("Bennet"))],
            ),
        ]);
    }

    /// A dialogue's turns alternate: an open turn is the one the turn before
    /// called by name, or the speaker of two turns before or after when the
    /// turn between is someone else, read forward and back over open turns;
    /// a line of narrative ends a dialogue; once that settles, a speaker
    /// known two turns away goes on over an open turn between (a
    /// two-party exchange with one party known). A reply's `he` read as the one
    /// who spoke the line before is the other one, unless that line goes
    /// on with narrative (whose subject the `he` may well be).
    #[test]
    fn alternation_cases() {
        check(&[
            (
                "read_back_from_the_first_names",
                "\"Where to?\"\n\"Home.\"\n\"Why?\" asked Tom Reyes.\n\"It is late,\" said Ana Lima.",
                &[
                    ("\"Where to?\"", Some("Tom Reyes")),
                    ("\"Home.\"", Some("Ana Lima")),
                    ("\"Why?\"", Some("Tom Reyes")),
                    ("\"It is late,\"", Some("Ana Lima")),
                ],
            ),
            (
                "over_someone_unnamed",
                "\"Where to?\" asked Tom Reyes.\n\"Home,\" said the driver.\n\"Why?\"\n\"It is late.\"",
                &[
                    ("\"Where to?\"", Some("Tom Reyes")),
                    ("\"Home,\"", None),
                    ("\"Why?\"", Some("Tom Reyes")),
                    ("\"It is late.\"", None),
                ],
            ),
            (
                "the_one_called_answers_an_unknown_caller",
                "\"You look tired, Ana Lima.\"\n\"I am.\"",
                &[("\"You look tired, Ana Lima.\"", None), ("\"I am.\"", Some("Ana Lima"))],
            ),
            (
                "a_pronoun_reply_after_a_line_of_dialogue_is_the_other_one",
                "Tom Reyes and Carl Linstrum sat down.\n\"It is late,\" said Tom Reyes.\n\"Not yet,\" he answered.",
                &[("\"It is late,\"", Some("Tom Reyes")), ("\"Not yet,\"", Some("Carl Linstrum"))],
            ),
            (
                "a_pronoun_after_a_line_going_on_with_narrative_is_the_same_one",
                "Tom Reyes and Carl Linstrum sat down.\n\"It is late,\" said Tom Reyes. He looked at the clock.\n\"Not yet,\" he said.",
                &[("\"It is late,\"", Some("Tom Reyes")), ("\"Not yet,\"", Some("Tom Reyes"))],
            ),
            (
                "one_party_known_goes_on_every_other_turn",
                "\"What is up, Tom Reyes?\"\n\"We move.\"\n\"How do you know?\"\n\"Believe me or not.\"",
                &[
                    ("\"What is up, Tom Reyes?\"", None),
                    ("\"We move.\"", Some("Tom Reyes")),
                    ("\"How do you know?\"", None),
                    ("\"Believe me or not.\"", Some("Tom Reyes")),
                ],
            ),
            (
                "one_known_turn_alone_names_no_other",
                "\"Hi.\"\n\"Hello,\" said Tom Reyes.\n\"Bye.\"",
                &[("\"Hi.\"", None), ("\"Hello,\"", Some("Tom Reyes")), ("\"Bye.\"", None)],
            ),
            (
                "narrative_ends_the_dialogue",
                "\"Where to?\"\nThe rain fell.\n\"Why?\" asked Tom Reyes.\n\"It is late,\" said Ana Lima.",
                &[("\"Where to?\"", None), ("\"Why?\"", Some("Tom Reyes")), ("\"It is late,\"", Some("Ana Lima"))],
            ),
        ]);
    }

    /// Vocatives: a turn a description or a pronoun gives to someone the
    /// text does not name is the person the turn before calls by name,
    /// else the one the turn after calls (who was spoken to, answers or
    /// was answered), unless that one is of the other sex; a name the
    /// speaker says as an answer (`"Pip, sir."`, a name as a sentence of
    /// its own) calls nobody; a speaker named stays.
    #[test]
    fn vocative_cases() {
        check(&[
            (
                "an_unnamed_reply_is_the_one_called",
                "\"It is time you worked, Tom Reyes,\" said Ana Lima.\n\"What can I do?\" replied he.",
                &[("\"It is time you worked, Tom Reyes,\"", Some("Ana Lima")), ("\"What can I do?\"", Some("Tom Reyes"))],
            ),
            (
                "a_description_is_the_one_the_answer_calls",
                "Ana Lima came in.\n\"You waste your chances,\" said my sister-in-law.\n\"My dear Rose Reyes,\" I answered.",
                &[("\"You waste your chances,\"", Some("Rose Reyes")), ("\"My dear Rose Reyes,\"", None)],
            ),
            (
                "the_one_called_answers_as_a_description",
                "\"Tom Reyes, come here,\" said Ana Lima.\n\"Coming,\" said the boy.",
                &[("\"Tom Reyes, come here,\"", Some("Ana Lima")), ("\"Coming,\"", Some("Tom Reyes"))],
            ),
            (
                "a_description_of_the_other_sex_is_not_the_one_called",
                "\"Tom Reyes, come here,\" said Ana Lima.\n\"Coming,\" said the girl.",
                &[("\"Tom Reyes, come here,\"", Some("Ana Lima")), ("\"Coming,\"", None)],
            ),
            (
                "a_named_speaker_stays",
                "\"Tom Reyes, come here,\" said Ana Lima.\n\"Coming,\" said Carl Linstrum.",
                &[("\"Tom Reyes, come here,\"", Some("Ana Lima")), ("\"Coming,\"", Some("Carl Linstrum"))],
            ),
            (
                "a_name_given_as_an_answer_calls_nobody",
                "\"Your name?\" said the man.\n\"Pip, sir.\"\n\"Again,\" said the man.\n\"Pip. Pip, sir.\"",
                &[("\"Your name?\"", None), ("\"Pip, sir.\"", None), ("\"Again,\"", None), ("\"Pip. Pip, sir.\"", None)],
            ),
        ]);
    }

    /// A pronoun that names nobody as the subject of a reporting verb
    /// (`somebody exclaimed`, `someone said`, `somebody else inquired`) gives the quotation to
    /// someone unnamed, not to the person named last; as an object
    /// (`said to someone`), in the quotation (`"Hello, everybody"`) or as the
    /// subject of narrative (`Everyone laughed.`) it changes nothing.
    #[test]
    fn indefinite_subject_cases() {
        check(&[
            (
                "somebody_exclaimed_is_nobody_named",
                "Tom Reyes stood by the fire.\n\"Tell us more!\" somebody exclaimed.",
                &[("\"Tell us more!\"", None)],
            ),
            (
                "somebody_else_is_nobody_named_either",
                "Tom Reyes stood by the fire.\n\"Go on!\" somebody else exclaimed.",
                &[("\"Go on!\"", None)],
            ),
            (
                "someone_as_the_object_changes_nothing",
                "\"Yes,\" Tom Reyes said to someone at the back.",
                &[("\"Yes,\"", Some("Tom Reyes"))],
            ),
            (
                "everybody_in_the_quotation_changes_nothing",
                "\"Hello, everybody,\" said Tom Reyes.",
                &[("\"Hello, everybody,\"", Some("Tom Reyes"))],
            ),
            (
                "everyone_in_narrative_changes_nothing",
                "Tom Reyes stood by the fire. Everyone laughed.\n\"Go on,\" he said.",
                &[("\"Go on,\"", Some("Tom Reyes"))],
            ),
        ]);
    }

    /// A speaker a description names (`said the old man`, `the doctor
    /// said`), or the subject of narrative it makes (`The old man arose.`,
    /// `the senator was dismissive`,
    /// not an object: `shook the old man's hand`), is a participant of the scene: a later `he`/`she` that fits
    /// the sex its noun tells stands for that one (the person a role
    /// stands for, else nobody named) rather than for someone named
    /// before it; a description that tells neither who nor which sex
    /// (`the official`) leaves the pronoun to the people named.
    #[test]
    fn description_cases() {
        check(&[
            (
                "unnamed_man_then_he",
                "Tom Reyes sat by the fire.\n\"Cold night,\" said the old man.\nHe poked the coals. \"Colder tomorrow,\" he said.",
                &[("\"Cold night,\"", None), ("\"Colder tomorrow,\"", None)],
            ),
            (
                "unnamed_woman_then_she",
                "Ana Lima waited at the gate.\n\"Tickets,\" said the woman at the desk.\n\"Next,\" she said.",
                &[("\"Tickets,\"", None), ("\"Next,\"", None)],
            ),
            (
                "role_stands_for_a_person_then_she",
                "Dr. Ines Varga met Ana Lima.\nAna Lima sat down.\n\"Breathe,\" said the doctor.\nThe room was quiet. \"Again,\" she said.",
                &[("\"Breathe,\"", Some("Ines Varga")), ("\"Again,\"", Some("Ines Varga"))],
            ),
            (
                "description_of_the_other_sex_is_passed_over",
                "Ana Lima stood at the door.\n\"Come in,\" said the man.\n\"Thank you,\" she said.",
                &[("\"Come in,\"", None), ("\"Thank you,\"", Some("Ana Lima"))],
            ),
            (
                "description_without_sex_or_person_is_passed_over",
                "Dmitry Peskov spoke on Monday.\nThe official said talks were \"unlikely\".\n\"We are ready,\" he said.",
                &[("\"unlikely\"", None), ("\"We are ready,\"", Some("Dmitry Peskov"))],
            ),
            (
                "an_indefinite_description_is_someone_new",
                "Tom Reyes said the fog came. \"It was fine,\" Reyes said.\n\nThe road was closed. A police spokesman said an inquiry was open. \"We are looking at speed,\" he said.",
                &[("\"It was fine,\"", Some("Tom Reyes")), ("\"We are looking at speed,\"", None)],
            ),
            (
                "an_indefinite_description_with_capitals_is_someone_new",
                "Ana Lima spoke first.\nA White House official said the plan was dead. \"It is over,\" she said.",
                &[("\"It is over,\"", None)],
            ),
            (
                "an_indefinite_description_further_back_leaves_the_named_speaker",
                "A spokesman said talks were over.\n\nTom Reyes disagreed on Friday. \"We are ready,\" he said.",
                &[("\"We are ready,\"", Some("Tom Reyes"))],
            ),
            (
                "a_description_as_the_subject_of_narrative_is_the_one_meant",
                "Tom Reyes came in. The old man arose from his seat.\n\"Sit,\" said he.",
                &[("\"Sit,\"", None)],
            ),
            (
                "a_role_as_the_subject_of_narrative_is_the_person_given_it",
                "Dr. Ines Varga met Ana Lima.\nAna Lima sat down. The doctor came back with her bag. \"Ready,\" she announced.",
                &[("\"Ready,\"", Some("Ines Varga"))],
            ),
            (
                "a_role_as_the_subject_of_an_auxiliary_is_the_person_given_it",
                "House Speaker Mike Danforth spoke. Sen. Chuck Albers praised the move.\n\nAsked about the threat, the speaker was dismissive. \"Go ahead,\" he said.",
                &[("\"Go ahead,\"", Some("Mike Danforth"))],
            ),
            (
                "a_description_without_sex_or_person_before_an_auxiliary_is_passed_over",
                "Dmitry Peskov spoke on Monday.\nThe official was cautious. \"We are ready,\" he said.",
                &[("\"We are ready,\"", Some("Dmitry Peskov"))],
            ),
            (
                "a_description_as_an_object_is_no_subject",
                "Tom Reyes shook the old man by the hand.\n\"Welcome,\" he said.",
                &[("\"Welcome,\"", Some("Tom Reyes"))],
            ),
            (
                "a_person_named_after_the_description_is_nearer",
                "\"Halt,\" said the old man.\nTom Reyes stepped forward. \"Why?\" he asked.",
                &[("\"Halt,\"", None), ("\"Why?\"", Some("Tom Reyes"))],
            ),
        ]);
    }

    /// `his wife`, `her husband`, `his lady`, `her father`: the person of
    /// the possessor's family by title and surname, the possessor being
    /// whom `his`/`her` stands for, else the one the quotation calls by
    /// name; a possessor named by a given name alone names no family, and
    /// a sister or a son goes unnamed. A `she` nobody named stands for, a
    /// turn or two on, is the one a kinship word named (`returned she`).
    #[test]
    fn kin_cases() {
        check(&[
            (
                "his_wife",
                "Mr. Ogden Pett sat down.\n\"Is it late?\" asked his wife.",
                &[("\"Is it late?\"", Some("Mrs. Pett"))],
            ),
            (
                "her_husband_before_the_verb",
                "Mrs. Alma Treadwell looked up. \"Ten years,\" her husband said.",
                &[("\"Ten years,\"", Some("Mr. Treadwell"))],
            ),
            (
                "the_one_spoken_to_is_the_possessor",
                "\"My dear Mr. Pett,\" said his lady, \"you are late.\"",
                &[("\"My dear Mr. Pett,\"", Some("Mrs. Pett")), ("\"you are late.\"", Some("Mrs. Pett"))],
            ),
            (
                "a_given_name_names_no_family",
                "Kitty came in.\n\"It is late,\" said her mother.",
                &[("\"It is late,\"", None)],
            ),
            (
                "a_sister_goes_unnamed",
                "Mr. Ogden Pett sat down.\n\"It is late,\" said his sister.",
                &[("\"It is late,\"", None)],
            ),
            // A `she` nobody named stands for is the one a kinship word
            // named a turn before; not a `he`.
            (
                "a_pronoun_nobody_named_is_the_kin_before",
                "\"My dear Mr. Pett,\" said his lady, \"you are late.\"\nMr. Pett replied that he was not.\n\"But you are,\" returned she.",
                &[
                    ("\"My dear Mr. Pett,\"", Some("Mrs. Pett")),
                    ("\"you are late.\"", Some("Mrs. Pett")),
                    ("\"But you are,\"", Some("Mrs. Pett")),
                ],
            ),
            (
                "counter_a_pronoun_of_the_other_sex",
                "\"My dear Mr. Pett,\" said his lady, \"you are late.\"\nThe boy shrugged.\n\"But I am not,\" returned he.",
                &[
                    ("\"My dear Mr. Pett,\"", Some("Mrs. Pett")),
                    ("\"you are late.\"", Some("Mrs. Pett")),
                    ("\"But I am not,\"", None),
                ],
            ),
        ]);
    }

    /// Fiction and dialogue: the speaker after a quotation mid-paragraph
    /// goes on; a turn of its own answers the one before (the other
    /// speaker, the one called by name); a narrative line names who
    /// speaks next, even at the end of the turn before when it names
    /// them (`Carl stepped forward.`), not by `he`/`she`; a `he` goes on
    /// past a sentence that `he` opens (`As he entered his eyes fell on
    /// Holmes's stick`) to the one named before, unless that clause is
    /// set off before the name it looks forward to (`Asked whether he
    /// would run, X smiled`); pronouns by gender; the narrator by the name the
    /// dialogue calls them.
    #[test]
    fn dialogue_cases() {
        check(&[
            ("goes_on_in_the_paragraph", "\"Go away,\" said Elizabeth Bennet. \"Now.\"", &[("\"Go away,\"", Some("Elizabeth Bennet")), ("\"Now.\"", Some("Elizabeth Bennet"))]),
            ("turns_alternate", "\"Where to?\" asked Tom Reyes.\n\"Home,\" said Ana Lima.\n\"Why?\"\n\"It is late.\"", &[
                ("\"Where to?\"", Some("Tom Reyes")), ("\"Home,\"", Some("Ana Lima")), ("\"Why?\"", Some("Tom Reyes")), ("\"It is late.\"", Some("Ana Lima")),
            ]),
            ("vocative_is_no_speaker", "\"Tom, come here,\" said Aunt Polly.", &[("\"Tom, come here,\"", Some("Aunt Polly"))]),
            ("the_one_called_answers", "\"Tom Reyes, come here,\" said Ana Lima.\n\"Coming!\"", &[("\"Tom Reyes, come here,\"", Some("Ana Lima")), ("\"Coming!\"", Some("Tom Reyes"))]),
            ("news_paragraphs_go_on", "\"One,\" Hakan Fidan said.\n\n\"Two.\"", &[("\"One,\"", Some("Hakan Fidan")), ("\"Two.\"", Some("Hakan Fidan"))]),
            (
                "a_name_ending_the_turn_before_speaks_next",
                "\"Tom Reyes! Tom Reyes!\" cried Ana Lima. Carl Linstrum stepped forward.\n\"He is asleep.\"",
                &[("\"Tom Reyes! Tom Reyes!\"", Some("Ana Lima")), ("\"He is asleep.\"", Some("Carl Linstrum"))],
            ),
            (
                "a_pronoun_ending_the_turn_before_leaves_the_reply",
                "\"Tom Reyes!\" cried Ana Lima. She sat down.\n\"Yes?\"",
                &[("\"Tom Reyes!\"", Some("Ana Lima")), ("\"Yes?\"", Some("Tom Reyes"))],
            ),
            (
                // `she said` read as the last turn's speaker: the other one
                // answers, never one known by the other sex.
                "a_pronoun_s_reply_is_no_one_of_the_other_sex",
                "Ana Lima and Mary Stone smiled at Tom Reyes.\n\"Ready?\" she asked.\n\"Yes,\" she said.",
                &[("\"Ready?\"", Some("Ana Lima")), ("\"Yes,\"", Some("Mary Stone"))],
            ),
            (
                "a_pronoun_s_reply_is_the_other_one_of_its_sex",
                "Tom Reyes nodded to Carl Linstrum and Ana Lima.\n\"Ready?\" he asked.\n\"Yes,\" he said.",
                &[("\"Ready?\"", Some("Tom Reyes")), ("\"Yes,\"", Some("Carl Linstrum"))],
            ),
            (
                "counter_no_other_one_of_the_pronoun_s_sex",
                "Ana Lima smiled at Tom Reyes.\n\"Ready?\" she asked.\n\"Yes,\" she said.",
                &[("\"Ready?\"", Some("Ana Lima")), ("\"Yes,\"", Some("Ana Lima"))],
            ),
            (
                // The subject of the line before speaks, unless the turn
                // calls that person by name.
                "the_one_a_turn_calls_is_not_its_speaker",
                "\"Mind your manners,\" observed Amy Marsh.\nJo kicked off her shoes, put her feet on the table, and began to hum.\n\"Stop it, Jo. That is so rude!\"",
                &[("\"Mind your manners,\"", Some("Amy Marsh")), ("\"Stop it, Jo. That is so rude!\"", Some("Amy Marsh"))],
            ),
            (
                "counter_the_one_the_line_before_names_speaks",
                "\"Mind your manners,\" observed Amy Marsh.\nJo kicked off her shoes, put her feet on the table, and began to hum.\n\"Leave me alone, Amy.\"",
                &[("\"Mind your manners,\"", Some("Amy Marsh")), ("\"Leave me alone, Amy.\"", Some("Jo"))],
            ),
            ("narrative_line_names_the_speaker", "Peter Pett came in. Ogden Ford looked up.\nMr. Pett was sniffing suspiciously.\n\"You have been smoking.\"", &[("\"You have been smoking.\"", Some("Peter Pett"))]),
            (
                "news_narrative_paragraph_then_quotation_over_paragraphs",
                "Douglas Mercer answered at length.\n\n\"It is not perfect.\n\n\"But I voted for the clinics.\n\n\"So come to my office.\"",
                &[
                    ("\"It is not perfect", Some("Douglas Mercer")),
                    ("\"But I voted for the clinics", Some("Douglas Mercer")),
                    ("\"So come to my office.\"", Some("Douglas Mercer")),
                ],
            ),
            (
                "name_before_a_role_and_a_name_is_no_subject",
                "Red Star coach Milorad Pešić blamed the pitch. \"You cannot play here,\" he told reporters.",
                &[("\"You cannot play here,\"", Some("Milorad Pešić"))],
            ),
            ("pronoun_by_gender", "Ana Lima opened her door. Tom Reyes shook his head.\n\"Come in,\" she said.", &[("\"Come in,\"", Some("Ana Lima"))]),
            (
                "a_pronoun_subject_goes_on_past_a_name_later_in_its_sentence",
                "Tom Reyes came in with his stick. As he entered his eyes fell upon the hat in Carl Linstrum's hand, and he ran to it.\n\"I am so glad,\" said he.",
                &[("\"I am so glad,\"", Some("Tom Reyes"))],
            ),
            (
                "a_pronoun_in_a_clause_set_off_before_the_subject_looks_forward",
                "Tom Reyes spoke first. \"Yes!\"\n\nAsked whether he would run, Senate Majority Leader Carl Linstrum smiled. \"No,\" he said.",
                &[("\"Yes!\"", Some("Tom Reyes")), ("\"No,\"", Some("Carl Linstrum"))],
            ),
            (
                "a_pronoun_in_a_clause_set_off_before_another_subject_goes_on",
                "Tom Reyes came in. As he entered, the clerk saw Carl Linstrum's hat.\n\"I am so glad,\" said he.",
                &[("\"I am so glad,\"", Some("Tom Reyes"))],
            ),
            (
                "a_name_as_the_subject_is_still_the_one",
                "Tom Reyes came in. Carl Linstrum took the hat.\n\"I am so glad,\" said he.",
                &[("\"I am so glad,\"", Some("Carl Linstrum"))],
            ),
            ("pronoun_without_a_name", "\"No,\" he said.", &[("\"No,\"", None)]),
            ("pronoun_by_the_given_name", "Alexandra Bergson met Carl Linstrum.\n\"Wait,\" he said.", &[("\"Wait,\"", Some("Carl Linstrum"))]),
            ("given_name_of_either_sex_tells_nothing", "Leslie Morrow met Carl Linstrum.\n\"Wait,\" she said.", &[("\"Wait,\"", Some("Leslie Morrow"))]),
            (
                "in_one_sentence_the_one_whose_sex_fits_first",
                "Kitty Reyes met Carl Linstrum.\n\"Wait,\" he said.",
                &[("\"Wait,\"", Some("Carl Linstrum"))],
            ),
            (
                "a_nearer_sentence_still_comes_first",
                "Carl Linstrum left. Dr. Oyelaran Achebe arrived.\n\"Wait,\" he said.",
                &[("\"Wait,\"", Some("Oyelaran Achebe"))],
            ),
            ("title_outweighs_the_given_name", "Mrs. Carl Bergson met John Linstrum.\n\"Wait,\" she said.", &[("\"Wait,\"", Some("Carl Bergson"))]),
            ("narrator_named_by_the_dialogue", "\"You look well, Jim Hawkins,\" said Sherlock Holmes.\n\"Thank you,\" I said.\n\"Tell me, Jim Hawkins.\"\n\"Seven!\" I answered.", &[
                ("\"You look well, Jim Hawkins,\"", Some("Sherlock Holmes")), ("\"Thank you,\"", Some("Jim Hawkins")), ("\"Tell me, Jim Hawkins.\"", Some("Sherlock Holmes")), ("\"Seven!\"", Some("Jim Hawkins")),
            ]),
            ("narrator_unnamed", "\"Go,\" I said.", &[("\"Go,\"", None)]),
            ("narrator_answers_with_their_name", "\"Your name?\" said the man.\n\"Jim Hawkins, sir,\" I said.", &[
                ("\"Your name?\"", None), ("\"Jim Hawkins, sir,\"", Some("Jim Hawkins")),
            ]),
            ("narrator_answering_by_name_alone_then_again", "\"Your name?\" said the man.\n\"Jim Hawkins.\"\n\"Where do you live?\" said the man.\n\"There, sir,\" I said.", &[
                ("\"Your name?\"", None), ("\"Jim Hawkins.\"", Some("Jim Hawkins")), ("\"Where do you live?\"", None), ("\"There, sir,\"", Some("Jim Hawkins")),
            ]),
            ("narrator_calling_someone_is_not_named_so", "\"Jim Hawkins, come here!\" I said.", &[("\"Jim Hawkins, come here!\"", None)]),
            ("narrator_answers_after_a_line_of_narrative", "\"Sit,\" said Henry Curtis. \"And now, Jim Hawkins, tell us.\"\nI lit my pipe before answering.\n\"Gladly,\" I said.", &[
                ("\"Sit,\"", Some("Henry Curtis")), ("\"And now, Jim Hawkins, tell us.\"", Some("Henry Curtis")), ("\"Gladly,\"", Some("Jim Hawkins")),
            ]),
            ("narrator_far_from_the_call_stays_unnamed", "\"And now, Jim Hawkins, tell us,\" said Henry Curtis.\nThe fire fell.\nThe wind rose.\nThe clock struck.\nThe dog slept.\n\"Gladly,\" I said.", &[
                ("\"And now, Jim Hawkins, tell us,\"", Some("Henry Curtis")), ("\"Gladly,\"", None),
            ]),
            ("a_nickname_in_narrative_is_no_turn", "I am Jim Hawkins, called by the crew ‘Cabin-boy’ for short.\n\"Tell me, Jim Hawkins.\"\n\"Seven!\" I answered.", &[
                ("‘Cabin-boy’", Some("Jim Hawkins")), ("\"Tell me, Jim Hawkins.\"", None), ("\"Seven!\"", Some("Jim Hawkins")),
            ]),
            ("narrator_called_mid_quotation", "\"Well, tell me at once, Jim Hawkins, what you saw.\"\n\"A ship,\" I said.", &[
                ("\"Well, tell me at once, Jim Hawkins, what you saw.\"", None), ("\"A ship,\"", Some("Jim Hawkins")),
            ]),
            ("a_list_calls_nobody", "\"I saw Tom Reyes, Ana Lima, and the rest.\"\n\"Good,\" I said.", &[
                ("\"I saw Tom Reyes, Ana Lima, and the rest.\"", None), ("\"Good,\"", None),
            ]),
            (
                "pronoun_is_not_the_one_spoken_to",
                "Howard Archie opened the door. Peter Kronborg came in.\n\"Have a seat, Peter Kronborg,\" he said.",
                &[("\"Have a seat, Peter Kronborg,\"", Some("Howard Archie"))],
            ),
            ("narrator_inverted_at_the_end", "\"Go,\" said I.", &[("\"Go,\"", None)]),
            ("one_who_speaks_by_name_is_no_narrator", "\"Ready, John Good?\" said Henry Curtis.\n\"Yes,\" I said.\n\"Ditto,\" said John Good.", &[
                ("\"Ready, John Good?\"", Some("Henry Curtis")), ("\"Yes,\"", None), ("\"Ditto,\"", Some("John Good")),
            ]),
        ]);
    }

    /// A description with an indefinite determiner (`a`, `an`,
    /// `another`, `one`) brings someone new into the story, whom the
    /// article does not name: never a person named before in that role,
    /// nor the place or organisation that describes them (`a federal judge
    /// in Texas`, `a White House official`). A definite role is still the
    /// person given it, and an organisation's document its words.
    #[test]
    fn indefinite_description_cases() {
        check(&[
            ("a_role_after_the_verb", "Sen. Tom Reyes spoke. The plan is \"done,\" said a Democratic senator.", &[("\"done,\"", None)]),
            ("another_role_before_the_verb", "Sen. Tom Reyes spoke.\n\nThe plan is \"done,\" another senator said.", &[("\"done,\"", None)]),
            ("one_of_many", "Sen. Tom Reyes spoke. \"It is done,\" one senator said.", &[("\"It is done,\"", None)]),
            ("counter_the_role_is_the_one_given_it", "Sen. Tom Reyes spoke. \"It is done,\" the senator said.", &[("\"It is done,\"", Some("Tom Reyes"))]),
            (
                "a_judge_in_a_place_is_no_place",
                "Judge Ana Lima called the rule \"wrong.\"\n\nLast month, a federal judge in Texas called a similar rule \"unlawful.\"",
                &[("\"wrong.\"", Some("Ana Lima")), ("\"unlawful.\"", None)],
            ),
            (
                "another_judge_does_not_go_on_with_the_last_speaker",
                "Judge Ana Lima called the rule \"wrong.\"\n\nThe ruling is a setback. Later, another judge called a similar rule \"unlawful.\"",
                &[("\"wrong.\"", Some("Ana Lima")), ("\"unlawful.\"", None)],
            ),
            ("counter_an_embassy_in_a_place", "The U.S. Embassy in Beijing said the visit was \"productive.\"", &[("\"productive.\"", Some("U.S. Embassy"))]),
            ("according_to_a_described_official", "Tom Reyes spoke. \"It is done,\" according to a White House official.", &[("\"It is done,\"", None)]),
            (
                "according_to_a_described_aide_opening_the_sentence",
                "Tom Reyes spoke. According to a senior Republican aide, a vote could come \"as early as next week.\"",
                &[("\"as early as next week.\"", None)],
            ),
            (
                "counter_according_to_an_organisation_s_document",
                "Tom Reyes spoke. \"We are out of cash,\" according to an internal Acme memo.",
                &[("\"We are out of cash,\"", Some("Acme"))],
            ),
            (
                "counter_according_to_a_described_official_named_after",
                "Tom Reyes spoke. \"It is done,\" according to a White House spokeswoman, Ana Lima.",
                &[("\"It is done,\"", Some("Ana Lima"))],
            ),
        ]);
    }

    /// `‹Name› of ‹Organisation›` is the person, over an organisation's
    /// own `of`, `for` and an `and` after one; an organisation alone keeps
    /// its whole name.
    #[test]
    fn person_of_organisation_cases() {
        check(&[
            (
                "person_of_a_name_holding_of",
                "Tom Reyes of the Lagos Chamber of Commerce said firms were \"bleeding money.\"",
                &[("\"bleeding money.\"", Some("Tom Reyes"))],
            ),
            (
                "person_of_a_name_holding_for",
                "Ana Lima of the Center for Clean Rivers said it was \"a disaster.\"",
                &[("\"a disaster.\"", Some("Ana Lima"))],
            ),
            (
                "person_of_a_place",
                "Mayor Ana Lima of Boston said it was \"a disaster.\"",
                &[("\"a disaster.\"", Some("Ana Lima"))],
            ),
            (
                "counter_an_organisation_holding_of",
                "The Bank of England said it was \"a disaster.\"",
                &[("\"a disaster.\"", Some("Bank of England"))],
            ),
            (
                "counter_an_organisation_holding_of_and_and",
                "Tom Reyes left. The Department of Health and Human Services said it was \"a disaster.\"",
                &[("\"a disaster.\"", Some("Department of Health and Human Services"))],
            ),
        ]);
    }

    /// `said Lin's colleague, pollster David Rowe`: after a possessive's
    /// role and a comma, the name may have a role of its own before it,
    /// with or without `the`; the one named speaks, not the possessive.
    #[test]
    fn possessive_role_then_own_role_cases() {
        check(&[
            (
                "own_role_after_the_comma",
                "Amy Lin spoke. \"It is a distraction,\" said Lin's colleague, pollster David Rowe.",
                &[("\"It is a distraction,\"", Some("David Rowe"))],
            ),
            (
                "own_role_with_the",
                "Amy Lin spoke. \"It is a distraction,\" said Lin's colleague, the pollster David Rowe.",
                &[("\"It is a distraction,\"", Some("David Rowe"))],
            ),
            (
                "as_the_subject",
                "Amy Lin spoke. Lin's colleague, pollster David Rowe, called it \"a distraction.\"",
                &[("\"a distraction.\"", Some("David Rowe"))],
            ),
            (
                "counter_a_clause_after_the_comma_names_no_one_in_apposition",
                "Amy Lin spoke. Lin's colleague, who met David Rowe, called it \"a distraction.\"",
                &[("\"a distraction.\"", Some("Amy Lin"))],
            ),
        ]);
    }

    /// `"…," said the State Department`: an organisation after `the` in
    /// the inverted order speaks, over its own `of`, `for` and `and`, before
    /// a break or a function word; not a description whose noun follows
    /// its capitalised words, nor a role the article gave a person.
    #[test]
    fn organisation_after_the_verb_cases() {
        check(&[
            (
                "organisation",
                "Tom Reyes spoke. \"It is a disaster,\" said the State Department.",
                &[("\"It is a disaster,\"", Some("State Department"))],
            ),
            (
                "organisation_holding_of_and",
                "Tom Reyes spoke. \"It is a disaster,\" said the Department of Housing and Urban Development.",
                &[("\"It is a disaster,\"", Some("Department of Housing and Urban Development"))],
            ),
            (
                "organisation_before_a_function_word",
                "Tom Reyes spoke. \"It is a disaster,\" said the Ministry of Defence on Tuesday.",
                &[("\"It is a disaster,\"", Some("Ministry of Defence"))],
            ),
            (
                "counter_a_description",
                "Tom Reyes spoke. \"It is a disaster,\" said the State Department spokesman.",
                &[("\"It is a disaster,\"", None)],
            ),
            (
                "counter_a_role_by_origin",
                "Tom Reyes spoke. \"It is a disaster,\" said the Mississippi Republican.",
                &[("\"It is a disaster,\"", Some("Tom Reyes"))],
            ),
            (
                "counter_a_person",
                "Tom Reyes spoke. \"It is a disaster,\" said the Rev. Al Sharpton.",
                &[("\"It is a disaster,\"", Some("Al Sharpton"))],
            ),
        ]);
    }

    /// An organisation a sentence opens with by `According to`, and the
    /// organisation `it` stands for after a quotation: the one the
    /// sentence before reports speaking, even over a paragraph break;
    /// never a person, and not an `it` that follows no quotation.
    #[test]
    fn organisation_by_according_to_and_it_cases() {
        check(&[
            (
                "according_to_opens_the_sentence_before",
                "Rain fell. According to the Lakeland Water Trust, wells ran dry. \"Supplies are low,\" the trust said.",
                &[("\"Supplies are low,\"", Some("Lakeland Water Trust"))],
            ),
            (
                "it_after_the_organisation_said",
                "Rain fell. According to the Norland Relief Agency, roads closed. \"Teams are out,\" the agency said.\n\n\"More will follow,\" it added.",
                &[("\"Teams are out,\"", Some("Norland Relief Agency")), ("\"More will follow,\"", Some("Norland Relief Agency"))],
            ),
            (
                "a_named_facility_by_its_noun",
                "Rain fell. According to the Brandt Observatory, the comet is near. \"It is bright,\" the observatory said.",
                &[("\"It is bright,\"", Some("Brandt Observatory"))],
            ),
            (
                "counter_it_after_a_person",
                "Rain fell. Ana Lima, a farmer, said wells ran dry. \"Supplies are low,\" Lima said.\n\n\"More will follow,\" it said.",
                &[("\"Supplies are low,\"", Some("Ana Lima")), ("\"More will follow,\"", None)],
            ),
            (
                "initials_alone_name_the_organisation",
                "Rain fell. The NWTU union struck on Monday. \"We are firm,\" the union said.\n\nRain fell. The FNVB marched. \"We stay,\" it said.",
                &[("\"We are firm,\"", Some("NWTU")), ("\"We stay,\"", Some("FNVB"))],
            ),
            (
                "counter_one_capitalised_word_is_no_organisation",
                "Rain fell. The Harbour struck on Monday. \"We are firm,\" the union said.",
                &[("\"We are firm,\"", None)],
            ),
            (
                "an_organisation_named_after_its_noun",
                "Rain fell. Farm group Terra Viva marched on Monday. \"We are firm,\" the group said.",
                &[("\"We are firm,\"", Some("Terra Viva"))],
            ),
            (
                "counter_a_person_after_the_noun",
                "Rain fell. The party's leader Ana Lima spoke on Monday. \"We are firm,\" the party said.",
                &[("\"We are firm,\"", None)],
            ),
            (
                "counter_according_to_a_plan",
                "Rain fell. According to the plan, wells will be dug. \"Supplies are low,\" the agency said.",
                &[("\"Supplies are low,\"", None)],
            ),
        ]);
    }

    /// `An aide to Ana Lima said`: a person's noun before `to` or `for`
    /// and a name is the subject, someone unnamed, as it is after the
    /// verb; the person named in the phrase does not speak.
    #[test]
    fn aide_to_a_person_cases() {
        check(&[
            ("aide_to", "Tom Reyes spoke. An aide to Ana Lima said she had \"given up.\"", &[("\"given up.\"", None)]),
            ("spokesman_for", "Tom Reyes spoke. A spokesman for Ana Lima said she had \"given up.\"", &[("\"given up.\"", None)]),
            (
                "aides_to_before_a_clause",
                "Tom Reyes spoke. Two aides to Ana Lima, speaking on condition of anonymity, said she had \"given up.\"",
                &[("\"given up.\"", None)],
            ),
            ("after_the_verb_too", "Tom Reyes spoke. \"She has given up,\" said an aide to Ana Lima.", &[("\"She has given up,\"", None)]),
            ("counter_the_person_alone", "Tom Reyes spoke. Ana Lima said she had \"given up.\"", &[("\"given up.\"", Some("Ana Lima"))]),
            (
                "counter_a_verb_s_object_after_to",
                "Tom Reyes spoke. He wrote to Ana Lima and said she had \"given up.\"",
                &[("\"given up.\"", Some("Tom Reyes"))],
            ),
        ]);
    }

    /// The tokens the speaker passes read when `unit` is written `n` times
    /// on one line.
    fn reads(unit: &str, n: usize) -> usize {
        super::index::READS.with(|r| r.set(0));
        extract(&unit.repeat(n));
        super::index::READS.with(std::cell::Cell::get)
    }

    /// Many quotations on one line (in one sentence) cost work in
    /// proportion to them: four times the quotations read at most
    /// [`GROWTH_MAX`] times the tokens, where reading the sentence again
    /// for each quotation would read sixteen times as many.
    #[test]
    fn work_grows_linearly_with_quotations_on_one_line() {
        /// Four times the quotations, and some slack for the fixed work.
        const GROWTH_MAX: usize = 5;
        const N: usize = 400;
        let units = [
            "“Yes,” ",
            "“Yes”: ",
            "“Yes” — ",
            "‘Yes,’ ",
            "the man “Yes,” ",
            "“Yes, Tom Reyes,” ",
            "Tom Reyes said “Yes,” ",
            "“Yes,” he said, ",
            "“Yes,” said the man, ",
            "“Yes,” according to ",
            "“yes” and ",
            "“Yes,”\n",
        ];
        for unit in units {
            let (small, large) = (reads(unit, N), reads(unit, 4 * N));
            assert!(large <= GROWTH_MAX * small, "{unit:?}: {small} reads for {N}, {large} for {}", 4 * N);
        }
    }
}
