//! The arena's guard against process-local pointers: before an image or a
//! linked class is published, every aligned 8-byte word of it is
//! classified against this process's memory map. A word that points into
//! memory other processes of the family do not share at the same address
//! makes it unpublishable (it is used privately and counted as refused).
//! Allowed targets are the arena itself, file-backed mappings (the PHP
//! binary, extensions and libraries: opcode handlers, the engine's static
//! tables), and memory the process inherited from the family's parent:
//! the heap and anonymous mappings as they were when the process attached
//! (internal classes and functions, permanent interned strings made at
//! startup) — minus this process's own private images and linked-class
//! blocks, which may have been allocated into inherited heap holes.
//!
//! Strings, integers and doubles do not look like pointers into a mapped
//! range (ASCII bytes and IEEE exponents put them far outside the
//! canonical user range), so the scan has no false positives in practice.
//! It reads `/proc/self/maps` and walks the whole image, so it runs in
//! debug builds always and in release builds when `KILN_ARENA_AUDIT=1` is
//! in the environment (the test suite sets it).
#![forbid(unsafe_code)]

/// One mapping of the process: `[lo, hi)` and whether fork shares it at
/// the same address with identical contents for the family.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Region {
    pub lo: usize,
    pub hi: usize,
    pub shared: bool,
    pub what: String,
}

/// Parses `/proc/self/maps` text. File-backed mappings count as shared;
/// `[heap]`, `[stack]` and anonymous ones do not.
pub fn parse_maps(text: &str) -> Vec<Region> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut it = line.split_whitespace();
        let Some(range) = it.next() else { continue };
        let Some((lo, hi)) = range.split_once('-') else {
            continue;
        };
        let (Ok(lo), Ok(hi)) = (usize::from_str_radix(lo, 16), usize::from_str_radix(hi, 16))
        else {
            continue;
        };
        let path = it.nth(4).unwrap_or("");
        let shared = path.starts_with('/') && !path.starts_with("/dev/zero");
        out.push(Region {
            lo,
            hi,
            shared,
            what: if path.is_empty() {
                "anonymous".into()
            } else {
                path.into()
            },
        });
    }
    out.sort_by_key(|r| r.lo);
    out
}

/// A word of the image that points where it must not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Byte offset of the word in the image.
    pub at: usize,
    pub value: usize,
    pub region: String,
}

/// What else the scan allows: ranges inherited before the process
/// attached, and a test for this process's own private memory.
pub struct Allow<'a> {
    pub inherited: &'a [(usize, usize)],
    pub private: &'a dyn Fn(usize) -> bool,
}

impl Allow<'_> {
    fn allows(&self, v: usize) -> bool {
        self.inherited.iter().any(|&(lo, hi)| v >= lo && v < hi) && !(self.private)(v)
    }
}

/// The non-file mappings of `regions`: what a process inherited at attach.
pub fn inherited(regions: &[Region]) -> Vec<(usize, usize)> {
    regions
        .iter()
        .filter(|r| !r.shared && r.what != "[stack]")
        .map(|r| (r.lo, r.hi))
        .collect()
}

/// This process's memory map now.
pub fn regions_now() -> Vec<Region> {
    std::fs::read_to_string("/proc/self/maps")
        .map(|m| parse_maps(&m))
        .unwrap_or_default()
}

/// Scans `words` (the image as 8-byte words). `arena` is the arena's
/// range, always allowed.
pub fn scan(
    words: &[u64],
    arena: (usize, usize),
    regions: &[Region],
    allow: &Allow,
) -> Vec<Finding> {
    let mut found = Vec::new();
    for (i, &w) in words.iter().enumerate() {
        let v = w as usize;
        if v < 4096 || v >> 47 != 0 || (v >= arena.0 && v < arena.1) {
            continue;
        }
        let k = regions.partition_point(|r| r.lo <= v);
        if k == 0 {
            continue;
        }
        let r = &regions[k - 1];
        if v < r.hi && !r.shared && !allow.allows(v) {
            found.push(Finding {
                at: i * 8,
                value: v,
                region: r.what.clone(),
            });
        }
    }
    found
}

