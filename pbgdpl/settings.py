"""Settings, read strictly from the environment (see docs in README.md, "Configuration").

Defaults are the embedded demo: SQLite in WAL mode, everything in-process, all state under
``PBGDPL_DATA_DIR``. ``PBGDPL_MODE=production`` refuses to start without a secret key and
allowed hosts.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from pbgdpl.core.env import Env

env = Env()
BASE_DIR = Path(__file__).resolve().parent
CHECKOUT_DIR = BASE_DIR.parent

MODE = env.choice("PBGDPL_MODE", "demo", ("demo", "production"))
PRODUCTION = MODE == "production"
TESTING = "pytest" in sys.modules or env.flag("PBGDPL_TESTING", False)

DATA_DIR = env.path("PBGDPL_DATA_DIR", CHECKOUT_DIR / "data")
if not TESTING:
    DATA_DIR.mkdir(parents=True, exist_ok=True)

# Off unless asked for (PBGDPL_DEBUG=1 while developing): the demo serves like production does, with
# the site's own error pages and static files through whitenoise.
DEBUG = env.flag("PBGDPL_DEBUG", False)

_secret = env.text("PBGDPL_SECRET_KEY")
# At least 50 characters with 5 different ones: what `check --deploy` asks of a secret key.
if PRODUCTION and (not _secret or len(_secret) < 50 or len(set(_secret)) < 5):
    raise ImproperlyConfigured(
        "PBGDPL_SECRET_KEY: required in production mode, at least 50 random characters"
        " (e.g. python3 -c 'import secrets; print(secrets.token_urlsafe(50))')"
    )
SECRET_KEY = _secret or "demo-only-insecure-key-never-use-in-production-0123456789"

ALLOWED_HOSTS = env.items("PBGDPL_ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "[::1]"])
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("PBGDPL_ALLOWED_HOSTS: required in production mode (comma-separated host names)")
CSRF_TRUSTED_ORIGINS = env.items("PBGDPL_CSRF_TRUSTED_ORIGINS", [])

SITE_NAME = env.text("PBGDPL_SITE_NAME", "Cổng Phổ biến, giáo dục pháp luật tỉnh Hưng Yên")
AGENCY_NAME = env.text("PBGDPL_AGENCY_NAME", "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Hưng Yên")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "axes",
    "django_htmx",
    "csp",
    "ninja",  # the API docs page (/api/docs) then uses ninja's bundled Swagger UI, not a CDN
    "pbgdpl.core",
    "pbgdpl.org",
    "pbgdpl.accounts",
    "pbgdpl.api",
    "pbgdpl.portal",
]
# Apps added by later work register themselves here (one line each, kept sorted).
for _app in ("pbgdpl.plans", "pbgdpl.library", "pbgdpl.reporting", "pbgdpl.narrative", "pbgdpl.assessment"):
    if (BASE_DIR / _app.split(".")[1] / "apps.py").exists():
        INSTALLED_APPS.append(_app)

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",  # before whitenoise: static files get the header too
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "pbgdpl.core.middleware.ChosenLanguageMiddleware",  # Vietnamese unless chosen otherwise
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "pbgdpl.urls"
WSGI_APPLICATION = "pbgdpl.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "pbgdpl.core.context_processors.site",
                "pbgdpl.core.menus.menus",
            ],
            "builtins": ["pbgdpl.core.templatetags.pbgdpl"],
        },
    }
]

_database_url = env.database_url("DATABASE_URL")
if _database_url:
    DATABASES = {"default": dj_database_url.parse(_database_url, conn_max_age=60, conn_health_checks=True)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "pbgdpl.sqlite3"),
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                    " PRAGMA busy_timeout=20000;"
                ),
            },
        }
    }
DATABASE_VENDOR = "postgresql" if _database_url and _database_url.startswith("postgres") else "sqlite"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "portal:staff-home"
LOGOUT_REDIRECT_URL = "portal:home"

# Lock-out after repeated failed logins (django-axes).
AXES_FAILURE_LIMIT = env.integer("PBGDPL_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = dt.timedelta(minutes=env.integer("PBGDPL_LOGIN_COOLOFF_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
DATE_FORMAT = "d/m/Y"
SHORT_DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "d/m/Y H:i"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
FORMAT_MODULE_PATH = ["pbgdpl.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static", ("vendor/htmx", CHECKOUT_DIR / "node_modules" / "htmx.org" / "dist")]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
# The demo serves static files straight from the app directories (nothing to collect); production serves
# the hashed copies that `collectstatic` put in STATIC_ROOT.
WHITENOISE_USE_FINDERS = not PRODUCTION
if not TESTING:
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns at start-up when it is missing
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 25 * 1024 * 1024
UPLOAD_MAX_BYTES = env.integer("PBGDPL_UPLOAD_MAX_MB", 20, minimum=1) * 1024 * 1024

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pbgdpl",
    }
}
_cache_dir = env.text("PBGDPL_CACHE_DIR")
if _cache_dir:
    CACHES["default"] = {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": _cache_dir}

EMAIL_BACKEND = env.text(
    "PBGDPL_EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend" if PRODUCTION else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = env.text("PBGDPL_EMAIL_HOST", "localhost")
EMAIL_PORT = env.integer("PBGDPL_EMAIL_PORT", 25, minimum=1, maximum=65535)
EMAIL_HOST_USER = env.text("PBGDPL_EMAIL_USER", "") or ""
EMAIL_HOST_PASSWORD = env.text("PBGDPL_EMAIL_PASSWORD", "") or ""
EMAIL_USE_TLS = env.flag("PBGDPL_EMAIL_TLS", False)
DEFAULT_FROM_EMAIL = env.text("PBGDPL_FROM_EMAIL", "pbgdpl@localhost")

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env.integer("PBGDPL_SESSION_HOURS", 12, minimum=1, maximum=24 * 90) * 3600
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy on every response: no inline script or style anywhere (behaviour lives in
# static/js/pbgdpl.js, looks in the stylesheets; htmx is told not to inject its indicator <style>),
# images from the site or data: URIs, no framing, forms post to the site only.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env.flag("PBGDPL_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env.integer("PBGDPL_HSTS_SECONDS", 31536000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.choice("PBGDPL_LOG_LEVEL", "INFO", ("DEBUG", "INFO", "WARNING", "ERROR"))},
    "loggers": {"axes": {"level": "WARNING"}},
}

if TESTING:
    # Fast hashing in tests only; production keeps Django's default PBKDF2.
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
