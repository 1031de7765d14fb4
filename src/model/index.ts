/** The profile model: pure TypeScript, no DOM. Runs in browsers and in Node. */
export * from './types.js';
export * from './dates.js';
export * from './names.js';
export * from './urls.js';
export * from './validate.js';
export * from './profile.js';
