import { describe, expect, it } from 'vitest';

import builtin1000 from '@/testing/fixtures/members-import/builtin-1000.csv?raw';
import builtinWithProblems from '@/testing/fixtures/members-import/builtin-with-problems.csv?raw';
import createUsersEnterprise from '@/testing/fixtures/members-import/createusers-enterprise.txt?raw';
import enterpriseAd from '@/testing/fixtures/members-import/enterprise-members-ad.csv?raw';
import { everyoneGroupId, fieldCrewGroupId, helpDeskRoleId, memberImportContext, parksGroupId } from '@/testing/fixtures/members-import/member-import-context';

import { applyMemberMapping } from './apply-member-mapping';
import { matchMemberHeaders } from './match-member-headers';
import { requiredFieldsByFormat } from './member-columns';
import { parseMemberFile } from './parse-member-file';
import type { MemberRow } from './types';
import { validateMemberRows } from './validate-member-rows';

function rowsOf(text: string): MemberRow[] {
  const file = parseMemberFile(text);
  return applyMemberMapping(file, matchMemberHeaders(file.headers, file.format).mapping);
}

function member(line: number, overrides: Partial<MemberRow> = {}): MemberRow {
  const username = overrides.username ?? `member${String(line).padStart(4, '0')}`;
  return {
    line,
    firstName: 'Ana',
    lastName: 'Lopez',
    fullName: 'Ana Lopez',
    email: `${username}@example.org`,
    username,
    password: 'Welcome.2026',
    role: 'Viewer',
    userType: '',
    groups: [],
    description: '',
    idpUsername: '',
    accountKind: 'builtin',
    ...overrides,
  };
}

const messagesOf = (result: { messages: { message: string }[] } | undefined) => result?.messages.map((m) => m.message);

describe('validateMemberRows on builtin-with-problems.csv', () => {
  // Creator has no seat left in this organization, which is what is wrong with Ana's row.
  const noCreatorSeat = memberImportContext({ seats: { creatorUT: 0 } });
  const { rows, summary } = validateMemberRows(rowsOf(builtinWithProblems), noCreatorSeat);

  it('flags line 2 (Ana) only for the missing Creator seat', () => {
    expect(rows[0]).toEqual({
      line: 2,
      status: 'error',
      messages: [
        {
          line: 2,
          field: 'userType',
          severity: 'error',
          message: 'Line 2, User type: no Creator seat is left for this row (the organization has none left)',
        },
      ],
      resolved: { roleId: 'org_user', userTypeId: 'creatorUT', groupIds: [] },
    });
  });

  it('flags line 3 (Ben) for a short username, an email without a domain suffix and a short password', () => {
    expect(rows[1]?.status).toBe('error');
    expect(messagesOf(rows[1])).toEqual([
      'Line 3, Username: "bng" must be 6 to 128 characters long (it has 3)',
      'Line 3, Email: "ben.ng@example" is not a valid email address',
      'Line 3, Password: is too short and has no digit; it must be at least 8 characters and contain a letter and a digit',
    ]);
  });

  it('flags line 4 (Cara) for a password without a digit', () => {
    expect(rows[2]).toMatchObject({ line: 4, status: 'error', resolved: { roleId: 'org_admin', userTypeId: 'creatorUT' } });
    expect(messagesOf(rows[2])).toEqual(['Line 4, Password: has no digit; it must be at least 8 characters and contain a letter and a digit']);
  });

  it('flags line 5 (Cara again) as a duplicate username of line 4, and warns about the repeated email', () => {
    expect(rows[3]?.status).toBe('error');
    expect(rows[3]?.messages).toEqual([
      { line: 5, field: 'username', severity: 'error', message: 'Line 5, Username: cara_diaz is already on line 4' },
      {
        line: 5,
        field: 'email',
        severity: 'warning',
        message: 'Line 5, Email: cara.diaz@example.org is also used on line 4',
      },
    ]);
  });

  it('flags line 6 (Dev) for the characters in the username and an unknown role', () => {
    expect(rows[4]).toMatchObject({ line: 6, status: 'error', resolved: { roleId: null, userTypeId: null } });
    expect(messagesOf(rows[4])).toEqual([
      'Line 6, Username: "dev shah!" may contain only letters, digits and @ . - _ (not: space !)',
      'Line 6, Role: "nosuchrole" is not a role in this organization; ' + 'use one of: Administrator, Publisher, User, Viewer, Data Editor, Help Desk',
    ]);
  });

  it('gives each row a reason no other row has, and never quotes a password', () => {
    const reasons = rows.map((row) => new Set(row.messages.map((m) => m.message.replace(/^Line \d+, /, ''))));
    reasons.forEach((own, index) => {
      const others = reasons.filter((_, other) => other !== index);
      expect([...own].some((reason) => others.every((set) => !set.has(reason)))).toBe(true);
    });
    const everything = JSON.stringify(rows);
    // Ben's password is the word "short", which the message may say ("is too short") but never quote.
    for (const password of ['Welcome.2026', 'nodigitshere', '\\"short\\"']) expect(everything).not.toContain(password);
    expect(summary.counts).toEqual({ ready: 0, warning: 0, error: 5, exists: 0, skipped: 0, done: 0 });
  });
});

