// A bench run alone after `npm run build` (`npx tsx bench/<name>.ts`), outside bench/run.ts: the build served by
// `vite preview` on 4173 + ROSTER_PORT_OFFSET, and Debian's Chromium.
import { type Browser, chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const APP_PORT = 4173 + Number(process.env.ROSTER_PORT_OFFSET ?? 0);

/**
 * Runs `bench` against the served build and prints the rows it answers as a table, when `moduleUrl` (the bench's
 * `import.meta.url`) is the script run; does nothing when bench/run.ts imports the bench.
 */
export async function runAlone(moduleUrl: string, bench: (browser: Browser, appUrl: string) => Promise<readonly object[]>): Promise<void> {
  if (!process.argv[1] || path.resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  const appUrl = `http://localhost:${String(APP_PORT)}`;
  const preview = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(APP_PORT), '--strictPort'], { stdio: 'ignore' });
  try {
    await waitUntilServed(appUrl, () => preview.exitCode !== null);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking'],
    });
    try {
      console.table(await bench(browser, appUrl));
    } finally {
      await browser.close();
    }
  } finally {
    preview.kill('SIGTERM');
  }
}

async function waitUntilServed(appUrl: string, exited: () => boolean) {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    // --strictPort: vite preview exits at once when the port is taken.
    if (exited()) throw new Error(`vite preview stopped before serving ${appUrl} (is the port taken?)`);
    try {
      if ((await fetch(appUrl)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${appUrl} did not come up`);
}
