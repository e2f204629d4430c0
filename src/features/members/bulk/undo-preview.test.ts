import { describe, expect, it } from 'vitest';

import type { BulkAction } from './bulk-action';
import { testMember } from '../testing-members';
import type { UserTypeSeats } from '../types';
import { previewUndo } from './undo-preview';

const creator: UserTypeSeats = { id: 'creatorUT', name: 'Creator', purchased: 50, assigned: 43, left: 7, compatibleRoles: null };
const viewerType: UserTypeSeats = { id: 'viewerUT', name: 'Viewer', purchased: 10, assigned: 8, left: 2, compatibleRoles: ['iAAAAAAAAAAAAAAA'] };
const roleNames: Record<string, string> = { org_publisher: 'Publisher', org_user: 'User', iAAAAAAAAAAAAAAA: 'Viewer', iBBBBBBBBBBBBBBB: 'Data Editor' };
const context = { roleName: (key: string) => roleNames[key] ?? key, userTypes: [creator, viewerType], self: 'admin' };
const toViewer: BulkAction = { kind: 'role', role: { key: 'iAAAAAAAAAAAAAAA', name: 'Viewer' } };
const image = (username: string, before: string) => ({ username, fullName: `Name of ${username}`, before, after: 'iAAAAAAAAAAAAAAA' });

describe('previewUndo: the undo of a run against the members now', () => {
  const record = {
    action: toViewer,
    changed: [image('ana', 'org_user'), image('ben', 'org_publisher'), image('cy', 'org_user'), image('dee', 'org_user'), image('eli', 'org_user')],
  };
  const now = [
    testMember('ana', { role: 'org_user', roleId: 'iAAAAAAAAAAAAAAA', userTypeId: 'creatorUT' }),
    testMember('ben', { role: 'org_user', roleId: 'iAAAAAAAAAAAAAAA', userTypeId: 'creatorUT' }),
    testMember('cy', { role: 'org_user', roleId: 'iBBBBBBBBBBBBBBB', userTypeId: 'creatorUT' }),
    // Moved to the Viewer user type since: the role User is no longer allowed.
    testMember('dee', { role: 'org_user', roleId: 'iAAAAAAAAAAAAAAA', userTypeId: 'viewerUT' }),
  ];
  const preview = previewUndo(record, now, null, context);

  it('groups members by the value they go back to, one request step each', () => {
    expect(preview.steps.map((step) => [step.action, step.plan.batches.flat()])).toEqual([
      [{ kind: 'role', role: { key: 'org_user', name: 'User' } }, ['ana']],
      [{ kind: 'role', role: { key: 'org_publisher', name: 'Publisher' } }, ['ben']],
    ]);
    expect(preview.toSend).toBe(2);
  });

  it('reports those left alone with what they are now, and what the bulk plan itself refuses', () => {
    expect(preview.steps[0]?.plan.settled.map((result) => [result.username, result.outcome, result.reason])).toEqual([
      ['cy', 'skipped', 'Changed since this run: now Data Editor, not Viewer as the run left them.'],
      ['eli', 'skipped', 'No longer in the organization.'],
      ['dee', 'skipped', 'Their user type Viewer does not allow the role User.'],
    ]);
  });
});
