//! Languages: the six UN languages, message catalogs and localized dates.
//!
//! Interface and mail text live in Project Fluent catalogs, one file per language at
//! `locales/{code}/main.ftl`, compiled into the binary (`fluent-templates`). English is
//! the reference catalog and the fallback. Plural forms follow each language's CLDR
//! rules (Russian and Arabic have several), chosen by Fluent from a numeric `$count`.
//!
//! The language of a request follows, in order: `?lang=`, the `lang` cookie, the
//! `Accept-Language` header (RFC 9110 §12.5.4, negotiated with `fluent-langneg`),
//! English. Dates are written with chrono's localized names (glibc locale data via
//! `pure-rust-locales`) in each language's usual order.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use chrono::Locale;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use serde::{Deserialize, Serialize};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Fluent wraps every placeable in Unicode isolation marks by default; those
        // belong around names inside Arabic text only, not in English mail or .ics.
        customise: |bundle| {
            let rtl = bundle.locales.first().is_some_and(|l| l.language.as_str() == "ar");
            bundle.set_use_isolating(rtl);
        },
    };
}

/// One of the languages Convene speaks. Stored with each poll (the organizer's) and
/// response (the participant's) as its code, so mail goes out in the recipient's
/// language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// English (`en`), the reference and fallback.
    #[default]
    En,
    /// French (`fr`).
    Fr,
    /// Spanish (`es`).
    Es,
    /// Arabic (`ar`), written right to left.
    Ar,
    /// Chinese, Simplified (`zh`).
    Zh,
    /// Russian (`ru`).
    Ru,
}

/// A language code Convene has no catalog for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLanguage(pub String);

impl From<UnknownLanguage> for Message {
    fn from(e: UnknownLanguage) -> Self {
        Message::new("error-language").text("value", e.0)
    }
}

crate::localized_error!(UnknownLanguage);

impl Language {
    /// Every language, in the order of the language selector.
    pub const ALL: [Language; 6] = [
        Language::Ar,
        Language::Zh,
        Language::En,
        Language::Fr,
        Language::Ru,
        Language::Es,
    ];

