//! Old Excel workbooks (.xls: BIFF records inside an OLE2 compound file), read with calamine.
//!
//! calamine trusts the file: it sizes buffers by the counts a file declares, follows sector chains
//! without looking for loops, lays each sheet out as a dense grid from its first to its last cell,
//! and copies a shared string into every cell that uses it. So nothing hostile reaches it. The
//! compound file is read here first, every chain bounded and checked for loops, and only the
//! workbook stream is taken out of it; that stream's records are walked once to check, against the
//! limits, every cell's place, the grid calamine will lay out for each sheet, the text it will copy
//! and the number of strings and sheets. Then calamine is handed a compound file built here around
//! that one stream (so it never sees the original's directory, macros or mini stream), and what it
//! reads is turned into rows as the XLSX reader gives them. Should calamine still panic on some
//! record it does not expect, the panic is caught and the workbook refused.

use crate::{last_line, Limits, Row, Sheet, SheetError};
use calamine::{Data, Reader};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Cursor;

const END_OF_CHAIN: u32 = 0xFFFF_FFFE;
const FREE: u32 = 0xFFFF_FFFF;
const FAT_SECTOR: u32 = 0xFFFF_FFFD;
/// Streams shorter than this live in the compound file's mini stream.
const MINI_CUTOFF: usize = 4096;
const MINI_SECTOR: usize = 64;
/// More sheets than a person would make (as for XLSX).
const MAX_SHEETS: usize = 1_000;
/// Columns in BIFF8.
const XLS_COLUMNS: usize = 256;

pub(crate) fn read_all(bytes: &[u8], limits: &Limits) -> Result<Vec<Sheet>, SheetError> {
    let stream = workbook_stream(bytes).ok_or(SheetError::XlsxUnreadable)?;
    check(&stream, limits)?;
    let rebuilt = compound_file(&stream);
    let read = std::panic::catch_unwind(move || -> Result<Vec<(String, calamine::Range<Data>)>, SheetError> {
        let mut book = calamine::Xls::new(Cursor::new(rebuilt)).map_err(|_| SheetError::XlsxUnreadable)?;
        let names = book.sheet_names();
        let mut sheets = Vec::with_capacity(names.len());
        for name in names {
            let range = book.worksheet_range(&name).map_err(|_| SheetError::XlsxUnreadable)?;
            sheets.push((name, range));
        }
        Ok(sheets)
    })
    .map_err(|_| SheetError::XlsxUnreadable)??;
    if read.is_empty() {
        return Err(SheetError::XlsxEmpty);
    }
    let mut seen = BTreeSet::new();
    let mut sheets = Vec::with_capacity(read.len());
    for (name, range) in read {
        // calamine keys sheets by name: two sheets of one name would read as one, twice.
        if !seen.insert(name.clone()) {
            return Err(SheetError::XlsxUnreadable);
        }
        sheets.push(Sheet { name, rows: rows(&range, limits)? });
    }
    Ok(sheets)
}

fn rows(range: &calamine::Range<Data>, limits: &Limits) -> Result<Vec<Row>, SheetError> {
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut found: BTreeMap<(usize, usize), String> = BTreeMap::new();
    for (r, c, data) in range.used_cells() {
        let value = match data {
            Data::Empty => continue,
            Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
            Data::Int(i) => i.to_string(),
            Data::Float(f) => crate::xlsx::number(&f.to_string()),
            Data::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
            Data::DateTime(d) => crate::xlsx::number(&d.as_f64().to_string()),
            Data::Error(e) => e.to_string(),
        };
        let line = usize::try_from(top).unwrap_or(usize::MAX).saturating_add(r).saturating_add(1);
        let column = usize::try_from(left).unwrap_or(usize::MAX).saturating_add(c);
        if value.chars().count() > limits.max_cell_chars {
            return Err(SheetError::CellTooLong { line });
        }
        if !value.is_empty() {
            found.insert((line, column), value);
        }
    }
    Ok(crate::xlsx::into_rows(found))
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes([*bytes.get(at)?, *bytes.get(at + 1)?]))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes([*bytes.get(at)?, *bytes.get(at + 1)?, *bytes.get(at + 2)?, *bytes.get(at + 3)?]))
}

