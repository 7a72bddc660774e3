//! JSON text into a `serde_json::Value`, as `serde_json::from_str` reads
//! it: the same values (its numbers as it makes them, its lossy float
//! path included), the same refusals with the same message, line and
//! column. Written by hand because serde_json's parser, instantiated for
//! `Value`, was 14.9 KB of the page's wasm (6.4 KiB gzipped) for the
//! labelled-JSON import, JSON Lines and Label Studio's files; a test holds
//! the two equal on every input it makes.

use std::fmt;

use serde_json::{Map, Number, Value};

/// How deep arrays and objects may nest (serde_json's limit): the reader
/// recurses, and a file nested deeper must not exhaust the stack.
const MAX_DEPTH: usize = 128;

/// The largest power of ten an `f64` holds (serde_json's table's last).
const MAX_POW10: usize = 308;

/// Why a text is no JSON, and where: serde_json's message (its
/// `ErrorCode`'s text), line and column, written as its `Error` writes
/// them.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    reason: &'static str,
}

impl SyntaxError {
    /// Why, without where: for a message that gives the line and column
    /// itself (`not valid JSON (line 1, column 31): trailing comma`).
    pub fn reason(&self) -> &'static str {
        self.reason
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {} column {}", self.reason, self.line, self.column)
    }
}

// serde_json's `ErrorCode` texts, word for word: a refusal reads as
// serde_json's did (the tests below compare them).
const EOF_LIST: &str = "EOF while parsing a list";
const EOF_OBJECT: &str = "EOF while parsing an object";
const EOF_STRING: &str = "EOF while parsing a string";
const EOF_VALUE: &str = "EOF while parsing a value";
const EXPECTED_COLON: &str = "expected `:`";
const EXPECTED_LIST_COMMA: &str = "expected `,` or `]`";
const EXPECTED_OBJECT_COMMA: &str = "expected `,` or `}`";
const EXPECTED_IDENT: &str = "expected ident";
const EXPECTED_VALUE: &str = "expected value";
const INVALID_ESCAPE: &str = "invalid escape";
const INVALID_NUMBER: &str = "invalid number";
const OUT_OF_RANGE: &str = "number out of range";
const CONTROL: &str = "control character (\\u0000-\\u001F) found while parsing a string";
const KEY_NOT_STRING: &str = "key must be a string";
const LONE_SURROGATE: &str = "lone leading surrogate in hex escape";
const TRAILING_COMMA: &str = "trailing comma";
const TRAILING: &str = "trailing characters";
const HEX_END: &str = "unexpected end of hex escape";
const NOT_UTF8: &str = "invalid unicode code point";
const TOO_DEEP: &str = "recursion limit exceeded";

type Result<T> = std::result::Result<T, SyntaxError>;

/// Reads one JSON value filling the whole `text` (whitespace around it).
pub fn parse(text: &str) -> Result<Value> {
    let mut p = Parser { bytes: text.as_bytes(), at: 0, depth: MAX_DEPTH };
    let value = p.value()?;
    match p.whitespace() {
        Some(_) => Err(p.peek_error(TRAILING)),
        None => Ok(value),
    }
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
    depth: usize,
}

