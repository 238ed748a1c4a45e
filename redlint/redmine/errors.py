"""Every failure of a call to Redmine becomes one RedmineError with a one-line message.

python-redmine raises its own exception classes (redminelib.exceptions: AuthError, 
ForbiddenError, ValidationError, ...); requests raises its own for what happens below HTTP
(ConnectionError, timeouts, TLS). `translate` maps both, by class, to a message in French or
English naming the action. A failure after which the request may have reached Redmine (the
answer was lost) is a RequestLost: whoever creates something must then look before retrying.

Valid JSON of the wrong shape (a proxy's page, a misconfigured server) is read as what it is:
not a Redmine API answer. `expect_object` / `expect_objects` check shapes where answers are
read, inside `Connection.calling`, so that no AttributeError escapes as a crash.
"""

from __future__ import annotations

import re

import requests
import urllib3.exceptions  # requests' own transport: its exceptions tell refused from lost
from redminelib import exceptions as rex

from redlint.errors import RedmineError
from redlint.i18n import tr


class RequestLost(RedmineError):
    """The request may have reached Redmine, but its answer did not reach us."""

    def __init__(self, message: str, *, timed_out: bool = False):
        super().__init__(message)
        self.timed_out = timed_out


def _connection_reason(exc: requests.exceptions.ConnectionError) -> tuple[str, bool]:
    """(short reason, whether the request can have been sent) for a ConnectionError."""
    reason = exc.args[0] if exc.args else None
    reason = getattr(reason, "reason", reason)  # MaxRetryError wraps the real cause
    if isinstance(reason, urllib3.exceptions.NameResolutionError):
        return tr("nom d'hôte inconnu", "unknown host name"), False
    if isinstance(reason, urllib3.exceptions.NewConnectionError):
        if "refused" in str(reason).lower():
            return tr("connexion refusée (le serveur est-il démarré ?)",
                      "connection refused (is the server running?)"), False
        return tr("connexion impossible", "cannot connect"), False
    return tr("connexion coupée avant la réponse", "connection dropped before the answer"), \
        True


