//! Bounded memory for what grows with the data: a check run's candidate keys and the
//! per-record findings waiting to be sorted into the stored order, an import's rows waiting
//! to be stored in key order. They are held in memory only while all of it together fits one
//! [`Budget`]. Beyond that, the buffer that grows sorts what it holds and writes it to an
//! anonymous temporary file as a sorted run (unlinked from the start: private to this
//! process, and gone when it exits, however it exits). Reading merges the runs and what is
//! still in memory, in order: the same sequence as sorting everything in memory.
use crate::db::checks::Finding;
use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, Write};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering as Atomic};

/// The bytes the buffers of one run may hold together.
pub struct Budget {
    limit: usize,
    used: AtomicUsize,
    /// Bytes written to temporary files, for `--timings` and the tests.
    spilled: AtomicU64,
}

impl Budget {
    pub fn new(limit: usize) -> Budget {
        Budget { limit: limit.max(64 << 10), used: AtomicUsize::new(0), spilled: AtomicU64::new(0) }
    }

    /// Bytes written to disk so far.
    pub fn spilled(&self) -> u64 {
        self.spilled.load(Atomic::Relaxed)
    }

    fn grow(&self, n: usize) -> usize {
        self.used.fetch_add(n, Atomic::Relaxed) + n
    }

    fn shrink(&self, n: usize) {
        self.used.fetch_sub(n, Atomic::Relaxed);
    }

    /// A buffer smaller than this is not written out on its own: the larger ones are, rather
    /// than a file of a few rows each time any buffer grows.
    fn least_run(&self) -> usize {
        self.limit / 32
    }

    /// Items a buffer of `T` holding `capacity` grows by: as many again, within 1,024 and a
    /// sixteenth of the budget.
    fn step<T>(&self, capacity: usize) -> usize {
        let most = (self.limit / 16 / std::mem::size_of::<T>().max(1)).max(1024);
        capacity.clamp(1024, most)
    }
}

/// Bytes the allocator holds for a block of `cap` bytes on the heap: its header, rounded up to
/// 16 bytes, 32 at least.
pub fn held(cap: usize) -> usize {
    if cap == 0 {
        0
    } else {
        (cap + 8).next_multiple_of(16).max(32)
    }
}

/// What a buffer holds: ordered, and written to and read from a file.
pub trait Item: Ord + Sized {
    /// Bytes it holds on the heap besides its own size.
    fn heap(&self) -> usize {
        0
    }
    fn write(&self, out: &mut impl Write) -> io::Result<()>;
    /// The next item, `None` at the end of the file.
    fn read(input: &mut impl Read) -> io::Result<Option<Self>>;
}

/// Items gathered in any order, read back sorted.
pub struct Spill<'b, T: Item> {
    budget: &'b Budget,
    mem: Vec<T>,
    /// Bytes `mem` holds (its capacity and the items' heap), as counted in the budget.
    held: usize,
    /// `mem`'s capacity as counted in `held`.
    counted: usize,
    runs: Vec<File>,
}

impl<'b, T: Item> Spill<'b, T> {
    pub fn new(budget: &'b Budget) -> Spill<'b, T> {
        Spill { budget, mem: Vec::new(), held: 0, counted: 0, runs: Vec::new() }
    }

    pub fn push(&mut self, item: T) -> io::Result<()> {
        if self.mem.len() == self.mem.capacity() {
            self.make_room()?;
        }
        let heap = item.heap();
        self.mem.push(item);
        let n = heap + (self.mem.capacity() - self.counted) * std::mem::size_of::<T>();
        self.counted = self.mem.capacity();
        self.held += n;
        if self.budget.grow(n) > self.budget.limit && self.held >= self.budget.least_run() {
            self.write_run()?;
        }
        Ok(())
    }

    /// Room for more items. The vector grows by at most a sixteenth of the budget at a time,
    /// not by doubling: a doubling holds the old and the new buffer at once, half again more
    /// than the budget counted. Where the budget has no room for the step, what is held goes
    /// to disk first.
    fn make_room(&mut self) -> io::Result<()> {
        let step = self.budget.step::<T>(self.mem.capacity());
        let used = self.budget.used.load(Atomic::Relaxed);
        if used + step * std::mem::size_of::<T>() > self.budget.limit && self.held >= self.budget.least_run() {
            self.write_run()?;
        }
        self.mem.reserve_exact(step);
        Ok(())
    }

    /// Done gathering: sorted now, on the thread that gathered; written out too when the
    /// budget is more than half used, so that a finished buffer does not hold memory the
    /// ones still growing need.
    pub fn done(&mut self) -> io::Result<()> {
        if !self.runs.is_empty() || self.budget.used.load(Atomic::Relaxed) > self.budget.limit / 2 {
            self.write_run()
        } else {
            self.mem.sort_unstable();
            Ok(())
        }
    }

    fn write_run(&mut self) -> io::Result<()> {
        if self.mem.is_empty() {
            return Ok(());
        }
        self.mem.sort_unstable();
        let mut out = Counted::temporary()?;
        for item in self.mem.drain(..) {
            item.write(&mut out)?;
        }
        self.budget.spilled.fetch_add(out.bytes, Atomic::Relaxed);
        let mut file = out.inner.into_inner().map_err(io::IntoInnerError::into_error)?;
        file.rewind()?;
        self.runs.push(file);
        // The vector's capacity goes too: it is what holds the memory.
        self.mem = Vec::new();
        self.counted = 0;
        self.budget.shrink(std::mem::take(&mut self.held));
        Ok(())
    }
}

impl<T: Item> Drop for Spill<'_, T> {
    fn drop(&mut self) {
        self.budget.shrink(self.held);
    }
}

