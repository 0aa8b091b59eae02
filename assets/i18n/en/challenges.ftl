## The challenge forms: MFA codes, new password, choosing a factor, setting up MFA