/// Follows a chain of sectors through `table`, each sector at most once, into at most `max` bytes.
fn chain<'a>(start: u32, table: &[u32], max: usize, sector: impl Fn(u32) -> Option<&'a [u8]>) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut at = start;
    let mut steps = 0usize;
    while at != END_OF_CHAIN {
        steps += 1;
        if steps > table.len() || out.len() > max {
            return None;
        }
        out.extend_from_slice(sector(at)?);
        at = *table.get(usize::try_from(at).ok()?)?;
    }
    Some(out)
}

/// The `Workbook` (or, in BIFF5, `Book`) stream of a compound file, or `None` when the file is not
/// one or its structure does not hold together.
fn workbook_stream(bytes: &[u8]) -> Option<Vec<u8>> {
    let size = match u16_at(bytes, 30)? {
        9 => 512usize,
        12 => 4096,
        _ => return None,
    };
    if u16_at(bytes, 32)? != 6 {
        return None;
    }
    let sectors = bytes.len().saturating_sub(size) / size;
    let sector = |id: u32| -> Option<&[u8]> {
        let id = usize::try_from(id).ok()?;
        if id >= sectors {
            return None;
        }
        let start = (id + 1).checked_mul(size)?;
        bytes.get(start..start.checked_add(size)?)
    };
    let fat_sectors = usize::try_from(u32_at(bytes, 44)?).ok()?;
    if fat_sectors > sectors {
        return None;
    }
    // The sectors that hold the table of sectors: 109 listed in the header, the rest in a chain.
    let mut difat: Vec<u32> = (0..109).filter_map(|i| u32_at(bytes, 76 + i * 4)).collect();
    let mut next = u32_at(bytes, 68)?;
    let mut hops = 0usize;
    while next != END_OF_CHAIN && next != FREE && difat.len() < fat_sectors {
        hops += 1;
        if hops > sectors {
            return None;
        }
        let block = sector(next)?;
        let per = size / 4 - 1;
        difat.extend((0..per).filter_map(|i| u32_at(block, i * 4)));
        next = u32_at(block, per * 4)?;
    }
    let mut fat = Vec::with_capacity(fat_sectors.saturating_mul(size / 4));
    for &id in difat.iter().take(fat_sectors) {
        let block = sector(id)?;
        fat.extend((0..size / 4).filter_map(|i| u32_at(block, i * 4)));
    }
    let directory = chain(u32_at(bytes, 48)?, &fat, bytes.len(), sector)?;
    let entries: Vec<&[u8]> = directory.chunks_exact(128).collect();
    let root = entries.first()?;
    let name_of = |entry: &[u8]| -> String {
        let length = usize::from(u16_at(entry, 64).unwrap_or(0)).min(64);
        let units: Vec<u16> = (0..length / 2).filter_map(|i| u16_at(entry, i * 2)).take_while(|&u| u != 0).collect();
        String::from_utf16_lossy(&units)
    };
    let length_of = |entry: &[u8]| -> Option<usize> {
        let low = u32_at(entry, 120)?;
        let high = if size == 512 { 0 } else { u32_at(entry, 124)? };
        if high != 0 {
            return None;
        }
        usize::try_from(low).ok()
    };
    let entry = entries.iter().find(|e| e.get(66) == Some(&2) && matches!(name_of(e).as_str(), "Workbook" | "Book"))?;
    let length = length_of(entry)?;
    if length > bytes.len() {
        return None;
    }
    let start = u32_at(entry, 116)?;
    let mut stream = if length < MINI_CUTOFF {
        let mini_stream = chain(u32_at(root, 116)?, &fat, bytes.len(), sector)?;
        let mini_table_bytes = chain(u32_at(bytes, 60)?, &fat, bytes.len(), sector)?;
        let mini_table: Vec<u32> = mini_table_bytes.chunks_exact(4).filter_map(|c| u32_at(c, 0)).collect();
        let mini_sector = |id: u32| -> Option<&[u8]> {
            let start = usize::try_from(id).ok()?.checked_mul(MINI_SECTOR)?;
            mini_stream.get(start..start.checked_add(MINI_SECTOR)?)
        };
        chain(start, &mini_table, length, mini_sector)?
    } else {
        chain(start, &fat, length, sector)?
    };
    if stream.len() < length {
        return None;
    }
    stream.truncate(length);
    Some(stream)
}

