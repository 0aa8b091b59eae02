## Handing profiles over: the import preview, the trust prompt, the browser wait

## The import preview (src/ui/import_preview.rs): a profile file read, before anything changes

# Above the preview of the profiles.toml shipped with the app, offered at first start.
handoff-bundled = This copy of Cognito Login comes with profiles set up for you.
# $source is the file's path.
handoff-import-from = Import from { $source }
handoff-cannot-import = This file cannot be imported; nothing will change:
# One problem of the file; $problem is a profiles-problem-… message.
handoff-problem-line = • { $problem }
# One profile of the file: $name, $place (user pool ID, region or endpoint), $what (one of
# handoff-profile-new/-replaces/-exists) and $sends (a profiles-sends-… message).
handoff-profile-line = • { $name } ({ $place }): { $what }; { $sends }
handoff-profile-new = new
handoff-profile-replaces = replaces the profile of that name
handoff-profile-exists = you have a profile of that name
handoff-replace-same-name = Replace profiles with the same name
# Said under a greyed Import button, so it is not a puzzle.
handoff-tick-to-import = To import, tick the box above, or first rename the profile you have.
handoff-import = Import
handoff-cancel-import = Don't import
# After importing: $count profiles, $names their names joined with ", ".
handoff-imported = { $count ->
    [one] Imported: { $names }.
   *[other] Imported: { $names }.
}

## Files saved (the Postman environment, exported profiles) and the file dialogs' filters

handoff-saved = Saved { $path }.
# $error is the system's own words.
handoff-not-saved = Could not save { $path }: { $error }
handoff-filter-profile-file = Profile file
handoff-filter-postman = Postman environment
handoff-cleared-clipboard = Cleared the clipboard.
# $error is the system's own words.
handoff-settings-not-saved = Settings were not saved: { $error }

## What the status line says about the profile bar's changes

handoff-deleted-profile = Deleted the profile "{ $name }".
# $why is the name's problem (a profiles-name-… message or the app's own words).
handoff-name-unusable = That name cannot be used: { $why }.
handoff-name-taken = "{ $name }" cannot be used: a profile of that name exists already.

## The managed-login browser wait (src/ui/browser_wait.rs)

browser-finish = Finish signing in in your browser
# $callback is the callback URL the app listens at.
browser-waits-at = Cognito Login waits at { $callback } for the browser to come back.
# $left is minutes:seconds, like 4:59.
browser-time-left = Time left: { $left }
browser-redirect-mismatch = If the browser shows redirect_mismatch or "redirect_uri is not allowed", register { $callback } as a callback URL of this app client, then start again.
browser-other-browser = No browser, or the wrong one? Open this page in the browser you want:
browser-copy-address = Copy address
browser-copy-address-hint = Copy the sign-in page's address, to open it in another browser
browser-open-again = Open the browser again
browser-cancel = Cancel
browser-cancel-hint = Stop waiting and close the port (Esc)
browser-stopped-waiting = Stopped waiting: nothing listens at { $callback } any more.
browser-none-opened = No browser opened: copy the sign-in page's address below and open it in one.

## Where a profile sends what (the import preview, and profiles on the command line)

# $to is the server's address, or profiles-nowhere-yet.
profiles-sends-password = sends the password to { $to }
profiles-opens-page = opens the sign-in page at { $domain } in the browser
profiles-sends-secret = sends the client secret to { $domain }
profiles-nowhere-yet = nowhere yet

## Problems with a profile file (src/profiles/file.rs). The file is untrusted: its own text
## (keys, names, values) only ever comes in as a value.

