//! Corruption: every damaged file is reported `Corrupt`, unlinked, and no
//! byte of it reaches the caller.

use super::*;
use crate::disk::format::HEADER_LEN;

const PATH: &str = "/srv/app/index.php";
const MTIME: i64 = 1_234_567_890_123;
const SIZE: u64 = 777;

/// Writes a good entry and returns its file path and bytes.
fn good(s: &DiskStore, body: &[u8]) -> (PathBuf, Vec<u8>) {
    s.put(PATH, MTIME, SIZE, 5, 6, body).unwrap();
    let p = s.entry_path(PATH);
    let bytes = std::fs::read(&p).unwrap();
    (p, bytes)
}

/// Plants `bytes` at `file`, reads `path` through the store and expects
/// Corrupt, an empty `out` and the file gone.
fn corrupt_at(s: &DiskStore, path: &str, file: &Path, bytes: &[u8]) -> CorruptReason {
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(file, bytes).unwrap();
    let mut out = b"junk".to_vec();
    let r = match s.get(path, MTIME, SIZE, &mut out) {
        DiskLookup::Corrupt(r) => r,
        other => panic!("expected Corrupt for {} bytes, got {other:?}", bytes.len()),
    };
    assert!(out.is_empty(), "bytes returned with {r}");
    assert!(!file.exists(), "corrupt file ({r}) not removed");
    r
}

fn corrupt(s: &DiskStore, bytes: &[u8]) -> CorruptReason {
    corrupt_at(s, PATH, &s.entry_path(PATH), bytes)
}

/// Rewrites `bytes[at..]` and recomputes the header checksum, so only the
/// semantic check can reject the file.
fn patch_and_reseal(bytes: &mut [u8], at: usize, new: &[u8]) {
    bytes[at..at + new.len()].copy_from_slice(new);
    let prefix_end = HEADER_LEN + PATH.len();
    let sum = format::header_checksum(&bytes[..prefix_end]);
    bytes[128..136].copy_from_slice(&sum.to_le_bytes());
}

#[test]
fn truncated_at_several_lengths() {
    let td = TestDir::new("trunc");
    let s = open_store(&td);
    let (_, file) = good(&s, &pattern(300, 3));
    let path_end = HEADER_LEN + PATH.len();
    let cases = [
        (0, CorruptReason::TruncatedHeader),
        (1, CorruptReason::TruncatedHeader),
        (8, CorruptReason::TruncatedHeader),
        (60, CorruptReason::TruncatedHeader),
        (HEADER_LEN - 1, CorruptReason::TruncatedHeader),
        (HEADER_LEN, CorruptReason::TruncatedPath),
        (HEADER_LEN + 1, CorruptReason::TruncatedPath),
        (path_end - 1, CorruptReason::TruncatedPath),
        (path_end, CorruptReason::TruncatedBody),
        (path_end + 1, CorruptReason::TruncatedBody),
        (path_end + 150, CorruptReason::TruncatedBody),
        (file.len() - 1, CorruptReason::TruncatedBody),
    ];
    for (len, want) in cases {
        assert_eq!(corrupt(&s, &file[..len]), want, "truncated to {len}");
    }
    let mut longer = file.clone();
    longer.extend_from_slice(b"tail");
    assert_eq!(corrupt(&s, &longer), CorruptReason::TrailingBytes);
    // The intact file still hits.
    std::fs::write(s.entry_path(PATH), &file).unwrap();
    expect_hit(&s, PATH, MTIME, SIZE, &pattern(300, 3));
}

#[test]
fn zero_filled() {
    let td = TestDir::new("zero");
    let s = open_store(&td);
    let (_, file) = good(&s, &pattern(200, 1));
    assert_eq!(corrupt(&s, &vec![0u8; file.len()]), CorruptReason::BadMagic);
    // Zeroed only after the header (a torn write after a power loss).
    let mut torn = file.clone();
    torn[HEADER_LEN..].fill(0);
    assert_eq!(corrupt(&s, &torn), CorruptReason::HeaderChecksum);
    let mut torn_body = file.clone();
    torn_body[HEADER_LEN + PATH.len()..].fill(0);
    assert_eq!(corrupt(&s, &torn_body), CorruptReason::BodyChecksum);
}

