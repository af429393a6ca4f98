#!/usr/bin/env python3
"""contract_prism: the console's command line against kmsandbox behind Stoplight Prism's
validating proxy, which checks every request and every response against the project's contract
(tests/contract/key-management.openapi.json, from the vendor's 11.2.2 description).

Every flow (sign-in, config show/set, rotation preflight, rotation start/status/retry with --wait,
rotation start --if-older-than, check in every format, secret-keys status/rotate/cancel (--wait),
audit export with every filter, report) runs against kmsandbox --api-version 11.2 and two variants. The test fails
on any violation Prism reports (--errors: a violating exchange is answered 422/500 and logged as
an error), on any path Prism does not know (11.2.2 does not publish the 11.7 configuration audit
or the Platform vault list: they must never be sent), and on a flow that does not end as it should.
Before the flows, one deliberately invalid request proves that Prism validates and that this
script sees what it reports.

    prism_contract.py --kmconsole FILE --kmsandbox FILE --prism FILE --contract FILE

Exit 0 passed, 1 failed, 77 Prism is not installed (bash scripts/install-prism.sh).
Standard library only; children are killed on every exit; every wait is bounded.
"""
import argparse
import atexit
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

PASSWORD = "sandbox"
SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab"
KEY_ARN = "arn:aws:kms:us-east-1:123456789012:key/" + KEY_ID
SEEDED_DAY = "2020-01-01"  # the seeded audit begins on this day (docs/sandbox.md)

VARIANTS = [
    ("11.2", ["--api-version", "11.2"], {"aws": 1}),
    ("11.2 access-denied 400, no refresh tokens, other type ids",
     ["--api-version", "11.2", "--access-denied", "400", "--refresh-tokens", "off", "--type-ids", "none=0,aws=5,azure=7"],
     {"aws": 5}),
    ("11.2 ignore-sort, maintenance 3 s", ["--api-version", "11.2", "--ignore-sort", "--maintenance-ms", "3000"], {"aws": 1}),
]

children = []
failures = []


def kill_children():
    for p in children:
        if p.poll() is None:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass
            p.wait()


atexit.register(kill_children)
for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
    signal.signal(sig, lambda *_: sys.exit(1))


def fail(text):
    failures.append(text)
    print("FAIL: " + text, flush=True)


def spawn(args, **kwargs):
    p = subprocess.Popen(args, start_new_session=True, **kwargs)
    children.append(p)
    return p


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, process, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True
        except OSError:
            time.sleep(0.2)
    return False


def start_sandbox(kmsandbox, extra, workdir):
    out = open(os.path.join(workdir, "sandbox.log"), "w+")
    p = spawn([kmsandbox, "--port", "0", "--data", ":memory:", "--seed", "400", "--step-ms", "20",
               "--test-controls"] + extra, stdout=subprocess.PIPE, stderr=out, text=True)
    deadline = time.monotonic() + 60
    line = ""
    while time.monotonic() < deadline and not line.startswith("listening on "):
        line = p.stdout.readline().strip()
        if not line and p.poll() is not None:
            break
    if not line.startswith("listening on "):
        raise SystemExit("kmsandbox did not start: " + line)
    return p, line[len("listening on "):]


class Prism:
    def __init__(self, prism, contract, upstream, workdir):
        self.port = free_port()
        self.log_path = os.path.join(workdir, "prism.log")
        self.log = open(self.log_path, "w")
        self.process = spawn([prism, "proxy", contract, upstream, "--host", "127.0.0.1", "--port", str(self.port),
                              "--errors"], stdout=self.log, stderr=subprocess.STDOUT)
        if not wait_for_port(self.port, self.process):
            raise SystemExit("Prism did not start; its output:\n" + open(self.log_path).read())
        self.url = "http://127.0.0.1:%d" % self.port
        self.offset = 0

    def lines(self):
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            return f.read().splitlines()

    # What Prism reported since the last call: its errors and warnings, each one line.
    def problems(self):
        self.log.flush()
        time.sleep(0.3)  # Prism writes its log line just after it answers
        lines = self.lines()
        new, self.offset = lines[self.offset:], len(lines)
        return [l for l in new if "\u2716" in l or "\u26a0" in l or "error" in l.split("]")[-1][:30].lower()
                or "violation" in l.lower()]

    def requests(self):
        return [m.group(1).upper() + " " + m.group(2) for m in
                (re.search(r"\[HTTP SERVER\] (\w+) (\S+) \S+\s+info\s+Request received", l) for l in self.lines()) if m]


