#!/usr/bin/env python3
"""Cognito Login without AWS: starts MiniStack (a Cognito emulator) on a free loopback port,
makes a demo user pool, imports a "Demo (this computer)" profile into a settings folder of its
own (your own profiles are not touched), prints who can sign in, and opens the window on it.
Closing the window stops MiniStack. Run it through tests/demo.sh, which installs MiniStack and
builds the app.

usage: demo.py APP [--no-window] [--details FILE]
  APP             the cognito-login binary
  --no-window     set everything up, print it, and wait (until stdin closes, or Ctrl+C)
                  instead of opening the window: for scripts and tests
  --details FILE  also write what was made (endpoint, pool, client, users) to FILE as JSON
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "emulators"))
import serve  # noqa: E402  (free ports, starting MiniStack, TOTP: the tests' own helpers)

import boto3  # noqa: E402
from botocore.config import Config  # noqa: E402

PROFILE = "Demo (this computer)"
PASSWORD = "Demo-Passw0rd"
TEMPORARY_PASSWORD = "Temp-Passw0rd"
USERS = {"password": "demo", "mfa": "demo-mfa", "new_password": "demo-new"}


def make_pool(endpoint):
    """One pool, one app client with a secret, and a user for each thing the app handles."""
    idp = boto3.client("cognito-idp", endpoint_url=endpoint, region_name=serve.REGION,
                       aws_access_key_id="test", aws_secret_access_key="test",
                       config=Config(retries={"max_attempts": 1}))
    pool = idp.create_user_pool(PoolName="cognito-login-demo")["UserPool"]["Id"]
    client = idp.create_user_pool_client(
        UserPoolId=pool, ClientName="demo", GenerateSecret=True,
        ExplicitAuthFlows=["ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH",
                           "ALLOW_REFRESH_TOKEN_AUTH"])["UserPoolClient"]
    # A plain client only to enrol the MFA user's authenticator (serve.enrol_totp signs in
    # without a SECRET_HASH); the profile uses the client with the secret.
    setup = idp.create_user_pool_client(
        UserPoolId=pool, ClientName="demo-setup",
        ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH"])["UserPoolClient"]["ClientId"]
    idp.set_user_pool_mfa_config(UserPoolId=pool, MfaConfiguration="OPTIONAL",
                                 SoftwareTokenMfaConfiguration={"Enabled": True})
    for kind, name in USERS.items():
        idp.admin_create_user(UserPoolId=pool, Username=name,
                              TemporaryPassword=TEMPORARY_PASSWORD, MessageAction="SUPPRESS",
                              UserAttributes=[{"Name": "email",
                                               "Value": f"{name}@example.com"}])
        if kind != "new_password":
            idp.admin_set_user_password(UserPoolId=pool, Username=name, Password=PASSWORD,
                                        Permanent=True)
    totp_secret = serve.enrol_totp(idp, setup, USERS["mfa"], password=PASSWORD)
    return {"endpoint": endpoint, "region": serve.REGION, "pool_id": pool,
            "client_id": client["ClientId"], "client_secret": client["ClientSecret"],
            "profile": PROFILE, "password": PASSWORD,
            "temporary_password": TEMPORARY_PASSWORD, "users": USERS,
            "totp_secret": totp_secret}


def import_profile(app, demo, config_home):
    """The profile goes in through the app's own import, with the same checks as any file."""
    path = os.path.join(config_home, "demo-profile.toml")
    with open(path, "w") as f:
        f.write("version = 1\n\n[[profile]]\n"
                f"name = {json.dumps(PROFILE)}\n"
                f"region = {json.dumps(demo['region'])}\n"
                f"user_pool_id = {json.dumps(demo['pool_id'])}\n"
                f"client_id = {json.dumps(demo['client_id'])}\n"
                f"endpoint = {json.dumps(demo['endpoint'])}\n"
                f"username = {json.dumps(USERS['password'])}\n"
                'tag = "demo"\n')
    done = subprocess.run([app, "profiles", "import", path], capture_output=True, text=True,
                          env=dict(os.environ, XDG_CONFIG_HOME=config_home))
    if done.returncode != 0:
        raise SystemExit(f"the demo profile could not be imported:\n{done.stderr}")


