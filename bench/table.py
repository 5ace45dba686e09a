#!/usr/bin/env python3
"""Prints run.sh's side-by-side table of allocbudget check vs JMH (stdlib only).

Inputs (any may be missing; the columns then read n/a):
  check.log    mvn verify output, each line prefixed "<epoch seconds>\t" by run.sh
  report.json  target/allocbudget/report.json (B/op per method id)
  jmh.log      JMH output, prefixed the same way (per-benchmark wall time from "# Benchmark:" lines)
  jmh.csv      JMH -rf csv results (gc.alloc.rate.norm per benchmark)
Exit status 3 when a method measured by both tools differs by more than the tolerance.

The rule is the plugin's (plugin/core/.../model/AllocDisagreement.java): the tolerance by the kind of the check's
figure in report.json, "clean" 0.1 B/op; "mean" (amortized, with a period) 1 %; "timing" (other threads allocated
part of it, or amortized with no period) 5 %; JMH may exceed the check by its harness's bytes per iteration (8 KiB)
over the iteration's calls; and a method measured in two compile orders agrees when JMH's figure is either one.
"""
import argparse
import csv
import json
import os
import re
import statistics
import sys

QUALIFIED = False  # --qualified: rows are keyed Class.method (a project of several workload classes)


def kind_of(r):
    """The kind of a report.json figure, as AllocDisagreement.Tolerance.of decides it."""
    if r.get("callerBytesPerOp") is None:
        return "clean"
    if (r.get("otherThreadsBytesPerOp") or 0) > 0 or (r.get("amortized") and r.get("period") is None):
        return "timing"
    return "mean" if r.get("amortized") else "clean"


def allows(kind, check, jmh):
    apart = abs(jmh - check)
    return apart <= {"clean": 0.1, "mean": 0.01 * check, "timing": 0.05 * check}[kind]


TOLERANCE_TEXT = {"clean": "0.1 B/op", "mean": "1%", "timing": "5%"}
# what JMH's harness allocates per measurement iteration, spread over its calls (AllocDisagreement)
JMH_HARNESS_BYTES_PER_ITERATION = 8 * 1024
ITERATION_SECONDS = 1.0  # run.sh's -r 1s
SECONDS_PER = {"s": 1.0, "ms": 1e-3, "us": 1e-6, "ns": 1e-9}


def agrees(kind, check, jmh, calls):
    """AllocDisagreement.agrees: within the tolerance once JMH's excess, up to its harness share of a call, is taken off."""
    harness = JMH_HARNESS_BYTES_PER_ITERATION / calls if calls else 0
    return allows(kind, check, max(check, jmh - harness) if jmh > check else jmh)


def calls_per_iteration(score, unit):
    """JMH's calls in a 1 s iteration, from its primary score ("12.3" "ns/op", or "8.1e6" "ops/s")."""
    per, _, of = unit.partition("/")
    if of == "op" and per in SECONDS_PER and score > 0:
        return ITERATION_SECONDS / (score * SECONDS_PER[per])
    if per == "ops" and of in SECONDS_PER:
        return score * ITERATION_SECONDS / SECONDS_PER[of]
    return None

PROGRESS = re.compile(r"\[INFO\] \[(\d+)/(\d+)\] (\S+)  (n/a|[\d.]+ B/op)(?: \(mean\))?(?:  [\d.]+ obj/op)?  (\w+)  ([\d.]+) s(?:  \(.*\))?$")
SUMMARY = re.compile(r"allocbudget: .* checked in ([\d.]+) s")
BENCHMARK = re.compile(r"^# Benchmark: (\S+)")
RUN_COMPLETE = re.compile(r"^# Run complete\. Total time: (\S+)")


def stamped(path):
    """Yields (epoch seconds, line) from a run.sh log."""
    if not path or not os.path.exists(path):
        return
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            t, _, line = raw.rstrip("\n").partition("\t")
            try:
                yield float(t), line
            except ValueError:
                continue


