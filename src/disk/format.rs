//! Byte layout of one disk-cache file and its validation.
//!
//! Owns: the header layout, its encoding, and every check that can be made on
//! the bytes of a file. Must not know: directories, file descriptors, or what
//! the body means (a compiled-script blob, maybe LZ4-compressed by the caller).
//!
//! Layout (integers little-endian; offsets in bytes):
//! ```text
//!   0  magic        [u8; 8]   b"KILNDSK1"
//!   8  version      u32       FORMAT_VERSION
//!  12  header_len   u32       HEADER_LEN (136)
//!  16  build_tag    [u8; 64]  ASCII tag, zero-padded
//!  80  mtime_ns     i64       source script mtime, ns (the caller's version key)
//!  88  size         u64       source script size
//!  96  flags        u32       opaque to the store
//! 100  raw_len      u32       opaque to the store
//! 104  path_len     u32       length of the real path after the header
//! 108  reserved     u32       zero
//! 112  body_len     u64       length of the body after the path
//! 120  body_xxh3    u64       xxh3-64 of the body
//! 128  header_xxh3  u64       xxh3-64 of bytes 0..136 (this field zeroed) ++ path
//! 136  path         [u8; path_len]
//!      body         [u8; body_len]
//! ```
//!
//! Invariants:
//! - A file is accepted only if `HEADER_LEN + path_len + body_len` equals its
//!   length exactly, the header checksum matches, and the tag is the reader's.
//! - Parsing reads integers out of the slice with bounds-checked copies; no
//!   untrusted byte is ever reinterpreted as a reference.
//! - `Header` is `#[repr(C)]` without implicit padding; the offsets above are
//!   `offset_of!` values and are pinned by const asserts.
#![forbid(unsafe_code)]

use std::fmt;
use std::mem::{offset_of, size_of};

use xxhash_rust::xxh3::Xxh3Default;

/// First eight bytes of every entry file.
pub(crate) const MAGIC: [u8; 8] = *b"KILNDSK1";
/// Bumped on any incompatible layout change, or change of what the fields
/// mean to the caller. 2: `mtime_ns` is the plain mtime (was the later of
/// mtime and ctime) and bodies end in the hook's source stamp.
pub(crate) const FORMAT_VERSION: u32 = 2;
/// Fixed width of the build tag field.
pub(crate) const TAG_LEN: usize = 64;
/// Longest real path accepted (PHP's MAXPATHLEN is 4096; keep headroom).
pub(crate) const MAX_PATH_LEN: usize = 64 * 1024;

/// The fixed header, decoded. Field order and sizes are the on-disk layout.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Header {
    pub magic: [u8; 8],
    pub version: u32,
    pub header_len: u32,
    pub build_tag: [u8; TAG_LEN],
    pub mtime_ns: i64,
    pub size: u64,
    pub flags: u32,
    pub raw_len: u32,
    pub path_len: u32,
    pub reserved: u32,
    pub body_len: u64,
    pub body_xxh3: u64,
    pub header_xxh3: u64,
}

/// Size of the fixed header in bytes.
pub(crate) const HEADER_LEN: usize = size_of::<Header>();

/// Byte offsets of the header fields.
mod off {
    use super::{offset_of, Header};
    pub const MAGIC: usize = offset_of!(Header, magic);
    pub const VERSION: usize = offset_of!(Header, version);
    pub const HEADER_LEN: usize = offset_of!(Header, header_len);
    pub const BUILD_TAG: usize = offset_of!(Header, build_tag);
    pub const MTIME_NS: usize = offset_of!(Header, mtime_ns);
    pub const SIZE: usize = offset_of!(Header, size);
    pub const FLAGS: usize = offset_of!(Header, flags);
    pub const RAW_LEN: usize = offset_of!(Header, raw_len);
    pub const PATH_LEN: usize = offset_of!(Header, path_len);
    pub const RESERVED: usize = offset_of!(Header, reserved);
    pub const BODY_LEN: usize = offset_of!(Header, body_len);
    pub const BODY_XXH3: usize = offset_of!(Header, body_xxh3);
    pub const HEADER_XXH3: usize = offset_of!(Header, header_xxh3);
}

// The layout documented above, pinned.
const _: () = assert!(HEADER_LEN == 136);
const _: () = assert!(8 + 4 + 4 + TAG_LEN + 8 + 8 + 4 + 4 + 4 + 4 + 8 + 8 + 8 == HEADER_LEN);
const _: () = assert!(off::MAGIC == 0 && off::VERSION == 8 && off::HEADER_LEN == 12);
const _: () = assert!(off::BUILD_TAG == 16 && off::MTIME_NS == 80 && off::SIZE == 88);
const _: () = assert!(off::FLAGS == 96 && off::RAW_LEN == 100 && off::PATH_LEN == 104);
const _: () = assert!(off::RESERVED == 108 && off::BODY_LEN == 112);
const _: () = assert!(off::BODY_XXH3 == 120 && off::HEADER_XXH3 == 128);

