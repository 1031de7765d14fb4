/**
 * An element in a right-to-left language is laid out right to left even where the page declares no direction, and
 * a `dir` the page or the element declares always wins.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/components/researcher-card/researcher-card.js';
import type { ResearcherCard } from '../../../src/components/researcher-card/researcher-card.component.js';
import { isRightToLeft } from '../../../src/internal/controllers/localize-controller.js';
import { settled } from '../../helpers.js';

const profile = { basics: { name: 'Ada Lovelace', label: 'Analyst', location: { city: 'London (UK)' } } };

/** The lang/dir observer answers in a microtask; a frame is plenty. */
const observed = () => nextFrame();

describe('direction from the language', () => {
  it('knows which languages are written right to left', () => {
    expect(['ar', 'ar-EG', 'he', 'fa-IR', 'ur'].every(isRightToLeft)).to.be.true;
    expect(['en', 'de-AT', 'ja', 'zh-Hant', 'xx', ''].some(isRightToLeft)).to.be.false;
  });

  it('lays out a lang="ar" card right to left in a page that declares no direction', async () => {
    const card = await settled(await fixture<ResearcherCard>(html`<researcher-card lang="ar" .profile=${profile}></researcher-card>`));
    expect(card.getAttribute('dir')).to.equal('rtl');
    expect(card.matches(':dir(rtl)')).to.be.true;
    // The place, the researcher's text, is isolated so its parentheses keep their order.
    expect(card.shadowRoot!.querySelector('[part="location"] bdi')?.textContent).to.equal('London (UK)');
  });

  it('goes back to left to right when the language changes, and leaves a declared direction alone', async () => {
    const card = await settled(await fixture<ResearcherCard>(html`<researcher-card lang="ar" .profile=${profile}></researcher-card>`));
    card.setAttribute('lang', 'de');
    await observed();
    expect(card.hasAttribute('dir')).to.be.false;
    expect(card.matches(':dir(ltr)')).to.be.true;

    const declared = await settled(await fixture<ResearcherCard>(html`<researcher-card lang="ar" dir="ltr" .profile=${profile}></researcher-card>`));
    expect(declared.getAttribute('dir')).to.equal('ltr');
  });

  it("follows the page's dir: an ancestor's declared direction wins, also when declared later", async () => {
    const ltrPage = await fixture<HTMLDivElement>(html`<div dir="ltr"><researcher-card lang="ar" .profile=${profile}></researcher-card></div>`);
    const inLtr = await settled(ltrPage.querySelector<ResearcherCard>('researcher-card')!);
    expect(inLtr.hasAttribute('dir')).to.be.false;
    expect(inLtr.matches(':dir(ltr)')).to.be.true;

    const page = await fixture<HTMLDivElement>(html`<div><researcher-card lang="ar" .profile=${profile}></researcher-card></div>`);
    const card = await settled(page.querySelector<ResearcherCard>('researcher-card')!);
    expect(card.getAttribute('dir')).to.equal('rtl');
    page.setAttribute('dir', 'ltr');
    await observed();
    expect(card.hasAttribute('dir')).to.be.false;
  });
});
