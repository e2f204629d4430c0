/** The e2e emulator runs on its own port, so a running `npm start` (port 3080) never interferes. */
export const EMULATOR_PORT = 3180;
export const EMULATOR_URL = `http://localhost:${String(EMULATOR_PORT)}`;
export const PORTAL_URL = `${EMULATOR_URL}/portal/sharing/rest`;
export const APP_URL = 'http://localhost:4173';
