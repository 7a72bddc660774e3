//! Moving a span's edges by a word or a character (the page's Shift+arrow
//! keys).
//!
//! Word characters are letters and digits, plus `.` `,` `-` `'` `’` `_`
//! between two of them, so `U.S`, `12,000`, `Jean-Paul` and `O'Brien` are
//! one word each. (Snapping a selection, in [`crate::snap`], joins fewer
//! characters: it widens what a person selected, where this module walks
//! over what is already labelled.)

use annotator_schema::CharOffset;

/// Which edge of a span a resize moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    Start,
    End,
}

/// Which way an edge moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Left,
    Right,
}

fn word(c: char) -> bool {
    c.is_alphanumeric()
}

/// Characters that join two word characters into one word (`U.S`, `12,000`,
/// `Jean-Paul`, `O'Brien`).
fn joiner(c: char) -> bool {
    matches!(c, '.' | ',' | '-' | '\'' | '’' | '_')
}

fn is_word_at(chars: &[char], i: usize) -> bool {
    let len = chars.len();
    if i >= len {
        return false;
    }
    word(chars[i]) || (joiner(chars[i]) && i > 0 && i + 1 < len && word(chars[i - 1]) && word(chars[i + 1]))
}

/// The end of the next word at or after `p`.
fn next_word_end(chars: &[char], mut p: usize) -> usize {
    while p < chars.len() && !is_word_at(chars, p) {
        p += 1;
    }
    while p < chars.len() && is_word_at(chars, p) {
        p += 1;
    }
    p
}

/// The start of the word ending at or before `p`.
fn prev_word_start(chars: &[char], mut p: usize) -> usize {
    while p > 0 && !is_word_at(chars, p - 1) {
        p -= 1;
    }
    while p > 0 && is_word_at(chars, p - 1) {
        p -= 1;
    }
    p
}

/// The new edges of span `start..end` of `text` after moving one edge;
/// `None` when it cannot move (the text's edge, or the span would vanish).
/// By word, edges land on word boundaries; by character, they skip
/// whitespace (a span never starts or ends on it).
pub fn move_edge(
    text: &str,
    start: CharOffset,
    end: CharOffset,
    edge: Edge,
    dir: Dir,
    by_char: bool,
) -> Option<(CharOffset, CharOffset)> {
    let chars: Vec<char> = text.chars().collect();
    move_in(&chars, start.0, end.0, edge, dir, by_char).map(|(s, e)| (CharOffset(s), CharOffset(e)))
}

/// [`move_edge`] over the text's characters, by index.
/// The word cursor's next stop: the first word that starts at or after
/// `from` (`Dir::Right`), or the last word that ends at or before `from`
/// (`Dir::Left`), as a code-point range; `None` past the last (first) word.
pub fn word_from(text: &str, from: CharOffset, dir: Dir) -> Option<(CharOffset, CharOffset)> {
    let chars: Vec<char> = text.chars().collect();
    let p = from.0.min(chars.len());
    let (s, e) = match dir {
        Dir::Right => {
            let mut s = p;
            // Inside a word: its rest is not a new word.
            if s > 0 && is_word_at(&chars, s - 1) {
                while s < chars.len() && is_word_at(&chars, s) {
                    s += 1;
                }
            }
            while s < chars.len() && !is_word_at(&chars, s) {
                s += 1;
            }
            (s, next_word_end(&chars, s))
        }
        Dir::Left => {
            let mut e = p;
            if e < chars.len() && is_word_at(&chars, e) {
                while e > 0 && is_word_at(&chars, e - 1) {
                    e -= 1;
                }
            }
            while e > 0 && !is_word_at(&chars, e - 1) {
                e -= 1;
            }
            (prev_word_start(&chars, e), e)
        }
    };
    (s < e).then_some((CharOffset(s), CharOffset(e)))
}

