import type { FastifyInstance } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';

import { isRestUrl } from './rest-route';

/** Delays every Sharing API response by `latencyMs` (for benchmarks that want a realistic network). */
export function registerLatency(app: FastifyInstance, latencyMs: number): void {
  if (latencyMs <= 0) return;
  app.addHook('onRequest', async (request) => {
    if (request.method !== 'OPTIONS' && isRestUrl(request.url)) await sleep(latencyMs);
  });
}
