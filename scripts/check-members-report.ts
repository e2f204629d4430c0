import type { MemberImportAnalysis } from '../src/features/members-import/core/analyze-member-file';
import { fullNameOf } from '../src/features/members-import/core/build-invitation';
import { describeImportSummary } from '../src/features/members-import/core/import-summary';
import { memberFieldLabels } from '../src/features/members-import/core/member-columns';
import type {
  AccountKind,
  IssueSeverity,
  MemberField,
  MemberFileDelimiter,
  MemberFileEncoding,
  MemberFileFormat,
  MemberImportSummary,
  MemberRowStatus,
} from '../src/features/members-import/core/types';

/** One message as the review shows it: "Line 3, Email: … is not a valid email address". */
export type ReportMessage = { severity: IssueSeverity; field: MemberField | null; message: string };

/** A row as the review shows it (fixed values, never the password): role and user type as written, empty for the defaults. */
export type ReportRow = {
  line: number;
  status: MemberRowStatus;
  username: string;
  firstName: string;
  lastName: string;
  /** The Name column, or first and last name joined, as the review's Name column. */
  name: string;
  email: string;
  role: string;
  userType: string;
  groups: string[];
  messages: ReportMessage[];
};

/** What `check-members` prints (`--json` prints it as is). Holds no password: rows carry only username and messages. */
export type CheckReport = {
  file: string;
  format: MemberFileFormat;
  encoding: MemberFileEncoding;
  delimiter: MemberFileDelimiter;
  accountKind: AccountKind;
  /** False when most headers name no known field (another language): `format` is then not a finding. */
  headersRecognized: boolean;
  /** `"rules"`, or the Sharing REST root the file was checked against. */
  checkedAgainst: string;
  /** What was and was not checked (rules only, invitations not listed …). */
  notes: string[];
  /** Problems of the file itself, not of one row: empty file, unclosed quote, repeated column, extra values. */
  fileIssues: { line: number; severity: IssueSeverity; message: string }[];
  /** Required columns (labels) the file does not have. */
  missingColumns: string[];
  /** Headers that feed no field. */
  ignoredColumns: string[];
  /**
   * The validation summary. `seatsLeft` is null for a user type without a seat limit or whose seats the portal did not
   * report; `seatsReported` is false for the latter (seats were then not checked: the portal decides).
   */
  summary: Omit<MemberImportSummary, 'byUserType'> & {
    byUserType: (Omit<MemberImportSummary['byUserType'][number], 'seatsLeft'> & {
      seatsLeft: number | null;
      seatsReported: boolean;
    })[];
    /** The sentence a reviewer confirms: "412 members will be added: …". */
    text: string;
  };
  rows: ReportRow[];
};

/** The analysis as a report, without passwords (they are never read from `analysis.rows`). */
export function buildCheckReport(analysis: MemberImportAnalysis, meta: { file: string; checkedAgainst: string; notes: string[] }): CheckReport {
  const { file, validation } = analysis;
  const rowByLine = new Map(analysis.rows.map((row) => [row.line, row]));
  const { summary } = validation;
  return {
    file: meta.file,
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    accountKind: analysis.accountKind,
    headersRecognized: !file.headersUnrecognized,
    checkedAgainst: meta.checkedAgainst,
    notes: meta.notes,
    fileIssues: file.issues.filter((issue) => issue.field === null).map(({ line, severity, message }) => ({ line, severity, message })),
    missingColumns: analysis.missingRequired.map((field) => memberFieldLabels[field]),
    ignoredColumns: analysis.headerMatch.unknownHeaders.map(({ header }) => header),
    summary: {
      ...summary,
      byUserType: summary.byUserType.map((type) => ({
        ...type,
        seatsLeft: type.seatsLeft !== null && Number.isFinite(type.seatsLeft) ? type.seatsLeft : null,
        seatsReported: type.seatsLeft !== null,
      })),
      text: describeImportSummary(summary),
    },
    rows: validation.rows.map((result) => {
      const row = rowByLine.get(result.line);
      return {
        line: result.line,
        status: result.status,
        username: row?.username ?? '',
        firstName: row?.firstName ?? '',
        lastName: row?.lastName ?? '',
        name: row ? fullNameOf(row) : '',
        email: row?.email ?? '',
        role: row?.role ?? '',
        userType: row?.userType ?? '',
        groups: row ? [...row.groups] : [],
        messages: result.messages.map(({ severity, field, message }) => ({ severity, field, message })),
      };
    }),
  };
}

