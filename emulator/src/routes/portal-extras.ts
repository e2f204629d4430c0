import type { FastifyInstance } from 'fastify';

import { assertPortalId } from './common';
import type { EmulatorContext } from '../plugins/context';
import { restRoute } from '../plugins/rest-route';
import { purchasesOf } from '../store/addon-purchases';
import { orgAppBundles } from '../store/app-bundles';
import { readPaging } from '../store/paging';

/**
 * `portals/languages`: a bare JSON array of `{language, culture, localizedName}` (DOC languages). The entries are the
 * languages of the documented example and of the portal content-languages table.
 */
export const PORTAL_LANGUAGES: readonly { language: string; culture: string; localizedName: string }[] = [
  { language: 'Arabic', culture: 'ar', localizedName: 'عربي' },
  { language: 'Bosnian', culture: 'bs', localizedName: 'Bosanski' },
  { language: 'Bulgarian', culture: 'bg', localizedName: 'Български' },
  { language: 'Simplified Chinese', culture: 'zh-CN', localizedName: '简体中文' },
  { language: 'Catalan', culture: 'ca', localizedName: 'Català' },
  { language: 'Croatian', culture: 'hr', localizedName: 'Hrvatski' },
  { language: 'Czech', culture: 'cs', localizedName: 'Čeština' },
  { language: 'Danish', culture: 'da', localizedName: 'Dansk' },
  { language: 'Dutch', culture: 'nl', localizedName: 'Nederlands' },
  { language: 'English', culture: 'en', localizedName: 'English' },
  { language: 'Estonian', culture: 'et', localizedName: 'Eesti' },
  { language: 'Finnish', culture: 'fi', localizedName: 'Suomi' },
  { language: 'French', culture: 'fr', localizedName: 'Français' },
  { language: 'German', culture: 'de', localizedName: 'Deutsch' },
  { language: 'Greek', culture: 'el', localizedName: 'Ελληνικά' },
  { language: 'Hebrew', culture: 'he', localizedName: 'עברית' },
  { language: 'Hungarian', culture: 'hu', localizedName: 'Magyar' },
  { language: 'Indonesian', culture: 'id', localizedName: 'Bahasa Indonesia' },
  { language: 'Italian', culture: 'it', localizedName: 'Italiano' },
  { language: 'Japanese', culture: 'ja', localizedName: '日本語' },
  { language: 'Korean', culture: 'ko', localizedName: '한국어' },
  { language: 'Latvian', culture: 'lv', localizedName: 'Latviešu' },
  { language: 'Lithuanian', culture: 'lt', localizedName: 'Lietuvių' },
  { language: 'Norwegian', culture: 'nb', localizedName: 'Norsk' },
  { language: 'Polish', culture: 'pl', localizedName: 'Polski' },
  { language: 'Portuguese (Brazil)', culture: 'pt-BR', localizedName: 'Português (Brasil)' },
  { language: 'Portuguese (Portugal)', culture: 'pt-PT', localizedName: 'Português (Portugal)' },
  { language: 'Romanian', culture: 'ro', localizedName: 'Română' },
  { language: 'Russian', culture: 'ru', localizedName: 'Русский' },
  { language: 'Serbian', culture: 'sr', localizedName: 'Srpski' },
  { language: 'Slovak', culture: 'sk', localizedName: 'Slovenčina' },
  { language: 'Slovenian', culture: 'sl', localizedName: 'Slovenščina' },
  { language: 'Spanish', culture: 'es', localizedName: 'Español' },
  { language: 'Swedish', culture: 'sv', localizedName: 'Svenska' },
  { language: 'Thai', culture: 'th', localizedName: 'ไทย' },
  { language: 'Traditional Chinese (Hong Kong)', culture: 'zh-HK', localizedName: '繁體中文 (香港)' },
  { language: 'Traditional Chinese (Taiwan)', culture: 'zh-TW', localizedName: '繁體中文 (台灣)' },
  { language: 'Turkish', culture: 'tr', localizedName: 'Türkçe' },
  { language: 'Ukrainian', culture: 'uk', localizedName: 'Українська' },
  { language: 'Vietnamese', culture: 'vi', localizedName: 'Tiếng Việt' },
];

/**
 * Portal resources the Python API reads on its way to a write: `portals/languages` (before every profile update),
 * `portals/self/purchases` and `portals/self/appBundles` (before deleting a member, to revoke licences). This
 * organization bought the add-on licences of `store/addon-licenses.ts`; its app bundles are `store/app-bundles.ts`'s.
 */
export function registerPortalExtrasRoutes(app: FastifyInstance, context: EmulatorContext): void {
  // A static path, so `portals/:portalId` no longer takes "languages" for a portal id. Anyone may read it.
  restRoute(app, context, 'portals/languages', () => PORTAL_LANGUAGES.map((entry) => ({ ...entry })), 'optional');

  restRoute(app, context, 'portals/:portalId/purchases', ({ path }) => {
    assertPortalId(context, path.portalId);
    return { purchases: purchasesOf(context), trials: [], interests: [] };
  });

  restRoute(app, context, 'portals/:portalId/appBundles', ({ params, path }) => {
    assertPortalId(context, path.portalId);
    const paging = readPaging(params.get('start'), params.get('num'));
    // PY reads `appBundleItemId` and `name`. No document shows the listing's other fields: the bundle's `id` and `apps`
    // (as DOC user-app-bundles shows a member's) are added only with `--extensions`.
    const bundles = orgAppBundles(context).map((bundle) => ({
      appBundleItemId: bundle.itemId,
      ...(context.config.extensions ? { id: bundle.itemId } : {}),
      name: bundle.name,
      ...(context.config.extensions ? { apps: bundle.apps.map((entry) => ({ ...entry, entitlements: [...entry.entitlements] })) } : {}),
    }));
    return { total: bundles.length, start: paging.start, num: paging.num, nextStart: -1, appBundles: bundles };
  });
}
