import type { SearchSchema } from './search-sql';

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

/** User search fields (names are lower-case; queries are matched case-insensitively). */
export function userSearchSchema(orgId: string): SearchSchema {
  return {
    alias: 'u',
    ftsTable: 'users_fts',
    fields: {
      username: { kind: 'text', column: 'username' },
      fullname: { kind: 'text', column: 'fullname' },
      firstname: { kind: 'text', column: 'firstname' },
      lastname: { kind: 'text', column: 'lastname' },
      email: { kind: 'text', column: 'email' },
      description: { kind: 'text', column: 'description' },
      tags: { kind: 'text', column: 'tags' },
      id: { kind: 'keyword', columns: ['id'] },
      // `role:` takes a built-in role (org_admin…) or a role id (Viewer, Data Editor, custom roles).
      role: {
        kind: 'keyword',
        columns: ['role', 'roleid'],
        columnsFor: (value) => (value.toLowerCase().startsWith('org_') ? ['role'] : ['roleid']),
      },
      roleid: { kind: 'keyword', columns: ['roleid'] },
      userlicensetype: { kind: 'keyword', columns: ['usertype'] },
      userlicensetypeid: { kind: 'keyword', columns: ['usertype'] },
      usertype: { kind: 'keyword', columns: ['usertype'] },
      provider: { kind: 'keyword', columns: ['provider'] },
      idpusername: { kind: 'keyword', columns: ['idpusername'] },
      level: { kind: 'keyword', columns: ['level'] },
      access: { kind: 'keyword', columns: ['access'] },
      culture: { kind: 'keyword', columns: ['culture'] },
      region: { kind: 'keyword', columns: ['region'] },
      disabled: { kind: 'boolean', column: 'disabled' },
      mfaenabled: { kind: 'boolean', column: 'mfaenabled' },
      created: { kind: 'number', column: 'created' },
      modified: { kind: 'number', column: 'modified' },
      lastlogin: { kind: 'number', column: 'lastlogin' },
      orgid: { kind: 'constant', value: orgId },
    },
  };
}

export const GROUP_DEFAULT_FIELDS = ['id', 'title', 'description', 'snippet', 'tags', 'owner'] as const;

export function groupSearchSchema(orgId: string): SearchSchema {
  return {
    alias: 'g',
    ftsTable: 'groups_fts',
    fields: {
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
      orgid: { kind: 'constant', value: orgId },
    },
  };
}
