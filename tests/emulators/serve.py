#!/usr/bin/env python3
"""Starts the Cognito emulators on free loopback ports, seeds each with the same pools, clients
and users, writes where they are to a JSON file, runs a command (the test suite) with
COGNITO_LOGIN_EMULATORS pointing at that file, then stops every server, whatever happened.

An emulator that does not start is an error: the run fails rather than skipping its tests.

usage: serve.py [--only NAME] -- COMMAND [ARGS...]
  --only NAME   start only that emulator (moto, ministack or cognito-local)
"""
import base64
import hashlib
import hmac
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request

import boto3
from botocore.config import Config

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOOLS = os.path.join(ROOT, ".tools")
VENV_BIN = os.path.join(TOOLS, "venv", "bin")
REGION = "us-east-1"
PASSWORD = "Passw0rd!Good"
TEMP_PASSWORD = "Temp0rary!Pass"
# cognito-local sends this for every code (its CODE variable, services/otp.js).
COGNITO_LOCAL_CODE = "111222"
# The codes each emulator "sends" (next-wave.md §1): MiniStack's are fixed in its source
# (services/cognito.py, _sign_up and _forgot_password) and checked with AUTH=true; moto checks
# none, so it has no entry.
CODES = {
    "ministack": {"sign_up": "123456", "forgot_password": "654321", "attribute": None,
                  "mail_log": "/_ministack/ses/messages"},
    "cognito-local": {"sign_up": COGNITO_LOCAL_CODE, "forgot_password": COGNITO_LOCAL_CODE,
                      "attribute": COGNITO_LOCAL_CODE, "mail_log": None},
}
START_TIMEOUT = 60


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def callback_port():
    """A free port below Linux's ephemeral range (32768-60999 by default): a test's outgoing
    connections take their source ports from that range, and one that happened to take a
    callback's port would make the app's listener find it busy."""
    import random
    for _ in range(200):
        port = random.randrange(20000, 32000)
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
                return port
            except OSError:
                continue
    return free_port()


def wait_until_up(name, proc, url, log_path):
    deadline = time.time() + START_TIMEOUT
    while time.time() < deadline:
        if proc.poll() is not None:
            break
        try:
            req = urllib.request.Request(url, data=b"{}", method="POST", headers={
                "Content-Type": "application/x-amz-json-1.1",
                "X-Amz-Target": "AWSCognitoIdentityProviderService.ListUserPools",
            })
            urllib.request.urlopen(req, timeout=2)
            return
        except urllib.error.HTTPError:
            return  # any HTTP answer means it is listening
        except OSError:
            time.sleep(0.2)
    with open(log_path, errors="replace") as f:
        tail = f.read()[-3000:]
    raise SystemExit(f"emulator {name} did not start within {START_TIMEOUT}s:\n{tail}")


def start(name, argv, env, cwd, port, workdir):
    log_path = os.path.join(workdir, f"{name}.log")
    log = open(log_path, "w")
    full_env = dict(os.environ, **env)
    proc = subprocess.Popen(argv, env=full_env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}/"
    wait_until_up(name, proc, url, log_path)
    return proc, url


