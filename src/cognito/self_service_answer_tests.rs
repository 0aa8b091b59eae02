use serde_json::json;

use super::*;

fn sign_up(answer: serde_json::Value) -> Result<SignUpAnswer, CognitoError> {
    sign_up_from(serde_json::from_value(answer).unwrap())
}

fn code_sent(answer: serde_json::Value) -> Result<Option<CodeDeliveryDetails>, CognitoError> {
    code_sent_from(serde_json::from_value(answer).unwrap())
}

#[test]
fn a_sign_up_answer_is_read_with_where_the_code_went() {
    let answer = sign_up(json!({
        "UserConfirmed": false,
        "UserSub": "5b1f0c9e-93f4-4c36-a0a1-0c6a9c1d2e3f",
        "CodeDeliveryDetails": {
            "Destination": "b***@e***",
            "DeliveryMedium": "EMAIL",
            "AttributeName": "email"
        }
    }))
    .unwrap();
    assert!(!answer.user_confirmed);
    assert_eq!(answer.user_sub, "5b1f0c9e-93f4-4c36-a0a1-0c6a9c1d2e3f");
    assert_eq!(
        answer.code_delivery,
        Some(CodeDeliveryDetails {
            destination: "b***@e***".into(),
            delivery_medium: DeliveryMedium::Email,
            attribute_name: Some("email".into()),
        })
    );
}

#[test]
fn a_confirmed_sign_up_needs_no_code() {
    let answer = sign_up(json!({"UserConfirmed": true, "UserSub": "abc-123"})).unwrap();
    assert!(answer.user_confirmed && answer.code_delivery.is_none());
}

#[test]
fn a_sign_up_answer_without_its_sub_or_status_is_refused() {
    assert!(sign_up(json!({"UserConfirmed": false})).is_err());
    assert!(sign_up(json!({"UserSub": "abc"})).is_err());
    assert!(sign_up(json!({"UserConfirmed": false, "UserSub": "a b"})).is_err());
    assert!(sign_up(json!({"UserConfirmed": false, "UserSub": "x".repeat(129)})).is_err());
}

#[test]
fn an_sms_delivery_without_an_attribute_name_is_read() {
    let details = code_sent(json!({
        "CodeDeliveryDetails": {"Destination": "+*******0100", "DeliveryMedium": "SMS"}
    }))
    .unwrap()
    .unwrap();
    assert_eq!(details.delivery_medium, DeliveryMedium::Sms);
    assert_eq!(details.attribute_name, None);
    assert_eq!(details.delivery_medium.to_string(), "SMS");
    assert_eq!(code_sent(json!({})).unwrap(), None);
}

#[test]
fn odd_delivery_details_are_refused() {
    let odd = [
        json!({"Destination": "a\u{1b}[2Jb", "DeliveryMedium": "EMAIL"}),
        json!({"Destination": "line\nfake", "DeliveryMedium": "EMAIL"}),
        json!({"Destination": "x".repeat(257), "DeliveryMedium": "EMAIL"}),
        json!({"Destination": "  ", "DeliveryMedium": "EMAIL"}),
        json!({"DeliveryMedium": "EMAIL"}),
        json!({"Destination": "a***@e***", "DeliveryMedium": "PIGEON"}),
        json!({"Destination": "a***@e***"}),
        json!({"Destination": "a***@e***", "DeliveryMedium": "EMAIL", "AttributeName": "e mail"}),
        json!({"Destination": "a***@e***", "DeliveryMedium": "EMAIL",
               "AttributeName": "a".repeat(33)}),
    ];
    for details in odd {
        let error = code_sent(json!({"CodeDeliveryDetails": details})).unwrap_err();
        assert!(
            matches!(error, CognitoError::UnexpectedResponse { .. }),
            "{details}: {error:?}"
        );
    }
}

#[test]
fn attribute_updates_list_each_code_sent() {
    let read = |answer: serde_json::Value| {
        attributes_updated_from(serde_json::from_value(answer).unwrap())
    };
    assert_eq!(read(json!({})).unwrap(), vec![]);
    assert_eq!(
        read(json!({"CodeDeliveryDetailsList": []})).unwrap(),
        vec![]
    );
    let one = json!({"Destination": "n***@e***", "DeliveryMedium": "EMAIL",
                     "AttributeName": "email"});
    assert_eq!(
        read(json!({"CodeDeliveryDetailsList": [one]}))
            .unwrap()
            .len(),
        1
    );
    let many = vec![one; 17];
    assert!(read(json!({"CodeDeliveryDetailsList": many})).is_err());
    let odd = json!({"Destination": "n\u{7}", "DeliveryMedium": "EMAIL"});
    assert!(read(json!({"CodeDeliveryDetailsList": [odd]})).is_err());
}
