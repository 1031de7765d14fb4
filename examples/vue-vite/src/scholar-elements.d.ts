/**
 * Types for the scholar-elements tags in Vue templates (checked by `vue-tsc`): props come from the element classes,
 * `@scholar-load` / `@scholar-error` handlers get the event classes. Copy this file into an app that uses the
 * elements. Vue reads a custom element's template types from `$props` and `$emit`, which exist only as types.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { ScholarErrorEvent, ScholarLoadEvent } from 'scholar-elements';

/** The tags this package registers (each one appears here once the `scholar-elements` entry registers it). */
type ScholarTag = Extract<keyof HTMLElementTagNameMap, 'researcher-card' | 'pub-list' | 'timeline-view' | 'researcher-profile' | 'profile-section' | 'lab-directory'>;

interface ScholarEvents {
  'scholar-load': ScholarLoadEvent;
  'scholar-error': ScholarErrorEvent;
}

/** An element's own properties (not HTMLElement's, not methods), all optional. */
type ElementProps<Element> = {
  [Key in keyof Element as Key extends keyof HTMLElement ? never : Element[Key] extends (...args: never[]) => unknown ? never : Key]?: Element[Key];
};

type CustomElementComponent<Element extends HTMLElement, Events extends Record<string, Event>> = new () => Element & {
  /** @deprecated For template type checking only; not a property of the element. */
  $props: HTMLAttributes & ElementProps<Element> & PublicProps;
  /** @deprecated For template type checking only; not a property of the element. */
  $emit: EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;
};

type ScholarComponents = {
  [Tag in ScholarTag]: CustomElementComponent<HTMLElementTagNameMap[Tag], ScholarEvents>;
};

declare module 'vue' {
  interface GlobalComponents extends ScholarComponents {}
}
