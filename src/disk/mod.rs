//! Disk tier (being built).
