//! The one journey signal, the save state, and the intents that change the journey. The only
//! bridge between the components and the store.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::edge::gate::Rejection;
use crate::domain::edge::set_aside::PartlyAdmitted;
use crate::domain::records::change::{settle, unopenable_text, IntentError};
use crate::domain::seus::log::{self, RenewalProgress};
use crate::domain::seus::plan::{plan_against, PlanProgress};
use crate::model::journey::Journey;
use crate::store::local::{self, Loaded, SaveState, JOURNEY_KEY};

/// Shared by every component through the context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub journey: RwSignal<Journey>,
    pub saving: RwSignal<SaveState>,
    /// A passing message for the status line (another tab's change, an undo, ...).
    pub notice: RwSignal<Option<String>>,
    pub today: RwSignal<NaiveDate>,
    /// The size in bytes of the journey's document in storage, as this tab last read or wrote
    /// it (none: not known, or nothing of it stored). The Settings page shows it; measuring the
    /// journey by writing it again took 70 ms at 20,000 SEU entries.
    pub stored_bytes: RwSignal<Option<u64>>,
    /// The next renewal's progress as of today (`next_renewal`), and the SEU plan paced toward
    /// it (`plan_against`): kept for the whole app, so the dashboard, the SEU log and the SEU
    /// plan share one reading of the log (about 15 ms at 20,000 entries) instead of each page
    /// reading it again when it opens. Computed when first read, again after a change.
    pub next_renewal: Memo<Option<RenewalProgress>>,
    pub plan: Memo<Option<PlanProgress>>,
    /// A change not written to storage yet: saving runs just after the change is shown (so the
    /// page answers at once, whatever the size of the journey), and at the latest when the page
    /// is hidden or closed.
    unsaved: StoredValue<bool>,
}

/// The longest a change waits to be saved when the browser is never idle.
const SAVE_WITHIN_MS: u32 = 500;

/// Asks the browser to run `f` when it is next idle, at the latest `SAVE_WITHIN_MS` later
/// (`requestIdleCallback`); `false` where it has no idle callbacks (Safari).
fn when_idle(f: impl FnOnce() + 'static) -> bool {
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(SAVE_WITHIN_MS);
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    window()
        .request_idle_callback_with_options(
            wasm_bindgen::JsCast::unchecked_ref(&callback),
            &options,
        )
        .is_ok()
}

/// Today in the user's time zone.
pub fn local_today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

impl AppState {
    /// A figure of the journey as of today (`figure`, one of the domain's), computed again
    /// whenever either changes.
    pub fn as_of_today<T>(self, figure: fn(&Journey, NaiveDate) -> T) -> Memo<T>
    where
        T: PartialEq + Send + Sync + 'static,
    {
        Memo::new(move |_| self.journey.with(|j| figure(j, self.today.get())))
    }

    /// A figure of the journey as of today (`figure`), from the app state in the context: for a
    /// component that needs nothing else of it.
    pub fn figure<T>(figure: fn(&Journey, NaiveDate) -> T) -> Memo<T>
    where
        T: PartialEq + Send + Sync + 'static,
    {
        Self::get().as_of_today(figure)
    }

    /// A figure of the journey alone (`figure`), from the app state in the context, computed
    /// again whenever the journey changes.
    pub fn journey_figure<T>(figure: fn(&Journey) -> T) -> Memo<T>
    where
        T: PartialEq + Send + Sync + 'static,
    {
        let journey = Self::get().journey;
        Memo::new(move |_| journey.with(figure))
    }

    /// The app state from what the store loaded (`local::load`); listens for other tabs' changes.
    pub fn start_from(loaded: Loaded) -> Self {
        let Loaded {
            journey,
            state,
            migrated_from,
            stored_bytes,
        } = loaded;
        let journey = RwSignal::new(journey);
        let today = RwSignal::new(local_today());
        let next_renewal = Memo::new(move |_| journey.with(|j| log::next_renewal(j, today.get())));
        let plan = Memo::new(move |_| {
            let renewal = next_renewal.get()?;
            Some(journey.with(|j| plan_against(j, renewal, today.get())))
        });
        let app = AppState {
            journey,
            saving: RwSignal::new(state),
            notice: RwSignal::new(
                migrated_from.map(|v| format!("Your saved data was updated from format version {v}; a copy of the old data is kept.")),
            ),
            today,
            next_renewal,
            plan,
            stored_bytes: RwSignal::new(stored_bytes),
            unsaved: StoredValue::new(false),
        };
        app.listen_to_other_tabs();
        app.flush_when_leaving();
        app
    }

