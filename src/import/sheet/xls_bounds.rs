//! Measures an xls workbook before calamine reads it: calamine lays every sheet out as a dense
//! grid from its cells' bounding box while opening the file, so one malformed cell record far
//! from the others makes an 8 KB file allocate gigabytes (found by fuzzing). This reads the
//! compound file's `Workbook` stream and the BIFF cell records' positions only, and returns
//! the cells the dense grids would take, summed over sheets.

/// Cell records (BIFF5/8) whose data starts with `row: u16, col: u16`.
const CELL: &[u16] = &[
    0x0006, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x00D6,
];
/// MULRK and MULBLANK: `row, first col, …, last col` (the last u16 of the record).
const MULTI: &[u16] = &[0x00BD, 0x00BE];
const BOF: u16 = 0x0809;
/// DIMENSIONS: calamine reserves room for `rows × columns` cells as the record declares them.
const DIMENSIONS: u16 = 0x0200;
const BOUNDSHEET: u16 = 0x0085;
const EOF: u16 = 0x000A;

/// What measuring an xls file found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Measure {
    /// The cells the dense sheet grids take, summed over sheets.
    Cells(u64),
    /// A sector chain of the compound file runs in a loop (or longer than the file): calamine
    /// would follow it until memory runs out (found by fuzzing xls).
    LoopingChain,
    /// The file cannot be walked; calamine describes the problem.
    Unknown,
}

pub(crate) fn measure(bytes: &[u8]) -> Measure {
    let looped = std::cell::Cell::new(false);
    match workbook_stream(bytes, &looped) {
        _ if looped.get() => Measure::LoopingChain,
        Some(stream) => dense_cells(&stream).map_or(Measure::Unknown, Measure::Cells),
        None => Measure::Unknown,
    }
}

/// The dense cells of all sheets of a BIFF `Workbook` stream: the whole stream walked record
/// by record, and each sheet walked again from the offset its BOUNDSHEET record gives (where
/// calamine starts reading it, even when the records before do not line up).
fn dense_cells(stream: &[u8]) -> Option<u64> {
    let whole = walk(stream, 0, false)?;
    let mut sheets: (u64, u64) = (0, 0);
    for &offset in &whole.2 {
        if let Some(one) = walk(stream, offset as usize, true) {
            sheets.0 += one.0;
            sheets.1 += one.1;
        }
    }
    Some(whole.0.max(whole.1).max(sheets.0).max(sheets.1))
}

/// From `at`: (dense cells, declared cells, BOUNDSHEET offsets); stops at the end of the
/// stream, or at the first EOF record when `one_sheet`.
fn walk(stream: &[u8], mut at: usize, one_sheet: bool) -> Option<(u64, u64, Vec<u32>)> {
    let mut total: u64 = 0;
    let mut declared: u64 = 0;
    let mut offsets = Vec::new();
    let mut bounds: Option<(u32, u32, u32, u32)> = None;
    let mut flush = |b: &mut Option<(u32, u32, u32, u32)>| {
        if let Some((r0, r1, c0, c1)) = b.take() {
            total =
                total.saturating_add(u64::from(r1 - r0 + 1).saturating_mul(u64::from(c1 - c0 + 1)));
        }
    };
    while at + 4 <= stream.len() {
        let typ = u16_at(stream, at)?;
        let len = u16_at(stream, at + 2)? as usize;
        let data = stream.get(at + 4..at + 4 + len).unwrap_or(&[]);
        at += 4 + len;
        let mut add = |row: u16, col: u16| {
            let (r, c) = (u32::from(row), u32::from(col));
            bounds = Some(match bounds {
                None => (r, r, c, c),
                Some((r0, r1, c0, c1)) => (r0.min(r), r1.max(r), c0.min(c), c1.max(c)),
            });
        };
        if typ == EOF && one_sheet {
            break;
        } else if typ == BOUNDSHEET && data.len() >= 4 {
            offsets.push(u32_at(data, 0)?);
        } else if typ == BOF {
            flush(&mut bounds);
        } else if typ == DIMENSIONS {
            declared = declared.saturating_add(declared_cells(data));
        } else if CELL.contains(&typ) && data.len() >= 4 {
            add(u16_at(data, 0)?, u16_at(data, 2)?);
        } else if MULTI.contains(&typ) && data.len() >= 6 {
            let row = u16_at(data, 0)?;
            add(row, u16_at(data, 2)?);
            add(row, u16_at(data, data.len() - 2)?);
        }
    }
    flush(&mut bounds);
    Some((total, declared, offsets))
}