def method_name(full):
    """'a.b.Workloads#sbConcat' and 'a.b.WorkloadsBench.sbConcat' both give 'sbConcat' (with --qualified both give
    'Workloads.sbConcat': the twin class is the workload class + 'Bench')."""
    if "#" in full:
        cls, name = full.split("#", 1)
    else:
        cls, _, name = full.rpartition(".")
        cls = cls[:-len("Bench")] if cls.endswith("Bench") else cls
    return f"{cls.rsplit('.', 1)[-1]}.{name}" if QUALIFIED else name


def read_check(log_path, report_path):
    rows, summary_s = {}, None
    for _, line in stamped(log_path):
        m = PROGRESS.search(line)
        if m:
            rows.setdefault(method_name(m.group(3)), {})["check_s"] = float(m.group(6))
            rows[method_name(m.group(3))]["verdict"] = m.group(5)
        m = SUMMARY.search(line)
        if m:
            summary_s = float(m.group(1))
    if report_path and os.path.exists(report_path):
        with open(report_path, encoding="utf-8") as f:
            report = json.load(f)
        for r in report.get("methods", []):
            row = rows.setdefault(method_name(r["id"]), {})
            row["check_bop"] = r.get("bytesPerOp")
            others = [c["bytesPerOp"] for c in r.get("compileOrders") or [] if not c["decided"]]
            row["other_bop"] = others[0] if others else None
            row["verdict"] = r.get("verdict")
            row["kind"] = kind_of(r)
            if r.get("verdict") == "ERROR":
                row["message"] = r.get("message")
    return rows, summary_s


def read_jmh(log_path, csv_path):
    rows = {}
    starts, end = [], None
    for t, line in stamped(log_path):
        m = BENCHMARK.match(line)
        if m:
            starts.append((t, method_name(m.group(1))))
        elif RUN_COMPLETE.match(line):
            end = t
    for i, (t, name) in enumerate(starts):
        nxt = starts[i + 1][0] if i + 1 < len(starts) else end
        if nxt is not None:
            rows.setdefault(name, {})["jmh_s"] = nxt - t
    if csv_path and os.path.exists(csv_path):
        with open(csv_path, newline="", encoding="utf-8") as f:
            for rec in csv.DictReader(f):
                bench, score, unit = rec["Benchmark"], rec["Score"], rec["Unit"]
                if ":" in bench:
                    base, metric = bench.split(":", 1)
                    if metric.lstrip("\u00b7").endswith("gc.alloc.rate.norm"):
                        rows.setdefault(method_name(base), {})["jmh_bop"] = float(score)
                elif "/" in unit:
                    row = rows.setdefault(method_name(bench), {})
                    row["jmh_score"] = f"{float(score):.1f} {unit}"
                    row["jmh_calls"] = calls_per_iteration(float(score), unit)
    return rows


def fmt(value, pattern):
    return "n/a" if value is None else pattern.format(value)


