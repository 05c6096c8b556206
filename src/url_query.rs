//! Reading and writing the page's query string (`?step=the-money&…`). The query is untrusted
//! input: anything malformed is decoded leniently, never a panic.

/// The query's parameters, in order, percent-decoded (`+` as a space). A leading `?` is ignored.
pub fn params(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key), decode(value))
        })
        .collect()
}

/// The first value of `key`, if present.
pub fn get(query: &str, key: &str) -> Option<String> {
    params(query).into_iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// The query with `key` set to `value` (replacing every earlier value), other parameters kept
/// in order. Returns `?…`, or an empty string when no parameter is left.
pub fn with(query: &str, key: &str, value: Option<&str>) -> String {
    let mut pairs: Vec<(String, String)> = params(query).into_iter().filter(|(k, _)| k != key).collect();
    if let Some(value) = value {
        pairs.push((key.to_owned(), value.to_owned()));
    }
    if pairs.is_empty() {
        return String::new();
    }
    let joined: Vec<String> = pairs.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect();
    format!("?{}", joined.join("&"))
}

/// Up to `max_chars` of an untrusted value, without control characters, with "…" when cut:
/// safe and short enough to repeat back to the reader.
pub fn echo(raw: &str, max_chars: usize) -> String {
    let shown: String = raw.chars().filter(|c| !c.is_control()).take(max_chars).collect();
    if raw.chars().count() > max_chars {
        format!("{shown}…")
    } else {
        shown
    }
}

/// Percent-decodes a query component; invalid escapes and invalid UTF-8 are kept or replaced,
/// never rejected.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(high), Some(low)) => {
                    out.push(high * 16 + low);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(byte: u8) -> Option<u8> {
    (byte as char).to_digit(16).map(|d| d as u8)
}

/// Percent-encodes everything but unreserved characters.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_parameters() {
        assert_eq!(get("?step=the-money&embed=1", "step").as_deref(), Some("the-money"));
        assert_eq!(get("step=a%20b+c", "step").as_deref(), Some("a b c"));
        assert_eq!(get("?embed", "embed").as_deref(), Some(""));
        assert_eq!(get("?other=1", "step"), None);
        assert_eq!(get("", "step"), None);
    }

    #[test]
    fn survives_malformed_escapes() {
        assert_eq!(get("?step=%", "step").as_deref(), Some("%"));
        assert_eq!(get("?step=%4", "step").as_deref(), Some("%4"));
        assert_eq!(get("?step=%zz", "step").as_deref(), Some("%zz"));
        assert_eq!(get("?step=%ff%fe", "step").as_deref(), Some("\u{fffd}\u{fffd}"));
        assert_eq!(get("?&&=&step==x", "step").as_deref(), Some("=x"));
    }

    #[test]
    fn writes_parameters_keeping_the_others() {
        assert_eq!(with("?embed=1&step=a", "step", Some("b")), "?embed=1&step=b");
        assert_eq!(with("", "step", Some("the money")), "?step=the%20money");
        assert_eq!(with("?step=a", "step", None), "");
        assert_eq!(with("?x=%3C%3E&step=a&step=b", "step", Some("c")), "?x=%3C%3E&step=c");
    }

    #[test]
    fn echoes_short_and_clean() {
        assert_eq!(echo("abc", 5), "abc");
        assert_eq!(echo("abcdefgh", 5), "abcde…");
        assert_eq!(echo("a\u{0}b\nc", 5), "abc");
    }

    #[test]
    fn round_trips_any_text() {
        for text in ["plain", "a b&c=d", "“quotes”", "%", "<script>"] {
            assert_eq!(get(&with("", "k", Some(text)), "k").as_deref(), Some(text));
        }
    }
}
