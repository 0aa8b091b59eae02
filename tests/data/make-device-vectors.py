#!/usr/bin/env python3
"""Prints tests/data/device-srp-vectors.json: remembered-device vectors from an independent
implementation, pycognito (2024.5.1), with its random inputs pinned.

Run once, by hand, and commit the output (the tests never run Python):

    python3 -m venv /tmp/pyc && /tmp/pyc/bin/pip install pycognito==2024.5.1
    /tmp/pyc/bin/python tests/data/make-device-vectors.py > tests/data/device-srp-vectors.json

- "verifiers": pycognito's `generate_hash_device` (what ConfirmDevice sends), with
  `os.urandom` replaced by fixed bytes: 40 for the device password, then 16 for the salt.
- "challenges": pycognito's `process_device_challenge` (the DEVICE_PASSWORD_VERIFIER answer),
  with `a` (128 bytes from os.urandom) and the clock pinned. SRP_B is made by the server side
  written below from the verifier of the same device (B = k·v + g^b), so each challenge is a
  whole exchange a server can check: `server_key_hex` is the key that server derives.
- "protocol_vector_3": ../shared/docs/cognito-protocol.md §5.5 Vector 3, recomputed here by
  pycognito's `get_device_authentication_key`, so both sources meet in one file.
"""

import base64
import datetime
import hashlib
import hmac
import importlib.metadata
import json

from pycognito import aws_srp

N = int(aws_srp.N_HEX, 16)
G = 2
K = int(aws_srp.hex_hash("00" + aws_srp.N_HEX + "02"), 16)


class FixedRandom:
    """os.urandom that hands out the given byte strings in order."""

    def __init__(self, *chunks):
        self.chunks = list(chunks)

    def __call__(self, n):
        chunk = self.chunks.pop(0)
        assert len(chunk) == n, (len(chunk), n)
        return chunk


def verifier_case(group_key, device_key, password_bytes, salt_bytes):
    aws_srp.os.urandom = FixedRandom(password_bytes, salt_bytes)
    password, config = aws_srp.generate_hash_device(group_key, device_key)
    return {
        "DeviceGroupKey": group_key,
        "DeviceKey": device_key,
        "password_bytes_hex": password_bytes.hex(),
        "salt_bytes_hex": salt_bytes.hex(),
        "device_password": password,
        "PasswordVerifier": config["PasswordVerifier"],
        "Salt": config["Salt"],
    }


def server_b(verifier_b64, b):
    v = int.from_bytes(base64.b64decode(verifier_b64), "big")
    return (K * v + pow(G, b, N)) % N


def server_key(verifier_b64, big_a, b, big_b):
    """The server's side of SRP-6a: S = (A·v^u)^b mod N, then the same HKDF."""
    v = int.from_bytes(base64.b64decode(verifier_b64), "big")
    u = aws_srp.calculate_u(big_a, big_b)
    s = pow(big_a * pow(v, u, N) % N, b, N)
    return aws_srp.compute_hkdf(
        bytearray.fromhex(aws_srp.pad_hex(s)), bytearray.fromhex(aws_srp.pad_hex(u))
    )


class FixedClock:
    """Stands in for the `datetime` module inside aws_srp: utcnow() is `at`."""

    def __init__(self, at):
        outer = self

        class _DateTime:
            @staticmethod
            def utcnow():
                return outer.at

        self.at = at
        self.datetime = _DateTime


def challenge_case(case, a_bytes, b, secret_block, at):
    aws_srp.os.urandom = FixedRandom(a_bytes)
    srp = aws_srp.AWSSRP(
        username="tester",
        password="unused",
        pool_id="eu-west-1_devices",
        client_id="client",
        client=object(),  # no boto3 client: nothing is sent
        device_key=case["DeviceKey"],
        device_group_key=case["DeviceGroupKey"],
        device_password=case["device_password"],
    )
    big_b = server_b(case["PasswordVerifier"], b)
    salt_hex = base64.b64decode(case["Salt"]).hex()
    aws_srp.datetime = FixedClock(at)
    answer = srp.process_device_challenge(
        {
            "USERNAME": "tester-internal-id",
            "SALT": salt_hex,
            "SRP_B": f"{big_b:x}",
            "SECRET_BLOCK": secret_block,
        }
    )
    aws_srp.datetime = datetime
    key = srp.get_device_authentication_key(
        case["DeviceGroupKey"],
        case["DeviceKey"],
        case["device_password"],
        big_b,
        salt_hex,
    )
    return {
        "DeviceGroupKey": case["DeviceGroupKey"],
        "DeviceKey": case["DeviceKey"],
        "device_password": case["device_password"],
        "PasswordVerifier": case["PasswordVerifier"],
        "a_hex": a_bytes.hex(),
        "b_hex": f"{b:x}",
        "SRP_A": aws_srp.long_to_hex(srp.large_a_value),
        "SRP_B": f"{big_b:x}",
        "SALT": salt_hex,
        "SECRET_BLOCK": secret_block,
        "USERNAME": answer["USERNAME"],
        "DEVICE_KEY": answer["DEVICE_KEY"],
        "TIMESTAMP": answer["TIMESTAMP"],
        "hkdf_key_hex": key.hex(),
        "server_key_hex": server_key(
            case["PasswordVerifier"], srp.large_a_value, b, big_b
        ).hex(),
        "PASSWORD_CLAIM_SIGNATURE": answer["PASSWORD_CLAIM_SIGNATURE"],
        "PASSWORD_CLAIM_SECRET_BLOCK": answer["PASSWORD_CLAIM_SECRET_BLOCK"],
    }


