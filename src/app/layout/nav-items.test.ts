import { describe, expect, it } from 'vitest';

import { visibleNavItems } from './nav-items';

describe('visibleNavItems', () => {
  it('hides admin screens from members without the privilege', () => {
    expect(visibleNavItems(['portal:user:joinGroup']).map((item) => item.label)).toEqual(['Home']);
    expect(visibleNavItems(['portal:admin:viewUsers']).map((item) => item.label)).toEqual(['Overview', 'Members', 'Roles']);
    // The history is members' items: finding them all takes the privilege to view all content.
    expect(visibleNavItems(['portal:admin:viewUsers', 'portal:admin:viewItems']).map((item) => item.label)).toContain('History');
  });
});
