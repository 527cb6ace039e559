//! Reading amounts, counts, percentages and years as people type them, and
//! reading amounts back in words. Shared by the interview and any importer.
//!
//! Chinese finance habits first: amounts in 万元 unless the user switches to
//! 元, thousands separators ("1,234.5", "1，234"), full-width digits and the
//! IME's "。" for a decimal point, and an optional unit typed after the
//! number ("1.06亿", "50万元") that overrides the field's unit. Every parser
//! returns `Ok(None)` for an empty field (unanswered is not zero) and a typed
//! [`InputError`] the interface turns into words; none of them panics.

use crate::answers::{AMOUNT_MAX_YUAN, GROWTH_MAX_PERCENT};
use crate::date::Date;
use crate::i18n::Lang;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

/// The unit an amount field is typed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum AmountUnit {
    /// 万元 (ten thousand yuan), the habit of Chinese finance reports.
    #[default]
    Wan,
    /// 元.
    Yuan,
}

impl AmountUnit {
    /// Yuan per one of this unit.
    pub fn factor(self) -> Decimal {
        match self {
            AmountUnit::Wan => Decimal::new(10_000, 0),
            AmountUnit::Yuan => Decimal::ONE,
        }
    }

    /// Decimal places that still mean whole fen (0.01 元) in this unit.
    pub const fn max_decimals(self) -> u32 {
        match self {
            AmountUnit::Wan => 6,
            AmountUnit::Yuan => 2,
        }
    }
}

/// Why a typed value was refused. The interface words each case
/// (`i18n::ui::input_error`); bounds travel with the error so the message can
/// name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputError {
    /// Letters or symbols where a number belongs.
    NotANumber,
    /// Thousands separators in the wrong place ("1,23", "12,3456").
    BadGrouping,
    /// A minus sign on a value that cannot be negative.
    Negative,
    /// More decimal places than the unit can hold (an amount finer than 1 分).
    TooManyDecimals {
        /// Decimal places allowed in the unit the value was typed in.
        max: u32,
    },
    /// Larger than any enterprise could report.
    TooLarge {
        /// The largest accepted value, in the field's own measure (yuan for amounts).
        max: Decimal,
    },
    /// A fraction where only whole numbers make sense (people, enterprises).
    NotWhole,
    /// Zero where only a positive value makes sense (land of 0 亩).
    NotPositive,
    /// A percentage outside its plausible range (growth of 5000%).
    OutOfRange {
        /// Smallest accepted value (inclusive).
        min: Decimal,
        /// Largest accepted value (inclusive).
        max: Decimal,
    },
    /// Not a four-digit year.
    NotAYear,
    /// A year before records matter or after the assessment year.
    YearOutOfRange {
        /// Earliest accepted year.
        min: u16,
        /// Latest accepted year.
        max: u16,
    },
    /// Not in a date form we read (2024-06-15, 2024/6/15, 2024年6月15日).
    NotADate,
    /// A date that does not exist (2025-02-30).
    ImpossibleDate,
}

/// What kind of value a field reads: decides the parser, the bounds and how
/// an error is worded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldKind {
    /// Money (万元 or 元) that cannot be negative.
    Amount,
    /// Money that may be negative: a loss (taxable income, profit).
    SignedAmount,
    /// People or enterprises.
    Count,
    /// Growth in percent.
    Growth,
    /// Income-tax rate in percent.
    TaxRate,
    /// Land in 亩.
    Land,
    /// A four-digit year.
    Year,
    /// A calendar date.
    Date,
}

/// The earliest year the interview accepts in a revenue table or a date.
pub const EARLIEST_YEAR: u16 = 1990;

/// The largest amount accepted: the engine's [`AMOUNT_MAX_YUAN`] (10 万亿元),
/// beyond any enterprise's figures, so anything larger is a typing slip.
pub fn max_amount_yuan() -> Decimal {
    AMOUNT_MAX_YUAN
}

