import { portalContentSecurityPolicy } from '@/config/security-policy';

/**
 * Whether this page is shown inside another page's frame. A host may not send `frame-ancestors` or
 * `X-Frame-Options`, so Roster checks for itself: framed, it shows nothing an attacker could steer clicks onto.
 */
export function isFramed(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    return true; // a cross-origin parent may not even be compared
  }
}

/**
 * Adds the policy that limits requests, images and form posts to Roster and the configured portals. A `<meta>` policy
 * added by script is enforced from then on, on top of the one index.html carries.
 */
export function restrictToPortals(portalUrls: readonly string[]): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = portalContentSecurityPolicy(portalUrls);
  document.head.append(meta);
}
