//! Label colours: fixed ones for the four built-in labels (in style/main.css,
//! repeated here for the legend), generated ones for labels the user adds.

use annotator_schema::Label;

/// The highlight colour of a label, as CSS.
pub fn label_color(label: &Label) -> String {
    match label {
        Label::Person => "#ffd08a".into(),
        Label::Place => "#b8efb0".into(),
        Label::Number => "#a8e4ff".into(),
        Label::Quote => "#b48ade".into(),
        Label::Other(name) => {
            // FNV-1a over the name → a hue; the same name always gets the same colour.
            let mut h: u32 = 0x811c_9dc5;
            for b in name.bytes() {
                h ^= u32::from(b);
                h = h.wrapping_mul(0x0100_0193);
            }
            format!("hsl({} 85% 82%)", h % 360)
        }
    }
}

/// The inline style a mark of this label needs (custom labels only; the
/// built-in colours are in the stylesheet).
pub fn mark_style(label: &Label) -> Option<String> {
    matches!(label, Label::Other(_)).then(|| format!("--mark-bg: {}", label_color(label)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_labels_get_stable_distinct_colours() {
        let org = Label::Other("ORG".into());
        let event = Label::Other("EVENT".into());
        assert_eq!(label_color(&org), label_color(&org));
        assert_ne!(label_color(&org), label_color(&event));
        assert!(label_color(&org).starts_with("hsl("));
        assert_eq!(mark_style(&Label::Person), None);
        assert!(mark_style(&org).is_some_and(|s| s.starts_with("--mark-bg: hsl(")));
    }
}
