import { describe, expect, it } from 'vitest';

import { creditFieldsOf, creditSummary, parseCreditAmount } from './credit-fields';

describe('creditFieldsOf', () => {
  it('reads an allocation, -1 as no allocation, and leaves out what the portal did not report', () => {
    expect(creditFieldsOf({ assignedCredits: 500, availableCredits: 379.5 })).toEqual({ assignedCredits: 500, availableCredits: 379.5 });
    expect(creditFieldsOf({ assignedCredits: -1, availableCredits: -1 })).toEqual({ assignedCredits: null, availableCredits: null });
    expect(creditFieldsOf({})).toEqual({});
    expect(creditFieldsOf({ assignedCredits: 'x' })).toEqual({});
  });
});

describe('creditSummary', () => {
  it('says allocated and available, no allocation, or not reported', () => {
    expect(creditSummary({ assignedCredits: 500, availableCredits: 379.5 })).toBe('500 allocated, 379.5 available');
    expect(creditSummary({ assignedCredits: 0, availableCredits: 0 })).toBe('0 allocated, 0 available');
    expect(creditSummary({ assignedCredits: null, availableCredits: null })).toBe('No allocation');
    expect(creditSummary({})).toBe('Not reported');
    expect(creditSummary({ assignedCredits: 10 })).toBe('10 allocated, available not reported');
  });
});

describe('parseCreditAmount', () => {
  it('takes whole numbers of credits, 0 or more', () => {
    expect(parseCreditAmount('250')).toEqual({ ok: true, value: 250 });
    expect(parseCreditAmount(' 0 ')).toEqual({ ok: true, value: 0 });
    expect(parseCreditAmount('1,000')).toEqual({ ok: true, value: 1000 });
  });

  it('refuses empty, negative, decimal and non-numeric amounts with a clear message', () => {
    expect(parseCreditAmount('')).toEqual({ ok: false, message: 'Enter a number of credits.' });
    for (const text of ['-5', '2.5', 'ten', '1e3']) {
      expect(parseCreditAmount(text)).toMatchObject({ ok: false, message: expect.stringContaining('whole number') as unknown });
    }
    expect(parseCreditAmount('99999999999999999999')).toMatchObject({ ok: false });
  });
});
