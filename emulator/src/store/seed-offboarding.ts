/**
 * The content of the two fixed offboarding members: `frank.departing` (300 items in the root folder and
 * four folders, shared to his own and other groups, hosted layers with their source files) and
 * `grace.receiver` (a little content, including a folder named like one of frank's). Built with its own
 * random stream, so the inventory is the same for every seed number and does not disturb the rest of
 * the seeded organization.
 */
import { createRandom } from './random';
import { DEPARTING_FOLDERS, DEPARTING_ROOT_ITEMS, ITEM_TOPICS, ITEM_TYPES, SOURCE_ITEM_TYPES, USER_TAGS, type ItemTypeSeed } from './seed-data';

export type SeedFolder = { id: string; username: string; title: string; created: number };
export type SeedItem = {
  id: string;
  owner: string;
  folderId: string | null;
  title: string;
  type: ItemTypeSeed;
  tags: string[];
  access: string;
  created: number;
  modified: number;
  size: number;
  views: number;
  groups: string[];
};
export type SeedRelationship = { originId: string; destinationId: string; type: 'Service2Data' };
export type SeedContent = { folders: SeedFolder[]; items: SeedItem[]; relationships: SeedRelationship[] };

type Owner = { username: string; created: number };
type Group = { id: string; title: string };

const DAY = 86_400_000;
const FEATURE_SERVICE = ITEM_TYPES.find((t) => t.type === 'Feature Service') as ItemTypeSeed;
/** Every 10th item slot of frank's holds a hosted layer and, right after it, its source file. */
const PAIR_EVERY = 10;

const TYPE_WORDS: Readonly<Record<string, string>> = {
  'Web Map': 'Map',
  'Feature Service': 'Layer',
  Dashboard: 'Dashboard',
  'Web Mapping Application': 'App',
  StoryMap: 'Story',
  Form: 'Survey',
  CSV: 'Table',
  'Vector Tile Service': 'Tiles',
  PDF: 'Report',
  'Microsoft Excel': 'Workbook',
  'File Geodatabase': 'Geodatabase',
  Shapefile: 'Shapefile',
};

function titleFor(topic: string, type: ItemTypeSeed, year: number): string {
  return `${topic} ${TYPE_WORDS[type.type] ?? type.type} ${String(year)}`;
}

/** Frank's inventory: exactly 300 items, and his sharing to `ownedGroups` and `otherGroups`. */
export function departingContent(owner: Owner, ownedGroups: readonly Group[], otherGroups: readonly Group[], now: number): SeedContent {
  const rng = createRandom(0x0ff_b0a2d);
  const folders: SeedFolder[] = DEPARTING_FOLDERS.map((folder, index) => ({
    id: rng.hex(32),
    username: owner.username,
    title: folder.title,
    created: owner.created + (index + 1) * 30 * DAY,
  }));
  const slots: (string | null)[] = [
    ...Array.from({ length: DEPARTING_ROOT_ITEMS }, () => null),
    ...DEPARTING_FOLDERS.flatMap((folder, index) => Array.from({ length: folder.items }, () => folders[index]?.id ?? null)),
  ];
  const shareable = [...ownedGroups, ...otherGroups];
  const items: SeedItem[] = [];
  const relationships: SeedRelationship[] = [];
  slots.forEach((folderId, index) => {
    const topic = ITEM_TOPICS[index % ITEM_TOPICS.length] ?? 'Parcels';
    const year = 2019 + (Math.floor(index / ITEM_TOPICS.length) % 7);
    const previous = items.at(-1);
    const isSource = index % PAIR_EVERY === 1 && previous?.type === FEATURE_SERVICE;
    const type = index % PAIR_EVERY === 0 ? FEATURE_SERVICE : isSource ? (SOURCE_ITEM_TYPES[index % 3] as ItemTypeSeed) : rng.pick(ITEM_TYPES);
    const created = owner.created + Math.floor(rng.next() * (now - owner.created - 2 * DAY));
    const roll = rng.next();
    let access = roll < 0.4 ? 'private' : roll < 0.65 ? 'org' : roll < 0.75 ? 'public' : 'shared';
    const groups: string[] = [];
    if (access === 'shared' || (access === 'org' && rng.chance(0.35))) {
      groups.push(rng.pick(shareable).id);
      if (rng.chance(0.25)) groups.push(rng.pick(shareable).id);
    }
    if (isSource) {
      access = 'private'; // the file a layer was published from usually stays private
      groups.length = 0;
    }
    const item: SeedItem = {
      id: rng.hex(32),
      owner: owner.username,
      folderId,
      title: isSource ? previous.title.replace(/ Layer /, ' Source ') : titleFor(topic, type, year),
      type,
      tags: [topic.toLowerCase(), rng.pick(USER_TAGS)],
      access,
      created,
      modified: Math.min(now - DAY, created + Math.floor(rng.next() * (now - created))),
      size: rng.int(1, 5000) * 1024,
      views: rng.int(0, 3000),
      groups: [...new Set(groups)],
    };
    if (isSource) {
      item.folderId = previous.folderId;
      relationships.push({ originId: previous.id, destinationId: item.id, type: 'Service2Data' });
    }
    items.push(item);
  });
  return { folders, items, relationships };
}

