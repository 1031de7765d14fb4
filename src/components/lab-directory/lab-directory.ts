import { LabDirectory } from './lab-directory.component.js';

export { LabDirectory };
export type { LabDirectoryData, LabDirectoryGroup, LabDirectoryMember } from './lab-directory.component.js';

LabDirectory.define('lab-directory');

declare global {
  interface HTMLElementTagNameMap {
    'lab-directory': LabDirectory;
  }
}
