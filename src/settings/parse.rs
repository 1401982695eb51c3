//! Parsers for INI values. Pure functions: each returns the typed value or a
//! message saying why the text is not acceptable.

/// PHP's boolean spellings: 1/0, on/off, yes/no, true/false, and "" = false.
pub fn bool_value(text: &str) -> Result<bool, String> {
    match text.trim().to_ascii_lowercase().as_str() {
        "1" | "on" | "yes" | "true" => Ok(true),
        "0" | "off" | "no" | "false" | "none" | "" => Ok(false),
        _ => Err("expected 0/1, on/off, yes/no or true/false".into()),
    }
}

/// A byte size: digits with an optional K, M or G suffix (case-insensitive,
/// optionally followed by "B"), as php.ini writes memory sizes.
pub fn size_value(text: &str) -> Result<u64, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err("empty size".into());
    }
    if t.starts_with('-') {
        return Err("a size cannot be negative".into());
    }
    let lower = t.to_ascii_lowercase();
    let body = lower.strip_suffix('b').unwrap_or(&lower);
    let (digits, mult) = match body.char_indices().last() {
        Some((i, 'k')) => (&body[..i], 1u64 << 10),
        Some((i, 'm')) => (&body[..i], 1u64 << 20),
        Some((i, 'g')) => (&body[..i], 1u64 << 30),
        _ => (body, 1),
    };
    let digits = digits.trim();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err("expected a number with an optional K, M or G suffix".into());
    }
    let n: u64 = digits.parse().map_err(|_| "number too large".to_string())?;
    n.checked_mul(mult)
        .ok_or_else(|| "number too large".to_string())
}

/// A non-negative whole number of seconds.
pub fn seconds_value(text: &str) -> Result<u64, String> {
    let t = text.trim();
    if t.starts_with('-') {
        return Err("cannot be negative".into());
    }
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err("expected a whole number of seconds".into());
    }
    t.parse().map_err(|_| "number too large".to_string())
}

/// A list of path globs separated by ':' , ',' or ';' (empty entries dropped).
pub fn glob_list(text: &str) -> Vec<String> {
    text.split([':', ',', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Shell-style glob match over a whole path: `*` matches any run of characters
/// except '/', `**` any run including '/', `?` one character except '/'.
pub fn glob_match(pattern: &str, path: &str) -> bool {
    fn rec(p: &[u8], s: &[u8]) -> bool {
        match p.first() {
            None => s.is_empty(),
            Some(b'*') if p.get(1) == Some(&b'*') => {
                let rest = &p[2..];
                (0..=s.len()).any(|i| rec(rest, &s[i..]))
            }
            Some(b'*') => {
                let rest = &p[1..];
                let mut i = 0;
                loop {
                    if rec(rest, &s[i..]) {
                        return true;
                    }
                    if i >= s.len() || s[i] == b'/' {
                        return false;
                    }
                    i += 1;
                }
            }
            Some(b'?') => !s.is_empty() && s[0] != b'/' && rec(&p[1..], &s[1..]),
            Some(&c) => s.first() == Some(&c) && rec(&p[1..], &s[1..]),
        }
    }
    rec(pattern.as_bytes(), path.as_bytes())
}

/// Formats a byte count the way php.ini would accept it back ("64M").
pub fn format_size(n: u64) -> String {
    if n >= 1 << 30 && n.is_multiple_of(1 << 30) {
        format!("{}G", n >> 30)
    } else if n >= 1 << 20 && n.is_multiple_of(1 << 20) {
        format!("{}M", n >> 20)
    } else if n >= 1 << 10 && n.is_multiple_of(1 << 10) {
        format!("{}K", n >> 10)
    } else {
        n.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bools() {
        for t in ["1", "On", "yes", "TRUE", " on "] {
            assert_eq!(bool_value(t), Ok(true), "{t}");
        }
        for t in ["0", "off", "No", "false", ""] {
            assert_eq!(bool_value(t), Ok(false), "{t}");
        }
        assert!(bool_value("maybe").is_err());
        assert!(bool_value("2").is_err());
    }

    #[test]
    fn sizes() {
        assert_eq!(size_value("64M"), Ok(64 << 20));
        assert_eq!(size_value("64m"), Ok(64 << 20));
        assert_eq!(size_value("1G"), Ok(1 << 30));
        assert_eq!(size_value("512k"), Ok(512 << 10));
        assert_eq!(size_value("512KB"), Ok(512 << 10));
        assert_eq!(size_value("1048576"), Ok(1 << 20));
        assert_eq!(size_value("0"), Ok(0));
        assert!(size_value("lots").is_err());
        assert!(size_value("-1").is_err());
        assert!(size_value("-64M").is_err());
        assert!(size_value("").is_err());
        assert!(size_value("M").is_err());
        assert!(size_value("12T").is_err());
        assert!(size_value("99999999999999999999G").is_err());
        assert!(size_value("1.5M").is_err());
    }

    #[test]
    fn seconds() {
        assert_eq!(seconds_value("2"), Ok(2));
        assert_eq!(seconds_value("0"), Ok(0));
        assert!(seconds_value("-2").is_err());
        assert!(seconds_value("soon").is_err());
    }

    #[test]
    fn globs() {
        assert_eq!(
            glob_list("/a/*.php: /b/** ,,;/c"),
            vec!["/a/*.php", "/b/**", "/c"]
        );
        assert!(glob_match("/var/www/*.php", "/var/www/index.php"));
        assert!(!glob_match("/var/www/*.php", "/var/www/sub/index.php"));
        assert!(glob_match("/var/www/**", "/var/www/sub/index.php"));
        assert!(glob_match("**/cache/*", "/srv/app/cache/x.php"));
        assert!(glob_match("/t/?.php", "/t/a.php"));
        assert!(!glob_match("/t/?.php", "/t/ab.php"));
        assert!(glob_match("/exact.php", "/exact.php"));
        assert!(!glob_match("/exact.php", "/exact.phpx"));
    }

    #[test]
    fn size_format() {
        assert_eq!(format_size(64 << 20), "64M");
        assert_eq!(format_size(1 << 30), "1G");
        assert_eq!(format_size(1536), "1536");
        assert_eq!(format_size(3 << 10), "3K");
    }
}