/** 0 when nothing is in error; 1 when a row has an error or the file itself cannot be read as a member file. */
export function exitCodeOf(report: CheckReport): 0 | 1 {
  const fileError = report.fileIssues.some((issue) => issue.severity === 'error');
  return report.summary.counts.error > 0 || fileError || report.missingColumns.length > 0 ? 1 : 0;
}

export function formatJson(report: CheckReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const formatNames: Record<MemberFileFormat, string> = {
  builtin: 'built-in accounts with a header',
  saml: 'SAML accounts with a header',
  enterprise: 'enterprise accounts with a header',
  'createusers-builtin': 'CreateUsers built-in accounts (no header)',
  'createusers-enterprise': 'CreateUsers enterprise accounts (no header)',
};

const delimiterNames: Record<MemberFileDelimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

const encodingNames: Record<MemberFileEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};

// Control characters and bidirectional overrides from a file must not steer the terminal or reorder the report.
const unsafeForTerminal = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

/** A value from the file, made safe to print: control and bidi characters become U+FFFD. */
export function printable(text: string): string {
  return text.replace(unsafeForTerminal, '\uFFFD');
}

/** The report as text: what was read and checked, a block per row (line, status, username, messages), the summary. */
export function formatText(report: CheckReport): string {
  const out: string[] = [];
  const kind = report.accountKind === 'builtin' ? 'built-in' : 'enterprise';
  out.push(
    `${printable(report.file)}: ${report.headersRecognized ? formatNames[report.format] : 'column headers not recognised'}, ${encodingNames[report.encoding]}, ` +
      `${delimiterNames[report.delimiter]}-delimited; checked as ${kind} accounts.`,
  );
  for (const note of report.notes) out.push(printable(note));
  if (report.missingColumns.length > 0) out.push(`Missing required columns: ${report.missingColumns.join(', ')}.`);
  if (report.ignoredColumns.length > 0) {
    out.push(`Ignored columns: ${report.ignoredColumns.map((header) => `"${printable(header)}"`).join(', ')}.`);
  }
  for (const issue of report.fileIssues) {
    out.push(`${issue.severity === 'error' ? 'Error' : 'Warning'}: ${printable(issue.message)}`);
  }
  out.push('');

  if (report.rows.length > 0) {
    const lineWidth = Math.max('Line'.length, ...report.rows.map((row) => String(row.line).length));
    const statusWidth = 'warning'.length;
    const usernameLengths = report.rows.map((row) => printable(row.username).length);
    const usernameWidth = Math.min(32, Math.max('Username'.length, ...usernameLengths));
    const columns = (line: string, status: string, username: string, message: string) =>
      `${line.padStart(lineWidth)}  ${status.padEnd(statusWidth)}  ${username.padEnd(usernameWidth)}  ${message}`.trimEnd();
    out.push(columns('Line', 'Status', 'Username', 'Messages'));
    for (const row of report.rows) {
      const messages = row.messages.map((issue) => {
        // The line is in its own column; a warning on a row in error says it is only a warning.
        const text = printable(issue.message.replace(/^Line \d+, /, ''));
        return row.status === 'error' && issue.severity === 'warning' ? `(warning) ${text}` : text;
      });
      const username = printable(row.username) || '-';
      out.push(columns(String(row.line), row.status, username, messages[0] ?? ''));
      for (const message of messages.slice(1)) out.push(columns('', '', '', message));
    }
    out.push('');
  }

  const { counts, total } = report.summary;
  out.push(
    `${total} ${total === 1 ? 'row' : 'rows'}: ${counts.ready} ready, ${counts.warning} with warnings, ` +
      `${counts.error} with errors, ${counts.exists} already members or invited, ${counts.skipped} excluded.`,
  );
  out.push(report.summary.text);
  return `${out.join('\n')}\n`;
}
