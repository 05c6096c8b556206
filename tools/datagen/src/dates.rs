//! Calendar dates as editors write them: "YYYY", "YYYY-MM" or "YYYY-MM-DD". How much is
//! written is the date's precision.

/// A date to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// Parses and checks a date: a real month, a real day of that month (leap years included).
pub fn parse_date(text: &str) -> Result<Date, String> {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |part: &str, what: &str, digits: usize| -> Result<u16, String> {
        if part.len() != digits || !part.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("date \"{text}\": the {what} must be {digits} digits"));
        }
        part.parse().map_err(|_| format!("date \"{text}\": bad {what}"))
    };
    if parts.is_empty() || parts.len() > 3 {
        return Err(format!("date \"{text}\" must be YYYY, YYYY-MM or YYYY-MM-DD"));
    }
    let year = number(parts[0], "year", 4)?;
    if !(1900..=2100).contains(&year) {
        return Err(format!("date \"{text}\": year {year} is out of range"));
    }
    let month = parts.get(1).map(|m| number(m, "month", 2)).transpose()?;
    if let Some(month) = month {
        if !(1..=12).contains(&month) {
            return Err(format!("date \"{text}\": there is no month {month}"));
        }
    }
    let day = parts.get(2).map(|d| number(d, "day", 2)).transpose()?;
    if let (Some(month), Some(day)) = (month, day) {
        if day == 0 || day > days_in_month(year, month) {
            return Err(format!("date \"{text}\": month {month} of {year} has no day {day}"));
        }
    }
    // Month and day are checked above to fit in a u8.
    Ok(Date { year, month: month.map(|m| m as u8), day: day.map(|d| d as u8) })
}

/// The days of the week, as articles name them, from Monday.
pub const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

impl Date {
    /// The day of the week of a date known to the day, as an index into `WEEKDAYS`.
    pub fn weekday(&self) -> Option<usize> {
        let (month, day) = (self.month?, self.day?);
        // Days since 1 March of year 0 in the proleptic Gregorian calendar, counted with March
        // as the first month so that a leap day ends its year.
        let (y, m) = if month <= 2 {
            (i64::from(self.year) - 1, i64::from(month) + 9)
        } else {
            (i64::from(self.year), i64::from(month) - 3)
        };
        let days = 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + i64::from(day) - 1;
        // 1 March of year 0 was a Wednesday.
        Some(((days + 2).rem_euclid(7)) as usize)
    }
}

/// The weekday named in `words` ("on Tuesday"), as an index into `WEEKDAYS`.
pub fn weekday_named(words: &str) -> Option<usize> {
    words
        .split(|c: char| !c.is_alphabetic())
        .find_map(|word| WEEKDAYS.iter().position(|day| day.eq_ignore_ascii_case(word)))
}

fn days_in_month(year: u16, month: u16) -> u16 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(parse_date("2015"), Ok(Date { year: 2015, month: None, day: None }));
        assert_eq!(parse_date("2024-03"), Ok(Date { year: 2024, month: Some(3), day: None }));
        assert_eq!(parse_date("2025-01-21"), Ok(Date { year: 2025, month: Some(1), day: Some(21) }));
        assert_eq!(parse_date("2024-02-29").map(|d| d.day), Ok(Some(29)));
    }

    #[test]
    fn knows_the_day_of_the_week() {
        let weekday = |text: &str| parse_date(text).unwrap().weekday().map(|d| WEEKDAYS[d]);
        assert_eq!(weekday("2025-01-21"), Some("Tuesday"));
        assert_eq!(weekday("2025-01-23"), Some("Thursday"));
        assert_eq!(weekday("2024-02-29"), Some("Thursday"));
        assert_eq!(weekday("2000-03-01"), Some("Wednesday"));
        assert_eq!(weekday("1970-01-01"), Some("Thursday"));
        assert_eq!(weekday("2100-12-31"), Some("Friday"));
        assert_eq!(weekday("2025-01"), None);
        assert_eq!(weekday_named("On Tuesday"), Some(1));
        assert_eq!(weekday_named("last year"), None);
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        assert!(parse_date("2025-02-29").unwrap_err().contains("has no day 29"));
        assert!(parse_date("2025-13").unwrap_err().contains("no month 13"));
        assert!(parse_date("25-01-01").unwrap_err().contains("year must be 4 digits"));
        assert!(parse_date("2025-1-01").unwrap_err().contains("month must be 2 digits"));
        assert!(parse_date("Jan 21").is_err());
        assert!(parse_date("2025-01-21-09").is_err());
        assert!(parse_date("").is_err());
    }
}
