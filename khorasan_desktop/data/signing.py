"""Ed25519 keys that authenticate reference-data packs, and the keyring of trusted ones.

A pack's ``manifest.json`` (which holds the SHA-256 and size of the database it carries) is
signed with the publisher's private key; the signature travels in the pack as
``manifest.sig``. The app installs a pack only when that signature verifies against a public
key in its keyring: the publisher keys shipped with the app (``resources/keys/*.pem``) plus
the keys the user added with ``trust-key`` (``<user data>/trusted-keys/*.pem``). Keys are
PEM files (SubjectPublicKeyInfo for public keys, PKCS#8 for private ones, as
``openssl genpkey -algorithm ed25519`` writes them). A key is named by its fingerprint: the
first 128 bits of the SHA-256 of its 32 raw bytes, in hex groups of four.

Checking a signature needs no library (``core.ed25519``); making keys and signing, the
publisher's side, needs the ``cryptography`` package (``khorasan-desktop[publish]``), which
the installed build leaves out.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khorasan_desktop import paths
from khorasan_desktop.core import ed25519
from khorasan_desktop.data.errors import DataError

SIGNATURE_FORMAT = "khorasan-desktop-signature/1"
KEYS_DIRNAME = "keys"  # in resources/: the publisher keys shipped with the app
TRUSTED_DIRNAME = "trusted-keys"  # in the user's data folder: keys the user added
MAX_KEY_FILE = 16 * 1024  # a PEM Ed25519 key is ~120 bytes; refuse anything far larger
PASSPHRASE_ENV = "KHORASAN_PACK_KEY_PASSPHRASE"
# DER of an Ed25519 SubjectPublicKeyInfo: this prefix, then the 32 bytes of the key (RFC 8410)
SPKI_PREFIX = bytes.fromhex("302a300506032b6570032100")


class KeyFileError(DataError):
    """A key file that cannot be used (wrong kind, damaged, not Ed25519)."""


class SignatureError(DataError):
    """A signature that is missing, malformed, by an unknown key, or does not verify."""


@dataclass(frozen=True)
class PublicKey:
    """An Ed25519 public key: its 32 raw bytes."""

    raw: bytes

    def verify(self, signature: bytes, message: bytes) -> bool:
        return ed25519.verify(self.raw, signature, message)


@dataclass(frozen=True)
class TrustedKey:
    fingerprint: str
    path: Path
    bundled: bool  # shipped with the app (True) or added by the user (False)
    key: PublicKey


def _raw(key: Any) -> bytes:
    """The 32 raw bytes of a :class:`PublicKey` or of a ``cryptography`` Ed25519 key."""
    if isinstance(key, PublicKey):
        return key.raw
    from cryptography.hazmat.primitives import serialization

    return bytes(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def fingerprint(key: Any) -> str:
    """``"3f2a 9c01 ..."``: 8 groups of 4 hex digits of the SHA-256 of the raw key."""
    digest = hashlib.sha256(_raw(key)).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def _read_small(path: Path, what: str) -> bytes:
    try:
        if path.stat().st_size > MAX_KEY_FILE:
            raise KeyFileError(f"{path} is too large to be an Ed25519 {what} key file")
        return path.read_bytes()
    except OSError as exc:
        raise KeyFileError(f"cannot read the {what} key {path}: {exc.strerror or exc}") from None


def load_public_key(path: Path) -> PublicKey:
    """The Ed25519 public key in the PEM file ``path``; a private key is refused."""
    data = _read_small(path, "public")
    if b"PRIVATE KEY" in data:
        raise KeyFileError(
            f"{path} is a private key: give its public half (never share the private key)"
        )
    text = data.decode("ascii", "replace").strip().splitlines()
    if (
        not text
        or text[0] != "-----BEGIN PUBLIC KEY-----"
        or text[-1] != "-----END PUBLIC KEY-----"
    ):
        raise KeyFileError(f"{path} is not a PEM public key")
    try:
        der = base64.b64decode("".join(text[1:-1]), validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileError(f"{path} is not a PEM public key (damaged base64)") from None
    if len(der) < 12 or der[0] != 0x30:  # not even a DER structure
        raise KeyFileError(f"{path} is not a PEM public key (no key inside)")
    if len(der) != len(SPKI_PREFIX) + 32 or not der.startswith(SPKI_PREFIX):
        raise KeyFileError(f"{path} is not an Ed25519 key (packs are signed with Ed25519)")
    raw = der[len(SPKI_PREFIX) :]
    if not ed25519.valid_public_key(raw):
        raise KeyFileError(f"{path} does not hold a valid Ed25519 public key")
    return PublicKey(raw)


def _publisher_tools() -> Any:
    """The ``cryptography`` package, which only the publisher's commands need."""
    try:
        from cryptography.hazmat.primitives import serialization
    except ImportError:
        raise KeyFileError(
            "making keys and signing packs needs the publisher tools: "
            "pip install 'khorasan-desktop[publish]' (the installed app only checks packs)"
        ) from None
    return serialization


def load_private_key(path: Path, passphrase: str | None = None) -> Any:
    """The Ed25519 private key in ``path`` (a ``cryptography`` key); an encrypted key needs
    its passphrase (given, or in ``KHORASAN_PACK_KEY_PASSPHRASE``)."""
    serialization = _publisher_tools()
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    data = _read_small(path, "private")
    if passphrase is None:
        passphrase = os.environ.get(PASSPHRASE_ENV)
    secret = passphrase.encode("utf-8") if passphrase else None
    try:
        key = serialization.load_pem_private_key(data, password=secret)
    except TypeError:
        if secret is None:
            raise KeyFileError(
                f"{path} is encrypted: set {PASSPHRASE_ENV} to its passphrase"
            ) from None
        raise KeyFileError(f"{path} is not encrypted: leave {PASSPHRASE_ENV} unset") from None
    except (ValueError, UnsupportedAlgorithm) as exc:
        why = "wrong passphrase or not a PEM private key" if secret else str(exc)
        raise KeyFileError(f"cannot read the private key {path}: {why}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path} is not an Ed25519 private key (packs are signed with Ed25519)")
    return key


