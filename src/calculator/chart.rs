//! The funding chart, worked out once and drawn two ways from the same marks: on the page, as
//! wide as its card (`components::funding_chart`), and as a file to take away (`download_svg`,
//! which the page also turns into a PNG). Each year is a column of the spending assumed by its
//! end; the amount assumed secured is a dashed line across them, so the two differ in shape as
//! well as colour.
//!
//! A mark's position is a fraction of the chart's width and height, and its text's nudge is in
//! pixels: the page sets fractions as percentages (no `viewBox`, so text stays at its CSS size
//! at any width), the download as pixels of its own box.

use super::model::Outcome;
use super::scenario::Scenario;
use crate::content::SOURCE_NAMES;
use crate::money::{fixed, format_billions, format_number, plain_number, Billions};
use crate::site::escape;
use crate::ui::calculator::chart as words;

/// Where the plot sits in the chart's height: room above for the top gridline's label and
/// a column's value, below for the years.
const PLOT_TOP: f64 = 0.11;
const PLOT_BOTTOM: f64 = 0.86;
/// The gap on each side of a column, as a fraction of its year's width.
const COLUMN_GAP: f64 = 0.14;
/// More years than this, and a narrow chart labels every other one.
pub const CROWDED_YEARS: usize = 6;

/// What a mark is: its class on the page (`funding-chart__…`), and its look in the download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Gridline,
    Baseline,
    Tick,
    Column,
    /// The column of the year being read.
    Chosen,
    Secured,
    SecuredLabel,
    Year,
    /// A year's label left out where the chart is narrow and the years many.
    YearCrowded,
    Value,
    /// A ring of the card's colour under a label, drawn first, so that the label reads where it
    /// crosses a column (the page's: the download's labels have one by paint-order).
    Halo,
    HaloBold,
}

impl Role {
    /// The mark's class on the page.
    const fn class(self) -> &'static str {
        match self {
            Role::Gridline => "funding-chart__grid",
            Role::Baseline => "funding-chart__axis",
            Role::Tick => "funding-chart__tick",
            Role::Column => "funding-chart__column",
            Role::Chosen => "funding-chart__column funding-chart__column--chosen",
            Role::Secured => "funding-chart__secured",
            Role::SecuredLabel => "funding-chart__label funding-chart__label--secured",
            Role::Year => "funding-chart__year",
            Role::YearCrowded => "funding-chart__year funding-chart__year--crowded",
            Role::Value => "funding-chart__label funding-chart__label--value",
            Role::Halo => "funding-chart__halo",
            Role::HaloBold => "funding-chart__halo funding-chart__halo--bold",
        }
    }

    /// The mark's look in the download: the page's light colours, written out.
    const fn style(self) -> &'static str {
        match self {
            Role::Gridline => r##"stroke="#d9d6cf" stroke-width="1""##,
            Role::Baseline => r##"stroke="#555b64" stroke-width="1.5""##,
            Role::Tick => r##"fill="#555b64" font-size="15""##,
            Role::Year | Role::YearCrowded => r##"fill="#555b64" font-size="15""##,
            Role::Column | Role::Chosen => r##"fill="#0b5cad" stroke="none""##,
            Role::Secured => r##"stroke="#1b1d21" stroke-width="3" stroke-dasharray="10 6""##,
            Role::SecuredLabel | Role::Value => r##"fill="#1b1d21" font-size="15" font-weight="700""##,
            Role::Halo | Role::HaloBold => "",
        }
    }
}

/// One year's column and what it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub year: u16,
    /// Assumed spending by the end of the year, $ billion.
    pub by_end: f64,
    /// Beyond the amount assumed secured by then, $ billion.
    pub beyond: f64,
    /// Left edge and width, as fractions of the chart's width.
    pub left: f64,
    pub width: f64,
    /// Top edge, as a fraction of the chart's height.
    pub top: f64,
}

/// The chart of a scenario: a column a year, the gridlines, and the line secured.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub columns: Vec<Column>,
    /// The amount assumed secured (capped at the pledge), and its line's height.
    pub secured: f64,
    secured_y: f64,
    /// The amount between gridlines, and the axis's top (a gridline at or above the pledge).
    step: f64,
    top: f64,
}

