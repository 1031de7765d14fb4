/**
 * `scholar-elements init [name] [-o profile.json]`: a starter profile with one example entry in every section, valid
 * against schema/profile.schema.json (its `"$schema"` gives editors completion), ready to be edited.
 */
import { access } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Profile } from '../model/types.js';
import { reasonOf, UsageError, writeOutput, type CliIo } from './io.js';
import { PROFILE_SCHEMA_URL } from './schema.js';

export const INIT_USAGE = `Usage: scholar-elements init [name] [options]

Writes a starter profile: "$schema" for editor completion, the basics, and one example entry in every section
(work, education, teaching, projects, publications, talks, mentoring, honors, service, press, certificates,
volunteer, skills, languages, interests, references), valid and ready to edit. Delete the sections you do not need.

Options:
  -o, --out <file>       Where to write it (default: profile.json; "-" for standard output).
      --force            Overwrite the file if it exists.
  -h, --help             Show this help.

Exit codes: 0 written; 1 the file exists (without --force) or cannot be written; 2 the command line is wrong.`;

/** The starter profile's basics: who `name` is, where to find them, what they work on. */
function starterBasics(name: string): Profile['basics'] {
  return {
    name,
    nameVariants: ['Y. Name'],
    label: 'Assistant Professor of Computer Science',
    image: 'photo.jpg',
    emails: ['you@example.edu'],
    url: 'https://example.edu/~you/',
    location: { city: 'Springfield', countryCode: 'US' },
    affiliations: [{ organization: 'Example University', department: 'Department of Computer Science', role: 'Assistant Professor', url: 'https://example.edu/' }],
    profiles: [
      { network: 'Google Scholar', url: 'https://scholar.google.com/citations?user=XXXXXXXXXXXX' },
      { network: 'ORCID', username: '0000-0002-1825-0097', url: 'https://orcid.org/0000-0002-1825-0097' },
      { network: 'GitHub', username: 'your-handle', url: 'https://github.com/your-handle' },
    ],
    bio: ['One paragraph about your research: the questions you work on and why they matter.', 'A second paragraph, if you like.'],
    researchInterests: ['Distributed systems', 'Machine learning systems'],
    personalInterests: ['Hiking'],
  };
}

/** The starter profile's career sections: a position, a degree, a course and a project (which cites the example paper). */
function starterCareer(): Pick<Profile, 'work' | 'education' | 'teaching' | 'projects'> {
  return {
    work: [
      {
        position: 'Assistant Professor',
        organization: 'Example University',
        team: 'Systems Group',
        location: 'Springfield, USA',
        startDate: '2022-08',
        ongoing: true,
        url: 'https://example.edu/',
        summary: 'What you do there, in a sentence.',
        highlights: ['A result or responsibility worth naming.'],
      },
    ],
    education: [
      {
        institution: 'Another University',
        degree: 'Ph.D.',
        field: 'Computer Science',
        startDate: '2016-09',
        endDate: '2022-05',
        advisors: ['Prof. Advisor Name'],
        thesis: { title: 'The Title of Your Thesis', url: 'thesis.pdf' },
      },
    ],
    teaching: [
      {
        courseCode: 'CS 101',
        title: 'Introduction to Computer Science',
        institution: 'Example University',
        role: 'Instructor',
        startDate: '2023-01',
        endDate: '2023-05',
        url: 'https://example.edu/cs101/',
      },
    ],
    projects: [
      {
        name: 'Your Project',
        kind: 'project',
        description: 'What the project is about.',
        startDate: '2021',
        ongoing: true,
        url: 'https://example.org/project/',
        keywords: ['systems'],
        publications: ['name2024paper'],
      },
    ],
  };
}

