//! A message the core reports for the window or the command line to put into words: which
//! message (a catalogue key) and the values that fill it. The core never holds a finished
//! sentence, so the same fact reads in English or Japanese, with the catalogue's word order.

use super::{Arg, Lang, text};

/// A catalogue key and its values. The key is the message's type: the catalogue tests check
/// each key the core reports is in every language with the same placeholders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    key: &'static str,
    values: Vec<(&'static str, Value)>,
}

/// A value a message is filled with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Shown as it is: a name, a code, an address, a server's own words.
    Text(String),
    /// A number, so the catalogue can choose a plural form.
    Number(i64),
    /// Another message, put into words in the same language first.
    Message(Box<Message>),
}

impl Message {
    pub fn new(key: &'static str) -> Self {
        Self {
            key,
            values: Vec::new(),
        }
    }

    /// The same message with `name` filled by `value`.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Value>) -> Self {
        self.values.push((name, value.into()));
        self
    }

    /// Someone else's words, shown as they are in every language: a server's message, the
    /// system's or a library's error, a check not yet in the catalogue.
    pub fn said(said: impl Into<String>) -> Self {
        Self::new("said").with("said", said.into())
    }

    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The value `name` is filled with, if any.
    pub fn value(&self, name: &str) -> Option<&Value> {
        self.values.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// The message in `lang`.
    pub fn words(&self, lang: Lang) -> String {
        // Inner messages become text first; Fluent takes only text and numbers.
        let inner: Vec<(&str, String)> = (self.values.iter())
            .filter_map(|(name, value)| match value {
                Value::Message(message) => Some((*name, message.words(lang))),
                _ => None,
            })
            .collect();
        let args: Vec<(&str, Arg<'_>)> = (self.values.iter())
            .map(|(name, value)| {
                let arg = match value {
                    Value::Text(text) => Arg::Text(text),
                    Value::Number(number) => Arg::Number(*number),
                    Value::Message(_) => (inner.iter())
                        .find(|(n, _)| n == name)
                        .map_or(Arg::Text(""), |(_, words)| Arg::Text(words)),
                };
                (*name, arg)
            })
            .collect();
        text(lang, self.key, &args)
    }

    /// The message in English: for logs, and for tests that read what a person reads.
    pub fn english(&self) -> String {
        self.words(Lang::En)
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Value::Text(text)
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Value::Text(text.to_owned())
    }
}

impl From<&String> for Value {
    fn from(text: &String) -> Self {
        Value::Text(text.clone())
    }
}

impl From<i64> for Value {
    fn from(number: i64) -> Self {
        Value::Number(number)
    }
}

impl From<u64> for Value {
    fn from(number: u64) -> Self {
        Value::Number(i64::try_from(number).unwrap_or(i64::MAX))
    }
}

impl From<usize> for Value {
    fn from(number: usize) -> Self {
        Value::Number(i64::try_from(number).unwrap_or(i64::MAX))
    }
}

impl From<Message> for Value {
    fn from(message: Message) -> Self {
        Value::Message(Box::new(message))
    }
}
