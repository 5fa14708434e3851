//! The verbatim text of WIC § 389, by subdivision.
//!
//! The text is compiled in from `statute/wic-389.txt`, so the result's quotes
//! ([`crate::outcome::Code::quote`]) and the page's statute panel are the same
//! bytes. Lines of that file starting with `#` are provenance notes, not law.

/// The whole file, provenance notes included.
pub const FILE: &str = include_str!("../statute/wic-389.txt");

/// The statute as the page and the API cite it.
pub const CITATION: &str = "Cal. Welf. & Inst. Code § 389";

/// The date on the public copy the text was taken from ("Last Updated").
pub const TEXT_AS_OF: &str = "2023-08-19";

/// The day this copy was last compared against the published text.
pub const TEXT_CHECKED: &str = "2026-11-25";

/// The subdivisions of § 389, in order.
pub const SUBDIVISIONS: [char; 3] = ['a', 'b', 'c'];

/// The verbatim text of one subdivision, starting with its label (`"(a) In any case…"`).
///
/// Returns `None` for a letter § 389 does not have.
///
/// # Examples
///
/// ```
/// let b = wic389::statute::subdivision('b').unwrap();
/// assert!(b.starts_with("(b) In any action or proceeding based upon defamation"));
/// assert!(wic389::statute::subdivision('d').is_none());
/// ```
pub fn subdivision(letter: char) -> Option<&'static str> {
    FILE.lines().filter(|l| !l.starts_with('#')).find(|l| {
        let b = l.as_bytes();
        b.len() > 4 && b[0] == b'(' && char::from(b[1]) == letter && b[2] == b')'
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_subdivisions_and_nothing_else() {
        for letter in SUBDIVISIONS {
            assert!(subdivision(letter).is_some(), "({letter})");
        }
        let law: Vec<&str> = FILE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .collect();
        assert_eq!(law.len(), 3);
    }
}
