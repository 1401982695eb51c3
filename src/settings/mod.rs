//! Kiln's INI settings: one table of every `kiln.*` directive (name, default,
//! meaning), and their parsing into a typed [`Settings`] snapshot.
//!
//! Parsing never fails: a bad value yields a [`Problem`] (directive, value,
//! reason, what is used instead) and the safe default. The module layer turns
//! problems into one startup warning each. Components receive the typed
//! snapshot and never read INI themselves.
#![forbid(unsafe_code)]

pub mod parse;

use parse::{bool_value, format_size, glob_list, seconds_value, size_value};

/// One `kiln.*` directive: its name, default and one-line meaning. The
/// sample `ini/kiln.ini` and the README table are checked against this table
/// by tests.
pub struct Directive {
    pub name: &'static str,
    pub default: &'static str,
    pub doc: &'static str,
}

/// Every directive Kiln registers, in the order phpinfo() shows them.
pub const DIRECTIVES: &[Directive] = &[
    Directive { name: "kiln.enable", default: "1", doc: "Master switch: 0 leaves compilation entirely to PHP." },
    Directive { name: "kiln.enable_cli", default: "1", doc: "Cache in the CLI SAPI too (CLI processes share the segment with FPM workers of the same user)." },
    Directive { name: "kiln.shm_size", default: "64M", doc: "Size of the shared-memory segment (K/M/G suffixes)." },
    Directive { name: "kiln.shm_max", default: "2M", doc: "Largest entry kept in shared memory; larger ones go to the disk tier." },
    Directive { name: "kiln.shm_only", default: "0", doc: "1: never use the disk tier." },
    Directive { name: "kiln.cache_dir", default: "", doc: "Disk tier directory; empty: kiln-<uid> under sys_temp_dir (or the system temp dir)." },
    Directive { name: "kiln.compress", default: "1", doc: "Store entries LZ4-compressed when that saves space." },
    Directive { name: "kiln.check_mtime", default: "1", doc: "Check each script's mtime and size; 0: never stat (deploys must reset or invalidate)." },
    Directive { name: "kiln.revalidate_freq", default: "2", doc: "Seconds between two checks of the same script's mtime." },
    Directive { name: "kiln.file_update_protection", default: "2", doc: "Never cache a file modified less than this many seconds ago." },
    Directive { name: "kiln.shm_name", default: "", doc: "Segment name; empty: derived from the user and the PHP build (/kiln.<uid>.<build>)." },
    Directive { name: "kiln.max_file_size", default: "0", doc: "Scripts larger than this are never cached (0: no limit)." },
    Directive { name: "kiln.filter", default: "", doc: "Path globs never cached, separated by ':' (* within a directory, ** across)." },
    Directive { name: "kiln.restrict_api", default: "", doc: "Only scripts under this path prefix may call kiln_reset()/kiln_invalidate()/...; empty: any." },
    Directive { name: "kiln.inheritance_cache", default: "1", doc: "Keep classes linked to their parents and interfaces in each process from its second request on (PHP's inheritance cache)." },
    Directive { name: "kiln.arena", default: "auto", doc: "Shared executable arena: auto = processes forked from the one that loaded Kiln (FPM workers, php-cgi children) run cached scripts in place from one shared mapping; off = private images in every process; always = also a process on its own (tests)." },
    Directive { name: "kiln.arena_size", default: "256M", doc: "Address range of the arena (two halves, one per generation); memory is taken as images are built." },
    Directive { name: "kiln.attach_only", default: "0", doc: "1: inspect the cache only (the kiln command sets it): attach the existing segment as it is (any size), never create or replace it, compile this process's own scripts without caching them." },
    Directive { name: "kiln.arena_min_generation", default: "60", doc: "Seconds a generation of the arena is kept at least: a half or slot pool that fills sooner leaves new images private instead of starting a new generation (no rebuild storm when the working set exceeds the arena); 0: start one at once." },
    Directive { name: "kiln.opcache_api", default: "0", doc: "1: also provide opcache_get_status(), opcache_get_configuration(), opcache_reset(), opcache_invalidate(), opcache_compile_file() and opcache_is_script_cached() with OPcache's array shapes from Kiln's figures (only when Zend OPcache is not loaded)." },
    Directive { name: "kiln.verify_roundtrip", default: "0", doc: "Debug: encode and decode every compiled script and run the decoded copy." },
];

