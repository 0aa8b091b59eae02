## The token panel: tokens, claims, copy buttons, AWS credentials, the token cache


## The heading of the token panel

token-signed-in = Signed in
token-got-access-token = Got an access token for the app client
# $flow: the sign-in flow as Cognito names it (USER_SRP_AUTH…)
token-flow-used = Flow used: { $flow }
token-scopes = Scopes: { $scopes }
token-which = Which one? API Gateway's Cognito authorizer takes the ID token unless OAuth scopes are configured; APIs guarded by scopes, and Cognito's own user APIs (aws.cognito.signin.user.admin), take the access token.

## Each token with its Copy button, in the chosen preset

token-name-id = ID token
token-name-access = Access token
token-name-refresh = Refresh token
token-copy-id = Copy ID token
token-copy-access = Copy access token
token-copy-refresh = Copy refresh token
# A Copy button's tooltip: $copy is the button's name, $preset the chosen "Copy as", $n its shortcut key
token-copy-tip = { $copy } as "{ $preset }" (Ctrl+{ $n })
token-copy-all-tip = Ctrl+1, 2 or 3
token-copied = Copied
token-copy-as = Copy as
token-preset-raw = Token only
token-preset-bearer = Bearer <token>
token-preset-authorization = Authorization: Bearer <token>
token-preset-curl = curl command
token-preset-env = .env lines (all tokens)
token-preset-postman = Postman environment
token-copy-all-env = Copy all as .env
token-copy-all-postman = Copy all as Postman environment

## When the tokens expire. $tokens is both (ID and access tokens) or access (client credentials: an access token alone)

token-expiry-unknown = The server did not say when the tokens expire.
token-expired-at = { $tokens ->
        [both] The ID and access tokens
       *[access] The access token
    } expired at { $when }. Refresh or sign in again.
token-expires-far = { $tokens ->
        [both] The ID and access tokens expire
       *[access] The access token expires
    } in the far future.
# $left is one of the token-left-… messages
token-expires-at = { $tokens ->
        [both] The ID and access tokens expire
       *[access] The access token expires
    } at { $when }, in { $left }.
token-left-under-a-minute = less than a minute
token-left-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
# $minutes is two digits (05)
token-left-hours = { $hours } h { $minutes } min
token-far-future = far future
# The countdown beside exp in a token's details: $clock is minutes:seconds (59:12), $minutes two digits
token-expires-in-clock = expires in { $clock }
token-expires-in-hours = expires in { $hours } h { $minutes } min
token-expired-seconds-ago = expired { $seconds } s ago
token-expired-minutes-ago = expired { $minutes } min ago

## A token's details

token-details-id = ID token details
token-details-access = Access token details
token-details-refresh = Refresh token details
token-signature-checking = Signature: checking…
token-signature-valid = Signature: valid (checked with the user pool's keys; issuer, audience, use and expiry match)
# $server: where the keys came from, a server that is not Amazon Cognito
token-signature-valid-from = Signature: valid (checked with keys from { $server }, which is not Amazon Cognito; issuer, audience, use and expiry match)
# $reason: why, in English as the check said it (also in the command line's JSON)
token-signature-invalid = Signature: INVALID: { $reason }
token-signature-unchecked = Signature: could not check: { $reason }
token-not-a-jwt = Not a readable JWT: { $error }.
token-header = Header
token-claims = Claims
token-copy-claims-id = Copy ID token claims
token-copy-claims-access = Copy access token claims
token-copy-claims-refresh = Copy refresh token claims

## What to do with the tokens

token-refresh = Refresh tokens
token-refresh-hint = Get new ID and access tokens with the refresh token
token-refresh-hint-client = Ask for a new access token with the client credentials
token-refreshing = Refreshing…
token-who-am-i = Who am I
token-who-am-i-hint = Ask Cognito for this user's attributes (GetUser)
token-asking-who = Asking Cognito who this is…
token-user = User { $username }
token-save-postman = Save Postman environment…
token-save-postman-hint = Save a Postman environment file with the tokens (Environments > Import)
token-include-refresh = Include the refresh token in the Postman file
token-include-refresh-hint = The refresh token signs in again for days: leave it out of a file you share
token-auto-refresh = Refresh automatically before they expire
token-auto-refresh-hint = While the window is open, refresh a minute before the tokens expire
token-remember-refresh = Keep the refresh token in the system keychain
token-remember-refresh-hint = Sign in again later without the password; Sign out forgets it
token-sign-out = Sign out
token-sign-out-hint = Revoke the refresh token with Cognito and forget the tokens here
token-sign-out-everywhere = Sign out everywhere
token-sign-out-everywhere-hint = End every session of this user on every device (GlobalSignOut)
token-sign-out-everywhere-says = This ends every session of this user on every device: every app and browser where they are signed in must sign in again. The tokens here are forgotten too.
token-cancel = Cancel

## The panel's own choices (src/ui/panel_choices.rs) and resuming with the saved refresh token

token-curl-url = URL for curl
token-curl-needs-url = Type the URL the curl command should call: the ID and access tokens' Copy buttons wait for it.
# A checkbox followed by a number of seconds and token-seconds-after: "Clear the clipboard after [60] s"
token-clear-clipboard = Clear the clipboard after
token-seconds-after = s
token-clear-clipboard-hint = Only if the clipboard still holds what this app put there
token-resume = Sign in with the saved refresh token
token-resume-hint = Get fresh tokens without the password, with the refresh token kept in the keychain

## Why a token's signature or claims did not check out (src/workbench/verify.rs); $error, $said: the library's or the network's own words

token-verdict-valid = signature and claims check out
token-verdict-not-signed = not a signed JWT: { $error }
token-verdict-not-a-jwt = not a JWT: { $error }
token-verdict-wrong-algorithm = signed with { $algorithm }, but Cognito signs with RS256
token-verdict-jwks-unreadable = the issuer's JWKS is not readable: { $error }
token-verdict-no-such-key = no key "{ $kid }" in the issuer's JWKS: not signed by this user pool
token-verdict-key-unusable = the issuer's key "{ $kid }" is not usable: { $error }
token-verdict-forged = the signature does not match the issuer's key: the token was changed or forged
token-verdict-other-issuer = issued by "{ $issuer }", not by this user pool
token-verdict-not-id-or-access = token_use is "{ $token-use }", not id or access
token-verdict-wrong-kind = this is an { $token-use } token where an { $expected } token was expected
token-verdict-other-client = { $claim } is "{ $value }", not this app client ({ $client })
token-verdict-no-expiry = the token has no expiry (exp)
token-verdict-expired = expired at { $at }