describe('validateMemberRows on builtin-1000.csv', () => {
  it('finds every row ready and sums members per role and user type', () => {
    const { rows, summary } = validateMemberRows(rowsOf(builtin1000), memberImportContext());
    expect(rows.filter((row) => row.status !== 'ready').flatMap((row) => row.messages)).toEqual([]);
    expect(summary.counts).toEqual({ ready: 1000, warning: 0, error: 0, exists: 0, skipped: 0, done: 0 });
    expect(summary.toAdd).toBe(1000);
    expect(summary.byRole).toEqual([
      { roleId: 'org_publisher', name: 'Publisher', count: 265 },
      { roleId: 'org_user', name: 'User', count: 257 },
      { roleId: 'iAAAAAAAAAAAAAAA', name: 'Viewer', count: 241 },
      { roleId: 'iBBBBBBBBBBBBBBB', name: 'Data Editor', count: 237 },
    ]);
    expect(summary.byUserType).toEqual([
      { userTypeId: 'viewerUT', name: 'Viewer', count: 241, needed: 241, seatsLeft: 100_000 },
      { userTypeId: 'editorUT', name: 'Contributor', count: 494, needed: 494, seatsLeft: 100_000 },
      { userTypeId: 'creatorUT', name: 'Creator', count: 265, needed: 265, seatsLeft: 100_000 },
    ]);
  });
});

