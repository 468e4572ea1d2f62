"""Who sent a package: Ed25519 signatures over the manifest, and the workshop's list of senders.

The manifest holds the SHA-256 of every other file, so a signature over the manifest's exact bytes
covers the whole package. A package carries ``signature.json``: the signer's public key and the
signature. The signed message is ``SIGNED_PREFIX + manifest bytes`` (a fixed prefix, so a
signature made for a package can never be replayed as a signature of anything else).

Keys: :func:`load_or_create_key` makes the sender's key pair on the first export, in the user data
folder (``signing/ed25519.key``, PKCS#8 PEM, file mode 0600, folder 0700). The private key never
leaves that file; a package holds only the public key.

Senders: :class:`SenderStore` is the workshop's list of public keys it knows (``senders.json`` in
the user data folder), each with the name the workshop gave it. A key's *fingerprint* is the
SHA-256 of its 32 raw bytes; :func:`short_fingerprint` shows its first 128 bits in groups, for
reading aloud over the phone.

Cryptography comes from the maintained ``cryptography`` library (OpenSSL's Ed25519), not our own.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from configurator.sdk.errors import FabwiseError
from configurator.sdk.resources import user_data_dir

SIGNATURE_NAME = "signature.json"
SIGNATURE_FORMAT = "fabwise-signature-1"
SIGNED_PREFIX = b"fabwise-package-manifest-v1\x00"
KEY_FOLDER = "signing"
KEY_FILE = "ed25519.key"
SENDERS_FILE = "senders.json"
SENDERS_VERSION = 1


class SignatureProblem(ValueError):
    """The signature file is missing, malformed, or does not match; the message says which."""


def fingerprint(public_key: bytes) -> str:
    """SHA-256 of the raw 32-byte public key, hex."""
    return hashlib.sha256(public_key).hexdigest()


def short_fingerprint(full: str) -> str:
    """The first 128 bits of a fingerprint in eight groups of four: ``3F2A-91C0-...``."""
    head = full[:32].upper()
    return "-".join(head[i : i + 4] for i in range(0, len(head), 4))


def key_path() -> Path:
    return user_data_dir() / KEY_FOLDER / KEY_FILE


def _private_from_pem(data: bytes, where: Path) -> Any:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    try:
        key = load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise FabwiseError(
            f"the signing key {where} is damaged ({exc})",
            hint="move it away; a new key is made on the next export, and "
            "workshops must then trust the new key",
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise FabwiseError(f"the signing key {where} is not an Ed25519 key")
    return key


def _check_private_mode(path: Path) -> None:
    if os.name != "posix":
        return
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        raise FabwiseError(
            f"the signing key {path} can be read by other users (mode {mode:o})",
            hint=f"run: chmod 600 {path}",
        )


def load_or_create_key(path: Path | None = None) -> Any:
    """The sender's private key (``Ed25519PrivateKey``), created on first use (mode 0600).

    Two exports racing to create it both end up with the same key: the file is written under a
    temporary name and linked into place only if no key exists yet."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    path = path or key_path()
    if path.exists():
        _check_private_mode(path)
        return _private_from_pem(path.read_bytes(), path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path.parent, 0o700)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    fd, tmp = tempfile.mkstemp(prefix=".key-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            return _private_from_pem(path.read_bytes(), path)
        except OSError:  # no hard links on this file system: a plain rename, same content
            if path.exists():
                return _private_from_pem(path.read_bytes(), path)
            os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return key


def public_bytes(private_key: Any) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    raw: bytes = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return raw


def sign_manifest(manifest: bytes, private_key: Any) -> bytes:
    """The bytes of ``signature.json`` for these exact manifest bytes."""
    public = public_bytes(private_key)
    signature = private_key.sign(SIGNED_PREFIX + manifest)
    document = {
        "format": SIGNATURE_FORMAT,
        "algorithm": "ed25519",
        "signed_file": "manifest.json",
        "signed_sha256": hashlib.sha256(manifest).hexdigest(),
        # The exact bytes signed, so that a manifest changed later can be compared with them
        # and the change named (the signature covers these bytes, not this copy's integrity).
        "signed_manifest": manifest.decode("utf-8"),
        "public_key": base64.b64encode(public).decode("ascii"),
        "key_fingerprint": fingerprint(public),
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    return (json.dumps(document, indent=2) + "\n").encode("utf-8")


@dataclass(frozen=True)
class Signer:
    """A valid signature's key: raw public key and its fingerprint; ``signed`` is the manifest
    text the signature is valid for (it may differ from the package's manifest.json)."""

    public_key: bytes
    fingerprint: str
    signed: bytes = b""

    @property
    def short(self) -> str:
        return short_fingerprint(self.fingerprint)

    @property
    def public_key_b64(self) -> str:
        return base64.b64encode(self.public_key).decode("ascii")


def _b64(document: dict[str, Any], key: str, length: int) -> bytes:
    value = document.get(key)
    if not isinstance(value, str):
        raise SignatureProblem(f"'{key}' is missing or not text")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureProblem(f"'{key}' is not valid base64 ({exc})") from None
    if len(raw) != length:
        raise SignatureProblem(f"'{key}' is {len(raw)} bytes, expected {length}")
    return raw


def check_signature(signature_file: bytes) -> Signer:
    """Who signed which manifest bytes, according to ``signature_file``.

    Raises :class:`SignatureProblem` when the file is malformed or its signature does not match
    the manifest copy it holds. The caller compares ``Signer.signed`` with the package's
    ``manifest.json``: any difference means the manifest changed after signing."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        document = json.loads(signature_file.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SignatureProblem(f"not valid JSON ({exc})") from None
    if not isinstance(document, dict):
        raise SignatureProblem("not a JSON object")
    if document.get("format") != SIGNATURE_FORMAT or document.get("algorithm") != "ed25519":
        raise SignatureProblem(
            f"unknown signature format {document.get('format')!r} / algorithm {document.get('algorithm')!r}"
        )
    public = _b64(document, "public_key", 32)
    signature = _b64(document, "signature", 64)
    signed_text = document.get("signed_manifest")
    if not isinstance(signed_text, str):
        raise SignatureProblem("'signed_manifest' is missing or not text")
    signed = signed_text.encode("utf-8")
    if document.get("key_fingerprint") not in (None, fingerprint(public)):
        raise SignatureProblem("the recorded key fingerprint is not that of the public key")
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, SIGNED_PREFIX + signed)
    except InvalidSignature:
        raise SignatureProblem(
            "the signature is not valid for the manifest it names: signature.json was altered or forged"
        ) from None
    return Signer(public, fingerprint(public), signed)


@dataclass(frozen=True)
class Sender:
    """A key the workshop knows, with the name it gave it."""

    fingerprint: str
    name: str
    public_key: str  # base64
    trusted_utc: str
    note: str = ""

    @property
    def short(self) -> str:
        return short_fingerprint(self.fingerprint)


class SenderStore:
    """The workshop's known senders (``senders.json`` in the user data folder), by fingerprint."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or user_data_dir() / SENDERS_FILE
        self._senders: dict[str, Sender] = {}
        if self.path.exists():
            self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            for entry in data["senders"]:
                sender = Sender(
                    str(entry["fingerprint"]),
                    str(entry["name"]),
                    str(entry["public_key"]),
                    str(entry["trusted_utc"]),
                    str(entry.get("note", "")),
                )
                self._senders[sender.fingerprint] = sender
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise FabwiseError(
                f"the list of known senders {self.path} is damaged ({exc})",
                hint="fix or delete it; senders must then be trusted again",
            ) from None

    def get(self, full_fingerprint: str) -> Sender | None:
        return self._senders.get(full_fingerprint)

    def all(self) -> list[Sender]:
        return sorted(self._senders.values(), key=lambda s: (s.name.lower(), s.fingerprint))

    def by_name(self, name: str) -> list[Sender]:
        return [s for s in self._senders.values() if s.name.casefold() == name.casefold()]

    def trust(self, signer: Signer, name: str, note: str = "") -> Sender:
        name = name.strip()
        if not name:
            raise FabwiseError("a sender needs a name", hint="e.g. --name 'Alice, Lyon'")
        sender = Sender(
            signer.fingerprint,
            name,
            signer.public_key_b64,
            time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            note,
        )
        self._senders[signer.fingerprint] = sender
        self._save()
        return sender

    def find(self, text: str) -> list[Sender]:
        """Senders whose fingerprint starts with ``text`` (dashes ignored) or whose name is it."""
        key = text.replace("-", "").replace(":", "").lower()
        by_print = [s for s in self._senders.values() if key and s.fingerprint.startswith(key)]
        return by_print or self.by_name(text)

    def forget(self, full_fingerprint: str) -> bool:
        removed = self._senders.pop(full_fingerprint, None) is not None
        if removed:
            self._save()
        return removed

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "version": SENDERS_VERSION,
            "senders": [
                {
                    "fingerprint": s.fingerprint,
                    "name": s.name,
                    "public_key": s.public_key,
                    "trusted_utc": s.trusted_utc,
                    **({"note": s.note} if s.note else {}),
                }
                for s in self.all()
            ],
        }
        fd, tmp = tempfile.mkstemp(prefix=".senders-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=2, ensure_ascii=False)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
