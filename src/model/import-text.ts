/**
 * Text helpers shared by the importers of bibliographic APIs and files (OpenAlex, ORCID, RIS): person names written
 * out as one string → CSL names, and titles with the little HTML that registries put in them → plain text.
 * Pure TypeScript, no DOM.
 */
import type { CslName } from './types.js';

/** Lowercase words that start a family name ("van Gogh", "de la Cruz"). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'al', 'el', 'zu', 'af']);

/** Name suffixes ("Jr.", "III"). */
const SUFFIX = /^(jr|sr|ii|iii|iv|v)\.?$/i;

/**
 * A CSL name from a name written out: "Family, Given", "Family, Jr., Given" or "Given Family" (lowercase particles
 * such as "van der" and a suffix such as "Jr." are kept apart). A single word is a family name.
 * Returns undefined for a name with no text.
 */
export function cslNameFromText(written: string): CslName | undefined {
  const text = written.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const commaParts = text.split(',').map((part) => part.trim());
  if (commaParts.length > 1 && commaParts[0]) {
    const [family, ...rest] = commaParts;
    const suffix = rest.length > 1 && SUFFIX.test(rest[0]!) ? rest.shift() : undefined;
    return withParticle({ family: family!, given: rest.join(', ') }, suffix);
  }
  const words = text.split(' ');
  let suffix: string | undefined;
  if (words.length > 2 && SUFFIX.test(words[words.length - 1]!)) suffix = words.pop();
  if (words.length === 1) return suffix ? { family: words[0]!, suffix } : { family: words[0]! };
  // The family name starts at the first lowercase particle after the given names, else it is the last word.
  let start = words.length - 1;
  for (let index = 1; index < words.length - 1; index++) {
    if (PARTICLES.has(words[index]!)) {
      start = index;
      break;
    }
  }
  const name: CslName = { family: words.slice(start).join(' '), given: words.slice(0, start).join(' ') };
  return withParticle(name, suffix);
}

/** Moves leading lowercase particles of a family name ("van der Berg") to `non-dropping-particle`. */
function withParticle(name: CslName, suffix: string | undefined): CslName {
  const words = (name.family ?? '').split(' ');
  let count = 0;
  while (count < words.length - 1 && PARTICLES.has(words[count]!)) count++;
  const result: CslName = count ? { family: words.slice(count).join(' '), given: name.given ?? '', 'non-dropping-particle': words.slice(0, count).join(' ') } : { ...name };
  if (!result.given) delete result.given;
  if (suffix) result.suffix = suffix;
  return result;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—' };

/** Decodes the HTML character references registries leave in text ("&amp;", "&#8211;", "&#x2013;"). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * A title or abstract as plain text: `<sub>2</sub>` and `<sup>3</sup>` become `$_{2}$` / `$^{3}$` (which the list
 * shows as sub- and superscripts), every other tag is dropped with its text kept, character references are decoded
 * and runs of white space collapse. Text without markup is returned trimmed.
 */
export function plainText(text: string): string {
  const scripts = text.replace(/<(sub|sup)>([^<>$]{1,40})<\/\1>/gi, (_whole, tag: string, inner: string) => {
    const content = decodeEntities(inner).trim();
    // Only what the list's math reader shows as plain sub/superscripts; anything else stays as text.
    if (!/^[A-Za-z0-9+\-=().,*' ]+$/.test(content)) return content;
    return tag.toLowerCase() === 'sub' ? `$_{${content}}$` : `$^{${content}}$`;
  });
  const untagged = scripts.replace(/<\/?[a-z][\w:-]*(\s[^<>]*)?\/?>/gi, '');
  return decodeEntities(untagged).replace(/\s+/g, ' ').trim();
}

/** A DOI without its resolver prefix ("https://doi.org/10.1/x" → "10.1/x"), or undefined when it is not a DOI. */
export function validDoi(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const doi = value
    .trim()
    .replace(/^(https?:\/\/)?(dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '');
  return /^10\.\d{3,9}\/\S+$/.test(doi) ? doi : undefined;
}