    pub fn get() -> Self {
        expect_context::<AppState>()
    }

    /// Applies an intent to the journey and saves the result. A newer journey stored by another
    /// tab is taken first, so this change lands on top of it and neither tab's work is lost (its
    /// revision is read from a small key; the document only when it is newer). The change is shown
    /// at once and written right after (see `unsaved`). Nothing changes when the intent returns
    /// an error, or when the journey it makes would not pass the gate at the next start
    /// (`domain::records::change`): then the status line and the intent's error say why.
    pub fn apply<R, E: IntentError>(
        &self,
        intent: impl FnOnce(&mut Journey) -> Result<R, E>,
    ) -> Result<R, E> {
        let mut next = self.latest_journey();
        let answer = intent(&mut next)?;
        self.keep(next)
            .map_err(|rejection| E::unopenable(&rejection))?;
        Ok(answer)
    }

    /// The journey a change starts from: a newer one another tab stored is taken first.
    fn latest_journey(&self) -> Journey {
        if self.saving.with_untracked(SaveState::may_write) {
            let ours = self.journey.with_untracked(|j| j.revision);
            if let Some(stored) = local::read_stored_newer(ours) {
                self.stored_bytes.set(None);
                self.journey.set(stored);
                self.notice.set(Some(
                    "Changes made in another tab were loaded first.".into(),
                ));
            }
        }
        self.journey.get_untracked()
    }

    /// Keeps the journey a change made, unless the gate would refuse it at the next start
    /// (`domain::records::change::settle`): then nothing changes and the status line says why.
    fn keep(&self, mut next: Journey) -> Result<(), Rejection> {
        if let Err(rejection) = settle(&mut next) {
            self.notice.set(Some(unopenable_text(&rejection)));
            return Err(rejection);
        }
        self.journey.set(next);
        self.save_soon();
        Ok(())
    }

    /// Writes the journey once the change is on the screen (once however many changes were
    /// made): when the browser is next idle after the frame that shows it, at the latest
    /// `SAVE_WITHIN_MS` later (`when_idle`; where the browser cannot say, just after this
    /// task). Writing 5,000 SEU entries takes about 25 ms that the next frame no longer waits
    /// for; a page hidden or closed before is saved then.
    fn save_soon(&self) {
        if self.unsaved.get_value() {
            return;
        }
        self.unsaved.set_value(true);
        let app = *self;
        let flush = move || app.flush();
        if !when_idle(flush) {
            set_timeout(flush, std::time::Duration::ZERO);
        }
    }

    /// Writes a change not saved yet, if there is one.
    pub fn flush(&self) {
        // `try_`: the timer may run after the app was unmounted.
        if self.unsaved.try_get_value() != Some(true) {
            return;
        }
        self.unsaved.try_set_value(false);
        self.journey.try_with_untracked(|j| self.save(j));
    }

    /// A page that is hidden may be closed or discarded without another event: save then.
    fn flush_when_leaving(self) {
        let pagehide = window_event_listener_untyped("pagehide", move |_| self.flush());
        let hidden = window_event_listener_untyped("visibilitychange", move |_| {
            if document().hidden() {
                self.flush();
            }
        });
        on_cleanup(move || {
            pagehide.remove();
            hidden.remove();
        });
    }

    fn save(&self, journey: &Journey) {
        if !self.saving.with_untracked(SaveState::may_write) {
            return;
        }
        let state = match local::save(journey) {
            Ok(bytes) => {
                if self.stored_bytes.get_untracked() != Some(bytes) {
                    self.stored_bytes.set(Some(bytes));
                }
                SaveState::Saved
            }
            Err(reason) => SaveState::Failed(reason),
        };
        if self.saving.with_untracked(|s| *s != state) {
            self.saving.set(state);
        }
    }

