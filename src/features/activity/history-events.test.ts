import { describe, expect, it } from 'vitest';

import { describeEvent, historyDateRange, toActivityEvent } from './history-events';

describe('toActivityEvent', () => {
  it('reads the documented fields and tolerates missing ones', () => {
    const event = toActivityEvent(
      {
        id: 'ben.okafor',
        idType: 'u',
        action: 'update',
        actor: 'portaladmin',
        actorFullName: 'Portal Admin',
        created: 1_700_000_000_000,
        data: { role: 'org_user' },
      },
      0,
    );
    expect(event).toMatchObject({
      time: 1_700_000_000_000,
      target: 'ben.okafor',
      actor: 'portaladmin',
      actorFullName: 'Portal Admin',
      details: [['role', 'org_user']],
    });
    const bare = toActivityEvent({}, 3);
    expect(bare).toMatchObject({ time: null, action: 'unknown', actor: '', actorFullName: null, ip: null, details: [] });
  });

  it('takes the time from created_utc and data given as JSON text', () => {
    const event = toActivityEvent({ created_utc: '2025-03-01T10:00:00Z', data: '{"disabled":true}' }, 0);
    expect(event.time).toBe(Date.parse('2025-03-01T10:00:00Z'));
    expect(event.details).toEqual([['disabled', 'true']]);
  });
});

describe('describeEvent', () => {
  it('names the action and its target', () => {
    expect(describeEvent(toActivityEvent({ action: 'login', idType: 'u', id: 'ana' }, 0))).toBe('Signed in');
    expect(describeEvent(toActivityEvent({ action: 'share', idType: 'i', id: 'abc', itemTitle: 'Parks' }, 0))).toBe('Shared item “Parks”');
    expect(describeEvent(toActivityEvent({ action: 'update', idType: 'u', id: 'ben.okafor' }, 0))).toBe('Updated member ben.okafor');
    expect(describeEvent(toActivityEvent({ action: 'transfer', idType: 'x', id: 'y' }, 0))).toBe('transfer x y');
  });
});

describe('historyDateRange', () => {
  it('makes inclusive UTC days, open ends left out', () => {
    expect(historyDateRange('2025-01-01', '2025-01-31')).toEqual({ fromDate: Date.UTC(2025, 0, 1), toDate: Date.UTC(2025, 1, 1) - 1 });
    expect(historyDateRange('', '')).toEqual({});
  });
});

describe('formatStorage', () => {
  it('uses the largest unit under 1024', async () => {
    const { formatStorage } = await import('./format-storage');
    expect(formatStorage(512)).toBe('512 bytes');
    expect(formatStorage(1536)).toBe('1.5 KB');
  });
});
