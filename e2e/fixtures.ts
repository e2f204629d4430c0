import { test as base, expect, type Page } from '@playwright/test';

import { MembersPage } from './pages/members-page';
import { SignInPage } from './pages/sign-in-page';
import { EMULATOR_URL, PORTAL_URL } from './urls';

export const demo = {
  admin: { username: 'portaladmin', password: 'Portal.Admin1' },
  helpdesk: { username: 'helpdesk_demo', password: 'Helpdesk.Demo1' },
  viewer: { username: 'viewer_demo', password: 'Viewer.Demo1' },
} as const;

/** A portal answer, errors included. */
export type PortalAnswer = Record<string, unknown> & { success?: boolean; id?: string; error?: { code: number; message: string } };

type Portal = { label: string; portalUrl: string; clientId: string };

/** Points the deployed app's runtime config.json at the test emulator (as an admin would edit it). */
export async function usePortals(page: Page, portals: Portal[]) {
  await page.route('**/config.json', (route) => route.fulfill({ json: { portals } }));
}

export const testPortal: Portal = { label: 'Harbor City GIS (test emulator)', portalUrl: PORTAL_URL, clientId: 'roster' };

type Fixtures = { emulator: Emulator; signInPage: SignInPage; membersPage: MembersPage };

export class Emulator {
  constructor(private readonly request: import('@playwright/test').APIRequestContext) {}
  async reset() {
    const response = await this.request.post(`${EMULATOR_URL}/__emulator/reset`);
    expect(response.ok()).toBe(true);
  }
  async expireAccessTokens() {
    const response = await this.request.post(`${EMULATOR_URL}/__emulator/expire-tokens`);
    expect(response.ok()).toBe(true);
  }
  /** How many members match `q`, according to the portal. */
  async countMembers(q: string): Promise<number> {
    const tokenResponse = await this.request.post(`${PORTAL_URL}/generateToken`, {
      form: { f: 'json', username: demo.admin.username, password: demo.admin.password, client: 'requestip' },
    });
    const { token } = (await tokenResponse.json()) as { token: string };
    const response = await this.request.get(`${PORTAL_URL}/portals/self/users/search`, {
      params: { f: 'json', token, q, num: '0' },
    });
    return ((await response.json()) as { total: number }).total;
  }

