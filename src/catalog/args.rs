//! Message arguments: [`Arg`] (number, text, period, instant) and [`Args`], and how they
//! become Fluent's arguments and JSON.

use super::*;

/// A value handed to a message as a Fluent variable.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// A number: formatted with CLDR, and selects plural variants.
    Number(f64),
    /// Text, inserted as is.
    Text(String),
    /// A period: formatted as a CLDR duration ("3 heures").
    Duration(Period),
    /// An instant: formatted as a date and time in UTC.
    Time(jiff::Timestamp),
}

impl Arg {
    /// The value as JSON for problem documents: numbers, periods in seconds, instants
    /// in RFC 3339.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Arg::Number(n) if n.fract() == 0.0 && n.abs() < 9e15 => (*n as i64).into(),
            Arg::Number(n) => (*n).into(),
            Arg::Text(s) => s.clone().into(),
            Arg::Duration(p) => p.as_secs().into(),
            Arg::Time(t) => t.to_string().into(),
        }
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<Period> for Arg {
    fn from(p: Period) -> Self {
        Arg::Duration(p)
    }
}

/// Named arguments of a message, sorted by name.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Args(BTreeMap<String, Arg>);

impl Args {
    /// No arguments.
    pub fn new() -> Self {
        Args::default()
    }
    /// Sets one argument, replacing any previous value.
    pub fn set(&mut self, name: impl Into<String>, value: impl Into<Arg>) {
        self.0.insert(name.into(), value.into());
    }
    /// One argument by name.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.0.get(name)
    }
    /// Adds every argument of `other`, which wins on conflicts.
    pub fn extend(&mut self, other: &Args) {
        self.0
            .extend(other.0.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    /// The arguments, sorted by name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Arg)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }
    pub(crate) fn names(&self) -> String {
        if self.0.is_empty() {
            return "none".into();
        }
        self.0
            .keys()
            .map(|k| format!("${k}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
    /// Whether there are no arguments.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// The arguments as Fluent values; with `only`, just those names (the variables a
    /// message can read), which spares converting facts the message never uses.
    pub(crate) fn to_fluent(&self, only: Option<&[&str]>) -> FluentArgs<'_> {
        fn convert(v: &Arg) -> FluentValue<'_> {
            match v {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Text(s) => FluentValue::from(s.as_str()),
                Arg::Duration(p) => FluentValue::Custom(Box::new(cldr::DurationValue(p.clone()))),
                Arg::Time(t) => FluentValue::Custom(Box::new(cldr::DateTimeValue(*t))),
            }
        }
        match only {
            None => self
                .0
                .iter()
                .map(|(k, v)| (k.as_str(), convert(v)))
                .collect(),
            Some(names) => names
                .iter()
                .filter_map(|&k| self.0.get_key_value(k))
                .map(|(k, v)| (k.as_str(), convert(v)))
                .collect(),
        }
    }
}
