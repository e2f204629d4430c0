import { ArcGISRequestError, request } from '@esri/arcgis-rest-request';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { isTransientError } from '@/lib/arcgis/arcgis-error';
import { addGroupMembers } from '@/lib/arcgis/group-membership-writes';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import type { RetryPolicy } from '@/lib/async/with-retries';

import { createOneUser } from './create-one-user';
import { createUserParams, createUsers, type Invitation } from './import-api';

vi.mock(import('@esri/arcgis-rest-request'), async (importOriginal) => ({ ...(await importOriginal()), request: vi.fn() }));
vi.mock(import('@/lib/arcgis/group-membership-writes'), () => ({ addGroupMembers: vi.fn(), removeGroupMembers: vi.fn() }));

const session = { portal: 'https://portal.example/portal/sharing/rest', getToken: () => Promise.resolve('token1') } as unknown as PortalSession;
const requestMock = vi.mocked(request);
const addToGroupMock = vi.mocked(addGroupMembers);
const retry: RetryPolicy = { isTransient: isTransientError, maxAttempts: 3, backoffMs: () => 0, sleep: () => Promise.resolve() };
const createUrl = 'https://portal.example/portal/portaladmin/security/users/createUser';

const builtin: Invitation = {
  username: 'field_crew1',
  password: 'Welcome.2026',
  firstname: 'Ana',
  lastname: 'Lima',
  fullname: 'Ana Lima',
  email: 'ana.lima@example.org',
  role: 'org_user',
  userLicenseType: 'creatorUT',
  groups: 'g1',
  targetUserProvider: 'arcgis',
};
const enterprise: Invitation = {
  ...builtin,
  username: 'ana.lima@HARBOR',
  password: undefined,
  targetUserProvider: 'enterprise',
  idpUsername: 'ana.lima@HARBOR',
};

const busy = () => new ArcGISRequestError('HTTP 503 Service Unavailable', 'HTTP 503', undefined, createUrl);

beforeEach(() => {
  requestMock.mockReset();
  addToGroupMock.mockReset();
});

describe('createUserParams', () => {
  it('sends only the documented createUser parameters: the password for built-in accounts, the login for enterprise ones', () => {
    expect(createUserParams(builtin)).toEqual({
      f: 'json',
      username: 'field_crew1',
      password: 'Welcome.2026',
      firstname: 'Ana',
      lastname: 'Lima',
      email: 'ana.lima@example.org',
      role: 'org_user',
      userLicenseTypeId: 'creatorUT',
      provider: 'arcgis',
    });
    const params = createUserParams(enterprise);
    expect(params).toMatchObject({ provider: 'enterprise', idpUsername: 'ana.lima@HARBOR' });
    expect(params).not.toHaveProperty('password');
    expect(params).not.toHaveProperty('groups');
  });
});

describe('createUsers', () => {
  it("returns a refusal with the portal's reason, and throws what is transient so the run retries it", async () => {
    requestMock.mockResolvedValueOnce({ status: 'error', messages: ["User 'field_crew1' already exists."], code: 400 });
    await expect(createUsers(session, [builtin])).resolves.toEqual([{ username: 'field_crew1', reason: "User 'field_crew1' already exists." }]);
    const [url, options] = requestMock.mock.calls[0] ?? [];
    expect(url).toBe(createUrl);
    expect(options).toMatchObject({ httpMethod: 'POST', params: { token: 'token1', password: 'Welcome.2026' } });

    requestMock.mockRejectedValueOnce(busy());
    await expect(createUsers(session, [builtin])).rejects.toMatchObject({ kind: 'unavailable' });
    requestMock.mockResolvedValueOnce({ status: 'success' });
    await expect(createUsers(session, [builtin])).resolves.toEqual([]);
  });
});

describe('createOneUser', () => {
  it('counts a "taken" answer after a lost answer as created when the account holds the same email, then adds the groups', async () => {
    requestMock.mockImplementation((url: string) => {
      if (url === createUrl) {
        const calls = requestMock.mock.calls.filter(([called]) => called === createUrl).length;
        return calls === 1 ? Promise.reject(busy()) : Promise.resolve({ status: 'error', messages: ["User 'field_crew1' already exists."], code: 400 });
      }
      if (url.endsWith('/community/users/field_crew1')) return Promise.resolve({ username: 'field_crew1', email: 'Ana.Lima@example.org' });
      return Promise.reject(new Error(`unexpected ${url}`));
    });
    addToGroupMock.mockResolvedValue([]);
    await expect(createOneUser(session, builtin, retry)).resolves.toEqual({ created: true, groupsMissed: [] });
  });

  it("shows the portal's refusal when no answer was lost, and the groups it did not add", async () => {
    requestMock.mockResolvedValueOnce({ status: 'error', messages: ["User 'field_crew1' already exists."], code: 400 });
    await expect(createOneUser(session, builtin, retry)).resolves.toEqual({ created: false, reason: "User 'field_crew1' already exists." });

    requestMock.mockResolvedValueOnce({ status: 'success' });
    addToGroupMock.mockResolvedValueOnce(['field_crew1']);
    await expect(createOneUser(session, builtin, retry)).resolves.toEqual({ created: true, groupsMissed: ['g1'] });
  });
});