    /// The code stored and used in `?lang=` and the cookie (`en`, `zh`, …).
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::Ar => "ar",
            Language::Zh => "zh",
            Language::Ru => "ru",
        }
    }

    /// The BCP 47 tag for `lang` attributes and `Content-Language` (`zh-Hans`).
    pub fn tag(self) -> &'static str {
        match self {
            Language::Zh => "zh-Hans",
            other => other.code(),
        }
    }

    /// `rtl` for Arabic, else `ltr` (the `dir` attribute).
    pub fn dir(self) -> &'static str {
        if self == Language::Ar {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language's own name, for the selector (`Français`).
    pub fn native_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Fr => "Français",
            Language::Es => "Español",
            Language::Ar => "العربية",
            Language::Zh => "中文（简体）",
            Language::Ru => "Русский",
        }
    }

    /// The language selector's options, this language selected.
    pub fn choices(self) -> Vec<LanguageChoice> {
        Language::ALL
            .into_iter()
            .map(|l| LanguageChoice {
                code: l.code(),
                tag: l.tag(),
                name: l.native_name(),
                selected: l == self,
            })
            .collect()
    }

    fn langid(self) -> LanguageIdentifier {
        // The codes are valid BCP 47 primary language subtags.
        self.code().parse().unwrap_or_default()
    }

    fn locale(self) -> Locale {
        match self {
            Language::En => Locale::en_GB,
            Language::Fr => Locale::fr_FR,
            Language::Es => Locale::es_ES,
            Language::Ar => Locale::ar_SA,
            Language::Zh => Locale::zh_CN,
            Language::Ru => Locale::ru_RU,
        }
    }

    /// The best of our languages for an `Accept-Language` header value (q-values
    /// respected, `fr-CA` → `fr`, `zh-CN` → `zh`), or `None` when none is wanted.
    pub fn from_accept_language(header: &str) -> Option<Language> {
        // Sorted by q-value (accept-language); fluent-langneg only keeps the order.
        let requested: Vec<LanguageIdentifier> = accept_language::parse(header)
            .iter()
            .filter_map(|tag| tag.parse().ok())
            .collect();
        let available: Vec<LanguageIdentifier> = Language::ALL.iter().map(|l| l.langid()).collect();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            None,
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|id| id.language.as_str().parse::<Language>().ok())
    }

    /// The message `id` (a key of `locales/en/main.ftl`).
    pub fn t(self, id: &str) -> String {
        LOCALES.lookup(&self.langid(), id)
    }

    /// The message `id` with named arguments; numbers given as [`Arg::Count`] select
    /// the plural form.
    pub fn t_args(self, id: &str, args: &[(&'static str, Arg)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(k, v)| {
                let value = match v {
                    Arg::Text(s) => FluentValue::from(s.as_str()),
                    Arg::Count(n) => FluentValue::from(*n),
                    Arg::Message(m) => FluentValue::from(m.render(self)),
                };
                (Cow::Borrowed(*k), value)
            })
            .collect();
        let text = LOCALES.lookup_with_args(&self.langid(), id, &map);
        if self.dir() == "rtl" {
            isolate_utc_offsets(&text)
        } else {
            text
        }
    }

    /// The message `id` with one text argument `name`.
    pub fn t1(self, id: &str, name: &'static str, value: impl fmt::Display) -> String {
        self.t_args(id, &[(name, Arg::Text(value.to_string()))])
    }

    /// The message `id` with two text arguments.
    pub fn t2(
        self,
        id: &str,
        name1: &'static str,
        value1: impl fmt::Display,
        name2: &'static str,
        value2: impl fmt::Display,
    ) -> String {
        self.t_args(
            id,
            &[
                (name1, Arg::Text(value1.to_string())),
                (name2, Arg::Text(value2.to_string())),
            ],
        )
    }

    /// The message `id` with a numeric `$count` (plural forms).
    pub fn tn(self, id: &str, count: impl Count) -> String {
        self.t_args(id, &[("count", Arg::Count(count.as_count()))])
    }

    /// `date` written with this language's names and order using a chrono format
    /// pattern chosen per [`DateStyle`].
    pub fn format_date<Tz: chrono::TimeZone>(
        self,
        date: &chrono::DateTime<Tz>,
        style: DateStyle,
    ) -> String
    where
        Tz::Offset: fmt::Display,
    {
        let pattern = match (self, style) {
            (Language::En, DateStyle::Long) => "%A %-d %B %Y",
            (Language::En, DateStyle::Short) => "%a %-d %b",
            (Language::Fr, DateStyle::Long) => "%A %-d %B %Y",
            (Language::Fr, DateStyle::Short) => "%a %-d %b",
            (Language::Es, DateStyle::Long) => "%A, %-d de %B de %Y",
            (Language::Es, DateStyle::Short) => "%a %-d %b",
            (Language::Ar, DateStyle::Long) => "%A %-d %B %Y",
            // glibc abbreviates Arabic weekdays to one letter; write them whole.
            (Language::Ar, DateStyle::Short) => "%A %-d %B",
            (Language::Zh, DateStyle::Long) => "%Y年%-m月%-d日%A",
            // glibc's short Chinese weekday is a bare 三; 星期三 reads naturally.
            (Language::Zh, DateStyle::Short) => "%-m月%-d日%A",
            (Language::Ru, DateStyle::Long) => "%A, %-d %B %Y",
            (Language::Ru, DateStyle::Short) => "%a, %-d %b",
        };
        match self {
            // English names are chrono's own; no locale data needed.
            Language::En => date.format(pattern).to_string(),
            // glibc's Russian weekdays are capitalised, but a date inside a sentence
            // ("открыто до вторника…") writes them in lower case, like the months.
            Language::Ru => date
                .format_localized(pattern, self.locale())
                .to_string()
                .to_lowercase(),
            _ => date.format_localized(pattern, self.locale()).to_string(),
        }
    }
}

