//! Markup written as text, for the one table too large to build element by element: the SEU
//! log shows 50 rows of up to tens of thousands of entries, and a filter or an added entry
//! draws them again. One `innerHTML` builds 50 rows in about 2 ms where building them node by
//! node took about 8 ms (and twice the nodes); `widgets::markup_rows` then draws again only
//! the rows that changed. Every text goes in through `push_text`, so whatever a user typed
//! stays text.

/// Appends `text` to `out` as HTML text or a double-quoted attribute value: `&`, `<`, `>`, `"`
/// and `'` become character references; every other character stays as it is.
pub fn push_text(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
        // `at` is the start of a one-byte character: both halves are whole characters.
        let (before, from) = rest.split_at(at);
        let (special, after) = from.split_at(1);
        out.push_str(before);
        out.push_str(match special {
            "&" => "&amp;",
            "<" => "&lt;",
            ">" => "&gt;",
            "\"" => "&quot;",
            _ => "&#39;",
        });
        rest = after;
    }
    out.push_str(rest);
}

/// `text` as `push_text` writes it.
pub fn text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_text(&mut out, text);
    out
}
