/**
 * What a file really is, from its first bytes (its "magic number"), whatever its name says: a member file must be
 * text, or an Excel workbook (.xlsx, a ZIP holding `xl/`), which Roster reads; anything else is refused with its kind.
 */
export type SniffedMemberFile =
  | { kind: 'text' }
  | { kind: 'xlsx' }
  /** A legacy Excel workbook (or another legacy Office document): save it as CSV. */
  | { kind: 'legacy-office' }
  | { kind: 'binary'; what: string };

const signatures: { bytes: readonly number[]; offset?: number; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46], what: 'a RIFF media file (WebP, WAV or AVI)' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: 'a RAR archive' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, what: 'a video or HEIC image' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF)' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], what: 'an SQLite database' },
];

const oleCompound = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const zipLocalHeader = [0x50, 0x4b, 0x03, 0x04];
const sampleBytes = 4096;

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);

/** Whether the ASCII text occurs in the bytes (ZIP entry names are stored in plain ASCII). */
function containsAscii(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  for (let index = bytes.indexOf(first); index !== -1; index = bytes.indexOf(first, index + 1)) {
    let matches = true;
    for (let offset = 1; offset < text.length && matches; offset += 1) {
      matches = bytes[index + offset] === text.charCodeAt(offset);
    }
    if (matches) return true;
  }
  return false;
}

function describeZip(bytes: Uint8Array): SniffedMemberFile {
  if (containsAscii(bytes, 'xl/')) return { kind: 'xlsx' };
  if (containsAscii(bytes, 'word/')) return { kind: 'binary', what: 'a Word document (.docx)' };
  if (containsAscii(bytes, 'ppt/')) return { kind: 'binary', what: 'a PowerPoint presentation (.pptx)' };
  if (containsAscii(bytes, 'opendocument.spreadsheet')) {
    return { kind: 'binary', what: 'an OpenDocument spreadsheet (.ods)' };
  }
  return { kind: 'binary', what: 'a ZIP archive' };
}

/**
 * Text has no NUL byte and almost no other control characters; UTF-16 text (a NUL in every other byte) is left to the
 * decoder, which recognises it by its byte order mark or its pattern of NULs.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, sampleBytes);
  if (sample.length === 0) return false;
  if (startsWith(sample, [0xff, 0xfe]) || startsWith(sample, [0xfe, 0xff])) return false;
  let nulAtEven = 0;
  let nulAtOdd = 0;
  let control = 0;
  sample.forEach((byte, index) => {
    if (byte === 0) {
      if (index % 2 === 0) nulAtEven += 1;
      else nulAtOdd += 1;
    } else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) {
      control += 1;
    }
  });
  const pairs = sample.length / 2;
  const isUtf16 = (nulAtOdd >= pairs * 0.4 && nulAtEven <= pairs * 0.05) || (nulAtEven >= pairs * 0.4 && nulAtOdd <= pairs * 0.05);
  if (isUtf16) return false;
  return nulAtEven + nulAtOdd > 0 || control > sample.length * 0.02;
}

export function sniffMemberFile(bytes: Uint8Array): SniffedMemberFile {
  if (startsWith(bytes, zipLocalHeader)) return describeZip(bytes);
  if (startsWith(bytes, oleCompound)) return { kind: 'legacy-office' };
  const known = signatures.find((signature) => startsWith(bytes, signature.bytes, signature.offset));
  if (known) return { kind: 'binary', what: known.what };
  return looksBinary(bytes) ? { kind: 'binary', what: 'a binary file' } : { kind: 'text' };
}

const chooseInstead = 'Choose a CSV file (comma-, semicolon- or tab-separated), a TXT file or an Excel workbook (.xlsx).';

/** The sentence that refuses a file Roster cannot read, or null for one it can. */
export function refusalOf(sniffed: SniffedMemberFile): string | null {
  switch (sniffed.kind) {
    case 'text':
    case 'xlsx':
      return null;
    case 'legacy-office':
      return (
        'This is a legacy Excel workbook (.xls) or another old Office document, which Roster cannot read. Open it in ' +
        'Excel and save it as CSV (File › Save As › CSV UTF-8) or as an Excel workbook (.xlsx), then choose that file.'
      );
    case 'binary':
      return `This is not a text file: it is ${sniffed.what}. ${chooseInstead}`;
  }
}
