/** Name lists and catalogues used by the seed. Plain data. */
export const FIRST_NAMES: readonly string[] = [
  'James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'William', 'Elizabeth',
  'David', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen',
  'Daniel', 'Nancy', 'Matthew', 'Lisa', 'Anthony', 'Betty', 'Mark', 'Margaret', 'Steven', 'Sandra',
  'Paul', 'Ashley', 'Andrew', 'Emily', 'Joshua', 'Donna', 'Kevin', 'Michelle', 'Brian', 'Carol',
  'George', 'Amanda', 'Timothy', 'Melissa', 'Ronald', 'Deborah', 'Jason', 'Stephanie', 'Ryan', 'Rebecca',
  'Jacob', 'Laura', 'Gary', 'Sharon', 'Nicholas', 'Cynthia', 'Eric', 'Kathleen', 'Jonathan', 'Amy',
  'Zoë', 'José', 'Łukasz', 'Søren', 'Renée', 'Chloé', 'Björn', 'François', 'Ingrid', 'Mateo',
  'Sofía', 'Aiyana', 'Kwame', 'Amara', 'Chidi', 'Ngozi', 'Hiroshi', 'Yuki', 'Mei', 'Wei',
  'Priya', 'Arjun', 'Ananya', 'Rohan', 'Fatima', 'Omar', 'Layla', 'Yusuf', 'Leila', 'Hamid',
  'Olga', 'Dmitri', 'Katarzyna', 'Piotr', 'Agnieszka', 'Mikael', 'Astrid', 'Lars', 'Sigrid', 'Eero',
  'Siobhán', 'Niamh', 'Seán', 'Aoife', 'Dvora', 'Tomás', 'Inês', 'João', 'Thảo', 'Minh',
  'Kai', 'Noa', 'Malia', 'Keanu', 'Tariq', 'Zainab', 'Emre', 'Elif', 'Çağla', 'Gökhan',
];

export const LAST_NAMES: readonly string[] = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores',
  'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts',
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Kowalski', 'Nowak', 'Wiśniewski', 'Dvořák', 'Novák',
  'Øvergaard', 'Søndergaard', 'Johansson', 'Lindqvist', 'Virtanen', 'Korhonen', 'Ivanova', 'Petrov', 'Popescu', 'Horváth',
  'García', 'Fernández', 'Núñez', 'Peña', 'Gonçalves', 'Araújo', 'Rossi', 'Bianchi', 'Esposito', 'Colombo',
  "O'Brien", 'Murphy', 'Kelly', 'Byrne', 'MacLeod', 'Okafor', 'Adeyemi', 'Mensah', 'Owusu', 'Abebe',
  'Tanaka', 'Suzuki', 'Watanabe', 'Kim', 'Park', 'Choi', 'Chen', 'Wang', 'Li', 'Zhang',
  'Patel', 'Sharma', 'Singh', 'Kumar', 'Gupta', 'Khan', 'Haddad', 'Nasser', 'Yılmaz', 'Şahin',
  'Trần', 'Lê', 'Phạm', 'Kealoha', 'Nakamura', 'Begay', 'Yazzie', 'Tsosie', 'Dubois', 'Lefèvre',
];

export const DEPARTMENTS: readonly string[] = [
  'Public Works', 'Planning', 'Water Utilities', 'Transportation', 'Parks and Recreation', 'Emergency Management',
  'Police', 'Fire Rescue', 'Assessor', 'Building and Safety', 'Environmental Services', 'Information Technology',
  'Harbor Operations', 'Housing', 'Public Health', 'Economic Development',
];

export const USER_TAGS: readonly string[] = [
  'gis', 'field', 'analyst', 'editor', 'dashboards', 'survey123', 'field maps', 'utilities', 'planning', 'admin',
  'harbor', 'parcels', 'transportation', 'emergency', 'open data',
];

export type GroupSeed = {
  title: string;
  access: 'private' | 'org' | 'public';
  tags: readonly string[];
  snippet: string;
  /** Rough member count as a share of the organization, capped in the seed. */
  size: number;
  isInvitationOnly?: boolean;
  protected?: boolean;
};

