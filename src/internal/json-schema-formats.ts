/**
 * The `format` table for the JSON Schema validator in the script-tag build. profile.schema.json uses one format,
 * "email", so the build swaps the validator's full table (dates, URIs, IP addresses, …) for this one; the validator
 * skips formats it has no check for.
 */
const EMAIL = /^[^\s@"(),:;<>[\\\]]+@[^\s@"(),:;<>[\\\]]+\.[^\s@"(),:;<>[\\\].]+$/;

export const format: Record<string, (value: string) => boolean> = {
  email: (value) => EMAIL.test(value),
};
