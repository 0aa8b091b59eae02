#!/usr/bin/env python3
"""Times a sign-in by cognito-login against what people use instead, on the same MiniStack, in
the same run: curl sending the identical request, the Python `requests` recipe, the AWS CLI,
and for SRP pycognito's AWSSRP. Each command is a whole process, as a person or a script runs
it; hyperfine runs each many times and this prints medians, ratios and the budget of issue 8.

Run by compare.sh under tests/emulators/serve.py (which starts MiniStack and seeds a user).

usage: compare.py BINARY VENV_BIN RUNS REPORT_FILE
"""
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = "AWSCognitoIdentityProviderService.InitiateAuth"


def hyperfine(runs, commands, workdir, env, tag):
    """Runs hyperfine over (name, argv) pairs; returns {name: (median, min, max) in seconds}."""
    out = os.path.join(workdir, f"{tag}.json")
    argv = ["hyperfine", "-N", "--warmup", "3", "--runs", str(runs), "--export-json", out]
    for name, command in commands:
        argv += ["-n", name, shlex.join(command)]
    subprocess.run(argv, env=env, check=True)
    with open(out) as f:
        results = json.load(f)["results"]
    return {r["command"]: (r["median"], r["min"], r["max"]) for r in results}


def must_sign_in(name, command, env):
    """One run first, so a broken command is never timed as a fast failure."""
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    if done.returncode != 0 or "eyJ" not in done.stdout:
        raise SystemExit(f"{name} did not sign in (exit {done.returncode}):\n"
                         f"{done.stdout[-2000:]}\n{done.stderr[-2000:]}")


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def main():
    if len(sys.argv) != 5:
        raise SystemExit(__doc__)
    binary, venv_bin, runs, report = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    with open(os.environ["COGNITO_LOGIN_EMULATORS"]) as f:
        emu = json.load(f)["ministack"]
    endpoint, region, pool = emu["endpoint"], emu["region"], emu["pool_id"]
    client, user, password = emu["clients"]["plain"]["id"], "alice", emu["password"]

    workdir = tempfile.mkdtemp(prefix="cognito-login-bench-")
    body = os.path.join(workdir, "initiate-auth.json")
    with open(body, "w") as f:
        json.dump({"AuthFlow": "USER_PASSWORD_AUTH", "ClientId": client,
                   "AuthParameters": {"USERNAME": user, "PASSWORD": password}}, f)
    env = dict(os.environ, COGNITO_PASSWORD=password, HOME=workdir,
               XDG_CONFIG_HOME=os.path.join(workdir, "config"),
               # The AWS CLI and boto3 look for credentials even for unsigned calls.
               AWS_ACCESS_KEY_ID="test", AWS_SECRET_ACCESS_KEY="test",
               AWS_DEFAULT_REGION=region, AWS_EC2_METADATA_DISABLED="true",
               AWS_CONFIG_FILE=os.path.join(workdir, "aws-config"),
               AWS_SHARED_CREDENTIALS_FILE=os.path.join(workdir, "aws-credentials"))
    for proxy in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        env.pop(proxy, None)
    python = os.path.join(venv_bin, "python")
    ours = [binary, "sign-in", "--endpoint", endpoint, "--pool-id", pool, "--client-id", client,
            "--username", user]

    password_flow = [
        ("cognito-login", ours + ["--flow", "password"]),
        ("curl", ["curl", "-sS", "--fail", "-X", "POST", endpoint,
                  "-H", "Content-Type: application/x-amz-json-1.1", "-H", f"X-Amz-Target: {TARGET}",
                  "--data-binary", f"@{body}"]),
        ("python-requests", [python, os.path.join(HERE, "recipe.py"), endpoint, client, user]),
        ("aws-cli", [os.path.join(venv_bin, "aws"), "cognito-idp", "initiate-auth",
                     "--endpoint-url", endpoint, "--region", region, "--client-id", client,
                     "--auth-flow", "USER_PASSWORD_AUTH",
                     "--auth-parameters", f"USERNAME={user},PASSWORD={password}"]),
    ]
    srp_flow = [
        ("cognito-login-srp", ours + ["--flow", "srp"]),
        ("pycognito-srp", [python, os.path.join(HERE, "pycognito_srp.py"), endpoint, region, pool,
                           client, user]),
    ]
    try:
        for name, command in password_flow + srp_flow:
            must_sign_in(name, command, env)
        times = hyperfine(runs, password_flow, workdir, env, "password")
        times.update(hyperfine(runs, srp_flow, workdir, env, "srp"))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    ms = lambda name: times[name][0] * 1000
    ours_ms = ms("cognito-login")
    checks = [
        ("headless sign-in ≤ 1.3 × curl", ours_ms / ms("curl"), "× curl", ours_ms <= 1.3 * ms("curl")),
        ("≥ 10 × faster than the Python recipe", ms("python-requests") / ours_ms, "× faster",
         ms("python-requests") >= 10 * ours_ms),
        ("≥ 30 × faster than the AWS CLI", ms("aws-cli") / ours_ms, "× faster",
         ms("aws-cli") >= 30 * ours_ms),
        ("SRP sign-in faster than pycognito", ms("pycognito-srp") / ms("cognito-login-srp"), "× faster",
         ms("cognito-login-srp") < ms("pycognito-srp")),
    ]
    lines = [f"Machine: {machine()}", f"MiniStack at {endpoint}; {runs} runs of each after 3 warm-ups "
             f"(hyperfine -N).", "", "| command | median | min | max |", "|---|---:|---:|---:|"]
    for name, (median, low, high) in times.items():
        lines.append(f"| {name} | {median * 1000:.1f} ms | {low * 1000:.1f} ms | {high * 1000:.1f} ms |")
    lines += ["", "| budget | measured | met |", "|---|---:|:---:|"]
    for what, ratio, unit, met in checks:
        lines.append(f"| {what} | {ratio:.2f} {unit} | {'yes' if met else 'NO'} |")
    text = "\n".join(lines) + "\n"
    print("\n" + text)
    os.makedirs(os.path.dirname(os.path.abspath(report)), exist_ok=True)
    with open(report, "w") as f:
        f.write(text)
    print(f"(written to {report})")


if __name__ == "__main__":
    main()
