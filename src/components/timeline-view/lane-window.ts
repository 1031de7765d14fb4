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
   * strip, or none when not `horizontal`. `fontSize` (px) guesses the lane height until the observer reports. Returns
   * whether which lanes are near may have changed.
   */
  set(list: HTMLElement, horizontal: boolean, lanes: number, fontSize: number): boolean {
    const want = horizontal && lanes > 0 && typeof IntersectionObserver === 'function';
    const strip = want ? Math.max(STRIP_LANES, Math.ceil(lanes / MAX_PROBES)) : 0;
    if (strip === this.#strip && (!strip || lanes === this.#lanes)) return false;
    this.#clear();
    this.#strip = strip;
    this.#lanes = lanes;
    if (!strip) return true;
    const screen = (globalThis.innerHeight || 800) * (1 + NEAR_SHARE);
    this.#guess = Math.ceil(screen / (Math.max(1, fontSize) * LANE_EMS * strip)) + 1;
    const document = list.ownerDocument;
    for (let first = 0; first < lanes; first += strip) {
      const probe = document.createElement('div');
      probe.className = 'lane-probe';
      probe.setAttribute('role', 'none');
      probe.setAttribute('aria-hidden', 'true');
      probe.style.setProperty('top', `calc(${first} * var(--_scholar-timeline-lane-height))`);
      probe.style.setProperty('height', `calc(${Math.min(strip, lanes - first)} * var(--_scholar-timeline-lane-height))`);
      list.append(probe);
      this.#probes.push(probe);
    }
    this.#observe();
    return true;
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
