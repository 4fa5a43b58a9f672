#!/usr/bin/env python3
"""Run a command several times with a file on stdin (stdout discarded) and
print two figures: the best wall-clock time and the best CPU time (user +
system) in seconds. CPU time is the steadier figure on a shared machine.

Usage: bench-markdown-time.py INPUT RUNS COMMAND [ARGS...]
"""
import resource
import subprocess
import sys
import time

path, runs, command = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
best_wall = best_cpu = None
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(path, "rb") as stdin:
        start = time.perf_counter()
        subprocess.run(command, stdin=stdin, stdout=subprocess.DEVNULL, check=True)
        wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    best_wall = wall if best_wall is None else min(best_wall, wall)
    best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
print(f"{best_wall:.4f} {best_cpu:.4f}")
