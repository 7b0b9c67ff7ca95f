//! Numbers as text with a fixed count of decimals ("6.2", "0.50"), by integer arithmetic. Why:
//! `docs/architecture.md`, "Building blocks of its own".

/// `numerator / denominator` with `decimals` decimals, rounded half to even like
/// `format!("{:.N}")` on the exact quotient ("6.2" for 6,500,000 / 1,048,576 and one decimal).
/// A zero denominator reads as zero.
pub fn ratio_text(numerator: u64, denominator: u64, decimals: u32) -> String {
    if denominator == 0 {
        return scaled_text(0, decimals);
    }
    let scale = 10u128.pow(decimals);
    let scaled = u128::from(numerator) * scale;
    let denominator = u128::from(denominator);
    let (mut whole, rest) = (scaled / denominator, scaled % denominator);
    if rest * 2 > denominator || (rest * 2 == denominator && whole % 2 == 1) {
        whole += 1;
    }
    scaled_text(whole, decimals)
}

/// `ratio_text` without trailing zeros or a bare point: "6.5", "6" rather than "6.50", "6.00".
pub fn short_ratio_text(numerator: u64, denominator: u64, decimals: u32) -> String {
    let text = ratio_text(numerator, denominator, decimals);
    if decimals == 0 {
        return text;
    }
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// `value` with `decimals` decimals (at most 9), as `format!("{:.N}")` writes it: rounded half
/// to even on the exact binary value (0.15 is a little under 0.15, so "0.1"). Negative values
/// keep their sign unless they round to zero; not-a-number reads as zero and a magnitude beyond
/// 2^63 / 10^decimals saturates.
pub fn fixed_text(value: f64, decimals: u32) -> String {
    let decimals = decimals.min(9);
    let scaled = exact_scaled(value, decimals);
    let text = scaled_text(scaled, decimals);
    if value < 0.0 && scaled != 0 {
        format!("-{text}")
    } else {
        text
    }
}

/// |value| × 10^decimals rounded half to even, from the float's own bits: mantissa × 2^exponent,
/// so the product is exact in a u128 (a 53-bit mantissa times at most 10^9).
fn exact_scaled(value: f64, decimals: u32) -> u128 {
    const LARGEST: u128 = i64::MAX as u128;
    if value.is_nan() {
        return 0;
    }
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0x7ff {
        return LARGEST;
    }
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    // Below 2^83, so every shift below stays inside a u128.
    let product = u128::from(mantissa) * 10u128.pow(decimals);
    if exponent >= 0 {
        return if exponent >= 44 {
            LARGEST
        } else {
            (product << exponent).min(LARGEST)
        };
    }
    let shift = exponent.unsigned_abs();
    if shift > 84 {
        // The product is under half of 2^shift: it rounds to zero.
        return 0;
    }
    let whole = product >> shift;
    let rest = product & ((1u128 << shift) - 1);
    let half = 1u128 << (shift - 1);
    let up = rest > half || (rest == half && whole % 2 == 1);
    (whole + u128::from(up)).min(LARGEST)
}

/// `scaled / 10^decimals` written out: "62" with one decimal is "6.2", "5" with two "0.05".
/// The digits by itoa (already there for serde_json), not `format!`: the standard library's
/// 128-bit formatting is 1.3 KB of the start module.
fn scaled_text(scaled: u128, decimals: u32) -> String {
    let mut buffer = itoa::Buffer::new();
    let digits = buffer.format(scaled);
    let decimals = decimals as usize;
    if decimals == 0 {
        return digits.to_owned();
    }
    // At least one digit before the point.
    let zeros = (decimals + 1).saturating_sub(digits.len());
    let mut text = String::with_capacity(zeros + digits.len() + 1);
    text.extend(std::iter::repeat_n('0', zeros));
    text.push_str(digits);
    text.insert(text.len() - decimals, '.');
    text
}
