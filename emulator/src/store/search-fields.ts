import type { SearchField, SearchSchema } from './search-sql';

/** Fields only callers with `portal:admin:viewUsers` (or the member themself) may see and search. */
export const ADMIN_USER_FIELDS: ReadonlySet<string> = new Set([
  'email',
  'role',
  'roleid',
  'userlicensetype',
  'userlicensetypeid',
  'usertype',
  'provider',
  'idpusername',
  'level',
  'disabled',
  'mfaenabled',
  'lastlogin',
  'access',
]);

export const USER_DEFAULT_FIELDS = ['username', 'fullname', 'firstname', 'lastname', 'email'] as const;
export const PUBLIC_USER_DEFAULT_FIELDS = ['username', 'fullname', 'firstname', 'lastname'] as const;

/** Which schema to build: `extensions` adds the search fields no real portal is known to index (README "Extensions"). */
export type SchemaOptions = { extensions: boolean };

/**
 * User search fields with evidence (names are lower-case; queries are matched case-insensitively):
 * `username, fullname, created, modified` (DOC user-search-org sort fields), `firstname` (its `filter` example),
 * `lastname` (with firstname), `email`, `description`, `tags` (the "Search users" guide), `role` (RJS
 * `user-search.ts` fixture), `provider` (PY `UserManager.org_search`: "search for details such as provider"),
 * `accountid` (PY `search_users` appends `accountid:<orgId>` to every search).
 */
function documentedUserFields(orgId: string): Record<string, SearchField> {
  return {
    username: { kind: 'text', column: 'username' },
    fullname: { kind: 'text', column: 'fullname' },
    firstname: { kind: 'text', column: 'firstname' },
    lastname: { kind: 'text', column: 'lastname' },
    email: { kind: 'text', column: 'email' },
    description: { kind: 'text', column: 'description' },
    tags: { kind: 'text', column: 'tags' },
    // `role:` takes a built-in role (org_admin…) or a role id (Viewer, Data Editor, custom roles).
    role: {
      kind: 'keyword',
      columns: ['role', 'roleid'],
      columnsFor: (value) => (value.toLowerCase().startsWith('org_') ? ['role'] : ['roleid']),
    },
    provider: { kind: 'keyword', columns: ['provider'] },
    created: { kind: 'number', column: 'created' },
    modified: { kind: 'number', column: 'modified' },
    accountid: { kind: 'constant', value: orgId },
  };
}

/** Extensions only: user search fields nobody has seen a real portal index. */
function extensionUserFields(orgId: string): Record<string, SearchField> {
  return {
    id: { kind: 'keyword', columns: ['id'] },
    roleid: { kind: 'keyword', columns: ['roleid'] },
    userlicensetype: { kind: 'keyword', columns: ['usertype'] },
    userlicensetypeid: { kind: 'keyword', columns: ['usertype'] },
    usertype: { kind: 'keyword', columns: ['usertype'] },
    idpusername: { kind: 'keyword', columns: ['idpusername'] },
    level: { kind: 'keyword', columns: ['level'] },
    access: { kind: 'keyword', columns: ['access'] },
    culture: { kind: 'keyword', columns: ['culture'] },
    region: { kind: 'keyword', columns: ['region'] },
    disabled: { kind: 'boolean', column: 'disabled' },
    mfaenabled: { kind: 'boolean', column: 'mfaenabled' },
    lastlogin: { kind: 'number', column: 'lastlogin' },
    orgid: { kind: 'constant', value: orgId },
  };
}

/** User search schema; without extensions the undocumented fields are unknown and match nothing. */
export function userSearchSchema(orgId: string, options: SchemaOptions): SearchSchema {
  return {
    alias: 'u',
    ftsTable: 'users_fts',
    fields: options.extensions ? { ...documentedUserFields(orgId), ...extensionUserFields(orgId) } : documentedUserFields(orgId),
  };
}

/** `sortField` values DOC user-search-org lists; the others (lastlogin, role…) need extensions. */
export const DOCUMENTED_USER_SORT_FIELDS: ReadonlySet<string> = new Set(['username', 'created', 'fullname', 'modified']);

export const GROUP_DEFAULT_FIELDS = ['id', 'title', 'description', 'snippet', 'tags', 'owner'] as const;

/** Group search fields; `accountid` as PY scopes group searches; `orgid` (no evidence for groups) only with extensions. */
export function groupSearchSchema(orgId: string, options: SchemaOptions): SearchSchema {
  const fields: Record<string, SearchField> = {
    id: { kind: 'keyword', columns: ['id'] },
    title: { kind: 'text', column: 'title' },
    description: { kind: 'text', column: 'description' },
    snippet: { kind: 'text', column: 'snippet' },
    tags: { kind: 'text', column: 'tags' },
    owner: { kind: 'keyword', columns: ['owner'] },
    access: { kind: 'keyword', columns: ['access'] },
    created: { kind: 'number', column: 'created' },
    modified: { kind: 'number', column: 'modified' },
    isinvitationonly: { kind: 'boolean', column: 'is_invitation_only' },
    protected: { kind: 'boolean', column: 'protected' },
    accountid: { kind: 'constant', value: orgId },
  };
  if (options.extensions) fields.orgid = { kind: 'constant', value: orgId };
  return { alias: 'g', ftsTable: 'groups_fts', fields };
}
