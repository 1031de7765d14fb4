/** The base for elements that show one researcher profile. */
import { isServer, type PropertyValues } from 'lit';
import { checkedHandOn, handOnChecked } from './checked-profiles.js';
import { property } from 'lit/decorators.js';
import type { Profile } from '../model/types.js';
import { usableProfile } from '../model/validate.js';
import { isLargeProfile } from '../model/large-profile.js';
import { ScholarElement, type Interpreted, type LoadedInput } from './scholar-element.js';

/** Base of the elements that show one researcher profile: validates it and leaves out bad entries. */
export abstract class ProfileElement extends ScholarElement<Profile> {
  /**
   * The profile as an object (see `schema/profile.schema.json`). When set, it is shown instead of `src` or inline
   * JSON. Bad entries are left out and listed in `problems`.
   */
  @property({ attribute: false, accepts: 'object' }) profile: Profile | undefined;

  protected override directInput(): unknown {
    return this.profile;
  }

  protected override inputChanged(changed: PropertyValues): boolean {
    return changed.has('profile');
  }

  /**
   * One profile: the first source's (an element showing several profiles overrides this). A large one (long lists)
   * is read in slices in the browser, so that the page stays responsive; on the server, at once.
   */
  protected override interpret(inputs: LoadedInput[], signal?: AbortSignal): Interpreted<Profile> | Promise<Interpreted<Profile>> {
    const { input, info } = inputs[0]!;
    // Checked by the element this one is drawn in (a profile's or a lab directory's card).
    if (checkedHandOn(this, input)) return { data: input, problems: [] };
    if (!isServer && isLargeProfile(input)) {
      // The slicing code is a chunk of its own: only large data needs it.
      return import('../model/validate-slices.js')
        .then(({ usableProfileInSlices }) => usableProfileInSlices(input, info.source, {}, { signal }))
        .then(({ profile, problems }) => ({ data: handOnChecked(profile), problems }));
    }
    const { profile, problems } = usableProfile(input, info.source);
    // The elements this one draws (a profile's card, publications and timeline) are given it checked.
    return { data: handOnChecked(profile), problems };
  }

  protected override isEmpty(_profile: Profile): boolean {
    return false;
  }
}
