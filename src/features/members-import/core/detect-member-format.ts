import { fieldForHeader } from './member-columns';
import { isLegacyRoleValue } from './resolve-member-references';
import type { MemberField, MemberFileDelimiter, MemberFileFormat } from './types';

export const memberFileDelimiters: readonly MemberFileDelimiter[] = [',', ';', '\t', '|'];

const sampleChars = 64 * 1024;
const sampleRecords = 50;
const emailLike = /^[^\s@|]+@[^\s@|]+\.[^\s@|]+$/;

/**
 * Picks the delimiter that splits the largest share of records, then the one giving the most fields; delimiters
 * inside quoted fields are not counted. Expects `\n` line breaks. Defaults to a comma.
 */
export function detectDelimiter(text: string): MemberFileDelimiter {
  const sample = text.slice(0, sampleChars);
  let best: { delimiter: MemberFileDelimiter; splitShare: number; meanFields: number } = {
    delimiter: ',',
    splitShare: 0,
    meanFields: 1,
  };
  for (const delimiter of memberFileDelimiters) {
    const counts = countFieldsPerRecord(sample, delimiter);
    if (counts.length === 0) continue;
    const splitShare = counts.filter((count) => count > 1).length / counts.length;
    const meanFields = counts.reduce((sum, count) => sum + count, 0) / counts.length;
    if (splitShare > best.splitShare || (splitShare === best.splitShare && meanFields > best.meanFields)) {
      best = { delimiter, splitShare, meanFields };
    }
  }
  return best.delimiter;
}

/** Fields per non-blank record, with PapaParse's quoting rule: a quote opens a field only as its first character. */
function countFieldsPerRecord(text: string, delimiter: string): number[] {
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let atFieldStart = true;
  let hasContent = false;
  for (let i = 0; i < text.length && counts.length < sampleRecords; i += 1) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') i += 1;
        else inQuotes = false;
      }
    } else if (char === '"' && atFieldStart) {
      inQuotes = true;
      atFieldStart = false;
      hasContent = true;
    } else if (char === delimiter) {
      fields += 1;
      atFieldStart = true;
      hasContent = true;
    } else if (char === '\n') {
      if (hasContent) counts.push(fields);
      fields = 1;
      atFieldStart = true;
      hasContent = false;
    } else {
      atFieldStart = false;
      if (char !== ' ' && char !== '\t') hasContent = true;
    }
  }
  if (hasContent && counts.length < sampleRecords) counts.push(fields);
  return counts;
}

/**
 * The file's format from its first records. Comma, semicolon and tab files always start with a header; a pipe file
 * does when its first record is mostly known column names, otherwise it is a CreateUsers file.
 */
export function detectMemberFormat(records: readonly (readonly string[])[], delimiter: MemberFileDelimiter): { format: MemberFileFormat; hasHeader: boolean } {
  const first = records[0] ?? [];
  if (delimiter !== '|' || looksLikeHeader(first)) {
    return { format: formatFromHeaders(first, delimiter), hasHeader: true };
  }
  return { format: guessCreateUsersFormat(records), hasHeader: false };
}

function looksLikeHeader(cells: readonly string[]): boolean {
  const filled = cells.filter((cell) => cell.trim() !== '');
  const known = filled.filter((cell) => fieldForHeader(cell) !== undefined).length;
  return known >= 2 && known * 2 >= filled.length;
}

function formatFromHeaders(headers: readonly string[], delimiter: MemberFileDelimiter): MemberFileFormat {
  return formatFromFields(new Set(headers.map(fieldForHeader)), delimiter);
}

/** The format the fields a file has (by header, or as the reviewer mapped them) imply. */
export function formatFromFields(fields: ReadonlySet<MemberField | undefined>, delimiter: MemberFileDelimiter): MemberFileFormat {
  const hasSplitName = fields.has('firstName') || fields.has('lastName');
  if (delimiter === '|' && fields.has('fullName') && !hasSplitName) {
    return fields.has('password') ? 'createusers-builtin' : 'createusers-enterprise';
  }
  if (fields.has('password')) return 'builtin';
  if (hasSplitName || fields.has('email') || fields.has('fullName')) return 'saml';
  return 'enterprise';
}

/**
 * Built-in lines are `account|password|email|name|role|…`, enterprise ones `login|email|name|role|…`: each line
 * votes by where its email and role sit. A tie reads as built-in, so that a password column is never taken for an
 * email (and quoted in a message).
 */
function guessCreateUsersFormat(records: readonly (readonly string[])[]): MemberFileFormat {
  let votes = 0;
  for (const record of records.slice(0, sampleRecords)) {
    const [, second = '', third = '', fourth = '', fifth = ''] = record;
    if (emailLike.test(third) && !emailLike.test(second)) votes -= 1;
    if (emailLike.test(second) && !emailLike.test(third)) votes += 1;
    if (isLegacyRoleValue(fifth) && !isLegacyRoleValue(fourth)) votes -= 1;
    if (isLegacyRoleValue(fourth) && !isLegacyRoleValue(fifth)) votes += 1;
  }
  return votes > 0 ? 'createusers-enterprise' : 'createusers-builtin';
}
