// Debian's Chromium, as every browser test and benchmark launches it (web-test-runner, the end-to-end
// tests, the widget's bundle test and bench): no test tool downloads a browser of its own.
export const CHROMIUM = process.env.BATON_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
