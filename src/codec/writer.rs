//! The blob builder: a growing image with relocation and handler tables and
//! the dedupe maps that keep shared objects shared. Pure Rust; knows nothing
//! about the engine beyond the sizes of the things it is told to write.

use super::format::{self, HEADER_SIZE};
use std::collections::HashMap;

/// Largest image the format can address (offsets are u32).
pub const MAX_IMAGE: usize = u32::MAX as usize - 64;

pub struct Writer {
    buf: Vec<u8>,
    relocs: Vec<u32>,
    handlers: Vec<u32>,
    opblocks: Vec<(u32, u32)>,
    /// Source object address → image offset (objects written once).
    ptrs: HashMap<usize, u32>,
    /// String content → image offset.
    strs: HashMap<Vec<u8>, u32>,
    too_big: bool,
    /// `format::FLAG_*` bits for the header.
    flags: u32,
}

impl Default for Writer {
    fn default() -> Self {
        Self::new()
    }
}

impl Writer {
    pub fn new() -> Writer {
        Writer {
            buf: vec![0u8; HEADER_SIZE],
            relocs: Vec::new(),
            handlers: Vec::new(),
            opblocks: Vec::new(),
            ptrs: HashMap::new(),
            strs: HashMap::new(),
            too_big: false,
            flags: 0,
        }
    }

    /// Current image size.
    pub fn len(&self) -> usize {
        self.buf.len()
    }

    pub fn is_empty(&self) -> bool {
        self.buf.len() <= HEADER_SIZE
    }

    /// Sets header flag bits (`format::FLAG_*`).
    pub fn set_flag(&mut self, flag: u32) {
        self.flags |= flag;
    }

    /// True once an allocation would have exceeded [`MAX_IMAGE`].
    pub fn overflowed(&self) -> bool {
        self.too_big
    }

    /// Reserves `size` zero bytes aligned to `align` (a power of two ≤ 16)
    /// and returns their offset. Never returns 0.
    pub fn alloc(&mut self, size: usize, align: usize) -> u32 {
        debug_assert!(align.is_power_of_two() && align <= 16);
        let start = (self.buf.len() + align - 1) & !(align - 1);
        let end = start + size;
        if end > MAX_IMAGE {
            self.too_big = true;
            // Keep going on a scratch offset; the result is discarded.
            return HEADER_SIZE as u32;
        }
        self.buf.resize(end, 0);
        start as u32
    }

    /// Copies `bytes` to `off`.
    pub fn put_bytes(&mut self, off: u32, bytes: &[u8]) {
        if self.too_big {
            return;
        }
        let o = off as usize;
        self.buf[o..o + bytes.len()].copy_from_slice(bytes);
    }

    pub fn put_u32(&mut self, off: u32, v: u32) {
        self.put_bytes(off, &v.to_le_bytes());
    }

    pub fn put_u64(&mut self, off: u32, v: u64) {
        self.put_bytes(off, &v.to_le_bytes());
    }

    pub fn get_u32(&self, off: u32) -> u32 {
        if self.too_big {
            return 0;
        }
        let o = off as usize;
        u32::from_le_bytes(self.buf[o..o + 4].try_into().unwrap())
    }

    pub fn get_u64(&self, off: u32) -> u64 {
        if self.too_big {
            return 0;
        }
        let o = off as usize;
        u64::from_le_bytes(self.buf[o..o + 8].try_into().unwrap())
    }

    /// Writes a pointer field at `field` that points at image offset
    /// `target` (0 = NULL: stored as 0, not relocated).
    pub fn set_ptr(&mut self, field: u32, target: u32) {
        debug_assert!(field.is_multiple_of(8), "pointer field {field} not aligned");
        self.put_u64(field, u64::from(target));
        if target != 0 {
            self.relocs.push(field);
        }
    }

    /// Like [`set_ptr`](Self::set_ptr) with an offset that may lie past the
    /// object it belongs to (`arg_info` pointing at element 1).
    pub fn set_ptr_plus(&mut self, field: u32, target: u32, plus: u32) {
        if target == 0 {
            self.set_ptr(field, 0);
        } else {
            self.set_ptr(field, target + plus);
        }
    }

    /// Records that the `zend_op` at `op` holds a serialized handler index.
    pub fn add_handler(&mut self, op: u32) {
        self.handlers.push(op);
    }

