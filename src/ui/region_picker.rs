//! The region field's picker: each region Cognito runs in, named with the place people know
//! it by ("ap-northeast-1 — Tokyo"), since few remember which number is which city.

use egui::Ui;

use crate::cognito::endpoint::COGNITO_REGIONS;

use crate::messages::{Arg, Lang, text};

use super::speech::{language, say};

/// The place each region is in, as the AWS console names it (Regions and Zones,
/// docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html).
const PLACES: &[(&str, &str)] = &[
    ("us-east-1", "N. Virginia"),
    ("us-east-2", "Ohio"),
    ("us-west-1", "N. California"),
    ("us-west-2", "Oregon"),
    ("af-south-1", "Cape Town"),
    ("ap-east-1", "Hong Kong"),
    ("ap-south-1", "Mumbai"),
    ("ap-south-2", "Hyderabad"),
    ("ap-southeast-1", "Singapore"),
    ("ap-southeast-2", "Sydney"),
    ("ap-southeast-3", "Jakarta"),
    ("ap-southeast-4", "Melbourne"),
    ("ap-southeast-5", "Malaysia"),
    ("ap-northeast-1", "Tokyo"),
    ("ap-northeast-2", "Seoul"),
    ("ap-northeast-3", "Osaka"),
    ("ca-central-1", "Canada Central"),
    ("ca-west-1", "Calgary"),
    ("eu-central-1", "Frankfurt"),
    ("eu-central-2", "Zurich"),
    ("eu-west-1", "Ireland"),
    ("eu-west-2", "London"),
    ("eu-west-3", "Paris"),
    ("eu-north-1", "Stockholm"),
    ("eu-south-1", "Milan"),
    ("eu-south-2", "Spain"),
    ("il-central-1", "Tel Aviv"),
    ("me-central-1", "UAE"),
    ("me-south-1", "Bahrain"),
    ("mx-central-1", "Mexico Central"),
    ("sa-east-1", "São Paulo"),
    ("us-gov-east-1", "GovCloud US-East"),
    ("us-gov-west-1", "GovCloud US-West"),
    ("cn-north-1", "Beijing"),
    ("cn-northwest-1", "Ningxia"),
];

/// Where a region is, when it is one Cognito runs in.
pub fn place_of(region: &str) -> Option<&'static str> {
    let region = region.trim();
    PLACES
        .iter()
        .find(|(name, _)| *name == region)
        .map(|(_, place)| *place)
}

/// How a region is listed in `lang`: its name, then its place as the AWS console of that
/// language names it (catalogue `form-region-<name>`).
pub fn listed_in(lang: Lang, region: &str) -> String {
    let region = region.trim();
    if place_of(region).is_none() {
        return region.to_owned();
    }
    let place = text(lang, &format!("form-region-{region}"), &[]);
    let args = [("region", Arg::Text(region)), ("place", Arg::Text(&place))];
    text(lang, "form-region-listed", &args)
}

/// The "Pick a region" menu: every region Cognito runs in, with its place.
pub fn show(ui: &mut Ui, region: &mut String) {
    let lang = language(ui.ctx());
    ui.menu_button(say(ui.ctx(), "form-pick-region"), |ui| {
        egui::ScrollArea::vertical()
            .max_height(300.0)
            .show(ui, |ui| {
                for name in COGNITO_REGIONS {
                    if ui.button(listed_in(lang, name)).clicked() {
                        *region = (*name).to_owned();
                        ui.close();
                    }
                }
            });
    });
}

#[cfg(test)]
#[path = "region_picker_tests.rs"]
mod tests;
