import type { FastifyInstance, FastifyReply } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';

import type { EmulatorContext } from './context';
import { readParams } from './params';
import { isRestUrl } from './rest-route';
import { expireTokens } from '../store/tokens-repo';

/** `mixed` cycles through MIXED_CYCLE, one kind per injected failure. */
export const FAILURE_KINDS = ['http-503', 'network', 'throttle', 'mixed'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];
/** What a request actually gets: a `mixed` setting resolves to one of these. */
export type InjectedFailure = Exclude<FailureKind, 'mixed'>;
export const MIXED_CYCLE: readonly InjectedFailure[] = ['http-503', 'throttle', 'network'];

/** What `POST /__emulator/faults` configures. Everything is counter-based: the same requests fail every run. */
export type FaultSettings = {
  /** Added to every matching request (on top of the `latencyMs` option). */
  latencyMs: number;
  /** Every Nth matching request fails transiently (0 = never). */
  failEvery: number;
  failureKind: FailureKind;
  /** After this many matching requests, every access token expires, once (null = never). */
  expireTokensAfter: number | null;
  /** Case-insensitive substring of the path; null = every REST path. */
  match: string | null;
  /** The next N token refreshes (`oauth2/token`, refresh grants) fail with HTTP 503, whatever `match` says. */
  failTokenRefreshes: number;
  /** After this many matching requests, the outage starts (0 = when the faults are set); null = no outage. */
  outageAfter: number | null;
  /** How long the outage lasts (wall time); set together with `outageAfter`. */
  outageMs: number | null;
};

export type FaultCounters = {
  /** Matching REST requests seen since the faults were set (requests failed by the outage are not counted). */
  seen: number;
  /** Failures injected by `failEvery`. */
  failures: number;
  /** Times all access tokens were expired (0 or 1). */
  tokenExpiries: number;
  /** Token refreshes failed by `failTokenRefreshes`. */
  refreshFailures: number;
  /** Requests failed by the outage. */
  outageFailures: number;
};

/** Epoch milliseconds. */
export type Outage = { startedAt: number; endsAt: number };

export type FaultStatus = { active: boolean; settings: FaultSettings | null; counters: FaultCounters; outage: Outage | null };

export class FaultSettingsError extends Error {
  override name = 'FaultSettingsError';
}

const MAX_LATENCY_MS = 60_000;
const MAX_OUTAGE_MS = 600_000;

function readInteger(source: Record<string, unknown>, name: string, min: number, max: number): number | undefined {
  const raw = source[name];
  if (raw === undefined || raw === null || raw === '') return undefined;
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : Number.NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new FaultSettingsError(`${name} must be an integer from ${String(min)} to ${String(max)}.`);
  }
  return value;
}

const KNOWN_KEYS = new Set(['latencyms', 'failevery', 'failurekind', 'expiretokensafter', 'match', 'failtokenrefreshes', 'outageafter', 'outagems']);

/**
 * Parses a JSON or form body. `{}` (or only empty values) means "no faults" and gives null. Unknown keys
 * and invalid values are refused, so a typo never silently disables a test's faults.
 */
export function parseFaultSettings(body: unknown): FaultSettings | null {
  if (body === undefined || body === null || body === '') return null;
  if (typeof body !== 'object' || Array.isArray(body)) throw new FaultSettingsError('The body must be a JSON object or a form.');
  const source: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (!KNOWN_KEYS.has(key.toLowerCase())) throw new FaultSettingsError(`Unknown setting "${key}".`);
    source[key.toLowerCase()] = value;
  }
  const latencyMs = readInteger(source, 'latencyms', 0, MAX_LATENCY_MS) ?? 0;
  const failEvery = readInteger(source, 'failevery', 0, 1_000_000) ?? 0;
  const expireTokensAfter = readInteger(source, 'expiretokensafter', 0, 1_000_000_000) ?? null;
  const failTokenRefreshes = readInteger(source, 'failtokenrefreshes', 0, 1000) ?? 0;
  const outageAfter = readInteger(source, 'outageafter', 0, 1_000_000_000) ?? null;
  const outageMs = readInteger(source, 'outagems', 1, MAX_OUTAGE_MS) ?? null;
  if ((outageAfter === null) !== (outageMs === null)) throw new FaultSettingsError('outageAfter and outageMs must be set together.');
  const kind = source.failurekind;
  if (kind !== undefined && kind !== '' && !FAILURE_KINDS.includes(kind as FailureKind)) {
    throw new FaultSettingsError(`failureKind must be one of ${FAILURE_KINDS.join(', ')}.`);
  }
  const failureKind: FailureKind = kind === undefined || kind === '' ? 'http-503' : (kind as FailureKind);
  const match = source.match;
  if (match !== undefined && typeof match !== 'string') throw new FaultSettingsError('match must be a string.');
  const settings: FaultSettings = {
    latencyMs,
    failEvery,
    failureKind,
    expireTokensAfter,
    match: match?.trim() ? match.trim().toLowerCase() : null,
    failTokenRefreshes,
    outageAfter,
    outageMs,
  };
  const active =
    settings.latencyMs > 0 || settings.failEvery > 0 || settings.expireTokensAfter !== null || settings.failTokenRefreshes > 0 || settings.outageMs !== null;
  return active ? settings : null;
}

export type FaultDecision = { delayMs: number; expireTokens: boolean; fail: InjectedFailure | null };

