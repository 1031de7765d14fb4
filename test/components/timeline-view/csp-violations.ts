/**
 * Loaded first by the strict-CSP test page (an external module, so the policy allows it): records every policy
 * violation of the page from before any element renders, in `window.cspViolations`.
 */
const violations: string[] = [];
(window as Window & { cspViolations?: string[] }).cspViolations = violations;
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
