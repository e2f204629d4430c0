export const paths = {
  home: { path: '/', href: () => '/' },
  signIn: {
    path: '/signin',
    href: (returnTo?: string, reason?: 'expired' | 'signed-out') => {
      const params = new URLSearchParams();
      if (returnTo && returnTo !== '/') params.set('returnTo', returnTo);
      if (reason) params.set('reason', reason);
      const query = params.toString();
      return query ? `/signin?${query}` : '/signin';
    },
  },
  authCallback: { path: '/auth/callback', href: () => '/auth/callback' },
  members: { path: '/members', href: () => '/members' },
  memberAdd: { path: '/members/add', href: () => '/members/add' },
  membersImport: { path: '/members/import', href: () => '/members/import' },
  membersAddEnterprise: { path: '/members/add-enterprise', href: () => '/members/add-enterprise' },
  memberInvitations: { path: '/members/invitations', href: () => '/members/invitations' },
  membersInactive: { path: '/members/inactive', href: () => '/members/inactive' },
  member: { path: '/members/:username', href: (username: string) => `/members/${encodeURIComponent(username)}` },
  memberOffboard: {
    path: '/members/:username/offboard',
    href: (username: string) => `/members/${encodeURIComponent(username)}/offboard`,
  },
  content: { path: '/content/:username', href: (username: string) => `/content/${encodeURIComponent(username)}` },
  overview: { path: '/overview', href: () => '/overview' },
  roles: { path: '/roles', href: () => '/roles' },
  licenses: { path: '/licenses', href: () => '/licenses' },
  approvals: { path: '/approvals', href: () => '/approvals' },
  approval: { path: '/approvals/:planId', href: (planId: string) => `/approvals/${encodeURIComponent(planId)}` },
  history: { path: '/history', href: (member?: string) => (member ? `/history?${new URLSearchParams({ member }).toString()}` : '/history') },
  historyRun: { path: '/history/:runId', href: (runId: string) => `/history/${encodeURIComponent(runId)}` },
  roleNew: {
    path: '/roles/new',
    href: (templateKey?: string) => (templateKey ? `/roles/new?${new URLSearchParams({ template: templateKey }).toString()}` : '/roles/new'),
  },
  role: { path: '/roles/:roleId', href: (roleId: string) => `/roles/${encodeURIComponent(roleId)}` },
  roleEdit: { path: '/roles/:roleId/edit', href: (roleId: string) => `/roles/${encodeURIComponent(roleId)}/edit` },
  groups: { path: '/groups', href: () => '/groups' },
  groupsAddByKeyword: { path: '/groups/add-members', href: () => '/groups/add-members' },
  group: { path: '/groups/:groupId', href: (groupId: string) => `/groups/${encodeURIComponent(groupId)}` },
} as const;