/// Import/export growth accepted, in percent: a fall cannot exceed 100%, and a
/// rise beyond the engine's [`GROWTH_MAX_PERCENT`] (1000%) is far more likely a
/// slip (5000 for 50.00) than a fact.
pub fn growth_percent_range() -> (Decimal, Decimal) {
    (Decimal::new(-100, 0), Decimal::from(GROWTH_MAX_PERCENT))
}

/// Enterprise income-tax rates accepted, in percent: 0 to the statutory 25%.
pub fn tax_rate_percent_range() -> (Decimal, Decimal) {
    (Decimal::ZERO, Decimal::new(25, 0))
}

/// The largest land area accepted, in 亩 (about 67 km²).
pub fn max_land_mu() -> Decimal {
    Decimal::new(100_000, 0)
}

/// The largest head count or number of enterprises served accepted.
pub const MAX_COUNT: u32 = 10_000_000;

/// Folds full-width forms, the IME's "。" and other look-alikes to ASCII and
/// trims the ends, so the parsers below see one alphabet.
fn fold(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            '\u{FF10}'..='\u{FF19}' => char::from(b'0' + (c as u32 - 0xFF10) as u8),
            '．' | '。' => '.',
            '，' => ',',
            '－' | '−' | '—' => '-',
            '＋' => '+',
            '％' => '%',
            '\u{3000}' | '\u{2009}' | '\u{202F}' | '\u{00A0}' => ' ',
            _ => c,
        })
        .collect()
}

/// Splits an optional leading sign from a folded string.
fn split_sign(s: &str) -> (bool, &str) {
    if let Some(rest) = s.strip_prefix('-') {
        (true, rest.trim_start())
    } else if let Some(rest) = s.strip_prefix('+') {
        (false, rest.trim_start())
    } else {
        (false, s)
    }
}

/// Reads an unsigned decimal with optional thousands separators (",", or
/// spaces) in its integer part. Separators must group by three from the
/// right, so "1,5" (a European decimal comma?) is refused, not misread.
fn parse_unsigned(s: &str) -> Result<Decimal, InputError> {
    if s.is_empty() {
        return Err(InputError::NotANumber);
    }
    let (int_part, frac_part) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if let Some(f) = frac_part {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return Err(InputError::NotANumber);
        }
    }
    if int_part.is_empty() {
        // ".5" is a number people type; "." alone is not.
        if frac_part.is_none() {
            return Err(InputError::NotANumber);
        }
    } else if !int_part
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b',' || b == b' ')
    {
        return Err(InputError::NotANumber);
    }
    let groups: Vec<&str> = int_part.split([',', ' ']).collect();
    if groups.len() > 1 {
        let first_ok = (1..=3).contains(&groups[0].len());
        let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
        if !first_ok || !rest_ok {
            return Err(InputError::BadGrouping);
        }
    }
    let digits: String = groups.concat();
    let plain = match frac_part {
        Some(f) => format!("{}.{}", if digits.is_empty() { "0" } else { &digits }, f),
        None => digits,
    };
    // More digits than a Decimal holds is certainly a slip, not a value.
    if plain.len() > 26 {
        return Err(InputError::TooLarge {
            max: max_amount_yuan(),
        });
    }
    // Exact: the text is plain digits here (no exponent to read), and
    // `from_str` would bring the scientific reader along.
    Decimal::from_str_exact(&plain).map_err(|_| InputError::NotANumber)
}

/// A unit typed after the number, and the yuan it stands for.
fn strip_unit_suffix(s: &str) -> (&str, Option<(Decimal, u32)>) {
    const SUFFIXES: [(&str, i64, u32); 5] = [
        ("亿元", 100_000_000, 10),
        ("亿", 100_000_000, 10),
        ("万元", 10_000, 6),
        ("万", 10_000, 6),
        ("元", 1, 2),
    ];
    for (suffix, factor, decimals) in SUFFIXES {
        if let Some(rest) = s.strip_suffix(suffix) {
            return (rest.trim_end(), Some((Decimal::new(factor, 0), decimals)));
        }
    }
    (s, None)
}

/// Reads a plain non-negative or signed decimal (no unit), for internal use.
fn parse_signed(s: &str) -> Result<Decimal, InputError> {
    let (negative, body) = split_sign(s);
    let value = parse_unsigned(body)?;
    Ok(if negative { -value } else { value })
}

