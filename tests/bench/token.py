#!/usr/bin/env python3
"""Times `cognito-login token` (issue 18) as scripts run it, on one MiniStack, in one run:

- with a valid cached token, against `aws cognito-idp initiate-auth` (what a script calls
  otherwise for a token): budget ≤ 5 ms for the whole process and ≥ 100 × faster;
- with a refresh (`--min-valid` longer than any token lives, so every run refreshes with the
  refresh token kept in the keychain), against curl sending the same REFRESH_TOKEN_AUTH
  request: budget ≤ 1.3 × curl.

Run by token.sh inside tests/emulators/serve.py (MiniStack) and
tests/keychain/with-secret-service.sh (the refresh token lives in a real Secret Service).

usage: token.py BINARY VENV_BIN RUNS REPORT_FILE
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare import ROUNDS, TARGET, bench_env, hyperfine, machine, publish  # noqa: E402

PROFILE = "bench"


def run(command, env, stdin=None):
    """Runs a setup step; its failure stops the benchmark with what it said."""
    done = subprocess.run(command, env=env, input=stdin, capture_output=True, text=True,
                          timeout=60)
    if done.returncode != 0:
        raise SystemExit(f"{command[:3]} failed (exit {done.returncode}):\n"
                         f"{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return done.stdout


def set_up(binary, emu, workdir, env):
    """The profile, signed in once with --remember (keychain and cache filled), and a refresh
    token of its own for curl."""
    profile = os.path.join(workdir, "bench.toml")
    with open(profile, "w") as f:
        f.write(f'version = 1\n[[profile]]\nname = "{PROFILE}"\n'
                f'user_pool_id = "{emu["pool_id"]}"\nclient_id = "{emu["clients"]["plain"]["id"]}"\n'
                f'endpoint = "{emu["endpoint"]}"\nusername = "alice"\nflow = "password"\n')
    run([binary, "profiles", "import", profile], env)
    run([binary, "sign-in", "--profile", PROFILE, "--remember", "--password-stdin"], env,
        stdin=emu["password"] + "\n")
    refresh = run([binary, "sign-in", "--profile", PROFILE, "--password-stdin",
                   "--output", "refresh-token"], env, stdin=emu["password"] + "\n").strip()
    body = os.path.join(workdir, "refresh.json")
    with open(body, "w") as f:
        json.dump({"AuthFlow": "REFRESH_TOKEN_AUTH", "ClientId": emu["clients"]["plain"]["id"],
                   "AuthParameters": {"REFRESH_TOKEN": refresh}}, f)
    return body


def groups(binary, venv_bin, emu, body):
    endpoint, region = emu["endpoint"], emu["region"]
    client, password = emu["clients"]["plain"]["id"], emu["password"]
    cached = [
        ("token (cached)", [binary, "token", "--profile", PROFILE]),
        ("aws-cli initiate-auth", [os.path.join(venv_bin, "aws"), "cognito-idp", "initiate-auth",
                                   "--endpoint-url", endpoint, "--region", region,
                                   "--client-id", client, "--auth-flow", "USER_PASSWORD_AUTH",
                                   "--auth-parameters", f"USERNAME=alice,PASSWORD={password}"]),
    ]
    refreshing = [
        ("token (refresh)", [binary, "token", "--profile", PROFILE, "--min-valid", "864000"]),
        ("curl (refresh)", ["curl", "-sS", "--fail", "-X", "POST", endpoint,
                            "-H", "Content-Type: application/x-amz-json-1.1",
                            "-H", f"X-Amz-Target: {TARGET}", "--data-binary", f"@{body}"]),
    ]
    return cached, refreshing


def must_print_a_token(name, command, env):
    """One run first, so a broken command is never timed as a fast failure."""
    out = run(command, env)
    if "eyJ" not in out:
        raise SystemExit(f"{name} printed no token:\n{out[-2000:]}")


def main():
    if len(sys.argv) != 5:
        raise SystemExit(__doc__)
    binary, venv_bin, runs, report = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    with open(os.environ["COGNITO_LOGIN_EMULATORS"]) as f:
        emu = json.load(f)["ministack"]
    workdir = tempfile.mkdtemp(prefix="cognito-login-token-bench-")
    env = bench_env(workdir, emu)
    try:
        body = set_up(binary, emu, workdir, env)
        cached, refreshing = groups(binary, venv_bin, emu, body)
        for name, command in cached + refreshing:
            must_print_a_token(name, command, env)
        times = hyperfine(runs, cached, workdir, env, "cached")
        times.update(hyperfine(runs, refreshing, workdir, env, "refresh"))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    ms = lambda name: statistics.median(times[name]) * 1000
    budget = [
        ("cached token ≤ 5 ms, whole process", ms("token (cached)"), "ms",
         ms("token (cached)") <= 5.0),
        ("cached token ≥ 100 × faster than the AWS CLI",
         ms("aws-cli initiate-auth") / ms("token (cached)"), "× faster",
         ms("aws-cli initiate-auth") >= 100 * ms("token (cached)")),
        ("refresh ≤ 1.3 × curl of the same request", ms("token (refresh)") / ms("curl (refresh)"),
         "× curl", ms("token (refresh)") <= 1.3 * ms("curl (refresh)")),
    ]
    lines = [f"Machine: {machine()}",
             f"MiniStack at {emu['endpoint']}; {runs} runs of each after 3 warm-ups, in {ROUNDS} "
             "rounds (hyperfine -N); the refresh token in gnome-keyring (Secret Service).",
             ""]
    publish(lines, times, budget, report, digits=2)


if __name__ == "__main__":
    main()
