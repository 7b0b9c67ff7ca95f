//! The form kit: one way to build a form. It owns the element ids around a control (a control's
//! help and error ids are built here and nowhere else), the problems a submit found and where
//! they are shown, reading what was typed (`ReadTyped`), the labelled field with its help and
//! error text, the inputs, the selects bound to the value they choose, and `FormKit::submit`,
//! the one ending of every submit.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

use chrono::NaiveDate;

use crate::basics::dates::human;
use crate::basics::dates::parse_iso;
use crate::domain::records::field_error::{FieldError, FormField, Problems, Typed};
use crate::domain::rules::catalogue::CertificationKind;
use crate::domain::rules::limits::{
    date_admitted, FIRST_DATE, FIRST_DATE_ISO, LAST_DATE, LAST_DATE_ISO, MAX_ACTIVITY_MINUTES,
    MAX_NAME_CHARS, MAX_NOTES_CHARS, MAX_WEB_LINK_CHARS,
};
use crate::model::journey::Journey;
use crate::model::money::{Money, MoneyError, MAX_MONEY};
use crate::model::{Choice, Minutes};
use crate::ui::state::AppState;
use crate::ui::widgets::focus::focus_control;

/// The id of the text that says what is wrong with the control `control_id`.
pub fn error_id(control_id: &str) -> String {
    format!("{control_id}-error")
}

/// The id of the help text of the control `control_id`.
pub fn help_id(control_id: &str) -> String {
    format!("{control_id}-help")
}

/// Where a control's value lives: read to show it, written as the user changes it.
pub struct Bind<T: Send + Sync + 'static = String> {
    get: Signal<T>,
    set: Callback<T>,
}

impl<T: Send + Sync> Clone for Bind<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync> Copy for Bind<T> {}

impl<T: Clone + Send + Sync + 'static> Bind<T> {
    pub fn new(
        get: impl Fn() -> T + Send + Sync + 'static,
        set: impl Fn(T) + Send + Sync + 'static,
    ) -> Self {
        Bind {
            get: Signal::derive(get),
            set: Callback::new(set),
        }
    }

    pub fn get(&self) -> T {
        self.get.get()
    }

    pub fn set(&self, value: T) {
        self.set.run(value);
    }
}

/// Binds a control to one value of a form's values: `bind!(form => title)`; a select to a value
/// it chooses (a `SelectValue`: a `Choice`, a certification, or one or none) by its option ids:
/// `bind!(ids: form => kind)`. A select offers only ids that name a value, so no text is ever
/// read back into a value.
#[macro_export]
macro_rules! bind {
    (ids: $form:expr => $($path:tt)+) => {{
        let form = $form;
        $crate::ui::widgets::form::Bind::new(
            move || form.with(|f| $crate::ui::widgets::form::SelectValue::option_id(&f.$($path)+)),
            move |id: String| {
                if let Some(value) = $crate::ui::widgets::form::SelectValue::from_id(&id) {
                    form.update(|f| f.$($path)+ = value);
                }
            },
        )
    }};
    ($form:expr => $($path:tt)+) => {{
        let form = $form;
        $crate::ui::widgets::form::Bind::new(
            move || form.with(|f| f.$($path)+.clone()),
            move |value| form.update(|f| f.$($path)+ = value),
        )
    }};
}

/// A control's id, its help text and its error text: everything its `aria-describedby` and
/// `aria-invalid` are made of.
#[derive(Clone)]
pub struct Control {
    id: String,
    help: Option<TextProp>,
    error: Signal<Option<String>>,
}

impl Control {
    /// A control with neither help nor error.
    pub fn new(id: impl Into<String>) -> Self {
        Control {
            id: id.into(),
            help: None,
            error: Signal::stored(None),
        }
    }

    /// The help text shown below the control.
    pub fn help(mut self, text: impl Into<TextProp>) -> Self {
        self.help = Some(text.into());
        self
    }

    /// What is wrong with the value, when something is.
    pub fn error(mut self, error: impl Into<Signal<Option<String>>>) -> Self {
        self.error = error.into();
        self
    }

