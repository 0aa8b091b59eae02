# Someone else's words (a server's, the system's, a library's), shown as they are: Message::said.
said = { $said }

## Title row

app-name = Cognito Login
about-button = About

## About window

about-window-title = About Cognito Login
about-summary = Sign in to an Amazon Cognito user pool with a form and copy the tokens.
about-version = Version
about-commit = Commit
about-license = License
about-home-page = Home page
about-privacy = Passwords, client secrets and tokens never leave this computer except to your Cognito endpoint, and are never written to files.
language = Language
language-system = System
language-english = English
language-japanese = 日本語

## Profile bar

profile = Profile
profile-none = (none yet)
profile-new = New
profile-rename = Rename
profile-duplicate = Duplicate
profile-delete = Delete
profile-export = Export…
profile-export-hint = Save this profile as a file to hand to testers (no secrets go in it)
profile-export-all = Export all…
profile-import = Import…
profile-import-hint = Add profiles from a profile file (or drop the file on the window)
tester-view = Tester view
tester-view-hint = Show only what a tester needs
leave-tester-view = Show everything
new-name = New name
ok = OK
cancel = Cancel
delete-question = Delete the profile "{ $name }"?
confirm-delete = Yes, delete
keep-it = Keep it
no-dialog-save = No file dialog opened, or it was closed: type where to save the file.
no-dialog-open = No file dialog opened, or it was closed: type the path of the profile file.
save-to = Save to
file-to-import = File to import
save-here = Save here
import-this-file = Import this file
not-now = Not now

