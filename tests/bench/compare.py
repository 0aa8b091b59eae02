#!/usr/bin/env python3
"""Times a sign-in by cognito-login against what people use instead, on the same MiniStack, in
the same run: curl sending the identical request, the Python `requests` recipe, the AWS CLI,
and for SRP pycognito's AWSSRP. Each command is a whole process, as a person or a script runs
it; hyperfine runs each many times and this prints medians, ratios and the budget of issue 8.

MODE "busy" runs the headless sign-ins and curl beside a CPU-bound load: one busy loop per
core at the default priority, as two builds sharing the cores are (issue 16). Both sides are
timed under the same load, so the ratio says what the load costs each.

Run by compare.sh under tests/emulators/serve.py (which starts MiniStack and seeds a user).

With COGNITO_LOGIN_BEFORE set to another build of cognito-login (an older commit's), that
build is timed too, in the same rounds, as "cognito-login-before".

usage: compare.py BINARY VENV_BIN RUNS REPORT_FILE [quiet|busy]
"""
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = "AWSCognitoIdentityProviderService.InitiateAuth"
# Each command's runs are split into rounds, the order of the commands turned at each round:
# this machine's speed drifts over minutes (BENCHMARKS.md, "Noise"), and a drift should not
# fall on one command's runs only.
ROUNDS = 5


def hyperfine(runs, commands, workdir, env, tag):
    """Runs hyperfine over (name, argv) pairs in ROUNDS rounds; returns {name: [seconds]}."""
    times = {name: [] for name, _ in commands}
    for round_no in range(ROUNDS):
        turn = round_no % len(commands)
        order = commands[turn:] + commands[:turn]
        share = runs // ROUNDS + (1 if round_no < runs % ROUNDS else 0)
        if share == 0:
            continue
        out = os.path.join(workdir, f"{tag}-{round_no}.json")
        argv = ["hyperfine", "-N", "--warmup", "3", "--runs", str(share), "--export-json", out]
        for name, command in order:
            argv += ["-n", name, shlex.join(command)]
        subprocess.run(argv, env=env, check=True)
        with open(out) as f:
            for result in json.load(f)["results"]:
                times[result["command"]] += result["times"]
    return times


class BusyLoad:
    """One CPU-bound process per core, at the default priority (nice 0), while in `with`."""

    def __init__(self, busy):
        self.count = (os.cpu_count() or 1) if busy else 0
        self.procs = []

    def __enter__(self):
        loop = [sys.executable, "-c", "while True: pass"]
        self.procs = [subprocess.Popen(loop) for _ in range(self.count)]
        time.sleep(1 if self.count else 0)  # every loop on a core before the first timing
        if any(p.poll() is not None for p in self.procs):
            raise SystemExit("a busy loop did not keep running")
        return self

    def __exit__(self, *_):
        for proc in self.procs:
            proc.kill()
            proc.wait()

def bench_env(workdir, emu):
    """The environment every timed command runs in: a home of its own in `workdir`, no
    proxy, and the AWS CLI kept from the real ~/.aws."""
    env = dict(os.environ, HOME=workdir, XDG_CONFIG_HOME=os.path.join(workdir, "config"),
               XDG_CACHE_HOME=os.path.join(workdir, "cache"),
               # The AWS CLI and boto3 look for credentials even for unsigned calls.
               AWS_ACCESS_KEY_ID="test", AWS_SECRET_ACCESS_KEY="test",
               AWS_DEFAULT_REGION=emu["region"], AWS_EC2_METADATA_DISABLED="true",
               AWS_CONFIG_FILE=os.path.join(workdir, "aws-config"),
               AWS_SHARED_CREDENTIALS_FILE=os.path.join(workdir, "aws-credentials"))
    for proxy in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        env.pop(proxy, None)
    return env


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


