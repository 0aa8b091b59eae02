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

# The folded section with the proxy and the timeout.
form-advanced = Advanced

## "Where is the pool?" and the rows it chooses between (src/ui/place_rows.rs)

form-where-is-the-pool = Where is the pool?
form-in-an-aws-region = Amazon Cognito, in an AWS region
form-at-an-endpoint = A local emulator or custom endpoint
form-endpoint = Endpoint URL
form-endpoint-hint = e.g. http://127.0.0.1:9229
# Under the endpoint field, when neither a region, a pool ID nor an endpoint was given.
form-endpoint-missing = Enter the endpoint URL (e.g. http://127.0.0.1:9229)
form-region = Region
form-region-hint = e.g. eu-west-1
form-region-hint-optional = optional beside an endpoint
form-pick-region = Pick a region
form-pool-id = User pool ID
form-pool-id-hint = optional, e.g. eu-west-1_AbC123
# The pool ID names another region than the one typed.
form-pool-elsewhere = This pool is in { $pool-region }, not { $region }.

## How the tokens are got, and the managed login rows (src/ui/domain_rows.rs)

form-sign-in-with = Sign in with
form-kind-password = Username and password
form-kind-browser = Managed login in the browser
form-kind-client-credentials = Client credentials (machine to machine)
form-domain = Domain
form-domain-hint = e.g. https://myapp.auth.eu-west-1.amazoncognito.com
form-scopes = Scopes
form-scopes-hint-machine = the resource server's, e.g. orders/read orders/write
form-scopes-hint-browser = empty = openid email profile
form-callback-url = Callback URL
form-callback-url-hint = empty = http://localhost:53682/callback
form-identity-provider = Identity provider
form-identity-provider-hint = optional: Google, or a SAML/OIDC provider's name
form-page-language = Page language
form-page-language-hint = optional: the sign-in page's language, e.g. ja
form-sign-out-url = Sign-out URL
form-sign-out-url-hint = optional: a sign-out URL of the app client

## The flow, and Advanced (src/ui/form_grid.rs)

form-flow = Sign-in flow
form-flow-auto = Auto (SRP, else password)
form-flow-srp = SRP (USER_SRP_AUTH)
form-flow-password = Password (USER_PASSWORD_AUTH)
form-flow-choice = Choice-based (USER_AUTH)
form-preferred-challenge = Preferred challenge
form-let-cognito-ask = (let Cognito offer the choice)
form-proxy = Proxy
form-proxy-hint = empty = the system's (HTTPS_PROXY); e.g. http://proxy.example.com:3128
form-timeout = Request timeout (seconds)

## The form's button, and what it says once locked (src/ui/form_view.rs)

form-sign-in-with-browser = Sign in with browser
form-get-token = Get token
# The button's tooltip: its name and the key that presses it.
form-button-hover = { $button } (Enter)
form-browser-goes-to = The sign-in page opens in your browser, at { $domain }: the password goes there.
form-secret-goes-to = The client secret goes to { $domain }.
form-no-place = Where the user pool is has not been filled in: go Back and fill in the region or endpoint, and the app client ID.
# The locked form's one line: who signs in ($who, a username or how), where, with which app client.
form-summary = { $who } at { $place }, app client { $client }

## The region picker: each region's place, as the AWS console names it

# A region in the picker: its code, then its place.
form-region-listed = { $region } — { $place }
form-region-us-east-1 = N. Virginia
form-region-us-east-2 = Ohio
form-region-us-west-1 = N. California
form-region-us-west-2 = Oregon
form-region-af-south-1 = Cape Town
form-region-ap-east-1 = Hong Kong
form-region-ap-south-1 = Mumbai
form-region-ap-south-2 = Hyderabad
form-region-ap-southeast-1 = Singapore
form-region-ap-southeast-2 = Sydney
form-region-ap-southeast-3 = Jakarta
form-region-ap-southeast-4 = Melbourne
form-region-ap-southeast-5 = Malaysia
form-region-ap-northeast-1 = Tokyo
form-region-ap-northeast-2 = Seoul
form-region-ap-northeast-3 = Osaka
form-region-ca-central-1 = Canada Central
form-region-ca-west-1 = Calgary
form-region-eu-central-1 = Frankfurt
form-region-eu-central-2 = Zurich
form-region-eu-west-1 = Ireland
form-region-eu-west-2 = London
form-region-eu-west-3 = Paris
form-region-eu-north-1 = Stockholm
form-region-eu-south-1 = Milan
form-region-eu-south-2 = Spain
form-region-il-central-1 = Tel Aviv
form-region-me-central-1 = UAE
form-region-me-south-1 = Bahrain
form-region-mx-central-1 = Mexico Central
form-region-sa-east-1 = São Paulo
form-region-us-gov-east-1 = GovCloud US-East
form-region-us-gov-west-1 = GovCloud US-West
form-region-cn-north-1 = Beijing
form-region-cn-northwest-1 = Ningxia

## What is wrong with a field, under it (src/signin/form_words.rs, src/cognito/endpoint_words.rs).
## The English is also the command line's ("error: enter the username"): the window starts it
## with a capital letter.

form-error-missing-client-id = enter the app client ID
form-error-bad-client-id = the app client ID may contain only letters, digits, _ and + (up to 128)
form-error-bad-client-secret = the client secret must not contain spaces (and is at most 128 characters)
form-error-missing-username = enter the username
form-error-missing-password = enter the password
form-error-long-username = the username is longer than Cognito allows ({ $max } characters)
form-error-long-password = the password is longer than Cognito allows ({ $max } characters)
form-error-pool-id-needed-for-srp = SRP sign-in needs the user pool ID (choose the Password flow to sign in without it)
# $choices: the challenge names Cognito knows, comma-separated.
form-error-bad-preferred-challenge = the preferred challenge must be one of { $choices }
form-error-missing-domain = enter the user pool's domain (e.g. https://myapp.auth.eu-west-1.amazoncognito.com)
# $problem: one of the form-error-… messages about a URL.
form-error-domain = the domain: { $problem }
# $why: why this app cannot listen on the callback URL, in the listener's own (English) words.
form-error-callback = { $why }
form-error-missing-scopes = enter the scopes to ask for (the resource server's, e.g. orders/read)
form-error-bad-scope = "{ $scope }" is not a scope: no spaces, quotes or backslashes
form-error-secret-needed-for-machine = enter the client secret: client credentials are the app client's own sign-in
form-error-bad-timeout = the timeout must be 1 to { $max } seconds, not { $given }
form-error-missing-region = choose a region (or give a custom endpoint URL)
form-error-bad-region = "{ $region }" is not an AWS region name (expected something like us-east-1)
form-error-bad-pool-id = "{ $pool-id }" is not a user pool ID (expected <region>_<id>, e.g. eu-west-1_AbCdEf123)
form-error-region-mismatch = the user pool ID belongs to { $pool-region }, but the region is { $region }; a pool is only reachable in its own region
form-error-bad-url = "{ $url }" is not a valid URL
form-error-plain-http = { $url } uses plain http:// on a non-local host; use https://, plain http is allowed only for 127.0.0.1, ::1 or localhost
form-error-unsupported-scheme = { $url } must start with https:// (or http:// for a local emulator)
form-error-credentials-in-url = the endpoint URL must not contain a user name or password (user:password@)
form-error-bad-proxy = "{ $proxy }" is not a proxy URL (expected http://host:port or https://host:port)
form-error-proxy-credentials = the proxy URL must not contain a user name or password; a proxy that needs them can be given in the HTTPS_PROXY environment variable
form-error-query-in-url = { $url } must not have a query (?…) or fragment (#…): give only scheme, host, port and path

## Where a password goes (Endpoint::destination_message), inside form-password-goes-to and the import preview

form-destination-cognito = Amazon Cognito, { $region }
form-destination-this-computer = this computer ({ $host })
form-destination-address = { $address }
