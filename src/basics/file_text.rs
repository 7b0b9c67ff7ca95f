//! The text of a file a person picked, decoded from the encodings spreadsheets save (UTF-8, UTF-16
//! with its byte order mark, else Windows-1252), as the browser's `TextDecoder` decodes them.

/// How a file's text was encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16LittleEndian,
    Utf16BigEndian,
    Windows1252,
}

impl Encoding {
    /// Its name as spreadsheets list it.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16LittleEndian | Encoding::Utf16BigEndian => "UTF-16",
            Encoding::Windows1252 => "Windows-1252",
        }
    }
}

/// Windows-1252's characters for the bytes 0x80 to 0x9F (the rest are Latin-1's). The five
/// bytes it leaves undefined stand for themselves, as in `TextDecoder`.
const WINDOWS_1252_80_9F: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}', '\u{178}',
];

/// The text of `bytes` (without its byte order mark) and the encoding it was read in; `Err` says
/// in plain words why it is not text this app reads.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), String> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return std::str::from_utf8(rest)
            .map(|text| (text.to_owned(), Encoding::Utf8))
            .map_err(|_| {
                "The file says it is UTF-8 text but is not. Save it as \"CSV UTF-8\" and try again."
                    .to_owned()
            });
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes, Encoding::Utf16LittleEndian);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes, Encoding::Utf16BigEndian);
    }
    if bytes.contains(&0) {
        return Err(
            "The file is not text (it holds zero bytes, as a spreadsheet's own format or UTF-16 without its mark does). Save it as \"CSV UTF-8\" and try again."
                .to_owned(),
        );
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_owned(), Encoding::Utf8));
    }
    let text = bytes
        .iter()
        .map(|&byte| match byte {
            0x80..=0x9F => WINDOWS_1252_80_9F[usize::from(byte - 0x80)],
            _ => char::from(byte),
        })
        .collect();
    Ok((text, Encoding::Windows1252))
}

fn utf16(
    bytes: &[u8],
    unit: fn([u8; 2]) -> u16,
    encoding: Encoding,
) -> Result<(String, Encoding), String> {
    let refused = || {
        "The file says it is UTF-16 text but is not. Save it as \"CSV UTF-8\" and try again."
            .to_owned()
    };
    if !bytes.len().is_multiple_of(2) {
        return Err(refused());
    }
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|pair| unit([pair[0], pair[1]]))
        .collect();
    String::from_utf16(&units)
        .map(|text| (text, encoding))
        .map_err(|_| refused())
}
