import { toAppError } from '@/lib/arcgis/arcgis-error';
import type { PortalSession } from '@/lib/arcgis/portal-session';

import { get } from './portal-request';
import { type CategoryOption, categoryOptions } from '../member-page/member-categories';

/**
 * The organization's member category tree (DOC member-category-schema), as picker options; `[]` when the organization
 * has none. A portal without the resource (ArcGIS Enterprise before 11.0) answers with an error, which is thrown.
 */
export async function fetchMemberCategoryOptions(session: PortalSession, signal?: AbortSignal): Promise<CategoryOption[]> {
  try {
    const answer = await get<{ memberCategorySchema?: unknown }>(session, `${session.portal}/portals/self/memberCategorySchema`, {}, signal);
    return categoryOptions(answer.memberCategorySchema);
  } catch (error) {
    throw toAppError(error);
  }
}