export const GROUP_SEEDS: readonly GroupSeed[] = [
  { title: 'All Staff', access: 'org', tags: ['staff', 'announcements'], snippet: 'Everyone at Harbor City.', size: 0.4, protected: true },
  { title: 'GIS Team', access: 'org', tags: ['gis', 'core'], snippet: 'The central GIS team.', size: 0.02 },
  { title: 'GIS Administrators', access: 'private', tags: ['gis', 'admin'], snippet: 'Organization administrators.', size: 0.005, isInvitationOnly: true },
  { title: 'Help Desk', access: 'private', tags: ['support'], snippet: 'Member support and offboarding.', size: 0.004 },
  { title: 'Public Works Field Crews', access: 'org', tags: ['public works', 'field'], snippet: 'Field maps for crews.', size: 0.15 },
  { title: 'Water Utilities Editors', access: 'private', tags: ['water', 'editing'], snippet: 'Edit the water network.', size: 0.06 },
  { title: 'Stormwater Inspections', access: 'org', tags: ['stormwater', 'survey123'], snippet: 'Inspection forms and results.', size: 0.05 },
  { title: 'Emergency Operations Center', access: 'private', tags: ['emergency', 'eoc'], snippet: 'EOC activation resources.', size: 0.03, isInvitationOnly: true },
  { title: 'Emergency Management Public', access: 'public', tags: ['emergency', 'public'], snippet: 'Public emergency information.', size: 0.01 },
  { title: 'Planning Department', access: 'org', tags: ['planning', 'zoning'], snippet: 'Zoning, permits and land use.', size: 0.08 },
  { title: 'Parcel Editors', access: 'private', tags: ['parcels', 'editing'], snippet: 'Maintain the parcel fabric.', size: 0.01 },
  { title: 'Transportation Analysts', access: 'org', tags: ['transportation', 'analysis'], snippet: 'Traffic counts and safety.', size: 0.03 },
  { title: 'Parks and Recreation', access: 'org', tags: ['parks'], snippet: 'Parks assets and programs.', size: 0.05 },
  { title: 'Harbor Operations', access: 'org', tags: ['harbor', 'port'], snippet: 'Berths, cranes and vessel traffic.', size: 0.04 },
  { title: 'Open Data', access: 'public', tags: ['open data', 'hub'], snippet: 'Datasets shared with the public.', size: 0.01 },
  { title: 'Police Crime Analysts', access: 'private', tags: ['police', 'analysis'], snippet: 'Crime analysis products.', size: 0.01, isInvitationOnly: true },
  { title: 'Fire Rescue Preplans', access: 'private', tags: ['fire', 'preplans'], snippet: 'Building preplans.', size: 0.02 },
  { title: 'Assessor Data Exchange', access: 'private', tags: ['assessor', 'parcels'], snippet: 'Assessment roll extracts.', size: 0.005 },
  { title: 'Environmental Monitoring', access: 'org', tags: ['environment', 'sensors'], snippet: 'Air and water quality.', size: 0.02 },
  { title: 'IT Service Desk', access: 'org', tags: ['it', 'support'], snippet: 'IT service announcements.', size: 0.02 },
  { title: 'Dashboards Showcase', access: 'public', tags: ['dashboards'], snippet: 'Public dashboards.', size: 0.01 },
  { title: 'Field Maps Pilot', access: 'org', tags: ['field maps', 'pilot'], snippet: 'Testing Field Maps workflows.', size: 0.02 },
  { title: 'Survey123 Authors', access: 'org', tags: ['survey123'], snippet: 'People building surveys.', size: 0.015 },
  { title: 'Imagery and Lidar', access: 'org', tags: ['imagery', 'lidar'], snippet: 'Orthophotos and elevation.', size: 0.01 },
  { title: 'Housing Programs', access: 'org', tags: ['housing'], snippet: 'Affordable housing inventory.', size: 0.01 },
  { title: 'Public Health Surveillance', access: 'private', tags: ['health'], snippet: 'Case mapping.', size: 0.01, isInvitationOnly: true },
  { title: 'Economic Development', access: 'public', tags: ['economy', 'business'], snippet: 'Site selection and business data.', size: 0.005 },
  { title: 'Capital Projects', access: 'org', tags: ['projects', 'cip'], snippet: 'Capital improvement program.', size: 0.03 },
  { title: 'Street Lights', access: 'org', tags: ['street lights', 'assets'], snippet: 'Street light inventory.', size: 0.01 },
  { title: 'Snow and Ice Response', access: 'org', tags: ['winter', 'operations'], snippet: 'Plow routes and status.', size: 0.03 },
  { title: 'Community Engagement', access: 'public', tags: ['engagement', 'story maps'], snippet: 'Story maps for residents.', size: 0.005 },
  { title: 'Training and Onboarding', access: 'org', tags: ['training'], snippet: 'Courses and onboarding material.', size: 0.1 },
  { title: 'Data Stewards', access: 'private', tags: ['data', 'governance'], snippet: 'Authoritative data owners.', size: 0.01 },
  { title: 'Interns 2025', access: 'private', tags: ['interns'], snippet: 'Summer internship cohort.', size: 0.005 },
  { title: 'Elections', access: 'private', tags: ['elections', 'precincts'], snippet: 'Precincts and polling places.', size: 0.005 },
  { title: 'Trees and Urban Forestry', access: 'org', tags: ['trees', 'forestry'], snippet: 'Street tree inventory.', size: 0.01 },
  { title: 'Waste Collection Routes', access: 'org', tags: ['waste', 'routes'], snippet: 'Collection routes and days.', size: 0.02 },
  { title: 'Bike and Pedestrian Plan', access: 'public', tags: ['bike', 'transportation'], snippet: 'Active transportation plan.', size: 0.005 },
  { title: 'Archived Projects', access: 'private', tags: ['archive'], snippet: 'Content from finished projects.', size: 0.005 },
  { title: 'Harbor Security', access: 'private', tags: ['harbor', 'security'], snippet: 'Restricted port security layers.', size: 0.003, isInvitationOnly: true },
];

