//! Money, in whole US cents (or cents of an offer's own currency): one type, one parser that reads
//! what people type ("1000", "1,000", "$1,000.50"), one formatter that writes what the app shows
//! ("$1,000", "$1,000.50"). Stored as the plain number of cents it always was.

use std::fmt;

use serde::{Deserialize, Serialize};

/// An amount of money in cents. Never negative.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(pub u64);

/// The most the parser (and the gate, for stored data, as `domain::rules::limits::MAX_MONEY_CENTS`)
/// accepts: $1,000,000, far above any course or fee; it keeps sums exact.
pub const MAX_MONEY: Money = Money(100_000_000);

/// Why typed text is not an amount.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MoneyError {
    Empty,
    Negative,
    NotANumber,
    TooManyDecimals,
    TooLarge,
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MoneyError::Empty => "Give an amount, for example 1,000 or 995.50.",
            MoneyError::Negative => "The amount cannot be negative.",
            MoneyError::NotANumber => "Give the amount as a number, for example 1,000 or $995.50.",
            MoneyError::TooManyDecimals => "Give at most two digits after the decimal point.",
            MoneyError::TooLarge => "That amount is too large.",
        })
    }
}

impl std::error::Error for MoneyError {}

impl Money {
    pub const ZERO: Money = Money(0);

    pub const fn from_cents(cents: u64) -> Money {
        Money(cents)
    }

    pub const fn dollars(dollars: u64) -> Money {
        Money(dollars * 100)
    }

    pub const fn cents(self) -> u64 {
        self.0
    }

    pub fn saturating_add(self, other: Money) -> Money {
        Money(self.0.saturating_add(other.0))
    }

    /// Reads an amount as people type it: an optional `$`, digits with or without thousands
    /// commas ("1,000" is one thousand, as the app itself writes it), and at most two decimals.
    pub fn parse(text: &str) -> Result<Money, MoneyError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(MoneyError::Empty);
        }
        if text.starts_with('-') || text.starts_with("$-") {
            return Err(MoneyError::Negative);
        }
        let text = text.strip_prefix('$').unwrap_or(text).trim_start();
        let (whole, decimals) = text.split_once('.').unwrap_or((text, ""));
        let grouped_well = whole.split(',').enumerate().all(|(i, group)| {
            let digits = group.chars().all(|c| c.is_ascii_digit());
            digits
                && (if i == 0 {
                    !group.is_empty() || !whole.contains(',')
                } else {
                    group.len() == 3
                })
        });
        if !grouped_well || !decimals.chars().all(|c| c.is_ascii_digit()) {
            return Err(MoneyError::NotANumber);
        }
        let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
        if whole.is_empty() && decimals.is_empty() {
            return Err(MoneyError::NotANumber);
        }
        if decimals.len() > 2 {
            return Err(MoneyError::TooManyDecimals);
        }
        let whole: u64 = if whole.is_empty() {
            0
        } else if whole.len() > 12 {
            return Err(MoneyError::TooLarge);
        } else {
            whole.parse().map_err(|_| MoneyError::NotANumber)?
        };
        let cents: u64 = match decimals.len() {
            0 => 0,
            1 => {
                decimals
                    .parse::<u64>()
                    .map_err(|_| MoneyError::NotANumber)?
                    * 10
            }
            _ => decimals.parse().map_err(|_| MoneyError::NotANumber)?,
        };
        let amount = Money(whole.saturating_mul(100).saturating_add(cents));
        if amount > MAX_MONEY {
            return Err(MoneyError::TooLarge);
        }
        Ok(amount)
    }

    /// The amount without a currency sign: "1,000" or "1,000.50".
    pub fn amount_text(self) -> String {
        let digits = (self.0 / 100).to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(c);
        }
        match self.0 % 100 {
            0 => grouped,
            rest => format!("{grouped}.{rest:02}"),
        }
    }

    /// The amount in `currency`: "$1,000" for US dollars, "1,000 EUR" for others.
    pub fn in_currency(self, currency: &str) -> String {
        if currency.trim().is_empty() || currency.eq_ignore_ascii_case("USD") {
            self.to_string()
        } else {
            format!(
                "{} {}",
                self.amount_text(),
                currency.trim().to_ascii_uppercase()
            )
        }
    }
}

/// US dollars: "$1,000" or "$1,000.50".
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "${}", self.amount_text())
    }
}

impl std::iter::Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Money::saturating_add)
    }
}
