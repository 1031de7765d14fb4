import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineEntry } from '../../model/timeline.js';

/** What the controller needs of its host. */
export interface EntryFocusHost extends ReactiveControllerHost, HTMLElement {
  /** Details float over the axis in the horizontal layout: only there does hovering open them. */
  readonly currentLayout: 'horizontal' | 'vertical';
}

export interface EntryFocusOptions {
  /** The entries in DOM order (the order arrow keys move in). */
  entries(): readonly TimelineEntry[];
  /** The entry with an id. */
  entry(id: string): TimelineEntry | undefined;
  /** Brings the first `count` entries (in DOM order) into the DOM. */
  reveal(count: number): void;
}

/** The delegated listeners of a list of entries: one set per list, not per entry. */
export interface EntryListListeners {
  click(event: MouseEvent): void;
  keydown(event: KeyboardEvent): void;
  focusin(event: FocusEvent): void;
  focusout(event: FocusEvent): void;
  pointerover(event: PointerEvent): void;
  pointerout(event: PointerEvent): void;
}

/**
 * Which entry's details are open and which entry is the tab stop. Details open on hover (horizontal layout), focus,
 * click or tap; a click or tap keeps them open (pinned) until a second one or a click outside the host; arrow keys
 * move between entries, Home and End go to the first and last, Escape closes details.
 *
 * Entry events are handled once per list (delegated: see {@link listeners}), not bound on every entry: a timeline
 * of thousands of entries renders and updates without thousands of listeners.
 */
export class EntryFocusController implements ReactiveController {
  readonly #host: EntryFocusHost;
  readonly #options: EntryFocusOptions;
  #pinnedId: string | undefined;
  #previewId: string | undefined;
  #focusId: string | undefined;

