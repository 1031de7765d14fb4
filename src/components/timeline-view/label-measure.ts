/**
 * How wide a timeline label's words are, estimated from the text (characters × their typical width in ems, a little
 * on the generous side), and how many lines they take in a width: no DOM measurement, so thousands of labels are
 * placed (./label-layout.ts) in time linear in their characters.
 */

/** The text of a label: the title, and the dates as written. */
export interface LabelText {
  title: string;
  dates: string;
}

/** A label's words, measured once per text: widths in ems of the element's font size. */
export interface LabelMeasure {
  title: Words;
  dates: Words;
}

/** A run of words: its text, the scale of its characters' widths, its widest word and its width on one line. */
export interface Words {
  text: string;
  /** Ems of the element's font size per em of a character's typical width. */
  scale: number;
  /** The widest word. */
  longest: number;
  /** The whole run on one line. */
  line: number;
}

/** The sizes of the label's text in the bars (timeline-layout.styles.ts), in ems of the element's font size. */
const TITLE_SIZE = 0.8125;
const DATES_SIZE = 0.75;
const LINE_HEIGHT = 1.25;
export const TITLE_LINE = TITLE_SIZE * LINE_HEIGHT;
export const DATES_LINE = DATES_SIZE * LINE_HEIGHT;
/** The title is semibold: a little wider than regular text. */
const BOLD = 1.07;
/** Estimates err on the wide side: a label taken too wide costs a line, one taken too narrow would overflow. */
const MARGIN = 1.08;

/** The typical advance of a character in ems of its font size (a sans-serif face such as the page's). */
function charWidth(code: number): number {
  if (code === 32) return 0.3;
  if (
    code >= 0x1100 &&
    (code <= 0x115f ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6))
  )
    return 1;
  if (code >= 48 && code <= 57) return 0.6;
  if (code >= 65 && code <= 90) return code === 73 ? 0.35 : code === 77 || code === 87 ? 0.95 : 0.72;
  if (code >= 97 && code <= 122) {
    if (code === 105 || code === 106 || code === 108) return 0.3;
    if (code === 102 || code === 116 || code === 114) return 0.4;
    return code === 109 || code === 119 ? 0.9 : 0.58;
  }
  if (code === 46 || code === 44 || code === 58 || code === 59 || code === 39 || code === 33 || code === 124) return 0.3;
  if (code === 40 || code === 41 || code === 91 || code === 93 || code === 47 || code === 45) return 0.4;
  if (code === 0x2014) return 1;
  return 0.66;
}

/** Whether a character may break a line before and after it without a space (CJK ideographs, kana, Hangul). */
const breaksAround = (code: number) => code >= 0x2e80 && (code <= 0x9fff || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff));

/** The widths of the characters below U+3000, looked up (thousands of labels are measured at once). */
const TABLE_END = 0x3000;
const WIDTHS = new Float32Array(TABLE_END);
for (let code = 0; code < TABLE_END; code++) WIDTHS[code] = charWidth(code);
const widthOf = (code: number) => (code < TABLE_END ? WIDTHS[code]! : charWidth(code));
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 160;

/**
 * Walks the words of `text` at `scale`: `visit(width, gap)` for each word with the width of the break before it (a
 * space, or 0 between CJK characters; 0 for the first word).
 */
function eachWord(text: string, scale: number, visit: (width: number, gap: number) => void): void {
  const space = widthOf(32) * scale;
  let word = 0;
  let inWord = false;
  let gap = 0;
  let first = true;
  const end = () => {
    visit(word, first ? 0 : gap);
    first = false;
    word = 0;
    gap = 0;
    inWord = false;
  };
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) {
      if (inWord) end();
      gap = space;
    } else if (breaksAround(code)) {
      if (inWord) end();
      word = scale;
      inWord = true;
      end();
    } else {
      word += widthOf(code) * scale;
      inWord = true;
    }
  }
  if (inWord) end();
}

/** The words of a text, at `size` ems (and `weight` times wider): one pass, no list of words kept. */
function wordsOf(text: string, size: number, weight: number): Words {
  const scale = size * weight * MARGIN;
  let longest = 0;
  let line = 0;
  let word = 0;
  let words = 0;
  let spaces = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) {
      if (word > longest) longest = word;
      if (word > 0) words++;
      word = 0;
      spaces++;
    } else if (code >= 0x2e80 && breaksAround(code)) {
      if (word > longest) longest = word;
      line += scale;
      word = 0;
      if (scale > longest) longest = scale;
    } else {
      const width = widthOf(code) * scale;
      word += width;
      line += width;
    }
  }
  if (word > longest) longest = word;
  // Spaces count once between words (a run of spaces collapses).
  line += Math.min(spaces, words) * widthOf(32) * scale;
  return { text, scale, longest, line };
}

/** Measured texts (titles and dates repeat: a long career has few distinct months and often the same role). */
const titles = new Map<string, Words>();
const datesMeasured = new Map<string, Words>();
const MEASURES_KEPT = 50_000;

function remembered(cache: Map<string, Words>, text: string, size: number, weight: number): Words {
  let words = cache.get(text);
  if (!words) {
    if (cache.size >= MEASURES_KEPT) cache.clear();
    cache.set(text, (words = wordsOf(text, size, weight)));
  }
  return words;
}

/** Measures a label's words. */
export function measureLabel(text: LabelText): LabelMeasure {
  return { title: remembered(titles, text.title, TITLE_SIZE, BOLD), dates: remembered(datesMeasured, text.dates, DATES_SIZE, 1) };
}

/** How many lines a run of words takes in `width` ems, wrapped at its breaks (a word wider than that takes its own lines). */
export function linesOf(words: Words, width: number): number {
  if (words.line <= width) return 1;
  let lines = 1;
  let used = 0;
  eachWord(words.text, words.scale, (word, gap) => {
    const next = used === 0 ? word : used + gap + word;
    if (next <= width) used = next;
    else {
      if (used > 0) lines++;
      // A word wider than the line breaks anywhere (overflow-wrap: anywhere).
      const extra = Math.max(0, Math.ceil(word / width) - 1);
      lines += extra;
      used = word - extra * width;
    }
  });
  return lines;
}
