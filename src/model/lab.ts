/**
 * Labs: a research group as one JSON document (`schema/lab.schema.json`): its name and description, and its members
 * by role group, each pointing at a profile URL (relative to the lab file) or embedding a profile.
 *
 * Pure TypeScript, no DOM. Validation works as for profiles (./validate.ts): a bad member is reported with its path
 * and left out, the rest is kept. `expandLabs` turns lab documents among an element's inputs into one input per
 * member; it reads member URLs through the function the caller passes (the elements pass their shared, abortable
 * fetch), so this module never fetches by itself.
 */
import { encodePointer, Validator, type OutputUnit } from '@cfworker/json-schema';
import labSchema from '../../schema/lab.schema.json' with { type: 'json' };
import type { ScholarErrorDetail } from './load-error.js';
import type { Extensible, Problem, Profile } from './types.js';
import { describePath, kindOf, pointerSegments, toPointer, valueAt } from './json-pointer.js';
import { refusedLinkReason, safeUrl } from './urls.js';

/** One member of a lab. */
export interface LabMember extends Extensible {
  /**
   * The member's profile: an http(s) URL or one relative to the lab file (other schemes are refused, never
   * fetched), or the profile itself.
   */
  profile: string | Profile;
  /** Tells members apart: two members with the same name and different ids are two people (see {@link memberDuplicates}). */
  id?: string | number;
  /** The member's name, for messages when the profile cannot be loaded. */
  name?: string;
  /** The member's role in the lab, e.g. "Lab director". */
  role?: string;
  /** Replaces the profile's headline (`basics.label`) on the lab's pages. */
  title?: string;
  /** The member's page on the lab site (relative to the lab file). */
  page?: string;
  note?: string;
}

/** A lab document, mirrored from `schema/lab.schema.json`. */
export interface Lab extends Extensible {
  $schema?: string;
  version?: '1';
  name: string;
  /** One paragraph or several. */
  description?: string | string[];
  url?: string;
  logo?: string;
  /** Headings for role groups, by group name. */
  groupLabels?: Record<string, string>;
  /** Members by role group (faculty, researchers, students, alumni, or any other name), in display order. */
  members: Record<string, LabMember[]>;
}

/** A usable member and where it stands in the lab document. */
export interface LabEntry {
  /** The role group's name, e.g. "faculty". */
  group: string;
  /** Position in the group as written (before bad members were left out). */
  index: number;
  member: LabMember;
}

export interface LabValidation {
  /** The usable lab (bad members and fields left out), or undefined when nothing usable remains. */
  lab?: Lab;
  /** Every usable member, group by group, in document order. */
  entries: LabEntry[];
  /** Everything that was left out, and why. */
  problems: Problem[];
  /** Set when the document as a whole cannot be used (not an object, no name, no members object). */
  fatal?: Problem;
}

/** What an element knows about a profile that came from a lab: the lab, and the member's entry in it. */
export interface LabMemberContext extends LabEntry {
  /** The lab, validated. */
  lab: Lab;
  /** Where the lab came from: its URL as given, "inline" or "property". */
  labSource: string;
  /** The absolute URL that the lab's relative URLs (profiles, pages, logo) resolve against. */
  base: string;
}

/** One input of an element, as `ScholarElement` passes it (structurally its `LoadedInput`). */
export interface LabInput {
  input: unknown;
  info: {
    /** A URL as given, "inline" or "property". */
    source: string;
    /** The absolute URL the input was read from. */
    url?: string;
    contentType?: string;
    /** Set on inputs that are a lab member's profile. */
    lab?: LabMemberContext;
  };
}