def commands(binary, venv_bin, emu, workdir):
    """The password group (the identical InitiateAuth) and the SRP pair, as (name, argv)."""
    endpoint, region, pool = emu["endpoint"], emu["region"], emu["pool_id"]
    client, user, password = emu["clients"]["plain"]["id"], "alice", emu["password"]
    body = os.path.join(workdir, "initiate-auth.json")
    with open(body, "w") as f:
        json.dump({"AuthFlow": "USER_PASSWORD_AUTH", "ClientId": client,
                   "AuthParameters": {"USERNAME": user, "PASSWORD": password}}, f)
    python = os.path.join(venv_bin, "python")
    args = ["sign-in", "--endpoint", endpoint, "--pool-id", pool, "--client-id", client,
            "--username", user]
    before = os.environ.get("COGNITO_LOGIN_BEFORE")
    password_flow = [
        ("cognito-login", [binary] + args + ["--flow", "password"]),
        *([("cognito-login-before", [before] + args + ["--flow", "password"])] if before else []),
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
        ("cognito-login-srp", [binary] + args + ["--flow", "srp"]),
        ("pycognito-srp", [python, os.path.join(HERE, "pycognito_srp.py"), endpoint, region, pool,
                           client, user]),
    ]
    return password_flow, srp_flow


def checks(ms, busy):
    """(budget, ratio, unit, met) for the figures this mode measures."""
    ours = ms("cognito-login")
    found = [("headless sign-in ≤ 1.3 × curl", ours / ms("curl"), "× curl",
              ours <= 1.3 * ms("curl"))]
    if busy:
        return found
    return found + [
        ("≥ 10 × faster than the Python recipe", ms("python-requests") / ours, "× faster",
         ms("python-requests") >= 10 * ours),
        ("≥ 30 × faster than the AWS CLI", ms("aws-cli") / ours, "× faster",
         ms("aws-cli") >= 30 * ours),
        ("SRP sign-in faster than pycognito", ms("pycognito-srp") / ms("cognito-login-srp"),
         "× faster", ms("cognito-login-srp") < ms("pycognito-srp")),
    ]


def main():
    if len(sys.argv) not in (5, 6) or sys.argv[5:] not in ([], ["quiet"], ["busy"]):
        raise SystemExit(__doc__)
    binary, venv_bin, runs, report = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    busy = sys.argv[5:] == ["busy"]
    with open(os.environ["COGNITO_LOGIN_EMULATORS"]) as f:
        emu = json.load(f)["ministack"]

    workdir = tempfile.mkdtemp(prefix="cognito-login-bench-")
    env = dict(bench_env(workdir, emu), COGNITO_PASSWORD=emu["password"])
    password_flow, srp_flow = commands(binary, venv_bin, emu, workdir)
    if busy:  # the figure at stake under load: the headless sign-in against curl
        password_flow = [c for c in password_flow if c[0].startswith("cognito-login") or c[0] == "curl"]
        srp_flow = []
    try:
        for name, command in password_flow + srp_flow:
            must_sign_in(name, command, env)
        with BusyLoad(busy) as load:
            load_before = os.getloadavg()[0]
            times = hyperfine(runs, password_flow, workdir, env, "password")
            if srp_flow:
                times.update(hyperfine(runs, srp_flow, workdir, env, "srp"))
            load_after = os.getloadavg()[0]
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    ms = lambda name: statistics.median(times[name]) * 1000
    setting = (f"beside {load.count} busy loops (one per core, nice 0)" if busy
               else "nothing of ours running beside it")
    lines = [f"Machine: {machine()}",
             f"MiniStack at {emu['endpoint']}; {runs} runs of each after 3 warm-ups, in {ROUNDS} "
             f"rounds (hyperfine -N); {setting}; load average {load_before:.2f} before, "
             f"{load_after:.2f} after.",
             ""]
    publish(lines, times, checks(ms, busy), report, digits=1)


def publish(lines, times, budget, report, digits):
    """Prints `lines`, then the medians of `times` and the `budget` rows (what, value, unit,
    met) as Markdown tables, and writes the same to `report`."""
    ms = lambda name: statistics.median(times[name]) * 1000
    lines = lines + ["| command | median | min | max |", "|---|---:|---:|---:|"]
    for name, samples in times.items():
        lines.append(f"| {name} | {ms(name):.{digits}f} ms | {min(samples) * 1000:.{digits}f} ms "
                     f"| {max(samples) * 1000:.{digits}f} ms |")
    lines += ["", "| budget | measured | met |", "|---|---:|:---:|"]
    for what, value, unit, met in budget:
        lines.append(f"| {what} | {value:.2f} {unit} | {'yes' if met else 'NO'} |")
    text = "\n".join(lines) + "\n"
    print("\n" + text)
    os.makedirs(os.path.dirname(os.path.abspath(report)), exist_ok=True)
    with open(report, "w") as f:
        f.write(text)
    print(f"(written to {report})")


if __name__ == "__main__":
    main()
