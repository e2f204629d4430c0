/**
 * The e2e emulator runs on its own port, so a running `npm start` (port 3080) never interferes.
 * `ROSTER_PORT_OFFSET` shifts both ports, so several checkouts can run their suites side by side.
 */
export const PORT_OFFSET = Number(process.env.ROSTER_PORT_OFFSET ?? 0);
export const EMULATOR_PORT = 3180 + PORT_OFFSET;
export const EMULATOR_URL = `http://localhost:${String(EMULATOR_PORT)}`;
export const PORTAL_URL = `${EMULATOR_URL}/portal/sharing/rest`;
export const APP_PORT = 4173 + PORT_OFFSET;
export const APP_URL = `http://localhost:${String(APP_PORT)}`;
