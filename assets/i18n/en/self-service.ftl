## Create account, confirm, forgot and change password, attributes, remembered devices

## The ways in under the sign-in form (src/ui/desk_view.rs)

desk-create-account = Create account
desk-create-account-hover = Sign up for a new account in this user pool
desk-confirm-with-code = Confirm account with a code
desk-confirm-with-code-hover = Type the code Cognito sent when the account was created, or have it sent again
desk-forgot-password = Forgot password?
desk-forgot-password-hover = Get a code by e-mail or SMS and choose a new password

## The rows of the self-service screens

desk-username = Username
desk-new-username-hint = a new username
desk-new-password = New password
desk-new-password-again = New password again
desk-show-passwords = Show password
desk-email = E-mail
desk-email-hint = where the code goes
desk-required-hint = the pool requires it
desk-code = Code
desk-code-hint = from the message
desk-current-password = Current password

## Headings and buttons

desk-confirm-account = Confirm account
desk-forgot-explained = Cognito sends a code to this account's e-mail or phone; with it you choose a new password.
desk-send-me-a-code = Send me a code
desk-have-a-code = I already have a code
desk-have-a-code-hover = Go straight to typing the code and the new password
desk-choose-new-password = Choose a new password
desk-set-new-password = Set the new password
desk-back = Back
desk-send-code-again = Send the code again
# Beside the greyed Send the code again, counting down.
desk-ask-again-in = You can ask again in { $seconds } s.
desk-change-password = Change password
desk-change-password-hover = Choose a new password for this account
desk-my-attributes = My attributes
desk-my-attributes-hover = See and edit this account's attributes, and verify its e-mail or phone
desk-reading-attributes = Reading the attributes…
desk-try-again = Try again
desk-save-changes = Save changes
desk-verify = Verify
# The button beside an unverified attribute, and the heading of its screen. $attribute is
# Cognito's name of it (email, phone_number, or another).
desk-verify-attribute = { $attribute ->
    [email] Verify e-mail
    [phone_number] Verify phone number
   *[other] Verify { $attribute }
}

## Where the code went. $medium: EMAIL or SMS; $destination: as Cognito masked it (a***@e***).
## $purpose: confirm (the account), reset (the password) or verify (the attribute $attribute).

desk-medium = { $medium ->
    [SMS] SMS
   *[EMAIL] e-mail
}
desk-code-went-to = Type the code Cognito sent to { $destination } by { $medium }: it { $purpose ->
    [confirm] confirms the account
    [reset] lets you choose a new password
   *[verify] verifies the { $attribute }
}.
desk-code-went = Type the code Cognito sent: it { $purpose ->
    [confirm] confirms the account
    [reset] lets you choose a new password
   *[verify] verifies the { $attribute }
}.
# An attribute as a person calls it; $words is Cognito's name with spaces for underscores.
desk-attribute-words = { $attribute ->
    [email] e-mail address
    [phone_number] phone number
   *[other] { $words }
}

## What the status line says when a self-service call went through

desk-account-created = Account created: confirm it with the code Cognito sent.
desk-account-created-no-code = Account created, but Cognito did not say it sent a code: if none arrives, send it again, or ask an administrator to confirm the account.
desk-code-sent-to = Code sent to { $destination } by { $medium }.
desk-code-sent = Code sent.
desk-password-changed = Password changed.
desk-attribute-verified = { $attribute ->
    [email] E-mail address verified.
    [phone_number] Phone number verified.
   *[other] { $words } verified.
}
desk-verified = Verified.
desk-saved-type-code = Saved. Type the code Cognito sent.
desk-saved = Saved.
desk-done-sign-in = Done: type the password and sign in.

## Remembered devices (src/ui/device_prompt.rs, This user's devices in src/ui/account_view.rs)

