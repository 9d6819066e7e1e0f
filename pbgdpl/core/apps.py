import importlib

from django.apps import AppConfig, apps


class CoreConfig(AppConfig):
    name = "pbgdpl.core"
    label = "core"
    verbose_name = "Core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import calendar  # noqa: F401 - connects the holiday cache's invalidation signals

        # Every app's permission policies register themselves on import (pbgdpl/<app>/permissions.py).
        for config in apps.get_app_configs():
            if config.name.startswith("pbgdpl."):
                try:
                    importlib.import_module(f"{config.name}.permissions")
                except ModuleNotFoundError as error:
                    if error.name != f"{config.name}.permissions":
                        raise