const emptyCounters = (): FaultCounters => ({ seen: 0, failures: 0, tokenExpiries: 0, refreshFailures: 0, outageFailures: 0 });

/** Fault state of one emulator: settings and counters. Off (null settings) by default. `now` is injectable for tests. */
export class FaultInjector {
  private settings: FaultSettings | null = null;
  private counters: FaultCounters = emptyCounters();
  private outage: Outage | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  /** Replaces the settings and restarts the counters and the outage (null clears). */
  set(settings: FaultSettings | null): FaultStatus {
    this.settings = settings;
    this.counters = emptyCounters();
    this.outage = null;
    if (settings?.outageAfter === 0) this.startOutage(settings);
    return this.status();
  }

  clear(): FaultStatus {
    return this.set(null);
  }

  status(): FaultStatus {
    return {
      active: this.settings !== null,
      settings: this.settings ? { ...this.settings } : null,
      counters: { ...this.counters },
      outage: this.outage ? { ...this.outage } : null,
    };
  }

  /**
   * Counts a REST request and decides its fate; null when it does not match (or no faults are set). During the
   * outage every REST request fails, whatever `match` says, and is not counted in `seen`.
   */
  decide(path: string): FaultDecision | null {
    const settings = this.settings;
    if (!settings) return null;
    if (this.outage && this.now() < this.outage.endsAt) {
      const fail = this.failureOf(settings.failureKind);
      this.counters.outageFailures += 1;
      return { delayMs: 0, expireTokens: false, fail };
    }
    if (settings.match !== null && !path.toLowerCase().includes(settings.match)) return null;
    this.counters.seen += 1;
    const seen = this.counters.seen;
    // "After N matching requests": the request that follows the Nth finds every access token expired.
    const expire = settings.expireTokensAfter !== null && this.counters.tokenExpiries === 0 && seen > settings.expireTokensAfter;
    if (expire) this.counters.tokenExpiries += 1;
    const fail = settings.failEvery > 0 && seen % settings.failEvery === 0 ? this.failureOf(settings.failureKind) : null;
    if (fail) this.counters.failures += 1;
    // The Nth matching request is the last one before the outage: the outage starts once it has been seen.
    if (settings.outageAfter !== null && !this.outage && seen >= settings.outageAfter) this.startOutage(settings);
    return { delayMs: settings.latencyMs, expireTokens: expire, fail };
  }

  /** Counts a token refresh; true when it must fail (the first `failTokenRefreshes` ones). */
  failTokenRefresh(): boolean {
    const settings = this.settings;
    if (!settings || this.counters.refreshFailures >= settings.failTokenRefreshes) return false;
    this.counters.refreshFailures += 1;
    return true;
  }

  private startOutage(settings: FaultSettings): void {
    const startedAt = this.now();
    this.outage = { startedAt, endsAt: startedAt + (settings.outageMs ?? 0) };
  }

  /** `mixed` resolves by the number of failures injected so far (`failures` + `outageFailures`). */
  private failureOf(kind: FailureKind): InjectedFailure {
    if (kind !== 'mixed') return kind;
    return MIXED_CYCLE[(this.counters.failures + this.counters.outageFailures) % MIXED_CYCLE.length] ?? 'http-503';
  }
}

const THROTTLE_BODY = JSON.stringify({
  error: { code: 429, message: 'Too many requests. Try again later.', details: ['Request rate limit exceeded.'] },
});
const UNAVAILABLE_BODY = JSON.stringify({
  error: { code: 503, message: 'Service temporarily unavailable. Try again later.', details: [] },
});

function sendFailure(reply: FastifyReply, kind: InjectedFailure): FastifyReply {
  switch (kind) {
    case 'network':
      // No response at all: the client sees a reset connection ("fetch failed").
      reply.hijack();
      reply.raw.destroy();
      return reply;
    case 'throttle':
      return reply.code(429).header('retry-after', '1').type('application/json; charset=utf-8').send(THROTTLE_BODY);
    case 'http-503':
      return reply.code(503).type('application/json; charset=utf-8').send(UNAVAILABLE_BODY);
  }
}

const REFRESH_GRANTS = new Set(['refresh_token', 'exchange_refresh_token']);

function isTokenEndpoint(url: string): boolean {
  const path = (url.split('?')[0] ?? '').toLowerCase().replace(/\/+$/, '');
  return isRestUrl(url) && path.endsWith('/oauth2/token');
}

/**
 * Test mode only: applies the configured faults to Sharing API requests before they are handled (a failed
 * request never reaches its route, so it has no effect). CORS preflights and `/__emulator/*` are never touched.
 */
export function registerFaults(app: FastifyInstance, context: EmulatorContext): void {
  if (!context.config.testMode) return;
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'OPTIONS' || !isRestUrl(request.url)) return;
    const decision = context.faults.decide(request.url.split('?')[0] ?? '');
    if (!decision) return;
    if (decision.delayMs > 0) await sleep(decision.delayMs);
    if (decision.expireTokens) expireTokens(context.store, false);
    if (decision.fail) return sendFailure(reply, decision.fail);
  });
  // Token refreshes are recognized by their (form) body, so this runs once the body is parsed, still before the route.
  app.addHook('preValidation', async (request, reply) => {
    if (request.method === 'OPTIONS' || !isTokenEndpoint(request.url)) return;
    if (!REFRESH_GRANTS.has(readParams(request).text('grant_type') ?? '')) return;
    if (context.faults.failTokenRefresh()) return sendFailure(reply, 'http-503');
  });
}
