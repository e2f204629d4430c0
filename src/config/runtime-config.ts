export type PortalConfig = { label: string; portalUrl: string; clientId: string };
export type RuntimeConfig = { portals: PortalConfig[] };

/** Validates the JSON of `config.json`; throws an Error that names the bad field. */
export function parseRuntimeConfig(json: unknown): RuntimeConfig {
  if (!isRecord(json) || !Array.isArray(json.portals) || json.portals.length === 0) {
    throw new Error('config.json must have a non-empty "portals" list.');
  }
  const portals = json.portals.map((entry: unknown, index): PortalConfig => {
    const where = `config.json portals[${String(index)}]`;
    if (!isRecord(entry)) throw new Error(`${where} must be an object.`);
    const { label, portalUrl, clientId } = entry;
    if (typeof label !== 'string' || !label.trim()) throw new Error(`${where}.label is missing.`);
    if (typeof clientId !== 'string' || !clientId.trim()) throw new Error(`${where}.clientId is missing.`);
    if (typeof portalUrl !== 'string' || !/^https?:\/\/[^/]+\/.*sharing\/rest\/?$/i.test(portalUrl.trim())) {
      throw new Error(`${where}.portalUrl must be the portal's Sharing REST root, ending in /sharing/rest.`);
    }
    // rest-js matches its own portal URL by prefix, so it must not end in a slash.
    return { label: label.trim(), clientId: clientId.trim(), portalUrl: portalUrl.trim().replace(/\/$/, '') };
  });
  return { portals };
}

/** Fetches `config.json` next to index.html, so a deployment can be re-pointed without a rebuild. */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`Could not load config.json (HTTP ${String(response.status)}).`);
  return parseRuntimeConfig(await response.json());
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
