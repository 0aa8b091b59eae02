## Sign-in form (the rows of src/ui/form_grid.rs and the buttons of src/ui/form_view.rs)

form-client-id = App client ID
form-client-id-hint = e.g. 1h2j3k4l5m6n7o8p9q0r1s2t3u
form-client-secret = Client secret
form-client-secret-required = the app client's secret (required)
form-client-secret-optional = only if the app client has one
form-username = Username
form-username-hint = username or e-mail
form-password = Password
form-show-password = Show password
form-sign-in = Sign in
form-stop-waiting = Stop waiting for Cognito (Esc)
form-password-goes-to = The password goes to { $destination }.
