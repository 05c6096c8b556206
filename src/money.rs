//! Small arithmetic on the articles' figures, for the walkthrough's money visual. Pure and
//! tested; amounts are in billions of US dollars.

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

/// "$125 billion", "$1.5 billion": whole numbers without decimals, others with one.
pub fn format_billions(amount: Billions) -> String {
    format!("${} billion", format_number(amount.0))
}

/// A number with at most one decimal, and none when it is whole.
pub fn format_number(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// A whole count with thousands separators: "100,000".
pub fn format_count(value: f64) -> String {
    let digits = format!("{:.0}", value.abs());
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if value < 0.0 { format!("-{out}") } else { out }
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
        assert_eq!(format_number(5.0), "5");
        assert_eq!(format_count(100_000.0), "100,000");
        assert_eq!(format_count(999.0), "999");
        assert_eq!(format_count(1_234_567.0), "1,234,567");
    }
}