def protocol_vector_3():
    aws_srp.os.urandom = FixedRandom(bytes([1]) * 128)
    srp = aws_srp.AWSSRP("u", "p", "us-west-2_abc", "c", client=object())
    b_hex = salt_hex = "36ef01c6dde9fe503da333b1acc758ba"
    block = (
        "9ae77ec7154c14dcc487b47707fee4b4920cb96d8a8c045e4c8df879a7b37552"
        "4aa736acdec6c9ad4ea606774d00621b"
    )
    stamp = "Mon Feb 10 18:30:12 UTC 2025"
    key = srp.get_device_authentication_key(
        "mock-device-group-key", "mock-device-key", "password", int(b_hex, 16), salt_hex
    )
    msg = (
        b"mock-device-group-key" + b"mock-device-key" + base64.b64decode(block) + stamp.encode()
    )
    return {
        "source": "cognito-protocol.md §5.5 Vector 3 (ryanmab/aws-cognito-srp device.rs), "
        "recomputed by pycognito get_device_authentication_key",
        "DeviceGroupKey": "mock-device-group-key",
        "DeviceKey": "mock-device-key",
        "device_password": "password",
        "a_hex": (bytes([1]) * 128).hex(),
        "SRP_B": b_hex,
        "SALT": salt_hex,
        "SECRET_BLOCK": block,
        "TIMESTAMP": stamp,
        "hkdf_key_hex": key.hex(),
        "PASSWORD_CLAIM_SIGNATURE": base64.b64encode(
            hmac.new(key, msg, hashlib.sha256).digest()
        ).decode(),
    }


def main():
    verifiers = [
        # The salt's top bit set: padHex puts 00 in front.
        verifier_case(
            "-Xyz12AbC",
            "eu-west-1_2f1d9a3c-8b4e-4c1a-9f7e-5d6c7b8a9e0f",
            bytes(range(40)),
            bytes.fromhex("f0e1d2c3b4a5968778695a4b3c2d1e0f"),
        ),
        # A salt whose first byte is zero: its hex is shorter, here odd, so "0" is prepended.
        verifier_case(
            "group_key-2",
            "us-east-1_00000000-1111-2222-3333-444444444444",
            bytes([0xA5]) * 40,
            bytes.fromhex("000a0b0c0d0e0f101112131415161718"),
        ),
        # A salt whose top bit is clear: no padding.
        verifier_case(
            "Ab",
            "ap-southeast-2_deadbeef-0000-4000-8000-0123456789ab",
            hashlib.sha256(b"third").digest() + bytes(8),
            bytes.fromhex("7f00ff00ff00ff00ff00ff00ff00ff01"),
        ),
    ]
    at = datetime.datetime(2026, 12, 2, 9, 5, 7)
    challenges = [
        challenge_case(
            verifiers[0],
            hashlib.sha512(b"a-one").digest() * 2,
            int(hashlib.sha256(b"b-one").hexdigest(), 16),
            base64.b64encode(b"a secret block from the server, any bytes \x00\xff").decode(),
            at,
        ),
        challenge_case(
            verifiers[1],
            bytes([0x7F]) * 128,
            int(hashlib.sha256(b"b-two").hexdigest() * 4, 16),
            base64.b64encode(bytes(range(256))[::3]).decode(),
            datetime.datetime(2027, 1, 31, 23, 59, 59),
        ),
    ]
    print(
        json.dumps(
            {
                "source": "tests/data/make-device-vectors.py, pycognito "
                + importlib.metadata.version("pycognito"),
                "protocol_vector_3": protocol_vector_3(),
                "verifiers": verifiers,
                "challenges": challenges,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