/// One BIFF record: its type and data, with the data of the `CONTINUE` records that follow it.
struct Record<'a> {
    kind: u16,
    parts: Vec<&'a [u8]>,
}

fn records(stream: &[u8], from: usize) -> impl Iterator<Item = Option<Record<'_>>> + '_ {
    let mut at = from;
    let mut failed = false;
    std::iter::from_fn(move || {
        if failed || at >= stream.len() {
            return None;
        }
        let read = |at: &mut usize| -> Option<(u16, &[u8])> {
            let kind = u16_at(stream, *at)?;
            let length = usize::from(u16_at(stream, *at + 2)?);
            let data = stream.get(*at + 4..*at + 4 + length)?;
            *at += 4 + length;
            Some((kind, data))
        };
        let Some((kind, data)) = read(&mut at) else {
            failed = true;
            return Some(None);
        };
        let mut parts = vec![data];
        while u16_at(stream, at) == Some(0x003C) {
            match read(&mut at) {
                Some((_, more)) => parts.push(more),
                None => {
                    failed = true;
                    return Some(None);
                }
            }
        }
        Some(Some(Record { kind, parts }))
    })
}

/// The length in characters of every string in the shared-string table (`SST` and its
/// `CONTINUE`s), walking it as Excel lays it out: a string's characters may run on into the next
/// part, which then opens with its own byte saying whether they are one or two bytes wide.
fn string_lengths(parts: &[&[u8]], limits: &Limits) -> Result<Vec<usize>, SheetError> {
    let unreadable = SheetError::XlsxUnreadable;
    let declared = usize::try_from(parts.first().and_then(|p| u32_at(p, 4)).ok_or(unreadable.clone())?)
        .map_err(|_| unreadable.clone())?;
    if declared > limits.max_shared_strings {
        return Err(SheetError::XlsxTooLarge);
    }
    let (mut part, mut at) = (0usize, 8usize);
    let mut lengths = Vec::new();
    // Skips `n` bytes across parts.
    let skip = |part: &mut usize, at: &mut usize, mut n: usize| -> Option<()> {
        while n > 0 {
            let here = parts.get(*part)?.len().saturating_sub(*at);
            if here == 0 {
                *part += 1;
                *at = 0;
                continue;
            }
            let take = here.min(n);
            *at += take;
            n -= take;
        }
        Some(())
    };
    let byte = |part: &mut usize, at: &mut usize| -> Option<u8> {
        while parts.get(*part)?.len() <= *at {
            *part += 1;
            *at = 0;
        }
        let b = *parts.get(*part)?.get(*at)?;
        *at += 1;
        Some(b)
    };
    while lengths.len() < declared {
        let one = (|| -> Option<usize> {
            let low = byte(&mut part, &mut at)?;
            let high = byte(&mut part, &mut at)?;
            let count = usize::from(u16::from_le_bytes([low, high]));
            let flags = byte(&mut part, &mut at)?;
            let runs = if flags & 0x08 != 0 {
                usize::from(u16::from_le_bytes([byte(&mut part, &mut at)?, byte(&mut part, &mut at)?]))
            } else {
                0
            };
            let extra = if flags & 0x04 != 0 {
                let b = [
                    byte(&mut part, &mut at)?,
                    byte(&mut part, &mut at)?,
                    byte(&mut part, &mut at)?,
                    byte(&mut part, &mut at)?,
                ];
                usize::try_from(u32::from_le_bytes(b)).ok()?
            } else {
                0
            };
            let (mut left, mut wide) = (count, flags & 0x01 != 0);
            while left > 0 {
                let here = parts.get(part)?.len().saturating_sub(at);
                if here == 0 {
                    part += 1;
                    at = 0;
                    wide = parts.get(part)?.first()? & 0x01 != 0;
                    at = 1;
                    continue;
                }
                let width = if wide { 2 } else { 1 };
                let take = (here / width).min(left).max(if here >= width { 1 } else { 0 });
                if take == 0 {
                    return None;
                }
                at += take * width;
                left -= take;
            }
            skip(&mut part, &mut at, runs.checked_mul(4)?.checked_add(extra)?)?;
            Some(count)
        })()
        .ok_or(unreadable.clone())?;
        lengths.push(one);
    }
    Ok(lengths)
}

