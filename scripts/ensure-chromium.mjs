// Playwright cannot download browsers here: the e2e suite and the benchmark use Debian's Chromium.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) process.exit(0);

console.log(`${chromium} is missing; installing Debian's chromium with apt-get…`);
const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync(`${sudo}apt-get update -q`, { stdio: 'inherit', env });
execSync(`${sudo}apt-get install -y -q --no-install-recommends chromium fonts-liberation`, { stdio: 'inherit', env });
if (!existsSync(chromium)) {
  console.error(`apt-get finished but ${chromium} is still missing.`);
  process.exit(1);
}
