// How the page's address reads and is written, whichever codec does it: `src/query.rs`'s unit
// tests hold the native one (form_urlencoded) to these cases, `tests/browser.rs` the browser's
// (URLSearchParams). Included by both (`include!`), where `PageQuery` and `Param` are in scope.

/// A query, and the `step` it holds.
const READ_CASES: &[(&str, Option<&str>)] = &[
    ("?step=the-money&embed=1", Some("the-money")),
    ("step=a%20b+c", Some("a b c")),
    ("?other=1", None),
    ("", None),
    ("?step=a&step=b", Some("a")),
    ("?step=%", Some("%")),
    ("?step=%4", Some("%4")),
    ("?step=%zz", Some("%zz")),
    ("?step=%ff%fe", Some("\u{fffd}\u{fffd}")),
    ("?&&=&step==x", Some("=x")),
    ("?step=%E2%80%9Cquoted%E2%80%9D", Some("“quoted”")),
];

/// A query, a `step` to set (or remove), and the query written.
const WRITE_CASES: &[(&str, Option<&str>, &str)] = &[
    ("?embed=1&step=a&id=x", Some("b"), "?embed=1&step=b&id=x"),
    ("", Some("the money"), "?step=the+money"),
    ("?step=a", None, ""),
    ("?x=%3C%3E&step=a&step=b", Some("c"), "?x=%3C%3E&step=c"),
    ("?x=1", Some("c"), "?x=1&step=c"),
    ("?split=40,20,15,15,10", Some("“a&b=c”"), "?split=40%2C20%2C15%2C15%2C10&step=%E2%80%9Ca%26b%3Dc%E2%80%9D"),
];

/// Holds a codec (the one `PageQuery` uses where this is compiled) to every case above.
fn check_codec_cases() {
    for (query, step) in READ_CASES {
        assert_eq!(PageQuery::parse(query).get(Param::Step), *step, "{query}");
    }
    for (query, step, written) in WRITE_CASES {
        assert_eq!(PageQuery::parse(query).with(Param::Step, *step).to_string(), *written, "{query}");
    }
}
