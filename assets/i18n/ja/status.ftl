## The status line and the notes the sign-in core reports

status-retrying = { $activity } — 再試行しています（{ $of } 回中 { $attempt } 回目）
