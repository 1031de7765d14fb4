/**
 * The whole English source catalogue in one object: the built-in words (en.ts) and every element's part. For tools
 * and tests (what each translation must have); the elements never import it, so a page gets only its own parts.
 */
import { en } from './en.js';
import { kindsEnglish } from './en-kinds.js';
import { pubsEnglish } from './en-pubs.js';
import { sectionsEnglish } from './en-sections.js';
import { timelineEnglish } from './en-timeline.js';

export const englishSource = { ...en, ...kindsEnglish, ...pubsEnglish, ...sectionsEnglish, ...timelineEnglish } as const;