    /// Records a run of `count` `zend_op`s starting at `start`.
    pub fn add_opblock(&mut self, start: u32, count: u32) {
        if count > 0 {
            self.opblocks.push((start, count));
        }
    }

    pub fn lookup_ptr(&self, src: usize) -> Option<u32> {
        self.ptrs.get(&src).copied()
    }

    pub fn remember_ptr(&mut self, src: usize, off: u32) {
        self.ptrs.insert(src, off);
    }

    pub fn lookup_str(&self, content: &[u8]) -> Option<u32> {
        self.strs.get(content).copied()
    }

    pub fn remember_str(&mut self, content: &[u8], off: u32) {
        self.strs.insert(content.to_vec(), off);
    }

    /// Zeroes `len` bytes at `off` (struct padding copied from engine memory).
    pub fn zero(&mut self, off: u32, len: usize) {
        if self.too_big {
            return;
        }
        let o = off as usize;
        self.buf[o..o + len].fill(0);
    }

    /// The bytes at `off..off+len`, writable.
    pub fn bytes_mut(&mut self, off: u32, len: usize) -> &mut [u8] {
        if self.too_big {
            return &mut [];
        }
        let o = off as usize;
        &mut self.buf[o..o + len]
    }

    /// A view of the image written so far.
    pub fn image(&self) -> &[u8] {
        &self.buf
    }

    /// Finishes the blob. `root` is the offset of the script root record.
    pub fn finish(mut self, root: u32, root_size: u32, build_id: &[u8; 32]) -> Option<Vec<u8>> {
        if self.too_big {
            return None;
        }
        // Padding: one-past-the-end pointers stay strictly inside the image.
        let end = (self.buf.len() + 8 + 7) & !7;
        self.buf.resize(end, 0);
        self.relocs.sort_unstable();
        self.relocs.dedup();
        self.handlers.sort_unstable();
        self.opblocks.sort_unstable();
        Some(format::assemble(
            format::Parts {
                image: self.buf,
                root,
                root_size,
                relocs: &self.relocs,
                handlers: &self.handlers,
                opblocks: &self.opblocks,
                flags: self.flags,
            },
            build_id,
        ))
    }
}

/// The engine's string hash (`zend_inline_hash_func`): DJBX33A over the
/// bytes, with the top bit forced so that a hash is never zero. On x86-64
/// the engine reads the bytes as (signed) `char`, so bytes ≥ 0x80 are
/// sign-extended; the unrolled C loops are the same polynomial.
pub fn zend_hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 5381;
    for &b in bytes {
        h = h.wrapping_mul(33).wrapping_add(b as i8 as i64 as u64);
    }
    h | 0x8000_0000_0000_0000
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alloc_aligns_and_never_returns_zero() {
        let mut w = Writer::new();
        let a = w.alloc(3, 1);
        assert!(a as usize >= HEADER_SIZE);
        let b = w.alloc(8, 8);
        assert_eq!(b % 8, 0);
        let c = w.alloc(1, 16);
        assert_eq!(c % 16, 0);
        assert!(c > b);
    }

    #[test]
    fn finished_blob_verifies() {
        let mut w = Writer::new();
        let obj = w.alloc(64, 8);
        let other = w.alloc(16, 8);
        w.set_ptr(obj, other);
        w.set_ptr(obj + 8, 0);
        let ops = w.alloc(64, 8);
        w.add_opblock(ops, 2);
        w.add_handler(ops);
        w.add_handler(ops + 32);
        let id = [3u8; 32];
        let blob = w.finish(obj, 64, &id).unwrap();
        let l = format::verify(&blob, &id).unwrap();
        assert_eq!(l.relocs(&blob).collect::<Vec<_>>(), vec![obj as usize]);
        assert_eq!(l.handlers(&blob).count(), 2);
    }

    #[test]
    fn hash_matches_engine_reference_values() {
        // zend_inline_hash_func("") = 5381 | top bit; "a" = 5381*33 + 97.
        assert_eq!(zend_hash(b""), 5381 | 0x8000_0000_0000_0000);
        assert_eq!(zend_hash(b"a"), (5381u64 * 33 + 97) | 0x8000_0000_0000_0000);
        // signed char: 0xff counts as -1
        assert_eq!(
            zend_hash(&[0xff]),
            (5381u64 * 33 - 1) | 0x8000_0000_0000_0000
        );
    }
}
