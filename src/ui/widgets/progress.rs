//! A progress bar for one requirement: earned and planned SEUs against what is required, drawn
//! in SVG with the same figures in words beside it (the SVG itself is hidden from screen readers).

use leptos::prelude::*;

use crate::basics::decimal::fixed_text;
use crate::model::Minutes;

/// The bar's drawing width in SVG units.
const WIDTH: f64 = 100.0;

/// Share of `part` in `whole`, as a width in SVG units, within the bar.
fn width(part: Minutes, whole: Minutes) -> f64 {
    if whole.is_zero() {
        return WIDTH;
    }
    (f64::from(part.get()) / f64::from(whole.get())).clamp(0.0, 1.0) * WIDTH
}

/// "12 earned + 6 planned of 20 SEUs".
pub fn progress_text(
    earned_minutes: Minutes,
    planned_minutes: Minutes,
    required_minutes: Minutes,
) -> String {
    format!(
        "{} earned + {} planned of {} SEUs",
        earned_minutes.seus_text(),
        planned_minutes.seus_text(),
        required_minutes.seus_text()
    )
}

#[component]
pub fn ProgressBar(
    /// What the bar is for ("All certifications", "CSPO").
    #[prop(into)]
    label: String,
    earned_minutes: Minutes,
    planned_minutes: Minutes,
    required_minutes: Minutes,
) -> impl IntoView {
    let earned_w = width(earned_minutes, required_minutes);
    let planned_w = (width(
        earned_minutes.saturating_add(planned_minutes),
        required_minutes,
    ) - earned_w)
        .max(0.0);
    let text = progress_text(earned_minutes, planned_minutes, required_minutes);
    let group_label = label.clone();
    view! {
        <div class="progress" role="group" aria-label=group_label>
            <p class="progress-label"><strong>{label}</strong>": " {text}</p>
            <svg class="progress-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="progress-track" x="0" y="0" width="100" height="6" rx="1"/>
                <rect class="progress-earned" x="0" y="0" width=fixed_text(earned_w, 2) height="6"/>
                <rect class="progress-planned" x=fixed_text(earned_w, 2) y="0" width=fixed_text(planned_w, 2) height="6"/>
            </svg>
        </div>
    }
}