/// Reads an amount of money typed in `unit`, returning yuan.
///
/// Accepts "1,234.5", "1，234", "１２３４", "1234。5", a "¥" in front and a
/// unit after ("1.06亿", "50万元", "3500元"), which then wins over `unit`.
/// Refuses letters, negative amounts, fractions of a fen and absurd sizes.
pub fn parse_amount(text: &str, unit: AmountUnit) -> Result<Option<Decimal>, InputError> {
    read_amount(text, unit, false)
}

/// Like [`parse_amount`], but a minus sign is read, not refused: for figures
/// that can be a loss (taxable income, profit).
pub fn parse_signed_amount(text: &str, unit: AmountUnit) -> Result<Option<Decimal>, InputError> {
    read_amount(text, unit, true)
}

fn read_amount(text: &str, unit: AmountUnit, signed: bool) -> Result<Option<Decimal>, InputError> {
    let folded = fold(text);
    let s = folded.trim_start_matches(['¥', '￥']).trim();
    if s.is_empty() {
        return Ok(None);
    }
    let (number, suffix) = strip_unit_suffix(s);
    let (factor, decimals) = suffix.unwrap_or((unit.factor(), unit.max_decimals()));
    let (negative, body) = split_sign(number.trim());
    let value = parse_unsigned(body)?;
    if negative && !value.is_zero() && !signed {
        return Err(InputError::Negative);
    }
    if value.normalize().scale() > decimals {
        return Err(InputError::TooManyDecimals { max: decimals });
    }
    let yuan = value.checked_mul(factor).ok_or(InputError::TooLarge {
        max: max_amount_yuan(),
    })?;
    if yuan > max_amount_yuan() {
        return Err(InputError::TooLarge {
            max: max_amount_yuan(),
        });
    }
    let yuan = yuan.normalize();
    Ok(Some(if negative { -yuan } else { yuan }))
}

/// Reads a whole, non-negative count (employees, enterprises served).
pub fn parse_count(text: &str) -> Result<Option<u32>, InputError> {
    let folded = fold(text);
    let s = folded.trim_end_matches(['人', '家', '个']).trim();
    if s.is_empty() {
        return Ok(None);
    }
    let value = parse_signed(s)?;
    if value.is_sign_negative() && !value.is_zero() {
        return Err(InputError::Negative);
    }
    if !value.fract().is_zero() {
        return Err(InputError::NotWhole);
    }
    match value.to_u32() {
        Some(n) if n <= MAX_COUNT => Ok(Some(n)),
        _ => Err(InputError::TooLarge {
            max: Decimal::from(MAX_COUNT),
        }),
    }
}

/// Reads a percentage ("15", "15%", "15.5％", "-3") within `range` (inclusive).
pub fn parse_percent(text: &str, range: (Decimal, Decimal)) -> Result<Option<Decimal>, InputError> {
    let folded = fold(text);
    let s = folded.trim_end_matches('%').trim();
    if s.is_empty() {
        return Ok(None);
    }
    let value = parse_signed(s)?;
    let (min, max) = range;
    if value.is_sign_negative() && !value.is_zero() && min >= Decimal::ZERO {
        return Err(InputError::Negative);
    }
    if value < min || value > max {
        return Err(InputError::OutOfRange { min, max });
    }
    Ok(Some(value.normalize()))
}

/// Reads a land area in 亩: positive, at most [`max_land_mu`]. "0" is refused
/// because no per-mu figure can be computed on no land.
pub fn parse_land_mu(text: &str) -> Result<Option<Decimal>, InputError> {
    let folded = fold(text);
    let s = folded.trim_end_matches('亩').trim();
    if s.is_empty() {
        return Ok(None);
    }
    let value = parse_signed(s)?;
    if value.is_sign_negative() && !value.is_zero() {
        return Err(InputError::Negative);
    }
    if value.is_zero() {
        return Err(InputError::NotPositive);
    }
    if value.normalize().scale() > 4 {
        return Err(InputError::TooManyDecimals { max: 4 });
    }
    if value > max_land_mu() {
        return Err(InputError::TooLarge { max: max_land_mu() });
    }
    Ok(Some(value.normalize()))
}

