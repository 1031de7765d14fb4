/** The base for elements that show one researcher profile. */
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Profile } from '../model/types.js';
import { usableProfile } from '../model/validate.js';
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

  /** One profile: the first source's (an element showing several profiles overrides this). */
  protected override interpret(inputs: LoadedInput[]): Interpreted<Profile> {
    const { input, info } = inputs[0]!;
    const { profile, problems } = usableProfile(input, info.source);
    return { data: profile, problems };
  }

  protected override isEmpty(_profile: Profile): boolean {
    return false;
  }
}
