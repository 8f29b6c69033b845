//! Boulder's rate-limit defaults file (`errdocs export --format boulder`): the facts of
//! `content/limits.toml` as the YAML Boulder's `ratelimits` package loads
//! (`loadDefaultsFromFile` in `ratelimits/limit.go`), so the CA enforces the numbers the
//! pages print; and the names and durations `errdocs check --limiter-config` reads back.
//!
//! The YAML is written by hand: its keys are the fixed identifiers of [`BOULDER_NAMES`] and
//! its values integers and Go durations, nothing that needs quoting or escaping.

use std::fmt::Write as _;

use crate::catalog::Catalog;
use crate::config::Limit;

/// errdocs' limit ids and the names Boulder spells them with (`nameToString` in
/// `ratelimits/names.go`, letsencrypt/boulder HEAD 2d00c8e2). The one table of this mapping.
/// `overall-requests` has none: the load balancer enforces it, not Boulder.
pub const BOULDER_NAMES: &[(&str, &str)] = &[
    ("registrations-per-ip", "NewRegistrationsPerIPAddress"),
    (
        "registrations-per-ipv6-range",
        "NewRegistrationsPerIPv6Range",
    ),
    ("orders-per-account", "NewOrdersPerAccount"),
    ("certificates-per-domain", "CertificatesPerDomain"),
    ("certificates-per-exact-set", "CertificatesPerFQDNSet"),
    (
        "authorization-failures",
        "FailedAuthorizationsPerDomainPerAccount",
    ),
    (
        "consecutive-authorization-failures",
        "FailedAuthorizationsForPausingPerDomainPerAccount",
    ),
];

/// Boulder names that are valid but have no errdocs limit (override-only or internal
/// limits, `ratelimits/names.go`): a check reports them as not compared, not as unknown.
pub const BOULDER_ONLY_NAMES: &[&str] = &[
    "CertificatesPerDomainPerAccount",
    "LimitOverrideRequestsPerIPAddress",
];

/// The Boulder name of an errdocs limit id.
pub fn boulder_name(id: &str) -> Option<&'static str> {
    BOULDER_NAMES
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, name)| *name)
}

/// The errdocs limit id of a Boulder name.
pub fn limit_id(boulder_name: &str) -> Option<&'static str> {
    BOULDER_NAMES
        .iter()
        .find(|(_, n)| *n == boulder_name)
        .map(|(id, _)| *id)
}

/// The burst a limit is enforced with: its own, or its count when `limits.toml` has none
/// (as every limit of Boulder's defaults files is written).
pub fn burst(limit: &Limit) -> u64 {
    limit.burst.unwrap_or(limit.count)
}

/// A whole number of seconds as a Go duration, as Boulder's files write them: `3h`,
/// `168h`, `5m`, `1s`, `3h21m36s`. Go has no unit above hours.
pub fn go_duration(secs: u64) -> String {
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let mut out = String::new();
    for (n, unit) in [(h, "h"), (m, "m"), (s, "s")] {
        if n != 0 {
            let _ = write!(out, "{n}{unit}");
        }
    }
    if out.is_empty() {
        out.push_str("0s");
    }
    out
}

/// A whole number of seconds as Go's `time.Duration.String()` prints it, which is how
/// Boulder's error strings show a limit's period: `3h0m0s`, `168h0m0s`, `18m0s`, `22s`.
pub fn go_duration_string(secs: u64) -> String {
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 {
        format!("{h}h{m}m{s}s")
    } else if m > 0 {
        format!("{m}m{s}s")
    } else {
        format!("{s}s")
    }
}

/// Parses a Go duration (`time.ParseDuration`: `3h`, `1h30m`, `1.5h`, `500ms`, `90s`) into
/// nanoseconds. `Err` says what is wrong.
pub fn parse_go_duration(text: &str) -> Result<i128, String> {
    let bad = |why: &str| {
        Err(format!(
            "`{text}` is not a Go duration ({why}); write it like `3h`, `168h` or `5m`"
        ))
    };
    let mut rest = text.trim();
    if let Some(r) = rest.strip_prefix('+') {
        rest = r;
    }
    if rest.starts_with('-') {
        return bad("negative");
    }
    if rest == "0" {
        return Ok(0);
    }
    if rest.is_empty() {
        return bad("empty");
    }
    let mut total: i128 = 0;
    while !rest.is_empty() {
        let digits = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        let (number, after) = rest.split_at(digits);
        let unit_len = after
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(after.len());
        let (unit, after) = after.split_at(unit_len);
        let scale: i128 = match unit {
            "ns" => 1,
            "us" | "µs" | "μs" => 1_000,
            "ms" => 1_000_000,
            "s" => 1_000_000_000,
            "m" => 60_000_000_000,
            "h" => 3_600_000_000_000,
            "" => return bad("a number without a unit"),
            _ => return bad("unknown unit"),
        };
        let (whole, frac) = number.split_once('.').unwrap_or((number, ""));
        if (whole.is_empty() && frac.is_empty()) || frac.contains('.') {
            return bad("a unit without a number");
        }
        let whole: i128 = if whole.is_empty() {
            0
        } else {
            match whole.parse() {
                Ok(n) => n,
                Err(_) => return bad("too large"),
            }
        };
        let mut part = whole
            .checked_mul(scale)
            .ok_or(())
            .or_else(|_| bad("too large"))?;
        let mut div = 1i128;
        for d in frac.chars().take(18) {
            div *= 10;
            part += i128::from(d.to_digit(10).unwrap_or(0)) * scale / div;
        }
        total = total
            .checked_add(part)
            .ok_or(())
            .or_else(|_| bad("too large"))?;
        rest = after;
    }
    if total > i128::from(i64::MAX) {
        return bad("longer than Go's 290 years");
    }
    Ok(total)
}

