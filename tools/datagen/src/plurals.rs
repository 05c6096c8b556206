//! CLDR's plural rule of a language as it applies to the counts the page gives, whole numbers
//! (`u32`). Read from ICU4X's compiled data as CLDR writes it ("i % 10 = 2..4 and i % 100 !=
//! 12..14"), with what a whole number makes of it worked out (no fraction digits, no compact
//! exponent: `v`, `w`, `f`, `t`, `c` and `e` are 0), then written out as a Rust `const fn` for
//! the page, and evaluated here to find which forms the language uses for whole numbers and to
//! test the Rust's rule against ICU4X's.

use std::fmt::Write;

use icu_locale_core::Locale;
use icu_plurals::provider::rules::reference::ast;
use icu_plurals::provider::{Baked, PluralsCardinalV1};
use icu_provider::prelude::*;

/// CLDR's plural categories, in its order: a number takes the first whose rule holds, and
/// "other" when none does.
pub const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The most numbers `IntegerRule::of` tries to learn which forms a rule gives whole numbers;
/// CLDR's rules need at most a million and a few (their moduli go up to 1,000,000).
const MOST_TRIED: u64 = 100_000_000;

/// A language's plural rule for whole numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntegerRule {
    /// The categories whole numbers take, in CLDR's order.
    pub forms: Vec<&'static str>,
    /// When a number takes each form but the last, which takes the rest.
    conditions: Vec<Condition>,
}

/// Holds when any of its groups does, a group when all its relations do; no group, never.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Condition(Vec<Vec<Relation>>);

/// `n`, or `n % modulus`, is within one of the ranges (or, `negated`, within none).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Relation {
    modulus: Option<u32>,
    negated: bool,
    ranges: Vec<(u32, u32)>,
}

/// A relation of CLDR's for a whole number: a constant, or one on `n`.
enum Folded {
    Constant(bool),
    OnN(Relation),
}

impl IntegerRule {
    /// CLDR's cardinal rule for `locale` (named `language` in messages).
    pub fn of(locale: &Locale, language: &str) -> Result<IntegerRule, String> {
        let data_locale = DataLocale::from(locale);
        let request = DataRequest { id: DataIdentifierBorrowed::for_locale(&data_locale), ..Default::default() };
        let response: DataResponse<PluralsCardinalV1> =
            Baked.load(request).map_err(|e| format!("CLDR's plural rule for \"{language}\" cannot be read: {e}"))?;
        // A language with no plural distinctions (Japanese) shares the root locale's rule, all
        // "other": cldr.rs, not this, tells a language CLDR lacks.
        let data = response.payload.get();
        let rules = [&data.zero, &data.one, &data.two, &data.few, &data.many];
        let mut candidates = Vec::new();
        for (name, rule) in CATEGORIES.into_iter().zip(rules) {
            if let Some(rule) = rule {
                candidates.push((name, Condition::of(&ast::Rule::from(rule).condition)?));
            }
        }
        candidates.push(("other", Condition::always()));

        // Past the largest number a relation names outright, a rule depends on the number only
        // through its remainders, which repeat with the least common multiple of the moduli: the
        // numbers up to that one and a period beyond are every case a rule has.
        let relations = || candidates.iter().flat_map(|(_, condition)| condition.0.iter().flatten());
        let largest = relations()
            .filter(|relation| relation.modulus.is_none())
            .flat_map(|relation| relation.ranges.iter().map(|&(_, end)| u64::from(end)))
            .max()
            .unwrap_or(0);
        let period = relations().filter_map(|relation| relation.modulus).fold(1, |l, m| lcm(l, u64::from(m)));
        let last = u32::try_from(largest + period)
            .ok()
            .filter(|last| u64::from(*last) <= MOST_TRIED)
            .ok_or_else(|| format!("CLDR's plural rule for \"{language}\" repeats only every {period} numbers, too many for datagen to try"))?;
        let mut used = vec![false; candidates.len()];
        for n in 0..=last {
            // "other" always holds.
            let taken = candidates.iter().position(|(_, condition)| condition.holds(n)).unwrap_or(0);
            used[taken] = true;
        }
        // A form no whole number takes drops out; the last one left takes whatever the forms
        // before it do not (its own condition, or "other"'s, is all there is left).
        let (forms, mut conditions): (Vec<&'static str>, Vec<Condition>) =
            candidates.into_iter().zip(used).filter(|(_, used)| *used).map(|(candidate, _)| candidate).unzip();
        conditions.pop();
        Ok(IntegerRule { forms, conditions })
    }

    /// The form `n` takes, an index into `forms`: what `to_rust`'s function returns, for the
    /// tests to hold against ICU4X.
    #[cfg(test)]
    pub fn form_index(&self, n: u32) -> usize {
        self.conditions.iter().position(|condition| condition.holds(n)).unwrap_or(self.conditions.len())
    }

    /// The rule as Rust for the page: `plural_form`, the same choices as `form_index`, in the
    /// same order.
    pub fn to_rust(&self) -> String {
        let mut rust = format!(
            "/// Which plural form a count takes: an index into a plural entry's forms ({}), by CLDR's rule.\n",
            self.forms.join(", ")
        );
        if self.conditions.is_empty() {
            rust.push_str("pub const fn plural_form(_n: u32) -> usize {\n    0\n}\n");
            return rust;
        }
        rust.push_str("pub const fn plural_form(n: u32) -> usize {\n    ");
        for (index, condition) in self.conditions.iter().enumerate() {
            let _ = write!(rust, "if {} {{ {index} }} else ", condition.to_rust());
        }
        let _ = write!(rust, "{{ {} }}\n}}\n", self.conditions.len());
        rust
    }
}

impl Condition {
    /// One group of no relations: holds for every number.
    fn always() -> Condition {
        Condition(vec![Vec::new()])
    }

