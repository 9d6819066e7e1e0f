from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from pbgdpl.accounts.models import User
from pbgdpl.accounts.services import token_issue


class Command(BaseCommand):
    help = "In ra một mã truy cập API mới cho USERNAME (Authorization: Bearer <mã>)"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--name", default="cli")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            user = User.objects.get(username=options["username"])
        except User.DoesNotExist:
            raise CommandError(f"Không có người dùng {options['username']!r}") from None
        self.stdout.write(token_issue(user=user, name=options["name"]))
