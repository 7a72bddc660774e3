//! Plain text out of Markdown: headings, emphasis, links and images lose
//! their syntax and keep their words.

/// Markdown → plain text, paragraphs kept.
pub fn plain_text(md: &str) -> String {
    todo!()
}
