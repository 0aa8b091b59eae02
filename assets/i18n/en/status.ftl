## The status line and the notes the sign-in core reports

