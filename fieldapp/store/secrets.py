"""The device's data key, under the user's passphrase, and sealing of personal values with it.

A random 256-bit data key encrypts personal values (AES-256-GCM, random 96-bit nonce, the value's
place in the database as associated data so a sealed value cannot be moved to another row). The
data key itself is stored only wrapped by a key derived from the passphrase with scrypt; changing
the passphrase re-wraps the data key and touches nothing else.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from fieldapp.core.passphrases import MIN_PASSPHRASE_CHARS, Strength, rate_passphrase
from fieldapp.errors import FieldappError
from fieldapp.store.files import write_file_atomically

KEYRING_FORMAT = "fieldapp.keyring/1"
SEALED_PREFIX = "v1:"
# scrypt cost: 2**15 x 8 x 1 takes ~32 MiB and about a tenth of a second, per unlock.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1


class WrongPassphrase(FieldappError):
    code = "wrong_passphrase"
    template = "The passphrase is not right. Nothing was changed."


class PassphraseRequired(FieldappError):
    code = "passphrase_required"
    template = "{detail}"


class KeyringDamaged(FieldappError):
    code = "keyring_damaged"
    template = "The key file {path} is damaged ({detail}); restore it from a backup."


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_key(
    passphrase: str, salt: bytes, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P
) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def check_new_passphrase(passphrase: str) -> None:
    if rate_passphrase(passphrase).strength is Strength.TOO_SHORT:
        raise PassphraseRequired(
            "passphrase_too_short",
            detail=f"Choose a passphrase of at least {MIN_PASSPHRASE_CHARS} characters.",
        )


@dataclass(frozen=True)
class ValueCipher:
    """Seals and opens single text values with the unwrapped data key."""

    data_key: bytes = field(repr=False)  # never in a log or a traceback

    def seal(self, plaintext: str, *, place: str) -> str:
        nonce = os.urandom(12)
        sealed = AESGCM(self.data_key).encrypt(nonce, plaintext.encode("utf-8"), place.encode())
        return SEALED_PREFIX + _b64(nonce + sealed)

    def open(self, token: str, *, place: str) -> str:
        if not token.startswith(SEALED_PREFIX):
            raise KeyringDamaged(path="(database)", detail=f"value at {place} is not sealed")
        raw = _unb64(token[len(SEALED_PREFIX) :])
        try:
            return AESGCM(self.data_key).decrypt(raw[:12], raw[12:], place.encode()).decode()
        except InvalidTag:
            raise KeyringDamaged(
                path="(database)", detail=f"value at {place} was altered or moved"
            ) from None

    def seal_bytes(self, content: bytes, *, purpose: str) -> bytes:
        nonce = os.urandom(12)
        return nonce + AESGCM(self.data_key).encrypt(nonce, content, purpose.encode())

    def open_bytes(self, sealed: bytes, *, purpose: str) -> bytes:
        try:
            return AESGCM(self.data_key).decrypt(sealed[:12], sealed[12:], purpose.encode())
        except InvalidTag:
            raise KeyringDamaged(path=purpose, detail="it was altered") from None


class Keyring:
    """The wrapped data key in ``identity/keyring.json``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def exists(self) -> bool:
        return self.path.is_file()

    def create(self, passphrase: str) -> ValueCipher:
        check_new_passphrase(passphrase)
        if self.exists():
            raise FileExistsError(self.path)
        data_key = AESGCM.generate_key(bit_length=256)
        self._write(data_key, passphrase)
        return ValueCipher(data_key)

    def unlock(self, passphrase: str) -> ValueCipher:
        record = self._read()
        kdf = record["kdf"]
        kek = derive_key(passphrase, _unb64(kdf["salt"]), n=kdf["n"], r=kdf["r"], p=kdf["p"])
        wrapped = _unb64(record["wrapped_data_key"])
        try:
            data_key = AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], KEYRING_FORMAT.encode())
        except InvalidTag:
            raise WrongPassphrase() from None
        return ValueCipher(data_key)

    def change_passphrase(self, old: str, new: str) -> None:
        check_new_passphrase(new)
        cipher = self.unlock(old)
        self._write(cipher.data_key, new)

    def _write(self, data_key: bytes, passphrase: str) -> None:
        salt = os.urandom(16)
        kek = derive_key(passphrase, salt)
        nonce = os.urandom(12)
        wrapped = nonce + AESGCM(kek).encrypt(nonce, data_key, KEYRING_FORMAT.encode())
        record = {
            "format": KEYRING_FORMAT,
            "kdf": {
                "name": "scrypt",
                "n": SCRYPT_N,
                "r": SCRYPT_R,
                "p": SCRYPT_P,
                "salt": _b64(salt),
            },
            "wrapped_data_key": _b64(wrapped),
        }
        write_file_atomically(self.path, json.dumps(record, indent=2).encode())

    def _read(self) -> dict:
        try:
            record = json.loads(self.path.read_text(encoding="utf-8"))
            if record.get("format") != KEYRING_FORMAT or record["kdf"]["name"] != "scrypt":
                raise ValueError("unknown format")
            return record
        except FileNotFoundError:
            raise
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise KeyringDamaged(path=self.path, detail=str(exc)) from exc


PassphraseSource = Callable[[bool], str]
"""Asked for the passphrase; the argument says whether a new one is being chosen."""
