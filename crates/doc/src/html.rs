//! Readable text out of an HTML page: the article, not its markup, scripts,
//! styles or navigation. A tolerant scanner, not a full HTML parser: it never
//! fails, and it never lets markup through.
//!
//! One linear pass splits the page into text, start tags and end tags
//! (comments, doctypes and processing instructions vanish; the content of
//! `script`, `style` and other raw-text elements is skipped unread; a `>`
//! inside a quoted attribute value does not end a tag; a `<` that starts no
//! tag is text). The first `article` (else `main`, else `body`) outside the
//! dropped elements is kept. Block elements end paragraphs; whitespace
//! within a paragraph collapses to single spaces; paragraphs are joined with
//! a blank line (`\n\n`), so each is one line of the document text.

/// Elements whose content is not article text.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "head", "nav", "header", "footer", "aside", "form",
    "button", "select", "title", "textarea", "object", "canvas", "math", "dialog",
];

/// Elements whose content is raw text: skipped up to their end tag unread.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes"];

/// Elements that start and end paragraphs.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "br",
    "tr",
    "td",
    "th",
    "blockquote",
    "section",
    "article",
    "main",
    "figure",
    "figcaption",
    "pre",
    "hr",
    "dd",
    "dt",
    "dl",
    "table",
    "caption",
    "address",
    "body",
    "details",
    "summary",
];

/// Elements that never have content or an end tag.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

/// The page's readable text: paragraphs separated by blank lines, entities
/// decoded; `script`, `style`, `nav`, `header`, `footer`, `aside`, `form`,
/// `noscript`, `template`, `svg`, `iframe` dropped; the `article` (or `main`)
/// element's content preferred when there is one.
pub fn readable_text(html: &str) -> String {
    let toks = tokenize(html);
    let range =
        ["article", "main", "body"].iter().find_map(|name| element_content(&toks, name)).unwrap_or(0..toks.len());
    render(&toks[range])
}

/// One piece of a page.
#[derive(Debug, PartialEq)]
enum Tok<'a> {
    Text(&'a str),
    /// Lower-case name; whether it closed itself (`<br/>`).
    Start(String, bool),
    End(String),
}

fn tokenize(html: &str) -> Vec<Tok<'_>> {
    // ASCII lower-casing keeps every byte offset.
    let lower = html.to_ascii_lowercase();
    let b = html.as_bytes();
    let len = b.len();
    let mut toks = Vec::new();
    let (mut i, mut text_start) = (0, 0);
    fn push_text<'a>(toks: &mut Vec<Tok<'a>>, html: &'a str, a: usize, z: usize) {
        if z > a {
            toks.push(Tok::Text(&html[a..z]));
        }
    }
    while let Some(off) = html[i..].find('<') {
        let lt = i + off;
        let next = b.get(lt + 1).copied();
        if html[lt + 1..].starts_with("!--") {
            push_text(&mut toks, html, text_start, lt);
            let end = lower[lt + 4..].find("-->").map_or(len, |e| lt + 4 + e + 3);
            i = end;
            text_start = end;
            continue;
        }
        if matches!(next, Some(b'!' | b'?')) {
            push_text(&mut toks, html, text_start, lt);
            let end = html[lt..].find('>').map_or(len, |e| lt + e + 1);
            i = end;
            text_start = end;
            continue;
        }
        let is_end = next == Some(b'/');
        let name_start = if is_end { lt + 2 } else { lt + 1 };
        if !b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            i = lt + 1; // a `<` that starts no tag is text
            continue;
        }
        let name_end = (name_start..len)
            .find(|&j| !(b[j].is_ascii_alphanumeric() || matches!(b[j], b'-' | b'_' | b':')))
            .unwrap_or(len);
        let name = lower[name_start..name_end].to_string();
        // Find the `>` that ends the tag, skipping quoted attribute values.
        let (mut j, mut quote, mut last) = (name_end, None::<u8>, 0u8);
        let mut gt = None;
        while j < len {
            let c = b[j];
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None if (c == b'"' || c == b'\'') && last == b'=' => quote = Some(c),
                None if c == b'>' => {
                    gt = Some(j);
                    break;
                }
                None => {}
            }
            if !c.is_ascii_whitespace() {
                last = c;
            }
            j += 1;
        }
        push_text(&mut toks, html, text_start, lt);
        let Some(gt) = gt else {
            // An unterminated tag runs to the end of the page.
            text_start = len;
            break;
        };
        let self_closing = gt > name_end && b[gt - 1] == b'/';
        i = gt + 1;
        text_start = i;
        if is_end {
            toks.push(Tok::End(name));
            continue;
        }
        let raw = !self_closing && RAW_TEXT.contains(&name.as_str());
        toks.push(Tok::Start(name.clone(), self_closing));
        if raw {
            let close = format!("</{name}");
            let end = lower[i..].find(&close).map_or(len, |e| i + e);
            i = end;
            text_start = end;
        }
    }
    push_text(&mut toks, html, text_start, len);
    toks
}

