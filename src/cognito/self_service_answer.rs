//! What Cognito answers to the self-service calls (self_service.rs), checked before anyone
//! sees it: where a code went is shown to a person ("sent to a***@e***"), so a server's
//! text with control characters, an absurd length or an unknown medium is refused, as
//! identity.rs refuses odd credentials.

use std::fmt;

use serde::Deserialize;

use super::error::CognitoError;

/// Longer than any masked e-mail address or phone number Cognito sends.
const LONGEST_DESTINATION: usize = 256;
/// The model's AttributeNameType: 1–32 characters.
const LONGEST_ATTRIBUTE_NAME: usize = 32;
/// A `sub` is a UUID; the model allows more, nobody sends it.
const LONGEST_USER_SUB: usize = 128;
/// UpdateUserAttributes sends a code per changed e-mail or phone: a handful at most.
const MOST_DELIVERIES: usize = 16;

/// How a code was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryMedium {
    Email,
    Sms,
}

impl fmt::Display for DeliveryMedium {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Email => "e-mail",
            Self::Sms => "SMS",
        })
    }
}

/// Where Cognito sent a code: `destination` is masked by Cognito (`a***@e***`, `+*******0100`),
/// `attribute_name` the attribute it went to (`email`, `phone_number`), when said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeDeliveryDetails {
    pub destination: String,
    pub delivery_medium: DeliveryMedium,
    pub attribute_name: Option<String>,
}

/// SignUp's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignUpAnswer {
    /// True when the pool confirmed the account at once (a PreSignUp trigger): no code to type.
    pub user_confirmed: bool,
    /// The new user's `sub`.
    pub user_sub: String,
    pub code_delivery: Option<CodeDeliveryDetails>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(super) struct DeliveryBody {
    destination: Option<String>,
    delivery_medium: Option<String>,
    attribute_name: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(super) struct SignUpBody {
    user_confirmed: Option<bool>,
    user_sub: Option<String>,
    code_delivery_details: Option<DeliveryBody>,
}

/// ResendConfirmationCode, ForgotPassword and GetUserAttributeVerificationCode answer this.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(super) struct CodeSentBody {
    code_delivery_details: Option<DeliveryBody>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(super) struct AttributesUpdatedBody {
    #[serde(default)]
    code_delivery_details_list: Vec<DeliveryBody>,
}

fn unexpected(detail: String) -> CognitoError {
    CognitoError::UnexpectedResponse {
        status: 200,
        detail: format!("the answer is not Cognito's: {detail}"),
    }
}

/// Text a person may be shown: not empty, at most `longest` characters, none of them a
/// control character (a terminal escape, a newline that fakes another line).
fn showable(text: &str, longest: usize) -> bool {
    !text.trim().is_empty()
        && text.chars().count() <= longest
        && !text.chars().any(char::is_control)
}

pub(super) fn delivery_from(body: DeliveryBody) -> Result<CodeDeliveryDetails, CognitoError> {
    let destination = (body.destination)
        .filter(|d| showable(d, LONGEST_DESTINATION))
        .ok_or_else(|| {
            unexpected("its code Destination is missing or not shaped like one".into())
        })?;
    let delivery_medium = match body.delivery_medium.as_deref() {
        Some("EMAIL") => DeliveryMedium::Email,
        Some("SMS") => DeliveryMedium::Sms,
        _ => {
            return Err(unexpected(
                "its DeliveryMedium is neither EMAIL nor SMS".into(),
            ));
        }
    };
    let attribute_name = match body.attribute_name {
        Some(name)
            if showable(&name, LONGEST_ATTRIBUTE_NAME)
                && !name.chars().any(char::is_whitespace) =>
        {
            Some(name)
        }
        Some(_) => {
            return Err(unexpected(
                "its AttributeName is not shaped like one".into(),
            ));
        }
        None => None,
    };
    Ok(CodeDeliveryDetails {
        destination,
        delivery_medium,
        attribute_name,
    })
}

pub(super) fn sign_up_from(body: SignUpBody) -> Result<SignUpAnswer, CognitoError> {
    let user_sub = (body.user_sub)
        .filter(|sub| {
            !sub.is_empty()
                && sub.len() <= LONGEST_USER_SUB
                && sub.bytes().all(|b| b.is_ascii_graphic())
        })
        .ok_or_else(|| unexpected("its UserSub is missing or not shaped like one".into()))?;
    let user_confirmed = (body.user_confirmed)
        .ok_or_else(|| unexpected("it does not say whether the user is confirmed".into()))?;
    Ok(SignUpAnswer {
        user_confirmed,
        user_sub,
        code_delivery: body.code_delivery_details.map(delivery_from).transpose()?,
    })
}

pub(super) fn code_sent_from(
    body: CodeSentBody,
) -> Result<Option<CodeDeliveryDetails>, CognitoError> {
    body.code_delivery_details.map(delivery_from).transpose()
}

pub(super) fn attributes_updated_from(
    body: AttributesUpdatedBody,
) -> Result<Vec<CodeDeliveryDetails>, CognitoError> {
    if body.code_delivery_details_list.len() > MOST_DELIVERIES {
        return Err(unexpected(
            "it lists more code deliveries than any change makes".into(),
        ));
    }
    (body.code_delivery_details_list.into_iter())
        .map(delivery_from)
        .collect()
}

#[cfg(test)]
#[path = "self_service_answer_tests.rs"]
mod tests;