    /// Replaces the whole journey (a restored file, an undo of a restore, an erase). The new
    /// journey gets a revision above the current one, so other tabs take it; the journey it
    /// replaces is returned for an undo.
    pub fn replace_journey(&self, mut journey: Journey) -> Journey {
        let current = self.journey.get_untracked();
        let stored = local::read_stored_newer(current.revision).map_or(0, |j| j.revision);
        // The whole journey is written below: nothing older is left to save.
        self.unsaved.set_value(false);
        journey.revision = current
            .revision
            .max(stored)
            .max(journey.revision)
            .saturating_add(1);
        if matches!(self.saving.get_untracked(), SaveState::Paused(_)) {
            // The unreadable data stays in its backup; the user chose a journey to keep instead.
            self.saving.set(SaveState::Saved);
        }
        self.save(&journey);
        self.journey.set(journey);
        current
    }

    /// Everything this app keeps was erased from the browser: an empty journey, nothing left to
    /// save (a change scheduled before the erase must not write the old journey back), and saving
    /// resumes if unreadable data had paused it.
    pub fn erased(&self) {
        self.unsaved.set_value(false);
        self.stored_bytes.set(None);
        self.journey.set(Journey::default());
        if matches!(self.saving.get_untracked(), SaveState::Paused(_)) {
            self.saving.set(SaveState::Saved);
        }
    }

    /// The user chose to start over: the journey in memory replaces the stored data that could
    /// not be read (whose copy stays under its backup key).
    pub fn replace_unreadable(&self) {
        self.unsaved.set_value(false);
        self.saving.set(SaveState::Saved);
        let journey = self.journey.get_untracked();
        self.save(&journey);
        if self.saving.with_untracked(|s| *s == SaveState::Saved) {
            self.notice.set(Some(
                "Saving again. The unreadable data is still kept in its backup.".into(),
            ));
        }
    }

    /// The user chose to open the stored journey without the records that kept it from
    /// opening (`partial`, read from the stored text): that journey replaces the stored data
    /// (whose original text stays under its backup key) and saving resumes. `false` when the
    /// stored data is no longer the one that could not be opened.
    pub fn open_without_bad_records(&self, partial: PartlyAdmitted) -> bool {
        let SaveState::Paused(recovery) = self.saving.get_untracked() else {
            return false;
        };
        let count = partial.set_aside.len();
        let kept = match &recovery.backup_key {
            Some(key) => {
                format!("The original stays in this browser under the key \u{201c}{key}\u{201d}.")
            }
            None => "Download the records set aside to keep them.".to_owned(),
        };
        self.replace_journey(partial.admitted.journey);
        if self.saving.with_untracked(|s| *s == SaveState::Saved) {
            self.notice.set(Some(format!(
                "Your journey is open without {} and saving again. {kept}",
                records_text(count)
            )));
        }
        true
    }

    /// Another tab stored the journey: take its copy if it is newer than ours.
    fn listen_to_other_tabs(self) {
        let handle = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() != Some(JOURNEY_KEY) {
                return;
            }
            let Some(raw) = event.new_value() else { return };
            let Some(theirs) = local::read_fresh(&raw) else {
                return;
            };
            let ours = self.journey.with_untracked(|j| j.revision);
            let paused = matches!(self.saving.get_untracked(), SaveState::Paused(_));
            if theirs.revision > ours || paused {
                // Theirs is newer: a change of ours not written yet must not overwrite it.
                self.unsaved.set_value(false);
                self.stored_bytes.set(Some(raw.len() as u64));
                self.journey.set(theirs);
                if paused {
                    self.saving.set(SaveState::Saved);
                }
                self.notice
                    .set(Some("Updated with changes made in another tab.".into()));
            } else if theirs.revision == ours && self.journey.with_untracked(|j| *j != theirs) {
                self.unsaved.set_value(false);
                self.stored_bytes.set(Some(raw.len() as u64));
                self.journey.set(theirs);
                self.notice.set(Some(
                    "Another tab saved a change at the same moment; its version is shown. Check your last change.".into(),
                ));
            }
        });
        on_cleanup(move || handle.remove());
    }
}

/// "1 record", "3 records".
pub fn records_text(count: usize) -> String {
    if count == 1 {
        "1 record".to_owned()
    } else {
        format!("{count} records")
    }
}
