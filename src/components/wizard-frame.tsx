import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { type ReactNode, useRef } from 'react';

type Props = {
  /** The stepper's accessible name, e.g. "Import steps". */
  label: string;
  steps: readonly string[];
  activeStep: number;
  /** Whether a step shows as done; by default every step before the active one. */
  completed?: (index: number) => boolean;
  /** The active step's heading: it takes focus whenever the step changes. */
  heading: ReactNode;
  children?: ReactNode;
};

/**
 * Every wizard's frame: the steps, and a heading for the step shown. When the step changes, the new heading takes
 * focus, so keyboard and screen reader users are where the page now is (not on a button that has gone). The first
 * step drawn does not take focus: arriving on a page, or reloading it, leaves focus where the browser puts it.
 */
export function WizardFrame({ label, steps, activeStep, completed, heading, children }: Props) {
  const focused = useRef(activeStep);
  return (
    <>
      <Stepper activeStep={activeStep} aria-label={label}>
        {steps.map((step, index) => (
          <Step key={step} completed={completed ? completed(index) : index < activeStep}>
            <StepLabel>{step}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <Typography
        key={activeStep}
        variant="h2"
        tabIndex={-1}
        // The heading is drawn after the address changed (a transition), so focus follows once it exists.
        ref={(element: HTMLHeadingElement | null) => {
          if (element && focused.current !== activeStep) {
            focused.current = activeStep;
            element.focus();
          }
        }}
        sx={{ fontSize: '1.25rem', outline: 'none' }}
      >
        {heading}
      </Typography>
      {children}
    </>
  );
}
