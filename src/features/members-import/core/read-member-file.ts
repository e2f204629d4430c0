import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';

import { refusalOf, sniffMemberFile } from './sniff-member-file';

/** A file Roster cannot read as a member file; the message says what it is and what to choose instead. */
export class MemberFileRefusal extends Error {
  override name = 'MemberFileRefusal';
}

type Cell = string | number | boolean | Date | null;

function cellText(value: Cell): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/**
 * Bytes of a chosen file → bytes the text pipeline reads. Text passes as it is; the first sheet of an Excel workbook
 * (.xlsx, read with read-excel-file) becomes CSV; anything else (an image, a legacy .xls, a PDF …) is refused.
 */
export async function memberFileBytes(bytes: ArrayBuffer): Promise<{ bytes: ArrayBuffer; workbook: boolean }> {
  const sniffed = sniffMemberFile(new Uint8Array(bytes));
  const refusal = refusalOf(sniffed);
  if (refusal) throw new MemberFileRefusal(refusal);
  if (sniffed.kind !== 'xlsx') return { bytes, workbook: false };
  let rows: Cell[][];
  try {
    rows = (await readSheet(bytes)) as Cell[][];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MemberFileRefusal(`This Excel workbook could not be read (${reason}). Save it as CSV and choose that file.`);
  }
  const text = Papa.unparse(
    rows.map((row) => row.map(cellText)),
    { newline: '\n' },
  );
  return { bytes: new TextEncoder().encode(text).buffer, workbook: true };
}