def totp(secret, at=None):
    """RFC 6238 (HMAC-SHA1, 30 s, 6 digits), as authenticator apps compute it."""
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    counter = int((at or time.time()) // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 15
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


def fresh_totp(secret):
    """A code not about to roll over (moto accepts only the current 30 s step)."""
    if 30 - time.time() % 30 < 3:
        time.sleep(3)
    return totp(secret)


def enrol_totp(idp, client_id, name, sms_too=False, password=PASSWORD):
    """Signs `name` in and sets up an authenticator app for it; returns the TOTP secret."""
    auth = idp.initiate_auth(ClientId=client_id, AuthFlow="USER_PASSWORD_AUTH",
                             AuthParameters={"USERNAME": name, "PASSWORD": password})
    access = auth["AuthenticationResult"]["AccessToken"]
    secret = idp.associate_software_token(AccessToken=access)["SecretCode"]
    idp.verify_software_token(AccessToken=access, UserCode=fresh_totp(secret),
                              FriendlyDeviceName="tests")
    preference = {"SoftwareTokenMfaSettings": {"Enabled": True, "PreferredMfa": not sms_too}}
    if sms_too:
        # Two methods and no preference: Cognito asks which one (SELECT_MFA_TYPE).
        preference["SMSMfaSettings"] = {"Enabled": True, "PreferredMfa": False}
    idp.set_user_mfa_preference(AccessToken=access, **preference)
    return secret


OAUTH_SCOPE = "cognito-login-tests/read"


def seed_oauth(idp, url, name, pool):
    """Managed login on the same pool (next-wave.md §1): code+PKCE clients with loopback
    callbacks on ports free now (a test's listener takes one; the port is part of the exact
    match, as on Cognito), and on MiniStack a resource server and client-credentials clients
    (cognito-local has neither). No domain is created: both serve the OAuth endpoints on the
    emulator's own address."""
    ports = []
    while len(ports) < 12:
        port = callback_port()
        if port not in ports:
            ports.append(port)
    callbacks = [f"http://localhost:{port}/callback" for port in ports]
    signed_out = callbacks[0].replace("/callback", "/signed-out")

    def oauth_client(client_name, flows, scopes, secret):
        c = idp.create_user_pool_client(
            UserPoolId=pool, ClientName=client_name, GenerateSecret=secret,
            ExplicitAuthFlows=["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
            AllowedOAuthFlows=flows, AllowedOAuthFlowsUserPoolClient=True,
            AllowedOAuthScopes=scopes, SupportedIdentityProviders=["COGNITO"],
            CallbackURLs=callbacks, LogoutURLs=[signed_out])["UserPoolClient"]
        return {"id": c["ClientId"], "secret": c.get("ClientSecret")}

    user_scopes = ["openid", "email", "profile"]
    oauth = {"domain": url.rstrip("/"), "callbacks": callbacks, "logout_url": signed_out,
             "browser_client": oauth_client("browser", ["code"], user_scopes, False),
             "browser_secret_client": oauth_client("browser-secret", ["code"], user_scopes, True),
             "user": "alice", "password": PASSWORD}
    if name == "ministack":
        identifier, scope = OAUTH_SCOPE.split("/")
        idp.create_resource_server(UserPoolId=pool, Identifier=identifier, Name=identifier,
                                   Scopes=[{"ScopeName": scope, "ScopeDescription": "tests"}])
        machine = oauth_client("machine", ["client_credentials"], [OAUTH_SCOPE], True)
        machine["scopes"] = [OAUTH_SCOPE]
        oauth["machine_client"] = machine
        # Cognito refuses client_credentials on a client without a secret at creation; MiniStack
        # takes it, and the token endpoint must refuse it then.
        oauth["public_machine_client"] = oauth_client("public-machine", ["client_credentials"],
                                                      [OAUTH_SCOPE], False)
    return oauth


def seed(url, name):
    idp = boto3.client("cognito-idp", endpoint_url=url, region_name=REGION,
                       aws_access_key_id="test", aws_secret_access_key="test",
                       config=Config(retries={"max_attempts": 1}))
    # On cognito-local, attribute codes are sent only to an auto-verified attribute
    # (targets/getUserAttributeVerificationCode.js), as on a usual Cognito pool.
    verified = {"AutoVerifiedAttributes": ["email"]} if name == "cognito-local" else {}
    pool = idp.create_user_pool(PoolName="cognito-login-tests", **verified)["UserPool"]["Id"]

    def client(name, flows, secret=False):
        c = idp.create_user_pool_client(UserPoolId=pool, ClientName=name, GenerateSecret=secret,
                                        ExplicitAuthFlows=flows)["UserPoolClient"]
        return {"id": c["ClientId"], "secret": c.get("ClientSecret")}

    flows = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
    clients = {
        "plain": client("plain", flows),
        "secret": client("secret", flows, secret=True),
        "srp_only": client("srp-only", ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]),
        "password_only": client("password-only",
                                ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]),
    }

    def user(name, email, permanent=True, phone=None):
        attributes = [{"Name": "email", "Value": email}]
        if phone:
            attributes.append({"Name": "phone_number", "Value": phone})
        idp.admin_create_user(UserPoolId=pool, Username=name, TemporaryPassword=TEMP_PASSWORD,
                              MessageAction="SUPPRESS", UserAttributes=attributes)
        if permanent:
            idp.admin_set_user_password(UserPoolId=pool, Username=name, Password=PASSWORD,
                                        Permanent=True)

    user("alice", "alice@example.com")
    # Keeps its temporary password: NEW_PASSWORD_REQUIRED. One per flow that changes it.
    for n in range(5):
        user(f"newbie{n}", f"newbie{n}@example.com", permanent=False)
    idp.sign_up(ClientId=clients["plain"]["id"], Username="pending", Password=PASSWORD,
                UserAttributes=[{"Name": "email", "Value": "pending@example.com"}])

    # Optional MFA leaves alice without it; "totp" has an authenticator app.
    idp.set_user_pool_mfa_config(UserPoolId=pool, MfaConfiguration="OPTIONAL",
                                 SoftwareTokenMfaConfiguration={"Enabled": True})
    user("totp", "totp@example.com")
    mfa = {"totp_user": "totp", "totp_secret": enrol_totp(idp, clients["plain"]["id"], "totp")}
    if name == "cognito-local":
        user("choosy", "choosy@example.com", phone="+15555550100")
        mfa["select_secret"] = enrol_totp(idp, clients["plain"]["id"], "choosy", sms_too=True)
        mfa["select_user"] = "choosy"
    if name == "moto":
        user("texted", "texted@example.com", phone="+15555550101")
        idp.admin_set_user_mfa_preference(UserPoolId=pool, Username="texted",
                                          SMSMfaSettings={"Enabled": True, "PreferredMfa": True})
        mfa["sms_user"] = "texted"
        # A second pool with MFA required: a new user must set up an authenticator (MFA_SETUP).
        strict = idp.create_user_pool(PoolName="cognito-login-mfa-required")["UserPool"]["Id"]
        idp.set_user_pool_mfa_config(UserPoolId=strict, MfaConfiguration="ON",
                                     SoftwareTokenMfaConfiguration={"Enabled": True})
        strict_client = idp.create_user_pool_client(UserPoolId=strict, ClientName="plain",
                                                    ExplicitAuthFlows=flows)["UserPoolClient"]
        for enrolled in ("enrol", "enrol-headless"):
            idp.admin_create_user(UserPoolId=strict, Username=enrolled,
                                  TemporaryPassword=TEMP_PASSWORD, MessageAction="SUPPRESS")
        mfa["setup"] = {"pool_id": strict, "client_id": strict_client["ClientId"], "user": "enrol",
                        "headless_user": "enrol-headless"}
    # A second pool with alice too: its tokens must not pass as the first pool's.
    other = idp.create_user_pool(PoolName="cognito-login-other")["UserPool"]["Id"]
    other_client = idp.create_user_pool_client(UserPoolId=other, ClientName="plain",
                                               ExplicitAuthFlows=flows)["UserPoolClient"]
    idp.admin_create_user(UserPoolId=other, Username="alice", TemporaryPassword=TEMP_PASSWORD,
                          MessageAction="SUPPRESS")
    idp.admin_set_user_password(UserPoolId=other, Username="alice", Password=PASSWORD,
                                Permanent=True)
    fixture = {"endpoint": url, "region": REGION, "pool_id": pool, "clients": clients,
               "password": PASSWORD, "temporary_password": TEMP_PASSWORD, "mfa": mfa,
               "other_pool": {"pool_id": other, "client_id": other_client["ClientId"]}}
    if name in CODES:
        fixture["codes"] = CODES[name]
    if name in ("ministack", "cognito-local"):
        fixture["oauth"] = seed_oauth(idp, url, name, pool)
    if name in ("ministack", "moto"):
        fixture["identity"] = seed_identity_pool(url, pool, clients["plain"]["id"])
    return fixture


