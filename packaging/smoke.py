"""Smoke test of the frozen app (``make bundle-smoke``; CI runs it after building the bundle).

Starts the bundle as a support person or a kiosk would, with no Python of ours on the path:
its own stand-in server, ``doctor --json`` against it, one scan resolved (``lookup``), and the
demo window offscreen to its first paint. Fails on a wrong answer, and on any line on stderr
that is not known and harmless (qutebrowser's practice: a new warning is a bug until read).
Measures the bundle's size and its cold start; ``--report`` writes them to docs/benchmarks.md.

    .venv/bin/python packaging/smoke.py dist/kiosk [--report]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "smoke-token"  # opens only the loopback server this script starts
SITE_ID = "9a7d0a51-64a8-4a0e-8f4b-6d9b8f3c2e11"
AMELIA = "100200300"

HARMLESS = [
    # offscreen platform: no window manager to tell about size hints
    re.compile(r"This plugin does not support (propagateSizeHints|raise|grabbing)"),
    # a machine with no sound server: the app plays no sounds, says so in doctor, works on
    re.compile(r"^PulseAudioService: pa_context_connect\(\) failed"),
    re.compile(r"^QSoundEffect.*not supported on the selected audio device"),
    re.compile(r"^qt\.multimedia\.(symbolsresolver|ffmpeg)"),
    # our own log lines at INFO (the -v run): what started, how long it took
    re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ INFO "),
]
PAINTED = re.compile(r"first window painted ([0-9.]+) s after main\(\)")


class SmokeFailed(AssertionError):
    pass


def unexpected_lines(stderr: str) -> list[str]:
    return [
        line
        for line in stderr.splitlines()
        if line.strip() and not any(pattern.search(line) for pattern in HARMLESS)
    ]


def run(exe: Path, args: list[str], env: dict[str, str], timeout: float = 60):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = subprocess.run(
        [str(exe), *args], env=env, capture_output=True, text=True, timeout=timeout
    )
    took = time.perf_counter() - started
    strange = unexpected_lines(result.stderr)
    if strange:
        raise SmokeFailed(f"kiosk {' '.join(args)}: unexpected stderr:\n" + "\n".join(strange))
    return result, took


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def size_of(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--report", action="store_true", help="write docs/benchmarks.md")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    exe = args.bundle / ("kiosk.exe" if os.name == "nt" else "kiosk")
    if not exe.exists():
        print(f"No bundle at {args.bundle}: run `make bundle` first.", file=sys.stderr)
        return 2
    home = Path(tempfile.mkdtemp(prefix="kiosk-smoke-"))
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("KIOSK_", "PYTHON", "VIRTUAL_ENV"))
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        PATH="/usr/bin:/bin",  # no venv: the bundle must carry its own Python
    )
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [str(exe), "sandbox", "--port", str(port), "--token", TOKEN, "--db", str(home / "s.db")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(url + "/openapi.json", timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SmokeFailed("the bundle's stand-in server did not start") from None
                time.sleep(0.2)
        paired = {**env, "KIOSK_API_TOKEN": TOKEN}
        site = ["--api-url", url, "--site-id", SITE_ID]

        version, _ = run(exe, ["--version"], env)
        if not version.stdout.startswith("kiosk "):
            raise SmokeFailed(f"--version said {version.stdout!r}")

        doctor, _ = run(exe, [*site, "doctor", "--json", "--skip", "audio"], paired)
        checks = {c["key"]: c for c in json.loads(doctor.stdout)["checks"]}
        for key in ("api", "site", "clock", "token"):
            if checks[key]["status"] != "ok":
                raise SmokeFailed(f"doctor: {key} is {checks[key]['status']}: {checks[key]}")
        if doctor.returncode != 0:
            raise SmokeFailed(f"doctor exited {doctor.returncode}")

        scan, _ = run(exe, [*site, "lookup", AMELIA, "--json"], paired)
        verdict = json.loads(scan.stdout)
        if verdict["outcome"] != "admit":
            raise SmokeFailed(f"lookup {AMELIA}: {verdict}")

        versions = [run(exe, ["--version"], env)[1] for _ in range(args.runs)]
        paints = []
        for _ in range(args.runs):
            demo, _ = run(exe, ["--demo", "--exit-after", "0.5", "-v"], env, timeout=120)
            if demo.returncode != 0 or "Demo backend (Trybe) on" not in demo.stdout:
                raise SmokeFailed(f"the demo window did not start: {demo.stdout[-500:]}")
            found = PAINTED.search(demo.stderr)
            if not found:
                raise SmokeFailed("the demo window never painted")
            paints.append(float(found.group(1)))
    finally:
        server.terminate()
        try:
            _, server_err = server.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            _, server_err = server.communicate()
    if "Traceback" in (server_err or ""):
        raise SmokeFailed("the bundle's stand-in server crashed:\n" + server_err)

    size, files = size_of(args.bundle)
    summary = (
        f"bundle {size / 1024**2:.0f} MiB in {files} files; `kiosk --version` cold "
        f"{min(versions):.2f} s (median {statistics.median(versions):.2f} s); demo window "
        f"painted {min(paints):.2f} s after start (median {statistics.median(paints):.2f} s)"
    )
    print("Smoke test passed: doctor ok, Amelia admitted, the demo window painted, stderr clean.")
    print(summary)
    if args.report:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from _common import machine, write_section

        write_section(
            "The frozen app (packaging/smoke.py)",
            f"`make bundle && .venv/bin/python packaging/smoke.py dist/kiosk --report` on "
            f"{machine()}; PyInstaller one-folder bundle, offscreen, runs of {args.runs}.\n\n"
            f"- {summary}.\n"
            "- The demo time includes starting the embedded stand-in server (FastAPI, demo "
            "data) in the same process; the first paint is what the app logs (as "
            "benchmarks/startup.py reads it).",
        )
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except SmokeFailed as exc:
        print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
        raise SystemExit(1) from None
