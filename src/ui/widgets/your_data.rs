//! "Your data" on the Settings and data page: download a copy, restore a journey from a file
//! (a preview first, then replace with undo), erase everything, and what the browser keeps. Every
//! file goes through the one gate (`domain::edge::gate`); a refused file changes nothing.

use crate::basics::sorted_map::{sorted_set, SortedMap, SortedSet};

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::basics::dates::human;
use crate::domain::edge::audit_pack::{is_zip, proof_path, read_pack, Unpacked};
use crate::domain::edge::backup::copy_is_due;
use crate::domain::edge::gate::{self, Admitted, Rejection, Summary};
use crate::domain::edge::set_aside::{
    open_without_bad_records, set_aside_text, these_records, SetAside,
};
use crate::domain::rules::limits::{
    BACKUP_REMINDER_MAX_DAYS, BACKUP_REMINDER_MIN_DAYS, MAX_FILE_BYTES, MAX_PROOF_TOTAL_BYTES,
};
use crate::domain::seus::proof::{missing_files, proof_key, size_text};
use crate::model::journey::Journey;
use crate::model::settings::WHY_BACKUP_REMINDER;
use crate::store::local::{export_text, keep_before_restore};
use crate::store::{device, proofs};
use crate::ui::state::AppState;
use crate::ui::widgets::audit_pack::AuditPack;
use crate::ui::widgets::download::download_text;
use crate::ui::widgets::file_picker::{file_refused, reading_file, FilePicker};
use crate::ui::widgets::focus::focus;
use crate::ui::widgets::form::{problem_text, Card};

/// Offers `text` as the file "cert-planner-{what}-YYYY-MM-DD.json" (a copy of the journey, the
/// journey a restore replaced, saved data that could not be read).
pub fn download_json(app: AppState, what: &str, text: &str) -> Result<(), String> {
    let name = format!("cert-planner-{what}-{}.json", app.today.get_untracked());
    download_text(&name, "application/json", text)
}

/// Offers the journey as it is now as a file, notes the day (for the reminder), and asks the
/// browser to keep the data (the user has just shown they care about it: a sensible moment to
/// ask). What went wrong, if anything, goes to `error`.
pub fn download_current(app: AppState, error: RwSignal<Option<String>>) {
    let result = app.journey.with_untracked(|j| {
        download_json(app, "journey", &export_text(j))?;
        Ok::<u64, String>(j.revision)
    });
    match result {
        Ok(revision) => {
            error.set(None);
            device::note_download(app.today.get_untracked(), revision);
            spawn_local(async {
                let _ = device::ask_persistent().await;
            });
        }
        Err(reason) => error.set(Some(reason)),
    }
}