  constructor(host: EntryFocusHost, options: EntryFocusOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The entry whose details stay open after a click or tap. */
  get pinnedId(): string | undefined {
    return this.#pinnedId;
  }

  /** The entry whose details are open while it has focus or the pointer. */
  get previewId(): string | undefined {
    return this.#previewId;
  }

  /** Whether an entry's details are open. */
  isOpen(id: string): boolean {
    return this.#pinnedId === id || this.#previewId === id;
  }

  /** The entry that is the list's one tab stop: the one focused last, else the first. */
  tabbableId(): string | undefined {
    const focused = this.#focusId;
    return focused !== undefined && this.#options.entry(focused) ? focused : this.#options.entries()[0]?.id;
  }

  /** Forgets entries that are gone (what is shown changed). */
  forgetMissing(): void {
    const missing = (id: string | undefined) => (id !== undefined && !this.#options.entry(id) ? undefined : id);
    this.#set({ pinned: missing(this.#pinnedId), preview: missing(this.#previewId), focus: missing(this.#focusId) });
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.#onDocumentPointerDown);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.#onDocumentPointerDown);
  }

  /** Sets the ids given, and updates the host when one changed. */
  #set(next: { pinned?: string | undefined; preview?: string | undefined; focus?: string | undefined }): void {
    const pinned = 'pinned' in next ? next.pinned : this.#pinnedId;
    const preview = 'preview' in next ? next.preview : this.#previewId;
    const focus = 'focus' in next ? next.focus : this.#focusId;
    if (pinned === this.#pinnedId && preview === this.#previewId && focus === this.#focusId) return;
    [this.#pinnedId, this.#previewId, this.#focusId] = [pinned, preview, focus];
    this.#host.requestUpdate();
  }

  #onDocumentPointerDown = (event: PointerEvent) => {
    if (this.#pinnedId && !event.composedPath().includes(this.#host)) this.#set({ pinned: undefined });
  };

  #click(entry: TimelineEntry): void {
    // A second click closes, even while the pointer or focus is still on the entry.
    if (this.#pinnedId === entry.id) this.#set({ focus: entry.id, pinned: undefined, preview: this.#previewId === entry.id ? undefined : this.#previewId });
    else this.#set({ focus: entry.id, pinned: entry.id });
  }

  /** The entry a key moves to from `entry`, or undefined for a key that does not move. */
  #target(entry: TimelineEntry, key: string): TimelineEntry | undefined {
    const entries = this.#options.entries();
    const index = entries.indexOf(entry);
    // Right to left, later entries lie to the left: the arrows follow what the reader sees.
    const [later, earlier] = this.#host.matches(':dir(rtl)') ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
    if (key === later || key === 'ArrowDown') return entries[Math.min(entries.length - 1, index + 1)];
    if (key === earlier || key === 'ArrowUp') return entries[Math.max(0, index - 1)];
    if (key === 'Home') return entries[0];
    if (key === 'End') return entries[entries.length - 1];
    return undefined;
  }

  async #keydown(entry: TimelineEntry, event: KeyboardEvent): Promise<void> {
    if (event.key === 'Escape') {
      if (!this.isOpen(entry.id)) return;
      event.preventDefault();
      this.#set({ pinned: undefined, preview: undefined });
      return;
    }
    if (!['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const target = this.#target(entry, event.key);
    if (!target || target.id === entry.id) return;
    this.#set({ focus: target.id });
    // An entry not yet in the DOM (a long timeline still being added) comes in now.
    this.#options.reveal(this.#options.entries().indexOf(target) + 1);
    await this.#host.updateComplete;
    this.#host.shadowRoot?.querySelector<HTMLButtonElement>(`li[data-id="${CSS.escape(target.id)}"] > button`)?.focus();
  }

  /** The entry an event happened in, and its list item. */
  #entryOf(target: EventTarget | null): { entry: TimelineEntry; item: HTMLElement } | undefined {
    const item = target instanceof Element ? target.closest<HTMLElement>('li[part="entry"]') : null;
    const entry = item?.dataset.id === undefined ? undefined : this.#options.entry(item.dataset.id);
    return entry && item ? { entry, item } : undefined;
  }

  /** Whether a pointer or focus event moved within one entry (no change of entry). */
  static #within(item: HTMLElement, related: EventTarget | null): boolean {
    return related instanceof Node && item.contains(related);
  }

  /** The listeners for each list of entries (`@click=${listeners.click}` …). */
  readonly listeners: EntryListListeners = {
    click: (event) => {
      if (!(event.target instanceof Element) || !event.target.closest('button[part="entry-button"]')) return;
      const found = this.#entryOf(event.target);
      if (found) this.#click(found.entry);
    },
    keydown: (event) => {
      if (!(event.target instanceof Element) || !event.target.matches('button[part="entry-button"]')) return;
      const found = this.#entryOf(event.target);
      if (found) void this.#keydown(found.entry, event);
    },
    focusin: (event) => {
      const found = this.#entryOf(event.target);
      if (found) this.#set({ focus: found.entry.id, preview: found.entry.id });
    },
    focusout: (event) => {
      const found = this.#entryOf(event.target);
      if (!found || EntryFocusController.#within(found.item, event.relatedTarget)) return;
      if (this.#previewId === found.entry.id) this.#set({ preview: undefined });
    },
    // Pointer enter and leave of an entry, from the bubbling over/out events: moves inside one entry are no change.
    pointerover: (event) => {
      const found = this.#entryOf(event.target);
      if (!found || EntryFocusController.#within(found.item, event.relatedTarget)) return;
      // Hover previews only where details float over the axis; in the list they would push entries around.
      if (event.pointerType === 'mouse' && this.#host.currentLayout === 'horizontal') this.#set({ preview: found.entry.id });
    },
    pointerout: (event) => {
      const found = this.#entryOf(event.target);
      if (!found || EntryFocusController.#within(found.item, event.relatedTarget) || event.pointerType !== 'mouse') return;
      if (found.item.contains(this.#host.shadowRoot?.activeElement ?? null)) return;
      if (this.#previewId === found.entry.id) this.#set({ preview: undefined });
    },
  };
}
