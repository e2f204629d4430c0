import { describe, expect, it } from 'vitest';

import { createGroupResolver, createRoleResolver, createUserTypeResolver, isLegacyRoleValue } from './resolve-member-references';
import type { ImportRole } from './types';

const roles: ImportRole[] = [
  { id: 'org_admin', name: 'Administrator', role: 'org_admin' },
  { id: 'org_publisher', name: 'Publisher', role: 'org_publisher' },
  { id: 'org_user', name: 'User', role: 'org_user' },
  { id: 'iAAAAAAAAAAAAAAA', name: 'Viewer', role: 'org_user' },
  { id: 'iBBBBBBBBBBBBBBB', name: 'Data Editor', role: 'org_user' },
  { id: 'hD3sK9pQ2wE5rT7y', name: 'Help  Desk', role: 'org_user' },
  { id: 'aDm1nC5t0mR0l3zz', name: 'Admin', role: 'org_admin' },
];

describe('createRoleResolver', () => {
  const resolve = createRoleResolver(roles);

  it.each([
    ['org_user', 'org_user'],
    ['user', 'org_user'],
    ['USER', 'org_user'],
    ['publisher', 'org_publisher'],
    ['org_publisher', 'org_publisher'],
    ['administrator', 'org_admin'],
    ['org_admin', 'org_admin'],
    ['Viewer', 'iAAAAAAAAAAAAAAA'],
    ['viewer', 'iAAAAAAAAAAAAAAA'],
    ['data editor', 'iBBBBBBBBBBBBBBB'],
    ['Data_Editor', 'iBBBBBBBBBBBBBBB'],
    ['iBBBBBBBBBBBBBBB', 'iBBBBBBBBBBBBBBB'],
    ['help desk', 'hD3sK9pQ2wE5rT7y'],
    [' hD3sK9pQ2wE5rT7y ', 'hD3sK9pQ2wE5rT7y'],
  ])('%j → %s', (value, id) => {
    expect(resolve(value)?.id).toBe(id);
  });

  it('prefers a custom role named like a legacy value over the legacy meaning', () => {
    expect(resolve('admin')?.id).toBe('aDm1nC5t0mR0l3zz');
  });

  it('refuses unknown values, and legacy values whose role the organization lacks', () => {
    expect(resolve('nosuchrole')).toBeUndefined();
    expect(resolve('')).toBeUndefined();
    expect(createRoleResolver(roles.slice(0, 3))('viewer')).toBeUndefined();
  });

  it('knows the legacy values', () => {
    expect(isLegacyRoleValue('Publisher')).toBe(true);
    expect(isLegacyRoleValue('Data Editor')).toBe(true);
    expect(isLegacyRoleValue('Barbara Williams')).toBe(false);
    expect(isLegacyRoleValue('constructor')).toBe(false);
  });
});

describe('createUserTypeResolver', () => {
  const resolve = createUserTypeResolver([
    { id: 'creatorUT', name: 'Creator', seatsLeft: 3, compatibleRoleIds: [] },
    { id: 'GISProfessionalAdvUT', name: 'GIS Professional Advanced', seatsLeft: 1, compatibleRoleIds: [] },
  ]);

  it('resolves ids and display names without regard to case', () => {
    expect(resolve('creatorUT')?.id).toBe('creatorUT');
    expect(resolve('CREATORUT')?.id).toBe('creatorUT');
    expect(resolve('creator')?.id).toBe('creatorUT');
    expect(resolve('gis professional  advanced')?.id).toBe('GISProfessionalAdvUT');
    expect(resolve('Mobile Worker')).toBeUndefined();
  });
});

describe('createGroupResolver', () => {
  const resolve = createGroupResolver([
    { id: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6', title: 'Field Crew' },
    { id: 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0', title: 'Parks' },
    { id: 'e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0', title: 'parks' },
  ]);

  it('resolves titles (case-insensitive) and ids', () => {
    expect(resolve('field crew')).toEqual({ group: { id: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6', title: 'Field Crew' } });
    expect(resolve('F0F0F0F0F0F0F0F0F0F0F0F0F0F0F0F0')).toMatchObject({ group: { title: 'Parks' } });
  });

  it('reports a title several groups share, and unknown groups', () => {
    expect(resolve('Parks')).toEqual({ ambiguous: 2 });
    expect(resolve('Trails')).toBeUndefined();
  });
});
