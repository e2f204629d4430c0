import { canonicalJson, sha256Hex } from './canonical-json';

/** Bumped when the plan's shape changes; a plan of another version is shown, never approved. */
export const IMPORT_PLAN_VERSION = 1;

/** What a reviewer decided for each row: field → value. Line numbers are the file's (the header is line 1). */
export type PlanFixes = Record<string, Record<string, string>>;

/**
 * An import prepared by one administrator for another to approve: everything the review was made from except the
 * file's contents (identified by name and SHA-256) and, ever, a password.
 */
export type ImportPlanBody = {
  version: number;
  fileName: string;
  fileSha256: string;
  rowCount: number;
  /** Field → column index of the file. */
  mapping: Record<string, number>;
  /** Fixes made in the review, per line; never a password. */
  fixes: PlanFixes;
  /** Lines left out. */
  exclusions: number[];
  /** Values the reviewer set for all rows at once (role, user type, groups); never a password. */
  settings: Record<string, string>;
  /** The review's counts when it was prepared (rows to add, excluded, errors…). */
  summary: Record<string, number>;
  /** The preparer's comment to the approvers; empty when none. */
  comment: string;
  preparedBy: string;
  /** ISO 8601. */
  preparedAt: string;
};

/** A plan as stored: the body and the SHA-256 of its canonical JSON. */
export type ImportPlan = ImportPlanBody & { planSha256: string };

export type PlanDraft = Omit<ImportPlanBody, 'version' | 'fixes' | 'settings' | 'mapping' | 'exclusions' | 'comment'> & {
  mapping: Record<string, number | undefined>;
  fixes: Record<number | string, Partial<Record<string, string>>>;
  exclusions: readonly number[];
  settings?: Partial<Record<string, string>>;
  comment?: string;
};

const isSecretField = (field: string) => /pass(word)?|secret/i.test(field);

/** Drops any field that could hold a password (a fix of the password cell, a setting named like one). */
function withoutSecrets(values: Partial<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !isSecretField(entry[0])));
}

/** Builds the plan from the review's own data (the same the draft keeps) and hashes it. */
export async function buildImportPlan(draft: PlanDraft): Promise<ImportPlan> {
  const fixes: PlanFixes = {};
  for (const [line, values] of Object.entries(draft.fixes)) {
    const kept = withoutSecrets(values);
    if (Object.keys(kept).length > 0) fixes[String(Number(line))] = kept;
  }
  const body: ImportPlanBody = {
    version: IMPORT_PLAN_VERSION,
    fileName: draft.fileName,
    fileSha256: draft.fileSha256.toLowerCase(),
    rowCount: draft.rowCount,
    mapping: Object.fromEntries(Object.entries(draft.mapping).filter((entry): entry is [string, number] => typeof entry[1] === 'number')),
    fixes,
    exclusions: [...new Set(draft.exclusions)].sort((a, b) => a - b),
    settings: withoutSecrets(draft.settings ?? {}),
    summary: { ...draft.summary },
    comment: draft.comment?.trim() ?? '',
    preparedBy: draft.preparedBy,
    preparedAt: draft.preparedAt,
  };
  assertNoPasswords(body);
  return { ...body, planSha256: await planHashOf(body) };
}

/** The hash of everything in the plan but the hash itself. */
export function planHashOf(plan: ImportPlanBody | ImportPlan): Promise<string> {
  const { planSha256: _hash, ...body } = plan as ImportPlan;
  return sha256Hex(canonicalJson(body));
}

/** A last guard: no value the plan stores may sit under a password-like key (the mapping holds column numbers only). */
export function assertNoPasswords(body: ImportPlanBody): void {
  const carriers = [body.settings, ...Object.values(body.fixes)];
  for (const values of carriers) {
    for (const key of Object.keys(values)) {
      if (isSecretField(key)) throw new Error('A plan never stores a password.');
    }
  }
}

export type PlanReading = { ok: true; plan: ImportPlan } | { ok: false; reason: string };

/**
 * Reads a plan item's data: the shape is checked, and its hash recomputed, so a plan whose text was changed without
 * going through Roster (its hash no longer matching) is refused rather than approved.
 */
export async function readImportPlan(data: unknown): Promise<PlanReading> {
  if (typeof data !== 'object' || data === null) return { ok: false, reason: 'The plan item holds no plan.' };
  const plan = data as Partial<ImportPlan>;
  if (plan.version !== IMPORT_PLAN_VERSION) return { ok: false, reason: `This plan was made by another version of Roster (version ${String(plan.version)}).` };
  const strings = ['fileName', 'fileSha256', 'preparedBy', 'preparedAt', 'planSha256', 'comment'] as const;
  const objects = ['mapping', 'fixes', 'settings', 'summary'] as const;
  if (
    strings.some((key) => typeof plan[key] !== 'string') ||
    objects.some((key) => typeof plan[key] !== 'object' || (plan[key] as unknown) === null) ||
    typeof plan.rowCount !== 'number' ||
    !Array.isArray(plan.exclusions)
  ) {
    return { ok: false, reason: 'The plan item does not hold a complete plan.' };
  }
  const complete = plan as ImportPlan;
  try {
    assertNoPasswords(complete);
  } catch {
    return { ok: false, reason: 'The plan holds a field that could be a password: it is not a plan Roster made.' };
  }
  if ((await planHashOf(complete)) !== complete.planSha256) {
    return { ok: false, reason: 'The plan was changed outside Roster: its contents no longer match its hash.' };
  }
  return { ok: true, plan: complete };
}

export type FileCheck = { ok: true; fileSha256: string } | { ok: false; message: string };

/** The approver's file must be the very file the plan was prepared from: same SHA-256, whatever its name. */
export async function verifyPlanFile(plan: Pick<ImportPlan, 'fileName' | 'fileSha256'>, file: { name: string; bytes: ArrayBuffer }): Promise<FileCheck> {
  const fileSha256 = await sha256Hex(file.bytes);
  if (fileSha256 === plan.fileSha256.toLowerCase()) return { ok: true, fileSha256 };
  return {
    ok: false,
    message:
      `${file.name} is not the file this plan was prepared from (${plan.fileName}): its contents differ ` +
      '(SHA-256 does not match). Choose the file the preparer used, unchanged.',
  };
}

/** Whether a review still sends exactly what the plan says (same file, columns, fixes and exclusions). */
export function matchesPlan(
  plan: Pick<ImportPlan, 'fileSha256' | 'mapping' | 'fixes' | 'exclusions'>,
  review: Pick<PlanDraft, 'fileSha256' | 'mapping' | 'fixes' | 'exclusions'>,
): boolean {
  const fixes: PlanFixes = {};
  for (const [line, values] of Object.entries(review.fixes)) {
    const kept = withoutSecrets(values);
    if (Object.keys(kept).length > 0) fixes[String(Number(line))] = kept;
  }
  const mapping = Object.fromEntries(Object.entries(review.mapping).filter((entry) => typeof entry[1] === 'number'));
  const exclusions = [...new Set(review.exclusions)].sort((a, b) => a - b);
  return (
    plan.fileSha256 === review.fileSha256.toLowerCase() &&
    canonicalJson({ mapping: plan.mapping, fixes: plan.fixes, exclusions: plan.exclusions }) === canonicalJson({ mapping, fixes, exclusions })
  );
}
