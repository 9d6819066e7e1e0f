#!/usr/bin/env python3
"""The whole test run behind `make test`: lint, types, then the suite on SQLite and on PostgreSQL.

The PostgreSQL run starts a throwaway cluster (as the `postgres` system user when run as root,
since initdb refuses root) on a free port in a temporary directory, and removes it afterwards.
Where PostgreSQL's binaries are missing it prints a visible SKIPPED line; with CI=true that is a
failure instead. Extra arguments are passed to pytest (e.g. `scripts/run_tests.py -k units`).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def banner(text: str) -> None:
    print(f"\n=== {text} ===", flush=True)


def run(cmd: list[str], env: dict[str, str] | None = None) -> int:
    print("$ " + " ".join(cmd), flush=True)
    return subprocess.call(cmd, cwd=ROOT, env=env)


def pg_bindir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True)
    for directory in candidates:
        if (Path(directory) / "initdb").exists():
            return Path(directory)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Postgres:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.tmp = Path(tempfile.mkdtemp(prefix="pbgdpl-pg-"))
        self.data = self.tmp / "data"
        self.port = free_port()
        self.as_root = os.geteuid() == 0

    def _cmd(self, *args: str) -> list[str]:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        return ["runuser", "-u", "postgres", "--", *cmd] if self.as_root else cmd

    def start(self) -> str:
        if self.as_root:
            shutil.chown(self.tmp, user="postgres", group="postgres")
        subprocess.run(self._cmd("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                                 "--no-locale"), check=True, stdout=subprocess.DEVNULL)
        options = (f"-p {self.port} -k {self.tmp} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100")
        subprocess.run(self._cmd("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.tmp / "log"),
                                 "-w", "start"), check=True, stdout=subprocess.DEVNULL)
        return f"postgres://postgres@127.0.0.1:{self.port}/pbgdpl"

    def stop(self) -> None:
        subprocess.run(self._cmd("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop"),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(self.tmp, ignore_errors=True)


def main() -> int:
    started = time.monotonic()
    extra = sys.argv[1:]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "DJANGO_ALLOW_ASYNC_UNSAFE": "true"}
    env.pop("DATABASE_URL", None)
    failures: list[str] = []

    if not extra:
        banner("ruff")
        if run([str(BIN / "ruff"), "check", "."]) != 0:
            failures.append("ruff")
        banner("mypy")
        if run([str(BIN / "mypy"), "pbgdpl"]) != 0:
            failures.append("mypy")

    banner("pytest on SQLite")
    if run([str(BIN / "pytest"), *extra], env=env) != 0:
        failures.append("pytest (SQLite)")

    banner("pytest on PostgreSQL")
    bindir = pg_bindir()
    if bindir is None:
        message = "SKIPPED: PostgreSQL run — PostgreSQL's binaries (initdb, pg_ctl) are not installed"
        print(message, flush=True)
        if CI:
            failures.append("PostgreSQL missing (CI=true)")
    else:
        server = Postgres(bindir)
        try:
            url = server.start()
            print(f"PostgreSQL {bindir.parent.name} on port {server.port}", flush=True)
            if run([str(BIN / "pytest"), *extra], env={**env, "DATABASE_URL": url}) != 0:
                failures.append("pytest (PostgreSQL)")
        finally:
            server.stop()

    elapsed = time.monotonic() - started
    banner(f"done in {elapsed:.0f} s")
    if failures:
        print("FAILED: " + ", ".join(failures), flush=True)
        return 1
    print("All checks passed.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
