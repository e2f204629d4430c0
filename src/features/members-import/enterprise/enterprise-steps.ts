export const enterpriseSteps = ['find', 'review', 'result'] as const;
export type EnterpriseStep = (typeof enterpriseSteps)[number];

/**
 * The step to show for the one in the address: itself when the wizard has what it needs, otherwise the nearest one
 * before. A run in progress always shows its result step; a reload that lost the chosen accounts goes back to finding
 * them instead of showing an empty review; an interrupted run can be continued from the result step. Pure.
 */
export function reachableEnterpriseStep(
  step: EnterpriseStep,
  has: { isRunning: boolean; hasOutcomes: boolean; hasInterrupted: boolean; hasPicked: boolean },
): EnterpriseStep {
  if (has.isRunning) return 'result';
  const beforeResult = has.hasPicked ? 'review' : 'find';
  switch (step) {
    case 'result':
      return has.hasOutcomes || has.hasInterrupted ? 'result' : beforeResult;
    case 'review':
      return beforeResult;
    case 'find':
      return 'find';
  }
}