/// Whether a start tag opens an element that has content to close.
fn opens(name: &str, self_closing: bool) -> bool {
    !self_closing && !VOID.contains(&name)
}

/// The stack of dropped elements open at a point of the page.
#[derive(Default)]
struct Dropped(Vec<String>);

impl Dropped {
    /// Updates the stack for one tag.
    fn see(&mut self, tok: &Tok<'_>) {
        match tok {
            Tok::Start(name, sc) if DROPPED.contains(&name.as_str()) && opens(name, *sc) => self.0.push(name.clone()),
            // A body (or the article itself) ends an unclosed head.
            Tok::Start(name, _) if name == "body" => self.0.retain(|n| n != "head"),
            Tok::End(name) => {
                if let Some(at) = self.0.iter().rposition(|n| n == name) {
                    self.0.truncate(at);
                }
            }
            _ => {}
        }
    }
    fn active(&self) -> bool {
        !self.0.is_empty()
    }
}

/// The tokens inside the first `name` element outside dropped content (to
/// its matching end tag, or the end of the page).
fn element_content(toks: &[Tok<'_>], name: &str) -> Option<std::ops::Range<usize>> {
    let mut dropped = Dropped::default();
    let mut open = None;
    for (i, t) in toks.iter().enumerate() {
        let was_dropped = dropped.active();
        dropped.see(t);
        if let Tok::Start(n, _) = t {
            if n == name && !was_dropped {
                open = Some(i);
                break;
            }
        }
    }
    let first = open? + 1;
    let mut depth = 1;
    for (i, t) in toks.iter().enumerate().skip(first) {
        match t {
            Tok::Start(n, sc) if n == name && opens(n, *sc) => depth += 1,
            Tok::End(n) if n == name => {
                depth -= 1;
                if depth == 0 {
                    return Some(first..i);
                }
            }
            _ => {}
        }
    }
    Some(first..toks.len())
}

fn render(toks: &[Tok<'_>]) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut flush = |current: &mut String| {
        let para = current.split_whitespace().collect::<Vec<_>>().join(" ");
        if !para.is_empty() {
            paragraphs.push(para);
        }
        current.clear();
    };
    let mut dropped = Dropped::default();
    for t in toks {
        let was_dropped = dropped.active();
        dropped.see(t);
        match t {
            Tok::Text(s) if !was_dropped && !dropped.active() => current.push_str(&decode_entities(s)),
            Tok::Start(n, _) | Tok::End(n) if BLOCKS.contains(&n.as_str()) => flush(&mut current),
            _ => {}
        }
    }
    flush(&mut current);
    paragraphs.join("\n\n")
}

/// Named entities decoded (the common ones; others are left as written).
const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("hellip", '…'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("sbquo", '‚'),
    ("bdquo", '„'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("deg", '°'),
    ("middot", '·'),
    ("bull", '•'),
    ("times", '×'),
    ("euro", '€'),
    ("pound", '£'),
    ("yen", '¥'),
    ("cent", '¢'),
    ("sect", '§'),
    ("para", '¶'),
    ("shy", '\u{ad}'),
    ("thinsp", '\u{2009}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("prime", '′'),
    ("Prime", '″'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    ("aacute", 'á'),
    ("eacute", 'é'),
    ("iacute", 'í'),
    ("oacute", 'ó'),
    ("uacute", 'ú'),
    ("Aacute", 'Á'),
    ("Eacute", 'É'),
    ("Iacute", 'Í'),
    ("Oacute", 'Ó'),
    ("Uacute", 'Ú'),
    ("agrave", 'à'),
    ("egrave", 'è'),
    ("igrave", 'ì'),
    ("ograve", 'ò'),
    ("ugrave", 'ù'),
    ("acirc", 'â'),
    ("ecirc", 'ê'),
    ("icirc", 'î'),
    ("ocirc", 'ô'),
    ("ucirc", 'û'),
    ("auml", 'ä'),
    ("euml", 'ë'),
    ("iuml", 'ï'),
    ("ouml", 'ö'),
    ("uuml", 'ü'),
    ("Auml", 'Ä'),
    ("Ouml", 'Ö'),
    ("Uuml", 'Ü'),
    ("szlig", 'ß'),
    ("ccedil", 'ç'),
    ("Ccedil", 'Ç'),
    ("ntilde", 'ñ'),
    ("Ntilde", 'Ñ'),
    ("atilde", 'ã'),
    ("otilde", 'õ'),
    ("aring", 'å'),
    ("oslash", 'ø'),
    ("scaron", 'š'),
    ("Scaron", 'Š'),
    ("zcaron", 'ž'),
    ("Zcaron", 'Ž'),
];

/// Decodes `&#123;`, `&#x1F600;` and the named entities of `ENTITIES`;
/// anything else (unknown names, a missing `;`) is left as written. Code
/// points that are not characters become U+FFFD.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // Entities are short: look for the `;` within 32 bytes.
        let semi = rest.as_bytes().iter().take(34).position(|&c| c == b';');
        let decoded = semi.and_then(|semi| {
            let body = &rest[1..semi];
            let c = if let Some(num) = body.strip_prefix('#') {
                let n = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse::<u32>().ok(),
                }
                .filter(|_| !num.is_empty() && !num.starts_with(['+', '-']))?;
                char::from_u32(n).filter(|&c| c != '\0').unwrap_or('\u{FFFD}')
            } else {
                ENTITIES.iter().find(|(name, _)| *name == body)?.1
            };
            Some((c, semi + 1))
        });
        match decoded {
            Some((c, used)) => {
                out.push(c);
                rest = &rest[used..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEWS_PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="utf-8"><title>Talks in Istanbul | News</title>
  <style>body { color: red } p > a { x: "<p>" }</style>
  <script>var s = "<p>not text</p>"; if (a < b && c > d) {}</script>
</head>
<body>
  <header><a href="/">Home</a> <nav><ul><li>World</li><li>Sport</li></ul></nav></header>
  <!-- main story -->
  <article class="story">
    <h1>Kremlin: breakthroughs   unlikely</h1>
    <p class="lead">The Kremlin said it would be <em>unrealistic</em> to expect
       breakthroughs, Dmitry&nbsp;Peskov said.</p>
    <aside><p>Read more: other story</p></aside>
    <script>track("view");</script>
    <p>“Russia is awaiting a response,” Peskov stated &mdash; on June&nbsp;2, 2025.</p>
    <figure><img src="a.jpg" alt="photo"><figcaption>Delegations in Istanbul</figcaption></figure>
  </article>
  <footer><p>© 2025 News Ltd</p></footer>
</body></html>"#;

    #[test]
    fn a_news_page_gives_just_the_article_paragraphs() {
        assert_eq!(
            readable_text(NEWS_PAGE),
            "Kremlin: breakthroughs unlikely\n\n\
             The Kremlin said it would be unrealistic to expect breakthroughs, Dmitry Peskov said.\n\n\
             “Russia is awaiting a response,” Peskov stated — on June 2, 2025.\n\n\
             Delegations in Istanbul"
                .replace('\u{a0}', " ")
        );
    }

    #[test]
    fn readable_text_table() {
        let cases: &[(&str, &str, &str)] = &[
            ("plain text", "Hello world", "Hello world"),
            ("main when no article", "<nav>menu</nav><main><p>A</p><p>B</p></main><p>tail</p>", "A\n\nB"),
            ("body when no main", "<head><title>T</title></head><body><p>A</p></body>", "A"),
            ("unclosed head ended by body", "<head><title>T</title><body><p>A</p>", "A"),
            ("inline tags join words", "<p>Pe<b>sk</b>ov <i>said</i></p>", "Peskov said"),
            ("br and li break lines", "<p>a<br>b</p><ul><li>c<li>d</ul>", "a\n\nb\n\nc\n\nd"),
            ("unclosed tags", "<div><p>one<p>two<span>three", "one\n\ntwothree"),
            ("gt inside a quoted attribute", r#"<p title="a > b" data-x='<p>'>text</p>"#, "text"),
            ("apostrophe in an unquoted value", "<p class=it's>x</p>", "x"),
            (
                "script inside the article is dropped",
                "<article><p>a</p><script>alert('<p>x</p>')</script><p>b</p></article>",
                "a\n\nb",
            ),
            ("uppercase tags", "<P>A</P><SCRIPT>x</SCRIPT><P>B</P>", "A\n\nB"),
            ("comment and unterminated comment", "a<!-- <p>x</p> -->b<!-- never closed", "ab"),
            ("literal less-than", "<p>3 < 4 and 5 <= 6</p>", "3 < 4 and 5 <= 6"),
            ("unterminated tag at the end", "<p>a</p><p class=\"x", "a"),
            ("escaped markup stays text", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", "<script>alert(1)</script>"),
            ("dropped form and button", "<p>a</p><form><input><button>Go</button></form><p>b</p>", "a\n\nb"),
            (
                "nested articles",
                "<article><p>a</p><article><p>b</p></article><p>c</p></article><p>d</p>",
                "a\n\nb\n\nc",
            ),
            ("article inside nav is not the article", "<nav><article>menu</article></nav><main><p>x</p></main>", "x"),
            ("self-closing svg", "<p>a<svg/>b</p>", "ab"),
            ("svg content dropped", "<p>a<svg><text>label</text></svg>b</p>", "ab"),
            ("processing instruction", "<?xml version=\"1.0\"?><p>a</p>", "a"),
        ];
        for (name, html, want) in cases {
            assert_eq!(readable_text(html), *want, "{name}");
        }
    }

    #[test]
    fn entities_table() {
        let cases = [
            ("&amp;&lt;&gt;&quot;&apos;", "&<>\"'"),
            ("&#123;&#x1F600;&#X41;", "{😀A"),
            ("&mdash;&ndash;&hellip;&lsquo;&rsquo;&ldquo;&rdquo;&laquo;&raquo;", "—–…‘’“”«»"),
            ("Erdo&#287;an caf&eacute; &copy;&reg;&trade;", "Erdoğan café ©®™"),
            ("&unknown; & &amp &#xZZ; &#; &#0; &#xD800;", "&unknown; & &amp &#xZZ; &#; \u{FFFD} \u{FFFD}"),
            ("&#99999999999;", "&#99999999999;"),
            ("AT&T", "AT&T"),
        ];
        for (input, want) in cases {
            assert_eq!(decode_entities(input), want, "{input}");
        }
    }

    #[test]
    fn arbitrary_input_never_panics_or_leaks_tags() {
        let pieces = [
            "<",
            ">",
            "</",
            "<p>",
            "</p>",
            "<script>",
            "</script>",
            "<!--",
            "-->",
            "<!",
            "&",
            "&#",
            "x1F600;",
            ";",
            "\"",
            "'",
            "=",
            "<article>",
            "</article>",
            "<nav>",
            "</nav>",
            "é",
            "😀",
            " ",
            "\n",
            "a",
            "<br/>",
            "<a href=\"",
            "&amp;",
        ];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..3000 {
            let mut page = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for k in 0..(seed % 40) {
                page.push_str(pieces[((seed >> (k % 50)) as usize + k as usize * 7) % pieces.len()]);
            }
            let out = readable_text(&page);
            assert!(!out.contains("<p>") && !out.contains("<script>"), "{page:?} → {out:?}");
        }
        // Raw bytes, decoded lossily.
        for n in 0..500u32 {
            let bytes: Vec<u8> = (0..64).map(|i| (n.wrapping_mul(2_654_435_761).rotate_left(i) & 0xFF) as u8).collect();
            let _ = readable_text(&String::from_utf8_lossy(&bytes));
        }
    }

    #[test]
    fn a_large_page_keeps_every_word_and_no_script() {
        let page = "<div><p>word &amp; <b>bold</b></p><script>x<y</script>".repeat(20_000);
        let out = readable_text(&page);
        assert_eq!(out.matches("word & bold").count(), 20_000);
        assert!(!out.contains("x<y"), "script text is not readable text");
        let opens = "<".repeat(200_000);
        assert_eq!(readable_text(&opens), opens, "stray `<` are text, not quadratic");
    }
}