    /// CLDR's condition for a whole number: its relations on fractions and exponents are
    /// constants, which leave out the relation (true, in a group) or the group (false).
    fn of(condition: &ast::Condition) -> Result<Condition, String> {
        let mut groups = Vec::new();
        'groups: for and in &condition.0 {
            let mut group = Vec::new();
            for relation in &and.0 {
                match Relation::of(relation)? {
                    Folded::Constant(true) => {}
                    Folded::Constant(false) => continue 'groups,
                    Folded::OnN(relation) => group.push(relation),
                }
            }
            if group.is_empty() {
                return Ok(Condition::always());
            }
            groups.push(group);
        }
        Ok(Condition(groups))
    }

    fn holds(&self, n: u32) -> bool {
        self.0.iter().any(|group| group.iter().all(|relation| relation.holds(n)))
    }

    fn to_rust(&self) -> String {
        let group = |relations: &Vec<Relation>| {
            let all = relations.iter().map(Relation::to_rust).collect::<Vec<_>>().join(" && ");
            if self.0.len() > 1 && relations.len() > 1 {
                format!("({all})")
            } else {
                all
            }
        };
        match self.0.as_slice() {
            [] => "false".to_owned(),
            [first, ..] if first.is_empty() => "true".to_owned(),
            groups => groups.iter().map(group).collect::<Vec<_>>().join(" || "),
        }
    }
}

impl Relation {
    fn of(relation: &ast::Relation) -> Result<Folded, String> {
        let modulus = match relation.expression.modulus {
            Some(ast::Value(0)) => return Err("CLDR's plural rule takes a number modulo 0".to_owned()),
            // Modulo a number beyond any u32, a u32 is itself.
            Some(ast::Value(m)) => u32::try_from(m).ok(),
            None => None,
        };
        let ranges = relation
            .range_list
            .0
            .iter()
            .filter_map(|item| {
                let (start, end) = match item {
                    ast::RangeListItem::Value(value) => (value.0, value.0),
                    ast::RangeListItem::Range(range) => (range.start().0, range.end().0),
                };
                let start = u32::try_from(start).ok().filter(|_| start <= end)?;
                Some((start, u32::try_from(end).unwrap_or(u32::MAX)))
            })
            .collect();
        let operand = relation.expression.operand;
        let relation = Relation { modulus, negated: relation.operator == ast::Operator::NotEq, ranges };
        Ok(match operand {
            ast::Operand::N | ast::Operand::I if !relation.ranges.is_empty() => Folded::OnN(relation),
            // Within no range (its values beyond any u32): whether it is negated.
            ast::Operand::N | ast::Operand::I => Folded::Constant(relation.negated),
            // A whole number has no fraction digits and no compact exponent.
            ast::Operand::V
            | ast::Operand::W
            | ast::Operand::F
            | ast::Operand::T
            | ast::Operand::C
            | ast::Operand::E => Folded::Constant(relation.holds(0)),
        })
    }