describe('validateMemberRows, rule by rule', () => {
  const context = memberImportContext();

  it('requires the account kind’s fields, or the ones the caller names', () => {
    const [blank] = validateMemberRows([member(2, { firstName: '', email: '', password: '' })], context).rows;
    expect(messagesOf(blank)).toEqual([
      'Line 2, First name: is required but empty',
      'Line 2, Email: is required but empty',
      'Line 2, Password: is required but empty',
    ]);
    const [enterprise] = validateMemberRows(
      [member(2, { email: '', password: '' })],
      memberImportContext({ accountKind: 'enterprise', requiredFields: requiredFieldsByFormat.saml }),
    ).rows;
    expect(messagesOf(enterprise)).toEqual(['Line 2, Email: is required but empty']);
  });

  it('checks the password against the organization policy without echoing it', () => {
    const strict = memberImportContext({
      passwordPolicy: { minLength: 12, requireLetter: true, requireDigit: true, requireSpecialChar: true },
    });
    const [row] = validateMemberRows([member(7, { password: 'Abcdefgh1234' })], strict).rows;
    expect(messagesOf(row)).toEqual(['Line 7, Password: has no symbol; it must be at least 12 characters and contain a letter, a digit and a symbol']);
  });

  it('applies the enterprise rules: domain\\user and user@domain names, passwords ignored, only a username required', () => {
    const enterprise = memberImportContext({ accountKind: 'enterprise' });
    const { rows } = validateMemberRows(rowsOf(enterpriseAd), enterprise);
    expect(rows.map((row) => [row.status, row.resolved.roleId])).toEqual([
      ['ready', 'org_publisher'],
      ['ready', 'org_user'],
    ]);
    const domainUser = member(2, { username: 'DOMAIN\\bob', email: 'bob@example.org' });
    const [withPassword] = validateMemberRows([domainUser], enterprise).rows;
    expect(withPassword).toMatchObject({ status: 'warning' });
    expect(messagesOf(withPassword)).toEqual(['Line 2, Password: is ignored: enterprise accounts sign in through their identity provider']);
  });

  it('reads the CreateUsers enterprise sample as ready', () => {
    const { summary } = validateMemberRows(
      rowsOf(createUsersEnterprise),
      memberImportContext({ accountKind: 'enterprise', requiredFields: requiredFieldsByFormat['createusers-enterprise'] }),
    );
    expect(summary.counts.ready).toBe(5);
  });

  it('resolves roles by id, name and legacy value, and an empty role to the default', () => {
    const rows = ['org_publisher', 'data editor', 'Help Desk', helpDeskRoleId, 'admin', ''].map((role, index) => member(index + 2, { role }));
    const { rows: results } = validateMemberRows(rows, context);
    expect(results.map((result) => result.resolved.roleId)).toEqual([
      'org_publisher',
      'iBBBBBBBBBBBBBBB',
      helpDeskRoleId,
      helpDeskRoleId,
      'org_admin',
      'iAAAAAAAAAAAAAAA',
    ]);
    expect(results.every((result) => result.status === 'ready')).toBe(true);
  });

  it('refuses an empty role when the organization has no default role', () => {
    const noDefault = memberImportContext({ defaults: { roleId: 'gone', userTypeId: 'viewerUT', groupIds: [] } });
    expect(messagesOf(validateMemberRows([member(2, { role: '' })], noDefault).rows[0])).toEqual([
      'Line 2, Role: is empty and the organization has no default role',
    ]);
  });

  it('resolves user types by id or name, and picks a compatible one when the cell is empty', () => {
    const rows = [
      member(2, { role: 'user', userType: 'GIS Professional Advanced' }),
      member(3, { role: 'user', userType: 'creatorut' }),
      member(4, { role: 'viewer' }),
      member(5, { role: 'user' }),
      member(6, { role: 'publisher' }),
    ];
    expect(validateMemberRows(rows, context).rows.map((result) => result.resolved.userTypeId)).toEqual([
      'GISProfessionalAdvUT',
      'creatorUT',
      'viewerUT',
      'editorUT',
      'creatorUT',
    ]);
  });

  it('refuses unknown user types and ones the role cannot have', () => {
    const { rows } = validateMemberRows([member(2, { userType: 'Mobile Worker' }), member(3, { role: 'publisher', userType: 'Viewer' })], context);
    expect(messagesOf(rows[0])).toEqual([
      'Line 2, User type: "Mobile Worker" is not a user type in this organization; ' + 'use one of: Viewer, Contributor, Creator, GIS Professional Advanced',
    ]);
    expect(messagesOf(rows[1])).toEqual([
      'Line 3, User type: Viewer cannot be given to the Publisher role; ' + 'compatible user types: Creator, GIS Professional Advanced',
    ]);
  });

  it('hands out seats in file order; rows with other errors take none', () => {
    const rows = [
      member(2, { role: 'publisher' }),
      member(3, { role: 'publisher', email: 'broken' }),
      member(4, { role: 'publisher' }),
      member(5, { role: 'publisher' }),
      member(6, { role: 'publisher' }),
    ];
    const { rows: results, summary } = validateMemberRows(rows, memberImportContext({ seats: { creatorUT: 2 } }));
    expect(results.map((result) => result.status)).toEqual(['ready', 'error', 'ready', 'error', 'error']);
    expect(messagesOf(results[3])).toEqual(['Line 5, User type: no Creator seat is left for this row (2 seats left, taken by earlier rows)']);
    expect(summary.byUserType).toEqual([{ userTypeId: 'creatorUT', name: 'Creator', count: 2, needed: 4, seatsLeft: 2 }]);
  });

  it('resolves groups by title or id, adds the default groups, and refuses unknown or ambiguous titles', () => {
    const withDefaults = memberImportContext({
      defaults: { roleId: 'iAAAAAAAAAAAAAAA', userTypeId: 'viewerUT', groupIds: [everyoneGroupId] },
      groups: [...(context.groups ?? []), { id: 'dddddddddddddddddddddddddddddddd', title: 'parks' }],
    });
    const { rows } = validateMemberRows(
      [member(2, { groups: ['field crew', fieldCrewGroupId.toUpperCase()] }), member(3, { groups: ['Trails', 'Parks'] })],
      withDefaults,
    );
    expect(rows[0]).toMatchObject({ status: 'ready', resolved: { groupIds: [everyoneGroupId, fieldCrewGroupId] } });
    expect(messagesOf(rows[1])).toEqual([
      'Line 3, Groups: "Trails" is not a group in this organization',
      'Line 3, Groups: 2 groups are titled "Parks"; use the group id',
    ]);
    const [plain] = validateMemberRows([member(2, { groups: ['Parks'] })], context).rows;
    expect(plain?.resolved.groupIds).toEqual([parksGroupId]);
  });

  it('limits the description to 250 characters', () => {
    const { rows } = validateMemberRows([member(2, { description: 'x'.repeat(250) }), member(3, { description: 'é'.repeat(251) })], context);
    expect(rows[0]?.status).toBe('ready');
    expect(messagesOf(rows[1])).toEqual(['Line 3, Description: must be 250 characters or fewer (it has 251)']);
  });

  it('errors on every later duplicate username (any case), naming the first line', () => {
    const { rows } = validateMemberRows(
      [member(2, { username: 'jcho11' }), member(4, { username: 'JCHO11', email: 'a@b.org' }), member(9, { username: 'Jcho11', email: 'c@d.org' })],
      context,
    );
    expect(rows.map((row) => row.status)).toEqual(['ready', 'error', 'error']);
    expect(messagesOf(rows[2])).toEqual(['Line 9, Username: Jcho11 is already on line 2']);
  });

  it('marks existing members and pending invitations as exists, with only that message', () => {
    const known = memberImportContext({
      existingUsernames: new Set(['jcho11']),
      pendingInvitations: new Set(['sraj01']),
    });
    const { rows, summary } = validateMemberRows(
      [member(2, { username: 'JCho11', password: 'bad' }), member(3, { username: 'sraj01' }), member(4, { username: 'newone1' })],
      known,
    );
    expect(rows.map((row) => row.status)).toEqual(['exists', 'exists', 'ready']);
    expect(messagesOf(rows[0])).toEqual(['Line 2, Username: JCho11 is already a member and will not be added again']);
    expect(messagesOf(rows[1])).toEqual(['Line 3, Username: sraj01 already has a pending invitation and will not be invited again']);
    expect(summary).toMatchObject({ toAdd: 1, counts: { exists: 2, ready: 1 } });
  });

  it('skips excluded lines entirely: no messages, no seat, not the first of a duplicate', () => {
    const { rows, summary } = validateMemberRows(
      [member(2, { username: 'jcho11', role: 'publisher' }), member(3, { username: 'jcho11', role: 'publisher' })],
      memberImportContext({ excludedLines: new Set([2]), seats: { creatorUT: 1 } }),
    );
    expect(rows).toEqual([
      { line: 2, status: 'skipped', messages: [], resolved: { roleId: null, userTypeId: null, groupIds: [] } },
      {
        line: 3,
        status: 'ready',
        messages: [],
        resolved: { roleId: 'org_publisher', userTypeId: 'creatorUT', groupIds: [] },
      },
    ]);
    expect(summary.counts).toEqual({ ready: 1, warning: 0, error: 0, exists: 0, skipped: 1, done: 0 });
  });

  it('marks lines an interrupted run already handled as done: not sent again, not counted as members who exist', () => {
    const { rows, summary } = validateMemberRows([member(2, { username: 'taken.by.run' }), member(3)], {
      ...memberImportContext({}),
      existingUsernames: new Set(['taken.by.run']),
      doneLines: new Set([2]),
    });
    expect(rows[0]).toMatchObject({ line: 2, status: 'done', messages: [] });
    expect(summary.counts).toMatchObject({ done: 1, exists: 0 });
    expect(summary.toAdd).toBe(1);
  });

  it('still resolves the groups of a line an interrupted run handled (they are sent again on resume), without messages', () => {
    const { rows } = validateMemberRows([member(2, { groups: ['Field Crew', 'Nowhere'] })], { ...context, doneLines: new Set([2]) });
    expect(rows[0]).toMatchObject({ status: 'done', messages: [], resolved: { groupIds: [fieldCrewGroupId] } });
  });

  it('a username another person holds is an error naming them; the same person is "already a member"', () => {
    const holders = new Map([['grace.receiver', { fullName: 'Grace Receiver', email: 'grace.receiver@harborcity.example' }]]);
    const { rows, summary } = validateMemberRows(
      [
        member(2, { username: 'grace.receiver', email: 'grace.r@elsewhere.org' }),
        member(3, { username: 'Grace.Receiver', email: 'GRACE.RECEIVER@harborcity.example' }),
      ],
      { ...memberImportContext({}), existingUsernames: new Set(['grace.receiver']), usernameHolders: holders },
    );
    expect(rows.map((row) => row.status)).toEqual(['error', 'exists']);
    expect(messagesOf(rows[0])).toEqual([
      'Line 2, Username: grace.receiver is taken by someone else: Grace Receiver (grace.receiver@harborcity.example). Choose another username for this person',
    ]);
    const same = validateMemberRows([member(3, { username: 'grace.receiver', email: 'GRACE.RECEIVER@harborcity.example' })], {
      ...memberImportContext({}),
      existingUsernames: new Set(['grace.receiver']),
      usernameHolders: holders,
    });
    expect(same.rows[0]?.status).toBe('exists');
    expect(summary.counts).toMatchObject({ error: 1, exists: 1 });
  });

  it('on resume, a member who exists now but did not before the run began is done (the run added them), never "already a member"', () => {
    const { rows, summary } = validateMemberRows([member(2, { username: 'was.there' }), member(3, { username: 'added.late' }), member(4)], {
      ...memberImportContext({}),
      existingUsernames: new Set(['was.there', 'added.late']),
      doneLines: new Set(),
      preexistingLines: new Set([2]),
    });
    expect(rows.map((row) => row.status)).toEqual(['exists', 'done', 'ready']);
    expect(summary.counts).toMatchObject({ exists: 1, done: 1, ready: 1 });
    // The done row keeps what it resolved to, for its confirmation.
    expect(rows[1]?.resolved.roleId).not.toBeNull();
  });
});

