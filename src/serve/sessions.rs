//! The reviews in progress, one per browser (per session cookie): two reviewers never see or
//! overwrite each other's uploads, parameters or checklist. Held in memory only, each dropped
//! after [`IDLE`] without a request to the review page, and at most [`MAX`] at once (the least
//! recently used goes first). What a session holds is bounded: its uploads are on disk under
//! `--out` (each within `--max-upload-mb`), in memory only the last report (the sample's rows).

use super::review::Session;
use super::state::random_hex;
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// A review untouched this long is forgotten (its files under `--out` stay).
pub(crate) const IDLE: Duration = Duration::from_secs(8 * 60 * 60);
/// At most this many reviews are held at once.
pub(crate) const MAX: usize = 16;

/// One browser's review: a short id for its file names, when it was last used, the review.
pub(crate) struct Slot {
    /// Six hex digits, unique among the slots: `review-<period>-<id>.xlsx`.
    pub id: String,
    last: Instant,
    pub review: Option<Session>,
}

#[derive(Default)]
pub(crate) struct Reviews {
    by_browser: HashMap<String, Slot>,
}

impl Reviews {
    /// The slot of `browser` (its session cookie), made if it has none; expired slots are
    /// dropped first, and the least recently used when [`MAX`] are held.
    pub fn slot(&mut self, browser: &str, now: Instant) -> &mut Slot {
        self.by_browser
            .retain(|_, s| now.saturating_duration_since(s.last) < IDLE);
        if !self.by_browser.contains_key(browser) {
            while self.by_browser.len() >= MAX {
                let oldest = self
                    .by_browser
                    .iter()
                    .min_by_key(|(_, s)| s.last)
                    .map(|(k, _)| k.clone())
                    .expect("a slot to drop");
                self.by_browser.remove(&oldest);
            }
            let id = loop {
                let id = random_hex(3);
                if !self.by_browser.values().any(|s| s.id == id) {
                    break id;
                }
            };
            self.by_browser.insert(
                browser.to_string(),
                Slot {
                    id,
                    last: now,
                    review: None,
                },
            );
        }
        let slot = self.by_browser.get_mut(browser).expect("just made");
        slot.last = now;
        slot
    }

    /// The slot of `browser` if it has one (not expired), marked as used now. Looking at the
    /// review page makes no slot: only a review started does.
    pub fn find(&mut self, browser: &str, now: Instant) -> Option<&mut Slot> {
        self.by_browser
            .retain(|_, s| now.saturating_duration_since(s.last) < IDLE);
        let slot = self.by_browser.get_mut(browser)?;
        slot.last = now;
        Some(slot)
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.by_browser.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_browser_has_its_own_slot_and_old_ones_go() {
        let mut r = Reviews::default();
        let t0 = Instant::now();
        let a = r.slot("a", t0).id.clone();
        let b = r.slot("b", t0).id.clone();
        assert_ne!(a, b);
        assert_eq!(r.slot("a", t0).id, a, "the same browser, the same slot");
        assert!(r.find("nobody", t0).is_none(), "looking makes no slot");
        assert_eq!(r.len(), 2);
        // Idle past the limit: forgotten, a new slot with a new id.
        let later = t0 + IDLE + Duration::from_secs(1);
        r.slot("c", later);
        assert_eq!(r.len(), 1);
        // Never more than MAX: the least recently used goes.
        for i in 0..MAX + 3 {
            r.slot(&format!("x{i}"), later + Duration::from_secs(i as u64));
        }
        assert_eq!(r.len(), MAX);
        assert!(!r.by_browser.contains_key("c"));
        assert!(r.by_browser.contains_key(&format!("x{}", MAX + 2)));
    }
}