struct Counted<W> {
    inner: W,
    bytes: u64,
}

impl Counted<BufWriter<File>> {
    /// A new anonymous temporary file to write a run to.
    fn temporary() -> io::Result<Self> {
        Ok(Counted { inner: BufWriter::with_capacity(1 << 16, tempfile::tempfile()?), bytes: 0 })
    }
}

impl<W: Write> Write for Counted<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Where the merge reads from: a sorted vector or a sorted run on disk.
enum Source<T> {
    Mem(std::vec::IntoIter<T>),
    Disk(BufReader<File>),
}

impl<T: Item> Source<T> {
    fn next(&mut self) -> io::Result<Option<T>> {
        match self {
            Source::Mem(items) => Ok(items.next()),
            Source::Disk(file) => T::read(file),
        }
    }
}

/// The items of several buffers, in order (for equal items: in the order of the buffers).
pub struct Merged<'b, T: Item> {
    budget: Option<&'b Budget>,
    held: usize,
    sources: Vec<Source<T>>,
    heap: BinaryHeap<Reverse<(T, usize)>>,
}

/// Merge `parts`, each sorted first if it is not yet.
pub fn merge<'b, T: Item>(parts: Vec<Spill<'b, T>>) -> io::Result<Merged<'b, T>> {
    let mut m = Merged { budget: parts.first().map(|p| p.budget), held: 0, sources: Vec::new(), heap: BinaryHeap::new() };
    for mut part in parts {
        m.held += std::mem::take(&mut part.held);
        m.sources.extend(part.runs.drain(..).map(|f| Source::Disk(BufReader::with_capacity(1 << 16, f))));
        let mut mem = std::mem::take(&mut part.mem);
        if !mem.is_sorted() {
            mem.sort_unstable();
        }
        m.sources.push(Source::Mem(mem.into_iter()));
    }
    for i in 0..m.sources.len() {
        if let Some(item) = m.sources[i].next()? {
            m.heap.push(Reverse((item, i)));
        }
    }
    Ok(m)
}

impl<T: Item> Iterator for Merged<'_, T> {
    type Item = io::Result<T>;

    fn next(&mut self) -> Option<io::Result<T>> {
        let Reverse((item, i)) = self.heap.pop()?;
        match self.sources[i].next() {
            Ok(Some(next)) => self.heap.push(Reverse((next, i))),
            Ok(None) => {}
            Err(e) => return Some(Err(e)),
        }
        Some(Ok(item))
    }
}

impl<T: Item> Drop for Merged<'_, T> {
    fn drop(&mut self) {
        if let Some(b) = self.budget {
            b.shrink(self.held);
        }
    }
}

/// Items already sorted, kept to be read more than once: in memory while they fit the
/// budget, else in one file (appending sorted items to it keeps it sorted).
pub struct Sorted<'b, T: Item> {
    budget: &'b Budget,
    mem: Vec<T>,
    held: usize,
    writing: Option<Counted<BufWriter<File>>>,
    file: Option<File>,
}

