//! Small arithmetic on the articles' figures, and numbers written out for the reader (with the
//! words of `data/ui.toml`). Pure and tested; amounts are in billions of US dollars.

use crate::ui;

/// An amount in billions of US dollars.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Billions(pub f64);

/// The even share of `total` for each of `years` years.
pub fn per_year(total: Billions, years: f64) -> Option<Billions> {
    (years > 0.0 && total.0.is_finite()).then(|| Billions(total.0 / years))
}

/// `part` as a percentage of `whole`.
pub fn percent_of(part: Billions, whole: Billions) -> Option<f64> {
    (whole.0 > 0.0).then(|| part.0 / whole.0 * 100.0)
}

/// Dollars per job, in millions, for `total` spread over `jobs` jobs.
pub fn millions_per_job(total: Billions, jobs: f64) -> Option<f64> {
    (jobs > 0.0).then(|| total.0 * 1000.0 / jobs)
}

/// `value` brought within `min..=max` (`min` ≤ `max`; a NaN `value` gives `min`). Not
/// `f64::clamp`, whose check of its bounds formats floats in its panic message and so brings
/// the standard library's float formatting into the WebAssembly.
pub fn within(value: f64, min: f64, max: f64) -> f64 {
    value.max(min).min(max)
}

/// An amount as the language writes it, in its unit (`ui::number::BILLIONS_SCALE` of them to a
/// billion): "$125 billion", "$1.5 billion", "$1,000 billion"; in Spanish, which counts in
/// millions, "125.000 millones de dólares", "1.500 millones de dólares". Rounded to a tenth of
/// a billion in every language, so that each edition states the same value.
pub fn format_billions(amount: Billions) -> String {
    let tenths = (amount.0 * 10.0).round() / 10.0;
    ui::number::Billions { amount: &format_grouped(tenths * ui::number::BILLIONS_SCALE) }.text()
}

/// A number with at most one decimal, and none when it is whole, as the reader's language writes
/// it: "9.9", in Spanish "9,9". Its digits are not grouped: "100000".
pub fn format_number(value: f64) -> String {
    tenths(value, ui::number::DECIMAL, false)
}

/// A number as `format_number` writes it, its whole part's digits grouped as the language
/// groups them: "1,500.5"; in Spanish "1500,5" but "15.000,5".
pub fn format_grouped(value: f64) -> String {
    tenths(value, ui::number::DECIMAL, true)
}

/// A number with at most one decimal, and none when it is whole, with a point whatever the
/// page's language: "9.9", "100000". For what machines read (the page's address, which is the
/// same in every language so that a shared link works in each, HTML attributes, SVG, CSV).
pub fn plain_number(value: f64) -> String {
    tenths(value, ".", false)
}

/// `value` rounded to a tenth (half away from zero, with integer arithmetic as in `fixed`), the
/// tenth written after `decimal` unless it is 0, the whole part's digits grouped if `grouped`:
/// `fixed(value, 1)` without a trailing ".0".
fn tenths(value: f64, decimal: &str, grouped: bool) -> String {
    if !value.is_finite() {
        return fixed(value, 1);
    }
    let tenths = (value.abs() * 10.0).round() as u64;
    let sign = if value < 0.0 && tenths > 0 { "-" } else { "" };
    let mut text = format!("{sign}{}", tenths / 10);
    if grouped {
        let digits = sign.len()..text.len();
        ui::group_digits(&mut text, digits);
    }
    if tenths % 10 > 0 {
        text.push_str(decimal);
        text.push(char::from(b'0' + (tenths % 10) as u8));
    }
    text
}

/// `value` rounded to `decimals` places (half away from zero) and written out in full, as
/// `format!("{value:.N}")` would: integer arithmetic only, which keeps the WebAssembly free
/// of the standard library's float formatting (a sizeable part of the download). Not for
/// magnitudes beyond 10^15, where the arithmetic would lose digits.
pub fn fixed(value: f64, decimals: u32) -> String {
    if !value.is_finite() {
        return if value.is_nan() {
            "NaN".to_owned()
        } else if value > 0.0 {
            "inf".to_owned()
        } else {
            "-inf".to_owned()
        };
    }
    let scale = 10u64.pow(decimals);
    let scaled = (value.abs() * scale as f64).round() as u64;
    let (whole, fraction) = (scaled / scale, scaled % scale);
    let sign = if value < 0.0 && scaled > 0 { "-" } else { "" };
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction:0width$}", width = decimals as usize)
    }
}

