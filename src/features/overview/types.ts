import type { UserTypeSeats } from './seats';

export type RoleCount = { key: string; name: string; count: number };
export type RecencyCount = { key: string; label: string; count: number; href: string };
export type NewMember = { username: string; fullName: string; created: number };
export type OrganizationCounts = { members: number; disabled: number; groups: number; pendingInvitations: number };
export type { UserTypeSeats };
