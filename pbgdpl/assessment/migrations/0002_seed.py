from django.db import migrations


def seed(apps, schema_editor):  # type: ignore[no-untyped-def]
    from pbgdpl.assessment.defaults import seed as load

    load({name: apps.get_model("assessment", name) for name in ("CriteriaSet", "Group", "Criterion", "Indicator")})


class Migration(migrations.Migration):
    dependencies = [("assessment", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
