//! "Where is the pool?" before anything else: Amazon Cognito in an AWS region, or a local
//! emulator or other endpoint. The endpoint used to hide under Advanced while Region came
//! first, and testers pointed at an emulator typed a region that was never used (issue 16).

use egui::{Response, TextEdit, Ui};

use crate::cognito::EndpointError;
use crate::cognito::endpoint::{pool_elsewhere, pool_region};
use crate::signin::{Field, InputError, Target};

use super::form_rows::{
    empty_cell, field_id, field_width, keyed_text_row, problem_line, problem_row,
};
use super::labels;
use super::region_picker;
use super::speech::{language, say};
use crate::messages::{Arg, text};

/// Which of the two places the form is set to, and the endpoint typed before the person
/// switched to a region (given back if they switch back).
#[derive(Debug, Default)]
pub struct PlaceRows {
    at_endpoint: bool,
    set_aside: String,
}

/// Room for the "Pick a region" button beside the region field.
const PICKER_WIDTH: f32 = 120.0;

impl PlaceRows {
    pub fn new(target: &Target) -> Self {
        Self {
            at_endpoint: !target.endpoint.trim().is_empty(),
            set_aside: String::new(),
        }
    }

    /// The field where a problem is fixed: with the endpoint chosen, a missing place is a
    /// missing endpoint, not a missing region; signing in through the pool's domain (managed
    /// login, client credentials), the place comes from the domain, so it is the domain.
    pub fn field_for(&self, problem: &InputError, by_domain: bool) -> Field {
        if by_domain && is_missing_place(problem) {
            Field::Domain
        } else if self.at_endpoint && is_missing_place(problem) {
            Field::Endpoint
        } else {
            problem.field()
        }
    }

    /// Shows the endpoint field (asked when a problem there needs the person).
    pub fn open_endpoint(&mut self) {
        self.at_endpoint = true;
    }

    /// The choice, then the region or the endpoint, then the pool ID, each with its problem.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        target: &mut Target,
        problems: &[InputError],
        fields: &mut Vec<Response>,
    ) {
        self.choice(ui, target);
        if self.at_endpoint {
            fields.push(keyed_text_row(
                ui,
                labels::ENDPOINT,
                &say(ui.ctx(), "form-endpoint"),
                &mut target.endpoint,
                &say(ui.ctx(), "form-endpoint-hint"),
            ));
            if problems.iter().any(is_missing_place) {
                problem_line(ui, &say(ui.ctx(), "form-endpoint-missing"));
            }
            problem_row(ui, problems, Field::Endpoint);
        }
        fields.push(region_row(ui, target, self.at_endpoint));
        if self.at_endpoint {
            // Beside an endpoint the region is optional: a missing place is the endpoint's.
            let region_problems = problems.iter().filter(|p| !is_missing_place(p));
            problem_row(ui, region_problems, Field::Region);
        } else {
            problem_row(ui, problems, Field::Region);
        }
        fields.push(pool_row(ui, target));
        problem_row(ui, problems, Field::PoolId);
    }

    fn choice(&mut self, ui: &mut Ui, target: &mut Target) {
        ui.label(say(ui.ctx(), "form-where-is-the-pool"));
        let mut at_endpoint = self.at_endpoint;
        ui.horizontal_wrapped(|ui| {
            let in_region = say(ui.ctx(), "form-in-an-aws-region");
            ui.radio_value(&mut at_endpoint, false, in_region);
            ui.radio_value(&mut at_endpoint, true, say(ui.ctx(), "form-at-an-endpoint"));
        });
        ui.end_row();
        if at_endpoint != self.at_endpoint {
            self.at_endpoint = at_endpoint;
            // An endpoint left typed would still be where the password goes.
            if at_endpoint {
                target.endpoint = std::mem::take(&mut self.set_aside);
            } else {
                self.set_aside = std::mem::take(&mut target.endpoint);
            }
        }
    }
}

/// The region, its picker and where it is; beside an endpoint it is optional (the pool's
/// region, for the pool ID and the settings), and checked all the same.
fn region_row(ui: &mut Ui, target: &mut Target, at_endpoint: bool) -> Response {
    let label = ui.label(say(ui.ctx(), "form-region"));
    let hint = say(
        ui.ctx(),
        if at_endpoint {
            "form-region-hint-optional"
        } else {
            "form-region-hint"
        },
    );
    let region = ui
        .horizontal(|ui| {
            let width = (field_width(ui) - PICKER_WIDTH).max(100.0);
            let region = ui
                .add(
                    TextEdit::singleline(&mut target.region)
                        .id(field_id(labels::REGION))
                        .hint_text(hint)
                        .desired_width(width),
                )
                .labelled_by(label.id);
            region_picker::show(ui, &mut target.region);
            region
        })
        .inner;
    ui.end_row();
    region
}

/// The pool ID; its prefix names its region, which the region field follows.
fn pool_row(ui: &mut Ui, target: &mut Target) -> Response {
    let before = target.pool_id.clone();
    let pool = keyed_text_row(
        ui,
        labels::POOL_ID,
        &say(ui.ctx(), "form-pool-id"),
        &mut target.pool_id,
        &say(ui.ctx(), "form-pool-id-hint"),
    );
    if pool.changed()
        && let Ok(region) = pool_region(target.pool_id.trim())
        && pool_region(before.trim()).ok() != Some(region)
    {
        // The pool ID names its region; taking it from there avoids the classic
        // "client does not exist" caused by a wrong region.
        target.region = region.to_owned();
    }
    if target.endpoint.trim().is_empty()
        && let Some(pool_region) = pool_elsewhere(&target.region, &target.pool_id)
    {
        empty_cell(ui);
        let args = [
            ("pool-region", Arg::Text(pool_region)),
            ("region", Arg::Text(target.region.trim())),
        ];
        let elsewhere = text(language(ui.ctx()), "form-pool-elsewhere", &args);
        ui.colored_label(ui.visuals().warn_fg_color, elsewhere);
        ui.end_row();
    }
    pool
}

/// Neither a region, a pool ID nor an endpoint given.
fn is_missing_place(problem: &InputError) -> bool {
    matches!(problem, InputError::Endpoint(EndpointError::MissingRegion))
}