device-remember-question = Remember this computer?
device-remember-explained = Cognito will skip the MFA code when you sign in from here again. Say no on a shared computer.
device-remember-it = Remember this computer
device-dont-remember-it = Don't remember it
device-proven = This computer is remembered: Cognito skipped the MFA code.
device-remembered = This computer is remembered: later sign-ins from here skip the MFA code.
device-not-remembered = This computer is not remembered: Cognito asks for the MFA code each time.
device-telling-cognito = Telling Cognito about this computer…
device-users-devices = This user's devices
device-users-devices-hover = The computers Cognito tracks for this user, and forgetting them
device-none-tracked = Cognito tracks no device for this user.
device-more-than = Cognito tracks more devices than these { $count }: forget some to see the rest.
device-reading = Reading the devices…
device-forget-this-computer = Forget this computer
device-forget-this-computer-hover = Forget the remembered device on this computer only: Cognito still lists it until you Forget it there
device-column-device = Device
device-column-last-sign-in = Last sign-in
device-column-remembered = Remembered
device-this-computer = { $device } (this computer)
device-never = never
device-status-remembered = remembered (skips MFA)
device-status-not-remembered = not remembered
device-status-not-said = not said
device-forget = Forget { $device }
device-forgotten = Device forgotten.
device-forgotten-here-too = Cognito forgot this computer, and this computer forgot its device too.
device-forgotten-by-cognito = Cognito forgot the device { $device }.
device-none-kept = This computer keeps no remembered device for this user.
device-forgotten-here = This computer forgot its remembered device. Cognito still lists it until you Forget it there.

## AWS credentials (src/ui/aws_credentials_view.rs)

aws-credentials = AWS credentials
aws-identity-pool-id = Identity pool ID
aws-identity-pool-id-hover = The identity pool that trades the ID token for temporary AWS credentials (Cognito console > Identity pools)
aws-get-credentials = Get AWS credentials
aws-get-credentials-hover = GetId, then GetCredentialsForIdentity, with the ID token
aws-getting = Getting AWS credentials…
aws-got = Got AWS credentials: they are below.
aws-identity-id = Identity ID
aws-access-key-id = Access key ID
aws-secret-access-key = Secret access key
aws-session-token = Session token
aws-hidden = •••••••• (hidden: copy it below)
aws-expires = Expires
# The expiry: the local date and time, and how long is left ($left, already in words).
aws-expires-at = { $at } ({ $left })
aws-copy-shell = Copy export lines
aws-copy-powershell = Copy PowerShell lines
aws-copy-credentials-file = Copy ~/.aws/credentials block
aws-copy-credential-process = Copy credential_process JSON
aws-copy-shell-hover = export AWS_ACCESS_KEY_ID=… lines for bash or zsh
aws-copy-powershell-hover = $env:AWS_ACCESS_KEY_ID="…" lines for PowerShell
aws-copy-credentials-file-hover = A [profile] block for ~/.aws/credentials, named after this profile
aws-copy-credential-process-hover = The AWS CLI's credential_process output (Version 1), with the expiry
aws-copied = Copied
# $problem: why the credentials could not be put in that form.
aws-not-copied = Not copied: { $problem }.

## The trust prompt before a profile from a file sends a secret to a server that is not Cognito
## (src/ui/trust_prompt.rs). $sends: password, browser (the person signs in there) or secret.

desk-trust-warning = This profile sends { $sends ->
    [password] your password
    [browser] you (and the password you type in the browser)
   *[secret] the client secret
} to { $host }, which is not Amazon Cognito. Go on only if your team runs this server.
desk-trust-go-on = Go on: my team runs this server
desk-trust-dont = Don't sign in

## Cognito's refusals of self-service calls, in the words of the screen they happen on
## (src/signin/self_service/words.rs, missing.rs)

desk-code-wrong = The code is wrong.
desk-code-wrong-newest = Type the code from the newest message: each code sent replaces the one before.
desk-code-wrong-spam = Codes come by e-mail or SMS; look in the spam folder too.
desk-code-expired = The code has expired or was used already.
desk-code-expired-send-again = Send the code again, and type the new one.
desk-current-password-wrong = The current password is wrong.
desk-current-password-hint = Type the password you signed in with.
desk-password-rules = The password does not meet the user pool's rules.
desk-password-rules-hint = Cognito's message below states the rule.
# $names: Cognito's attribute names (email, name), as it spells them.
desk-attributes-required = The user pool requires these attributes: { $names }.
desk-attributes-fill-in = Fill in { $names } (on the command line: { $example }), then create the account again.

## Problems found before anything is sent

desk-passwords-differ = Not sent: the two new passwords differ. Type the same one twice.
desk-needs-sign-in = Not sent: this needs the access token of a sign-in. Sign in first.
desk-unexpected-answer = Cognito answered with something else than this call's answer.
desk-type-account-password = Type a password of 1 to 256 characters for the new account.
desk-type-code = Type the code Cognito sent.
desk-type-new-password = Type a new password of 1 to 256 characters.
desk-needs-access-token = This needs the access token of a sign-in: sign in first.
desk-nothing-to-save = Nothing was changed, so there is nothing to save.
desk-type-both-passwords = Type the current password and a new one of 1 to 256 characters.
