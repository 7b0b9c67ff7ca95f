//! How a certification's standing and the combined requirement read on a page.

use leptos::prelude::*;

use crate::basics::dates::human;
use crate::domain::rules::renewal::{next_due, CountedAs, Standing, Status};
use crate::model::journey::Journey;

/// "in 120 days", "today", "5 days ago".
pub fn days_left_text(days: i64) -> String {
    match days {
        0 => "expires today".into(),
        1 => "1 day left".into(),
        d if d > 1 => format!("{d} days left"),
        -1 => "expired 1 day ago".into(),
        d => format!("expired {} days ago", -d),
    }
}

/// The status in words, with its reason.
pub fn status_text(status: Status) -> String {
    match status {
        Status::Inactive(reason) => format!("Inactive: {}", reason.explain()),
        Status::InGrace { until } => format!("Expired, in grace period until {}", human(until)),
        other => other.label().to_owned(),
    }
}

pub fn status_class(status: Status) -> &'static str {
    match status {
        Status::Active => "badge badge-ok",
        Status::DueSoon => "badge badge-soon",
        Status::InGrace { .. } | Status::Expired => "badge badge-expired",
        Status::Inactive(_) => "badge badge-inactive",
    }
}

#[component]
pub fn StatusBadge(status: Status) -> impl IntoView {
    view! { <span class=status_class(status)>{status_text(status)}</span> }
}

/// Expiry and days left, or "Does not expire".
pub fn expiry_text(standing: &Standing) -> String {
    match (standing.expiry, standing.days_left) {
        (Some(expiry), Some(days)) => format!("{} ({})", human(expiry), days_left_text(days)),
        _ => "Does not expire".into(),
    }
}

/// What the next renewal needs (`renewal::next_due`): SEUs, fee and what it renews.
#[component]
pub fn RequirementSummary(
    #[prop(into)] journey: Signal<Journey>,
    heading_level: u8,
) -> impl IntoView {
    let today = crate::ui::state::AppState::get().today;
    let requirement = Memo::new(move |_| journey.with(|j| next_due(j, today.get())));
    let title = "What your next renewal needs";
    let heading = move || match heading_level {
        2 => view! { <h2 id="requirement-title">{title}</h2> }.into_any(),
        _ => view! { <h3 id="requirement-title">{title}</h3> }.into_any(),
    };
    view! {
        <section class="card requirement" aria-labelledby="requirement-title">
            {heading}
            {move || match requirement.get() {
                None => view! { <p>"Nothing you hold is renewed with SEUs."</p> }.into_any(),
                Some(due) => {
                    let req = due.requirement;
                    let titles = journey.with(|j| {
                        req.renews.iter().filter_map(|id| j.certification(*id)).map(|c| c.title()).collect::<Vec<_>>().join(", ")
                    });
                    let parts = req.parts.iter().map(|p| {
                        let how = match p.counted_as {
                            CountedAs::Highest => "your highest certification",
                            CountedAs::HighestOfOtherTrack => "highest of another track",
                        };
                        view! { <li>{format!("{}: {} SEUs ({how})", p.kind.code(), p.seus)}</li> }
                    }).collect_view();
                    view! {
                        <dl class="figures">
                            <div><dt>"SEUs needed"</dt><dd data-testid="seus-needed">{req.seus}</dd></div>
                            <div><dt>"Renewal fee"</dt><dd data-testid="renewal-fee">{req.fee.to_string()}</dd></div>
                        </dl>
                        <p>{format!("Due {}{}: one renewal of {titles}. The fee is set by the highest level it renews ({}).", human(due.deadline), if due.lapsed { ", lapsed (renewing reinstates it)" } else { "" }, req.fee_level.label())}</p>
                        <ul class="parts">{parts}</ul>
                    }.into_any()
                }
            }}
        </section>
    }
}
