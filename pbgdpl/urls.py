from django.conf import settings
from django.urls import include, path

from pbgdpl.api.api import api
from pbgdpl.core.views import favicon

urlpatterns = [
    path("", include("pbgdpl.portal.urls")),
    path("", include("pbgdpl.accounts.urls")),
    path("can-bo/don-vi/", include("pbgdpl.org.urls")),
    path("can-bo/he-thong/", include("pbgdpl.core.urls")),
    path("api/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("favicon.ico", favicon),
]

# Apps of later work define their full paths in their own urls.py (staff pages under "can-bo/").
for _app in ("pbgdpl.plans", "pbgdpl.library", "pbgdpl.reporting", "pbgdpl.narrative", "pbgdpl.assessment"):
    if _app in settings.INSTALLED_APPS:
        urlpatterns.append(path("", include(f"{_app}.urls")))

handler500 = "pbgdpl.core.views.server_error"  # the site's layout and names on the error page
