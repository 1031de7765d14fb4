/**
 * Labs: a research group as one JSON document (`schema/lab.schema.json`): its name and description, and its members
 * by role group, each pointing at a profile URL (relative to the lab file) or embedding a profile.
 *
 * Pure TypeScript, no DOM. Validation works as for profiles (./validate.ts): a bad member is reported with its path
 * and left out, the rest is kept. `expandLabs` turns lab documents among an element's inputs into one input per
 * member; it reads member URLs through the function the caller passes (the elements pass their shared, abortable
 * fetch), so this module never fetches by itself.
 */
import { ScholarLoadError, type ScholarErrorDetail } from './load-error.js';
import { isLabDocument, memberPath, resolveUrl, validateLab, type LabEntry, type LabExpansion, type LabInput, type LabMember } from './lab-document.js';
import { toPointer } from './json-pointer.js';
import { rememberCheckedMember, sameJson } from './lab-checked.js';
import { isObject } from './text.js';
import { usableProfile, withFullValidator } from './validate.js';

export * from './lab-document.js';

// ---------------------------------------------------------------- members as inputs

/** The profile with the member's overrides applied (`title` replaces `basics.label`); never modifies it. */
export function withOverrides(profile: unknown, member: LabMember): unknown {
  if (!member.title || !isObject(profile) || !isObject(profile.basics)) return profile;
  return { ...profile, basics: { ...profile.basics, label: member.title } };
}

/** The reason a thrown error gives, as the details a page owner sees, with which member it was about. */
function memberFailure(error: unknown, where: string, source: string): ScholarErrorDetail {
  const detail = isObject(error) && isObject(error.detail) ? (error.detail as unknown as ScholarErrorDetail) : undefined;
  if (detail) return { ...detail, message: `${where}: ${detail.message}` };
  const reason = error instanceof Error ? error.message : String(error);
  return { kind: 'parse', source, message: `${where}: ${source} could not be read: ${reason}` };
}

/** Schemes a member's profile URL may have; a relative URL takes the lab file's own. */
const PROFILE_SCHEMES = new Set(['http:', 'https:']);

/**
 * A member's profile URL made absolute against `base`, or why it is refused: a scheme other than http(s)
 * (`javascript:`, `data:`, `file:`…) is never read, whatever the lab file's own scheme; relative URLs are.
 */
export function profileUrl(written: string, base: string): { url: string } | { refused: string } {
  let absolute: URL | undefined;
  try {
    absolute = new URL(written);
  } catch {
    // Relative: resolved against the lab file below.
  }
  const shown = JSON.stringify(written.length > 80 ? `${written.slice(0, 80)}…` : written);
  if (absolute && !PROFILE_SCHEMES.has(absolute.protocol)) {
    return { refused: `${shown} is a ${absolute.protocol} URL; a member's profile must be an http(s) URL or one relative to the lab file, so it was not read.` };
  }
  const url = resolveUrl(written, base);
  return url ? { url } : { refused: `${shown} is not a URL.` };
}

/** A member listed again, the first listing of the same member, and what they share. */
export interface DuplicateMember {
  entry: LabEntry;
  first: LabEntry;
  /** "the same profile URL https://…", "the same id 7", "the same name "Ada Lovelace"". */
  reason: string;
}

/** A name as compared for duplicates: one Unicode form, case and spacing ignored. */
const foldName = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Members listed more than once, in any groups: the same `id`; the same profile URL (resolved against `base`,
 * fragment ignored); or the same name (the member's `name`, else an embedded profile's `basics.name`; case and
 * spacing ignored) unless both have an `id`, since different ids say they are two people. The first listing is
 * kept; `entries` are the members without their repeats, in document order.
 */
