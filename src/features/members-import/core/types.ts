import type { UsernameHolder } from './taken-username';
import type { PasswordPolicy } from '../../../lib/arcgis/password-policy';

export type MemberFileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type MemberFileDelimiter = ',' | ';' | '\t' | '|';

/** The five layouts the portal documents; the two `createusers-*` ones are pipe-delimited with no header. */
export type MemberFileFormat = 'builtin' | 'saml' | 'enterprise' | 'createusers-builtin' | 'createusers-enterprise';

/** Built-in accounts sign in with a portal password; enterprise (and SAML) ones through an identity provider. */
export type AccountKind = 'builtin' | 'enterprise';

/** Which portal the members go to: ArcGIS Enterprise has its own built-in username rule (6–24, letters, digits, _). */
export type PortalKind = 'online' | 'enterprise';

export type MemberField =
  'firstName' | 'lastName' | 'fullName' | 'email' | 'username' | 'password' | 'role' | 'userType' | 'groups' | 'description' | 'idpUsername';

export type IssueSeverity = 'error' | 'warning';

/** A problem on a 1-based spreadsheet line (the header is line 1); `field` is null for row-wide or file problems. */
export type MemberIssue = { line: number; field: MemberField | null; severity: IssueSeverity; message: string };

/** One record of the file; `cells` is keyed by the (de-duplicated) header names. */
export type ParsedMemberRow = { line: number; cells: Record<string, string> };

export type ParsedMemberFile = {
  format: MemberFileFormat;
  delimiter: MemberFileDelimiter;
  encoding: MemberFileEncoding;
  /** False for the pipe-delimited CreateUsers files, whose `headers` are then the documented column names. */
  hasHeader: boolean;
  headers: string[];
  rows: ParsedMemberRow[];
  issues: MemberIssue[];
  /**
   * Most headers name no field Roster knows (a file with headers in another language): `format` is then only a
   * fallback, and the account kind follows the columns the reviewer maps.
   */
  headersUnrecognized?: boolean;
};

/** Which header index feeds each field; plain data so the UI can let the user change it. */
export type MemberMapping = Record<MemberField, number | undefined>;

export type MemberRow = {
  line: number;
  firstName: string;
  lastName: string;
  fullName: string;
  email: string;
  username: string;
  password: string;
  role: string;
  userType: string;
  groups: string[];
  description: string;
  idpUsername: string;
  accountKind: AccountKind;
};

/** `done`: handled by an interrupted run of the same file (resuming), so not sent again. */
export type MemberRowStatus = 'ready' | 'warning' | 'error' | 'exists' | 'skipped' | 'done';

export type BaseRole = 'org_admin' | 'org_publisher' | 'org_user';

/** A role as the import may assign it: built-ins use their `role` value as id (org_admin …) or their fixed roleId. */
export type ImportRole = { id: string; name: string; role: BaseRole };

/**
 * A user type as the import may assign it. `seatsLeft`: `Infinity` for unlimited types (the rules-only check),
 * `null` when the portal did not report the seats (never blocks a row: the portal decides). `compatibleRoleIds`:
 * `null` when the portal did not say which roles the type allows (no role is refused: the portal decides).
 */
export type ImportUserType = {
  id: string;
  name: string;
  seatsLeft: number | null;
  compatibleRoleIds: readonly string[] | null;
};

export type ImportGroup = { id: string; title: string };

export type { PasswordPolicy };

export type MemberImportContext = {
  /** The kind the admin chose for the whole import; it decides the username and password rules. */
  accountKind: AccountKind;
  /** ArcGIS Online unless the portal said it is Enterprise (`portals/self` → `isPortal`). */
  portalKind?: PortalKind;
  roles: readonly ImportRole[];
  /**
   * Listed from least to most capable (as the portal lists them): an empty cell takes the first compatible one.
   * `null` when the portal did not list its user types: the User Type column is then optional, an empty cell goes
   * without one and a filled one is sent as written (the portal decides).
   */
  userTypes: readonly ImportUserType[] | null;
  /** `null` when the portal did not list the organization's groups: a group named in a row cannot be checked. */
  groups: readonly ImportGroup[] | null;
  /** The organization's new member defaults. */
  defaults: { roleId: string; userTypeId: string; groupIds: readonly string[] };
  passwordPolicy: PasswordPolicy;
  /** Lower-case usernames already in the portal; filled in once the batched portal check answers. */
  existingUsernames?: ReadonlySet<string>;
  /** Who holds each taken username (lower case), where the portal showed it: another person's name is an error. */
  usernameHolders?: ReadonlyMap<string, UsernameHolder>;
  /** Lower-case usernames with an invitation not yet accepted. */
  pendingInvitations?: ReadonlySet<string>;
  /**
   * Lower-case usernames `community/checkUsernames` left out of its answer: not confirmed free, probably reserved by a
   * deleted account. Such rows get a warning, not an error (the portal decides).
   */
  unconfirmedUsernames?: ReadonlySet<string>;
  /** Lines the reviewer excluded; they become `skipped`. */
  excludedLines?: ReadonlySet<number>;
  /** Resuming: lines an interrupted run of this file already has an outcome for. */
  doneLines?: ReadonlySet<number>;
  /**
   * Resuming: lines that named existing members before the first run began. Any other row whose member exists now
   * was added by the interrupted run (its answer lost when the page closed): done, and confirmed, not "already a member".
   */
  preexistingLines?: ReadonlySet<number>;
  /**
   * A review restored after a reload holds no passwords: lines whose password cell was filled, with what that password
   * lacked under the policy then (never the password). The file must be chosen again before sending.
   */
  withheldPasswords?: ReadonlyMap<number, readonly string[]>;
  /** Fields every row must fill; defaults to the account kind's (see `requiredValueFields`). */
  requiredFields?: readonly MemberField[];
};

export type ResolvedMember = { roleId: string | null; userTypeId: string | null; groupIds: string[] };

export type MemberRowResult = {
  line: number;
  status: MemberRowStatus;
  messages: MemberIssue[];
  resolved: ResolvedMember;
};

export type MemberImportSummary = {
  total: number;
  counts: Record<MemberRowStatus, number>;
  /** Rows that will be sent (ready + warning). */
  toAdd: number;
  byRole: { roleId: string; name: string; count: number }[];
  /**
   * `needed` counts every addable row wanting the type, including those refused for lack of seats. `seatsLeft` is
   * `null` when the portal did not report the type's seats, `Infinity` when unlimited.
   */
  byUserType: { userTypeId: string; name: string; count: number; needed: number; seatsLeft: number | null }[];
};

export type MemberValidation = { rows: MemberRowResult[]; summary: MemberImportSummary };

/** One account in `portals/self/invite`'s `invitationList`. Holds a password: never store or log it. */
export type Invitation = {
  username: string;
  password?: string;
  firstname: string;
  lastname: string;
  fullname: string;
  email: string;
  role: string;
  /** Left out when the portal listed no user types (or none applies): the portal decides. */
  userLicenseType?: string;
  groups: string;
  description?: string;
  targetUserProvider: 'arcgis' | 'enterprise';
  idpUsername?: string;
};

/** A row the import sends, with the role, user type and groups it resolved to. Holds a password. */
export type ImportPlanRow = { row: MemberRow; resolved: ResolvedMember };
