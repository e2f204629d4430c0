import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A wizard's step kept in the address (`?step=review`): Back and Forward move between steps and a reload comes back
 * to the same one. An unknown or missing value reads as the first step. Moving on adds a history entry; `replace`
 * corrects the address without one (a step that cannot be shown any more, e.g. after a reload).
 */
export function useStepParam<Step extends string>(
  steps: readonly Step[],
): [Step, (next: Step, options?: { replace?: boolean }) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const value = searchParams.get('step');
  const first = steps[0] as Step;
  const step = steps.find((candidate) => candidate === value) ?? first;
  const setStep = useCallback(
    (next: Step, options?: { replace?: boolean }) => {
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          if (next === first) params.delete('step');
          else params.set('step', next);
          return params;
        },
        { replace: options?.replace ?? false },
      );
    },
    [first, setSearchParams],
  );
  return [step, setStep];
}
