"""Start-up configuration, checked in fresh interpreters (the test run's own settings are already loaded).

A malformed variable stops start-up naming it; production mode refuses to start without its secrets and
passes ``check --deploy``; all state lives under ``PBGDPL_DATA_DIR``; SQLite runs in WAL mode.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import string
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PBGDPL = [sys.executable, "-m", "pbgdpl"]


def clean_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The caller's environment without any PBGDPL_*/DATABASE_URL setting, plus ``extra``."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PBGDPL_", "DJANGO_")) and k != "DATABASE_URL"}
    env.update({"PBGDPL_DATA_DIR": str(data_dir), "DJANGO_SETTINGS_MODULE": "pbgdpl.settings", **extra})
    return env


def run(args: list[str], env: dict[str, str], timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False)  # noqa: S603 - fixed argv


def import_settings(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, "-c", "import pbgdpl.settings"], clean_env(tmp_path / "data", **extra))


def strong_secret() -> str:
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    return "".join(secrets.choice(alphabet) for _ in range(50))


def test_the_demo_defaults_start(tmp_path):
    result = import_settings(tmp_path)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(("name", "value", "message"), [
    ("PBGDPL_DEBUG", "maybe", "expected a boolean"),
    ("PBGDPL_EMAIL_PORT", "x", "expected a whole number"),
    ("PBGDPL_EMAIL_PORT", "70000", "at most 65535"),
    ("PBGDPL_EMAIL_TLS", "sometimes", "expected a boolean"),
    ("PBGDPL_LOGIN_FAILURE_LIMIT", "0", "at least 1"),
    ("PBGDPL_UPLOAD_MAX_MB", "big", "expected a whole number"),
    ("PBGDPL_SESSION_HOURS", "0", "at least 1"),
    ("PBGDPL_MODE", "prod", "expected one of demo, production"),
    ("PBGDPL_LOG_LEVEL", "LOUD", "expected one of"),
    ("PBGDPL_ALLOWED_HOSTS", "a.example,,b.example", "empty item"),
    ("DATABASE_URL", "mysql://user:hunter2@db/pbgdpl", "expected a postgres"),
])
def test_a_malformed_value_stops_start_up_naming_the_variable(tmp_path, name, value, message):
    result = import_settings(tmp_path, **{name: value})
    assert result.returncode != 0
    last = result.stderr.strip().splitlines()[-1]
    assert "ImproperlyConfigured" in last and name in last and message in last
    assert "hunter2" not in result.stderr


@pytest.mark.parametrize(("extra", "missing"), [
    ({}, "PBGDPL_SECRET_KEY"),
    ({"PBGDPL_SECRET_KEY": "too-short", "PBGDPL_ALLOWED_HOSTS": "example.org"}, "PBGDPL_SECRET_KEY"),
    ({"PBGDPL_SECRET_KEY": "a" * 60, "PBGDPL_ALLOWED_HOSTS": "example.org"}, "PBGDPL_SECRET_KEY"),
    ({"PBGDPL_ALLOWED_HOSTS": "example.org"}, "PBGDPL_SECRET_KEY"),
    ({"PBGDPL_SECRET_KEY": "k" * 20 + strong_secret()}, "PBGDPL_ALLOWED_HOSTS"),
])
def test_production_refuses_to_start_without_secret_key_and_hosts(tmp_path, extra, missing):
    result = import_settings(tmp_path, PBGDPL_MODE="production", **extra)
    assert result.returncode != 0
    assert missing in result.stderr.strip().splitlines()[-1]


def test_production_settings_pass_check_deploy_without_warnings(tmp_path):
    env = clean_env(tmp_path / "data", PBGDPL_MODE="production", PBGDPL_SECRET_KEY=strong_secret(),
                    PBGDPL_ALLOWED_HOSTS="example.org")
    result = run([*PBGDPL, "check", "--deploy", "--fail-level", "WARNING"], env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues (0 silenced)" in result.stdout
    assert "WARNING" not in result.stderr and "?: (security" not in result.stderr


def test_production_sets_secure_cookies_and_headers(tmp_path):
    code = ("from django.conf import settings as s; import django; django.setup();"
            "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT,"
            " s.SECURE_HSTS_SECONDS > 0, s.X_FRAME_OPTIONS, s.STORAGES['staticfiles']['BACKEND'].startswith('whitenoise'))")
    env = clean_env(tmp_path / "data", PBGDPL_MODE="production", PBGDPL_SECRET_KEY=strong_secret(),
                    PBGDPL_ALLOWED_HOSTS="example.org")
    result = run([sys.executable, "-c", code], env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True", "True", "True", "DENY", "True"]


def _count(data_dir: Path, name: str) -> int:
    code = f"import django; django.setup(); from pbgdpl.org.models import Unit; print(Unit.objects.filter(name={name!r}).count())"
    result = run([sys.executable, "-c", code], clean_env(data_dir))
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip())


def test_two_data_directories_are_two_independent_instances(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    for data_dir in (first, second):
        result = run([*PBGDPL, "migrate", "--noinput", "-v0"], clean_env(data_dir), timeout=300)
        assert result.returncode == 0, result.stderr
        assert (data_dir / "pbgdpl.sqlite3").is_file()
    create = ("import django; django.setup(); from pbgdpl.org.models import Unit;"
              " Unit.objects.create(name='Chỉ có ở A', type='other')")
    assert run([sys.executable, "-c", create], clean_env(first)).returncode == 0
    assert _count(first, "Chỉ có ở A") == 1
    assert _count(second, "Chỉ có ở A") == 0
    # Nothing was written outside the data directories (e.g. into the checkout's data/).
    code = "import django; django.setup(); from django.conf import settings as s; print(s.MEDIA_ROOT); print(s.STATIC_ROOT)"
    paths = run([sys.executable, "-c", code], clean_env(first)).stdout.split()
    assert all(Path(p).is_relative_to(first) for p in paths)


def test_sqlite_database_runs_in_wal_mode(tmp_path):
    data_dir = tmp_path / "data"
    result = run([*PBGDPL, "migrate", "--noinput", "-v0"], clean_env(data_dir), timeout=300)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(data_dir / "pbgdpl.sqlite3") as connection:  # WAL mode is stored in the file
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_settings_open_sqlite_with_wal_foreign_keys_and_a_busy_timeout(tmp_path, settings):
    options = settings.DATABASES["default"].get("OPTIONS", {})
    if settings.DATABASE_VENDOR != "sqlite":
        pytest.skip("the PostgreSQL run has no SQLite options to check")
    connection = sqlite3.connect(tmp_path / "x.sqlite3")
    connection.executescript(options["init_command"])
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert connection.execute("PRAGMA busy_timeout").fetchone()[0] == 20000
    connection.close()


def test_production_collects_static_files_for_whitenoise_into_the_data_directory(tmp_path):
    data_dir = tmp_path / "data"
    env = clean_env(data_dir, PBGDPL_MODE="production", PBGDPL_SECRET_KEY=strong_secret(),
                    PBGDPL_ALLOWED_HOSTS="example.org")
    result = run([*PBGDPL, "collectstatic", "--noinput", "-v0"], env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert (data_dir / "static" / "staticfiles.json").is_file()  # the manifest whitenoise serves from
    assert list((data_dir / "static" / "css").glob("pbgdpl.*.css"))
    assert (data_dir / "static" / "vendor" / "htmx" / "htmx.min.js").is_file()


def test_demo_with_migrate_prepares_a_fresh_data_directory_and_is_safe_to_rerun(tmp_path):
    """What `make run` does before serving: one process migrates and loads the demo data, idempotently."""
    data_dir = tmp_path / "data"
    count = ("import django; django.setup(); from pbgdpl.accounts.models import User; from pbgdpl.org.models import Unit;"
             " print(User.objects.count(), Unit.objects.count())")
    first = run([*PBGDPL, "demo", "--migrate"], clean_env(data_dir), timeout=600)
    assert first.returncode == 0, first.stderr
    assert "admin" in first.stdout and "demo12345" in first.stdout
    counts = run([sys.executable, "-c", count], clean_env(data_dir)).stdout
    second = run([*PBGDPL, "demo", "--migrate", "--quiet"], clean_env(data_dir), timeout=600)
    assert second.returncode == 0, second.stderr
    assert run([sys.executable, "-c", count], clean_env(data_dir)).stdout == counts
    users, units = (int(n) for n in counts.split())
    assert users >= 6 and units >= 20


DEMO_PROBE = (
    "import django; django.setup(); from django.conf import settings as s; from django.test import Client;"
    " c = Client(HTTP_HOST='127.0.0.1'); css = c.get('/static/css/pbgdpl.css'); missing = c.get('/khong-co-trang-nay/');"
    " print(s.MODE, s.DEBUG, css.status_code, missing.status_code, 'Không tìm thấy trang' in missing.content.decode(),"
    " 'Traceback' in missing.content.decode() or 'URLconf' in missing.content.decode())"
)


def test_the_demo_serves_without_debug_its_own_404_page_and_static_files(tmp_path):
    """What `make run` serves: demo mode with its defaults, DEBUG off, static files through whitenoise
    straight from the app directories (nothing collected), the site's own Vietnamese 404 page."""
    result = run([sys.executable, "-c", DEMO_PROBE], clean_env(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["demo", "False", "200", "404", "True", "False"]
    assert not any((tmp_path / "data" / "static").iterdir())  # nothing collected
    assert "No directory at" not in result.stderr


def test_debug_is_on_only_when_asked_for(tmp_path):
    code = "from django.conf import settings as s; print(s.DEBUG)"
    asked = run([sys.executable, "-c", code], clean_env(tmp_path / "data", PBGDPL_DEBUG="1"))
    assert asked.stdout.split() == ["True"], asked.stderr
    default = run([sys.executable, "-c", code], clean_env(tmp_path / "data"))
    assert default.stdout.split() == ["False"], default.stderr
