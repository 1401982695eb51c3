//! The source stamp every body carries in the shared-memory and disk tiers.
//!
//! Those tiers key an entry by real path, mtime and size (the version).
//! Behind the (possibly compressed) blob, the hook appends a fixed trailer
//! with what else the stat said when the script was compiled (ctime, inode,
//! device) and the xxh3-128 of the source bytes the compiler read. A lookup
//! whose stat agrees on everything is a plain hit; one that differs only in
//! ctime, inode or device (`rsync -a`, `cp -p`, `tar x`, `chmod`, `git
//! checkout`) reads the file once, and serves the entry if the bytes hash
//! to the recorded content (then writes the new stamp back).
//!
//! ```text
//!  body  [packed blob][content u128][ctime_ns i64][ino u64][dev u64][flags u64][magic 8]
//! ```
//! Little endian; `flags` bit 0: `content` is known. The trailer is at the
//! end so that stripping it is a truncation, never a copy. A body without
//! the magic (another format) is never used.

use super::local::{FileKey, Verdict};

/// Last eight bytes of every stamped body.
pub const MAGIC: [u8; 8] = *b"KILNSTP1";
/// Length of the trailer.
pub const LEN: usize = 16 + 8 + 8 + 8 + 8 + 8;
const HAS_CONTENT: u64 = 1;

/// What the trailer records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// xxh3-128 of the source bytes compiled, when known.
    pub content: Option<u128>,
    pub ctime_ns: i64,
    pub ino: u64,
    pub dev: u64,
}

impl Stamp {
    /// The stamp of a file whose stat is `key`.
    pub fn of(key: &FileKey, content: Option<u128>) -> Stamp {
        Stamp {
            content,
            ctime_ns: key.ctime_ns(),
            ino: key.ino,
            dev: key.dev,
        }
    }

    /// How an entry of this stamp relates to the stat `key`, given that
    /// the tier already matched path, mtime and size.
    pub fn verdict(&self, key: &FileKey) -> Verdict {
        if self.ctime_ns == key.ctime_ns() && self.ino == key.ino && self.dev == key.dev {
            Verdict::Same
        } else if self.content.is_some() {
            Verdict::CheckContent
        } else {
            Verdict::Changed
        }
    }

    /// Appends the trailer to `body`.
    pub fn append(&self, body: &mut Vec<u8>) {
        body.reserve(LEN);
        body.extend_from_slice(&self.content.unwrap_or(0).to_le_bytes());
        body.extend_from_slice(&self.ctime_ns.to_le_bytes());
        body.extend_from_slice(&self.ino.to_le_bytes());
        body.extend_from_slice(&self.dev.to_le_bytes());
        let flags = if self.content.is_some() {
            HAS_CONTENT
        } else {
            0
        };
        body.extend_from_slice(&flags.to_le_bytes());
        body.extend_from_slice(&MAGIC);
    }

    /// Overwrites the trailer of a stamped `body` (see [`read`]).
    pub fn rewrite(&self, body: &mut Vec<u8>) {
        if read(body).is_some() {
            body.truncate(body.len() - LEN);
            self.append(body);
        }
    }
}

/// The trailer of `body`, if it has one.
pub fn read(body: &[u8]) -> Option<Stamp> {
    let t = body.get(body.len().checked_sub(LEN)?..)?;
    if t[LEN - 8..] != MAGIC {
        return None;
    }
    let u64_at = |i: usize| u64::from_le_bytes(t[i..i + 8].try_into().unwrap());
    let flags = u64_at(56 - 16);
    if flags & !HAS_CONTENT != 0 {
        return None;
    }
    Some(Stamp {
        content: (flags & HAS_CONTENT != 0)
            .then(|| u128::from_le_bytes(t[..16].try_into().unwrap())),
        ctime_ns: u64_at(16) as i64,
        ino: u64_at(24),
        dev: u64_at(32),
    })
}

