/**
 * Which lanes of a band are near the screen, in the horizontal layout: there a block of entries (consecutive in date
 * order) spans nearly every lane, so `content-visibility` on blocks skips nothing, and a band of a long career is
 * thousands of pixels tall. The band's list holds a few invisible probes, one per strip of lanes, watched by one
 * IntersectionObserver; the entries of the strips far from the screen are not drawn (see `entry-list.ts`), and are
 * drawn again before they come into view.
 *
 * No layout is read: until the observer's first report, the strips within a screen and a half of the band's top are
 * taken to be near.
 */
import { laneLength } from './label-layout.js';

/** The fewest lanes in one strip, and the most probes in one band (more lanes make taller strips). */
const STRIP_LANES = 8;
const MAX_PROBES = 64;

/**
 * How far beyond the screen a strip still counts as near, as a share of the screen's height above and below: far
 * enough that a strip is drawn before it scrolls into view, near enough that a long band draws little of itself.
 */
const NEAR_SHARE = 0.5;
const NEAR_MARGIN = `${NEAR_SHARE * 100}% 0px`;

/** The estimated lane height, in ems, until the observer reports (the default `--scholar-timeline-lane-height`). */
const LANE_EMS = 2.75;

export class LaneWindow {
  /** Lanes per strip; 0 while off (not horizontal, or no lanes). */
  #strip = 0;
  #lanes = 0;
  #probes: HTMLElement[] = [];
  #observer: IntersectionObserver | undefined;
  /** The strips near the screen (by index), or undefined before the observer's first report. */
  #near: Set<number> | undefined;
  /** The strips taken to be near before the first report. */
  #guess = 0;
  /** The extra height of the lanes above each lane, in ems (their labels need more than the minimum). */
  #extra: Float64Array | undefined;
  readonly #changed: () => void;

  /** `changed` runs when the strips near the screen change (after the observer reports). */
  constructor(changed: () => void) {
    this.#changed = changed;
  }

  /** Whether the window is on (horizontal layout, with lanes). */
  get active(): boolean {
    return this.#strip > 0;
  }

  /** Whether a lane is near the screen (always, while off). */
  isNear(lane: number): boolean {
    if (!this.#strip) return true;
    const strip = Math.floor(lane / this.#strip);
    return this.#near ? this.#near.has(strip) : strip < this.#guess;
  }

  /**
   * Sets the band's lanes and layout: probes in `list` (a positioned box whose children are the blocks), one per
   * strip, or none when not `horizontal`. `fontSize` (px) guesses the lane height until the observer reports;
   * `extra` is the extra height (ems) of the lanes above each lane (`LabelLayout.extraBefore`). Returns whether which
   * lanes are near may have changed.
   */
  set(list: HTMLElement, horizontal: boolean, lanes: number, fontSize: number, extra?: Float64Array): boolean {
    const want = horizontal && lanes > 0 && typeof IntersectionObserver === 'function';
    const strip = want ? Math.max(STRIP_LANES, Math.ceil(lanes / MAX_PROBES)) : 0;
    if (strip === this.#strip && (!strip || lanes === this.#lanes)) {
      // The same strips; lanes that grew or shrank move the probes (the observer then reports what changed).
      if (strip && extra !== this.#extra) {
        this.#extra = extra;
        this.#placeProbes();
      }
      return false;
    }
    this.#clear();
    this.#strip = strip;
    this.#lanes = lanes;
    this.#extra = extra;
    if (!strip) return true;
    const screen = (globalThis.innerHeight || 800) * (1 + NEAR_SHARE);
    const average = LANE_EMS + (extra && lanes ? (extra[lanes] ?? 0) / lanes : 0);
    this.#guess = Math.ceil(screen / (Math.max(1, fontSize) * average * strip)) + 1;
    const document = list.ownerDocument;
    for (let first = 0; first < lanes; first += strip) {
      const probe = document.createElement('div');
      probe.className = 'lane-probe';
      probe.setAttribute('role', 'none');
      probe.setAttribute('aria-hidden', 'true');
      list.append(probe);
      this.#probes.push(probe);
    }
    this.#placeProbes();
    this.#observe();
    return true;
  }

  /** Sets each probe's top and height: its strip's lanes, with their extra heights. */
  #placeProbes(): void {
    const extra = this.#extra;
    const at = (lane: number) => extra?.[lane] ?? 0;
    this.#probes.forEach((probe, index) => {
      const first = index * this.#strip;
      const last = Math.min(first + this.#strip, this.#lanes);
      probe.style.setProperty('top', laneLength(first, at(first)));
      probe.style.setProperty('height', laneLength(last - first, at(last) - at(first)));
    });
  }

  /** The list left the page: stops watching (its probes stay, for `reconnect`). */
  disconnect(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  reconnect(): void {
    if (this.#strip && !this.#observer) this.#observe();
  }

  #observe(): void {
    // `scrollMargin` (where supported) extends the margin to scroll containers between the list and the page.
    const options = { rootMargin: NEAR_MARGIN, scrollMargin: NEAR_MARGIN } as IntersectionObserverInit;
    const observer = new IntersectionObserver((records) => {
      if (observer !== this.#observer) return;
      const near = new Set(this.#near ?? []);
      for (const record of records) {
        const strip = this.#probes.indexOf(record.target as HTMLElement);
        if (strip < 0) continue;
        if (record.isIntersecting) near.add(strip);
        else near.delete(strip);
      }
      const first = this.#near === undefined;
      if (!first && near.size === this.#near!.size && [...near].every((strip) => this.#near!.has(strip))) return;
      this.#near = near;
      this.#changed();
    }, options);
    this.#observer = observer;
    for (const probe of this.#probes) observer.observe(probe);
  }

  #clear(): void {
    this.disconnect();
    for (const probe of this.#probes) probe.remove();
    this.#probes = [];
    this.#near = undefined;
  }
}
