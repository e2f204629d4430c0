import type { FastifyInstance } from 'fastify';

/** The user searches the benchmark times: name (field and bare), role filter, and a deep sorted page. */
export const SEARCH_CASES = [
  { name: 'fullname:smith', params: { q: 'fullname:smith', num: '25' } },
  { name: 'bare smith', params: { q: 'smith', num: '25' } },
  { name: 'role:org_publisher', params: { q: 'role:org_publisher', num: '25' } },
  { name: '* sortField=created desc start=5001', params: { q: '*', sortField: 'created', sortOrder: 'desc', start: '5001', num: '25' } },
] as const;

export type LatencyStats = { name: string; total: number; p50: number; p95: number; max: number; runs: number };

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? 0;
}

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * Times `portals/self/users/search` through `app.inject` (routing, auth, SQL and JSON included) for
 * each case, after a warm-up. Returns p50/p95/max in milliseconds.
 */
export async function measureUserSearchLatency(app: FastifyInstance, token: string, runs = 30): Promise<LatencyStats[]> {
  const stats: LatencyStats[] = [];
  for (const testCase of SEARCH_CASES) {
    const query = new URLSearchParams({ ...testCase.params, f: 'json', token }).toString();
    const url = `/portal/sharing/rest/portals/self/users/search?${query}`;
    let total = -1;
    for (let i = 0; i < 3; i += 1) await app.inject({ url });
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      const response = await app.inject({ url });
      times.push(performance.now() - started);
      total = response.json<{ total?: number }>().total ?? -1;
    }
    times.sort((a, b) => a - b);
    stats.push({ name: testCase.name, total, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), max: round(times.at(-1) ?? 0), runs });
  }
  return stats;
}
