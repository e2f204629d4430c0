/** Downloadable examples of each layout the portal documents, with the optional columns Roster reads. */
export const memberFileTemplates = [
  {
    label: 'Built-in accounts (CSV)',
    fileName: 'members-builtin.csv',
    content:
      'First Name,Last Name,Email,Username,Password,Role,User Type,Groups,Description\r\n' +
      'Jon,Cho,jcho@example.org,jcho11,Change.Me2026,User,Creator,Field Crew,GIS analyst\r\n',
  },
  {
    label: 'SAML accounts (CSV)',
    fileName: 'members-saml.csv',
    content: 'First Name,Last Name,Email,Username,Role,User Type,Groups\r\nJon,Cho,jcho@example.org,jcho11,Viewer,Viewer,\r\n',
  },
  {
    label: 'Enterprise accounts (CSV)',
    fileName: 'members-enterprise.csv',
    content: 'Username,Role\r\ndomain\\jcho11,publisher\r\n',
  },
  {
    label: 'CreateUsers, built-in (TXT)',
    fileName: 'createusers-builtin.txt',
    content: 'jcho11|Change.Me2026|jcho@example.org|Jon Cho|user|GIS analyst\r\n',
  },
  {
    label: 'CreateUsers, enterprise (TXT)',
    fileName: 'createusers-enterprise.txt',
    content: 'jcho11@DOMAIN|jcho@example.org|Jon Cho|user|GIS analyst|jcho@example.org\r\n',
  },
] as const;