    pub fn id(&self) -> String {
        self.id.clone()
    }

    /// `aria-invalid`: "true" while there is an error.
    pub fn invalid(&self) -> impl Fn() -> Option<&'static str> + Clone + Send + Sync + 'static {
        let error = self.error;
        move || error.with(|e| e.as_ref().map(|_| "true"))
    }

    /// `aria-describedby`: the help, then the error while there is one.
    pub fn described(&self) -> impl Fn() -> Option<String> + Clone + Send + Sync + 'static {
        let help = self.help.as_ref().map(|_| help_id(&self.id));
        let error = self.error;
        let error_id = error_id(&self.id);
        move || {
            let ids: Vec<&str> = help
                .as_deref()
                .into_iter()
                .chain(error.with(Option::is_some).then_some(error_id.as_str()))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    }

    /// The help text, with its id.
    pub fn help_text(&self) -> impl IntoView {
        let id = help_id(&self.id);
        self.help
            .clone()
            .map(|text| view! { <p class="help" id=id>{move || text.get()}</p> })
    }

    /// The error text, with its id, while there is an error.
    pub fn error_text(&self) -> impl IntoView {
        let error = self.error;
        let id = error_id(&self.id);
        move || {
            error
                .get()
                .map(|message| view! { <p class="field-error" id=id.clone()>{message}</p> })
        }
    }
}

/// One form's problems, shown at their fields, and the ids of its controls: a field's control
/// has the id `{prefix}-{name}` (a group of controls: its fieldset has it).
pub struct FormKit<F: 'static> {
    prefix: &'static str,
    errors: RwSignal<Vec<FieldError<F>>>,
}

impl<F> Clone for FormKit<F> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<F> Copy for FormKit<F> {}

impl<F: FormField> FormKit<F> {
    pub fn new(prefix: &'static str) -> Self {
        FormKit {
            prefix,
            errors: RwSignal::new(Vec::new()),
        }
    }

    /// The id of the field's control.
    pub fn id(self, field: F) -> String {
        format!("{}-{}", self.prefix, field.name())
    }

    /// What is wrong with the field, when something is.
    pub fn message(self, field: F) -> Option<String> {
        self.errors.with(|list| {
            list.iter()
                .find(|e| e.field == field)
                .map(|e| e.message.clone())
        })
    }

    /// The field's control, with its error.
    pub fn control(self, field: F) -> Control {
        Control::new(self.id(field)).error(Signal::derive(move || self.message(field)))
    }

    /// Forgets the problems shown.
    pub fn clear(self) {
        self.errors.set(Vec::new());
    }

    /// Moves focus to the field's control (a group's first control).
    pub fn focus(self, field: F) {
        focus_control(&self.id(field));
    }

    /// Shows the problems at their fields and moves focus to the first one.
    pub fn show(self, list: Vec<FieldError<F>>) {
        if let Some(first) = list.first() {
            self.focus(first.field);
        }
        self.errors.set(list);
    }
}

impl<F: FormField> FormKit<F> {
    /// The one ending of every submit. `typed` is what the form's values read as (its `parse`).
    /// The change then starts (`AppState::apply`): when something typed is wrong, the rules'
    /// problems with the draft that could still be made (`check`, on the journey the change
    /// starts from, today as it is now) are shown with them, so that every problem shows at once;
    /// otherwise `save` makes the change (checking the draft again) and says what the status line
    /// announces, and the form is reset (`reset`). Problems are shown at their fields and focus
    /// moves to the first one; nothing changes.
    pub fn submit<D>(
        self,
        app: AppState,
        typed: Typed<D, F>,
        check: impl FnOnce(&Journey, &D, NaiveDate) -> Vec<FieldError<F>>,
        save: impl FnOnce(&mut Journey, D, NaiveDate) -> Result<String, Vec<FieldError<F>>>,
        reset: impl FnOnce(),
    ) {
        let today = app.today.get_untracked();
        let result = app.apply(|j| {
            let draft = typed.finish(|draft| check(j, draft, today))?;
            save(j, draft, today)
        });
        match result {
            Ok(message) => {
                reset();
                self.clear();
                app.notice.set(Some(message));
            }
            Err(list) => self.show(list),
        }
    }
}