def public_pem(key: Any) -> bytes:
    """The PEM text of a public key (SubjectPublicKeyInfo), as openssl writes it."""
    b64 = base64.b64encode(SPKI_PREFIX + _raw(key)).decode("ascii")
    return f"-----BEGIN PUBLIC KEY-----\n{b64}\n-----END PUBLIC KEY-----\n".encode("ascii")


def make_key(private_out: Path, passphrase: str | None = None) -> tuple[Path, str]:
    """A new key pair: the private key at ``private_out`` (mode 0600, encrypted when a
    passphrase is given) and its public half beside it as ``<name>.pub.pem``."""
    if passphrase is None:
        passphrase = os.environ.get(PASSPHRASE_ENV)
    serialization = _publisher_tools()
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private_out = Path(private_out)
    public_out = private_out.with_name(private_out.stem + ".pub.pem")
    for target in (private_out, public_out):
        if target.exists():
            raise KeyFileError(f"{target} exists: a key is never overwritten")
    key = Ed25519PrivateKey.generate()
    encryption: Any = (
        serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        if passphrase
        else serialization.NoEncryption()
    )
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    try:
        fd = os.open(private_out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        public_out.write_bytes(public_pem(key.public_key()))
    except OSError as exc:
        raise KeyFileError(f"cannot write {private_out}: {exc.strerror or exc}") from None
    return public_out, fingerprint(key.public_key())


# -- the keyring ---------------------------------------------------------------------------


def bundled_keys_dir() -> Path:
    return paths.resources_dir() / KEYS_DIRNAME


def trusted_keys_dir() -> Path:
    return paths.user_data_dir() / TRUSTED_DIRNAME


def keyring() -> list[TrustedKey]:
    """Every usable trusted key, bundled first; unreadable files are skipped (a damaged key
    file must not stop the app, and it can only make fewer packs install)."""
    out: list[TrustedKey] = []
    seen: set[str] = set()
    for folder, bundled in ((bundled_keys_dir(), True), (trusted_keys_dir(), False)):
        if not folder.is_dir():
            continue
        for f in sorted(folder.glob("*.pem")):
            if f.is_symlink() or not f.is_file():
                continue
            try:
                key = load_public_key(f)
            except KeyFileError:
                continue
            fp = fingerprint(key)
            if fp not in seen:
                seen.add(fp)
                out.append(TrustedKey(fp, f, bundled, key))
    return out


def trust_key(path: Path) -> TrustedKey:
    """Add the public key in ``path`` to the user's trusted keys (a copy, written atomically,
    named by its fingerprint); returns it, also when it was already trusted."""
    key = load_public_key(Path(path))
    fp = fingerprint(key)
    for known in keyring():
        if known.fingerprint == fp:
            return known
    folder = trusted_keys_dir()
    target = folder / f"{fp.replace(' ', '')}.pem"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".key.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(public_pem(key))
        os.replace(name, target)
    except OSError as exc:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(name)
        raise KeyFileError(f"cannot write to {folder}: {exc.strerror or exc}") from None
    return TrustedKey(fp, target, False, key)


def untrust_key(fp: str) -> Path:
    """Remove a user-added key by fingerprint (spaces optional); bundled keys stay."""
    want = fp.replace(" ", "").lower()
    for known in keyring():
        if known.fingerprint.replace(" ", "") == want:
            if known.bundled:
                raise KeyFileError(f"key {known.fingerprint} ships with the app and stays trusted")
            try:
                known.path.unlink()
            except OSError as exc:
                raise KeyFileError(f"cannot remove {known.path}: {exc.strerror or exc}") from None
            return known.path
    raise KeyFileError(f"no trusted key with fingerprint {fp!r} (see trust-key --list)")


# -- signatures ----------------------------------------------------------------------------


def sign(message: bytes, key: Any) -> bytes:
    """The ``manifest.sig`` text for ``message``: the key's fingerprint and the signature."""
    body = {
        "format": SIGNATURE_FORMAT,
        "key": fingerprint(key.public_key()),
        "signature": base64.b64encode(key.sign(message)).decode("ascii"),
    }
    return (json.dumps(body, indent=2) + "\n").encode("utf-8")


def verify(message: bytes, signature_file: bytes) -> TrustedKey:
    """The trusted key that signed ``message``; :class:`SignatureError` otherwise."""
    try:
        data: Any = json.loads(signature_file.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise SignatureError("its signature file is not valid JSON") from None
    if not isinstance(data, dict) or data.get("format") != SIGNATURE_FORMAT:
        raise SignatureError("its signature file is not in a format this app reads")
    fp, sig_text = data.get("key"), data.get("signature")
    if not isinstance(fp, str) or not isinstance(sig_text, str):
        raise SignatureError("its signature file lacks the key or the signature")
    try:
        sig = base64.b64decode(sig_text, validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError("its signature is not base64") from None
    known = {k.fingerprint: k for k in keyring()}
    trusted = known.get(fp)
    if trusted is None:
        raise SignatureError(
            f"it is signed by an unknown key {fp[:39]!r}; if you trust its publisher, add "
            "their public key with trust-key (Help > Trust a publisher key)"
        )
    if not trusted.key.verify(sig, message):
        raise SignatureError(f"its signature does not match (key {fp}): the pack was altered")
    return trusted
