import { applyMemberMapping, splitGroupsCell } from './apply-member-mapping';
import { decodeMemberFile } from './decode-member-file';
import { formatFromFields } from './detect-member-format';
import { matchMemberHeaders, missingRequiredFields } from './match-member-headers';
import type { MemberHeaderMatch } from './match-member-headers';
import { accountKindOfFormat, requiredFieldsByFormat, requiredValueFields } from './member-columns';
import { parseMemberFile } from './parse-member-file';
import type { AccountKind, MemberField, MemberFileDelimiter, MemberImportContext, MemberMapping, MemberRow, MemberValidation, ParsedMemberFile } from './types';
import { createMemberValidator, type MemberValidator } from './validate-member-rows';

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
  return analyzeKeepingValidator(parsed, request).analysis;
}

/** An analysis with the validator that made it, so that one line's fix can be checked again on its own (`reanalyzeLine`). */
export type KeptAnalysis = { analysis: MemberImportAnalysis; validator: MemberValidator };

type AnalysisRequest = Omit<MemberImportRequest, 'bytes' | 'delimiter'>;

/** The file's format under `mapping` (the reviewer's, else none yet), the automatic match, and the mapping in force. */
function columnsOf(parsed: ParsedMemberFile, requested?: MemberMapping) {
  // Headers Roster does not know say nothing about the kind of accounts: until the reviewer maps the columns, only a
  // username is asked for; then the mapped fields decide (a mapped password means built-in accounts).
  const detected = parsed.headersUnrecognized
    ? {
        ...parsed,
        format: requested ? formatFromFields(new Set(mappedFields(requested)), parsed.delimiter) : ('enterprise' as const),
      }
    : parsed;
  const headerMatch = matchMemberHeaders(detected.headers, detected.format);
  return { detected, headerMatch, mapping: requested ?? headerMatch.mapping };
}

/**
 * The usernames of a parsed file's rows under the columns as read (the automatic match), each once: what the review
 * will ask the portal about unless the reviewer maps another column, known before the rows are checked.
 */
export function usernamesAsRead(parsed: ParsedMemberFile): string[] {
  const { detected, mapping } = columnsOf(parsed);
  const header = mapping.username === undefined ? undefined : detected.headers[mapping.username];
  if (header === undefined) return [];
  const usernames = new Set<string>();
  for (const { cells } of detected.rows) {
    const username = cells[header];
    if (username) usernames.add(username);
  }
  return [...usernames];
}

/** The file's format and kind of accounts under `request`'s mapping, and the fields every row must fill. */
function readingOf(parsed: ParsedMemberFile, request: AnalysisRequest) {
  const { detected, headerMatch, mapping } = columnsOf(parsed, request.mapping);
  const formatKind = accountKindOfFormat(detected.format);
  const accountKind = request.context.accountKind ?? formatKind;
  const requiredFields =
    request.context.requiredFields ?? (accountKind === formatKind ? requiredFieldsByFormat[detected.format] : requiredValueFields[accountKind]);
  return { detected, headerMatch, mapping, accountKind, requiredFields };
}

export function analyzeKeepingValidator(parsed: ParsedMemberFile, request: AnalysisRequest): KeptAnalysis {
  const { detected, headerMatch, mapping, accountKind, requiredFields } = readingOf(parsed, request);
  const file = request.edits ? applyCellEdits(detected, mapping, request.edits) : detected;
  const mapped = applyMemberMapping(file, mapping, accountKind);
  const rows = request.edits ? applyUnmappedEdits(mapped, mapping, request.edits) : mapped;
  const validator = createMemberValidator(rows, { ...request.context, accountKind, requiredFields });
  return {
    analysis: {
      file,
      headerMatch,
      mapping,
      missingRequired: missingRequiredFields(mapping, file.format),
      accountKind,
      rows,
      validation: validator.validation,
    },
    validator,
  };
}

/**
 * `kept` after a fix to `line` alone (`request` differs from the one `kept` was made with only in that line's edits and
 * in the portal's answers about `changedUsernames`): that row is read again from the file with its edits and checked
 * with the rows it collides with. Gives what `analyzeKeepingValidator` would; null when the line is not in the file.
 */
export function reanalyzeLine(
  parsed: ParsedMemberFile,
  kept: KeptAnalysis,
  request: AnalysisRequest,
  line: number,
  changedUsernames: ReadonlySet<string>,
): KeptAnalysis | null {
  const index = parsed.rows.findIndex((row) => row.line === line);
  const raw = parsed.rows[index];
  if (!raw) return null;
  const { detected, mapping, accountKind, requiredFields } = readingOf(parsed, request);
  const lineEdits = request.edits?.[line] ? { [line]: request.edits[line] } : undefined;
  const [fileRow] = lineEdits ? applyCellEdits({ ...detected, rows: [raw] }, mapping, lineEdits).rows : [raw];
  const [mapped] = applyMemberMapping({ ...detected, rows: fileRow ? [fileRow] : [] }, mapping, accountKind);
  const [row] = mapped && lineEdits ? applyUnmappedEdits([mapped], mapping, lineEdits) : [mapped];
  if (!fileRow || !row) return null;
  const { analysis, validator } = kept;
  const file = { ...analysis.file, rows: analysis.file.rows.map((other, at) => (at === index ? fileRow : other)) };
  const rows = analysis.rows.map((other, at) => (at === index ? row : other));
  const validation = validator.replaceRow(index, row, { ...request.context, accountKind, requiredFields }, changedUsernames);
  return { analysis: { ...analysis, file, rows, validation }, validator };
}

/**
 * `kept` under `request`, which differs from the one `kept` was made with only in the portal's answers about
 * `changedUsernames` (the review's checks arriving): only the rows with those usernames are checked again, then seats
 * and the summary. Gives what `analyzeKeepingValidator` would.
 */
export function recheckAnswers(parsed: ParsedMemberFile, kept: KeptAnalysis, request: AnalysisRequest, changedUsernames: ReadonlySet<string>): KeptAnalysis {
  const { accountKind, requiredFields } = readingOf(parsed, request);
  const validation = kept.validator.recheckUsernames({ ...request.context, accountKind, requiredFields }, changedUsernames);
  return { analysis: { ...kept.analysis, validation }, validator: kept.validator };
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
