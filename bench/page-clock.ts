// A stopwatch kept in the page. Playwright's waits poll with growing pauses (up to 500 ms), so a figure taken when
// a wait returns is rounded up by as much as a second's figure measures; the page notes the moments itself instead.
import type { Page } from '@playwright/test';

/** An element by CSS selector whose text content matches `text` (a regular expression's source). */
export type Shown = { selector: string; text: string };

export type PageClockPlan = {
  /**
   * Starts on the first such event on (or inside) an element matching the selector, and `text` when given: `change`
   * on the file input, `click` on a button.
   */
  startOn: { event: 'click' | 'change'; selector: string; text?: string };
  /** Clicked the moment each is shown and enabled, as a user who knows the way would (e.g. "Continue to review"). */
  clickWhenShown?: readonly Shown[];
  /** Stops when this is shown. */
  stopWhenShown: Shown;
};

type Clock = { startedAt?: number; stoppedAt?: number };
type ClockWindow = Window & { benchClock?: Clock };

/** Arms the clock in the current page; the plan's start event must come after this. */
export async function armPageClock(page: Page, plan: PageClockPlan): Promise<void> {
  // tsx names the functions below with an `__name` helper that exists in Node, not in the page.
  await page.evaluate('window.__name ??= (fn) => fn');
  await page.evaluate((plan: PageClockPlan) => {
    const clock: Clock = {};
    (window as ClockWindow).benchClock = clock;
    const find = ({ selector, text }: Shown) => {
      const pattern = new RegExp(text);
      return Array.from(document.querySelectorAll<HTMLElement>(selector)).find((element) => pattern.test(element.textContent));
    };
    const toClick = [...(plan.clickWhenShown ?? [])];
    const check = () => {
      if (clock.startedAt === undefined || clock.stoppedAt !== undefined) return;
      for (const shown of [...toClick]) {
        const element = find(shown);
        if (element && !(element as HTMLButtonElement).disabled) {
          toClick.splice(toClick.indexOf(shown), 1);
          element.click();
        }
      }
      if (find(plan.stopWhenShown)) {
        clock.stoppedAt = performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    document.addEventListener(
      plan.startOn.event,
      (event) => {
        const target = event.target instanceof Element ? event.target.closest(plan.startOn.selector) : null;
        if (clock.startedAt !== undefined || !target) return;
        if (plan.startOn.text !== undefined && !new RegExp(plan.startOn.text).test(target.textContent)) return;
        clock.startedAt = performance.now();
        observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['disabled'] });
        check();
      },
      { capture: true },
    );
  }, plan);
}

/** Waits until the armed clock stopped; answers the milliseconds from its start. */
export async function readPageClock(page: Page, timeout: number): Promise<number> {
  await page.waitForFunction(() => (window as ClockWindow).benchClock?.stoppedAt !== undefined, undefined, { timeout });
  return Math.round(await page.evaluate(() => ((window as ClockWindow).benchClock?.stoppedAt ?? 0) - ((window as ClockWindow).benchClock?.startedAt ?? 0)));
}