/// Whether images are audited in this process.
pub fn enabled() -> bool {
    cfg!(debug_assertions) || std::env::var_os("KILN_ARENA_AUDIT").is_some_and(|v| v == "1")
}

/// Audits `image` (the bytes of a built image) against this process's
/// memory map.
pub fn audit(image: &[u8], arena: (usize, usize), allow: &Allow) -> Vec<Finding> {
    let regions = regions_now();
    let words: Vec<u64> = image
        .chunks_exact(8)
        .map(|c| u64::from_le_bytes(c.try_into().unwrap_or_default()))
        .collect();
    scan(&words, arena, &regions, allow)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAPS: &str = "\
555555554000-555555600000 r-xp 00000000 08:01 131 /usr/bin/php8.2
555555600000-555555700000 rw-p 000ac000 08:01 131 /usr/bin/php8.2
555555700000-555555800000 rw-p 00000000 00:00 0 
555555800000-555555900000 rw-p 00000000 00:00 0                          [heap]
7f0000000000-7f0010000000 r--s 00001000 00:19 77 /dev/shm/kiln-arena.0.1.2
7f0010000000-7f0010100000 rw-p 00000000 00:00 0 
7ffffffde000-7ffffffff000 rw-p 00000000 00:00 0                          [stack]
";

    #[test]
    fn process_local_pointers_are_found() {
        let r = parse_maps(MAPS);
        assert_eq!(r.len(), 7);
        let arena = (0x7f00_0000_0000, 0x7f00_1000_0000);
        let words = [
            0x5555_5555_5000u64,   // handler in the binary: fine
            0x7f00_0000_2000,      // inside the arena: fine
            42,                    // a number
            0x6f6c_6c65_6820,      // "hello" as text... in no mapping
            0x4009_21fb_5444_2d18, // pi
            0x5555_5580_0010,      // the heap: per process
            0x7f00_1000_0040,      // an anonymous private mapping
            0x7fff_ffff_e100,      // the stack
            0x5555_5570_0008,      // the binary's bss (anonymous)
        ];
        let none = Allow {
            inherited: &[],
            private: &|_| false,
        };
        let f = scan(&words, arena, &r, &none);
        let at: Vec<usize> = f.iter().map(|f| f.at / 8).collect();
        assert_eq!(at, vec![5, 6, 7, 8]);
        assert_eq!(f[0].region, "[heap]");
        // Inherited from the parent (startup's heap): allowed, except what
        // this process itself keeps privately there.
        let inh = [(0x5555_5580_0000, 0x5555_5580_1000)];
        let f = scan(
            &words,
            arena,
            &r,
            &Allow {
                inherited: &inh,
                private: &|_| false,
            },
        );
        assert_eq!(
            f.iter().map(|f| f.at / 8).collect::<Vec<_>>(),
            vec![6, 7, 8]
        );
        let mine = |v: usize| v == 0x5555_5580_0010;
        let f = scan(
            &words,
            arena,
            &r,
            &Allow {
                inherited: &inh,
                private: &mine,
            },
        );
        assert_eq!(
            f.iter().map(|f| f.at / 8).collect::<Vec<_>>(),
            vec![5, 6, 7, 8]
        );
    }

    #[test]
    fn this_process_heap_is_caught() {
        let boxed = Box::new(7u64);
        let p = &*boxed as *const u64 as u64;
        let image: Vec<u8> = [0u64, p, 1].iter().flat_map(|w| w.to_le_bytes()).collect();
        let none = Allow {
            inherited: &[],
            private: &|_| false,
        };
        let f = audit(&image, (0, 0), &none);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].at, 8);
        // The same pointer inside the allowed range passes.
        assert!(audit(&image, (p as usize, p as usize + 8), &none).is_empty());
    }
}
