#!/usr/bin/env python3
"""Helpers of bench/run.

    report.py lua SEED_JSON            -> a Lua table of the polls answers go to
    report.py markdown RESULTS_JSONL BINARY SECONDS CONNECTIONS -> bench/RESULTS.md
"""
import json
import os
import platform
import subprocess
import sys


def lua(seed_path):
    seed = json.load(open(seed_path))
    polls = seed.get("many") or [seed["fixture"]]
    out = ["return {"]
    for p in polls:
        slots = ", ".join(f'"{s}"' for s in p["slots"])
        out.append(f'  {{ id = "{p["id"]}", slots = {{ {slots} }} }},')
    out.append("}")
    print("\n".join(out))


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
    except OSError:
        return "?"


def machine():
    cpu = sh("lscpu | sed -n 's/^Model name: *//p' | head -n 1") or platform.processor()
    mem_kb = int(sh("awk '/MemTotal/ {print $2}' /proc/meminfo") or 0)
    return (
        f"{cpu}, {os.cpu_count()} cores, {mem_kb / 1048576:.0f} GiB, "
        f"Linux {platform.release()}, {sh('rustc --version')}, {sh('wrk -v 2>&1 | head -n 1')}"
    )


def ms(us):
    return f"{us / 1000:.2f}"


def markdown(results_path, binary, seconds, connections):
    runs, totals = [], {}
    for line in open(results_path):
        r = json.loads(line)
        if "scenario" in r:
            runs.append(r)
        else:
            totals[r["backend"]] = r
    by = {(r["backend"], r["scenario"], r["connections"]): r["result"] for r in runs}
    c = int(connections)
    out = [
        "# Load benchmark results",
        "",
        "Written by `bench/run` (see README, *Performance*). Every figure of a table comes from",
        "one run of that command; the server and wrk share the machine's cores over loopback,",
        "so compare ratios within a run rather than absolute figures across machines.",
        "",
        f"- Machine: {machine()}",
        f"- Release binary: {os.path.getsize(binary) / 1048576:.1f} MiB",
        f"- Each measurement: wrk for {seconds} s; throughput at {c} connections (2 threads),",
        "  service time on 1 connection (1 thread). Latencies in milliseconds.",
        "",
    ]
    for backend in [b for b in ("sqlite", "postgres") if b in totals]:
        t = totals[backend]
        static = by.get((backend, "static", c))
        out += [
            f"## {'SQLite' if backend == 'sqlite' else 'PostgreSQL'}",
            "",
            f"Seeded {t['polls']:,} polls in {t['seed_seconds']} s through the API. "
            f"Idle RSS {t['idle_rss_kb'] / 1024:.1f} MiB, peak RSS {t['peak_rss_kb'] / 1024:.1f} MiB, "
            f"database {t['db_bytes'] / 1048576:.1f} MiB.",
            "",
            "| What | Connections | Requests/s | p50 ms | p99 ms | ÷ static req/s | p99 ÷ static p99 | Errors |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        names = {
            "static": "Static asset (CSS)",
            "page": "Vote page, fixture poll (HTML)",
            "json": "Poll JSON, fixture poll",
            "answer_json": "Answer (JSON API)",
            "answer_form": "Answer (vote page form)",
        }
        for r in runs:
            if r["backend"] != backend:
                continue
            res = r["result"]
            name = names.get(r["scenario"]) or r["scenario"].replace("page_large_", "Vote page, 30 slots × ").replace("json_large_", "Poll JSON, 30 slots × ")
            ratio = p99 = ""
            if static and r["connections"] == c and r["scenario"] != "static":
                ratio = f"{res['rps'] / static['rps']:.2f}"
                p99 = f"{res['p99_us'] / max(static['p99_us'], 1):.2f}"
            errors = res["errors"] + res["bad_status"]
            out.append(
                f"| {name} | {r['connections']} | {res['rps']:,.0f} | {ms(res['p50_us'])} | "
                f"{ms(res['p99_us'])} | {ratio} | {p99} | {errors} |"
            )
        out.append("")
    print("\n".join(out))


if __name__ == "__main__":
    if sys.argv[1] == "lua":
        lua(sys.argv[2])
    else:
        markdown(*sys.argv[2:6])
