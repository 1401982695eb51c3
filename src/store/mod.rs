//! Shared-memory tier (being built).
