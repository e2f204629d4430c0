import { memberFieldLabels, requiredValueFields } from './member-columns';
import { describePasswordPolicy, descriptionMaxLength, isValidEmail, joinWithAnd, passwordShortfalls, usernameProblems } from './member-field-rules';
import { createGroupResolver, createRoleResolver, createUserTypeResolver } from './resolve-member-references';
import { createRowCollisions, type RowCollisions } from './row-collisions';
import { isSomeoneElse, takenBySomeoneElse } from './taken-username';
import type {
  ImportRole,
  ImportUserType,
  MemberField,
  MemberImportContext,
  MemberImportSummary,
  MemberIssue,
  MemberRow,
  MemberRowResult,
  MemberRowStatus,
  MemberValidation,
  ResolvedMember,
} from './types';
import { countOf } from '../../../lib/text/plural';

type Say = (severity: MemberIssue['severity'], field: MemberField, text: string) => void;

/** The context turned into lookups once per validation, not once per row. */
type PreparedContext = {
  context: MemberImportContext;
  resolveRole: (value: string) => ImportRole | undefined;
  resolveUserType: (value: string) => ImportUserType | undefined;
  resolveGroup: ReturnType<typeof createGroupResolver>;
  defaultRole: ImportRole | undefined;
  defaultUserType: ImportUserType | undefined;
  /** The default groups, each once. */
  defaultGroupIds: readonly string[];
  required: readonly MemberField[];
  roleNames: string;
  userTypeNames: string;
  passwordRule: string;
};

/**
 * Checks every row against the organization, in file order: required values, username/email/password rules, role,
 * user type (and their compatibility), seats, groups, description, duplicates in the file, and members who already
 * exist or have a pending invitation (both → `exists`). Messages read "Line N, Field: …" and never quote a
 * password. Results come back in row order, with a summary.
 */
export function validateMemberRows(rows: readonly MemberRow[], context: MemberImportContext): MemberValidation {
  return createMemberValidator(rows, context).validation;
}

/**
 * `validateMemberRows` that keeps what it found, so one changed row is checked again without the rest of the file:
 * `replaceRow` re-validates that row, the rows it collided with or now collides with (the same username or email
 * elsewhere in the file), and the rows whose username's answers from the portal changed (`changedUsernames`,
 * lower case); then seats and the summary are counted again over every row. The answer is the one `validateMemberRows`
 * gives for the rows as they are now (the context may differ only in the portal's answers about those usernames).
 */
export function createMemberValidator(initialRows: readonly MemberRow[], initialContext: MemberImportContext) {
  const rows = [...initialRows];
  let context = initialContext;
  let prepared = prepareContext(context);
  const byUsername = createRowCollisions();
  const byEmail = createRowCollisions();
  const takesPart = (row: MemberRow) => !context.doneLines?.has(row.line) && !context.excludedLines?.has(row.line);
  // Each row's lower-case username and email ('' when it takes no part in collisions), read once.
  const usernameKeys: string[] = [];
  const emailKeys: string[] = [];
  const keyRow = (index: number) => {
    const row = rows[index] as MemberRow;
    const part = takesPart(row);
    usernameKeys[index] = part ? row.username.toLowerCase() : '';
    emailKeys[index] = part ? row.email.toLowerCase() : '';
  };
  const firstOther = (collisions: RowCollisions, key: string | undefined, index: number) => {
    const first = key ? collisions.firstOf(key) : undefined;
    return first !== undefined && first < index ? rows[first]?.line : undefined;
  };
  const validateAt = (index: number) =>
    validateRow(rows[index] as MemberRow, prepared, firstOther(byUsername, usernameKeys[index], index), firstOther(byEmail, emailKeys[index], index));

  for (let index = 0; index < rows.length; index += 1) {
    keyRow(index);
    const username = usernameKeys[index] as string;
    const email = emailKeys[index] as string;
    if (username) byUsername.add(username, index);
    if (email) byEmail.add(email, index);
  }
  const results = rows.map((_, index) => validateAt(index));
  const withoutSeat: SeatErrors = [];
  const validate = (): MemberValidation => {
    const { rows: withSeats, use } = applySeatLimits(results, context.userTypes ?? [], withoutSeat);
    return { rows: withSeats, summary: summarize(withSeats, use, context) };
  };

  return {
    validation: validate(),
    replaceRow(index: number, row: MemberRow, nextContext: MemberImportContext, changedUsernames: ReadonlySet<string>): MemberValidation {
      const before = { username: usernameKeys[index] ?? '', email: emailKeys[index] ?? '' };
      context = nextContext;
      prepared = prepareContext(context);
      rows[index] = row;
      keyRow(index);
      const after = { username: usernameKeys[index] ?? '', email: emailKeys[index] ?? '' };
      const again = new Set([index]);
      for (const [collisions, was, now] of [
        [byUsername, before.username, after.username],
        [byEmail, before.email, after.email],
      ] as const) {
        if (was) collisions.remove(was, index);
        if (now) collisions.insert(now, index);
        for (const key of [was, now]) for (const other of key ? collisions.indexesOf(key) : []) again.add(other);
      }
      for (const key of changedUsernames) for (const other of byUsername.indexesOf(key)) again.add(other);
      for (const other of again) results[other] = validateAt(other);
      return validate();
    },
    /** The same rows under `nextContext`, which differs only in the portal's answers about `changedUsernames`. */
    recheckUsernames(nextContext: MemberImportContext, changedUsernames: ReadonlySet<string>): MemberValidation {
      context = nextContext;
      prepared = prepareContext(context);
      for (const key of changedUsernames) for (const index of byUsername.indexesOf(key)) results[index] = validateAt(index);
      return validate();
    },
  };
}

