//! Keyboard shortcuts: which key does what. Pure (no DOM), so the whole map is
//! tested natively and the help overlay lists the same table it is built from.

use annotator_doc::edges::{Dir, Edge};
use annotator_doc::workspace::position_of_key;
use annotator_doc::Scope;

/// A key press, as the browser reports it (`KeyboardEvent.key` / `.code`).
#[derive(Clone, Copy, Debug, Default)]
pub struct KeyInput<'a> {
    pub key: &'a str,
    pub code: &'a str,
    pub ctrl: bool,
    pub shift: bool,
    pub alt: bool,
    pub meta: bool,
}

/// What a key press asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAction {
    /// Label key `1`..`9`: create a span from the selection, or relabel the
    /// focused one. `raw` (Alt held) skips word snapping.
    Label {
        digit: char,
        raw: bool,
    },
    Delete,
    /// Delete the focused span and every automatic one like it in the corpus.
    RemoveEverywhere,
    MoveEdge {
        edge: Edge,
        dir: Dir,
        by_char: bool,
    },
    Undo,
    Redo,
    ApplyToAll(Scope),
    ToggleReviewed,
    NextDoc,
    PrevDoc,
    ToggleHelp,
    Escape,
    /// Accept the focused suggestion as it is (`checked`), then go on to the
    /// next unchecked one.
    Accept,
    /// Jump to the next (`true`) or previous unchecked suggestion.
    NextUnchecked(bool),
    /// Jump to the next highlight of the label with this key (Shift+digit).
    NextOfLabel(char),
    /// The word cursor: select the next / previous word. (Shift+arrows
    /// then move the selection's edges as they move a highlight's.)
    Cursor(Dir),
    /// Into the *Selected* panel's first field (speaker, value, entity).
    EditPanel,
    /// Open the label picker (every label, also those past the ninth).
    LabelPicker,
}

impl KeyAction {
    /// Whether the key changes the corpus (a tab that may not edit says so
    /// instead).
    pub fn edits(self) -> bool {
        matches!(
            self,
            KeyAction::Label { .. }
                | KeyAction::Delete
                | KeyAction::RemoveEverywhere
                | KeyAction::Undo
                | KeyAction::Redo
                | KeyAction::ApplyToAll(_)
                | KeyAction::ToggleReviewed
                | KeyAction::Accept
        )
    }
}

/// The shortcut for a key press, if it has one.
pub fn action_for(k: &KeyInput) -> Option<KeyAction> {
    let cmd = k.ctrl || k.meta;
    if cmd {
        match k.key {
            "z" | "Z" => return Some(if k.shift { KeyAction::Redo } else { KeyAction::Undo }),
            "y" | "Y" if !k.shift => return Some(KeyAction::Redo),
            "ArrowLeft" | "ArrowRight" if k.shift => {}
            _ => return None,
        }
    }
    // Digits by physical key too: Alt+1 types other characters on some layouts.
    let digit = k.code.strip_prefix("Digit").and_then(|d| d.chars().next()).or_else(|| {
        let mut cs = k.key.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) if c.is_ascii_digit() => Some(c),
            _ => None,
        }
    });
    if let Some(d) = digit {
        if position_of_key(d).is_some() && !cmd {
            if k.shift && !k.alt {
                return Some(KeyAction::NextOfLabel(d));
            }
            return Some(KeyAction::Label { digit: d, raw: k.alt });
        }
    }
    Some(match k.key {
        "Delete" | "Backspace" if k.shift => KeyAction::RemoveEverywhere,
        "Delete" | "Backspace" => KeyAction::Delete,
        "ArrowLeft" | "ArrowRight" if !k.shift && !k.alt => {
            KeyAction::Cursor(if k.key == "ArrowLeft" { Dir::Left } else { Dir::Right })
        }
        "ArrowLeft" | "ArrowRight" if k.shift => KeyAction::MoveEdge {
            edge: if cmd { Edge::Start } else { Edge::End },
            dir: if k.key == "ArrowLeft" { Dir::Left } else { Dir::Right },
            by_char: k.alt,
        },
        "a" if !k.alt => KeyAction::ApplyToAll(Scope::Document),
        "A" if !k.alt => KeyAction::ApplyToAll(Scope::Corpus),
        "r" if !k.alt => KeyAction::ToggleReviewed,
        "Enter" if !k.alt && !k.shift => KeyAction::Accept,
        "n" if !k.alt => KeyAction::NextUnchecked(true),
        "N" if !k.alt => KeyAction::NextUnchecked(false),
        "e" if !k.alt => KeyAction::EditPanel,
        "l" if !k.alt => KeyAction::LabelPicker,
        "]" => KeyAction::NextDoc,
        "[" => KeyAction::PrevDoc,
        "?" => KeyAction::ToggleHelp,
        "Escape" => KeyAction::Escape,
        _ => return None,
    })
}

