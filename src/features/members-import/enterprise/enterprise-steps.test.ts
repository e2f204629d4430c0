import { describe, expect, it } from 'vitest';

import { reachableEnterpriseStep } from './enterprise-steps';

const nothing = { isRunning: false, hasOutcomes: false, hasInterrupted: false, hasPicked: false };

describe('reachableEnterpriseStep', () => {
  it('a reload that lost the chosen accounts goes back to finding them, not to an empty review', () => {
    expect(reachableEnterpriseStep('review', nothing)).toBe('find');
    expect(reachableEnterpriseStep('result', nothing)).toBe('find');
  });

  it('keeps a review that still has its accounts, and a result that has outcomes or an interrupted run to continue', () => {
    expect(reachableEnterpriseStep('review', { ...nothing, hasPicked: true })).toBe('review');
    expect(reachableEnterpriseStep('result', { ...nothing, hasPicked: true })).toBe('review');
    expect(reachableEnterpriseStep('result', { ...nothing, hasOutcomes: true })).toBe('result');
    expect(reachableEnterpriseStep('result', { ...nothing, hasInterrupted: true })).toBe('result');
    expect(reachableEnterpriseStep('find', { ...nothing, hasInterrupted: true })).toBe('find');
  });

  it('a running add shows its progress whatever step the address asks for (Back cannot start it twice)', () => {
    expect(reachableEnterpriseStep('review', { ...nothing, isRunning: true, hasPicked: true })).toBe('result');
    expect(reachableEnterpriseStep('find', { ...nothing, isRunning: true })).toBe('result');
  });
});
