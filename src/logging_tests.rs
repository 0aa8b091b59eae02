use super::*;

#[test]
fn off_unless_asked_for() {
    assert_eq!(level(0, None), None);
    assert_eq!(level(0, Some("")), None);
    assert_eq!(level(0, Some("verbose please")), None);
    assert_eq!(level(0, Some(" Debug ")), Some(Level::DEBUG));
    assert_eq!(level(0, Some("trace")), Some(Level::TRACE));
    assert_eq!(level(1, None), Some(Level::DEBUG));
    assert_eq!(level(2, Some("debug")), Some(Level::TRACE));
    assert_eq!(level(7, None), Some(Level::TRACE));
}

#[test]
fn field_names_show_shape_not_values() {
    let body = serde_json::json!({
        "AuthFlow": "USER_PASSWORD_AUTH",
        "AuthParameters": {"USERNAME": "alice", "PASSWORD": "hunter2"},
        "Items": ["secret"]
    });
    let names = field_names(&body);
    assert_eq!(names, "{AuthFlow,AuthParameters{PASSWORD,USERNAME},Items}");
    assert!(!names.contains("hunter2") && !names.contains("alice"));
}
