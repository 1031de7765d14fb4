/**
 * The researcher profile format (v1), mirrored from `schema/profile.schema.json`.
 * Every object type allows extra fields: unknown data is carried through untouched.
 */
import type { Publication } from './types-publication.js';

export type { CslDate, CslName, Publication, PublicationCategory, PublicationMetrics } from './types-publication.js';

/** "2021", "2021-06" or "2021-06-15". */
export type PartialDate = string;

/**
 * Values as the source wrote them, where reading them kept less than was written, by field name:
 * `{ startDate: "Spring 2020" }` next to `startDate: "2020"`. Added when a profile is loaded.
 */
export type AsWritten = Record<string, string>;

/** Extra fields a profile may carry; they are preserved, never stripped. */
export interface Extensible {
  [extra: string]: unknown;
}

export interface DateRange {
  startDate?: PartialDate;
  endDate?: PartialDate;
  /** True when the range has not ended ("Present"). */
  ongoing?: boolean;
  /** Dates as written, where the source said more than the date holds ("Spring 2020"). */
  asWritten?: AsWritten;
}

export type Location =
  | string
  | (Extensible & {
      address?: string;
      postalCode?: string;
      city?: string;
      region?: string;
      countryCode?: string;
      country?: string;
    });

export type KnownLinkKind = 'pdf' | 'slides' | 'code' | 'video' | 'poster' | 'doi' | 'arxiv' | 'project' | 'website' | 'bibtex' | 'supplement' | 'blog' | 'data';

export interface Link extends Extensible {
  kind: KnownLinkKind | (string & {});
  /** Absent when the source names the link but not its address. */
  url?: string;
  label?: string;
}

export interface Affiliation extends Extensible {
  organization: string;
  department?: string;
  role?: string;
  url?: string;
  /** Defaults to true. */
  current?: boolean;
}

export interface SocialProfile extends Extensible {
  network: string;
  username?: string;
  url?: string;
}

export interface Basics extends Extensible {
  name: string;
  nameVariants?: string[];
  label?: string;
  image?: string;
  emails?: string[];
  phone?: string;
  url?: string;
  location?: Location;
  affiliations?: Affiliation[];
  profiles?: SocialProfile[];
  bio?: string[];
  researchInterests?: string[];
  personalInterests?: string[];
}

/** A position: an organisation, a position title, or both (at least one is always there). */
export interface Work extends Extensible, DateRange {
  position?: string;
  organization?: string;
  team?: string;
  location?: Location;
  kind?: string;
  /** What the organisation is, e.g. "Social media company" (JSON Resume `description`). */
  description?: string;
  url?: string;
  summary?: string;
  highlights?: string[];
  mentors?: string[];
  note?: string;
}

export interface Education extends Extensible, DateRange {
  institution: string;
  degree?: string;
  field?: string;
  location?: Location;
  url?: string;
  gpa?: string;
  advisors?: string[];
  committee?: string[];
  thesis?: { title?: string; url?: string };
  /** Courses taken (JSON Resume `courses`). */
  courses?: string[];
  /** Achievements during the studies. */
  highlights?: string[];
  summary?: string;
  note?: string;
}

export interface Teaching extends Extensible, DateRange {
  courseCode?: string;
  title: string;
  institution?: string;
  role?: string;
  coInstructors?: string[];
  summary?: string;
  url?: string;
  note?: string;
}

export interface Project extends Extensible, DateRange {
  name: string;
  kind?: 'theme' | 'project' | (string & {});
  description?: string;
  highlights?: string[];
  keywords?: string[];
  url?: string;
  publications?: string[];
  /** Roles held in the project (JSON Resume `roles`). */
  roles?: string[];
  /** The organisation behind the project (JSON Resume `entity`). */
  entity?: string;
  note?: string;
}

export type TalkKind = 'invited-talk' | 'keynote' | 'lecture' | 'presentation' | 'panel' | 'tutorial' | 'other';

export interface Talk extends Extensible {
  kind?: TalkKind | (string & {});
  title: string;
  event?: string;
  host?: string;
  place?: string;
  date?: PartialDate;
  url?: string;
  links?: Link[];
  note?: string;
  asWritten?: AsWritten;
}

export interface Mentee extends Extensible, DateRange {
  mentee: string;
  position?: string;
  institution?: string;
  topic?: string;
  outcome?: string;
  coAdvisors?: string[];
  url?: string;
  note?: string;
}

