//! Cognito's SRP-6a variant (USER_SRP_AUTH → PASSWORD_VERIFIER), ../shared/docs/cognito-protocol.md
//! §5: the 3072-bit group of RFC 3526 with g = 2 (not RFC 5054's g = 5), Java-style padded hex,
//! HKDF with "Caldera Derived Key", and Cognito's TIMESTAMP format.
//!
//! Written here rather than taken from the `aws-cognito-srp` crate: that crate draws its secret
//! `a` and the TIMESTAMP internally with no way to supply them, so the published vectors
//! (tests/data/srp-vectors.json) cannot be run through it, and it brings second copies of
//! base64, hmac, sha2 and rand. The math is 100 lines on `num-bigint`.

use std::sync::{LazyLock, Mutex};
use std::thread::JoinHandle;

use base64::Engine as _;
use num_bigint::BigUint;
use secrecy::ExposeSecret;
use sha2::{Digest, Sha256};

use super::secret_hash::hmac_sha256;

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

static N: LazyLock<BigUint> =
    LazyLock::new(|| BigUint::parse_bytes(N_HEX.as_bytes(), 16).unwrap_or_default());
static G: LazyLock<BigUint> = LazyLock::new(|| BigUint::from(2u8));
/// k = H(padHex(N) ‖ padHex(g)).
static K: LazyLock<BigUint> = LazyLock::new(|| hash_to_int(&[&padded(&N), &padded(&G)]));

const INFO: &[u8] = b"Caldera Derived Key";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SrpError {
    /// SRP_B, SALT or SECRET_BLOCK is not what Cognito sends.
    BadChallenge(&'static str),
    /// B ≡ 0 or u = 0: the exchange would be insecure; Cognito never sends this.
    Unsafe,
    NoRandomness,
}

impl std::fmt::Display for SrpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadChallenge(what) => {
                write!(f, "the PASSWORD_VERIFIER challenge has a malformed {what}")
            }
            Self::Unsafe => write!(f, "the PASSWORD_VERIFIER challenge has unsafe SRP values"),
            Self::NoRandomness => write!(f, "the system random number generator failed"),
        }
    }
}

impl std::error::Error for SrpError {}

/// The answer to PASSWORD_VERIFIER (besides USERNAME and the echoed SECRET_BLOCK).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordClaim {
    pub timestamp: String,
    pub signature: String,
}

/// What PASSWORD_VERIFIER asks to be signed, as Cognito sent it.
#[derive(Debug, Clone, Copy)]
pub struct VerifierChallenge<'a> {
    /// The part of the pool ID after `_`, `PoolId::name` (for a device: its DeviceGroupKey).
    pub pool_name: &'a str,
    /// USER_ID_FOR_SRP, not what was typed: an alias signs with the internal username.
    pub user_id: &'a str,
    pub srp_b: &'a str,
    pub salt: &'a str,
    pub secret_block: &'a str,
}

/// An exchange being made on another thread, taken by the next sign-in that uses SRP.
static PREPARED: Mutex<Option<JoinHandle<Result<SrpExchange, SrpError>>>> = Mutex::new(None);

/// Starts making the next sign-in's exchange on another thread, unless one is made or under
/// way. A is a 3072-bit exponentiation (~8 ms on a slow core): the window prepares it while
/// the person types, the command line while it sets up, so neither waits for it at Sign in.
pub fn prepare() {
    let Ok(mut slot) = PREPARED.lock() else {
        return;
    };
    if slot.is_none() {
        *slot = std::thread::Builder::new()
            .name("srp-prepare".to_owned())
            .spawn(SrpExchange::new)
            .ok();
    }
}

/// One SRP exchange: the client's secret `a` and public `A`.
pub struct SrpExchange {
    a: BigUint,
    big_a: BigUint,
}

impl std::fmt::Debug for SrpExchange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SrpExchange { a: [REDACTED], .. }")
    }
}

impl SrpExchange {
    /// A fresh exchange with 128 random bytes as `a`, as Amplify does.
    pub fn new() -> Result<Self, SrpError> {
        use ring::rand::SecureRandom as _;
        let mut bytes = zeroize::Zeroizing::new([0u8; 128]);
        ring::rand::SystemRandom::new()
            .fill(bytes.as_mut())
            .map_err(|_| SrpError::NoRandomness)?;
        Self::with_secret(BigUint::from_bytes_be(bytes.as_ref())).ok_or(SrpError::Unsafe)
    }

    /// The exchange `prepare` made (waiting for it if it is still being made), else a new one.
    /// Each prepared exchange is used once.
    pub fn prepared_or_new() -> Result<Self, SrpError> {
        let handle = PREPARED.lock().ok().and_then(|mut slot| slot.take());
        match handle.map(JoinHandle::join) {
            Some(Ok(made)) => made,
            // No exchange was prepared, or its thread died: make one here.
            _ => Self::new(),
        }
    }

    /// An exchange with a given `a`; `None` when A ≡ 0 (mod N).
    pub fn with_secret(a: BigUint) -> Option<Self> {
        let big_a = G.modpow(&a, &N);
        (big_a != BigUint::ZERO).then_some(Self { a, big_a })
    }

    /// SRP_A: lowercase hex of A, not padded.
    pub fn srp_a(&self) -> String {
        self.big_a.to_str_radix(16)
    }