/// Why an entry file was rejected. Every variant makes the store unlink the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CorruptReason {
    /// The entry path is a symbolic link.
    Symlink,
    /// The entry path is not a regular file (directory, FIFO, device, ...).
    NotRegular,
    /// The file is owned by another user.
    NotOwned,
    /// Shorter than the fixed header.
    TruncatedHeader,
    /// Wrong magic bytes.
    BadMagic,
    /// Unknown format version.
    BadVersion,
    /// `header_len` is not this format's header size.
    BadHeaderLen,
    /// The reserved field is not zero.
    BadReserved,
    /// `path_len` exceeds the limit.
    PathTooLong,
    /// The file ends inside the path.
    TruncatedPath,
    /// The file ends inside the body.
    TruncatedBody,
    /// Bytes after the body.
    TrailingBytes,
    /// Header checksum mismatch.
    HeaderChecksum,
    /// Written by another PHP build / Kiln format.
    ForeignBuild,
    /// The stored real path is not the requested one (hash collision or a
    /// misplaced file).
    PathMismatch,
    /// Body checksum mismatch.
    BodyChecksum,
}

impl CorruptReason {
    /// Short stable name, for logs and counters.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Symlink => "entry is a symlink",
            Self::NotRegular => "entry is not a regular file",
            Self::NotOwned => "entry not owned by the current user",
            Self::TruncatedHeader => "truncated header",
            Self::BadMagic => "bad magic",
            Self::BadVersion => "unsupported format version",
            Self::BadHeaderLen => "bad header length",
            Self::BadReserved => "reserved field not zero",
            Self::PathTooLong => "stored path too long",
            Self::TruncatedPath => "truncated path",
            Self::TruncatedBody => "truncated body",
            Self::TrailingBytes => "trailing bytes after body",
            Self::HeaderChecksum => "header checksum mismatch",
            Self::ForeignBuild => "foreign build tag",
            Self::PathMismatch => "stored path differs",
            Self::BodyChecksum => "body checksum mismatch",
        }
    }
}

impl fmt::Display for CorruptReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A validated build tag: 1..=64 bytes of `[0-9A-Za-z_-]`, zero-padded.
///
/// The character set keeps the tag safe as a single path component.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tag {
    bytes: [u8; TAG_LEN],
}

impl Tag {
    pub(crate) fn new(tag: &str) -> Result<Tag, &'static str> {
        if tag.is_empty() {
            return Err("build tag is empty");
        }
        if tag.len() > TAG_LEN {
            return Err("build tag is longer than 64 bytes");
        }
        if !tag
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return Err("build tag must contain only [0-9A-Za-z_-]");
        }
        let mut bytes = [0u8; TAG_LEN];
        bytes[..tag.len()].copy_from_slice(tag.as_bytes());
        Ok(Tag { bytes })
    }

    pub(crate) fn as_bytes(&self) -> &[u8; TAG_LEN] {
        &self.bytes
    }
}

impl fmt::Debug for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let end = self.bytes.iter().position(|&b| b == 0).unwrap_or(TAG_LEN);
        write!(f, "Tag({})", String::from_utf8_lossy(&self.bytes[..end]))
    }
}

/// The caller-supplied fields of an entry.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fields {
    pub mtime_ns: i64,
    pub size: u64,
    pub flags: u32,
    pub raw_len: u32,
}

/// Header and path of an entry, ready to be followed by the body.
///
/// Fails only if the path or body is too long for the format.
pub(crate) fn encode_prefix(
    tag: &Tag,
    path: &[u8],
    fields: &Fields,
    body_len: u64,
    body_xxh3: u64,
) -> Result<Vec<u8>, &'static str> {
    if path.len() > MAX_PATH_LEN {
        return Err("real path longer than 64 KiB");
    }
    let mut buf = Vec::with_capacity(HEADER_LEN + path.len());
    buf.resize(HEADER_LEN, 0);
    put(&mut buf, off::MAGIC, &MAGIC);
    put(&mut buf, off::VERSION, &FORMAT_VERSION.to_le_bytes());
    put(
        &mut buf,
        off::HEADER_LEN,
        &(HEADER_LEN as u32).to_le_bytes(),
    );
    put(&mut buf, off::BUILD_TAG, tag.as_bytes());
    put(&mut buf, off::MTIME_NS, &fields.mtime_ns.to_le_bytes());
    put(&mut buf, off::SIZE, &fields.size.to_le_bytes());
    put(&mut buf, off::FLAGS, &fields.flags.to_le_bytes());
    put(&mut buf, off::RAW_LEN, &fields.raw_len.to_le_bytes());
    put(&mut buf, off::PATH_LEN, &(path.len() as u32).to_le_bytes());
    put(&mut buf, off::BODY_LEN, &body_len.to_le_bytes());
    put(&mut buf, off::BODY_XXH3, &body_xxh3.to_le_bytes());
    buf.extend_from_slice(path);
    let sum = header_checksum(&buf);
    put(&mut buf, off::HEADER_XXH3, &sum.to_le_bytes());
    Ok(buf)
}

