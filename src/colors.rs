//! Label colours: fixed defaults for the four built-in labels (the
//! stylesheet's `--person` …), generated ones for labels the user adds, and
//! the colours the person chose, all written as one small style sheet (so
//! marks carry no inline style).

use annotator_schema::Label;

/// The default highlight colour of a label, as CSS `#rrggbb` (a colour
/// input can show it).
pub fn default_color(label: &Label) -> String {
    match label {
        Label::Person => "#ffd08a".into(),
        Label::Place => "#b8efb0".into(),
        Label::Number => "#a8e4ff".into(),
        Label::Quote => "#8e5bc4".into(),
        Label::Other(name) => {
            // FNV-1a over the name → a hue; the same name always gets the same colour.
            let mut h: u32 = 0x811c_9dc5;
            for b in name.bytes() {
                h ^= u32::from(b);
                h = h.wrapping_mul(0x0100_0193);
            }
            hsl_hex(h % 360)
        }
    }
}

/// A light colour of hue `h` (saturation 85%, lightness 82%) as `#rrggbb`.
fn hsl_hex(h: u32) -> String {
    let (s, l) = (0.85_f64, 0.82_f64);
    let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
    let hp = f64::from(h) / 60.0;
    let x = c * (1.0 - (hp % 2.0 - 1.0).abs());
    let (r, g, b) = match h / 60 {
        0 => (c, x, 0.0),
        1 => (x, c, 0.0),
        2 => (0.0, c, x),
        3 => (0.0, x, c),
        4 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    let m = l - c / 2.0;
    let byte = |v: f64| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    format!("#{:02x}{:02x}{:02x}", byte(r), byte(g), byte(b))
}

/// A label's colour: the person's choice, else the default.
pub fn label_color(label: &Label, chosen: Option<&str>) -> String {
    chosen.map_or_else(|| default_color(label), str::to_string)
}

/// The style sheet for the labels: a built-in label the person recoloured
/// sets its stylesheet variable; every added label gets its colour on its
/// marks, chips and legend button. Label names are `[A-Z0-9_]` and colours
/// `#rrggbb` (both checked by the document model), so nothing here can
/// break out of a rule.
pub fn style_sheet(labels: &[(Label, Option<String>)]) -> String {
    let mut root = String::new();
    let mut rules = String::new();
    for (label, chosen) in labels {
        match label {
            Label::Other(name) => {
                let color = label_color(label, chosen.as_deref());
                rules.push_str(&format!("[data-label=\"{name}\"]{{--mark-bg:{color}}}"));
            }
            _ => {
                if let Some(c) = chosen {
                    root.push_str(&format!("--{}:{c};", label.as_str().to_ascii_lowercase()));
                }
            }
        }
    }
    if root.is_empty() {
        rules
    } else {
        format!(":root{{{root}}}{rules}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_labels_get_stable_distinct_colours() {
        let org = Label::Other("ORG".into());
        let event = Label::Other("EVENT".into());
        assert_eq!(default_color(&org), default_color(&org));
        assert_ne!(default_color(&org), default_color(&event));
        assert!(default_color(&org).starts_with('#') && default_color(&org).len() == 7);
        assert_eq!(hsl_hex(0), "#f8aaaa", "hsl(0 85% 82%)");
        assert_eq!(label_color(&org, Some("#123456")), "#123456");
    }

    #[test]
    fn the_style_sheet_recolours_built_ins_and_colours_added_labels() {
        let org = Label::Other("ORG".into());
        let css = style_sheet(&[
            (Label::Person, Some("#112233".into())),
            (Label::Place, None),
            (org.clone(), Some("#abcdef".into())),
        ]);
        assert_eq!(css, ":root{--person:#112233;}[data-label=\"ORG\"]{--mark-bg:#abcdef}");
        let plain = style_sheet(&[(Label::Person, None), (org.clone(), None)]);
        assert_eq!(plain, format!("[data-label=\"ORG\"]{{--mark-bg:{}}}", default_color(&org)));
    }
}
