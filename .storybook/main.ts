import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for scholar-elements. Stories live in `stories/`, mirroring `src/components/<tag>/`.
 * Controls and the docs tables come from the custom elements manifest (see preview.ts); run `npm run analyze`
 * after changing an element's API.
 */
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  // MDX pages (stories/docs/: Theming, Embed it) first, so the docs lead the sidebar.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // Autodocs: every story file gets a docs page (enabled with the `autodocs` tag in preview.ts).
  addons: ['@storybook/addon-docs'],
  // The seed profiles, fetched by stories as `/profiles/<name>.json`, exactly as a page would; the BibTeX files of
  // the <pub-list> stories as `/bib/<name>.bib`; the JSON Resume files of the <researcher-profile> stories as
  // `/resume/<name>.resume.json`.
  staticDirs: [
    { from: '../demo/profiles', to: '/profiles' },
    { from: '../stories/components/pub-list/bib', to: '/bib' },
    { from: '../stories/components/researcher-profile/resume', to: '/resume' },
  ],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  // JSON imports with `with { type: 'json' }` (the profile schema, the manifest) need nothing extra: Vite reads them.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      // Storybook's renderer imports `lit/directive-helpers.js`; pre-bundled together with `lit`, the dev server
      // loads one copy of lit-html instead of two ("Multiple versions of Lit loaded").
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js', 'lit/directives/if-defined.js'],
    },
    build: {
      ...viteConfig.build,
      // Storybook's own docs renderer is one ~1 MB chunk; ours are far below. No gzip report: CI time.
      chunkSizeWarningLimit: 1500,
      reportCompressedSize: false,
      // On a busy machine Rolldown warns that plugins took long: timing, not a problem with the build.
      rolldownOptions: { ...viteConfig.build?.rolldownOptions, checks: { ...viteConfig.build?.rolldownOptions?.checks, bundlerTimings: false } },
    },
  }),
};

export default config;
