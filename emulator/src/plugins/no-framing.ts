import type { FastifyInstance } from 'fastify';

/** The two headers that stop another site from framing a page (old browsers read the first, current ones the second). */
export const NO_FRAMING_HEADERS = {
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
} as const;

/**
 * Every HTML answer (the sign-in pages, their error pages, the out-of-band code page) refuses to be framed, so a
 * person can never be steered into signing in inside another site's frame. One hook, so a new page cannot forget it.
 */
export function registerNoFraming(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    const type = reply.getHeader('content-type');
    if (typeof type === 'string' && /^text\/html\b/i.test(type)) reply.headers(NO_FRAMING_HEADERS);
    return payload;
  });
}
