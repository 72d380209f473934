// Styles of the loader's stand-in controls. A constructable stylesheet (adoptedStyleSheets), which a
// strict `style-src 'self'` policy allows, unlike a <style> element or a style attribute.
// The custom properties and parts are the same as the full elements', so theming applies before and after.
const css = `
:host {
  display: block;
  --_accent: var(--baton-color-accent, #0b57d0);
  --_on-accent: var(--baton-color-on-accent, #ffffff);
  --_focus: var(--baton-color-focus, #0b57d0);
}
@media (prefers-color-scheme: dark) {
  :host(:not([theme=light])) {
    --_accent: var(--baton-color-accent, #8ab4f8);
    --_on-accent: var(--baton-color-on-accent, #0b1a33);
    --_focus: var(--baton-color-focus, #8ab4f8);
  }
}
:host([theme=dark]) {
  --_accent: var(--baton-color-accent, #8ab4f8);
  --_on-accent: var(--baton-color-on-accent, #0b1a33);
  --_focus: var(--baton-color-focus, #8ab4f8);
}
:host([hidden]) { display: none; }
/* Page CSS reaches this host (\`* { letter-spacing: … !important }\`) and would be inherited inside;
   \`all\` leaves custom properties (theming) and direction (RTL) alone. */
.frame { all: initial; display: contents; visibility: inherit; }
button {
  box-sizing: border-box;
  cursor: pointer;
  margin: 0;
  font: 600 var(--baton-font-size, .9375rem)/1.4 var(--baton-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  color: var(--_on-accent);
  background: var(--_accent);
  border: 1px solid var(--_accent);
  border-radius: calc(var(--baton-radius, 12px) / 1.5);
  padding: .5rem .875rem;
}
button:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
button[aria-busy=true] { cursor: progress; }
.launcher {
  position: fixed;
  inset-block-end: var(--baton-launcher-offset, 1.25rem);
  inset-inline-end: var(--baton-launcher-offset, 1.25rem);
  z-index: var(--baton-z-index, 2147483000);
  display: grid;
  place-items: center;
  width: var(--baton-launcher-size, 3.5rem);
  height: var(--baton-launcher-size, 3.5rem);
  padding: 0;
  border: 0;
  border-radius: 50%;
  box-shadow: 0 4px 14px rgb(0 0 0 / .25);
}
svg { width: 1.5rem; height: 1.5rem; fill: currentColor; }
`;

let sheet: CSSStyleSheet | undefined;

/** One sheet shared by every loader element on the page. */
export function loaderStyles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}
