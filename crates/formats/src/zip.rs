//! A stored (uncompressed) zip archive: what a brat corpus downloads as.
//!
//! Writing stores each file as it is: brat collections are small text
//! files, and a few dozen lines of header writing cost the page far less
//! than a compression crate. Reading takes archives of stored entries (what
//! [`write()`] makes, and `zip -0`); a compressed entry is refused with a
//! reason.

/// Signatures of the three zip records used.
const LOCAL: u32 = 0x0403_4b50;
const CENTRAL: u32 = 0x0201_4b50;
const END: u32 = 0x0605_4b50;
/// Zip version 2.0: the oldest that every reader takes for stored files.
const VERSION: u16 = 20;
/// General-purpose flag bit 11: file names are UTF-8.
const UTF8_NAMES: u16 = 0x0800;
/// MS-DOS date of 1980-01-01, the earliest a zip can hold: archives carry no
/// clock time, so the same corpus always zips to the same bytes.
const DOS_DATE: u16 = 0x0021;
/// Size of the end-of-central-directory record without its comment.
const END_LEN: usize = 22;
/// Size of a central-directory header without its name, extra and comment.
const CENTRAL_LEN: usize = 46;
/// Size of a local header without its name and extra field.
const LOCAL_LEN: usize = 30;
/// A local header's first 14 bytes, the same for every file written: its
/// signature, the version needed, the flags, the method (stored), the time
/// (00:00) and the date. The CRC, the two sizes, the name's length and the
/// extra field's (none) follow.
const LOCAL_HEAD: [u8; 14] = {
    let [s0, s1, s2, s3] = LOCAL.to_le_bytes();
    let [v0, v1] = VERSION.to_le_bytes();
    let [f0, f1] = UTF8_NAMES.to_le_bytes();
    let [d0, d1] = DOS_DATE.to_le_bytes();
    [s0, s1, s2, s3, v0, v1, f0, f1, 0, 0, 0, 0, d0, d1]
};
/// A central-directory header's first 6 bytes: its signature and the
/// version that made it. The local header's 26 bytes after its signature
/// follow, then no comment, disk 0, no attributes (10 zero bytes), then
/// the local header's offset.
const CENTRAL_HEAD: [u8; 6] = {
    let [s0, s1, s2, s3] = CENTRAL.to_le_bytes();
    let [v0, v1] = VERSION.to_le_bytes();
    [s0, s1, s2, s3, v0, v1]
};

/// The CRC-32 (IEEE) of some bytes, as zip records it.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// Appends 32-bit little-endian fields: every field the writer computes
/// is one (two 16-bit fields written together as one).
fn put32(out: &mut Vec<u8>, fields: &[u32]) {
    for v in fields {
        out.extend_from_slice(&v.to_le_bytes());
    }
}

