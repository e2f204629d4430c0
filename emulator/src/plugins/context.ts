import type { FaultInjector } from './faults';
import type { Store } from '../store/store';

/** Registered OAuth client of the emulator. */
export const CLIENT_ID = 'roster';
/** The portal's own OAuth client (ArcGIS API for Python `EsriBuiltInAuth`: username/password sign-in). */
export const PORTAL_CLIENT_ID = 'arcgisonline';
/** The out-of-band redirect URI of the portal's own client: the code is shown in the page title. */
export const OOB_REDIRECT_URI = 'urn:ietf:wg:oauth:2.0:oob';
export const DEFAULT_REDIRECT_URIS = ['http://localhost:5173', 'http://localhost:4173', 'http://127.0.0.1:5173', 'http://127.0.0.1:4173'] as const;

export type EmulatorConfig = {
  testMode: boolean;
  /**
   * Answers no real portal is known to give (`--extensions`, off by default): Roster must never depend on them.
   * Mutable so a test-mode request (`POST /__emulator/profile`) can switch them for one e2e test.
   */
  extensions: boolean;
  /** Test mode: `subscriptionInfo` leaves out `userLicenseTypes` (a portal that reports no purchased seats). */
  hideSeats: boolean;
  /**
   * Test mode: an administrator's reassign also needs the receiver to hold `portal:user:receiveItems`, as DOC
   * can-reassign-items words it. Off by default: a recorded ArcGIS Online default Publisher (MOCK-U) lacks it.
   */
  requireReceiveItems: boolean;
  /** Test mode: the organization has credit allocation turned off (`creditAssignments: "disabled"`). */
  creditAllocationOff: boolean;
  latencyMs: number;
  /** Served over TLS (`--https`): tokens answer `ssl: true` and `info` gives https URLs. */
  https: boolean;
  /** Every registered redirect URI for client `roster` (defaults plus extras). */
  redirectUris: readonly string[];
};

/**
 * What every route needs: the store (its connection changes on reset), the configuration and the fault
 * injector (test mode; off until `POST /__emulator/faults`).
 */
export type EmulatorContext = {
  store: Store;
  config: EmulatorConfig;
  faults: FaultInjector;
  /** `--https`: the self-signed certificate (PEM) it serves, for clients to trust explicitly. */
  certificate?: string;
};

/** A redirect URI is accepted when it equals a registered one or continues it with a path (`/…`). */
export function isRegisteredRedirectUri(config: EmulatorConfig, uri: string): boolean {
  return config.redirectUris.some((registered) => {
    const base = registered.replace(/\/$/, '');
    return uri === registered || uri === base || uri.startsWith(`${base}/`);
  });
}

export function allowedOrigins(config: EmulatorConfig): Set<string> {
  const origins = new Set<string>();
  for (const uri of config.redirectUris) {
    try {
      origins.add(new URL(uri).origin);
    } catch {
      // Not a URL: it can never match an Origin header.
    }
  }
  return origins;
}
