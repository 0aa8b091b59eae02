use super::*;

#[test]
fn a_wait_is_spoken_in_the_largest_whole_unit() {
    assert_eq!(spoken(Duration::from_secs(300)), "5 minutes");
    assert_eq!(spoken(Duration::from_secs(60)), "1 minute");
    assert_eq!(spoken(Duration::from_secs(90)), "90 seconds");
    assert_eq!(spoken(Duration::from_millis(300)), "300 milliseconds");
}

#[test]
fn each_failure_says_what_to_do() {
    let busy = ListenError::PortInUse { port: 53682 }.to_string();
    assert!(
        busy.starts_with("Port 53682 on this computer is in use by another program: close it, or register another callback URL"),
        "{busy}"
    );
    let late = RedirectError::TimedOut {
        after: Duration::from_secs(300),
    };
    assert!(
        late.to_string()
            .starts_with("The browser did not come back within 5 minutes"),
        "{late}"
    );
    let scope = RedirectError::Denied {
        error: "invalid_scope".into(),
        description: String::new(),
    };
    assert_eq!(
        scope.to_string(),
        "Sign-in did not finish: Cognito answered \"invalid_scope\". Allow these scopes on the app client, or ask for fewer."
    );
    assert!(
        RedirectError::WrongState
            .to_string()
            .contains("its state did not match")
    );
}