/// What a select chooses: any `Choice`, a certification, or either of them or none (the id "").
pub trait SelectValue: Clone + Send + Sync + Sized + 'static {
    /// The value whose option has the id `id`.
    fn from_id(id: &str) -> Option<Self>;
    /// The id of the value's option.
    fn option_id(&self) -> String;
}

impl<T: Choice> SelectValue for T {
    fn from_id(id: &str) -> Option<Self> {
        <T as Choice>::from_id(id)
    }

    fn option_id(&self) -> String {
        self.id().to_owned()
    }
}

impl SelectValue for CertificationKind {
    fn from_id(id: &str) -> Option<Self> {
        CertificationKind::from_id(id)
    }

    fn option_id(&self) -> String {
        self.id()
    }
}

/// No value in particular (the option "All categories", id "") or one of them.
impl<T: Choice> SelectValue for Option<T> {
    fn from_id(id: &str) -> Option<Self> {
        match id {
            "" => Some(None),
            id => <T as Choice>::from_id(id).map(Some),
        }
    }

    fn option_id(&self) -> String {
        self.map(|v| v.id().to_owned()).unwrap_or_default()
    }
}

/// All certifications (the option id "") or one.
impl SelectValue for Option<CertificationKind> {
    fn from_id(id: &str) -> Option<Self> {
        match id {
            "" => Some(None),
            id => CertificationKind::from_id(id).map(Some),
        }
    }

    fn option_id(&self) -> String {
        self.map(|k| k.id()).unwrap_or_default()
    }
}

/// Reads what was typed into a form's controls, noting at each field what is wrong (read the
/// fields in the form's order: the problems are shown, and focused, in the order noted).
pub trait ReadTyped<F> {
    /// A date typed as YYYY-MM-DD that must be given: `missing` when the text is empty, "Enter a
    /// real date, for example {example}." when it is not a real date.
    fn date(&mut self, field: F, text: &str, missing: &str, example: &str) -> Option<NaiveDate>;

    /// A date typed as YYYY-MM-DD that may be left empty (no date); `bad` when it is not a real
    /// date.
    fn optional_date(&mut self, field: F, text: &str, bad: &str) -> Option<NaiveDate>;

    /// A duration typed as whole hours and minutes (an empty one is 0) in minutes, at most a
    /// day's worth (`MAX_ACTIVITY_MINUTES`); anything else notes "Enter whole hours (0 to 24) and
    /// minutes (0 to 59), for example {example}.".
    fn duration(&mut self, field: F, hours: &str, minutes: &str, example: &str) -> Option<Minutes>;

    /// Hours typed as a number ("8", "7.5", "7,5") in minutes; `bad` when it is not a number (0
    /// then). More than 24 hours, or none, reads as 0: the draft's check says what is allowed.
    fn decimal_hours(&mut self, field: F, text: &str, bad: &str) -> Minutes;

    /// A whole number that may be left empty (none); `bad` when it is not one.
    fn optional_count(&mut self, field: F, text: &str, bad: &str) -> Option<u32>;

    /// An amount of money ("1,000", "$995.50"), nothing when it cannot be read; what is wrong is
    /// said in the words of `amount` (see `Amount`).
    fn money(&mut self, field: F, text: &str, amount: Amount) -> Money;
}

/// How a form's messages name an amount of money: `the` ("the price"), the same opening a
/// sentence (`The`), when 0 is the answer (`zero`: "it is free") and an `example` ("1,000 or
/// 995.50").
#[derive(Clone, Copy)]
pub struct Amount {
    pub the: &'static str,
    pub the_capital: &'static str,
    pub zero: &'static str,
    pub example: &'static str,
}

