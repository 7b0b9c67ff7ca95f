//! The one check for every web address a user types (evidence of an SEU, a course page): only
//! http and https addresses with a host and no spaces become links; anything else (`javascript:`,
//! `data:`, a typo) stays plain text.

/// The address to link to, or `None` when `text` must stay plain text.
pub fn web_link(text: &str) -> Option<String> {
    let text = text.trim();
    let lower = text.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let host_ok = rest
        .split(['/', '?', '#'])
        .next()
        .is_some_and(|host| !host.is_empty());
    let clean = !text.chars().any(|c| c.is_whitespace() || c.is_control());
    (host_ok && clean).then(|| text.to_owned())
}

/// Whether `text` would become a link.
pub fn is_web_link(text: &str) -> bool {
    web_link(text).is_some()
}