/// Reads a four-digit year ("2024", "2024年", "２０２４") from
/// [`EARLIEST_YEAR`] to `latest` (the assessment year: later data cannot exist).
pub fn parse_year(text: &str, latest: u16) -> Result<Option<u16>, InputError> {
    let folded = fold(text);
    let s = folded.trim_end_matches('年').trim();
    if s.is_empty() {
        return Ok(None);
    }
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(InputError::NotAYear);
    }
    let year: u16 = s.parse().map_err(|_| InputError::NotAYear)?;
    if year < EARLIEST_YEAR || year > latest {
        return Err(InputError::YearOutOfRange {
            min: EARLIEST_YEAR,
            max: latest,
        });
    }
    Ok(Some(year))
}

/// Reads a date: "2024-06-15", "2024/6/15", "2024.6.15" or "2024年6月15日".
/// Years run from [`EARLIEST_YEAR`] to 2100.
pub fn parse_date(text: &str) -> Result<Option<Date>, InputError> {
    let folded = fold(text);
    let s = folded.trim_end_matches('日').trim();
    if s.is_empty() {
        return Ok(None);
    }
    let unified: String = s
        .chars()
        .map(|c| {
            if matches!(c, '/' | '.' | '年' | '月') {
                '-'
            } else {
                c
            }
        })
        .collect();
    let parts: Vec<&str> = unified.split('-').map(str::trim).collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(InputError::NotADate);
    };
    let numeric = |p: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    if !numeric(y, 4..=4) || !numeric(m, 1..=2) || !numeric(d, 1..=2) {
        return Err(InputError::NotADate);
    }
    let (Ok(year), Ok(month), Ok(day)) = (y.parse::<u16>(), m.parse::<u8>(), d.parse::<u8>())
    else {
        return Err(InputError::NotADate);
    };
    if !(EARLIEST_YEAR..=2100).contains(&year) {
        return Err(InputError::YearOutOfRange {
            min: EARLIEST_YEAR,
            max: 2100,
        });
    }
    Date::new(year, month, day)
        .map(Some)
        .ok_or(InputError::ImpossibleDate)
}

/// Whether `text` is a value still being typed that more keystrokes could
/// make valid ("202" on the way to a year, "12." before its decimals, a lone
/// minus sign). The interview waits for the field to lose focus before
/// calling such text wrong, so a message does not flicker at every key.
pub fn is_unfinished(text: &str, kind: FieldKind) -> bool {
    let s = fold(text);
    if s.is_empty() || matches!(s.as_str(), "-" | "+" | "¥" | "￥") || s.ends_with(['.', ',']) {
        return true;
    }
    match kind {
        FieldKind::Year => s.len() < 4 && s.bytes().all(|b| b.is_ascii_digit()),
        FieldKind::Date => {
            let separators = ['-', '/', '.', '年', '月'];
            if !s
                .chars()
                .all(|c| c.is_ascii_digit() || separators.contains(&c))
            {
                return false;
            }
            let parts: Vec<&str> = s.split(separators).collect();
            parts.len() < 3 || parts.iter().any(|p| p.is_empty()) || parts[0].len() < 4
        }
        _ => false,
    }
}

