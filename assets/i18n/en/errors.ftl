## Why a sign-in failed and what to do: the table of Cognito's errors (landscape.md §3) and the other explanations of src/signin/explain

# In place of a server's name when its address has none.
error-the-server = the server
error-try-again = Try again.
error-sign-in-again = Sign in again.

## Cognito's codes (src/signin/explain/codes.rs)

error-wrong-password = The username or password is wrong.
error-wrong-password-hint = Check the password, and that Caps Lock is off.
error-wrong-password-hint-hidden = If the pool hides whether users exist, Cognito also says this for a user that does not exist.
error-disabled = This account is disabled.
error-disabled-hint = An administrator disabled it; ask them to enable it again.
error-locked = Too many wrong passwords: the account is locked for a while.
error-locked-hint = Wait up to 15 minutes before the next try: every new wrong password makes the lock longer.
error-session-expired = The sign-in took too long and its session expired.
error-session-expired-hint = Sign in again. Each step must be answered within the app client's session time (3 minutes by default).
error-refresh-refused = The refresh token is no longer accepted.
error-refresh-refused-hint = It must be used with the same app client that issued it; with device tracking on, it also needs the device key.
error-refresh-refused-hint-again = Otherwise sign in again.
error-no-user = There is no user with this name in the user pool.
error-no-user-hint = Check the username (or the e-mail or phone alias), and that the app client belongs to the right pool and region.
error-not-confirmed = This account has not been confirmed yet.
error-not-confirmed-hint = Enter the code from the sign-up e-mail or text message, or ask an administrator to confirm the user.
error-reset-required = The password must be reset before you can sign in.
error-reset-required-hint = Choose a new password with the code Cognito sent for the reset (the window's Choose a new password; confirm-forgot-password on the command line), or ask an administrator.
error-exists = An account with this username (or e-mail or phone number) already exists.
error-exists-hint = Sign in with it instead; if you forgot its password, use Forgot password.
error-exists-hint-fresh = For a fresh test account, choose another username (e.g. add a number).
error-not-delivered = Cognito could not send the code.
error-not-delivered-hint = Check the e-mail address or phone number the code goes to.
error-not-delivered-hint-admin = The user pool's e-mail or SMS sending may not be set up (or has hit its daily limit): show this message to whoever administers the pool.
error-secret-not-expected = This app client has no client secret, but one was sent.
error-secret-not-expected-hint = Leave Client secret empty for this app client (on the command line: unset $COGNITO_CLIENT_SECRET).
error-secret-not-expected-hint-client = If the app client should have a secret, check that the app client ID is the one you meant.
error-srp-not-allowed = This app client does not allow SRP sign-in (USER_SRP_AUTH).
error-srp-not-allowed-hint = Enable ALLOW_USER_SRP_AUTH on the app client, or choose the Auto or Password flow.
error-choice-not-allowed = This app client does not allow choice-based sign-in (USER_AUTH).
error-choice-not-allowed-hint = Enable ALLOW_USER_AUTH on the app client (it needs the Essentials tier), or choose another flow.
error-invalid-value = Cognito refused one of the values sent.
error-invalid-value-hint = Cognito's message below names the value; check that field.
error-unknown-client = Cognito does not know this app client.
error-unknown-client-hint = Check the app client ID.
error-unknown-client-hint-region = The region must be the user pool's region: the part of the pool ID before "_".
error-pool-not-set-up = The user pool is not set up for this kind of sign-in.
error-pool-not-set-up-hint = Show this message to whoever administers the user pool.
error-wrong-code = The code is wrong.
error-wrong-code-hint = Check the code; for an authenticator app, check that the phone's clock is right.
error-code-expired = The code has expired.
error-code-expired-hint = Start over to have a new code sent (codes last a few minutes).
error-weak-password = The password does not meet the user pool's rules.
error-weak-password-hint = Cognito's message below states the rule; a new password also cannot repeat a recent one.
error-too-many = Too many attempts in a short time.
error-too-many-hint = Wait a few minutes, then try again.
error-lambda = A custom check in the user pool (a Lambda trigger) stopped the sign-in.
error-lambda-hint = Its message is below; ask the pool's developers about it.
error-mfa-not-set-up = This MFA method is not set up for the user.
error-mfa-not-set-up-hint = Choose another method, or ask an administrator to set it up.
error-refresh-reused = This refresh token was already used and replaced by a newer one.
error-waf = AWS WAF blocked the request.
error-waf-hint = Your network address may be blocked (VPN, office network); ask the pool's administrator.
error-internal = Cognito had an internal error.
error-internal-hint = Try again in a moment.
# A code no row of the table knows; self-service calls get it too, not only sign-ins.
error-unknown = Cognito refused the request.
error-unknown-hint = The code and message below are Cognito's own words; search for them or show them to a developer.

## The client secret and the password flow (src/signin/explain/secret.rs)

# $client: the app client ID.
error-secret-hash-how = The app sends SECRET_HASH = Base64(HMAC-SHA256(client secret, username + client ID { $client })).
error-secret-missing = This app client has a client secret, and none was sent: enter it to sign in.
error-secret-missing-hint = Copy the client secret from the Cognito console (App integration > App clients) into Client secret (on the command line: set $COGNITO_CLIENT_SECRET).
error-secret-wrong = The client secret does not match this app client.
error-secret-wrong-hint = Copy the client secret again from the app client's page in the Cognito console.
# $name: the username signed in with; $kind: email or phone, the kind of alias it looks like.
error-secret-alias = The username "{ $name }" is { $kind ->
        [email] an e-mail address
       *[phone] a phone number
    }: a refresh's SECRET_HASH is made with Cognito's internal username (cognito:username in the ID token), not an e-mail or phone alias. Use that username (on the command line: --username, or pipe the JSON `sign-in` printed to `refresh`, which reads it from the ID token).
error-password-flow = This app client does not allow signing in with a username and password (USER_PASSWORD_AUTH).
error-password-flow-hint-pool-id = SRP, which the app client may allow instead (ALLOW_USER_SRP_AUTH), needs the user pool ID, which was not given: enter the user pool ID (on the command line: --pool-id) and sign in with the Auto or SRP flow.
error-password-flow-hint = In the Cognito console, open the app client and enable ALLOW_USER_PASSWORD_AUTH under Authentication flows, or sign in with SRP.
error-password-flow-hint-client = Check that the app client ID is the one you meant.

## Managed login's OAuth errors (src/signin/explain/oauth_codes.rs)

error-oauth-needs-secret = This app client has no client secret: client credentials need one.
error-oauth-needs-secret-hint = Create an app client with a client secret (a confidential client) and allow it client credentials.
error-oauth-pkce = The sign-in code was refused: its PKCE code verifier does not match.
error-oauth-browser-again = Sign in with the browser again, from the start.
error-oauth-refresh-hint = It was revoked (Sign out revokes it), has expired, or belongs to another app client: sign in again.
error-oauth-grant = The sign-in code or the scopes asked for were refused.
error-oauth-grant-hint = A code works once, for a few minutes, with the app client and callback URL it was issued to: sign in with the browser again.
error-oauth-grant-hint-scopes = For client credentials: allow every scope asked for on the app client (Login pages > Custom scopes).
error-oauth-scope = A scope asked for does not exist or is not allowed for this app client.
error-oauth-scope-hint = Client credentials take only custom scopes (resource-server/scope) of a resource server of the pool, allowed on the app client.
error-oauth-scope-hint-browser = Browser sign-in takes openid, email, phone and profile (the last three only with openid) if the app client allows them.
error-oauth-unauthorized = This app client is not allowed this kind of sign-in.
error-oauth-unauthorized-hint = Client credentials: this app client is not allowed client credentials, or has no client secret: client credentials need one.
error-oauth-unauthorized-hint-browser = Browser sign-in: allow the Authorization code grant on the app client (Login pages > OAuth grant types).
error-oauth-grant-type = The server does not offer this way of getting tokens.
error-oauth-grant-type-hint = Check that the domain is the user pool's domain (https://<prefix>.auth.<region>.amazoncognito.com, or its custom domain).
error-oauth-grant-type-hint-local = cognito-local has no client credentials: use MiniStack or Cognito for them.
error-oauth-callback = The callback URL is not registered on this app client.
error-oauth-callback-hint = Register the callback URL exactly as the profile has it (e.g. http://localhost:53682/callback: host, port and path) in the app client's Allowed callback URLs.
error-oauth-request = The managed login refused the request as incomplete or malformed.
error-oauth-request-hint = Its description below names what is wrong; check the domain, the callback URL and the scopes.
error-oauth-denied = The sign-in was cancelled or refused in the browser.
error-oauth-denied-hint = Sign in with the browser again; if you did not cancel, the identity provider or a Lambda trigger refused the user.
error-oauth-token = The access token was refused.
error-oauth-token-hint = It expired or was revoked: refresh, or sign in again.
error-oauth-token-hint-userinfo = userInfo takes only access tokens from the browser sign-in with the openid scope; one from a password sign-in is refused.
error-oauth-client-credentials = The client secret is wrong, or this app client has no client secret: client credentials need one.
error-oauth-client-credentials-hint = Copy the client secret again from the app client's page in the Cognito console.
error-oauth-client-credentials-hint-m2m = Client credentials work only with an app client that has a secret (a machine-to-machine client) and the Client credentials grant.
error-oauth-secret-wrong = The client secret is wrong, or this app client has none and one was sent.
error-oauth-secret-wrong-hint = Copy the client secret again from the app client's page in the Cognito console, or leave it empty for a client without one.
error-oauth-secret-missing = This app client has a client secret and none was sent, or the app client ID is wrong.
error-oauth-secret-missing-hint = Enter the client secret (on the command line: set $COGNITO_CLIENT_SECRET), and check the app client ID.

## Between the browser and this app (src/signin/explain/browser.rs)

error-browser-port = Port { $port } on this computer is in use by another program, so the browser could not come back to Cognito Login.
error-browser-port-hint = Close the other program (another sign-in waiting in a second window?), then try again.
error-browser-port-hint-other = Or register another callback URL on the app client, e.g. http://localhost:53683/callback, and put it in this profile.
# $said: the system's own words for why listening failed.
error-browser-listen = Cognito Login could not listen at { $callback } for the browser ({ $said }).
error-browser-listen-hint = Check the callback URL: it must be http://localhost:PORT/PATH or http://127.0.0.1:PORT/PATH.
error-browser-timeout = The browser did not come back in time, so the sign-in was given up.
error-browser-timeout-hint = Sign in with browser again, and finish the sign-in in the browser tab it opens.
error-browser-timeout-hint-page = If the browser showed an error page from Cognito instead (such as redirect_mismatch), register the callback URL on the app client.
error-browser-denied = The sign-in was refused or cancelled in the browser.
error-browser-denied-hint = Try again; if it keeps happening, ask whoever runs the user pool whether this user may sign in to this app.
error-browser-scope = The app client does not allow a scope this profile asks for.
error-browser-scope-hint = Ask only for the scopes the app client allows (App clients > the client > Login pages > OpenID Connect scopes).
error-browser-unauthorized = The app client may not use managed login with the authorization code grant.
error-browser-unauthorized-hint = Turn on "Authorization code grant" for the app client (Login pages > OAuth 2.0 grant types).
# $error: the OAuth error code the browser brought back.
error-browser-error = Cognito sent the browser back with an error ({ $error }).
# $said: the error and its description as the browser brought them, unchanged.
error-browser-said = The browser said: { $said }
error-browser-wrong-state = The browser came back from a different sign-in than the one started here, so it was not trusted.
error-browser-wrong-state-hint = Sign in with browser again, and use the tab it opens (not an older one).
error-browser-no-code = The browser came back without a sign-in code.
error-browser-no-code-hint = Try again; if it keeps happening, check that the app client allows the authorization code grant.
error-browser-io = Waiting for the browser failed: { $said }.
error-nonce = The ID token from the token endpoint was made for another sign-in (its nonce does not match), so it was not used.
error-nonce-hint = Sign in with browser again; if it keeps happening, the domain is not the pool's own.

## Identity pools (src/signin/explain/identity.rs)

error-identity-add-client-hint = In the identity pool (Cognito console > Identity pools > the pool > User access), add the user pool and this app client as an identity provider, or use the identity pool made for this app client.
error-identity-unauthenticated = Identity pool { $pool } refused: it does not allow unauthenticated access, and it did not accept this sign-in as an authenticated one.
error-identity-expired = The identity pool refused the ID token: it has expired.
error-identity-expired-hint = Refresh the tokens, then get AWS credentials again.
error-identity-signature = The identity pool could not verify the ID token's signature.
error-identity-signature-hint = The token was not issued by the user pool the identity pool trusts: sign in again with that pool.
error-identity-untrusted = Identity pool { $pool } does not trust app client { $client } of user pool { $user-pool }.
error-identity-no-pool = There is no identity pool { $pool }.
error-identity-no-pool-hint = Check the identity pool ID (Cognito console > Identity pools): it starts with the pool's region, which may differ from the user pool's.
error-identity-role = The identity pool's role for signed-in users cannot be assumed with this identity.
error-identity-role-hint = Check the role's trust policy: it must allow sts:AssumeRoleWithWebIdentity for cognito-identity.amazonaws.com, with aud = the identity pool ID and amr = authenticated.
error-identity-bad-id = "{ $id }" is not an identity pool ID.
error-identity-bad-id-hint = Copy it from the Cognito console (Identity pools > the pool): it looks like us-east-1:0a1b2c3d-4e5f-6789-abcd-ef0123456789.
error-identity-no-id-token = This sign-in has no ID token, which an identity pool needs.
error-identity-no-id-token-hint = Sign in as a user (password or browser): client credentials give an access token only.

## SRP, the password kept from a server that is not Cognito, the network (src/signin/explain.rs)

error-srp-randomness = The system's random number generator failed, so SRP could not start.
error-srp-randomness-hint = Choose the Password flow, or restart the computer.
# $said: what was wrong with the challenge, in the SRP code's words.
error-srp-challenge = The server's SRP challenge could not be answered: { $said }.
error-srp-challenge-hint = The server does not speak Cognito's SRP. Some emulators (moto) only imitate it: choose the Password flow for them.
error-srp-challenge-hint-pool = If the user pool ID is wrong, SRP fails too: check it.
error-password-not-sent = Your password was not sent to { $server }: SRP, which keeps the password on this computer, did not work there, and { $server } is not Amazon Cognito.
error-password-not-sent-hint = If your team runs this server (or it is an emulator on this computer), choose "Send the password to this server" below: asked once for this profile.
error-password-not-sent-hint-flow = Or choose the Password flow (on the command line: --flow password).
# $why: a note saying why SRP did not work (status.ftl's note-srp-…).
error-password-not-sent-why = Why SRP did not work: { $why }.
error-not-cognito = The server answered, but not like Cognito does (HTTP { $status }).
error-not-cognito-hint = Check the endpoint URL: it must point at Cognito or a Cognito emulator, not a web page.
error-not-cognito-hint-proxy = A proxy or captive portal can also answer in Cognito's place.
error-proxy-refused = Nothing answered at the proxy { $proxy }.
error-proxy-refused-hint = Check the proxy under Advanced (its host and port), or leave it empty.
error-endpoint-refused = Nothing answered at { $endpoint }.
error-endpoint-refused-hint = Is the emulator or server running? Check the endpoint URL and its port.
error-refused = { $host } refused the connection.
error-network-hint = Check your network connection and proxy settings.
error-dns = The server name { $host } could not be found.
error-dns-hint = Check the region (or the endpoint URL) for typos.
error-dns-hint-vpn = Check your internet connection and DNS; a VPN may be needed.
error-tls = A secure connection to { $host } could not be made.
error-tls-hint = A proxy or company TLS inspection may be in the way: its certificate must be trusted by the system.
error-tls-hint-clock = Check the computer's date and time.
error-timeout = { $host } did not answer within { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
error-timeout-hint = Check your connection, then try again, or raise the timeout under Advanced.
error-proxy = The proxy would not connect to { $host }.
error-proxy-hint = Check the proxy under Advanced, or the HTTPS_PROXY and NO_PROXY environment variables.
error-proxy-hint-sign-in = The proxy may need a sign-in of its own, or may block this host.
error-unreachable = Could not reach { $host }.

## Where a form's value comes from, under its error (explain_input)

error-input-region = Pick the region from the list, or copy it from the start of the user pool ID.
error-input-pool-id = Copy the user pool ID from the Cognito console (User pools > the pool > Overview).
error-input-client-id = Copy the app client ID from the Cognito console (App integration > App clients).
error-input-client-secret = Copy the client secret from the app client's page, or leave it empty if the client has none.
error-input-username = Type the username (or the e-mail or phone number, if the pool allows signing in with them).
error-input-password = Type the password.
error-input-endpoint = Leave the endpoint empty for real Cognito; for a local emulator use e.g. http://127.0.0.1:9229.
error-input-proxy = Leave the proxy empty to use the system's (HTTPS_PROXY), or type e.g. http://proxy.example.com:3128 under Advanced.
error-input-timeout = Set the timeout under Advanced.
error-input-flow = Pick the sign-in flow and preferred challenge from their lists.
error-input-domain = Copy the domain from the Cognito console (User pools > the pool > Branding > Domain); for a local emulator, its address.
error-input-callback-url = Use a callback URL registered on the app client, such as http://localhost:53682/callback (App clients > the client > Login pages).
error-input-scopes = Type the scopes separated by spaces, as the app client allows them (for client credentials, the resource server's, e.g. orders/read).

## The command line's own hint lines (src/cli/report.rs): the `error:` line before them stays English for scripts

cli-hint-secrets = secrets are never flags: pipe the password with --password-stdin or set $COGNITO_PASSWORD; the client secret goes in $COGNITO_CLIENT_SECRET
# $server: the server that is not Amazon Cognito.
cli-hint-send-password = to send the password itself to { $server }, run again with --flow password
cli-hint-confirm-sign-up = confirm the account with `cognito-login confirm-sign-up --code CODE` (the same flags as this sign-in; `--resend` sends the code again)
cli-hint-forgot-password = choose a new password: `cognito-login forgot-password`, then `cognito-login confirm-forgot-password --code CODE` (the same flags as this sign-in)

## How the window shows a failure (src/ui/result_view.rs)

# $summary: the failure's summary (one of the error-… messages).
error-heading-refresh = Refresh failed: { $summary }
error-heading-who-am-i = Who am I failed: { $summary }
error-heading-aws = No AWS credentials: { $summary }
error-heading-device = This computer was not remembered: { $summary }
# Button under a failure: sign in again sending the password to a server that is not Cognito.
error-send-password = Send the password to this server
error-send-password-hover = Sign in again with USER_PASSWORD_AUTH, sending the password to { $server }; this profile will not ask again for this server
# Buttons under a refused sign-in that open the self-service screen which gets the person on.
error-confirm-account = Confirm account
error-confirm-account-hover = Type the code sent at sign-up, or have it sent again
error-choose-new-password = Choose a new password
error-choose-new-password-hover = Type the code Cognito sent for the reset, or have one sent, and choose a new password
# The developer's line: $code and $said are Cognito's own words, never translated.
error-detail-cognito = Cognito error { $code }: { $said }
# $detail: the line above; $id: the request ID Cognito gave.
error-detail-request = { $detail }
    Request ID { $id }
error-detail-network = Network error: { $said }
error-detail-unexpected = Unexpected answer: { $said }
error-detail-srp = SRP: { $said }
error-detail-browser = Browser: { $said }
error-detail-nonce = ID token nonce does not match
# $why: the identity layer's own words for what is wrong with the pool ID
error-identity-user-pool-unknown = The identity pool must be told which user pool signed you in, and this one is not known ({ $why }). Fill in the user pool ID, then sign in again.
