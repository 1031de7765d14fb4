import { css } from 'lit';

/** The two layouts of `<timeline-view>`: a time axis with lanes as rows, and a list in date order. */
export const timelineLayoutStyles = css`
  /* ------------------------------------------------------------------ horizontal: a time axis, lanes as rows */
  /* Time runs in the writing direction: left to right, or right to left on a right-to-left page. */

  .horizontal .axis {
    position: relative;
    height: 1.5em;
    border-bottom: 1px solid var(--_scholar-border);
    color: var(--_scholar-muted);
    font-size: 0.75em;
    font-variant-numeric: tabular-nums;
  }

  .tick {
    position: absolute;
    bottom: 0.125em;
    inset-inline-start: var(--_scholar-timeline-at);
    padding-inline-start: 0.25em;
    border-inline-start: 1px solid var(--_scholar-border);
    line-height: 1.2;
    white-space: nowrap;
  }

  .horizontal .band-body {
    position: relative;
  }

  .gridline {
    position: absolute;
    top: 0;
    bottom: 0;
    inset-inline-start: var(--_scholar-timeline-at);
    border-inline-start: 1px dashed color-mix(in srgb, var(--_scholar-border) 70%, transparent);
    pointer-events: none;
  }

  /* Lanes are at least --scholar-timeline-lane-height tall, and taller where their labels need more lines: the
     element sets the list's height, and each block's and entry's top and height (see label-layout.ts). */
  .horizontal .entries {
    position: relative;
    height: calc(var(--_scholar-timeline-lanes) * var(--_scholar-timeline-lane-height));
  }

  /* A block of entries is the box of their lanes and years: the element sets its top, inset-inline-start, width and
     height. */
  .horizontal .block {
    position: absolute;
    /* Blocks overlap (each spans its entries' lanes): the pointer goes through them to the bars. */
    pointer-events: none;
  }

  .horizontal .block > .entry {
    pointer-events: auto;
  }

  .horizontal .block.open {
    z-index: 3;
  }

  /* The probes that tell which strips of lanes are near the screen (see lane-window.ts): the element sets their top
     and height; the whole width, so that a page scrolled sideways does not hide them. */
  .lane-probe {
    position: absolute;
    inset-inline: 0;
    visibility: hidden;
    pointer-events: none;
  }

  /* An entry far from the screen is not drawn (its button is hidden="until-found", see entry-list.ts: its text is
     not styled or laid out, yet it stays in the list, named, and found by find-in-page); it is drawn whole before it
     comes into view. A printout has every entry whole. */
  .horizontal .bar[hidden] {
    clip-path: inset(50%);
  }

  @media print {
    .horizontal .bar[hidden] {
      content-visibility: visible;
      clip-path: none;
    }
  }

  /* The element sets each entry's top (its lane), inset-inline-start (its start) and width (its span), within its
     block. */
  .horizontal .entry {
    position: absolute;
    height: calc(var(--_scholar-timeline-lane-height) - var(--_scholar-timeline-lane-gap));
    transition:
      inset-inline-start 0.3s ease,
      width 0.3s ease,
      top 0.3s ease;
  }

  .horizontal .entry.open {
    z-index: 3;
  }

  .horizontal .bar {
    width: 100%;
    height: 100%;
    padding: 0.125em min(0.375em, 10%);
    border-radius: 5px;
    line-height: 1.25;
  }

  .horizontal .point > .bar {
    border: 1.5px solid var(--_scholar-timeline-kind);
    border-radius: 0.875em;
    box-shadow: none;
    padding-inline: min(0.625em, 25%);
  }

  /* Every label is drawn whole (issue 15: no label a reader cannot read). In a bar wide enough for its words it wraps
     within the bar, whose lane is as tall as it needs; a bar too short has its label beside it (after its end, or
     before its start near the axis end) or below it in a line of its own. The element decides which from the
     labels' text (classes label-in, label-after, label-before, label-below). */
  .horizontal .label,
  .horizontal .label > span {
    display: block;
  }

  .horizontal .label > span {
    overflow-wrap: anywhere;
  }

  .horizontal :is(.label-after, .label-before, .label-below) .label {
    position: absolute;
    top: calc(0.125em + 1px);
    width: max-content;
  }

  .horizontal .label-after .label {
    inset-inline-start: calc(100% + 0.375em);
  }

  .horizontal .label-before .label {
    inset-inline-end: calc(100% + 0.375em);
    text-align: end;
  }

  /* Below the bar: the element sets its line (top), its offset from the bar's start and, to wrap, its width. */
  .horizontal .label-below .label {
    inset-inline-start: 0;
  }

  /* A label outside its bar is part of the bar's button: it shows the hover and the keyboard focus too. */
  .horizontal :is(.label-after, .label-before, .label-below) > .bar:hover .title {
    text-decoration: underline;
  }

  .horizontal :is(.label-after, .label-before, .label-below) > .bar:focus-visible .label {
    outline: 2px solid var(--_scholar-accent);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .horizontal .bar .title {
    font-size: 0.8125em;
  }

  .horizontal .bar .dates {
    font-size: 0.75em;
  }

  /* In the bars, only title and dates are drawn; kind and organisation are in the button's name (its aria-label). */
  .horizontal .bar > .organization,
  .horizontal .bar > .kind-label {
    display: none;
  }

  .details-head .kind-label {
    display: block;
    font-size: 0.8125em;
  }

  .horizontal .details {
    position: absolute;
    top: calc(100% + 0.25em);
    inset-inline-start: 0;
    width: max-content;
    max-width: min(22em, 80vw);
    min-width: 12em;
    box-shadow: 0 6px 18px rgb(0 0 0 / 0.18);
  }

  .horizontal .align-end > .details {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }

  /* ------------------------------------------------------------------ vertical: a list in date order */

  /* Block flow rather than grids: a list of thousands of entries lays out in linear time. The line and the dots are
     drawn inside each block (a block out of view is not drawn at all, and paints nothing outside its box). */
  .vertical .block {
    position: relative;
    padding-inline-start: calc(1.375em + 2px);
  }

  .vertical .block + .block {
    padding-top: 0.5em;
  }

  .vertical .block::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0.375em;
    width: 2px;
    background: var(--_scholar-border);
  }

  .vertical .entry {
    position: relative;
  }

  .vertical .entry + .entry {
    margin-top: 0.5em;
  }

  .vertical .entry::before {
    content: '';
    position: absolute;
    top: 0.9em;
    inset-inline-start: calc(-1em - 7px);
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_scholar-timeline-kind);
    border: 2px solid var(--_scholar-surface);
  }

  .vertical .bar {
    /* A column, so that the organisation (last in the button, and in its name) is drawn above the dates. */
    display: flex;
    flex-direction: column;
    row-gap: 0.0625em;
    width: 100%;
    padding-block: 0.5em;
    padding-inline: 0.875em 0.75em;
    border-radius: calc(var(--_scholar-radius) * 0.6);
  }

  .vertical .bar span {
    display: block;
  }

  /* Title and dates are items of the column (the label box is the horizontal layout's). */
  .vertical .bar > .label {
    display: contents;
  }

  .vertical .bar .dates {
    order: 1;
  }

  .vertical .bar .title {
    overflow-wrap: anywhere;
  }

  .vertical .bar .dates,
  .vertical .bar .kind-label {
    font-size: 0.8125em;
  }

  .vertical .bar .kind-label {
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .vertical .details-head {
    display: none;
  }

  .vertical .details {
    margin-top: 0.25em;
    margin-inline-start: 0.75em;
  }
`;