#[test]
fn every_byte_flipped_exhaustively() {
    let td = TestDir::new("flip");
    let s = open_store(&td);
    let body = pattern(24, 9);
    let (_, file) = good(&s, &body);
    assert_eq!(file.len(), HEADER_LEN + PATH.len() + 24);
    let body_at = HEADER_LEN + PATH.len();
    let mut seen = std::collections::BTreeSet::new();
    for i in 0..file.len() {
        for mask in [0x01u8, 0x80, 0xFF] {
            let mut f = file.clone();
            f[i] ^= mask;
            let r = corrupt(&s, &f);
            if i >= body_at {
                assert_eq!(r, CorruptReason::BodyChecksum, "byte {i}");
            }
            seen.insert(r.as_str());
        }
    }
    // The named checks each fired somewhere in the sweep.
    for want in [
        CorruptReason::BadMagic,
        CorruptReason::BadVersion,
        CorruptReason::BadHeaderLen,
        CorruptReason::BadReserved,
        CorruptReason::HeaderChecksum,
        CorruptReason::BodyChecksum,
    ] {
        assert!(seen.contains(want.as_str()), "{want} never reported");
    }
    std::fs::write(s.entry_path(PATH), &file).unwrap();
    expect_hit(&s, PATH, MTIME, SIZE, &body);
}

#[test]
fn resealed_header_fields_still_rejected() {
    let td = TestDir::new("reseal");
    let s = open_store(&td);
    let (_, file) = good(&s, b"body bytes");
    let next = (format::FORMAT_VERSION + 1).to_le_bytes();
    // Version 1 files keyed by the later of mtime and ctime, unstamped.
    let v1 = 1u32.to_le_bytes();
    let cases: [(usize, &[u8], CorruptReason); 5] = [
        (8, &next, CorruptReason::BadVersion),
        (8, &v1, CorruptReason::BadVersion),
        (12, &200u32.to_le_bytes(), CorruptReason::BadHeaderLen),
        (108, &1u32.to_le_bytes(), CorruptReason::BadReserved),
        (120, &0u64.to_le_bytes(), CorruptReason::BodyChecksum),
    ];
    for (at, new, want) in cases {
        let mut f = file.clone();
        patch_and_reseal(&mut f, at, new);
        assert_eq!(corrupt(&s, &f), want, "field at {at}");
    }
}

#[test]
fn foreign_build_tag_rejected() {
    let td = TestDir::new("foreign");
    let s = open_store(&td);
    let (_, file) = good(&s, b"compiled for another build");
    // Header rewritten to another tag with a valid checksum, left in our dir.
    let mut f = file.clone();
    let mut tag = [0u8; 64];
    tag[..8].copy_from_slice(b"deadbeef");
    patch_and_reseal(&mut f, 16, &tag);
    assert_eq!(corrupt(&s, &f), CorruptReason::ForeignBuild);
    // Our untouched file copied into another build's directory.
    let other = DiskStore::open(&cfg(&td.cache(), "deadbeef")).unwrap();
    assert_eq!(
        corrupt_at(&other, PATH, &other.entry_path(PATH), &file),
        CorruptReason::ForeignBuild
    );
}

#[test]
fn wrong_stored_path_rejected() {
    let td = TestDir::new("collide");
    let s = open_store(&td);
    let (_, file_a) = good(&s, b"script A");
    // A hash collision, simulated: A's file under B's name.
    let b = "/srv/app/other.php";
    assert_eq!(
        corrupt_at(&s, b, &s.entry_path(b), &file_a),
        CorruptReason::PathMismatch
    );
    // Same length path, different bytes.
    let c = "/srv/app/indeX.php";
    assert_eq!(
        corrupt_at(&s, c, &s.entry_path(c), &file_a),
        CorruptReason::PathMismatch
    );
}