/// Every shortcut, as the help overlay lists it: (keys, what they do).
pub const HELP: &[(&str, &str)] = &[
    ("1 2 3 4", "Label the selection PERSON, PLACE, NUMBER, QUOTE — or relabel the focused highlight"),
    ("5 … 9", "Labels you add (in the legend), in the order added"),
    ("Alt + 1…9", "Label the selection exactly as selected (no snapping to whole words)"),
    ("l", "Label picker: every label, also past the ninth (type to filter, Enter picks)"),
    ("→ / ←", "Word cursor: select the next / previous word (then a digit labels it)"),
    ("Shift+→ / Shift+←", "With the word cursor: widen / narrow the selection by a word"),
    ("Enter", "Accept the focused suggestion as it is (checked) and go to the next unchecked one"),
    ("n / Shift+N", "Next / previous unchecked suggestion"),
    ("Shift + 1…9", "Next highlight of that label"),
    ("e", "Edit the focused highlight's speaker, value or entity in the Selected panel (Escape comes back)"),
    ("Tab / Shift+Tab", "Next / previous highlight"),
    ("Delete / Backspace", "Remove the focused highlight"),
    ("Shift+Delete", "Remove the focused highlight and every automatic one with the same text and label in the corpus"),
    ("Shift+→ / Shift+← on a highlight", "Move the focused highlight's end one word right / left"),
    ("Ctrl+Shift+→ / Ctrl+Shift+←", "Move its start one word right / left"),
    ("add Alt", "…by one character instead of one word"),
    ("a / Shift+A", "Apply the focused highlight to every other occurrence in this document / the whole corpus"),
    ("Ctrl+Z", "Undo (per document, survives a reload)"),
    ("Ctrl+Shift+Z / Ctrl+Y", "Redo"),
    ("r", "Mark this document reviewed / not reviewed"),
    ("[ / ]", "Previous / next document"),
    ("Ctrl+Enter", "In the Article text area: add the text as a new document and clear the area"),
    ("?", "Show / hide this help"),
    ("Escape", "Close a dialog; from the Selected panel back to the highlight; else clear the focus"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn key(key: &str) -> KeyInput<'_> {
        KeyInput { key, ..Default::default() }
    }

    #[test]
    fn digits_label_and_alt_keeps_the_raw_selection() {
        assert_eq!(action_for(&key("1")), Some(KeyAction::Label { digit: '1', raw: false }));
        let alt = KeyInput { key: "¡", code: "Digit1", alt: true, ..Default::default() };
        assert_eq!(action_for(&alt), Some(KeyAction::Label { digit: '1', raw: true }));
        assert_eq!(action_for(&key("0")), None);
    }

    #[test]
    fn undo_redo_with_ctrl_or_cmd() {
        let z = KeyInput { key: "z", ctrl: true, ..Default::default() };
        assert_eq!(action_for(&z), Some(KeyAction::Undo));
        let sz = KeyInput { key: "Z", ctrl: true, shift: true, ..Default::default() };
        assert_eq!(action_for(&sz), Some(KeyAction::Redo));
        let y = KeyInput { key: "y", meta: true, ..Default::default() };
        assert_eq!(action_for(&y), Some(KeyAction::Redo));
        // Other Ctrl combinations (copy, paste, reload) stay the browser's.
        assert_eq!(action_for(&KeyInput { key: "c", ctrl: true, ..Default::default() }), None);
        assert_eq!(action_for(&KeyInput { key: "1", ctrl: true, ..Default::default() }), None);
    }

    #[test]
    fn shift_arrows_move_edges() {
        let end = KeyInput { key: "ArrowRight", shift: true, ..Default::default() };
        assert_eq!(action_for(&end), Some(KeyAction::MoveEdge { edge: Edge::End, dir: Dir::Right, by_char: false }));
        let start = KeyInput { key: "ArrowLeft", shift: true, ctrl: true, alt: true, ..Default::default() };
        assert_eq!(action_for(&start), Some(KeyAction::MoveEdge { edge: Edge::Start, dir: Dir::Left, by_char: true }));
        assert_eq!(action_for(&KeyInput { key: "ArrowRight", alt: true, ..Default::default() }), None);
    }

    #[test]
    fn deleting_and_other_keys() {
        assert_eq!(action_for(&key("Delete")), Some(KeyAction::Delete));
        assert_eq!(action_for(&key("Backspace")), Some(KeyAction::Delete));
        let sd = KeyInput { key: "Delete", shift: true, ..Default::default() };
        assert_eq!(action_for(&sd), Some(KeyAction::RemoveEverywhere));
        assert_eq!(action_for(&key("?")), Some(KeyAction::ToggleHelp));
        assert_eq!(action_for(&key("a")), Some(KeyAction::ApplyToAll(Scope::Document)));
        assert_eq!(action_for(&key("A")), Some(KeyAction::ApplyToAll(Scope::Corpus)));
        assert_eq!(action_for(&key("x")), None);
    }

    #[test]
    fn review_and_navigation_keys() {
        assert_eq!(action_for(&key("Enter")), Some(KeyAction::Accept));
        assert_eq!(action_for(&key("n")), Some(KeyAction::NextUnchecked(true)));
        assert_eq!(
            action_for(&KeyInput { key: "N", shift: true, ..Default::default() }),
            Some(KeyAction::NextUnchecked(false))
        );
        let shift2 = KeyInput { key: "@", code: "Digit2", shift: true, ..Default::default() };
        assert_eq!(action_for(&shift2), Some(KeyAction::NextOfLabel('2')));
        assert_eq!(action_for(&key("e")), Some(KeyAction::EditPanel));
        assert_eq!(action_for(&key("l")), Some(KeyAction::LabelPicker));
        assert_eq!(action_for(&key("ArrowRight")), Some(KeyAction::Cursor(Dir::Right)));
        assert_eq!(action_for(&key("ArrowLeft")), Some(KeyAction::Cursor(Dir::Left)));
        assert_eq!(action_for(&key("ArrowUp")), None, "up and down still scroll");
        assert!(KeyAction::Accept.edits() && KeyAction::Delete.edits() && KeyAction::Undo.edits());
        assert!(!KeyAction::NextUnchecked(true).edits() && !KeyAction::Cursor(Dir::Left).edits());
    }
}