/// A typed, validated snapshot of the `kiln.*` settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub enable: bool,
    pub enable_cli: bool,
    /// Attach the existing segment only (the `kiln` command).
    pub attach_only: bool,
    /// Register the OPcache-compatible functions.
    pub opcache_api: bool,
    pub shm_size: u64,
    pub shm_max: u64,
    pub shm_only: bool,
    /// Empty: the default directory is chosen at activation.
    pub cache_dir: String,
    pub compress: bool,
    pub check_mtime: bool,
    pub revalidate_freq: u64,
    pub file_update_protection: u64,
    /// Empty: the default name is derived at activation.
    pub shm_name: String,
    pub max_file_size: u64,
    pub filter: Vec<String>,
    pub restrict_api: String,
    pub verify_roundtrip: bool,
    pub inheritance_cache: bool,
    pub arena: ArenaMode,
    pub arena_size: u64,
    /// Seconds a generation is kept before a full half may flip it.
    pub arena_min_generation: u64,
}

/// `kiln.arena`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArenaMode {
    /// Forked children of the process that loaded Kiln.
    Auto,
    Off,
    /// Also the process that loaded Kiln (a lone CLI or php-cgi: tests).
    Always,
}

/// Smallest and largest `kiln.arena_size`.
pub const MIN_ARENA_SIZE: u64 = 8 << 20;
pub const MAX_ARENA_SIZE: u64 = 64 << 30;

/// Smallest segment Kiln accepts; below this the header and index leave no room.
pub const MIN_SHM_SIZE: u64 = 1 << 20;
/// Largest segment Kiln accepts (a larger one is almost surely a typo).
pub const MAX_SHM_SIZE: u64 = 64 << 30;

/// A directive whose value was not usable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub directive: &'static str,
    pub value: String,
    pub reason: String,
    pub using: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Kiln: invalid value '{}' for {} ({}); using {}",
            self.value, self.directive, self.reason, self.using
        )
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings::load(|_| None).0
    }
}

