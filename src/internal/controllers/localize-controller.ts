/**
 * An element's language: its `lang`, else the nearest ancestor's (across the shadow roots it sits in), else the
 * page's, else the browser's. Gives the element's interface text in that language (src/i18n: the catalogue is loaded
 * the first time the language is used; English until then and for languages without one) and re-renders the element
 * when a `lang` in the page changes.
 */
import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { catalogueLanguage, loadCatalogue, loadedCatalogue } from '../../i18n/languages.js';
import { english, formatMessage, formatNumber, type Catalogue, type MessageKey, type MessageValues } from '../../i18n/messages.js';

/** The nearest element from `element` up that matches `selector`, across the shadow roots it sits in. */
function closestAcrossShadows(element: Element | undefined, selector: string): Element | undefined {
  for (let node = element; node;) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return undefined;
}

/** The language tag that applies to `element` (see the module's description). */
export function languageOf(element: Element): string {
  const declared = closestAcrossShadows(element, '[lang]:not([lang=""])')?.getAttribute('lang');
  return declared || document.documentElement.lang || navigator.language || 'en';
}

/** The element's parent, or the host of the shadow root it sits at the top of. */
function parentAcrossShadows(element: Element): Element | undefined {
  const root = element.getRootNode();
  return element.parentElement ?? (root instanceof ShadowRoot ? root.host : undefined);
}

/** Whether some element from `element` up (across the shadow roots it sits in) declares a direction with `dir`. */
function hasDeclaredDirection(element: Element | undefined): boolean {
  return !!closestAcrossShadows(element, '[dir]:not([dir=""])');
}

/** Languages written right to left, for browsers without `Intl.Locale#getTextInfo`. */
const RIGHT_TO_LEFT = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** Whether `locale` is written right to left ("ar", "he-IL", "fa"). */
export function isRightToLeft(locale: string): boolean {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction) return direction === 'rtl';
  } catch {
    // Not a tag Intl accepts: the list below decides.
  }
  return RIGHT_TO_LEFT.has(locale.split(/[-_]/)[0]!.toLowerCase());
}

/** Every connected element's controller, told when a `lang` or `dir` attribute in the page changes. */
const connected = new Set<LocalizeController>();
let watcher: MutationObserver | undefined;

function watchLanguages(): void {
  watcher ??= new MutationObserver(() => {
    for (const controller of connected) controller.update();
  });
  watcher.observe(document, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

export class LocalizeController implements ReactiveController {
  readonly #host: ReactiveElement;
  #locale = 'en';
  /** Whether the element's `dir="rtl"` was set here (for its language), so it is taken away with that language. */
  #directionSet = false;
  #catalogue: Catalogue = english;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The language tag the element is shown in ("de-AT"), for dates and numbers too. */
  get locale(): string {
    // A server renders without connecting the element: its own `lang` (the prerender command sets it) decides.
    return isServer ? this.#host.getAttribute('lang') || 'en' : this.#locale;
  }

  /** The catalogue in use: on a server, the element's language's when already loaded (English otherwise). */
  get #messages(): Catalogue {
    return isServer ? (loadedCatalogue(catalogueLanguage(this.locale)) ?? english) : this.#catalogue;
  }

  hostConnected(): void {
    if (isServer) return;
    connected.add(this);
    watchLanguages();
    this.update();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /**
   * Looks at the element's language again: dates and numbers follow at once, the text once the language's catalogue
   * is at hand (English until then).
   */
  update(): void {
    const locale = languageOf(this.#host);
    const language = catalogueLanguage(locale);
    if (locale !== this.#locale) {
      this.#locale = locale;
      this.#host.requestUpdate();
    }
    this.#followDirection(locale);
    const use = (catalogue: Catalogue) => {
      if (catalogueLanguage(this.#locale) !== language || catalogue === this.#catalogue) return;
      this.#catalogue = catalogue;
      this.#host.requestUpdate();
    };
    const ready = loadedCatalogue(language);
    if (ready) use(ready);
    else void loadCatalogue(language).then(use);
  }

  /**
   * An element in a right-to-left language ("ar", "he") is laid out right to left even where the page declares no
   * direction (`<pub-list lang="ar">` in an English page); a `dir` the page or the element declares always wins.
   */
  #followDirection(locale: string): void {
    const host = this.#host;
    // Someone else changed the attribute since: it is theirs now.
    if (this.#directionSet && host.getAttribute('dir') !== 'rtl') this.#directionSet = false;
    const declared = this.#directionSet ? hasDeclaredDirection(parentAcrossShadows(host)) : hasDeclaredDirection(host);
    const rightToLeft = isRightToLeft(locale) && !declared;
    if (rightToLeft === this.#directionSet) return;
    this.#directionSet = rightToLeft;
    if (rightToLeft) host.setAttribute('dir', 'rtl');
    else host.removeAttribute('dir');
  }

  /** The messages in use now: a different object once the language changes or its catalogue arrives. */
  get catalogue(): Catalogue {
    return this.#messages;
  }

  /** The interface text `key` in the element's language, with `values` in its placeholders. */
  t(key: MessageKey, values?: MessageValues): string {
    return formatMessage(this.#messages, key, values, this.locale);
  }

  /** `value` written in the element's language. */
  number(value: number): string {
    return formatNumber(value, this.locale);
  }
}
