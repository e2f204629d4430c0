import type { MemberFileEncoding } from './types';

export type DecodedMemberFile = { text: string; encoding: MemberFileEncoding; bom: boolean };

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Node's TextDecoder('windows-1252') decodes as Latin-1,
// so the table is applied by hand; unassigned bytes keep their C1 code point as the WHATWG decoder does.
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d,
  0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const utf16Sample = 4096;

/**
 * Bytes of a member file → text. A BOM decides first, then UTF-16 by its NUL-byte pattern, then strict UTF-8, and
 * Windows-1252 when the bytes are not valid UTF-8.
 */
export function decodeMemberFile(bytes: Uint8Array): DecodedMemberFile {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16(bytes.subarray(2), 'le'), encoding: 'utf-16le', bom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16(bytes.subarray(2), 'be'), encoding: 'utf-16be', bom: true };
  }

  const endian = guessUtf16Endianness(bytes);
  if (endian) {
    return { text: decodeUtf16(bytes, endian), encoding: endian === 'le' ? 'utf-16le' : 'utf-16be', bom: false };
  }

  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: 'utf-8', bom: false };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
  }
}

function decodeUtf8(bytes: Uint8Array): string {
  // After an explicit UTF-8 BOM, a stray invalid byte is more likely a typo than another encoding.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

function decodeUtf16(bytes: Uint8Array, endian: 'le' | 'be'): string {
  const source = endian === 'le' ? bytes : swapBytePairs(bytes);
  return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(source);
}

function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] ?? 0;
    swapped[i + 1] = bytes[i] ?? 0;
  }
  return swapped;
}

/** Text made mostly of ASCII, written as UTF-16 without a BOM, has a NUL in every other byte. */
function guessUtf16Endianness(bytes: Uint8Array): 'le' | 'be' | null {
  const length = Math.min(bytes.length, utf16Sample) & ~1;
  if (length < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls += 1;
    if (bytes[i + 1] === 0) oddNuls += 1;
  }
  const pairs = length / 2;
  if (oddNuls >= pairs * 0.4 && evenNuls <= pairs * 0.05) return 'le';
  if (evenNuls >= pairs * 0.4 && oddNuls <= pairs * 0.05) return 'be';
  return null;
}

function decodeWindows1252(bytes: Uint8Array): string {
  const utf16 = new Uint8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i] ?? 0;
    const codePoint = byte >= 0x80 && byte <= 0x9f ? (windows1252High[byte - 0x80] ?? byte) : byte;
    utf16[i * 2] = codePoint & 0xff;
    utf16[i * 2 + 1] = codePoint >> 8;
  }
  return new TextDecoder('utf-16le').decode(utf16);
}
