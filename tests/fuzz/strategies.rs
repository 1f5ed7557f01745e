//! Input generators shared by the properties: text as people type it (every script, emoji
//! sequences, combining marks), text as attackers type it (control characters, line
//! breaks of every kind, quoting and escaping characters, encoded-word look-alikes), and
//! both mixed.

use proptest::prelude::*;

/// Pieces of text that people really type: accents, right-to-left scripts with their
/// marks, CJK, emoji with skin tones and zero-width joiners, combining marks, and the
/// punctuation that calendar and mail formats treat specially.
pub const HUMAN: &[&str] = &[
    "Seán Ó Briain",
    "Zoë Çelik",
    "Jovana Petrović",
    "مريم\u{200F} (Cairo)",
    "שלום",
    "東京 会議",
    "会议室 3",
    "Встреча",
    "नमस्ते",
    "👩🏽‍💻",
    "👨‍👩‍👧‍👦",
    "🏳️‍🌈",
    "e\u{301}",
    "a\u{308}\u{332}",
    "ǅ",
    "ß",
    "Ⅻ",
    "𝔘𝔫𝔦",
    "\u{FEFF}",
    "\u{200D}",
    ", ",
    "; ",
    ": ",
    "\\",
    "\\n",
    "\"",
    "'",
    "<b>",
    "&amp;",
    "=?",
    "?=",
    "=?utf-8?b?QmNjOiB2aWN0aW1AZXhhbXBsZS5jb20=?=",
    "=?utf-8?q?Eve?=",
    "^",
    "  ",
    "\t",
    "x",
    "Forum",
    "meeting #63",
    "https://meet.example.org/a?b=c&d=e",
];

/// Characters that must never reach a header or a one-line field: C0 controls, CR and
/// LF, DEL, C1 controls (NEL among them), and the Unicode line and paragraph separators.
pub const HOSTILE: &[&str] = &[
    "\r\n",
    "\r",
    "\n",
    "\r\nBcc: victim@example.com",
    "\nBcc: victim@example.com",
    "\rBcc: victim@example.com",
    "\u{2028}Bcc: victim@example.com",
    "\u{2029}",
    "\u{85}",
    "\u{0}",
    "\u{7}",
    "\u{1b}[31m",
    "\u{7f}",
    "\u{9b}",
    "\u{202E}",
    "\u{2066}",
    "\u{c}",
    "\u{b}",
];

/// Any sequence of Unicode scalar values (controls and unassigned code points included).
pub fn any_unicode(max_chars: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..=max_chars).prop_map(String::from_iter)
}

/// Text a person types: pieces of [`HUMAN`] and printable characters of any script.
pub fn human_text(max_pieces: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(HUMAN).prop_map(str::to_owned),
        2 => "[\\PC]{1,8}",
        1 => "[a-zA-Z0-9 ,;:\\\\\"'.-]{1,12}",
    ];
    prop::collection::vec(piece, 1..=max_pieces).prop_map(|v| v.concat())
}

/// Human text with hostile pieces mixed in (sometimes none).
pub fn mixed_text(max_pieces: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => human_text(2),
        1 => prop::sample::select(HOSTILE).prop_map(str::to_owned),
        1 => any_unicode(4),
    ];
    prop::collection::vec(piece, 0..=max_pieces).prop_map(|v| v.concat())
}

/// Everything: arbitrary scalar values, people's text, or hostile mixtures.
pub fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any_unicode(40), human_text(6), mixed_text(6)]
}