/// The cells calamine 0.38 reserves for a DIMENSIONS record (its `parse_dimensions`, with the
/// u32 arithmetic of a release build): a forged record declares billions (found by fuzzing).
fn declared_cells(r: &[u8]) -> u64 {
    let (rf, rl, mut cf, cl) = match r.len() {
        10 => (
            u32::from(u16_at(r, 0).unwrap_or(0)),
            u32::from(u16_at(r, 2).unwrap_or(0)),
            u32::from(u16_at(r, 4).unwrap_or(0)),
            u32::from(u16_at(r, 6).unwrap_or(0)),
        ),
        14 | 16 => (
            u32_at(r, 0).unwrap_or(0),
            u32_at(r, 4).unwrap_or(0),
            u32::from(u16_at(r, 8).unwrap_or(0)),
            u32::from(u16_at(r, 10).unwrap_or(0)),
        ),
        _ => return 0,
    };
    if 0xFF < cf || cl < cf {
        cf = 0;
    }
    let (end_r, end_c) = if 1 <= rl && 1 <= cl {
        (rl - 1, cl - 1)
    } else {
        (rf, cf)
    };
    let rows = end_r.wrapping_sub(rf).wrapping_add(1);
    let cols = end_c.wrapping_sub(cf).wrapping_add(1);
    u64::from(rows).saturating_mul(u64::from(cols))
}

fn u16_at(b: &[u8], i: usize) -> Option<u16> {
    Some(u16::from_le_bytes([*b.get(i)?, *b.get(i + 1)?]))
}

fn u32_at(b: &[u8], i: usize) -> Option<u32> {
    Some(u32::from_le_bytes([
        *b.get(i)?,
        *b.get(i + 1)?,
        *b.get(i + 2)?,
        *b.get(i + 3)?,
    ]))
}

const END: u32 = 0xFFFF_FFFE;
/// Special sector ids from here up (DIFAT, FAT, end of chain, free) are no sectors.
const DIFSECT: u32 = 0xFFFF_FFFC;

/// A compound file's sectors, read as calamine 0.38 reads them.
struct Cfb<'a> {
    b: &'a [u8],
    /// The sector size's power of two (9: 512 bytes, 12: 4 096).
    shift: u16,
    size: usize,
    /// The number of sectors the file can hold: a chain of more steps runs in a loop.
    sectors: usize,
    looped: &'a std::cell::Cell<bool>,
}

