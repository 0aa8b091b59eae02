//! The attributes of a sign-up: `name=value` as typed (refused when malformed), and the names
//! Cognito says are missing. Cognito refuses a sign-up without a required attribute with
//! InvalidParameterException and "Attributes did not conform to the schema: email: The
//! attribute is required" (one `name: The attribute is required` per attribute); the message
//! is a server's text, so it is read defensively and only names shaped like attributes are
//! repeated to the person.

use crate::cognito::{AttributeType, ServiceError};

use crate::messages::Message;

use super::super::failure::{Failure, FailureCause};

/// Cognito's AttributeNameType: 1–32 characters (custom ones `custom:name`).
const LONGEST_NAME: usize = 32;
/// Cognito's AttributeValueType: up to 2048 characters.
const LONGEST_VALUE: usize = 2048;
/// What follows each missing attribute's name in Cognito's message (compared in lower case).
const REQUIRED: &str = ": the attribute is required";
/// More names than any pool requires are not a list worth repeating.
const MOST_NAMES: usize = 16;

/// `name=value` as an attribute: the name as Cognito spells attributes, the value anything
/// but control characters (it may contain `=`).
pub fn parse_attribute(typed: &str) -> Result<AttributeType, String> {
    let Some((name, value)) = typed.split_once('=') else {
        return Err(format!(
            "\"{}\" is not name=value (e.g. email=tester@example.com)",
            typed.escape_debug()
        ));
    };
    let name = name.trim();
    if !is_attribute_name(name) {
        return Err(format!(
            "\"{}\" is not an attribute name (letters, digits, _ : . -, up to {LONGEST_NAME})",
            name.escape_debug()
        ));
    }
    if value.chars().count() > LONGEST_VALUE || value.chars().any(char::is_control) {
        return Err(format!(
            "the value of {name} has control characters or is longer than {LONGEST_VALUE}"
        ));
    }
    Ok(AttributeType {
        name: name.to_owned(),
        value: value.to_owned(),
    })
}

fn is_attribute_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().count() <= LONGEST_NAME
        && (name.chars()).all(|c| c.is_ascii_alphanumeric() || "_:.-".contains(c))
}

/// The attribute names Cognito's message says are required and missing, in its order,
/// without repeats; empty when the message says no such thing.
pub fn missing_attributes(message: &str) -> Vec<String> {
    let lower = message.to_ascii_lowercase();
    let mut names: Vec<String> = Vec::new();
    let mut from = 0;
    while let Some(found) = lower.get(from..).and_then(|rest| rest.find(REQUIRED)) {
        let end = from + found;
        from = end + REQUIRED.len();
        // The name is the word just before ": The attribute is required".
        let before = message.get(..end).unwrap_or_default();
        let name = before
            .rsplit(|c: char| c.is_whitespace() || c == ',')
            .next()
            .unwrap_or_default();
        if is_attribute_name(name) && !names.iter().any(|n| n == name) {
            names.push(name.to_owned());
        }
        if names.len() > MOST_NAMES {
            return Vec::new();
        }
    }
    names
}

/// A refused sign-up that names missing attributes says which to add, and how.
pub(super) fn name_missing_attributes(failed: &mut Failure) {
    let FailureCause::Cognito(ServiceError { code, message, .. }) = &failed.cause else {
        return;
    };
    if code != "InvalidParameterException" {
        return;
    }
    let names = missing_attributes(message);
    if names.is_empty() {
        return;
    }
    let listed = names.join(", ");
    let example: Vec<String> = (names.iter())
        .map(|name| format!("--attribute {name}=…"))
        .collect();
    failed.explanation.summary = Message::new("desk-attributes-required").with("names", &listed);
    failed.explanation.hints.insert(
        0,
        Message::new("desk-attributes-fill-in")
            .with("names", &listed)
            .with("example", example.join(" ")),
    );
}
