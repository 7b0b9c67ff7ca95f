//! The proof files of the SEU entry being edited: the list (each opens in a new tab, or is
//! removed with undo) and the control that attaches more (files chosen, or dropped on it). A file is checked before it is read
//! (kind, size, the entry's room), stored (`store::proofs`), then listed on the entry in one
//! change; when the change is refused, the stored file is removed again unless an entry names it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::rules::limits::MAX_PROOF_BYTES;
use crate::domain::seus::proof::{
    attach, check_chosen, detach, named_keys, proof_key, size_text, ChosenFile,
};
use crate::model::journey::Journey;
use crate::model::records::find_mut;
use crate::model::seu::Proof;
use crate::model::{Choice, SeuEntryId};
use crate::store::{device, proofs};
use crate::ui::state::AppState;
use crate::ui::widgets::download::open_bytes;
use crate::ui::widgets::form::problem_text;
use crate::ui::widgets::list::{Removal, UndoWords};

/// A proof taken off an entry: the entry, its place in the list, the proof.
type Taken = (SeuEntryId, usize, Proof);

/// Puts a removed proof back at its place (unless the entry is gone or lists it again).
fn put_back(journey: &mut Journey, (entry, at, proof): Taken) {
    if let Some(held) = find_mut(&mut journey.seu_log, entry) {
        if !held.proofs.iter().any(|p| p.sha256 == proof.sha256) {
            let at = at.min(held.proofs.len());
            held.proofs.insert(at, proof);
        }
    }
}

fn removed_words((_, _, proof): &Taken) -> UndoWords {
    UndoWords::removed("file", &proof.name)
}

/// Stores one chosen file and lists it on the entry `entry`; returns its name.
async fn attach_file(
    app: AppState,
    entry: SeuEntryId,
    file: web_sys::File,
) -> Result<String, String> {
    let chosen = ChosenFile {
        name: file.name(),
        media_type: file.type_(),
        bytes: file.size() as u64,
    };
    let kind = app
        .journey
        .with_untracked(|j| check_chosen(j, entry, &chosen))?;
    let bytes = device::read_file(&file)
        .await
        .map_err(|e| format!("\"{}\" could not be read: {e}.", chosen.name))?;
    let sha256 = proofs::sha256(&bytes).await?;
    let key = proof_key(entry, &sha256);
    proofs::put(&key, &bytes).await?;
    let proof = Proof {
        name: chosen.name,
        kind,
        bytes: bytes.len() as u64,
        sha256,
    };
    let name = proof.name.clone();
    if let Err(problem) = app.apply(|j| attach(j, entry, proof)) {
        if !app
            .journey
            .with_untracked(|j| named_keys(j).contains_key(&key))
        {
            let _ = proofs::delete(&key).await;
        }
        return Err(problem);
    }
    Ok(name)
}

/// Once a start, when the pages' module is first used: deletes the stored proof files that no
/// entry has named for `PROOF_RECLAIM_DAYS` days (`store::proofs::reclaim_unnamed`), long after
/// any undo of a removal. Silent: a file kept longer is no loss, and one a journey names is
/// never deleted.
pub fn reclaim_once() {
    thread_local! {
        static STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    let Some(app) = use_context::<AppState>() else {
        return;
    };
    if STARTED.with(|started| started.replace(true)) {
        return;
    }
    let named = app.journey.with_untracked(named_keys);
    let today = app.today.get_untracked();
    leptos::task::spawn_local(async move {
        let _ = proofs::reclaim_unnamed(named, today).await;
    });
}

/// Opens a proof of `entry` in a new tab.
async fn open_proof(entry: SeuEntryId, proof: Proof) -> Result<(), String> {
    match proofs::get(&proof_key(entry, &proof.sha256)).await? {
        Some(bytes) => open_bytes(proof.kind.id(), &bytes),
        None => Err(format!(
            "\"{}\" is not kept in this browser (restored from a backup without its files?). Attach it again.",
            proof.name
        )),
    }
}

/// The proof files of the entry being edited (`editing`; none: a new entry, which gets its files
/// once saved).
#[component]
pub fn ProofFiles(editing: RwSignal<Option<SeuEntryId>>) -> impl IntoView {
    let app = AppState::get();
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let removal: Removal<Taken> = Removal::new(put_back, removed_words);
    let listed = Memo::new(move |_| {
        let entry = editing.get()?;
        app.journey.with(|j| {
            j.seu_log
                .iter()
                .find(|e| e.id == entry)
                .map(|e| e.proofs.clone())
        })
    });
    // Attaches the files one by one, then says what was attached and what was refused.
    let attach_all = move |files: Vec<web_sys::File>| {
        let Some(entry) = editing.get_untracked() else {
            return;
        };
        problem.set(None);
        busy.set(true);
        leptos::task::spawn_local(async move {
            let problems = attach_files(app, entry, files).await;
            busy.set(false);
            problem.set(problems);
        });
    };
    let chosen = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let files = input
            .files()
            .map(|list| files_of(&list))
            .unwrap_or_default();
        input.set_value("");
        attach_all(files);
    };
    // Files dropped on the fieldset are attached as if chosen.
    let dropped = move |ev: leptos::ev::DragEvent| {
        let files = dropped_files(&ev);
        if !files.is_empty() && !busy.get_untracked() {
            attach_all(files);
        }
    };
    let open = move |entry: SeuEntryId, proof: Proof| {
        leptos::task::spawn_local(async move {
            if let Err(text) = open_proof(entry, proof).await {
                problem.set(Some(text));
            }
        });
    };
    let remove = move |entry: SeuEntryId, sha256: String| {
        removal.take(move |j| detach(j, entry, &sha256).map(|(at, proof)| (entry, at, proof)));
    };

    let shown = move || {
        match (editing.get(), listed.get()) {
        (Some(entry), Some(list)) => {
            let items: Vec<AnyView> = list
                .into_iter()
                .map(|proof| proof_item(entry, proof, open, remove))
                .collect();
            listed_view(items, busy, chosen)
        }
        _ => view! { <p class="help">"Save the entry first: then edit it to attach its certificate, receipt or screenshots."</p> }.into_any(),
    }
    };
    view! {
        <fieldset class="field proof-files" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=dropped>
            <legend>"Proof files"</legend>
            {shown}
            {removal.notice()}
            {problem_text(problem)}
        </fieldset>
    }
}

