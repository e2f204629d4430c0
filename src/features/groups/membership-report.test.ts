import { describe, expect, it } from 'vitest';

import { buildGroupReport, countOutcomes, describeCounts, reportsToCsv } from './membership-report';

const base = { groupId: 'g1', groupTitle: 'Bridge Crews', unknown: [], alreadyMembers: [], groupCounts: new Map<string, number>() };

describe('buildGroupReport', () => {
  it('marks everyone the portal took as added and explains each refusal', () => {
    const report = buildGroupReport({
      ...base,
      unknown: ['ghost'],
      alreadyMembers: ['ana.lima'],
      batches: [{ usernames: ['ben.okafor', 'Busy.One', 'carla.rossi'], kind: 'answered', notAdded: ['busy.one', 'carla.rossi'] }],
      groupCounts: new Map([
        ['busy.one', 512],
        ['carla.rossi', 3],
      ]),
    });
    expect(report.outcomes).toEqual([
      { username: 'ghost', status: 'not-added', reason: 'Not a member of this organization.' },
      { username: 'ana.lima', status: 'already-member', reason: 'Already in the group.' },
      { username: 'ben.okafor', status: 'added', reason: '' },
      { username: 'Busy.One', status: 'not-added', reason: expect.stringContaining('512 groups') as unknown },
      { username: 'carla.rossi', status: 'not-added', reason: 'The portal did not add this member and gave no reason.' },
    ]);
  });

  it('reports failed and unsent calls for every name in them', () => {
    const report = buildGroupReport({
      ...base,
      batches: [
        { usernames: ['a1', 'a2'], kind: 'failed', message: 'The portal is busy or unavailable (HTTP 503).' },
        { usernames: ['b1'], kind: 'not-sent' },
      ],
    });
    expect(report.outcomes.map((o) => o.status)).toEqual(['failed', 'failed', 'not-sent']);
    expect(report.outcomes[0]?.reason).toBe('The portal is busy or unavailable (HTTP 503).');
    expect(describeCounts(countOutcomes(report.outcomes))).toBe('0 added, 2 failed, 1 not sent');
  });
});

describe('describeCounts', () => {
  it('names only what happened', () => {
    expect(describeCounts({ added: 58, 'already-member': 1, 'not-added': 1, failed: 0, 'not-sent': 0 })).toBe('58 added, 1 already a member, 1 not added');
    expect(describeCounts({ added: 3, 'already-member': 2, 'not-added': 0, failed: 0, 'not-sent': 0 })).toBe('3 added, 2 already members');
  });
});

describe('reportsToCsv', () => {
  it('writes one row per group and member, quoted where needed and safe from formulas', () => {
    const csv = reportsToCsv([
      { groupId: 'g1', groupTitle: 'Crews, North', outcomes: [{ username: 'ana.lima', status: 'added', reason: '' }] },
      { groupId: 'g2', groupTitle: '=HYPERLINK("x")', outcomes: [{ username: 'ghost', status: 'not-added', reason: 'Not a member of this organization.' }] },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Group,Group ID,Username,Result,Reason',
      '"Crews, North",g1,ana.lima,Added,',
      `"'=HYPERLINK(""x"")",g2,ghost,Not added,Not a member of this organization.`,
      '',
    ]);
  });
});
