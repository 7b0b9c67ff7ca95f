//! Numbers as text with a fixed count of decimals ("6.2", "0.50"), by integer arithmetic.
//! Rust's float printing costs about 10 KB in the wasm; these few lines print what the app
//! shows (SEUs, hours, sizes, paces, months, chart coordinates) without it.

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

/// `value` with `decimals` decimals (at most 9), rounded half to even on `value × 10^decimals`.
/// Negative values keep their sign; not-a-number reads as zero and beyond ±2^63 saturates.
pub fn fixed_text(value: f64, decimals: u32) -> String {
    let decimals = decimals.min(9);
    let scaled = (value * 10f64.powi(decimals as i32)).round_ties_even();
    // `as` saturates and maps NaN to 0.
    let scaled = scaled as i64;
    let text = scaled_text(u128::from(scaled.unsigned_abs()), decimals);
    if scaled < 0 {
        format!("-{text}")
    } else {
        text
    }
}

/// `scaled / 10^decimals` written out: "62" with one decimal is "6.2".
fn scaled_text(scaled: u128, decimals: u32) -> String {
    if decimals == 0 {
        return scaled.to_string();
    }
    let scale = 10u128.pow(decimals);
    format!(
        "{}.{:0width$}",
        scaled / scale,
        scaled % scale,
        width = decimals as usize
    )
}
