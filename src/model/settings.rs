//! The rules Scrum Alliance's own texts disagree on or leave unclear (`docs/rules.md`,
//! "Settings"), as settings the user sees and can change, each with its default and its reason.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Earning a new Scrum Alliance certification renews the current ones to its expiry.
    /// `docs/rules.md`, "Alignment": unclear in detail; default on.
    pub alignment_on_new_certification: bool,
    /// Days after expiry during which a certification is "expired, in grace period".
    /// `docs/rules.md`, "Renewal": an older text gives 90 days; unclear; default 0.
    pub grace_period_days: u32,
    /// SEUs count toward a renewal when dated within this many months before the expiry.
    /// `docs/rules.md`, "SEU window": texts disagree, 2.5 years (newer) or 2 years (older);
    /// default 30 months.
    pub seu_window_months: u32,
    /// Months of role experience in the past 5 years for an advanced certification.
    pub advanced_experience_months: u32,
    /// Months of role experience in the past 5 years for a professional certification.
    /// `docs/rules.md`, "Work experience": unclear ("12-24 months"); default 24.
    pub professional_experience_months: u32,
    /// Remind the user to download a copy when there are changes and the last copy is older
    /// than this many days (not a Scrum Alliance rule: the app's own habit).
    pub backup_reminder_days: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            alignment_on_new_certification: true,
            grace_period_days: 0,
            seu_window_months: 30,
            advanced_experience_months: 12,
            professional_experience_months: 24,
            backup_reminder_days: 30,
        }
    }
}

/// Why each setting exists, shown beside it in the UI.
pub mod why {
    pub const ALIGNMENT: &str = "Scrum Alliance says earning a new certification renews your \
        current ones, which then share the new one's expiry date. Scrum Alliance does not say \
        this in detail, so you can turn this off. Default: on.";
    pub const GRACE: &str = "Scrum Alliance's own texts disagree on this: an older text gives a \
        90-day grace period after expiry, the current text does not. Default: 0 days.";
    pub const SEU_WINDOW: &str = "SEUs count when earned within this period before the expiry \
        date. Scrum Alliance's own texts disagree on this: the newer text says 2.5 years (30 \
        months), an older one 2 years (24 months). Default: 30 months.";
    pub const ADVANCED_EXPERIENCE: &str = "Advanced levels need 12 months of role experience \
        within the past 5 years. Default: 12.";
    pub const PROFESSIONAL_EXPERIENCE: &str =
        "For professional levels Scrum Alliance does not say \
        this in detail: its text says \"12-24 months\"; trainers publish 24. Default: 24.";
}

/// Why the app reminds the user to download a copy, shown beside the setting.
pub const WHY_BACKUP_REMINDER: &str = "Your data lives only in this browser. When you have \
    changes and your last downloaded copy is older than this, the app reminds you to download a \
    new one. Default: 30 days.";
