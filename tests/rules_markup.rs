#![cfg(not(target_arch = "wasm32"))]
//! Markup written as text (ui::markup, the SEU log's rows): whatever a user typed stays text.

use cert_planner::ui::markup::text;
use proptest::prelude::*;

/// What an HTML parser makes of the five references `text` writes (and nothing else).
fn unescaped(markup: &str) -> String {
    markup
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn the_five_characters_of_markup_become_references_and_the_rest_stays() {
    let rows = [
        ("", ""),
        ("Scrum Gathering 2026", "Scrum Gathering 2026"),
        (
            "<script>alert(1)</script>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
        ),
        ("\" onmouseover=\"x", "&quot; onmouseover=&quot;x"),
        ("it's", "it&#39;s"),
        ("R&D &amp; more", "R&amp;D &amp;amp; more"),
        ("Zürich · 東京 🎓", "Zürich · 東京 🎓"),
    ];
    for (typed, written) in rows {
        assert_eq!(text(typed), written, "{typed:?}");
    }
}

proptest! {
    #[test]
    fn any_text_is_written_without_markup_and_reads_back_as_itself(typed in any::<String>()) {
        let written = text(&typed);
        prop_assert!(!written.contains(['<', '>', '"', '\'']), "{written:?}");
        prop_assert_eq!(unescaped(&written), typed);
    }
}