impl Amount {
    /// What is wrong with a typed amount, in a sentence.
    fn problem(self, problem: MoneyError) -> String {
        let Amount {
            the,
            the_capital,
            zero,
            example,
        } = self;
        match problem {
            MoneyError::Empty => format!("Enter {the} (0 if {zero})."),
            MoneyError::Negative => format!("{the_capital} cannot be negative. Enter 0 if {zero}."),
            MoneyError::NotANumber => format!("Enter {the} as a number, for example {example}."),
            MoneyError::TooManyDecimals => format!(
                "Enter {the} with at most two digits after the decimal point, for example {example}."
            ),
            MoneyError::TooLarge => {
                format!("{the_capital} is too large: the most this app keeps is {MAX_MONEY}.")
            }
        }
    }
}

impl<F> ReadTyped<F> for Problems<F> {
    fn date(&mut self, field: F, text: &str, missing: &str, example: &str) -> Option<NaiveDate> {
        let bad = format!("Enter a real date, for example {example}.");
        read_date(self, field, text, Some(missing), &bad)
    }

    fn optional_date(&mut self, field: F, text: &str, bad: &str) -> Option<NaiveDate> {
        read_date(self, field, text, None, bad)
    }

    fn duration(&mut self, field: F, hours: &str, minutes: &str, example: &str) -> Option<Minutes> {
        let number = |text: &str| -> Option<u32> {
            match text.trim() {
                "" => Some(0),
                t => t.parse::<u32>().ok(),
            }
        };
        let (max_hours, _) = Minutes(MAX_ACTIVITY_MINUTES).hours_and_minutes();
        let read = match (number(hours), number(minutes)) {
            (Some(h), Some(m)) if h <= max_hours => Minutes::from_hours_and_minutes(h, m),
            _ => None,
        };
        self.check(read.is_none(), field, || {
            format!("Enter whole hours (0 to 24) and minutes (0 to 59), for example {example}.")
        });
        read
    }

    fn decimal_hours(&mut self, field: F, text: &str, bad: &str) -> Minutes {
        let hours = parse_amount(text);
        self.check(hours.is_none(), field, || bad.to_owned());
        match hours {
            Some(hours) if hours > 0.0 && hours <= 24.0 => Minutes((hours * 60.0).round() as u32),
            _ => Minutes::ZERO,
        }
    }

    fn optional_count(&mut self, field: F, text: &str, bad: &str) -> Option<u32> {
        match text.trim() {
            "" => None,
            text => {
                let count = text.parse::<u32>().ok();
                self.check(count.is_none(), field, || bad.to_owned());
                count
            }
        }
    }

    fn money(&mut self, field: F, text: &str, amount: Amount) -> Money {
        Money::parse(text).unwrap_or_else(|problem| {
            self.add(field, amount.problem(problem));
            Money::ZERO
        })
    }
}

