## The status line and the notes the sign-in core reports

# What the app is doing, while Cognito is asked again after a failure that may pass.
status-retrying = { $activity } — retrying ({ $attempt } of { $of })

## Notes shown with the tokens (and as note: lines on the command line): how the sign-in went

# The app used the USER_PASSWORD_AUTH flow instead of SRP; $why is one of the note-srp-… messages.
note-used-password-auth = Used USER_PASSWORD_AUTH: { $why }.
note-srp-needs-pool-id = SRP needs the user pool ID, which was not given
note-srp-challenge-is-a-stub = the server's SRP challenge is not Cognito's (its SRP_B is far too short; moto only imitates SRP)
note-srp-challenge-unusable = the server's SRP challenge could not be used ({ $error })
note-srp-not-allowed = the app client does not allow SRP. To use SRP, enable ALLOW_USER_SRP_AUTH on the app client
note-srp-not-allowed-said = the app client does not allow SRP (Cognito said: { $code }: { $said }). To use SRP, enable ALLOW_USER_SRP_AUTH on the app client
note-nonce-checked = The ID token carries this sign-in's nonce.
note-device-forgotten-by-cognito = Cognito no longer knows this computer's remembered device: it was forgotten here, and the sign-in went on without it.
note-from-token-cache = these tokens came from the token cache; the refresh token from the keychain
note-from-token-cache-no-refresh = these tokens came from the token cache; there is no refresh token to renew them

## What the app is doing while a call is out (beside the spinner)

activity-signing-in = Signing in…
activity-checking = Checking…
activity-setting-up-mfa = Setting up the authenticator…
activity-refreshing = Refreshing…
# A self-service call (create account, forgot password, my attributes …).
activity-asking-cognito = Asking Cognito…
# Managed login: the sign-in page is open in the browser.
activity-waiting-for-browser = Waiting for the browser…

## Said on the status line by the form's own code

status-settings-not-saved = Settings were not saved: { $problem }

## Saved secrets removed because the form now points elsewhere (src/ui/saved_secrets.rs)

# $what: client-secret, refresh-token or both; $profile: the profile's name; the servers and
# app client IDs where the secrets were saved, and where the form now points.
status-secrets-not-sent = The { $what ->
        [client-secret] client secret
        [refresh-token] refresh token
       *[both] client secret and refresh token
    } saved for "{ $profile }" belonged to app client { $from-client } at { $from-server }, not to { $to-client } at { $to-server }, so { $what ->
        [both] they were
       *[other] it was
    } removed and not sent.
# $said: status-secrets-not-sent.
status-type-client-secret-again = { $said } Type the client secret of this app client (leave it empty if it has none), then sign in again.
status-secrets-removed = Removed the saved { $what ->
        [client-secret] client secret
        [refresh-token] refresh token
       *[both] client secret and refresh token
    } of "{ $profile }": it was saved for another server or app client.
# A profile was renamed but the keychain could not move its secrets; $problem: the keychain's own words.
status-keychain-kept-old-name = { $problem } The keychain keeps the secrets under the old name "{ $old-name }".
# Sign in was pressed with problems in the form (each is said under its field).
status-not-sent-fix-fields = Not sent: fix what is said in red under the fields, then try again.