impl Parser<'_> {
    /// The error of a byte taken (serde_json's `error`: at the index).
    #[cold]
    fn error(&self, reason: &'static str) -> SyntaxError {
        self.error_at(self.at, reason)
    }

    /// The error of a byte looked at (serde_json's `peek_error`: one on).
    #[cold]
    fn peek_error(&self, reason: &'static str) -> SyntaxError {
        self.error_at((self.at + 1).min(self.bytes.len()), reason)
    }

    fn error_at(&self, i: usize, reason: &'static str) -> SyntaxError {
        let before = &self.bytes[..i];
        let start_of_line = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        let line = 1 + before[..start_of_line].iter().filter(|&&b| b == b'\n').count();
        SyntaxError { line, column: i - start_of_line, reason }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// The next byte, or 0 at the end (serde_json's `peek_or_null`).
    fn peek_or_null(&self) -> u8 {
        self.peek().unwrap_or(0)
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek();
        if b.is_some() {
            self.at += 1;
        }
        b
    }

    /// The first byte after whitespace, not taken.
    fn whitespace(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.at += 1;
        }
        self.peek()
    }

    fn value(&mut self) -> Result<Value> {
        let Some(b) = self.whitespace() else { return Err(self.peek_error(EOF_VALUE)) };
        match b {
            b'n' => self.ident(b"null").map(|()| Value::Null),
            b't' => self.ident(b"true").map(|()| Value::Bool(true)),
            b'f' => self.ident(b"false").map(|()| Value::Bool(false)),
            b'-' => {
                self.at += 1;
                self.integer(false)
            }
            b'0'..=b'9' => self.integer(true),
            b'"' => {
                self.at += 1;
                self.string().map(Value::String)
            }
            b'[' => {
                self.deeper()?;
                self.at += 1;
                let items = self.items();
                self.depth += 1;
                let end = self.end_list();
                let items = items?;
                end.map(|()| Value::Array(items))
            }
            b'{' => {
                self.deeper()?;
                self.at += 1;
                let fields = self.fields();
                self.depth += 1;
                let end = self.end_object();
                let fields = fields?;
                end.map(|()| Value::Object(fields))
            }
            _ => Err(self.peek_error(EXPECTED_VALUE)),
        }
    }

    fn deeper(&mut self) -> Result<()> {
        self.depth -= 1;
        if self.depth == 0 {
            return Err(self.peek_error(TOO_DEEP));
        }
        Ok(())
    }

    /// `word`, its first byte looked at and known.
    fn ident(&mut self, word: &[u8]) -> Result<()> {
        self.at += 1;
        for &want in &word[1..] {
            match self.next() {
                None => return Err(self.error(EOF_VALUE)),
                Some(b) if b != want => return Err(self.error(EXPECTED_IDENT)),
                Some(_) => {}
            }
        }
        Ok(())
    }

    /// The items of an array, up to its `]` (not taken).
    fn items(&mut self) -> Result<Vec<Value>> {
        let mut items = Vec::new();
        loop {
            let Some(b) = self.whitespace() else { return Err(self.peek_error(EOF_LIST)) };
            if b == b']' {
                return Ok(items);
            }
            if !items.is_empty() {
                if b != b',' {
                    return Err(self.peek_error(EXPECTED_LIST_COMMA));
                }
                self.at += 1;
                match self.whitespace() {
                    Some(b']') => return Err(self.peek_error(TRAILING_COMMA)),
                    Some(_) => {}
                    None => return Err(self.peek_error(EOF_VALUE)),
                }
            }
            items.push(self.value()?);
        }
    }

    fn end_list(&mut self) -> Result<()> {
        match self.whitespace() {
            Some(b']') => {
                self.at += 1;
                Ok(())
            }
            Some(b',') => {
                self.at += 1;
                match self.whitespace() {
                    Some(b']') => Err(self.peek_error(TRAILING_COMMA)),
                    _ => Err(self.peek_error(TRAILING)),
                }
            }
            Some(_) => Err(self.peek_error(TRAILING)),
            None => Err(self.peek_error(EOF_LIST)),
        }
    }

    /// The fields of an object, up to its `}` (not taken); a key given
    /// twice keeps its last value, as `Map::insert` does.
    fn fields(&mut self) -> Result<Map<String, Value>> {
        let mut fields = Map::new();
        let mut first = true;
        loop {
            let Some(b) = self.whitespace() else { return Err(self.peek_error(EOF_OBJECT)) };
            if b == b'}' {
                return Ok(fields);
            }
            if first {
                first = false;
                if b != b'"' {
                    return Err(self.peek_error(KEY_NOT_STRING));
                }
            } else if b == b',' {
                self.at += 1;
                match self.whitespace() {
                    Some(b'"') => {}
                    Some(b'}') => return Err(self.peek_error(TRAILING_COMMA)),
                    Some(_) => return Err(self.peek_error(KEY_NOT_STRING)),
                    None => return Err(self.peek_error(EOF_VALUE)),
                }
            } else {
                return Err(self.peek_error(EXPECTED_OBJECT_COMMA));
            }
            self.at += 1;
            let key = self.string()?;
            match self.whitespace() {
                Some(b':') => self.at += 1,
                Some(_) => return Err(self.peek_error(EXPECTED_COLON)),
                None => return Err(self.peek_error(EOF_OBJECT)),
            }
            let value = self.value()?;
            fields.insert(key, value);
        }
    }

    fn end_object(&mut self) -> Result<()> {
        match self.whitespace() {
            Some(b'}') => {
                self.at += 1;
                Ok(())
            }
            Some(b',') => Err(self.peek_error(TRAILING_COMMA)),
            Some(_) => Err(self.peek_error(TRAILING)),
            None => Err(self.peek_error(EOF_OBJECT)),
        }
    }

    /// A string's contents, its opening quote taken.
    fn string(&mut self) -> Result<String> {
        let mut out = Vec::new();
        let mut start = self.at;
        loop {
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            match self.peek() {
                None => return Err(self.error(EOF_STRING)),
                Some(b'"') => {
                    out.extend_from_slice(&self.bytes[start..self.at]);
                    self.at += 1;
                    // Whole characters of the text (cut only at ASCII
                    // bytes) and escapes' characters: UTF-8, as serde_json
                    // checks too.
                    return String::from_utf8(out).map_err(|_| self.error(NOT_UTF8));
                }
                Some(b'\\') => {
                    out.extend_from_slice(&self.bytes[start..self.at]);
                    self.at += 1;
                    self.escape(&mut out)?;
                    start = self.at;
                }
                Some(_) => {
                    self.at += 1;
                    return Err(self.error(CONTROL));
                }
            }
        }
    }

    /// One escape, its backslash taken.
    fn escape(&mut self, out: &mut Vec<u8>) -> Result<()> {
        let Some(b) = self.next() else { return Err(self.error(EOF_STRING)) };
        let byte = match b {
            b'"' | b'\\' | b'/' => b,
            b'b' => b'\x08',
            b'f' => b'\x0c',
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => return self.unicode_escape(out),
            _ => return Err(self.error(INVALID_ESCAPE)),
        };
        out.push(byte);
        Ok(())
    }

    /// A `\u` escape (a surrogate pair's two), `\u` taken.
    fn unicode_escape(&mut self, out: &mut Vec<u8>) -> Result<()> {
        let n = self.hex()?;
        if (0xDC00..=0xDFFF).contains(&n) {
            return Err(self.error(LONE_SURROGATE));
        }
        let code = if (0xD800..=0xDBFF).contains(&n) {
            for want in [b'\\', b'u'] {
                match self.peek() {
                    None => return Err(self.error(EOF_STRING)),
                    Some(b) => {
                        self.at += 1;
                        if b != want {
                            return Err(self.error(HEX_END));
                        }
                    }
                }
            }
            let n2 = self.hex()?;
            if !(0xDC00..=0xDFFF).contains(&n2) {
                return Err(self.error(LONE_SURROGATE));
            }
            (((n - 0xD800) << 10) | (n2 - 0xDC00)) + 0x1_0000
        } else {
            n
        };
        // Outside the surrogates (checked above): always a character.
        let c = char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER);
        out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        Ok(())
    }

    /// Four hex digits.
    fn hex(&mut self) -> Result<u32> {
        let Some(digits) = self.bytes.get(self.at..self.at + 4) else {
            self.at = self.bytes.len();
            return Err(self.error(EOF_STRING));
        };
        self.at += 4;
        let mut n = 0;
        for &d in digits {
            let Some(v) = (d as char).to_digit(16) else { return Err(self.error(INVALID_ESCAPE)) };
            n = n * 16 + v;
        }
        Ok(n)
    }

    /// A number, its sign taken (serde_json's `parse_integer`).
    fn integer(&mut self, positive: bool) -> Result<Value> {
        let Some(first) = self.next() else { return Err(self.error(EOF_VALUE)) };
        match first {
            b'0' => {
                if self.peek_or_null().is_ascii_digit() {
                    return Err(self.peek_error(INVALID_NUMBER));
                }
                self.number(positive, 0)
            }
            b'1'..=b'9' => {
                let mut significand = u64::from(first - b'0');
                loop {
                    let c = self.peek_or_null();
                    if !c.is_ascii_digit() {
                        return self.number(positive, significand);
                    }
                    let Some(next) = significand.checked_mul(10).and_then(|s| s.checked_add(u64::from(c - b'0')))
                    else {
                        return self.long_integer(positive, significand).map(float);
                    };
                    self.at += 1;
                    significand = next;
                }
            }
            _ => Err(self.error(INVALID_NUMBER)),
        }
    }

    /// After an integer's digits (serde_json's `parse_number`).
    fn number(&mut self, positive: bool, significand: u64) -> Result<Value> {
        Ok(match self.peek_or_null() {
            b'.' => float(self.decimal(positive, significand, 0)?),
            b'e' | b'E' => float(self.exponent(positive, significand, 0)?),
            _ if positive => Value::Number(significand.into()),
            _ => {
                let neg = (significand as i64).wrapping_neg();
                // A float below i64's range, or `-0`.
                if neg >= 0 {
                    float(-(significand as f64))
                } else {
                    Value::Number(neg.into())
                }
            }
        })
    }

    /// An integer too long for a `u64`: the digits past it count as
    /// powers of ten (serde_json's `parse_long_integer`).
    fn long_integer(&mut self, positive: bool, significand: u64) -> Result<f64> {
        let mut exponent = 0;
        loop {
            match self.peek_or_null() {
                b'0'..=b'9' => {
                    self.at += 1;
                    exponent += 1;
                }
                b'.' => return self.decimal(positive, significand, exponent),
                b'e' | b'E' => return self.exponent(positive, significand, exponent),
                _ => return self.float_of(positive, significand, exponent),
            }
        }
    }

    /// A fraction, at its `.` (serde_json's `parse_decimal`).
    fn decimal(&mut self, positive: bool, mut significand: u64, before_point: i32) -> Result<f64> {
        self.at += 1;
        let mut after_point = 0;
        while let c @ b'0'..=b'9' = self.peek_or_null() {
            let Some(next) = significand.checked_mul(10).and_then(|s| s.checked_add(u64::from(c - b'0'))) else {
                // Further digits are dropped (`parse_decimal_overflow`).
                while self.peek_or_null().is_ascii_digit() {
                    self.at += 1;
                }
                let exponent = before_point + after_point;
                return match self.peek_or_null() {
                    b'e' | b'E' => self.exponent(positive, significand, exponent),
                    _ => self.float_of(positive, significand, exponent),
                };
            };
            self.at += 1;
            significand = next;
            after_point -= 1;
        }
        if after_point == 0 {
            return Err(match self.peek() {
                Some(_) => self.peek_error(INVALID_NUMBER),
                None => self.peek_error(EOF_VALUE),
            });
        }
        let exponent = before_point + after_point;
        match self.peek_or_null() {
            b'e' | b'E' => self.exponent(positive, significand, exponent),
            _ => self.float_of(positive, significand, exponent),
        }
    }

    /// An exponent, at its `e` (serde_json's `parse_exponent`).
    fn exponent(&mut self, positive: bool, significand: u64, starting: i32) -> Result<f64> {
        self.at += 1;
        let positive_exp = match self.peek_or_null() {
            b'+' => {
                self.at += 1;
                true
            }
            b'-' => {
                self.at += 1;
                false
            }
            _ => true,
        };
        let mut exp = match self.next() {
            None => return Err(self.error(EOF_VALUE)),
            Some(c @ b'0'..=b'9') => i32::from(c - b'0'),
            Some(_) => return Err(self.error(INVALID_NUMBER)),
        };
        while let c @ b'0'..=b'9' = self.peek_or_null() {
            self.at += 1;
            let Some(next) = exp.checked_mul(10).and_then(|e| e.checked_add(i32::from(c - b'0'))) else {
                // `parse_exponent_overflow`: zero, or too large.
                if significand != 0 && positive_exp {
                    return Err(self.error(OUT_OF_RANGE));
                }
                while self.peek_or_null().is_ascii_digit() {
                    self.at += 1;
                }
                return Ok(if positive { 0.0 } else { -0.0 });
            };
            exp = next;
        }
        let exponent = if positive_exp { starting.saturating_add(exp) } else { starting.saturating_sub(exp) };
        self.float_of(positive, significand, exponent)
    }

    /// serde_json's `f64_from_parts` without `float_roundtrip`: the
    /// significand times or over one power of ten (not always the nearest
    /// float, but serde_json's).
    fn float_of(&self, positive: bool, significand: u64, mut exponent: i32) -> Result<f64> {
        let mut f = significand as f64;
        loop {
            let power = exponent.unsigned_abs() as usize;
            if power <= MAX_POW10 {
                if exponent >= 0 {
                    f *= pow10(power);
                    if f.is_infinite() {
                        return Err(self.error(OUT_OF_RANGE));
                    }
                } else {
                    f /= pow10(power);
                }
                break;
            }
            if f == 0.0 {
                break;
            }
            if exponent >= 0 {
                return Err(self.error(OUT_OF_RANGE));
            }
            f /= 1e308;
            exponent += MAX_POW10 as i32;
        }
        Ok(if positive { f } else { -f })
    }
}

