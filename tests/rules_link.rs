#![cfg(not(target_arch = "wasm32"))]
//! The one check for every web address a user types (`model::link`): an SEU's evidence and a
//! course's page become links only for http and https addresses with a host and no spaces;
//! anything else (`javascript:`, `data:`, another scheme, a typo) stays plain text.

use cert_planner::domain::seus::log::evidence_link;
use cert_planner::model::link::{is_web_link, web_link};

#[test]
fn http_and_https_addresses_with_a_host_become_links() {
    // (typed, link)
    for (typed, link) in [
        ("https://example.com", "https://example.com"),
        ("http://example.com", "http://example.com"),
        (
            "https://example.com/certificate.pdf?id=7#page=2",
            "https://example.com/certificate.pdf?id=7#page=2",
        ),
        ("HTTPS://Example.com/x", "HTTPS://Example.com/x"),
        // Spaces around it are trimmed; the address is kept as typed.
        ("  https://example.org/cspo  ", "https://example.org/cspo"),
    ] {
        assert_eq!(web_link(typed).as_deref(), Some(link), "{typed:?}");
        assert!(is_web_link(typed), "{typed:?}");
    }
}

#[test]
fn other_schemes_missing_hosts_and_spaces_stay_plain_text() {
    for typed in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://example.com/file",
        "https://",
        "http://",
        "https:///path",
        "https://?q=1",
        "https://exa mple.com",
        "https://example.com/a b",
        "www.example.com",
        "certificate in my drawer",
        "",
    ] {
        assert_eq!(web_link(typed), None, "{typed:?}");
        assert!(!is_web_link(typed), "{typed:?}");
    }
}

#[test]
fn the_evidence_of_an_seu_uses_the_same_check() {
    for typed in [
        "https://example.com/certificate.pdf",
        "javascript:alert(1)",
        "https://exa mple.com",
        "data:text/html,hi",
    ] {
        assert_eq!(evidence_link(typed), web_link(typed), "{typed:?}");
    }
}