/// Walks the stream's records and refuses, before calamine reads it, a workbook that would cost
/// more than the limits allow.
fn check(stream: &[u8], limits: &Limits) -> Result<(), SheetError> {
    let unreadable = SheetError::XlsxUnreadable;
    let mut sheets: Vec<usize> = Vec::new();
    let mut lengths: Vec<usize> = Vec::new();
    for record in records(stream, 0) {
        let record = record.ok_or(unreadable.clone())?;
        let data = record.parts.first().copied().unwrap_or_default();
        match record.kind {
            // FILEPASS: an encrypted workbook.
            0x002F => return Err(unreadable),
            // BOUNDSHEET: where each sheet's records start.
            0x0085 => {
                if sheets.len() >= MAX_SHEETS {
                    return Err(unreadable);
                }
                let at = usize::try_from(u32_at(data, 0).ok_or(unreadable.clone())?).map_err(|_| unreadable.clone())?;
                if at >= stream.len() {
                    return Err(unreadable);
                }
                sheets.push(at);
            }
            0x00FC => lengths = string_lengths(&record.parts, limits)?,
            0x000A => break,
            _ => {}
        }
    }
    // What every sheet's grid of values and of formulas and the copied text may cost together.
    let mut cells_left = last_line(limits).saturating_mul(limits.max_columns);
    let mut text_left = usize::try_from(limits.max_part_bytes).unwrap_or(usize::MAX);
    for at in sheets {
        let mut values = Grid::default();
        let mut formulas = Grid::default();
        let mut lines = BTreeSet::new();
        for record in records(stream, at) {
            let record = record.ok_or(unreadable.clone())?;
            let data = record.parts.first().copied().unwrap_or_default();
            let place = |data: &[u8]| -> Result<(usize, usize), SheetError> {
                let row = usize::from(u16_at(data, 0).ok_or(unreadable.clone())?);
                let column = usize::from(u16_at(data, 2).ok_or(unreadable.clone())?);
                Ok((row, column))
            };
            let mut text = 0usize;
            let cell = match record.kind {
                // DIMENSIONS: calamine reserves room for the area it declares.
                0x0200 => {
                    let (rows, columns) = match data.len() {
                        14 => (
                            u32_at(data, 4).unwrap_or(0).saturating_sub(u32_at(data, 0).unwrap_or(0)),
                            u16_at(data, 10).unwrap_or(0).saturating_sub(u16_at(data, 8).unwrap_or(0)),
                        ),
                        _ => (
                            u32::from(u16_at(data, 2).unwrap_or(0).saturating_sub(u16_at(data, 0).unwrap_or(0))),
                            u16_at(data, 6).unwrap_or(0).saturating_sub(u16_at(data, 4).unwrap_or(0)),
                        ),
                    };
                    let area = usize::try_from(rows).unwrap_or(usize::MAX).saturating_mul(usize::from(columns));
                    if area > last_line(limits).saturating_mul(XLS_COLUMNS) {
                        return Err(SheetError::TooManyRows);
                    }
                    None
                }
                // NUMBER, BOOLERR, RK.
                0x0203 | 0x0205 | 0x027E => Some(place(data)?),
                // LABEL: the characters' count follows the place and format.
                0x0204 => {
                    text = usize::from(u16_at(data, 6).unwrap_or(0));
                    Some(place(data)?)
                }
                // LABELSST: a shared string, copied into the cell.
                0x00FD => {
                    let index = usize::try_from(u32_at(data, 6).ok_or(unreadable.clone())?).unwrap_or(usize::MAX);
                    text = *lengths.get(index).ok_or(unreadable.clone())?;
                    Some(place(data)?)
                }
                // MULRK: one row, a run of columns ending with the last.
                0x00BD => {
                    let (row, first) = place(data)?;
                    let last = usize::from(u16_at(data, data.len().saturating_sub(2)).ok_or(unreadable.clone())?);
                    if last < first {
                        return Err(unreadable);
                    }
                    values.add(row, first);
                    Some((row, last))
                }
                // FORMULA: a value and a formula, each in its own grid.
                0x0006 => {
                    let (row, column) = place(data)?;
                    formulas.add(row, column);
                    Some((row, column))
                }
                // STRING: a formula's text result.
                0x0207 => {
                    text = usize::from(u16_at(data, 0).unwrap_or(0));
                    None
                }
                0x000A => break,
                _ => None,
            };
            if text > limits.max_cell_chars {
                return Err(SheetError::CellTooLong { line: cell.map_or(0, |(row, _)| row + 1) });
            }
            // Up to three bytes of UTF-8 for each character.
            text_left = text_left.checked_sub(text.saturating_mul(3)).ok_or(SheetError::XlsxTooLarge)?;
            if let Some((row, column)) = cell {
                if column >= limits.max_columns {
                    return Err(SheetError::TooManyColumns { line: row + 1 });
                }
                lines.insert(row);
                if lines.len() > last_line(limits) {
                    return Err(SheetError::TooManyRows);
                }
                values.add(row, column);
            }
        }
        cells_left = cells_left
            .checked_sub(values.area())
            .and_then(|left| left.checked_sub(formulas.area()))
            .ok_or(SheetError::TooManyRows)?;
    }
    Ok(())
}

