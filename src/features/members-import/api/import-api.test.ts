import { ArcGISAuthError, ArcGISRequestError, request } from '@esri/arcgis-rest-request';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { PortalSession } from '@/lib/arcgis/portal-session';
import { fetchUserTypeSeats, type UserTypeSeats } from '@/lib/arcgis/user-type-seats';

import {
  fetchOrganizationContext,
  fetchPendingInvitationUsernames,
  fetchTakenUsernames,
  invitationsNotListedNotice,
  pendingInvitationNotices,
} from './import-api';
import { organizationNotices } from '../core/organization-context';

vi.mock(import('@esri/arcgis-rest-request'), async (importOriginal) => ({ ...(await importOriginal()), request: vi.fn() }));
vi.mock(import('@/lib/arcgis/user-type-seats'), () => ({ fetchUserTypeSeats: vi.fn() }));

const root = 'https://portal.example/sharing/rest';
const session = { portal: root } as unknown as PortalSession;
const requestMock = vi.mocked(request);
const seatsMock = vi.mocked(fetchUserTypeSeats);

const seats: UserTypeSeats[] = [{ id: 'creatorUT', name: 'Creator', purchased: 10, assigned: 4, left: 6, compatibleRoles: null }];

type Answers = Record<string, unknown>;

/** Answers each path (relative to the REST root); an Error value is thrown as the portal's refusal. */
function portalAnswers(answers: Answers) {
  requestMock.mockImplementation((url: string) => {
    const path = url.slice(root.length + 1);
    const answer = answers[path];
    if (answer === undefined) return Promise.reject(new Error(`${path} does not exist`));
    if (answer instanceof Error) return Promise.reject(answer);
    return Promise.resolve(answer);
  });
}

const everything: Answers = {
  'portals/self': { id: 'org1' },
  'portals/self/roles': { roles: [{ id: 'hd1', name: 'Help Desk', privileges: ['portal:admin:viewUsers'] }], nextStart: -1 },
  'community/groups': { results: [{ id: 'g1', title: 'All Staff' }], nextStart: -1 },
  'portals/self/userDefaultSettings': { role: 'org_user', userLicenseType: 'creatorUT', groups: ['g1'] },
  'portals/self/securityPolicy': { passwordPolicy: { minLength: 12, minLetter: 1, minDigit: 1, minUpper: 1 } },
};

const paramsOf = (path: string) => requestMock.mock.calls.find(([url]) => url === `${root}/${path}`)?.[1]?.params;

beforeEach(() => {
  requestMock.mockReset();
  seatsMock.mockReset();
  seatsMock.mockResolvedValue(seats);
});

describe('fetchOrganizationContext', () => {
  it('reads the password policy from portals/self/securityPolicy, never portals/self/passwordPolicy', async () => {
    portalAnswers(everything);
    const context = await fetchOrganizationContext(session);
    expect(context.passwordPolicy).toMatchObject({ minLength: 12, requireUpperCase: true });
    const paths = requestMock.mock.calls.map(([url]) => url.slice(root.length + 1));
    expect(paths).toContain('portals/self/securityPolicy');
    expect(paths).not.toContain('portals/self/passwordPolicy');
    expect(context.notices).toEqual([organizationNotices.compatibilityMissing]);
  });

  it('lists the organization’s groups with accountid:, as Esri’s Python client does', async () => {
    portalAnswers(everything);
    const context = await fetchOrganizationContext(session);
    expect(paramsOf('community/groups')?.q).toBe('accountid:org1');
    expect(context.groups).toEqual([{ id: 'g1', title: 'All Staff' }]);
  });

  it('takes user types and seats from fetchUserTypeSeats, never from userLicenseTypes itself', async () => {
    portalAnswers(everything);
    const context = await fetchOrganizationContext(session);
    expect(seatsMock).toHaveBeenCalledOnce();
    expect(context.userTypes).toEqual([{ id: 'creatorUT', name: 'Creator', seatsLeft: 6, compatibleRoleIds: null }]);
    expect(requestMock.mock.calls.map(([url]) => url)).not.toContain(`${root}/portals/self/userLicenseTypes`);
  });

  it('survives an older portal: each missing resource falls back on its own, with a notice', async () => {
    portalAnswers({
      'portals/self': everything['portals/self'],
      'portals/self/roles': everything['portals/self/roles'],
    });
    seatsMock.mockRejectedValue(new Error('userLicenseTypes does not exist'));
    const context = await fetchOrganizationContext(session);
    expect(context.orgId).toBe('org1');
    expect(context.roles.map((role) => role.id)).toContain('hd1');
    expect(context.defaults).toEqual({ roleId: 'org_user', userTypeId: '', groupIds: [] });
    expect(context.userTypes).toBeNull();
    expect(context.groups).toBeNull();
    expect(context.passwordPolicy).toEqual({ minLength: 8, requireLetter: true, requireDigit: true });
    expect(context.notices).toEqual([
      organizationNotices.defaultsMissing,
      organizationNotices.userTypesMissing,
      organizationNotices.passwordPolicyMissing,
      organizationNotices.groupsMissing,
    ]);
  });

  it('reads {} from userDefaultSettings as User with no user type', async () => {
    portalAnswers({ ...everything, 'portals/self/userDefaultSettings': {} });
    const context = await fetchOrganizationContext(session);
    expect(context.defaults).toEqual({ roleId: 'org_user', userTypeId: '', groupIds: [] });
    expect(context.notices).toContain(organizationNotices.defaultsEmpty);
  });

  it('still needs the roles: without them there is nothing to add members with', async () => {
    portalAnswers({ ...everything, 'portals/self/roles': new Error('roles refused') });
    await expect(fetchOrganizationContext(session)).rejects.toThrow('roles refused');
  });
});

