"""SRP as Python users do it: pycognito's AWSSRP over a boto3 client, then the tokens printed.
Timed by compare.py against `cognito-login sign-in --flow srp`.

usage: COGNITO_PASSWORD=... pycognito_srp.py ENDPOINT REGION POOL_ID CLIENT_ID USERNAME
"""
import json
import os
import sys

import boto3
from pycognito.aws_srp import AWSSRP

endpoint, region, pool_id, client_id, username = sys.argv[1:6]
client = boto3.client("cognito-idp", endpoint_url=endpoint, region_name=region)
srp = AWSSRP(username=username, password=os.environ["COGNITO_PASSWORD"], pool_id=pool_id,
             client_id=client_id, client=client)
print(json.dumps(srp.authenticate_user()["AuthenticationResult"], indent=2))
