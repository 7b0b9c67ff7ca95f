//! Settings for the rules Scrum Alliance's texts disagree on, and the user's data (download).

use leptos::prelude::*;

use crate::domain::rules::limits::{
    EXPERIENCE_MAX_MONTHS, GRACE_PERIOD_MAX_DAYS, SEU_WINDOW_MAX_MONTHS, SEU_WINDOW_MIN_MONTHS,
};
use crate::model::settings::why;
use crate::ui::state::AppState;
use crate::ui::widgets::form::{problem_text, Bind, Card, Control, Input};
use crate::ui::widgets::guide_step::term_link;
use crate::ui::widgets::share::ShareLink;
use crate::ui::widgets::your_data::{download_current, YourData};

/// A whole-number setting: a labelled number input that says plainly when a value is refused.
#[component]
fn NumberSetting(
    id: &'static str,
    label: &'static str,
    explanation: &'static str,
    min: u32,
    max: u32,
    get: fn(&crate::model::settings::Settings) -> u32,
    put: fn(&mut crate::model::settings::Settings, u32),
) -> impl IntoView {
    let app = AppState::get();
    let error = RwSignal::new(None::<String>);
    let value = Bind::new(
        move || app.journey.with(|j| get(&j.settings).to_string()),
        move |text: String| match text.trim().parse::<u32>() {
            Ok(value) if (min..=max).contains(&value) => {
                error.set(None);
                let _ = app.apply(|j| {
                    put(&mut j.settings, value);
                    Ok::<(), ()>(())
                });
            }
            _ => error.set(Some(format!(
                "Enter a whole number from {min} to {max}. The setting was not changed."
            ))),
        },
    );
    view! {
        <Input control=Control::new(id).help(explanation).error(error) label value
            kind="number" live=false inputmode="numeric" min=min.to_string() max=max.to_string() step="1"/>
    }
}

#[component]
pub fn SettingsPage() -> impl IntoView {
    let app = AppState::get();
    let download_error = RwSignal::new(None::<String>);
    let download = move |_| download_current(app, download_error);
    view! {
        <h2 id="page-title" tabindex="-1">"Settings and data"</h2>
        <Card title_id="rules-title" heading="Rules that Scrum Alliance's texts disagree on">
            <p>"These rules are uncertain or conflicting in the official texts. The defaults follow the newer text; change them if Scrum Alliance tells you otherwise."</p>
            <p class="help">"The words in the glossary: "{term_link("alignment", "alignment")}", "{term_link("grace-period", "grace period")}", "{term_link("seu", "SEU")}"."</p>
            <div class="field check">
                <input id="setting-alignment" type="checkbox" aria-describedby="setting-alignment-help"
                    prop:checked=move || app.journey.with(|j| j.settings.alignment_on_new_certification)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        let _ = app.apply(|j| { j.settings.alignment_on_new_certification = on; Ok::<(), ()>(()) });
                    }/>
                <label for="setting-alignment">"A new certification renews and aligns the ones I hold"</label>
                <p class="help" id="setting-alignment-help">{why::ALIGNMENT}</p>
            </div>
            <NumberSetting id="setting-grace" label="Grace period after expiry (days)" explanation=why::GRACE
                min=0 max=GRACE_PERIOD_MAX_DAYS get=|s| s.grace_period_days put=|s, v| s.grace_period_days = v/>
            <NumberSetting id="setting-window" label="SEU window before expiry (months)" explanation=why::SEU_WINDOW
                min=SEU_WINDOW_MIN_MONTHS max=SEU_WINDOW_MAX_MONTHS get=|s| s.seu_window_months put=|s, v| s.seu_window_months = v/>
            <NumberSetting id="setting-advanced-experience" label="Experience for advanced certifications (months)" explanation=why::ADVANCED_EXPERIENCE
                min=1 max=EXPERIENCE_MAX_MONTHS get=|s| s.advanced_experience_months put=|s, v| s.advanced_experience_months = v/>
            <NumberSetting id="setting-professional-experience" label="Experience for professional certifications (months)" explanation=why::PROFESSIONAL_EXPERIENCE
                min=1 max=EXPERIENCE_MAX_MONTHS get=|s| s.professional_experience_months put=|s, v| s.professional_experience_months = v/>
        </Card>
        <Card title_id="data-title" heading="Your data">
            <p>"Everything you record is kept in this browser only. Download a copy to keep it safe or to move it."</p>
            <div class="actions">
                <button type="button" on:click=download>"Download my data"</button>
            </div>
            {problem_text(download_error)}
        </Card>
        <ShareLink/>
        <YourData/>
    }
}