def main():
    p = argparse.ArgumentParser()
    for opt in ("java", "load", "build-s", "check-log", "report", "check-s", "jmh-log", "jmh-csv", "jmh-s", "jmh-note"):
        p.add_argument("--" + opt, default="")
    p.add_argument("--qualified", action="store_true", help="key rows by Class.method")
    a = p.parse_args()
    global QUALIFIED
    QUALIFIED = a.qualified

    check, check_summary_s = read_check(a.check_log, a.report)
    jmh = read_jmh(a.jmh_log, a.jmh_csv)
    names = sorted(set(check) | set(jmh), key=str.lower)

    header = ["method", "check B/op", "other order", "kind", "check s/method", "JMH gc.alloc.rate.norm B/op",
              "JMH s/method", "agree"]
    table, disagreements, agreed, compared, two = [], [], 0, 0, 0
    for n in names:
        c, j = check.get(n, {}), jmh.get(n, {})
        cb, ob, jb = c.get("check_bop"), c.get("other_bop"), j.get("jmh_bop")
        two += ob is not None and cb is not None and ob != cb
        if cb is not None and jb is not None:
            compared += 1
            kind = c.get("kind", "clean")
            calls = j.get("jmh_calls")
            ok = agrees(kind, cb, jb, calls) or (ob is not None and agrees(kind, ob, jb, calls))
            agreed += ok
            agree = "yes" if ok else "NO"
            if not ok:
                other = "" if ob is None or ob == cb else f" or {ob:g} in the other compile order"
                disagreements.append(f"{n}: check {cb:g} B/op{other} ({kind}, tolerance {TOLERANCE_TEXT[kind]}) vs"
                                     f" JMH {jb:.4f} B/op (difference {jb - cb:+.4f})")
        else:
            agree = "n/a"
            if c.get("verdict") == "ERROR":
                disagreements.append(f"{n}: check ERROR: {c.get('message')}")
        table.append([n, fmt(cb, "{:g}"), "" if ob is None or ob == cb else f"{ob:g}", c.get("kind", "n/a"),
                      fmt(c.get("check_s"), "{:.1f}"), fmt(jb, "{:.4f}"), fmt(j.get("jmh_s"), "{:.1f}"), agree])

    widths = [max(len(str(r[i])) for r in [header] + table) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(str(v).ljust(widths[i]) if i == 0 else str(v).rjust(widths[i])
                                        for i, v in enumerate(r)) + " |"
    print(f"Java: {a.java}")
    print(f"Load: {a.load}")
    print()
    print(line(header))
    print("|" + "|".join(("-" * (w + 1) + ":") if i else (":" + "-" * (w + 1)) for i, w in enumerate(widths)) + "|")
    for r in table:
        print(line(r))
    print()

    check_secs = [check[n]["check_s"] for n in names if "check_s" in check.get(n, {})]
    if check_secs:
        print(f"check: {len(check_secs)} methods; median {statistics.median(check_secs):.2f} s/method "
              f"(forked JVM start included), min {min(check_secs):.1f}, max {max(check_secs):.1f}; "
              f"sum of per-method {sum(check_secs):.1f} s"
              + (f"; plugin total {check_summary_s:.1f} s" if check_summary_s is not None else "")
              + (f"; mvn verify wall clock {float(a.check_s):.1f} s" if a.check_s else ""))
    jmh_secs = [jmh[n]["jmh_s"] for n in names if "jmh_s" in jmh.get(n, {})]
    if jmh_secs or a.jmh_s:
        count = len(jmh_secs) or len([n for n in names if "jmh_bop" in jmh.get(n, {})])
        per = f"; wall / {count} = {float(a.jmh_s) / count:.1f} s/benchmark" if a.jmh_s and count else ""
        med = f"median {statistics.median(jmh_secs):.2f} s/benchmark (fork + warm-up + measurement); " \
            if jmh_secs else ""
        print(f"JMH:   {count} benchmarks; {med}wall clock {a.jmh_s or 'n/a'} s{per}")
    if check_secs and jmh_secs:
        print(f"ratio: JMH median / check median = {statistics.median(jmh_secs) / statistics.median(check_secs):.1f}x")
    if a.build_s:
        print(f"build: {a.build_s} s (clean test-compile + classpath, not included above)")
    if a.jmh_note:
        print(f"note:  {a.jmh_note}")
    pct = f" ({100.0 * agreed / compared:.1f} %)" if compared else ""
    print(f"two compilations (the compile orders differ): {two} of {len([n for n in names if 'check_bop' in check.get(n, {})])} methods")
    print(f"agreement (clean 0.1 B/op, mean 1 %, timing 5 %, JMH's harness share, either compile order): "
          f"{agreed}/{compared} methods{pct}")
    for d in disagreements:
        print(f"  DISAGREE {d}")
    return 3 if agreed < compared else 0


if __name__ == "__main__":
    sys.exit(main())
