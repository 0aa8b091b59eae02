## The status line and the notes the sign-in core reports

# What the app is doing, while Cognito is asked again after a failure that may pass.
status-retrying = { $activity } — retrying ({ $attempt } of { $of })
