//! Tables: the one way to write a table's column headers (a sortable one too), a table in its
//! scroll box, and the sideways-scroll cue of anything wider than a phone's screen.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

use crate::basics::order::SortDirection;

/// A table's header row: one column header (`scope="col"`) a name.
pub fn column_heads(names: &'static [&'static str]) -> impl IntoView {
    view! {
        <thead>
            <tr>{names.iter().map(|name| view! { <th scope="col">{*name}</th> }).collect_view()}</tr>
        </thead>
    }
}

/// The column header of a column the table can be sorted by (`key`, read `label`): a button
/// that sorts by it (`sort_by`), and `aria-sort` with an arrow while `sort` is by it.
pub fn sort_header<K: Copy + PartialEq + Send + Sync + 'static>(
    key: K,
    label: &'static str,
    sort: Signal<(K, SortDirection)>,
    sort_by: impl Fn(K) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let direction = move || {
        let (current, direction) = sort.get();
        (current == key).then_some(direction)
    };
    let aria = move || direction().map_or("none", SortDirection::aria);
    let arrow = move || match direction() {
        None => "",
        Some(SortDirection::Ascending) => " \u{25b2}",
        Some(SortDirection::Descending) => " \u{25bc}",
    };
    view! {
        <th scope="col" aria-sort=aria>
            <button type="button" class="link sort" on:click=move |_| sort_by(key)>
                {label}<span aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}

/// A table body's rows, built again whenever `rows` changes: `row` makes each one.
pub fn table_rows<T, IV>(
    rows: impl Fn() -> Vec<T> + Send + Sync + 'static,
    row: impl Fn(T) -> IV + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: 'static,
    IV: IntoView + 'static,
{
    move || rows().into_iter().map(row.clone()).collect_view()
}

/// A body row of text cells (`<td>`), one a text.
pub fn text_row<const N: usize>(cells: [String; N]) -> impl IntoView {
    view! { <tr>{data_cells(cells)}</tr> }
}

/// The body rows of a fixed list: `cells` gives each item's text cells.
pub fn text_rows<T, const N: usize>(
    items: impl IntoIterator<Item = T>,
    cells: impl Fn(T) -> [String; N],
) -> Vec<AnyView> {
    items
        .into_iter()
        .map(|item| text_row(cells(item)).into_any())
        .collect()
}

/// A body row under its header cell (`scope="row"`), then text cells (`<td>`), one a text.
pub fn headed_row<const N: usize>(head: String, cells: [String; N]) -> impl IntoView {
    view! { <tr><th scope="row">{head}</th>{data_cells(cells)}</tr> }
}

/// The cells as an array, not a list: the row holds its cells and no placeholder node.
fn data_cells<const N: usize>(cells: [String; N]) -> impl IntoView {
    cells.map(|text| view! { <td>{text}</td> })
}

/// A table in its scroll box: the caption (read out only, unless `caption_shown`), the column
/// headers (`heads`, or a whole `head`), the body (the children: its rows; or a whole `body`,
/// such as `widgets::markup_rows::MarkupRows`), and a `foot`. With a `region` label the box is
/// a region keyboard users can scroll.
#[component]
pub fn ScrollTable(
    #[prop(optional)] region: Option<&'static str>,
    #[prop(optional)] class: Option<&'static str>,
    #[prop(optional)] described_by: Option<&'static str>,
    #[prop(optional)] labelled_by: Option<&'static str>,
    #[prop(optional, into)] caption: Option<TextProp>,
    #[prop(optional)] caption_shown: bool,
    #[prop(optional)] heads: Option<&'static [&'static str]>,
    #[prop(optional)] head: Option<AnyView>,
    #[prop(optional)] foot: Option<AnyView>,
    #[prop(optional)] body: Option<AnyView>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let body =
        body.unwrap_or_else(|| view! { <tbody>{children.map(|rows| rows())}</tbody> }.into_any());
    let caption = caption.map(|text| {
        view! {
            <caption class=(!caption_shown).then_some("visually-hidden")>{move || text.get()}</caption>
        }
    });
    view! {
        <div class="table-scroll" tabindex=region.map(|_| "0") role=region.map(|_| "region") aria-label=region>
            <table class=class aria-describedby=described_by aria-labelledby=labelled_by>
                {caption}
                {heads.map(column_heads)}
                {head}
                {body}
                {foot}
            </table>
        </div>
    }
}

/// Something with a minimum width (a picture, a wide table; its own scroll box inside, a
/// labelled region keyboard users can scroll): where the box is narrower than that, a visible
/// line (`cue`) says to scroll sideways and the right edge fades (style/main.css,
/// `.side-scroll`: a container query, so it shows exactly when the content does not fit).
#[component]
pub fn SideScroll(cue: &'static str, children: Children) -> impl IntoView {
    view! {
        <div class="side-scroll">
            <p class="scroll-cue">{cue}</p>
            <div class="fade-edge">{children()}</div>
        </div>
    }
}
