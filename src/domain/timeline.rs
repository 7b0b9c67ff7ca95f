//! The renewal timeline: the renewals to come, a fee forecast, and recording a renewal.
