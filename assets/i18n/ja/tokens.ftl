## The token panel: tokens, claims, copy buttons, AWS credentials, the token cache

