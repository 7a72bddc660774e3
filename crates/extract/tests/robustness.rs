//! Property tests: no input makes the extractor panic; every span lies on
//! character boundaries, inside the text, never on whitespace at its edges,
//! sorted; output is deterministic. Plus one 10 MB input.

use annotator_extract::{annotate, extract, Extraction};
use proptest::prelude::*;

fn check(text: &str, found: &[Extraction]) {
    let mut prev = (0usize, usize::MAX);
    for e in found {
        let (s, t) = (e.start.0, e.end.0);
        assert!(s < t && t <= text.len(), "span {s}..{t} outside {}", text.len());
        assert!(text.is_char_boundary(s) && text.is_char_boundary(t), "span {s}..{t} splits a character");
        let covered = &text[s..t];
        assert!(!covered.starts_with(char::is_whitespace) && !covered.ends_with(char::is_whitespace), "{covered:?}");
        assert!((s, std::cmp::Reverse(t)) >= (prev.0, std::cmp::Reverse(prev.1)), "not sorted at {s}");
        prev = (s, t);
    }
}

/// Text mixing news-like words, quotes, digits and hostile characters.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Peskov said".to_string()),
        Just(" \"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("'".to_string()),
        Just("‘".to_string()),
        Just("’s".to_string()),
        Just(" noon".to_string()),
        Just("Rs".to_string()),
        Just("Rs.".to_string()),
        Just("pc".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just(" June 2, 2025".to_string()),
        Just(" 12,000".to_string()),
        Just("$1.4B".to_string()),
        Just("-".to_string()),
        Just(" the village of ".to_string()),
        Just("President ".to_string()),
        Just("\n\n".to_string()),
        Just("😀".to_string()),
        Just("e\u{301}".to_string()),
        Just("שלום עולם".to_string()),
        Just("مرحبا".to_string()),
        Just("\0".to_string()),
        Just(" he said. ".to_string()),
        Just("Erdoğan".to_string()),
        Just(" GMT".to_string()),
        Just(":".to_string()),
        Just(" a.m.".to_string()),
        Just("PM".to_string()),
        Just("1é3".to_string()),
        Just("0117".to_string()),
        Just(" Oct. ".to_string()),
        Just("-".to_string()),
        Just("₹".to_string()),
        Just(" lakh crore".to_string()),
        Just(" between ".to_string()),
        Just(" to ".to_string()),
        Just("%".to_string()),
        Just("D-".to_string()),
        Just("al-".to_string()),
        Just(" van der ".to_string()),
        Just("(".to_string()),
        Just("]".to_string()),
        Just("US$".to_string()),
        Just("NZ$".to_string()),
        Just(" USD ".to_string()),
        Just("°C".to_string()),
        Just("°".to_string()),
        Just("GB".to_string()),
        Just("m tonnes".to_string()),
        Just("p".to_string()),
        Just(" cents".to_string()),
        Just(" Swiss francs".to_string()),
        Just(" per second".to_string()),
        Just("/s".to_string()),
        Just("\u{2212}".to_string()),
        Just("+".to_string()),
        Just(" .".to_string()),
        Just(" x 10^-".to_string()),
        Just("e".to_string()),
        Just("e-".to_string()),
        Just(" minus ".to_string()),
        Just("½".to_string()),
        Just("/".to_string()),
        Just(" half a".to_string()),
        Just(" a third of a".to_string()),
        Just(" and a half".to_string()),
        Just(" in ".to_string()),
        Just(" hundred and".to_string()),
        Just(" thousand".to_string()),
        Just(" to ".to_string()),
        Just(" rose ".to_string()),
        Just(" by ".to_string()),
        Just("-3".to_string()),
        Just("k".to_string()),
        Just(" May".to_string()),
        Just("+44 20 7946 ".to_string()),
        Just(" lane ".to_string()),
        Just("Leeds 2 Everton ".to_string()),
        Just(" , ".to_string()),
        Just(" one ".to_string()),
        Just(" ;".to_string()),
        Just("3:29.41".to_string()),
        Just(":05:17".to_string()),
        Just(" behind".to_string()),
        Just("28-6-81-2".to_string()),
        Just(" ( 0-2 )".to_string()),
        Just(" hours ".to_string()),
        Just(" DM ".to_string()),
        Just("’s".to_string()),
        Just(" noon".to_string()),
        Just("Rs".to_string()),
        Just("Rs.".to_string()),
        Just("pc".to_string()),
        "[A-Z][a-z]{0,8}",
        "[0-9]{1,5}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_never_panics_and_spans_are_sound(text in any::<String>()) {
        let found = extract(&text);
        check(&text, &found);
        prop_assert_eq!(found, extract(&text));
    }

    #[test]
    fn newsy_text_never_panics_and_spans_are_sound(text in newsy()) {
        let found = extract(&text);
        check(&text, &found);
        prop_assert_eq!(&found, &extract(&text));
        let doc = annotate("d", "d.txt", &text);
        prop_assert_eq!(doc.spans.len(), found.len());
    }
}

#[test]
fn long_runs_of_one_word_neither_overflow_the_stack_nor_panic() {
    for word in
        ["minus ", "-1 ", " .5", "x 10^", "between ", "“", "‘", "al-", "van der ", "Mr. ", "D-", "-", "Oct. ", "a "]
    {
        let text = word.repeat(200_000);
        let found = extract(&text);
        check(&text, &found);
    }
}

/// Texts the property tests once found a panic in, kept as fixed cases.
#[test]
fn texts_that_once_panicked() {
    // A person's name ending the text after a quotation: the salience pass
    // read the token after the name (`speaker::salience`). A quotation's
    // attribution cut off after `said the` or `said` and a name: the
    // speaker pass read the noun after it (`attribution::organisation_described`;
    // found by cutting probe texts at random, not by the properties above).
    // A name right after a bracket opening the text: the list slot read
    // two tokens before it (`people::list_slot`'s innings overs).
    for text in [
        "“3:29.41 \" May May , Erdoğan",
        "“Fine.” Ana Lima",
        "\"We were patient,\" said the",
        "\" We were patient , \" said Bayer",
        "( Tarvo Kemmel , Anna Berg )",
    ] {
        let found = extract(text);
        check(text, &found);
    }
}

#[test]
fn ten_megabytes_in_one_go() {
    let article = annotator_testdata::seed_article("002_");
    let noise = "😀 e\u{301} שלום \0 «x» ‘y’ \"z\n";
    let mut text = String::with_capacity(10_600_000);
    while text.len() < 10_000_000 {
        text.push_str(&article);
        text.push_str(noise);
        text.push('\n');
    }
    let started = std::time::Instant::now();
    let found = extract(&text);
    let elapsed = started.elapsed();
    check(&text, &found);
    assert!(found.len() > 10_000);
    eprintln!("10 MB: {} spans in {:.2?}", found.len(), elapsed);
}
