import { applyMemberMapping } from './apply-member-mapping';
import { decodeMemberFile } from './decode-member-file';
import { accountKindOfFormat, requiredFieldsByFormat, requiredValueFields } from './member-columns';
import { matchMemberHeaders, missingRequiredFields } from './match-member-headers';
import type { MemberHeaderMatch } from './match-member-headers';
import { parseMemberFile } from './parse-member-file';
import type {
  AccountKind,
  MemberField,
  MemberFileDelimiter,
  MemberImportContext,
  MemberMapping,
  MemberRow,
  MemberValidation,
  ParsedMemberFile,
} from './types';
import { validateMemberRows } from './validate-member-rows';

/** What the page posts to the worker; everything is structured-cloneable (Sets included). */
export type MemberImportRequest = {
  bytes: ArrayBuffer;
  /** The user's (edited) mapping; the automatic match when absent. */
  mapping?: MemberMapping;
  /** Overrides the detected delimiter. */
  delimiter?: MemberFileDelimiter;
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
  const { text, encoding } = decodeMemberFile(new Uint8Array(request.bytes));
  const file = parseMemberFile(text, request.delimiter ? { encoding, delimiter: request.delimiter } : { encoding });
  const headerMatch = matchMemberHeaders(file.headers, file.format);
  const mapping = request.mapping ?? headerMatch.mapping;
  const formatKind = accountKindOfFormat(file.format);
  const accountKind = request.context.accountKind ?? formatKind;
  const rows = applyMemberMapping(file, mapping, accountKind);
  const requiredFields =
    request.context.requiredFields ??
    (accountKind === formatKind ? requiredFieldsByFormat[file.format] : requiredValueFields[accountKind]);
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