export interface LabExpansion {
  /** The inputs with every lab replaced by its members' profiles, in lab order. */
  inputs: LabInput[];
  /** Labs that could not be used and members whose profile could not be loaded. */
  failures: ScholarErrorDetail[];
  /** Members and fields left out of the labs because of errors in them. */
  problems: Problem[];
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** A lab document rather than a profile or a publication list: an object with `members` and no `basics`. */
export function isLabDocument(value: unknown): boolean {
  return isObject(value) && 'members' in value && !('basics' in value);
}

/** `url` made absolute against `base`; undefined when it cannot be parsed. */
export function resolveUrl(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/** The heading of a role group: the lab's `groupLabels` entry, else the name read as words ("visiting-scholars" → "Visiting scholars"). */
export function groupLabel(lab: Lab, group: string): string {
  const label = lab.groupLabels?.[group];
  if (label) return label;
  const words = group.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The lab's description as paragraphs. */
export function labParagraphs(lab: Lab): string[] {
  const description = lab.description;
  return (Array.isArray(description) ? description : description ? [description] : []).filter((text) => text.trim());
}

/** A member's place in the document as a page owner reads it: "members.faculty[0]". */
export function memberPath(entry: Pick<LabEntry, 'group' | 'index'>): string {
  return describePath(toPointer(['members', entry.group, String(entry.index)]));
}

// ---------------------------------------------------------------- validation

let labValidator: Validator | undefined;
let memberValidator: Validator | undefined;

/**
 * The validator's errors for a lab. Members are checked one at a time, so a group of any length is checked (the
 * validator passes all errors under a value on as the arguments of one call, which overflows at about 100,000).
 */
function labErrors(input: Record<string, unknown>): OutputUnit[] {
  const { $id, $defs } = labSchema as { $id: string; $defs: object };
  labValidator ??= new Validator(labSchema as object, '2020-12', false);
  memberValidator ??= new Validator({ $id, $ref: '#/$defs/member', $defs }, '2020-12', false);
  const groups = isObject(input.members) ? input.members : undefined;
  // The lab without its members' contents: its own fields, and whether each group is a list.
  const outline = groups
    ? { ...input, members: Object.fromEntries(Object.entries(groups).map(([group, list]) => [group, Array.isArray(list) ? [] : list])) }
    : input;
  const outlineResult = labValidator.validate(outline);
  const outlineErrors = outlineResult.valid ? [] : outlineResult.errors;
  // Locations as the validator writes them: URI fragments.
  const groupAt = (group: string) => `#/members/${encodePointer(group)}`;
  const inGroup = (error: OutputUnit, group: string) => error.instanceLocation === groupAt(group) || error.instanceLocation.startsWith(`${groupAt(group)}/`);
  // In document order: the lab's own fields, then each group's errors and its members'.
  const errors = outlineErrors.filter((error) => !error.instanceLocation.startsWith('#/members/'));
  for (const [group, list] of Object.entries(groups ?? {})) {
    errors.push(...outlineErrors.filter((error) => inGroup(error, group)));
    if (!Array.isArray(list)) continue;
    list.forEach((member, index) => {
      const result = memberValidator!.validate(member);
      if (result.valid) return;
      const at = `${groupAt(group)}/${index}`;
      for (const error of result.errors) errors.push({ ...error, instanceLocation: at + error.instanceLocation.slice(1) });
    });
  }
  return errors;
}

/** Says what was expected, in words, from one validator error. */
function explain(unit: OutputUnit, document: unknown, segments: string[]): string {
  const names = [...unit.error.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
  const value = valueAt(document, segments);
  switch (unit.keyword) {
    case 'type': {
      if (segments[segments.length - 1] === 'profile' && segments[0] === 'members') return `expected a profile URL or an embedded profile, got ${kindOf(value)}`;
      const expected = names.slice(1).map((type) => (type === 'array' ? 'a list' : type === 'object' ? 'an object' : `a ${type}`));
      return `expected ${expected.join(' or ')}, got ${kindOf(value)}`;
    }
    case 'required':
      return `missing required field "${names[0] ?? '?'}"`;
    case 'minLength':
      return 'must not be empty';
    case 'const':
      return `expected "1", got ${JSON.stringify(value)}`;
    default:
      return unit.error;
  }
}

/**
 * What to leave out for an error at `segments`: the member that holds it, a group that is not a list, or a top-level
 * field. `undefined` means the lab cannot be used without it (the document itself, `name` or `members`).
 */
function entryToDrop(segments: string[]): string[] | undefined {
  const [field, group, index] = segments;
  if (!field || field === 'name') return undefined;
  if (field !== 'members') return [field];
  if (group === undefined) return undefined;
  return index === undefined ? ['members', group] : ['members', group, index];
}

/**
 * Validates a parsed lab against `schema/lab.schema.json`. Bad members are left out and reported with their JSON
 * path; the other members are kept. Extra fields are kept. The input is never modified.
 */
export function validateLab(input: unknown, source?: string): LabValidation {
  const withSource = (problem: Problem): Problem => (source ? { ...problem, source } : problem);
  if (!isObject(input)) {
    return { entries: [], problems: [], fatal: withSource({ path: '', message: `A lab must be a JSON object, got ${kindOf(input)}.` }) };
  }
  const problems: Problem[] = [];
  /** One problem per entry left out, found by its path (a lab may have thousands). */
  const problemAt = new Map<string, Problem>();
  const dropped = new Set<string>();
  const summary = new Set(['properties', 'items', 'allOf', '$ref', 'additionalProperties']);
  for (const error of labErrors(input)) {
    if (summary.has(error.keyword)) continue;
    const segments = pointerSegments(error.instanceLocation);
    const message = `${describePath(error.instanceLocation)}: ${explain(error, input, segments)}`;
    const target = entryToDrop(segments);
    if (!target) return { entries: [], problems, fatal: withSource({ path: toPointer(segments), message: `${message}.` }) };
    const path = toPointer(target);
    const existing = problemAt.get(path);
    if (existing) {
      if (!existing.message.includes(message)) existing.message += `; ${message}`;
    } else {
      const problem = withSource({ path, message });
      problemAt.set(path, problem);
      problems.push(problem);
    }
    dropped.add(path);
  }

  // Links a page would show: only http(s), mailto and relative ones are kept (member profiles are checked when read).
  const unsafeLink = (value: unknown, segments: string[]): boolean => {
    if (typeof value !== 'string' || safeUrl(value) !== undefined || !value.trim()) return false;
    const path = toPointer(segments);
    problems.push(withSource({ path, message: `${describePath(path)}: ${refusedLinkReason(value)}` }));
    return true;
  };
  const lab = { ...input } as Lab;
  for (const path of dropped) if (pointerSegments(path).length === 1) delete lab[pointerSegments(path)[0]!];
  for (const field of ['url', 'logo'] as const) if (!dropped.has(`/${field}`) && unsafeLink(lab[field], [field])) delete lab[field];
  const members: Record<string, LabMember[]> = {};
  const entries: LabEntry[] = [];
  for (const [group, list] of Object.entries(input.members as Record<string, LabMember[]>)) {
    if (dropped.has(toPointer(['members', group]))) continue;
    members[group] = list.flatMap((written, index) => {
      if (dropped.has(toPointer(['members', group, String(index)]))) return [];
      let member = written;
      if (unsafeLink(member.page, ['members', group, String(index), 'page'])) {
        const { page: _left, ...rest } = member;
        member = rest;
      }
      entries.push({ group, index, member });
      return [member];
    });
  }
  lab.members = members;
  return { lab, entries, problems };
}

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
  const settled = await Promise.allSettled(
    entries.map(async (entry): Promise<LabInput> => {
      const where = `${named}, ${memberPath(entry)}${entry.member.name ? ` (${entry.member.name})` : ''}`;
      const { profile } = entry.member;
      let loaded: LabInput = { input: profile, info: { source: `${labSource} ${memberPath(entry)}` } };
      if (typeof profile === 'string') {
        const path = toPointer(['members', entry.group, String(entry.index), 'profile']);
        const checked = profileUrl(profile, base);
        if ('refused' in checked) throw { kind: 'schema', source: labSource, path, message: `${where}: ${checked.refused}` } satisfies ScholarErrorDetail;
        const url = checked.url;
        try {
          loaded = await read(url);
        } catch (error) {
          throw memberFailure(error, where, url);
        }
      }
      const basics = isObject(loaded.input) ? loaded.input.basics : undefined;
      if (!isObject(basics) || typeof basics.name !== 'string' || !basics.name) {
        throw { kind: 'schema', source: loaded.info.source, path: '/basics/name', message: `${where}: ${loaded.info.source} is not a usable profile: it has no basics.name.` } satisfies ScholarErrorDetail;
      }
      return { input: withOverrides(loaded.input, entry.member), info: { ...loaded.info, lab: { ...entry, lab, labSource, base } } };
    }),
  );
  const expansion: LabExpansion = { inputs: [], failures: [], problems };
  for (const outcome of settled) {
    if (outcome.status === 'fulfilled') expansion.inputs.push(outcome.value);
    else expansion.failures.push(outcome.reason as ScholarErrorDetail);
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
    inputs.map((input) => (isLabDocument(input.input) ? expandLab(input, read, pageUrl) : { inputs: [input], failures: [], problems: [] })),
  );
  return {
    inputs: parts.flatMap((part) => part.inputs),
    failures: parts.flatMap((part) => part.failures),
    problems: parts.flatMap((part) => part.problems),
  };
}
