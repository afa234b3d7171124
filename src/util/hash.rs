//! Hashing: SHA-256 (hex) of the bytes an input file or a canonical listing holds, which every
//! report records; and a small, fast, non-cryptographic hasher (the multiply-rotate scheme of
//! rustc's FxHasher) for the per-entry hash maps of the ledger and the rules, where std's
//! SipHash costs more than the lookups themselves. Keys come from the user's own ledger, so
//! flooding resistance is not needed.

use sha2::{Digest, Sha256};
use std::hash::{BuildHasherDefault, Hasher};

/// SHA-256 of `bytes`, lower-case hex.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    /// The state mixed once more (murmur3's finaliser): the multiply-rotate state carries
    /// little of the early words in its low bits, which pick the hash map's bucket, so keys
    /// such as `E-0000001 … E-1004121` would crowd into a few thousand buckets.
    #[inline]
    fn finish(&self) -> u64 {
        let mut h = self.hash;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

/// `HashMap<K, V, FxBuild>`: a std map with the fast hasher.
pub type FxBuild = BuildHasherDefault<FxHasher>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn a_map_with_the_fast_hasher_finds_what_it_holds() {
        let mut m: HashMap<(String, i128), usize, FxBuild> = HashMap::default();
        for i in 0..1000 {
            m.insert((format!("doc-{i}"), i as i128 * 7), i as usize);
        }
        assert_eq!(m.len(), 1000);
        assert_eq!(m.get(&("doc-77".to_string(), 539)), Some(&77));
        assert_eq!(m.get(&("doc-77".to_string(), 540)), None);
    }

    #[test]
    fn sequential_ids_spread_over_the_low_bits() {
        // Hash maps pick a bucket by the low bits: ids that differ only in their digits must
        // not share them. 100 000 random values fall on about 65 536 × (1 − e^(−100000/65536))
        // ≈ 51 300 distinct low 16 bits; without the final mix these ids fell on 1 024.
        use std::hash::BuildHasher;
        let low: std::collections::HashSet<u64> = (0..100_000)
            .map(|i| FxBuild::default().hash_one(format!("E-{i:07}").as_str()) & 0xffff)
            .collect();
        assert!(low.len() > 48_000, "{} distinct low 16 bits", low.len());
    }
}
