import { afterEach, describe, expect, it, vi } from 'vitest';

import { addGroupMembers, removeGroupMembers } from './group-membership-writes';
import type { PortalSession } from './portal-session';

const root = 'https://gis.example.org/portal/sharing/rest';
const session = { portal: root, getToken: () => Promise.resolve('token') } as unknown as PortalSession;

/** Answers by the resource's last path segment; records which were asked for, in order. */
function portal(answers: Record<string, unknown>) {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      const resource = new URL(url).pathname.split('/').pop() ?? '';
      asked.push(resource);
      const answer = answers[resource];
      if (answer instanceof Response) return Promise.resolve(answer);
      return Promise.resolve(new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } }));
    }),
  );
  return asked;
}

const members = { owner: 'ana.lima', admins: ['ana.lima', 'ben.okafor'], users: ['carla.rossi', 'dan.ng'] };
const busy = () => new Response('busy', { status: 503, statusText: 'Service Unavailable' });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('addGroupMembers', () => {
  it('takes an empty notAdded at its word, without reading the group', async () => {
    const asked = portal({ addUsers: { notAdded: [] } });
    await expect(addGroupMembers(session, 'g1', ['carla.rossi'])).resolves.toEqual([]);
    expect(asked).toEqual(['addUsers']);
  });

  it('does not count a name the portal listed but that is in the group (a retry after a lost answer)', async () => {
    const asked = portal({ addUsers: { notAdded: ['Carla.Rossi', 'nobody.here'] }, users: members });
    await expect(addGroupMembers(session, 'g1', ['Carla.Rossi', 'nobody.here', 'eve.park'])).resolves.toEqual(['nobody.here']);
    expect(asked).toEqual(['addUsers', 'users']);
  });

  it('counts a member asked for as a manager as not added: the portal does not promote them', async () => {
    portal({ addUsers: { notAdded: ['carla.rossi', 'ben.okafor'] }, users: members });
    await expect(addGroupMembers(session, 'g1', ['carla.rossi', 'ben.okafor'], { asManagers: true })).resolves.toEqual(['carla.rossi']);
  });

  it("keeps the portal's answer when the caller may not list the group", async () => {
    portal({
      addUsers: { notAdded: ['carla.rossi'] },
      users: { error: { code: 403, messageCode: 'GWM_0003', message: 'You do not have permissions to access this resource or perform this operation.' } },
    });
    await expect(addGroupMembers(session, 'g1', ['carla.rossi'])).resolves.toEqual(['carla.rossi']);
  });

  it('throws a transient failure of the check, so the whole call is retried', async () => {
    portal({ addUsers: { notAdded: ['carla.rossi'] }, users: busy() });
    await expect(addGroupMembers(session, 'g1', ['carla.rossi'])).rejects.toMatchObject({ kind: 'unavailable' });
  });

  it('throws a failed request instead of answering with its names', async () => {
    portal({ addUsers: busy() });
    await expect(addGroupMembers(session, 'g1', ['carla.rossi'])).rejects.toMatchObject({ kind: 'unavailable' });
  });
});

describe('removeGroupMembers', () => {
  it('answers only the names still in the group: the owner, not a name already gone', async () => {
    const asked = portal({ removeUsers: { notRemoved: ['ana.lima', 'Eve.Park'] }, users: members });
    await expect(removeGroupMembers(session, 'g1', ['ana.lima', 'Eve.Park'])).resolves.toEqual(['ana.lima']);
    expect(asked).toEqual(['removeUsers', 'users']);
  });

  it('takes an empty notRemoved at its word', async () => {
    const asked = portal({ removeUsers: { notRemoved: [] } });
    await expect(removeGroupMembers(session, 'g1', ['dan.ng'])).resolves.toEqual([]);
    expect(asked).toEqual(['removeUsers']);
  });
});