/// A zip archive holding `files` (name, content), stored, in order.
/// Sizes past 4 GiB cannot occur: every input is far below the page's
/// 5 MB file limit times the corpus.
pub fn write(files: &[(String, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in files {
        let offset = out.len();
        let len = data.len() as u32;
        out.extend_from_slice(&LOCAL_HEAD);
        // The CRC, the two sizes, the name's length and no extra field.
        put32(&mut out, &[crc32(data), len, len, u32::from(name.len() as u16)]);
        central.extend_from_slice(&CENTRAL_HEAD);
        central.extend_from_slice(&out[offset + 4..]);
        central.extend_from_slice(&[0; 10]);
        put32(&mut central, &[offset as u32]);
        central.extend_from_slice(name.as_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
    }
    let (cd_offset, cd_len, n) = (out.len() as u32, central.len() as u32, u32::from(files.len() as u16));
    out.extend_from_slice(&central);
    // The end record: disks 0 and 0, the entries on this disk and in all,
    // the directory's size and offset, no comment.
    put32(&mut out, &[END, 0, n | n << 16, cd_len, cd_offset]);
    out.extend_from_slice(&[0; 2]);
    out
}

/// Whether these bytes start like a zip archive.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(&LOCAL.to_le_bytes()) || bytes.starts_with(&END.to_le_bytes())
}

fn get16(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn get32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// The files of a zip archive of stored entries (name, content), in the
/// order of its directory. Directories are skipped.
pub fn read(bytes: &[u8]) -> Result<Vec<(String, &[u8])>, String> {
    entries(bytes).map_err(|e| match e {
        Bad::Record(what) => ["not a readable zip archive (", what, ")"].concat(),
        Bad::File(name, why) => name + why,
    })
}

/// Why an archive was refused: a record it cannot read (which), or a file
/// it holds (its name, and what follows it in the message).
enum Bad {
    Record(&'static str),
    File(String, &'static str),
}

/// [`read`], its refusals as [`Bad`], made into text in one place.
fn entries(bytes: &[u8]) -> Result<Vec<(String, &[u8])>, Bad> {
    let end = (0..=bytes.len().saturating_sub(END_LEN))
        .rev()
        .find(|&at| get32(bytes, at) == Some(END))
        .ok_or(Bad::Record("no end record"))?;
    let record = Bad::Record;
    let (n, at) = get16(bytes, end + 10).zip(get32(bytes, end + 16)).ok_or(record("end record"))?;
    let mut at = at as usize;
    let mut files = Vec::with_capacity(n as usize);
    for _ in 0..n {
        let (name, method, crc, size, local, next) = directory(bytes, at).map_err(record)?;
        at = next;
        if name.ends_with('/') {
            continue;
        }
        if method != 0 {
            return Err(Bad::File(
                name,
                " is compressed; only stored (uncompressed) archives are read, like the ones the annotator \
                 writes: unzip it and open its .txt and .ann files instead",
            ));
        }
        if get32(bytes, local) != Some(LOCAL) {
            return Err(record("local header"));
        }
        let skip = get16(bytes, local + 26).zip(get16(bytes, local + 28)).ok_or(record("local header"))?;
        let data_at = local + LOCAL_LEN + skip.0 as usize + skip.1 as usize;
        let data = bytes.get(data_at..data_at + size).ok_or(record("truncated"))?;
        if crc32(data) != crc {
            return Err(Bad::File(name, " is damaged (checksum mismatch)"));
        }
        files.push((name, data));
    }
    Ok(files)
}

/// The central-directory header at `at`: the file's name (UTF-8, what
/// `write` flags and what brat's files are named in), method, CRC, size,
/// local header's offset, and where the next header starts.
fn directory(bytes: &[u8], at: usize) -> Result<(String, u16, u32, usize, usize, usize), &'static str> {
    let header = || -> Option<_> {
        if get32(bytes, at)? != CENTRAL {
            return None;
        }
        let field = |off: usize| get16(bytes, at + off).map(usize::from);
        let (method, name_len, extra_len, comment_len) = (field(10)?, field(28)?, field(30)?, field(32)?);
        let (crc, size, local) = (get32(bytes, at + 16)?, get32(bytes, at + 20)?, get32(bytes, at + 42)?);
        let name_at = at + CENTRAL_LEN;
        let name = bytes.get(name_at..name_at + name_len)?;
        Some((name, method as u16, crc, size as usize, local as usize, name_at + name_len + extra_len + comment_len))
    };
    let (name, method, crc, size, local, next) = header().ok_or("directory")?;
    let name = std::str::from_utf8(name).map_err(|_| "a file name is not UTF-8")?.to_string();
    Ok((name, method, crc, size, local, next))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_is_the_zip_checksum() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn written_archives_read_back_file_by_file() {
        let files = vec![
            ("a.txt".to_string(), "😀 Peskov".as_bytes().to_vec()),
            ("dir/é.ann".to_string(), b"T1\tPERSON 2 8\tPeskov\n".to_vec()),
            ("empty".to_string(), Vec::new()),
        ];
        let borrowed: Vec<(String, &[u8])> = files.iter().map(|(n, d)| (n.clone(), d.as_slice())).collect();
        let zip = write(&borrowed);
        assert!(is_zip(&zip));
        assert_eq!(write(&borrowed), zip, "the same files give the same bytes");
        let back = read(&zip).unwrap();
        let back: Vec<(String, Vec<u8>)> = back.into_iter().map(|(n, d)| (n, d.to_vec())).collect();
        assert_eq!(back, files);
    }

    #[test]
    fn damaged_or_compressed_archives_are_refused_with_a_reason() {
        let zip = write(&[("a.txt".to_string(), b"hello".as_slice())]);
        let mut damaged = zip.clone();
        damaged[LOCAL_LEN + 5] ^= 1;
        assert!(read(&damaged).unwrap_err().contains("damaged"));
        let mut deflated = zip.clone();
        let cd = get32(&zip, zip.len() - END_LEN + 16).unwrap() as usize;
        deflated[cd + 10] = 8;
        assert!(read(&deflated).unwrap_err().contains("compressed"));
        assert!(read(b"PK\x03\x04 not really").unwrap_err().contains("not a readable zip"));
        assert!(read(&zip[..zip.len() - 3]).is_err());
    }
}
