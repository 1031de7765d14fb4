/**
 * One publication list from several sources: profiles (their owners are the list's own people), CSL-JSON and
 * publications already imported from BibTeX, RIS, OpenAlex or ORCID. Keys stay unique across sources, and the same
 * work from several sources is shown once with its other versions.
 * Pure TypeScript, no DOM: CSL-JSON reading and de-duplication are loaded when a list needs them.
 */
import { ScholarLoadError } from './load-error.js';
import { entriesFromItems, uniqueKey, type PubEntry, type PubImport } from './publications.js';
import type { Problem, Profile, Publication } from './types.js';
import { usableProfile } from './validate.js';
import { isFirstScreen, isLargeProfile } from './large-profile.js';
import type { SliceOptions } from './validate-slices.js';
import { Slicer } from './large-profile.js';

/** Someone whose name a list emphasises, with the other forms of the name. */
export interface PubOwner {
  name: string;
  variants: string[];
}

/** The publications a list has loaded, with the people whose names it emphasises. */
export interface PubLibrary {
  entries: PubEntry[];
  /** Names (with their variants) of the profiles the entries came from. */
  owners: PubOwner[];
}

/** One document a list reads. */
export interface PublicationSource {
  /** A profile, CSL-JSON (a list or `{ items }`), or publications already imported (`{ entries, problems }`). */
  input: unknown;
  /** Where it came from (a URL, "inline" or "property"), named in entries and problems. */
  source: string;
  /**
   * Set on each profile of a list of profiles (a `profiles` property): how messages name it, e.g. "Profile 2". Such
   * a profile that cannot be used is listed among the problems, as a lab member is, and the others are shown.
   */
  listed?: string;
  /** The input is a profile the kit checked already (handed on by the element the list is drawn in): read as it is. */
  checked?: boolean;
}

/** A list's publications and the problems found reading them. */
export interface PublicationsRead {
  data: PubLibrary;
  problems: Problem[];
}

/** Publications already imported from a text format (`{ entries, problems }`). */
export function isPubImport(value: unknown): value is PubImport {
  return !!value && typeof value === 'object' && Array.isArray((value as PubImport).entries) && Array.isArray((value as PubImport).problems);
}

/** CSL-JSON: a list of items, or `{ items: [...] }`. */
function isCslJson(value: unknown): boolean {
  return Array.isArray(value) || (!!value && typeof value === 'object' && Array.isArray((value as { items?: unknown }).items));
}

/** How {@link readPublicationSources} reads large profiles. */
export interface ReadOptions extends Omit<SliceOptions, 'onFirstScreen'> {
  /** Read a large profile in slices, giving the main thread back between them (a page; not on a server). */
  inSlices?: boolean;
  /**
   * For a list of one large profile read in slices: called once, before the rest is read, with the list of its
   * newest publications (see `SliceOptions.onFirstScreen`), for a page to show first. Also called with the list of
   * a first screen made elsewhere (a profile marked with `markFirstScreen`, model/large-profile.ts).
   */
  onFirstScreen?: (data: PubLibrary) => void;
}

interface ProfileRead {
  entries: PubEntry[];
  owner: PubOwner;
  problems: Problem[];
}

/** The names {@link usableProfile} gives a profile in a list's messages. */
function profileNames({ listed }: PublicationSource): { named?: string; what: string } {
  const what = listed ? 'profile' : 'profile or publication list';
  return listed ? { named: listed, what } : { what };
}

const ownerOf = (profile: Profile): PubOwner => ({ name: profile.basics.name, variants: profile.basics.nameVariants ?? [] });

function profileRead(profile: Profile, problems: Problem[], source: string): ProfileRead {
  return { entries: entriesFromItems(profile.publications ?? [], source), owner: ownerOf(profile), problems };
}

/** A profile's publications and owner; throws a `ScholarLoadError` when the document is not a usable profile. */
function readProfile(read: PublicationSource): ProfileRead {
  const { profile, problems } = read.checked ? { profile: read.input as Profile, problems: [] } : usableProfile(read.input, read.source, profileNames(read));
  return profileRead(profile, problems, read.source);
}

/** Entries made between two looks at the clock. */
const ENTRIES_AT_ONCE = 100;

