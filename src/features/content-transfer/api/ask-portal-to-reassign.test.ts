import { ArcGISRequestError, request } from '@esri/arcgis-rest-request';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { PortalSession } from '@/lib/arcgis/portal-session';

import { askPortalToReassign } from './ask-portal-to-reassign';

vi.mock(import('@esri/arcgis-rest-request'), async (importOriginal) => ({ ...(await importOriginal()), request: vi.fn() }));

const root = 'https://portal.example/sharing/rest';
const session = { portal: root } as unknown as PortalSession;
const requestMock = vi.mocked(request);
const refusal = (message: string, code = 400) => new ArcGISRequestError(message, code, { error: { code, message, details: [] } });
const pathsCalled = () => requestMock.mock.calls.map(([url]) => url.slice(root.length + 1));

beforeEach(() => {
  requestMock.mockReset();
});

describe('askPortalToReassign', () => {
  it('asks canReassignItems 100 items a request and keeps each refusal with its message', async () => {
    const ids = Array.from({ length: 150 }, (_, index) => `item${String(index)}`);
    requestMock.mockImplementation((_url, options) => {
      const items = (options?.params as { items: string }).items.split(',');
      return Promise.resolve({
        results: items.map((itemId) =>
          itemId === 'item120' ? { itemId, success: false, error: { message: 'Target user cannot own this item.' } } : { itemId, success: true },
        ),
      });
    });
    const refusals = await askPortalToReassign(session, 'frank', 'grace', ids);
    expect(pathsCalled()).toEqual(['content/users/frank/canReassignItems', 'content/users/frank/canReassignItems']);
    expect(requestMock.mock.calls.map(([, options]) => (options?.params as { items: string }).items.split(',').length)).toEqual([100, 50]);
    expect([...refusals]).toEqual([['item120', 'Target user cannot own this item.']]);
  });

  it('asks item by item with canReassign on a portal without the batch check', async () => {
    requestMock.mockImplementation((url) => {
      if (url.endsWith('/canReassignItems')) return Promise.reject(refusal('Invalid URL', 404));
      if (url.includes('/items/b/'))
        return Promise.reject(refusal("Unable to reassign item. Target user 'grace' does not have the privilege to receive items."));
      return Promise.resolve({ success: true });
    });
    const refusals = await askPortalToReassign(session, 'frank', 'grace', ['a', 'b']);
    expect(pathsCalled().sort()).toEqual([
      'content/users/frank/canReassignItems',
      'content/users/frank/items/a/canReassign',
      'content/users/frank/items/b/canReassign',
    ]);
    expect([...refusals]).toEqual([['b', "Unable to reassign item. Target user 'grace' does not have the privilege to receive items."]]);
  });

  it('retries a transient failure instead of reading it as a refusal', async () => {
    let calls = 0;
    requestMock.mockImplementation(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(refusal('Service unavailable', 503)) : Promise.resolve({ results: [{ itemId: 'a', success: true }] });
    });
    const refusals = await askPortalToReassign(session, 'frank', 'grace', ['a']);
    expect(calls).toBe(2);
    expect(refusals.size).toBe(0);
  });
});
