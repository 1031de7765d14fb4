/**
 * Lab documents (`schema/lab.schema.json`): their types, the helpers elements use to show them, and their
 * validation. Members as an element's inputs are in ./lab.ts, which re-exports this module.
 */
import { encodePointer, Validator, type OutputUnit } from '@cfworker/json-schema';
import labSchema from '../../schema/lab.schema.json' with { type: 'json' };
import type { ScholarErrorDetail } from './load-error.js';
import type { Extensible, Problem, Profile } from './types.js';
import { describePath, kindOf, pointerSegments, toPointer, valueAt } from './json-pointer.js';
import { explainError, joinReasons, SUMMARY_KEYWORDS } from './schema-errors.js';
import { refusedLinkReason, refusedLinks, safeUrl, withoutPaths } from './urls.js';
import { isObject } from './text.js';

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
  // Only the lab's own labels: a group called "constructor" has no label from Object's prototype.
  const label = lab.groupLabels && Object.hasOwn(lab.groupLabels, group) ? lab.groupLabels[group] : undefined;
  if (typeof label === 'string' && label) return label;
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
  const outline = groups ? { ...input, members: Object.fromEntries(Object.entries(groups).map(([group, list]) => [group, Array.isArray(list) ? [] : list])) } : input;
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

/** Says what was expected, in words, from one validator error at `segments`. */
function explain(unit: OutputUnit, document: unknown, segments: string[]): string {
  const value = valueAt(document, segments);
  return explainError(unit, value, ({ keyword }) => {
    if (keyword === 'type' && segments[segments.length - 1] === 'profile' && segments[0] === 'members')
      return `expected a profile URL or an embedded profile, got ${kindOf(value)}`;
    if (keyword === 'const') return `expected "1", got ${JSON.stringify(value)}`;
    return undefined;
  });
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
 * The member without the links its own extra fields (the format allows them) hold that a page may not show, each
 * reported; an embedded profile's links are checked when it is read.
 */
function withoutRefusedLinks(member: LabMember, at: string[], report: (problem: Problem) => void): LabMember {
  const { profile, ...own } = member;
  const refused = refusedLinks(own);
  if (!refused.length) return member;
  for (const { path, link } of refused) {
    const pointer = toPointer([...at, ...path]);
    report({ path: pointer, message: `${describePath(pointer)}: ${refusedLinkReason(link)}` });
  }
  return {
    ...withoutPaths(
      own,
      refused.map(({ path }) => path),
    ),
    profile,
  };
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
  /** One problem per entry left out, found by its path (a lab may have thousands), with its reasons in order. */
  const problemAt = new Map<string, { problem: Problem; reasons: string[] }>();
  const dropped = new Set<string>();
  for (const error of labErrors(input)) {
    if (SUMMARY_KEYWORDS.has(error.keyword)) continue;
    const segments = pointerSegments(error.instanceLocation);
    const message = `${describePath(error.instanceLocation)}: ${explain(error, input, segments)}`;
    const target = entryToDrop(segments);
    if (!target) return { entries: [], problems, fatal: withSource({ path: toPointer(segments), message: `${message}.` }) };
    const path = toPointer(target);
    const existing = problemAt.get(path);
    if (existing) existing.reasons.push(message);
    else {
      const problem = withSource({ path, message });
      problemAt.set(path, { problem, reasons: [message] });
      problems.push(problem);
    }
    dropped.add(path);
  }
  // A value with 10,000 bad items is one problem naming the first few, not a message growing item by item.
  for (const { problem, reasons } of problemAt.values()) problem.message = joinReasons(reasons);

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
      member = withoutRefusedLinks(member, ['members', group, String(index)], (problem) => problems.push(withSource(problem)));
      entries.push({ group, index, member });
      return [member];
    });
  }
  lab.members = members;
  return { lab, entries, problems };
}
