import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';
import { GroupDetailPage } from './pages/groups-detail-page';
import { GroupsKeywordPage } from './pages/groups-keyword-page';
import { GroupsPage } from './pages/groups-page';

/** The report line the keyword run should show for a group, given who was in it before. */
function reportSummary(before: Record<string, unknown>, adding: string[]): string {
  const inGroup = new Set([before.owner as string, ...(before.admins as string[]), ...(before.users as string[])]);
  const already = adding.filter((name) => inGroup.has(name)).length;
  const alreadyText = already === 0 ? '' : already === 1 ? ', 1 already a member' : `, ${String(already)} already members`;
  return `${String(adding.length - already)} added${alreadyText}, 1 not added`;
}

test.describe('as an administrator', () => {
  test.beforeEach(async ({ signInPage }) => {
    await signInPage.goto('/groups');
    await signInPage.signIn(demo.admin.username, demo.admin.password);
  });

  test('search, filter and sort the groups; the state lives in the URL', async ({ page, emulator }) => {
    const groups = new GroupsPage(page);
    await expect(groups.rows()).not.toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);

    await groups.filterByAccess('Private');
    await expect(page).toHaveURL(/access=private/);
    const privateTotal = (await emulator.callAs(demo.admin, 'community/groups', { q: 'access:private', num: '0' })).total as number;
    await expect(groups.summary()).toHaveText(`${String(privateTotal)} groups match`);
    for (const text of await groups.rows().allInnerTexts()) expect(text).toContain('Private');

    await groups.filters().getByLabel('Owner').fill('ana.lima');
    await expect(page).toHaveURL(/owner=ana.lima/);
    await expect(groups.rows()).toHaveCount(1);
    await expect(groups.rowFor('Parcel Editors')).toBeVisible();

    await groups.filters().getByRole('button', { name: 'Clear filters' }).click();
    await groups.sortBy('Title');
    await expect(page).toHaveURL(/sort=title&order=desc/);
    const [lastTitle] = (
      (await emulator.callAs(demo.admin, 'community/groups', { q: '*', sortField: 'title', sortOrder: 'desc', num: '1' })).results as { title: string }[]
    ).map((g) => g.title);
    await expect(groups.rows().first()).toContainText(lastTitle ?? '');
    await page.reload();
    await expect(groups.rows().first()).toContainText(lastTitle ?? '');

    // The Groups link starts over: what was typed in the search box does not come back.
    await groups.search().fill('Parcel');
    await expect(page).toHaveURL(/q=Parcel/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
    await expect(groups.search()).toHaveValue('');
    await expect(page).toHaveURL(/\/groups$/);
  });

  test('create a group, add 60 members by pasted list in three calls, remove one, make one a manager', async ({ page, emulator }) => {
    test.setTimeout(90_000); // 60 members and three axe scans on two shared cores
    const groups = new GroupsPage(page);
    const group = new GroupDetailPage(page);
    await expect(groups.heading()).toBeVisible();

    await page.getByRole('button', { name: 'Create group' }).click();
    const form = page.getByRole('dialog', { name: 'Create a group' });
    await form.getByRole('button', { name: 'Create group' }).click();
    await expect(form.getByText('Title is required.')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByLabel('Title').fill('Bridge Inspectors');
    await form.getByLabel('Summary').fill('Field crews who inspect bridges');
    await form.getByLabel('Tags').fill('bridges, inspection');
    await form.getByRole('radio', { name: 'Everyone in the organization' }).check();
    await form.getByRole('radio', { name: 'Only the owner and managers' }).check();
    await form.getByRole('button', { name: 'Create group' }).click();
    await expect(group.heading('Bridge Inspectors')).toBeVisible();
    await expect(page.getByText('Field crews who inspect bridges')).toBeVisible();
    await expect(group.membersSummary()).toHaveText('1 member');

    const usernames = (await emulator.searchUsernames({ q: 'role:org_user', num: '60', sortField: 'username' })).filter((u) => u !== 'portaladmin');
    expect(usernames).toHaveLength(60);
    const addCalls: number[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && /\/community\/groups\/[^/]+\/addUsers$/i.test(new URL(request.url()).pathname)) {
        addCalls.push((new URLSearchParams(request.postData() ?? '').get('users') ?? '').split(',').length);
      }
    });
    const dialog = await group.addMembersByPaste([...usernames, 'nobody.at.all']);
    expect(addCalls.sort((a, b) => b - a)).toEqual([25, 25, 10]);
    await expect(dialog.getByRole('button', { name: /^Bridge Inspectors: 60 added, 1 not added$/ })).toBeVisible();
    await expect(dialog.getByRole('row', { name: /nobody\.at\.all Not added Not a member of this organization\./ })).toBeVisible();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download report (CSV)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^add-members-[0-9a-f]{32}\.csv$/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(group.membersSummary()).toHaveText('61 members');
    expect(await seriousViolations(page)).toEqual([]);

    const [first, second] = usernames;
    await group.memberSearch().fill(first ?? '');
    await expect(page).toHaveURL(/mq=/);
    await expect(group.memberRow(first ?? '')).toBeVisible();
    await group.selectMember(first ?? '');
    await group.selectionToolbar().getByRole('button', { name: 'Remove' }).click();
    const confirm = page.getByRole('dialog', { name: /^Remove 1 member from “Bridge Inspectors”\?$/ });
    await confirm.getByRole('button', { name: 'Remove 1 member' }).click();
    await expect(confirm.getByRole('status')).toHaveText('1 removed.');
    await confirm.getByRole('button', { name: 'Close' }).click();
    await expect(group.memberRow(first ?? '')).toHaveCount(0);

    await group.memberSearch().fill(second ?? '');
    await expect(group.memberRow(second ?? '')).toContainText('Member');
    await group.selectMember(second ?? '');
    await group.selectionToolbar().getByRole('button', { name: 'Make manager' }).click();
    await expect(group.memberRow(second ?? '')).toContainText('Manager');

    const members = await emulator.callAs(demo.admin, `community/groups/${await emulator.groupIdByTitle('Bridge Inspectors')}/users`);
    expect(members.admins).toEqual(expect.arrayContaining(['portaladmin', second]));
    expect([...(members.users as string[]), ...(members.admins as string[])]).not.toContain(first);
    expect((members.users as string[]).length + (members.admins as string[]).length).toBe(60);
  });

  test('a member the portal keeps in the group is named as kept, not counted as removed', async ({ page, emulator }) => {
    const created = await emulator.callAs(demo.admin, 'community/createGroup', { title: 'Night Shift', access: 'org' });
    const groupId = (created.group as { id: string }).id;
    await emulator.callAs(demo.admin, `community/groups/${groupId}/addUsers`, { users: 'ana.lima,carla.rossi' });
    // The portal answers that it kept ana.lima (as it keeps a group's owner) and removes nobody.
    await page.route('**/community/groups/*/removeUsers', (route) => route.fulfill({ json: { notRemoved: ['ana.lima'] } }));
    await page.goto(`/groups/${groupId}`);
    const group = new GroupDetailPage(page);
    await group.selectMember('ana.lima');
    await group.selectionToolbar().getByRole('button', { name: 'Remove' }).click();
    const confirm = page.getByRole('dialog', { name: /^Remove 1 member from “Night Shift”\?$/ });
    await confirm.getByRole('button', { name: 'Remove 1 member' }).click();
    await expect(confirm.getByRole('status')).toHaveText('0 removed. Kept in the group by the portal: ana.lima (a group’s owner cannot be removed).');
    const members = await emulator.callAs(demo.admin, `community/groups/${groupId}/users`);
    expect(members.users).toEqual(expect.arrayContaining(['ana.lima', 'carla.rossi']));
  });

  test('add members to every group matching a keyword and read the report of each', async ({ page, emulator }) => {
    test.setTimeout(60_000);
    await page.goto('/groups/add-members');
    const keywordPage = new GroupsKeywordPage(page);
    await expect(keywordPage.heading()).toBeVisible();
    await keywordPage.findGroups('harbor');
    const expected = (await emulator.callAs(demo.admin, 'community/groups', { q: 'harbor*', num: '100', sortField: 'title' })).results as {
      id: string;
      title: string;
    }[];
    expect(expected.length).toBeGreaterThanOrEqual(2);
    await expect(keywordPage.matchingGroups().getByRole('checkbox', { checked: true })).toHaveCount(expected.length);
    await expect(page.getByRole('status').filter({ hasText: 'groups match' })).toHaveText(
      `${String(expected.length)} groups match; ${String(expected.length)} chosen.`,
    );

    const adding = ['ana.lima', 'ben.okafor'];
    // Some matching groups may hold them already; the report must say so rather than "added".
    const summaries = new Map<string, string>();
    for (const group of expected) {
      summaries.set(group.title, reportSummary(await emulator.callAs(demo.admin, `community/groups/${group.id}/users`), adding));
    }

    await keywordPage.pasteMembers([...adding, 'ghost.user']);
    await expect(page.getByRole('status').filter({ hasText: 'found' })).toContainText(
      '2 members of the organization found. Not in the organization, so not sent: ghost.user.',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: `Add to ${String(expected.length)} groups` }).click();

    await expect(page.getByRole('heading', { name: `Result for ${String(expected.length)} groups` })).toBeVisible();
    for (const [title, summary] of summaries) {
      await expect(page.getByRole('button', { name: `${title}: ${summary}` })).toBeVisible();
    }
    const [title, summary] = [...summaries].at(-1) ?? ['', ''];
    await page.getByRole('button', { name: `${title}: ${summary}` }).click();
    const table = page.getByRole('table', { name: `Result for ${title}` });
    await expect(table.getByRole('row', { name: /ghost\.user Not added Not a member of this organization\./ })).toBeVisible();
    await expect(table.getByRole('row', { name: /ben\.okafor (Added|Already a member)/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    for (const group of expected) {
      const members = await emulator.callAs(demo.admin, `community/groups/${group.id}/users`);
      expect([members.owner, ...(members.users as string[]), ...(members.admins as string[])]).toEqual(expect.arrayContaining(adding));
    }
  });
});

test('as viewer_demo the admin actions are absent, and the portal refuses them by API', async ({ page, signInPage, emulator }) => {
  await signInPage.goto('/groups');
  await signInPage.signIn(demo.viewer.username, demo.viewer.password);
  const groups = new GroupsPage(page);
  await expect(groups.rows()).not.toHaveCount(0);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Groups' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create group' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Add members to groups by keyword' })).toHaveCount(0);

  await groups.search().fill('All Staff');
  await expect(page).toHaveURL(/q=All\+Staff/);
  await groups.rowFor('All Staff').getByRole('link', { name: 'All Staff' }).click();
  const group = new GroupDetailPage(page);
  await expect(group.heading('All Staff')).toBeVisible();
  await expect(group.memberRows()).not.toHaveCount(0);
  for (const name of ['Edit', 'Delete', 'Change owner', 'Add members']) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
  await expect(group.membersGrid().getByRole('checkbox')).toHaveCount(0);

  await page.goto('/groups/add-members');
  await expect(page.getByText('This page needs the privilege to assign members to groups')).toBeVisible();

  const allStaff = await emulator.groupIdByTitle('All Staff');
  const refused = { code: 403, messageCode: 'GWM_0003' };
  expect((await emulator.callAs(demo.viewer, 'community/createGroup', { title: 'Viewer group' })).error).toMatchObject(refused);
  expect((await emulator.callAs(demo.viewer, `community/groups/${allStaff}/update`, { snippet: 'x' })).error).toMatchObject(refused);
  expect((await emulator.callAs(demo.viewer, `community/groups/${allStaff}/delete`)).error).toMatchObject(refused);
  expect((await emulator.callAs(demo.viewer, `community/groups/${allStaff}/addUsers`, { users: 'ana.lima' })).error).toMatchObject(refused);
});

test('edit a group, change its owner, then delete it after confirming its name', async ({ page, signInPage, emulator }) => {
  test.setTimeout(60_000);
  const created = await emulator.callAs(demo.admin, 'community/createGroup', { title: 'Temporary Survey Crew', access: 'org' });
  const id = (created.group as { id: string }).id;
  await signInPage.goto(`/groups/${id}`);
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const group = new GroupDetailPage(page);
  await expect(group.heading('Temporary Survey Crew')).toBeVisible();

  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Edit “Temporary Survey Crew”' });
  await form.getByLabel('Summary').fill('Spring survey, 2026');
  await form.getByRole('radio', { name: 'Anyone who asks, without approval' }).check();
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('Spring survey, 2026')).toBeVisible();
  await expect(page.getByText('Anyone who asks, without approval')).toBeVisible();

  await page.getByRole('button', { name: 'Change owner' }).click();
  const reassign = page.getByRole('dialog', { name: 'Change the owner of “Temporary Survey Crew”' });
  // A member whose role cannot create groups is refused before anything is sent, with the reason.
  await reassign.getByLabel('New owner').fill('viewer_demo');
  await page.getByRole('option', { name: 'Victor Viewer (viewer_demo)' }).click();
  await expect(reassign.getByRole('alert')).toContainText('viewer_demo cannot own the group: their role does not allow creating groups');
  await expect(reassign.getByRole('button', { name: 'Review' })).toBeDisabled();
  // So is a disabled account.
  await reassign.getByLabel('New owner').fill('dan.ng');
  await page.getByRole('option', { name: 'Dan Ng (dan.ng)' }).click();
  await expect(reassign.getByRole('alert')).toContainText('dan.ng cannot own the group: the account is disabled.');
  await expect(reassign.getByRole('button', { name: 'Review' })).toBeDisabled();
  await reassign.getByLabel('New owner').fill('ana.lima');
  await page.getByRole('option', { name: 'Ana Lima (ana.lima)' }).click();
  await reassign.getByRole('button', { name: 'Review' }).click();
  await reassign.getByRole('button', { name: 'Change owner' }).click();
  await expect(reassign.getByRole('status')).toHaveText('ana.lima now owns “Temporary Survey Crew”; portaladmin stays in the group as a manager.');
  await reassign.getByRole('button', { name: 'Close' }).click();
  await expect(group.memberRow('ana.lima')).toContainText('Owner');
  await expect(group.memberRow('portaladmin')).toContainText('Manager');

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “Temporary Survey Crew”?' });
  await confirm.getByRole('button', { name: 'Delete group' }).click();
  await expect(page).toHaveURL(/\/groups$/);
  expect((await emulator.callAs(demo.admin, `community/groups/${id}`)).error).toMatchObject({ message: 'Group does not exist or is inaccessible.' });
});