/// `defaults.yml`: every limit Boulder implements, with the facts of `limits.toml`, in the
/// order of the pages' tables; limits Boulder does not enforce are named in a comment.
pub fn defaults_yaml(catalog: &Catalog) -> String {
    let mut limits: Vec<_> = catalog.limits().by_id.iter().collect();
    limits.sort_by_key(|(id, l)| (l.weight, id.as_str()));
    let mut out = String::from(
        "# errdocs export --format boulder: Boulder's rate-limit defaults, from content/limits.toml.\n\
         # `errdocs check --limiter-config` compares a deployed copy with the docs.\n",
    );
    let mut skipped = Vec::new();
    for (id, limit) in limits {
        let Some(name) = boulder_name(id) else {
            skipped.push(id.as_str());
            continue;
        };
        let _ = write!(
            out,
            "# {id}\n{name}:\n  burst: {}\n  count: {}\n  period: {}\n",
            burst(limit),
            limit.count,
            go_duration(limit.window.as_secs()),
        );
    }
    if !skipped.is_empty() {
        let _ = writeln!(
            out,
            "# Not enforced by Boulder (load balancer or other): {}",
            skipped.join(", ")
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_durations_are_written_in_hours_minutes_and_seconds() {
        assert_eq!(go_duration(3 * 3600), "3h");
        assert_eq!(go_duration(7 * 86400), "168h");
        assert_eq!(go_duration(300), "5m");
        assert_eq!(go_duration(1), "1s");
        assert_eq!(go_duration(12096), "3h21m36s");
    }

    #[test]
    fn durations_in_boulder_messages_are_printed_as_go_prints_them() {
        assert_eq!(go_duration_string(3 * 3600), "3h0m0s");
        assert_eq!(go_duration_string(7 * 86400), "168h0m0s");
        assert_eq!(go_duration_string(18 * 60), "18m0s");
        assert_eq!(go_duration_string(22), "22s");
        assert_eq!(go_duration_string(3600 + 1), "1h0m1s");
    }

    #[test]
    fn go_durations_are_read_as_time_parse_duration_reads_them() {
        let s = 1_000_000_000;
        assert_eq!(parse_go_duration("3h"), Ok(3 * 3600 * s));
        assert_eq!(parse_go_duration("1h30m"), Ok(5400 * s));
        assert_eq!(parse_go_duration("1.5h"), Ok(5400 * s));
        assert_eq!(parse_go_duration("500ms"), Ok(s / 2));
        assert_eq!(parse_go_duration("3h21m36s"), Ok(12096 * s));
        assert_eq!(parse_go_duration("0"), Ok(0));
        for bad in ["", "3", "h", "3d", "-1h", "1..5h", "99999999999999999999h"] {
            assert!(parse_go_duration(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn every_boulder_name_is_spelled_once_and_maps_back() {
        for (id, name) in BOULDER_NAMES {
            assert_eq!(limit_id(name), Some(*id));
            assert_eq!(boulder_name(id), Some(*name));
        }
    }

    #[test]
    fn the_defaults_file_carries_the_numbers_of_the_pages() {
        let catalog = Catalog::load(&crate::source::SiteSource::bundled()).unwrap();
        let yaml = defaults_yaml(&catalog);
        assert!(
            yaml.contains(
                "NewRegistrationsPerIPAddress:\n  burst: 10\n  count: 10\n  period: 3h\n"
            ),
            "{yaml}"
        );
        assert!(
            yaml.contains("CertificatesPerDomain:\n  burst: 50\n  count: 50\n  period: 168h\n")
        );
        assert!(!yaml.contains("\noverall-requests"));
        assert!(yaml.contains("(load balancer or other): overall-requests\n"));
    }
}
