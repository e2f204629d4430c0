import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor, type Json } from '../testing/inject';

let app: FastifyInstance;
let admin: string;
let helpdesk: string;
let viewer: string;
let helpDeskGroup: string;
let staffGroup: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 300, seedNow: FIXED_SEED_NOW });
  [admin, helpdesk, viewer] = await Promise.all([tokenFor(app, ...DEMO.admin), tokenFor(app, ...DEMO.helpdesk), tokenFor(app, ...DEMO.viewer)]);
  const groups = json(await restGet(app, 'community/groups', { token: admin, q: 'title:"Help Desk" OR title:"All Staff"', num: '10' })).results as {
    id: string;
    title: string;
  }[];
  helpDeskGroup = groups.find((g) => g.title === 'Help Desk')?.id ?? '';
  staffGroup = groups.find((g) => g.title === 'All Staff')?.id ?? '';
});
afterAll(() => app.close());

const invitationsOf = async (username: string, token = admin) => json(await restGet(app, `community/users/${username}/invitations`, { token }));
const memberType = async (groupId: string, username: string) => {
  const users = json(await restGet(app, `community/groups/${groupId}/users`, { token: admin }));
  if (users.owner === username) return 'owner';
  if ((users.admins as string[]).includes(username)) return 'admin';
  return (users.users as string[]).includes(username) ? 'member' : 'none';
};

describe('group invitations from a group owner without assignToGroups', () => {
  it('become pending invitations the member sees, and the administrator too', async () => {
    expect(
      json(
        await restPost(app, `community/groups/${helpDeskGroup}/invite`, {
          token: helpdesk,
          users: 'carla.rossi,ben.okafor',
          role: 'group_admin',
          expiration: '1440',
        }),
      ),
    ).toEqual({ success: true, groupId: helpDeskGroup });
    expect(await memberType(helpDeskGroup, 'carla.rossi')).toBe('none');
    const carla = await tokenFor(app, 'carla.rossi', 'Roster.Member1');
    const own = await invitationsOf('carla.rossi', carla);
    expect(own.userInvitations).toEqual([
      expect.objectContaining({
        targetType: 'group',
        groupId: helpDeskGroup,
        role: 'group_admin',
        username: 'carla.rossi',
        fromUsername: { username: 'helpdesk_demo' },
        accepted: false,
      }) as unknown,
    ]);
    const invitation = (own.userInvitations as Json[])[0] as Json;
    expect((invitation.expiration as number) - (invitation.created as number)).toBe(1440 * 60_000);
    expect(await invitationsOf('carla.rossi')).toEqual(own);
    // Inviting again does not pile up invitations.
    await restPost(app, `community/groups/${helpDeskGroup}/invite`, { token: helpdesk, users: 'carla.rossi' });
    expect(((await invitationsOf('carla.rossi')).userInvitations as unknown[]).length).toBe(1);
  });

  it('is accepted by the member (who joins with the role asked for) or declined', async () => {
    const carla = await tokenFor(app, 'carla.rossi', 'Roster.Member1');
    const [invitation] = (await invitationsOf('carla.rossi', carla)).userInvitations as Json[];
    const id = String(invitation?.id);
    // Nobody else may answer for the member, not even an administrator.
    expect(json(await restPost(app, `community/users/carla.rossi/invitations/${id}/accept`, { token: admin })).error).toMatchObject({ code: 403 });
    expect(json(await restPost(app, `community/users/carla.rossi/invitations/${id}/accept`, { token: carla }))).toEqual({
      success: true,
      username: 'carla.rossi',
      groupId: helpDeskGroup,
      id,
    });
    expect(await memberType(helpDeskGroup, 'carla.rossi')).toBe('admin');
    expect((await invitationsOf('carla.rossi')).userInvitations).toEqual([]);

    const ben = await tokenFor(app, 'ben.okafor', 'Roster.Member1');
    const [benInvitation] = (await invitationsOf('ben.okafor', ben)).userInvitations as Json[];
    expect(json(await restPost(app, `community/users/ben.okafor/invitations/${String(benInvitation?.id)}/decline`, { token: ben }))).toMatchObject({
      success: true,
    });
    expect(await memberType(helpDeskGroup, 'ben.okafor')).toBe('none');
    expect(json(await restPost(app, `community/users/ben.okafor/invitations/${String(benInvitation?.id)}/accept`, { token: ben })).error).toMatchObject({
      code: 400,
    });
  });

  it('an administrator who may assign members adds them at once, with no invitation', async () => {
    await restPost(app, `community/groups/${staffGroup}/invite`, { token: admin, users: 'eva.schmidt' });
    expect((await invitationsOf('eva.schmidt')).userInvitations).toEqual([]);
  });

  it('are private to the member and administrators', async () => {
    expect((await invitationsOf('carla.rossi', viewer)).error).toMatchObject({ code: 403 });
  });
});
