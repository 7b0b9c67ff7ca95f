//! The SEU log at 5,000 entries: time to read the stored journey at start (read and admitted
//! by the gate), to add an entry (the add intent and the next renewal's recomputation) and to
//! filter and sort the log; and a change kept valid (`domain::records::change`: the intent on a copy, then
//! the gate's checks) at 5,000 and 20,000 entries. Prints medians; asserts nothing about time.
//!
//! Run with `cargo bench --bench seu_log`.

use cert_planner::basics::order::SortDirection;
use std::time::{Duration, Instant};

use cert_planner::domain::edge::gate;
use cert_planner::domain::records::{change, drafts};
use cert_planner::domain::rules::catalogue::CertificationKind;
use cert_planner::domain::seus::log::{
    filter_and_sort, next_renewal, LogFilter, LogSortKey, SeuDraft,
};
use cert_planner::model::journey::{HeldCertification, Journey};
use cert_planner::model::seu::{SeuCategory, SeuEntry, SeuSource};
use cert_planner::model::{Choice, Minutes};
use cert_planner::store::schema::{read_document, write_document};
use chrono::NaiveDate;

const ENTRIES: usize = 5_000;
const RUNS: usize = 31;

fn journey(today: NaiveDate, entries: usize) -> Journey {
    let mut j = Journey::default();
    for (kind, earned) in [
        (CertificationKind::Cspo, "2025-03-01"),
        (CertificationKind::Csm, "2025-08-15"),
    ] {
        let id = j.take_id();
        j.certifications.push(HeldCertification {
            id,
            kind,
            name: String::new(),
            earned: NaiveDate::parse_from_str(earned, "%Y-%m-%d").unwrap(),
            expires: None,
            license_accepted: true,
            experience_validated: true,
            notes: String::new(),
        });
    }
    for i in 0..entries {
        let id = j.take_id();
        j.seu_log.push(SeuEntry {
            id,
            // Spread over four years before today, several a day.
            date: today - chrono::Duration::days((i * 7 % 1460) as i64),
            minutes: Minutes(30 + (i as u32 * 37) % 240),
            category: SeuCategory::ALL[i % 4],
            source: SeuSource::ALL[i % 7],
            title: format!("Activity {} on agile topic {}", i, i % 97),
            notes: "Notes about what was learned".into(),
            evidence: "https://example.com/evidence".into(),
            used_by_renewal: None,
            proofs: Vec::new(),
        });
    }
    j
}

fn draft(today: NaiveDate, run: usize) -> SeuDraft {
    SeuDraft {
        date: today,
        minutes: Minutes(90),
        category: SeuCategory::Learning,
        source: SeuSource::Webinar,
        title: format!("Benchmark webinar {run}"),
        notes: String::new(),
        evidence: String::new(),
    }
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let base = journey(today, ENTRIES);

    let mut add = Vec::new();
    for run in 0..RUNS {
        let mut j = base.clone();
        let draft = draft(today, run);
        let start = Instant::now();
        drafts::add(&mut j, draft, today).expect("valid entry");
        let progress = next_renewal(&j, today).expect("a renewal");
        add.push(start.elapsed());
        std::hint::black_box(progress);
    }

    let filter = LogFilter {
        category: Some(SeuCategory::Learning),
        source: None,
        from: NaiveDate::from_ymd_opt(2024, 1, 1),
        to: Some(today),
    };
    let mut filtered = Vec::new();
    let mut shown = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let list = filter_and_sort(
            &base.seu_log,
            &filter,
            LogSortKey::Title,
            SortDirection::Ascending,
        );
        filtered.push(start.elapsed());
        shown = list.len();
        std::hint::black_box(list);
    }

    let stored = write_document(&base);
    let (mut read, mut admitted) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        let start = Instant::now();
        let document = read_document(&stored).expect("readable");
        read.push(start.elapsed());
        let start = Instant::now();
        std::hint::black_box(gate::admit(document.journey).expect("admitted"));
        admitted.push(start.elapsed());
    }

    // The save after a change (`store::local::save`, when the browser is next idle).
    let mut written = Vec::new();
    for _ in 0..RUNS {
        let start = Instant::now();
        std::hint::black_box(write_document(&base));
        written.push(start.elapsed());
    }

    let mut recompute = Vec::new();
    for _ in 0..RUNS {
        let start = Instant::now();
        std::hint::black_box(next_renewal(&base, today));
        recompute.push(start.elapsed());
    }

    println!("SEU log benchmark, {ENTRIES} entries, median of {RUNS} runs:");
    println!(
        "  start: read the stored text ({} KB):   {:?}",
        stored.len() / 1000,
        median(read)
    );
    println!(
        "  start: the gate's checks:              {:?}",
        median(admitted)
    );
    println!(
        "  save: write the journey as stored text: {:?}",
        median(written)
    );
    println!(
        "  add an entry + next renewal recomputed: {:?}",
        median(add)
    );
    println!(
        "  next renewal recomputed alone:          {:?}",
        median(recompute)
    );
    println!(
        "  filter (category, date range) + sort by title: {:?} ({shown} entries shown)",
        median(filtered)
    );

    // A change as `AppState::apply` makes it: the copy, the intent, the gate's checks.
    for entries in [ENTRIES, 20_000] {
        let large = journey(today, entries);
        let (mut whole, mut checks) = (Vec::new(), Vec::new());
        for run in 0..RUNS {
            let draft = draft(today, run);
            let start = Instant::now();
            let kept = change::change(&large, |j| drafts::add(j, draft, today));
            whole.push(start.elapsed());
            let (mut next, _) = kept.expect("a valid change");
            let start = Instant::now();
            change::settle(&mut next).expect("admitted");
            std::hint::black_box(&next);
            checks.push(start.elapsed());
        }
        println!(
            "  a change kept valid at {entries} entries: {:?} (of which the gate's checks {:?})",
            median(whole),
            median(checks)
        );
    }
}
