import { useCallback, useRef } from 'react';
import { useSearchParams } from 'react-router';

export type StepMoveOptions = { replace?: boolean; without?: readonly string[] };

/**
 * A wizard's step kept in the address (`?step=review`): Back and Forward move between steps and a reload comes back
 * to the same one. An unknown or missing value reads as the first step. Moving on adds a history entry; `replace`
 * corrects the address without one (a step that cannot be shown any more, e.g. after a reload); `without` drops other
 * parameters in the same move.
 */
export function useStepParam<Step extends string>(steps: readonly Step[]): [Step, (next: Step, options?: StepMoveOptions) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  // A second move made before the address has caught up with the first builds on the first, not on the old address
  // (a restart that drops parameters, then a correction of the step, would otherwise bring them back).
  const pending = useRef<{ from: string; to: URLSearchParams } | null>(null);
  const value = searchParams.get('step');
  const first = steps[0] as Step;
  const step = steps.find((candidate) => candidate === value) ?? first;
  const setStep = useCallback(
    (next: Step, options?: StepMoveOptions) => {
      const from = searchParams.toString();
      const base = pending.current?.from === from ? pending.current.to : searchParams;
      const params = new URLSearchParams(base);
      for (const name of options?.without ?? []) params.delete(name);
      if (next === first) params.delete('step');
      else params.set('step', next);
      pending.current = { from, to: params };
      setSearchParams(params, { replace: options?.replace ?? false });
    },
    [first, searchParams, setSearchParams],
  );
  return [step, setStep];
}