impl<'a> Cfb<'a> {
    fn new(b: &'a [u8], looped: &'a std::cell::Cell<bool>) -> Option<Cfb<'a>> {
        let shift = u16_at(b, 0x1E)?;
        if !(7..=16).contains(&shift) {
            return None;
        }
        let size = 1usize << shift;
        Some(Cfb {
            b,
            shift,
            size,
            sectors: b.len() / size + 1,
            looped,
        })
    }

    /// Sector `n`; a sector cut short by the end of the file reads as far as it goes (as
    /// calamine reads it).
    fn sector(&self, n: u32) -> Option<&'a [u8]> {
        let (b, size) = (self.b, self.size);
        let start = (n as usize + 1).checked_mul(size)?;
        if start > b.len() + size {
            return None;
        }
        let end = (start + size).min(b.len());
        Some(b.get(start.min(end)..end).unwrap_or(&[]))
    }

    fn big(&self, n: u32) -> Option<Vec<u8>> {
        self.sector(n).map(<[u8]>::to_vec)
    }

    /// The FAT: the sectors the DIFAT lists (109 in the header, then DIFAT sectors).
    fn fat(&self) -> Option<Vec<u32>> {
        let (b, size) = (self.b, self.size);
        let mut fat_sectors: Vec<u32> = (0..109).filter_map(|i| u32_at(b, 0x4C + i * 4)).collect();
        let mut difat = u32_at(b, 0x44)?;
        let per = size / 4 - 1;
        let mut guard = 0;
        while difat < END {
            if guard > self.sectors {
                self.looped.set(true);
                return None;
            }
            let s = self.sector(difat)?;
            fat_sectors.extend((0..per).filter_map(|i| u32_at(s, i * 4)));
            difat = u32_at(s, per * 4)?;
            guard += 1;
        }
        let mut fat: Vec<u32> = Vec::new();
        for &n in fat_sectors.iter().filter(|&&n| n < DIFSECT) {
            let s = self.sector(n)?;
            fat.extend((0..size / 4).filter_map(|i| u32_at(s, i * 4)));
        }
        Some(fat)
    }

    /// Follows a sector chain until `want` bytes, its end, a sector past the file or a loop
    /// (a damaged file is measured as far as it can be read, as calamine reads it).
    fn chain(
        &self,
        start: u32,
        want: usize,
        max_steps: usize,
        table: &[u32],
        read: &dyn Fn(u32) -> Option<Vec<u8>>,
    ) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        let mut n = start;
        let mut steps = 0;
        while n < END && out.len() < want {
            if steps > max_steps {
                self.looped.set(true);
                return None;
            }
            let Some(bytes) = read(n) else { break };
            out.extend(bytes);
            let Some(&next) = table.get(n as usize) else {
                break;
            };
            n = next;
            steps += 1;
        }
        Some(out)
    }

    /// A whole-sector chain through the FAT.
    fn big_chain(&self, start: u32, want: usize, fat: &[u32]) -> Option<Vec<u8>> {
        self.chain(start, want, self.sectors, fat, &|n| self.big(n))
    }

    /// The stream size a 128-byte directory entry declares (64 bits beyond version 3).
    fn declared_len(&self, e: &[u8]) -> Option<usize> {
        Some(if self.shift == 9 {
            u32_at(e, 0x78)? as usize
        } else {
            let lo = u64::from(u32_at(e, 0x78)?);
            let hi = u64::from(u32_at(e, 0x7C)?);
            usize::try_from(lo | hi << 32).unwrap_or(usize::MAX)
        })
    }

    /// The directory's entries as calamine 0.38 reads them: the name is the 64-byte field up to
    /// its first NUL; then the first sector and the declared size.
    fn entries(&self, dir: &[u8]) -> Vec<(String, u32, usize)> {
        dir.chunks_exact(128)
            .map(|e| {
                let units: Vec<u16> = e[..64]
                    .chunks_exact(2)
                    .map(|c| u16::from_le_bytes([c[0], c[1]]))
                    .collect();
                let mut name = String::from_utf16_lossy(&units);
                if let Some(l) = name.as_bytes().iter().position(|b| *b == 0) {
                    name.truncate(l);
                }
                let start = u32_at(e, 0x74).unwrap_or(END);
                (name, start, self.declared_len(e).unwrap_or(0))
            })
            .collect()
    }

    /// calamine reads the mini stream (the first entry's chain, as long as it declares) and the
    /// mini FAT whenever the header counts mini FAT sectors: walks them too, for loops.
    fn walk_mini(&self, dir: &[u8], fat: &[u32]) -> Option<()> {
        let mini_fat_len = u32_at(self.b, 0x40)? as usize;
        if mini_fat_len > 0 {
            let first = dir.get(..128)?;
            let root_len = self.declared_len(first)?;
            self.big_chain(u32_at(first, 0x74)?, root_len, fat)?;
            self.big_chain(
                u32_at(self.b, 0x3C)?,
                mini_fat_len.saturating_mul(self.size),
                fat,
            )?;
        }
        Some(())
    }

    /// A small stream: it lives in the mini stream (the root entry's chain), in 64-byte sectors.
    fn mini_chain(&self, start: u32, len: usize, root_start: u32, fat: &[u32]) -> Option<Vec<u8>> {
        let mini_shift = u16_at(self.b, 0x20)?;
        if mini_shift > 12 {
            return None;
        }
        let mini_size = 1usize << mini_shift;
        let minifat_bytes = self.big_chain(u32_at(self.b, 0x3C)?, usize::MAX, fat)?;
        let minifat: Vec<u32> = (0..minifat_bytes.len() / 4)
            .filter_map(|i| u32_at(&minifat_bytes, i * 4))
            .collect();
        let mini_stream = self.big_chain(root_start, usize::MAX, fat)?;
        let read = |n: u32| {
            mini_stream
                .get(n as usize * mini_size..(n as usize + 1) * mini_size)
                .map(<[u8]>::to_vec)
        };
        self.chain(start, len, mini_stream.len() / mini_size, &minifat, &read)
    }
}