export function memberDuplicates(list: readonly LabEntry[], base: string): { entries: LabEntry[]; duplicates: DuplicateMember[] } {
  const seen = new Map<string, LabEntry>();
  const entries: LabEntry[] = [];
  const duplicates: DuplicateMember[] = [];
  for (const entry of list) {
    const { member } = entry;
    const keys: Array<[key: string, reason: string]> = [];
    const id = typeof member.id === 'string' || typeof member.id === 'number' ? String(member.id).trim() : '';
    if (id) keys.push([`id ${id}`, `the same id ${JSON.stringify(id)}`]);
    if (typeof member.profile === 'string') {
      const read = profileUrl(member.profile, base);
      if ('url' in read) {
        const url = read.url.replace(/#.*$/, '');
        keys.push([`url ${url}`, `the same profile URL ${url}`]);
      }
    }
    const embedded = isObject(member.profile) && isObject(member.profile.basics) ? member.profile.basics.name : undefined;
    const name = typeof member.name === 'string' && member.name.trim() ? member.name : typeof embedded === 'string' ? embedded : '';
    const nameKey = name.trim() ? `name ${foldName(name)}` : undefined;
    let match = keys.map(([key, reason]) => ({ first: seen.get(key), reason })).find((found) => found.first);
    if (!match && nameKey) {
      const first = seen.get(nameKey);
      const bothIds = first && id && (typeof first.member.id === 'string' || typeof first.member.id === 'number') && String(first.member.id).trim();
      if (first && !bothIds) match = { first, reason: `the same name ${JSON.stringify(name.trim())}` };
    }
    if (match?.first) {
      duplicates.push({ entry, first: match.first, reason: match.reason });
      continue;
    }
    for (const [key] of keys) if (!seen.has(key)) seen.set(key, entry);
    if (nameKey && !seen.has(nameKey)) seen.set(nameKey, entry);
    entries.push(entry);
  }
  return { entries, duplicates };
}

/** What loading one member needs from its lab. */
interface MemberContext {
  lab: NonNullable<ReturnType<typeof validateLab>['lab']>;
  labSource: string;
  named: string;
  base: string;
  read: (url: string) => Promise<LabInput>;
}

/** A member's profile read and checked, as an input; or why it cannot be shown. */
type MemberOutcome = LabInput | { failure: ScholarErrorDetail };

/**
 * Members' profiles read from a URL lately, by the URL, the lab's words for the member and the member's title (what
 * checking them depends on): the value read, and what checking it gave (or is giving). A page's directory,
 * publications and timeline read one lab, each its own copy of each file; a profile that reads as the same value
 * again (compared, which costs far less than checking it) is not checked again, and its input is shared.
 */
const recentMembers = new Map<string, { read: unknown; outcome: Promise<MemberOutcome> }>();

/** How many members are kept in {@link recentMembers}; past this it starts over. */
const RECENT_MEMBERS_KEPT = 100;

/** The member's profile with the member's title applied, checked; or why it cannot be shown. */
async function checkMember(loaded: LabInput, entry: LabEntry, where: string): Promise<MemberOutcome> {
  // The title is applied first: what is checked is exactly what the element is given.
  const input = withOverrides(loaded.input, entry.member);
  try {
    const checked = await withFullValidator(() => usableProfile(input, loaded.info.source, { named: `${where}: ${loaded.info.source}` }));
    rememberCheckedMember(input, checked);
  } catch (error) {
    if (error instanceof ScholarLoadError) return { failure: error.detail };
    throw error;
  }
  return { input, info: loaded.info };
}

/** Reads a member's profile from `url` and checks it, unless the same value was checked lately (or is being checked). */
async function readMember(url: string, entry: LabEntry, where: string, read: (url: string) => Promise<LabInput>): Promise<MemberOutcome> {
  let loaded: LabInput;
  try {
    loaded = await read(url);
  } catch (error) {
    return { failure: memberFailure(error, where, url) };
  }
  const key = JSON.stringify([url, where, entry.member.title ?? null]);
  const recent = recentMembers.get(key);
  if (recent && sameJson(recent.read, loaded.input)) {
    const outcome = await recent.outcome;
    return 'failure' in outcome ? outcome : { input: outcome.input, info: loaded.info };
  }
  const outcome = checkMember(loaded, entry, where);
  if (recentMembers.size >= RECENT_MEMBERS_KEPT) recentMembers.clear();
  recentMembers.set(key, { read: loaded.input, outcome });
  // A check that threw (not a verdict on the profile) is not kept.
  outcome.catch(() => recentMembers.get(key)?.outcome === outcome && recentMembers.delete(key));
  return outcome;
}

/** One member's profile, read and checked, as an input; or why it cannot be shown. */
async function loadMember(entry: LabEntry, { lab, labSource, named, base, read }: MemberContext): Promise<MemberOutcome> {
  const where = `${named}, ${memberPath(entry)}${entry.member.name ? ` (${entry.member.name})` : ''}`;
  const { profile } = entry.member;
  let outcome: MemberOutcome;
  if (typeof profile === 'string') {
    const checked = profileUrl(profile, base);
    if ('refused' in checked) {
      const path = toPointer(['members', entry.group, String(entry.index), 'profile']);
      return { failure: { kind: 'schema', source: labSource, path, message: `${where}: ${checked.refused}` } };
    }
    outcome = await readMember(checked.url, entry, where, read);
  } else {
    outcome = await checkMember({ input: profile, info: { source: `${labSource} ${memberPath(entry)}` } }, entry, where);
  }
  return 'failure' in outcome ? outcome : { input: outcome.input, info: { ...outcome.info, lab: { ...entry, lab, labSource, base } } };
}

async function expandLab(input: LabInput, read: (url: string) => Promise<LabInput>, pageUrl: string): Promise<LabExpansion> {
  const labSource = input.info.source;
  const named = labSource === 'property' ? 'The lab' : labSource === 'inline' ? 'The inline lab' : labSource;
  const result = validateLab(input.input, labSource);
  if (!result.lab) {
    const fatal = result.fatal!;
    return { inputs: [], problems: [], failures: [{ kind: 'schema', source: labSource, path: fatal.path, message: `${named} is not a usable lab: ${fatal.message}` }] };
  }
  if (!result.entries.length) {
    return { inputs: [], problems: result.problems, failures: [{ kind: 'schema', source: labSource, path: '/members', message: `${named} lists no members.` }] };
  }
  const lab = result.lab;
  const base = input.info.url ?? pageUrl;
  const { entries, duplicates } = memberDuplicates(result.entries, base);
  const problems = [
    ...result.problems,
    ...duplicates.map(({ entry, first, reason }) => ({
      source: labSource,
      path: toPointer(['members', entry.group, String(entry.index)]),
      message: `${named}, ${memberPath(entry)} lists the same member as ${memberPath(first)} (${reason}); they are shown once.${reason.startsWith('the same name') ? ' Two people with one name each need an "id".' : ''}`,
    })),
  ];
  const context: MemberContext = { lab, labSource, named, base, read };
  const outcomes = await Promise.all(entries.map((entry) => loadMember(entry, context)));
  const expansion: LabExpansion = { inputs: [], failures: [], problems };
  for (const outcome of outcomes) {
    if ('failure' in outcome) expansion.failures.push(outcome.failure);
    else expansion.inputs.push(outcome);
  }
  return expansion;
}

/**
 * Replaces each lab document among `inputs` by one input per member: embedded profiles as they are, profile URLs
 * (resolved against the lab's own URL, or `pageUrl` for a lab given as a property) read with `read`. Members load
 * in parallel; a member that fails is listed in `failures` and the others are kept. Inputs that are not labs pass
 * through unchanged, in their place.
 */
export async function expandLabs(inputs: LabInput[], read: (url: string) => Promise<LabInput>, pageUrl: string): Promise<LabExpansion> {
  const parts = await Promise.all(
    inputs.map((input) => (isLabDocument(input.input) ? expandLab(input, read, pageUrl) : Promise.resolve<LabExpansion>({ inputs: [input], failures: [], problems: [] }))),
  );
  return {
    inputs: parts.flatMap((part) => part.inputs),
    failures: parts.flatMap((part) => part.failures),
    problems: parts.flatMap((part) => part.problems),
  };
}
