/** What `"$schema"` says in the profiles the command writes: the profile schema's own address (its `$id`). */
import profileSchema from '../../schema/profile.schema.json' with { type: 'json' };

export const PROFILE_SCHEMA_URL: string = profileSchema.$id;
