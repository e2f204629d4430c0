import { describe, expect, it } from 'vitest';

import { headersFile, iisWebConfig, metaContentSecurityPolicy, nginxHeaders, portalContentSecurityPolicy, securityHeaders } from './security-policy';

const directives = (policy: string) => new Map(policy.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)]));

describe('the content security policy', () => {
  it('allows scripts and workers only from Roster itself, no plugins, no <base> elsewhere', () => {
    const policy = directives(metaContentSecurityPolicy);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    // Only a header can forbid framing; a <meta> policy would ignore it.
    expect(policy.has('frame-ancestors')).toBe(false);
  });

  it('as headers, forbids framing twice over, and relaxes scripts only for the dev server', () => {
    const production = securityHeaders('production');
    expect(directives(production['Content-Security-Policy'] ?? '').get('frame-ancestors')).toEqual(["'none'"]);
    expect(production['X-Frame-Options']).toBe('DENY');
    expect(directives(production['Content-Security-Policy'] ?? '').get('script-src')).toEqual(["'self'"]);
    expect(directives(securityHeaders('development')['Content-Security-Policy'] ?? '').get('script-src')).toContain("'unsafe-inline'");
  });

  it('narrows requests and form posts to Roster and the configured portals, once each', () => {
    const policy = directives(
      portalContentSecurityPolicy([
        'https://harbor.maps.arcgis.com/sharing/rest',
        'https://gis.example.org/portal/sharing/rest',
        'https://gis.example.org/other/sharing/rest',
      ]),
    );
    expect(policy.get('connect-src')).toEqual(["'self'", 'https://harbor.maps.arcgis.com', 'https://gis.example.org']);
    expect(policy.get('form-action')).toEqual(["'self'", 'https://harbor.maps.arcgis.com', 'https://gis.example.org']);
  });

  it('is written out for Netlify/Cloudflare, nginx and IIS with the same values', () => {
    const headers = securityHeaders('production');
    const csp = headers['Content-Security-Policy'] ?? '';
    expect(headersFile(headers)).toContain(`  Content-Security-Policy: ${csp}\n`);
    expect(nginxHeaders(headers)).toContain(`add_header X-Frame-Options "DENY" always;`);
    expect(iisWebConfig(headers)).toContain(`<add name="Content-Security-Policy" value="${csp.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" />`);
  });
});