def translate(exc: BaseException, action: str, *, url: str, timeout: float) -> RedmineError:
    """One RedmineError, with a one-line message, for anything python-redmine/requests raise."""
    where = url
    if isinstance(exc, RedmineError):
        return exc
    if isinstance(exc, rex.AuthError):
        return RedmineError(tr(f"Redmine refuse la clé d'API (401) pendant {action} : "
                               "vérifiez REDMINE_API_KEY ou relancez `redlint login`",
                               f"Redmine refused the API key (401) while {action}: check "
                               "REDMINE_API_KEY or run `redlint login` again"))
    if isinstance(exc, rex.ForbiddenError):
        return RedmineError(tr(f"accès refusé par Redmine (403) pendant {action}",
                               f"Redmine denied access (403) while {action}"))
    if isinstance(exc, rex.ResourceNotFoundError):
        return RedmineError(tr(f"introuvable sur Redmine (404) pendant {action}",
                               f"not found on Redmine (404) while {action}"))
    if isinstance(exc, rex.ValidationError):
        return RedmineError(tr(f"Redmine a refusé {action} (422) : {exc}",
                               f"Redmine refused {action} (422): {exc}"))
    if isinstance(exc, rex.ServerError):
        return RedmineError(tr(f"erreur interne du serveur Redmine (500) pendant {action} : "
                               "réessayez plus tard, ou prévenez son administrateur",
                               f"Redmine server error (500) while {action}: try again later, "
                               "or tell its administrator"))
    if isinstance(exc, rex.RequestEntityTooLargeError):
        return RedmineError(tr(f"trop volumineux pour le serveur (413) pendant {action}",
                               f"too large for the server (413) while {action}"))
    if isinstance(exc, rex.HTTPProtocolError):
        return RedmineError(tr(f"{where} redirige entre http et https : indiquez l'adresse "
                               "https exacte de Redmine",
                               f"{where} redirects between http and https: give Redmine's exact "
                               "https address"))
    if isinstance(exc, rex.JSONDecodeError):
        return not_redmine(where, action)
    if isinstance(exc, rex.UnknownError):
        status = getattr(exc, "status_code", None)
        if status is not None and 300 <= status < 400:
            return RedmineError(tr(f"{where} répond par une redirection ({status}) : "
                                   "indiquez l'adresse exacte de Redmine (https, chemin)",
                                   f"{where} answers with a redirect ({status}): give Redmine's "
                                   "exact address (https, path)"))
        if status in (502, 504):
            return RequestLost(tr(f"Redmine injoignable derrière sa passerelle ({status}) "
                                  f"pendant {action} : réessayez plus tard",
                                  f"Redmine unreachable behind its gateway ({status}) while "
                                  f"{action}: try again later"))
        if status is not None and status >= 500:
            return RedmineError(tr(f"Redmine indisponible ({status}) pendant {action} : "
                                   "réessayez plus tard",
                                   f"Redmine unavailable ({status}) while {action}: try again "
                                   "later"))
        return RedmineError(tr(f"réponse inattendue de Redmine ({status}) pendant {action}",
                               f"unexpected answer from Redmine ({status}) while {action}"))
    if isinstance(exc, rex.ResourceAttrError):  # an answer without a field Redmine always sends
        return not_redmine(where, action)
    if isinstance(exc, rex.NoFileError):
        return RedmineError(tr(f"fichier absent ou vide pendant {action}",
                               f"missing or empty file while {action}"))
    if isinstance(exc, rex.BaseRedmineError):
        return RedmineError(tr(f"erreur Redmine pendant {action} : {exc}",
                               f"Redmine error while {action}: {exc}"))
    if isinstance(exc, requests.exceptions.SSLError):
        detail = _ssl_detail(exc)
        return RedmineError(tr(f"erreur TLS avec {where} ({detail}) : certificat non "
                               "reconnu, ou pas de https sur ce port ; rien n'a été envoyé",
                               f"TLS error with {where} ({detail}): untrusted certificate, or "
                               "no https on this port; nothing was sent"))
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return RedmineError(tr(f"{where} ne répond pas (pas de connexion en {timeout:g} s) "
                               f"pendant {action}",
                               f"{where} does not answer (no connection within {timeout:g} s) "
                               f"while {action}"))
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return RequestLost(tr(f"Redmine n'a pas répondu en {timeout:g} s pendant {action}",
                              f"Redmine did not answer within {timeout:g} s while {action}"),
                           timed_out=True)
    if isinstance(exc, requests.exceptions.ConnectionError):
        reason, maybe_sent = _connection_reason(exc)
        message = tr(f"impossible de joindre {where} pendant {action} : {reason}",
                     f"cannot reach {where} while {action}: {reason}")
        return RequestLost(message) if maybe_sent else RedmineError(message)
    if isinstance(exc, requests.exceptions.ChunkedEncodingError):
        return RequestLost(tr(f"réponse de Redmine interrompue pendant {action}",
                              f"Redmine's answer was cut off while {action}"))
    if isinstance(exc, requests.exceptions.RequestException):
        return RedmineError(tr(f"échec de la requête vers {where} pendant {action} : "
                               f"{type(exc).__name__}",
                               f"request to {where} failed while {action}: "
                               f"{type(exc).__name__}"))
    if isinstance(exc, (ValueError, KeyError, TypeError, AttributeError, IndexError)):
        # Valid JSON of the wrong shape (`[]`, `{"user": "x"}`, an empty body): a proxy's or a
        # misconfigured server's page. Every answer is read inside `Connection.calling`.
        return not_redmine(where, action)
    if isinstance(exc, OSError):
        return RedmineError(tr(f"erreur réseau pendant {action} : {exc.strerror or exc}",
                               f"network error while {action}: {exc.strerror or exc}"))
    raise exc  # a programming error: let it show


class NotRedmineAnswer(RedmineError):
    """The server answered, but not as Redmine's API does (wrong shape, not JSON)."""


def not_redmine(where: str, action: str) -> RedmineError:
    return NotRedmineAnswer(tr(f"la réponse de {where} n'est pas celle d'une API Redmine "
                               f"(pendant {action}) : vérifiez l'adresse et que l'API "
                               "REST est activée",
                               f"the answer of {where} is not a Redmine API answer (while "
                               f"{action}): check the address and that the REST API is "
                               "enabled"))


def expect_object(value, key: str | None = None) -> dict:
    """`value` (or `value[key]`) when it is a JSON object; TypeError (translated) otherwise."""
    if key is not None:
        value = value.get(key) if isinstance(value, dict) else None
    if not isinstance(value, dict):
        raise TypeError("not a JSON object")
    return value


def expect_objects(value) -> list[dict]:
    """`value` when it is a list of JSON objects; TypeError (translated) otherwise."""
    items = list(value) if isinstance(value, (list, tuple)) else None
    if items is None or not all(isinstance(item, dict) for item in items):
        raise TypeError("not a list of JSON objects")
    return items


def _ssl_detail(exc: Exception) -> str:
    text = str(exc)
    for pattern in (r"\[SSL: ([A-Z_]+)\]", r"(certificate verify failed[^)'\"]*)",
                    r"(wrong version number)", r"(hostname [^)'\"]*)"):
        match = re.search(pattern, text)
        if match:
            return match.group(1).lower().replace("_", " ")
    return "handshake failed"