/** Grace's own content: 8 items, 5 in the root folder and 3 in a folder named like one of frank's. */
export function receiverContent(owner: Owner, clashTitle: string, now: number): SeedContent {
  const rng = createRandom(0x06ace);
  const folder: SeedFolder = {
    id: rng.hex(32),
    username: owner.username,
    title: DEPARTING_FOLDERS[0]?.title ?? 'Stormwater',
    created: owner.created + 60 * DAY,
  };
  const specs: { title: string; type: ItemTypeSeed; folderId: string | null; access: string }[] = [
    { title: 'Harbor Berths Layer 2024', type: FEATURE_SERVICE, folderId: null, access: 'org' },
    { title: 'Harbor Berths Source 2024', type: SOURCE_ITEM_TYPES[0] as ItemTypeSeed, folderId: null, access: 'private' },
    { title: 'Harbor Operations Map', type: ITEM_TYPES[0] as ItemTypeSeed, folderId: null, access: 'org' },
    { title: 'Berth Schedule Dashboard', type: ITEM_TYPES[2] as ItemTypeSeed, folderId: null, access: 'private' },
    { title: 'Vessel Traffic Report 2025', type: ITEM_TYPES[8] as ItemTypeSeed, folderId: null, access: 'private' },
    { title: clashTitle, type: ITEM_TYPES[0] as ItemTypeSeed, folderId: folder.id, access: 'private' },
    { title: 'Outfall Inspections Survey', type: ITEM_TYPES[5] as ItemTypeSeed, folderId: folder.id, access: 'org' },
    { title: 'Catch Basin Cleaning Workbook', type: ITEM_TYPES[9] as ItemTypeSeed, folderId: folder.id, access: 'private' },
  ];
  const items = specs.map((spec): SeedItem => {
    const created = owner.created + Math.floor(rng.next() * (now - owner.created - 2 * DAY));
    return {
      id: rng.hex(32),
      owner: owner.username,
      folderId: spec.folderId,
      title: spec.title,
      type: spec.type,
      tags: ['harbor', rng.pick(USER_TAGS)],
      access: spec.access,
      created,
      modified: Math.min(now - DAY, created + Math.floor(rng.next() * (now - created))),
      size: rng.int(1, 5000) * 1024,
      views: rng.int(0, 800),
      groups: [],
    };
  });
  const [layer, source] = items;
  const relationships: SeedRelationship[] = layer && source ? [{ originId: layer.id, destinationId: source.id, type: 'Service2Data' }] : [];
  return { folders: [folder], items, relationships };
}