export interface Honor extends Extensible {
  title: string;
  issuer?: string;
  year?: number;
  years?: number[];
  date?: PartialDate;
  summary?: string;
  url?: string;
  note?: string;
  asWritten?: AsWritten;
}

export type ServiceKind = 'chair' | 'organizer' | 'program-committee' | 'reviewer' | 'editor' | 'other';

export interface Service extends Extensible {
  role: string;
  kind?: ServiceKind | (string & {});
  venue?: string;
  venueFull?: string;
  year?: number;
  years?: number[];
  url?: string;
  note?: string;
}

export interface Press extends Extensible {
  outlet?: string;
  title: string;
  date?: PartialDate;
  url?: string;
  note?: string;
  asWritten?: AsWritten;
}

/** A certificate (JSON Resume `certificates`). */
export interface Certificate extends Extensible {
  name: string;
  issuer?: string;
  date?: PartialDate;
  url?: string;
  note?: string;
  asWritten?: AsWritten;
}

/** Volunteer work (JSON Resume `volunteer`): an organisation or a position is required. */
export interface Volunteer extends Extensible, DateRange {
  organization?: string;
  position?: string;
  location?: Location;
  url?: string;
  summary?: string;
  highlights?: string[];
  note?: string;
}

/** A skill with an optional level and keywords (JSON Resume `skills`). */
export interface Skill extends Extensible {
  name: string;
  level?: string;
  keywords?: string[];
}

/** A spoken language (JSON Resume `languages`). */
export interface SpokenLanguage extends Extensible {
  language: string;
  fluency?: string;
}

/** A personal interest with keywords (JSON Resume `interests`). */
export interface Interest extends Extensible {
  name: string;
  keywords?: string[];
}

/** A reference (JSON Resume `references`). */
export interface Reference extends Extensible {
  name: string;
  reference?: string;
}

export interface ProfileMeta extends Extensible {
  lastModified?: string;
  sources?: string[];
  notes?: string[];
}

/** One researcher. */
export interface Profile extends Extensible {
  $schema?: string;
  version?: '1';
  basics: Basics;
  work?: Work[];
  education?: Education[];
  teaching?: Teaching[];
  projects?: Project[];
  publications?: Publication[];
  talks?: Talk[];
  mentoring?: Mentee[];
  honors?: Honor[];
  service?: Service[];
  press?: Press[];
  certificates?: Certificate[];
  volunteer?: Volunteer[];
  skills?: Skill[];
  languages?: SpokenLanguage[];
  interests?: Interest[];
  references?: Reference[];
  /** How often the researcher's works are cited, as an open source (OpenAlex) counts them. */
  metrics?: ProfileMetrics;
  meta?: ProfileMeta;
}

/** A researcher's citation metrics, where they come from and when they were read. */
export interface ProfileMetrics extends Extensible {
  citations?: number;
  hIndex?: number;
  i10Index?: number;
  /** Where the numbers come from, e.g. "OpenAlex". */
  source?: string;
  /** When they were read: "2026-11-29". */
  retrieved?: PartialDate;
  /** Citations received in each year, by all the researcher's works. */
  countsByYear?: Array<{ year: number; citations: number }>;
}

/** The list sections of a profile, in the order a CV shows them. */
export const PROFILE_SECTIONS = [
  'work',
  'education',
  'teaching',
  'projects',
  'publications',
  'talks',
  'mentoring',
  'honors',
  'service',
  'press',
  'certificates',
  'volunteer',
  'skills',
  'languages',
  'interests',
  'references',
] as const;

export type ProfileListKey = (typeof PROFILE_SECTIONS)[number];

/** Something in the data that could not be used, said so that a page owner can find and fix it. */
export interface Problem {
  /** JSON Pointer of the entry or value that was left out, e.g. "/publications/3". */
  path: string;
  /** What was wrong, e.g. "/publications/3/title: expected a string, got a number". */
  message: string;
  /** Where the data came from (URL or "inline"/"property"). */
  source?: string;
  /** 1-based line in the source text, where known. */
  line?: number;
  /**
   * What was left out for it: the single `value` at `path` (the rest of its entry is kept), or the whole `entry`
   * at `path` (a record that lost what it needs, such as a publication's title). Absent when not known.
   */
  leftOut?: 'value' | 'entry';
}
