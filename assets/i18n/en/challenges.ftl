## The challenge forms: MFA codes, new password, choosing a factor, setting up MFA


# The heading of a challenge form; $name is Cognito's name of the challenge (SMS_MFA…).
challenge-title-new-password = A new password is required ({ $name })
challenge-title-authenticator = Enter the code from your authenticator app ({ $name })
challenge-title-code-sent = Enter the code that was sent to you ({ $name })
challenge-title-select-mfa = Choose a sign-in code method ({ $name })
challenge-title-select-challenge = Choose how to sign in ({ $name })
challenge-title-mfa-setup = Set up multi-factor authentication ({ $name })
challenge-title-custom = Answer the custom challenge ({ $name })
challenge-title-other = Cognito asks for one more step ({ $name })
challenge-time-up = The time to answer has probably run out: start over if Cognito refuses.
# $left is minutes:seconds, e.g. 2:05
challenge-time-left = Time left to answer: { $left }
challenge-start-over = Start over
challenge-start-over-hint = Leave this step and go back to the form
challenge-continue = Continue
challenge-copied = Copied

## A one-time code: $medium is app (authenticator app), sms (text message) or email

challenge-code-sent-to = Enter the code from the { $medium ->
        [sms] text message
        [email] e-mail
       *[app] authenticator app
    } sent to { $to }.
challenge-code-from = Enter the code from the { $medium ->
        [sms] text message
        [email] e-mail
       *[app] authenticator app
    }.
challenge-code = Code
challenge-code-hint = e.g. 123456

## Choosing an MFA method (SELECT_MFA_TYPE) or a way to sign in (SELECT_CHALLENGE)

challenge-choose-mfa = Choose how to receive the sign-in code:
challenge-choose-sign-in = Choose how to sign in:
challenge-choice-authenticator = Authenticator app
challenge-choice-sms = Text message (SMS)
challenge-choice-email = E-mail
challenge-choice-password = Password
challenge-choice-password-srp = Password (SRP)
challenge-choice-passkey = Passkey
challenge-no-choices = Cognito offered no choices; start over.

## Setting up MFA (MFA_SETUP): an authenticator app by QR code or key

# $methods: the methods as Cognito names them, e.g. SMS_MFA, EMAIL_OTP
challenge-mfa-setup-elsewhere = The user must set up MFA first ({ $methods }). Only an authenticator app can be set up here; ask an administrator to add a phone number or e-mail address for the other kinds.
challenge-totp-intro = Set up an authenticator app: scan this code with it, or type the key by hand.
challenge-qr-code = QR code for the authenticator app
challenge-qr-too-long = This key is too long for a QR code; type it into the app instead.
# How the authenticator app lists the new entry, e.g. "Cognito Login (alice)"
challenge-totp-entry = The app lists it as { $issuer } ({ $account }).
challenge-key = Key:
challenge-copy-key = Copy key
challenge-totp-then = Then enter the code the app shows.

## A new password is required (NEW_PASSWORD_REQUIRED)

challenge-new-password-intro = Choose a new password to replace the temporary one.
challenge-new-password = New password
challenge-new-password-again = New password again
challenge-required-attributes = The user pool requires the attributes above.
challenge-passwords-differ = The two passwords differ.

## A custom challenge, and a step this app does not know (response keys typed by hand)

challenge-answer = Answer
challenge-unknown-step = This app does not know this step. What Cognito sent:
challenge-generic-intro = Add the response keys Cognito expects (USERNAME and SECRET_HASH are added for you).
# $n counts the rows: Response key 1, Value 1, Response key 2…
challenge-response-key = Response key { $n }
challenge-response-value = Value { $n }
challenge-add-response-key = Add response key

## Steps Cognito knows and this app cannot answer

challenge-unsupported-webauthn = Passkeys (WEB_AUTHN) are not supported in this app yet. Start over and choose another way to sign in, such as the password.
challenge-unsupported-device-srp = Remembered-device sign-in (DEVICE_SRP_AUTH) is not supported in this app yet. Ask an administrator to turn off device tracking for this app client, or forget the device.

## An answer refused before it is sent (src/signin/session/answer.rs). Ready for when an
## answer's problem can be a message (failure.rs's answer_problem taking a Message).

challenge-problem-closed = The sign-in was closed; start over.
challenge-problem-does-not-fit = This answer does not fit the challenge on screen.
challenge-problem-no-setup-session = Cognito sent no session for setting up the authenticator; start over.
challenge-problem-type-new-password = Type the new password.
# $names: the attribute names as the user pool spells them, e.g. name, birthdate
challenge-problem-required-attributes = Fill in the required attributes: { $names }.
challenge-problem-passkey = Passkeys (WEB_AUTHN) are not supported in this app yet; choose another way to sign in.
challenge-problem-needs-password = This way needs the password: start over and type it in the form.
challenge-problem-srp-needs-pool = SRP needs the user pool ID: start over and fill it in, or choose PASSWORD.
challenge-problem-no-response-key = Add at least one response key and its value.
challenge-problem-type-code = Type the code.
challenge-problem-code-not-accepted = The authenticator app's code was not accepted.