/// The bytes of the `Workbook` (or `Book`) stream of a compound file.
fn workbook_stream(b: &[u8], looped: &std::cell::Cell<bool>) -> Option<Vec<u8>> {
    let cfb = Cfb::new(b, looped)?;
    let fat = cfb.fat()?;
    let dir = cfb.big_chain(u32_at(b, 0x30)?, usize::MAX, &fat)?;
    // Matched without case and whatever the entry's type; "Workbook" first, then "Book".
    let entries = cfb.entries(&dir);
    let find = |want: &str| {
        entries
            .iter()
            .find(|(n, ..)| n.as_bytes().eq_ignore_ascii_case(want.as_bytes()))
            .map(|(_, s, l)| (*s, *l))
    };
    let found = find("Workbook").or_else(|| find("Book"));
    let root_start = entries.first().map_or(END, |e| e.1);
    cfb.walk_mini(&dir, &fat)?;
    let (start, len) = found?;
    // calamine's cut-off between the mini stream and whole sectors is 4 096 bytes, always.
    let cutoff = 4096;
    let mut data = if len < cutoff {
        cfb.mini_chain(start, len, root_start, &fat)?
    } else {
        cfb.big_chain(start, len, &fat)?
    };
    data.truncate(len);
    Some(data)
}

#[cfg(test)]
mod tests {
    use super::Measure;

    #[test]
    fn the_typed_fixture_measures_its_small_grid() {
        let bytes = std::fs::read("tests/fixtures/import/typed.xls").unwrap();
        match super::measure(&bytes) {
            Measure::Cells(n) => assert!(n > 0 && n < 1_000, "{n}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_forged_dimensions_record_is_measured() {
        let bytes =
            std::fs::read("tests/fixtures/fuzz-regressions/xls-forged-dimensions.xls").unwrap();
        match super::measure(&bytes) {
            Measure::Cells(n) => assert!(n > super::super::open::MAX_XLS_DENSE_CELLS, "{n}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_looping_mini_stream_chain_is_found() {
        let bytes =
            std::fs::read("tests/fixtures/fuzz-regressions/xls-looping-mini-stream.xls").unwrap();
        assert_eq!(super::measure(&bytes), Measure::LoopingChain);
    }

    #[test]
    fn a_fat_sector_id_in_the_difat_is_skipped_as_calamine_skips_it() {
        // The DIFAT lists 0xFFFFFFFD; its three sheets span 522 × 65 531, 3 × 2 and 2 × 12.
        let bytes = std::fs::read("tests/fixtures/fuzz-regressions/xls-wide-grid.xls").unwrap();
        assert_eq!(
            super::measure(&bytes),
            Measure::Cells(522 * 65_531 + 3 * 2 + 2 * 12)
        );
    }

    #[test]
    fn a_sheet_read_from_its_boundsheet_offset_is_measured() {
        let bytes =
            std::fs::read("tests/fixtures/fuzz-regressions/xls-sheet-at-offset.xls").unwrap();
        match super::measure(&bytes) {
            Measure::Cells(n) => assert!(n > super::super::open::MAX_XLS_DENSE_CELLS, "{n}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_far_label_is_measured_whatever_the_header_cut_off_says() {
        let bytes = std::fs::read("tests/fixtures/fuzz-regressions/xls-far-label.xls").unwrap();
        match super::measure(&bytes) {
            Measure::Cells(n) => assert!(n > super::super::open::MAX_XLS_DENSE_CELLS, "{n}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_looping_directory_chain_is_found() {
        let bytes =
            std::fs::read("tests/fixtures/fuzz-regressions/xls-looping-sector-chain.xls").unwrap();
        assert_eq!(super::measure(&bytes), Measure::LoopingChain);
    }
}
