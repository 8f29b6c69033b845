//! The facts of each limit as message arguments (`$count`, `$window`, `$url`, …), the ids
//! of its messages, its doc URL, and the limiter's error string and title.

use super::*;

/// The id of a limit's error string, the message limiters send: `<limit>-exceeded`. The one
/// place this name is spelled; the catalogs, the export and the render log all ask here.
pub fn exceeded_id(limit: &str) -> String {
    format!("{limit}-exceeded")
}

pub(crate) fn period_args(args: &mut Args, name: &str, period: &Period) {
    let (unit, amount) = period.unit_amount();
    args.set(name, period.clone());
    args.set(format!("{name}-unit"), unit);
    args.set(format!("{name}-amount"), amount);
}

impl Catalog {
    /// The facts of a limit as Fluent arguments: `$count`, `$window` (a duration),
    /// `$window-unit` and `$window-amount` (for grammar), `$overridable` (`yes`/`no`),
    /// `$staging-count`, `$staging-window`, `$staging-burst`, `$refill`, `$burst`, and
    /// `$url`, the doc URL.
    pub fn limit_args(&self, id: &str) -> Result<Args, CatalogError> {
        Ok(self.facts(id)?.args.clone())
    }

    pub(super) fn facts(&self, id: &str) -> Result<&LimitFacts, CatalogError> {
        match self.facts.get(id) {
            Some(facts) => Ok(facts),
            // Facts exist for every limit: this is the unknown-limit error, listing the ids.
            None => Err(self
                .limit(id)
                .expect_err("every limit has its facts prepared at load")),
        }
    }

    pub(crate) fn compute_limit_args(&self, id: &str) -> Result<Args, CatalogError> {
        let limit = self.limit(id)?;
        let mut args = Args::new();
        args.set("count", limit.count);
        period_args(&mut args, "window", &limit.window);
        args.set("overridable", if limit.overridable { "yes" } else { "no" });
        if let Some(refill) = &limit.refill {
            period_args(&mut args, "refill", refill);
        }
        if let Some(burst) = limit.burst {
            args.set("burst", burst);
        }
        if let Some(staging) = &limit.staging {
            args.set("staging-count", staging.count);
            if let Some(burst) = staging.burst {
                args.set("staging-burst", burst);
            }
            period_args(
                &mut args,
                "staging-window",
                staging.window.as_ref().unwrap_or(&limit.window),
            );
        }
        args.set("url", self.doc_url(id)?);
        Ok(args)
    }

    /// One limit's facts, or an error listing the known ids.
    pub fn limit(&self, id: &str) -> Result<&Limit, CatalogError> {
        self.limits
            .get(id)
            .ok_or_else(|| CatalogError::UnknownLimit {
                id: id.to_owned(),
                known: self
                    .limits
                    .by_id
                    .keys()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }

    /// The language-neutral help URL of a limit: `{base-url}/docs/{page}/[#anchor]`.
    pub fn doc_url(&self, id: &str) -> Result<String, CatalogError> {
        let limit = self.limit(id)?;
        let mut url = format!("{}/docs/{}/", self.config.base_url, limit.page);
        if let Some(anchor) = &limit.anchor {
            url.push('#');
            url.push_str(anchor);
        }
        Ok(url)
    }

    /// The limiter's error string for a limit (message `<limit>-exceeded`), in plain text,
    /// with the facts as arguments and `extra` (retry-after time, identifier…) on top.
    /// Pages quote exactly this, so the page and the error cannot disagree.
    pub fn limit_message(
        &self,
        locale: &Locale,
        id: &str,
        extra: &Args,
    ) -> Result<Formatted, CatalogError> {
        let facts = self.facts(id)?;
        self.check_args(id, extra)?;
        let merged;
        let args = if extra.is_empty() {
            &facts.args
        } else {
            let mut all = facts.args.clone();
            all.extend(extra);
            merged = all;
            &merged
        };
        self.format(locale, Scope::Shared, &facts.exceeded_id, args, &facts.user)
    }

    /// The localized title of a limit (message `<limit>-title`).
    pub fn limit_title(&self, locale: &Locale, id: &str) -> Result<Formatted, CatalogError> {
        let facts = self.facts(id)?;
        self.format(
            locale,
            Scope::Shared,
            &facts.title_id,
            &facts.args,
            &facts.user,
        )
    }
}
