import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

import { allowedOrigins, type EmulatorConfig } from './context';

/** CORS for the origins of the registered redirect URIs, including the `X-Esri-Authorization` header. */
export async function registerCors(app: FastifyInstance, config: EmulatorConfig): Promise<void> {
  const origins = allowedOrigins(config);
  await app.register(cors, {
    origin: (origin, callback) => {
      callback(null, origin !== undefined && origins.has(origin));
    },
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['Content-Type', 'X-Esri-Authorization', 'Authorization', 'X-Requested-With', 'Accept'],
    // Throttled responses (fault injection) carry Retry-After; the browser may read it only when exposed.
    exposedHeaders: ['Retry-After'],
    credentials: true,
    maxAge: 600,
  });
}