/// Groups an integer's digits by three with commas ("1234567" → "1,234,567").
fn group_digits(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A decimal with grouped integer digits and its own decimals, trailing
/// zeros dropped ("1234.50" → "1,234.5").
pub fn format_grouped(value: Decimal) -> String {
    let text = value.normalize().to_string();
    let (sign, body) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    match body.split_once('.') {
        Some((int, frac)) => format!("{sign}{}.{frac}", group_digits(int)),
        None => format!("{sign}{}", group_digits(body)),
    }
}

/// An amount in yuan as it would be typed back into a field of `unit`
/// (used when a sample enterprise fills the form): "10,600" for 1.06 亿 in 万元.
pub fn amount_to_input(yuan: Decimal, unit: AmountUnit) -> String {
    format_grouped(yuan / unit.factor())
}

/// A plain decimal as typed into a percentage or area field ("15", "12.5").
pub fn decimal_to_input(value: Decimal) -> String {
    value.normalize().to_string()
}

/// Rounds half away from zero to `dp` places and says whether that changed it.
fn round_for_reading(value: Decimal, dp: u32) -> (Decimal, bool) {
    let rounded = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    (rounded, rounded != value)
}

/// Reads an amount back in words, the way a finance officer would say it:
/// "1.06 亿元", "50 万元", "3,500 元"; in English "106 million yuan",
/// "500,000 yuan". Rounded readings say so ("约" / "about").
pub fn amount_in_words(yuan: Decimal, lang: Lang) -> String {
    let negative = yuan.is_sign_negative() && !yuan.is_zero();
    let v = yuan.abs();
    let sign = if negative { "-" } else { "" };
    let (number, unit, approx) = match lang {
        Lang::Zh => {
            let yi = Decimal::new(100_000_000, 0);
            let wan = Decimal::new(10_000, 0);
            if v >= yi {
                let (r, a) = round_for_reading(v / yi, 4);
                (format_grouped(r), " 亿元", a)
            } else if v >= wan {
                let (r, a) = round_for_reading(v / wan, 2);
                (format_grouped(r), " 万元", a)
            } else {
                let (r, a) = round_for_reading(v, 2);
                (format_grouped(r), " 元", a)
            }
        }
        Lang::En => {
            let billion = Decimal::new(1_000_000_000, 0);
            let million = Decimal::new(1_000_000, 0);
            if v >= billion {
                let (r, a) = round_for_reading(v / billion, 3);
                (format_grouped(r), " billion yuan", a)
            } else if v >= million {
                let (r, a) = round_for_reading(v / million, 3);
                (format_grouped(r), " million yuan", a)
            } else {
                let (r, a) = round_for_reading(v, 2);
                (format_grouped(r), " yuan", a)
            }
        }
    };
    let prefix = match (approx, lang) {
        (true, Lang::Zh) => "约 ",
        (true, Lang::En) => "about ",
        (false, _) => "",
    };
    format!("{prefix}{sign}{number}{unit}")
}

/// An exact amount of money for a result line: "150 万元" when it is a whole
/// number of hundreds of yuan from 1 万 up, otherwise "3,512.34 元"; in
/// English "CNY 1,500,000". Never rounded: these are the engine's figures.
pub fn format_money(yuan: Decimal, lang: Lang) -> String {
    match lang {
        Lang::Zh => {
            let wan = Decimal::new(10_000, 0);
            let whole_hundreds = (yuan / Decimal::new(100, 0)).fract().is_zero();
            if yuan.abs() >= wan && whole_hundreds {
                format!("{} 万元", format_grouped(yuan / wan))
            } else {
                format!("{} 元", format_grouped(yuan))
            }
        }
        Lang::En => format!("CNY {}", format_grouped(yuan)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn amounts_default_to_wan_and_accept_separators() {
        assert_eq!(
            parse_amount("1,234.5", AmountUnit::Wan),
            Ok(Some(d("12345000")))
        );
        assert_eq!(
            parse_amount("1，234", AmountUnit::Wan),
            Ok(Some(d("12340000")))
        );
        assert_eq!(
            parse_amount("１２３４", AmountUnit::Wan),
            Ok(Some(d("12340000")))
        );
        assert_eq!(
            parse_amount("1 234 567", AmountUnit::Yuan),
            Ok(Some(d("1234567")))
        );
        assert_eq!(
            parse_amount("12。5", AmountUnit::Wan),
            Ok(Some(d("125000")))
        );
        assert_eq!(parse_amount(".5", AmountUnit::Wan), Ok(Some(d("5000"))));
        assert_eq!(
            parse_amount("  ¥3,500.25 ", AmountUnit::Yuan),
            Ok(Some(d("3500.25")))
        );
        assert_eq!(parse_amount("0", AmountUnit::Wan), Ok(Some(Decimal::ZERO)));
        assert_eq!(parse_amount("-0", AmountUnit::Wan), Ok(Some(Decimal::ZERO)));
    }

    #[test]
    fn typed_unit_overrides_the_field_unit() {
        assert_eq!(
            parse_amount("1.06亿", AmountUnit::Yuan),
            Ok(Some(d("106000000")))
        );
        assert_eq!(
            parse_amount("1.06 亿元", AmountUnit::Wan),
            Ok(Some(d("106000000")))
        );
        assert_eq!(
            parse_amount("50万元", AmountUnit::Yuan),
            Ok(Some(d("500000")))
        );
        assert_eq!(
            parse_amount("50万", AmountUnit::Yuan),
            Ok(Some(d("500000")))
        );
        assert_eq!(parse_amount("3500元", AmountUnit::Wan), Ok(Some(d("3500"))));
    }

    #[test]
    fn empty_is_unanswered_not_zero() {
        assert_eq!(parse_amount("", AmountUnit::Wan), Ok(None));
        assert_eq!(parse_amount("   ", AmountUnit::Yuan), Ok(None));
        assert_eq!(parse_count(""), Ok(None));
        assert_eq!(parse_percent(" ", growth_percent_range()), Ok(None));
        assert_eq!(parse_land_mu(""), Ok(None));
        assert_eq!(parse_year("", 2026), Ok(None));
        assert_eq!(parse_date(""), Ok(None));
    }

    #[test]
    fn amounts_refuse_letters_negatives_and_slips() {
        assert_eq!(
            parse_amount("12abc", AmountUnit::Wan),
            Err(InputError::NotANumber)
        );
        assert_eq!(
            parse_amount("abc", AmountUnit::Wan),
            Err(InputError::NotANumber)
        );
        assert_eq!(
            parse_amount("1.2.3", AmountUnit::Wan),
            Err(InputError::NotANumber)
        );
        assert_eq!(
            parse_amount(".", AmountUnit::Wan),
            Err(InputError::NotANumber)
        );
        assert_eq!(
            parse_amount("5.", AmountUnit::Wan),
            Err(InputError::NotANumber)
        );
        assert_eq!(
            parse_amount("万", AmountUnit::Wan),
            Err(InputError::NotANumber)
        );
        assert_eq!(
            parse_amount("-5", AmountUnit::Wan),
            Err(InputError::Negative)
        );
        assert_eq!(
            parse_amount("－５", AmountUnit::Yuan),
            Err(InputError::Negative)
        );
        assert_eq!(
            parse_amount("1,23", AmountUnit::Wan),
            Err(InputError::BadGrouping)
        );
        assert_eq!(
            parse_amount("12,3456", AmountUnit::Wan),
            Err(InputError::BadGrouping)
        );
        assert_eq!(
            parse_amount("1234,567", AmountUnit::Wan),
            Err(InputError::BadGrouping)
        );
        assert_eq!(
            parse_amount("1.234", AmountUnit::Yuan),
            Err(InputError::TooManyDecimals { max: 2 })
        );
        assert_eq!(
            parse_amount("1.1234567", AmountUnit::Wan),
            Err(InputError::TooManyDecimals { max: 6 })
        );
        assert!(matches!(
            parse_amount("1,000,000,001", AmountUnit::Wan),
            Err(InputError::TooLarge { .. })
        ));
        assert!(matches!(
            parse_amount("99999999999999999999999999999999", AmountUnit::Yuan),
            Err(InputError::TooLarge { .. })
        ));
    }

    #[test]
    fn losses_may_be_negative_where_asked() {
        assert_eq!(
            parse_signed_amount("-120.5", AmountUnit::Wan),
            Ok(Some(d("-1205000")))
        );
        assert_eq!(
            parse_signed_amount("－3,500元", AmountUnit::Wan),
            Ok(Some(d("-3500")))
        );
        assert_eq!(
            parse_signed_amount("80", AmountUnit::Wan),
            Ok(Some(d("800000")))
        );
        assert_eq!(
            parse_signed_amount("-0", AmountUnit::Wan),
            Ok(Some(Decimal::ZERO))
        );
        assert_eq!(
            parse_signed_amount("-x", AmountUnit::Wan),
            Err(InputError::NotANumber)
        );
    }

    #[test]
    fn counts_are_whole_and_non_negative() {
        assert_eq!(parse_count("1,200"), Ok(Some(1200)));
        assert_eq!(parse_count("350家"), Ok(Some(350)));
        assert_eq!(parse_count("12.0"), Ok(Some(12)));
        assert_eq!(parse_count("12.5"), Err(InputError::NotWhole));
        assert_eq!(parse_count("-3"), Err(InputError::Negative));
        assert_eq!(parse_count("three"), Err(InputError::NotANumber));
        assert!(matches!(
            parse_count("99999999999"),
            Err(InputError::TooLarge { .. })
        ));
    }

    #[test]
    fn percentages_stay_in_range() {
        let growth = growth_percent_range();
        assert_eq!(parse_percent("15", growth), Ok(Some(d("15"))));
        assert_eq!(parse_percent("15.50%", growth), Ok(Some(d("15.5"))));
        assert_eq!(parse_percent("２０％", growth), Ok(Some(d("20"))));
        assert_eq!(parse_percent("-3", growth), Ok(Some(d("-3"))));
        assert_eq!(
            parse_percent("5000", growth),
            Err(InputError::OutOfRange {
                min: d("-100"),
                max: d("1000")
            })
        );
        assert_eq!(
            parse_percent("-120", growth),
            Err(InputError::OutOfRange {
                min: d("-100"),
                max: d("1000")
            })
        );
        assert_eq!(parse_percent("1o", growth), Err(InputError::NotANumber));
        let rate = tax_rate_percent_range();
        assert_eq!(parse_percent("25", rate), Ok(Some(d("25"))));
        assert_eq!(parse_percent("-5", rate), Err(InputError::Negative));
        assert_eq!(
            parse_percent("30", rate),
            Err(InputError::OutOfRange {
                min: d("0"),
                max: d("25")
            })
        );
    }

    #[test]
    fn land_must_be_positive() {
        assert_eq!(parse_land_mu("85.5"), Ok(Some(d("85.5"))));
        assert_eq!(parse_land_mu("120亩"), Ok(Some(d("120"))));
        assert_eq!(parse_land_mu("0"), Err(InputError::NotPositive));
        assert_eq!(parse_land_mu("0.00"), Err(InputError::NotPositive));
        assert_eq!(parse_land_mu("-2"), Err(InputError::Negative));
        assert_eq!(
            parse_land_mu("1.23456"),
            Err(InputError::TooManyDecimals { max: 4 })
        );
        assert!(matches!(
            parse_land_mu("200000"),
            Err(InputError::TooLarge { .. })
        ));
    }

    #[test]
    fn years_are_four_digits_and_possible() {
        assert_eq!(parse_year("2024", 2026), Ok(Some(2024)));
        assert_eq!(parse_year("２０２４年", 2026), Ok(Some(2024)));
        assert_eq!(parse_year("24", 2026), Err(InputError::NotAYear));
        assert_eq!(parse_year("20a4", 2026), Err(InputError::NotAYear));
        assert_eq!(
            parse_year("2031", 2026),
            Err(InputError::YearOutOfRange {
                min: 1990,
                max: 2026
            })
        );
        assert_eq!(
            parse_year("1889", 2026),
            Err(InputError::YearOutOfRange {
                min: 1990,
                max: 2026
            })
        );
    }

    #[test]
    fn dates_in_the_forms_people_write() {
        let expected = Date::new(2024, 6, 5);
        assert_eq!(parse_date("2024-06-05"), Ok(expected));
        assert_eq!(parse_date("2024/6/5"), Ok(expected));
        assert_eq!(parse_date("2024.6.5"), Ok(expected));
        assert_eq!(parse_date("2024年6月5日"), Ok(expected));
        assert_eq!(parse_date("２０２４年６月５日"), Ok(expected));
        assert_eq!(parse_date("2025-02-29"), Err(InputError::ImpossibleDate));
        assert_eq!(parse_date("2024-13-01"), Err(InputError::ImpossibleDate));
        assert_eq!(parse_date("2024-06"), Err(InputError::NotADate));
        assert_eq!(parse_date("June 5"), Err(InputError::NotADate));
        assert_eq!(
            parse_date("1900-01-01"),
            Err(InputError::YearOutOfRange {
                min: 1990,
                max: 2100
            })
        );
    }

    #[test]
    fn amounts_read_back_in_words() {
        assert_eq!(amount_in_words(d("106000000"), Lang::Zh), "1.06 亿元");
        assert_eq!(amount_in_words(d("500000"), Lang::Zh), "50 万元");
        assert_eq!(amount_in_words(d("12345000"), Lang::Zh), "1,234.5 万元");
        assert_eq!(amount_in_words(d("3500"), Lang::Zh), "3,500 元");
        assert_eq!(amount_in_words(d("123456789"), Lang::Zh), "约 1.2346 亿元");
        assert_eq!(
            amount_in_words(d("106000000"), Lang::En),
            "106 million yuan"
        );
        assert_eq!(
            amount_in_words(d("2500000000"), Lang::En),
            "2.5 billion yuan"
        );
        assert_eq!(amount_in_words(d("500000"), Lang::En), "500,000 yuan");
        assert_eq!(
            amount_in_words(d("1234567"), Lang::En),
            "about 1.235 million yuan"
        );
        assert_eq!(amount_in_words(Decimal::ZERO, Lang::Zh), "0 元");
    }

    #[test]
    fn money_is_exact() {
        assert_eq!(format_money(d("1500000"), Lang::Zh), "150 万元");
        assert_eq!(format_money(d("15000"), Lang::Zh), "1.5 万元");
        assert_eq!(format_money(d("350123.45"), Lang::Zh), "350,123.45 元");
        assert_eq!(format_money(d("800"), Lang::Zh), "800 元");
        assert_eq!(format_money(d("1500000.00"), Lang::En), "CNY 1,500,000");
    }

    #[test]
    fn values_round_trip_through_the_form() {
        for (yuan, unit) in [
            ("106000000", AmountUnit::Wan),
            ("12345678.91", AmountUnit::Wan),
            ("12345678.91", AmountUnit::Yuan),
            ("0.01", AmountUnit::Wan),
        ] {
            let text = amount_to_input(d(yuan), unit);
            assert_eq!(
                parse_amount(&text, unit),
                Ok(Some(d(yuan))),
                "{yuan} via {text:?}"
            );
        }
        assert_eq!(amount_to_input(d("106000000"), AmountUnit::Wan), "10,600");
        assert_eq!(decimal_to_input(d("15.50")), "15.5");
    }

    #[test]
    fn unfinished_text_waits_for_blur() {
        assert!(is_unfinished("202", FieldKind::Year));
        assert!(!is_unfinished("20a", FieldKind::Year));
        assert!(!is_unfinished("2024", FieldKind::Year));
        assert!(is_unfinished("12.", FieldKind::Amount));
        assert!(is_unfinished("1,", FieldKind::Amount));
        assert!(is_unfinished("-", FieldKind::Growth));
        assert!(!is_unfinished("-5", FieldKind::Amount));
        assert!(!is_unfinished("12a", FieldKind::Amount));
        assert!(is_unfinished("2024-0", FieldKind::Date));
        assert!(is_unfinished("2024年6月", FieldKind::Date));
        assert!(!is_unfinished("2024-02-30", FieldKind::Date));
        assert!(!is_unfinished("June", FieldKind::Date));
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "-",
            "+",
            "%",
            "¥",
            "亿元",
            ",",
            ",,",
            "1,",
            ",123",
            "..",
            "-.5",
            "年",
            "--1",
            "1e5",
            "∞",
            "１,２３４",
        ] {
            let _ = parse_amount(text, AmountUnit::Wan);
            let _ = parse_count(text);
            let _ = parse_percent(text, growth_percent_range());
            let _ = parse_land_mu(text);
            let _ = parse_year(text, 2026);
            let _ = parse_date(text);
        }
        assert_eq!(
            parse_amount("１,２３４", AmountUnit::Yuan),
            Ok(Some(d("1234")))
        );
    }
}
