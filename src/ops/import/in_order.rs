//! A load into an empty table, stored in key order. Keys arrive in no order, and each insert
//! walks the key index from its root to a leaf: once the index outgrows the processor's
//! caches, every walk is a string of cache misses, and the cost of a row grows with the rows
//! stored. Sorted first (in memory within a budget, beyond it in sorted runs on disk), every
//! insert lands at the right edge of the index, on pages already in hand.
use crate::db::records::Row;
use crate::ops::spill::{held, read_exact_or_end, Item, Spill};
use std::cmp::Ordering;
use std::io::{self, Read, Write};

/// What the rows waiting to be stored may hold in memory before going to disk.
pub const BUDGET: usize = 256 << 20;

/// A row, packed into one allocation (a load of millions of rows would otherwise hold ten
/// each, and free them on another thread than allocated them): the number of its key values,
/// the number of values, its line, each value and its flags, lengths first. Ordered by key,
/// then by line (a later line of a key comes after, and supersedes, an earlier one, as in the
/// file); `prefix`, the first 16 bytes of the first key value, settles most comparisons
/// without reading the record.
#[derive(Debug)]
pub struct Keyed {
    prefix: u128,
    rec: Box<[u8]>,
}

const HEAD: usize = 2 + 8;

fn prefix_of(first: &[u8]) -> u128 {
    let mut b = [0u8; 16];
    let n = first.len().min(16);
    b[..n].copy_from_slice(&first[..n]);
    u128::from_be_bytes(b)
}

/// The values of a packed record in turn.
struct Values<'a> {
    rest: &'a [u8],
}

impl<'a> Iterator for Values<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        let (len, rest) = self.rest.split_first_chunk::<4>()?;
        let (v, rest) = rest.split_at(u32::from_le_bytes(*len) as usize);
        self.rest = rest;
        Some(v)
    }
}

impl Keyed {
    /// `row` packed, its first `key` values its natural key.
    pub fn new(row: &Row, key: usize) -> Keyed {
        let size = HEAD + row.values.iter().map(|v| 4 + v.len()).sum::<usize>() + 4 + row.flags.len();
        let mut rec = Vec::with_capacity(size);
        rec.push(key.min(row.values.len()) as u8);
        rec.push(row.values.len() as u8);
        rec.extend_from_slice(&row.line.to_le_bytes());
        for v in row.values.iter().chain([&row.flags]) {
            rec.extend_from_slice(&(v.len() as u32).to_le_bytes());
            rec.extend_from_slice(v.as_bytes());
        }
        Keyed::packed(rec.into_boxed_slice())
    }

    fn packed(rec: Box<[u8]>) -> Keyed {
        let prefix = Values { rest: &rec[HEAD..] }.next().map_or(0, prefix_of);
        Keyed { prefix, rec }
    }

    fn line(&self) -> u64 {
        u64::from_le_bytes(self.rec[2..HEAD].try_into().expect("8 bytes"))
    }

    /// The row back, into `row`'s own strings (no allocation once they are large enough).
    pub fn unpack_into(&self, row: &mut Row) -> io::Result<()> {
        let n = usize::from(self.rec[1]);
        row.line = self.line();
        row.values.resize_with(n, String::new);
        let mut values = Values { rest: &self.rec[HEAD..] };
        for (slot, v) in row.values.iter_mut().chain([&mut row.flags]).zip(&mut values) {
            slot.clear();
            // Packed from strings, so valid UTF-8: checked again (it may have been on disk).
            slot.push_str(std::str::from_utf8(v).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?);
        }
        Ok(())
    }
}

impl PartialEq for Keyed {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Keyed {}

impl PartialOrd for Keyed {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Keyed {
    fn cmp(&self, other: &Self) -> Ordering {
        self.prefix.cmp(&other.prefix).then_with(|| {
            let key = usize::from(self.rec[0].min(other.rec[0]));
            let a = Values { rest: &self.rec[HEAD..] }.take(key);
            let b = Values { rest: &other.rec[HEAD..] }.take(key);
            a.cmp(b).then_with(|| self.line().cmp(&other.line()))
        })
    }
}

impl Item for Keyed {
    fn heap(&self) -> usize {
        held(self.rec.len())
    }

    fn write(&self, out: &mut impl Write) -> io::Result<()> {
        out.write_all(&(self.rec.len() as u32).to_le_bytes())?;
        out.write_all(&self.rec)
    }

