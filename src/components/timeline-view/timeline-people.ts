/** The people a `<timeline-view>` shows: each input read as one profile or a list of them, and validated. */
import { takeCheckedMember } from '../../model/lab-checked.js';
import { ScholarLoadError } from '../../events/scholar-error.js';
import type { Interpreted, LoadedInput } from '../../internal/scholar-element.js';
import type { Problem, Profile } from '../../model/types.js';
import { usableProfile } from '../../model/validate.js';

/** One person on a timeline. */
export interface TimelinePerson {
  name: string;
  profile: Profile;
  /** Where the profile came from: a URL, "inline" or "property". */
  source: string;
}

/** What a timeline has loaded: the people, in the order of their sources. */
export interface TimelineData {
  people: TimelinePerson[];
}

/** How a profile is named in messages: "The profile" or "Profile 2" for a property, else its source. */
function profileName(source: string, several: boolean, index: number): string {
  if (source !== 'property') return source;
  return several ? `Profile ${index + 1}` : 'The profile';
}

/**
 * Each input is one profile, or (the `profiles` property) a list of them. Profiles that are not usable are listed in
 * `problems` while the others are shown; when none is usable, the first failure is thrown.
 */
export function readPeople(inputs: readonly LoadedInput[]): Interpreted<TimelineData> {
  const people: TimelinePerson[] = [];
  const problems: Problem[] = [];
  let firstFailure: ScholarLoadError | undefined;
  for (const { input, info } of inputs) {
    const documents: unknown[] = Array.isArray(input) ? input : [input];
    documents.forEach((document, index) => {
      try {
        // A lab's member arrives checked already (src/model/lab-checked.ts): not checked twice.
        const usable = (info.lab && takeCheckedMember(document)) || usableProfile(document, info.source, { named: profileName(info.source, Array.isArray(input), index) });
        problems.push(...usable.problems);
        people.push({ name: usable.profile.basics.name, profile: usable.profile, source: info.source });
      } catch (error) {
        if (!(error instanceof ScholarLoadError)) throw error;
        firstFailure ??= error;
        problems.push({ path: error.detail.path ?? '', source: info.source, message: error.detail.message });
      }
    });
  }
  // Nothing usable: an error. Some usable: show them and list the rest (as the base does for failed requests).
  if (!people.length && firstFailure) throw firstFailure;
  return { data: { people }, problems };
}