/// "8", "7.5", "$1,000" → a number; a comma alone is read as the decimal separator.
fn parse_amount(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .trim_start_matches('$')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_')
        .collect();
    let cleaned = if cleaned.contains('.') {
        cleaned.replace(',', "")
    } else {
        cleaned.replace(',', ".")
    };
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A duration as `DurationFields` shows it: the whole hours and the minutes left, the texts
/// `ReadTyped::duration` reads back.
pub fn duration_text(duration: Minutes) -> (String, String) {
    let (hours, minutes) = duration.hours_and_minutes();
    (hours.to_string(), minutes.to_string())
}

/// An optional date as a date control shows it (YYYY-MM-DD), empty for no date: the text
/// `ReadTyped::optional_date` reads back.
pub fn date_text(date: Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// Reads a date typed as YYYY-MM-DD. An empty text is no date, and the problem `missing` at
/// `field` when the date is needed; a text that is not a real date notes `bad` there, and a date
/// outside the journey's limits (a year typed with too few digits, 0025) says which dates are
/// allowed, so that no form can save a date the gate would refuse at the next start.
fn read_date<F>(
    problems: &mut Problems<F>,
    field: F,
    text: &str,
    missing: Option<&str>,
    bad: &str,
) -> Option<NaiveDate> {
    let (date, problem) = match text.trim() {
        "" => (None, missing),
        text => match parse_iso(text) {
            None => (None, Some(bad)),
            Some(date) if !date_admitted(date) => {
                problems.add(field, out_of_range(date));
                return None;
            }
            Some(date) => (Some(date), None),
        },
    };
    if let Some(message) = problem {
        problems.add(field, message);
    }
    date
}

/// What a form says of a date outside the journey's limits.
fn out_of_range(date: NaiveDate) -> String {
    format!(
        "{} is not a date this app can keep: enter a date from {} to {}, with a four-digit year.",
        human(date),
        human(FIRST_DATE),
        human(LAST_DATE)
    )
}

/// What went wrong outside any field (a download, a file), while something did.
pub fn problem_text(problem: RwSignal<Option<String>>) -> impl IntoView {
    move || {
        problem
            .get()
            .map(|text| view! { <p class="field-error">{text}</p> })
    }
}

/// A labelled field: the label, the control the page writes, its help text and its error text.
#[component]
pub fn Field(control: Control, #[prop(into)] label: TextProp, children: Children) -> impl IntoView {
    view! {
        <div class="field">
            <label for=control.id()>{move || label.get()}</label>
            {children()}
            {control.help_text()}
            {control.error_text()}
        </div>
    }
}

/// A one-line input (`kind`: text, date, number, url) in its labelled field. It takes the value
/// as the user types, or only when the user is done with it (`live=false`).
#[component]
pub fn Input(
    control: Control,
    #[prop(into)] label: TextProp,
    value: Bind,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = true)] live: bool,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional, into)] min: MaybeProp<String>,
    #[prop(optional, into)] max: MaybeProp<String>,
    #[prop(optional)] step: Option<&'static str>,
    #[prop(optional)] maxlength: Option<usize>,
) -> impl IntoView {
    // Text never grows past what the gate lets in (`domain::edge::gate`): a name or title, a link.
    let maxlength = maxlength
        .or(match kind {
            "text" => Some(MAX_NAME_CHARS),
            "url" => Some(MAX_WEB_LINK_CHARS),
            _ => None,
        })
        .map(|n| n.to_string());
    // A date control offers only the dates the journey keeps (a page may narrow them: today).
    let date = kind == "date";
    let min = move || {
        min.get()
            .or_else(|| date.then(|| FIRST_DATE_ISO.to_owned()))
    };
    let max = move || max.get().or_else(|| date.then(|| LAST_DATE_ISO.to_owned()));
    view! {
        <Field control=control.clone() label>
            <input id=control.id() type=kind inputmode=inputmode autocomplete=autocomplete
                min=min max=max step=step maxlength=maxlength
                prop:value=move || value.get()
                on:input=move |ev| if live { value.set(event_target_value(&ev)) }
                on:change=move |ev| value.set(event_target_value(&ev))
                aria-invalid=control.invalid() aria-describedby=control.described()/>
        </Field>
    }
}

/// A text area in its labelled field.
#[component]
pub fn TextArea(
    control: Control,
    #[prop(into)] label: TextProp,
    value: Bind,
    #[prop(default = "2")] rows: &'static str,
) -> impl IntoView {
    view! {
        <Field control=control.clone() label>
            <textarea id=control.id() rows=rows maxlength=MAX_NOTES_CHARS prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=control.invalid() aria-describedby=control.described()></textarea>
        </Field>
    }
}

/// A select in its labelled field; its options are the children (see `choice_option`).
#[component]
pub fn Select(
    control: Control,
    #[prop(into)] label: TextProp,
    value: Bind,
    children: Children,
) -> impl IntoView {
    view! {
        <Field control=control.clone() label>
            <select id=control.id() prop:value=move || value.get()
                on:change=move |ev| value.set(event_target_value(&ev))
                aria-invalid=control.invalid() aria-describedby=control.described()>
                {children()}
            </select>
        </Field>
    }
}

