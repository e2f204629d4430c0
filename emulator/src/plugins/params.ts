import type { FastifyRequest } from 'fastify';

function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/** Request parameters from the query string and the form body (body wins); names are case-insensitive. */
export class Params {
  private readonly values = new Map<string, string>();

  constructor(...sources: unknown[]) {
    for (const source of sources) {
      if (!source || typeof source !== 'object') continue;
      for (const [key, raw] of Object.entries(source as Record<string, unknown>)) {
        const value: unknown = Array.isArray(raw) ? (raw as unknown[]).at(-1) : raw;
        if (value === undefined || value === null) continue;
        this.values.set(key.toLowerCase(), stringify(value));
      }
    }
  }

  get(name: string): string | undefined {
    return this.values.get(name.toLowerCase());
  }

  /** A trimmed, non-empty value, else undefined. */
  text(name: string): string | undefined {
    const value = this.get(name)?.trim();
    return value ? value : undefined;
  }

  bool(name: string): boolean {
    return this.get(name)?.trim().toLowerCase() === 'true';
  }

  /** `f=pjson` asks for pretty-printed JSON. */
  get pretty(): boolean {
    return this.get('f')?.toLowerCase() === 'pjson';
  }
}

export function readParams(request: FastifyRequest): Params {
  return new Params(request.query, request.body);
}

/** The token from `token`, `X-Esri-Authorization: Bearer …` or `Authorization: Bearer …`. */
export function tokenOf(request: FastifyRequest, params: Params): string | undefined {
  const fromParams = params.text('token');
  if (fromParams) return fromParams;
  for (const header of ['x-esri-authorization', 'authorization']) {
    const value = request.headers[header];
    const match = typeof value === 'string' ? /^Bearer\s+(\S+)/i.exec(value) : null;
    if (match?.[1]) return match[1];
  }
  return undefined;
}