describe('validateMemberRows at scale', () => {
  it('validates 50,000 rows with the right counts', () => {
    const roles = ['viewer', 'Data Editor', 'user', 'publisher'];
    const rows = Array.from({ length: 50_000 }, (_, index) => {
      const line = index + 2;
      // Every 1000th row repeats the previous row's username.
      const username = `member${String(index % 1000 === 999 ? index - 1 : index).padStart(5, '0')}`;
      return member(line, {
        username,
        email: `${username}@example.org`,
        role: roles[index % 4] ?? '',
        password: index % 5000 === 0 ? 'short' : 'Welcome.2026',
      });
    });
    const context50k = memberImportContext({
      seats: { creatorUT: 12_000 },
      existingUsernames: new Set(['member00100', 'member00200']),
    });
    const started = performance.now();
    const { rows: results, summary } = validateMemberRows(rows, context50k);
    console.info(`validated 50,000 rows in ${Math.round(performance.now() - started)} ms`);

    // Publishers are the rows with index ≡ 3 (mod 4): 12,500, of which the 50 duplicates (indexes 999, 1999 …) are
    // errors already, so 12,450 want the 12,000 Creator seats and 450 go without. The 10 short passwords and the
    // 2 existing members are viewers.
    expect(results).toHaveLength(50_000);
    expect(results.filter((result) => result.messages.some((m) => m.message.includes('is already on line')))).toHaveLength(50);
    expect(results.filter((result) => result.messages.some((m) => m.message.includes('no Creator seat')))).toHaveLength(450);
    expect(summary.counts).toEqual({ ready: 49_488, warning: 0, error: 510, exists: 2, skipped: 0, done: 0 });
    expect(summary.byUserType.find((use) => use.userTypeId === 'creatorUT')).toEqual({
      userTypeId: 'creatorUT',
      name: 'Creator',
      count: 12_000,
      needed: 12_450,
      seatsLeft: 12_000,
    });
    expect(results[999]?.messages[0]?.message).toBe('Line 1001, Username: member00998 is already on line 1000');
  });
});

