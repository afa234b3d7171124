//! A small, fast, non-cryptographic hasher (the multiply-rotate scheme of rustc's FxHasher) for
//! the rules' per-entry hash maps, where std's SipHash costs more than the lookups themselves.
//! Keys come from the user's own ledger, so flooding resistance is not needed.

use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

#[derive(Default, Clone, Copy)]
pub struct FxHasher {
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
    fn finish(&self) -> u64 {
        self.hash
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
}