fn put(buf: &mut [u8], at: usize, bytes: &[u8]) {
    buf[at..at + bytes.len()].copy_from_slice(bytes);
}

/// xxh3-64 over `prefix` (header + path) with the header checksum field read as zero.
///
/// `prefix` must be at least `HEADER_LEN` long (callers check).
pub(crate) fn header_checksum(prefix: &[u8]) -> u64 {
    let mut h = Xxh3Default::new();
    h.update(&prefix[..off::HEADER_XXH3]);
    h.update(&[0u8; 8]);
    h.update(&prefix[off::HEADER_XXH3 + 8..]);
    h.digest()
}

fn array<const N: usize>(bytes: &[u8], at: usize) -> Result<[u8; N], CorruptReason> {
    bytes
        .get(at..at + N)
        .and_then(|s| s.try_into().ok())
        .ok_or(CorruptReason::TruncatedHeader)
}

fn le_u32(bytes: &[u8], at: usize) -> Result<u32, CorruptReason> {
    array(bytes, at).map(u32::from_le_bytes)
}

fn le_u64(bytes: &[u8], at: usize) -> Result<u64, CorruptReason> {
    array(bytes, at).map(u64::from_le_bytes)
}

/// Decodes the fixed header and checks the fields that need no other input:
/// magic, version, header length, reserved.
pub(crate) fn parse_header(bytes: &[u8]) -> Result<Header, CorruptReason> {
    if bytes.len() < HEADER_LEN {
        return Err(CorruptReason::TruncatedHeader);
    }
    let h = Header {
        magic: array(bytes, off::MAGIC)?,
        version: le_u32(bytes, off::VERSION)?,
        header_len: le_u32(bytes, off::HEADER_LEN)?,
        build_tag: array(bytes, off::BUILD_TAG)?,
        mtime_ns: array(bytes, off::MTIME_NS).map(i64::from_le_bytes)?,
        size: le_u64(bytes, off::SIZE)?,
        flags: le_u32(bytes, off::FLAGS)?,
        raw_len: le_u32(bytes, off::RAW_LEN)?,
        path_len: le_u32(bytes, off::PATH_LEN)?,
        reserved: le_u32(bytes, off::RESERVED)?,
        body_len: le_u64(bytes, off::BODY_LEN)?,
        body_xxh3: le_u64(bytes, off::BODY_XXH3)?,
        header_xxh3: le_u64(bytes, off::HEADER_XXH3)?,
    };
    if h.magic != MAGIC {
        return Err(CorruptReason::BadMagic);
    }
    if h.version != FORMAT_VERSION {
        return Err(CorruptReason::BadVersion);
    }
    if h.header_len as usize != HEADER_LEN {
        return Err(CorruptReason::BadHeaderLen);
    }
    if h.reserved != 0 {
        return Err(CorruptReason::BadReserved);
    }
    Ok(h)
}

/// Validates header + path against the file length and the reader's tag.
///
/// `bytes` starts at offset 0 of the file and holds at least the header and
/// the path (it may hold the whole file). Checks, in order: header fields,
/// path length, lengths vs `file_len`, header checksum, build tag. Returns the
/// header and the stored path. The body checksum is the caller's job (it
/// hashes its own copy of the body).
pub(crate) fn check_prefix<'a>(
    bytes: &'a [u8],
    file_len: u64,
    tag: &Tag,
) -> Result<(Header, &'a [u8]), CorruptReason> {
    let h = parse_header(bytes)?;
    let path_len = h.path_len as usize;
    if path_len > MAX_PATH_LEN {
        return Err(CorruptReason::PathTooLong);
    }
    let path_end = HEADER_LEN + path_len;
    if path_end as u64 > file_len {
        return Err(CorruptReason::TruncatedPath);
    }
    match (path_end as u64).checked_add(h.body_len) {
        Some(total) if total == file_len => {}
        Some(total) if total < file_len => return Err(CorruptReason::TrailingBytes),
        _ => return Err(CorruptReason::TruncatedBody),
    }
    let prefix = bytes.get(..path_end).ok_or(CorruptReason::TruncatedPath)?;
    if header_checksum(prefix) != h.header_xxh3 {
        return Err(CorruptReason::HeaderChecksum);
    }
    if &h.build_tag != tag.as_bytes() {
        return Err(CorruptReason::ForeignBuild);
    }
    Ok((h, &prefix[HEADER_LEN..]))
}

