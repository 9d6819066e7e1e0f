from typing import Any

from django.db import migrations


def forwards(apps: Any, schema_editor: Any) -> None:
    from pbgdpl.reporting import defaults

    names = ["Form", "AudienceGroup", "BudgetItem", "ReportType", "IndicatorSet", "Indicator", "Schedule", "Deadline"]
    defaults.seed({name: apps.get_model("reporting", name) for name in names})


class Migration(migrations.Migration):
    dependencies = [("reporting", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
