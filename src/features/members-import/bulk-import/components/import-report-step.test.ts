import { describe, expect, it } from 'vitest';

import { reportFilters } from './import-report-step';

describe('reportFilters', () => {
  it('puts Failed first when anything failed', () => {
    expect(reportFilters({ added: 900, exists: 0, failed: 100, 'not-sent': 2 })).toEqual(['failed', 'all', 'added', 'not-sent']);
  });
  it('starts with All when nothing failed', () => {
    expect(reportFilters({ added: 1, exists: 1, failed: 0, 'not-sent': 0 })).toEqual(['all', 'added', 'exists']);
  });
});
