//! The deadlines as an iCalendar (RFC 5545) file: each expiry, and a reminder 90 days before.
