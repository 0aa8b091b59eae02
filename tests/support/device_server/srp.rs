//! The server's side of Cognito's SRP (protocol §5.3), written here from the SRP-6a formulas
//! rather than taken from src/cognito/srp.rs: the client computes S = (B − k·g^x)^(a+u·x), the
//! server S = (A·v^u)^b, so the two agree only if the client's math is right.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use num_bigint::BigUint;
use sha2::{Digest, Sha256};

const N_HEX: &str = concat!(
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD",
    "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED",
    "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F",
    "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B",
    "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510",
    "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7",
    "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C",
    "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF",
);

pub fn n() -> BigUint {
    BigUint::parse_bytes(N_HEX.as_bytes(), 16).unwrap()
}

fn g() -> BigUint {
    BigUint::from(2u8)
}

/// Java BigInteger.toByteArray(): a 00 in front of a set top bit.
pub fn padded(n: &BigUint) -> Vec<u8> {
    let mut bytes = n.to_bytes_be();
    if bytes[0] & 0x80 != 0 {
        bytes.insert(0, 0);
    }
    bytes
}

fn hash(parts: &[&[u8]]) -> BigUint {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part);
    }
    BigUint::from_bytes_be(&hasher.finalize())
}

fn hmac(key: &[u8], parts: &[&[u8]]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).unwrap();
    for part in parts {
        mac.update(part);
    }
    mac.finalize().into_bytes().to_vec()
}

fn k() -> BigUint {
    hash(&[&padded(&n()), &padded(&g())])
}

/// The verifier v = g^x a server keeps, x = H(salt ‖ H(pool ‖ user ‖ ":" ‖ password)).
pub fn verifier(pool: &str, user: &str, password: &str, salt: &BigUint) -> BigUint {
    let inner = Sha256::digest(format!("{pool}{user}:{password}"));
    let x = hash(&[&padded(salt), &inner]);
    g().modpow(&x, &n())
}

/// One server half of an exchange: the secret b and the B sent as SRP_B.
pub struct ServerExchange {
    pub v: BigUint,
    pub b: BigUint,
    pub big_b: BigUint,
}

impl ServerExchange {
    pub fn new(v: BigUint, b: BigUint) -> Self {
        let big_b = (k() * &v + g().modpow(&b, &n())) % n();
        Self { v, b, big_b }
    }

    /// The 16-byte key from the client's A: S = (A·v^u)^b mod N, then HKDF as Cognito does.
    pub fn key(&self, big_a: &BigUint) -> Option<Vec<u8>> {
        if big_a % n() == BigUint::ZERO {
            return None;
        }
        let u = hash(&[&padded(big_a), &padded(&self.big_b)]);
        let s = (big_a * self.v.modpow(&u, &n()) % n()).modpow(&self.b, &n());
        let prk = hmac(&padded(&u), &[&padded(&s)]);
        Some(hmac(&prk, &[b"Caldera Derived Key", &[1]])[..16].to_vec())
    }

    /// Whether `signature` is PASSWORD_CLAIM_SIGNATURE for `pool ‖ user ‖ block ‖ timestamp`.
    pub fn proves(
        &self,
        big_a: &BigUint,
        names: (&str, &str),
        secret_block: &str,
        timestamp: &str,
        signature: &str,
    ) -> bool {
        let (Some(key), Ok(block)) = (self.key(big_a), STANDARD.decode(secret_block)) else {
            return false;
        };
        let mac = hmac(
            &key,
            &[
                names.0.as_bytes(),
                names.1.as_bytes(),
                &block,
                timestamp.as_bytes(),
            ],
        );
        STANDARD.encode(mac) == signature
    }
}

/// A fresh random number of `bytes` bytes (b, salts), from the system's source.
pub fn random(bytes: usize) -> BigUint {
    use ring::rand::SecureRandom as _;
    let mut buf = vec![0u8; bytes];
    ring::rand::SystemRandom::new().fill(&mut buf).unwrap();
    BigUint::from_bytes_be(&buf)
}

pub fn hex(n: &BigUint) -> String {
    n.to_str_radix(16)
}

pub fn parse_hex(hex: &str) -> Option<BigUint> {
    BigUint::parse_bytes(hex.as_bytes(), 16)
}
