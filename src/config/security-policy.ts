/**
 * Roster's content security policy and the other security headers, in one place: the build writes the policy into
 * index.html (`<meta>`, for any static host) and ships the headers as files for common hosts, the Vite servers send
 * them, and the app narrows the policy to the configured portals once it has read config.json.
 * No imports: vite.config.ts reads this file too.
 */
type Policy = Record<string, readonly string[]>;

const basePolicy: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  // MUI (emotion) adds <style> elements and the data grid sets style attributes at run time; styles cannot run script.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https:', 'http:'],
  'font-src': ["'self'", 'data:'],
  // The portals are named in config.json, read at run time, so the page's first policy cannot name them; once it
  // has read them, the app adds `portalPolicy`, and a browser enforces both (each request must pass every policy).
  'connect-src': ["'self'", 'https:', 'http:'],
  'form-action': ["'self'", 'https:', 'http:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
};

function serialize(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/** The policy index.html carries. `frame-ancestors` is ignored in a `<meta>` policy: only a header can carry it. */
export const metaContentSecurityPolicy = serialize(basePolicy);

/**
 * What a host sends with every Roster file. Development adds what Vite's dev server needs: the React refresh
 * preamble is an inline script.
 */
export function securityHeaders(mode: 'production' | 'development' = 'production'): Record<string, string> {
  const policy: Policy = {
    ...basePolicy,
    ...(mode === 'development' ? { 'script-src': ["'self'", "'unsafe-inline'"] } : {}),
    'frame-ancestors': ["'none'"],
  };
  return {
    'Content-Security-Policy': serialize(policy),
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    // The OAuth callback's address carries the code until the app clears it: never send it on.
    'Referrer-Policy': 'no-referrer',
  };
}

/** The second policy: requests, images and form posts only to Roster itself and the portals config.json names. */
export function portalContentSecurityPolicy(portalUrls: readonly string[]): string {
  const origins = [...new Set(portalUrls.map((url) => new URL(url).origin))];
  return serialize({
    'connect-src': ["'self'", ...origins],
    'img-src': ["'self'", 'data:', 'blob:', ...origins],
    'form-action': ["'self'", ...origins],
  });
}

/** The headers as Netlify's and Cloudflare Pages' `_headers` file. */
export function headersFile(headers: Record<string, string>): string {
  return ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}

/** The headers as nginx `add_header` lines, for the `server` or `location` block that serves Roster. */
export function nginxHeaders(headers: Record<string, string>): string {
  return `${Object.entries(headers)
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n')}\n`;
}

/** The headers as an IIS `web.config` next to index.html. */
export function iisWebConfig(headers: Record<string, string>): string {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const lines = Object.entries(headers).map(([name, value]) => `        <add name="${name}" value="${escape(value)}" />`);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<configuration>',
    '  <system.webServer>',
    '    <httpProtocol>',
    '      <customHeaders>',
    ...lines,
    '      </customHeaders>',
    '    </httpProtocol>',
    '  </system.webServer>',
    '</configuration>',
    '',
  ].join('\n');
}
