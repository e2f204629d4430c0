import { describe, expect, it } from 'vitest';

import { type LicenseAction, licenseCheckText, licenseShortfall, targetEntitlements } from './license-action';
import type { AddonLicense } from './licenses';
import { planBulkAction } from '../bulk/bulk-action';
import { testMember } from '../testing-members';

const extensions: AddonLicense = {
  itemId: 'ext',
  title: 'ArcGIS Pro Extensions',
  maxUsers: 4,
  entitlements: [
    { name: 'spatialAnalystN', purchased: 2 },
    { name: '3DAnalystN', purchased: 1 },
    { name: 'networkAnalystN', purchased: 2 },
  ],
  trial: false,
};
const action = (kind: LicenseAction['kind'], entitlement: string, holders: Record<string, string[]> = { 'dan.ng': ['spatialAnalystN'] }): LicenseAction => ({
  kind,
  license: extensions,
  entitlement,
  holders: new Map(Object.entries(holders)),
});
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing');
  return value;
}
const context = { userTypes: [], roleName: (key: string) => key, self: 'portaladmin' };
const members = (...names: string[]) => names.map((name) => testMember(name));

describe('planning an add-on licence assignment', () => {
  it('sends members who do not hold it, settles those who do, and counts what is left', () => {
    const plan = planBulkAction(action('assignLicense', 'spatialAnalystN'), members('ana.lima', 'dan.ng'), context);
    expect(plan.batches).toEqual([['ana.lima']]);
    expect(plan.settled).toMatchObject([{ username: 'dan.ng', outcome: 'unchanged', reason: 'Already holds spatialAnalystN.' }]);
    expect(plan.licenses).toMatchObject({ purchased: 2, left: 1, changing: 1, newUsers: 1, enough: true });
    expect(licenseCheckText(must(plan.licenses))).toBe('1 of 2 spatialAnalystN licences (ArcGIS Pro Extensions) left; this assigns 1.');
  });

  it('refuses before sending when not enough licences are left', () => {
    const plan = planBulkAction(action('assignLicense', 'spatialAnalystN'), members('ana.lima', 'ben.okafor'), context);
    expect(plan.licenses?.enough).toBe(false);
    expect(licenseShortfall(must(plan.licenses))).toBe('Not enough spatialAnalystN licences: 2 needed, 1 left. Narrow the selection or revoke licences first.');
  });

  it('refuses more new members than the listing allows', () => {
    const plan = planBulkAction(action('assignLicense', 'networkAnalystN', { a: ['x'], b: ['x'], c: ['x'] }), members('d', 'e'), context);
    expect(plan.licenses).toMatchObject({ usersLeft: 1, newUsers: 2, enough: false });
    expect(licenseShortfall(must(plan.licenses))).toMatch(/can be held by 1 more member only; this adds 2/);
  });

  it('keeps what each member holds: members are sent together only when they end with the same entitlements', () => {
    const assign = action('assignLicense', 'networkAnalystN');
    const plan = planBulkAction(assign, members('ana.lima', 'dan.ng', 'ben.okafor'), context);
    expect(plan.batches).toEqual([['ana.lima', 'ben.okafor'], ['dan.ng']]);
    expect(targetEntitlements(assign, 'DAN.NG')).toEqual(['spatialAnalystN', 'networkAnalystN']);
    expect(targetEntitlements(assign, 'ana.lima')).toEqual(['networkAnalystN']);
  });

  it('sends at most 25 members a request', () => {
    const many = Array.from({ length: 30 }, (_, index) => `m${String(index)}`);
    const plan = planBulkAction(
      {
        ...action('assignLicense', 'spatialAnalystN'),
        license: { ...extensions, maxUsers: null, entitlements: [{ name: 'spatialAnalystN', purchased: null }] },
      },
      members(...many),
      context,
    );
    expect(plan.batches.map((batch) => batch.length)).toEqual([25, 5]);
    expect(plan.licenses?.enough).toBe(true);
  });
});

describe('planning a revoke', () => {
  it('sends holders with what remains, settles the others, and is never short', () => {
    const revoke = action('revokeLicense', 'spatialAnalystN', { 'dan.ng': ['spatialAnalystN', '3DAnalystN'] });
    const plan = planBulkAction(revoke, members('dan.ng', 'ana.lima'), context);
    expect(plan.batches).toEqual([['dan.ng']]);
    expect(targetEntitlements(revoke, 'dan.ng')).toEqual(['3DAnalystN']);
    expect(plan.settled).toMatchObject([{ username: 'ana.lima', outcome: 'unchanged', reason: 'Does not hold spatialAnalystN.' }]);
    expect(plan.licenses).toMatchObject({ enough: true, changing: 1 });
    expect(licenseCheckText(must(plan.licenses))).toMatch(/this frees 1\.$/);
  });
});