export type MemberValidator = ReturnType<typeof createMemberValidator>;

/** One row's findings before seats are counted, given the earlier lines holding its username and email, if any. */
function validateRow(row: MemberRow, prepared: PreparedContext, firstUsernameLine: number | undefined, firstEmailLine: number | undefined): MemberRowResult {
  const { context } = prepared;
  if (context.doneLines?.has(row.line)) {
    // Its groups are sent again on resume: the interrupted run may have stopped before sending them.
    const groupIds = resolveGroupIds(row, prepared, () => undefined);
    return { line: row.line, status: 'done', messages: [], resolved: { roleId: null, userTypeId: null, groupIds } };
  }
  if (context.excludedLines?.has(row.line)) {
    const resolved = { roleId: null, userTypeId: null, groupIds: [] };
    return { line: row.line, status: 'skipped', messages: [], resolved };
  }
  const messages: MemberIssue[] = [];
  const say: Say = (severity, field, text) => messages.push(lineIssue(row.line, severity, field, text));

  checkValues(row, prepared, say);
  const resolved = resolveAccess(row, prepared, say);

  const usernameKey = row.username.toLowerCase();
  if (usernameKey && firstUsernameLine !== undefined) say('error', 'username', `${row.username} is already on line ${firstUsernameLine}`);
  if (row.email && firstEmailLine !== undefined) say('warning', 'email', `${row.email} is also used on line ${firstEmailLine}`);

  // A username another person holds gets nobody an account: an error, never "already a member".
  const holder = usernameKey ? context.usernameHolders?.get(usernameKey) : undefined;
  if (holder && isSomeoneElse(holder, row.email)) {
    say('error', 'username', takenBySomeoneElse(row.username, holder));
    return { line: row.line, status: statusOf(messages), messages, resolved };
  }
  // Nothing is sent for a member who already exists, so the other findings would only be noise.
  const existsIssue = existingMemberIssue(row, context);
  if (existsIssue && context.preexistingLines && !context.preexistingLines.has(row.line)) {
    return { line: row.line, status: 'done', messages: [], resolved };
  }
  if (existsIssue) return { line: row.line, status: 'exists', messages: [existsIssue], resolved };
  if (usernameKey && context.unconfirmedUsernames?.has(usernameKey)) {
    say('warning', 'username', `the portal did not confirm that this username (${row.username}) is free; it may be reserved by a deleted account`);
  }
  return { line: row.line, status: statusOf(messages), messages, resolved };
}