/// Drops the trailer of a stamped body, leaving the packed blob.
pub fn strip(body: &mut Vec<u8>) {
    body.truncate(body.len().saturating_sub(LEN));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hook::local::{verdict, FileKey};

    fn key() -> FileKey {
        FileKey {
            path: "/srv/a.php".into(),
            mtime_sec: 1_700_000_000,
            mtime_nsec: 5,
            ctime_sec: 1_700_000_100,
            ctime_nsec: 7,
            size: 42,
            ino: 1234,
            dev: 66,
        }
    }

    #[test]
    fn roundtrip_and_strip() {
        let s = Stamp::of(&key(), Some(0x0123_4567_89ab_cdef_fedc_ba98_7654_3210));
        let mut body = b"packed blob".to_vec();
        s.append(&mut body);
        assert_eq!(body.len(), 11 + LEN);
        assert_eq!(read(&body), Some(s));
        let mut t = body.clone();
        strip(&mut t);
        assert_eq!(t, b"packed blob");

        let none = Stamp::of(&key(), None);
        let mut b2 = Vec::new();
        none.append(&mut b2);
        assert_eq!(read(&b2), Some(none));
    }

    #[test]
    fn unstamped_or_damaged_bodies_are_refused() {
        assert_eq!(read(b""), None);
        assert_eq!(read(&[0u8; LEN]), None);
        let mut body = vec![1, 2, 3];
        Stamp::of(&key(), Some(9)).append(&mut body);
        let mut bad = body.clone();
        *bad.last_mut().unwrap() ^= 1;
        assert_eq!(read(&bad), None);
        let mut flags = body.clone();
        let at = flags.len() - 16;
        flags[at] = 0x80;
        assert_eq!(read(&flags), None);
    }

    #[test]
    fn rewrite_replaces_only_the_trailer() {
        let mut body = b"xyz".to_vec();
        Stamp::of(&key(), Some(9)).append(&mut body);
        let mut k2 = key();
        k2.ino = 999;
        k2.ctime_sec += 5;
        let s2 = Stamp::of(&k2, Some(9));
        s2.rewrite(&mut body);
        assert_eq!(read(&body), Some(s2));
        assert_eq!(&body[..3], b"xyz");
        assert_eq!(body.len(), 3 + LEN);
        // Not stamped: left alone.
        let mut plain = b"plain".to_vec();
        s2.rewrite(&mut plain);
        assert_eq!(plain, b"plain");
    }

    #[test]
    fn stamp_verdicts() {
        let k = key();
        let s = Stamp::of(&k, Some(1));
        assert_eq!(s.verdict(&k), Verdict::Same);
        for change in [
            |k: &mut FileKey| k.ctime_nsec += 1,
            |k: &mut FileKey| k.ino += 1,
            |k: &mut FileKey| k.dev += 1,
        ] {
            let mut n = key();
            change(&mut n);
            assert_eq!(s.verdict(&n), Verdict::CheckContent);
            // Without a recorded content there is nothing to check.
            assert_eq!(Stamp::of(&k, None).verdict(&n), Verdict::Changed);
        }
    }

    #[test]
    fn key_verdicts() {
        let k = key();
        assert_eq!(verdict(&k, &k.clone()), Verdict::Same);
        let mut n = key();
        n.ctime_sec += 10;
        n.ino = 77;
        n.dev = 3;
        assert_eq!(verdict(&k, &n), Verdict::CheckContent);
        for change in [
            |k: &mut FileKey| k.mtime_sec += 1,
            |k: &mut FileKey| k.mtime_nsec += 1,
            |k: &mut FileKey| k.size += 1,
            |k: &mut FileKey| k.path.push('x'),
        ] {
            let mut n = key();
            n.ino += 1;
            change(&mut n);
            assert_eq!(verdict(&k, &n), Verdict::Changed);
            let mut n = key();
            change(&mut n);
            assert_eq!(verdict(&k, &n), Verdict::Changed);
        }
        assert_eq!(k.changed_ns(), k.ctime_ns());
        assert_eq!(k.changed_sec(), 1_700_000_100);
    }
}
