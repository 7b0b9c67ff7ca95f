//! The planned course: its facts (on Training choice and the dashboard) and the dashboard's card.

use leptos::prelude::*;

use crate::domain::training::{dates_text, gate_text, planned_course};
use crate::model::training::CourseOffer;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::widgets::form::Card;

/// Certification, provider, dates, price and whether it leads to the certification: shown on
/// the page and on the dashboard.
#[component]
pub fn OfferFacts(offer: CourseOffer) -> impl IntoView {
    let leads = match gate_text(&offer) {
        Some(text) => format!("No. {}", text),
        None => "Yes".to_owned(),
    };
    view! {
        <dl class="offer-facts">
            <div><dt>"Certification"</dt><dd>{offer.certification.code()}</dd></div>
            <div><dt>"Provider"</dt><dd>{offer.provider.clone()}</dd></div>
            <div><dt>"Dates"</dt><dd>{dates_text(&offer)}</dd></div>
            <div><dt>"Price"</dt><dd>{offer.price.in_currency(&offer.currency)}</dd></div>
            <div><dt>"Leads to the certification"</dt><dd>{leads}</dd></div>
        </dl>
    }
}

/// The dashboard's card: the planned course, or a pointer to the training choice.
#[component]
pub fn PlannedCourseCard() -> impl IntoView {
    let app = AppState::get();
    let planned = Memo::new(move |_| app.journey.with(|j| planned_course(j).cloned()));
    view! {
        <Card title_id="planned-course-title" heading="Planned course">
            {move || match planned.get() {
                Some(offer) => view! {
                    <OfferFacts offer/>
                    <p><a href=Route::Training.href()>"Compare or complete it on Training choice"</a></p>
                }
                .into_any(),
                None => view! {
                    <p>
                        "No course is planned. "
                        <a href=Route::Training.href()>"Compare course offers"</a>
                    </p>
                }
                .into_any(),
            }}
        </Card>
    }
}