/** A cell's value resolved once per validation: a file repeats the same few roles, user types and groups on every row. */
function remembered<T>(resolve: (value: string) => T): (value: string) => T {
  const known = new Map<string, T>();
  return (value) => {
    if (known.has(value)) return known.get(value) as T;
    const found = resolve(value);
    known.set(value, found);
    return found;
  };
}

function prepareContext(context: MemberImportContext): PreparedContext {
  return {
    context,
    resolveRole: remembered(createRoleResolver(context.roles)),
    resolveUserType: remembered(createUserTypeResolver(context.userTypes ?? [])),
    resolveGroup: remembered(createGroupResolver(context.groups ?? [])),
    defaultRole: context.roles.find((role) => role.id === context.defaults.roleId),
    defaultUserType: context.userTypes?.find((userType) => userType.id === context.defaults.userTypeId),
    defaultGroupIds: [...new Set(context.defaults.groupIds)],
    required: context.requiredFields ?? requiredValueFields[context.accountKind],
    roleNames: context.roles.map((role) => role.name).join(', '),
    userTypeNames: (context.userTypes ?? []).map((userType) => userType.name).join(', '),
    passwordRule: describePasswordPolicy(context.passwordPolicy),
  };
}

/** The row's own values: required ones, username, email, password, description. */
function checkValues(row: MemberRow, { context, required, passwordRule }: PreparedContext, say: Say): void {
  const withheld = context.withheldPasswords?.get(row.line);
  for (const field of required) {
    if (!cellOf(row, field) && !(field === 'password' && withheld)) say('error', field, 'is required but empty');
  }
  if (row.username) {
    for (const problem of usernameProblems(row.username, context.accountKind, context.portalKind)) say('error', 'username', problem);
  }
  if (row.email && !isValidEmail(row.email)) say('error', 'email', `"${row.email}" is not a valid email address`);
  if (context.accountKind === 'builtin') {
    const shortfalls = withheld ?? (row.password ? passwordShortfalls(row.password, context.passwordPolicy) : []);
    if (shortfalls.length > 0) say('error', 'password', `${joinWithAnd(shortfalls)}; it ${passwordRule}`);
  } else if (row.password || withheld) {
    say('warning', 'password', 'is ignored: enterprise accounts sign in through their identity provider');
  }
  const descriptionLength = row.description.length;
  if (descriptionLength > descriptionMaxLength) {
    say('error', 'description', `must be ${descriptionMaxLength} characters or fewer (it has ${descriptionLength})`);
  }
}

/** Role, user type and groups as the portal knows them; an empty role or user type takes the defaults. */
function resolveAccess(row: MemberRow, prepared: PreparedContext, say: Say): ResolvedMember {
  const { resolveRole, defaultRole } = prepared;
  const role = row.role ? resolveRole(row.role) : defaultRole;
  if (!role && row.role) {
    say('error', 'role', `"${row.role}" is not a role in this organization; use one of: ${prepared.roleNames}`);
  } else if (!role) say('error', 'role', 'is empty and the organization has no default role');

  const userTypeId = resolveUserTypeOf(row, role, prepared, say);
  return { roleId: role?.id ?? null, userTypeId, groupIds: resolveGroupIds(row, prepared, say) };
}

/** The organization's default groups and the row's own, as group ids. */
function resolveGroupIds(row: MemberRow, { context, resolveGroup, defaultGroupIds }: PreparedContext, say: Say): string[] {
  if (row.groups.length === 0) return defaultGroupIds.slice();
  const groupIds = new Set(defaultGroupIds);
  for (const reference of row.groups) {
    if (!context.groups) {
      say('error', 'groups', `"${reference}" cannot be checked: the portal did not list the organization's groups`);
      continue;
    }
    const found = resolveGroup(reference);
    if (!found) say('error', 'groups', `"${reference}" is not a group in this organization`);
    else if ('ambiguous' in found) {
      say('error', 'groups', `${found.ambiguous} groups are titled "${reference}"; use the group id`);
    } else groupIds.add(found.group.id);
  }
  return [...groupIds];
}

