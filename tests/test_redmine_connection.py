"""The connection layer without a server: error translation by class, timeouts, no key shown."""

from __future__ import annotations

import pytest
import requests
from redminelib import exceptions as rex

from redlint import i18n
from redlint.errors import RedmineError
from redlint.redmine.connection import Connection
from redlint.redmine.errors import NotRedmineAnswer, RequestLost, translate

URL = "https://redmine.example.com"


@pytest.mark.parametrize("exc, kind, words", [
    (rex.AuthError(), RedmineError, "refused the API key (401) while doing it"),
    (rex.ForbiddenError(), RedmineError, "denied access (403)"),
    (rex.ResourceNotFoundError(), RedmineError, "not found on Redmine (404)"),
    (rex.ValidationError("Sujet doit être rempli"), RedmineError,
     "refused doing it (422): Sujet doit être rempli"),
    (rex.ServerError(), RedmineError, "server error (500)"),
    (rex.UnknownError(502), RequestLost, "behind its gateway (502)"),
    (rex.UnknownError(302), RedmineError, "answers with a redirect (302)"),
    (rex.UnknownError(503), RedmineError, "Redmine unavailable (503)"),
    (rex.ResourceAttrError(), NotRedmineAnswer, "is not a Redmine API answer"),
    (TypeError("list indices"), NotRedmineAnswer, "is not a Redmine API answer"),
    (AttributeError("'str' has no get"), NotRedmineAnswer, "is not a Redmine API answer"),
    (requests.exceptions.ReadTimeout(), RequestLost, "did not answer within 7 s"),
    (requests.exceptions.ConnectTimeout(), RedmineError, "no connection within 7 s"),
    (requests.exceptions.ChunkedEncodingError(), RequestLost, "cut off"),
])
def test_each_failure_class_has_its_one_line_message(exc, kind, words):
    got = translate(exc, "doing it", url=URL, timeout=7)
    assert type(got) is kind
    assert words in got.message and "\n" not in got.message
    if isinstance(exc, requests.exceptions.ReadTimeout):
        assert got.timed_out


def test_a_programming_error_is_not_hidden():
    with pytest.raises(ZeroDivisionError):
        translate(ZeroDivisionError(), "doing it", url=URL, timeout=7)


def test_every_request_carries_the_timeout_and_follows_no_redirect():
    connection = Connection(URL, "k" * 40, timeout=7)
    kwargs = connection.redmine.engine.construct_request_kwargs("get", {}, {}, None)
    assert kwargs["timeout"] == 7.0 and kwargs["allow_redirects"] is False


def test_calling_translates_and_special_messages_go_by_class():
    i18n.use("fr")
    connection = Connection(URL, "k" * 40)
    with pytest.raises(RedmineError, match="^pas à vous$"):
        with connection.calling("lire", {rex.ForbiddenError: "pas à vous"}):
            raise rex.ForbiddenError()
    with pytest.raises(RedmineError, match=r"introuvable sur Redmine \(404\) pendant lire"):
        with connection.calling("lire", {rex.ForbiddenError: "pas à vous"}):
            raise rex.ResourceNotFoundError()


def test_the_key_never_shows():
    key = "s3cr3t" * 6
    connection = Connection(URL, key)
    assert key not in repr(connection) and key not in str(connection)