    fn holds(&self, n: u32) -> bool {
        let value = self.modulus.map_or(n, |m| n % m);
        self.ranges.iter().any(|&(start, end)| (start..=end).contains(&value)) != self.negated
    }

    fn to_rust(&self) -> String {
        let value = self.modulus.map_or_else(|| "n".to_owned(), |m| format!("n % {m}"));
        match self.ranges.as_slice() {
            [(start, end)] if start == end => format!("{value} {} {start}", if self.negated { "!=" } else { "==" }),
            ranges => {
                let patterns = ranges
                    .iter()
                    .map(|(start, end)| if start == end { start.to_string() } else { format!("{start}..={end}") })
                    .collect::<Vec<_>>()
                    .join(" | ");
                format!("{}matches!({value}, {patterns})", if self.negated { "!" } else { "" })
            }
        }
    }
}

fn lcm(a: u64, b: u64) -> u64 {
    let gcd = |mut a: u64, mut b: u64| {
        while b != 0 {
            (a, b) = (b, a % b);
        }
        a
    };
    a / gcd(a, b) * b
}

#[cfg(test)]
mod tests {
    use super::*;
    use icu_plurals::{PluralCategory, PluralRules};

    fn rule(language: &str) -> IntegerRule {
        IntegerRule::of(&language.parse().unwrap(), language).unwrap()
    }

    /// Every u32 up to two million, and every millionth beyond, takes the form ICU4X gives it:
    /// more than a whole period of every rule CLDR has (its moduli go up to 1,000,000).
    fn takes_icu4xs_forms(language: &str) {
        let locale: Locale = language.parse().unwrap();
        let ours = rule(language);
        let cldr = PluralRules::try_new_cardinal((&locale).into()).unwrap();
        let check = |n: u32| {
            let form = ours.forms[ours.form_index(n)];
            assert_eq!(PluralCategory::get_for_cldr_string(form), Some(cldr.category_for(n)), "{language}: {n}");
        };
        (0..=2_000_000).for_each(check);
        (0..=u32::MAX).step_by(1_000_000).for_each(check);
        check(u32::MAX);
    }

    #[test]
    fn english_counts_take_cldrs_forms() {
        takes_icu4xs_forms("en");
    }

    #[test]
    fn spanish_counts_take_cldrs_forms() {
        takes_icu4xs_forms("es");
    }

    /// Russian drops "other" for whole numbers; Arabic has all six forms and ranges of remainders.
    #[test]
    fn other_languages_counts_take_cldrs_forms() {
        takes_icu4xs_forms("ru");
        takes_icu4xs_forms("ar");
    }

    #[test]
    fn the_forms_are_those_whole_numbers_take() {
        assert_eq!(rule("en").forms, ["one", "other"]);
        assert_eq!(rule("es").forms, ["one", "many", "other"]);
        // Russian's "other" is for fractions alone.
        assert_eq!(rule("ru").forms, ["one", "few", "many"]);
        assert_eq!(rule("ar").forms, CATEGORIES);
        assert_eq!(rule("ja").forms, ["other"]);
    }

    #[test]
    fn the_rust_is_the_rule() {
        assert!(rule("en")
            .to_rust()
            .ends_with("pub const fn plural_form(n: u32) -> usize {\n    if n == 1 { 0 } else { 1 }\n}\n"));
        assert!(rule("es").to_rust().contains("if n == 1 { 0 } else if n != 0 && n % 1000000 == 0 { 1 } else { 2 }"));
        assert!(rule("ru").to_rust().contains(
            "if n % 10 == 1 && n % 100 != 11 { 0 } else if matches!(n % 10, 2..=4) && !matches!(n % 100, 12..=14) { 1 } else { 2 }"
        ));
        assert!(rule("ja").to_rust().contains("pub const fn plural_form(_n: u32) -> usize {\n    0\n}"));
    }
}