/** The portal decides when it did not say which roles a type allows; only a reported list can refuse a role. */
const allowsRole = (userType: ImportUserType, role: ImportRole) => userType.compatibleRoleIds === null || userType.compatibleRoleIds.includes(role.id);
const isKnownToAllow = (userType: ImportUserType, role: ImportRole) => userType.compatibleRoleIds?.includes(role.id) === true;

/**
 * The row's user type id, or null for none. When the portal listed no user types, a filled cell is sent as written and
 * an empty one goes without (the portal decides). Otherwise a filled cell must name a listed type the role allows; an
 * empty one takes the default type if the role allows it, else the first type known to allow it, else none (with a
 * warning) when the portal did not say which roles its types allow.
 */
function resolveUserTypeOf(row: MemberRow, role: ImportRole | undefined, prepared: PreparedContext, say: Say): string | null {
  const { context, resolveUserType, defaultUserType } = prepared;
  const userTypes = context.userTypes;
  // DOC create-user: `userLicenseTypeId` is required, so on ArcGIS Enterprise the portal cannot decide for an empty one.
  const needsUserType = context.portalKind === 'enterprise';
  if (userTypes === null) {
    if (!row.userType && needsUserType) {
      say('error', 'userType', 'is empty and the portal did not list its user types; ArcGIS Enterprise needs one for every new account');
    }
    if (!row.userType) return null;
    say('warning', 'userType', `"${row.userType}" is sent as written: the portal did not list its user types, so it decides`);
    return row.userType.trim();
  }
  if (row.userType) {
    const userType = resolveUserType(row.userType);
    if (!userType) {
      const text = `"${row.userType}" is not a user type in this organization; use one of: ${prepared.userTypeNames}`;
      say('error', 'userType', text);
    } else if (role && !allowsRole(userType, role)) {
      const compatible = compatibleTypesText(userTypes, role);
      say('error', 'userType', `${userType.name} cannot be given to the ${role.name} role; ${compatible}`);
    }
    return userType?.id ?? null;
  }
  if (!role) return null;
  const userType = defaultUserType && allowsRole(defaultUserType, role) ? defaultUserType : userTypes.find((candidate) => isKnownToAllow(candidate, role));
  if (userType) return userType.id;
  if (needsUserType) {
    say(
      'error',
      'userType',
      `is empty and the organization has no default user type for the ${role.name} role; ArcGIS Enterprise needs one for every new account`,
    );
  } else if (userTypes.some((candidate) => candidate.compatibleRoleIds === null)) {
    say(
      'warning',
      'userType',
      `is empty and the organization has no default user type for the ${role.name} role; the row is sent without one ` + 'and the portal decides',
    );
  } else {
    say('error', 'userType', `is empty and no user type of this organization can be given to the ${role.name} role`);
  }
  return null;
}

/**
 * A pending invitation counts as `exists` too: inviting the same username again would be refused or send a second
 * email, and it keeps re-importing the same file from adding anyone twice.
 */
function existingMemberIssue(row: MemberRow, context: MemberImportContext): MemberIssue | null {
  const key = row.username.toLowerCase();
  if (context.existingUsernames?.has(key)) {
    const text = `${row.username} is already a member and will not be added again`;
    return lineIssue(row.line, 'warning', 'username', text);
  }
  if (context.pendingInvitations?.has(key)) {
    const text = `${row.username} already has a pending invitation and will not be invited again`;
    return lineIssue(row.line, 'warning', 'username', text);
  }
  return null;
}

function cellOf(row: MemberRow, field: MemberField): string {
  return field === 'groups' ? row.groups.join(';') : row[field];
}

function compatibleTypesText(userTypes: readonly ImportUserType[], role: ImportRole): string {
  const names = userTypes.filter((userType) => isKnownToAllow(userType, role)).map((userType) => userType.name);
  if (names.length === 0) return 'no user type of this organization is compatible';
  return `compatible user types: ${names.join(', ')}`;
}

function lineIssue(line: number, severity: MemberIssue['severity'], field: MemberField, text: string): MemberIssue {
  return { line, field, severity, message: `Line ${line}, ${memberFieldLabels[field]}: ${text}` };
}

