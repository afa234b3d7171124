//! JSON: the report model itself, pretty-printed, money as two-decimal strings.

use serde::Serialize;

pub fn to_json<T: Serialize>(report: &T) -> Vec<u8> {
    let mut v = serde_json::to_vec_pretty(report).expect("report models serialise");
    v.push(b'\n');
    v
}

/// `to_json` streamed into `w`: the same bytes, without holding them.
pub fn write_json<T: Serialize>(report: &T, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, report)?;
    w.write_all(b"\n")
}