impl Chart {
    /// The chart of `scenario` as the calculator uses it (`Scenario::in_use`), and its outcome.
    pub fn of(scenario: &Scenario, outcome: &Outcome) -> Chart {
        let scenario = scenario.in_use();
        // The axis ends at the first gridline at or above the pledge.
        let step = grid_step(scenario.pledge.max(1.0));
        let top = (scenario.pledge.max(1.0) / step - 1e-9).ceil() * step;
        let y = |amount: f64| PLOT_TOP + (1.0 - (amount / top).clamp(0.0, 1.0)) * (PLOT_BOTTOM - PLOT_TOP);
        let count = outcome.schedule.len().max(1) as f64;
        let columns = outcome
            .schedule
            .iter()
            .enumerate()
            .map(|(index, row)| Column {
                year: row.year,
                by_end: row.cumulative,
                beyond: row.shortfall,
                left: (index as f64 + COLUMN_GAP) / count,
                width: (1.0 - 2.0 * COLUMN_GAP) / count,
                top: y(row.cumulative),
            })
            .collect();
        Chart { columns, secured: scenario.secured, secured_y: y(scenario.secured), step, top }
    }

    /// Each gridline's amount and height, from the baseline up.
    fn grid(&self) -> impl Iterator<Item = (f64, f64)> + '_ {
        (0..)
            .map(|n| f64::from(n) * self.step)
            .take_while(|amount| *amount <= self.top + 1e-9)
            .map(|amount| (amount, PLOT_TOP + (1.0 - amount / self.top) * (PLOT_BOTTOM - PLOT_TOP)))
    }

    /// The chart as SVG elements, for an `<svg>` of the frame's making (the page's drawing and
    /// the download's are this one text): gridlines, a column a year with its year below, the
    /// baseline, each gridline's amount, the dashed line secured and its name, and the value of
    /// the column `chosen` (an index into `columns`) marked and written above it; with none
    /// chosen, the last column's value, the total.
    pub fn svg(&self, chosen: Option<usize>, frame: Frame) -> String {
        let mut svg = Svg { out: String::new(), frame };
        for (amount, y) in self.grid() {
            if amount > 0.0 {
                svg.line(Role::Gridline, y);
            }
        }
        let crowded = self.columns.len() > CROWDED_YEARS;
        for (index, column) in self.columns.iter().enumerate() {
            let role = if chosen == Some(index) { Role::Chosen } else { Role::Column };
            svg.rect(role, column);
            let role = if crowded && index % 2 == 1 { Role::YearCrowded } else { Role::Year };
            svg.text(role, column.left + column.width / 2.0, PLOT_BOTTOM, "18", "middle", &column.year.to_string());
        }
        svg.line(Role::Baseline, PLOT_BOTTOM);
        // Each gridline's amount, above it at the left; the baseline's is the first.
        for (amount, y) in self.grid() {
            let text = if amount > 0.0 { tick(amount) } else { words::TICK_ZERO.to_owned() };
            svg.text(Role::Tick, 0.0, y, "-4", "start", &text);
        }
        svg.line(Role::Secured, self.secured_y);
        // The line's name at its right end: above it, or below it where it runs along the top.
        let dy = if self.secured_y < PLOT_TOP + 0.08 { "17" } else { "-6" };
        svg.text(
            Role::SecuredLabel,
            1.0,
            self.secured_y,
            dy,
            "end",
            &words::SecuredLine { amount: &tick(self.secured) }.text(),
        );
        let last = self.columns.len().saturating_sub(1);
        let labelled = chosen.unwrap_or(last);
        if let Some(column) = self.columns.get(labelled) {
            // Lined up with the column's outer edge at either end, so it is never cut off.
            let (x, anchor) = match labelled {
                0 if last > 0 => (column.left, "start"),
                index if index == last && last > 0 => (column.left + column.width, "end"),
                _ => (column.left + column.width / 2.0, "middle"),
            };
            svg.text(Role::Value, x, column.top, "-5", anchor, &tick(column.by_end));
        }
        svg.out
    }

    /// What a column stands for, in words: the chart's readout, and its slider's value.
    pub fn reading(&self, index: usize) -> String {
        let Some(column) = self.columns.get(index) else { return String::new() };
        let money = |amount: f64| format_billions(Billions(amount));
        words::Reading {
            year: &column.year.to_string(),
            by_end: &money(column.by_end),
            beyond: &money(column.beyond),
            secured: &money(self.secured),
        }
        .text()
    }
}

/// Where marks are written: on the page (fractions as percentages, their looks left to the
/// stylesheet's classes, so light and dark follow the reader's), or into a box of a download
/// (pixels, and the page's light looks written out).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Frame {
    Page,
    Download { left: f64, top: f64, width: f64, height: f64 },
}

