//! Readable text out of an HTML page: the article, not its markup, scripts,
//! styles or navigation. A tolerant scanner, not a full HTML parser: it never
//! fails, and it never lets markup through.

/// The page's readable text: paragraphs separated by blank lines, entities
/// decoded; `script`, `style`, `nav`, `header`, `footer`, `aside`, `form`,
/// `noscript`, `template`, `svg`, `iframe` dropped; the `article` (or `main`)
/// element's content preferred when there is one.
pub fn readable_text(html: &str) -> String {
    todo!()
}