/// A whole entry file whose header, lengths and tag have been checked.
#[derive(Debug)]
pub(crate) struct Parsed<'a> {
    pub header: Header,
    pub path: &'a [u8],
    pub body: &'a [u8],
}

/// Validates a whole file image (everything but the body checksum).
pub(crate) fn parse_entry<'a>(bytes: &'a [u8], tag: &Tag) -> Result<Parsed<'a>, CorruptReason> {
    let (header, path) = check_prefix(bytes, bytes.len() as u64, tag)?;
    let body = &bytes[HEADER_LEN + path.len()..];
    Ok(Parsed { header, path, body })
}

#[cfg(test)]
mod tests {
    use super::*;
    use xxhash_rust::xxh3::xxh3_64;

    fn sample(tag: &Tag, path: &[u8], body: &[u8]) -> Vec<u8> {
        let f = Fields {
            mtime_ns: 1_700_000_000_123_456_789,
            size: 4242,
            flags: 0xA5,
            raw_len: 77,
        };
        let mut v = encode_prefix(tag, path, &f, body.len() as u64, xxh3_64(body)).unwrap();
        v.extend_from_slice(body);
        v
    }

    #[test]
    fn encode_parse_roundtrip() {
        let tag = Tag::new("abc123").unwrap();
        let file = sample(&tag, b"/srv/x.php", b"hello body");
        assert_eq!(file.len(), HEADER_LEN + 10 + 10);
        assert_eq!(&file[..8], b"KILNDSK1");
        let p = parse_entry(&file, &tag).unwrap();
        assert_eq!(p.path, b"/srv/x.php");
        assert_eq!(p.body, b"hello body");
        assert_eq!(p.header.mtime_ns, 1_700_000_000_123_456_789);
        assert_eq!(p.header.size, 4242);
        assert_eq!(p.header.flags, 0xA5);
        assert_eq!(p.header.raw_len, 77);
        assert_eq!(p.header.body_xxh3, xxh3_64(b"hello body"));
    }

    #[test]
    fn tag_validation() {
        assert!(Tag::new("").is_err());
        assert!(Tag::new(&"a".repeat(65)).is_err());
        assert!(Tag::new(&"a".repeat(64)).is_ok());
        for bad in ["a/b", "..", ".", "a b", "a\0b", "é"] {
            assert!(Tag::new(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn every_single_byte_flip_is_rejected_or_body_checked() {
        let tag = Tag::new("t1").unwrap();
        let file = sample(&tag, b"/a.php", b"0123456789abcdef");
        let body_at = file.len() - 16;
        for i in 0..file.len() {
            let mut f = file.clone();
            f[i] ^= 0x01;
            match parse_entry(&f, &tag) {
                // Only a body flip may pass the header checks; its checksum then fails.
                Ok(p) => {
                    assert!(i >= body_at, "flip at {i} accepted");
                    assert_ne!(xxh3_64(p.body), p.header.body_xxh3);
                }
                Err(_) => assert!(i < body_at, "body flip at {i} rejected early"),
            }
        }
    }

    #[test]
    fn named_reasons() {
        let tag = Tag::new("t1").unwrap();
        let file = sample(&tag, b"/a.php", b"body");
        let r = |f: &[u8]| parse_entry(f, &tag).unwrap_err();
        assert_eq!(r(&file[..10]), CorruptReason::TruncatedHeader);
        assert_eq!(r(&file[..HEADER_LEN + 2]), CorruptReason::TruncatedPath);
        assert_eq!(r(&file[..file.len() - 1]), CorruptReason::TruncatedBody);
        let mut long = file.clone();
        long.push(0);
        assert_eq!(r(&long), CorruptReason::TrailingBytes);
        assert_eq!(r(&vec![0u8; file.len()]), CorruptReason::BadMagic);
        let other = Tag::new("t2").unwrap();
        assert_eq!(
            parse_entry(&file, &other).unwrap_err(),
            CorruptReason::ForeignBuild
        );
        let mut huge = file.clone();
        huge[off::PATH_LEN..off::PATH_LEN + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(r(&huge), CorruptReason::PathTooLong);
        let mut big_body = file.clone();
        big_body[off::BODY_LEN..off::BODY_LEN + 8].copy_from_slice(&u64::MAX.to_le_bytes());
        assert_eq!(r(&big_body), CorruptReason::TruncatedBody);
    }
}
