"""The seeded Redmine behaves like the vendor's (plain HTTP, no python-redmine)."""

import pytest
import requests

pytestmark = pytest.mark.redmine

TIMEOUT = 30


def get(server, path, key):
    return requests.get(
        server.url + path, headers={"X-Redmine-API-Key": key}, timeout=TIMEOUT
    )


def test_customer_key_is_a_plain_member(redmine_server):
    r = get(redmine_server, "/users/current.json", redmine_server.customer_key)
    assert r.status_code == 200
    user = r.json()["user"]
    assert user["login"] == "client"
    assert user["admin"] is False


def test_admin_and_manager_keys(redmine_server):
    admin = get(redmine_server, "/users/current.json", redmine_server.admin_key).json()["user"]
    assert admin["admin"] is True
    cdp = get(redmine_server, "/users/current.json", redmine_server.manager_key).json()["user"]
    assert cdp["login"] == "cdp" and cdp["admin"] is False


def test_wrong_key_is_401(redmine_server):
    r = get(redmine_server, "/users/current.json", "0" * 40)
    assert r.status_code == 401


def test_no_key_is_401_login_required(redmine_server):
    r = requests.get(redmine_server.url + "/projects.json", timeout=TIMEOUT)
    assert r.status_code == 401


def test_project_trackers(redmine_server):
    r = get(redmine_server, "/projects/ville-exemple.json?include=trackers", redmine_server.customer_key)
    assert r.status_code == 200
    project = r.json()["project"]
    assert project["name"] == "Ville Exemple"
    names = {t["name"] for t in project["trackers"]}
    assert {"Support", "Gestion de projet"} <= names


def test_sans_gdp_has_only_support(redmine_server):
    r = get(redmine_server, "/projects/sans-gdp.json?include=trackers", redmine_server.customer_key)
    assert r.status_code == 200
    assert [t["name"] for t in r.json()["project"]["trackers"]] == ["Support"]


def test_memberships_readable_by_customer(redmine_server):
    r = get(redmine_server, "/projects/ville-exemple/memberships.json", redmine_server.customer_key)
    assert r.status_code == 200
    memberships = r.json()["memberships"]
    groups = {m["group"]["name"]: m for m in memberships if "group" in m}
    assert "Support" in groups
    assert groups["Support"]["group"]["id"] == redmine_server.groups["support"]["id"]
    user_ids = {m["user"]["id"] for m in memberships if "user" in m}
    assert redmine_server.users["project_manager"]["id"] in user_ids
    names = {m["user"]["name"] for m in memberships if "user" in m}
    assert "Camille Dupont" in names


def test_other_project_forbidden_for_customer(redmine_server):
    r = get(redmine_server, "/projects/autre-ville.json", redmine_server.customer_key)
    assert r.status_code == 403


def test_statuses(redmine_server):
    r = get(redmine_server, "/issue_statuses.json", redmine_server.customer_key)
    assert r.status_code == 200
    statuses = {s["name"]: s["is_closed"] for s in r.json()["issue_statuses"]}
    assert statuses == {
        "Nouveau": False,
        "En cours": False,
        "Information nécessaire": False,
        "Résolu (à déployer)": False,
        "Fermé": True,
    }


def test_default_priority_is_normal(redmine_server):
    r = get(redmine_server, "/enumerations/issue_priorities.json", redmine_server.customer_key)
    defaults = [p["name"] for p in r.json()["issue_priorities"] if p.get("is_default")]
    assert defaults == ["Normal"]


def test_server_json_matches(redmine_server):
    assert redmine_server.url.startswith("http://127.0.0.1:")
    assert set(redmine_server.api_keys) >= {"customer", "admin", "project_manager"}
    assert set(redmine_server.projects) == {"ville-exemple", "autre-ville", "sans-gdp",
                                            "ville-suivi"}
    assert (redmine_server.data_dir / "server.json").stat().st_mode & 0o077 == 0