    fn read(input: &mut impl Read) -> io::Result<Option<Keyed>> {
        let mut len = [0u8; 4];
        if !read_exact_or_end(input, &mut len)? {
            return Ok(None);
        }
        let len = u32::from_le_bytes(len) as usize;
        let mut rec = Vec::with_capacity(len);
        input.take(len as u64).read_to_end(&mut rec)?;
        if rec.len() != len || rec.len() < HEAD {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "a sorted row's record is cut short"));
        }
        Ok(Some(Keyed::packed(rec.into_boxed_slice())))
    }
}

/// The rows of a load gathered, to be read back in key order.
pub type Gathered<'b> = Spill<'b, Keyed>;

/// The gathered rows in key order, a piece of `piece` rows at a time to `each`, on this
/// thread; the merge and the unpacking run on another, a piece ahead.
pub fn each_piece(gathered: Gathered<'_>, piece: usize, mut each: impl FnMut(&[Row]) -> anyhow::Result<()>) -> anyhow::Result<()> {
    let piece = piece.max(1);
    std::thread::scope(|s| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<io::Result<(Vec<Row>, usize)>>(1);
        // Pieces written come back to be filled again: their strings are reused.
        let (spent_tx, spent_rx) = std::sync::mpsc::channel::<Vec<Row>>();
        s.spawn(move || {
            let fill = || -> io::Result<()> {
                let mut merged = crate::ops::spill::merge(vec![gathered])?;
                loop {
                    let mut rows = spent_rx.try_recv().unwrap_or_else(|_| vec![Row::default(); piece]);
                    let mut filled = 0;
                    while filled < piece {
                        let Some(k) = merged.next().transpose()? else { break };
                        k.unpack_into(&mut rows[filled])?;
                        filled += 1;
                    }
                    if filled == 0 || tx.send(Ok((rows, filled))).is_err() {
                        return Ok(());
                    }
                }
            };
            if let Err(e) = fill() {
                let _ = tx.send(Err(e));
            }
        });
        for got in rx {
            let (rows, filled) = got?;
            each(&rows[..filled])?;
            let _ = spent_tx.send(rows);
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::spill;

    fn row(line: u64, id: &str, region: &str, name: &str) -> Row {
        Row {
            line,
            values: vec![id.into(), region.into(), name.into()],
            flags: if line.is_multiple_of(2) { "W".into() } else { String::new() },
        }
    }

    /// Rows in key order, a key's lines in file order, the same from disk as from memory, and
    /// every value read back as written (non-ASCII included).
    #[test]
    fn rows_come_back_in_key_order_then_line_order() {
        let rows = || {
            (1..=5_000u64)
                .map(|i| {
                    let id = format!("4401{:014}", (i * 7_919) % 1_237);
                    row(i, &id, if i % 3 == 0 { "440103" } else { "440104" }, &format!("姓名{i}"))
                })
                .collect::<Vec<_>>()
        };
        let mut expected = rows();
        expected.sort_by(|a, b| (&a.values[..2], a.line).cmp(&(&b.values[..2], b.line)));
        for limit in [64 << 20, 64 << 10] {
            let budget = spill::Budget::new(limit);
            let mut gathered = Gathered::new(&budget);
            for r in rows() {
                gathered.push(Keyed::new(&r, 2)).unwrap();
            }
            let mut back = Vec::new();
            for k in spill::merge(vec![gathered]).unwrap() {
                let mut r = Row::default();
                k.unwrap().unpack_into(&mut r).unwrap();
                back.push(r);
            }
            assert_eq!(back.len(), expected.len());
            for (a, b) in back.iter().zip(&expected) {
                assert_eq!((a.line, &a.values, &a.flags), (b.line, &b.values, &b.flags));
            }
            assert_eq!(budget.spilled() > 0, limit == 64 << 10, "the small budget spills, the large one does not");
        }
    }

    /// The packed order is the order of the values themselves, however long the keys, where
    /// one is a prefix of another, and whatever bytes they hold.
    #[test]
    fn packed_order_is_the_values_order() {
        let keys = [
            ("", "b"),
            ("a", "b"),
            ("a\0", ""),
            ("abcdefghijklmnop", "z"),
            ("abcdefghijklmnop", ""),
            ("abcdefghijklmnopq", "a"),
            ("abcdefghijklmnop\0", "a"),
            ("abcdefghijklmno", "zz"),
            ("é", "a"),
            ("\u{ff}", "a"),
            ("a", "a"),
        ];
        let rows: Vec<Row> = keys.iter().enumerate().map(|(i, (a, b))| row(keys.len() as u64 - i as u64, a, b, "x")).collect();
        for x in &rows {
            for y in &rows {
                let (kx, ky) = (Keyed::new(x, 2), Keyed::new(y, 2));
                assert_eq!(kx.cmp(&ky), (&x.values[..2], x.line).cmp(&(&y.values[..2], y.line)), "{x:?} against {y:?}");
            }
        }
    }
}
