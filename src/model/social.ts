/**
 * Profile links (`basics.profiles`): which network an entry names, and its address — given, or built from the
 * username where the network's profile addresses have a fixed form.
 */
import type { SocialProfile } from './types.js';
import { safeUrl } from './urls.js';

export type KnownNetwork =
  'google-scholar' | 'orcid' | 'dblp' | 'semantic-scholar' | 'researchgate' | 'github' | 'gitlab' | 'linkedin' | 'twitter' | 'mastodon' | 'bluesky' | 'hugging-face';

/** Which known network a profile's `network` names ("Google Scholar", "X", "Twitter/X", "ORCID iD"…), if any. */
export function knownNetwork(network: string): KnownNetwork | undefined {
  const key = network.toLowerCase().replace(/[^a-z]/g, '');
  if (key.includes('semanticscholar')) return 'semantic-scholar';
  if (key.includes('scholar')) return 'google-scholar';
  if (key.includes('orcid')) return 'orcid';
  if (key.includes('dblp')) return 'dblp';
  if (key.includes('researchgate')) return 'researchgate';
  if (key.includes('github')) return 'github';
  if (key.includes('gitlab')) return 'gitlab';
  if (key.includes('linkedin')) return 'linkedin';
  if (key === 'x' || key.includes('twitter')) return 'twitter';
  if (key.includes('mastodon') || key.includes('fediverse')) return 'mastodon';
  if (key.includes('bluesky') || key === 'bsky') return 'bluesky';
  if (key.includes('huggingface')) return 'hugging-face';
  return undefined;
}

/**
 * How each network's profile address is made from a username, for usernames of the form it accepts. Usernames are
 * checked against that form, so a username that is really a URL or a sentence builds nothing.
 */
const ADDRESS_BUILDERS: Partial<Record<KnownNetwork, (username: string) => string | undefined>> = {
  github: (name) => (/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(name) ? `https://github.com/${name}` : undefined),
  gitlab: (name) => (/^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/.test(name) ? `https://gitlab.com/${name}` : undefined),
  orcid: (id) => {
    const bare = id.replace(/^https?:\/\/orcid\.org\//i, '');
    return /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(bare) ? `https://orcid.org/${bare}` : undefined;
  },
  twitter: (name) => {
    const bare = name.replace(/^@/, '');
    return /^\w{1,15}$/.test(bare) ? `https://x.com/${bare}` : undefined;
  },
  linkedin: (name) => (/^[\p{L}\p{N}_-]{3,100}$/u.test(name) ? `https://www.linkedin.com/in/${encodeURIComponent(name)}` : undefined),
  'google-scholar': (id) => (/^[\w-]{12}$/.test(id) ? `https://scholar.google.com/citations?user=${id}` : undefined),
  dblp: (pid) => (/^[a-z0-9]+\/[\w-]+$/i.test(pid) ? `https://dblp.org/pid/${pid}` : undefined),
  'semantic-scholar': (id) => (/^\d+$/.test(id) ? `https://www.semanticscholar.org/author/${id}` : undefined),
  researchgate: (name) => (/^[\w.-]+$/.test(name) ? `https://www.researchgate.net/profile/${name}` : undefined),
  // "@name@instance.social" → https://instance.social/@name
  mastodon: (handle) => {
    const match = /^@?([\w.]+)@([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i.exec(handle);
    return match ? `https://${match[2]}/@${match[1]}` : undefined;
  },
  bluesky: (handle) => {
    const bare = handle.replace(/^@/, '');
    return /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(bare) ? `https://bsky.app/profile/${bare}` : undefined;
  },
  'hugging-face': (name) => (/^[\w.-]+$/.test(name) ? `https://huggingface.co/${name}` : undefined),
};

/**
 * Where a profile entry links to: its own `url` when that passes the link allowlist, else the address built from
 * `username` for a known network, else undefined (the entry is then shown as text).
 */
export function profileUrl(profile: Pick<SocialProfile, 'network' | 'username' | 'url'>): string | undefined {
  const given = safeUrl(profile.url);
  if (given) return given;
  // A given but unsafe address is not replaced by a guess.
  if (typeof profile.url === 'string' && profile.url.trim()) return undefined;
  const username = profile.username?.trim();
  const network = knownNetwork(profile.network);
  if (!username || !network) return undefined;
  return ADDRESS_BUILDERS[network]?.(username);
}