describe('validateMemberRows when the portal reports less', () => {
  const base = memberImportContext();
  const withTypes = (change: (type: NonNullable<typeof base.userTypes>[number]) => object) =>
    memberImportContext({ userTypes: (base.userTypes ?? []).map((type) => ({ ...type, ...change(type) })) });

  it('never refuses a row for seats the portal did not report; the summary keeps them as null', () => {
    const rows = [1, 2, 3].map((index) => member(index + 1, { role: 'User', userType: 'Creator' }));
    const reported = validateMemberRows(rows, memberImportContext({ seats: { creatorUT: 1 } }));
    expect(reported.rows.map((row) => row.status)).toEqual(['ready', 'error', 'error']);
    const unreported = validateMemberRows(
      rows,
      withTypes(() => ({ seatsLeft: null })),
    );
    expect(unreported.rows.map((row) => row.status)).toEqual(['ready', 'ready', 'ready']);
    expect(unreported.summary.byUserType).toEqual([{ userTypeId: 'creatorUT', name: 'Creator', count: 3, needed: 3, seatsLeft: null }]);
  });

  it('does not restrict roles when the portal did not say which roles a user type allows', () => {
    const row = member(2, { role: 'Publisher', userType: 'Viewer' });
    expect(validateMemberRows([row], base).rows[0]?.status).toBe('error');
    const result = validateMemberRows(
      [row],
      withTypes(() => ({ compatibleRoleIds: null })),
    ).rows[0];
    expect(result).toMatchObject({ status: 'ready', resolved: { roleId: 'org_publisher', userTypeId: 'viewerUT' } });
  });

  it('with unknown allowed roles, an empty cell takes the default type, else goes without one and warns', () => {
    const unrestricted = withTypes(() => ({ compatibleRoleIds: null }));
    const row = member(2, { role: 'Publisher' });
    expect(validateMemberRows([row], unrestricted).rows[0]?.resolved.userTypeId).toBe('viewerUT');
    const noDefault = { ...unrestricted, defaults: { ...unrestricted.defaults, userTypeId: '' } };
    const result = validateMemberRows([row], noDefault).rows[0];
    expect(result?.status).toBe('warning');
    expect(result?.resolved.userTypeId).toBeNull();
    expect(messagesOf(result)).toEqual([
      'Line 2, User type: is empty and the organization has no default user type for the Publisher role; the row is ' +
        'sent without one and the portal decides',
    ]);
  });

  it('makes the user type optional when the portal listed none: empty cells go without, filled ones as written', () => {
    const noTypes = memberImportContext({ userTypes: null, defaults: { roleId: 'org_user', userTypeId: '', groupIds: [] } });
    const { rows: results, summary } = validateMemberRows([member(2, { role: '' }), member(3, { userType: 'creatorUT' })], noTypes);
    expect(results[0]).toMatchObject({ status: 'ready', messages: [], resolved: { roleId: 'org_user', userTypeId: null } });
    expect(results[1]).toMatchObject({ status: 'warning', resolved: { userTypeId: 'creatorUT' } });
    expect(messagesOf(results[1])).toEqual(['Line 3, User type: "creatorUT" is sent as written: the portal did not list its user types, so it decides']);
    expect(summary.toAdd).toBe(2);
    expect(summary.byUserType).toEqual([]);
  });

  it('on ArcGIS Enterprise requires a user type for every new account (createUser cannot go without one)', () => {
    const unrestricted = withTypes(() => ({ compatibleRoleIds: null }));
    const noDefault = { ...unrestricted, defaults: { ...unrestricted.defaults, userTypeId: '' }, portalKind: 'enterprise' as const };
    const noDefaultResult = validateMemberRows([member(2, { username: 'field_crew1', role: 'Publisher' })], noDefault).rows[0];
    expect(noDefaultResult?.status).toBe('error');
    expect(messagesOf(noDefaultResult)).toEqual([
      'Line 2, User type: is empty and the organization has no default user type for the Publisher role; ArcGIS ' +
        'Enterprise needs one for every new account',
    ]);
    const unlisted = memberImportContext({ userTypes: null, portalKind: 'enterprise', defaults: { roleId: 'org_user', userTypeId: '', groupIds: [] } });
    const [empty, filled] = validateMemberRows(
      [member(2, { username: 'field_crew1' }), member(3, { username: 'field_crew2', userType: 'creatorUT' })],
      unlisted,
    ).rows;
    expect(messagesOf(empty)).toEqual([
      'Line 2, User type: is empty and the portal did not list its user types; ArcGIS Enterprise needs one for every new account',
    ]);
    expect(filled).toMatchObject({ status: 'warning', resolved: { userTypeId: 'creatorUT' } });
  });

  it('warns, naming the row and the username, when the portal did not confirm a username free', () => {
    const rows = [member(2, { username: 'Old.Name1' }), member(3, { username: 'fresh.name' })];
    const { rows: results } = validateMemberRows(rows, memberImportContext({ unconfirmedUsernames: new Set(['old.name1']) }));
    expect(results.map((result) => result.status)).toEqual(['warning', 'ready']);
    expect(messagesOf(results[0])).toEqual([
      'Line 2, Username: the portal did not confirm that this username (Old.Name1) is free; it may be reserved by a ' + 'deleted account',
    ]);
  });

  it('says a group cannot be checked when the portal did not list the groups', () => {
    const result = validateMemberRows([member(2, { groups: ['Field Crew'] })], memberImportContext({ groups: null })).rows[0];
    expect(result?.status).toBe('error');
    expect(messagesOf(result)).toEqual(['Line 2, Groups: "Field Crew" cannot be checked: the portal did not list the organization\'s groups']);
  });
});
