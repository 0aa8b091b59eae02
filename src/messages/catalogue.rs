//! Building a language's bundle from its catalogue, and checking the two catalogues agree.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use unic_langid::LanguageIdentifier;

use super::{CATALOGUES, Lang};

/// The bundle of `lang`, from all its catalogue files. A syntax error loses only the entries
/// it is in (Fluent parses the rest), and is logged; the catalogue tests fail on it before it
/// ships.
pub(super) fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Fluent wraps each value it fills in with Unicode isolation marks (U+2068, U+2069) by
    // default; they would go along into every copied name, path or code.
    bundle.set_use_isolating(false);
    for catalogue in CATALOGUES {
        let source = match lang {
            Lang::En => catalogue.english,
            Lang::Ja => catalogue.japanese,
        };
        let resource =
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, errors)| {
                tracing::warn!(
                    lang = lang.code(),
                    file = catalogue.name,
                    ?errors,
                    "catalogue has syntax errors"
                );
                partial
            });
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::warn!(
                lang = lang.code(),
                file = catalogue.name,
                ?errors,
                "catalogue has repeated keys"
            );
        }
    }
    bundle
}

/// What is wrong with the shipped catalogues: each file pair's `problems`, and a key that two
/// files of one language both have.
pub fn shipped_problems() -> Vec<String> {
    let mut found = Vec::new();
    let mut english = String::new();
    let mut japanese = String::new();
    for catalogue in CATALOGUES {
        for problem in problems(catalogue.english, catalogue.japanese) {
            found.push(format!("{}: {problem}", catalogue.name));
        }
        english.push_str(catalogue.english);
        english.push('\n');
        japanese.push_str(catalogue.japanese);
        japanese.push('\n');
    }
    let mut ignored = Vec::new();
    for (file, all) in [("en", &english), ("ja", &japanese)] {
        placeholders(file, all, &mut ignored);
    }
    found.extend(ignored.into_iter().filter(|p| p.contains("is there twice")));
    found
}

/// What is wrong between an English and a Japanese catalogue: syntax errors, keys one has and
/// the other not, messages whose placeholders (`$name`) differ. Empty when they agree.
pub fn problems(english: &str, japanese: &str) -> Vec<String> {
    let mut found = Vec::new();
    let en = placeholders("en.ftl", english, &mut found);
    let ja = placeholders("ja.ftl", japanese, &mut found);
    for key in en.keys().filter(|k| !ja.contains_key(*k)) {
        found.push(format!("{key}: in en.ftl, not in ja.ftl"));
    }
    for key in ja.keys().filter(|k| !en.contains_key(*k)) {
        found.push(format!("{key}: in ja.ftl, not in en.ftl"));
    }
    for (key, names) in &en {
        if let Some(other) = ja.get(key)
            && other != names
        {
            found.push(format!(
                "{key}: placeholders differ, en.ftl {names:?}, ja.ftl {other:?}"
            ));
        }
    }
    found
}

type Placeholders = BTreeMap<String, BTreeSet<String>>;

/// Each message's key with the variables its value and attributes use.
fn placeholders(file: &str, source: &str, found: &mut Vec<String>) -> Placeholders {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((partial, errors)) => {
            for error in errors {
                found.push(format!(
                    "{file}: syntax error {:?} at {:?}",
                    error.kind, error.pos
                ));
            }
            partial
        }
    };
    let mut keys = Placeholders::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let mut names = BTreeSet::new();
                let patterns = message
                    .value
                    .iter()
                    .chain(message.attributes.iter().map(|a| &a.value));
                for pattern in patterns {
                    variables(pattern, &mut names);
                }
                if keys.insert(message.id.name.to_owned(), names).is_some() {
                    found.push(format!("{file}: {} is there twice", message.id.name));
                }
            }
            Entry::Junk { content } => {
                found.push(format!("{file}: cannot read {content:?}"));
            }
            _ => {}
        }
    }
    keys
}

fn variables(pattern: &Pattern<&str>, names: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, names);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, names: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, names);
            for variant in variants {
                variables(&variant.value, names);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, names),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, names: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            names.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, names),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, names);
            }
        }
        _ => {}
    }
}