  /**
   * The organization listing (`portals/self/users`, documented), filters combined as the table combines them:
   * the portal's own answer for role, user type and provider filters.
   */
  async listMembers(params: Record<string, string>): Promise<{ total: number; usernames: string[] }> {
    const response = await this.request.get(`${PORTAL_URL}/portals/self/users`, {
      params: { f: 'json', token: await this.tokenFor(), applyFiltersIntersection: 'true', num: '25', ...params },
    });
    const body = (await response.json()) as { total: number; users: { username: string }[] };
    return { total: body.total, usernames: body.users.map((user) => user.username) };
  }
  /** The portal's own answer, to compare the table with: usernames of one page of a member search. */
  async searchUsernames(params: Record<string, string>): Promise<string[]> {
    const tokenResponse = await this.request.post(`${PORTAL_URL}/generateToken`, {
      form: { f: 'json', username: demo.admin.username, password: demo.admin.password, client: 'requestip' },
    });
    const { token } = (await tokenResponse.json()) as { token: string };
    const response = await this.request.get(`${PORTAL_URL}/portals/self/users/search`, {
      params: { f: 'json', token, q: '*', num: '25', ...params },
    });
    const body = (await response.json()) as { results: { username: string }[] };
    return body.results.map((user) => user.username);
  }
  /** Seats left per user type, as if the organization bought more licences. */
  async setSeatsLeft(seats: Record<string, number>) {
    const response = await this.request.post(`${EMULATOR_URL}/__emulator/seats`, { data: seats });
    expect(response.ok()).toBe(true);
  }
  /**
   * How this portal differs for one test: `extensions` turns on answers no real portal is known to give (a portal
   * that honours more), `hideSeats` leaves purchased seats out (a portal that reports none). Reset restores both.
   */
  async setProfile(profile: {
    extensions?: boolean;
    hideSeats?: boolean;
    requireReceiveItems?: boolean;
    creditAllocationOff?: boolean;
    members?: number;
    flavor?: 'online' | 'enterprise';
  }) {
    const response = await this.request.post(`${EMULATOR_URL}/__emulator/profile`, { data: profile });
    expect(response.ok()).toBe(true);
  }
  /** The password reset e-mails the portal was asked to send since the last reset (test mode). */
  async passwordResetEmails(): Promise<{ username: string; email: string }[]> {
    const response = await this.request.get(`${EMULATOR_URL}/__emulator/password-reset-emails`);
    expect(response.ok()).toBe(true);
    return ((await response.json()) as { emails: { username: string; email: string }[] }).emails;
  }
  /** What the fault injector did so far (`GET /__emulator/faults`). */
  async faultStatus(): Promise<Record<string, unknown> & { counters: Record<string, number>; outage?: { startedAt: number; endsAt: number } | null }> {
    const response = await this.request.get(`${EMULATOR_URL}/__emulator/faults`);
    expect(response.ok()).toBe(true);
    return (await response.json()) as Record<string, unknown> & { counters: Record<string, number> };
  }
  /** Members per role key (role id, else the built-in role), the portal's own count (`users/counts`). */
  async roleCounts(): Promise<Map<string, number>> {
    const body = await this.callAs(demo.admin, 'portals/self/users/counts', { type: 'role', num: '100' });
    return new Map((body.results as { key: string; count: number }[]).map((entry) => [entry.key, entry.count]));
  }
  async setFaults(faults: Record<string, unknown>) {
    const response = await this.request.post(`${EMULATOR_URL}/__emulator/faults`, { data: faults });
    expect(response.ok()).toBe(true);
  }
  async expireAllTokens() {
    const response = await this.request.post(`${EMULATOR_URL}/__emulator/expire-tokens?refresh=true`);
    expect(response.ok()).toBe(true);
  }