def seed_identity_pool(url, pool, client_id):
    """An identity pool trusting the plain client of the pool (cognito-protocol.md §8), for
    signed-in people only. The provider key is the ID token's `iss` without `https://`:
    MiniStack compares `https://<key>` with `iss` (services/cognito.py, _identity_logins_error),
    and its issuer is the Cognito one, not its own address. cognito-local has no identity pools."""
    identity = boto3.client("cognito-identity", endpoint_url=url, region_name=REGION,
                            aws_access_key_id="test", aws_secret_access_key="test",
                            config=Config(retries={"max_attempts": 1}))
    provider = f"cognito-idp.{REGION}.amazonaws.com/{pool}"
    created = identity.create_identity_pool(
        IdentityPoolName="cognito_login_tests", AllowUnauthenticatedIdentities=False,
        CognitoIdentityProviders=[{"ProviderName": provider, "ClientId": client_id}])
    return {"pool_id": created["IdentityPoolId"], "provider": provider}


def launch_moto(workdir):
    port = free_port()
    # With TOTP checks on, moto refuses a wrong authenticator code like Cognito does.
    return start("moto", [os.path.join(VENV_BIN, "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
                 {"MOTO_COGNITO_IDP_USER_POOL_ENABLE_TOTP": "true"}, workdir, port, workdir)


def launch_ministack(workdir):
    port = free_port()
    return start("ministack", [os.path.join(VENV_BIN, "ministack")],
                 {"BIND_HOST": "127.0.0.1", "GATEWAY_PORT": str(port), "SERVICES": "cognito-idp,cognito-identity,sts,ses",
                  "AUTH": "true", "STATE_DIR": os.path.join(workdir, "ministack-state")},
                 workdir, port, workdir)


def launch_cognito_local(workdir):
    port = free_port()
    data = os.path.join(workdir, "cognito-local")
    os.makedirs(os.path.join(data, ".cognito"))
    with open(os.path.join(data, ".cognito", "config.json"), "w") as f:
        json.dump({"UserPoolDefaults": {"UsernameAttributes": []},
                   "TokenConfig": {"IssuerDomain": f"http://127.0.0.1:{port}"}}, f)
    start_js = os.path.join(TOOLS, "node", "node_modules", "cognito-local", "lib", "bin", "start.js")
    return start("cognito-local", ["node", start_js], {"HOST": "127.0.0.1", "PORT": str(port), "CODE": COGNITO_LOCAL_CODE},
                 data, port, workdir)


LAUNCHERS = {"moto": launch_moto, "ministack": launch_ministack, "cognito-local": launch_cognito_local}


def main():
    if "--" not in sys.argv:
        raise SystemExit(__doc__)
    command = sys.argv[sys.argv.index("--") + 1:]
    options = sys.argv[1:sys.argv.index("--")]
    only = options[1] if options[:1] == ["--only"] and len(options) == 2 else None
    if options and only not in LAUNCHERS:
        raise SystemExit(__doc__)
    workdir = tempfile.mkdtemp(prefix="cognito-login-emulators-")
    procs = []
    try:
        emulators = {}
        for name, launch in LAUNCHERS.items():
            if only in (None, name):
                proc, url = launch(workdir)
                procs.append(proc)
                emulators[name] = seed(url, name)

        fixture = os.path.join(workdir, "emulators.json")
        with open(fixture, "w") as f:
            json.dump(emulators, f, indent=2)
        print(f"emulators up: " + ", ".join(f"{k} {v['endpoint']}" for k, v in emulators.items()), flush=True)
        env = dict(os.environ, COGNITO_LOGIN_EMULATORS=fixture)
        return subprocess.call(command, env=env)
    finally:
        for proc in procs:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for proc in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)


if __name__ == "__main__":
    sys.exit(main())
