import { ArcGISRequestError } from '@esri/arcgis-rest-request';
import { describe, expect, it } from 'vitest';

import { isTransientError } from '@/lib/arcgis/arcgis-error';

import { portalReason } from './content-api';

const refusal = (message: string, details: unknown[]) => new ArcGISRequestError(message, 400, { error: { code: 400, message, details } });

describe('portalReason', () => {
  it('gives the portal’s message, with text details but not the detail objects', () => {
    const groups = refusal('Unable to reassign item. Target user is not a member of the group the item is shared to: All Staff.', [
      { itemId: 'a1', groupId: 'g1', groupTitle: 'All Staff' },
    ]);
    expect(portalReason(groups)).toBe('Unable to reassign item. Target user is not a member of the group the item is shared to: All Staff.');
    expect(portalReason(refusal('Unable to create folder.', ['grace already has a folder named Roads.']))).toBe(
      'Unable to create folder. grace already has a folder named Roads.',
    );
  });

  it('keeps refusals permanent and busy answers transient', () => {
    expect(isTransientError(refusal('Unable to reassign item.', []))).toBe(false);
    expect(isTransientError(new ArcGISRequestError('Service Unavailable', 'HTTP 503 Service Unavailable'))).toBe(true);
  });
});
