import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';

import { buildEmulator } from './app';
import { DEMO_ACCOUNTS, MEMBER_PASSWORD } from './store/seed';

const USAGE = `Usage: tsx emulator/src/server.ts [options]
  --port N             port (default 3080; 3443 with --https)
  --https              serve over TLS with a self-signed certificate made at start-up (localhost, 127.0.0.1, ::1)
  --cert-out PATH      with --https: where to write that certificate (PEM) for clients to trust (default .data/emulator-cert.pem)
  --host HOST          host to bind (default localhost: both 127.0.0.1 and ::1)
  --db PATH            SQLite file (default .data/portal.sqlite; ":memory:" allowed)
  --reset              reseed even if the database file exists
  --members N          organization size when seeding (default 2000)
  --flavor F           online (default: ArcGIS Online) or enterprise (ArcGIS Enterprise: Portal Administrator API,
                       identity store, system accounts); a database seeded as the other flavor is reseeded
  --seed N             seed number (default 1)
  --extensions         answers no real portal is known to give (undocumented fields and search clauses); off by default
  --test-mode          enable POST /__emulator/reset, /__emulator/expire-tokens and /__emulator/faults
  --latency MS         delay every REST response by MS milliseconds
  --redirect-uri URI   extra registered redirect URI for client "roster" (repeatable)
  --log                log requests
  --help               show this help`;

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    console.error(`--${name} must be a non-negative integer`);
    process.exit(2);
  }
  return number;
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    https: { type: 'boolean' },
    'cert-out': { type: 'string' },
    host: { type: 'string' },
    db: { type: 'string' },
    reset: { type: 'boolean' },
    members: { type: 'string' },
    flavor: { type: 'string' },
    seed: { type: 'string' },
    'test-mode': { type: 'boolean' },
    extensions: { type: 'boolean' },
    latency: { type: 'string' },
    'redirect-uri': { type: 'string', multiple: true },
    log: { type: 'boolean' },
    help: { type: 'boolean' },
  },
  strict: true,
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const https = values.https ?? false;
const port = integer(values.port, https ? 3443 : 3080, 'port');
const host = values.host ?? 'localhost';
const dbPath = values.db ?? '.data/portal.sqlite';
if (values.flavor !== undefined && values.flavor !== 'online' && values.flavor !== 'enterprise') {
  console.error('--flavor must be online or enterprise');
  process.exit(2);
}
const started = performance.now();
const app = await buildEmulator({
  dbPath,
  reset: values.reset ?? false,
  members: integer(values.members, 2000, 'members'),
  flavor: values.flavor,
  seed: integer(values.seed, 1, 'seed'),
  testMode: values['test-mode'] ?? false,
  extensions: values.extensions ?? false,
  latencyMs: integer(values.latency, 0, 'latency'),
  redirectUris: values['redirect-uri'] ?? [],
  https,
  logger: values.log ?? false,
});

const { store, config, certificate } = app.emulator;
await app.listen({ port, host });

// The certificate changes at every start: clients trust this file (e.g. scripts/python-client-flow.ts --ca).
const certOut = values['cert-out'] ?? '.data/emulator-cert.pem';
if (certificate) {
  mkdirSync(dirname(certOut), { recursive: true });
  writeFileSync(certOut, certificate);
}

const shownHost = host === '::' || host === '0.0.0.0' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
const base = `${https ? 'https' : 'http'}://${shownHost}:${String(port)}`;
const summary = store.seedSummary;
const lines = [
  `Portal emulator (Harbor City GIS, ${store.flavor === 'enterprise' ? 'ArcGIS Enterprise' : 'ArcGIS Online'}) ready in ${String(Math.round(performance.now() - started))} ms`,
  `  REST root:  ${base}/portal/sharing/rest   (also ${base}/sharing/rest)`,
  ...(store.flavor === 'enterprise' ? [`  Admin API:  ${base}/portal/portaladmin   (identity store domain HARBOR)`] : []),
  `  Database:   ${dbPath}${summary ? ` (seeded ${String(summary.members)} members in ${String(summary.ms)} ms)` : ' (reused; --reset to reseed)'}`,
  ...(certificate ? [`  TLS:        self-signed certificate for localhost, 127.0.0.1, ::1 written to ${certOut} (trust it explicitly)`] : []),
  `  OAuth:      client_id "roster", redirect URIs ${config.redirectUris.join(', ')}; the portal's own client "arcgisonline" (username/password sign-in)`,
  `  Extensions: ${config.extensions ? 'on (answers no real portal is known to give)' : 'off'}`,
  `  Test mode:  ${config.testMode ? 'on (POST /__emulator/reset, /__emulator/expire-tokens, /__emulator/faults)' : 'off'}${config.latencyMs ? `, latency ${String(config.latencyMs)} ms` : ''}`,
  '  Demo sign-ins:',
  ...DEMO_ACCOUNTS.map((a) => `    ${a.username.padEnd(14)} ${a.password.padEnd(15)} ${a.description}`),
  `    (every other member with a password: ${MEMBER_PASSWORD})`,
];
console.log(lines.join('\n'));

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
