//! The renewal timeline as one SVG picture: a row per certification held, its terms as bars and
//! its terms to come (after each renewal to come, to the picture's last year) as dashed outlines,
//! the 90-day "due soon" zone before the current expiry, recorded renewals as dots and renewals
//! to come as rings, the expiry a planned course would bring, and a "today" line. Colours come
//! from CSS classes (the page's CSP forbids inline styles): two series colours, and series that
//! share one differ by fill, pattern or dash too. Every date comes from `domain::renewals::timeline`. The
//! picture is `role="img"` with a title and description; the page shows the same facts as a
//! table beside it. Where it is wider than the screen it scrolls sideways in a region that says so.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use crate::basics::dates::{days_between, human};
use crate::basics::decimal::fixed_text;
use crate::domain::renewals::timeline::TimelineRow;
use crate::domain::rules::catalogue::DUE_SOON_DAYS;
use crate::domain::rules::renewal::TermCause;
use crate::ui::widgets::table::SideScroll;

const WIDTH: f64 = 720.0;
const LABEL_WIDTH: f64 = 118.0;
const RIGHT_PAD: f64 = 10.0;
const AXIS_HEIGHT: f64 = 26.0;
const ROW_HEIGHT: f64 = 36.0;
const BAR_HEIGHT: f64 = 14.0;
const BOTTOM_PAD: f64 = 8.0;

/// Maps dates of the span onto x positions.
#[derive(Clone, Copy)]
struct Scale {
    start: NaiveDate,
    days: f64,
}

impl Scale {
    fn x(self, date: NaiveDate) -> f64 {
        let plot = WIDTH - LABEL_WIDTH - RIGHT_PAD;
        let share = (days_between(self.start, date) as f64 / self.days).clamp(0.0, 1.0);
        LABEL_WIDTH + share * plot
    }
}

fn n(value: f64) -> String {
    fixed_text(value, 1)
}

/// A term not held yet: to come, or a planned course's.
const PLANNED: &str = "tl-term tl-term-planned";

fn term_class(cause: TermCause) -> &'static str {
    match cause {
        TermCause::Earned => "tl-term tl-term-earned",
        TermCause::Renewed { .. } => "tl-term tl-term-renewed",
        TermCause::Aligned { .. } => "tl-term tl-term-aligned",
    }
}

fn cause_text(cause: TermCause) -> &'static str {
    match cause {
        TermCause::Earned => "earned",
        TermCause::Renewed { .. } => "renewed",
        TermCause::Aligned { .. } => "aligned",
    }
}

