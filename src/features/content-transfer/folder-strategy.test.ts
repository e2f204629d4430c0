import { describe, expect, it } from 'vitest';

import { folderStrategyProblem, foldersToCreate, ROOT_FOLDER_NAME, targetFolderName } from './folder-strategy';

const titles = new Map([['f1', 'Field Maps'], ['f2', 'Archive']]);

describe('targetFolderName', () => {
  it('keeps the original folder names, root staying root', () => {
    expect(targetFolderName({ folderId: 'f1' }, { kind: 'keep' }, titles)).toBe('Field Maps');
    expect(targetFolderName({ folderId: null }, { kind: 'keep' }, titles)).toBe(ROOT_FOLDER_NAME);
  });

  it('sends everything to one folder for existing and new', () => {
    expect(targetFolderName({ folderId: 'f2' }, { kind: 'new', title: ' From Frank ' }, titles)).toBe('From Frank');
    expect(targetFolderName({ folderId: null }, { kind: 'existing', title: 'Maps' }, titles)).toBe('Maps');
    expect(targetFolderName({ folderId: 'f1' }, { kind: 'root' }, titles)).toBe(ROOT_FOLDER_NAME);
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
