import { describe, expect, it } from 'vitest';

import { decodeMemberFile } from './decode-member-file';

const text = 'First Name,Last Name\nZoë,Müller\n';

function utf16(value: string, endian: 'le' | 'be'): number[] {
  return Array.from({ length: value.length }, (_, index) => value.charCodeAt(index)).flatMap((unit) =>
    endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff],
  );
}

describe('decodeMemberFile', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeMemberFile(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8', bom: false });
  });

  it('reads UTF-8 with a BOM (Excel "CSV UTF-8") and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeMemberFile(bytes)).toEqual({ text, encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 LE with a BOM (Excel "Unicode Text")', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...utf16(text, 'le')]);
    expect(decodeMemberFile(bytes)).toEqual({ text, encoding: 'utf-16le', bom: true });
  });

  it('reads UTF-16 BE with a BOM', () => {
    const bytes = new Uint8Array([0xfe, 0xff, ...utf16(text, 'be')]);
    expect(decodeMemberFile(bytes)).toEqual({ text, encoding: 'utf-16be', bom: true });
  });

  it('recognises BOM-less UTF-16 LE and BE by their NUL bytes', () => {
    expect(decodeMemberFile(new Uint8Array(utf16(text, 'le')))).toEqual({ text, encoding: 'utf-16le', bom: false });
    expect(decodeMemberFile(new Uint8Array(utf16(text, 'be')))).toEqual({ text, encoding: 'utf-16be', bom: false });
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8, including the 0x80–0x9F range', () => {
    // "Zoë,O’Neil,5 €" as Excel "CSV (Comma delimited)" writes it on Western Windows.
    const bytes = new Uint8Array([0x5a, 0x6f, 0xeb, 0x2c, 0x4f, 0x92, 0x4e, 0x65, 0x69, 0x6c, 0x2c, 0x35, 0x20, 0x80]);
    expect(decodeMemberFile(bytes)).toEqual({ text: 'Zoë,O’Neil,5 €', encoding: 'windows-1252', bom: false });
  });

  it('keeps plain ASCII as UTF-8 and treats an empty file as empty UTF-8', () => {
    expect(decodeMemberFile(new TextEncoder().encode('Username,Role\n'))).toMatchObject({ encoding: 'utf-8' });
    expect(decodeMemberFile(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', bom: false });
  });
});
