import { applyMemberMapping, splitGroupsCell } from './apply-member-mapping';
import { decodeMemberFile } from './decode-member-file';
import { formatFromFields } from './detect-member-format';
import { matchMemberHeaders, missingRequiredFields } from './match-member-headers';
import type { MemberHeaderMatch } from './match-member-headers';
import { accountKindOfFormat, requiredFieldsByFormat, requiredValueFields } from './member-columns';
import { parseMemberFile } from './parse-member-file';
import type { AccountKind, MemberField, MemberFileDelimiter, MemberImportContext, MemberMapping, MemberRow, MemberValidation, ParsedMemberFile } from './types';
import { validateMemberRows } from './validate-member-rows';

/** What the page posts to the worker; everything is structured-cloneable (Sets included). */
export type MemberImportRequest = {
  bytes: ArrayBuffer;
  /** The user's (edited) mapping; the automatic match when absent. */
  mapping?: MemberMapping;
  /** Overrides the detected delimiter. */
  delimiter?: MemberFileDelimiter;
  /**
   * Cells the reviewer fixed in place: line → field → new value. A field without a column (role, user type, groups
   * set from the review) is read from the edit as if the file had that cell.
   */
  edits?: Readonly<Record<number, Partial<Record<MemberField, string>>>>;
  /** `accountKind` defaults to the detected format's. */
  context: Omit<MemberImportContext, 'accountKind'> & { accountKind?: AccountKind };
};

export type MemberImportAnalysis = {
  file: ParsedMemberFile;
  /** The automatic match, for the columns step (unknown headers, the suggested mapping). */
  headerMatch: MemberHeaderMatch;
  /** The mapping the rows were read with, and what it leaves missing. */
  mapping: MemberMapping;
  missingRequired: MemberField[];
  accountKind: AccountKind;
  rows: MemberRow[];
  validation: MemberValidation;
};

export type MemberImportResponse = { ok: true; analysis: MemberImportAnalysis } | { ok: false; message: string };

/** Bytes of a member file → decoded, parsed, mapped and validated; the whole pipeline the worker runs. */
export function analyzeMemberFile(request: MemberImportRequest): MemberImportAnalysis {
  return analyzeParsedMemberFile(parseMemberBytes(request.bytes, request.delimiter), request);
}

/** Bytes → decoded and parsed file: the expensive half, which a re-check after a fix need not repeat. */
export function parseMemberBytes(bytes: ArrayBuffer, delimiter?: MemberFileDelimiter): ParsedMemberFile {
  const { text, encoding } = decodeMemberFile(new Uint8Array(bytes));
  return parseMemberFile(text, delimiter ? { encoding, delimiter } : { encoding });
}

/** A parsed file → matched, mapped (with the reviewer's edits) and validated. */
export function analyzeParsedMemberFile(parsed: ParsedMemberFile, request: Omit<MemberImportRequest, 'bytes' | 'delimiter'>): MemberImportAnalysis {
  // Headers Roster does not know say nothing about the kind of accounts: until the reviewer maps the columns, only a
  // username is asked for; then the mapped fields decide (a mapped password means built-in accounts).
  const detected = parsed.headersUnrecognized
    ? {
        ...parsed,
        format: request.mapping ? formatFromFields(new Set(mappedFields(request.mapping)), parsed.delimiter) : ('enterprise' as const),
      }
    : parsed;
  const headerMatch = matchMemberHeaders(detected.headers, detected.format);
  const mapping = request.mapping ?? headerMatch.mapping;
  const file = request.edits ? applyCellEdits(detected, mapping, request.edits) : detected;
  const formatKind = accountKindOfFormat(file.format);
  const accountKind = request.context.accountKind ?? formatKind;
  const mapped = applyMemberMapping(file, mapping, accountKind);
  const rows = request.edits ? applyUnmappedEdits(mapped, mapping, request.edits) : mapped;
  const requiredFields =
    request.context.requiredFields ?? (accountKind === formatKind ? requiredFieldsByFormat[file.format] : requiredValueFields[accountKind]);
  const validation = validateMemberRows(rows, { ...request.context, accountKind, requiredFields });
  return {
    file,
    headerMatch,
    mapping,
    missingRequired: missingRequiredFields(mapping, file.format),
    accountKind,
    rows,
    validation,
  };
}

/** Fields the review can set on rows whose file has no column for them. */
export const settableWithoutColumn = ['role', 'userType', 'groups'] as const satisfies readonly MemberField[];

/** The reviewer's values for fields the file has no column for, read into the rows (a Groups value split like a cell). */
function applyUnmappedEdits(rows: MemberRow[], mapping: MemberMapping, edits: Readonly<Record<number, Partial<Record<MemberField, string>>>>): MemberRow[] {
  const fields = settableWithoutColumn.filter((field) => mapping[field] === undefined);
  if (fields.length === 0) return rows;
  return rows.map((row) => {
    const rowEdits = edits[row.line];
    if (!rowEdits || !fields.some((field) => rowEdits[field] !== undefined)) return row;
    const next = { ...row };
    for (const field of fields) {
      const value = rowEdits[field];
      if (value === undefined) continue;
      if (field === 'groups') next.groups = splitGroupsCell(value);
      else next[field] = value;
    }
    return next;
  });
}

function mappedFields(mapping: MemberMapping): MemberField[] {
  return (Object.entries(mapping) as [MemberField, number | undefined][]).flatMap(([field, index]) => (index === undefined ? [] : [field]));
}

/** Writes the reviewer's fixes into the parsed cells, so validation and every export see the fixed values. */
function applyCellEdits(
  file: ParsedMemberFile,
  mapping: MemberMapping,
  edits: Readonly<Record<number, Partial<Record<MemberField, string>>>>,
): ParsedMemberFile {
  const rows = file.rows.map((row) => {
    const rowEdits = edits[row.line];
    if (!rowEdits) return row;
    const cells = { ...row.cells };
    for (const [field, value] of Object.entries(rowEdits) as [MemberField, string][]) {
      const index = mapping[field];
      const header = index === undefined ? undefined : file.headers[index];
      if (header !== undefined) cells[header] = value;
    }
    return { ...row, cells };
  });
  return { ...file, rows };
}