/// In right-to-left text, Fluent isolates each placeable, so `UTC{ $offset }` comes out
/// as `UTC` + (FSI `+03:00` PDI), which the bidirectional algorithm shows as
/// `+03:00UTC`. This isolates the whole `UTC+03:00` as left-to-right instead.
fn isolate_utc_offsets(text: &str) -> String {
    const FSI: char = '\u{2068}';
    const PDI: char = '\u{2069}';
    const LRI: char = '\u{2066}';
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(at) = rest.find("UTC\u{2068}") {
        let after = &rest[at + "UTC".len() + FSI.len_utf8()..];
        match after.find(PDI) {
            Some(end) if after[..end].starts_with(['+', '-', '\u{2212}']) => {
                out.push_str(&rest[..at]);
                out.push(LRI);
                out.push_str("UTC");
                out.push_str(&after[..end]);
                out.push(PDI);
                rest = &after[end + PDI.len_utf8()..];
            }
            _ => {
                out.push_str(&rest[..at + "UTC".len()]);
                rest = &rest[at + "UTC".len()..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// One option of the language selector.
#[derive(Debug, Clone)]
pub struct LanguageChoice {
    /// `fr`.
    pub code: &'static str,
    /// `zh-Hans` (the option's `lang`).
    pub tag: &'static str,
    /// `Français`.
    pub name: &'static str,
    /// The page's language.
    pub selected: bool,
}

/// How much of a date to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// Weekday, day, month and year in full: `Tuesday 23 March 2027`.
    Long,
    /// Abbreviated weekday and month, no year: `Tue 23 Mar`.
    Short,
}

/// A number usable as `$count` (templates pass references, code passes values).
pub trait Count {
    /// The number, saturated to `i64`.
    fn as_count(&self) -> i64;
}

macro_rules! count_for {
    ($($t:ty),*) => {$(
        impl Count for $t {
            fn as_count(&self) -> i64 {
                i64::try_from(*self).unwrap_or(i64::MAX)
            }
        }
    )*};
}
count_for!(i32, i64, u32, u64, usize);

impl<T: Count + ?Sized> Count for &T {
    fn as_count(&self) -> i64 {
        (**self).as_count()
    }
}

/// An argument of a message: text, or a number that selects plural forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Printed as is (names, times).
    Text(String),
    /// A count (`$count`), for plural rules.
    Count(i64),
    /// Another message, written in the same language (a field's name, a reason).
    Message(Box<Message>),
}

/// Implements `Display` (in English) and `Error` for a domain error that converts into
/// a [`Message`], so that the same words reach logs, the API and (translated) pages.
#[macro_export]
macro_rules! localized_error {
    ($t:ty) => {
        impl ::std::fmt::Display for $t {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&$crate::i18n::Message::from(self.clone()), f)
            }
        }
        impl ::std::error::Error for $t {}
    };
}

/// A message to show a person, kept as its catalog id and arguments until the page or
/// mail it goes into knows its language: validation problems and refusals are built
/// deep in the domain, far from the request. `Display` writes it in English (logs, the
/// JSON API).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Catalog key.
    pub id: &'static str,
    /// Named arguments.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// The message `id` without arguments (yet).
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// Adds a text argument.
    #[must_use]
    pub fn text(mut self, name: &'static str, value: impl fmt::Display) -> Self {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    /// Adds a numeric argument (plural forms).
    #[must_use]
    pub fn count(mut self, name: &'static str, value: impl Count) -> Self {
        self.args.push((name, Arg::Count(value.as_count())));
        self
    }

    /// Adds an argument that is itself a message (a field's name, a nested reason).
    #[must_use]
    pub fn message(mut self, name: &'static str, value: impl Into<Message>) -> Self {
        self.args.push((name, Arg::Message(Box::new(value.into()))));
        self
    }

    /// The message in `lang`.
    pub fn render(&self, lang: Language) -> String {
        lang.t_args(self.id, &self.args)
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Language::En))
    }
}

impl FromStr for Language {
    type Err = UnknownLanguage;

