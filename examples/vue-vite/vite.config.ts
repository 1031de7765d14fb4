import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/** The scholar-elements tags: Vue renders them as custom elements instead of looking for Vue components. */
const SCHOLAR_TAGS = new Set(['researcher-card', 'pub-list', 'timeline-view', 'researcher-profile', 'profile-section', 'lab-directory']);

export default defineConfig({
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => SCHOLAR_TAGS.has(tag) } } })],
});
