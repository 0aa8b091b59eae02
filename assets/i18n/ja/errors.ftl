## Why a sign-in failed and what to do: the table of Cognito's errors (landscape.md §3) and the other explanations of src/signin/explain