/** Entries made from items in slices, as `entriesFromItems` makes them at once (the items all have an id). */
async function entriesInSlices(items: readonly Publication[], source: string, slicer: Slicer): Promise<PubEntry[]> {
  const entries: PubEntry[] = [];
  const taken = new Set<string>();
  for (let offset = 0; offset < items.length; offset += ENTRIES_AT_ONCE) {
    await slicer.step();
    const part = entriesFromItems(items.slice(offset, offset + ENTRIES_AT_ONCE), source, { taken, pathOf: (index) => `[${offset + index}]` });
    for (const entry of part) entries.push(entry);
  }
  return entries;
}

/** {@link readProfile}, in slices for a large profile when `options` say so. */
async function readProfileInSlices(read: PublicationSource, options: ReadOptions): Promise<ProfileRead> {
  if (!options.inSlices || !isLargeProfile(read.input)) return readProfile(read);
  // The slicing code is a chunk of its own: only large data needs it.
  const { usableProfileInSlices } = await import('./validate-slices.js');
  const { onFirstScreen, ...sliceOptions } = options;
  const firstScreen = onFirstScreen && ((profile: Profile) => onFirstScreen({ entries: entriesFromItems(profile.publications ?? [], read.source), owners: [ownerOf(profile)] }));
  const { profile, problems } = await usableProfileInSlices(read.input, read.source, profileNames(read), { ...sliceOptions, onFirstScreen: firstScreen });
  const entries = await entriesInSlices(profile.publications ?? [], read.source, new Slicer(options.budget, options.signal));
  return { ...profileRead({ ...profile, publications: [] }, problems, read.source), entries };
}

/**
 * The list `sources` make together. One profile is read at once (so a list given one profile also renders on the
 * server), unless `options.inSlices` asks a large one to be read in slices; anything else may need modules loaded on
 * demand, and gives a promise. Throws (or rejects with) a `ScholarLoadError` for a document that is neither a profile
 * nor a publication list, except for the profiles of a list of profiles (`listed`), which fail only when none of them
 * can be used; rejects with an `AbortError` once `options.signal` is aborted during a read in slices.
 */
export function readPublicationSources(sources: readonly PublicationSource[], options: ReadOptions = {}): PublicationsRead | Promise<PublicationsRead> {
  const only = sources.length === 1 ? sources[0]! : undefined;
  // The first screen of a large profile (marked by whoever made it): read at once, and handed to `onFirstScreen`.
  if (only && options.onFirstScreen && isFirstScreen(only.input)) {
    const { entries, owner, problems } = readProfile(only);
    const data = { entries, owners: [owner] };
    options.onFirstScreen(data);
    return { data, problems };
  }
  if (only && !isPubImport(only.input) && !isCslJson(only.input) && !(options.inSlices && isLargeProfile(only.input))) {
    const { entries, owner, problems } = readProfile(only);
    return { data: { entries, owners: [owner] }, problems };
  }
  return readMany(sources, options);
}

async function readMany(sources: readonly PublicationSource[], options: ReadOptions = {}): Promise<PublicationsRead> {
  const problems: Problem[] = [];
  const owners: PubOwner[] = [];
  const lists: PubEntry[][] = [];
  let unusable: ScholarLoadError | undefined;
  // A first screen only for a list of one source: with several, the newest of one are not the list's newest.
  if (sources.length !== 1) options = { ...options, onFirstScreen: undefined };
  for (const source of sources) {
    const { input } = source;
    if (isPubImport(input)) {
      lists.push(input.entries);
      problems.push(...input.problems);
    } else if (isCslJson(input)) {
      const { parseCslJson } = await import('./csl-json.js');
      const imported = parseCslJson(input, source.source);
      lists.push(imported.entries);
      problems.push(...imported.problems);
    } else {
      try {
        const profile = await readProfileInSlices(source, options);
        problems.push(...profile.problems);
        owners.push(profile.owner);
        lists.push(profile.entries);
      } catch (error) {
        if (!source.listed || !(error instanceof ScholarLoadError)) throw error;
        unusable ??= error;
        problems.push({ path: error.detail.path ?? '', source: source.source, message: error.message });
      }
    }
  }
  // Nothing usable: an error. Some usable: show them and list the rest.
  if (!lists.length && unusable) throw unusable;
  return { data: { entries: await merged(lists), owners }, problems };
}

/** The entries of several lists as one: keys kept unique, and each work shown once with its other versions. */
async function merged(lists: PubEntry[][]): Promise<PubEntry[]> {
  if (lists.length <= 1) return lists[0] ?? [];
  const taken = new Set<string>();
  const all = lists.flat().map((entry) => ({ ...entry, key: uniqueKey(entry.key, taken) }));
  const { mergeEntries } = await import('./dedupe.js');
  return mergeEntries(all);
}