/// A plain decimal number as a reader types it ("42", "-7", "9.9", ".5"), or `None`:
/// digits with at most one point and an optional sign; no exponent, no "inf" or "NaN", and
/// nothing too large for an f64 (the result is always finite).
/// The result is correctly rounded (one division of two exact integers), and this keeps the
/// standard library's general float parser out of the WebAssembly.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, digits) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() && fraction.is_empty() || !(whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit())) {
        return None;
    }
    // The digits as one integer and a power of ten. Leading zeros carry nothing; past 15
    // significant digits (all an f64 holds exactly) the rest only scales the number.
    let significant = whole.bytes().chain(fraction.bytes()).skip_while(|b| *b == b'0');
    let mut mantissa: u64 = 0;
    let mut exponent = -(fraction.len() as i32);
    for (index, b) in significant.enumerate() {
        if index < 15 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
        } else {
            exponent += 1;
        }
    }
    let value =
        if exponent >= 0 { mantissa as f64 * 10f64.powi(exponent) } else { mantissa as f64 / 10f64.powi(-exponent) };
    value.is_finite().then_some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn divides_evenly() {
        assert_eq!(per_year(Billions(500.0), 4.0), Some(Billions(125.0)));
        assert_eq!(per_year(Billions(500.0), 0.0), None);
        assert_eq!(percent_of(Billions(10.0), Billions(100.0)), Some(10.0));
        assert_eq!(percent_of(Billions(10.0), Billions(0.0)), None);
        assert_eq!(millions_per_job(Billions(500.0), 100_000.0), Some(5.0));
        assert_eq!(millions_per_job(Billions(500.0), 0.0), None);
    }

    #[test]
    fn formats_amounts() {
        assert_eq!(format_billions(Billions(125.0)), "$125 billion");
        assert_eq!(format_billions(Billions(1.66)), "$1.7 billion");
        assert_eq!(plain_number(5.0), "5");
        assert_eq!(plain_number(-0.04), "0");
        assert_eq!(plain_number(-2.0), "-2");
        assert_eq!(plain_number(9.95), "10");
        assert_eq!(plain_number(1500.25), "1500.3");
        // `fixed` to one place without a trailing ".0".
        for value in [0.0, -0.0, 0.04, -0.04, 0.05, -0.05, 1.0, 9.95, -9.95, 133.333, 1e12, f64::NAN, f64::INFINITY] {
            let fixed = fixed(value, 1);
            let expected = fixed.strip_suffix(".0").unwrap_or(&fixed);
            assert_eq!(plain_number(value), expected, "{value}");
        }
    }

    #[test]
    fn writes_numbers_as_the_language_does() {
        let (decimal, group) = (ui::number::DECIMAL, ui::number::THOUSANDS);
        assert_eq!(format_number(9.9), format!("9{decimal}9"));
        assert_eq!(format_number(-0.5), format!("-0{decimal}5"));
        assert_eq!(format_number(100_000.0), "100000");
        assert_eq!(format_grouped(-1_234_567.5), format!("-1{group}234{group}567{decimal}5"));
        assert_eq!(format_grouped(999.0), "999");
        // The amount to a tenth of a billion, in the language's unit, grouped: 1.5 billion is
        // 1500 millions.
        let scaled = |billions: f64| format_grouped(billions * ui::number::BILLIONS_SCALE);
        for (amount, tenths) in [(1.5, 1.5), (9.9, 9.9), (1000.0, 1000.0), (133.333, 133.3), (1.66, 1.7)] {
            assert_eq!(format_billions(Billions(amount)), ui::number::Billions { amount: &scaled(tenths) }.text());
        }
    }

    #[test]
    fn writes_fixed_decimals_like_the_standard_library() {
        for value in [0.0, 0.04, 1.0, 1.25, 9.9, 42.5, 133.333, 490.1, 999.99, 123_456.789, -3.5, -0.001] {
            for decimals in 0..=3 {
                let ours = fixed(value, decimals);
                let std = format!("{value:.prec$}", prec = decimals as usize);
                // Only exact halves may round differently (half away from zero here, half
                // to even on the exact binary value there).
                let close = (ours.parse::<f64>().unwrap() - std.parse::<f64>().unwrap()).abs()
                    <= 10f64.powi(-(decimals as i32)) + 1e-9;
                assert!(ours == std || close, "{value} to {decimals}: {ours} against {std}");
            }
        }
        assert_eq!(fixed(490.1, 2), "490.10");
        assert_eq!(fixed(-0.001, 1), "0.0");
        assert_eq!(fixed(f64::NAN, 1), "NaN");
    }

    #[test]
    fn parses_plain_decimals_exactly() {
        for text in
            ["0", "42", "9.9", "42.5", ".5", "5.", "-7", "+3.25", "0.1", "1000", "007.50", "0.000000000000000001"]
        {
            assert_eq!(parse_decimal(text), text.parse::<f64>().ok(), "{text}");
        }
        // Past 15 significant digits, close is what is promised.
        let long = parse_decimal("123456789012345678.9").unwrap();
        assert!((long / 123_456_789_012_345_678.9 - 1.0).abs() < 1e-14);
        let too_large = "9".repeat(400);
        for text in ["", ".", "-", "1e3", "inf", "NaN", "1.2.3", "1,000", " 1", "0x10", "--1", "١٢", too_large.as_str()]
        {
            assert_eq!(parse_decimal(text), None, "{text}");
        }
    }
}
