//! The status line: one place at the foot of the window, one height, whatever it says. A
//! banner above the form moved every field by one to three lines as messages came and went,
//! and the person's next click landed on the wrong field (issue 16). It says what the app is
//! doing (a spinner while Cognito is asked), what just worked, or what went wrong, coloured by
//! kind (and marked by shape, not colour alone), until the person's next action; screen readers are told each new message (an
//! AccessKit live region, as ARIA's `role="status"`).

use egui::{Color32, RichText, Ui};

use crate::messages::{Lang, Message, text, tr};

/// What kind of message: it picks the colour and the symbol before the text, so the kind is
/// not told by colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Progress,
    Success,
    Warning,
    Error,
}

/// The message on the status line; empty until something is said.
#[derive(Debug, Default)]
pub struct StatusLine {
    said: Option<(Tone, Said)>,
}

/// What the line says: a message, put into words in the language of the frame that draws it
/// (so switching the language changes it too), or text that is shown as it is (a path, a
/// server's own words).
#[derive(Debug, Clone, PartialEq)]
pub enum Said {
    Words(Message),
    Text(String),
}

impl Said {
    fn words(&self, lang: Lang) -> String {
        match self {
            Said::Words(message) => message.words(lang),
            Said::Text(text) => text.clone(),
        }
    }
}

impl From<Message> for Said {
    fn from(message: Message) -> Self {
        Said::Words(message)
    }
}

impl From<String> for Said {
    fn from(text: String) -> Self {
        Said::Text(text)
    }
}

impl From<&str> for Said {
    fn from(text: &str) -> Self {
        Said::Text(text.to_owned())
    }
}

/// What a call out to Cognito is for, shown in place of the message while it runs.
pub struct Busy<'a> {
    /// What the app is doing: a key of status.ftl (`activity-…`, e.g. `Activity::key`).
    pub activity: &'a str,
    pub retry: Option<(u32, u32)>,
    /// Waiting on a person (the browser), for minutes: no spinner, which would repaint the
    /// window sixty times a second all that while; the wait's countdown says it is alive.
    pub still: bool,
}

/// Two lines of body text and the panel's margins: room for any message this app says (they
/// wrap; a longer one is cut, and read whole by a screen reader).
pub const HEIGHT: f32 = 46.0;

impl StatusLine {
    pub fn say(&mut self, tone: Tone, text: impl Into<Said>) {
        self.said = Some((tone, text.into()));
    }

    pub fn success(&mut self, text: impl Into<Said>) {
        self.say(Tone::Success, text);
    }

    pub fn warn(&mut self, text: impl Into<Said>) {
        self.say(Tone::Warning, text);
    }

    pub fn error(&mut self, text: impl Into<Said>) {
        self.say(Tone::Error, text);
    }

    /// Says `text` as a success unless a warning or an error was said since the person's last
    /// action: "Signed in" must not hide that the keychain refused the secret on the way.
    pub fn success_unless_warned(&mut self, text: impl Into<Said>) {
        if !matches!(self.said, Some((Tone::Warning | Tone::Error, _))) {
            self.success(text);
        }
    }

    /// The person did something new: what was said about the last thing goes.
    pub fn clear(&mut self) {
        self.said = None;
    }

    /// Draws the line: the call in progress if there is one, else the last message.
    pub fn show(&self, ui: &mut Ui, busy: Option<Busy<'_>>, lang: Lang) {
        let still = busy.as_ref().is_some_and(|b| b.still);
        let (tone, text) = match (&busy, &self.said) {
            (Some(busy), _) => {
                let activity = tr(lang, busy.activity);
                let shown = match busy.retry {
                    Some((attempt, of)) => {
                        let args = [
                            ("activity", (&activity).into()),
                            ("attempt", i64::from(attempt).into()),
                            ("of", i64::from(of).into()),
                        ];
                        text(lang, "status-retrying", &args)
                    }
                    None => activity,
                };
                (Tone::Progress, shown)
            }
            (None, Some((tone, said))) => (*tone, said.words(lang)),
            (None, None) => return,
        };
        ui.horizontal_wrapped(|ui| {
            if tone == Tone::Progress && !still {
                ui.add(egui::Spinner::new());
            } else {
                mark(ui, tone);
            }
            let shown = RichText::new(&text).color(colour(ui, tone));
            let id = ui.add(egui::Label::new(shown).wrap()).id;
            ui.ctx().accesskit_node_builder(id, |node| {
                node.set_role(egui::accesskit::Role::Status);
                node.set_label(text.as_str());
                node.set_live(egui::accesskit::Live::Polite);
            });
        });
    }
}

/// A mark before the message, drawn rather than a font's symbol: egui's bundled font has no
/// ✔ or ⚠ (a missing glyph is a panic in tests and a box on screen). A tick for success, a
/// triangle for a warning, a cross for an error.
fn mark(ui: &mut Ui, tone: Tone) {
    let size = ui.text_style_height(&egui::TextStyle::Body);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    let r = rect.shrink(size * 0.15);
    let stroke = egui::Stroke::new(2.0, colour(ui, tone));
    let painter = ui.painter();
    match tone {
        Tone::Success => {
            let points = [r.left_center(), r.center_bottom(), r.right_top()];
            painter.line(points.to_vec(), stroke);
        }
        Tone::Warning => {
            let points = vec![r.center_top(), r.right_bottom(), r.left_bottom()];
            painter.add(egui::Shape::convex_polygon(
                points,
                stroke.color,
                egui::Stroke::NONE,
            ));
        }
        Tone::Error => {
            painter.line_segment([r.left_top(), r.right_bottom()], stroke);
            painter.line_segment([r.right_top(), r.left_bottom()], stroke);
        }
        // A still ring: the spinner at rest (a wait on a person).
        Tone::Progress => {
            painter.circle_stroke(r.center(), r.width() / 2.0, stroke);
        }
    }
}

/// egui's own colours for each kind, so both the light and the dark theme read well.
fn colour(ui: &Ui, tone: Tone) -> Color32 {
    let visuals = ui.visuals();
    match tone {
        Tone::Progress => visuals.text_color(),
        Tone::Success => {
            if visuals.dark_mode {
                Color32::from_rgb(0x6c, 0xc0, 0x6c)
            } else {
                Color32::from_rgb(0x1e, 0x7b, 0x34)
            }
        }
        Tone::Warning => visuals.warn_fg_color,
        Tone::Error => visuals.error_fg_color,
    }
}
