/** The base for elements that show one researcher profile. */
import type { PropertyValues } from 'lit';
import type { ScholarPropertyDeclarations } from './property-types.js';
import { ScholarLoadError } from '../events/scholar-error.js';
import type { Profile } from '../model/types.js';
import { validateProfile } from '../model/validate.js';
import { ScholarElement, type Interpreted, type LoadedInput } from './scholar-element.js';

/** Base of the elements that show one researcher profile: validates it and leaves out bad entries. */
export abstract class ProfileElement extends ScholarElement<Profile> {
  static override properties: ScholarPropertyDeclarations = {
    profile: { attribute: false, accepts: 'object' },
  };

  /**
   * The profile as an object (see `schema/profile.schema.json`). When set, it is shown instead of `src` or inline
   * JSON. Bad entries are left out and listed in `problems`.
   */
  declare profile: Profile | undefined;

  protected override directInput(): unknown {
    return this.profile;
  }

  protected override inputChanged(changed: PropertyValues): boolean {
    return changed.has('profile');
  }

  /** One profile: the first source's (an element showing several profiles overrides this). */
  protected override interpret(inputs: LoadedInput[]): Interpreted<Profile> {
    const { input, info } = inputs[0]!;
    const result = validateProfile(input, info.source);
    if (!result.profile) {
      const fatal = result.fatal!;
      throw new ScholarLoadError({
        kind: 'schema',
        source: info.source,
        path: fatal.path,
        message: `${info.source === 'property' ? 'The profile' : info.source} is not a usable profile: ${fatal.message}`,
      });
    }
    return { data: result.profile, problems: result.problems };
  }

  protected override isEmpty(_profile: Profile): boolean {
    return false;
  }
}
