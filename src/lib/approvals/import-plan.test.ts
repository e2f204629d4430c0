import { describe, expect, it } from 'vitest';

import { sha256Hex } from './canonical-json';
import { buildImportPlan, matchesPlan, planHashOf, readImportPlan, verifyPlanFile, type PlanDraft } from './import-plan';

const fileBytes = new TextEncoder().encode('First Name,Last Name,Email,Username,Password\nAna,Lima,a@x.example,ana.x,S3cret!pass\n');

const draft = async (changes: Partial<PlanDraft> = {}): Promise<PlanDraft> => ({
  fileName: 'members.csv',
  fileSha256: await sha256Hex(fileBytes.buffer),
  rowCount: 1,
  mapping: { firstName: 0, lastName: 1, email: 2, username: 3, password: 4, role: undefined },
  fixes: { 2: { email: 'ana@x.example', password: 'Typed.In.Review1' } },
  exclusions: [5, 3, 3],
  settings: { role: 'org_user', password: 'leak' },
  summary: { toAdd: 1, excluded: 0 },
  comment: '  first batch ',
  preparedBy: 'portaladmin',
  preparedAt: '2026-12-06T20:00:00.000Z',
  ...changes,
});

describe('buildImportPlan', () => {
  it('keeps the mapping, fixes, exclusions and settings, and never a password', async () => {
    const plan = await buildImportPlan(await draft());
    expect(plan.fixes).toEqual({ '2': { email: 'ana@x.example' } });
    expect(plan.settings).toEqual({ role: 'org_user' });
    expect(plan.mapping).toEqual({ firstName: 0, lastName: 1, email: 2, username: 3, password: 4 });
    expect(plan.exclusions).toEqual([3, 5]);
    expect(plan.comment).toBe('first batch');
    const text = JSON.stringify(plan);
    expect(text).not.toContain('Typed.In.Review1');
    expect(text).not.toContain('S3cret!pass');
    expect(text).not.toContain('leak');
  });

  it('drops a fix that only edited the password', async () => {
    const plan = await buildImportPlan(await draft({ fixes: { 4: { password: 'Only.Password1' } } }));
    expect(plan.fixes).toEqual({});
  });

  it('hashes the canonical JSON of everything but the hash', async () => {
    const plan = await buildImportPlan(await draft());
    expect(plan.planSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await planHashOf(plan)).toBe(plan.planSha256);
    const reordered = await buildImportPlan({ ...(await draft()), mapping: { username: 3, email: 2, lastName: 1, firstName: 0, password: 4 } });
    expect(reordered.planSha256).toBe(plan.planSha256);
  });

  it('gives another hash when a fix changes (a resubmitted plan)', async () => {
    const first = await buildImportPlan(await draft());
    const fixed = await buildImportPlan(await draft({ fixes: { 2: { email: 'other@x.example' } } }));
    expect(fixed.planSha256).not.toBe(first.planSha256);
  });
});

describe('readImportPlan', () => {
  it('reads back a plan Roster stored', async () => {
    const plan = await buildImportPlan(await draft());
    const reading = await readImportPlan(JSON.parse(JSON.stringify(plan)) as unknown);
    expect(reading).toEqual({ ok: true, plan });
  });

  it('refuses a plan whose contents were edited without a new hash', async () => {
    const plan = await buildImportPlan(await draft());
    const reading = await readImportPlan({ ...plan, exclusions: [] });
    expect(reading.ok ? '' : reading.reason).toContain('changed outside Roster');
  });

  it('refuses a plan that carries a password field, even with a matching hash', async () => {
    const plan = await buildImportPlan(await draft());
    const forged = { ...plan, fixes: { '2': { password: 'x' } } };
    const reading = await readImportPlan({ ...forged, planSha256: await planHashOf(forged) });
    expect(reading.ok).toBe(false);
  });

  it('refuses what is not a plan', async () => {
    expect((await readImportPlan(null)).ok).toBe(false);
    expect((await readImportPlan({ version: 1 })).ok).toBe(false);
    expect((await readImportPlan({ version: 2 })).ok).toBe(false);
  });
});

describe('verifyPlanFile', () => {
  it('accepts the very same bytes under any name', async () => {
    const plan = await buildImportPlan(await draft());
    expect(await verifyPlanFile(plan, { name: 'renamed.csv', bytes: fileBytes.slice().buffer })).toEqual({ ok: true, fileSha256: plan.fileSha256 });
  });

  it('refuses a different file, naming the one expected', async () => {
    const plan = await buildImportPlan(await draft());
    const other = new TextEncoder().encode('First Name,Last Name\nBen,Other\n');
    const check = await verifyPlanFile(plan, { name: 'other.csv', bytes: other.buffer });
    expect(check.ok ? '' : check.message).toMatch(/other\.csv is not the file this plan was prepared from \(members\.csv\)/);
  });
});

describe('matchesPlan', () => {
  it('is true for the review the plan was built from, false once a fix or exclusion differs', async () => {
    const source = await draft();
    const plan = await buildImportPlan(source);
    expect(matchesPlan(plan, source)).toBe(true);
    expect(matchesPlan(plan, { ...source, exclusions: [3] })).toBe(false);
    expect(matchesPlan(plan, { ...source, fixes: { 2: { email: 'changed@x.example' } } })).toBe(false);
    expect(matchesPlan(plan, { ...source, fileSha256: 'f'.repeat(64) })).toBe(false);
  });
});
