/**
 * `npm run -s check-members -- <file> [--json] [--kind builtin|enterprise] [--portal URL --token T]`
 *
 * Runs the bulk import's validation core (`analyzeMemberFile`, the pipeline the page runs in its worker) on a member
 * file and prints the row report. Writes nothing anywhere. See `usage` below, and the members-import README.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

import { rulesOnlyContext } from './check-members-context';
import { PortalError, type PortalClient, fetchOrganization, fetchPendingInvitations, fetchTakenUsernames, normalizePortalRoot } from './check-members-portal';
import { buildCheckReport, exitCodeOf, formatJson, formatText } from './check-members-report';
import { analyzeMemberFile } from '../src/features/members-import/core/analyze-member-file';
import type { MemberImportAnalysis, MemberImportRequest } from '../src/features/members-import/core/analyze-member-file';
import { usernameProblems } from '../src/features/members-import/core/member-field-rules';
import type { OrganizationContext } from '../src/features/members-import/core/organization-context';
import { MemberFileRefusal, memberFileBytes } from '../src/features/members-import/core/read-member-file';
import type { AccountKind, PortalKind } from '../src/features/members-import/core/types';

const tokenEnvironmentVariable = 'ROSTER_PORTAL_TOKEN';

const usage = `Usage: npm run -s check-members -- <file> [--json] [--kind builtin|enterprise] [--flavor online|enterprise] [--portal URL --token TOKEN]
   or: npx tsx scripts/check-members.ts <file> [options]

Checks a member file (.csv, .txt or the first sheet of an .xlsx workbook, any format the bulk import reads) exactly as the import's review step does:
same decoding, format and delimiter detection, column matching and row rules. Prints one line per row with its
status (ready, warning, error, exists, skipped) and messages, then the summary. Nothing is written to the portal.

Options
  --json          Print JSON instead of text: { file, format, encoding, delimiter, accountKind, checkedAgainst,
                  headersRecognized, notes, fileIssues, missingColumns, ignoredColumns, summary, rows: [{ line,
                  status, username, firstName, lastName, name, email, role, userType, groups, messages:
                  [{ severity, field, message }] }] }: each row's values as the review shows them, never the
                  password. Use npm's -s so npm prints no banner before it.
  --kind KIND     Account kind for every row: builtin (username + password) or enterprise (identity provider).
                  Default: the kind of the detected format.
  --flavor F      The portal the members go to: online (ArcGIS Online) or enterprise (ArcGIS Enterprise, whose
                  built-in usernames must be 6–24 letters, digits or _). With --portal, the portal says which it
                  is. With neither, the file is checked for ArcGIS Online and the rows whose usernames ArcGIS
                  Enterprise would refuse are named in a note.
  --portal URL    Also check against an organization. URL is its Sharing REST root,
                  e.g. http://localhost:3080/portal/sharing/rest. Needs an administrator's token.
  --token TOKEN   The token for --portal. Or set ${tokenEnvironmentVariable} instead, which keeps it out of
                  the command line (npm run echoes its arguments unless run with -s).
  -h, --help      Show this help.

Without --portal the file is checked against the rules only: the built-in roles (Administrator, Publisher, User,
Viewer, Data Editor), the standard user types with unlimited seats, new member defaults User + Creator, the
default password policy (8+ characters with a letter and a digit) and no groups, so any group is reported as
unknown. Groups, seats, existing members and pending invitations are only checked against a portal.

With --portal the organization's roles, user types and seats left, groups, new member defaults and password
policy are read, then every username is checked with community/checkUsernames (100 per request) and against
the pending invitations. Nothing else is sent.

Passwords are never printed, and neither is the token.

Exit status
  0  no row has an error (warnings, existing members and invitations are fine)
  1  some row has an error, or the file itself is not a usable member file (empty, unclosed quote,
     required column missing)
  2  usage error, the file cannot be read, or the portal refused a request or could not be reached
`;

type Options = { file: string; json: boolean; kind: AccountKind | undefined; flavor: PortalKind | undefined; portal: PortalClient | undefined };

class UsageError extends Error {}

/**
 * `--token T` as `--token=T`: a token may start with "-" (the emulator's sometimes do), which `parseArgs` would
 * otherwise refuse as a missing value.
 */