def http(method, url, token=None, body=None, form=None):
    headers = {}
    data = None
    if token:
        headers["Authorization"] = "Bearer " + token
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


class Console:
    def __init__(self, kmconsole, server, workdir):
        self.kmconsole = kmconsole
        self.server = server
        self.env = dict(os.environ)
        for v in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            self.env[v] = os.path.join(workdir, v.lower())
        self.env["QT_QPA_PLATFORM"] = "offscreen"
        self.env["LC_ALL"] = "C.UTF-8"

    def run(self, name, args, expect, stdin=PASSWORD + "\n", user="admin", timeout=120):
        command = [self.kmconsole] + args + ["--server", self.server, "--user", user, "--password-stdin"]
        try:
            r = subprocess.run(command, input=stdin, capture_output=True, text=True, env=self.env, timeout=timeout)
        except subprocess.TimeoutExpired:
            fail("%s: did not end within %d s" % (name, timeout))
            return None
        if r.returncode != expect:
            fail("%s: exit %d, expected %d\n  stderr: %s" % (name, r.returncode, expect, r.stderr.strip()[-800:]))
        else:
            print("ok   %s (exit %d)" % (name, r.returncode), flush=True)
        return r


def canary(prism, token):
    """One request that breaks the contract (filter.date as a bare date, not a date-time): Prism
    must refuse it and report it, or this test could not fail."""
    status, body = http("GET", prism.url + "/api/v1/key-management/audit?filter.date=2020-01-01&take=1", token)
    problems = prism.problems()
    if status != 422 or not problems:
        raise SystemExit("Prism did not report a deliberate violation (status %d, %d log lines): it is not validating"
                         % (status, len(problems)))
    print("ok   a deliberate violation is refused by Prism (%d) and seen in its log" % status, flush=True)


