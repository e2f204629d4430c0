import { describe, expect, it } from 'vitest';

import { folderStrategyProblem, foldersToCreate, ROOT_FOLDER_NAME, targetFolderName } from './folder-strategy';

const titles = new Map([
  ['f1', 'Field Maps'],
  ['f2', 'Archive'],
]);

describe('targetFolderName', () => {
  it('keeps the original folder names, root staying root', () => {
    expect(targetFolderName({ id: 'i1', folderId: 'f1' }, { kind: 'keep' }, titles)).toBe('Field Maps');
    expect(targetFolderName({ id: 'i1', folderId: null }, { kind: 'keep' }, titles)).toBe(ROOT_FOLDER_NAME);
  });

  it('sends everything to one folder for existing and new', () => {
    expect(targetFolderName({ id: 'i1', folderId: 'f2' }, { kind: 'new', title: ' From Frank ' }, titles)).toBe('From Frank');
    expect(targetFolderName({ id: 'i1', folderId: null }, { kind: 'existing', title: 'Maps' }, titles)).toBe('Maps');
    expect(targetFolderName({ id: 'i1', folderId: 'f1' }, { kind: 'root' }, titles)).toBe(ROOT_FOLDER_NAME);
  });

  it('puts each item back in the folder it came from when a transfer is undone, the root when none was recorded', () => {
    const original = {
      kind: 'original' as const,
      folders: new Map([
        ['i1', 'Projects'],
        ['i2', ROOT_FOLDER_NAME],
      ]),
    };
    expect(targetFolderName({ id: 'i1', folderId: 'f2' }, original, titles)).toBe('Projects');
    expect(targetFolderName({ id: 'i2', folderId: 'f2' }, original, titles)).toBe(ROOT_FOLDER_NAME);
    expect(targetFolderName({ id: 'i3', folderId: 'f2' }, original, titles)).toBe(ROOT_FOLDER_NAME);
  });
});

describe('foldersToCreate', () => {
  it('lists each missing folder once, ignoring case and the root', () => {
    expect(foldersToCreate(['Archive', '/', 'archive', 'Field Maps', 'New'], ['field maps'])).toEqual(['Archive', 'New']);
  });
});

describe('folderStrategyProblem', () => {
  it('names the field for bad folder choices', () => {
    expect(folderStrategyProblem({ kind: 'new', title: '  ' }, [])).toMatch(/^New folder name/);
    expect(folderStrategyProblem({ kind: 'new', title: 'a/b' }, [])).toMatch(/slashes/);
    expect(folderStrategyProblem({ kind: 'new', title: 'Maps' }, ['maps'])).toMatch(/already has/);
    expect(folderStrategyProblem({ kind: 'existing', title: 'Gone' }, ['Maps'])).toMatch(/^Target folder/);
    expect(folderStrategyProblem({ kind: 'existing', title: 'Maps' }, ['Maps'])).toBeNull();
    expect(folderStrategyProblem({ kind: 'keep' }, [])).toBeNull();
  });
});