impl<'b, T: Item + Clone> Sorted<'b, T> {
    /// Gather items that come in order (a merge's output).
    pub fn new(budget: &'b Budget) -> Sorted<'b, T> {
        Sorted { budget, mem: Vec::new(), held: 0, writing: None, file: None }
    }

    /// Append an item not less than the last one.
    pub fn push(&mut self, item: T) -> io::Result<()> {
        if let Some(out) = &mut self.writing {
            return item.write(out);
        }
        let cap = self.mem.capacity();
        if self.mem.len() == cap {
            // Grown in steps, not by doubling (see `Spill::make_room`).
            self.mem.reserve_exact(self.budget.step::<T>(cap));
        }
        let heap = item.heap();
        self.mem.push(item);
        let n = heap + (self.mem.capacity() - cap) * std::mem::size_of::<T>();
        self.held += n;
        if self.budget.grow(n) > self.budget.limit && self.held >= self.budget.least_run() {
            let mut out = Counted::temporary()?;
            for item in self.mem.drain(..) {
                item.write(&mut out)?;
            }
            self.mem = Vec::new();
            self.budget.shrink(std::mem::take(&mut self.held));
            self.writing = Some(out);
        }
        Ok(())
    }

    /// Done appending.
    pub fn done(&mut self) -> io::Result<()> {
        if let Some(out) = self.writing.take() {
            self.budget.spilled.fetch_add(out.bytes, Atomic::Relaxed);
            self.file = Some(out.inner.into_inner().map_err(io::IntoInnerError::into_error)?);
        }
        Ok(())
    }

    /// The items in order, from the start.
    pub fn iter(&mut self) -> io::Result<Walk<'_, T>> {
        Ok(match &mut self.file {
            Some(file) => {
                file.rewind()?;
                Walk::Disk(BufReader::with_capacity(1 << 16, file))
            }
            None => Walk::Mem(self.mem.iter()),
        })
    }
}

impl<T: Item> Drop for Sorted<'_, T> {
    fn drop(&mut self) {
        self.budget.shrink(self.held);
    }
}

pub enum Walk<'a, T> {
    Mem(std::slice::Iter<'a, T>),
    Disk(BufReader<&'a mut File>),
}

impl<T: Item + Clone> Walk<'_, T> {
    pub fn next(&mut self) -> io::Result<Option<T>> {
        match self {
            Walk::Mem(items) => Ok(items.next().cloned()),
            Walk::Disk(file) => T::read(file),
        }
    }
}

/// Reads `buf` whole: false at the end of the input, before its first byte.
pub fn read_exact_or_end(input: &mut impl Read, buf: &mut [u8]) -> io::Result<bool> {
    match input.read_exact(buf) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok(false),
        Err(e) => Err(e),
    }
}

impl Item for u64 {
    fn write(&self, out: &mut impl Write) -> io::Result<()> {
        out.write_all(&self.to_le_bytes())
    }

    fn read(input: &mut impl Read) -> io::Result<Option<u64>> {
        let mut b = [0u8; 8];
        Ok(read_exact_or_end(input, &mut b)?.then(|| u64::from_le_bytes(b)))
    }
}

impl Item for (u64, u32, u32) {
    fn write(&self, out: &mut impl Write) -> io::Result<()> {
        out.write_all(&self.0.to_le_bytes())?;
        out.write_all(&self.1.to_le_bytes())?;
        out.write_all(&self.2.to_le_bytes())
    }

    fn read(input: &mut impl Read) -> io::Result<Option<(u64, u32, u32)>> {
        let mut b = [0u8; 16];
        if !read_exact_or_end(input, &mut b)? {
            return Ok(None);
        }
        let u32_at = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        Ok(Some((u64::from_le_bytes(b[..8].try_into().expect("8 bytes")), u32_at(8), u32_at(12))))
    }
}

/// A per-record finding in the stored order (see `sort`): catalogue order, table, key, field,
/// region and severity, then the order it was found in (`part`: the part of the table it was
/// read from, in the order the parts are stored; `n`: its place in that part).
#[derive(Debug)]
pub struct Ranked {
    order: u16,
    part: u32,
    n: u32,
    pub finding: Finding,
}

impl Ranked {
    pub fn new(finding: Finding, part: u32, n: u32) -> Ranked {
        let order = crate::ops::check::catalogue::order(&finding.rule).min(usize::from(u16::MAX)) as u16;
        Ranked { order, part, n, finding }
    }

    fn key(&self) -> (u16, &str, &str, &str, &str, &str, u32, u32) {
        let f = &self.finding;
        (self.order, &f.table, &f.key, &f.field, &f.region_code, &f.severity, self.part, self.n)
    }
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Ranked {}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key())
    }
}

impl Item for Ranked {
    fn heap(&self) -> usize {
        let f = &self.finding;
        [&f.rule, &f.severity, &f.table, &f.key, &f.field, &f.value, &f.message, &f.region_code].iter().map(|s| held(s.capacity())).sum()
    }

    fn write(&self, out: &mut impl Write) -> io::Result<()> {
        let f = &self.finding;
        out.write_all(&self.order.to_le_bytes())?;
        out.write_all(&self.part.to_le_bytes())?;
        out.write_all(&self.n.to_le_bytes())?;
        for s in [&f.rule, &f.severity, &f.table, &f.key, &f.field, &f.value, &f.message, &f.region_code] {
            out.write_all(&(s.len() as u32).to_le_bytes())?;
            out.write_all(s.as_bytes())?;
        }
        // Absent values as a flag byte, so that any i64/u64 stays representable.
        for v in [f.amount_fen.map(|a| a as u64), f.line] {
            match v {
                Some(v) => {
                    out.write_all(&[1])?;
                    out.write_all(&v.to_le_bytes())?;
                }
                None => out.write_all(&[0])?,
            }
        }
        Ok(())
    }

