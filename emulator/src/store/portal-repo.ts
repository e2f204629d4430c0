import { ORG_NAME, ORG_URL_KEY } from './seed';
import type { Store } from './store';

export type OrgInfo = { id: string; name: string; urlKey: string; created: number };
export type UserDefaults = {
  role: string;
  userLicenseType: string;
  groups: string[];
  userType: string;
  apps: unknown[];
  appBundles: unknown[];
  categories: unknown[];
};

export function orgInfo(store: Store): OrgInfo {
  return {
    id: store.meta('orgId') ?? '',
    name: ORG_NAME,
    urlKey: ORG_URL_KEY,
    created: Number(store.meta('orgCreated') ?? 0),
  };
}

export function userDefaults(store: Store): UserDefaults {
  return JSON.parse(store.meta('userDefaults') ?? '{}') as UserDefaults;
}
