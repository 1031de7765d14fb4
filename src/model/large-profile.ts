/**
 * Whether a profile is large enough to be read in slices, and how work in slices gives the page its turn. Small, so
 * that elements can ask before they load the slicing code (model/validate-slices.ts), which only large data needs.
 */
import { JSON_RESUME_SECTIONS } from './json-resume.js';
import { PROFILE_SCHEMA, resolveSchema, type SchemaNode } from './profile-schema.js';
import { isObject, type JsonObject as Json } from './text.js';

/** Lists with more entries than this are read in slices. */
export const SLICED_FROM = 200;

/** Publications shown while a large list is still being read (its newest): from a profile or from a .bib file. */
export const FIRST_SCREEN = 30;

/** Gives the main thread back to the page for a moment: `scheduler.yield()`, else a new task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Sections of a profile read in slices: lists the schema describes, which reading does not merge with another. */
const SLICEABLE = new Set(
  Object.entries(PROFILE_SCHEMA.properties as Record<string, SchemaNode>)
    .filter(([key, node]) => resolveSchema(node)?.type === 'array' && !(key in JSON_RESUME_SECTIONS) && !Object.values(JSON_RESUME_SECTIONS).includes(key))
    .map(([key]) => key),
);

/** The long lists of a profile, by name. */
export function longLists(input: Json, slicedFrom = SLICED_FROM): string[] {
  return Object.keys(input).filter((key) => SLICEABLE.has(key) && Array.isArray(input[key]) && (input[key] as unknown[]).length > slicedFrom);
}

/** Whether `usableProfileInSlices` (model/validate-slices.ts) would read `input` in slices (it has a long list). */
export function isLargeProfile(input: unknown): boolean {
  return isObject(input) && longLists(input).length > 0;
}

/**
 * Whether any input holds a long list (a profile's publications, CSL-JSON items, imported entries): reading it takes
 * long enough that a load gives the page the main thread back between its steps.
 */
export function isLargeInput(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > SLICED_FROM;
  if (!value || typeof value !== 'object') return false;
  return Object.values(value).some((member) => Array.isArray(member) && member.length > SLICED_FROM);
}