describe('fetchTakenUsernames', () => {
  it('reports a requested name the portal left out of its answer as unconfirmed, not free', async () => {
    requestMock.mockResolvedValue({
      usernames: [
        { requested: 'ana.lima', suggested: 'ana.lima1' },
        { requested: 'new.one', suggested: 'new.one' },
      ],
    });
    const answer = await fetchTakenUsernames(session, ['ana.lima', 'new.one', 'Deleted.Once']);
    expect(answer).toEqual({ taken: new Set(['ana.lima']), unconfirmed: new Set(['deleted.once']) });
  });

  it('checks several batches at once and retries a busy moment instead of failing the review', async () => {
    const names = Array.from({ length: 250 }, (_, index) => `member${String(index)}`);
    let calls = 0;
    requestMock.mockImplementation((_url, options) => {
      calls += 1;
      if (calls === 2) return Promise.reject(new ArcGISRequestError('Service Unavailable', 'HTTP 503 Service Unavailable'));
      const batch = (options?.params as { usernames: string[] }).usernames;
      return Promise.resolve({ usernames: batch.map((name) => ({ requested: name, suggested: name === 'member150' ? 'member150a' : name })) });
    });
    const progress: number[] = [];
    const answer = await fetchTakenUsernames(session, names, (checked) => progress.push(checked));
    expect(answer.taken).toEqual(new Set(['member150']));
    expect(answer.unconfirmed.size).toBe(0);
    expect(calls).toBe(4);
    expect(progress.at(-1)).toBe(250);
  });
});

describe('fetchPendingInvitationUsernames', () => {
  const invitations = (usernames: string[], total?: number) => ({
    ...(total === undefined ? {} : { total }),
    nextStart: -1,
    invitations: usernames.map((username) => ({ username })),
  });

  it('reads the pending invitations’ usernames, lower-case, and adds no notice', async () => {
    portalAnswers({ 'portals/self/invitations': invitations(['Ana.Lima', 'cy'], 2) });
    const pending = await fetchPendingInvitationUsernames(session);
    expect(pending).toEqual({ usernames: new Set(['ana.lima', 'cy']), listed: true });
    expect(pendingInvitationNotices(pending)).toEqual([]);
  });

  it('asks again after a busy moment instead of reporting the invitations unlisted', async () => {
    let calls = 0;
    requestMock.mockImplementation(() => {
      calls += 1;
      return calls === 1
        ? Promise.reject(new ArcGISRequestError('Service Unavailable', 'HTTP 503 Service Unavailable'))
        : Promise.resolve(invitations(['cy'], 1));
    });
    expect(await fetchPendingInvitationUsernames(session)).toEqual({ usernames: new Set(['cy']), listed: true });
    expect(calls).toBe(2);
  });

  it('tolerates a portal that does not list invitations, and the review says they could not be checked', async () => {
    portalAnswers({ 'portals/self/invitations': new ArcGISRequestError('Not found', 'HTTP 404 Not Found') });
    const pending = await fetchPendingInvitationUsernames(session);
    expect(pending).toEqual({ usernames: new Set(), listed: false });
    expect(pendingInvitationNotices(pending)).toEqual([invitationsNotListedNotice]);
  });

  it('says nothing before the invitations are read', () => {
    expect(pendingInvitationNotices(undefined)).toEqual([]);
  });

  it('lets a refused sign-in through: the session must be renewed, not the check skipped', async () => {
    portalAnswers({ 'portals/self/invitations': new ArcGISAuthError('498: Invalid token.', 498) });
    await expect(fetchPendingInvitationUsernames(session)).rejects.toMatchObject({ kind: 'auth' });
  });
});