/** The starter profile's one publication, with the fields a publication list shows (its id is the project's link to it). */
function starterPublications(): Pick<Profile, 'publications'> {
  return {
    publications: [
      {
        id: 'name2024paper',
        type: 'paper-conference',
        title: 'The Title of Your Paper',
        author: [
          { family: 'Name', given: 'Your', corresponding: true },
          { family: 'Author', given: 'Co' },
        ],
        issued: { 'date-parts': [[2024, 6]] },
        'container-title': 'Proceedings of the Example Conference',
        venueShort: 'EXCONF 2024',
        DOI: '10.1234/example.2024.001',
        category: 'conference',
        selected: true,
        links: [
          { kind: 'pdf', url: 'papers/name2024paper.pdf' },
          { kind: 'code', url: 'https://github.com/your-handle/your-project' },
          { kind: 'slides', url: 'slides/name2024paper.pdf' },
        ],
      },
    ],
  };
}

/** The starter profile's remaining sections, from talks to references, one example entry each. */
function starterActivities(): Omit<Profile, 'basics' | 'work' | 'education' | 'teaching' | 'projects' | 'publications'> {
  return {
    talks: [
      {
        kind: 'invited-talk',
        title: 'The Title of Your Talk',
        event: 'Example Seminar Series',
        host: 'Example Institute',
        place: 'Springfield',
        date: '2024-03-15',
        url: 'https://example.org/seminar/',
      },
    ],
    mentoring: [{ mentee: 'Student Name', position: 'Ph.D. student', institution: 'Example University', topic: 'Their research topic', startDate: '2023-09', ongoing: true }],
    honors: [{ title: 'Best Paper Award', issuer: 'Example Conference', year: 2024 }],
    service: [{ role: 'Program Committee Member', kind: 'program-committee', venue: 'EXCONF', venueFull: 'The Example Conference', year: 2025 }],
    press: [{ outlet: 'Example News', title: 'A Headline About Your Work', date: '2024-07-01', url: 'https://news.example.com/your-work' }],
    certificates: [{ name: 'Example Certificate', issuer: 'Example Board', date: '2020-05', url: 'https://example.org/certificate/' }],
    volunteer: [{ organization: 'Example Outreach Program', position: 'Mentor', startDate: '2019', endDate: '2021', summary: 'What you did.' }],
    skills: [{ name: 'Programming', level: 'Expert', keywords: ['Python', 'C++', 'Rust'] }],
    languages: [{ language: 'English', fluency: 'Native speaker' }],
    interests: [{ name: 'Music', keywords: ['Piano'] }],
    references: [{ name: 'Prof. Referee Name', reference: 'Available on request.' }],
  };
}

/**
 * The starter profile for `name`. Every value is an example of its field's form. Built afresh on each call, so a
 * caller may change it; the sections come in the order a CV shows them (the order of the written JSON).
 */
export function starterProfile(name: string): Profile & { $schema: string } {
  return {
    $schema: PROFILE_SCHEMA_URL,
    version: '1',
    basics: starterBasics(name),
    ...starterCareer(),
    ...starterPublications(),
    ...starterActivities(),
  };
}

export async function initCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(`${INIT_USAGE}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`expected at most one name, got ${positionals.length} (put a name with spaces in quotes)`);
  const name = (positionals[0] ?? 'Your Name').trim();
  if (!name) throw new UsageError('the name is empty');
  const out = values.out ?? 'profile.json';
  if (out !== '-' && !values.force) {
    const exists = await access(out).then(
      () => true,
      () => false,
    );
    if (exists) {
      io.stderr(`scholar-elements: ${out} already exists; nothing was written (use --force to overwrite it, or -o to write elsewhere).\n`);
      return 1;
    }
  }
  try {
    await writeOutput(out, `${JSON.stringify(starterProfile(name), null, 2)}\n`, io);
  } catch (error) {
    io.stderr(`scholar-elements: cannot write ${out}: ${reasonOf(error)}\n`);
    return 1;
  }
  if (out !== '-') io.stderr(`Wrote ${out}: a starter profile for ${name}. Edit it, then check it with "scholar-elements validate ${out}".\n`);
  return 0;
}