    /// Signs the PASSWORD_VERIFIER challenge with the password (for a device's
    /// DEVICE_PASSWORD_VERIFIER, with the device's password: device_srp.rs).
    pub fn password_claim<P: ExposeSecret<str> + ?Sized>(
        &self,
        challenge: &VerifierChallenge<'_>,
        password: &P,
        timestamp: &str,
    ) -> Result<PasswordClaim, SrpError> {
        let key = self.authentication_key(challenge, password)?;
        let block = decode_secret_block(challenge.secret_block)?;
        let mac = hmac_sha256(
            &key,
            &[
                challenge.pool_name.as_bytes(),
                challenge.user_id.as_bytes(),
                &block,
                timestamp.as_bytes(),
            ],
        );
        Ok(PasswordClaim {
            timestamp: timestamp.to_owned(),
            signature: base64::engine::general_purpose::STANDARD.encode(mac),
        })
    }

    /// The 16-byte HKDF key both sides derive from the shared secret S.
    fn authentication_key<P: ExposeSecret<str> + ?Sized>(
        &self,
        challenge: &VerifierChallenge<'_>,
        password: &P,
    ) -> Result<[u8; 16], SrpError> {
        let VerifierChallenge {
            pool_name,
            user_id,
            srp_b,
            salt,
            ..
        } = *challenge;
        let b = parse_hex(srp_b).ok_or(SrpError::BadChallenge("SRP_B"))?;
        let salt = parse_hex(salt).ok_or(SrpError::BadChallenge("SALT"))?;
        if (&b % &*N) == BigUint::ZERO {
            return Err(SrpError::Unsafe);
        }
        let u = hash_to_int(&[&padded(&self.big_a), &padded(&b)]);
        if u == BigUint::ZERO {
            return Err(SrpError::Unsafe);
        }
        let x = private_x(pool_name, user_id, password.expose_secret(), &salt);
        // (B − k·g^x) mod N, kept non-negative by adding N before subtracting (both sides < N).
        let kgx = (&*K * G.modpow(&x, &N)) % &*N;
        let base = ((&b % &*N) + &*N - kgx) % &*N;
        let s = base.modpow(&(&self.a + &u * &x), &N);
        Ok(hkdf_16(&padded(&u), &padded(&s)))
    }
}

/// x = H(padHex(salt) ‖ H(poolName ‖ userId ‖ ":" ‖ password)), the exponent only the password's
/// holder knows.
fn private_x(pool_name: &str, user_id: &str, password: &str, salt: &BigUint) -> BigUint {
    let inner = Sha256::new()
        .chain_update(pool_name.as_bytes())
        .chain_update(user_id.as_bytes())
        .chain_update(b":")
        .chain_update(password.as_bytes())
        .finalize();
    hash_to_int(&[&padded(salt), inner.as_slice()])
}

/// The verifier g^x mod N a server keeps for `password` (protocol §5.3: ConfirmDevice sends a
/// device's), as Java-padded bytes.
pub(super) fn verifier_bytes(
    pool_name: &str,
    user_id: &str,
    password: &str,
    salt: &BigUint,
) -> Vec<u8> {
    padded(&G.modpow(&private_x(pool_name, user_id, password, salt), &N))
}

/// Cognito's TIMESTAMP: "Thu Nov 26 15:58:07 UTC 2026", the day not zero-padded.
pub fn timestamp(now: chrono::DateTime<chrono::Utc>) -> String {
    now.format("%a %b %-d %H:%M:%S UTC %Y").to_string()
}

/// Java `BigInteger.toByteArray()`: big-endian magnitude, with a 0x00 in front when the top bit
/// is set. Cognito's servers hash these bytes.
pub(super) fn padded(n: &BigUint) -> Vec<u8> {
    let mut bytes = n.to_bytes_be();
    if bytes.first().is_some_and(|b| b & 0x80 != 0) {
        bytes.insert(0, 0);
    }
    bytes
}

fn hash_to_int(parts: &[&[u8]]) -> BigUint {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part);
    }
    BigUint::from_bytes_be(&hasher.finalize())
}

/// Hex as Cognito sends it (possibly odd-length) to an integer.
fn parse_hex(hex: &str) -> Option<BigUint> {
    if hex.is_empty() || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    BigUint::parse_bytes(hex.as_bytes(), 16)
}

/// Standard base64; Amplify also accepts the URL-safe alphabet and missing padding.
fn decode_secret_block(block: &str) -> Result<Vec<u8>, SrpError> {
    use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
    STANDARD
        .decode(block)
        .or_else(|_| URL_SAFE_NO_PAD.decode(block.trim_end_matches('=')))
        .map_err(|_| SrpError::BadChallenge("SECRET_BLOCK"))
}

/// HKDF-SHA256 (RFC 5869) with one output block, cut to 16 bytes.
fn hkdf_16(salt: &[u8], ikm: &[u8]) -> [u8; 16] {
    let prk = hmac_sha256(salt, &[ikm]);
    let okm = hmac_sha256(&prk, &[INFO, &[1]]);
    let mut key = [0u8; 16];
    key.copy_from_slice(&okm[..16]);
    key
}

#[cfg(test)]
#[path = "srp_tests.rs"]
mod tests;