/// Attaches `files` to the entry `entry` one by one, says what was attached on the status line,
/// and returns what was refused, in sentences (none: every file was attached).
pub async fn attach_files(
    app: AppState,
    entry: SeuEntryId,
    files: Vec<web_sys::File>,
) -> Option<String> {
    let mut attached = Vec::new();
    let mut problems = Vec::new();
    for file in files {
        match attach_file(app, entry, file).await {
            Ok(name) => attached.push(name),
            Err(text) => problems.push(text),
        }
    }
    if !attached.is_empty() {
        let title = app.journey.with_untracked(|j| {
            j.seu_log
                .iter()
                .find(|e| e.id == entry)
                .map(|e| e.title.clone())
                .unwrap_or_default()
        });
        app.notice.set(Some(match attached.as_slice() {
            [one] => format!("Attached \"{one}\" to \"{title}\"."),
            many => format!("Attached {} files to \"{title}\".", many.len()),
        }));
    }
    (!problems.is_empty()).then(|| problems.join(" "))
}

/// The files dropped (`ev`, a drop event; it is taken, so the browser does not open them).
pub fn dropped_files(ev: &leptos::ev::DragEvent) -> Vec<web_sys::File> {
    ev.prevent_default();
    ev.data_transfer()
        .and_then(|t| t.files())
        .map(|list| files_of(&list))
        .unwrap_or_default()
}

/// The files of a file list, in order.
fn files_of(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// One attached file: its name, kind and size, and its buttons.
fn proof_item(
    entry: SeuEntryId,
    proof: Proof,
    open: impl Fn(SeuEntryId, Proof) + Copy + Send + Sync + 'static,
    remove: impl Fn(SeuEntryId, String) + Copy + Send + Sync + 'static,
) -> AnyView {
    let name = proof.name.clone();
    let facts = format!("{}, {}", proof.kind.label(), size_text(proof.bytes));
    let sha256 = proof.sha256.clone();
    view! {
        <li>
            <span class="proof-name">{name.clone()}</span>" "<span class="muted">{facts}</span>
            <div class="actions">
                <button type="button" class="secondary" aria-label=format!("Open {name}") on:click=move |_| open(entry, proof.clone())>"Open"</button>
                <button type="button" class="secondary" aria-label=format!("Remove {name}") on:click=move |_| remove(entry, sha256.clone())>"Remove"</button>
            </div>
        </li>
    }
    .into_any()
}

/// The files listed (`items`, or a line that there are none) and the control that attaches
/// more, off while files are being attached (`busy`).
fn listed_view(
    items: Vec<AnyView>,
    busy: RwSignal<bool>,
    chosen: impl Fn(leptos::ev::Event) + Send + Sync + 'static,
) -> AnyView {
    let list = if items.is_empty() {
        view! { <p class="help">"No files attached yet."</p> }.into_any()
    } else {
        view! { <ul class="proof-list">{items}</ul> }.into_any()
    };
    view! {
        {list}
        <label for="seu-proof-input">"Attach files (PDF, PNG, JPEG or WebP)"</label>
        <input id="seu-proof-input" type="file" multiple accept="application/pdf,image/png,image/jpeg,image/webp,.pdf,.png,.jpg,.jpeg,.webp"
            aria-describedby="seu-proof-help" disabled=move || busy.get() on:change=chosen/>
        <p class="help" id="seu-proof-help">{format!(
            "A certificate of attendance, a receipt, a screenshot (choose them, or drop them here): kept in this browser with the entry, up to {} a file.",
            size_text(MAX_PROOF_BYTES)
        )}</p>
    }
    .into_any()
}
