"""Strict parsing of environment variables: every malformed value names its variable."""

from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from pbgdpl.core.env import Env


def test_missing_and_blank_values_fall_back_to_the_default():
    env = Env({"BLANK": "   "})
    assert env.text("MISSING", "d") == "d"
    assert env.text("BLANK", "d") == "d"
    assert env.flag("BLANK", True) is True
    assert env.integer("MISSING", 7) == 7
    assert env.items("MISSING", ["a"]) == ["a"]
    assert env.database_url("MISSING") is None


def test_text_is_stripped():
    assert Env({"X": "  value \n"}).text("X") == "value"


@pytest.mark.parametrize(("raw", "expected"), [("1", True), ("TRUE", True), ("yes", True), ("On", True),
                                               ("0", False), ("false", False), ("No", False), ("off", False)])
def test_flag_accepts_the_usual_spellings(raw, expected):
    assert Env({"PBGDPL_DEBUG": raw}).flag("PBGDPL_DEBUG", not expected) is expected


def test_flag_rejects_anything_else_naming_the_variable():
    with pytest.raises(ImproperlyConfigured, match="PBGDPL_DEBUG.*'maybe'"):
        Env({"PBGDPL_DEBUG": "maybe"}).flag("PBGDPL_DEBUG", False)


def test_integer_parses_and_checks_bounds():
    env = Env({"PORT": "587", "LOW": "0", "HIGH": "70000", "BAD": "25x"})
    assert env.integer("PORT", 25, minimum=1, maximum=65535) == 587
    with pytest.raises(ImproperlyConfigured, match="LOW: must be at least 1"):
        env.integer("LOW", 1, minimum=1)
    with pytest.raises(ImproperlyConfigured, match="HIGH: must be at most 65535"):
        env.integer("HIGH", 1, maximum=65535)
    with pytest.raises(ImproperlyConfigured, match="BAD: expected a whole number"):
        env.integer("BAD", 1)


def test_items_split_on_commas_and_refuse_empty_items():
    env = Env({"HOSTS": "a.example, b.example", "BAD": "a,,b"})
    assert env.items("HOSTS") == ["a.example", "b.example"]
    with pytest.raises(ImproperlyConfigured, match="BAD: empty item"):
        env.items("BAD")


def test_choice_accepts_only_listed_values():
    assert Env({"MODE": "production"}).choice("MODE", "demo", ("demo", "production")) == "production"
    with pytest.raises(ImproperlyConfigured, match="MODE: expected one of demo, production"):
        Env({"MODE": "prod"}).choice("MODE", "demo", ("demo", "production"))


def test_path_is_absolute_and_expands_the_home_directory(tmp_path):
    assert Env({"DIR": str(tmp_path / "x" / ".." / "y")}).path("DIR", Path("/nowhere")) == tmp_path / "y"
    assert Env({"DIR": "~/pbgdpl"}).path("DIR", Path("/nowhere")) == Path.home().resolve() / "pbgdpl"
    assert Env({}).path("DIR", tmp_path) == tmp_path


def test_database_url_accepts_postgres_and_sqlite_only():
    env = Env({"A": "postgres://u:p@h:5432/db", "B": "postgresql://h/db", "C": "sqlite:////tmp/x.db",
               "D": "mysql://u:secret@h/db"})
    assert env.database_url("A") and env.database_url("B") and env.database_url("C")
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL|D: expected a postgres") as error:
        env.database_url("D")
    assert "secret" not in str(error.value)  # the message never echoes credentials