/// The reminder to download a fresh copy (shown on the dashboard and in Settings and data).
#[component]
pub fn BackupReminder() -> impl IntoView {
    let app = AppState::get();
    let last = RwSignal::new(device::last_download());
    let due = move || {
        app.journey.with(|j| {
            copy_is_due(
                last.get(),
                j.revision,
                !j.is_empty(),
                j.settings.backup_reminder_days,
                app.today.get(),
            )
        })
    };
    let error = RwSignal::new(None::<String>);
    let download = move |_| {
        download_current(app, error);
        last.set(device::last_download());
    };
    move || {
        due().then(|| {
            let when = match last.get() {
                Some(copy) => format!("Your last downloaded copy is from {}, and you have changed things since.", human(copy.date)),
                None => "You have not downloaded a copy of your data yet.".to_owned(),
            };
            view! {
                <aside class="banner banner-info" aria-labelledby="backup-reminder-title">
                    <h2 id="backup-reminder-title">"Keep a copy of your data"</h2>
                    <p>{when} " Your data lives only in this browser: a copy is the only backup there is."</p>
                    <div class="actions">
                        <button type="button" on:click=download>"Download a copy"</button>
                    </div>
                    {problem_text(error)}
                </aside>
            }
        })
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The lines of a restore preview.
fn summary_lines(summary: &Summary) -> Vec<String> {
    let mut lines = vec![
        count(summary.certifications, "certification", "certifications"),
        count(summary.seu_entries, "SEU entry", "SEU entries"),
        count(summary.renewals, "recorded renewal", "recorded renewals"),
        count(
            summary.planned_activities,
            "planned activity",
            "planned activities",
        ),
        count(summary.offers, "course offer", "course offers"),
        count(summary.roles, "work role", "work roles"),
    ];
    lines.push(match (summary.earliest, summary.latest) {
        (Some(first), Some(last)) => format!("Dates from {} to {}", human(first), human(last)),
        _ => "No dates".to_owned(),
    });
    lines
}

/// The records a journey would open without, each with its place and why.
pub fn set_aside_list(records: &[SetAside]) -> AnyView {
    let items = records
        .iter()
        .map(|record| {
            let text = format!("{}: {}.", record.place, record.reasons.join("; "));
            view! { <li>{text}</li> }
        })
        .collect_view();
    view! { <ul class="set-aside">{items}</ul> }.into_any()
}

/// What a picked file turned out to be.
#[derive(Clone)]
enum Picked {
    Reading,
    Refused(Rejection),
    Ready {
        admitted: Box<Admitted>,
        summary: Summary,
        /// The records left out (the file was refused for them alone); empty: none.
        set_aside: Vec<SetAside>,
        /// The proof files of an audit pack, by their path in it; empty: a plain copy.
        files: std::sync::Arc<SortedMap<String, Vec<u8>>>,
    },
}

/// What the gate says of a picked file (a copy, or an audit pack: its journey, with its proof
/// files): admitted, admitted without some records (when only they keep it out), or refused.
fn read_backup(bytes: &[u8]) -> Picked {
    if !is_zip(bytes) {
        return read_journey(bytes, SortedMap::new());
    }
    match read_pack(bytes) {
        Ok(Unpacked { journey, files }) => read_journey(&journey, files),
        Err(message) => Picked::Refused(Rejection {
            problems: vec![gate::Problem {
                kind: gate::ProblemKind::NotAJourney,
                place: None,
                message,
                record: None,
            }],
        }),
    }
}

fn read_journey(bytes: &[u8], files: SortedMap<String, Vec<u8>>) -> Picked {
    let files = std::sync::Arc::new(files);
    match gate::check_file(bytes) {
        Ok(admitted) => Picked::Ready {
            summary: gate::summary(&admitted.journey),
            admitted: Box::new(admitted),
            set_aside: Vec::new(),
            files,
        },
        Err(rejection) => {
            let partial = std::str::from_utf8(bytes)
                .ok()
                .and_then(open_without_bad_records);
            match partial {
                Some(partial) => Picked::Ready {
                    summary: gate::summary(&partial.admitted.journey),
                    admitted: Box::new(partial.admitted),
                    set_aside: partial.set_aside,
                    files,
                },
                None => Picked::Refused(rejection),
            }
        }
    }
}

/// Stores the proof files of an audit pack (`files`, by their path in it) that `journey` lists,
/// each checked against its SHA-256; says what was restored and which files were not (none:
/// the journey lists no file).
async fn restore_files(journey: &Journey, files: &SortedMap<String, Vec<u8>>) -> Option<String> {
    let mut kept = 0;
    let mut not_kept = Vec::new();
    for entry in &journey.seu_log {
        for proof in &entry.proofs {
            let stored = match files.get(&proof_path(entry, proof)) {
                Some(bytes) if proofs::sha256(bytes).await.as_deref() == Ok(&proof.sha256) => {
                    proofs::put(&proof_key(entry.id, &proof.sha256), bytes)
                        .await
                        .is_ok()
                }
                _ => false,
            };
            if stored {
                kept += 1;
            } else {
                not_kept.push(format!("\"{}\"", proof.name));
            }
        }
    }
    match (kept, not_kept.len()) {
        (0, 0) => None,
        (_, 0) => Some(format!(
            "{} restored.",
            count(kept, "proof file", "proof files")
        )),
        _ => Some(format!(
            "{} restored; not in the file or damaged: {} (attach them again).",
            count(kept, "proof file", "proof files"),
            not_kept.join(", ")
        )),
    }
}

#[component]
fn RestoreFromFile() -> impl IntoView {
    let app = AppState::get();
    let picked = RwSignal::new(None::<Picked>);
    // The journey the last restore replaced, for an undo.
    let replaced = RwSignal::new(None::<Journey>);
    let message = RwSignal::new(None::<String>);
    let on_pick = move |()| {
        picked.set(Some(Picked::Reading));
        replaced.set(None);
        message.set(None);
    };
    let on_read = move |read: Result<Vec<u8>, String>| {
        let answer = match read {
            Ok(bytes) => read_backup(&bytes),
            Err(message) => Picked::Refused(Rejection {
                problems: vec![gate::Problem {
                    kind: gate::ProblemKind::NotText,
                    place: None,
                    message,
                    record: None,
                }],
            }),
        };
        picked.set(Some(answer));
        focus("restore-result");
    };
    let replace = move |_| {
        let Some(Picked::Ready {
            admitted,
            set_aside,
            files,
            ..
        }) = picked.get_untracked()
        else {
            return;
        };
        let current = app.journey.get_untracked();
        if let Err(reason) = keep_before_restore(&current) {
            message.set(Some(format!(
                "Nothing was replaced: {reason}. Download your current journey first, then try again."
            )));
            return;
        }
        spawn_local(async move {
            // The pack's files are stored first: the journey that names them comes after.
            let files = restore_files(&admitted.journey, &files).await;
            let old = app.replace_journey(admitted.journey);
            replaced.set(Some(old));
            picked.set(None);
            let mut said = if set_aside.is_empty() {
                "Your journey was replaced by the one in the file.".to_owned()
            } else {
                format!(
                    "Your journey was replaced by the one in the file, without {} (left out).",
                    crate::ui::state::records_text(set_aside.len())
                )
            };
            if let Some(files) = files {
                said.push(' ');
                said.push_str(&files);
            }
            app.notice.set(Some(said));
            focus("restore-done");
        });
    };
    let undo = move |_| {
        if let Some(old) = replaced.get_untracked() {
            app.replace_journey(old);
            replaced.set(None);
            app.notice.set(Some(
                "The restore was undone: your previous journey is back.".into(),
            ));
        }
    };
    let download_replaced = move |_| {
        if let Some(old) = replaced.get_untracked() {
            message.set(download_json(app, "replaced-journey", &export_text(&old)).err());
        }
    };
    view! {
        <Card title_id="restore-title" heading="Restore from a file">
            <FilePicker id="restore-file" label="Choose a copy of your journey that you downloaded from this app"
                accept=".json,application/json,.zip,application/zip" on_pick on_read
                help=format!("Nothing changes until you confirm. Files up to {} MB; a copy made by any earlier version of this app works.", MAX_FILE_BYTES / (1024 * 1024))/>
            <div id="restore-result" tabindex="-1">
                {move || picked.get().map(|p| match p {
                    Picked::Reading => reading_file(),
                    Picked::Refused(rejection) => file_refused("This file was not restored; nothing was changed.", &rejection.problems),
                    Picked::Ready { admitted, summary, set_aside, files } => view! {
                        <div class="restore-preview" aria-labelledby="restore-preview-title">
                            {(!set_aside.is_empty()).then(|| {
                                let text = set_aside_text(&set_aside);
                                view! {
                                    <div class="field-error" data-testid="restore-set-aside">
                                        <p>{format!("This file cannot be restored whole. It can be restored without {}:", these_records(set_aside.len()))}</p>
                                        {set_aside_list(&set_aside)}
                                        <button type="button" class="secondary" on:click=move |_| message.set(download_json(app, "set-aside-records", &text).err())>"Download the records left out"</button>
                                    </div>
                                }.into_any()
                            })}
                            <h4 id="restore-preview-title">"The file holds"</h4>
                            <ul data-testid="restore-summary">{summary_lines(&summary).into_iter().chain((!files.is_empty()).then(|| count(files.len(), "proof file", "proof files"))).map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                            <p>{match admitted.migrated_from {
                                Some(from) => format!("Data version {from}, brought up to date (version {}).", summary.version),
                                None => format!("Data version {}.", summary.version),
                            }}</p>
                            {(!admitted.repairs.is_empty()).then(|| view! {
                                <p>"Small repairs will be made:"</p>
                                <ul>{admitted.repairs.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}</ul>
                            })}
                            <p>"Replacing your journey with it removes what you have recorded here now. Your current journey is kept in this browser, and you can undo right after."</p>
                            <div class="actions">
                                <button type="button" on:click=replace>{if set_aside.is_empty() { "Replace my journey".to_owned() } else { format!("Replace my journey, without {}", these_records(set_aside.len())) }}</button>
                                <button type="button" class="secondary" on:click=move |_| picked.set(None)>"Cancel"</button>
                            </div>
                        </div>
                    }.into_any(),
                })}
            </div>
            <div id="restore-done" tabindex="-1">
                {move || replaced.get().map(|_| view! {
                    <p>"Your journey was replaced. "</p>
                    <div class="actions">
                        <button type="button" on:click=undo>"Undo the restore"</button>
                        <button type="button" class="secondary" on:click=download_replaced>"Download the replaced journey"</button>
                    </div>
                })}
            </div>
            {problem_text(message)}
        </Card>
    }
}

/// Whether the browser keeps the data, how much room it takes, and when the last copy was made.
#[component]
fn KeptInThisBrowser() -> impl IntoView {
    let app = AppState::get();
    let persistent = RwSignal::new(None::<bool>);
    let usage = RwSignal::new(None::<(f64, f64)>);
    // The keys of the proof files this browser keeps (none: not known).
    let stored = RwSignal::new(None::<SortedSet<String>>);
    let refresh = move || {
        spawn_local(async move {
            persistent.set(device::is_persistent().await);
            usage.set(device::usage_estimate().await);
            if let Ok(keys) = proofs::keys().await {
                stored.set(Some(sorted_set(keys)));
            }
        });
    };
    let proof_files = move || {
        app.journey.with(|j| {
            let count = j.seu_log.iter().map(|e| e.proofs.len()).sum::<usize>();
            format!(
                "{}, {} (at most {} in all)",
                self::count(count, "file", "files"),
                size_text(j.proof_bytes()),
                size_text(MAX_PROOF_TOTAL_BYTES)
            )
        })
    };
    let missing = move || {
        let stored = stored.get()?;
        let missing = app.journey.with(|j| missing_files(j, &stored));
        (!missing.is_empty()).then(|| {
            let names: Vec<String> = missing
                .iter()
                .map(|(entry, name)| format!("\"{name}\" ({entry})"))
                .collect();
            view! {
                <p class="field-error" data-testid="proof-files-missing">{format!(
                    "Not kept in this browser: {}. Attach them again, or restore the audit pack that holds them.",
                    names.join(", ")
                )}</p>
            }
        })
    };
    refresh();
    let ask = move |_| {
        spawn_local(async move {
            persistent.set(device::ask_persistent().await);
        });
    };
    // As stored (`AppState::stored_bytes`); measured here only when that is not known.
    let journey_bytes = move || {
        app.stored_bytes
            .get()
            .unwrap_or_else(|| app.journey.with(|j| export_text(j).len() as u64))
    };
    view! {
        <Card title_id="kept-title" heading="What this browser keeps">
            <dl class="facts">
                <div><dt>"Kept when space runs low"</dt><dd data-testid="storage-persistent">{move || match persistent.get() {
                    Some(true) => "Yes: the browser keeps your data",
                    Some(false) => "Not promised: the browser may clear it when space runs low",
                    None => "The browser does not say",
                }}</dd></div>
                <div><dt>"Your journey"</dt><dd data-testid="journey-size">{move || gate::size_text(journey_bytes())}</dd></div>
                <div><dt>"Proof files"</dt><dd data-testid="proof-files-size">{proof_files}</dd></div>
                <div><dt>"This site in the browser"</dt><dd>{move || match usage.get() {
                    Some((used, quota)) => format!("{} used of {} the browser allows", gate::size_text(used as u64), gate::size_text(quota as u64)),
                    None => "not known".to_owned(),
                }}</dd></div>
                <div><dt>"Last downloaded copy"</dt><dd data-testid="last-download">{move || {
                    app.journey.track();
                    device::last_download().map_or("never".to_owned(), |c| human(c.date))
                }}</dd></div>
            </dl>
            {missing}
            {move || (persistent.get() != Some(true)).then(|| view! {
                <div class="actions">
                    <button type="button" class="secondary" on:click=ask>"Ask the browser to keep my data"</button>
                </div>
            })}
            <div class="field">
                <label for="setting-backup-reminder">"Remind me to download a copy after (days)"</label>
                <input id="setting-backup-reminder" type="number" inputmode="numeric" min=BACKUP_REMINDER_MIN_DAYS max=BACKUP_REMINDER_MAX_DAYS step="1"
                    aria-describedby="setting-backup-reminder-help"
                    prop:value=move || app.journey.with(|j| j.settings.backup_reminder_days.to_string())
                    on:change=move |ev| {
                        if let Ok(days) = event_target_value(&ev).trim().parse::<u32>() {
                            if (BACKUP_REMINDER_MIN_DAYS..=BACKUP_REMINDER_MAX_DAYS).contains(&days) {
                                let _ = app.apply(|j| { j.settings.backup_reminder_days = days; Ok::<(), ()>(()) });
                            }
                        }
                    }/>
                <p class="help" id="setting-backup-reminder-help">{WHY_BACKUP_REMINDER}</p>
            </div>
        </Card>
    }
}

/// After the proof files were erased (`files`): erases every key of the app, and says what
/// happened.
fn erased(
    app: AppState,
    asking: RwSignal<bool>,
    error: RwSignal<Option<String>>,
    files: Result<(), String>,
) {
    let left = device::erase_all();
    if left.is_empty() && files.is_ok() {
        app.erased();
        asking.set(false);
        app.notice
            .set(Some("All your data was erased from this browser.".into()));
        if let Some(window) = web_sys::window() {
            let _ = window
                .location()
                .set_hash(crate::ui::route::Route::Dashboard.href());
        }
    } else {
        let what = match (left.len(), files.is_err()) {
            (0, _) => "the proof files".to_owned(),
            (n, false) => format!("{n} kept"),
            (n, true) => format!("{n} kept, and the proof files"),
        };
        error.set(Some(format!(
            "The browser did not let the app erase everything ({what}). Try again, or clear this site's data in the browser's settings."
        )));
    }
}

#[component]
fn EraseAll() -> impl IntoView {
    let app = AppState::get();
    let asking = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let download = move |_| download_current(app, error);
    let erase = move |_| {
        leptos::task::spawn_local(async move {
            let files = crate::store::proofs::erase_all().await;
            erased(app, asking, error, files);
        });
    };
    view! {
        <Card title_id="erase-title" heading="Erase all my data">
            <p>"Removes everything this app keeps in this browser, backups included. It cannot be undone."</p>
            {move || if asking.get() {
                view! {
                    <div role="alertdialog" aria-labelledby="erase-confirm-title" aria-describedby="erase-confirm-text" class="confirm">
                        <h4 id="erase-confirm-title">"Erase everything?"</h4>
                        <p id="erase-confirm-text">"Download a copy first if you may want your data back."</p>
                        <div class="actions">
                            <button type="button" on:click=download>"Download a copy first"</button>
                            <button type="button" class="danger" on:click=erase>"Erase everything"</button>
                            <button type="button" class="secondary" on:click=move |_| asking.set(false)>"Cancel"</button>
                        </div>
                    </div>
                }.into_any()
            } else {
                view! {
                    <div class="actions">
                        <button type="button" class="secondary" on:click=move |_| { asking.set(true); focus("erase-confirm-title"); }>"Erase all my data…"</button>
                    </div>
                }.into_any()
            }}
            {problem_text(error)}
        </Card>
    }
}

/// Everything about the user's own data, in one place.
#[component]
pub fn YourData() -> impl IntoView {
    view! {
        <BackupReminder/>
        <RestoreFromFile/>
        <AuditPack/>
        <KeptInThisBrowser/>
        <EraseAll/>
    }
}
