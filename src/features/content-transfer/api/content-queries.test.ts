import { request } from '@esri/arcgis-rest-request';
import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { PortalSession } from '@/lib/arcgis/portal-session';

import { defaultContentListParams } from '../browser/content-list-params';
import type { ContentListParams } from '../types';
import { contentQueries } from './content-queries';

vi.mock(import('@esri/arcgis-rest-request'), async (importOriginal) => ({ ...(await importOriginal()), request: vi.fn() }));

const root = 'https://portal.example/sharing/rest';
const session = { portal: root } as unknown as PortalSession;
const requestMock = vi.mocked(request);

type Params = Record<string, unknown>;
const portalItem = (id: string, title: string, size: number, modified: number) => ({
  id,
  title,
  type: 'CSV',
  owner: 'frank',
  ownerFolder: null,
  modified,
  size,
  access: 'private',
});

/** A root folder of 150 items (two portal pages of 100): `t000`…`t149`, sizes rising, modified falling. */
const fullFolder = Array.from({ length: 150 }, (_, n) => portalItem(`id${String(n).padStart(3, '0')}`, `t${String(n).padStart(3, '0')}`, n, 10_000 - n));
let folder = fullFolder;

function answer(url: string, params: Params) {
  const path = url.slice(root.length + 1);
  if (path === 'content/users/frank') {
    const start = Number(params.start);
    const num = Number(params.num);
    const items = folder.slice(start - 1, start - 1 + num);
    const nextStart = start - 1 + num < folder.length ? start + num : -1;
    return { total: folder.length, start, num, nextStart, items, folders: [] };
  }
  if (path === 'search') return { total: 1, start: 1, num: 1, nextStart: -1, results: [portalItem('s1', 'Found', 1, 1)] };
  throw new Error(`${path} does not exist`);
}

const paramsOf = (path: string) => requestMock.mock.calls.filter(([url]) => url === `${root}/${path}`).map(([, options]) => options?.params as Params);
const titles = (page: { items: { title: string }[] }) => page.items.map((entry) => entry.title);

let client: QueryClient;
const pageOf = (params: Partial<ContentListParams>) => client.query(contentQueries.page(session, 'frank', { ...defaultContentListParams, ...params }));

beforeEach(() => {
  folder = fullFolder;
  requestMock.mockReset();
  requestMock.mockImplementation((url: string, options?: { params?: Params }) => Promise.resolve(answer(url, options?.params ?? {})));
  client = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: false } } });
});

describe('contentQueries.page for a folder', () => {
  it('reads the whole folder once, without a sort, and sorts and pages it here', async () => {
    const bySize = await pageOf({ sortField: 'size', sortOrder: 'desc', pageSize: 25 });
    expect(bySize.total).toBe(150);
    expect(titles(bySize)).toEqual(Array.from({ length: 25 }, (_, n) => `t${String(149 - n)}`));

    const lastByTitle = await pageOf({ sortField: 'title', sortOrder: 'asc', pageSize: 100, page: 1 });
    expect(titles(lastByTitle)).toHaveLength(50);
    expect(titles(lastByTitle)[0]).toBe('t100');

    const listings = paramsOf('content/users/frank');
    expect(listings.map((params) => params.start)).toEqual([1, 101]);
    expect(listings.every((params) => !('sortField' in params) && !('sortOrder' in params))).toBe(true);
  });

  it('keeps the whole folder under the member, so invalidating the member reads it again', async () => {
    expect((await pageOf({})).total).toBe(150);
    expect(client.getQueryData(contentQueries.folderItems(session, 'frank', '').queryKey)).toHaveLength(150);
    folder = folder.slice(0, 10);
    expect((await pageOf({ page: 1 })).total).toBe(150); // still the cached folder
    await client.invalidateQueries({ queryKey: contentQueries.member('Frank') });
    const fresh = await pageOf({});
    expect(fresh.total).toBe(10);
    expect(titles(fresh)[0]).toBe('t000'); // modified, newest first
    expect(paramsOf('content/users/frank')).toHaveLength(3);
  });
});

describe('contentQueries.page for a search', () => {
  it('asks the portal search for one page with a sort it documents', async () => {
    await pageOf({ search: 'parcels', sortField: 'title', sortOrder: 'asc', page: 2, pageSize: 50 });
    expect(paramsOf('search')[0]).toMatchObject({ start: 101, num: 50, sortField: 'title', sortOrder: 'asc' });
    expect(paramsOf('content/users/frank')).toHaveLength(0);
  });

  it('sorts by the default instead of size, sharing the default sort’s page', async () => {
    const bySize = { type: 'CSV', sortField: 'size', sortOrder: 'asc' } as const;
    await pageOf(bySize);
    expect(paramsOf('search')[0]).toMatchObject({ sortField: 'modified', sortOrder: 'desc' });
    expect(contentQueries.page(session, 'Frank', { ...defaultContentListParams, ...bySize }).queryKey).toEqual(
      contentQueries.page(session, 'Frank', { ...defaultContentListParams, type: 'CSV' }).queryKey,
    );
  });
});
