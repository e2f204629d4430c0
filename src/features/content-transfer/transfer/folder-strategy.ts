import type { ContentItem, FolderStrategy } from '../types';

/** The portal's name for the root folder in `targetFolderName`. */
export const ROOT_FOLDER_NAME = '/';

/**
 * The receiver's folder an item goes to. "Keep" uses the title of the item's own folder (root stays root);
 * `folderTitles` maps the owner's folder ids to titles.
 */
export function targetFolderName(item: Pick<ContentItem, 'id' | 'folderId'>, strategy: FolderStrategy, folderTitles: ReadonlyMap<string, string>): string {
  switch (strategy.kind) {
    case 'root':
      return ROOT_FOLDER_NAME;
    case 'existing':
    case 'new':
      return strategy.title.trim();
    case 'keep':
      return item.folderId === null ? ROOT_FOLDER_NAME : (folderTitles.get(item.folderId) ?? ROOT_FOLDER_NAME);
    case 'original':
      return strategy.folders.get(item.id) ?? ROOT_FOLDER_NAME;
  }
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Folders the receiver does not have yet, each once, in the order first needed. */
export function foldersToCreate(targetFolders: readonly string[], receiverFolderTitles: readonly string[]): string[] {
  const missing: string[] = [];
  for (const title of targetFolders) {
    if (title === ROOT_FOLDER_NAME) continue;
    if (receiverFolderTitles.some((existing) => sameName(existing, title))) continue;
    if (missing.some((planned) => sameName(planned, title))) continue;
    missing.push(title);
  }
  return missing;
}

/** A message naming the field when a folder choice cannot be used, else null. */
export function folderStrategyProblem(strategy: FolderStrategy, receiverFolderTitles: readonly string[]): string | null {
  if (strategy.kind === 'existing' && !receiverFolderTitles.some((title) => sameName(title, strategy.title))) {
    return 'Target folder: choose one of the receiver’s folders.';
  }
  if (strategy.kind === 'new') {
    const title = strategy.title.trim();
    if (!title) return 'New folder name: enter a name.';
    if (title.length > 255) return 'New folder name: use at most 255 characters.';
    if (/[/\\]/.test(title)) return 'New folder name: slashes are not allowed.';
    if (receiverFolderTitles.some((existing) => sameName(existing, title))) {
      return `New folder name: the receiver already has a folder “${title}”; choose it as an existing folder.`;
    }
  }
  return null;
}