impl Settings {
    /// Builds the snapshot from a lookup of the current values (None: the
    /// directive is not registered, its default applies).
    pub fn load(get: impl Fn(&str) -> Option<String>) -> (Settings, Vec<Problem>) {
        let mut problems = Vec::new();
        let raw = |name: &'static str| -> String {
            get(name).unwrap_or_else(|| {
                DIRECTIVES
                    .iter()
                    .find(|d| d.name == name)
                    .map(|d| d.default.to_string())
                    .unwrap_or_default()
            })
        };
        let default_of = |name: &'static str| {
            DIRECTIVES
                .iter()
                .find(|d| d.name == name)
                .map(|d| d.default)
                .unwrap_or("")
        };

        // A directive parsed by `parse`, its default on a bad value.
        fn typed<T: Default>(
            name: &'static str,
            v: String,
            d: &'static str,
            parse: fn(&str) -> Result<T, String>,
            problems: &mut Vec<Problem>,
        ) -> T {
            parse(&v).unwrap_or_else(|reason| {
                problems.push(Problem {
                    directive: name,
                    value: v,
                    reason,
                    using: d.to_string(),
                });
                parse(d).unwrap_or_default()
            })
        }
        let boolean = |name: &'static str, problems: &mut Vec<Problem>| -> bool {
            typed(name, raw(name), default_of(name), bool_value, problems)
        };
        let enable = boolean("kiln.enable", &mut problems);
        let enable_cli = boolean("kiln.enable_cli", &mut problems);
        let shm_only = boolean("kiln.shm_only", &mut problems);
        let compress = boolean("kiln.compress", &mut problems);
        let check_mtime = boolean("kiln.check_mtime", &mut problems);
        let verify_roundtrip = boolean("kiln.verify_roundtrip", &mut problems);
        let inheritance_cache = boolean("kiln.inheritance_cache", &mut problems);
        let attach_only = boolean("kiln.attach_only", &mut problems);
        let opcache_api = boolean("kiln.opcache_api", &mut problems);

        let size = |name: &'static str, min: u64, max: u64, problems: &mut Vec<Problem>| -> u64 {
            let v = raw(name);
            let d = size_value(default_of(name)).unwrap_or(0);
            match size_value(&v) {
                Ok(n) if n != 0 && n < min => {
                    problems.push(Problem {
                        directive: name,
                        value: v,
                        reason: format!("smaller than the minimum {}", format_size(min)),
                        using: format_size(d),
                    });
                    d
                }
                Ok(n) if n > max => {
                    problems.push(Problem {
                        directive: name,
                        value: v,
                        reason: format!("larger than the maximum {}", format_size(max)),
                        using: format_size(d),
                    });
                    d
                }
                Ok(n) => n,
                Err(reason) => {
                    problems.push(Problem {
                        directive: name,
                        value: v,
                        reason,
                        using: format_size(d),
                    });
                    d
                }
            }
        };
        let mut shm_size = size("kiln.shm_size", MIN_SHM_SIZE, MAX_SHM_SIZE, &mut problems);
        if shm_size == 0 {
            problems.push(Problem {
                directive: "kiln.shm_size",
                value: "0".into(),
                reason: "a segment needs at least 1M".into(),
                using: "64M".into(),
            });
            shm_size = 64 << 20;
        }
        let mut shm_max = size("kiln.shm_max", 0, MAX_SHM_SIZE, &mut problems);
        if shm_max == 0 {
            shm_max = shm_size / 8;
        }
        let max_file_size = size("kiln.max_file_size", 0, u64::MAX, &mut problems);
        let mut arena_size = size(
            "kiln.arena_size",
            MIN_ARENA_SIZE,
            MAX_ARENA_SIZE,
            &mut problems,
        );
        if arena_size == 0 {
            arena_size = 256 << 20;
        }
        // PHP's INI parser turns off/no/false/none into "" and on/yes/true
        // into "1" before Kiln sees them.
        let arena = match raw("kiln.arena").trim().to_ascii_lowercase().as_str() {
            "auto" | "1" | "on" | "yes" | "true" => ArenaMode::Auto,
            "" | "off" | "0" | "no" | "false" | "none" => ArenaMode::Off,
            "always" => ArenaMode::Always,
            other => {
                problems.push(Problem {
                    directive: "kiln.arena",
                    value: other.to_string(),
                    reason: "use auto, off or always".into(),
                    using: "auto".into(),
                });
                ArenaMode::Auto
            }
        };

        let secs = |name: &'static str, problems: &mut Vec<Problem>| -> u64 {
            typed(name, raw(name), default_of(name), seconds_value, problems)
        };
        let revalidate_freq = secs("kiln.revalidate_freq", &mut problems);
        let file_update_protection = secs("kiln.file_update_protection", &mut problems);
        let arena_min_generation = secs("kiln.arena_min_generation", &mut problems);

        let mut shm_name = raw("kiln.shm_name").trim().to_string();
        if !shm_name.is_empty() {
            let body = shm_name.trim_start_matches('/');
            let ok = !body.is_empty()
                && body.len() <= 200
                && body
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b));
            if ok {
                shm_name = format!("/{body}");
            } else {
                problems.push(Problem {
                    directive: "kiln.shm_name",
                    value: shm_name.clone(),
                    reason: "use up to 200 letters, digits, '.', '_' or '-'".into(),
                    using: "the derived name".into(),
                });
                shm_name.clear();
            }
        }

        let cache_dir = raw("kiln.cache_dir").trim().to_string();
        let cache_dir = if !cache_dir.is_empty() && !cache_dir.starts_with('/') {
            problems.push(Problem {
                directive: "kiln.cache_dir",
                value: cache_dir.clone(),
                reason: "must be an absolute path".into(),
                using: "the default directory".into(),
            });
            String::new()
        } else {
            cache_dir.trim_end_matches('/').to_string()
        };

        let settings = Settings {
            enable,
            enable_cli,
            shm_size,
            shm_max,
            shm_only,
            cache_dir,
            compress,
            check_mtime,
            revalidate_freq,
            file_update_protection,
            shm_name,
            max_file_size,
            filter: glob_list(&raw("kiln.filter")),
            restrict_api: raw("kiln.restrict_api").trim().to_string(),
            verify_roundtrip,
            inheritance_cache,
            attach_only,
            opcache_api,
            arena,
            arena_size,
            arena_min_generation,
        };
        (settings, problems)
    }

    /// True when `path` matches one of the `kiln.filter` globs.
    pub fn is_filtered(&self, path: &str) -> bool {
        self.filter.iter().any(|g| parse::glob_match(g, path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn load(pairs: &[(&str, &str)]) -> (Settings, Vec<Problem>) {
        let m: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Settings::load(|n| m.get(n).cloned())
    }

    #[test]
    fn arena_modes() {
        assert_eq!(load(&[]).0.arena, ArenaMode::Auto);
        assert_eq!(load(&[]).0.arena_size, 256 << 20);
        // What PHP's parser hands over for off / On / a word.
        for (v, m) in [
            ("", ArenaMode::Off),
            ("0", ArenaMode::Off),
            ("1", ArenaMode::Auto),
            ("auto", ArenaMode::Auto),
            ("ALWAYS", ArenaMode::Always),
        ] {
            let (s, p) = load(&[("kiln.arena", v)]);
            assert_eq!((s.arena, p.len()), (m, 0), "{v:?}");
        }
        let (s, p) = load(&[("kiln.arena", "sometimes")]);
        assert_eq!(s.arena, ArenaMode::Auto);
        assert_eq!(p[0].directive, "kiln.arena");
        let (s, p) = load(&[("kiln.arena_size", "1M")]);
        assert_eq!(s.arena_size, 256 << 20);
        assert!(p[0].to_string().contains("minimum"));
    }

    #[test]
    fn defaults() {
        let (s, p) = load(&[]);
        assert!(p.is_empty());
        assert!(s.enable && s.enable_cli && s.compress && s.check_mtime);
        assert!(!s.shm_only && !s.verify_roundtrip);
        assert_eq!(s.shm_size, 64 << 20);
        assert_eq!(s.shm_max, 2 << 20);
        assert_eq!(s.revalidate_freq, 2);
        assert_eq!(s.file_update_protection, 2);
        assert_eq!(s.max_file_size, 0);
        assert!(s.filter.is_empty() && s.cache_dir.is_empty() && s.shm_name.is_empty());
    }

    #[test]
    fn bad_values_warn_and_default() {
        let (s, p) = load(&[("kiln.shm_size", "lots")]);
        assert_eq!(s.shm_size, 64 << 20);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].directive, "kiln.shm_size");
        assert!(p[0].to_string().contains("'lots'"), "{}", p[0]);
        assert!(p[0].to_string().contains("kiln.shm_size"));

        let (s, p) = load(&[("kiln.shm_size", "-64M")]);
        assert_eq!(s.shm_size, 64 << 20);
        assert!(p[0].reason.contains("negative"));

        let (s, p) = load(&[("kiln.shm_size", "100K")]);
        assert_eq!(s.shm_size, 64 << 20);
        assert!(p[0].reason.contains("minimum"));

        let (s, p) = load(&[("kiln.shm_size", "100G")]);
        assert_eq!(s.shm_size, 64 << 20);
        assert!(p[0].reason.contains("maximum"));

        let (s, p) = load(&[("kiln.enable", "perhaps"), ("kiln.revalidate_freq", "-1")]);
        assert!(s.enable);
        assert_eq!(s.revalidate_freq, 2);
        assert_eq!(p.len(), 2);

        let (s, p) = load(&[("kiln.cache_dir", "relative/dir")]);
        assert!(s.cache_dir.is_empty());
        assert_eq!(p.len(), 1);

        let (s, p) = load(&[("kiln.shm_name", "bad/name")]);
        assert!(s.shm_name.is_empty());
        assert_eq!(p.len(), 1);
    }

    #[test]
    fn good_values() {
        let (s, p) = load(&[
            ("kiln.shm_size", "16M"),
            ("kiln.shm_max", "0"),
            ("kiln.shm_name", "kiln-test.1"),
            ("kiln.cache_dir", "/var/cache/kiln/"),
            ("kiln.filter", "/srv/*/tmp/**:/x.php"),
            ("kiln.enable_cli", "off"),
        ]);
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(s.shm_size, 16 << 20);
        assert_eq!(s.shm_max, 2 << 20);
        assert_eq!(s.shm_name, "/kiln-test.1");
        assert_eq!(s.cache_dir, "/var/cache/kiln");
        assert!(!s.enable_cli);
        assert!(s.is_filtered("/x.php"));
        assert!(s.is_filtered("/srv/app/tmp/a/b.php"));
        assert!(!s.is_filtered("/srv/app/src/a.php"));
    }

    #[test]
    fn sample_ini_lists_every_directive() {
        let ini = include_str!("../../ini/kiln.ini");
        for d in DIRECTIVES {
            let line = format!(";{} = {}", d.name, d.default);
            let line = line.trim_end();
            assert!(
                ini.lines()
                    .any(|l| l.trim() == line || l.trim() == &line[1..]),
                "ini/kiln.ini must document {} with its default {:?}",
                d.name,
                d.default
            );
        }
    }

    #[test]
    fn readme_table_lists_every_directive() {
        let readme = include_str!("../../README.md");
        for d in DIRECTIVES {
            let shown = if d.default.is_empty() {
                "\"\""
            } else {
                d.default
            };
            let cell = format!("| `{}` | `{}` |", d.name, shown);
            assert!(
                readme.contains(&cell),
                "README.md must have a row starting {cell}"
            );
        }
    }
}