impl Frame {
    /// A fraction of the width (`across`) or of the height as a position (`offset`: from the
    /// frame's corner) or a length.
    fn length(self, fraction: f64, across: bool, offset: bool) -> String {
        match self {
            Frame::Page => plain_number(fraction * 100.0) + "%",
            Frame::Download { left, top, width, height } => {
                let (start, size) = if across { (left, width) } else { (top, height) };
                plain_number(if offset { start } else { 0.0 } + fraction * size)
            }
        }
    }
}

/// Writes SVG elements into a frame.
struct Svg {
    out: String,
    frame: Frame,
}

impl Svg {
    /// Writes an element's start, then its look: its class on the page, the light looks written
    /// out in a download.
    fn push(&mut self, element: String, role: Role) {
        self.out.push_str(&element);
        match self.frame {
            Frame::Page => {
                self.out.push_str(" class=\"");
                self.out.push_str(role.class());
                self.out.push('"');
            }
            Frame::Download { .. } => {
                self.out.push(' ');
                self.out.push_str(role.style());
            }
        }
    }

    /// A line across the whole width, at a height.
    fn line(&mut self, role: Role, y: f64) {
        let (x1, x2, y) =
            (self.frame.length(0.0, true, true), self.frame.length(1.0, true, true), self.frame.length(y, false, true));
        self.push(format!(r#"<line x1="{x1}" x2="{x2}" y1="{y}" y2="{y}""#), role);
        self.out.push_str("/>");
    }

    /// A column, down to the baseline.
    fn rect(&mut self, role: Role, column: &Column) {
        let frame = self.frame;
        let element = format!(
            r#"<rect x="{}" y="{}" width="{}" height="{}""#,
            frame.length(column.left, true, true),
            frame.length(column.top, false, true),
            frame.length(column.width, true, false),
            frame.length(PLOT_BOTTOM - column.top, false, false)
        );
        self.push(element, role);
        self.out.push_str("/>");
    }

    /// Text at a point, nudged down by `dy` pixels.
    /// On the page, a label that may cross a column is drawn twice, its halo first.
    fn text(&mut self, role: Role, x: f64, y: f64, dy: &str, anchor: &str, text: &str) {
        let (x, y) = (self.frame.length(x, true, true), self.frame.length(y, false, true));
        let halo = match role {
            Role::Tick => Some(Role::Halo),
            Role::SecuredLabel | Role::Value => Some(Role::HaloBold),
            _ => None,
        };
        let text = escape(text);
        for role in halo.filter(|_| self.frame == Frame::Page).into_iter().chain([role]) {
            self.push(format!(r#"<text x="{x}" y="{y}" dy="{dy}" text-anchor="{anchor}""#), role);
            self.out.push('>');
            self.out.push_str(&text);
            self.out.push_str("</text>");
        }
    }
}

/// An amount as a gridline or a label gives it: "$125bn", "$9.9bn".
fn tick(amount: f64) -> String {
    words::TickBillions { amount: &format_number((amount * 10.0).round() / 10.0) }.text()
}

/// A round step between gridlines that gives about five of them up to `top` (1, 2, 2.5 or 5
/// times a power of ten; worked out without `powf`, which would bring libm's `pow` along).
fn grid_step(top: f64) -> f64 {
    let raw = top / 5.0;
    let mut magnitude = 1.0;
    while magnitude * 10.0 <= raw {
        magnitude *= 10.0;
    }
    [1.0, 2.0, 2.5, 5.0, 10.0].into_iter().map(|m| m * magnitude).find(|step| *step >= raw).unwrap_or(10.0 * magnitude)
}

/// The download's width, in CSS pixels (the PNG is drawn at twice this).
pub const DOWNLOAD_WIDTH: u16 = 960;
const MARGIN: u16 = 40;
const CHART_HEIGHT: f64 = 380.0;
/// The system's interface face, as the page's calculator uses, wherever the file is opened.
const FONT: &str = "system-ui, sans-serif";

/// The chart as a file to take away, as Our World in Data's downloads are: its title, the
/// scenario in words, a key, the chart, the sources and the explainer's address printed on it.
/// Light, and self-contained (no external font, image or style). Returns the SVG and its height.
pub fn download_svg(scenario: &Scenario, outcome: &Outcome, address: &str) -> (String, f64) {
    let chart = Chart::of(scenario, outcome);
    let title = wrap(words::DOWNLOAD_TITLE, 60);
    let summary = wrap(&outcome.summary(scenario), 92);
    let mut footer = wrap(&sources_line(), 110);
    footer.extend(wrap(&words::DownloadAddress { address }.text(), 110));
    // From the top: the title, the summary's lines, the key, the chart, the footer's lines.
    let margin = f64::from(MARGIN);
    let summary_y = margin + 32.0 + 32.0 * title.len() as f64;
    let key_y = summary_y + 10.0 + 24.0 * summary.len() as f64;
    let chart_top = key_y + 18.0;
    let footer_y = chart_top + CHART_HEIGHT + 24.0;
    let height = (footer_y + 20.0 * footer.len() as f64 + margin).round();
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{DOWNLOAD_WIDTH}" height="{h}" viewBox="0 0 {DOWNLOAD_WIDTH} {h}" font-family="{FONT}" fill="#1b1d21"><rect width="{DOWNLOAD_WIDTH}" height="{h}" fill="#fff"/>"##,
        h = fixed(height, 0),
    );
    let mut line = |y: f64, look: &str, text: &str| {
        svg.push_str(&format!(r#"<text x="{MARGIN}" y="{}" {look}>{}</text>"#, fixed(y, 0), escape(text)));
    };
    for (index, text) in title.iter().enumerate() {
        line(margin + 26.0 + 32.0 * index as f64, r#"font-size="26" font-weight="700""#, text);
    }
    for (index, text) in summary.iter().enumerate() {
        line(summary_y + 24.0 * index as f64, r#"font-size="17""#, text);
    }
    for (index, text) in footer.iter().enumerate() {
        line(footer_y + 20.0 * index as f64, r##"font-size="14" fill="#555b64""##, text);
    }
    // The key, in words: what the columns and the dashed line stand for.
    line(key_y, r#"font-size="15""#, &words::DownloadKey { secured: &format_billions(Billions(chart.secured)) }.text());
    let inner = f64::from(DOWNLOAD_WIDTH) - 2.0 * margin;
    // Its text keeps a ring of white where it crosses a column, as on the page.
    svg.push_str(r##"<g stroke="#fff" stroke-width="4" paint-order="stroke">"##);
    svg.push_str(
        &chart.svg(None, Frame::Download { left: margin, top: chart_top, width: inner, height: CHART_HEIGHT }),
    );
    svg.push_str("</g>");
    svg.push_str("</svg>");
    (svg, height)
}

/// The two articles, named by what they state.
fn sources_line() -> String {
    let names: Vec<String> = SOURCE_NAMES
        .iter()
        .map(|source| match source.headline {
            Some(_) => words::DownloadSource { label: source.label, name: &source.name() }.text(),
            None => source.name(),
        })
        .collect();
    words::DownloadSources { sources: &names.join("; ") }.text()
}

/// `text` in lines of at most `width` bytes (characters, but for a few quotation marks),
/// broken between words, and within a word longer than a line (an address).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
        while line.len() > width {
            let mut cut = width;
            while !line.is_char_boundary(cut) {
                cut -= 1;
            }
            let rest = line.split_off(cut);
            lines.push(std::mem::replace(&mut line, rest));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calculator::Preset;

    fn chart(scenario: &Scenario) -> Chart {
        Chart::of(scenario, &Outcome::of(scenario))
    }

    #[test]
    fn a_column_a_year_rising_to_the_pledge() {
        let chart = chart(&Scenario::default());
        assert_eq!(chart.columns.iter().map(|c| c.year).collect::<Vec<_>>(), vec![2025, 2026, 2027, 2028]);
        let last = chart.columns.last().unwrap();
        assert_eq!((last.by_end, last.top), (500.0, PLOT_TOP));
        assert!(chart.columns.windows(2).all(|pair| pair[0].top >= pair[1].top), "cumulative: never falls");
        assert!(chart.columns.iter().all(|c| c.left >= 0.0 && c.left + c.width <= 1.0));
    }

    #[test]
    fn gridlines_are_round_and_reach_the_pledge() {
        for (top, step) in [(500.0, 100.0), (1000.0, 200.0), (10.0, 2.0), (330.0, 100.0), (50.0, 10.0), (120.0, 25.0)] {
            assert_eq!(grid_step(top), step, "{top}");
        }
        let amounts = |pledge: f64| {
            let chart = chart(&Scenario { pledge, ..Scenario::default() });
            chart.grid().map(|(amount, _)| amount).collect::<Vec<_>>()
        };
        assert_eq!(amounts(500.0), vec![0.0, 100.0, 200.0, 300.0, 400.0, 500.0]);
        assert_eq!(amounts(330.0), vec![0.0, 100.0, 200.0, 300.0, 400.0], "the axis ends at a round amount");
    }

    #[test]
    fn the_chosen_year_is_marked_and_read() {
        let scenario = Scenario::preset(Preset::IfOpenAi);
        let chart = chart(&scenario);
        let svg = chart.svg(Some(1), Frame::Page);
        assert_eq!(svg.matches("funding-chart__column--chosen").count(), 1);
        assert!(svg.contains(r#"class="funding-chart__label funding-chart__label--value">$233.3bn</text>"#), "{svg}");
        assert_eq!(
            chart.reading(1),
            "2026: $233.3 billion assumed spent by the end of the year, $133.3 billion beyond the $100 billion assumed secured."
        );
        assert_eq!(chart.reading(9), "", "no such year");
    }

    #[test]
    fn many_years_label_every_other_one_where_narrow() {
        let chart = chart(&Scenario { years: 10, ..Scenario::default() });
        assert_eq!(chart.svg(None, Frame::Page).matches("funding-chart__year--crowded").count(), 5);
    }

    #[test]
    fn with_no_year_chosen_the_total_is_labelled_at_the_last_columns_edge_and_nothing_marked() {
        let svg = chart(&Scenario::default()).svg(None, Frame::Page);
        assert!(!svg.contains("--chosen"));
        assert_eq!(svg.matches("--value").count(), 1);
        assert!(
            svg.contains(r#"text-anchor="end" class="funding-chart__label funding-chart__label--value">$500bn</text>"#),
            "{svg}"
        );
    }

    #[test]
    fn the_download_carries_its_title_scenario_sources_and_address() {
        let scenario = Scenario::preset(Preset::IfMusk);
        let (svg, height) = download_svg(&scenario, &Outcome::of(&scenario), "https://example.org/?secured=9.9&x=<y>");
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"960\""));
        // The title, in lines as wrapped.
        let words_only: Vec<&str> = svg
            .split('<')
            .filter_map(|part| part.split_once('>').map(|(_, text)| text))
            .filter(|text| !text.is_empty())
            .collect();
        assert!(words_only.join(" ").contains(&escape(words::DOWNLOAD_TITLE)), "{svg}");
        assert!(svg.contains("If $9.9 billion is secured"), "the scenario in words");
        assert!(svg.contains("Source A") && svg.contains("Source B"), "the sources");
        assert!(svg.contains("https://example.org/?secured=9.9&amp;x=&lt;y&gt;"), "the address, escaped");
        assert!(height > 500.0 && svg.contains(&format!("height=\"{}\"", fixed(height, 0))));
        assert!(!svg.contains("NaN") && !svg.contains("\"inf") && !svg.contains("-inf"), "no number is infinite");
    }

    #[test]
    fn the_page_and_the_download_write_the_same_marks() {
        let chart = chart(&Scenario::default());
        let page = chart.svg(Some(2), Frame::Page);
        assert!(page.starts_with(r#"<line x1="0%" x2="100%" y1="71%""#), "{page}");
        assert!(page.contains(r#"class="funding-chart__column funding-chart__column--chosen""#));
        assert!(
            page.contains(
                r#"text-anchor="middle" class="funding-chart__label funding-chart__label--value">$366.7bn</text>"#
            ),
            "{page}"
        );
        let download = chart.svg(Some(2), Frame::Download { left: 40.0, top: 100.0, width: 880.0, height: 380.0 });
        let count = |svg: &str, tag: &str| svg.matches(tag).count();
        // The page draws a halo under each of its eight labels that may cross a column.
        let halos = count(&page, r#"class="funding-chart__halo"#);
        assert_eq!(halos, 8);
        for (tag, more) in [("<rect", 0), ("<line", 0), ("<text", halos)] {
            assert_eq!(count(&page, tag), count(&download, tag) + more, "{tag}");
        }
        assert!(!download.contains('%') && !download.contains("class="));
        // The baseline, 86% down a 380 px box that starts 100 px down.
        assert!(download.contains(r#"y1="426.8""#) && download.contains(r#"x1="40""#), "{download}");
    }

    #[test]
    fn text_wraps_between_words() {
        assert_eq!(wrap("one two three four", 9), vec!["one two", "three", "four"]);
        assert_eq!(wrap("", 9), Vec::<String>::new());
        assert_eq!(wrap("at https://example.org/?a=1", 9), vec!["at", "https://e", "xample.or", "g/?a=1"]);
    }
}