fn move_in(chars: &[char], start: usize, end: usize, edge: Edge, dir: Dir, by_char: bool) -> Option<(usize, usize)> {
    let len = chars.len();
    if start >= end || end > len {
        return None;
    }
    let ws = |i: usize| chars[i].is_whitespace();
    let (s, e) = match (edge, dir, by_char) {
        (Edge::End, Dir::Right, false) => (start, next_word_end(chars, end)),
        (Edge::End, Dir::Left, false) => {
            let mut q = prev_word_start(chars, end);
            while q > start && !is_word_at(chars, q - 1) {
                q -= 1;
            }
            (start, q)
        }
        (Edge::Start, Dir::Left, false) => (prev_word_start(chars, start), end),
        (Edge::Start, Dir::Right, false) => {
            let mut q = next_word_end(chars, start);
            while q < end && !is_word_at(chars, q) {
                q += 1;
            }
            (q, end)
        }
        (Edge::End, Dir::Right, true) => {
            let mut q = end + 1;
            while q < len && ws(q - 1) {
                q += 1;
            }
            (start, q.min(len))
        }
        (Edge::End, Dir::Left, true) => {
            let mut q = end.saturating_sub(1);
            while q > start && ws(q - 1) {
                q -= 1;
            }
            (start, q)
        }
        (Edge::Start, Dir::Left, true) => {
            let mut q = start.checked_sub(1)?;
            while q > 0 && ws(q) {
                q -= 1;
            }
            (q, end)
        }
        (Edge::Start, Dir::Right, true) => {
            let mut q = start + 1;
            while q < end && ws(q) {
                q += 1;
            }
            (q, end)
        }
    };
    let moved = (s, e) != (start, end);
    let valid = s < e && e <= len && !ws(s) && !ws(e - 1);
    (moved && valid).then_some((s, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mv(text: &str, s: usize, e: usize, edge: Edge, dir: Dir, by_char: bool) -> Option<String> {
        let moved = move_edge(text, CharOffset(s), CharOffset(e), edge, dir, by_char);
        moved.map(|(a, b)| text.chars().skip(a.0).take(b.0 - a.0).collect())
    }

    const T: &str = "President Vladimir Putin met 12,000 U.S. troops, he said.";

    #[test]
    fn the_word_cursor_stops_at_each_word() {
        let text = "Mr. O'Brien paid $12,000.\nThen left";
        let word = |from: usize, dir| {
            word_from(text, CharOffset(from), dir)
                .map(|(s, e)| text.chars().skip(s.0).take(e.0 - s.0).collect::<String>())
        };
        let cases: &[(usize, Dir, Option<&str>)] = &[
            (0, Dir::Right, Some("Mr")),
            (2, Dir::Right, Some("O'Brien")),
            (5, Dir::Right, Some("paid")),
            (16, Dir::Right, Some("12,000")),
            (24, Dir::Right, Some("Then")),
            (36, Dir::Right, None),
            (36, Dir::Left, Some("left")),
            (31, Dir::Left, Some("Then")),
            (16, Dir::Left, Some("paid")),
            (1, Dir::Left, None),
            (0, Dir::Left, None),
        ];
        for (from, dir, want) in cases {
            assert_eq!(word(*from, *dir).as_deref(), *want, "{from} {dir:?}");
        }
    }

    #[test]
    fn end_moves_by_words() {
        // "Vladimir" = 10..18
        assert_eq!(mv(T, 10, 18, Edge::End, Dir::Right, false).as_deref(), Some("Vladimir Putin"));
        assert_eq!(mv(T, 10, 24, Edge::End, Dir::Left, false).as_deref(), Some("Vladimir"));
        assert_eq!(mv(T, 10, 18, Edge::End, Dir::Left, false), None);
        // A number with a thousands separator is one word.
        assert_eq!(mv(T, 25, 28, Edge::End, Dir::Right, false).as_deref(), Some("met 12,000"));
    }

    #[test]
    fn start_moves_by_words() {
        assert_eq!(mv(T, 19, 24, Edge::Start, Dir::Left, false).as_deref(), Some("Vladimir Putin"));
        assert_eq!(mv(T, 10, 24, Edge::Start, Dir::Right, false).as_deref(), Some("Putin"));
        assert_eq!(mv(T, 0, 9, Edge::Start, Dir::Left, false), None);
    }

    #[test]
    fn by_character_skips_whitespace() {
        assert_eq!(mv(T, 10, 18, Edge::End, Dir::Right, true).as_deref(), Some("Vladimir P"));
        assert_eq!(mv(T, 10, 18, Edge::End, Dir::Left, true).as_deref(), Some("Vladimi"));
        assert_eq!(mv(T, 19, 24, Edge::Start, Dir::Left, true).as_deref(), Some("r Putin"));
        assert_eq!(mv(T, 19, 24, Edge::Start, Dir::Right, true).as_deref(), Some("utin"));
        assert_eq!(mv("ab", 0, 1, Edge::Start, Dir::Right, true), None);
    }

    #[test]
    fn never_past_the_text() {
        let t = "end";
        assert_eq!(mv(t, 0, 3, Edge::End, Dir::Right, false), None);
        assert_eq!(mv(t, 0, 3, Edge::End, Dir::Right, true), None);
        assert_eq!(mv(t, 0, 9, Edge::End, Dir::Right, true), None);
    }

    #[test]
    fn every_move_on_a_small_text_keeps_a_valid_span() {
        let text = "a b,c  😀d. e";
        let len = text.chars().count();
        let chars: Vec<char> = text.chars().collect();
        for start in 0..=len + 1 {
            for end in 0..=len + 1 {
                for (edge, dir, by_char) in [Edge::Start, Edge::End]
                    .into_iter()
                    .flat_map(|e| [(e, Dir::Left), (e, Dir::Right)])
                    .flat_map(|(e, d)| [(e, d, false), (e, d, true)])
                {
                    if let Some((s, e)) = move_edge(text, CharOffset(start), CharOffset(end), edge, dir, by_char) {
                        assert!(s < e && e.0 <= len, "{start}..{end} → {s}..{e}");
                        assert!(!chars[s.0].is_whitespace() && !chars[e.0 - 1].is_whitespace());
                        assert_ne!((s.0, e.0), (start, end));
                    }
                }
            }
        }
    }
}
