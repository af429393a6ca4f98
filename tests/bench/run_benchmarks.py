#!/usr/bin/env python3
"""Runs every benchmark and prints one table of figures (no assertions): scripts/bench.sh.

1. The audit export, side by side against one seeded kmsandbox: curl fetching the same pages
   (the sequential HTTP floor), the Python reference script (export_reference.py, standard
   library only), and `kmconsole audit export`; wall time, client CPU (user+sys) and peak memory
   of each client process, the median of --runs interleaved runs.
2. The sandbox: bench_sandbox_http (a page at the start, middle and end of every sort, each
   filter's first page, a search, a walk over every page).
3. The window: bench_gui (page change, sort and filter latency from the request to the rows
   painted, p50/p95; the longest event-loop stall during an export, a rotation poll and pages of
   500 rows; memory after sign-in).

    run_benchmarks.py --build build/dev [--records 1000000] [--runs 3] [--skip-sandbox] [--skip-gui]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))


def measure(cmd, stdin_text=None, env=None):
    """Wall seconds, CPU seconds (user+sys) and peak resident MiB of one child process alone."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    if stdin_text is not None:
        proc.stdin.write(stdin_text.encode())
    proc.stdin.close()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{cmd[0]} failed ({proc.returncode}): {err.decode(errors='replace')[-500:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def start_sandbox(build, records, folder):
    cmd = [os.path.join(build, "sandbox", "kmsandbox"), "--port", "0", "--seed", str(records),
           "--data", os.path.join(folder, "bench.sqlite"), "--password", "sandbox"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    started = time.monotonic()
    line = proc.stdout.readline().strip()
    if not line.startswith("listening on "):
        sys.exit("kmsandbox did not start: " + line)
    return proc, line[len("listening on "):], time.monotonic() - started


def token_of(base):
    form = urllib.parse.urlencode({"grant_type": "password", "username": "admin", "password": "sandbox"}).encode()
    with urllib.request.urlopen(base + "/oauth2/token", form) as reply:
        return json.load(reply)["access_token"]


def rows_in(path):
    with open(path, "rb") as f:
        return f.read().count(b"\n") - 1  # upper bound for kmconsole's file: notes may hold line breaks


def export_table(build, base, records, runs, folder):
    token = token_of(base)
    pages = (records + 999) // 1000
    curl_config = os.path.join(folder, "curl.cfg")
    with open(curl_config, "w") as f:
        f.write(f'header = "Authorization: Bearer {token}"\nsilent\ngloboff\n')
        for page in range(pages):
            f.write(f'url = "{base}/api/v1/key-management/audit?skip={page * 1000}&take=1000'
                    f'&sortBy[0].name=date&sortBy[0].direction=Desc"\noutput = "/dev/null"\n')
    clients = {
        "curl, the same pages (HTTP floor)": (["curl", "-K", curl_config], None),
        "Python script (urllib, json, csv)": ([sys.executable, os.path.join(HERE, "export_reference.py"), base, token,
                                               os.path.join(folder, "python.csv")], None),
        "kmconsole audit export": ([os.path.join(build, "app", "main", "kmconsole"), "audit", "export", "--server", base,
                                    "--token-stdin", "--out", os.path.join(folder, "kmconsole.csv")], token + "\n"),
    }
    figures = {name: [] for name in clients}
    for _ in range(runs):
        for name, (cmd, stdin_text) in clients.items():  # interleaved, so a busy moment hits all alike
            figures[name].append(measure(cmd, stdin_text))
    python_rows = rows_in(os.path.join(folder, "python.csv"))
    median = {name: tuple(statistics.median(run[i] for run in figures[name]) for i in range(3)) for name in clients}
    floor_wall = median["curl, the same pages (HTTP floor)"][0]
    script_cpu = median["Python script (urllib, json, csv)"][1]
    print(f"\n## Export of {records:,} audit records (median of {runs} interleaved runs)\n")
    print("| client | wall s | wall vs curl | client CPU s | CPU µs/row | CPU vs script | peak MiB |")
    print("|---|---|---|---|---|---|---|")
    for name, (wall, cpu, rss) in median.items():
        print(f"| {name} | {wall:.1f} | {wall / floor_wall:.2f}x | {cpu:.2f} | {cpu * 1e6 / records:.2f} | "
              f"{cpu / script_cpu:.2f}x | {rss:.0f} |")
    print(f"\nRows written: Python {python_rows:,}; kmconsole's file checked by the test suite byte for byte.")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default="build/dev")
    parser.add_argument("--records", type=int, default=1000000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-sandbox", action="store_true")
    parser.add_argument("--skip-gui", action="store_true")
    args = parser.parse_args()
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    print(f"# kmconsole benchmarks\n\nMachine: {os.cpu_count()} cores, {cpu}; "
          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB")
    with tempfile.TemporaryDirectory(prefix="kmbench-") as folder:
        sandbox, base, seeded = start_sandbox(args.build, args.records, folder)
        try:
            print(f"Sandbox seeded with {args.records:,} records in {seeded:.1f} s.")
            export_table(args.build, base, args.records, args.runs, folder)
            sys.stdout.flush()
            if not args.skip_gui:
                print(f"\n## The window ({args.records:,} records, offscreen)\n")
                sys.stdout.flush()
                env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
                subprocess.run([os.path.join(args.build, "tests", "bench_gui"), "--url", base], check=True, env=env)
        finally:
            sandbox.terminate()
            sandbox.wait()
    if not args.skip_sandbox:
        print(f"\n## The sandbox ({args.records:,} records)\n")
        sys.stdout.flush()
        subprocess.run([os.path.join(args.build, "tests", "bench_sandbox_http"), str(args.records), "--runs", "3"], check=True)


if __name__ == "__main__":
    main()
