import { afterAll, describe, expect, it } from 'vitest';

import { ADMIN_USER_FIELDS, groupSearchSchema, USER_DEFAULT_FIELDS, userSearchSchema } from './search-fields';
import { textTokens } from './search-functions';
import { parseSearchQuery, SearchSyntaxError } from './search-query';
import { translateSearch } from './search-sql';
import { Store } from './store';
import type { UserRow } from './users-repo';
import { FIXED_SEED_NOW } from '../testing/inject';

const store = new Store({ dbPath: ':memory:', seed: 7, members: 600, reset: false, seedNow: FIXED_SEED_NOW });
afterAll(() => store.close());
const orgId = store.meta('orgId') ?? '';
// The translator is tested on every field the emulator knows (extensions on); the documented subset is tested below.
const schema = userSearchSchema(orgId, { extensions: true });
const users = store.db.prepare('SELECT * FROM users').all() as UserRow[];

function search(q: string, options: { filter?: string; defaultFields?: readonly string[] } = {}): string[] {
  const defaultFields = options.defaultFields ?? USER_DEFAULT_FIELDS;
  const where = translateSearch(parseSearchQuery(q), schema, { defaultFields });
  const filter = options.filter ? translateSearch(parseSearchQuery(options.filter), schema, { defaultFields, exact: true }) : { sql: '1', params: [] };
  const rows = store.db
    .prepare(`SELECT username FROM users u WHERE (${where.sql}) AND (${filter.sql}) ORDER BY username`)
    .all(...where.params, ...filter.params) as { username: string }[];
  return rows.map((row) => row.username);
}

const expected = (predicate: (user: UserRow) => boolean): string[] =>
  users
    .filter(predicate)
    .map((user) => user.username)
    .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
const hasToken = (text: string, test: (token: string) => boolean): boolean => textTokens(text).some(test);

describe('translateSearch: SQL shape', () => {
  it('sends text terms to the FTS5 index as a parameter, never inline', () => {
    const sql = translateSearch(parseSearchQuery('fullname:smith'), schema, { defaultFields: USER_DEFAULT_FIELDS });
    expect(sql.sql).toBe('u.rowid IN (SELECT rowid FROM users_fts WHERE users_fts MATCH ?)');
    expect(sql.params).toEqual(['fullname : "smith"']);
  });

  it('searches all default text fields with one FTS column filter', () => {
    const sql = translateSearch(parseSearchQuery('smi*'), schema, { defaultFields: USER_DEFAULT_FIELDS });
    expect(sql.params).toEqual(['{username fullname firstname lastname email} : "smi" *']);
  });

  it('compares indexed columns for exact fields and ranges', () => {
    expect(translateSearch(parseSearchQuery('role:org_admin'), schema, { defaultFields: [] })).toEqual({
      sql: 'u.role = ? COLLATE NOCASE',
      params: ['org_admin'],
    });
    expect(translateSearch(parseSearchQuery('lastlogin:[* TO 0000001600000000000}'), schema, { defaultFields: [] })).toEqual({
      sql: 'u.lastlogin < ?',
      params: [1600000000000],
    });
    expect(translateSearch(parseSearchQuery('disabled:TRUE'), schema, { defaultFields: [] })).toEqual({ sql: 'u.disabled = ?', params: [1] });
  });

  it('lets checkField refuse fields (e.g. admin-only ones for a non-admin)', () => {
    const checkField = (field: string) => {
      if (ADMIN_USER_FIELDS.has(field)) throw new Error(`forbidden ${field}`);
    };
    expect(() => translateSearch(parseSearchQuery('smith OR Email:x'), schema, { defaultFields: [], checkField })).toThrow('forbidden email');
    expect(() => translateSearch(parseSearchQuery('fullname:smith'), schema, { defaultFields: [], checkField })).not.toThrow();
  });

  it('rejects non-numeric values for date fields', () => {
    expect(() => translateSearch(parseSearchQuery('created:yesterday'), schema, { defaultFields: [] })).toThrow(SearchSyntaxError);
  });
});

