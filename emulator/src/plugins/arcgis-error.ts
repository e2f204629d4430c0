/** ArcGIS error bodies. They are sent with HTTP 200: rest-js only refreshes tokens on 498/499 in a 200 body. */
export type ArcgisErrorBody = {
  code: number;
  messageCode?: string;
  error?: string;
  error_description?: string;
  message: string;
  details: unknown[];
};

export class ArcgisError extends Error {
  override name = 'ArcgisError';
  constructor(readonly body: ArcgisErrorBody) {
    super(body.message);
  }
}

export const FORBIDDEN_MESSAGE = 'You do not have permissions to access this resource or perform this operation.';

export const arcgisErrors = {
  invalidToken: () => new ArcgisError({ code: 498, message: 'Invalid token.', details: [] }),
  tokenRequired: () => new ArcgisError({ code: 499, message: 'Token Required', messageCode: 'GWM_0003', details: ['Token Required'] }),
  forbidden: () => new ArcgisError({ code: 403, messageCode: 'GWM_0003', message: FORBIDDEN_MESSAGE, details: [] }),
  badRequest: (message: string, details: unknown[] = []) => new ArcgisError({ code: 400, message, details }),
  userNotFound: () => new ArcgisError({ code: 400, message: 'User does not exist or is inaccessible.', details: [] }),
  groupNotFound: () => new ArcgisError({ code: 400, message: 'Group does not exist or is inaccessible.', details: [] }),
  invalidUrl: () => new ArcgisError({ code: 400, message: 'Invalid URL', details: [] }),
  /** The OAuth token endpoint's shape: `error`/`error_description` next to `message`. */
  oauth: (code: number, error: string, description: string) =>
    new ArcgisError({ code, error, error_description: description, message: description, details: [] }),
};
