"""Sign-in for the web UI: PBKDF2-SHA256 hashes kept in settings (never the passwords themselves), a
check that takes as long for an unknown name as for a known one, and throttling of failed sign-ins
per user name and per client address (the ``limits`` library's moving window, in memory)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import secrets
import threading
import time
from dataclasses import dataclass

from limits import RateLimitItemPerMinute
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

ITERATIONS = 310_000


def hash_password(password: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """``pbkdf2_sha256$<iterations>$<salt>$<hash>``, as ``pcc-assistant hash-password`` prints it."""
    if not password:
        raise ValueError("a password cannot be empty")
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return f"pbkdf2_sha256${iterations}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt, expected = encoded.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(salt), int(iterations))
    return hmac.compare_digest(base64.b64encode(digest).decode(), expected)


# Checked when the name is unknown, so that a wrong name costs the same PBKDF2 work as a wrong password.
_DUMMY_HASH = hash_password(secrets.token_urlsafe(16))


def check_credentials(users: dict[str, str], user: str, password: str) -> bool:
    """True only for a known user with the right password; as slow for an unknown name as a known one."""
    known = user in users
    ok = verify_password(password, users[user] if known else _DUMMY_HASH)
    return known and ok


@dataclass(frozen=True)
class SignInResult:
    ok: bool
    retry_after: int = 0  # seconds; non-zero when refused because of too many failures

    @property
    def throttled(self) -> bool:
        return self.retry_after > 0


class SignInGuard:
    """Checks a sign-in, refusing without checking once a user name or a client address has had too many
    failed sign-ins in the window. Only failures count; a success clears that name's failures.

    Checks run one at a time (a lock around test, verify and count), so a burst of parallel guesses
    cannot slip past the limit before the failures are counted.
    """

    def __init__(
        self,
        users: dict[str, str],
        per_user: int = 5,
        per_address: int = 20,
        window_minutes: int = 15,
    ) -> None:
        self.users = dict(users)
        self.per_user = RateLimitItemPerMinute(per_user, window_minutes, namespace="signin-user")
        self.per_address = RateLimitItemPerMinute(per_address, window_minutes, namespace="signin-addr")
        self.limiter = MovingWindowRateLimiter(MemoryStorage())
        self._lock = threading.Lock()

    def _limits(self, user: str, address: str):
        return ((self.per_user, user.casefold()), (self.per_address, address))

    def check(self, user: str, password: str, address: str) -> SignInResult:
        with self._lock:
            blocked = [
                (item, key) for item, key in self._limits(user, address) if not self.limiter.test(item, key)
            ]
            if blocked:
                reset = max(self.limiter.get_window_stats(item, key).reset_time for item, key in blocked)
                return SignInResult(False, retry_after=max(1, int(reset - time.time()) + 1))
            if check_credentials(self.users, user, password):
                self.limiter.clear(self.per_user, user.casefold())
                return SignInResult(True)
            for item, key in self._limits(user, address):
                self.limiter.hit(item, key)
            return SignInResult(False)


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return host == "localhost"
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
