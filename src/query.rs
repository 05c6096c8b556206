//! The page's address as the app reads and writes it: the query (`?step=the-money&pledge=320`)
//! parsed once into a [`PageQuery`], its parameters named by [`Param`], and written back through
//! the same type. Encoding and decoding are the URL standard's `application/x-www-form-urlencoded`:
//! in the browser its own `URLSearchParams` (so the WebAssembly carries no codec), natively (the
//! prerenderer, the tests) the `form_urlencoded` crate. Both are held to the same cases, here and
//! in `tests/browser.rs`.
//!
//! One rule for a repeated parameter everywhere: its first value counts, as `URLSearchParams.get`
//! has it in the page's inline scripts. The query is untrusted: anything malformed is decoded
//! leniently (invalid escapes kept, invalid UTF-8 replaced), never a panic.

use std::fmt;

/// A parameter of the page's address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Param {
    /// The walkthrough's step, by slug.
    Step,
    /// What an embed shows: the story (absent), one step, or the calculator.
    View,
    /// `embed=1`: the embed's address before it had a page of its own.
    Embed,
    /// The id an embed's height messages carry.
    Id,
    /// The id a Pym.js parent gives its child.
    ChildId,
    /// The calculator's scenario: one parameter per number field, the split and the profile.
    Pledge,
    Years,
    Initial,
    Secured,
    Jobs,
    Split,
    Profile,
}

impl Param {
    /// Every parameter that holds the calculator's scenario.
    pub const SCENARIO: [Param; 7] =
        [Param::Pledge, Param::Years, Param::Initial, Param::Secured, Param::Jobs, Param::Split, Param::Profile];

    /// The parameter's name in the address.
    pub const fn name(self) -> &'static str {
        match self {
            Param::Step => "step",
            Param::View => "view",
            Param::Embed => "embed",
            Param::Id => "id",
            Param::ChildId => "childId",
            Param::Pledge => "pledge",
            Param::Years => "years",
            Param::Initial => "initial",
            Param::Secured => "secured",
            Param::Jobs => "jobs",
            Param::Split => "split",
            Param::Profile => "profile",
        }
    }
}

/// A page's query: every parameter in order, decoded, those the app does not know included
/// (so that writing the address keeps what a host or another module put there).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageQuery {
    pairs: Vec<(String, String)>,
}

impl PageQuery {
    /// Parses a query string, with or without its leading `?`.
    pub fn parse(query: &str) -> PageQuery {
        PageQuery { pairs: codec::decode(query.strip_prefix('?').unwrap_or(query)) }
    }

    /// The parameter's value: its first, when it is repeated.
    pub fn get(&self, param: Param) -> Option<&str> {
        self.pairs.iter().find(|(key, _)| key == param.name()).map(|(_, value)| value.as_str())
    }

    /// Whether the query has the parameter at all.
    pub fn has(&self, param: Param) -> bool {
        self.get(param).is_some()
    }

    /// The query with the parameter set to `value` (`None` removes it): in place of its first
    /// occurrence, or last when it had none; any repetition goes. Every other parameter stays
    /// where it was.
    pub fn with(mut self, param: Param, value: Option<&str>) -> PageQuery {
        let name = param.name();
        let mut value = value.map(str::to_owned);
        // The first occurrence takes the value (or goes), every later one goes.
        self.pairs.retain_mut(|(key, old)| {
            if key != name {
                return true;
            }
            match value.take() {
                Some(new) => {
                    *old = new;
                    true
                }
                None => false,
            }
        });
        // Still here: the parameter was not there.
        if let Some(value) = value {
            self.pairs.push((name.to_owned(), value));
        }
        self
    }

    /// The query without the parameter.
    pub fn without(self, param: Param) -> PageQuery {
        self.with(param, None)
    }
}

/// The query as the address writes it: `?step=the-money&secured=9.9`, or nothing at all when it
/// has no parameter.
impl fmt::Display for PageQuery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.pairs.is_empty() {
            return Ok(());
        }
        f.write_str("?")?;
        f.write_str(&codec::encode(&self.pairs))
    }
}

/// The browser's codec: `URLSearchParams`.
#[cfg(target_arch = "wasm32")]
mod codec {
    use wasm_bindgen::JsCast;
    use web_sys::UrlSearchParams;

    pub fn decode(query: &str) -> Vec<(String, String)> {
        let Ok(params) = UrlSearchParams::new_with_str(query) else { return Vec::new() };
        let entries = params.entries();
        let mut pairs = Vec::new();
        while let Some(entry) = entries.next().ok().filter(|next| !next.done()) {
            let pair: js_sys::Array = entry.value().unchecked_into();
            pairs.push((pair.get(0).as_string().unwrap_or_default(), pair.get(1).as_string().unwrap_or_default()));
        }
        pairs
    }

    pub fn encode(pairs: &[(String, String)]) -> String {
        let Ok(params) = UrlSearchParams::new() else { return String::new() };
        for (name, value) in pairs {
            params.append(name, value);
        }
        params.to_string().into()
    }
}

/// The native codec: `form_urlencoded`.
#[cfg(not(target_arch = "wasm32"))]
mod codec {
    pub fn decode(query: &str) -> Vec<(String, String)> {
        form_urlencoded::parse(query.as_bytes()).into_owned().collect()
    }

    pub fn encode(pairs: &[(String, String)]) -> String {
        form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish()
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    include!("../tests/support/query_cases.rs");

    /// Reading leniently, the first of a repeated parameter; writing in place, keeping the others.
    #[test]
    fn reads_and_writes_every_shared_case() {
        check_codec_cases();
        assert_eq!(PageQuery::parse("?embed").get(Param::Embed), Some(""));
        assert_eq!(PageQuery::parse("?childid=x").get(Param::ChildId), None, "names are case-sensitive");
    }

    #[test]
    fn echoes_short_and_clean() {
        assert_eq!(echo("abc", 5), "abc");
        assert_eq!(echo("abcdefgh", 5), "abcde…");
        assert_eq!(echo("a\u{0}b\nc", 5), "abc");
    }

    /// Natively only: proptest is a native dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2_000))]

            /// Whatever is written is read back exactly, and the other parameters with it.
            #[test]
            fn any_value_round_trips(value in any::<String>(), other in any::<String>()) {
                let query = PageQuery::default().with(Param::Id, Some(&other)).with(Param::Step, Some(&value));
                let read = PageQuery::parse(&query.to_string());
                prop_assert_eq!(read.get(Param::Step), Some(value.as_str()));
                prop_assert_eq!(read.get(Param::Id), Some(other.as_str()));
            }

            /// Any query parses, and parsing what it writes gives the same parameters back.
            #[test]
            fn any_query_parses_and_rewrites_to_itself(query in any::<String>()) {
                let parsed = PageQuery::parse(&query);
                prop_assert_eq!(PageQuery::parse(&parsed.to_string()), parsed);
            }
        }
    }
}