/// Each term held, then each term to come, as (start, end, class in the picture, sentence):
/// "10 Jan 2027 to 10 Jan 2029 (to come, if renewed on 10 Jan 2027)".
fn each_term(
    row: &TimelineRow,
) -> impl Iterator<Item = (NaiveDate, NaiveDate, &'static str, String)> + '_ {
    let planned_row = row.id == crate::domain::renewals::timeline::PLANNED_COURSE_ROW;
    let text = |start, end, cause: &str| format!("{} to {} ({cause})", human(start), human(end));
    let held = row.terms.iter().map(move |t| {
        let class = if planned_row {
            PLANNED
        } else {
            term_class(t.cause)
        };
        (
            t.start,
            t.end,
            class,
            text(t.start, t.end, cause_text(t.cause)),
        )
    });
    let to_come = row.to_come.iter().map(move |t| {
        let cause = format!("to come, if renewed on {}", human(t.renewal));
        (t.start, t.end, PLANNED, text(t.start, t.end, &cause))
    });
    held.chain(to_come)
}

/// One sentence per term, then per term to come, for the text equivalent.
pub fn terms_text(row: &TimelineRow) -> String {
    if row.terms.is_empty() {
        return "No terms (does not run in 2-year terms)".into();
    }
    each_term(row).map(|t| t.3).collect::<Vec<_>>().join("; ")
}

/// The row of one certification `row`, the `index`th: its label, due-soon zone, terms, renewals
/// and planned course's expiry, at `s`, within `span`.
fn chart_row(
    index: usize,
    row: TimelineRow,
    s: Scale,
    span: (NaiveDate, NaiveDate),
) -> impl IntoView {
    let top = AXIS_HEIGHT + ROW_HEIGHT * index as f64;
    let bar_y = top + (ROW_HEIGHT - BAR_HEIGHT) / 2.0;
    let mid = top + ROW_HEIGHT / 2.0;
    let planned_row = row.id == crate::domain::renewals::timeline::PLANNED_COURSE_ROW;
    // The terms held, then the terms to come (dashed), each with its expiry tick.
    let terms = each_term(&row)
        .filter(|(start, end, ..)| *end >= span.0 && *start < span.1)
        .map(|(start, end, class, tip)| {
            let x = s.x(start);
            let w = (s.x(end) - x).max(1.0);
            view! {
                <rect class=class x=n(x) y=n(bar_y) width=n(w) height=n(BAR_HEIGHT) rx="3">
                    <title>{format!("{}: {tip}", row.title)}</title>
                </rect>
                <line class="tl-expiry" x1=n(s.x(end)) x2=n(s.x(end)) y1=n(bar_y - 4.0) y2=n(bar_y + BAR_HEIGHT + 4.0)/>
            }
        })
        .collect_view();
    let due_soon = row.expiry.zip(row.due_soon_from).map(|(expiry, from)| {
        let x = s.x(from);
        let w = (s.x(expiry) - x).max(1.0);
        view! {
            <rect class="tl-due-soon" x=n(x) y=n(bar_y - 3.0) width=n(w) height=n(BAR_HEIGHT + 6.0)>
                <title>{format!("{}: due soon from {} to {}", row.title, human(from), human(expiry))}</title>
            </rect>
        }
    });
    // Recorded renewals as dots, renewals to come as rings.
    let recorded = row
        .renewed_on
        .iter()
        .map(|d| (*d, "tl-renewal", "renewal recorded on"));
    let coming = row.to_come.iter().map(|t| {
        (
            t.renewal,
            "tl-renewal tl-renewal-to-come",
            "renewal to come on",
        )
    });
    let renewals = recorded
        .chain(coming)
        .filter(|(d, ..)| *d >= span.0 && *d < span.1)
        .map(|(date, class, what)| {
            view! {
                <circle class=class cx=n(s.x(date)) cy=n(mid) r="5">
                    <title>{format!("{}: {what} {}", row.title, human(date))}</title>
                </circle>
            }
        })
        .collect_view();
    let planned = row.planned_expiry.filter(|_| !planned_row).map(|date| {
        let x = s.x(date);
        view! {
            <line class="tl-planned" x1=n(s.x(row.expiry.unwrap_or(date))) x2=n(x) y1=n(mid) y2=n(mid)/>
            <path class="tl-planned-mark" d=format!("M{} {} l6 7 l-6 7 l-6 -7 z", n(x), n(mid - 7.0))>
                <title>{format!("{}: with the planned course it would expire on {}", row.title, human(date))}</title>
            </path>
        }
    });
    view! {
        <g class="tl-row">
            <line class="tl-row-rule" x1="0" x2=n(WIDTH) y1=n(top + ROW_HEIGHT) y2=n(top + ROW_HEIGHT)/>
            <text class="tl-label" x="4" y=n(mid + 4.0)>{row.title.clone()}</text>
            {due_soon}
            {terms}
            {renewals}
            {planned}
        </g>
    }
}

/// What each mark of the picture means.
fn legend() -> impl IntoView {
    view! {
        <ul class="tl-legend">
            <li><span class="tl-swatch tl-term-earned"></span>"Term from earning"</li>
            <li><span class="tl-swatch tl-term-renewed"></span>"Term after a renewal"</li>
            <li><span class="tl-swatch tl-term-aligned"></span>"Term after alignment with a new certification (striped)"</li>
            <li><span class="tl-swatch tl-term-planned"></span>"Term to come if renewed on time, or with a planned course (dashed)"</li>
            <li><span class="tl-swatch tl-due-soon"></span>{format!("Due soon, {DUE_SOON_DAYS} days (frame)")}</li>
            <li><span class="tl-swatch tl-swatch-dot tl-renewal"></span>"Renewal recorded (dot)"</li>
            <li><span class="tl-swatch tl-swatch-dot tl-renewal-to-come"></span>"Renewal to come (ring)"</li>
            <li><span class="tl-swatch tl-swatch-line tl-today"></span>"Today (line)"</li>
        </ul>
    }
}

#[component]
pub fn TimelineChart(
    /// The rows to draw (domain::renewals::timeline::timeline_rows).
    #[prop(into)]
    rows: Signal<Vec<TimelineRow>>,
    #[prop(into)] today: Signal<NaiveDate>,
    /// The span of dates shown (domain::renewals::timeline::chart_span).
    #[prop(into)]
    span: Signal<(NaiveDate, NaiveDate)>,
) -> impl IntoView {
    let scale = move || {
        let (start, end) = span.get();
        Scale {
            start,
            days: days_between(start, end).max(1) as f64,
        }
    };
    let height =
        move || AXIS_HEIGHT + ROW_HEIGHT * rows.with(|r| r.len().max(1)) as f64 + BOTTOM_PAD;
    let view_box = move || format!("0 0 {} {}", fixed_text(WIDTH, 0), n(height()));
    let title = move || {
        let (start, end) = span.get();
        format!("Renewal timeline, {} to {}", start.year(), end.year() - 1)
    };
    let description = move || {
        let count = rows.with(|r| r.len());
        format!(
            "{count} row{} of certifications: terms as bars from earned to each expiry, then the terms to come if each renewal is made on time as dashed outlines, the {DUE_SOON_DAYS}-day due-soon zone before the current expiry, recorded renewals as dots and renewals to come as rings, a planned course's realigned expiry as a dashed mark, and today ({}) as a vertical line. The table after the picture lists the same dates.",
            if count == 1 { "" } else { "s" },
            human(today.get())
        )
    };

    let years = move || {
        let (start, end) = span.get();
        let s = scale();
        let bottom = height() - BOTTOM_PAD;
        (start.year()..end.year())
            .map(|year| {
                let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(start);
                let mid = NaiveDate::from_ymd_opt(year, 7, 2).unwrap_or(start);
                view! {
                    <line class="tl-grid" x1=n(s.x(first)) x2=n(s.x(first)) y1="18" y2=n(bottom)/>
                    <text class="tl-year" x=n(s.x(mid)) y="14" text-anchor="middle">{year.to_string()}</text>
                }
            })
            .collect_view()
    };

    let row_views = move || {
        let (s, span) = (scale(), span.get());
        rows.get()
            .into_iter()
            .enumerate()
            .map(|(i, row)| chart_row(i, row, s, span))
            .collect_view()
    };

    let today_line = move || {
        let s = scale();
        let x = s.x(today.get());
        view! {
            <line class="tl-today" x1=n(x) x2=n(x) y1="18" y2=n(height() - BOTTOM_PAD)/>
            <text class="tl-today-label" x=n(x + 3.0) y=n(height() - BOTTOM_PAD - 2.0)>"today"</text>
        }
    };

    view! {
        <figure class="timeline-figure">
            <SideScroll cue="Scroll sideways to see later years \u{2192}">
            <div class="chart-scroll" tabindex="0" role="region" aria-label="Timeline picture (scrolls sideways on narrow screens)">
            <svg class="timeline-chart" viewBox=view_box width="100%" preserveAspectRatio="xMinYMin meet"
                role="img" aria-labelledby="timeline-svg-title timeline-svg-desc" xmlns="http://www.w3.org/2000/svg">
                <title id="timeline-svg-title">{title}</title>
                <desc id="timeline-svg-desc">{description}</desc>
                <defs>
                    <pattern id="tl-stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect class="tl-stripe-ground" width="6" height="6"/>
                        <line class="tl-stripe" x1="1.5" x2="1.5" y1="0" y2="6"/>
                    </pattern>
                </defs>
                {years}
                {row_views}
                {today_line}
            </svg>
            </div>
            </SideScroll>
            <figcaption>{legend()}</figcaption>
        </figure>
    }
}