  /** Every item a member owns (root and folders), with its folder title ('' = root), per the portal. */
  async contentOf(username: string): Promise<{ id: string; title: string; type: string; access: string; folder: string }[]> {
    const token = await this.tokenFor();
    const read = async (path: string, start: number) =>
      (await (await this.request.get(`${PORTAL_URL}/${path}`, { params: { f: 'json', token, start: String(start), num: '100' } })).json()) as {
        nextStart: number;
        items: { id: string; title: string; type: string; access: string }[];
        folders: { id: string; title: string }[];
      };
    const root = await read(`content/users/${username}`, 1);
    const result: { id: string; title: string; type: string; access: string; folder: string }[] = [];
    for (const folder of [{ id: '', title: '' }, ...root.folders]) {
      const path = folder.id ? `content/users/${username}/${folder.id}` : `content/users/${username}`;
      for (let start = 1; start > 0;) {
        const page = await read(path, start);
        result.push(...page.items.map((item) => ({ id: item.id, title: item.title, type: item.type, access: item.access, folder: folder.title })));
        start = page.nextStart;
      }
    }
    return result;
  }
  /** Groups a member owns, per the portal. */
  async ownedGroupsOf(username: string): Promise<string[]> {
    const token = await this.tokenFor();
    const response = await this.request.get(`${PORTAL_URL}/community/groups`, { params: { f: 'json', token, q: `owner:"${username}"`, num: '100' } });
    const body = (await response.json()) as { results: { title: string; owner: string }[] };
    return body.results.filter((group) => group.owner.toLowerCase() === username.toLowerCase()).map((group) => group.title);
  }
  /** Whether the portal still has the account. */
  async memberExists(username: string): Promise<boolean> {
    const token = await this.tokenFor();
    const response = await this.request.get(`${PORTAL_URL}/community/users/${username}`, { params: { f: 'json', token } });
    return !('error' in ((await response.json()) as object));
  }
  /** A token for any demo account, for calling the portal the way a script would. */
  async tokenFor(account: { username: string; password: string } = demo.admin): Promise<string> {
    const response = await this.request.post(`${PORTAL_URL}/generateToken`, {
      form: { f: 'json', username: account.username, password: account.password, client: 'requestip' },
    });
    return ((await response.json()) as { token: string }).token;
  }
  /** The id of the role with this name (Viewer, Data Editor and custom roles). */
  async roleIdNamed(name: string): Promise<string> {
    const response = await this.request.get(`${PORTAL_URL}/portals/self/roles`, {
      params: { f: 'json', token: await this.tokenFor(), num: '100' },
    });
    const { roles } = (await response.json()) as { roles: { id: string; name: string }[] };
    const role = roles.find((entry) => entry.name === name);
    if (!role) throw new Error(`no role named ${name}`);
    return role.id;
  }
  async rolePrivileges(roleId: string): Promise<string[]> {
    const response = await this.request.get(`${PORTAL_URL}/portals/self/roles/${roleId}/privileges`, {
      params: { f: 'json', token: await this.tokenFor() },
    });
    return ((await response.json()) as { privileges: string[] }).privileges;
  }
  /** Calls a portal resource as `account` (POST, form body) and returns the JSON answer, errors included. */
  async callAs(account: { username: string; password: string }, path: string, params: Record<string, string> = {}) {
    const response = await this.request.post(`${PORTAL_URL}/${path}`, {
      form: { f: 'json', token: await this.tokenFor(account), ...params },
    });
    return (await response.json()) as PortalAnswer;
  }
  /** A Portal Administrator API call (Enterprise flavor), token in the body as the API requires. */
  async adminCall(path: string, params: Record<string, string> = {}) {
    const response = await this.request.post(`${PORTAL_URL.replace(/\/sharing\/rest$/, '/portaladmin')}/${path}`, {
      form: { f: 'json', token: await this.tokenFor(), ...params },
    });
    return (await response.json()) as Record<string, unknown>;
  }
  /** The privileges the portal reports for a member (`community/users/{username}`, as an administrator sees it). */
  async memberPrivileges(username: string): Promise<string[]> {
    const response = await this.request.get(`${PORTAL_URL}/community/users/${username}`, {
      params: { f: 'json', token: await this.tokenFor() },
    });
    return ((await response.json()) as { privileges: string[] }).privileges;
  }
  /** A custom role made through the portal's API, as another administrator would. */
  async createRole(name: string, privileges: string[]): Promise<string> {
    const created = await this.callAs(demo.admin, 'portals/self/createRole', { name, description: '' });
    if (!created.id) throw new Error(`createRole failed: ${JSON.stringify(created)}`);
    await this.callAs(demo.admin, `portals/self/roles/${created.id}/setPrivileges`, { privileges: JSON.stringify({ privileges }) });
    return created.id;
  }
  /** How many items a member owns, root folder and folders together, as the portal lists them. */
  async ownedItemCount(username: string): Promise<number> {
    const root = (await this.callAs(demo.admin, `content/users/${username}`, { num: '1' })) as { total: number; folders: { id: string }[] };
    let total = root.total;
    for (const folder of root.folders) {
      total += ((await this.callAs(demo.admin, `content/users/${username}/${folder.id}`, { num: '1' })) as { total: number }).total;
    }
    return total;
  }
  /** Group id by exact title (as the administrator sees it). */
  async groupIdByTitle(title: string): Promise<string> {
    const body = await this.callAs(demo.admin, 'community/groups', { q: `title:"${title}"`, num: '100' });
    const group = (body.results as { id: string; title: string }[]).find((g) => g.title === title);
    if (!group) throw new Error(`no group titled ${title}`);
    return group.id;
  }
}

export const test = base.extend<Fixtures>({
  // Every test starts from the seeded organization and the test emulator's config.
  emulator: [
    async ({ request, page }, use) => {
      const emulator = new Emulator(request);
      await emulator.reset();
      await usePortals(page, [testPortal]);
      await use(emulator);
    },
    { auto: true },
  ],
  signInPage: async ({ page }, use) => {
    await use(new SignInPage(page));
  },
  membersPage: async ({ page }, use) => {
    await use(new MembersPage(page));
  },
});

export { expect };
