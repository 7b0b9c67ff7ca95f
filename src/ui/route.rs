//! Hash routes (`#/certifications`): they survive a reload on a static host under any sub-path,
//! since the server only ever serves the one `index.html`.

/// The address's hash as it is now (`location.hash`: "#/seus"; empty when there is none).
pub fn current_hash() -> String {
    leptos::prelude::window()
        .location()
        .hash()
        .unwrap_or_default()
}

/// The pages that exist. Only these are linked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Dashboard,
    Certifications,
    Timeline,
    SeuLog,
    SeuPlanner,
    Report,
    Training,
    Path,
    Settings,
    /// A plan someone shared: `#/shared/v1.<data>` (not in the navigation).
    Shared,
    /// Opening saved data the app refused for some of its records (linked from the banner).
    Recover,
    GettingStarted,
    Glossary,
    NotFound,
}

impl Route {
    /// The pages the navigation lists, in order.
    pub const NAVIGATION: [Route; 9] = [
        Route::Dashboard,
        Route::Certifications,
        Route::Timeline,
        Route::SeuLog,
        Route::SeuPlanner,
        Route::Report,
        Route::Training,
        Route::Path,
        Route::Settings,
    ];

    /// Whether the page is one of `ui::later_pages`, in the module fetched on the first visit to
    /// one of them: every page but the dashboard and "not found", which the app draws itself.
    pub fn is_later_page(self) -> bool {
        !matches!(self, Route::Dashboard | Route::NotFound)
    }

    /// Parses `location.hash` ("", "#/", "#/certifications", ...).
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path
            .split(['?', '#'])
            .next()
            .unwrap_or("")
            .trim_end_matches('/');
        match path {
            "" => Route::Dashboard,
            "certifications" => Route::Certifications,
            "timeline" => Route::Timeline,
            "seus" => Route::SeuLog,
            "seu-plan" => Route::SeuPlanner,
            "report" => Route::Report,
            "training" => Route::Training,
            "path" => Route::Path,
            "settings" => Route::Settings,
            p if p == "shared" || p.starts_with("shared/") => Route::Shared,
            "recover" => Route::Recover,
            "getting-started" => Route::GettingStarted,
            "glossary" => Route::Glossary,
            _ => Route::NotFound,
        }
    }

    /// The place within the page a hash points at: "seu" in "#/glossary#seu" (`None`: the
    /// page's top).
    pub fn anchor(hash: &str) -> Option<&str> {
        let path = hash.trim_start_matches('#');
        let (_, anchor) = path.split_once('#')?;
        let anchor = anchor.split('?').next().unwrap_or("");
        (!anchor.is_empty()).then_some(anchor)
    }

    pub fn href(self) -> &'static str {
        match self {
            Route::Dashboard | Route::NotFound => "#/",
            Route::Certifications => "#/certifications",
            Route::Timeline => "#/timeline",
            Route::SeuLog => "#/seus",
            Route::SeuPlanner => "#/seu-plan",
            Route::Report => "#/report",
            Route::Training => "#/training",
            Route::Path => "#/path",
            Route::Settings => "#/settings",
            Route::Shared => "#/shared",
            Route::Recover => "#/recover",
            Route::GettingStarted => "#/getting-started",
            Route::Glossary => "#/glossary",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Route::Dashboard => "Dashboard",
            Route::Certifications => "Certifications",
            Route::Timeline => "Renewal timeline",
            Route::SeuLog => "SEU log",
            Route::SeuPlanner => "SEU plan",
            Route::Report => "Evidence report",
            Route::Training => "Training choice",
            Route::Path => "Certification path",
            Route::Settings => "Settings and data",
            Route::Shared => "A shared plan",
            Route::Recover => "Open your saved data",
            Route::GettingStarted => "Getting started",
            Route::Glossary => "Glossary",
            Route::NotFound => "Page not found",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Route;

    #[test]
    fn hashes_parse_to_routes() {
        for (hash, route) in [
            ("", Route::Dashboard),
            ("#", Route::Dashboard),
            ("#/", Route::Dashboard),
            ("#/certifications", Route::Certifications),
            ("#/certifications/", Route::Certifications),
            ("#/settings?x=1", Route::Settings),
            ("#/renewal-nonsense", Route::NotFound),
            ("#/shared/v1.eJzLSM3JyQcABiwCFQ", Route::Shared),
        ] {
            assert_eq!(Route::from_hash(hash), route, "{hash}");
        }
        for route in Route::NAVIGATION {
            assert_eq!(Route::from_hash(route.href()), route);
        }
        for route in [Route::GettingStarted, Route::Glossary, Route::Recover] {
            assert_eq!(Route::from_hash(route.href()), route);
        }
    }

    #[test]
    fn a_hash_with_an_anchor_opens_the_page_and_names_the_place() {
        for (hash, route, anchor) in [
            ("#/glossary#seu", Route::Glossary, Some("seu")),
            (
                "#/glossary/#grace-period",
                Route::Glossary,
                Some("grace-period"),
            ),
            ("#/glossary#", Route::Glossary, None),
            ("#/glossary", Route::Glossary, None),
            (
                "#/getting-started#keep",
                Route::GettingStarted,
                Some("keep"),
            ),
            ("#/", Route::Dashboard, None),
            ("", Route::Dashboard, None),
        ] {
            assert_eq!(Route::from_hash(hash), route, "{hash}");
            assert_eq!(Route::anchor(hash), anchor, "{hash}");
        }
    }
}