    fn read(input: &mut impl Read) -> io::Result<Option<Ranked>> {
        let mut head = [0u8; 10];
        if !read_exact_or_end(input, &mut head)? {
            return Ok(None);
        }
        let mut text = || -> io::Result<String> {
            let mut len = [0u8; 4];
            input.read_exact(&mut len)?;
            let mut bytes = vec![0u8; u32::from_le_bytes(len) as usize];
            input.read_exact(&mut bytes)?;
            String::from_utf8(bytes).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
        };
        let (rule, severity, table, key, field, value, message, region_code) =
            (text()?, text()?, text()?, text()?, text()?, text()?, text()?, text()?);
        let mut number = || -> io::Result<Option<u64>> {
            let mut flag = [0u8; 1];
            input.read_exact(&mut flag)?;
            if flag[0] == 0 {
                return Ok(None);
            }
            let mut b = [0u8; 8];
            input.read_exact(&mut b)?;
            Ok(Some(u64::from_le_bytes(b)))
        };
        let (amount, line) = (number()?, number()?);
        let finding =
            Finding { rule, severity, table, key, field, value, message, region_code, amount_fen: amount.map(|a| a as i64), line };
        Ok(Some(Ranked {
            order: u16::from_le_bytes([head[0], head[1]]),
            part: u32::from_le_bytes([head[2], head[3], head[4], head[5]]),
            n: u32::from_le_bytes([head[6], head[7], head[8], head[9]]),
            finding,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(rule: &str, key: &str, value: &str, amount: Option<i64>) -> Finding {
        Finding {
            rule: rule.into(),
            severity: "error".into(),
            table: "people".into(),
            key: key.into(),
            field: "id_number".into(),
            value: value.into(),
            message: "消息 message".into(),
            region_code: "440103".into(),
            amount_fen: amount,
            line: None,
        }
    }

    #[test]
    fn a_tight_budget_gives_the_same_order_as_memory() {
        let make = |budget: &Budget| -> Vec<u64> {
            let mut parts: Vec<Spill<u64>> = (0..3).map(|_| Spill::new(budget)).collect();
            for i in 0..200_000u64 {
                parts[(i % 3) as usize].push(i.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 20).unwrap();
            }
            for p in &mut parts {
                p.done().unwrap();
            }
            merge(parts).unwrap().map(Result::unwrap).collect()
        };
        let (roomy, tight) = (Budget::new(1 << 30), Budget::new(1 << 20));
        let (a, b) = (make(&roomy), make(&tight));
        assert_eq!(roomy.spilled(), 0);
        assert!(tight.spilled() > 0, "1 MiB for 1.6 MB of keys spills");
        assert!(a.is_sorted() && a.len() == 200_000);
        assert_eq!(a, b);
        assert_eq!(tight.used.load(Atomic::Relaxed), 0, "every byte counted in is counted out");
    }

    #[test]
    fn findings_round_trip_and_keep_their_order() {
        let budget = Budget::new(1 << 20);
        let mut part = Spill::new(&budget);
        let mut expected = Vec::new();
        for i in 0..30_000u32 {
            // Equal keys: told apart only by the order they were found in.
            let f = finding(
                "id.checksum",
                &format!("44010319800101{:04}", i % 1000),
                &"值".repeat(i as usize % 7),
                (i % 3 == 0).then_some(-(i as i64)),
            );
            expected.push((f.key.clone(), i, f.clone()));
            part.push(Ranked::new(f, 0, i)).unwrap();
        }
        part.done().unwrap();
        assert!(budget.spilled() > 0);
        expected.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
        let got: Vec<Finding> = merge(vec![part]).unwrap().map(|r| r.unwrap().finding).collect();
        assert_eq!(got, expected.into_iter().map(|e| e.2).collect::<Vec<_>>());
    }

    #[test]
    fn sorted_reads_twice_in_memory_or_on_disk() {
        for limit in [1 << 30, 1 << 20] {
            let budget = Budget::new(limit);
            let mut s = Sorted::new(&budget);
            for i in 0..300_000u64 {
                s.push(i * 3).unwrap();
            }
            s.done().unwrap();
            for _ in 0..2 {
                let mut w = s.iter().unwrap();
                let mut n = 0;
                while let Some(v) = w.next().unwrap() {
                    assert_eq!(v, n * 3);
                    n += 1;
                }
                assert_eq!(n, 300_000);
            }
        }
    }
}