def describe(app, demo):
    users = demo["users"]
    width = max(len(u) for u in users.values()) + 2
    rows = [
        (users["password"], f"password {PASSWORD}"),
        (users["mfa"], f"password {PASSWORD}, then the code shown below"),
        (users["new_password"], f"password {TEMPORARY_PASSWORD}, then choose a new one"),
    ]
    print(f"""
Cognito Login demo: a user pool on MiniStack at {demo['endpoint']}
  profile         {PROFILE} (the window opens on it; the client secret is filled in)
  user pool       {demo['pool_id']}
  app client      {demo['client_id']} (it has a client secret)
Sign in as:""")
    for name, how in rows:
        print(f"  {name:<{width}}{how}")
    print(f"The authenticator app of {users['mfa']} has the key {demo['totp_secret']}.")
    print(f"""The same from a terminal, while the demo runs:
  XDG_CONFIG_HOME={demo['config_home']} COGNITO_CLIENT_SECRET={demo['client_secret']} \\
    {app} sign-in --profile "{PROFILE}" --output id-token""", flush=True)


def show_codes(secret, name, stop):
    """The MFA user's current code, as an authenticator app would show it, until `stop`."""
    interactive = sys.stdout.isatty()
    last = None
    while not stop.is_set():
        code, left = serve.totp(secret), 30 - int(time.time()) % 30
        if interactive:
            print(f"\r  code for {name}: {code[:3]} {code[3:]} (changes in {left:2d} s) ",
                  end="", flush=True)
        elif code != last:
            print(f"code for {name}: {code}", flush=True)
        last = code
        stop.wait(1)
    if interactive:
        print()


def run(app, window, details):
    workdir = tempfile.mkdtemp(prefix="cognito-login-demo-")
    config_home = os.path.join(workdir, "config")
    os.makedirs(config_home)
    ministack = None
    stop = threading.Event()
    try:
        ministack, endpoint = serve.launch_ministack(workdir)
        demo = make_pool(endpoint.rstrip("/"))
        demo["config_home"] = config_home
        import_profile(app, demo, config_home)
        if details:
            with open(details, "w") as f:
                json.dump(demo, f, indent=2)
        describe(app, demo)
        codes = threading.Thread(target=show_codes,
                                 args=(demo["totp_secret"], USERS["mfa"], stop), daemon=True)
        env = dict(os.environ, XDG_CONFIG_HOME=config_home,
                   COGNITO_CLIENT_SECRET=demo["client_secret"])
        if window:
            print("Close the window to stop the demo.", flush=True)
            codes.start()
            return subprocess.call([app], env=env)
        print("Ready. Close standard input or press Ctrl+C to stop the demo.", flush=True)
        codes.start()
        sys.stdin.read()
        return 0
    except KeyboardInterrupt:
        return 130
    finally:
        stop.set()
        if ministack is not None:
            try:
                os.killpg(ministack.pid, signal.SIGTERM)
                ministack.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(ministack.pid, signal.SIGKILL)
        shutil.rmtree(workdir, ignore_errors=True)
        print("The demo stopped: MiniStack is stopped and its user pool gone.", flush=True)


def stop_on_signal(number, _frame):
    """SIGTERM or SIGHUP (the terminal closed) stop the demo like Ctrl+C: MiniStack runs in
    a session of its own and would otherwise outlive it."""
    raise KeyboardInterrupt(f"signal {number}")


def main(argv):
    signal.signal(signal.SIGTERM, stop_on_signal)
    signal.signal(signal.SIGHUP, stop_on_signal)
    if not argv or argv[0].startswith("-"):
        raise SystemExit(__doc__)
    app, options = argv[0], argv[1:]
    window = "--no-window" not in options
    details = None
    if "--details" in options:
        at = options.index("--details")
        if at + 1 >= len(options):
            raise SystemExit(__doc__)
        details = options[at + 1]
    unknown = [o for i, o in enumerate(options)
               if o not in ("--no-window", "--details") and (i == 0 or options[i - 1] != "--details")]
    if unknown:
        raise SystemExit(f"unknown option {unknown[0]}\n{__doc__}")
    return run(os.path.abspath(app), window, details)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
