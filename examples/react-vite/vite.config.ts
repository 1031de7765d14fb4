import { defineConfig } from 'vite';

// Nothing specific to scholar-elements: the wrappers are plain React components. Vite compiles the TSX itself
// (React's automatic JSX runtime), so no React plugin is needed for a production build.
export default defineConfig({
  base: './',
});
