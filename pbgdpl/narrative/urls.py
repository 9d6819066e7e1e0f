app_name = "narrative"
urlpatterns: list = []
