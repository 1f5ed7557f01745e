//! The invitee-list parser: any pasted text is read without panicking and every line is
//! accounted for; a list of people written in any of the accepted forms (mixed freely,
//! or as CSV with a header written by the `csv` crate) reads back exactly.

use convene::domain::invitee::parse_invitee_list;
use proptest::prelude::*;

use crate::strategies::any_text;

/// A person as the organizer knows them.
#[derive(Debug, Clone)]
struct Person {
    name: Option<String>,
    email: String,
    affiliation: Option<String>,
}

/// Text that can stand in a column of a pasted line: printable, without the characters
/// the line forms use as syntax, trimmed, not blank, not starting a comment.
fn column_text() -> impl Strategy<Value = String> {
    "[\\PC]{1,14}"
        .prop_map(|t| {
            // Separators of the list (the Chinese and Arabic commas and semicolon too)
            // cannot be inside a column.
            t.replace(
                [
                    '<', '>', ',', ';', '"', '@', '\u{2028}', '\u{2029}', '\u{FF0C}', '\u{060C}',
                    '\u{FF1B}',
                ],
                " ",
            )
            .trim()
            .to_owned()
        })
        .prop_filter("a column", |t| !t.is_empty() && !t.starts_with('#'))
}

fn people() -> impl Strategy<Value = Vec<Person>> {
    prop::collection::vec(
        (
            prop::option::weighted(0.8, column_text()),
            "[a-z][a-z0-9]{0,8}",
            "[a-z]{1,8}\\.(org|net|com|fj|np)",
            prop::option::weighted(0.5, column_text()),
        ),
        1..12,
    )
    .prop_map(|v| {
        v.into_iter()
            .enumerate()
            .map(|(i, (name, local, domain, affiliation))| Person {
                // The index keeps addresses distinct.
                email: format!("{local}{i}@{domain}"),
                affiliation: name.as_ref().and(affiliation),
                name,
            })
            .collect()
    })
}

/// One person in one of the line forms organizers paste.
fn line(person: &Person, form: u8) -> String {
    let email = &person.email;
    match (&person.name, &person.affiliation, form % 5) {
        (None, _, _) => email.clone(),
        (Some(name), None, 0) => format!("{name} <{email}>"),
        (Some(name), None, 1) => format!("\"{name}\" <{email}>"),
        (Some(name), Some(a), 0 | 1) => format!("{name} <{email}>, {a}"),
        (Some(name), Some(a), 2) => format!("{name}\t{email}\t{a}"),
        (Some(name), Some(a), 3) => format!("{name}; {email}; {a}"),
        (Some(name), Some(a), _) => format!("{name}, {email}, {a}"),
        (Some(name), None, 2) => format!("{name}\t{email}"),
        (Some(name), None, _) => format!("{name}, {email}"),
    }
}

fn read_back(text: &str) -> Vec<(Option<String>, String, Option<String>)> {
    let list = parse_invitee_list(text);
    assert_eq!(list.errors, vec![], "no line refused in:\n{text}");
    list.invitees
        .into_iter()
        .map(|i| (i.name, i.email.as_str().to_owned(), i.affiliation))
        .collect()
}

fn expected(people: &[Person]) -> Vec<(Option<String>, String, Option<String>)> {
    people
        .iter()
        .map(|p| (p.name.clone(), p.email.clone(), p.affiliation.clone()))
        .collect()
}

proptest! {
    #[test]
    fn any_pasted_text_is_read_and_every_refused_line_is_one_of_its_lines(
        lines in prop::collection::vec(any_text(), 0..8),
    ) {
        let text = lines.join("\n");
        let list = parse_invitee_list(&text);
        let count = text.replace("\r\n", "\n").replace('\r', "\n").lines().count();
        for e in &list.errors {
            prop_assert!(e.line >= 1 && e.line <= count, "line {} of {count}", e.line);
        }
        let mut seen: Vec<String> =
            list.invitees.iter().map(|i| i.email.as_str().to_lowercase()).collect();
        seen.sort();
        let before = seen.len();
        seen.dedup();
        prop_assert_eq!(seen.len(), before, "each address once");
    }

    #[test]
    fn people_pasted_in_mixed_forms_read_back_exactly(
        people in people(),
        forms in prop::collection::vec(any::<u8>(), 12),
    ) {
        let text: Vec<String> =
            people.iter().zip(&forms).map(|(p, f)| line(p, *f)).collect();
        prop_assert_eq!(read_back(&text.join("\n")), expected(&people));
    }

    #[test]
    fn people_in_a_csv_file_with_a_header_read_back_exactly_whatever_they_contain(
        people in prop::collection::vec(
            (prop::option::of("[\\PC]{1,14}"), "[a-z]{1,8}", prop::option::of("[\\PC]{1,14}")),
            1..10,
        ),
    ) {
        let people: Vec<Person> = people
            .into_iter()
            .enumerate()
            .map(|(i, (name, local, affiliation))| {
                let clean = |t: String| {
                    let t = t.replace(['\u{2028}', '\u{2029}'], " ").trim().to_owned();
                    (!t.is_empty()).then_some(t)
                };
                Person {
                    name: name.and_then(clean),
                    email: format!("{local}{i}@example.org"),
                    affiliation: affiliation.and_then(clean),
                }
            })
            .collect();
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(["email", "name", "affiliation"]).unwrap();
        for p in &people {
            writer
                .write_record([
                    p.email.as_str(),
                    p.name.as_deref().unwrap_or(""),
                    p.affiliation.as_deref().unwrap_or(""),
                ])
                .unwrap();
        }
        let text = String::from_utf8(writer.into_inner().unwrap()).unwrap();
        prop_assert_eq!(read_back(&text), expected(&people));
    }
}