function statusOf(messages: readonly MemberIssue[]): MemberRowStatus {
  if (messages.some((issue) => issue.severity === 'error')) return 'error';
  return messages.length > 0 ? 'warning' : 'ready';
}

const isAddable = (result: MemberRowResult) => result.status === 'ready' || result.status === 'warning';

type SeatUse = { count: number; needed: number };

/**
 * By row index: the result given a seat error, with the error's text, and what it was made from; kept between counts
 * so a row still without a seat keeps the same object (and is not sent to the page again).
 */
type SeatErrors = ({ result: MemberRowResult; text: string; refused: MemberRowResult } | undefined)[];

/**
 * Rows that would be added take their user type's seats in file order; each row past the seats left gets an error
 * naming the type and the shortfall. A type whose seats the portal did not report refuses no row (the portal decides;
 * the summary says "not reported by the portal"). Returns the results with those errors (the given ones are left as
 * they are, so they can be counted again) and, per user type, the rows given a seat and the rows that wanted one.
 */
function applySeatLimits(
  results: readonly MemberRowResult[],
  userTypes: readonly ImportUserType[],
  withoutSeat: SeatErrors,
): { rows: MemberRowResult[]; use: Map<string, SeatUse> } {
  const userTypeById = new Map(userTypes.map((userType) => [userType.id, userType]));
  const use = new Map<string, SeatUse>();
  const texts = new Map<string, string>();
  for (const result of results) {
    if (!isAddable(result) || result.resolved.userTypeId === null) continue;
    const id = result.resolved.userTypeId;
    use.set(id, { count: 0, needed: (use.get(id)?.needed ?? 0) + 1 });
  }
  const rows = results.map((result, index) => {
    if (!isAddable(result) || result.resolved.userTypeId === null) return result;
    const userType = userTypeById.get(result.resolved.userTypeId);
    const seats = use.get(result.resolved.userTypeId);
    if (!userType || !seats) return result;
    if (userType.seatsLeft === null || seats.count < userType.seatsLeft) {
      seats.count += 1;
      return result;
    }
    // Once per user type: formatting the number for each of 50,000 rows took a second.
    const text = texts.get(userType.id) ?? noSeatText(userType);
    texts.set(userType.id, text);
    const kept = withoutSeat[index];
    if (kept?.result === result && kept.text === text) return kept.refused;
    const refused = { ...result, status: 'error' as const, messages: [...result.messages, lineIssue(result.line, 'error', 'userType', text)] };
    withoutSeat[index] = { result, text, refused };
    return refused;
  });
  return { rows, use };
}

/** About the row only (the summary says how many rows need the type), so a fix elsewhere leaves it as it is. */
const noSeatText = ({ name, seatsLeft }: ImportUserType) =>
  seatsLeft === 0
    ? `no ${name} seat is left for this row (the organization has none left)`
    : `no ${name} seat is left for this row (${countOf(seatsLeft ?? 0, 'seat')} left, taken by earlier rows)`;

function summarize(results: readonly MemberRowResult[], seatUse: ReadonlyMap<string, SeatUse>, context: MemberImportContext): MemberImportSummary {
  const counts: Record<MemberRowStatus, number> = { ready: 0, warning: 0, error: 0, exists: 0, skipped: 0, done: 0 };
  const byRole = new Map<string, number>();
  for (const result of results) {
    counts[result.status] += 1;
    const { roleId } = result.resolved;
    if (isAddable(result) && roleId) byRole.set(roleId, (byRole.get(roleId) ?? 0) + 1);
  }
  return {
    total: results.length,
    counts,
    toAdd: counts.ready + counts.warning,
    byRole: context.roles.flatMap((role) => {
      const count = byRole.get(role.id);
      return count ? [{ roleId: role.id, name: role.name, count }] : [];
    }),
    byUserType: (context.userTypes ?? []).flatMap((userType) => {
      const use = seatUse.get(userType.id);
      return use ? [{ userTypeId: userType.id, name: userType.name, ...use, seatsLeft: userType.seatsLeft }] : [];
    }),
  };
}
