//! Disk tier (being built): the entry file format comes first.

#[allow(dead_code)] // used by DiskStore, added next
mod format;

pub use format::CorruptReason;
