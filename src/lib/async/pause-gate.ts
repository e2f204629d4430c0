/** Lets a running bulk job hold new requests (pause) and let them go again (resume). */
export function createPauseGate() {
  let release: (() => void) | null = null;
  let gate: Promise<void> = Promise.resolve();
  return {
    pause: () => {
      if (release) return;
      gate = new Promise((resolve) => {
        release = resolve;
      });
    },
    resume: () => {
      release?.();
      release = null;
    },
    isPaused: () => release !== null,
    wait: () => gate,
  };
}

export type PauseGate = ReturnType<typeof createPauseGate>;
