import { describe, expect, it } from 'vitest';

import { portalAdminRoot, seatsFromLicense } from './license-seats';

describe('license seats', () => {
  it('reads seats per user type from the licence, leaving out what it does not report as a number', () => {
    const seats = seatsFromLicense({
      userTypes: [
        { id: 'creatorUT', maximumRegisteredMembers: 60, currentRegisteredMembers: 12 },
        { id: 'viewerUT', maximumRegisteredMembers: 5000 },
        { id: 'editorUT', maximumRegisteredMembers: '10' },
        { maximumRegisteredMembers: 3 },
      ],
    });
    expect([...seats]).toEqual([
      ['creatorUT', 60],
      ['viewerUT', 5000],
    ]);
    expect(seatsFromLicense({ status: 'error' }).size).toBe(0);
    expect(seatsFromLicense(null).size).toBe(0);
  });

  it('finds the Portal Administrator API beside the Sharing root', () => {
    expect(portalAdminRoot('https://gis.harbor.example/portal/sharing/rest/')).toBe('https://gis.harbor.example/portal/portaladmin');
  });
});