def flows(console, prism, sandbox_url, ids, maintenance, access_denied, ignores_sort):
    host = "127.0.0.1"
    check = lambda what: [fail("%s: Prism reported: %s" % (what, p.strip())) for p in prism.problems()]

    console.run("config show", ["config", "show"], 0)
    r = console.run("config show --json", ["config", "show", "--json"], 0)
    if r and r.returncode == 0:
        shown = json.loads(r.stdout)
        if shown.get("serverVersion") != "11.2.000002":
            fail("config show --json: serverVersion is %r, not 11.2.000002" % shown.get("serverVersion"))
    check("config show")

    # The checks before a rotation: the health check, the nodes, the backup log (newest first,
    # paged) and the secret-key rotation's status, as JSON and as text; every check passes here.
    r = console.run("rotation preflight --json", ["rotation", "preflight", "--json"], 0)
    if r and r.returncode == 0:
        checks = {c.get("name"): c.get("outcome") for c in json.loads(r.stdout).get("checks", [])}
        if len(checks) != 6 or any(outcome != "pass" for outcome in checks.values()):
            fail("rotation preflight --json: not every check passed: %s" % checks)
    console.run("rotation preflight --max-backup-age-hours 1 --accept-warning backup",
                ["rotation", "preflight", "--max-backup-age-hours", "1", "--accept-warning", "backup"], 0)
    if access_denied:
        console.run("rotation preflight by an account that may not read nodes or backups (not determined)",
                    ["rotation", "preflight"], 3, user="auditor")
    check("rotation preflight")

    # A rotation that fails at a step, its retry, and a status: all followed with --wait.
    status, _ = http("POST", sandbox_url + "/sandbox/faults", body={"failAt": "MarkDataStarted"})
    if status != 200:
        fail("sandbox/faults answered %d" % status)
    console.run("rotation start --wait (fails at a step)",
                ["rotation", "start", "--confirm-backup", "--confirm-host", host, "--wait", "--poll-interval", "100"], 2)
    console.run("rotation status", ["rotation", "status"], 0)
    console.run("rotation retry --wait",
                ["rotation", "retry", "--confirm-host", host, "--wait", "--poll-interval", "100"], 0)
    console.run("rotation status --wait", ["rotation", "status", "--wait", "--poll-interval", "100"], 0)
    console.run("rotation start --wait",
                ["rotation", "start", "--confirm-backup", "--confirm-host", host, "--wait", "--poll-interval", "100"], 0)
    # The scheduler's policy run, just after a completed rotation: nothing due, nothing sent.
    console.run("rotation start --if-older-than (nothing due)",
                ["rotation", "start", "--if-older-than", "30", "--confirm-backup", "--confirm-host", host, "--wait"], 0)
    check("rotation")

    # The monitoring check in every format (with the backup log and the secret-key rotation's
    # status), and as a view-only account that may not read the backup log.
    for fmt in ("nagios", "prometheus", "json"):
        console.run("check --format " + fmt, ["check", "--max-age-days", "30", "--format", fmt], 0)
    console.run("check as a view-only account", ["check", "--max-age-days", "30", "--skip-check", "backup"], 0, user="auditor")
    check("check")

    # The secret-key rotation: its status, a run that ends at once, one that is cancelled, and a
    # cancel refused when nothing runs.
    console.run("secret-keys status", ["secret-keys", "status"], 0)
    console.run("secret-keys status --json", ["secret-keys", "status", "--json"], 0)
    console.run("secret-keys rotate --wait",
                ["secret-keys", "rotate", "--confirm-host", host, "--wait", "--poll-interval", "100"], 0)
    console.run("secret-keys cancel (nothing runs)", ["secret-keys", "cancel", "--confirm-host", host], 1)
    http("POST", sandbox_url + "/sandbox/faults", body={"secretKeySecrets": 1000000, "secretKeyRate": 100})
    console.run("secret-keys rotate", ["secret-keys", "rotate", "--confirm-host", host], 0)
    console.run("secret-keys status (running)", ["secret-keys", "status", "--json"], 0)
    console.run("secret-keys cancel --wait",
                ["secret-keys", "cancel", "--confirm-host", host, "--wait", "--poll-interval", "100"], 0)
    http("POST", sandbox_url + "/sandbox/faults", body={"secretKeySecrets": 0, "secretKeyRate": 1000})
    check("secret-keys")

    # Every filter of the audit export, alone and together, and the export of everything.
    with tempfile.TemporaryDirectory() as out:
        csv = os.path.join(out, "audit.csv")
        exports = [
            ("everything", []),
            ("--date", ["--date", SEEDED_DAY]),
            ("--from --to", ["--from", SEEDED_DAY, "--to", "2020-01-03"]),
            ("--action", ["--action", "Rotation Requested"]),
            ("--user-id", ["--user-id", "1"]),
            ("--search", ["--search", "rotation"]),
            ("--sort --desc", ["--sort", "UserName", "--desc"]),
            ("--sort AuditId", ["--sort", "AuditId"]),
            ("every filter", ["--date", SEEDED_DAY, "--action", "Rotation Requested", "--user-id", "1", "--search", "a",
                              "--sort", "Status", "--desc", "--bom", "--page-size", "50"]),
        ]
        state = os.path.join(out, "audit.state")
        # An incremental export needs the audit sorted by id: a server that ignores the sort is refused (1).
        incremental = 1 if ignores_sort else 0
        exports = [(name, extra, 0) for name, extra in exports] + [
            ("--format jsonl", ["--format", "jsonl"], 0),
            ("--format cef --after-id", ["--format", "cef", "--after-id", "10", "--page-size", "50"], incremental),
            ("--state (first run)", ["--format", "jsonl", "--state", state], 0),
            ("--state (nothing new)", ["--format", "jsonl", "--state", state], incremental),
        ]
        for name, extra, code in exports:
            console.run("audit export " + name, ["audit", "export", "--out", csv] + extra, code)
        # 11.2 keeps no configuration audit: refused without asking for it.
        console.run("audit export --configuration (11.2)", ["audit", "export", "--configuration", "--out", csv], 1)
        check("audit export")

    # The configuration: a whole AWS KMS save with the id this server uses, then a save during
    # maintenance (refused with the server's 400) where the server has maintenance.
    aws = ["config", "set", "--type", "aws", "--access-key-id", "AKIAIOSFODNN7EXAMPLE", "--key-id", KEY_ID,
           "--key-arn", KEY_ARN, "--secret-stdin", "--confirm-host", host, "--type-id", str(ids["aws"])]
    console.run("config set --dry-run", aws + ["--dry-run"], 0, stdin=PASSWORD + "\n" + SECRET + "\n")
    console.run("config set", aws + ["--json"], 0, stdin=PASSWORD + "\n" + SECRET + "\n")
    if maintenance:
        console.run("config set during maintenance (refused)", aws, 1, stdin=PASSWORD + "\n" + SECRET + "\n")
    if access_denied:
        console.run("config set by an account without the permission (refused)", aws, 1,
                    stdin=PASSWORD + "\n" + SECRET + "\n", user="auditor")
    console.run("config show after the save", ["config", "show"], 0)
    check("config set")

    with tempfile.TemporaryDirectory() as out:
        for kind in ("json", "pdf"):
            path = os.path.join(out, "report." + kind)
            r = console.run("report --format " + kind, ["report", "--out", path, "--since", "2019-06-01"], 0)
            if kind == "json" and r and r.returncode == 0:
                report = json.load(open(path))
                if report.get("serverVersion") != "11.2.000002":
                    fail("report: serverVersion is %r" % report.get("serverVersion"))
                if report.get("configurationChanges") is not None:
                    fail("report: an 11.2 server has no configuration history, yet configurationChanges is set")
    check("report")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kmconsole", required=True)
    parser.add_argument("--kmsandbox", required=True)
    parser.add_argument("--prism", required=True)
    parser.add_argument("--contract", required=True)
    parser.add_argument("--only", type=int, help="run one variant (0, 1, 2)")
    args = parser.parse_args()
    if not os.access(args.prism, os.X_OK) or not shutil.which("node"):
        print("Prism is not installed at %s (bash scripts/install-prism.sh installs it)" % args.prism)
        return 77

    for index, (name, extra, ids) in enumerate(VARIANTS):
        if args.only is not None and index != args.only:
            continue
        print("== kmsandbox %s" % " ".join(extra), flush=True)
        with tempfile.TemporaryDirectory(prefix="contract-prism-") as workdir:
            sandbox, sandbox_url = start_sandbox(args.kmsandbox, extra, workdir)
            prism = Prism(args.prism, args.contract, sandbox_url, workdir)
            status, body = http("POST", sandbox_url + "/oauth2/token",
                                form={"grant_type": "password", "username": "admin", "password": PASSWORD})
            canary(prism, json.loads(body)["access_token"])
            console = Console(args.kmconsole, prism.url, workdir)
            flows(console, prism, sandbox_url, ids, "--maintenance-ms" in extra, "--access-denied" in extra,
                  "--ignore-sort" in extra)

            # Nothing the contract does not publish was asked for: Prism knew every path it got
            # (an unknown one is a NO_PATH_MATCHED error above), and the sandbox saw no other.
            sent = set(prism.requests())
            for unpublished in ("/api/v1/key-management/config/audit", "/vaultbroker/api/vaults"):
                if any(unpublished in s for s in sent):
                    fail("%s was sent to an 11.2 server" % unpublished)
            stats = json.loads(http("GET", sandbox_url + "/sandbox/stats")[1])
            asked = stats.get("requests", {})
            if asked.get("other") or any("config/audit" in k for k in asked):
                fail("the sandbox got requests outside its published routes: %s" % asked)
            for needed in ("POST /oauth2/token", "GET /api/v1/version", "GET /api/v1/key-management",
                           "PUT /api/v1/key-management", "GET /api/v1/key-management/mekrotationinfo",
                           "PUT /api/v1/key-management/startmekrotation", "PUT /api/v1/key-management/retrymekstatus",
                           "GET /api/v1/key-management/audit", "GET /api/v1/healthcheck", "GET /api/v1/nodes",
                           "GET /api/v2/configuration/backup-logs",
                           "GET /api/v1/configuration/security/rotate-secret-keys-status",
                           "POST /api/v1/configuration/security/rotate-secret-keys",
                           "POST /api/v1/configuration/security/cancel-rotate-secret-keys"):
                if not asked.get(needed):
                    fail("no %s went through the proxy: the flows did not run" % needed)
            print("   requests through Prism: %d; by route: %s" % (len(prism.requests()), json.dumps(asked, sort_keys=True)),
                  flush=True)
            kill_children()
            children.clear()
    if failures:
        print("\n%d failure(s)" % len(failures))
        return 1
    print("\nevery flow spoke the contract")
    return 0


if __name__ == "__main__":
    sys.exit(main())