    /// Parses a code (`fr`, case-insensitive, surrounding spaces ignored; `zh-Hans`
    /// and `zh-CN` are `zh`). Errors: [`UnknownLanguage`] with the text as given.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let code = s.trim().to_ascii_lowercase();
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        Language::ALL
            .into_iter()
            .find(|l| l.code() == primary)
            .ok_or_else(|| UnknownLanguage(s.to_owned()))
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    use chrono::{TimeZone, Utc};

    /// Message ids (and `id.attribute`s) of a catalog, read with Fluent's own parser.
    fn ids(code: &str) -> BTreeSet<String> {
        let path = format!("{}/locales/{code}/main.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{path} does not parse: {errors:?}"));
        let mut out = BTreeSet::new();
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                if m.value.is_some() {
                    out.insert(m.id.name.to_owned());
                }
                for a in m.attributes {
                    out.insert(format!("{}.{}", m.id.name, a.id.name));
                }
            }
        }
        out
    }

    #[test]
    fn every_catalog_has_exactly_the_english_keys() {
        let english = ids("en");
        assert!(english.len() > 50, "the English catalog is the reference");
        for lang in Language::ALL {
            let theirs = ids(lang.code());
            let missing: Vec<_> = english.difference(&theirs).collect();
            let extra: Vec<_> = theirs.difference(&english).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}: missing {missing:?}; not in English {extra:?}",
                lang.code()
            );
        }
    }

    /// Text of every message (placeables left out), by id.
    fn texts(code: &str) -> std::collections::BTreeMap<String, String> {
        let path = format!("{}/locales/{code}/main.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{path} does not parse: {errors:?}"));
        let mut out = std::collections::BTreeMap::new();
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let words: String = m
                    .value
                    .iter()
                    .flat_map(|v| v.elements.iter())
                    .filter_map(|e| match e {
                        fluent_syntax::ast::PatternElement::TextElement { value } => Some(*value),
                        _ => None,
                    })
                    .collect();
                out.insert(m.id.name.to_owned(), words);
            }
        }
        out
    }

    #[test]
    fn no_sentence_is_left_in_english() {
        // A message with at least two words and twelve letters of its own is a sentence
        // or phrase; a catalog that has it word for word as English has not translated
        // it (a one-word label such as "Description" may rightly be the same).
        let english = texts("en");
        for lang in Language::ALL.into_iter().filter(|l| *l != Language::En) {
            let theirs = texts(lang.code());
            let untranslated: Vec<_> = english
                .iter()
                .filter(|(id, en)| {
                    en.split_whitespace().count() >= 2
                        && en.chars().filter(|c| c.is_alphabetic()).count() >= 12
                        && theirs.get(*id) == Some(en)
                })
                .map(|(id, _)| id)
                .collect();
            assert!(
                untranslated.is_empty(),
                "{}: in English: {untranslated:?}",
                lang.code()
            );
        }
    }

    #[test]
    fn accept_language_picks_the_best_offered_language() {
        let pick = |h: &str| Language::from_accept_language(h);
        assert_eq!(pick("fr-CA,fr;q=0.9,en;q=0.8"), Some(Language::Fr));
        assert_eq!(pick("de-DE,de;q=0.9,es;q=0.5,en;q=0.3"), Some(Language::Es));
        assert_eq!(pick("zh-CN,zh;q=0.9"), Some(Language::Zh));
        assert_eq!(pick("ar-EG"), Some(Language::Ar));
        assert_eq!(pick("en;q=0.2,ru;q=0.9"), Some(Language::Ru));
        assert_eq!(pick("de-DE"), None);
        assert_eq!(pick(""), None);
    }

    #[test]
    fn codes_parse_loosely_and_print_strictly() {
        assert_eq!("zh-Hans".parse::<Language>(), Ok(Language::Zh));
        assert_eq!(" FR ".parse::<Language>(), Ok(Language::Fr));
        assert!("de".parse::<Language>().is_err());
        assert_eq!(Language::Zh.tag(), "zh-Hans");
        assert_eq!(Language::Ar.dir(), "rtl");
        assert_eq!(Language::Ru.dir(), "ltr");
    }

    #[test]
    fn dates_use_each_languages_names_and_order() {
        let d = Utc
            .with_ymd_and_hms(2027, 3, 23, 12, 0, 0)
            .single()
            .unwrap_or_default();
        let long = |l: Language| l.format_date(&d, DateStyle::Long);
        assert_eq!(long(Language::En), "Tuesday 23 March 2027");
        assert_eq!(long(Language::Fr), "mardi 23 mars 2027");
        assert_eq!(long(Language::Es), "martes, 23 de marzo de 2027");
        assert_eq!(long(Language::Ru), "вторник, 23 марта 2027");
        assert_eq!(long(Language::Zh), "2027年3月23日星期二");
        assert_eq!(long(Language::Ar), "الثلاثاء 23 مارس 2027");
        let short = |l: Language| l.format_date(&d, DateStyle::Short);
        assert_eq!(short(Language::En), "Tue 23 Mar");
        assert_eq!(short(Language::Zh), "3月23日星期二");
        assert_eq!(short(Language::Ar), "الثلاثاء 23 مارس");
    }

    #[test]
    fn offsets_in_arabic_stay_left_to_right_as_one_piece() {
        // Fluent isolates the placeable alone: UTC FSI +03:00 PDI shows as "+03:00UTC".
        assert_eq!(
            isolate_utc_offsets("(Africa/Nairobi، UTC\u{2068}+03:00\u{2069})"),
            "(Africa/Nairobi، \u{2066}UTC+03:00\u{2069})"
        );
        // Not an offset: left as it is.
        assert_eq!(
            isolate_utc_offsets("UTC\u{2068}x\u{2069}"),
            "UTC\u{2068}x\u{2069}"
        );
        let text = Language::Ar.t_args(
            "datetime-long",
            &[
                ("date", Arg::Text("الثلاثاء 23 مارس 2027".into())),
                ("time", Arg::Text("17:00".into())),
                ("zone", Arg::Text("Africa/Nairobi".into())),
                ("offset", Arg::Text("+03:00".into())),
            ],
        );
        assert!(text.contains("\u{2066}UTC+03:00\u{2069}"), "{text:?}");
        assert_eq!(
            crate::domain::time::utc_offset("+03:00", Language::Ar),
            "\u{2066}UTC+03:00\u{2069}"
        );
        assert_eq!(
            crate::domain::time::utc_offset("+03:00", Language::Fr),
            "UTC+03:00"
        );
        // A date-and-time placed inside another Arabic sentence still reads right to
        // left: its message starts with a right-to-left mark (Fluent's isolate around it
        // would otherwise take the direction of "UTC", left to right).
        let any = |name| (name, Arg::Text("x".into()));
        let args = [
            any("date"),
            any("range"),
            any("time"),
            any("zone"),
            any("offset"),
            any("start"),
            any("end"),
        ];
        for key in ["slot-label", "datetime-long", "utc-range", "utc-instant"] {
            let text = Language::Ar.t_args(key, &args);
            assert!(text.starts_with('\u{200F}'), "{key}: {text:?}");
        }
    }

    #[test]
    fn russian_and_arabic_plurals_follow_their_rules() {
        let ru = |n: i64| Language::Ru.tn("responses-count", n);
        assert_eq!(ru(1), "1 ответ");
        assert_eq!(ru(2), "2 ответа");
        assert_eq!(ru(5), "5 ответов");
        assert_eq!(ru(21), "21 ответ");
        assert_eq!(Language::En.tn("responses-count", 1), "1 response");
        assert_eq!(Language::En.tn("responses-count", 2), "2 responses");
        // Arabic: 0 zero, 1 one, 2 two, 3–10 few, 11–99 many, 100 other.
        let ar = |n: i64| Language::Ar.tn("responses-count", n);
        assert_ne!(ar(2), ar(3));
        assert_ne!(ar(3), ar(11));
    }
}