/// `10^n` for `n` ≤ 308, the nearest float: what the literal `1eN` of
/// serde_json's table is, read from its text.
fn pow10(n: usize) -> f64 {
    let digits = [b'1', b'e', b'0' + (n / 100) as u8, b'0' + (n / 10 % 10) as u8, b'0' + (n % 10) as u8];
    std::str::from_utf8(&digits).ok().and_then(|s| s.parse().ok()).unwrap_or(f64::INFINITY)
}

/// A float as serde_json's `Value` holds it (always finite here).
fn float(f: f64) -> Value {
    Number::from_f64(f).map_or(Value::Null, Value::Number)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `parse` and `serde_json::from_str` agree on `text`: the same value
    /// (written the same, so `-0.0` and `0.0` differ), or the same error.
    fn same(text: &str) {
        let theirs = serde_json::from_str::<Value>(text);
        match (parse(text), theirs) {
            (Ok(a), Ok(b)) => {
                assert_eq!(a, b, "{text:?}");
                assert_eq!(format!("{a:?}"), format!("{b:?}"), "{text:?}");
            }
            (Err(a), Err(b)) => {
                assert_eq!((a.to_string(), a.line, a.column), (b.to_string(), b.line(), b.column()), "{text:?}");
            }
            (a, b) => panic!("{text:?}: ours {a:?}, serde_json's {b:?}"),
        }
    }

    #[test]
    fn values_and_refusals_are_serde_jsons() {
        let cases = [
            "",
            " ",
            "null",
            "true",
            "false",
            "nul",
            "nulx",
            "tru",
            "fals",
            "x",
            "[]",
            "{}",
            "[1,2]",
            "[1,]",
            "[,1]",
            "[1 2]",
            "[",
            "[1",
            "[1,",
            "{\"a\":1}",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "{\"a\"",
            "{\"a\":",
            "{1:2}",
            "{\"a\":1 \"b\":2}",
            "{,}",
            "{\"a\":1,\"a\":2}",
            "{\"b\":1,\"a\":[{}]}",
            "1 2",
            "  7  ",
            "\n\n [1,\n x]",
            "0",
            "-0",
            "-",
            "-x",
            "01",
            "-01",
            "1.",
            "1.x",
            "1.5",
            "1e",
            "1e+",
            "1e-",
            "1ex",
            "1E5",
            "1e-5",
            "2.5e+3",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775808",
            "-9223372036854775809",
            "123456789012345678901234567890",
            "1234567890123456789012345.678e-3",
            "0.12345678901234567890123456789",
            "1e308",
            "1e309",
            "-1e309",
            "1e-400",
            "0e99999999999",
            "1e99999999999",
            "1e-99999999999",
            "4.9e-324",
            "2.2250738585072014e-308",
            "9007199254740993",
            "0.1",
            "1.7976931348623157e308",
            "123.456e-310",
            "\"\"",
            "\"a\"",
            "\"a",
            "\"\\",
            "\"\\n\\t\\r\\b\\f\\/\\\\\\\"\"",
            "\"\\x\"",
            "\"\\u00e9\"",
            "\"\\u00E9\"",
            "\"\\u00g9\"",
            "\"\\u00\"",
            "\"\\u00",
            "\"\\ud83d\\ude00\"",
            "\"\\ud83d\"",
            "\"\\ud83d\\n\"",
            "\"\\ud83dx",
            "\"\\ud83d\\u0041\"",
            "\"\\ude00\"",
            "\"\\ud83d",
            "\"\\ud83d\\",
            "\"a\u{1}b\"",
            "\"é ü 中 😀\"",
            "\"\u{7f}\"",
            "[\"a\",{\"k\":[true,null,-1.5e-3]}]",
        ];
        for text in cases {
            same(text);
        }
        same(&"[".repeat(127));
        same(&format!("{}{}", "[".repeat(127), "]".repeat(127)));
        same(&"[".repeat(128));
        same(&"{\"a\":".repeat(130));
    }

    #[test]
    fn made_texts_read_as_serde_json_reads_them() {
        // Pieces of JSON, good and bad, joined at random (xorshift, fixed seed).
        const PIECES: [&str; 40] = [
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            " ",
            "\n",
            "\"a\"",
            "\"k\"",
            "\"\\u00e9\"",
            "\"\\ud83d\\ude00\"",
            "\"\\ud83d\"",
            "\\",
            "\"",
            "0",
            "-0",
            "1.5e3",
            "-12",
            "18446744073709551616",
            "1e400",
            "1e-400",
            ".5",
            "e",
            "-",
            "01",
            "true",
            "tru",
            "null",
            "false",
            "\u{1}",
            "é",
            "x",
            "9007199254740993",
            "0.30000000000000004",
            "1E+2",
            "\t",
            "\r\n",
            "12345678901234567890.5",
            "\"\\n\"",
        ];
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let len = next() % 12;
            let text: String = (0..len).map(|_| PIECES[(next() % PIECES.len() as u64) as usize]).collect();
            same(&text);
        }
    }

    #[test]
    fn the_shared_labelled_files_read_as_serde_json_reads_them() {
        let dir = annotator_testdata::shared_path("corpus/external/wikigold");
        let files = annotator_testdata::files_with_extension(&dir, "json");
        assert!(!files.is_empty());
        for f in files.iter().take(40) {
            let text = std::fs::read_to_string(f).unwrap();
            same(&text);
            // Cut short, at every 97th byte boundary: the errors too.
            for cut in (0..text.len()).step_by(97).filter(|&i| text.is_char_boundary(i)) {
                same(&text[..cut]);
            }
        }
    }
}
