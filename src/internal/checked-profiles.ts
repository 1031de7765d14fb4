/**
 * Profiles checked once: an element that checked a profile hands it on to the elements it draws (a profile page's
 * card and publication list, a lab directory's cards), which show it as it is.
 */
import { isServer } from 'lit';
import { isNested } from './kit-element.js';
import type { Profile } from '../model/types.js';

/** Profiles a kit element checked and hands on to an element it draws (a member's card in a lab directory). */
const checkedProfiles = new WeakSet<Profile>();

/**
 * Marks `profile`, the outcome of a check, as one a kit element hands on to an element drawn inside it, which then
 * shows it without checking it again. Only elements inside another kit element's shadow root skip the check: a
 * profile a page passes on is always checked.
 */
export function handOnChecked(profile: Profile): Profile {
  checkedProfiles.add(profile);
  return profile;
}

/**
 * Whether `input` is a profile that the kit element `element` is drawn in checked and handed on (see
 * {@link handOnChecked}): the element can show it as it is.
 */
export function checkedHandOn(element: Element, input: unknown): input is Profile {
  return !isServer && checkedProfiles.has(input as Profile) && isNested(element);
}
