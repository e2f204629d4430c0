import type { FastifyInstance } from 'fastify';

import type { EmulatorContext } from '../plugins/context';
import { readParams } from '../plugins/params';
import { expireTokens } from '../store/tokens-repo';

/** `/__emulator/*`: health always; reset and token expiry only in test mode. */
export function registerEmulatorControlRoutes(app: FastifyInstance, context: EmulatorContext): void {
  app.get('/__emulator/health', () => ({ ok: true }));
  if (!context.config.testMode) return;

  app.post('/__emulator/reset', () => {
    const started = performance.now();
    context.store.reset();
    return { ok: true, ms: Math.round(performance.now() - started) };
  });

  // `?refresh=true` also expires refresh tokens, so the next refresh fails and the user must sign in again.
  app.post('/__emulator/expire-tokens', (request) => ({
    ok: true,
    expired: expireTokens(context.store, readParams(request).bool('refresh')),
  }));
}
