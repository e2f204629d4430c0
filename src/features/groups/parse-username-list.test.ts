import { describe, expect, it } from 'vitest';

import { parseUsernameList } from './parse-username-list';

describe('parseUsernameList', () => {
  it('splits on newlines, commas, semicolons, tabs and spaces', () => {
    expect(parseUsernameList('ana.lima\nben.okafor, carla.rossi;dan.ng\teva.schmidt  HC\\kim.lee\r\n').usernames).toEqual([
      'ana.lima',
      'ben.okafor',
      'carla.rossi',
      'dan.ng',
      'eva.schmidt',
      'HC\\kim.lee',
    ]);
  });

  it('drops repeats case-insensitively and reports them', () => {
    expect(parseUsernameList('ana.lima, ANA.LIMA\nben.okafor\nana.lima')).toEqual({
      usernames: ['ana.lima', 'ben.okafor'],
      duplicates: ['ANA.LIMA', 'ana.lima'],
    });
  });

  it('strips quotes left by spreadsheets and ignores empty entries', () => {
    expect(parseUsernameList('"ana.lima",,\'ben.okafor\'\n\n,').usernames).toEqual(['ana.lima', 'ben.okafor']);
    expect(parseUsernameList('  \n ,').usernames).toEqual([]);
  });
});
