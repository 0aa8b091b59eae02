"""The recipe people start from: one InitiateAuth with USER_PASSWORD_AUTH through `requests`,
then the tokens printed. Timed by compare.py against `cognito-login sign-in`.

usage: COGNITO_PASSWORD=... recipe.py ENDPOINT CLIENT_ID USERNAME
"""
import json
import os
import sys

import requests

endpoint, client_id, username = sys.argv[1:4]
answer = requests.post(
    endpoint,
    headers={
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": "AWSCognitoIdentityProviderService.InitiateAuth",
    },
    data=json.dumps({
        "AuthFlow": "USER_PASSWORD_AUTH",
        "ClientId": client_id,
        "AuthParameters": {"USERNAME": username, "PASSWORD": os.environ["COGNITO_PASSWORD"]},
    }),
    timeout=30,
)
answer.raise_for_status()
print(json.dumps(answer.json()["AuthenticationResult"], indent=2))
