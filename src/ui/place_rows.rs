//! "Where is the pool?" before anything else: Amazon Cognito in an AWS region, or a local
//! emulator or other endpoint. The endpoint used to hide under Advanced while Region came
//! first, and testers pointed at an emulator typed a region that was never used (issue 16).

use egui::{Response, TextEdit, Ui};

use crate::cognito::EndpointError;
use crate::cognito::endpoint::{pool_elsewhere, pool_region};
use crate::signin::{Field, InputError, Target};

use super::form_rows::{field_id, field_width, problem_line, problem_row, text_row};
use super::labels;
use super::region_picker;

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
    /// missing endpoint, not a missing region.
    pub fn field_for(&self, problem: &InputError) -> Field {
        if self.at_endpoint && is_missing_place(problem) {
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
            fields.push(text_row(
                ui,
                labels::ENDPOINT,
                &mut target.endpoint,
                "e.g. http://127.0.0.1:9229",
            ));
            if problems.iter().any(is_missing_place) {
                problem_line(ui, "Enter the endpoint URL (e.g. http://127.0.0.1:9229)");
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
        ui.label(labels::WHERE_IS_THE_POOL);
        let mut at_endpoint = self.at_endpoint;
        ui.horizontal_wrapped(|ui| {
            ui.radio_value(&mut at_endpoint, false, labels::IN_AN_AWS_REGION);
            ui.radio_value(&mut at_endpoint, true, labels::AT_AN_ENDPOINT);
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
    let label = ui.label(labels::REGION);
    let hint = if at_endpoint {
        "optional beside an endpoint"
    } else {
        "e.g. eu-west-1"
    };
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
    let pool = text_row(
        ui,
        labels::POOL_ID,
        &mut target.pool_id,
        "optional, e.g. eu-west-1_AbC123",
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
        ui.label("");
        ui.colored_label(
            ui.visuals().warn_fg_color,
            format!(
                "This pool is in {pool_region}, not {}.",
                target.region.trim()
            ),
        );
        ui.end_row();
    }
    pool
}

/// Neither a region, a pool ID nor an endpoint given.
fn is_missing_place(problem: &InputError) -> bool {
    matches!(problem, InputError::Endpoint(EndpointError::MissingRegion))
}
