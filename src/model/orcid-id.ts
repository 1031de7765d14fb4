/** ORCID iDs: read one however it is written, and find the researcher's in a profile. Small, for the elements too. */
import { profileUrl } from './social.js';
import { isObject, type JsonObject } from './text.js';

/** "https://orcid.org/0000-0002-1825-0097" or "0000-0002-1825-0097" → the iD, when its check digit is right. */
export function normaliseOrcid(id: string): string | undefined {
  const match = /^(?:https?:\/\/(?:www\.)?orcid\.org\/)?(\d{4}-\d{4}-\d{4}-\d{3}[\dXx])$/.exec(id.trim());
  if (!match) return undefined;
  const iD = match[1]!.toUpperCase();
  // ISO 7064 MOD 11-2, as ORCID computes its check digit.
  const digits = iD.replace(/-/g, '');
  let total = 0;
  for (const digit of digits.slice(0, -1)) total = (total + Number(digit)) * 2;
  const check = (12 - (total % 11)) % 11;
  return digits.endsWith(check === 10 ? 'X' : String(check)) ? iD : undefined;
}

/** The researcher's ORCID iD, from an ORCID link (or username) in `basics.profiles`. */
export function profileOrcid(profile: JsonObject): string | undefined {
  const links = isObject(profile.basics) && Array.isArray(profile.basics.profiles) ? profile.basics.profiles : [];
  for (const link of links) {
    if (!isObject(link) || typeof link.network !== 'string') continue;
    const url = profileUrl({
      network: link.network,
      ...(typeof link.url === 'string' ? { url: link.url } : {}),
      ...(typeof link.username === 'string' ? { username: link.username } : {}),
    });
    const iD = url && normaliseOrcid(url);
    if (iD) return iD;
  }
  return undefined;
}
