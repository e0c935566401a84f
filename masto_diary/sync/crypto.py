"""Everything in the shared folder is sealed with a key made from the family passphrase.

The key: scrypt (memory-hard, from ``cryptography``) over the passphrase and a random salt kept
in the folder's ``share.json``.  Each line of a change file is AES-256-GCM with a fresh 96-bit
nonce; the associated data names the file's device, so a line moved into another device's
file fails authentication.  A wrong passphrase is found on the folder's check token before any
change is read.
"""

import base64
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

CHECK_TEXT = b"masto-diary shared folder"
NONCE_BYTES = 12
# 2**15 x 8 x 128 bytes = 32 MiB of memory and about 0.1 s per derivation on a laptop.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
# What a share.json may ask for, whoever wrote it: at most 4x the memory and time of ours
# (n=2**16, r=8, p=2: 64 MiB, about half a second), at least half the work.  Anything else is
# refused before any key is made: the folder's host must not make a laptop spend gigabytes.
N_BOUNDS, R_BOUNDS, P_BOUNDS = (2**14, 2**16), (8, 8), (1, 2)
SALT_BYTES = (16, 64)


# The one passphrase rule, for the terminal, MASTO_DIARY_PASSPHRASE and the window alike.
MIN_PASSPHRASE = 8
MIN_DIFFERENT = 4


def weak_passphrase(text: str) -> bool:
    """Too short (fewer than 8 characters) or too plain (fewer than 4 different ones, as
    "aaaaaaaa" or "12121212"): everything in the folder is only as safe as this."""
    return len(text) < MIN_PASSPHRASE or len(set(text)) < MIN_DIFFERENT


class OutOfBoundsError(ValueError):
    """share.json asks for key settings outside the fixed bounds."""


class SealError(Exception):
    """A sealed text did not authenticate (wrong key, damaged or tampered with)."""


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    @classmethod
    def fresh(cls) -> "KdfParams":
        return cls(os.urandom(16))

    def to_json(self) -> dict:
        return {"kdf": "scrypt", "salt": b64(self.salt), "n": self.n, "r": self.r, "p": self.p}

    @classmethod
    def from_json(cls, value: dict) -> "KdfParams":
        if value.get("kdf") != "scrypt":
            raise ValueError("unknown key derivation")
        numbers = [value["n"], value["r"], value["p"]]
        if not all(type(number) is int for number in numbers):
            raise ValueError("the key settings are whole numbers")
        n, r, p = numbers
        salt = unb64(str(value["salt"])[:200])
        if not (
            _within(n, N_BOUNDS) and n & (n - 1) == 0 and _within(r, R_BOUNDS)
            and _within(p, P_BOUNDS) and _within(len(salt), SALT_BYTES)
        ):  # fmt: skip
            raise OutOfBoundsError(f"n={n}, r={r}, p={p}, salt of {len(salt)} bytes")
        return cls(salt, n, r, p)


def _within(value: int, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= value <= bounds[1]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str | bytes) -> bytes:
    return base64.b64decode(text, validate=True)


class Sealer:
    """Seals and opens lines with the key of one passphrase."""

    def __init__(self, passphrase: str, params: KdfParams):
        kdf = Scrypt(salt=params.salt, length=32, n=params.n, r=params.r, p=params.p)
        self._aead = AESGCM(kdf.derive(passphrase.encode("utf-8")))

    def seal(self, plain: bytes, context: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return base64.b64encode(nonce + self._aead.encrypt(nonce, plain, context))

    def open(self, sealed: bytes, context: bytes) -> bytes:
        try:
            raw = unb64(sealed)
            return self._aead.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], context)
        except (InvalidTag, ValueError) as error:
            raise SealError(str(error) or "authentication failed") from error

    def check_token(self) -> str:
        return self.seal(CHECK_TEXT, b"check").decode("ascii")

    def opens_check_token(self, token: str) -> bool:
        try:
            return self.open(token.encode("ascii"), b"check") == CHECK_TEXT
        except SealError:
            return False