/// The rectangle calamine lays a sheet's cells out in.
#[derive(Default)]
struct Grid {
    bounds: Option<(usize, usize, usize, usize)>,
}

impl Grid {
    fn add(&mut self, row: usize, column: usize) {
        self.bounds = Some(match self.bounds {
            None => (row, row, column, column),
            Some((top, bottom, left, right)) => (top.min(row), bottom.max(row), left.min(column), right.max(column)),
        });
    }

    fn area(&self) -> usize {
        self.bounds.map_or(0, |(top, bottom, left, right)| (bottom - top + 1).saturating_mul(right - left + 1))
    }
}

/// A version 3 compound file holding one stream, `Workbook`, in 512-byte sectors: the stream's
/// sectors, then one directory sector, then the table of sectors. The stream is padded to the
/// mini-stream cutoff so that no mini stream is needed; calamine stops reading each part of it at
/// that part's end record, so the padding is never read.
fn compound_file(stream: &[u8]) -> Vec<u8> {
    const SECTOR: usize = 512;
    let mut data = stream.to_vec();
    if data.len() < MINI_CUTOFF {
        data.resize(MINI_CUTOFF, 0);
    }
    let stream_sectors = data.len().div_ceil(SECTOR);
    let mut fat_sectors = 1usize;
    while fat_sectors * (SECTOR / 4) < stream_sectors + 1 + fat_sectors {
        fat_sectors += 1;
    }
    let directory_at = stream_sectors;
    let fat_at = stream_sectors + 1;
    let id = |n: usize| u32::try_from(n).unwrap_or(FREE);

    let mut file = Vec::with_capacity((1 + stream_sectors + 1 + fat_sectors) * SECTOR);
    // Header.
    file.extend_from_slice(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    file.extend_from_slice(&[0; 16]);
    file.extend_from_slice(&0x003Eu16.to_le_bytes());
    file.extend_from_slice(&3u16.to_le_bytes());
    file.extend_from_slice(&0xFFFEu16.to_le_bytes());
    file.extend_from_slice(&9u16.to_le_bytes());
    file.extend_from_slice(&6u16.to_le_bytes());
    file.extend_from_slice(&[0; 6]);
    file.extend_from_slice(&0u32.to_le_bytes()); // directory sectors (0 in version 3)
    file.extend_from_slice(&id(fat_sectors).to_le_bytes());
    file.extend_from_slice(&id(directory_at).to_le_bytes());
    file.extend_from_slice(&0u32.to_le_bytes());
    file.extend_from_slice(&id(MINI_CUTOFF).to_le_bytes());
    file.extend_from_slice(&END_OF_CHAIN.to_le_bytes()); // no mini table
    file.extend_from_slice(&0u32.to_le_bytes());
    file.extend_from_slice(&END_OF_CHAIN.to_le_bytes()); // no further table of sectors
    file.extend_from_slice(&0u32.to_le_bytes());
    for i in 0..109 {
        let entry = if i < fat_sectors { id(fat_at + i) } else { FREE };
        file.extend_from_slice(&entry.to_le_bytes());
    }
    // The stream.
    file.extend_from_slice(&data);
    file.resize(SECTOR * (1 + stream_sectors), 0);
    // The directory: the root, then the stream.
    let mut entry = |name: &str, kind: u8, child: u32, start: u32, length: usize| {
        let mut e = [0u8; 128];
        let units: Vec<u16> = name.encode_utf16().collect();
        for (i, u) in units.iter().enumerate() {
            e[i * 2..i * 2 + 2].copy_from_slice(&u.to_le_bytes());
        }
        e[64..66].copy_from_slice(&u16::try_from((units.len() + 1) * 2).unwrap_or(0).to_le_bytes());
        e[66] = kind;
        e[67] = 1;
        e[68..72].copy_from_slice(&FREE.to_le_bytes());
        e[72..76].copy_from_slice(&FREE.to_le_bytes());
        e[76..80].copy_from_slice(&child.to_le_bytes());
        e[116..120].copy_from_slice(&start.to_le_bytes());
        e[120..124].copy_from_slice(&id(length).to_le_bytes());
        file.extend_from_slice(&e);
    };
    entry("Root Entry", 5, 1, END_OF_CHAIN, 0);
    entry("Workbook", 2, FREE, 0, data.len());
    file.resize(SECTOR * (1 + stream_sectors + 1), 0);
    // The table of sectors.
    let mut fat: Vec<u32> = (1..stream_sectors).map(id).collect();
    fat.push(END_OF_CHAIN);
    fat.push(END_OF_CHAIN);
    fat.extend(std::iter::repeat_n(FAT_SECTOR, fat_sectors));
    fat.resize(fat_sectors * (SECTOR / 4), FREE);
    for entry in fat {
        file.extend_from_slice(&entry.to_le_bytes());
    }
    file
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_rebuilt_compound_file_gives_its_stream_back() {
        let stream: Vec<u8> = (0..10_000u32).map(|i| (i % 251) as u8).collect();
        let file = compound_file(&stream);
        let mut back = workbook_stream(&file).unwrap();
        back.truncate(stream.len());
        assert_eq!(back, stream);
    }

    #[test]
    fn a_loop_in_the_sector_table_is_refused() {
        let mut file = compound_file(&[0u8; 5000]);
        // The stream's first sector points back at itself.
        let fat_at = 512 * (1 + 10 + 1);
        file[fat_at..fat_at + 4].copy_from_slice(&0u32.to_le_bytes());
        assert!(workbook_stream(&file).is_none());
    }
}