describe('translateSearch: results on a seeded organization', () => {
  it('has the fixed members to test with', () => {
    expect(users.length).toBe(600);
    for (const name of ['portaladmin', 'ana.lima', 'ben.okafor', 'carla.rossi', 'dan.ng', 'eva.schmidt']) {
      expect(users.some((u) => u.username === name)).toBe(true);
    }
  });

  it('matches words of text fields', () => {
    const result = search('fullname:smith');
    expect(result.length).toBeGreaterThan(0);
    expect(result).toEqual(expected((u) => hasToken(u.fullname, (t) => t === 'smith')));
  });

  it('matches a bare term in username, names and e-mail', () => {
    expect(search('lima')).toEqual(expected((u) => [u.username, u.fullname, u.firstname, u.lastname, u.email].some((f) => hasToken(f, (t) => t === 'lima'))));
    expect(search('lima')).toContain('ana.lima');
  });

  it('leaves e-mail out of bare terms when the default fields exclude it', () => {
    const everyone = search('harborcity');
    expect(everyone.length).toBe(users.length);
    expect(search('harborcity', { defaultFields: ['username', 'fullname', 'firstname', 'lastname'] })).toEqual(
      expected((u) => hasToken(u.username, (t) => t === 'harborcity')),
    );
  });

  it('answers trailing-* prefixes from the index', () => {
    expect(search('lastname:sm*')).toEqual(expected((u) => hasToken(u.lastname, (t) => t.startsWith('sm'))));
    expect(search('username:ana.li*')).toEqual(['ana.lima']);
  });

  it('answers ? and leading * wildcards with the fallback', () => {
    expect(search('lastname:sm?th')).toEqual(expected((u) => hasToken(u.lastname, (t) => /^sm.th$/.test(t))));
    const endsWithSon = search('lastname:*son');
    expect(endsWithSon.length).toBeGreaterThan(0);
    expect(endsWithSon).toEqual(expected((u) => hasToken(u.lastname, (t) => t.endsWith('son'))));
  });

  it('matches phrases in order only', () => {
    expect(search('fullname:"ana lima"')).toEqual(['ana.lima']);
    expect(search('fullname:"lima ana"')).toEqual([]);
    expect(search('email:ana.lima@harborcity.example')).toEqual(['ana.lima']);
  });

  it('ignores accents and case (Zoë = zoe)', () => {
    const zoe = expected((u) => u.firstname === 'Zoë');
    expect(zoe.length).toBeGreaterThan(0);
    expect(search('firstname:zoe')).toEqual(zoe);
    expect(search('FirstName:ZOË')).toEqual(zoe);
  });

  it('matches role by built-in role or role id, case-insensitively', () => {
    expect(search('role:org_publisher')).toEqual(expected((u) => u.role === 'org_publisher'));
    expect(search('role:ORG_ADMIN')).toEqual(expected((u) => u.role === 'org_admin'));
    expect(search('role:iAAAAAAAAAAAAAAA')).toEqual(expected((u) => u.roleid === 'iAAAAAAAAAAAAAAA'));
    expect(search('role:org_*')).toHaveLength(users.length);
  });

  it('filters on user type, provider, idpUsername, disabled and MFA', () => {
    expect(search('userlicensetype:viewerUT')).toEqual(expected((u) => u.usertype === 'viewerUT'));
    expect(search('provider:enterprise')).toEqual(expected((u) => u.provider === 'enterprise'));
    expect(search('idpusername:eva.schmidt@harborcity.example')).toEqual(['eva.schmidt']);
    expect(search('disabled:true')).toEqual(expected((u) => u.disabled === 1));
    expect(search('disabled:true')).toContain('dan.ng');
    expect(search('mfaenabled:true')).toEqual(expected((u) => u.mfaenabled === 1));
  });

  it('finds members who never signed in with lastlogin:-1 or [-1 TO -1]', () => {
    const never = expected((u) => u.lastlogin === -1);
    expect(never).toContain('carla.rossi');
    expect(search('lastlogin:-1')).toEqual(never);
    expect(search('lastlogin:[-1 TO -1]')).toEqual(never);
    expect(search('lastlogin:[0 TO *]')).toEqual(expected((u) => u.lastlogin >= 0));
  });

  it('honours inclusive and exclusive range bounds, zero-padded and ISO dates', () => {
    const sorted = [...users].sort((a, b) => a.created - b.created);
    const low = sorted[100]?.created ?? 0;
    const high = sorted[200]?.created ?? 0;
    expect(search(`created:[${String(low)} TO ${String(high)}]`)).toEqual(expected((u) => u.created >= low && u.created <= high));
    expect(search(`created:{${String(low)} TO ${String(high)}}`)).toEqual(expected((u) => u.created > low && u.created < high));
    expect(search(`created:[${String(low).padStart(19, '0')} TO ${String(high).padStart(19, '0')}]`)).toHaveLength(
      search(`created:[${String(low)} TO ${String(high)}]`).length,
    );
    const since = Date.parse('2025-01-01');
    expect(search('created:[2025-01-01 TO *]')).toEqual(expected((u) => u.created >= since));
  });

  it('combines clauses with AND, OR, NOT, + and - like Lucene', () => {
    expect(search('role:org_admin AND disabled:true')).toEqual(expected((u) => u.role === 'org_admin' && u.disabled === 1));
    expect(search('role:org_admin AND disabled:true').length).toBeGreaterThan(0);
    // With a required clause, the optional one does not widen the result.
    expect(search('+role:org_admin lastname:lima')).toEqual(expected((u) => u.role === 'org_admin'));
    expect(search('+role:org_admin lastname:lima')).not.toContain('ana.lima');
    expect(search('role:org_admin OR role:org_publisher')).toEqual(expected((u) => u.role === 'org_admin' || u.role === 'org_publisher'));
    expect(search('role:org_admin NOT disabled:true')).toEqual(expected((u) => u.role === 'org_admin' && u.disabled === 0));
    expect(search('+lastname:lima firstname:ana')).toEqual(expected((u) => u.lastname === 'Lima'));
    expect(search('lastname:lima OR role:org_admin AND disabled:true')).toEqual(expected((u) => u.role === 'org_admin' && u.disabled === 1));
    expect(search('(lastname:lima OR role:org_admin) AND disabled:false')).toEqual(
      expected((u) => (u.lastname === 'Lima' || u.role === 'org_admin') && u.disabled === 0),
    );
  });

  it('treats a purely negative query as "everything except"', () => {
    expect(search('-role:org_user')).toEqual(expected((u) => u.role !== 'org_user'));
    // Members without a roleId must not vanish from a negated roleId match.
    expect(search('NOT role:iAAAAAAAAAAAAAAA')).toEqual(expected((u) => u.roleid !== 'iAAAAAAAAAAAAAAA'));
  });

  it('matches nothing for unknown fields, and the org id for orgid:', () => {
    expect(search('shoesize:42')).toEqual([]);
    expect(search('constructor:x OR __proto__:y')).toEqual([]);
    expect(search('shoesize:42 OR username:ana.lima')).toEqual(['ana.lima']);
    expect(search(`orgid:${orgId}`)).toHaveLength(users.length);
    expect(search('orgid:someoneelse')).toEqual([]);
  });

  it('applies filter as an exact, whole-value match', () => {
    expect(search('*', { filter: 'firstname:"Ana"' })).toEqual(expected((u) => u.firstname.toLowerCase() === 'ana'));
    expect(search('*', { filter: 'fullname:"Ana"' })).toEqual([]);
    expect(search('*', { filter: 'fullname:"Ana Lima"' })).toEqual(['ana.lima']);
  });

  it('is safe with hostile input', () => {
    expect(search(`fullname:"x') OR 1=1 --"`)).toEqual([]);
    expect(search('fullname:NEAR')).toEqual(expected((u) => hasToken(u.fullname, (t) => t === 'near')));
    expect(search('"*"')).toEqual([]);
    expect(search('username:"^ana"')).toEqual(expected((u) => hasToken(u.username, (t) => t === 'ana')));
  });
});