/// An option of a select bound to `value`, selected while it holds `id`.
pub fn choice_option(value: Bind, id: impl Into<String>, label: impl IntoView) -> impl IntoView {
    let id = id.into();
    let selected = {
        let id = id.clone();
        move || value.get() == id
    };
    view! { <option value=id selected=selected>{label}</option> }
}

/// A select of every value of `T`, labelled with `T::label` (or `label_of`), bound to the value
/// chosen by its ids (`bind!(ids: ...)`), optionally after a first option `any` for no value in
/// particular (the value is then an `Option<T>`).
#[component]
pub fn ChoiceSelect<T: Choice>(
    control: Control,
    #[prop(into)] label: TextProp,
    value: Bind,
    #[prop(optional)] any: Option<&'static str>,
    #[prop(optional)] label_of: Option<fn(T) -> String>,
) -> impl IntoView {
    let options = T::ALL
        .iter()
        .map(|c| {
            let text = label_of.map_or_else(|| c.label().to_owned(), |f| f(*c));
            (c.id(), text)
        })
        .collect();
    choice_select(control, label, value, any, options)
}

/// `ChoiceSelect` once its options are listed (id, label): one copy for every kind of choice.
fn choice_select(
    control: Control,
    label: TextProp,
    value: Bind,
    any: Option<&'static str>,
    options: Vec<(&'static str, String)>,
) -> AnyView {
    view! {
        <Select control label value>
            {any.map(|text| choice_option(value, "", text))}
            {options.into_iter().map(|(id, text)| choice_option(value, id, text)).collect_view()}
        </Select>
    }
    .into_any()
}

/// A checkbox with its label after it, and its help text.
#[component]
pub fn Checkbox(
    control: Control,
    #[prop(into)] label: TextProp,
    checked: Bind<bool>,
) -> impl IntoView {
    view! {
        <div class="field check">
            <input id=control.id() type="checkbox" prop:checked=move || checked.get()
                on:change=move |ev| checked.set(event_target_checked(&ev))
                aria-describedby=control.described()/>
            <label for=control.id()>{move || label.get()}</label>
            {control.help_text()}
        </div>
    }
}

/// A duration as whole hours and minutes: the fieldset is the group's control (`control`), its
/// inputs are `{prefix}-hours` and `{prefix}-minutes`.
#[component]
pub fn DurationFields(
    control: Control,
    prefix: &'static str,
    legend: &'static str,
    hours: Bind,
    minutes: Bind,
) -> impl IntoView {
    let input = |name: &'static str, label: &'static str, max: &'static str, value: Bind| {
        let id = format!("{prefix}-{name}");
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <input id=id type="number" min="0" max=max step="1" inputmode="numeric"
                    prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))
                    aria-invalid=control.invalid() aria-describedby=control.described()/>
            </div>
        }
    };
    view! {
        <fieldset class="duration" id=control.id()>
            <legend>{legend}</legend>
            <div class="duration-fields">
                {input("hours", "Hours", "24", hours)}
                {input("minutes", "Minutes", "59", minutes)}
            </div>
            {control.error_text()}
        </fieldset>
    }
}

/// A card: a section under its heading (`title_id`), which names it.
#[component]
pub fn Card(
    title_id: &'static str,
    #[prop(into)] heading: TextProp,
    children: Children,
) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby=title_id>
            <h3 id=title_id>{move || heading.get()}</h3>
            {children()}
        </section>
    }
}

/// A form in its card, under its heading (`title_id`); the browser's own checks are off, the
/// kit's messages say what is wrong.
#[component]
pub fn FormCard(
    title_id: &'static str,
    #[prop(into)] heading: TextProp,
    on_submit: impl Fn(leptos::ev::SubmitEvent) + Send + Sync + 'static,
    children: Children,
) -> impl IntoView {
    view! {
        <Card title_id heading>
            <form on:submit=on_submit novalidate>{children()}</form>
        </Card>
    }
}
