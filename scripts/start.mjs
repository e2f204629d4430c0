// `npm start`: the seeded emulator and Roster's dev server side by side. Extra flags go to the emulator,
// e.g. `npm start -- --reset` or `npm start -- --members 100000`.
import { spawn } from 'node:child_process';

const EMULATOR = 'http://localhost:3080';
const APP = 'http://localhost:5173';
const emulatorArgs = process.argv.slice(2);
const children = [];

function run(name, command, args) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
  const prefix = (chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => `[${name}] ${line}`)
      .join('\n');
  child.stdout.on('data', (chunk) => console.log(prefix(chunk)));
  child.stderr.on('data', (chunk) => console.error(prefix(chunk)));
  child.on('exit', (code) => {
    console.log(`[${name}] exited with code ${String(code)}`);
    shutdown(code ?? 1);
  });
  children.push(child);
}

function shutdown(code) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

async function waitFor(url) {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up`);
}

run('emulator', process.execPath, ['--import', 'tsx', 'emulator/src/server.ts', ...emulatorArgs]);
run('roster', process.execPath, ['node_modules/vite/bin/vite.js', '--port', '5173', '--strictPort']);

await Promise.all([waitFor(`${EMULATOR}/__emulator/health`), waitFor(APP)]);
console.log(`
  Roster is ready.

    Roster          ${APP}
    Portal (REST)   ${EMULATOR}/portal/sharing/rest

  Demo sign-ins (seeded organization "Harbor City GIS"):
    portaladmin    / Portal.Admin1    Administrator
    helpdesk_demo  / Helpdesk.Demo1   Help Desk (custom role)
    viewer_demo    / Viewer.Demo1     Viewer

  Press Ctrl+C to stop both.
`);