export const ITEM_TYPES: readonly { type: string; keywords: readonly string[]; url: boolean }[] = [
  { type: 'Web Map', keywords: ['ArcGIS Online', 'Explorer Web Map', 'Map', 'Online Map', 'Web Map'], url: false },
  { type: 'Feature Service', keywords: ['ArcGIS Server', 'Data', 'Feature Access', 'Feature Service', 'Hosted Service'], url: true },
  { type: 'Dashboard', keywords: ['Dashboard', 'Operations Dashboard'], url: false },
  { type: 'Web Mapping Application', keywords: ['JavaScript', 'Map', 'Mapping Site', 'Online Map', 'Web Map'], url: true },
  { type: 'StoryMap', keywords: ['StoryMap', 'storymapcollection'], url: false },
  { type: 'Form', keywords: ['Form', 'Survey123', 'Survey123 Hub'], url: false },
  { type: 'CSV', keywords: ['CSV'], url: false },
  { type: 'Vector Tile Service', keywords: ['Vector Tile Service', 'Hosted Service'], url: true },
  { type: 'PDF', keywords: ['Data', 'Document'], url: false },
  { type: 'Microsoft Excel', keywords: ['Data', 'Document', 'Microsoft Excel'], url: false },
];

export const ITEM_TOPICS: readonly string[] = [
  'Parcels', 'Hydrant Inspections', 'Storm Drains', 'Street Centerlines', 'Zoning Districts', 'Building Permits',
  'Park Assets', 'Traffic Counts', 'Crash Locations', 'Water Mains', 'Sewer Laterals', 'Street Trees',
  'Polling Places', 'Snow Routes', 'Berth Schedule', 'Flood Zones', 'Address Points', 'Bike Lanes',
  'Sidewalk Condition', 'Code Enforcement Cases', 'Pavement Ratings', 'Fire Stations', 'Evacuation Zones',
  'Bus Stops', 'Land Use', 'Street Lights', 'Noise Complaints', 'Air Quality Sensors',
];

export const FOLDER_NAMES: readonly string[] = [
  'Field Maps', 'Dashboards', 'Surveys', 'Archive', 'Working', 'Project Alpha', 'Public', 'Editing',
];

export type ItemTypeSeed = (typeof ITEM_TYPES)[number];

/** Files a hosted layer is published from (the `Service2Data` destination of a Feature Service). */
export const SOURCE_ITEM_TYPES: readonly ItemTypeSeed[] = [
  { type: 'CSV', keywords: ['CSV'], url: false },
  { type: 'File Geodatabase', keywords: ['File Geodatabase', 'Data'], url: false },
  { type: 'Shapefile', keywords: ['Shapefile', 'Data'], url: false },
];

/**
 * The departing member's inventory (`frank.departing`, see the emulator README): exactly 300 items,
 * 120 in the root folder and the rest in four folders. Folder names match the groups he owns.
 */
export const DEPARTING_FOLDERS: readonly { title: string; items: number }[] = [
  { title: 'Stormwater', items: 60 },
  { title: 'Snow Operations', items: 50 },
  { title: 'Street Lights', items: 40 },
  { title: 'Field Surveys', items: 30 },
];
export const DEPARTING_ROOT_ITEMS = 120;
/** Groups `frank.departing` owns (four existing seeded groups). */
export const DEPARTING_OWNED_GROUPS: readonly string[] = ['Stormwater Inspections', 'Snow and Ice Response', 'Street Lights', 'Data Stewards'];
/** Other groups he belongs to and shares items with. */
export const DEPARTING_MEMBER_GROUPS: readonly string[] = ['All Staff', 'Public Works Field Crews', 'Planning Department'];
/** Groups `grace.receiver` belongs to: some of frank's, not all. */
export const RECEIVER_GROUPS: readonly string[] = ['All Staff', 'GIS Team', 'Stormwater Inspections', 'Street Lights', 'Planning Department'];