describe('schemas without extensions (what a real portal is known to index)', () => {
  const documented = userSearchSchema(orgId, { extensions: false });
  const run = (q: string): string[] => {
    const where = translateSearch(parseSearchQuery(q), documented, { defaultFields: USER_DEFAULT_FIELDS });
    return (store.db.prepare(`SELECT username FROM users u WHERE ${where.sql} ORDER BY username`).all(...where.params) as { username: string }[]).map(
      (r) => r.username,
    );
  };

  it('keeps the documented and observed user fields', () => {
    expect(Object.keys(documented.fields).sort()).toEqual(
      ['accountid', 'created', 'description', 'email', 'firstname', 'fullname', 'lastname', 'modified', 'provider', 'role', 'tags', 'username'].sort(),
    );
    expect(run('role:org_publisher')).toEqual(expected((u) => u.role === 'org_publisher'));
    expect(run('provider:enterprise')).toEqual(expected((u) => u.provider === 'enterprise'));
  });

  it('matches nothing for undocumented fields, like any unknown field', () => {
    for (const q of [
      'lastlogin:-1',
      'roleid:iAAAAAAAAAAAAAAA',
      'userlicensetype:creatorUT',
      'usertype:creatorUT',
      'disabled:true',
      'mfaenabled:true',
      'idpusername:*',
      'level:1',
      `orgid:${orgId}`,
    ]) {
      expect(run(q), q).toEqual([]);
    }
    expect(run('lastlogin:-1 OR username:ana.lima')).toEqual(['ana.lima']);
  });

  it('answers accountid:<orgId> with everyone (the Python API appends it to every search)', () => {
    expect(run(`accountid:${orgId}`)).toHaveLength(users.length);
    // A scope clause narrows the query wherever it stands: the appended clause never widens a search.
    expect(run(`ana.lima accountid:${orgId}`)).toEqual(['ana.lima']);
    expect(run(`(lastname:lima OR firstname:ana) accountid:${orgId}`)).toEqual(run('lastname:lima OR firstname:ana'));
    expect(run(`+ana.lima +accountid:${orgId}`)).toEqual(['ana.lima']);
    expect(run('ana.lima accountid:someoneelse0000')).toEqual([]);
    expect(run(`NOT accountid:${orgId}`)).toEqual([]);
  });

  it('has accountid for groups always and orgid only with extensions', () => {
    expect(groupSearchSchema(orgId, { extensions: false }).fields).toHaveProperty('accountid');
    expect(groupSearchSchema(orgId, { extensions: false }).fields).not.toHaveProperty('orgid');
    expect(groupSearchSchema(orgId, { extensions: true }).fields).toHaveProperty('orgid');
  });
});