function withTokenJoined(args: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    const next = args[index + 1];
    if (arg === '--token' && next !== undefined) {
      joined.push(`--token=${next}`);
      index += 1;
    } else joined.push(arg);
  }
  return joined;
}

function parseCommandLine(args: string[]): Options | 'help' {
  const { values, positionals } = parseArgs({
    args: withTokenJoined(args),
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      kind: { type: 'string' },
      flavor: { type: 'string' },
      portal: { type: 'string' },
      token: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError('give the member file to check');
  if (extra.length > 0) throw new UsageError(`give one file (also got: ${extra.join(' ')})`);
  const { kind } = values;
  if (kind !== undefined && kind !== 'builtin' && kind !== 'enterprise') {
    throw new UsageError(`--kind must be builtin or enterprise (got "${kind}")`);
  }
  const { flavor } = values;
  if (flavor !== undefined && flavor !== 'online' && flavor !== 'enterprise') {
    throw new UsageError(`--flavor must be online or enterprise (got "${flavor}")`);
  }
  if (flavor !== undefined && values.portal !== undefined) throw new UsageError('--flavor is for checks without --portal: the portal says which it is');
  const token = values.token ?? process.env[tokenEnvironmentVariable];
  if (values.portal === undefined && values.token !== undefined) throw new UsageError('--token needs --portal');
  if (values.portal !== undefined && !token) {
    throw new UsageError(`--portal needs a token: --token TOKEN or ${tokenEnvironmentVariable}`);
  }
  let portal: PortalClient | undefined;
  if (values.portal !== undefined && token) {
    try {
      portal = { root: normalizePortalRoot(values.portal), token };
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
  }
  return { file, json: values.json ?? false, kind, flavor, portal };
}

/** Progress on stderr, only for a person watching (never into a pipe or a test's output). */
function progress(text: string): void {
  if (process.stderr.isTTY) process.stderr.write(`\r${text}\x1b[K`);
}

async function analyzeAgainstPortal(
  bytes: ArrayBuffer,
  kind: AccountKind | undefined,
  client: PortalClient,
): Promise<{ analysis: MemberImportAnalysis; notes: string[] }> {
  progress('Reading the organization…');
  const { orgId, orgName, ...organization } = await fetchOrganization(client);
  const request = (context: MemberImportRequest['context']): MemberImportRequest => ({
    bytes,
    context: kind ? { ...context, accountKind: kind } : context,
  });
  // First pass: the rows as mapped, to know which usernames to ask about (as the page does).
  const mapped = analyzeMemberFile(request(organization));
  const usernames = mapped.rows.map((row) => row.username);
  const [check, pending] = await Promise.all([
    fetchTakenUsernames(client, usernames, (checked, total) => progress(`Checking usernames… ${checked}/${total}`)),
    fetchPendingInvitations(client),
  ]);
  progress('');
  const notes = [
    `Checked against ${client.root} (${orgName}, org ${orgId}): roles, user types and seats left, groups, ` +
      'new member defaults, password policy, existing usernames and pending invitations.',
    // What the portal did not report, and the fallback used instead.
    ...organization.notices,
  ];
  if (check.unconfirmed.size > 0) {
    notes.push(
      `The portal did not confirm ${check.unconfirmed.size} ${check.unconfirmed.size === 1 ? 'username' : 'usernames'} ` +
        'as free (it left them out of its answer); they may be reserved by deleted accounts.',
    );
  }
  if (pending.usernames === null) {
    notes.push(`Pending invitations were not checked: the portal did not list them (${pending.reason}).`);
  }
  const analysis = analyzeMemberFile(
    request({
      ...organization,
      existingUsernames: check.taken,
      unconfirmedUsernames: check.unconfirmed,
      ...(pending.usernames ? { pendingInvitations: pending.usernames } : {}),
    }),
  );
  return { analysis, notes };
}

function analyzeWithRulesOnly(
  bytes: ArrayBuffer,
  kind: AccountKind | undefined,
  flavor: PortalKind | undefined,
): { analysis: MemberImportAnalysis; notes: string[] } {
  const context: OrganizationContext = { ...rulesOnlyContext(), portalKind: flavor ?? 'online' };
  const analysis = analyzeMemberFile({ bytes, context: kind ? { ...context, accountKind: kind } : context });
  const notes = [
    `Checked against the rules only${flavor === 'enterprise' ? ' of ArcGIS Enterprise' : ''}: built-in roles, standard user types, default password policy.`,
    'Groups, seats, existing members and pending invitations are only checked against a portal ' + '(--portal URL --token TOKEN).',
  ];
  if (flavor === undefined) notes.push(...enterpriseUsernameNotes(analysis));
  return { analysis, notes };
}

/** Without a flavor: the built-in usernames ArcGIS Enterprise would refuse, so one file can be checked for both. */
function enterpriseUsernameNotes(analysis: MemberImportAnalysis): string[] {
  if (analysis.accountKind !== 'builtin') return [];
  const refused = analysis.rows.filter(
    (row) =>
      row.username !== '' && usernameProblems(row.username, 'builtin').length === 0 && usernameProblems(row.username, 'builtin', 'enterprise').length > 0,
  );
  if (refused.length === 0) return [];
  const lines = refused.map((row) => `line ${String(row.line)} (${row.username})`).join(', ');
  return [`On ArcGIS Enterprise (--flavor enterprise), built-in usernames must be 6–24 letters, digits or _: ${lines} would be refused.`];
}

/** Every value given for --token, so no message can show it, even one about a malformed command line. */
function tokensIn(args: readonly string[]): string[] {
  const tokens = args.flatMap((arg, index) => {
    if (arg === '--token') return [args[index + 1] ?? ''];
    return arg.startsWith('--token=') ? [arg.slice('--token='.length)] : [];
  });
  const fromEnvironment = process.env[tokenEnvironmentVariable];
  // Real tokens are long; masking a few characters would only garble the message.
  return [...tokens, ...(fromEnvironment ? [fromEnvironment] : [])].filter((token) => token.length >= 8);
}

function redact(text: string, secrets: readonly string[]): string {
  return secrets.reduce((result, secret) => result.split(secret).join('***'), text);
}

async function main(args: string[]): Promise<number> {
  const fail = (message: string) => {
    progress('');
    process.stderr.write(`check-members: ${redact(message, tokensIn(args))}\n`);
    return 2;
  };

  let options: Options | 'help';
  try {
    options = parseCommandLine(args);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(`${message}\nRun with --help for usage.`);
  }
  if (options === 'help') {
    process.stdout.write(usage);
    return 0;
  }

  let bytes: ArrayBuffer;
  try {
    bytes = Uint8Array.from(await readFile(options.file)).buffer;
  } catch (error) {
    const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
    return fail(`cannot read ${options.file} (${code})`);
  }

  // An image or a legacy .xls is refused with what it is; an Excel workbook's first sheet is read as CSV.
  let workbook: boolean;
  try {
    ({ bytes, workbook } = await memberFileBytes(bytes));
  } catch (error) {
    if (!(error instanceof MemberFileRefusal)) throw error;
    progress('');
    process.stderr.write(`check-members: ${options.file}: ${error.message}\n`);
    return 1;
  }

  let result: { analysis: MemberImportAnalysis; notes: string[] };
  try {
    result = options.portal ? await analyzeAgainstPortal(bytes, options.kind, options.portal) : analyzeWithRulesOnly(bytes, options.kind, options.flavor);
  } catch (error) {
    if (error instanceof PortalError) return fail(`the portal check failed: ${error.message}`);
    throw error;
  }

  const report = buildCheckReport(result.analysis, {
    file: options.file,
    checkedAgainst: options.portal?.root ?? 'rules',
    notes: workbook ? ['Read from the first sheet of the Excel workbook.', ...result.notes] : result.notes,
  });
  process.stdout.write(options.json ? formatJson(report) : formatText(report));
  return exitCodeOf(report);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`check-members: unexpected failure: ${redact(message, tokensIn(process.argv))}\n`);
    process.exitCode = 2;
  },
);