# A problem of one profile: $profile is its name in quotes, or its number like #2.
profiles-problem-in = profile { $profile }: { $problem }
# $error is the system's own words.
profiles-problem-unreadable = could not be read: { $error }
profiles-problem-too-big = the file is { $bytes } bytes; a profile file is at most { $max } KiB
profiles-problem-not-utf8 = the file is not UTF-8 text
# $error is the TOML reader's own words.
profiles-problem-not-toml = not valid TOML (line { $line }): { $error }
profiles-problem-version-newer = version { $version } is newer than this app understands ({ $known }); update Cognito Login
profiles-problem-version-wrong = version must be { $known }, not { $version }
profiles-problem-version-missing = the file needs `version = { $known }` at the top
profiles-problem-no-profile = the file has no [[profile]]
profiles-problem-not-tables = profiles are written as [[profile]] tables
profiles-problem-not-a-table = is not a table of keys
profiles-problem-name-twice = the name is used twice in this file
profiles-problem-looks-secret = `{ $key }` looks like a secret; secrets never go in profile files (the app asks for them, or keeps them in the system keychain)
# $known lists the keys a profile may have.
profiles-problem-unknown-key = unknown key `{ $key }` (known: { $known })
# $type is TOML's name of a type: integer, boolean, array, table…
profiles-problem-not-a-string = `{ $key }` must be a string in quotes, not { $type }
profiles-problem-bad-flow = flow must be auto, srp, password or user-auth, not "{ $flow }"
profiles-problem-bad-preset = copy_preset must be raw, bearer, authorization-header, curl, env or postman-env, not "{ $preset }"
profiles-problem-name-required = `name` is required
# $why is the name's problem, in the app's own words.
profiles-problem-name-bad = `name`: { $why }
profiles-problem-client-id-required = `client_id` is required
profiles-problem-client-id-bad = `client_id` may contain only letters, digits, _ and + (up to 128)
profiles-problem-region-required = `region` is required unless `endpoint` is given
profiles-problem-identity-pool = `identity_pool_id`: { $error }
profiles-problem-username-long = `username` is longer than Cognito allows (128)
profiles-problem-tag-long = `tag` is a short label, up to 16 characters
profiles-problem-bad-kind = kind must be password, browser or client-credentials, not "{ $kind }"
profiles-problem-scopes-not-strings = `scopes` must be a list of strings in quotes
profiles-problem-scopes-not-list = `scopes` must be a list of strings, not { $type }
profiles-problem-bad-scope = `scopes`: "{ $scope }" is not a scope (letters, digits and !#$%&'()*+-./:<=>?@[]^_`{ "{|}" }~, as OAuth 2.0 allows)
profiles-problem-domain-required = `domain` is required for kind = "{ $kind }" (the user pool's domain, e.g. https://myapp.auth.eu-west-1.amazoncognito.com)
profiles-problem-domain-bad = `domain`: { $error }
profiles-problem-scopes-required = `scopes` is required for kind = "client-credentials" (the resource server's scopes, e.g. ["orders/read"])
profiles-problem-not-a-name = `{ $key }` is not a name (at most 128 characters, one line)

## The settings file could not be used (src/settings/store.rs): said once, at start

profiles-settings-no-folder = No settings folder was found; settings will not be remembered.
# $error is the system's own words; $kept is a profiles-settings-kept-as/-left-where-it-is message.
profiles-settings-unreadable = The settings file { $path } could not be read ({ $error }); { $kept }. Starting with defaults.
profiles-settings-not-text = The settings file { $path } is not text; { $kept }. Starting with defaults.
# $error is the TOML reader's own words.
profiles-settings-damaged = The settings file { $path } is damaged ({ $error }); { $kept }. Starting with defaults.
profiles-settings-newer = The settings file { $path } was written by a newer Cognito Login (settings version { $version }; this one reads { $reads }); { $kept }. Starting with defaults.
profiles-settings-kept-as = it was kept as { $backup }
profiles-settings-left-where-it-is = it was left where it is
profiles-settings-not-kept = it could not be kept aside ({ $error })

## The status line when a call to Cognito ends (src/ui/requests.rs)

handoff-signed-in = Signed in: the tokens are below.
handoff-refresh-failed = The tokens could not be refreshed: see below.
# $time is the local time (like 14:03:59); $operation is Cognito's name of the call, like REFRESH_TOKEN_AUTH.
handoff-refreshed-at = Refreshed at { $time } with { $operation }.

## Why a name cannot name a profile (src/profiles/names.rs)

profiles-name-needed = a profile needs a name
profiles-name-too-long = a profile name is up to 64 characters
profiles-name-hidden-characters = a profile name may not hold invisible or text-direction characters (such as U+200B or U+202E)
